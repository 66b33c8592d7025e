// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_ChannelWillBeUpdated || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// ChannelWillBeUpdated forwards the hook to the Python plugin (ID 52, since 11.9, modify):
// Before a channel update or patch is saved: allow, replace or reject it.
func (b *Bridge) ChannelWillBeUpdated(c *plugin.Context, newChannel *model.Channel, oldChannel *model.Channel) (*model.Channel, string) {
	in := &pb.ChannelWillBeUpdatedRequest{Context: pluginContext(c), NewChannel: marshal(newChannel), OldChannel: marshal(oldChannel)}
	out, err := b.hooks.ChannelWillBeUpdated(b.callContext(), in)
	var r0 *model.Channel
	if err == nil {
		err = decodePointer(out.Channel, &r0)
	}
	if err != nil {
		b.callFailed("ChannelWillBeUpdated", err)
		return nil, ""
	}
	return r0, out.Rejection
}
