// Code generated from Mattermost's plugin.API by python -m mattermost_plugin._generate; DO NOT EDIT.

package main

import (
	"context"

	"github.com/mattermost/mattermost/server/public/model"

	"mattermost-plugin/bridge/pb"
)

// CreateChannelSidebarCategory calls the plugin API's CreateChannelSidebarCategory (Mattermost 5.38+).
func (s *apiServer) CreateChannelSidebarCategory(_ context.Context, in *pb.CreateChannelSidebarCategoryRequest) (*pb.CreateChannelSidebarCategoryResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var newCategory *model.SidebarCategoryWithChannels
	if err := decodeArg(in.NewCategory, "new_category", &newCategory); err != nil {
		return nil, err
	}
	r0, err1 := api.CreateChannelSidebarCategory(in.UserId, in.TeamId, newCategory)
	return &pb.CreateChannelSidebarCategoryResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetChannelSidebarCategories calls the plugin API's GetChannelSidebarCategories (Mattermost 5.38+).
func (s *apiServer) GetChannelSidebarCategories(_ context.Context, in *pb.GetChannelSidebarCategoriesRequest) (*pb.GetChannelSidebarCategoriesResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetChannelSidebarCategories(in.UserId, in.TeamId)
	return &pb.GetChannelSidebarCategoriesResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// UpdateChannelSidebarCategories calls the plugin API's UpdateChannelSidebarCategories (Mattermost 5.38+).
func (s *apiServer) UpdateChannelSidebarCategories(_ context.Context, in *pb.UpdateChannelSidebarCategoriesRequest) (*pb.UpdateChannelSidebarCategoriesResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var categories []*model.SidebarCategoryWithChannels
	if err := decodeArg(in.Categories, "categories", &categories); err != nil {
		return nil, err
	}
	r0, err1 := api.UpdateChannelSidebarCategories(in.UserId, in.TeamId, categories)
	return &pb.UpdateChannelSidebarCategoriesResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}
