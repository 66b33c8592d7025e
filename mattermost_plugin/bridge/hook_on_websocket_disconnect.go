// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_OnWebSocketDisconnect || allhooks

package main

import (
	"mattermost-plugin/bridge/pb"
)

// OnWebSocketDisconnect forwards the hook to the Python plugin (ID 22, since 6.0, void):
// A user's websocket connection closed.
func (b *Bridge) OnWebSocketDisconnect(webConnId string, userId string) {
	in := &pb.OnWebSocketDisconnectRequest{WebConnId: webConnId, UserId: userId}
	_, err := b.hooks.OnWebSocketDisconnect(b.callContext(), in)
	if err != nil {
		b.callFailed("OnWebSocketDisconnect", err)
	}
}
