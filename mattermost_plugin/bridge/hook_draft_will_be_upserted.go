// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_DraftWillBeUpserted || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// DraftWillBeUpserted forwards the hook to the Python plugin (ID 55, since 11.9, modify):
// Before a draft is saved: allow, replace or reject it.
func (b *Bridge) DraftWillBeUpserted(c *plugin.Context, draft *model.Draft) (*model.Draft, string) {
	in := &pb.DraftWillBeUpsertedRequest{Context: pluginContext(c), Draft: marshal(draft)}
	out, err := b.hooks.DraftWillBeUpserted(b.callContext(), in)
	var r0 *model.Draft
	if err == nil {
		err = decodePointer(out.Draft, &r0)
	}
	if err != nil {
		b.callFailed("DraftWillBeUpserted", err)
		return nil, ""
	}
	return r0, out.Rejection
}
