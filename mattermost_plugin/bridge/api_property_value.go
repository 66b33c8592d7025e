// Code generated from Mattermost's plugin.API by python -m mattermost_plugin._generate; DO NOT EDIT.

package main

import (
	"context"

	"github.com/mattermost/mattermost/server/public/model"

	"mattermost-plugin/bridge/pb"
)

// CreatePropertyValue calls the plugin API's CreatePropertyValue (Mattermost 10.10+).
func (s *apiServer) CreatePropertyValue(_ context.Context, in *pb.CreatePropertyValueRequest) (*pb.CreatePropertyValueResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var value *model.PropertyValue
	if err := decodeArg(in.Value, "value", &value); err != nil {
		return nil, err
	}
	r0, err1 := api.CreatePropertyValue(value)
	return &pb.CreatePropertyValueResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}

// GetPropertyValue calls the plugin API's GetPropertyValue (Mattermost 10.10+).
func (s *apiServer) GetPropertyValue(_ context.Context, in *pb.GetPropertyValueRequest) (*pb.GetPropertyValueResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetPropertyValue(in.GroupId, in.ValueId)
	return &pb.GetPropertyValueResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}

// GetPropertyValues calls the plugin API's GetPropertyValues (Mattermost 10.10+).
func (s *apiServer) GetPropertyValues(_ context.Context, in *pb.GetPropertyValuesRequest) (*pb.GetPropertyValuesResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetPropertyValues(in.GroupId, in.Ids)
	return &pb.GetPropertyValuesResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}

// UpdatePropertyValue calls the plugin API's UpdatePropertyValue (Mattermost 10.10+).
func (s *apiServer) UpdatePropertyValue(_ context.Context, in *pb.UpdatePropertyValueRequest) (*pb.UpdatePropertyValueResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var value *model.PropertyValue
	if err := decodeArg(in.Value, "value", &value); err != nil {
		return nil, err
	}
	r0, err1 := api.UpdatePropertyValue(in.GroupId, value)
	return &pb.UpdatePropertyValueResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}

// UpsertPropertyValue calls the plugin API's UpsertPropertyValue (Mattermost 10.10+).
func (s *apiServer) UpsertPropertyValue(_ context.Context, in *pb.UpsertPropertyValueRequest) (*pb.UpsertPropertyValueResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var value *model.PropertyValue
	if err := decodeArg(in.Value, "value", &value); err != nil {
		return nil, err
	}
	r0, err1 := api.UpsertPropertyValue(value)
	return &pb.UpsertPropertyValueResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}

// DeletePropertyValue calls the plugin API's DeletePropertyValue (Mattermost 10.10+).
func (s *apiServer) DeletePropertyValue(_ context.Context, in *pb.DeletePropertyValueRequest) (*pb.DeletePropertyValueResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.DeletePropertyValue(in.GroupId, in.ValueId)
	return &pb.DeletePropertyValueResponse{Error: errorMessage(err0)}, nil
}

// SearchPropertyValues calls the plugin API's SearchPropertyValues (Mattermost 11.0+).
func (s *apiServer) SearchPropertyValues(_ context.Context, in *pb.SearchPropertyValuesRequest) (*pb.SearchPropertyValuesResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var opts model.PropertyValueSearchOpts
	if err := decodeArg(in.Opts, "opts", &opts); err != nil {
		return nil, err
	}
	r0, err1 := api.SearchPropertyValues(in.GroupId, opts)
	return &pb.SearchPropertyValuesResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}

// UpdatePropertyValues calls the plugin API's UpdatePropertyValues (Mattermost 10.10+).
func (s *apiServer) UpdatePropertyValues(_ context.Context, in *pb.UpdatePropertyValuesRequest) (*pb.UpdatePropertyValuesResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var values []*model.PropertyValue
	if err := decodeArg(in.Values, "values", &values); err != nil {
		return nil, err
	}
	r0, err1 := api.UpdatePropertyValues(in.GroupId, values)
	return &pb.UpdatePropertyValuesResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}

// UpsertPropertyValues calls the plugin API's UpsertPropertyValues (Mattermost 10.10+).
func (s *apiServer) UpsertPropertyValues(_ context.Context, in *pb.UpsertPropertyValuesRequest) (*pb.UpsertPropertyValuesResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var values []*model.PropertyValue
	if err := decodeArg(in.Values, "values", &values); err != nil {
		return nil, err
	}
	r0, err1 := api.UpsertPropertyValues(values)
	return &pb.UpsertPropertyValuesResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}

// DeletePropertyValuesForTarget calls the plugin API's DeletePropertyValuesForTarget (Mattermost 10.10+).
func (s *apiServer) DeletePropertyValuesForTarget(_ context.Context, in *pb.DeletePropertyValuesForTargetRequest) (*pb.DeletePropertyValuesForTargetResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.DeletePropertyValuesForTarget(in.GroupId, in.TargetType, in.TargetId)
	return &pb.DeletePropertyValuesForTargetResponse{Error: errorMessage(err0)}, nil
}

// DeletePropertyValuesForField calls the plugin API's DeletePropertyValuesForField (Mattermost 10.10+).
func (s *apiServer) DeletePropertyValuesForField(_ context.Context, in *pb.DeletePropertyValuesForFieldRequest) (*pb.DeletePropertyValuesForFieldResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.DeletePropertyValuesForField(in.GroupId, in.FieldId)
	return &pb.DeletePropertyValuesForFieldResponse{Error: errorMessage(err0)}, nil
}

// UpsertPropertyValuesWithOptions calls the plugin API's UpsertPropertyValuesWithOptions (Mattermost 11.10+).
func (s *apiServer) UpsertPropertyValuesWithOptions(_ context.Context, in *pb.UpsertPropertyValuesWithOptionsRequest) (*pb.UpsertPropertyValuesWithOptionsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var values []*model.PropertyValue
	if err := decodeArg(in.Values, "values", &values); err != nil {
		return nil, err
	}
	var options model.PropertyRequestOptions
	if err := decodeArg(in.Options, "options", &options); err != nil {
		return nil, err
	}
	r0, err1 := api.UpsertPropertyValuesWithOptions(values, options)
	return &pb.UpsertPropertyValuesWithOptionsResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}

// UpsertPropertyValueWithOptions calls the plugin API's UpsertPropertyValueWithOptions (Mattermost 11.10+).
func (s *apiServer) UpsertPropertyValueWithOptions(_ context.Context, in *pb.UpsertPropertyValueWithOptionsRequest) (*pb.UpsertPropertyValueWithOptionsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var value *model.PropertyValue
	if err := decodeArg(in.Value, "value", &value); err != nil {
		return nil, err
	}
	var options model.PropertyRequestOptions
	if err := decodeArg(in.Options, "options", &options); err != nil {
		return nil, err
	}
	r0, err1 := api.UpsertPropertyValueWithOptions(value, options)
	return &pb.UpsertPropertyValueWithOptionsResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}

// DeletePropertyValueWithOptions calls the plugin API's DeletePropertyValueWithOptions (Mattermost 11.10+).
func (s *apiServer) DeletePropertyValueWithOptions(_ context.Context, in *pb.DeletePropertyValueWithOptionsRequest) (*pb.DeletePropertyValueWithOptionsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var options model.PropertyRequestOptions
	if err := decodeArg(in.Options, "options", &options); err != nil {
		return nil, err
	}
	err0 := api.DeletePropertyValueWithOptions(in.GroupId, in.ValueId, options)
	return &pb.DeletePropertyValueWithOptionsResponse{Error: errorMessage(err0)}, nil
}

// DeletePropertyValuesForTargetWithOptions calls the plugin API's DeletePropertyValuesForTargetWithOptions (Mattermost 11.10+).
func (s *apiServer) DeletePropertyValuesForTargetWithOptions(_ context.Context, in *pb.DeletePropertyValuesForTargetWithOptionsRequest) (*pb.DeletePropertyValuesForTargetWithOptionsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var options model.PropertyRequestOptions
	if err := decodeArg(in.Options, "options", &options); err != nil {
		return nil, err
	}
	err0 := api.DeletePropertyValuesForTargetWithOptions(in.GroupId, in.TargetType, in.TargetId, options)
	return &pb.DeletePropertyValuesForTargetWithOptionsResponse{Error: errorMessage(err0)}, nil
}

// DeletePropertyValuesForFieldWithOptions calls the plugin API's DeletePropertyValuesForFieldWithOptions (Mattermost 11.10+).
func (s *apiServer) DeletePropertyValuesForFieldWithOptions(_ context.Context, in *pb.DeletePropertyValuesForFieldWithOptionsRequest) (*pb.DeletePropertyValuesForFieldWithOptionsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var options model.PropertyRequestOptions
	if err := decodeArg(in.Options, "options", &options); err != nil {
		return nil, err
	}
	err0 := api.DeletePropertyValuesForFieldWithOptions(in.GroupId, in.FieldId, options)
	return &pb.DeletePropertyValuesForFieldWithOptionsResponse{Error: errorMessage(err0)}, nil
}
