// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_ReactionHasBeenRemoved || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// ReactionHasBeenRemoved forwards the hook to the Python plugin (ID 19, since 5.30, void):
// After a reaction's removal is stored.
func (b *Bridge) ReactionHasBeenRemoved(c *plugin.Context, reaction *model.Reaction) {
	in := &pb.ReactionHasBeenRemovedRequest{Context: pluginContext(c), Reaction: marshal(reaction)}
	_, err := b.hooks.ReactionHasBeenRemoved(b.callContext(), in)
	if err != nil {
		b.callFailed("ReactionHasBeenRemoved", err)
	}
}
