// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_ConfigurationWillBeSaved || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"

	"mattermost-plugin/bridge/pb"
)

// ConfigurationWillBeSaved forwards the hook to the Python plugin (ID 34, since 8.0, modify):
// Before the configuration is saved: return a Config to save instead, raise to block the save.
func (b *Bridge) ConfigurationWillBeSaved(config *model.Config) (*model.Config, error) {
	in := &pb.ConfigurationWillBeSavedRequest{Config: marshal(config)}
	out, err := b.hooks.ConfigurationWillBeSaved(b.callContext(), in)
	var r0 *model.Config
	if err == nil {
		err = decodePointer(out.Config, &r0)
	}
	if err != nil {
		b.callFailed("ConfigurationWillBeSaved", err)
		return nil, nil
	}
	return r0, errorOf(out.Error)
}
