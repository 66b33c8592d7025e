// Code generated from Mattermost's plugin.API by python -m mattermost_plugin._generate; DO NOT EDIT.

package main

import (
	"context"

	"github.com/mattermost/mattermost/server/public/model"

	"mattermost-plugin/bridge/pb"
)

// CreateUser calls the plugin API's CreateUser (Mattermost 5.2+).
func (s *apiServer) CreateUser(_ context.Context, in *pb.CreateUserRequest) (*pb.CreateUserResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var user *model.User
	if err := decodeArg(in.User, "user", &user); err != nil {
		return nil, err
	}
	r0, err1 := api.CreateUser(user)
	return &pb.CreateUserResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// DeleteUser calls the plugin API's DeleteUser (Mattermost 5.2+).
func (s *apiServer) DeleteUser(_ context.Context, in *pb.DeleteUserRequest) (*pb.DeleteUserResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.DeleteUser(in.UserId)
	return &pb.DeleteUserResponse{Error: appErrorMessage(err0)}, nil
}

// GetUsers calls the plugin API's GetUsers (Mattermost 5.10+).
func (s *apiServer) GetUsers(_ context.Context, in *pb.GetUsersRequest) (*pb.GetUsersResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var options *model.UserGetOptions
	if err := decodeArg(in.Options, "options", &options); err != nil {
		return nil, err
	}
	r0, err1 := api.GetUsers(options)
	return &pb.GetUsersResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetUsersByIds calls the plugin API's GetUsersByIds (Mattermost 9.8+).
func (s *apiServer) GetUsersByIds(_ context.Context, in *pb.GetUsersByIdsRequest) (*pb.GetUsersByIdsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetUsersByIds(in.UserIds)
	return &pb.GetUsersByIdsResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetUser calls the plugin API's GetUser (Mattermost 5.2+).
func (s *apiServer) GetUser(_ context.Context, in *pb.GetUserRequest) (*pb.GetUserResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetUser(in.UserId)
	return &pb.GetUserResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetUserByEmail calls the plugin API's GetUserByEmail (Mattermost 5.2+).
func (s *apiServer) GetUserByEmail(_ context.Context, in *pb.GetUserByEmailRequest) (*pb.GetUserByEmailResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetUserByEmail(in.Email)
	return &pb.GetUserByEmailResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetUserByUsername calls the plugin API's GetUserByUsername (Mattermost 5.2+).
func (s *apiServer) GetUserByUsername(_ context.Context, in *pb.GetUserByUsernameRequest) (*pb.GetUserByUsernameResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetUserByUsername(in.Name)
	return &pb.GetUserByUsernameResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetUsersByUsernames calls the plugin API's GetUsersByUsernames (Mattermost 5.6+).
func (s *apiServer) GetUsersByUsernames(_ context.Context, in *pb.GetUsersByUsernamesRequest) (*pb.GetUsersByUsernamesResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetUsersByUsernames(in.Usernames)
	return &pb.GetUsersByUsernamesResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetUsersInTeam calls the plugin API's GetUsersInTeam (Mattermost 5.6+).
func (s *apiServer) GetUsersInTeam(_ context.Context, in *pb.GetUsersInTeamRequest) (*pb.GetUsersInTeamResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetUsersInTeam(in.TeamId, int(in.Page), int(in.PerPage))
	return &pb.GetUsersInTeamResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetPreferenceForUser calls the plugin API's GetPreferenceForUser (Mattermost 9.5+).
func (s *apiServer) GetPreferenceForUser(_ context.Context, in *pb.GetPreferenceForUserRequest) (*pb.GetPreferenceForUserResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetPreferenceForUser(in.UserId, in.Category, in.Name)
	return &pb.GetPreferenceForUserResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetPreferencesForUser calls the plugin API's GetPreferencesForUser (Mattermost 5.26+).
func (s *apiServer) GetPreferencesForUser(_ context.Context, in *pb.GetPreferencesForUserRequest) (*pb.GetPreferencesForUserResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetPreferencesForUser(in.UserId)
	return &pb.GetPreferencesForUserResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// UpdatePreferencesForUser calls the plugin API's UpdatePreferencesForUser (Mattermost 5.26+).
func (s *apiServer) UpdatePreferencesForUser(_ context.Context, in *pb.UpdatePreferencesForUserRequest) (*pb.UpdatePreferencesForUserResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var preferences []model.Preference
	if err := decodeArg(in.Preferences, "preferences", &preferences); err != nil {
		return nil, err
	}
	err0 := api.UpdatePreferencesForUser(in.UserId, preferences)
	return &pb.UpdatePreferencesForUserResponse{Error: appErrorMessage(err0)}, nil
}

// DeletePreferencesForUser calls the plugin API's DeletePreferencesForUser (Mattermost 5.26+).
func (s *apiServer) DeletePreferencesForUser(_ context.Context, in *pb.DeletePreferencesForUserRequest) (*pb.DeletePreferencesForUserResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var preferences []model.Preference
	if err := decodeArg(in.Preferences, "preferences", &preferences); err != nil {
		return nil, err
	}
	err0 := api.DeletePreferencesForUser(in.UserId, preferences)
	return &pb.DeletePreferencesForUserResponse{Error: appErrorMessage(err0)}, nil
}

// CreateSession calls the plugin API's CreateSession (Mattermost 6.2+).
func (s *apiServer) CreateSession(_ context.Context, in *pb.CreateSessionRequest) (*pb.CreateSessionResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var session *model.Session
	if err := decodeArg(in.Session, "session", &session); err != nil {
		return nil, err
	}
	r0, err1 := api.CreateSession(session)
	return &pb.CreateSessionResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// ExtendSessionExpiry calls the plugin API's ExtendSessionExpiry (Mattermost 6.2+).
func (s *apiServer) ExtendSessionExpiry(_ context.Context, in *pb.ExtendSessionExpiryRequest) (*pb.ExtendSessionExpiryResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.ExtendSessionExpiry(in.SessionId, in.NewExpiry)
	return &pb.ExtendSessionExpiryResponse{Error: appErrorMessage(err0)}, nil
}

// RevokeSession calls the plugin API's RevokeSession (Mattermost 6.2+).
func (s *apiServer) RevokeSession(_ context.Context, in *pb.RevokeSessionRequest) (*pb.RevokeSessionResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.RevokeSession(in.SessionId)
	return &pb.RevokeSessionResponse{Error: appErrorMessage(err0)}, nil
}

// CreateUserAccessToken calls the plugin API's CreateUserAccessToken (Mattermost 5.38+).
func (s *apiServer) CreateUserAccessToken(_ context.Context, in *pb.CreateUserAccessTokenRequest) (*pb.CreateUserAccessTokenResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var token *model.UserAccessToken
	if err := decodeArg(in.Token, "token", &token); err != nil {
		return nil, err
	}
	r0, err1 := api.CreateUserAccessToken(token)
	return &pb.CreateUserAccessTokenResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// RevokeUserAccessToken calls the plugin API's RevokeUserAccessToken (Mattermost 5.38+).
func (s *apiServer) RevokeUserAccessToken(_ context.Context, in *pb.RevokeUserAccessTokenRequest) (*pb.RevokeUserAccessTokenResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.RevokeUserAccessToken(in.TokenId)
	return &pb.RevokeUserAccessTokenResponse{Error: appErrorMessage(err0)}, nil
}

// UpdateUser calls the plugin API's UpdateUser (Mattermost 5.2+).
func (s *apiServer) UpdateUser(_ context.Context, in *pb.UpdateUserRequest) (*pb.UpdateUserResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var user *model.User
	if err := decodeArg(in.User, "user", &user); err != nil {
		return nil, err
	}
	r0, err1 := api.UpdateUser(user)
	return &pb.UpdateUserResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetUserStatus calls the plugin API's GetUserStatus (Mattermost 5.2+).
func (s *apiServer) GetUserStatus(_ context.Context, in *pb.GetUserStatusRequest) (*pb.GetUserStatusResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetUserStatus(in.UserId)
	return &pb.GetUserStatusResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetUserStatusesByIds calls the plugin API's GetUserStatusesByIds (Mattermost 5.2+).
func (s *apiServer) GetUserStatusesByIds(_ context.Context, in *pb.GetUserStatusesByIdsRequest) (*pb.GetUserStatusesByIdsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetUserStatusesByIds(in.UserIds)
	return &pb.GetUserStatusesByIdsResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// UpdateUserStatus calls the plugin API's UpdateUserStatus (Mattermost 5.2+).
func (s *apiServer) UpdateUserStatus(_ context.Context, in *pb.UpdateUserStatusRequest) (*pb.UpdateUserStatusResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.UpdateUserStatus(in.UserId, in.Status)
	return &pb.UpdateUserStatusResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// SetUserStatusTimedDND calls the plugin API's SetUserStatusTimedDND (Mattermost 5.35+).
func (s *apiServer) SetUserStatusTimedDND(_ context.Context, in *pb.SetUserStatusTimedDNDRequest) (*pb.SetUserStatusTimedDNDResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.SetUserStatusTimedDND(in.UserId, in.Endtime)
	return &pb.SetUserStatusTimedDNDResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// UpdateUserActive calls the plugin API's UpdateUserActive (Mattermost 5.8+).
func (s *apiServer) UpdateUserActive(_ context.Context, in *pb.UpdateUserActiveRequest) (*pb.UpdateUserActiveResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.UpdateUserActive(in.UserId, in.Active)
	return &pb.UpdateUserActiveResponse{Error: appErrorMessage(err0)}, nil
}

// UpdateUserCustomStatus calls the plugin API's UpdateUserCustomStatus (Mattermost 6.2+).
func (s *apiServer) UpdateUserCustomStatus(_ context.Context, in *pb.UpdateUserCustomStatusRequest) (*pb.UpdateUserCustomStatusResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var customStatus *model.CustomStatus
	if err := decodeArg(in.CustomStatus, "custom_status", &customStatus); err != nil {
		return nil, err
	}
	err0 := api.UpdateUserCustomStatus(in.UserId, customStatus)
	return &pb.UpdateUserCustomStatusResponse{Error: appErrorMessage(err0)}, nil
}

// RemoveUserCustomStatus calls the plugin API's RemoveUserCustomStatus (Mattermost 6.2+).
func (s *apiServer) RemoveUserCustomStatus(_ context.Context, in *pb.RemoveUserCustomStatusRequest) (*pb.RemoveUserCustomStatusResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.RemoveUserCustomStatus(in.UserId)
	return &pb.RemoveUserCustomStatusResponse{Error: appErrorMessage(err0)}, nil
}

// GetUsersInChannel calls the plugin API's GetUsersInChannel (Mattermost 5.6+).
func (s *apiServer) GetUsersInChannel(_ context.Context, in *pb.GetUsersInChannelRequest) (*pb.GetUsersInChannelResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetUsersInChannel(in.ChannelId, in.SortBy, int(in.Page), int(in.PerPage))
	return &pb.GetUsersInChannelResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetLDAPUserAttributes calls the plugin API's GetLDAPUserAttributes (Mattermost 5.3+).
func (s *apiServer) GetLDAPUserAttributes(_ context.Context, in *pb.GetLDAPUserAttributesRequest) (*pb.GetLDAPUserAttributesResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetLDAPUserAttributes(in.UserId, in.Attributes)
	return &pb.GetLDAPUserAttributesResponse{Value: r0, Error: appErrorMessage(err1)}, nil
}

// SearchUsers calls the plugin API's SearchUsers (Mattermost 5.6+).
func (s *apiServer) SearchUsers(_ context.Context, in *pb.SearchUsersRequest) (*pb.SearchUsersResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var search *model.UserSearch
	if err := decodeArg(in.Search, "search", &search); err != nil {
		return nil, err
	}
	r0, err1 := api.SearchUsers(search)
	return &pb.SearchUsersResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// AddUserToChannel calls the plugin API's AddUserToChannel (Mattermost 5.18+).
func (s *apiServer) AddUserToChannel(_ context.Context, in *pb.AddUserToChannelRequest) (*pb.AddUserToChannelResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.AddUserToChannel(in.ChannelId, in.UserId, in.AsUserId)
	return &pb.AddUserToChannelResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetProfileImage calls the plugin API's GetProfileImage (Mattermost 5.6+).
func (s *apiServer) GetProfileImage(_ context.Context, in *pb.GetProfileImageRequest) (*pb.GetProfileImageResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetProfileImage(in.UserId)
	return &pb.GetProfileImageResponse{Value: r0, Error: appErrorMessage(err1)}, nil
}

// SetProfileImage calls the plugin API's SetProfileImage (Mattermost 5.6+).
func (s *apiServer) SetProfileImage(_ context.Context, in *pb.SetProfileImageRequest) (*pb.SetProfileImageResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.SetProfileImage(in.UserId, in.Data)
	return &pb.SetProfileImageResponse{Error: appErrorMessage(err0)}, nil
}

// HasPermissionTo calls the plugin API's HasPermissionTo (Mattermost 5.3+).
func (s *apiServer) HasPermissionTo(_ context.Context, in *pb.HasPermissionToRequest) (*pb.HasPermissionToResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var permission *model.Permission
	if err := decodeArg(in.Permission, "permission", &permission); err != nil {
		return nil, err
	}
	r0 := api.HasPermissionTo(in.UserId, permission)
	return &pb.HasPermissionToResponse{Value: r0}, nil
}

// HasPermissionToTeam calls the plugin API's HasPermissionToTeam (Mattermost 5.3+).
func (s *apiServer) HasPermissionToTeam(_ context.Context, in *pb.HasPermissionToTeamRequest) (*pb.HasPermissionToTeamResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var permission *model.Permission
	if err := decodeArg(in.Permission, "permission", &permission); err != nil {
		return nil, err
	}
	r0 := api.HasPermissionToTeam(in.UserId, in.TeamId, permission)
	return &pb.HasPermissionToTeamResponse{Value: r0}, nil
}

// HasPermissionToChannel calls the plugin API's HasPermissionToChannel (Mattermost 5.3+).
func (s *apiServer) HasPermissionToChannel(_ context.Context, in *pb.HasPermissionToChannelRequest) (*pb.HasPermissionToChannelResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var permission *model.Permission
	if err := decodeArg(in.Permission, "permission", &permission); err != nil {
		return nil, err
	}
	r0 := api.HasPermissionToChannel(in.UserId, in.ChannelId, permission)
	return &pb.HasPermissionToChannelResponse{Value: r0}, nil
}

// PublishUserTyping calls the plugin API's PublishUserTyping (Mattermost 5.26+).
func (s *apiServer) PublishUserTyping(_ context.Context, in *pb.PublishUserTypingRequest) (*pb.PublishUserTypingResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.PublishUserTyping(in.UserId, in.ChannelId, in.ParentId)
	return &pb.PublishUserTypingResponse{Error: appErrorMessage(err0)}, nil
}

// UpdateUserAuth calls the plugin API's UpdateUserAuth (Mattermost 9.3+).
func (s *apiServer) UpdateUserAuth(_ context.Context, in *pb.UpdateUserAuthRequest) (*pb.UpdateUserAuthResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var userAuth *model.UserAuth
	if err := decodeArg(in.UserAuth, "user_auth", &userAuth); err != nil {
		return nil, err
	}
	r0, err1 := api.UpdateUserAuth(in.UserId, userAuth)
	return &pb.UpdateUserAuthResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}
