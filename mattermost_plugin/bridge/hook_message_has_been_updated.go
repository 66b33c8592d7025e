// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_MessageHasBeenUpdated || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// MessageHasBeenUpdated forwards the hook to the Python plugin (ID 8, since 5.2, void):
// After an edit is stored.
func (b *Bridge) MessageHasBeenUpdated(c *plugin.Context, newPost *model.Post, oldPost *model.Post) {
	in := &pb.MessageHasBeenUpdatedRequest{Context: pluginContext(c), NewPost: marshal(newPost), OldPost: marshal(oldPost)}
	_, err := b.hooks.MessageHasBeenUpdated(b.callContext(), in)
	if err != nil {
		b.callFailed("MessageHasBeenUpdated", err)
	}
}
