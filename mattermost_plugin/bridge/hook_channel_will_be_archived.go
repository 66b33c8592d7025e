// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_ChannelWillBeArchived || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// ChannelWillBeArchived forwards the hook to the Python plugin (ID 51, since 11.7, reject):
// Before a channel is archived; return a reason to block it.
func (b *Bridge) ChannelWillBeArchived(c *plugin.Context, channel *model.Channel) string {
	in := &pb.ChannelWillBeArchivedRequest{Context: pluginContext(c), Channel: marshal(channel)}
	out, err := b.hooks.ChannelWillBeArchived(b.callContext(), in)
	if err != nil {
		b.callFailed("ChannelWillBeArchived", err)
		return ""
	}
	return out.Rejection
}
