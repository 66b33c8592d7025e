// Code generated from Mattermost's plugin.API by python -m mattermost_plugin._generate; DO NOT EDIT.

package main

import (
	"context"

	"github.com/mattermost/mattermost/server/public/model"

	"mattermost-plugin/bridge/pb"
)

// GetConfig calls the plugin API's GetConfig (Mattermost 5.2+).
func (s *apiServer) GetConfig(_ context.Context, in *pb.GetConfigRequest) (*pb.GetConfigResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0 := api.GetConfig()
	return &pb.GetConfigResponse{Value: encodeResult(r0)}, nil
}

// GetUnsanitizedConfig calls the plugin API's GetUnsanitizedConfig (Mattermost 5.16+).
func (s *apiServer) GetUnsanitizedConfig(_ context.Context, in *pb.GetUnsanitizedConfigRequest) (*pb.GetUnsanitizedConfigResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0 := api.GetUnsanitizedConfig()
	return &pb.GetUnsanitizedConfigResponse{Value: encodeResult(r0)}, nil
}

// SaveConfig calls the plugin API's SaveConfig (Mattermost 5.2+).
func (s *apiServer) SaveConfig(_ context.Context, in *pb.SaveConfigRequest) (*pb.SaveConfigResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var config *model.Config
	if err := decodeArg(in.Config, "config", &config); err != nil {
		return nil, err
	}
	err0 := api.SaveConfig(config)
	return &pb.SaveConfigResponse{Error: appErrorMessage(err0)}, nil
}
