// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_OnInstall || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// OnInstall forwards the hook to the Python plugin (ID 25, since 6.5, error):
// The plugin was installed through onboarding (on every installation).
func (b *Bridge) OnInstall(c *plugin.Context, event model.OnInstallEvent) error {
	in := &pb.OnInstallRequest{Context: pluginContext(c), Event: marshal(&event)}
	out, err := b.hooks.OnInstall(b.callContext(), in)
	if err != nil {
		b.callFailed("OnInstall", err)
		return nil
	}
	return errorOf(out.Error)
}
