// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_ReactionHasBeenAdded || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// ReactionHasBeenAdded forwards the hook to the Python plugin (ID 18, since 5.30, void):
// After a reaction is stored, including reactions plugins add.
func (b *Bridge) ReactionHasBeenAdded(c *plugin.Context, reaction *model.Reaction) {
	in := &pb.ReactionHasBeenAddedRequest{Context: pluginContext(c), Reaction: marshal(reaction)}
	_, err := b.hooks.ReactionHasBeenAdded(b.callContext(), in)
	if err != nil {
		b.callFailed("ReactionHasBeenAdded", err)
	}
}
