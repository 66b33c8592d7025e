// Code generated from Mattermost's plugin.API by python -m mattermost_plugin._generate; DO NOT EDIT.

package main

import (
	"context"

	"github.com/mattermost/mattermost/server/public/model"

	"mattermost-plugin/bridge/pb"
)

// CreateOAuthApp calls the plugin API's CreateOAuthApp (Mattermost 5.38+).
func (s *apiServer) CreateOAuthApp(_ context.Context, in *pb.CreateOAuthAppRequest) (*pb.CreateOAuthAppResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var app *model.OAuthApp
	if err := decodeArg(in.App, "app", &app); err != nil {
		return nil, err
	}
	r0, err1 := api.CreateOAuthApp(app)
	return &pb.CreateOAuthAppResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetOAuthApp calls the plugin API's GetOAuthApp (Mattermost 5.38+).
func (s *apiServer) GetOAuthApp(_ context.Context, in *pb.GetOAuthAppRequest) (*pb.GetOAuthAppResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetOAuthApp(in.AppId)
	return &pb.GetOAuthAppResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// UpdateOAuthApp calls the plugin API's UpdateOAuthApp (Mattermost 5.38+).
func (s *apiServer) UpdateOAuthApp(_ context.Context, in *pb.UpdateOAuthAppRequest) (*pb.UpdateOAuthAppResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var app *model.OAuthApp
	if err := decodeArg(in.App, "app", &app); err != nil {
		return nil, err
	}
	r0, err1 := api.UpdateOAuthApp(app)
	return &pb.UpdateOAuthAppResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// DeleteOAuthApp calls the plugin API's DeleteOAuthApp (Mattermost 5.38+).
func (s *apiServer) DeleteOAuthApp(_ context.Context, in *pb.DeleteOAuthAppRequest) (*pb.DeleteOAuthAppResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.DeleteOAuthApp(in.AppId)
	return &pb.DeleteOAuthAppResponse{Error: appErrorMessage(err0)}, nil
}
