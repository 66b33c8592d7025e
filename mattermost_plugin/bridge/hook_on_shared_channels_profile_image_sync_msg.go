// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_OnSharedChannelsProfileImageSyncMsg || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"

	"mattermost-plugin/bridge/pb"
)

// OnSharedChannelsProfileImageSyncMsg forwards the hook to the Python plugin (ID 44, since 9.5, error):
// One user's profile image to synchronise; the cursor advances when no error is raised.
func (b *Bridge) OnSharedChannelsProfileImageSyncMsg(user *model.User, remoteCluster *model.RemoteCluster) error {
	in := &pb.OnSharedChannelsProfileImageSyncMsgRequest{User: marshal(user), RemoteCluster: marshal(remoteCluster)}
	out, err := b.hooks.OnSharedChannelsProfileImageSyncMsg(b.callContext(), in)
	if err != nil {
		b.callFailed("OnSharedChannelsProfileImageSyncMsg", err)
		return nil
	}
	return errorOf(out.Error)
}
