// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_OnWebSocketConnect || allhooks

package main

import (
	"mattermost-plugin/bridge/pb"
)

// OnWebSocketConnect forwards the hook to the Python plugin (ID 21, since 6.0, void):
// A user's websocket connection opened.
func (b *Bridge) OnWebSocketConnect(webConnId string, userId string) {
	in := &pb.OnWebSocketConnectRequest{WebConnId: webConnId, UserId: userId}
	_, err := b.hooks.OnWebSocketConnect(b.callContext(), in)
	if err != nil {
		b.callFailed("OnWebSocketConnect", err)
	}
}
