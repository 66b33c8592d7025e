package server

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
)

// TestEveryAPIMethod: every method of plugin.API is reachable from Python,
// through both clients (API and AsyncAPI), with the right argument and result
// types. tests/api_plugin calls each method once with sample arguments made
// from the Python method's annotations and reports, for each, the arguments it
// sent, the result it got (as JSON) and whether that result has the type the
// method's annotation promises. The recording plugin API answers each method
// with a sample of each of its Go result types, every field set. Then, for
// every method:
//
//   - each argument the API received equals the Python argument decoded into
//     the Go parameter's type, after net/rpc's trip: nothing lost, nothing out
//     of place;
//   - the result Python got is, as JSON, what Go answered (after the same trip);
//   - the result has its annotated Python type, and no call failed.
func TestEveryAPIMethod(t *testing.T) {
	s := newServerFrom(t, "API_BUNDLE")
	api := reflect.TypeFor[plugin.API]()
	s.api.answer(func(method string, args []any) []any {
		return sampleAnswers(api, method, args)
	})
	s.activate(t)
	hooks := s.hooks(t)
	for _, client := range []string{"sync", "async"} {
		t.Run(client, func(t *testing.T) {
			s.api.recorded()
			report, ok := command(t, hooks, "/api every "+client).Props["methods"].(map[string]any)
			if !ok {
				t.Fatal("/api every: no report of methods")
			}
			calls := lastCalls(s.api.recorded())
			if len(report) != api.NumMethod() {
				t.Errorf("Python called %d methods; plugin.API has %d", len(report), api.NumMethod())
			}
			checked := 0
			defer func() { t.Logf("%s client: %d of %d methods called and checked", client, checked, api.NumMethod()) }()
			for method := range api.Methods() {
				entry, _ := report[method.Name].(map[string]any)
				call, called := calls[method.Name]
				switch {
				case entry == nil:
					t.Errorf("%s: Python has no method for it", method.Name)
				case entry["error"] != nil:
					t.Errorf("%s (%s): the call failed: %v", method.Name, entry["python"], entry["error"])
				case entry["type_error"] != "":
					t.Errorf("%s: %v", method.Name, entry["type_error"])
				case !called:
					t.Errorf("%s: the plugin API never saw the call", method.Name)
				default:
					args, _ := entry["args"].([]any)
					checkArguments(t, method, call, args)
					checkResults(t, method, call, entry["result"])
					checked++
				}
			}
		})
	}
}

// lastCalls is each method's last call (the bridge's own log lines left out).
func lastCalls(calls []apiCall) map[string]apiCall {
	out := map[string]apiCall{}
	for _, call := range calls {
		if strings.HasPrefix(call.Method, "Log") && call.Method != "LogAuditRec" && call.Method != "LogAuditRecWithLevel" {
			if pairs, _ := call.Args[1].([]any); containsKey(pairs, "logger") {
				continue
			}
		}
		out[call.Method] = call
	}
	return out
}

var (
	readerType      = reflect.TypeFor[io.Reader]()
	httpRequestType = reflect.TypeFor[*http.Request]()
	anyType         = reflect.TypeFor[any]()
	errorType       = reflect.TypeFor[error]()
	appErrorType    = reflect.TypeFor[*model.AppError]()
	timeType        = reflect.TypeFor[time.Time]()
	rawMessageType  = reflect.TypeFor[json.RawMessage]()
)

// checkArguments compares each argument the API received with the one Python sent.
func checkArguments(t *testing.T, method reflect.Method, call apiCall, sent []any) {
	t.Helper()
	mt := method.Type
	next := 0
	for i := 0; i < mt.NumIn(); i++ {
		pt := mt.In(i)
		got := call.Args[i]
		if mt.IsVariadic() && i == mt.NumIn()-1 {
			// Like a Go plugin's, the values become strings on their way (stringifyToObjects).
			var want []any
			for _, value := range sent[next:] {
				want = append(want, fmt.Sprintf("%+v", value))
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s: variadic arguments %#v, Python sent %#v", method.Name, got, want)
			}
			continue
		}
		if pt == anyType { // dest: filled in, not sent
			continue
		}
		if next >= len(sent) {
			t.Errorf("%s: Python sent %d arguments, the method takes more", method.Name, len(sent))
			return
		}
		arg := sent[next]
		next++
		switch pt {
		case readerType:
			if text, _ := arg.(string); base64.StdEncoding.EncodeToString(got.([]byte)) != text {
				t.Errorf("%s: the reader carried %q, Python sent %v", method.Name, got, arg)
			}
		case httpRequestType:
			if !reflect.DeepEqual(normalJSON(t, got), normalJSON(t, arg)) {
				t.Errorf("%s: the request %#v, Python sent %v", method.Name, got, arg)
			}
		default:
			want := decodeLike(t, pt, arg)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s: argument %d is\n%#v\nwhat Python sent, decoded into %v, is\n%#v", method.Name, i, got, pt, want)
			}
		}
	}
	if next != len(sent) && !mt.IsVariadic() {
		t.Errorf("%s: Python sent %d arguments, the method takes %d", method.Name, len(sent), next)
	}
}

// decodeLike is a JSON value (what Python sent) decoded into Go type pt, as
// the bridge decodes it, after net/rpc's trip.
func decodeLike(t *testing.T, pt reflect.Type, arg any) any {
	t.Helper()
	data, err := json.Marshal(arg)
	if err != nil {
		t.Fatal(err)
	}
	value := reflect.New(pt)
	if target, ok := value.Interface().(**model.GroupSyncable); ok {
		// Its UnmarshalJSON reads only the team or channel; the bridge reads the rest too.
		var syncable model.GroupSyncable
		type fields model.GroupSyncable
		if err := json.Unmarshal(data, &syncable); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, (*fields)(&syncable)); err != nil {
			t.Fatal(err)
		}
		*target = &syncable
	} else if err := json.Unmarshal(data, value.Interface()); err != nil {
		t.Fatalf("decoding %s into %v: %v", data, pt, err)
	}
	return throughGobValue(t, value.Elem()).Interface()
}

// checkResults compares what Python got with what the API answered.
func checkResults(t *testing.T, method reflect.Method, call apiCall, got any) {
	t.Helper()
	mt := method.Type
	var want []any
	for i := 0; i < mt.NumIn(); i++ {
		if mt.In(i) == anyType && !mt.IsVariadic() { // dest, as the API filled it in
			want = append(want, normalJSON(t, *call.Args[i].(*any)))
		}
	}
	for i := 0; i < mt.NumOut(); i++ {
		rt := mt.Out(i)
		if rt == errorType || rt == appErrorType {
			continue
		}
		value := reflect.New(rt).Elem()
		if i < len(call.Results) && call.Results[i] != nil {
			value.Set(reflect.ValueOf(call.Results[i]))
		}
		if response, ok := value.Interface().(*http.Response); ok {
			want = append(want, normalJSON(t, map[string]any{"StatusCode": response.StatusCode, "Header": response.Header, "Body": []byte("pong")}))
			continue
		}
		want = append(want, normalJSON(t, throughGobValue(t, value).Interface()))
	}
	var expected any
	switch len(want) {
	case 0:
		expected = nil
	case 1:
		expected = want[0]
	default:
		expected = want
	}
	if !reflect.DeepEqual(normalJSON(t, got), expected) {
		gotJSON, _ := json.Marshal(got)
		wantJSON, _ := json.Marshal(expected)
		t.Errorf("%s: Python got\n%s\nthe API answered\n%s", method.Name, gotJSON, wantJSON)
	}
}

// sampleAnswers answers a call with a sample of each result type (errors nil).
func sampleAnswers(api reflect.Type, method string, args []any) []any {
	m, _ := api.MethodByName(method)
	if method == "LoadPluginConfiguration" {
		*args[0].(*any) = map[string]any{"Setting": "value", "Enabled": true}
	}
	out := make([]any, m.Type.NumOut())
	for i := range out {
		rt := m.Type.Out(i)
		switch rt {
		case errorType, appErrorType:
			continue
		case reflect.TypeFor[*http.Response]():
			out[i] = &http.Response{StatusCode: 201, Header: http.Header{"X-Answer": {"yes"}}, Body: io.NopCloser(strings.NewReader("pong"))}
			continue
		}
		out[i] = sampleOf(rt, 0).Interface()
	}
	return out
}

func isNil(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Interface:
		return v.IsNil()
	}
	return false
}

// sampleOf is a value of type t with everything set (structs three levels deep).
func sampleOf(t reflect.Type, depth int) reflect.Value {
	v := reflect.New(t).Elem()
	switch t.Kind() {
	case reflect.String:
		v.SetString("answer")
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(42)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(42)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(2.5)
	case reflect.Interface:
		if t.NumMethod() == 0 {
			v.Set(reflect.ValueOf("any answer"))
		}
	case reflect.Pointer:
		if depth <= 3 {
			p := reflect.New(t.Elem())
			p.Elem().Set(sampleOf(t.Elem(), depth+1))
			v.Set(p)
		}
	case reflect.Slice:
		switch {
		case t == rawMessageType:
			v.Set(reflect.ValueOf(json.RawMessage(`{"raw":"answer"}`)))
		case t.Elem().Kind() == reflect.Uint8:
			v.SetBytes([]byte("answer bytes"))
		case depth <= 3:
			if item := sampleOf(t.Elem(), depth+1); !isNil(item) { // gob writes no nil element
				s := reflect.MakeSlice(t, 1, 1)
				s.Index(0).Set(item)
				v.Set(s)
			}
		}
	case reflect.Map:
		if depth <= 3 {
			if item := sampleOf(t.Elem(), depth+1); !isNil(item) {
				m := reflect.MakeMap(t)
				m.SetMapIndex(sampleOf(t.Key(), depth+1), item)
				v.Set(m)
			}
		}
	case reflect.Struct:
		if t == timeType {
			v.Set(reflect.ValueOf(time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)))
			break
		}
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if f.IsExported() && f.Tag.Get("json") != "-" {
				v.Field(i).Set(sampleOf(f.Type, depth+1))
			}
		}
		if syncable, ok := v.Addr().Interface().(*model.GroupSyncable); ok {
			syncable.Type, syncable.SyncableId = model.GroupSyncableTypeTeam, "team-answer" // its JSON needs a kind
		}
	}
	return v
}
