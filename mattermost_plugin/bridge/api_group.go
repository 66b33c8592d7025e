// Code generated from Mattermost's plugin.API by python -m mattermost_plugin._generate; DO NOT EDIT.

package main

import (
	"context"

	"github.com/mattermost/mattermost/server/public/model"

	"mattermost-plugin/bridge/pb"
)

// GetGroup calls the plugin API's GetGroup (Mattermost 5.18+).
func (s *apiServer) GetGroup(_ context.Context, in *pb.GetGroupRequest) (*pb.GetGroupResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetGroup(in.GroupId)
	return &pb.GetGroupResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetGroupByName calls the plugin API's GetGroupByName (Mattermost 5.18+).
func (s *apiServer) GetGroupByName(_ context.Context, in *pb.GetGroupByNameRequest) (*pb.GetGroupByNameResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetGroupByName(in.Name)
	return &pb.GetGroupByNameResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetGroupMemberUsers calls the plugin API's GetGroupMemberUsers (Mattermost 5.35+).
func (s *apiServer) GetGroupMemberUsers(_ context.Context, in *pb.GetGroupMemberUsersRequest) (*pb.GetGroupMemberUsersResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetGroupMemberUsers(in.GroupId, int(in.Page), int(in.PerPage))
	return &pb.GetGroupMemberUsersResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetGroupsBySource calls the plugin API's GetGroupsBySource (Mattermost 5.35+).
func (s *apiServer) GetGroupsBySource(_ context.Context, in *pb.GetGroupsBySourceRequest) (*pb.GetGroupsBySourceResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetGroupsBySource(model.GroupSource(in.GroupSource))
	return &pb.GetGroupsBySourceResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetGroupsForUser calls the plugin API's GetGroupsForUser (Mattermost 5.18+).
func (s *apiServer) GetGroupsForUser(_ context.Context, in *pb.GetGroupsForUserRequest) (*pb.GetGroupsForUserResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetGroupsForUser(in.UserId)
	return &pb.GetGroupsForUserResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// UpsertGroupMember calls the plugin API's UpsertGroupMember (Mattermost 10.7+).
func (s *apiServer) UpsertGroupMember(_ context.Context, in *pb.UpsertGroupMemberRequest) (*pb.UpsertGroupMemberResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.UpsertGroupMember(in.GroupId, in.UserId)
	return &pb.UpsertGroupMemberResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// UpsertGroupMembers calls the plugin API's UpsertGroupMembers (Mattermost 10.7+).
func (s *apiServer) UpsertGroupMembers(_ context.Context, in *pb.UpsertGroupMembersRequest) (*pb.UpsertGroupMembersResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.UpsertGroupMembers(in.GroupId, in.UserIds)
	return &pb.UpsertGroupMembersResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetGroupByRemoteID calls the plugin API's GetGroupByRemoteID (Mattermost 10.7+).
func (s *apiServer) GetGroupByRemoteID(_ context.Context, in *pb.GetGroupByRemoteIDRequest) (*pb.GetGroupByRemoteIDResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetGroupByRemoteID(in.RemoteId, model.GroupSource(in.GroupSource))
	return &pb.GetGroupByRemoteIDResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// CreateGroup calls the plugin API's CreateGroup (Mattermost 10.7+).
func (s *apiServer) CreateGroup(_ context.Context, in *pb.CreateGroupRequest) (*pb.CreateGroupResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var group *model.Group
	if err := decodeArg(in.Group, "group", &group); err != nil {
		return nil, err
	}
	r0, err1 := api.CreateGroup(group)
	return &pb.CreateGroupResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// UpdateGroup calls the plugin API's UpdateGroup (Mattermost 10.7+).
func (s *apiServer) UpdateGroup(_ context.Context, in *pb.UpdateGroupRequest) (*pb.UpdateGroupResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var group *model.Group
	if err := decodeArg(in.Group, "group", &group); err != nil {
		return nil, err
	}
	r0, err1 := api.UpdateGroup(group)
	return &pb.UpdateGroupResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// DeleteGroup calls the plugin API's DeleteGroup (Mattermost 10.7+).
func (s *apiServer) DeleteGroup(_ context.Context, in *pb.DeleteGroupRequest) (*pb.DeleteGroupResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.DeleteGroup(in.GroupId)
	return &pb.DeleteGroupResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// RestoreGroup calls the plugin API's RestoreGroup (Mattermost 10.7+).
func (s *apiServer) RestoreGroup(_ context.Context, in *pb.RestoreGroupRequest) (*pb.RestoreGroupResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.RestoreGroup(in.GroupId)
	return &pb.RestoreGroupResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// DeleteGroupMember calls the plugin API's DeleteGroupMember (Mattermost 10.7+).
func (s *apiServer) DeleteGroupMember(_ context.Context, in *pb.DeleteGroupMemberRequest) (*pb.DeleteGroupMemberResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.DeleteGroupMember(in.GroupId, in.UserId)
	return &pb.DeleteGroupMemberResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetGroupSyncable calls the plugin API's GetGroupSyncable (Mattermost 10.7+).
func (s *apiServer) GetGroupSyncable(_ context.Context, in *pb.GetGroupSyncableRequest) (*pb.GetGroupSyncableResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetGroupSyncable(in.GroupId, in.SyncableId, model.GroupSyncableType(in.SyncableType))
	return &pb.GetGroupSyncableResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetGroupSyncables calls the plugin API's GetGroupSyncables (Mattermost 10.7+).
func (s *apiServer) GetGroupSyncables(_ context.Context, in *pb.GetGroupSyncablesRequest) (*pb.GetGroupSyncablesResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetGroupSyncables(in.GroupId, model.GroupSyncableType(in.SyncableType))
	return &pb.GetGroupSyncablesResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// UpsertGroupSyncable calls the plugin API's UpsertGroupSyncable (Mattermost 10.7+).
func (s *apiServer) UpsertGroupSyncable(_ context.Context, in *pb.UpsertGroupSyncableRequest) (*pb.UpsertGroupSyncableResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var groupSyncable *model.GroupSyncable
	if err := decodeArg(in.GroupSyncable, "group_syncable", &groupSyncable); err != nil {
		return nil, err
	}
	r0, err1 := api.UpsertGroupSyncable(groupSyncable)
	return &pb.UpsertGroupSyncableResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// UpdateGroupSyncable calls the plugin API's UpdateGroupSyncable (Mattermost 10.7+).
func (s *apiServer) UpdateGroupSyncable(_ context.Context, in *pb.UpdateGroupSyncableRequest) (*pb.UpdateGroupSyncableResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var groupSyncable *model.GroupSyncable
	if err := decodeArg(in.GroupSyncable, "group_syncable", &groupSyncable); err != nil {
		return nil, err
	}
	r0, err1 := api.UpdateGroupSyncable(groupSyncable)
	return &pb.UpdateGroupSyncableResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// DeleteGroupSyncable calls the plugin API's DeleteGroupSyncable (Mattermost 10.7+).
func (s *apiServer) DeleteGroupSyncable(_ context.Context, in *pb.DeleteGroupSyncableRequest) (*pb.DeleteGroupSyncableResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.DeleteGroupSyncable(in.GroupId, in.SyncableId, model.GroupSyncableType(in.SyncableType))
	return &pb.DeleteGroupSyncableResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetGroups calls the plugin API's GetGroups (Mattermost 10.7+).
func (s *apiServer) GetGroups(_ context.Context, in *pb.GetGroupsRequest) (*pb.GetGroupsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var opts model.GroupSearchOpts
	if err := decodeArg(in.Opts, "opts", &opts); err != nil {
		return nil, err
	}
	var viewRestrictions *model.ViewUsersRestrictions
	if err := decodeArg(in.ViewRestrictions, "view_restrictions", &viewRestrictions); err != nil {
		return nil, err
	}
	r0, err1 := api.GetGroups(int(in.Page), int(in.PerPage), opts, viewRestrictions)
	return &pb.GetGroupsResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// CreateDefaultSyncableMemberships calls the plugin API's CreateDefaultSyncableMemberships (Mattermost 10.9+).
func (s *apiServer) CreateDefaultSyncableMemberships(_ context.Context, in *pb.CreateDefaultSyncableMembershipsRequest) (*pb.CreateDefaultSyncableMembershipsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var params model.CreateDefaultMembershipParams
	if err := decodeArg(in.Params, "params", &params); err != nil {
		return nil, err
	}
	err0 := api.CreateDefaultSyncableMemberships(params)
	return &pb.CreateDefaultSyncableMembershipsResponse{Error: appErrorMessage(err0)}, nil
}

// DeleteGroupConstrainedMemberships calls the plugin API's DeleteGroupConstrainedMemberships (Mattermost 10.9+).
func (s *apiServer) DeleteGroupConstrainedMemberships(_ context.Context, in *pb.DeleteGroupConstrainedMembershipsRequest) (*pb.DeleteGroupConstrainedMembershipsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.DeleteGroupConstrainedMemberships()
	return &pb.DeleteGroupConstrainedMembershipsResponse{Error: appErrorMessage(err0)}, nil
}
