package conformance

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"math/big"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"mattermost-plugin/bridge/pb"
)

// hookCase is the test of one hook: it calls the RPC (usually several times,
// once per form of result the example plugin produces) and checks the replies.
type hookCase struct {
	hook string
	run  func(t *testing.T, h *host)
}

// pluginContext is what Mattermost passes as *plugin.Context; RequestId names
// the call so that recorded events can be matched to it.
func pluginContext(requestID string) *pb.PluginContext {
	return &pb.PluginContext{
		SessionId:      "sess-🔑-0123456789",
		ConnectionId:   "conn-42",
		RequestId:      requestID,
		IpAddress:      "2001:db8::1",
		AcceptLanguage: "de-CH, fr;q=0.8",
		UserAgent:      "conformance/1.0 (Mattermost-Go-host)",
	}
}

// marshal is what a Go host does with a model argument: encoding/json of the
// real struct; a nil pointer becomes empty bytes.
func marshal(t *testing.T, v any) []byte {
	t.Helper()
	rv := reflect.ValueOf(v)
	if v == nil || (rv.Kind() == reflect.Pointer && rv.IsNil()) {
		return nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("json.Marshal(%T): %v", v, err)
	}
	return b
}

// decodeInto decodes a reply into the real Go struct, strictly enough to
// notice a field Go does not know.
func decodeInto[T any](t *testing.T, what string, data []byte) *T {
	t.Helper()
	if len(data) == 0 {
		t.Fatalf("%s: empty reply, want a %T", what, *new(T))
	}
	var v T
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatalf("%s: the reply does not decode into %T: %v\n%s", what, v, err, data)
	}
	return &v
}

// sameJSON compares two values by the JSON Go writes for them, which covers
// every exported field (including nested pointers and maps).
func sameJSON(t *testing.T, what string, got, want any) {
	t.Helper()
	g, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	w, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(g, w) {
		t.Errorf("%s differs\n got: %s\nwant: %s", what, g, w)
	}
}

// sameJSONIgnoringEmpty is sameJSON for models the plugin built itself, where
// Go's nil slice (null) and an empty list ([]) mean the same to a host.
func sameJSONIgnoringEmpty(t *testing.T, what string, got, want any) {
	t.Helper()
	g, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	w, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(dropEmpty(jsonValue(t, g)), dropEmpty(jsonValue(t, w))) {
		t.Errorf("%s differs\n got: %s\nwant: %s", what, g, w)
	}
}

func dropEmpty(v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := map[string]any{}
		for k, x := range v {
			x = dropEmpty(x)
			switch y := x.(type) {
			case nil:
				continue
			case []any:
				if len(y) == 0 {
					continue
				}
			case map[string]any:
				if len(y) == 0 {
					continue
				}
			}
			out[k] = x
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = dropEmpty(x)
		}
		return out
	}
	return v
}

// jsonValue decodes JSON with numbers kept exact, for structural comparison.
func jsonValue(t *testing.T, data []byte) any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("decoding %s: %v", data, err)
	}
	return v
}

func wantOK(t *testing.T, what string, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

func wantCode(t *testing.T, what string, err error, code codes.Code) {
	t.Helper()
	if status.Code(err) != code {
		t.Fatalf("%s: want status %v, got %v", what, code, err)
	}
}

func wantNoAppError(t *testing.T, what string, e *pb.AppError) {
	t.Helper()
	if e != nil {
		t.Fatalf("%s: unexpected AppError %+v", what, e)
	}
}

// wantAppError checks an AppError, converting it the way a host would
// (model.NewAppError) so the result reads like a Mattermost error.
func wantAppError(t *testing.T, what string, e *pb.AppError, id string, statusCode int, messagePart string) *model.AppError {
	t.Helper()
	if e == nil {
		t.Fatalf("%s: want AppError %s, got none", what, id)
	}
	appErr := model.NewAppError(e.Where, e.Id, nil, e.DetailedError, int(e.StatusCode))
	appErr.Message = e.Message
	appErr.RequestId = e.RequestId
	if appErr.Id != id {
		t.Errorf("%s: AppError id %q, want %q", what, appErr.Id, id)
	}
	if appErr.StatusCode != statusCode {
		t.Errorf("%s: AppError status %d, want %d", what, appErr.StatusCode, statusCode)
	}
	if !strings.Contains(appErr.Message, messagePart) {
		t.Errorf("%s: AppError message %q does not contain %q", what, appErr.Message, messagePart)
	}
	if appErr.Where == "" {
		t.Errorf("%s: AppError has no 'where'", what)
	}
	return appErr
}

func wantRejection(t *testing.T, what, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("%s: rejection %q, want %q", what, got, want)
	}
}

// event is one thing a void hook of the example plugin recorded.
type event = map[string]any

// seen asks the example plugin (through ExecuteCommand "/everyhook seen") for
// the events its void hooks recorded since the last time, and clears them.
func seen(t *testing.T, h *host) []any {
	t.Helper()
	resp, err := h.hooks.ExecuteCommand(callContext(t), &pb.ExecuteCommandRequest{
		Context: pluginContext("seen"),
		Args:    marshal(t, &model.CommandArgs{Command: "/everyhook seen", UserId: "conformance"}),
	})
	wantOK(t, "ExecuteCommand /everyhook seen", err)
	wantNoAppError(t, "ExecuteCommand /everyhook seen", resp.Error)
	decodeInto[model.CommandResponse](t, "seen", resp.Response)
	var raw struct {
		Props struct {
			Events json.RawMessage `json:"events"`
		} `json:"props"`
	}
	if err := json.Unmarshal(resp.Response, &raw); err != nil {
		t.Fatal(err)
	}
	events, ok := jsonValue(t, raw.Props.Events).([]any)
	if !ok {
		t.Fatalf("/everyhook seen: props.events is not a list: %s", raw.Props.Events)
	}
	return events
}

// wantEvents checks that exactly these events were recorded, in this order.
// Numbers in want are compared by their JSON text.
func wantEvents(t *testing.T, h *host, want ...event) {
	t.Helper()
	got := seen(t, h)
	if want == nil {
		want = []event{}
	}
	wantJSON, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, jsonValue(t, wantJSON)) {
		gotJSON, _ := json.Marshal(got)
		t.Errorf("recorded events differ\n got: %s\nwant: %s", gotJSON, wantJSON)
	}
}

// command runs "/everyhook ..." through ExecuteCommand.
func command(t *testing.T, h *host, text string) *pb.ExecuteCommandResponse {
	t.Helper()
	resp, err := h.hooks.ExecuteCommand(callContext(t), &pb.ExecuteCommandRequest{
		Context: pluginContext("command"),
		Args:    marshal(t, &model.CommandArgs{Command: text, UserId: "conformance"}),
	})
	wantOK(t, "ExecuteCommand "+text, err)
	return resp
}

// arm makes the example plugin fail the next call of one hook.
func arm(t *testing.T, h *host, hook string) {
	t.Helper()
	resp := command(t, h, "/everyhook arm "+hook)
	wantNoAppError(t, "arm "+hook, resp.Error)
}

func ptr[T any](v T) *T { return &v }

// strangerCertificate is a self-signed client certificate the plugin has never
// been told about.
func strangerCertificate(t *testing.T) tls.Certificate {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	template := &x509.Certificate{
		SerialNumber: big.NewInt(7),
		Subject:      pkix.Name{CommonName: "localhost", Organization: []string{"Stranger"}},
		DNSNames:     []string{"localhost"},
		NotBefore:    time.Now().Add(-time.Minute),
		NotAfter:     time.Now().Add(time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth, x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, template, template, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}
}
