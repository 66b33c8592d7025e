// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_UserHasLeftChannel || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// UserHasLeftChannel forwards the hook to the Python plugin (ID 10, since 5.2, void):
// After a channel membership is removed; `actor` is who removed the user, or None.
func (b *Bridge) UserHasLeftChannel(c *plugin.Context, channelMember *model.ChannelMember, actor *model.User) {
	in := &pb.UserHasLeftChannelRequest{Context: pluginContext(c), ChannelMember: marshal(channelMember), Actor: marshal(actor)}
	_, err := b.hooks.UserHasLeftChannel(b.callContext(), in)
	if err != nil {
		b.callFailed("UserHasLeftChannel", err)
	}
}
