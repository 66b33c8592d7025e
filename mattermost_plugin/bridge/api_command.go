// Code generated from Mattermost's plugin.API by python -m mattermost_plugin._generate; DO NOT EDIT.

package main

import (
	"context"

	"github.com/mattermost/mattermost/server/public/model"

	"mattermost-plugin/bridge/pb"
)

// RegisterCommand calls the plugin API's RegisterCommand (Mattermost 5.2+).
func (s *apiServer) RegisterCommand(_ context.Context, in *pb.RegisterCommandRequest) (*pb.RegisterCommandResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var command *model.Command
	if err := decodeArg(in.Command, "command", &command); err != nil {
		return nil, err
	}
	err0 := api.RegisterCommand(command)
	return &pb.RegisterCommandResponse{Error: errorMessage(err0)}, nil
}

// UnregisterCommand calls the plugin API's UnregisterCommand (Mattermost 5.2+).
func (s *apiServer) UnregisterCommand(_ context.Context, in *pb.UnregisterCommandRequest) (*pb.UnregisterCommandResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.UnregisterCommand(in.TeamId, in.Trigger)
	return &pb.UnregisterCommandResponse{Error: errorMessage(err0)}, nil
}

// ExecuteSlashCommand calls the plugin API's ExecuteSlashCommand (Mattermost 5.26+).
func (s *apiServer) ExecuteSlashCommand(_ context.Context, in *pb.ExecuteSlashCommandRequest) (*pb.ExecuteSlashCommandResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var commandArgs *model.CommandArgs
	if err := decodeArg(in.CommandArgs, "command_args", &commandArgs); err != nil {
		return nil, err
	}
	r0, err1 := api.ExecuteSlashCommand(commandArgs)
	return &pb.ExecuteSlashCommandResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}
