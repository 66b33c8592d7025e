// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_RunDataRetention || allhooks

package main

import (
	"mattermost-plugin/bridge/pb"
)

// RunDataRetention forwards the hook to the Python plugin (ID 24, since 6.4, value):
// During the data retention job: delete the plugin's old data and return how many items went.
func (b *Bridge) RunDataRetention(nowTime int64, batchSize int64) (int64, error) {
	in := &pb.RunDataRetentionRequest{NowTime: nowTime, BatchSize: batchSize}
	out, err := b.hooks.RunDataRetention(b.callContext(), in)
	if err != nil {
		b.callFailed("RunDataRetention", err)
		return 0, nil
	}
	return out.Deleted, errorOf(out.Error)
}
