// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_GenerateSupportData || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// GenerateSupportData forwards the hook to the Python plugin (ID 45, since 9.8, value):
// A Support Packet is being generated; return files to add to it.
func (b *Bridge) GenerateSupportData(c *plugin.Context) ([]*model.FileData, error) {
	in := &pb.GenerateSupportDataRequest{Context: pluginContext(c)}
	out, err := b.hooks.GenerateSupportData(b.callContext(), in)
	var r0 []*model.FileData
	if err == nil {
		err = decodeList(out.Files, &r0)
	}
	if err != nil {
		b.callFailed("GenerateSupportData", err)
		return nil, nil
	}
	return r0, errorOf(out.Error)
}
