// Code generated from Mattermost's plugin.API by python -m mattermost_plugin._generate; DO NOT EDIT.

package main

import (
	"context"

	"mattermost-plugin/bridge/pb"
)

// LogDebug calls the plugin API's LogDebug (Mattermost 5.2+).
func (s *apiServer) LogDebug(_ context.Context, in *pb.LogDebugRequest) (*pb.LogDebugResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	keyValuePairs, err := decodeValues(in.KeyValuePairs, "key_value_pairs")
	if err != nil {
		return nil, err
	}
	api.LogDebug(in.Msg, keyValuePairs...)
	return &pb.LogDebugResponse{}, nil
}

// LogInfo calls the plugin API's LogInfo (Mattermost 5.2+).
func (s *apiServer) LogInfo(_ context.Context, in *pb.LogInfoRequest) (*pb.LogInfoResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	keyValuePairs, err := decodeValues(in.KeyValuePairs, "key_value_pairs")
	if err != nil {
		return nil, err
	}
	api.LogInfo(in.Msg, keyValuePairs...)
	return &pb.LogInfoResponse{}, nil
}

// LogError calls the plugin API's LogError (Mattermost 5.2+).
func (s *apiServer) LogError(_ context.Context, in *pb.LogErrorRequest) (*pb.LogErrorResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	keyValuePairs, err := decodeValues(in.KeyValuePairs, "key_value_pairs")
	if err != nil {
		return nil, err
	}
	api.LogError(in.Msg, keyValuePairs...)
	return &pb.LogErrorResponse{}, nil
}

// LogWarn calls the plugin API's LogWarn (Mattermost 5.2+).
func (s *apiServer) LogWarn(_ context.Context, in *pb.LogWarnRequest) (*pb.LogWarnResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	keyValuePairs, err := decodeValues(in.KeyValuePairs, "key_value_pairs")
	if err != nil {
		return nil, err
	}
	api.LogWarn(in.Msg, keyValuePairs...)
	return &pb.LogWarnResponse{}, nil
}
