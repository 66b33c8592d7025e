// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_MessageHasBeenPosted || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// MessageHasBeenPosted forwards the hook to the Python plugin (ID 7, since 5.2, void):
// After a new post is stored.
func (b *Bridge) MessageHasBeenPosted(c *plugin.Context, post *model.Post) {
	in := &pb.MessageHasBeenPostedRequest{Context: pluginContext(c), Post: marshal(post)}
	_, err := b.hooks.MessageHasBeenPosted(b.callContext(), in)
	if err != nil {
		b.callFailed("MessageHasBeenPosted", err)
	}
}
