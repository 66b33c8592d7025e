// Code generated from Mattermost's plugin.API by python -m mattermost_plugin._generate; DO NOT EDIT.

package main

import (
	"context"

	"github.com/mattermost/mattermost/server/public/model"

	"mattermost-plugin/bridge/pb"
)

// CreateUploadSession calls the plugin API's CreateUploadSession (Mattermost 7.6+).
func (s *apiServer) CreateUploadSession(_ context.Context, in *pb.CreateUploadSessionRequest) (*pb.CreateUploadSessionResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var us *model.UploadSession
	if err := decodeArg(in.Us, "us", &us); err != nil {
		return nil, err
	}
	r0, err1 := api.CreateUploadSession(us)
	return &pb.CreateUploadSessionResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}

// UploadData calls the plugin API's UploadData (Mattermost 7.6+).
func (s *apiServer) UploadData(stream pb.PluginAPI_UploadDataServer) error {
	api, err := s.api()
	if err != nil {
		return err
	}
	in, err := stream.Recv()
	if err != nil {
		return firstMessage(err)
	}
	var us *model.UploadSession
	if err := decodeArg(in.Us, "us", &us); err != nil {
		return err
	}
	rd := newChunkReader(stream, in.Rd, (*pb.UploadDataRequest).GetRd)
	r0, err1 := api.UploadData(us, rd)
	return stream.SendAndClose(&pb.UploadDataResponse{Value: encodeResult(r0), Error: errorMessage(err1)})
}

// GetUploadSession calls the plugin API's GetUploadSession (Mattermost 7.6+).
func (s *apiServer) GetUploadSession(_ context.Context, in *pb.GetUploadSessionRequest) (*pb.GetUploadSessionResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetUploadSession(in.UploadId)
	return &pb.GetUploadSessionResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}
