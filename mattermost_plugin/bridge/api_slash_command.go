// Code generated from Mattermost's plugin.API by python -m mattermost_plugin._generate; DO NOT EDIT.

package main

import (
	"context"

	"github.com/mattermost/mattermost/server/public/model"

	"mattermost-plugin/bridge/pb"
)

// CreateCommand calls the plugin API's CreateCommand (Mattermost 5.28+).
func (s *apiServer) CreateCommand(_ context.Context, in *pb.CreateCommandRequest) (*pb.CreateCommandResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var cmd *model.Command
	if err := decodeArg(in.Cmd, "cmd", &cmd); err != nil {
		return nil, err
	}
	r0, err1 := api.CreateCommand(cmd)
	return &pb.CreateCommandResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}

// ListCommands calls the plugin API's ListCommands (Mattermost 5.28+).
func (s *apiServer) ListCommands(_ context.Context, in *pb.ListCommandsRequest) (*pb.ListCommandsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.ListCommands(in.TeamId)
	return &pb.ListCommandsResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}

// ListCustomCommands calls the plugin API's ListCustomCommands (Mattermost 5.28+).
func (s *apiServer) ListCustomCommands(_ context.Context, in *pb.ListCustomCommandsRequest) (*pb.ListCustomCommandsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.ListCustomCommands(in.TeamId)
	return &pb.ListCustomCommandsResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}

// ListPluginCommands calls the plugin API's ListPluginCommands (Mattermost 5.28+).
func (s *apiServer) ListPluginCommands(_ context.Context, in *pb.ListPluginCommandsRequest) (*pb.ListPluginCommandsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.ListPluginCommands(in.TeamId)
	return &pb.ListPluginCommandsResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}

// ListBuiltInCommands calls the plugin API's ListBuiltInCommands (Mattermost 5.28+).
func (s *apiServer) ListBuiltInCommands(_ context.Context, in *pb.ListBuiltInCommandsRequest) (*pb.ListBuiltInCommandsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.ListBuiltInCommands()
	return &pb.ListBuiltInCommandsResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}

// GetCommand calls the plugin API's GetCommand (Mattermost 5.28+).
func (s *apiServer) GetCommand(_ context.Context, in *pb.GetCommandRequest) (*pb.GetCommandResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetCommand(in.CommandId)
	return &pb.GetCommandResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}

// UpdateCommand calls the plugin API's UpdateCommand (Mattermost 5.28+).
func (s *apiServer) UpdateCommand(_ context.Context, in *pb.UpdateCommandRequest) (*pb.UpdateCommandResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var updatedCmd *model.Command
	if err := decodeArg(in.UpdatedCmd, "updated_cmd", &updatedCmd); err != nil {
		return nil, err
	}
	r0, err1 := api.UpdateCommand(in.CommandId, updatedCmd)
	return &pb.UpdateCommandResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}

// DeleteCommand calls the plugin API's DeleteCommand (Mattermost 5.28+).
func (s *apiServer) DeleteCommand(_ context.Context, in *pb.DeleteCommandRequest) (*pb.DeleteCommandResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.DeleteCommand(in.CommandId)
	return &pb.DeleteCommandResponse{Error: errorMessage(err0)}, nil
}
