// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_OnSharedChannelsPing || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"

	"mattermost-plugin/bridge/pb"
)

// OnSharedChannelsPing forwards the hook to the Python plugin (ID 41, since 9.5, value):
// Health check: return False when the plugin or its upstream service has a problem.
func (b *Bridge) OnSharedChannelsPing(remoteCluster *model.RemoteCluster) bool {
	in := &pb.OnSharedChannelsPingRequest{RemoteCluster: marshal(remoteCluster)}
	out, err := b.hooks.OnSharedChannelsPing(b.callContext(), in)
	if err != nil {
		b.callFailed("OnSharedChannelsPing", err)
		return false
	}
	return out.Healthy
}
