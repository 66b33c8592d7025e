// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_ChannelMemberWillBeAdded || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// ChannelMemberWillBeAdded forwards the hook to the Python plugin (ID 49, since 11.7, modify):
// Before a channel membership is created: allow, replace or reject it.
func (b *Bridge) ChannelMemberWillBeAdded(c *plugin.Context, channelMember *model.ChannelMember) (*model.ChannelMember, string) {
	in := &pb.ChannelMemberWillBeAddedRequest{Context: pluginContext(c), ChannelMember: marshal(channelMember)}
	out, err := b.hooks.ChannelMemberWillBeAdded(b.callContext(), in)
	var r0 *model.ChannelMember
	if err == nil {
		err = decodePointer(out.ChannelMember, &r0)
	}
	if err != nil {
		b.callFailed("ChannelMemberWillBeAdded", err)
		return nil, ""
	}
	return r0, out.Rejection
}
