// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_UserHasLoggedIn || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// UserHasLoggedIn forwards the hook to the Python plugin (ID 16, since 5.2, void):
// After a successful login.
func (b *Bridge) UserHasLoggedIn(c *plugin.Context, user *model.User) {
	in := &pb.UserHasLoggedInRequest{Context: pluginContext(c), User: marshal(user)}
	_, err := b.hooks.UserHasLoggedIn(b.callContext(), in)
	if err != nil {
		b.callFailed("UserHasLoggedIn", err)
	}
}
