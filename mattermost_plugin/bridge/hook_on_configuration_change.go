// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_OnConfigurationChange || allhooks

package main

import (
	"mattermost-plugin/bridge/pb"
)

// OnConfigurationChange forwards the hook to the Python plugin (ID 3, since 5.2, error):
// The configuration may have changed; also runs once before OnActivate. Errors are only logged.
func (b *Bridge) OnConfigurationChange() error {
	in := &pb.OnConfigurationChangeRequest{ApiBrokerId: b.apiBrokerID}
	out, err := b.hooks.OnConfigurationChange(b.callContext(), in)
	if err != nil {
		b.callFailed("OnConfigurationChange", err)
		return nil
	}
	return errorOf(out.Error)
}
