// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_UserHasLeftTeam || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// UserHasLeftTeam forwards the hook to the Python plugin (ID 12, since 5.2, void):
// After a team membership is removed; `actor` is who removed the user, or None.
func (b *Bridge) UserHasLeftTeam(c *plugin.Context, teamMember *model.TeamMember, actor *model.User) {
	in := &pb.UserHasLeftTeamRequest{Context: pluginContext(c), TeamMember: marshal(teamMember), Actor: marshal(actor)}
	_, err := b.hooks.UserHasLeftTeam(b.callContext(), in)
	if err != nil {
		b.callFailed("UserHasLeftTeam", err)
	}
}
