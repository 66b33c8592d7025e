// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_UserHasBeenCreated || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// UserHasBeenCreated forwards the hook to the Python plugin (ID 17, since 5.10, void):
// After a user account is created.
func (b *Bridge) UserHasBeenCreated(c *plugin.Context, user *model.User) {
	in := &pb.UserHasBeenCreatedRequest{Context: pluginContext(c), User: marshal(user)}
	_, err := b.hooks.UserHasBeenCreated(b.callContext(), in)
	if err != nil {
		b.callFailed("UserHasBeenCreated", err)
	}
}
