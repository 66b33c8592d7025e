// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_OnSharedChannelsSyncMsg || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"

	"mattermost-plugin/bridge/pb"
)

// OnSharedChannelsSyncMsg forwards the hook to the Python plugin (ID 40, since 9.5, value):
// A batch of updates for one shared channel; the SyncResponse moves the sync cursors.
func (b *Bridge) OnSharedChannelsSyncMsg(msg *model.SyncMsg, remoteCluster *model.RemoteCluster) (model.SyncResponse, error) {
	in := &pb.OnSharedChannelsSyncMsgRequest{Msg: marshal(msg), RemoteCluster: marshal(remoteCluster)}
	out, err := b.hooks.OnSharedChannelsSyncMsg(b.callContext(), in)
	var r0 model.SyncResponse
	if err == nil {
		err = decodeValue(out.Response, &r0)
	}
	if err != nil {
		b.callFailed("OnSharedChannelsSyncMsg", err)
		return model.SyncResponse{}, nil
	}
	return r0, errorOf(out.Error)
}
