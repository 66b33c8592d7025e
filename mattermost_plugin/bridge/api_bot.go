// Code generated from Mattermost's plugin.API by python -m mattermost_plugin._generate; DO NOT EDIT.

package main

import (
	"context"

	"github.com/mattermost/mattermost/server/public/model"

	"mattermost-plugin/bridge/pb"
)

// CreateBot calls the plugin API's CreateBot (Mattermost 5.10+).
func (s *apiServer) CreateBot(_ context.Context, in *pb.CreateBotRequest) (*pb.CreateBotResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var bot *model.Bot
	if err := decodeArg(in.Bot, "bot", &bot); err != nil {
		return nil, err
	}
	r0, err1 := api.CreateBot(bot)
	return &pb.CreateBotResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// PatchBot calls the plugin API's PatchBot (Mattermost 5.10+).
func (s *apiServer) PatchBot(_ context.Context, in *pb.PatchBotRequest) (*pb.PatchBotResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var botPatch *model.BotPatch
	if err := decodeArg(in.BotPatch, "bot_patch", &botPatch); err != nil {
		return nil, err
	}
	r0, err1 := api.PatchBot(in.BotUserId, botPatch)
	return &pb.PatchBotResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetBot calls the plugin API's GetBot (Mattermost 5.10+).
func (s *apiServer) GetBot(_ context.Context, in *pb.GetBotRequest) (*pb.GetBotResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetBot(in.BotUserId, in.IncludeDeleted)
	return &pb.GetBotResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetBots calls the plugin API's GetBots (Mattermost 5.10+).
func (s *apiServer) GetBots(_ context.Context, in *pb.GetBotsRequest) (*pb.GetBotsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var options *model.BotGetOptions
	if err := decodeArg(in.Options, "options", &options); err != nil {
		return nil, err
	}
	r0, err1 := api.GetBots(options)
	return &pb.GetBotsResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// UpdateBotActive calls the plugin API's UpdateBotActive (Mattermost 5.10+).
func (s *apiServer) UpdateBotActive(_ context.Context, in *pb.UpdateBotActiveRequest) (*pb.UpdateBotActiveResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.UpdateBotActive(in.BotUserId, in.Active)
	return &pb.UpdateBotActiveResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// PermanentDeleteBot calls the plugin API's PermanentDeleteBot (Mattermost 5.10+).
func (s *apiServer) PermanentDeleteBot(_ context.Context, in *pb.PermanentDeleteBotRequest) (*pb.PermanentDeleteBotResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.PermanentDeleteBot(in.BotUserId)
	return &pb.PermanentDeleteBotResponse{Error: appErrorMessage(err0)}, nil
}
