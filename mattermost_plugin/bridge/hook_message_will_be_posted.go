// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_MessageWillBePosted || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// MessageWillBePosted forwards the hook to the Python plugin (ID 5, since 5.2, modify):
// Before a new post is saved: allow it, replace it, reject it, or dismiss it with DISMISS_POST.
func (b *Bridge) MessageWillBePosted(c *plugin.Context, post *model.Post) (*model.Post, string) {
	in := &pb.MessageWillBePostedRequest{Context: pluginContext(c), Post: marshal(post)}
	out, err := b.hooks.MessageWillBePosted(b.callContext(), in)
	var r0 *model.Post
	if err == nil {
		err = decodePointer(out.Post, &r0)
	}
	if err != nil {
		b.callFailed("MessageWillBePosted", err)
		return nil, ""
	}
	return r0, out.Rejection
}
