// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_UserHasJoinedTeam || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// UserHasJoinedTeam forwards the hook to the Python plugin (ID 11, since 5.2, void):
// After a team membership is saved; `actor` is who added the user, or None.
func (b *Bridge) UserHasJoinedTeam(c *plugin.Context, teamMember *model.TeamMember, actor *model.User) {
	in := &pb.UserHasJoinedTeamRequest{Context: pluginContext(c), TeamMember: marshal(teamMember), Actor: marshal(actor)}
	_, err := b.hooks.UserHasJoinedTeam(b.callContext(), in)
	if err != nil {
		b.callFailed("UserHasJoinedTeam", err)
	}
}
