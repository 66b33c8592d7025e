// Code generated from Mattermost's plugin.API by python -m mattermost_plugin._generate; DO NOT EDIT.

package main

import (
	"context"

	"github.com/mattermost/mattermost/server/public/model"

	"mattermost-plugin/bridge/pb"
)

// SendToastMessage calls the plugin API's SendToastMessage (Mattermost 11.5+).
func (s *apiServer) SendToastMessage(_ context.Context, in *pb.SendToastMessageRequest) (*pb.SendToastMessageResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var options model.SendToastMessageOptions
	if err := decodeArg(in.Options, "options", &options); err != nil {
		return nil, err
	}
	err0 := api.SendToastMessage(in.UserId, in.ConnectionId, in.Message, options)
	return &pb.SendToastMessageResponse{Error: appErrorMessage(err0)}, nil
}
