// Code generated from the hook classes by python -m mattermost_plugin._generate; DO NOT EDIT.

//go:build hook_ExecuteCommand || allhooks

package main

import (
	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// ExecuteCommand forwards the hook to the Python plugin (ID 4, since 5.2, value):
// Runs a slash command the plugin registered; return the reply (a str is an ephemeral reply).
func (b *Bridge) ExecuteCommand(c *plugin.Context, args *model.CommandArgs) (*model.CommandResponse, *model.AppError) {
	siteUrl := ""
	if args != nil {
		siteUrl = string(args.SiteURL)
	}
	in := &pb.ExecuteCommandRequest{Context: pluginContext(c), Args: marshal(args), SiteUrl: siteUrl}
	out, err := b.hooks.ExecuteCommand(b.callContext(), in)
	var r0 *model.CommandResponse
	if err == nil {
		err = decodePointer(out.Response, &r0)
	}
	if err != nil {
		b.callFailed("ExecuteCommand", err)
		return nil, nil
	}
	return r0, appErrorOf(out.Error)
}
