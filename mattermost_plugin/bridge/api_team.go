// Code generated from Mattermost's plugin.API by python -m mattermost_plugin._generate; DO NOT EDIT.

package main

import (
	"context"

	"github.com/mattermost/mattermost/server/public/model"

	"mattermost-plugin/bridge/pb"
)

// GetTeamIcon calls the plugin API's GetTeamIcon (Mattermost 5.6+).
func (s *apiServer) GetTeamIcon(_ context.Context, in *pb.GetTeamIconRequest) (*pb.GetTeamIconResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetTeamIcon(in.TeamId)
	return &pb.GetTeamIconResponse{Value: r0, Error: appErrorMessage(err1)}, nil
}

// SetTeamIcon calls the plugin API's SetTeamIcon (Mattermost 5.6+).
func (s *apiServer) SetTeamIcon(_ context.Context, in *pb.SetTeamIconRequest) (*pb.SetTeamIconResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.SetTeamIcon(in.TeamId, in.Data)
	return &pb.SetTeamIconResponse{Error: appErrorMessage(err0)}, nil
}

// RemoveTeamIcon calls the plugin API's RemoveTeamIcon (Mattermost 5.6+).
func (s *apiServer) RemoveTeamIcon(_ context.Context, in *pb.RemoveTeamIconRequest) (*pb.RemoveTeamIconResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.RemoveTeamIcon(in.TeamId)
	return &pb.RemoveTeamIconResponse{Error: appErrorMessage(err0)}, nil
}

// CreateTeam calls the plugin API's CreateTeam (Mattermost 5.2+).
func (s *apiServer) CreateTeam(_ context.Context, in *pb.CreateTeamRequest) (*pb.CreateTeamResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var team *model.Team
	if err := decodeArg(in.Team, "team", &team); err != nil {
		return nil, err
	}
	r0, err1 := api.CreateTeam(team)
	return &pb.CreateTeamResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// DeleteTeam calls the plugin API's DeleteTeam (Mattermost 5.2+).
func (s *apiServer) DeleteTeam(_ context.Context, in *pb.DeleteTeamRequest) (*pb.DeleteTeamResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.DeleteTeam(in.TeamId)
	return &pb.DeleteTeamResponse{Error: appErrorMessage(err0)}, nil
}

// GetTeams calls the plugin API's GetTeams (Mattermost 5.2+).
func (s *apiServer) GetTeams(_ context.Context, in *pb.GetTeamsRequest) (*pb.GetTeamsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetTeams()
	return &pb.GetTeamsResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetTeam calls the plugin API's GetTeam (Mattermost 5.2+).
func (s *apiServer) GetTeam(_ context.Context, in *pb.GetTeamRequest) (*pb.GetTeamResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetTeam(in.TeamId)
	return &pb.GetTeamResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetTeamByName calls the plugin API's GetTeamByName (Mattermost 5.2+).
func (s *apiServer) GetTeamByName(_ context.Context, in *pb.GetTeamByNameRequest) (*pb.GetTeamByNameResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetTeamByName(in.Name)
	return &pb.GetTeamByNameResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetTeamsUnreadForUser calls the plugin API's GetTeamsUnreadForUser (Mattermost 5.6+).
func (s *apiServer) GetTeamsUnreadForUser(_ context.Context, in *pb.GetTeamsUnreadForUserRequest) (*pb.GetTeamsUnreadForUserResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetTeamsUnreadForUser(in.UserId)
	return &pb.GetTeamsUnreadForUserResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// UpdateTeam calls the plugin API's UpdateTeam (Mattermost 5.2+).
func (s *apiServer) UpdateTeam(_ context.Context, in *pb.UpdateTeamRequest) (*pb.UpdateTeamResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var team *model.Team
	if err := decodeArg(in.Team, "team", &team); err != nil {
		return nil, err
	}
	r0, err1 := api.UpdateTeam(team)
	return &pb.UpdateTeamResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// SearchTeams calls the plugin API's SearchTeams (Mattermost 5.8+).
func (s *apiServer) SearchTeams(_ context.Context, in *pb.SearchTeamsRequest) (*pb.SearchTeamsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.SearchTeams(in.Term)
	return &pb.SearchTeamsResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetTeamsForUser calls the plugin API's GetTeamsForUser (Mattermost 5.6+).
func (s *apiServer) GetTeamsForUser(_ context.Context, in *pb.GetTeamsForUserRequest) (*pb.GetTeamsForUserResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetTeamsForUser(in.UserId)
	return &pb.GetTeamsForUserResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// CreateTeamMember calls the plugin API's CreateTeamMember (Mattermost 5.2+).
func (s *apiServer) CreateTeamMember(_ context.Context, in *pb.CreateTeamMemberRequest) (*pb.CreateTeamMemberResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.CreateTeamMember(in.TeamId, in.UserId)
	return &pb.CreateTeamMemberResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// CreateTeamMembers calls the plugin API's CreateTeamMembers (Mattermost 5.2+).
func (s *apiServer) CreateTeamMembers(_ context.Context, in *pb.CreateTeamMembersRequest) (*pb.CreateTeamMembersResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.CreateTeamMembers(in.TeamId, in.UserIds, in.RequestorId)
	return &pb.CreateTeamMembersResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// CreateTeamMembersGracefully calls the plugin API's CreateTeamMembersGracefully (Mattermost 5.20+).
func (s *apiServer) CreateTeamMembersGracefully(_ context.Context, in *pb.CreateTeamMembersGracefullyRequest) (*pb.CreateTeamMembersGracefullyResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.CreateTeamMembersGracefully(in.TeamId, in.UserIds, in.RequestorId)
	return &pb.CreateTeamMembersGracefullyResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// DeleteTeamMember calls the plugin API's DeleteTeamMember (Mattermost 5.2+).
func (s *apiServer) DeleteTeamMember(_ context.Context, in *pb.DeleteTeamMemberRequest) (*pb.DeleteTeamMemberResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.DeleteTeamMember(in.TeamId, in.UserId, in.RequestorId)
	return &pb.DeleteTeamMemberResponse{Error: appErrorMessage(err0)}, nil
}

// GetTeamMembers calls the plugin API's GetTeamMembers (Mattermost 5.2+).
func (s *apiServer) GetTeamMembers(_ context.Context, in *pb.GetTeamMembersRequest) (*pb.GetTeamMembersResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetTeamMembers(in.TeamId, int(in.Page), int(in.PerPage))
	return &pb.GetTeamMembersResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetTeamMember calls the plugin API's GetTeamMember (Mattermost 5.2+).
func (s *apiServer) GetTeamMember(_ context.Context, in *pb.GetTeamMemberRequest) (*pb.GetTeamMemberResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetTeamMember(in.TeamId, in.UserId)
	return &pb.GetTeamMemberResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetTeamMembersForUser calls the plugin API's GetTeamMembersForUser (Mattermost 5.10+).
func (s *apiServer) GetTeamMembersForUser(_ context.Context, in *pb.GetTeamMembersForUserRequest) (*pb.GetTeamMembersForUserResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetTeamMembersForUser(in.UserId, int(in.Page), int(in.PerPage))
	return &pb.GetTeamMembersForUserResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// UpdateTeamMemberRoles calls the plugin API's UpdateTeamMemberRoles (Mattermost 5.2+).
func (s *apiServer) UpdateTeamMemberRoles(_ context.Context, in *pb.UpdateTeamMemberRolesRequest) (*pb.UpdateTeamMemberRolesResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.UpdateTeamMemberRoles(in.TeamId, in.UserId, in.NewRoles)
	return &pb.UpdateTeamMemberRolesResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetTeamStats calls the plugin API's GetTeamStats (Mattermost 5.8+).
func (s *apiServer) GetTeamStats(_ context.Context, in *pb.GetTeamStatsRequest) (*pb.GetTeamStatsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetTeamStats(in.TeamId)
	return &pb.GetTeamStatsResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// UpdateUserRoles calls the plugin API's UpdateUserRoles (Mattermost 9.8+).
func (s *apiServer) UpdateUserRoles(_ context.Context, in *pb.UpdateUserRolesRequest) (*pb.UpdateUserRolesResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.UpdateUserRoles(in.UserId, in.NewRoles)
	return &pb.UpdateUserRolesResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}
