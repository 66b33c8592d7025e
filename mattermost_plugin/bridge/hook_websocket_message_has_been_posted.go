// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_WebSocketMessageHasBeenPosted || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"

	"mattermost-plugin/bridge/pb"
)

// WebSocketMessageHasBeenPosted forwards the hook to the Python plugin (ID 23, since 6.0, void):
// A client sent a message over its websocket.
func (b *Bridge) WebSocketMessageHasBeenPosted(webConnId string, userId string, request *model.WebSocketRequest) {
	in := &pb.WebSocketMessageHasBeenPostedRequest{WebConnId: webConnId, UserId: userId, Request: marshal(request)}
	_, err := b.hooks.WebSocketMessageHasBeenPosted(b.callContext(), in)
	if err != nil {
		b.callFailed("WebSocketMessageHasBeenPosted", err)
	}
}
