// Code generated from Mattermost's plugin.API by python -m mattermost_plugin._generate; DO NOT EDIT.

package main

import (
	"context"

	"github.com/mattermost/mattermost/server/public/model"

	"mattermost-plugin/bridge/pb"
)

// CopyFileInfos calls the plugin API's CopyFileInfos (Mattermost 5.2+).
func (s *apiServer) CopyFileInfos(_ context.Context, in *pb.CopyFileInfosRequest) (*pb.CopyFileInfosResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.CopyFileInfos(in.UserId, in.FileIds)
	return &pb.CopyFileInfosResponse{Value: r0, Error: appErrorMessage(err1)}, nil
}

// GetFileInfo calls the plugin API's GetFileInfo (Mattermost 5.3+).
func (s *apiServer) GetFileInfo(_ context.Context, in *pb.GetFileInfoRequest) (*pb.GetFileInfoResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetFileInfo(in.FileId)
	return &pb.GetFileInfoResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// SetFileSearchableContent calls the plugin API's SetFileSearchableContent (Mattermost 9.1+).
func (s *apiServer) SetFileSearchableContent(_ context.Context, in *pb.SetFileSearchableContentRequest) (*pb.SetFileSearchableContentResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.SetFileSearchableContent(in.FileId, in.Content)
	return &pb.SetFileSearchableContentResponse{Error: appErrorMessage(err0)}, nil
}

// GetFileInfos calls the plugin API's GetFileInfos (Mattermost 5.22+).
func (s *apiServer) GetFileInfos(_ context.Context, in *pb.GetFileInfosRequest) (*pb.GetFileInfosResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var opt *model.GetFileInfosOptions
	if err := decodeArg(in.Opt, "opt", &opt); err != nil {
		return nil, err
	}
	r0, err1 := api.GetFileInfos(int(in.Page), int(in.PerPage), opt)
	return &pb.GetFileInfosResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetFile calls the plugin API's GetFile (Mattermost 5.8+).
func (s *apiServer) GetFile(_ context.Context, in *pb.GetFileRequest) (*pb.GetFileResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetFile(in.FileId)
	return &pb.GetFileResponse{Value: r0, Error: appErrorMessage(err1)}, nil
}

// GetFileLink calls the plugin API's GetFileLink (Mattermost 5.6+).
func (s *apiServer) GetFileLink(_ context.Context, in *pb.GetFileLinkRequest) (*pb.GetFileLinkResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetFileLink(in.FileId)
	return &pb.GetFileLinkResponse{Value: r0, Error: appErrorMessage(err1)}, nil
}

// ReadFile calls the plugin API's ReadFile (Mattermost 5.3+).
func (s *apiServer) ReadFile(_ context.Context, in *pb.ReadFileRequest) (*pb.ReadFileResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.ReadFile(in.Path)
	return &pb.ReadFileResponse{Value: r0, Error: appErrorMessage(err1)}, nil
}

// UploadFile calls the plugin API's UploadFile (Mattermost 5.6+).
func (s *apiServer) UploadFile(_ context.Context, in *pb.UploadFileRequest) (*pb.UploadFileResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.UploadFile(in.Data, in.ChannelId, in.Filename)
	return &pb.UploadFileResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}
