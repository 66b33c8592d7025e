// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_MessageWillBeUpdated || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// MessageWillBeUpdated forwards the hook to the Python plugin (ID 6, since 5.2, modify):
// Before an edit is saved: allow, replace or reject it (a rejected edit leaves the post as it was).
func (b *Bridge) MessageWillBeUpdated(c *plugin.Context, newPost *model.Post, oldPost *model.Post) (*model.Post, string) {
	in := &pb.MessageWillBeUpdatedRequest{Context: pluginContext(c), NewPost: marshal(newPost), OldPost: marshal(oldPost)}
	out, err := b.hooks.MessageWillBeUpdated(b.callContext(), in)
	var r0 *model.Post
	if err == nil {
		err = decodePointer(out.Post, &r0)
	}
	if err != nil {
		b.callFailed("MessageWillBeUpdated", err)
		return newPost, ""
	}
	if r0 == nil && out.Rejection == "" {
		r0 = newPost
	}
	return r0, out.Rejection
}
