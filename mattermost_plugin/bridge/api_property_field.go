// Code generated from Mattermost's plugin.API by python -m mattermost_plugin._generate; DO NOT EDIT.

package main

import (
	"context"

	"github.com/mattermost/mattermost/server/public/model"

	"mattermost-plugin/bridge/pb"
)

// CreatePropertyField calls the plugin API's CreatePropertyField (Mattermost 10.10+).
func (s *apiServer) CreatePropertyField(_ context.Context, in *pb.CreatePropertyFieldRequest) (*pb.CreatePropertyFieldResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var field *model.PropertyField
	if err := decodeArg(in.Field, "field", &field); err != nil {
		return nil, err
	}
	r0, err1 := api.CreatePropertyField(field)
	return &pb.CreatePropertyFieldResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}

// GetPropertyField calls the plugin API's GetPropertyField (Mattermost 10.10+).
func (s *apiServer) GetPropertyField(_ context.Context, in *pb.GetPropertyFieldRequest) (*pb.GetPropertyFieldResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetPropertyField(in.GroupId, in.FieldId)
	return &pb.GetPropertyFieldResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}

// GetPropertyFields calls the plugin API's GetPropertyFields (Mattermost 10.10+).
func (s *apiServer) GetPropertyFields(_ context.Context, in *pb.GetPropertyFieldsRequest) (*pb.GetPropertyFieldsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetPropertyFields(in.GroupId, in.Ids)
	return &pb.GetPropertyFieldsResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}

// UpdatePropertyField calls the plugin API's UpdatePropertyField (Mattermost 10.10+).
func (s *apiServer) UpdatePropertyField(_ context.Context, in *pb.UpdatePropertyFieldRequest) (*pb.UpdatePropertyFieldResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var field *model.PropertyField
	if err := decodeArg(in.Field, "field", &field); err != nil {
		return nil, err
	}
	r0, err1 := api.UpdatePropertyField(in.GroupId, field)
	return &pb.UpdatePropertyFieldResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}

// DeletePropertyField calls the plugin API's DeletePropertyField (Mattermost 10.10+).
func (s *apiServer) DeletePropertyField(_ context.Context, in *pb.DeletePropertyFieldRequest) (*pb.DeletePropertyFieldResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.DeletePropertyField(in.GroupId, in.FieldId)
	return &pb.DeletePropertyFieldResponse{Error: errorMessage(err0)}, nil
}

// SearchPropertyFields calls the plugin API's SearchPropertyFields (Mattermost 11.0+).
func (s *apiServer) SearchPropertyFields(_ context.Context, in *pb.SearchPropertyFieldsRequest) (*pb.SearchPropertyFieldsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var opts model.PropertyFieldSearchOpts
	if err := decodeArg(in.Opts, "opts", &opts); err != nil {
		return nil, err
	}
	r0, err1 := api.SearchPropertyFields(in.GroupId, opts)
	return &pb.SearchPropertyFieldsResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}

// CountPropertyFields calls the plugin API's CountPropertyFields (Mattermost 11.0+).
func (s *apiServer) CountPropertyFields(_ context.Context, in *pb.CountPropertyFieldsRequest) (*pb.CountPropertyFieldsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.CountPropertyFields(in.GroupId, in.IncludeDeleted)
	return &pb.CountPropertyFieldsResponse{Value: r0, Error: errorMessage(err1)}, nil
}

// CountPropertyFieldsForTarget calls the plugin API's CountPropertyFieldsForTarget (Mattermost 11.0+).
func (s *apiServer) CountPropertyFieldsForTarget(_ context.Context, in *pb.CountPropertyFieldsForTargetRequest) (*pb.CountPropertyFieldsForTargetResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.CountPropertyFieldsForTarget(in.GroupId, in.TargetType, in.TargetId, in.IncludeDeleted)
	return &pb.CountPropertyFieldsForTargetResponse{Value: r0, Error: errorMessage(err1)}, nil
}

// GetPropertyFieldByName calls the plugin API's GetPropertyFieldByName (Mattermost 10.10+).
func (s *apiServer) GetPropertyFieldByName(_ context.Context, in *pb.GetPropertyFieldByNameRequest) (*pb.GetPropertyFieldByNameResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetPropertyFieldByName(in.GroupId, in.TargetId, in.Name)
	return &pb.GetPropertyFieldByNameResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}

// UpdatePropertyFields calls the plugin API's UpdatePropertyFields (Mattermost 10.10+).
func (s *apiServer) UpdatePropertyFields(_ context.Context, in *pb.UpdatePropertyFieldsRequest) (*pb.UpdatePropertyFieldsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var fields []*model.PropertyField
	if err := decodeArg(in.Fields, "fields", &fields); err != nil {
		return nil, err
	}
	r0, err1 := api.UpdatePropertyFields(in.GroupId, fields)
	return &pb.UpdatePropertyFieldsResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}
