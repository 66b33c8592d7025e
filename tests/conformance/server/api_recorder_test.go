package server

import (
	"bytes"
	"encoding/gob"
	"io"
	"net/http"
	"reflect"
	"sync"
	"testing"
)

// apiRecorder is a plugin.API that records every call, with its arguments and
// results, and answers through a function the test sets. Its methods (one per
// method of plugin.API) are generated: api_recorder_methods_test.go.
//
// Arguments that are streams are recorded as what they carried: an io.Reader
// as the bytes read from it, an *http.Request as an httpRequest.
type apiRecorder struct {
	mu       sync.Mutex
	calls    []apiCall
	answerer func(method string, args []any) []any
}

// apiCall is one recorded call.
type apiCall struct {
	Method  string
	Args    []any
	Results []any
}

// httpRequest is what the recorder keeps of an *http.Request argument.
type httpRequest struct {
	Method string
	URL    string
	Header http.Header
	Body   []byte
}

// answer sets the function that answers calls (nil: every result is its zero value).
func (recorder *apiRecorder) answer(answerer func(method string, args []any) []any) {
	recorder.mu.Lock()
	defer recorder.mu.Unlock()
	recorder.answerer = answerer
}

// call records one call and returns the answers.
func (recorder *apiRecorder) call(method string, args ...any) []any {
	for i, arg := range args {
		switch v := arg.(type) {
		case io.Reader:
			data, _ := io.ReadAll(v)
			args[i] = data
		case *http.Request:
			var body []byte
			if v.Body != nil {
				body, _ = io.ReadAll(v.Body)
			}
			args[i] = httpRequest{Method: v.Method, URL: v.URL.String(), Header: v.Header, Body: body}
		}
	}
	recorder.mu.Lock()
	answerer := recorder.answerer
	recorder.mu.Unlock()
	var results []any
	if answerer != nil {
		results = answerer(method, args)
	}
	recorder.record(method, args, results)
	return results
}

// record adds a call to the record (methods that answer by themselves call it directly).
func (recorder *apiRecorder) record(method string, args, results []any) {
	recorder.mu.Lock()
	defer recorder.mu.Unlock()
	recorder.calls = append(recorder.calls, apiCall{Method: method, Args: args, Results: results})
}

// recorded returns the calls so far, and forgets them.
func (recorder *apiRecorder) recorded() []apiCall {
	recorder.mu.Lock()
	defer recorder.mu.Unlock()
	calls := recorder.calls
	recorder.calls = nil
	return calls
}

// answer is the i-th answer as the method's result type (nil: its zero value).
func answer[T any](answers []any, i int) T {
	var zero T
	if i >= len(answers) || answers[i] == nil {
		return zero
	}
	return answers[i].(T)
}

// throughGobValue is v after the trip net/rpc makes, as one field of an
// argument or result struct (reflect's twin of throughGob, for values whose
// type is known only at run time).
func throughGobValue(t *testing.T, v reflect.Value) reflect.Value {
	t.Helper()
	holder := reflect.StructOf([]reflect.StructField{{Name: "A", Type: v.Type()}})
	in := reflect.New(holder)
	in.Elem().Field(0).Set(v)
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).EncodeValue(in); err != nil {
		t.Fatalf("gob-encoding %v: %v", v.Type(), err)
	}
	out := reflect.New(holder)
	if err := gob.NewDecoder(&buf).DecodeValue(out); err != nil {
		t.Fatalf("gob-decoding %v: %v", v.Type(), err)
	}
	return out.Elem().Field(0)
}
