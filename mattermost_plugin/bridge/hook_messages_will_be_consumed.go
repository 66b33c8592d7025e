// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_MessagesWillBeConsumed || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"

	"mattermost-plugin/bridge/pb"
)

// MessagesWillBeConsumed forwards the hook to the Python plugin (ID 38, since 9.3, modify):
// Before posts read from the database go to a client; return the list to send instead.
func (b *Bridge) MessagesWillBeConsumed(posts []*model.Post) []*model.Post {
	in := &pb.MessagesWillBeConsumedRequest{Posts: marshalList(posts)}
	out, err := b.hooks.MessagesWillBeConsumed(b.callContext(), in)
	var r0 []*model.Post
	if err == nil {
		err = decodeReplacement(in.Posts, posts, out.Posts, &r0)
	}
	if err != nil {
		b.callFailed("MessagesWillBeConsumed", err)
		return nil
	}
	return r0
}
