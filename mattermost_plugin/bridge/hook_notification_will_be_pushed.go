// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_NotificationWillBePushed || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"

	"mattermost-plugin/bridge/pb"
)

// NotificationWillBePushed forwards the hook to the Python plugin (ID 35, since 9.0, modify):
// Before a push notification goes to the push proxy: allow, replace or drop it.
func (b *Bridge) NotificationWillBePushed(pushNotification *model.PushNotification, userId string) (*model.PushNotification, string) {
	postType := ""
	if pushNotification != nil {
		postType = string(pushNotification.PostType)
	}
	channelType := ""
	if pushNotification != nil {
		channelType = string(pushNotification.ChannelType)
	}
	in := &pb.NotificationWillBePushedRequest{PushNotification: marshal(pushNotification), UserId: userId, PostType: postType, ChannelType: channelType}
	out, err := b.hooks.NotificationWillBePushed(b.callContext(), in)
	var r0 *model.PushNotification
	if err == nil {
		err = decodePointer(out.PushNotification, &r0)
	}
	if err != nil {
		b.callFailed("NotificationWillBePushed", err)
		return nil, ""
	}
	if r0 != nil && pushNotification != nil {
		r0.PostType = pushNotification.PostType
		r0.ChannelType = pushNotification.ChannelType
	}
	return r0, out.Rejection
}
