package server

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
)

// TestAPI drives tests/api_plugin, a Python plugin that calls the plugin API
// from on_configuration_change, on_activate, a plain hook, async hooks and
// 200 concurrent calls, through Mattermost's plugin environment. The plugin
// API the environment hands the bridge records every call: each must be
// exactly the call, with exactly the structs, that a Go plugin making the
// same calls would make (the Go calls are written out below, and go through
// the same net/rpc trip, throughGob). What the API answers must come back to
// Python: values, and AppErrors as ApiError with all their fields.
func TestAPI(t *testing.T) {
	s := newServerFrom(t, "API_BUNDLE")
	store := &kvStore{values: map[string][]byte{}}
	s.api.answer(func(method string, args []any) []any {
		switch method {
		case "LoadPluginConfiguration":
			*args[0].(*any) = map[string]any{"Greeting": "hello"}
			return []any{nil}
		case "EnsureBotUser":
			return []any{"bot-user-id", nil}
		case "GetUser":
			if args[0] == "missing" {
				return []any{nil, &model.AppError{Id: "app.user.missing_account.const", Message: "We couldn't find the existing account.", DetailedError: "user missing", StatusCode: 404, Where: "GetUser", RequestId: "request-7"}}
			}
			return []any{testUser(args[0].(string), "zoe"), nil}
		case "GetChannel":
			return []any{testChannel(args[0].(string), "town-square"), nil}
		case "CreatePost":
			post := args[0].(*model.Post).Clone()
			post.Id = "created-post"
			return []any{post, nil}
		case "GetTeam":
			time.Sleep(time.Second) // slower than the plugin's deadline
			return []any{&model.Team{Id: "slow"}, nil}
		case "KVSet":
			store.set(args[0].(string), args[1].([]byte))
			return []any{nil}
		case "KVGet":
			return []any{store.get(args[0].(string)), nil}
		}
		return nil
	})

	s.activate(t)
	// What a Go plugin does in OnConfigurationChange and OnActivate:
	//	p.API.LoadPluginConfiguration(&configuration)
	//	botID, _ := p.API.EnsureBotUser(&model.Bot{Username: "api-bot", ...})
	//	p.API.RegisterCommand(&model.Command{Trigger: "api", ...})
	//	p.API.KVSet("activated", []byte("yes"))
	//	p.API.LogInfo("api plugin activated", "bot_id", botID)
	calls := pluginCalls(s.api.recorded())
	wantCalls(t, "activation", calls,
		apiCall{Method: "LoadPluginConfiguration"},
		apiCall{Method: "EnsureBotUser", Args: []any{&model.Bot{Username: "api-bot", DisplayName: "API Bot", Description: "made by the API test"}}},
		apiCall{Method: "RegisterCommand", Args: []any{&model.Command{Trigger: "api", AutoComplete: true, AutoCompleteDesc: "drive the API test", DisplayName: "API"}}},
		apiCall{Method: "KVSet", Args: []any{"activated", []byte("yes")}},
		apiCall{Method: "LogInfo", Args: []any{"api plugin activated", []any{"bot_id", "bot-user-id"}}},
	)
	hooks := s.hooks(t)

	t.Run("APIBeforeActivation", func(t *testing.T) {
		text := command(t, hooks, "/api before").Text
		if !strings.Contains(text, "self.api is not available yet") || !strings.Contains(text, "on_configuration_change or on_activate") {
			t.Errorf("before activation, self.api said %q", text)
		}
	})

	t.Run("PlainHook", func(t *testing.T) {
		post, reason := hooks.MessageWillBePosted(pluginContext("plain"), &model.Post{UserId: "user-zoe", ChannelId: "channel-town", Message: "hello"})
		if reason != "" || post == nil || post.Message != "zoe: hello" {
			t.Fatalf("MessageWillBePosted answered (%v, %q), want the post signed by zoe", post, reason)
		}
		// user, _ := p.API.GetUser(post.UserId)
		wantCalls(t, "MessageWillBePosted", pluginCalls(s.api.recorded()), apiCall{Method: "GetUser", Args: []any{"user-zoe"}})
	})

	t.Run("AsyncHook", func(t *testing.T) {
		hooks.MessageHasBeenPosted(pluginContext("async"), &model.Post{Id: "post-1", UserId: "user-zoe", ChannelId: "channel-town", Message: "hello"})
		// channel, _ := p.API.GetChannel(post.ChannelId)
		// p.API.CreatePost(&model.Post{ChannelId: channel.Id, UserId: botID, Message: "seen in " + channel.Name, Props: ...})
		wantCalls(t, "MessageHasBeenPosted", pluginCalls(s.api.recorded()),
			apiCall{Method: "GetChannel", Args: []any{"channel-town"}},
			apiCall{Method: "CreatePost", Args: []any{&model.Post{ChannelId: "channel-town", UserId: "bot-user-id", Message: "seen in town-square", Props: model.StringInterface{"seen": "post-1"}}}},
		)
	})

	t.Run("ConcurrentCalls", func(t *testing.T) {
		props := command(t, hooks, "/api concurrent").Props
		for _, kind := range []string{"async", "threads"} {
			values, _ := props[kind].([]any)
			if len(values) != 100 {
				t.Fatalf("%s: %d values came back, want 100", kind, len(values))
			}
			for i, value := range values {
				if value != fmt.Sprintf("value %d", i) {
					t.Errorf("%s call %d read %v, want the value it wrote", kind, i, value)
				}
			}
		}
		// Each of the 200 calls a Go plugin would make, each exactly once (in any order).
		var got, want []string
		for _, call := range pluginCalls(s.api.recorded()) {
			got = append(got, fmt.Sprintf("%s %q", call.Method, call.Args))
		}
		for _, prefix := range []string{"async", "thread"} {
			for i := 0; i < 100; i++ {
				key := fmt.Sprintf("%s-%d", prefix, i)
				want = append(want, fmt.Sprintf("%s %q", "KVSet", []any{key, []byte(fmt.Sprintf("value %d", i))}), fmt.Sprintf("%s %q", "KVGet", []any{key}))
			}
		}
		sort.Strings(got)
		sort.Strings(want)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("the concurrent calls differ from a Go plugin's (%d recorded, %d expected)", len(got), len(want))
		}
	})

	t.Run("AppErrorBecomesApiError", func(t *testing.T) {
		response := command(t, hooks, "/api error")
		want := map[string]any{
			"id":             "app.user.missing_account.const",
			"message":        "We couldn't find the existing account.",
			"detailed_error": "user missing",
			"status_code":    float64(404),
			"where":          "GetUser",
			"request_id":     "request-7",
			"method":         "GetUser",
		}
		if !reflect.DeepEqual(response.Props["async"], want) {
			t.Errorf("the async client's ApiError: %v\nwant %v", response.Props["async"], want)
		}
		sync, _ := response.Props["sync"].(map[string]any)
		if sync["type"] != "ApiError" || sync["id"] != want["id"] || sync["status_code"] != want["status_code"] {
			t.Errorf("the sync client's ApiError: %v", sync)
		}
		if !strings.Contains(response.Text, "GetUser: We couldn't find the existing account.") {
			t.Errorf("str(ApiError) = %q", response.Text)
		}
	})

	t.Run("Deadline", func(t *testing.T) {
		began := time.Now()
		text := command(t, hooks, "/api timeout").Text
		if !strings.HasPrefix(text, "ApiTimeout: GetTeam:") {
			t.Errorf("a call slower than with_timeout(0.3) ended with %q", text)
		}
		if took := time.Since(began); took > 900*time.Millisecond {
			t.Errorf("the call with a 0.3 s deadline took %v", took)
		}
	})
}

// pluginCalls are the calls the Python plugin made: without the bridge's own
// (its interpreter setting, the log lines it forwards, which carry a logger field).
func pluginCalls(calls []apiCall) []apiCall {
	var out []apiCall
	for _, call := range calls {
		switch call.Method {
		case "GetPluginConfig", "GetServerVersion":
			continue
		case "LogDebug", "LogInfo", "LogWarn", "LogError":
			if pairs, _ := call.Args[1].([]any); containsKey(pairs, "logger") {
				continue
			}
		}
		out = append(out, call)
	}
	return out
}

func containsKey(pairs []any, key string) bool {
	for i := 0; i < len(pairs); i += 2 {
		if pairs[i] == key {
			return true
		}
	}
	return false
}

// wantCalls checks the recorded calls against the calls a Go plugin makes:
// the same methods in the same order, and each argument equal to the Go
// value after net/rpc's trip (an apiCall without Args is checked by name only).
func wantCalls(t *testing.T, what string, got []apiCall, want ...apiCall) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: the plugin API saw %d calls (%s), want %d (%s)", what, len(got), methods(got), len(want), methods(want))
	}
	for i, call := range want {
		if got[i].Method != call.Method {
			t.Errorf("%s: call %d is %s, want %s", what, i, got[i].Method, call.Method)
			continue
		}
		if call.Args == nil {
			continue
		}
		for j, arg := range call.Args {
			sent := throughGobValue(t, reflect.ValueOf(arg)).Interface()
			if !reflect.DeepEqual(got[i].Args[j], sent) {
				t.Errorf("%s: %s argument %d differs from a Go plugin's\n got: %#v\nwant: %#v", what, call.Method, j, got[i].Args[j], sent)
			}
		}
	}
}

func methods(calls []apiCall) string {
	names := make([]string, len(calls))
	for i, call := range calls {
		names[i] = call.Method
	}
	return strings.Join(names, ", ")
}

// kvStore answers KVSet and KVGet like the server's key-value store.
type kvStore struct {
	mu     sync.Mutex
	values map[string][]byte
}

func (s *kvStore) set(key string, value []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.values[key] = value
}

func (s *kvStore) get(key string) []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.values[key]
}

var _ plugin.API = (*recordingAPI)(nil)
