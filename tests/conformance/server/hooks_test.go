package server

import (
	"reflect"
	"testing"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
)

func reflectHooks() reflect.Type { return reflect.TypeFor[plugin.Hooks]() }

// hookCase drives one hook through the environment's plugin.Hooks, with the
// real model structs, and checks every result form examples/every_hook gives.
type hookCase struct {
	hook string
	run  func(t *testing.T, hooks plugin.Hooks)
}

func runHookCases(t *testing.T, s *server) {
	hooks := s.hooks(t)
	for _, c := range hookCases() {
		t.Run(c.hook, func(t *testing.T) { c.run(t, hooks) })
	}
}

func hookCases() []hookCase {
	return []hookCase{
		{"MessageWillBePosted", testMessageWillBePosted},
	}
}

// Mattermost's RPC client starts from the post it sent: a plugin that keeps it
// (returns nil) or rejects it hands the server back that same post, as a Go
// plugin does.
func testMessageWillBePosted(t *testing.T, hooks plugin.Hooks) {
	c := &plugin.Context{RequestId: "req-post"}
	post, reason := hooks.MessageWillBePosted(c, &model.Post{Id: "p1", Message: "hello"})
	if post == nil || post.Message != "hello" || reason != "" {
		t.Errorf("allowed: got (%v, %q)", post, reason)
	}
	post, reason = hooks.MessageWillBePosted(c, &model.Post{Id: "p1", Message: "darn it"})
	if reason != "Watch your language" {
		t.Errorf("rejected: got (%v, %q)", post, reason)
	}
	post, reason = hooks.MessageWillBePosted(c, &model.Post{Id: "p1", Message: "spam spam"})
	if reason != plugin.DismissPostError {
		t.Errorf("dismissed: got (%v, %q), want plugin.DismissPostError", post, reason)
	}
	post, reason = hooks.MessageWillBePosted(c, &model.Post{Id: "p1", Message: "shout: hi there"})
	if post == nil || post.Message != "HI THERE" || post.GetProp("shouted") != true || reason != "" {
		t.Errorf("replaced: got (%+v, %q)", post, reason)
	}
}
