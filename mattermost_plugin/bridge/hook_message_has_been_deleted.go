// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_MessageHasBeenDeleted || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// MessageHasBeenDeleted forwards the hook to the Python plugin (ID 37, since 9.1, void):
// After a post is deleted.
func (b *Bridge) MessageHasBeenDeleted(c *plugin.Context, post *model.Post) {
	in := &pb.MessageHasBeenDeletedRequest{Context: pluginContext(c), Post: marshal(post)}
	_, err := b.hooks.MessageHasBeenDeleted(b.callContext(), in)
	if err != nil {
		b.callFailed("MessageHasBeenDeleted", err)
	}
}
