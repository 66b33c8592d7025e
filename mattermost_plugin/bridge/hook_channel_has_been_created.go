// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_ChannelHasBeenCreated || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// ChannelHasBeenCreated forwards the hook to the Python plugin (ID 13, since 5.2, void):
// After a new channel is stored.
func (b *Bridge) ChannelHasBeenCreated(c *plugin.Context, channel *model.Channel) {
	in := &pb.ChannelHasBeenCreatedRequest{Context: pluginContext(c), Channel: marshal(channel)}
	_, err := b.hooks.ChannelHasBeenCreated(b.callContext(), in)
	if err != nil {
		b.callFailed("ChannelHasBeenCreated", err)
	}
}
