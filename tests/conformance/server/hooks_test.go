package server

import (
	"encoding/json"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	saml2 "github.com/mattermost/gosaml2"
	samltypes "github.com/mattermost/gosaml2/types"
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
)

func reflectHooks() reflect.Type { return reflect.TypeFor[plugin.Hooks]() }

// hookCase drives one hook through the environment's plugin.Hooks, with the
// real model structs, and checks every result form examples/every_hook gives
// (see its README), as the server receives it. The inputs and expectations are
// those of tests/conformance/hooks_test.go, one layer up: through Mattermost's
// net/rpc client and the bridge instead of gRPC.
type hookCase struct {
	hook string
	run  func(t *testing.T, h *host)
}

func runHookCases(t *testing.T, s *server) {
	h := &host{Hooks: s.hooks(t), s: s}
	for _, c := range hookCases() {
		t.Run(c.hook, func(t *testing.T) {
			seen(t, h) // each case starts with no recorded events (activation's, a failed case's)
			c.run(t, h)
		})
	}
}

// TestEveryHookHasACase checks that hookCases has exactly one case for each
// method of Mattermost's plugin.Hooks.
func TestEveryHookHasACase(t *testing.T) {
	want := map[string]bool{}
	for _, name := range mattermostHooks() {
		want[name] = true
	}
	got := map[string]bool{}
	for _, c := range hookCases() {
		if got[c.hook] {
			t.Errorf("two cases for %s", c.hook)
		}
		got[c.hook] = true
	}
	var missing, extra []string
	for name := range want {
		if !got[name] {
			missing = append(missing, name)
		}
	}
	for name := range got {
		if !want[name] {
			extra = append(extra, name)
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	if len(missing) > 0 || len(extra) > 0 {
		t.Errorf("hook cases vs plugin.Hooks' %d hooks: no case for %v; a case for no such hook: %v", len(want), missing, extra)
	}
}

func hookCases() []hookCase {
	return append(streamCases(), []hookCase{
		{"OnActivate", testOnActivate},
		{"OnDeactivate", testOnDeactivate},
		{"OnConfigurationChange", testOnConfigurationChange},
		{"OnInstall", testOnInstall},
		{"OnSendDailyTelemetry", testOnSendDailyTelemetry},
		{"ExecuteCommand", testExecuteCommand},
		{"MessageWillBePosted", testMessageWillBePosted},
		{"MessageWillBeUpdated", testMessageWillBeUpdated},
		{"MessageHasBeenPosted", testMessageHasBeenPosted},
		{"MessageHasBeenUpdated", testMessageHasBeenUpdated},
		{"MessageHasBeenDeleted", testMessageHasBeenDeleted},
		{"MessagesWillBeConsumed", testMessagesWillBeConsumed},
		{"MessagesWillBeConsumedWithContext", testMessagesWillBeConsumedWithContext},
		{"ScheduledPostWillBeCreated", testScheduledPostWillBeCreated},
		{"DraftWillBeUpserted", testDraftWillBeUpserted},
		{"ReactionHasBeenAdded", testReactionHasBeenAdded},
		{"ReactionHasBeenRemoved", testReactionHasBeenRemoved},
		{"ChannelHasBeenCreated", testChannelHasBeenCreated},
		{"ChannelWillBeUpdated", testChannelWillBeUpdated},
		{"ChannelWillBeArchived", testChannelWillBeArchived},
		{"ChannelWillBeRestored", testChannelWillBeRestored},
		{"ChannelMemberWillBeAdded", testChannelMemberWillBeAdded},
		{"UserHasJoinedChannel", testUserHasJoinedChannel},
		{"UserHasLeftChannel", testUserHasLeftChannel},
		{"TeamMemberWillBeAdded", testTeamMemberWillBeAdded},
		{"UserHasJoinedTeam", testUserHasJoinedTeam},
		{"UserHasLeftTeam", testUserHasLeftTeam},
		{"UserHasBeenCreated", testUserHasBeenCreated},
		{"UserHasLoggedIn", testUserHasLoggedIn},
		{"UserHasBeenDeactivated", testUserHasBeenDeactivated},
		{"UserWillLogIn", testUserWillLogIn},
		{"OnSAMLLogin", testOnSAMLLogin},
		{"PreferencesHaveChanged", testPreferencesHaveChanged},
		{"FileWillBeDownloaded", testFileWillBeDownloaded},
		{"OnWebSocketConnect", testOnWebSocketConnect},
		{"OnWebSocketDisconnect", testOnWebSocketDisconnect},
		{"WebSocketMessageHasBeenPosted", testWebSocketMessageHasBeenPosted},
		{"OnPluginClusterEvent", testOnPluginClusterEvent},
		{"RunDataRetention", testRunDataRetention},
		{"OnCloudLimitsUpdated", testOnCloudLimitsUpdated},
		{"ConfigurationWillBeSaved", testConfigurationWillBeSaved},
		{"GenerateSupportData", testGenerateSupportData},
		{"OnSharedChannelsSyncMsg", testOnSharedChannelsSyncMsg},
		{"OnSharedChannelsPing", testOnSharedChannelsPing},
		{"OnSharedChannelsAttachmentSyncMsg", testOnSharedChannelsAttachmentSyncMsg},
		{"OnSharedChannelsProfileImageSyncMsg", testOnSharedChannelsProfileImageSyncMsg},
		{"NotificationWillBePushed", testNotificationWillBePushed},
		{"EmailNotificationWillBeSent", testEmailNotificationWillBeSent},
	}...)
}

// --- lifecycle --------------------------------------------------------------

// The environment called OnActivate when it activated the plugin. Calling it
// again does on the plugin's side what an activation does: Mattermost's RPC
// server hands the plugin a fresh API connection and calls
// OnConfigurationChange, then OnActivate.
func testOnActivate(t *testing.T, h *host) {
	wantNoError(t, "OnActivate", h.OnActivate())
	wantEvents(t, h, event{"hook": "OnConfigurationChange"}, event{"hook": "OnActivate"})

	arm(t, h, "OnActivate")
	appErr := wantAppError(t, "OnActivate (armed)", h.OnActivate(), "every_hook.activate.refused", 503, "activation refused")
	if appErr.DetailedError != "armed by /everyhook arm OnActivate" {
		t.Errorf("OnActivate (armed): detailed error %q", appErr.DetailedError)
	}
	wantEvents(t, h, event{"hook": "OnConfigurationChange"})
}

// Called directly, as the environment does before it stops a plugin: the hook
// alone stops nothing, the plugin keeps serving.
func testOnDeactivate(t *testing.T, h *host) {
	wantNoError(t, "OnDeactivate", h.OnDeactivate())
	wantEvents(t, h, event{"hook": "OnDeactivate"})

	// Any exception (not only PluginError) becomes an AppError with its message.
	arm(t, h, "OnDeactivate")
	appErr := wantAppError(t, "OnDeactivate (armed)", h.OnDeactivate(), "plugin.error", 500, "could not flush the cache")
	if !strings.Contains(appErr.DetailedError, "RuntimeError") {
		t.Errorf("OnDeactivate (armed): detailed error %q does not name the exception type", appErr.DetailedError)
	}
	wantEvents(t, h)
}

func testOnConfigurationChange(t *testing.T, h *host) {
	wantNoError(t, "OnConfigurationChange", h.OnConfigurationChange())
	wantEvents(t, h, event{"hook": "OnConfigurationChange"})

	arm(t, h, "OnConfigurationChange")
	wantAppError(t, "OnConfigurationChange (armed)", h.OnConfigurationChange(), "every_hook.configuration.invalid", 400, "configuration rejected")
	wantEvents(t, h)
}

func testOnInstall(t *testing.T, h *host) {
	wantNoError(t, "OnInstall", h.OnInstall(pluginContext("req-install"), model.OnInstallEvent{UserId: "user-admin-ü"}))
	wantEvents(t, h, event{"hook": "OnInstall", "request_id": "req-install", "user_id": "user-admin-ü"})

	err := h.OnInstall(pluginContext("req-install-anon"), model.OnInstallEvent{})
	wantAppError(t, "OnInstall (no user)", err, "every_hook.install.anonymous", 400, "installed without a user")
	wantEvents(t, h)
}

// A void hook has no error result: the Python exception is a plugin bug. The
// bridge logs it at error level and the server, as when a Go plugin's call
// fails, gets nothing back; the plugin keeps serving.
func testOnSendDailyTelemetry(t *testing.T, h *host) {
	h.OnSendDailyTelemetry()
	wantEvents(t, h, event{"hook": "OnSendDailyTelemetry"})

	arm(t, h, "OnSendDailyTelemetry")
	h.OnSendDailyTelemetry()
	wantCallFailedLog(t, h, "OnSendDailyTelemetry", "EveryHook.on_send_daily_telemetry raised RuntimeError: telemetry exploded")
	wantEvents(t, h)

	h.OnSendDailyTelemetry()
	wantEvents(t, h, event{"hook": "OnSendDailyTelemetry"})
}

// --- commands ---------------------------------------------------------------

func testExecuteCommand(t *testing.T, h *host) {
	run := func(requestID, text string) (*model.CommandResponse, *model.AppError) {
		t.Helper()
		return h.ExecuteCommand(pluginContext(requestID), &model.CommandArgs{Command: text, UserId: "server-test"})
	}

	args := &model.CommandArgs{
		UserId:       "user-zoe",
		ChannelId:    "channel-town",
		TeamId:       "team-1",
		RootId:       "root-1",
		ParentId:     "root-1",
		TriggerId:    "trigger-1",
		ConnectionId: "conn-42",
		Command:      "/everyhook echo " + unicode,
		SiteURL:      "https://chat.example.com/sub",
	}
	cr, appErr := h.ExecuteCommand(pluginContext("req-echo"), args)
	wantNoError(t, "echo", appError(appErr))
	if cr == nil {
		t.Fatal("echo: no CommandResponse")
	}
	if cr.ResponseType != model.CommandResponseTypeInChannel || cr.Text != unicode || cr.ChannelId != "channel-town" {
		t.Errorf("echo: got %+v", cr)
	}
	sameJSON(t, "echo props", cr.Props, model.StringInterface{
		"user_id":    "user-zoe",
		"team_id":    "team-1",
		"root_id":    "root-1",
		"trigger_id": "trigger-1",
		"site_url":   "https://chat.example.com/sub",
		"request_id": "req-echo",
	})

	// A str is the shorthand for an ephemeral reply.
	cr = command(t, h, "/everyhook whisper psst 🤫")
	if cr.ResponseType != model.CommandResponseTypeEphemeral || cr.Text != "psst 🤫" {
		t.Errorf("whisper: got %+v", cr)
	}

	// None: an empty response (not a nil one).
	sameJSON(t, "quiet", command(t, h, "/everyhook quiet"), &model.CommandResponse{})

	// A CommandResponse with attachments and extra responses.
	cr = command(t, h, "/everyhook rich")
	if cr.ResponseType != model.CommandResponseTypeInChannel || cr.Text != "rich reply" || cr.Username != "every-hook" ||
		cr.IconURL != "https://example.com/icon.png" || !cr.SkipSlackParsing || cr.GotoLocation != "https://example.com/docs" ||
		len(cr.Attachments) != 1 || len(cr.ExtraResponses) != 1 {
		t.Fatalf("rich: got %+v", cr)
	}
	if a := cr.Attachments[0]; a.Title != "Attachment ✓" || a.Color != "#00ff00" || len(a.Fields) != 1 ||
		a.Fields[0].Title != "Field" || a.Fields[0].Value != "42" || !a.Fields[0].Short {
		t.Errorf("rich: attachment %+v", a)
	}
	if e := cr.ExtraResponses[0]; e.Text != "and one more thing" || e.ResponseType != model.CommandResponseTypeEphemeral {
		t.Errorf("rich: extra response %+v", e)
	}

	// PluginError sets the AppError's id, status and detail.
	cr, appErr = run("req-fail", "/everyhook fail")
	if cr != nil {
		t.Errorf("fail: a response %+v alongside the error", cr)
	}
	failed := wantAppError(t, "fail", appError(appErr), "every_hook.command.failed", 418, "the command failed on purpose")
	if failed.DetailedError != "asked to fail" || !strings.Contains(failed.Where, "execute_command") {
		t.Errorf("fail: %+v", failed)
	}

	// Any other exception becomes an AppError too.
	cr, appErr = run("req-crash", "/everyhook crash")
	if cr != nil {
		t.Errorf("crash: a response %+v alongside the error", cr)
	}
	wantAppError(t, "crash", appError(appErr), "plugin.error", 500, "boom")

	_, appErr = run("req-unknown", "/everyhook frobnicate")
	wantAppError(t, "unknown", appError(appErr), "every_hook.command.unknown", 404, "frobnicate")
}

// --- posts ------------------------------------------------------------------

// MessageWillBePosted's RPC client decodes the reply into the post it sent
// (its returns start as that post): a plugin that allows (nil) or rejects the
// post hands the server back the same post, and a replacement is written over
// it field by field, so the server's own post is updated in place.
func testMessageWillBePosted(t *testing.T, h *host) {
	c := pluginContext("req-post")
	call := func(what string, sent *model.Post) (*model.Post, string) {
		t.Helper()
		post, reason := h.MessageWillBePosted(c, sent)
		if post != sent {
			t.Errorf("%s: the server got the post %p, want the one it sent (%p)", what, post, sent)
		}
		return post, reason
	}

	post, reason := call("allow", testPost("p1", unicode))
	wantRejection(t, "allow", reason, "")
	sameJSON(t, "allowed post", post, testPost("p1", unicode))

	post, reason = call("replace", testPost("p2", "shout: make it loud ü"))
	wantRejection(t, "replace", reason, "")
	want := testPost("p2", "MAKE IT LOUD Ü")
	want.AddProp("shouted", true)
	sameJSON(t, "replaced post", post, want)

	// Replaced through a Go-style (post, "") tuple.
	post, reason = call("tuple", testPost("p3", "tuple:  padded  "))
	wantRejection(t, "tuple", reason, "")
	sameJSON(t, "tuple post", post, testPost("p3", "padded"))

	post, reason = call("reject", testPost("p4", "oh darn it"))
	wantRejection(t, "reject", reason, "Watch your language")
	sameJSON(t, "rejected post", post, testPost("p4", "oh darn it"))

	// Dismissed silently: Go's plugin.DismissPostError.
	_, reason = call("dismiss", testPost("p5", "buy cheap spam now"))
	wantRejection(t, "dismiss", reason, plugin.DismissPostError)

	// A minimal post (Go zero values, nil maps and pointers) replaced.
	post, reason = call("minimal", &model.Post{Message: "shout: x"})
	wantRejection(t, "minimal", reason, "")
	minimal := &model.Post{Message: "X"}
	minimal.AddProp("shouted", true)
	sameJSON(t, "minimal post", post, minimal)
}

// MessageWillBeUpdated's RPC client starts from nothing: the server gets
// exactly the post the plugin returns, and takes a nil post as a rejection
// (app.UpdatePost: "Post rejected by plugin. " + reason), so a plugin that
// allows an edit unchanged must hand back the new post.
func testMessageWillBeUpdated(t *testing.T, h *host) {
	c := pluginContext("req-update")
	old := testPost("p1", "before")

	// Replaced through a tuple: the old message is kept in a prop.
	edited := testPost("p1", "after ✍")
	edited.EditAt = 1_700_000_000_999
	post, reason := h.MessageWillBeUpdated(c, edited, old)
	wantRejection(t, "edit", reason, "")
	want := testPost("p1", "after ✍")
	want.EditAt = 1_700_000_000_999
	want.AddProp("previous_message", "before")
	sameJSON(t, "edited post", post, throughGob(t, want))

	// Rejected through a (None, reason) tuple.
	post, reason = h.MessageWillBeUpdated(c, testPost("p1", "before"), old)
	if post != nil {
		t.Errorf("unchanged edit: got a post %+v alongside the rejection", post)
	}
	wantRejection(t, "unchanged edit", reason, "nothing changed")

	// Allowed as is (the plugin returns None).
	post, reason = h.MessageWillBeUpdated(c, testPost("p1", "keep this one"), old)
	wantRejection(t, "keep", reason, "")
	if post == nil {
		t.Error("keep: the server got a nil post, which it takes as a rejection; a plugin that allows an edit unchanged hands back the new post")
	} else {
		sameJSON(t, "kept post", post, throughGob(t, testPost("p1", "keep this one")))
	}

	// A failed call (every_hook has no arm here; a nil old post, which the
	// server never sends, makes its Python code raise). When a Go plugin's
	// call fails, this RPC client returns its default, the new post: the edit
	// goes through.
	post, reason = h.MessageWillBeUpdated(c, testPost("p1", "after a failure"), nil)
	wantCallFailedLog(t, h, "MessageWillBeUpdated", "EveryHook.message_will_be_updated raised AttributeError")
	wantRejection(t, "failed call", reason, "")
	if post == nil {
		t.Error("failed call: the server got a nil post, which it takes as a rejection; when a Go plugin's call fails it gets the new post back")
	} else {
		// The bridge answers the server over net/rpc with the new post it was sent,
		// as a Go plugin returning its argument would (gob's trip included).
		sameJSON(t, "post after a failed call", post, throughGob(t, testPost("p1", "after a failure")))
	}
}

func testMessageHasBeenPosted(t *testing.T, h *host) {
	h.MessageHasBeenPosted(pluginContext("req-posted"), testPost("p1", unicode))
	wantEvents(t, h, event{
		"hook": "MessageHasBeenPosted", "request_id": "req-posted", "post_id": "p1", "message": unicode,
		"user_id": "user-zoe", "remote_id": "remote-ü", "file_ids": []string{"file-1", "file-2"},
		"priority": "urgent", "participants": []string{"ann"},
	})

	// A void hook's failed call (a nil post, which the server never sends,
	// makes the plugin's code raise): logged; the server, as with a Go
	// plugin, gets nothing back.
	h.MessageHasBeenPosted(pluginContext("req-posted-nil"), nil)
	wantCallFailedLog(t, h, "MessageHasBeenPosted", "EveryHook.message_has_been_posted raised AttributeError")
	wantEvents(t, h)
}

func testMessageHasBeenUpdated(t *testing.T, h *host) {
	h.MessageHasBeenUpdated(pluginContext("req-updated"), testPost("p1", "new"), testPost("p1", "old"))
	wantEvents(t, h, event{"hook": "MessageHasBeenUpdated", "request_id": "req-updated", "post_id": "p1", "new": "new", "old": "old"})
}

func testMessageHasBeenDeleted(t *testing.T, h *host) {
	p := testPost("p9", "gone")
	p.DeleteAt = 1_700_000_009_999
	h.MessageHasBeenDeleted(pluginContext("req-deleted"), p)
	wantEvents(t, h, event{"hook": "MessageHasBeenDeleted", "request_id": "req-deleted", "post_id": "p9", "delete_at": 1_700_000_009_999})
}

// The RPC client of both consume hooks starts from nothing: the server gets
// the list the plugin returns. When the Python plugin keeps the list (None),
// the bridge returns the posts it was given, as a Go plugin returning its
// argument does.
func testMessagesWillBeConsumed(t *testing.T, h *host) {
	posts := func(ps ...*model.Post) []*model.Post { return ps }

	got := h.MessagesWillBeConsumed(posts(testPost("a", "one"), testPost("b", "two")))
	sameJSON(t, "unchanged list", got, throughGob(t, posts(testPost("a", "one"), testPost("b", "two"))))

	// The plugin returns the whole list with secrets redacted.
	got = h.MessagesWillBeConsumed(posts(testPost("a", "one"), testPost("b", "my secret"), testPost("c", "three")))
	sameJSON(t, "redacted list", got, throughGob(t, posts(testPost("a", "one"), testPost("b", "(redacted)"), testPost("c", "three"))))

	if got = h.MessagesWillBeConsumed(posts()); len(got) != 0 {
		t.Errorf("empty list: got %d posts", len(got))
	}
}

func testMessagesWillBeConsumedWithContext(t *testing.T, h *host) {
	c := pluginContext("req-consume")
	posts := func(ps ...*model.Post) []*model.Post { return ps }

	got := h.MessagesWillBeConsumedWithContext(c, posts(testPost("a", "one"), testPost("b", "two")))
	sameJSON(t, "unchanged list", got, throughGob(t, posts(testPost("a", "one"), testPost("b", "two"))))

	// Only the changed posts come back; the server replaces the originals by id.
	got = h.MessagesWillBeConsumedWithContext(c, posts(testPost("a", "one"), testPost("b", "secret plan"), testPost("c", "another secret")))
	sameJSON(t, "replacements", got, throughGob(t, posts(testPost("b", "(redacted for conn-42)"), testPost("c", "(redacted for conn-42)"))))
}

// The RPC clients of ScheduledPostWillBeCreated and DraftWillBeUpserted start
// from nothing: nil allows the object unchanged, a replacement is what the
// plugin built.
func testScheduledPostWillBeCreated(t *testing.T, h *host) {
	c := pluginContext("req-schedule")
	newScheduled := func(message string, at int64) *model.ScheduledPost {
		sp := &model.ScheduledPost{
			Draft: model.Draft{
				CreateAt:  1_700_000_000_000,
				UpdateAt:  1_700_000_000_001,
				UserId:    "user-zoe",
				ChannelId: "channel-town",
				Message:   message,
				FileIds:   model.StringArray{"file-1"},
				Priority:  model.StringInterface{"priority": "important"},
			},
			Id:             "sched-1",
			ScheduledAt:    at,
			RepeatType:     "daily",
			RepeatTimezone: "Europe/Zürich",
		}
		sp.SetProps(model.StringInterface{"k": "v"})
		return sp
	}
	// Replaced: the message is trimmed.
	sp, reason := h.ScheduledPostWillBeCreated(c, newScheduled("  later ⏰  ", bigInt))
	wantRejection(t, "trim", reason, "")
	sameJSON(t, "scheduled post", sp, throughGob(t, newScheduled("later ⏰", bigInt)))

	sp, reason = h.ScheduledPostWillBeCreated(c, newScheduled("later", bigInt))
	if sp != nil || reason != "" {
		t.Errorf("allow: got (%+v, %q), want (nil, \"\")", sp, reason)
	}

	sp, reason = h.ScheduledPostWillBeCreated(c, newScheduled("too late", 1_000))
	if sp != nil {
		t.Errorf("past: got a scheduled post %+v alongside the rejection", sp)
	}
	wantRejection(t, "past", reason, "a scheduled post must be in the future")
}

func testDraftWillBeUpserted(t *testing.T, h *host) {
	c := pluginContext("req-draft")
	newDraft := func(message string) *model.Draft {
		d := &model.Draft{CreateAt: 1, UpdateAt: maxInt, UserId: "user-zoe", ChannelId: "channel-town", RootId: "root-1", Message: message}
		d.SetProps(model.StringInterface{"draft": true})
		return d
	}
	d, reason := h.DraftWillBeUpserted(c, newDraft("\tdraft 📝\n"))
	wantRejection(t, "trim", reason, "")
	sameJSON(t, "trimmed draft", d, throughGob(t, newDraft("draft 📝")))

	d, reason = h.DraftWillBeUpserted(c, newDraft("fine"))
	if d != nil || reason != "" {
		t.Errorf("allow: got (%+v, %q), want (nil, \"\")", d, reason)
	}

	d, reason = h.DraftWillBeUpserted(c, newDraft(strings.Repeat("ä", 101)))
	if d != nil {
		t.Errorf("too long: got a draft alongside the rejection")
	}
	wantRejection(t, "too long", reason, "drafts are limited to 100 characters")
}

// --- reactions ---------------------------------------------------------------

func testReactionHasBeenAdded(t *testing.T, h *host) {
	h.ReactionHasBeenAdded(pluginContext("req-react"), testReaction(nil))
	wantEvents(t, h, event{
		"hook": "ReactionHasBeenAdded", "request_id": "req-react", "emoji_name": "+1", "post_id": "p1",
		"user_id": "user-zoe", "remote_id": nil, "create_at": bigInt,
	})
}

func testReactionHasBeenRemoved(t *testing.T, h *host) {
	h.ReactionHasBeenRemoved(pluginContext("req-unreact"), testReaction(ptr("remote-1")))
	wantEvents(t, h, event{
		"hook": "ReactionHasBeenRemoved", "request_id": "req-unreact", "emoji_name": "+1", "post_id": "p1",
		"user_id": "user-zoe", "remote_id": "remote-1", "create_at": bigInt,
	})
}

// --- channels ----------------------------------------------------------------

func testChannelHasBeenCreated(t *testing.T, h *host) {
	h.ChannelHasBeenCreated(pluginContext("req-channel"), testChannel("c1", "town-square"))
	wantEvents(t, h, event{
		"hook": "ChannelHasBeenCreated", "request_id": "req-channel", "channel_id": "c1", "name": "town-square",
		"display_name": "Town Square ☕", "type": "O", "shared": true, "banner": "Read me ✔",
	})
}

// ChannelWillBeUpdated's RPC client starts from nothing: nil allows the update.
func testChannelWillBeUpdated(t *testing.T, h *host) {
	c := pluginContext("req-chan-update")
	old := testChannel("c1", "town-square")

	padded := testChannel("c1", "town-square")
	padded.Header = "  new header 📣  "
	channel, reason := h.ChannelWillBeUpdated(c, padded, old)
	wantRejection(t, "trim header", reason, "")
	want := testChannel("c1", "town-square")
	want.Header = "new header 📣"
	sameJSON(t, "updated channel", channel, throughGob(t, want))

	channel, reason = h.ChannelWillBeUpdated(c, testChannel("c1", "renamed"), old)
	if channel != nil {
		t.Errorf("rename: got a channel alongside the rejection")
	}
	wantRejection(t, "rename", reason, "channel names cannot change")

	channel, reason = h.ChannelWillBeUpdated(c, testChannel("c1", "town-square"), old)
	if channel != nil || reason != "" {
		t.Errorf("allow: got (%+v, %q), want (nil, \"\")", channel, reason)
	}
}

func testChannelWillBeArchived(t *testing.T, h *host) {
	c := pluginContext("req-archive")
	wantRejection(t, "town-square", h.ChannelWillBeArchived(c, testChannel("c1", "town-square")), "town-square cannot be archived")
	wantRejection(t, "other", h.ChannelWillBeArchived(c, testChannel("c2", "off-topic")), "")
}

func testChannelWillBeRestored(t *testing.T, h *host) {
	c := pluginContext("req-restore")
	frozen := testChannel("c1", "old-project")
	frozen.DeleteAt = 1_700_000_000_000
	frozen.Props = map[string]any{"frozen": true}
	wantRejection(t, "frozen", h.ChannelWillBeRestored(c, frozen), "old-project is frozen")
	thawed := testChannel("c2", "old-idea")
	thawed.DeleteAt = 1_700_000_000_000
	thawed.Props = nil
	wantRejection(t, "not frozen", h.ChannelWillBeRestored(c, thawed), "")
}

// ChannelMemberWillBeAdded's RPC client, like MessageWillBePosted's, decodes
// the reply into the member it sent: an allowed or rejected member comes back
// as that member, and a replacement is written over it in place.
func testChannelMemberWillBeAdded(t *testing.T, h *host) {
	c := pluginContext("req-member")
	call := func(what string, sent *model.ChannelMember) (*model.ChannelMember, string) {
		t.Helper()
		member, reason := h.ChannelMemberWillBeAdded(c, sent)
		if member != sent {
			t.Errorf("%s: the server got the member %p, want the one it sent (%p)", what, member, sent)
		}
		return member, reason
	}
	_, reason := call("blocked", testChannelMember("c1", "blocked-user"))
	wantRejection(t, "blocked", reason, "blocked-user may not join channels")

	// A guest gets push notifications turned off. The input is sanitized: its
	// -1 timestamps are left out of the JSON the Python plugin reads, so its
	// replacement holds 0 there; gob sends no zeros, and the member the server
	// holds keeps its -1.
	newGuest := func() *model.ChannelMember {
		guest := testChannelMember("c1", "guest-1")
		guest.SchemeGuest, guest.SchemeUser = true, false
		guest.SanitizeForCurrentUser("someone-else")
		return guest
	}
	member, reason := call("guest", newGuest())
	wantRejection(t, "guest", reason, "")
	want := newGuest()
	want.NotifyProps["push"] = "none"
	sameJSON(t, "guest member", member, want)
	if member.LastViewedAt != -1 || member.LastUpdateAt != -1 {
		t.Errorf("guest: timestamps %d, %d, want the sanitized -1 the server sent", member.LastViewedAt, member.LastUpdateAt)
	}

	member, reason = call("allow", testChannelMember("c1", "user-zoe"))
	wantRejection(t, "allow", reason, "")
	sameJSON(t, "allowed member", member, testChannelMember("c1", "user-zoe"))
}

func testUserHasJoinedChannel(t *testing.T, h *host) {
	c := pluginContext("req-join")
	h.UserHasJoinedChannel(c, testChannelMember("c1", "user-zoe"), testUser("user-admin", "admin"))
	h.UserHasJoinedChannel(c, testChannelMember("c1", "user-zoe"), nil) // joined by themselves: no actor
	wantEvents(t, h,
		event{"hook": "UserHasJoinedChannel", "request_id": "req-join", "channel_id": "c1", "user_id": "user-zoe", "actor": "admin"},
		event{"hook": "UserHasJoinedChannel", "request_id": "req-join", "channel_id": "c1", "user_id": "user-zoe", "actor": nil},
	)
}

func testUserHasLeftChannel(t *testing.T, h *host) {
	c := pluginContext("req-leave")
	h.UserHasLeftChannel(c, testChannelMember("c1", "user-zoe"), nil)
	h.UserHasLeftChannel(c, testChannelMember("c1", "user-zoe"), testUser("user-admin", "admin"))
	wantEvents(t, h,
		event{"hook": "UserHasLeftChannel", "request_id": "req-leave", "channel_id": "c1", "user_id": "user-zoe", "actor": nil},
		event{"hook": "UserHasLeftChannel", "request_id": "req-leave", "channel_id": "c1", "user_id": "user-zoe", "actor": "admin"},
	)
}

// --- teams -------------------------------------------------------------------

// TeamMemberWillBeAdded's RPC client, like ChannelMemberWillBeAdded's, decodes
// the reply into the member it sent.
func testTeamMemberWillBeAdded(t *testing.T, h *host) {
	c := pluginContext("req-team-member")
	call := func(what string, sent *model.TeamMember) (*model.TeamMember, string) {
		t.Helper()
		member, reason := h.TeamMemberWillBeAdded(c, sent)
		if member != sent {
			t.Errorf("%s: the server got the member %p, want the one it sent (%p)", what, member, sent)
		}
		return member, reason
	}
	_, reason := call("closed", testTeamMember("closed-team", "user-zoe"))
	wantRejection(t, "closed", reason, "closed-team is closed")

	// CreateAt (json:"-") never reaches the Python plugin; the server keeps its
	// own, since the replacement is written over the member it sent.
	newGuest := func() *model.TeamMember {
		guest := testTeamMember("team-1", "guest-1")
		guest.SchemeGuest, guest.SchemeUser = true, false
		guest.CreateAt = 1_700_000_000_000
		return guest
	}
	member, reason := call("guest", newGuest())
	wantRejection(t, "guest", reason, "")
	want := newGuest()
	want.Roles = "team_guest"
	sameJSON(t, "guest member", member, want)
	if member.CreateAt != want.CreateAt {
		t.Errorf("guest: CreateAt %d, want %d", member.CreateAt, want.CreateAt)
	}

	member, reason = call("allow", testTeamMember("team-1", "user-zoe"))
	wantRejection(t, "allow", reason, "")
	sameJSON(t, "allowed member", member, testTeamMember("team-1", "user-zoe"))
}

func testUserHasJoinedTeam(t *testing.T, h *host) {
	c := pluginContext("req-join-team")
	h.UserHasJoinedTeam(c, testTeamMember("team-1", "user-zoe"), nil)
	h.UserHasJoinedTeam(c, testTeamMember("team-1", "user-zoe"), testUser("user-admin", "admin"))
	wantEvents(t, h,
		event{"hook": "UserHasJoinedTeam", "request_id": "req-join-team", "team_id": "team-1", "user_id": "user-zoe", "actor": nil},
		event{"hook": "UserHasJoinedTeam", "request_id": "req-join-team", "team_id": "team-1", "user_id": "user-zoe", "actor": "admin"},
	)
}

func testUserHasLeftTeam(t *testing.T, h *host) {
	c := pluginContext("req-leave-team")
	h.UserHasLeftTeam(c, testTeamMember("team-1", "user-zoe"), testUser("user-admin", "admin"))
	h.UserHasLeftTeam(c, testTeamMember("team-1", "user-zoe"), nil)
	wantEvents(t, h,
		event{"hook": "UserHasLeftTeam", "request_id": "req-leave-team", "team_id": "team-1", "user_id": "user-zoe", "actor": "admin"},
		event{"hook": "UserHasLeftTeam", "request_id": "req-leave-team", "team_id": "team-1", "user_id": "user-zoe", "actor": nil},
	)
}

// --- users -------------------------------------------------------------------

func userEvent(hook, requestID string) event {
	return event{
		"hook": hook, "request_id": requestID, "user_id": "user-zoe", "username": "zoe",
		"email": "zoe@example.com", "last_activity_at": maxInt, "timezone": "Europe/Zurich",
	}
}

func testUserHasBeenCreated(t *testing.T, h *host) {
	h.UserHasBeenCreated(pluginContext("req-created"), testUser("user-zoe", "zoe"))
	wantEvents(t, h, userEvent("UserHasBeenCreated", "req-created"))
}

func testUserHasLoggedIn(t *testing.T, h *host) {
	h.UserHasLoggedIn(pluginContext("req-login"), testUser("user-zoe", "zoe"))
	wantEvents(t, h, userEvent("UserHasLoggedIn", "req-login"))
}

func testUserHasBeenDeactivated(t *testing.T, h *host) {
	h.UserHasBeenDeactivated(pluginContext("req-deactivated"), testUser("user-zoe", "zoe"))
	wantEvents(t, h, userEvent("UserHasBeenDeactivated", "req-deactivated"))
}

func testUserWillLogIn(t *testing.T, h *host) {
	c := pluginContext("req-will-login")
	bot := testUser("bot-1", "robot")
	bot.IsBot = true
	bot.BotDescription = "beep"
	wantRejection(t, "bot", h.UserWillLogIn(c, bot), "bots cannot log in here")
	wantRejection(t, "person", h.UserWillLogIn(c, testUser("user-zoe", "zoe")), "")
}

func testOnSAMLLogin(t *testing.T, h *host) {
	instant := time.Date(2026, 5, 4, 3, 2, 1, 123456789, time.UTC)
	assertion := func(nameID string) *saml2.AssertionInfo {
		return &saml2.AssertionInfo{
			NameID: nameID,
			Values: saml2.Values{
				"email": samltypes.Attribute{Name: "email", FriendlyName: "mail", Values: []samltypes.AttributeValue{{Type: "xs:string", Value: "zoe@example.com"}}},
				"groups": samltypes.Attribute{Name: "groups", Values: []samltypes.AttributeValue{
					{Type: "xs:string", Value: "staff"}, {Type: "xs:string", Value: "ünits"},
				}},
			},
			SessionIndex:               "idx-1",
			AuthnInstant:               &instant,
			ResponseSignatureValidated: true,
		}
	}
	err := h.OnSAMLLogin(pluginContext("req-saml"), testUser("user-zoe", "zoe"), assertion("zoe@example.com"))
	wantNoError(t, "OnSAMLLogin", err)
	wantEvents(t, h, event{
		"hook": "OnSAMLLogin", "request_id": "req-saml", "user_id": "user-zoe", "name_id": "zoe@example.com",
		"session_index": "idx-1", "groups": []string{"staff", "ünits"}, "signed": true,
	})

	err = h.OnSAMLLogin(pluginContext("req-saml-2"), testUser("user-zoe", "zoe"), assertion("mallory@example.com"))
	wantAppError(t, "OnSAMLLogin (mismatch)", err, "every_hook.saml.mismatch", 403, "SAML NameID mallory@example.com does not match zoe@example.com")
	wantEvents(t, h)
}

func testPreferencesHaveChanged(t *testing.T, h *host) {
	h.PreferencesHaveChanged(pluginContext("req-prefs"), []model.Preference{
		{UserId: "user-zoe", Category: "display_settings", Name: "use_military_time", Value: "true"},
		{UserId: "user-zoe", Category: "theme", Name: "", Value: `{"sidebarBg":"#1e325c","emoji":"🎨"}`},
	})
	wantEvents(t, h, event{
		"hook": "PreferencesHaveChanged", "request_id": "req-prefs",
		"preferences": [][]string{
			{"user-zoe", "display_settings", "use_military_time", "true"},
			{"user-zoe", "theme", "", `{"sidebarBg":"#1e325c","emoji":"🎨"}`},
		},
	})
}

// --- files -------------------------------------------------------------------

func testFileWillBeDownloaded(t *testing.T, h *host) {
	c := pluginContext("req-download")
	pdf := testFileInfo("f1", "report.pdf", 10)
	wantRejection(t, "file", h.FileWillBeDownloaded(c, pdf, "user-zoe", model.FileDownloadTypeFile), "")
	wantRejection(t, "thumbnail", h.FileWillBeDownloaded(c, pdf, "user-zoe", model.FileDownloadTypeThumbnail), "")
	wantRejection(t, "preview", h.FileWillBeDownloaded(c, pdf, "user-zoe", model.FileDownloadTypePreview), "")
	wantRejection(t, "public", h.FileWillBeDownloaded(c, pdf, "", model.FileDownloadTypePublic), "public links are disabled")
	exe := testFileInfo("f2", "setup.exe", 10)
	wantRejection(t, "exe", h.FileWillBeDownloaded(c, exe, "user-zoe", model.FileDownloadTypeFile), "setup.exe: executables cannot be downloaded")

	// A failed call (a nil file info makes the plugin's code raise): "", the
	// download goes through, as when a Go plugin's call fails.
	wantRejection(t, "failed call", h.FileWillBeDownloaded(c, nil, "user-zoe", model.FileDownloadTypeFile), "")
	wantCallFailedLog(t, h, "FileWillBeDownloaded", "EveryHook.file_will_be_downloaded raised AttributeError")
}

// --- websocket ---------------------------------------------------------------

func testOnWebSocketConnect(t *testing.T, h *host) {
	h.OnWebSocketConnect("wc-1", "user-zoe")
	wantEvents(t, h, event{"hook": "OnWebSocketConnect", "web_conn_id": "wc-1", "user_id": "user-zoe"})
}

func testOnWebSocketDisconnect(t *testing.T, h *host) {
	h.OnWebSocketDisconnect("wc-1", "")
	wantEvents(t, h, event{"hook": "OnWebSocketDisconnect", "web_conn_id": "wc-1", "user_id": ""})
}

func testWebSocketMessageHasBeenPosted(t *testing.T, h *host) {
	h.WebSocketMessageHasBeenPosted("wc-2", "user-zoe", &model.WebSocketRequest{
		Seq: bigInt, Action: "custom_com.example.every-hook_ping",
		Data:    map[string]any{"text": unicode, "n": 3.5, "list": []any{true, nil}},
		Session: model.Session{Id: "hidden from JSON"},
		Locale:  "de",
	})
	wantEvents(t, h, event{
		"hook": "WebSocketMessageHasBeenPosted", "web_conn_id": "wc-2", "user_id": "user-zoe",
		"seq": bigInt, "action": "custom_com.example.every-hook_ping",
		"data": map[string]any{"text": unicode, "n": 3.5, "list": []any{true, nil}},
	})
}

// --- cluster -----------------------------------------------------------------

func testOnPluginClusterEvent(t *testing.T, h *host) {
	h.OnPluginClusterEvent(pluginContext("req-cluster"), model.PluginClusterEvent{Id: "cache-invalidate", Data: append([]byte("päyload "), 0x00, 0xff, 0x80)})
	h.OnPluginClusterEvent(pluginContext("req-cluster-2"), model.PluginClusterEvent{Id: "empty"})
	wantEvents(t, h,
		event{"hook": "OnPluginClusterEvent", "request_id": "req-cluster", "id": "cache-invalidate", "data_hex": "70c3a4796c6f61642000ff80"},
		event{"hook": "OnPluginClusterEvent", "request_id": "req-cluster-2", "id": "empty", "data_hex": ""},
	)
}

// --- system ------------------------------------------------------------------

func testRunDataRetention(t *testing.T, h *host) {
	deleted, err := h.RunDataRetention(1_700_000_000_123, 500)
	wantNoError(t, "RunDataRetention", err)
	if deleted != 500 {
		t.Errorf("RunDataRetention(1700000000123, 500) = %d, want 500", deleted)
	}
	deleted, err = h.RunDataRetention(maxInt, bigInt)
	wantNoError(t, "RunDataRetention (maxInt)", err)
	if want := maxInt / 1000; deleted != want {
		t.Errorf("RunDataRetention(maxInt, 2^62+7) = %d, want %d", deleted, want)
	}

	deleted, err = h.RunDataRetention(1_700_000_000_123, 0)
	wantAppError(t, "RunDataRetention (batch 0)", err, "every_hook.retention.batch_size", 400, "batch_size must be positive, got 0")
	if deleted != 0 {
		t.Errorf("RunDataRetention with an error reported %d deleted", deleted)
	}
	_, err = h.RunDataRetention(1_700_000_000_123, minInt)
	wantAppError(t, "RunDataRetention (batch minInt)", err, "every_hook.retention.batch_size", 400, "-9223372036854775808")
}

func testOnCloudLimitsUpdated(t *testing.T, h *host) {
	h.OnCloudLimitsUpdated(&model.ProductLimits{
		Files:    &model.FilesLimits{TotalStorage: ptr(bigInt)},
		Messages: &model.MessagesLimits{History: ptr(10_000)},
		Teams:    &model.TeamsLimits{Active: nil},
	})
	h.OnCloudLimitsUpdated(&model.ProductLimits{})
	h.OnCloudLimitsUpdated(nil)
	wantEvents(t, h,
		event{"hook": "OnCloudLimitsUpdated", "limits": true, "files_total_storage": bigInt, "messages_history": 10_000, "teams_active": nil},
		event{"hook": "OnCloudLimitsUpdated", "limits": true, "files_total_storage": nil, "messages_history": nil, "teams_active": nil},
		event{"hook": "OnCloudLimitsUpdated", "limits": false},
	)
}

// ConfigurationWillBeSaved's RPC client starts from nothing: (nil, nil) saves
// the configuration as it is.
func testConfigurationWillBeSaved(t *testing.T, h *host) {
	newConfig := func(siteURL string) *model.Config {
		cfg := &model.Config{}
		cfg.SetDefaults()
		cfg.ServiceSettings.SiteURL = ptr(siteURL)
		cfg.TeamSettings.SiteName = ptr("Zürich Chat 🏔")
		cfg.PluginSettings.Plugins = map[string]map[string]any{
			"com.example.every-hook": {"greeting": "grüezi", "limit": 3.0},
		}
		return cfg
	}
	cfg, err := h.ConfigurationWillBeSaved(newConfig("https://chat.example.com"))
	wantNoError(t, "unchanged", err)
	if cfg != nil {
		t.Errorf("unchanged: got a replacement config")
	}

	// Replaced: the trailing slash is removed, nothing else changes.
	cfg, err = h.ConfigurationWillBeSaved(newConfig("https://chat.example.com/"))
	wantNoError(t, "trailing slash", err)
	if cfg == nil {
		t.Fatal("trailing slash: no replacement config")
	}
	sameJSON(t, "fixed config", cfg, throughGob(t, newConfig("https://chat.example.com")))

	// Blocked: an error.
	cfg, err = h.ConfigurationWillBeSaved(newConfig("http://chat.example.com"))
	if cfg != nil {
		t.Errorf("plain http: got a replacement config alongside the error")
	}
	wantAppError(t, "plain http", err, "every_hook.config.insecure_site_url", 400, "SiteURL must use https")
}

func testGenerateSupportData(t *testing.T, h *host) {
	files, err := h.GenerateSupportData(pluginContext("req-support"))
	wantNoError(t, "GenerateSupportData", err)
	if len(files) != 2 || files[0] == nil || files[1] == nil {
		t.Fatalf("GenerateSupportData: %v, want 2 files", files)
	}
	if files[0].Filename != "every_hook/diagnostics.json" {
		t.Errorf("first file is %q", files[0].Filename)
	}
	var diagnostics map[string]any
	if err := json.Unmarshal(files[0].Body, &diagnostics); err != nil {
		t.Fatalf("diagnostics.json: %v: %q", err, files[0].Body)
	}
	if diagnostics["request_id"] != "req-support" || diagnostics["plugin"] != "every_hook" {
		t.Errorf("diagnostics.json: %v", diagnostics)
	}
	if files[1].Filename != "every_hook/bytes.bin" || string(files[1].Body) != "\x00\x01\xfe\xffgrüße" {
		t.Errorf("second file: %q %q", files[1].Filename, files[1].Body)
	}

	arm(t, h, "GenerateSupportData")
	files, err = h.GenerateSupportData(pluginContext("req-support-2"))
	wantAppError(t, "GenerateSupportData (armed)", err, "every_hook.support.unavailable", 500, "no support data today")
	if files != nil {
		t.Errorf("GenerateSupportData (armed): files %v alongside the error", files)
	}
}

// --- shared channels ---------------------------------------------------------

func testOnSharedChannelsSyncMsg(t *testing.T, h *host) {
	p1 := testPost("p1", "hello remote")
	p1.UpdateAt = 1_700_000_000_500
	p2 := testPost("p2", "this one will fail")
	p2.UpdateAt = bigInt
	msg := &model.SyncMsg{
		Id:                "sync-1",
		ChannelId:         "channel-town",
		Users:             map[string]*model.User{"user-zoe": testUser("user-zoe", "zoe"), "user-ann": testUser("user-ann", "ann")},
		Posts:             []*model.Post{p1, p2},
		Reactions:         []*model.Reaction{testReaction(nil)},
		Statuses:          []*model.Status{{UserId: "user-zoe", Status: "online", LastActivityAt: 5}},
		MentionTransforms: map[string]string{"zoe": "zoe:remote"},
	}
	response, err := h.OnSharedChannelsSyncMsg(msg, testRemote("north"))
	wantNoError(t, "OnSharedChannelsSyncMsg", err)
	sameJSON(t, "sync response", response, throughGob(t, model.SyncResponse{
		UsersLastUpdateAt:     bigInt,
		UsersSyncd:            []string{"user-ann", "user-zoe"},
		PostsLastUpdateAt:     bigInt,
		PostErrors:            []string{"p2"},
		ReactionsLastUpdateAt: 2,
	}))

	// An empty message: a zero SyncResponse.
	response, err = h.OnSharedChannelsSyncMsg(&model.SyncMsg{Id: "sync-2"}, testRemote("north"))
	wantNoError(t, "OnSharedChannelsSyncMsg (empty)", err)
	sameJSON(t, "empty sync response", response, model.SyncResponse{})

	response, err = h.OnSharedChannelsSyncMsg(msg, testRemote("broken"))
	wantAppError(t, "OnSharedChannelsSyncMsg (broken)", err, "every_hook.sync.unavailable", 503, "remote broken is unreachable")
	sameJSON(t, "sync response alongside the error", response, model.SyncResponse{})
}

func testOnSharedChannelsPing(t *testing.T, h *host) {
	for name, healthy := range map[string]bool{"north": true, "down-south": false} {
		if got := h.OnSharedChannelsPing(testRemote(name)); got != healthy {
			t.Errorf("OnSharedChannelsPing(%s) = %v, want %v", name, got, healthy)
		}
	}

	// A failed call (a nil remote makes the plugin's code raise): false, as
	// when a Go plugin's call fails.
	if h.OnSharedChannelsPing(nil) {
		t.Error("OnSharedChannelsPing (failed call) = true, want false")
	}
	wantCallFailedLog(t, h, "OnSharedChannelsPing", "EveryHook.on_shared_channels_ping raised AttributeError")
}

func testOnSharedChannelsAttachmentSyncMsg(t *testing.T, h *host) {
	post := testPost("p1", "with a file")
	err := h.OnSharedChannelsAttachmentSyncMsg(testFileInfo("f1", "photo.jpg", 1234), post, testRemote("north"))
	wantNoError(t, "small file", err)
	wantEvents(t, h, event{"hook": "OnSharedChannelsAttachmentSyncMsg", "file_id": "f1", "post_id": "p1", "remote": "north", "size": 1234})

	err = h.OnSharedChannelsAttachmentSyncMsg(testFileInfo("f2", "movie.mkv", bigInt), post, testRemote("north"))
	wantAppError(t, "huge file", err, "every_hook.sync.too_large", 413, "movie.mkv is too large to sync")
	wantEvents(t, h)
}

func testOnSharedChannelsProfileImageSyncMsg(t *testing.T, h *host) {
	err := h.OnSharedChannelsProfileImageSyncMsg(testUser("user-zoe", "zoe"), testRemote("north"))
	wantNoError(t, "with picture", err)
	wantEvents(t, h, event{"hook": "OnSharedChannelsProfileImageSyncMsg", "user_id": "user-zoe", "remote": "north", "last_picture_update": 1_700_000_000_000})

	noPicture := testUser("user-ann", "ann")
	noPicture.LastPictureUpdate = 0
	err = h.OnSharedChannelsProfileImageSyncMsg(noPicture, testRemote("north"))
	wantAppError(t, "without picture", err, "every_hook.sync.no_picture", 404, "ann has no profile picture")
	wantEvents(t, h)
}

// --- notifications -----------------------------------------------------------

// The RPC clients of both notification hooks start from nothing: nil allows
// the notification unchanged, a replacement is what the plugin built.
func testNotificationWillBePushed(t *testing.T, h *host) {
	newPush := func(channelName, message string) *model.PushNotification {
		return &model.PushNotification{
			AckId: "ack-1", Platform: "apple", ServerId: "srv", DeviceId: "dev", PostId: "p1",
			Category: model.CategoryCanReply, Message: message, Badge: 3, ContentAvailable: 1,
			TeamId: "team-1", ChannelId: "channel-town", ChannelName: channelName,
			Type: model.PushTypeMessage, SubType: model.PushSubTypeCalls, SenderId: "user-ann", SenderName: "Ann",
			IsCRTEnabled: true, PostType: "custom_type", ChannelType: model.ChannelTypeOpen, Signature: "sig",
		}
	}
	push, reason := h.NotificationWillBePushed(newPush("muted-channel", "hi"), "user-zoe")
	if push != nil {
		t.Errorf("muted: got a notification alongside the rejection")
	}
	wantRejection(t, "muted", reason, "user-zoe muted muted-channel")

	push, reason = h.NotificationWillBePushed(newPush("town", "my password is hunter2"), "user-zoe")
	wantRejection(t, "hidden", reason, "")
	want := newPush("town", "(message hidden)")
	if push == nil {
		t.Fatal("hidden: no replacement notification")
	}
	sameJSON(t, "pushed notification", push, throughGob(t, want))
	// PostType and ChannelType are json:"-": the bridge sends them beside the
	// JSON and puts them back on the replacement, as a Go plugin's keeps them.
	if push.PostType != "custom_type" || push.ChannelType != model.ChannelTypeOpen {
		t.Errorf("hidden: PostType %q, ChannelType %q, want the original's", push.PostType, push.ChannelType)
	}

	direct := newPush("town", "my password is hunter2")
	direct.ChannelType = model.ChannelTypeDirect
	push, reason = h.NotificationWillBePushed(direct, "user-zoe")
	wantRejection(t, "direct", reason, "")
	if push == nil || push.Message != "(direct message hidden)" || push.ChannelType != model.ChannelTypeDirect {
		t.Errorf("direct: got %+v, want the message hidden by a plugin that read ChannelType", push)
	}

	push, reason = h.NotificationWillBePushed(newPush("town", "hello"), "user-zoe")
	if push != nil || reason != "" {
		t.Errorf("allow: got (%+v, %q), want (nil, \"\")", push, reason)
	}
}

func testEmailNotificationWillBeSent(t *testing.T, h *host) {
	newEmail := func(channelName string, direct bool) *model.EmailNotification {
		return &model.EmailNotification{
			PostId: "p1", ChannelId: "channel-town", TeamId: "team-1", SenderId: "user-ann", SenderDisplayName: "Ann",
			RecipientId: "user-zoe", ChannelType: "O", ChannelName: channelName, TeamName: "team",
			SenderUsername: "ann", IsDirectMessage: direct, IsCRTEnabled: true, UseMilitaryTime: true,
			EmailNotificationContent: model.EmailNotificationContent{
				Subject: "New message ✉", Title: "Ann wrote", SubTitle: "in town", MessageHTML: "<p>hi</p>",
				MessageText: "hi", ButtonText: "Open", ButtonURL: "https://chat.example.com/p/p1", FooterText: "bye",
			},
		}
	}
	content, reason := h.EmailNotificationWillBeSent(newEmail("noisy", false))
	if content != nil {
		t.Errorf("noisy: got content alongside the rejection")
	}
	wantRejection(t, "noisy", reason, "no emails from noisy")

	content, reason = h.EmailNotificationWillBeSent(newEmail("", true))
	wantRejection(t, "direct", reason, "")
	sameJSON(t, "email content", content, &model.EmailNotificationContent{
		Subject: "[DM] New message ✉", Title: "Ann wrote", SubTitle: "in town", MessageHTML: "<p>hi</p>",
		MessageText: "hi", ButtonText: "Open", ButtonURL: "https://chat.example.com/p/p1", FooterText: "sent by every_hook",
	})

	content, reason = h.EmailNotificationWillBeSent(newEmail("town", false))
	if content != nil || reason != "" {
		t.Errorf("allow: got (%+v, %q), want (nil, \"\")", content, reason)
	}
}
