// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_PreferencesHaveChanged || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// PreferencesHaveChanged forwards the hook to the Python plugin (ID 42, since 9.5, void):
// After one or more of a user's preferences change.
func (b *Bridge) PreferencesHaveChanged(c *plugin.Context, preferences []model.Preference) {
	in := &pb.PreferencesHaveChangedRequest{Context: pluginContext(c), Preferences: marshalList(preferences)}
	_, err := b.hooks.PreferencesHaveChanged(b.callContext(), in)
	if err != nil {
		b.callFailed("PreferencesHaveChanged", err)
	}
}
