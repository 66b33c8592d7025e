// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_MessagesWillBeConsumedWithContext || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// MessagesWillBeConsumedWithContext forwards the hook to the Python plugin (ID 56, since 11.9, modify):
// Like MessagesWillBeConsumed, with the caller's context; returned posts replace originals by id.
func (b *Bridge) MessagesWillBeConsumedWithContext(c *plugin.Context, posts []*model.Post) []*model.Post {
	in := &pb.MessagesWillBeConsumedWithContextRequest{Context: pluginContext(c), Posts: marshalList(posts)}
	out, err := b.hooks.MessagesWillBeConsumedWithContext(b.callContext(), in)
	var r0 []*model.Post
	if err == nil {
		err = decodeReplacement(in.Posts, posts, out.Posts, &r0)
	}
	if err != nil {
		b.callFailed("MessagesWillBeConsumedWithContext", err)
		return nil
	}
	return r0
}
