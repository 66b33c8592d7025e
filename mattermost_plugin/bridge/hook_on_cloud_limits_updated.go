// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_OnCloudLimitsUpdated || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"

	"mattermost-plugin/bridge/pb"
)

// OnCloudLimitsUpdated forwards the hook to the Python plugin (ID 27, since 7.0, void):
// The cloud plan's product limits changed.
func (b *Bridge) OnCloudLimitsUpdated(limits *model.ProductLimits) {
	in := &pb.OnCloudLimitsUpdatedRequest{Limits: marshal(limits)}
	_, err := b.hooks.OnCloudLimitsUpdated(b.callContext(), in)
	if err != nil {
		b.callFailed("OnCloudLimitsUpdated", err)
	}
}
