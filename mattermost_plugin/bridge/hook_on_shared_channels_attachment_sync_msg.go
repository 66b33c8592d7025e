// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_OnSharedChannelsAttachmentSyncMsg || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"

	"mattermost-plugin/bridge/pb"
)

// OnSharedChannelsAttachmentSyncMsg forwards the hook to the Python plugin (ID 43, since 9.5, error):
// One file attachment to synchronise; the cursor advances when no error is raised.
func (b *Bridge) OnSharedChannelsAttachmentSyncMsg(fileInfo *model.FileInfo, post *model.Post, remoteCluster *model.RemoteCluster) error {
	in := &pb.OnSharedChannelsAttachmentSyncMsgRequest{FileInfo: marshal(fileInfo), Post: marshal(post), RemoteCluster: marshal(remoteCluster)}
	out, err := b.hooks.OnSharedChannelsAttachmentSyncMsg(b.callContext(), in)
	if err != nil {
		b.callFailed("OnSharedChannelsAttachmentSyncMsg", err)
		return nil
	}
	return errorOf(out.Error)
}
