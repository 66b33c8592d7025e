// Code generated from Mattermost's plugin.API by python -m mattermost_plugin._generate; DO NOT EDIT.

package main

import (
	"context"

	"github.com/mattermost/mattermost/server/public/model"

	"mattermost-plugin/bridge/pb"
)

// EvaluateAccessControl calls the plugin API's EvaluateAccessControl (Mattermost 11.10+).
func (s *apiServer) EvaluateAccessControl(_ context.Context, in *pb.EvaluateAccessControlRequest) (*pb.EvaluateAccessControlResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.EvaluateAccessControl(in.UserId, in.ResourceType, in.ResourceId, in.Action)
	return &pb.EvaluateAccessControlResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// SaveAccessControlPolicy calls the plugin API's SaveAccessControlPolicy (Mattermost 11.10+).
func (s *apiServer) SaveAccessControlPolicy(_ context.Context, in *pb.SaveAccessControlPolicyRequest) (*pb.SaveAccessControlPolicyResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var policy *model.AccessControlPolicy
	if err := decodeArg(in.Policy, "policy", &policy); err != nil {
		return nil, err
	}
	r0, err1 := api.SaveAccessControlPolicy(in.ActingUserId, policy)
	return &pb.SaveAccessControlPolicyResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetAccessControlPolicy calls the plugin API's GetAccessControlPolicy (Mattermost 11.10+).
func (s *apiServer) GetAccessControlPolicy(_ context.Context, in *pb.GetAccessControlPolicyRequest) (*pb.GetAccessControlPolicyResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetAccessControlPolicy(in.Id)
	return &pb.GetAccessControlPolicyResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// DeleteAccessControlPolicy calls the plugin API's DeleteAccessControlPolicy (Mattermost 11.10+).
func (s *apiServer) DeleteAccessControlPolicy(_ context.Context, in *pb.DeleteAccessControlPolicyRequest) (*pb.DeleteAccessControlPolicyResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.DeleteAccessControlPolicy(in.ActingUserId, in.ResourceType, in.Id)
	return &pb.DeleteAccessControlPolicyResponse{Error: appErrorMessage(err0)}, nil
}

// CheckAccessControlExpression calls the plugin API's CheckAccessControlExpression (Mattermost 11.10+).
func (s *apiServer) CheckAccessControlExpression(_ context.Context, in *pb.CheckAccessControlExpressionRequest) (*pb.CheckAccessControlExpressionResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.CheckAccessControlExpression(in.ActingUserId, in.ResourceType, in.Expression)
	return &pb.CheckAccessControlExpressionResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// QueryUsersForAccessControlExpression calls the plugin API's QueryUsersForAccessControlExpression (Mattermost 11.10+).
func (s *apiServer) QueryUsersForAccessControlExpression(_ context.Context, in *pb.QueryUsersForAccessControlExpressionRequest) (*pb.QueryUsersForAccessControlExpressionResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.QueryUsersForAccessControlExpression(in.ActingUserId, in.ResourceType, in.Expression, in.Term, in.CursorId, int(in.Limit))
	return &pb.QueryUsersForAccessControlExpressionResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetAccessControlFieldsAutocomplete calls the plugin API's GetAccessControlFieldsAutocomplete (Mattermost 11.10+).
func (s *apiServer) GetAccessControlFieldsAutocomplete(_ context.Context, in *pb.GetAccessControlFieldsAutocompleteRequest) (*pb.GetAccessControlFieldsAutocompleteResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetAccessControlFieldsAutocomplete(in.ActingUserId, in.After, int(in.Limit))
	return &pb.GetAccessControlFieldsAutocompleteResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetAccessControlVisualAST calls the plugin API's GetAccessControlVisualAST (Mattermost 11.10+).
func (s *apiServer) GetAccessControlVisualAST(_ context.Context, in *pb.GetAccessControlVisualASTRequest) (*pb.GetAccessControlVisualASTResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetAccessControlVisualAST(in.ActingUserId, in.ResourceType, in.Expression)
	return &pb.GetAccessControlVisualASTResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}
