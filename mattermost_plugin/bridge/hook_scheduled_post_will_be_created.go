// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_ScheduledPostWillBeCreated || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// ScheduledPostWillBeCreated forwards the hook to the Python plugin (ID 54, since 11.9, modify):
// Before a scheduled post is created or updated: allow, replace or reject it.
func (b *Bridge) ScheduledPostWillBeCreated(c *plugin.Context, scheduledPost *model.ScheduledPost) (*model.ScheduledPost, string) {
	in := &pb.ScheduledPostWillBeCreatedRequest{Context: pluginContext(c), ScheduledPost: marshal(scheduledPost)}
	out, err := b.hooks.ScheduledPostWillBeCreated(b.callContext(), in)
	var r0 *model.ScheduledPost
	if err == nil {
		err = decodePointer(out.ScheduledPost, &r0)
	}
	if err != nil {
		b.callFailed("ScheduledPostWillBeCreated", err)
		return nil, ""
	}
	return r0, out.Rejection
}
