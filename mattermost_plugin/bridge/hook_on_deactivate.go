// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_OnDeactivate || allhooks

package main

import (
	"mattermost-plugin/bridge/pb"
)

// OnDeactivate forwards the hook to the Python plugin (ID 1, since 5.2, error):
// The plugin is stopping; the last chance to use the API.
func (b *Bridge) OnDeactivate() error {
	in := &pb.OnDeactivateRequest{}
	out, err := b.hooks.OnDeactivate(b.callContext(), in)
	if err != nil {
		b.callFailed("OnDeactivate", err)
		return nil
	}
	return errorOf(out.Error)
}
