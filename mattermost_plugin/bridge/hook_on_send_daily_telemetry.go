// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_OnSendDailyTelemetry || allhooks

package main

import (
	"mattermost-plugin/bridge/pb"
)

// OnSendDailyTelemetry forwards the hook to the Python plugin (ID 26, since 6.5, void):
// The server is sending its daily telemetry.
func (b *Bridge) OnSendDailyTelemetry() {
	in := &pb.OnSendDailyTelemetryRequest{}
	_, err := b.hooks.OnSendDailyTelemetry(b.callContext(), in)
	if err != nil {
		b.callFailed("OnSendDailyTelemetry", err)
	}
}
