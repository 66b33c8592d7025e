package conformance

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	saml2 "github.com/mattermost/gosaml2"
	samltypes "github.com/mattermost/gosaml2/types"
	"github.com/mattermost/mattermost/server/public/model"
	"google.golang.org/grpc/codes"

	"mattermost-plugin/bridge/pb"
)

// hookCases has one case per Mattermost hook (the streaming hooks' are in
// streams_test.go). The behaviour it expects is that of
// examples/every_hook/plugin.py (see its README).
func hookCases() []hookCase {
	return append(streamCases(), []hookCase{
		{"OnActivate", testOnActivate},
		{"OnDeactivate", testOnDeactivate},
		{"OnConfigurationChange", testOnConfigurationChange},
		{"ExecuteCommand", testExecuteCommand},
		{"MessageWillBePosted", testMessageWillBePosted},
		{"MessageWillBeUpdated", testMessageWillBeUpdated},
		{"MessageHasBeenPosted", testMessageHasBeenPosted},
		{"MessageHasBeenUpdated", testMessageHasBeenUpdated},
		{"UserHasJoinedChannel", testUserHasJoinedChannel},
		{"UserHasLeftChannel", testUserHasLeftChannel},
		{"UserHasJoinedTeam", testUserHasJoinedTeam},
		{"UserHasLeftTeam", testUserHasLeftTeam},
		{"ChannelHasBeenCreated", testChannelHasBeenCreated},
		{"UserWillLogIn", testUserWillLogIn},
		{"UserHasLoggedIn", testUserHasLoggedIn},
		{"UserHasBeenCreated", testUserHasBeenCreated},
		{"ReactionHasBeenAdded", testReactionHasBeenAdded},
		{"ReactionHasBeenRemoved", testReactionHasBeenRemoved},
		{"OnPluginClusterEvent", testOnPluginClusterEvent},
		{"OnWebSocketConnect", testOnWebSocketConnect},
		{"OnWebSocketDisconnect", testOnWebSocketDisconnect},
		{"WebSocketMessageHasBeenPosted", testWebSocketMessageHasBeenPosted},
		{"RunDataRetention", testRunDataRetention},
		{"OnInstall", testOnInstall},
		{"OnSendDailyTelemetry", testOnSendDailyTelemetry},
		{"OnCloudLimitsUpdated", testOnCloudLimitsUpdated},
		{"ConfigurationWillBeSaved", testConfigurationWillBeSaved},
		{"NotificationWillBePushed", testNotificationWillBePushed},
		{"UserHasBeenDeactivated", testUserHasBeenDeactivated},
		{"MessageHasBeenDeleted", testMessageHasBeenDeleted},
		{"MessagesWillBeConsumed", testMessagesWillBeConsumed},
		{"OnSharedChannelsSyncMsg", testOnSharedChannelsSyncMsg},
		{"OnSharedChannelsPing", testOnSharedChannelsPing},
		{"PreferencesHaveChanged", testPreferencesHaveChanged},
		{"OnSharedChannelsAttachmentSyncMsg", testOnSharedChannelsAttachmentSyncMsg},
		{"OnSharedChannelsProfileImageSyncMsg", testOnSharedChannelsProfileImageSyncMsg},
		{"GenerateSupportData", testGenerateSupportData},
		{"OnSAMLLogin", testOnSAMLLogin},
		{"EmailNotificationWillBeSent", testEmailNotificationWillBeSent},
		{"FileWillBeDownloaded", testFileWillBeDownloaded},
		{"ChannelMemberWillBeAdded", testChannelMemberWillBeAdded},
		{"TeamMemberWillBeAdded", testTeamMemberWillBeAdded},
		{"ChannelWillBeArchived", testChannelWillBeArchived},
		{"ChannelWillBeUpdated", testChannelWillBeUpdated},
		{"ChannelWillBeRestored", testChannelWillBeRestored},
		{"ScheduledPostWillBeCreated", testScheduledPostWillBeCreated},
		{"DraftWillBeUpserted", testDraftWillBeUpserted},
		{"MessagesWillBeConsumedWithContext", testMessagesWillBeConsumedWithContext},
	}...)
}

// --- lifecycle --------------------------------------------------------------

func testOnActivate(t *testing.T, h *host) {
	resp, err := h.hooks.OnActivate(callContext(t), &pb.OnActivateRequest{})
	wantOK(t, "OnActivate", err)
	wantNoAppError(t, "OnActivate", resp.Error)
	wantEvents(t, h, event{"hook": "OnActivate"})

	arm(t, h, "OnActivate")
	resp, err = h.hooks.OnActivate(callContext(t), &pb.OnActivateRequest{})
	wantOK(t, "OnActivate (armed)", err)
	appErr := wantAppError(t, "OnActivate (armed)", resp.Error, "every_hook.activate.refused", 503, "activation refused")
	if appErr.DetailedError != "armed by /everyhook arm OnActivate" {
		t.Errorf("OnActivate: detailed error %q", appErr.DetailedError)
	}
	wantEvents(t, h)
}

func testOnDeactivate(t *testing.T, h *host) {
	resp, err := h.hooks.OnDeactivate(callContext(t), &pb.OnDeactivateRequest{})
	wantOK(t, "OnDeactivate", err)
	wantNoAppError(t, "OnDeactivate", resp.Error)
	wantEvents(t, h, event{"hook": "OnDeactivate"})

	// Any exception (not only PluginError) becomes an AppError with its message.
	arm(t, h, "OnDeactivate")
	resp, err = h.hooks.OnDeactivate(callContext(t), &pb.OnDeactivateRequest{})
	wantOK(t, "OnDeactivate (armed)", err)
	appErr := wantAppError(t, "OnDeactivate (armed)", resp.Error, "plugin.error", 500, "could not flush the cache")
	if !strings.Contains(appErr.DetailedError, "RuntimeError") {
		t.Errorf("OnDeactivate: detailed error %q does not name the exception type", appErr.DetailedError)
	}
}

func testOnConfigurationChange(t *testing.T, h *host) {
	resp, err := h.hooks.OnConfigurationChange(callContext(t), &pb.OnConfigurationChangeRequest{})
	wantOK(t, "OnConfigurationChange", err)
	wantNoAppError(t, "OnConfigurationChange", resp.Error)
	wantEvents(t, h, event{"hook": "OnConfigurationChange"})

	arm(t, h, "OnConfigurationChange")
	resp, err = h.hooks.OnConfigurationChange(callContext(t), &pb.OnConfigurationChangeRequest{})
	wantOK(t, "OnConfigurationChange (armed)", err)
	wantAppError(t, "OnConfigurationChange (armed)", resp.Error, "every_hook.configuration.invalid", 400, "configuration rejected")
}

func testOnInstall(t *testing.T, h *host) {
	resp, err := h.hooks.OnInstall(callContext(t), &pb.OnInstallRequest{
		Context: pluginContext("req-install"),
		Event:   marshal(t, model.OnInstallEvent{UserId: "user-admin-ü"}),
	})
	wantOK(t, "OnInstall", err)
	wantNoAppError(t, "OnInstall", resp.Error)
	wantEvents(t, h, event{"hook": "OnInstall", "user_id": "user-admin-ü", "request_id": "req-install"})

	resp, err = h.hooks.OnInstall(callContext(t), &pb.OnInstallRequest{
		Context: pluginContext("req-install-anon"),
		Event:   marshal(t, model.OnInstallEvent{}),
	})
	wantOK(t, "OnInstall (no user)", err)
	wantAppError(t, "OnInstall (no user)", resp.Error, "every_hook.install.anonymous", 400, "without a user")
}

func testOnSendDailyTelemetry(t *testing.T, h *host) {
	_, err := h.hooks.OnSendDailyTelemetry(callContext(t), &pb.OnSendDailyTelemetryRequest{})
	wantOK(t, "OnSendDailyTelemetry", err)
	wantEvents(t, h, event{"hook": "OnSendDailyTelemetry"})

	// A void hook has no error result: an exception is a plugin bug (INTERNAL),
	// and the process keeps serving.
	arm(t, h, "OnSendDailyTelemetry")
	_, err = h.hooks.OnSendDailyTelemetry(callContext(t), &pb.OnSendDailyTelemetryRequest{})
	wantCode(t, "OnSendDailyTelemetry (armed)", err, codes.Internal)
	_, err = h.hooks.OnSendDailyTelemetry(callContext(t), &pb.OnSendDailyTelemetryRequest{})
	wantOK(t, "OnSendDailyTelemetry after the failure", err)
	wantEvents(t, h, event{"hook": "OnSendDailyTelemetry"})
}

// --- commands ---------------------------------------------------------------

func testExecuteCommand(t *testing.T, h *host) {
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
	resp, err := h.hooks.ExecuteCommand(callContext(t), &pb.ExecuteCommandRequest{
		Context: pluginContext("req-echo"),
		Args:    marshal(t, args),
		SiteUrl: args.SiteURL,
	})
	wantOK(t, "echo", err)
	wantNoAppError(t, "echo", resp.Error)
	cr := decodeInto[model.CommandResponse](t, "echo", resp.Response)
	if cr.ResponseType != model.CommandResponseTypeInChannel || cr.Text != unicode || cr.ChannelId != "channel-town" {
		t.Errorf("echo: got %+v", cr)
	}
	wantProps := model.StringInterface{
		"user_id":    "user-zoe",
		"team_id":    "team-1",
		"root_id":    "root-1",
		"trigger_id": "trigger-1",
		"site_url":   "https://chat.example.com/sub",
		"request_id": "req-echo",
	}
	sameJSON(t, "echo props", cr.Props, wantProps)

	// A str is the shorthand for an ephemeral reply.
	resp = command(t, h, "/everyhook whisper psst 🤫")
	wantNoAppError(t, "whisper", resp.Error)
	cr = decodeInto[model.CommandResponse](t, "whisper", resp.Response)
	if cr.ResponseType != model.CommandResponseTypeEphemeral || cr.Text != "psst 🤫" {
		t.Errorf("whisper: got %+v", cr)
	}

	// None: an empty response.
	resp = command(t, h, "/everyhook quiet")
	wantNoAppError(t, "quiet", resp.Error)
	cr = decodeInto[model.CommandResponse](t, "quiet", resp.Response)
	sameJSONIgnoringEmpty(t, "quiet", cr, &model.CommandResponse{})

	// A CommandResponse with attachments and extra responses.
	resp = command(t, h, "/everyhook rich")
	wantNoAppError(t, "rich", resp.Error)
	cr = decodeInto[model.CommandResponse](t, "rich", resp.Response)
	if cr.Username != "every-hook" || cr.IconURL != "https://example.com/icon.png" || !cr.SkipSlackParsing ||
		cr.GotoLocation != "https://example.com/docs" || len(cr.Attachments) != 1 || len(cr.ExtraResponses) != 1 {
		t.Fatalf("rich: got %+v", cr)
	}
	if a := cr.Attachments[0]; a.Title != "Attachment ✓" || a.Color != "#00ff00" || len(a.Fields) != 1 || a.Fields[0].Title != "Field" || a.Fields[0].Value != "42" || !a.Fields[0].Short {
		t.Errorf("rich: attachment %+v", a)
	}
	if e := cr.ExtraResponses[0]; e.Text != "and one more thing" || e.ResponseType != model.CommandResponseTypeEphemeral {
		t.Errorf("rich: extra response %+v", e)
	}

	// PluginError sets the AppError's id, status and detail.
	resp = command(t, h, "/everyhook fail")
	if len(resp.Response) != 0 {
		t.Errorf("fail: response %s alongside the error", resp.Response)
	}
	appErr := wantAppError(t, "fail", resp.Error, "every_hook.command.failed", 418, "the command failed on purpose")
	if appErr.DetailedError != "asked to fail" || !strings.Contains(appErr.Where, "execute_command") {
		t.Errorf("fail: %+v", appErr)
	}

	// Any other exception becomes an AppError too.
	resp = command(t, h, "/everyhook crash")
	wantAppError(t, "crash", resp.Error, "plugin.error", 500, "boom")

	resp = command(t, h, "/everyhook frobnicate")
	wantAppError(t, "unknown", resp.Error, "every_hook.command.unknown", 404, "frobnicate")
}

// --- posts ------------------------------------------------------------------

func callMessageWillBePosted(t *testing.T, h *host, post []byte) *pb.MessageWillBePostedResponse {
	t.Helper()
	resp, err := h.hooks.MessageWillBePosted(callContext(t), &pb.MessageWillBePostedRequest{
		Context: pluginContext("req-post"),
		Post:    post,
	})
	wantOK(t, "MessageWillBePosted", err)
	return resp
}

func testMessageWillBePosted(t *testing.T, h *host) {
	// Allowed unchanged.
	resp := callMessageWillBePosted(t, h, marshal(t, testPost("p1", unicode)))
	if len(resp.Post) != 0 || resp.Rejection != "" {
		t.Errorf("allow: got post %s rejection %q", resp.Post, resp.Rejection)
	}

	// Replaced: every other field survives the round trip.
	in := testPost("p2", "shout: make it loud ü")
	resp = callMessageWillBePosted(t, h, marshal(t, in))
	wantRejection(t, "replace", resp.Rejection, "")
	got := decodeInto[model.Post](t, "replace", resp.Post)
	want := testPost("p2", "MAKE IT LOUD Ü")
	want.AddProp("shouted", true)
	sameJSON(t, "replaced post", got, want)

	// Replaced through a Go-style (post, "") tuple.
	resp = callMessageWillBePosted(t, h, marshal(t, testPost("p3", "tuple:  padded  ")))
	wantRejection(t, "tuple", resp.Rejection, "")
	got = decodeInto[model.Post](t, "tuple", resp.Post)
	sameJSON(t, "tuple post", got, testPost("p3", "padded"))

	// Rejected.
	resp = callMessageWillBePosted(t, h, marshal(t, testPost("p4", "oh darn it")))
	if len(resp.Post) != 0 {
		t.Errorf("reject: got a post %s", resp.Post)
	}
	wantRejection(t, "reject", resp.Rejection, "Watch your language")

	// Dismissed silently: Go's plugin.DismissPostError.
	resp = callMessageWillBePosted(t, h, marshal(t, testPost("p5", "buy cheap spam now")))
	wantRejection(t, "dismiss", resp.Rejection, "plugin.message_will_be_posted.dismiss_post")

	// A minimal post (Go zero values, nil maps and pointers) replaced.
	resp = callMessageWillBePosted(t, h, marshal(t, &model.Post{Message: "shout: x"}))
	got = decodeInto[model.Post](t, "minimal", resp.Post)
	minimal := &model.Post{Message: "X"}
	minimal.AddProp("shouted", true)
	sameJSON(t, "minimal post", got, minimal)

	// Keys this Go version does not know (a newer server's) are kept.
	raw := jsonValue(t, marshal(t, testPost("p6", "shout: future"))).(map[string]any)
	raw["field_from_the_future"] = map[string]any{"nested": []any{"x", json.Number("1.0")}, "big": json.Number("18446744073709551615")}
	future, _ := json.Marshal(raw)
	resp = callMessageWillBePosted(t, h, future)
	back := jsonValue(t, resp.Post).(map[string]any)
	sameJSON(t, "unknown key kept", back["field_from_the_future"], raw["field_from_the_future"])
	got = decodeInto[model.Post](t, "future", resp.Post)
	want = testPost("p6", "FUTURE")
	want.AddProp("shouted", true)
	sameJSON(t, "post with an unknown key", got, want)
}

func testMessageWillBeUpdated(t *testing.T, h *host) {
	call := func(newPost, oldPost *model.Post) *pb.MessageWillBeUpdatedResponse {
		t.Helper()
		resp, err := h.hooks.MessageWillBeUpdated(callContext(t), &pb.MessageWillBeUpdatedRequest{
			Context: pluginContext("req-update"),
			NewPost: marshal(t, newPost),
			OldPost: marshal(t, oldPost),
		})
		wantOK(t, "MessageWillBeUpdated", err)
		return resp
	}
	old := testPost("p1", "before")

	// Replaced through a tuple: the old message is kept in a prop.
	edited := testPost("p1", "after ✍")
	edited.EditAt = 1_700_000_000_999
	resp := call(edited, old)
	wantRejection(t, "edit", resp.Rejection, "")
	got := decodeInto[model.Post](t, "edit", resp.Post)
	want := testPost("p1", "after ✍")
	want.EditAt = 1_700_000_000_999
	want.AddProp("previous_message", "before")
	sameJSON(t, "edited post", got, want)

	// Rejected through a (None, reason) tuple.
	resp = call(testPost("p1", "before"), old)
	if len(resp.Post) != 0 {
		t.Errorf("unchanged edit: got a post")
	}
	wantRejection(t, "unchanged edit", resp.Rejection, "nothing changed")

	// Allowed as is.
	resp = call(testPost("p1", "keep this one"), old)
	if len(resp.Post) != 0 || resp.Rejection != "" {
		t.Errorf("keep: got %s %q", resp.Post, resp.Rejection)
	}
}

func testMessageHasBeenPosted(t *testing.T, h *host) {
	_, err := h.hooks.MessageHasBeenPosted(callContext(t), &pb.MessageHasBeenPostedRequest{
		Context: pluginContext("req-posted"),
		Post:    marshal(t, testPost("p1", unicode)),
	})
	wantOK(t, "MessageHasBeenPosted", err)
	wantEvents(t, h, event{
		"hook": "MessageHasBeenPosted", "request_id": "req-posted", "post_id": "p1", "message": unicode,
		"user_id": "user-zoe", "remote_id": "remote-ü", "file_ids": []string{"file-1", "file-2"},
		"priority": "urgent", "participants": []string{"ann"},
	})
}

func testMessageHasBeenUpdated(t *testing.T, h *host) {
	_, err := h.hooks.MessageHasBeenUpdated(callContext(t), &pb.MessageHasBeenUpdatedRequest{
		Context: pluginContext("req-updated"),
		NewPost: marshal(t, testPost("p1", "new")),
		OldPost: marshal(t, testPost("p1", "old")),
	})
	wantOK(t, "MessageHasBeenUpdated", err)
	wantEvents(t, h, event{"hook": "MessageHasBeenUpdated", "request_id": "req-updated", "post_id": "p1", "new": "new", "old": "old"})
}

func testMessageHasBeenDeleted(t *testing.T, h *host) {
	p := testPost("p9", "gone")
	p.DeleteAt = 1_700_000_009_999
	_, err := h.hooks.MessageHasBeenDeleted(callContext(t), &pb.MessageHasBeenDeletedRequest{
		Context: pluginContext("req-deleted"),
		Post:    marshal(t, p),
	})
	wantOK(t, "MessageHasBeenDeleted", err)
	wantEvents(t, h, event{"hook": "MessageHasBeenDeleted", "request_id": "req-deleted", "post_id": "p9", "delete_at": 1_700_000_009_999})
}

func marshalPosts(t *testing.T, posts ...*model.Post) [][]byte {
	out := make([][]byte, len(posts))
	for i, p := range posts {
		out[i] = marshal(t, p)
	}
	return out
}

func decodePosts(t *testing.T, what string, raw [][]byte) []*model.Post {
	t.Helper()
	posts := make([]*model.Post, len(raw))
	for i, b := range raw {
		posts[i] = decodeInto[model.Post](t, what, b)
	}
	return posts
}

func testMessagesWillBeConsumed(t *testing.T, h *host) {
	call := func(posts ...*model.Post) []*model.Post {
		t.Helper()
		resp, err := h.hooks.MessagesWillBeConsumed(callContext(t), &pb.MessagesWillBeConsumedRequest{Posts: marshalPosts(t, posts...)})
		wantOK(t, "MessagesWillBeConsumed", err)
		return decodePosts(t, "MessagesWillBeConsumed", resp.Posts)
	}
	// Nothing to hide: the plugin returns None, the host gets the same posts.
	got := call(testPost("a", "one"), testPost("b", "two"))
	sameJSON(t, "unchanged list", got, []*model.Post{testPost("a", "one"), testPost("b", "two")})

	// The plugin returns the whole list with secrets redacted.
	got = call(testPost("a", "one"), testPost("b", "my secret"), testPost("c", "three"))
	sameJSON(t, "redacted list", got, []*model.Post{testPost("a", "one"), testPost("b", "(redacted)"), testPost("c", "three")})

	// An empty list stays empty.
	got = call()
	if len(got) != 0 {
		t.Errorf("empty list: got %d posts", len(got))
	}
}

func testMessagesWillBeConsumedWithContext(t *testing.T, h *host) {
	call := func(posts ...*model.Post) []*model.Post {
		t.Helper()
		resp, err := h.hooks.MessagesWillBeConsumedWithContext(callContext(t), &pb.MessagesWillBeConsumedWithContextRequest{
			Context: pluginContext("req-consume"),
			Posts:   marshalPosts(t, posts...),
		})
		wantOK(t, "MessagesWillBeConsumedWithContext", err)
		return decodePosts(t, "MessagesWillBeConsumedWithContext", resp.Posts)
	}
	got := call(testPost("a", "one"), testPost("b", "two"))
	sameJSON(t, "unchanged list", got, []*model.Post{testPost("a", "one"), testPost("b", "two")})

	// Only the changed posts come back; the host replaces originals by id.
	got = call(testPost("a", "one"), testPost("b", "secret plan"), testPost("c", "another secret"))
	sameJSON(t, "replacements", got, []*model.Post{testPost("b", "(redacted for conn-42)"), testPost("c", "(redacted for conn-42)")})
}

func testScheduledPostWillBeCreated(t *testing.T, h *host) {
	call := func(sp *model.ScheduledPost) *pb.ScheduledPostWillBeCreatedResponse {
		t.Helper()
		resp, err := h.hooks.ScheduledPostWillBeCreated(callContext(t), &pb.ScheduledPostWillBeCreatedRequest{
			Context:       pluginContext("req-schedule"),
			ScheduledPost: marshal(t, sp),
		})
		wantOK(t, "ScheduledPostWillBeCreated", err)
		return resp
	}
	newScheduled := func(message string, at int64) *model.ScheduledPost {
		sp := &model.ScheduledPost{
			Draft: model.Draft{
				CreateAt:  1_700_000_000_000,
				UpdateAt:  1_700_000_000_001,
				UserId:    "user-zoe",
				ChannelId: "channel-town",
				RootId:    "",
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
	resp := call(newScheduled("  later ⏰  ", bigInt))
	wantRejection(t, "trim", resp.Rejection, "")
	got := decodeInto[model.ScheduledPost](t, "trim", resp.ScheduledPost)
	sameJSON(t, "scheduled post", got, newScheduled("later ⏰", bigInt))

	// Allowed as is.
	resp = call(newScheduled("later", bigInt))
	if len(resp.ScheduledPost) != 0 || resp.Rejection != "" {
		t.Errorf("allow: got %s %q", resp.ScheduledPost, resp.Rejection)
	}

	// Rejected: in the past.
	resp = call(newScheduled("too late", 1_000))
	wantRejection(t, "past", resp.Rejection, "a scheduled post must be in the future")
}

func testDraftWillBeUpserted(t *testing.T, h *host) {
	call := func(d *model.Draft) *pb.DraftWillBeUpsertedResponse {
		t.Helper()
		resp, err := h.hooks.DraftWillBeUpserted(callContext(t), &pb.DraftWillBeUpsertedRequest{
			Context: pluginContext("req-draft"),
			Draft:   marshal(t, d),
		})
		wantOK(t, "DraftWillBeUpserted", err)
		return resp
	}
	newDraft := func(message string) *model.Draft {
		d := &model.Draft{CreateAt: 1, UpdateAt: maxInt, UserId: "user-zoe", ChannelId: "channel-town", RootId: "root-1", Message: message}
		d.SetProps(model.StringInterface{"draft": true})
		return d
	}
	resp := call(newDraft("\tdraft 📝\n"))
	wantRejection(t, "trim", resp.Rejection, "")
	sameJSON(t, "trimmed draft", decodeInto[model.Draft](t, "trim", resp.Draft), newDraft("draft 📝"))

	resp = call(newDraft("fine"))
	if len(resp.Draft) != 0 || resp.Rejection != "" {
		t.Errorf("allow: got %s %q", resp.Draft, resp.Rejection)
	}

	resp = call(newDraft(strings.Repeat("ä", 101)))
	wantRejection(t, "too long", resp.Rejection, "drafts are limited to 100 characters")
}

// --- reactions ---------------------------------------------------------------

func testReaction(remote *string) *model.Reaction {
	return &model.Reaction{
		UserId: "user-zoe", PostId: "p1", EmojiName: "+1", CreateAt: bigInt, UpdateAt: 2, DeleteAt: 0,
		RemoteId: remote, ChannelId: "channel-town",
	}
}

func testReactionHasBeenAdded(t *testing.T, h *host) {
	_, err := h.hooks.ReactionHasBeenAdded(callContext(t), &pb.ReactionHasBeenAddedRequest{
		Context: pluginContext("req-react"), Reaction: marshal(t, testReaction(nil)),
	})
	wantOK(t, "ReactionHasBeenAdded", err)
	wantEvents(t, h, event{
		"hook": "ReactionHasBeenAdded", "request_id": "req-react", "emoji_name": "+1", "post_id": "p1",
		"user_id": "user-zoe", "remote_id": nil, "create_at": bigInt,
	})
}

func testReactionHasBeenRemoved(t *testing.T, h *host) {
	_, err := h.hooks.ReactionHasBeenRemoved(callContext(t), &pb.ReactionHasBeenRemovedRequest{
		Context: pluginContext("req-unreact"), Reaction: marshal(t, testReaction(ptr("remote-1"))),
	})
	wantOK(t, "ReactionHasBeenRemoved", err)
	wantEvents(t, h, event{
		"hook": "ReactionHasBeenRemoved", "request_id": "req-unreact", "emoji_name": "+1", "post_id": "p1",
		"user_id": "user-zoe", "remote_id": "remote-1", "create_at": bigInt,
	})
}

// --- channels ----------------------------------------------------------------

func testChannelHasBeenCreated(t *testing.T, h *host) {
	_, err := h.hooks.ChannelHasBeenCreated(callContext(t), &pb.ChannelHasBeenCreatedRequest{
		Context: pluginContext("req-channel"), Channel: marshal(t, testChannel("c1", "town-square")),
	})
	wantOK(t, "ChannelHasBeenCreated", err)
	wantEvents(t, h, event{
		"hook": "ChannelHasBeenCreated", "request_id": "req-channel", "channel_id": "c1", "name": "town-square",
		"display_name": "Town Square ☕", "type": "O", "shared": true, "banner": "Read me ✔",
	})
}

func testChannelWillBeUpdated(t *testing.T, h *host) {
	call := func(newChannel, oldChannel *model.Channel) *pb.ChannelWillBeUpdatedResponse {
		t.Helper()
		resp, err := h.hooks.ChannelWillBeUpdated(callContext(t), &pb.ChannelWillBeUpdatedRequest{
			Context: pluginContext("req-chan-update"), NewChannel: marshal(t, newChannel), OldChannel: marshal(t, oldChannel),
		})
		wantOK(t, "ChannelWillBeUpdated", err)
		return resp
	}
	old := testChannel("c1", "town-square")

	padded := testChannel("c1", "town-square")
	padded.Header = "  new header 📣  "
	resp := call(padded, old)
	wantRejection(t, "trim header", resp.Rejection, "")
	want := testChannel("c1", "town-square")
	want.Header = "new header 📣"
	sameJSON(t, "updated channel", decodeInto[model.Channel](t, "trim header", resp.Channel), want)

	resp = call(testChannel("c1", "renamed"), old)
	wantRejection(t, "rename", resp.Rejection, "channel names cannot change")

	resp = call(testChannel("c1", "town-square"), old)
	if len(resp.Channel) != 0 || resp.Rejection != "" {
		t.Errorf("allow: got %s %q", resp.Channel, resp.Rejection)
	}
}

func testChannelWillBeArchived(t *testing.T, h *host) {
	call := func(c *model.Channel) string {
		t.Helper()
		resp, err := h.hooks.ChannelWillBeArchived(callContext(t), &pb.ChannelWillBeArchivedRequest{
			Context: pluginContext("req-archive"), Channel: marshal(t, c),
		})
		wantOK(t, "ChannelWillBeArchived", err)
		return resp.Rejection
	}
	wantRejection(t, "town-square", call(testChannel("c1", "town-square")), "town-square cannot be archived")
	wantRejection(t, "other", call(testChannel("c2", "off-topic")), "")
}

func testChannelWillBeRestored(t *testing.T, h *host) {
	call := func(c *model.Channel) string {
		t.Helper()
		resp, err := h.hooks.ChannelWillBeRestored(callContext(t), &pb.ChannelWillBeRestoredRequest{
			Context: pluginContext("req-restore"), Channel: marshal(t, c),
		})
		wantOK(t, "ChannelWillBeRestored", err)
		return resp.Rejection
	}
	frozen := testChannel("c1", "old-project")
	frozen.DeleteAt = 1_700_000_000_000
	frozen.Props = map[string]any{"frozen": true}
	wantRejection(t, "frozen", call(frozen), "old-project is frozen")
	thawed := testChannel("c2", "old-idea")
	thawed.DeleteAt = 1_700_000_000_000
	thawed.Props = nil
	wantRejection(t, "not frozen", call(thawed), "")
}

func testChannelMemberWillBeAdded(t *testing.T, h *host) {
	call := func(m *model.ChannelMember) *pb.ChannelMemberWillBeAddedResponse {
		t.Helper()
		resp, err := h.hooks.ChannelMemberWillBeAdded(callContext(t), &pb.ChannelMemberWillBeAddedRequest{
			Context: pluginContext("req-member"), ChannelMember: marshal(t, m),
		})
		wantOK(t, "ChannelMemberWillBeAdded", err)
		return resp
	}
	resp := call(testChannelMember("c1", "blocked-user"))
	wantRejection(t, "blocked", resp.Rejection, "blocked-user may not join channels")

	// A guest gets push notifications turned off. The input is sanitized
	// (-1 timestamps, which Go's MarshalJSON leaves out, so they decode as 0).
	guest := testChannelMember("c1", "guest-1")
	guest.SchemeGuest = true
	guest.SchemeUser = false
	guest.SanitizeForCurrentUser("someone-else")
	resp = call(guest)
	wantRejection(t, "guest", resp.Rejection, "")
	got := decodeInto[model.ChannelMember](t, "guest", resp.ChannelMember)
	want := testChannelMember("c1", "guest-1")
	want.SchemeGuest, want.SchemeUser = true, false
	want.LastViewedAt, want.LastUpdateAt = 0, 0 // what Go decodes from the missing keys
	want.NotifyProps["push"] = "none"
	sameJSON(t, "guest member", got, want)

	resp = call(testChannelMember("c1", "user-zoe"))
	if len(resp.ChannelMember) != 0 || resp.Rejection != "" {
		t.Errorf("allow: got %s %q", resp.ChannelMember, resp.Rejection)
	}
}

func testUserHasJoinedChannel(t *testing.T, h *host) {
	call := func(actor *model.User) {
		t.Helper()
		_, err := h.hooks.UserHasJoinedChannel(callContext(t), &pb.UserHasJoinedChannelRequest{
			Context: pluginContext("req-join"), ChannelMember: marshal(t, testChannelMember("c1", "user-zoe")), Actor: marshal(t, actor),
		})
		wantOK(t, "UserHasJoinedChannel", err)
	}
	call(testUser("user-admin", "admin"))
	call(nil) // joined by themselves: no actor
	wantEvents(t, h,
		event{"hook": "UserHasJoinedChannel", "request_id": "req-join", "channel_id": "c1", "user_id": "user-zoe", "actor": "admin"},
		event{"hook": "UserHasJoinedChannel", "request_id": "req-join", "channel_id": "c1", "user_id": "user-zoe", "actor": nil},
	)
}

func testUserHasLeftChannel(t *testing.T, h *host) {
	call := func(actor *model.User) {
		t.Helper()
		_, err := h.hooks.UserHasLeftChannel(callContext(t), &pb.UserHasLeftChannelRequest{
			Context: pluginContext("req-leave"), ChannelMember: marshal(t, testChannelMember("c1", "user-zoe")), Actor: marshal(t, actor),
		})
		wantOK(t, "UserHasLeftChannel", err)
	}
	call(nil)
	call(testUser("user-admin", "admin"))
	wantEvents(t, h,
		event{"hook": "UserHasLeftChannel", "request_id": "req-leave", "channel_id": "c1", "user_id": "user-zoe", "actor": nil},
		event{"hook": "UserHasLeftChannel", "request_id": "req-leave", "channel_id": "c1", "user_id": "user-zoe", "actor": "admin"},
	)
}

// --- teams -------------------------------------------------------------------

func testTeamMemberWillBeAdded(t *testing.T, h *host) {
	call := func(m *model.TeamMember) *pb.TeamMemberWillBeAddedResponse {
		t.Helper()
		resp, err := h.hooks.TeamMemberWillBeAdded(callContext(t), &pb.TeamMemberWillBeAddedRequest{
			Context: pluginContext("req-team-member"), TeamMember: marshal(t, m),
		})
		wantOK(t, "TeamMemberWillBeAdded", err)
		return resp
	}
	resp := call(testTeamMember("closed-team", "user-zoe"))
	wantRejection(t, "closed", resp.Rejection, "closed-team is closed")

	guest := testTeamMember("team-1", "guest-1")
	guest.SchemeGuest, guest.SchemeUser = true, false
	resp = call(guest)
	wantRejection(t, "guest", resp.Rejection, "")
	want := testTeamMember("team-1", "guest-1")
	want.SchemeGuest, want.SchemeUser = true, false
	want.Roles = "team_guest"
	sameJSON(t, "guest member", decodeInto[model.TeamMember](t, "guest", resp.TeamMember), want)

	resp = call(testTeamMember("team-1", "user-zoe"))
	if len(resp.TeamMember) != 0 || resp.Rejection != "" {
		t.Errorf("allow: got %s %q", resp.TeamMember, resp.Rejection)
	}
}

func testUserHasJoinedTeam(t *testing.T, h *host) {
	call := func(actor *model.User) {
		t.Helper()
		_, err := h.hooks.UserHasJoinedTeam(callContext(t), &pb.UserHasJoinedTeamRequest{
			Context: pluginContext("req-join-team"), TeamMember: marshal(t, testTeamMember("team-1", "user-zoe")), Actor: marshal(t, actor),
		})
		wantOK(t, "UserHasJoinedTeam", err)
	}
	call(nil)
	call(testUser("user-admin", "admin"))
	wantEvents(t, h,
		event{"hook": "UserHasJoinedTeam", "request_id": "req-join-team", "team_id": "team-1", "user_id": "user-zoe", "actor": nil},
		event{"hook": "UserHasJoinedTeam", "request_id": "req-join-team", "team_id": "team-1", "user_id": "user-zoe", "actor": "admin"},
	)
}

func testUserHasLeftTeam(t *testing.T, h *host) {
	call := func(actor *model.User) {
		t.Helper()
		_, err := h.hooks.UserHasLeftTeam(callContext(t), &pb.UserHasLeftTeamRequest{
			Context: pluginContext("req-leave-team"), TeamMember: marshal(t, testTeamMember("team-1", "user-zoe")), Actor: marshal(t, actor),
		})
		wantOK(t, "UserHasLeftTeam", err)
	}
	call(testUser("user-admin", "admin"))
	call(nil)
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
	_, err := h.hooks.UserHasBeenCreated(callContext(t), &pb.UserHasBeenCreatedRequest{
		Context: pluginContext("req-created"), User: marshal(t, testUser("user-zoe", "zoe")),
	})
	wantOK(t, "UserHasBeenCreated", err)
	wantEvents(t, h, userEvent("UserHasBeenCreated", "req-created"))
}

func testUserHasLoggedIn(t *testing.T, h *host) {
	_, err := h.hooks.UserHasLoggedIn(callContext(t), &pb.UserHasLoggedInRequest{
		Context: pluginContext("req-login"), User: marshal(t, testUser("user-zoe", "zoe")),
	})
	wantOK(t, "UserHasLoggedIn", err)
	wantEvents(t, h, userEvent("UserHasLoggedIn", "req-login"))
}

func testUserHasBeenDeactivated(t *testing.T, h *host) {
	_, err := h.hooks.UserHasBeenDeactivated(callContext(t), &pb.UserHasBeenDeactivatedRequest{
		Context: pluginContext("req-deactivated"), User: marshal(t, testUser("user-zoe", "zoe")),
	})
	wantOK(t, "UserHasBeenDeactivated", err)
	wantEvents(t, h, userEvent("UserHasBeenDeactivated", "req-deactivated"))
}

func testUserWillLogIn(t *testing.T, h *host) {
	call := func(u *model.User) string {
		t.Helper()
		resp, err := h.hooks.UserWillLogIn(callContext(t), &pb.UserWillLogInRequest{
			Context: pluginContext("req-will-login"), User: marshal(t, u),
		})
		wantOK(t, "UserWillLogIn", err)
		return resp.Rejection
	}
	bot := testUser("bot-1", "robot")
	bot.IsBot = true
	bot.BotDescription = "beep"
	wantRejection(t, "bot", call(bot), "bots cannot log in here")
	wantRejection(t, "person", call(testUser("user-zoe", "zoe")), "")
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
			SessionNotOnOrAfter:        nil,
			ResponseSignatureValidated: true,
		}
	}
	resp, err := h.hooks.OnSAMLLogin(callContext(t), &pb.OnSAMLLoginRequest{
		Context: pluginContext("req-saml"), User: marshal(t, testUser("user-zoe", "zoe")), Assertion: marshal(t, assertion("zoe@example.com")),
	})
	wantOK(t, "OnSAMLLogin", err)
	wantNoAppError(t, "OnSAMLLogin", resp.Error)
	wantEvents(t, h, event{
		"hook": "OnSAMLLogin", "request_id": "req-saml", "user_id": "user-zoe", "name_id": "zoe@example.com",
		"session_index": "idx-1", "groups": []string{"staff", "ünits"}, "signed": true,
	})

	resp, err = h.hooks.OnSAMLLogin(callContext(t), &pb.OnSAMLLoginRequest{
		Context: pluginContext("req-saml-2"), User: marshal(t, testUser("user-zoe", "zoe")), Assertion: marshal(t, assertion("mallory@example.com")),
	})
	wantOK(t, "OnSAMLLogin (mismatch)", err)
	wantAppError(t, "OnSAMLLogin (mismatch)", resp.Error, "every_hook.saml.mismatch", 403, "does not match")
}

func testPreferencesHaveChanged(t *testing.T, h *host) {
	prefs := []model.Preference{
		{UserId: "user-zoe", Category: "display_settings", Name: "use_military_time", Value: "true"},
		{UserId: "user-zoe", Category: "theme", Name: "", Value: `{"sidebarBg":"#1e325c","emoji":"🎨"}`},
	}
	raw := make([][]byte, len(prefs))
	for i := range prefs {
		raw[i] = marshal(t, &prefs[i])
	}
	_, err := h.hooks.PreferencesHaveChanged(callContext(t), &pb.PreferencesHaveChangedRequest{
		Context: pluginContext("req-prefs"), Preferences: raw,
	})
	wantOK(t, "PreferencesHaveChanged", err)
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
	call := func(fi *model.FileInfo, userID string, kind model.FileDownloadType) string {
		t.Helper()
		resp, err := h.hooks.FileWillBeDownloaded(callContext(t), &pb.FileWillBeDownloadedRequest{
			Context: pluginContext("req-download"), FileInfo: marshal(t, fi), UserId: userID, DownloadType: string(kind),
		})
		wantOK(t, "FileWillBeDownloaded", err)
		return resp.Rejection
	}
	pdf := testFileInfo("f1", "report.pdf", 10)
	wantRejection(t, "file", call(pdf, "user-zoe", model.FileDownloadTypeFile), "")
	wantRejection(t, "thumbnail", call(pdf, "user-zoe", model.FileDownloadTypeThumbnail), "")
	wantRejection(t, "public", call(pdf, "", model.FileDownloadTypePublic), "public links are disabled")
	wantRejection(t, "exe", call(testFileInfo("f2", "setup.exe", 10), "user-zoe", model.FileDownloadTypeFile), "setup.exe: executables cannot be downloaded")
}

// --- websocket ---------------------------------------------------------------

func testOnWebSocketConnect(t *testing.T, h *host) {
	_, err := h.hooks.OnWebSocketConnect(callContext(t), &pb.OnWebSocketConnectRequest{WebConnId: "wc-1", UserId: "user-zoe"})
	wantOK(t, "OnWebSocketConnect", err)
	wantEvents(t, h, event{"hook": "OnWebSocketConnect", "web_conn_id": "wc-1", "user_id": "user-zoe"})
}

func testOnWebSocketDisconnect(t *testing.T, h *host) {
	_, err := h.hooks.OnWebSocketDisconnect(callContext(t), &pb.OnWebSocketDisconnectRequest{WebConnId: "wc-1", UserId: ""})
	wantOK(t, "OnWebSocketDisconnect", err)
	wantEvents(t, h, event{"hook": "OnWebSocketDisconnect", "web_conn_id": "wc-1", "user_id": ""})
}

func testWebSocketMessageHasBeenPosted(t *testing.T, h *host) {
	req := &model.WebSocketRequest{
		Seq: bigInt, Action: "custom_com.example.every-hook_ping",
		Data:    map[string]any{"text": unicode, "n": 3.5, "list": []any{true, nil}},
		Session: model.Session{Id: "hidden from JSON"},
		Locale:  "de",
	}
	_, err := h.hooks.WebSocketMessageHasBeenPosted(callContext(t), &pb.WebSocketMessageHasBeenPostedRequest{
		WebConnId: "wc-2", UserId: "user-zoe", Request: marshal(t, req),
	})
	wantOK(t, "WebSocketMessageHasBeenPosted", err)
	wantEvents(t, h, event{
		"hook": "WebSocketMessageHasBeenPosted", "web_conn_id": "wc-2", "user_id": "user-zoe",
		"seq": bigInt, "action": "custom_com.example.every-hook_ping",
		"data": map[string]any{"text": unicode, "n": 3.5, "list": []any{true, nil}},
	})
}

// --- cluster -----------------------------------------------------------------

func testOnPluginClusterEvent(t *testing.T, h *host) {
	data := append([]byte("päyload "), 0x00, 0xff, 0x80)
	_, err := h.hooks.OnPluginClusterEvent(callContext(t), &pb.OnPluginClusterEventRequest{
		Context: pluginContext("req-cluster"),
		Event:   marshal(t, model.PluginClusterEvent{Id: "cache-invalidate", Data: data}),
	})
	wantOK(t, "OnPluginClusterEvent", err)
	wantEvents(t, h, event{"hook": "OnPluginClusterEvent", "request_id": "req-cluster", "id": "cache-invalidate", "data_hex": "70c3a4796c6f61642000ff80"})

	// nil Data: Go writes "Data": null.
	_, err = h.hooks.OnPluginClusterEvent(callContext(t), &pb.OnPluginClusterEventRequest{
		Context: pluginContext("req-cluster-2"),
		Event:   marshal(t, model.PluginClusterEvent{Id: "empty"}),
	})
	wantOK(t, "OnPluginClusterEvent (no data)", err)
	wantEvents(t, h, event{"hook": "OnPluginClusterEvent", "request_id": "req-cluster-2", "id": "empty", "data_hex": ""})
}

// --- system ------------------------------------------------------------------

func testRunDataRetention(t *testing.T, h *host) {
	call := func(now, batch int64) *pb.RunDataRetentionResponse {
		t.Helper()
		resp, err := h.hooks.RunDataRetention(callContext(t), &pb.RunDataRetentionRequest{NowTime: now, BatchSize: batch})
		wantOK(t, "RunDataRetention", err)
		return resp
	}
	resp := call(1_700_000_000_123, 500)
	wantNoAppError(t, "RunDataRetention", resp.Error)
	if resp.Deleted != 500 {
		t.Errorf("RunDataRetention(1700000000123, 500) = %d, want 500", resp.Deleted)
	}
	resp = call(maxInt, bigInt)
	if want := maxInt / 1000; resp.Deleted != want {
		t.Errorf("RunDataRetention(maxInt, 2^62+7) = %d, want %d", resp.Deleted, want)
	}
	resp = call(1_700_000_000_123, 0)
	wantAppError(t, "RunDataRetention (batch 0)", resp.Error, "every_hook.retention.batch_size", 400, "batch_size must be positive")
	if resp.Deleted != 0 {
		t.Errorf("RunDataRetention with an error reported %d deleted", resp.Deleted)
	}
	resp = call(1_700_000_000_123, minInt)
	wantAppError(t, "RunDataRetention (batch minInt)", resp.Error, "every_hook.retention.batch_size", 400, "-9223372036854775808")
}

func testOnCloudLimitsUpdated(t *testing.T, h *host) {
	call := func(limits *model.ProductLimits) {
		t.Helper()
		_, err := h.hooks.OnCloudLimitsUpdated(callContext(t), &pb.OnCloudLimitsUpdatedRequest{Limits: marshal(t, limits)})
		wantOK(t, "OnCloudLimitsUpdated", err)
	}
	call(&model.ProductLimits{
		Files:    &model.FilesLimits{TotalStorage: ptr(bigInt)},
		Messages: &model.MessagesLimits{History: ptr(10_000)},
		Teams:    &model.TeamsLimits{Active: nil},
	})
	call(&model.ProductLimits{})
	call(nil)
	wantEvents(t, h,
		event{"hook": "OnCloudLimitsUpdated", "limits": true, "files_total_storage": bigInt, "messages_history": 10_000, "teams_active": nil},
		event{"hook": "OnCloudLimitsUpdated", "limits": true, "files_total_storage": nil, "messages_history": nil, "teams_active": nil},
		event{"hook": "OnCloudLimitsUpdated", "limits": false},
	)
}

func testConfigurationWillBeSaved(t *testing.T, h *host) {
	call := func(cfg *model.Config) *pb.ConfigurationWillBeSavedResponse {
		t.Helper()
		resp, err := h.hooks.ConfigurationWillBeSaved(callContext(t), &pb.ConfigurationWillBeSavedRequest{Config: marshal(t, cfg)})
		wantOK(t, "ConfigurationWillBeSaved", err)
		return resp
	}
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
	// A full default configuration goes through unchanged when nothing needs fixing.
	resp := call(newConfig("https://chat.example.com"))
	wantNoAppError(t, "unchanged", resp.Error)
	if len(resp.Config) != 0 {
		t.Errorf("unchanged: got a replacement config")
	}

	// Replaced: the trailing slash is removed, nothing else changes.
	resp = call(newConfig("https://chat.example.com/"))
	wantNoAppError(t, "trailing slash", resp.Error)
	got := decodeInto[model.Config](t, "trailing slash", resp.Config)
	sameJSON(t, "fixed config", got, newConfig("https://chat.example.com"))

	// Blocked: an error.
	resp = call(newConfig("http://chat.example.com"))
	if len(resp.Config) != 0 {
		t.Errorf("blocked: got a replacement config alongside the error")
	}
	wantAppError(t, "plain http", resp.Error, "every_hook.config.insecure_site_url", 400, "SiteURL must use https")
}

func testGenerateSupportData(t *testing.T, h *host) {
	resp, err := h.hooks.GenerateSupportData(callContext(t), &pb.GenerateSupportDataRequest{Context: pluginContext("req-support")})
	wantOK(t, "GenerateSupportData", err)
	wantNoAppError(t, "GenerateSupportData", resp.Error)
	if len(resp.Files) != 2 {
		t.Fatalf("GenerateSupportData: %d files, want 2", len(resp.Files))
	}
	files := make([]*model.FileData, len(resp.Files))
	for i, raw := range resp.Files {
		files[i] = decodeInto[model.FileData](t, "GenerateSupportData", raw)
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
	resp, err = h.hooks.GenerateSupportData(callContext(t), &pb.GenerateSupportDataRequest{Context: pluginContext("req-support-2")})
	wantOK(t, "GenerateSupportData (armed)", err)
	wantAppError(t, "GenerateSupportData (armed)", resp.Error, "every_hook.support.unavailable", 500, "no support data")
	if len(resp.Files) != 0 {
		t.Errorf("GenerateSupportData (armed): files alongside the error")
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
	resp, err := h.hooks.OnSharedChannelsSyncMsg(callContext(t), &pb.OnSharedChannelsSyncMsgRequest{
		Msg: marshal(t, msg), RemoteCluster: marshal(t, testRemote("north")),
	})
	wantOK(t, "OnSharedChannelsSyncMsg", err)
	wantNoAppError(t, "OnSharedChannelsSyncMsg", resp.Error)
	got := decodeInto[model.SyncResponse](t, "OnSharedChannelsSyncMsg", resp.Response)
	want := &model.SyncResponse{
		UsersLastUpdateAt:     bigInt,
		UsersSyncd:            []string{"user-ann", "user-zoe"},
		PostsLastUpdateAt:     bigInt,
		PostErrors:            []string{"p2"},
		ReactionsLastUpdateAt: 2,
	}
	sameJSONIgnoringEmpty(t, "sync response", got, want)

	// An empty message: a zero SyncResponse.
	resp, err = h.hooks.OnSharedChannelsSyncMsg(callContext(t), &pb.OnSharedChannelsSyncMsgRequest{
		Msg: marshal(t, &model.SyncMsg{Id: "sync-2"}), RemoteCluster: marshal(t, testRemote("north")),
	})
	wantOK(t, "OnSharedChannelsSyncMsg (empty)", err)
	got = decodeInto[model.SyncResponse](t, "OnSharedChannelsSyncMsg (empty)", resp.Response)
	sameJSONIgnoringEmpty(t, "empty sync response", got, &model.SyncResponse{})

	resp, err = h.hooks.OnSharedChannelsSyncMsg(callContext(t), &pb.OnSharedChannelsSyncMsgRequest{
		Msg: marshal(t, msg), RemoteCluster: marshal(t, testRemote("broken")),
	})
	wantOK(t, "OnSharedChannelsSyncMsg (broken)", err)
	wantAppError(t, "OnSharedChannelsSyncMsg (broken)", resp.Error, "every_hook.sync.unavailable", 503, "broken")
}

func testOnSharedChannelsPing(t *testing.T, h *host) {
	for name, healthy := range map[string]bool{"north": true, "down-south": false} {
		resp, err := h.hooks.OnSharedChannelsPing(callContext(t), &pb.OnSharedChannelsPingRequest{RemoteCluster: marshal(t, testRemote(name))})
		wantOK(t, "OnSharedChannelsPing", err)
		if resp.Healthy != healthy {
			t.Errorf("OnSharedChannelsPing(%s) = %v, want %v", name, resp.Healthy, healthy)
		}
	}
}

func testOnSharedChannelsAttachmentSyncMsg(t *testing.T, h *host) {
	call := func(fi *model.FileInfo) *pb.OnSharedChannelsAttachmentSyncMsgResponse {
		t.Helper()
		resp, err := h.hooks.OnSharedChannelsAttachmentSyncMsg(callContext(t), &pb.OnSharedChannelsAttachmentSyncMsgRequest{
			FileInfo: marshal(t, fi), Post: marshal(t, testPost("p1", "with a file")), RemoteCluster: marshal(t, testRemote("north")),
		})
		wantOK(t, "OnSharedChannelsAttachmentSyncMsg", err)
		return resp
	}
	resp := call(testFileInfo("f1", "photo.jpg", 1234))
	wantNoAppError(t, "small file", resp.Error)
	wantEvents(t, h, event{"hook": "OnSharedChannelsAttachmentSyncMsg", "file_id": "f1", "post_id": "p1", "remote": "north", "size": 1234})

	resp = call(testFileInfo("f2", "movie.mkv", bigInt))
	wantAppError(t, "huge file", resp.Error, "every_hook.sync.too_large", 413, "movie.mkv")
	wantEvents(t, h)
}

func testOnSharedChannelsProfileImageSyncMsg(t *testing.T, h *host) {
	call := func(u *model.User) *pb.OnSharedChannelsProfileImageSyncMsgResponse {
		t.Helper()
		resp, err := h.hooks.OnSharedChannelsProfileImageSyncMsg(callContext(t), &pb.OnSharedChannelsProfileImageSyncMsgRequest{
			User: marshal(t, u), RemoteCluster: marshal(t, testRemote("north")),
		})
		wantOK(t, "OnSharedChannelsProfileImageSyncMsg", err)
		return resp
	}
	resp := call(testUser("user-zoe", "zoe"))
	wantNoAppError(t, "with picture", resp.Error)
	wantEvents(t, h, event{"hook": "OnSharedChannelsProfileImageSyncMsg", "user_id": "user-zoe", "remote": "north", "last_picture_update": 1_700_000_000_000})

	noPicture := testUser("user-ann", "ann")
	noPicture.LastPictureUpdate = 0
	resp = call(noPicture)
	wantAppError(t, "without picture", resp.Error, "every_hook.sync.no_picture", 404, "ann has no profile picture")
}

// --- notifications -----------------------------------------------------------

func testNotificationWillBePushed(t *testing.T, h *host) {
	call := func(n *model.PushNotification, userID string) *pb.NotificationWillBePushedResponse {
		t.Helper()
		resp, err := h.hooks.NotificationWillBePushed(callContext(t), &pb.NotificationWillBePushedRequest{
			PushNotification: marshal(t, n), UserId: userID, PostType: n.PostType, ChannelType: string(n.ChannelType),
		})
		wantOK(t, "NotificationWillBePushed", err)
		return resp
	}
	newPush := func(channelName, message string) *model.PushNotification {
		return &model.PushNotification{
			AckId: "ack-1", Platform: "apple", ServerId: "srv", DeviceId: "dev", PostId: "p1",
			Category: model.CategoryCanReply, Message: message, Badge: 3, ContentAvailable: 1,
			TeamId: "team-1", ChannelId: "channel-town", RootId: "", ChannelName: channelName,
			Type: model.PushTypeMessage, SubType: model.PushSubTypeCalls, SenderId: "user-ann", SenderName: "Ann",
			IsCRTEnabled: true, IsIdLoaded: false, PostType: "hidden", Signature: "sig",
		}
	}
	resp := call(newPush("muted-channel", "hi"), "user-zoe")
	wantRejection(t, "muted", resp.Rejection, "user-zoe muted muted-channel")

	resp = call(newPush("town", "my password is hunter2"), "user-zoe")
	wantRejection(t, "hidden", resp.Rejection, "")
	want := newPush("town", "(message hidden)") // PostType and ChannelType are json:"-": sameJSON ignores them
	sameJSON(t, "pushed notification", decodeInto[model.PushNotification](t, "hidden", resp.PushNotification), want)

	direct := newPush("town", "my password is hunter2")
	direct.ChannelType = model.ChannelTypeDirect // json:"-": travels in its own request field
	resp = call(direct, "user-zoe")
	if got := decodeInto[model.PushNotification](t, "direct", resp.PushNotification); got.Message != "(direct message hidden)" {
		t.Errorf("direct: message %q, want the plugin to have read ChannelType", got.Message)
	}

	resp = call(newPush("town", "hello"), "user-zoe")
	if len(resp.PushNotification) != 0 || resp.Rejection != "" {
		t.Errorf("allow: got %s %q", resp.PushNotification, resp.Rejection)
	}
}

func testEmailNotificationWillBeSent(t *testing.T, h *host) {
	call := func(n *model.EmailNotification) *pb.EmailNotificationWillBeSentResponse {
		t.Helper()
		resp, err := h.hooks.EmailNotificationWillBeSent(callContext(t), &pb.EmailNotificationWillBeSentRequest{EmailNotification: marshal(t, n)})
		wantOK(t, "EmailNotificationWillBeSent", err)
		return resp
	}
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
	resp := call(newEmail("noisy", false))
	wantRejection(t, "noisy", resp.Rejection, "no emails from noisy")

	resp = call(newEmail("", true))
	wantRejection(t, "direct", resp.Rejection, "")
	got := decodeInto[model.EmailNotificationContent](t, "direct", resp.Content)
	sameJSONIgnoringEmpty(t, "email content", got, &model.EmailNotificationContent{
		Subject: "[DM] New message ✉", Title: "Ann wrote", SubTitle: "in town", MessageHTML: "<p>hi</p>",
		MessageText: "hi", ButtonText: "Open", ButtonURL: "https://chat.example.com/p/p1", FooterText: "sent by every_hook",
	})

	resp = call(newEmail("town", false))
	if len(resp.Content) != 0 || resp.Rejection != "" {
		t.Errorf("allow: got %s %q", resp.Content, resp.Rejection)
	}
}
