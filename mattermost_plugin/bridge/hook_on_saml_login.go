// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_OnSAMLLogin || allhooks

package main

import (
	saml2 "github.com/mattermost/gosaml2"
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// OnSAMLLogin forwards the hook to the Python plugin (ID 46, since 10.7, error):
// After a successful SAML login, with the parsed assertion; raise to make the login fail.
func (b *Bridge) OnSAMLLogin(c *plugin.Context, user *model.User, assertion *saml2.AssertionInfo) error {
	in := &pb.OnSAMLLoginRequest{Context: pluginContext(c), User: marshal(user), Assertion: marshal(assertion)}
	out, err := b.hooks.OnSAMLLogin(b.callContext(), in)
	if err != nil {
		b.callFailed("OnSAMLLogin", err)
		return nil
	}
	return errorOf(out.Error)
}
