// Code generated from Mattermost's plugin.API by python -m mattermost_plugin._generate; DO NOT EDIT.

package main

import (
	"context"

	"mattermost-plugin/bridge/pb"
)

// KVSet calls the plugin API's KVSet (Mattermost 5.2+).
func (s *apiServer) KVSet(_ context.Context, in *pb.KVSetRequest) (*pb.KVSetResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.KVSet(in.Key, in.Value)
	return &pb.KVSetResponse{Error: appErrorMessage(err0)}, nil
}

// KVCompareAndSet calls the plugin API's KVCompareAndSet (Mattermost 5.12+).
func (s *apiServer) KVCompareAndSet(_ context.Context, in *pb.KVCompareAndSetRequest) (*pb.KVCompareAndSetResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.KVCompareAndSet(in.Key, in.OldValue, in.NewValue)
	return &pb.KVCompareAndSetResponse{Value: r0, Error: appErrorMessage(err1)}, nil
}

// KVCompareAndDelete calls the plugin API's KVCompareAndDelete (Mattermost 5.16+).
func (s *apiServer) KVCompareAndDelete(_ context.Context, in *pb.KVCompareAndDeleteRequest) (*pb.KVCompareAndDeleteResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.KVCompareAndDelete(in.Key, in.OldValue)
	return &pb.KVCompareAndDeleteResponse{Value: r0, Error: appErrorMessage(err1)}, nil
}

// KVSetWithExpiry calls the plugin API's KVSetWithExpiry (Mattermost 5.6+).
func (s *apiServer) KVSetWithExpiry(_ context.Context, in *pb.KVSetWithExpiryRequest) (*pb.KVSetWithExpiryResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.KVSetWithExpiry(in.Key, in.Value, in.ExpireInSeconds)
	return &pb.KVSetWithExpiryResponse{Error: appErrorMessage(err0)}, nil
}

// KVGet calls the plugin API's KVGet (Mattermost 5.2+).
func (s *apiServer) KVGet(_ context.Context, in *pb.KVGetRequest) (*pb.KVGetResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.KVGet(in.Key)
	return &pb.KVGetResponse{Value: r0, Error: appErrorMessage(err1)}, nil
}

// KVDelete calls the plugin API's KVDelete (Mattermost 5.2+).
func (s *apiServer) KVDelete(_ context.Context, in *pb.KVDeleteRequest) (*pb.KVDeleteResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.KVDelete(in.Key)
	return &pb.KVDeleteResponse{Error: appErrorMessage(err0)}, nil
}

// KVDeleteAll calls the plugin API's KVDeleteAll (Mattermost 5.6+).
func (s *apiServer) KVDeleteAll(_ context.Context, in *pb.KVDeleteAllRequest) (*pb.KVDeleteAllResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.KVDeleteAll()
	return &pb.KVDeleteAllResponse{Error: appErrorMessage(err0)}, nil
}

// KVList calls the plugin API's KVList (Mattermost 5.6+).
func (s *apiServer) KVList(_ context.Context, in *pb.KVListRequest) (*pb.KVListResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.KVList(int(in.Page), int(in.PerPage))
	return &pb.KVListResponse{Value: r0, Error: appErrorMessage(err1)}, nil
}
