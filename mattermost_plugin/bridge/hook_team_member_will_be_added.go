// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_TeamMemberWillBeAdded || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// TeamMemberWillBeAdded forwards the hook to the Python plugin (ID 50, since 11.7, modify):
// Before a team membership is created: allow, replace or reject it.
func (b *Bridge) TeamMemberWillBeAdded(c *plugin.Context, teamMember *model.TeamMember) (*model.TeamMember, string) {
	in := &pb.TeamMemberWillBeAddedRequest{Context: pluginContext(c), TeamMember: marshal(teamMember)}
	out, err := b.hooks.TeamMemberWillBeAdded(b.callContext(), in)
	var r0 *model.TeamMember
	if err == nil {
		err = decodePointer(out.TeamMember, &r0)
	}
	if err != nil {
		b.callFailed("TeamMemberWillBeAdded", err)
		return nil, ""
	}
	return r0, out.Rejection
}
