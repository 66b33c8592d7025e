// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_UserHasBeenDeactivated || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// UserHasBeenDeactivated forwards the hook to the Python plugin (ID 36, since 9.1, void):
// After a user is deactivated.
func (b *Bridge) UserHasBeenDeactivated(c *plugin.Context, user *model.User) {
	in := &pb.UserHasBeenDeactivatedRequest{Context: pluginContext(c), User: marshal(user)}
	_, err := b.hooks.UserHasBeenDeactivated(b.callContext(), in)
	if err != nil {
		b.callFailed("UserHasBeenDeactivated", err)
	}
}
