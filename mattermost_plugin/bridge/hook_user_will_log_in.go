// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_UserWillLogIn || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// UserWillLogIn forwards the hook to the Python plugin (ID 15, since 5.2, reject):
// Before a login completes; return a reason to block it.
func (b *Bridge) UserWillLogIn(c *plugin.Context, user *model.User) string {
	in := &pb.UserWillLogInRequest{Context: pluginContext(c), User: marshal(user)}
	out, err := b.hooks.UserWillLogIn(b.callContext(), in)
	if err != nil {
		b.callFailed("UserWillLogIn", err)
		return ""
	}
	return out.Rejection
}
