package server

import (
	"reflect"
	"testing"

	"github.com/mattermost/mattermost/server/public/model"
)

// TestAPIHelpers drives the helpers over the plugin API (self.kv, ensure_bot,
// slash_command, publish_cluster_event, Settings) from tests/api_plugin, from
// a plain thread and from async code, through Mattermost's plugin
// environment: each must make exactly the calls, with exactly the structs, a
// Go plugin writing the same by hand (or with pluginapi) makes.
func TestAPIHelpers(t *testing.T) {
	s := newServerFrom(t, "API_BUNDLE")
	store := &kvStore{values: map[string][]byte{}}
	s.api.answer(func(method string, args []any) []any {
		switch method {
		case "LoadPluginConfiguration":
			*args[0].(*any) = map[string]any{"greeting": "hello", "limit": "5"}
			return []any{nil}
		case "EnsureBotUser":
			return []any{"bot-user-id", nil}
		case "KVGet":
			return []any{store.get(args[0].(string)), nil}
		case "KVSetWithOptions":
			store.set(args[0].(string), args[1].([]byte))
			return []any{true, nil}
		case "KVList":
			return []any{[]string{"count", "mmi_botid", "other", "owner"}, nil}
		}
		return nil
	})
	s.activate(t)
	s.api.recorded() // activation's calls are TestAPI's to check
	hooks := s.hooks(t)

	// The command a Go plugin builds with model's autocomplete helpers.
	poll := model.NewAutocompleteData("poll", "[question]", "Run a poll")
	start := model.NewAutocompleteData("start", "", "Start a poll")
	start.AddTextArgument("The question", "text", "^.+$")
	closing := model.NewAutocompleteData("close", "", "Close it")
	closing.AddNamedStaticListArgument("results", "Show results?", false, []model.AutocompleteListItem{{Item: "yes"}, {Item: "no", HelpText: "keep them hidden"}})
	reset := model.NewAutocompleteData("reset", "", "Forget every poll")
	reset.RoleID = model.SystemAdminRoleId
	poll.AddCommand(start)
	poll.AddCommand(closing)
	poll.AddCommand(reset)
	pollCommand := &model.Command{Trigger: "poll", AutoComplete: true, AutoCompleteDesc: "Run a poll", AutoCompleteHint: "[question]", DisplayName: "Poll", Description: "Run a poll", AutocompleteData: poll}
	bot := &model.Bot{Username: "helper-bot", DisplayName: "Helper"}

	for _, run := range []struct {
		name, text string
		count      string
		oldCount   []byte
		sendType   string
		counted    float64
	}{
		{"Sync", "/api helpers", "1", nil, model.PluginClusterEventSendTypeReliable, 1},
		{"Async", "/api helpers async", "2", []byte("1"), model.PluginClusterEventSendTypeBestEffort, 2},
	} {
		t.Run(run.name, func(t *testing.T) {
			props := command(t, hooks, run.text).Props
			// What a Go plugin does for the same:
			//	value, _ := p.API.KVGet("count")                       // kv.modify: read, then write only if unchanged
			//	p.API.KVSetWithOptions("count", []byte(next), model.PluginKVSetOptions{Atomic: true, OldValue: value})
			//	p.API.KVSetWithOptions("owner", []byte(`{"id":"u1"}`), model.PluginKVSetOptions{Atomic: true, ExpireInSeconds: 60})
			//	p.API.KVList(0, 1000)
			//	botID, _ := p.API.EnsureBotUser(bot)
			//	p.API.SetProfileImage(botID, []byte("\x89PNG"))
			//	p.API.RegisterCommand(command)
			//	p.API.PublishPluginClusterEvent(model.PluginClusterEvent{Id: "counted", Data: data}, model.PluginClusterEventSendOptions{SendType: sendType})
			wantCalls(t, run.name, pluginCalls(s.api.recorded()),
				apiCall{Method: "KVGet", Args: []any{"count"}},
				apiCall{Method: "KVSetWithOptions", Args: []any{"count", []byte(run.count), model.PluginKVSetOptions{Atomic: true, OldValue: run.oldCount}}},
				apiCall{Method: "KVSetWithOptions", Args: []any{"owner", []byte(`{"id":"u1"}`), model.PluginKVSetOptions{Atomic: true, ExpireInSeconds: 60}}},
				apiCall{Method: "KVList", Args: []any{0, 1000}},
				apiCall{Method: "EnsureBotUser", Args: []any{bot}},
				apiCall{Method: "SetProfileImage", Args: []any{"bot-user-id", []byte("\x89PNG")}},
				apiCall{Method: "RegisterCommand", Args: []any{pollCommand}},
				apiCall{Method: "PublishPluginClusterEvent", Args: []any{
					model.PluginClusterEvent{Id: "counted", Data: []byte(`{"count":` + run.count + `}`)},
					model.PluginClusterEventSendOptions{SendType: run.sendType},
				}},
			)
			want := map[string]any{"count": run.counted, "claimed": true, "keys": []any{"count"}, "bot_id": "bot-user-id"}
			if run.name == "Sync" { // the settings Settings parsed from LoadPluginConfiguration
				want["greeting"], want["limit"] = "hello", float64(5)
			}
			if !reflect.DeepEqual(props, model.StringInterface(want)) {
				t.Errorf("the helpers answered %v\nwant %v", props, want)
			}
		})
	}
}
