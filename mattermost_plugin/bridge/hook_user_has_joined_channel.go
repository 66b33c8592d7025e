// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_UserHasJoinedChannel || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// UserHasJoinedChannel forwards the hook to the Python plugin (ID 9, since 5.2, void):
// After a channel membership is saved; `actor` is who added the user, or None.
func (b *Bridge) UserHasJoinedChannel(c *plugin.Context, channelMember *model.ChannelMember, actor *model.User) {
	in := &pb.UserHasJoinedChannelRequest{Context: pluginContext(c), ChannelMember: marshal(channelMember), Actor: marshal(actor)}
	_, err := b.hooks.UserHasJoinedChannel(b.callContext(), in)
	if err != nil {
		b.callFailed("UserHasJoinedChannel", err)
	}
}
