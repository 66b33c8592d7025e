// Code generated from Mattermost's plugin.API by python -m mattermost_plugin._generate; DO NOT EDIT.

package main

import (
	"context"

	"mattermost-plugin/bridge/pb"
)

// RegisterPropertyGroup calls the plugin API's RegisterPropertyGroup (Mattermost 10.10+).
func (s *apiServer) RegisterPropertyGroup(_ context.Context, in *pb.RegisterPropertyGroupRequest) (*pb.RegisterPropertyGroupResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.RegisterPropertyGroup(in.Name)
	return &pb.RegisterPropertyGroupResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}

// GetPropertyGroup calls the plugin API's GetPropertyGroup (Mattermost 10.10+).
func (s *apiServer) GetPropertyGroup(_ context.Context, in *pb.GetPropertyGroupRequest) (*pb.GetPropertyGroupResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetPropertyGroup(in.Name)
	return &pb.GetPropertyGroupResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}
