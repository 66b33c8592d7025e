// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_FileWillBeDownloaded || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// FileWillBeDownloaded forwards the hook to the Python plugin (ID 48, since 11.5, reject):
// Before a file, thumbnail, preview or public link is served; return a reason to block it.
func (b *Bridge) FileWillBeDownloaded(c *plugin.Context, fileInfo *model.FileInfo, userId string, downloadType model.FileDownloadType) string {
	in := &pb.FileWillBeDownloadedRequest{Context: pluginContext(c), FileInfo: marshal(fileInfo), UserId: userId, DownloadType: string(downloadType)}
	out, err := b.hooks.FileWillBeDownloaded(b.callContext(), in)
	if err != nil {
		b.callFailed("FileWillBeDownloaded", err)
		return ""
	}
	return out.Rejection
}
