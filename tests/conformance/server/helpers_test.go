package server

import (
	"bytes"
	"encoding/gob"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
)

// host is what a hook case drives: the plugin's hooks as the environment hands
// them to the server (Mattermost's net/rpc client), and the server around them,
// whose log the failure cases read.
type host struct {
	plugin.Hooks
	s *server
}

// pluginContext is what the server passes as *plugin.Context; RequestId names
// the call so that recorded events can be matched to it.
func pluginContext(requestID string) *plugin.Context {
	return &plugin.Context{
		SessionId:      "sess-🔑-0123456789",
		ConnectionId:   "conn-42",
		RequestId:      requestID,
		IPAddress:      "2001:db8::1",
		AcceptLanguage: "de-CH, fr;q=0.8",
		UserAgent:      "server-test/1.0 (Mattermost plugin environment)",
	}
}

// gobReply is the shape of Mattermost's Z_<Hook>Returns structs.
type gobReply[T any] struct{ A T }

// throughGob is v after the trip net/rpc makes (encoding/gob, as a field of a
// returns struct): what the server holds when a Go plugin hands it v. Gob
// flattens pointers and leaves zero values out, so a pointer to false, 0 or ""
// arrives as nil, and an empty slice or map as nil; the JSON trip through the
// Python process in between changes nothing more.
func throughGob[T any](t *testing.T, v T) T {
	t.Helper()
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(gobReply[T]{v}); err != nil {
		t.Fatalf("gob-encoding %T: %v", v, err)
	}
	var out gobReply[T]
	if err := gob.NewDecoder(&buf).Decode(&out); err != nil {
		t.Fatalf("gob-decoding %T: %v", v, err)
	}
	return out.A
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

func wantNoError(t *testing.T, what string, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: unexpected error %v", what, err)
	}
}

// wantAppError checks an error result: a *model.AppError (what the plugin
// raised, carried across net/rpc as gob) whose text carries the message.
func wantAppError(t *testing.T, what string, err error, id string, statusCode int, messagePart string) *model.AppError {
	t.Helper()
	if err == nil {
		t.Fatalf("%s: no error, want AppError %s", what, id)
	}
	var appErr *model.AppError
	if !errors.As(err, &appErr) {
		t.Fatalf("%s: the error is a %T (%v), want a *model.AppError", what, err, err)
	}
	if appErr.Id != id {
		t.Errorf("%s: AppError id %q, want %q", what, appErr.Id, id)
	}
	if appErr.StatusCode != statusCode {
		t.Errorf("%s: AppError status %d, want %d", what, appErr.StatusCode, statusCode)
	}
	if !strings.Contains(appErr.Message, messagePart) {
		t.Errorf("%s: AppError message %q does not contain %q", what, appErr.Message, messagePart)
	}
	if !strings.Contains(err.Error(), messagePart) {
		t.Errorf("%s: the error's text %q does not contain %q", what, err.Error(), messagePart)
	}
	if appErr.Where == "" {
		t.Errorf("%s: AppError has no 'where'", what)
	}
	return appErr
}

// appError is a *model.AppError result as an error (nil stays a nil error).
func appError(e *model.AppError) error {
	if e == nil {
		return nil
	}
	return e
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
	events, ok := command(t, h, "/everyhook seen").Props["events"].([]any)
	if !ok {
		t.Fatal("/everyhook seen: props.events is not a list")
	}
	return events
}

// wantEvents checks that exactly these events were recorded, in this order.
// The events come back in CommandResponse.Props, which the bridge decodes
// from JSON into map[string]any, so numbers arrive as float64: want is
// compared after the same decoding (exact integers are checked one layer
// lower, by tests/conformance).
func wantEvents(t *testing.T, h *host, want ...event) {
	t.Helper()
	got := seen(t, h)
	if got == nil {
		got = []any{} // gob hands an empty list back as a nil one
	}
	if want == nil {
		want = []event{}
	}
	if !reflect.DeepEqual(normalJSON(t, got), normalJSON(t, want)) {
		gotJSON, _ := json.Marshal(got)
		wantJSON, _ := json.Marshal(want)
		t.Errorf("recorded events differ\n got: %s\nwant: %s", gotJSON, wantJSON)
	}
}

// normalJSON is v as encoding/json decodes it into an interface value.
func normalJSON(t *testing.T, v any) any {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out any
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// arm makes the example plugin fail the next call of one hook.
func arm(t *testing.T, h *host, hook string) {
	t.Helper()
	if text := command(t, h, "/everyhook arm "+hook).Text; text != "the next "+hook+" call will fail" {
		t.Fatalf("/everyhook arm %s answered %q", hook, text)
	}
}

// callFailedMessage is what the bridge logs when the Python process could not answer a hook.
const callFailedMessage = "hook call to the Python plugin failed"

// wantCallFailedLog checks the server log holds the bridge's error for a
// failed hook call (its fields name the hook and carry the Python error) and
// the Python process's own error entry.
func wantCallFailedLog(t *testing.T, h *host, hook, pythonError string) {
	t.Helper()
	h.s.waitForEntry(t, fmt.Sprintf("the bridge's error for %s, with %q", hook, pythonError), func(entry map[string]any) bool {
		return entry["level"] == "error" && strings.Contains(text(entry["msg"]), callFailedMessage) &&
			entry["hook"] == hook && strings.Contains(text(entry["error"]), pythonError)
	})
	h.s.waitForEntry(t, fmt.Sprintf("the Python process's error %q", pythonError), func(entry map[string]any) bool {
		return entry["level"] == "error" && strings.HasPrefix(text(entry["msg"]), pythonError)
	})
}

func text(v any) string {
	s, _ := v.(string)
	return s
}
