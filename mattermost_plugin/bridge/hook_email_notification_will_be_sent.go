// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_EmailNotificationWillBeSent || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"

	"mattermost-plugin/bridge/pb"
)

// EmailNotificationWillBeSent forwards the hook to the Python plugin (ID 47, since 11.0, modify):
// Before a notification email is sent: allow it, replace its content or reject it.
func (b *Bridge) EmailNotificationWillBeSent(emailNotification *model.EmailNotification) (*model.EmailNotificationContent, string) {
	in := &pb.EmailNotificationWillBeSentRequest{EmailNotification: marshal(emailNotification)}
	out, err := b.hooks.EmailNotificationWillBeSent(b.callContext(), in)
	var r0 *model.EmailNotificationContent
	if err == nil {
		err = decodePointer(out.Content, &r0)
	}
	if err != nil {
		b.callFailed("EmailNotificationWillBeSent", err)
		return nil, ""
	}
	return r0, out.Rejection
}
