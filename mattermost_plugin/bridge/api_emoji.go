// Code generated from Mattermost's plugin.API by python -m mattermost_plugin._generate; DO NOT EDIT.

package main

import (
	"context"

	"mattermost-plugin/bridge/pb"
)

// GetEmojiList calls the plugin API's GetEmojiList (Mattermost 5.6+).
func (s *apiServer) GetEmojiList(_ context.Context, in *pb.GetEmojiListRequest) (*pb.GetEmojiListResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetEmojiList(in.SortBy, int(in.Page), int(in.PerPage))
	return &pb.GetEmojiListResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetEmojiByName calls the plugin API's GetEmojiByName (Mattermost 5.6+).
func (s *apiServer) GetEmojiByName(_ context.Context, in *pb.GetEmojiByNameRequest) (*pb.GetEmojiByNameResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetEmojiByName(in.Name)
	return &pb.GetEmojiByNameResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetEmoji calls the plugin API's GetEmoji (Mattermost 5.6+).
func (s *apiServer) GetEmoji(_ context.Context, in *pb.GetEmojiRequest) (*pb.GetEmojiResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetEmoji(in.EmojiId)
	return &pb.GetEmojiResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetEmojiImage calls the plugin API's GetEmojiImage (Mattermost 5.6+).
func (s *apiServer) GetEmojiImage(_ context.Context, in *pb.GetEmojiImageRequest) (*pb.GetEmojiImageResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, r1, err2 := api.GetEmojiImage(in.EmojiId)
	return &pb.GetEmojiImageResponse{Value: r0, Value2: r1, Error: appErrorMessage(err2)}, nil
}
