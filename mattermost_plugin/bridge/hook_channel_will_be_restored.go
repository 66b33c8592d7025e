// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_ChannelWillBeRestored || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// ChannelWillBeRestored forwards the hook to the Python plugin (ID 53, since 11.9, reject):
// Before an archived channel is restored; return a reason to block it.
func (b *Bridge) ChannelWillBeRestored(c *plugin.Context, channel *model.Channel) string {
	in := &pb.ChannelWillBeRestoredRequest{Context: pluginContext(c), Channel: marshal(channel)}
	out, err := b.hooks.ChannelWillBeRestored(b.callContext(), in)
	if err != nil {
		b.callFailed("ChannelWillBeRestored", err)
		return ""
	}
	return out.Rejection
}
