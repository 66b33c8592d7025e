// Code generated from Mattermost's plugin.API by python -m mattermost_plugin._generate; DO NOT EDIT.

package main

import (
	"context"

	"github.com/mattermost/mattermost/server/public/model"

	"mattermost-plugin/bridge/pb"
)

// CreateChannel calls the plugin API's CreateChannel (Mattermost 5.2+).
func (s *apiServer) CreateChannel(_ context.Context, in *pb.CreateChannelRequest) (*pb.CreateChannelResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var channel *model.Channel
	if err := decodeArg(in.Channel, "channel", &channel); err != nil {
		return nil, err
	}
	r0, err1 := api.CreateChannel(channel)
	return &pb.CreateChannelResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// DeleteChannel calls the plugin API's DeleteChannel (Mattermost 5.2+).
func (s *apiServer) DeleteChannel(_ context.Context, in *pb.DeleteChannelRequest) (*pb.DeleteChannelResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.DeleteChannel(in.ChannelId)
	return &pb.DeleteChannelResponse{Error: appErrorMessage(err0)}, nil
}

// RestoreChannel calls the plugin API's RestoreChannel (Mattermost 11.10+).
func (s *apiServer) RestoreChannel(_ context.Context, in *pb.RestoreChannelRequest) (*pb.RestoreChannelResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.RestoreChannel(in.ChannelId)
	return &pb.RestoreChannelResponse{Error: appErrorMessage(err0)}, nil
}

// GetChannelOfType calls the plugin API's GetChannelOfType (Mattermost 11.10+).
func (s *apiServer) GetChannelOfType(_ context.Context, in *pb.GetChannelOfTypeRequest) (*pb.GetChannelOfTypeResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetChannelOfType(in.ChannelId, model.ChannelType(in.ChannelType))
	return &pb.GetChannelOfTypeResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetPublicChannelsForTeam calls the plugin API's GetPublicChannelsForTeam (Mattermost 5.2+).
func (s *apiServer) GetPublicChannelsForTeam(_ context.Context, in *pb.GetPublicChannelsForTeamRequest) (*pb.GetPublicChannelsForTeamResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetPublicChannelsForTeam(in.TeamId, int(in.Page), int(in.PerPage))
	return &pb.GetPublicChannelsForTeamResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetChannel calls the plugin API's GetChannel (Mattermost 5.2+).
func (s *apiServer) GetChannel(_ context.Context, in *pb.GetChannelRequest) (*pb.GetChannelResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetChannel(in.ChannelId)
	return &pb.GetChannelResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetChannelByName calls the plugin API's GetChannelByName (Mattermost 5.2+).
func (s *apiServer) GetChannelByName(_ context.Context, in *pb.GetChannelByNameRequest) (*pb.GetChannelByNameResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetChannelByName(in.TeamId, in.Name, in.IncludeDeleted)
	return &pb.GetChannelByNameResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetChannelByNameForTeamName calls the plugin API's GetChannelByNameForTeamName (Mattermost 5.2+).
func (s *apiServer) GetChannelByNameForTeamName(_ context.Context, in *pb.GetChannelByNameForTeamNameRequest) (*pb.GetChannelByNameForTeamNameResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetChannelByNameForTeamName(in.TeamName, in.ChannelName, in.IncludeDeleted)
	return &pb.GetChannelByNameForTeamNameResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetChannelsForTeamForUser calls the plugin API's GetChannelsForTeamForUser (Mattermost 5.6+).
func (s *apiServer) GetChannelsForTeamForUser(_ context.Context, in *pb.GetChannelsForTeamForUserRequest) (*pb.GetChannelsForTeamForUserResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetChannelsForTeamForUser(in.TeamId, in.UserId, in.IncludeDeleted)
	return &pb.GetChannelsForTeamForUserResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetChannelStats calls the plugin API's GetChannelStats (Mattermost 5.6+).
func (s *apiServer) GetChannelStats(_ context.Context, in *pb.GetChannelStatsRequest) (*pb.GetChannelStatsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetChannelStats(in.ChannelId)
	return &pb.GetChannelStatsResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetDirectChannel calls the plugin API's GetDirectChannel (Mattermost 5.2+).
func (s *apiServer) GetDirectChannel(_ context.Context, in *pb.GetDirectChannelRequest) (*pb.GetDirectChannelResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetDirectChannel(in.UserId1, in.UserId2)
	return &pb.GetDirectChannelResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetGroupChannel calls the plugin API's GetGroupChannel (Mattermost 5.2+).
func (s *apiServer) GetGroupChannel(_ context.Context, in *pb.GetGroupChannelRequest) (*pb.GetGroupChannelResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetGroupChannel(in.UserIds)
	return &pb.GetGroupChannelResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// UpdateChannel calls the plugin API's UpdateChannel (Mattermost 5.2+).
func (s *apiServer) UpdateChannel(_ context.Context, in *pb.UpdateChannelRequest) (*pb.UpdateChannelResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var channel *model.Channel
	if err := decodeArg(in.Channel, "channel", &channel); err != nil {
		return nil, err
	}
	r0, err1 := api.UpdateChannel(channel)
	return &pb.UpdateChannelResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// RegisterChannelGuard calls the plugin API's RegisterChannelGuard (Mattermost 11.9+).
func (s *apiServer) RegisterChannelGuard(_ context.Context, in *pb.RegisterChannelGuardRequest) (*pb.RegisterChannelGuardResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.RegisterChannelGuard(in.ChannelId)
	return &pb.RegisterChannelGuardResponse{Error: appErrorMessage(err0)}, nil
}

// UnregisterChannelGuard calls the plugin API's UnregisterChannelGuard (Mattermost 11.9+).
func (s *apiServer) UnregisterChannelGuard(_ context.Context, in *pb.UnregisterChannelGuardRequest) (*pb.UnregisterChannelGuardResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.UnregisterChannelGuard(in.ChannelId)
	return &pb.UnregisterChannelGuardResponse{Error: appErrorMessage(err0)}, nil
}

// SearchChannels calls the plugin API's SearchChannels (Mattermost 5.6+).
func (s *apiServer) SearchChannels(_ context.Context, in *pb.SearchChannelsRequest) (*pb.SearchChannelsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.SearchChannels(in.TeamId, in.Term)
	return &pb.SearchChannelsResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// AddChannelMember calls the plugin API's AddChannelMember (Mattermost 5.2+).
func (s *apiServer) AddChannelMember(_ context.Context, in *pb.AddChannelMemberRequest) (*pb.AddChannelMemberResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.AddChannelMember(in.ChannelId, in.UserId)
	return &pb.AddChannelMemberResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetChannelMember calls the plugin API's GetChannelMember (Mattermost 5.2+).
func (s *apiServer) GetChannelMember(_ context.Context, in *pb.GetChannelMemberRequest) (*pb.GetChannelMemberResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetChannelMember(in.ChannelId, in.UserId)
	return &pb.GetChannelMemberResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetChannelMembers calls the plugin API's GetChannelMembers (Mattermost 5.6+).
func (s *apiServer) GetChannelMembers(_ context.Context, in *pb.GetChannelMembersRequest) (*pb.GetChannelMembersResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetChannelMembers(in.ChannelId, int(in.Page), int(in.PerPage))
	return &pb.GetChannelMembersResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetChannelMembersByIds calls the plugin API's GetChannelMembersByIds (Mattermost 5.6+).
func (s *apiServer) GetChannelMembersByIds(_ context.Context, in *pb.GetChannelMembersByIdsRequest) (*pb.GetChannelMembersByIdsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetChannelMembersByIds(in.ChannelId, in.UserIds)
	return &pb.GetChannelMembersByIdsResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetChannelMembersForUser calls the plugin API's GetChannelMembersForUser (Mattermost 5.10+).
func (s *apiServer) GetChannelMembersForUser(_ context.Context, in *pb.GetChannelMembersForUserRequest) (*pb.GetChannelMembersForUserResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetChannelMembersForUser(in.TeamId, in.UserId, int(in.Page), int(in.PerPage))
	return &pb.GetChannelMembersForUserResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// UpdateChannelMemberRoles calls the plugin API's UpdateChannelMemberRoles (Mattermost 5.2+).
func (s *apiServer) UpdateChannelMemberRoles(_ context.Context, in *pb.UpdateChannelMemberRolesRequest) (*pb.UpdateChannelMemberRolesResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.UpdateChannelMemberRoles(in.ChannelId, in.UserId, in.NewRoles)
	return &pb.UpdateChannelMemberRolesResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// UpdateChannelMemberNotifications calls the plugin API's UpdateChannelMemberNotifications (Mattermost 5.2+).
func (s *apiServer) UpdateChannelMemberNotifications(_ context.Context, in *pb.UpdateChannelMemberNotificationsRequest) (*pb.UpdateChannelMemberNotificationsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.UpdateChannelMemberNotifications(in.ChannelId, in.UserId, in.Notifications)
	return &pb.UpdateChannelMemberNotificationsResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// PatchChannelMembersNotifications calls the plugin API's PatchChannelMembersNotifications (Mattermost 9.5+).
func (s *apiServer) PatchChannelMembersNotifications(_ context.Context, in *pb.PatchChannelMembersNotificationsRequest) (*pb.PatchChannelMembersNotificationsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var members []*model.ChannelMemberIdentifier
	if err := decodeArg(in.Members, "members", &members); err != nil {
		return nil, err
	}
	err0 := api.PatchChannelMembersNotifications(members, in.NotifyProps)
	return &pb.PatchChannelMembersNotificationsResponse{Error: appErrorMessage(err0)}, nil
}

// DeleteChannelMember calls the plugin API's DeleteChannelMember (Mattermost 5.2+).
func (s *apiServer) DeleteChannelMember(_ context.Context, in *pb.DeleteChannelMemberRequest) (*pb.DeleteChannelMemberResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.DeleteChannelMember(in.ChannelId, in.UserId)
	return &pb.DeleteChannelMemberResponse{Error: appErrorMessage(err0)}, nil
}
