// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_OnPluginClusterEvent || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// OnPluginClusterEvent forwards the hook to the Python plugin (ID 20, since 5.36, void):
// An event another node's copy of this plugin sent with PublishPluginClusterEvent.
func (b *Bridge) OnPluginClusterEvent(c *plugin.Context, event model.PluginClusterEvent) {
	in := &pb.OnPluginClusterEventRequest{Context: pluginContext(c), Event: marshal(&event)}
	_, err := b.hooks.OnPluginClusterEvent(b.callContext(), in)
	if err != nil {
		b.callFailed("OnPluginClusterEvent", err)
	}
}
