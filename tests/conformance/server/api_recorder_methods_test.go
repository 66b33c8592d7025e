// Code generated from Mattermost's plugin.API by python -m mattermost_plugin._generate; DO NOT EDIT.

package server

// Every method of plugin.API on apiRecorder (api_recorder_test.go): each hands its
// name and arguments to call and returns what the recorder answers, typed.

import (
	"io"
	"net/http"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/shared/mlog"
)

func (recorder *apiRecorder) LoadPluginConfiguration(dest any) error {
	answers := recorder.call("LoadPluginConfiguration", dest)
	return answer[error](answers, 0)
}

func (recorder *apiRecorder) RegisterCommand(command *model.Command) error {
	answers := recorder.call("RegisterCommand", command)
	return answer[error](answers, 0)
}

func (recorder *apiRecorder) UnregisterCommand(teamID string, trigger string) error {
	answers := recorder.call("UnregisterCommand", teamID, trigger)
	return answer[error](answers, 0)
}

func (recorder *apiRecorder) ExecuteSlashCommand(commandArgs *model.CommandArgs) (*model.CommandResponse, error) {
	answers := recorder.call("ExecuteSlashCommand", commandArgs)
	return answer[*model.CommandResponse](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) GetConfig() *model.Config {
	answers := recorder.call("GetConfig")
	return answer[*model.Config](answers, 0)
}

func (recorder *apiRecorder) GetUnsanitizedConfig() *model.Config {
	answers := recorder.call("GetUnsanitizedConfig")
	return answer[*model.Config](answers, 0)
}

func (recorder *apiRecorder) SaveConfig(config *model.Config) *model.AppError {
	answers := recorder.call("SaveConfig", config)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) GetPluginConfig() map[string]any {
	answers := recorder.call("GetPluginConfig")
	return answer[map[string]any](answers, 0)
}

func (recorder *apiRecorder) SavePluginConfig(config map[string]any) *model.AppError {
	answers := recorder.call("SavePluginConfig", config)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) GetBundlePath() (string, error) {
	answers := recorder.call("GetBundlePath")
	return answer[string](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) GetLicense() *model.License {
	answers := recorder.call("GetLicense")
	return answer[*model.License](answers, 0)
}

func (recorder *apiRecorder) IsEnterpriseReady() bool {
	answers := recorder.call("IsEnterpriseReady")
	return answer[bool](answers, 0)
}

func (recorder *apiRecorder) GetServerVersion() string {
	answers := recorder.call("GetServerVersion")
	return answer[string](answers, 0)
}

func (recorder *apiRecorder) GetSystemInstallDate() (int64, *model.AppError) {
	answers := recorder.call("GetSystemInstallDate")
	return answer[int64](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetDiagnosticId() string {
	answers := recorder.call("GetDiagnosticId")
	return answer[string](answers, 0)
}

func (recorder *apiRecorder) GetTelemetryId() string {
	answers := recorder.call("GetTelemetryId")
	return answer[string](answers, 0)
}

func (recorder *apiRecorder) CreateUser(user *model.User) (*model.User, *model.AppError) {
	answers := recorder.call("CreateUser", user)
	return answer[*model.User](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) DeleteUser(userID string) *model.AppError {
	answers := recorder.call("DeleteUser", userID)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) GetUsers(options *model.UserGetOptions) ([]*model.User, *model.AppError) {
	answers := recorder.call("GetUsers", options)
	return answer[[]*model.User](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetUsersByIds(userIDs []string) ([]*model.User, *model.AppError) {
	answers := recorder.call("GetUsersByIds", userIDs)
	return answer[[]*model.User](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetUser(userID string) (*model.User, *model.AppError) {
	answers := recorder.call("GetUser", userID)
	return answer[*model.User](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetUserByEmail(email string) (*model.User, *model.AppError) {
	answers := recorder.call("GetUserByEmail", email)
	return answer[*model.User](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetUserByUsername(name string) (*model.User, *model.AppError) {
	answers := recorder.call("GetUserByUsername", name)
	return answer[*model.User](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetUsersByUsernames(usernames []string) ([]*model.User, *model.AppError) {
	answers := recorder.call("GetUsersByUsernames", usernames)
	return answer[[]*model.User](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetUsersInTeam(teamID string, page int, perPage int) ([]*model.User, *model.AppError) {
	answers := recorder.call("GetUsersInTeam", teamID, page, perPage)
	return answer[[]*model.User](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetPreferenceForUser(userID string, category string, name string) (model.Preference, *model.AppError) {
	answers := recorder.call("GetPreferenceForUser", userID, category, name)
	return answer[model.Preference](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetPreferencesForUser(userID string) ([]model.Preference, *model.AppError) {
	answers := recorder.call("GetPreferencesForUser", userID)
	return answer[[]model.Preference](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) UpdatePreferencesForUser(userID string, preferences []model.Preference) *model.AppError {
	answers := recorder.call("UpdatePreferencesForUser", userID, preferences)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) DeletePreferencesForUser(userID string, preferences []model.Preference) *model.AppError {
	answers := recorder.call("DeletePreferencesForUser", userID, preferences)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) GetSession(sessionID string) (*model.Session, *model.AppError) {
	answers := recorder.call("GetSession", sessionID)
	return answer[*model.Session](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) CreateSession(session *model.Session) (*model.Session, *model.AppError) {
	answers := recorder.call("CreateSession", session)
	return answer[*model.Session](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) ExtendSessionExpiry(sessionID string, newExpiry int64) *model.AppError {
	answers := recorder.call("ExtendSessionExpiry", sessionID, newExpiry)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) RevokeSession(sessionID string) *model.AppError {
	answers := recorder.call("RevokeSession", sessionID)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) CreateUserAccessToken(token *model.UserAccessToken) (*model.UserAccessToken, *model.AppError) {
	answers := recorder.call("CreateUserAccessToken", token)
	return answer[*model.UserAccessToken](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) RevokeUserAccessToken(tokenID string) *model.AppError {
	answers := recorder.call("RevokeUserAccessToken", tokenID)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) GetTeamIcon(teamID string) ([]byte, *model.AppError) {
	answers := recorder.call("GetTeamIcon", teamID)
	return answer[[]byte](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) SetTeamIcon(teamID string, data []byte) *model.AppError {
	answers := recorder.call("SetTeamIcon", teamID, data)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) RemoveTeamIcon(teamID string) *model.AppError {
	answers := recorder.call("RemoveTeamIcon", teamID)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) UpdateUser(user *model.User) (*model.User, *model.AppError) {
	answers := recorder.call("UpdateUser", user)
	return answer[*model.User](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetUserStatus(userID string) (*model.Status, *model.AppError) {
	answers := recorder.call("GetUserStatus", userID)
	return answer[*model.Status](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetUserStatusesByIds(userIds []string) ([]*model.Status, *model.AppError) {
	answers := recorder.call("GetUserStatusesByIds", userIds)
	return answer[[]*model.Status](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) UpdateUserStatus(userID string, status string) (*model.Status, *model.AppError) {
	answers := recorder.call("UpdateUserStatus", userID, status)
	return answer[*model.Status](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) SetUserStatusTimedDND(userId string, endtime int64) (*model.Status, *model.AppError) {
	answers := recorder.call("SetUserStatusTimedDND", userId, endtime)
	return answer[*model.Status](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) UpdateUserActive(userID string, active bool) *model.AppError {
	answers := recorder.call("UpdateUserActive", userID, active)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) UpdateUserCustomStatus(userID string, customStatus *model.CustomStatus) *model.AppError {
	answers := recorder.call("UpdateUserCustomStatus", userID, customStatus)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) RemoveUserCustomStatus(userID string) *model.AppError {
	answers := recorder.call("RemoveUserCustomStatus", userID)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) GetUsersInChannel(channelID string, sortBy string, page int, perPage int) ([]*model.User, *model.AppError) {
	answers := recorder.call("GetUsersInChannel", channelID, sortBy, page, perPage)
	return answer[[]*model.User](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetLDAPUserAttributes(userID string, attributes []string) (map[string]string, *model.AppError) {
	answers := recorder.call("GetLDAPUserAttributes", userID, attributes)
	return answer[map[string]string](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) CreateTeam(team *model.Team) (*model.Team, *model.AppError) {
	answers := recorder.call("CreateTeam", team)
	return answer[*model.Team](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) DeleteTeam(teamID string) *model.AppError {
	answers := recorder.call("DeleteTeam", teamID)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) GetTeams() ([]*model.Team, *model.AppError) {
	answers := recorder.call("GetTeams")
	return answer[[]*model.Team](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetTeam(teamID string) (*model.Team, *model.AppError) {
	answers := recorder.call("GetTeam", teamID)
	return answer[*model.Team](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetTeamByName(name string) (*model.Team, *model.AppError) {
	answers := recorder.call("GetTeamByName", name)
	return answer[*model.Team](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetTeamsUnreadForUser(userID string) ([]*model.TeamUnread, *model.AppError) {
	answers := recorder.call("GetTeamsUnreadForUser", userID)
	return answer[[]*model.TeamUnread](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) UpdateTeam(team *model.Team) (*model.Team, *model.AppError) {
	answers := recorder.call("UpdateTeam", team)
	return answer[*model.Team](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) SearchTeams(term string) ([]*model.Team, *model.AppError) {
	answers := recorder.call("SearchTeams", term)
	return answer[[]*model.Team](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetTeamsForUser(userID string) ([]*model.Team, *model.AppError) {
	answers := recorder.call("GetTeamsForUser", userID)
	return answer[[]*model.Team](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) CreateTeamMember(teamID string, userID string) (*model.TeamMember, *model.AppError) {
	answers := recorder.call("CreateTeamMember", teamID, userID)
	return answer[*model.TeamMember](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) CreateTeamMembers(teamID string, userIds []string, requestorId string) ([]*model.TeamMember, *model.AppError) {
	answers := recorder.call("CreateTeamMembers", teamID, userIds, requestorId)
	return answer[[]*model.TeamMember](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) CreateTeamMembersGracefully(teamID string, userIds []string, requestorId string) ([]*model.TeamMemberWithError, *model.AppError) {
	answers := recorder.call("CreateTeamMembersGracefully", teamID, userIds, requestorId)
	return answer[[]*model.TeamMemberWithError](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) DeleteTeamMember(teamID string, userID string, requestorId string) *model.AppError {
	answers := recorder.call("DeleteTeamMember", teamID, userID, requestorId)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) GetTeamMembers(teamID string, page int, perPage int) ([]*model.TeamMember, *model.AppError) {
	answers := recorder.call("GetTeamMembers", teamID, page, perPage)
	return answer[[]*model.TeamMember](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetTeamMember(teamID string, userID string) (*model.TeamMember, *model.AppError) {
	answers := recorder.call("GetTeamMember", teamID, userID)
	return answer[*model.TeamMember](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetTeamMembersForUser(userID string, page int, perPage int) ([]*model.TeamMember, *model.AppError) {
	answers := recorder.call("GetTeamMembersForUser", userID, page, perPage)
	return answer[[]*model.TeamMember](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) UpdateTeamMemberRoles(teamID string, userID string, newRoles string) (*model.TeamMember, *model.AppError) {
	answers := recorder.call("UpdateTeamMemberRoles", teamID, userID, newRoles)
	return answer[*model.TeamMember](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) CreateChannel(channel *model.Channel) (*model.Channel, *model.AppError) {
	answers := recorder.call("CreateChannel", channel)
	return answer[*model.Channel](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) DeleteChannel(channelId string) *model.AppError {
	answers := recorder.call("DeleteChannel", channelId)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) RestoreChannel(channelId string) *model.AppError {
	answers := recorder.call("RestoreChannel", channelId)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) GetChannelOfType(channelId string, channelType model.ChannelType) (*model.Channel, *model.AppError) {
	answers := recorder.call("GetChannelOfType", channelId, channelType)
	return answer[*model.Channel](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetPublicChannelsForTeam(teamID string, page int, perPage int) ([]*model.Channel, *model.AppError) {
	answers := recorder.call("GetPublicChannelsForTeam", teamID, page, perPage)
	return answer[[]*model.Channel](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetChannel(channelId string) (*model.Channel, *model.AppError) {
	answers := recorder.call("GetChannel", channelId)
	return answer[*model.Channel](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetChannelByName(teamID string, name string, includeDeleted bool) (*model.Channel, *model.AppError) {
	answers := recorder.call("GetChannelByName", teamID, name, includeDeleted)
	return answer[*model.Channel](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetChannelByNameForTeamName(teamName string, channelName string, includeDeleted bool) (*model.Channel, *model.AppError) {
	answers := recorder.call("GetChannelByNameForTeamName", teamName, channelName, includeDeleted)
	return answer[*model.Channel](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetChannelsForTeamForUser(teamID string, userID string, includeDeleted bool) ([]*model.Channel, *model.AppError) {
	answers := recorder.call("GetChannelsForTeamForUser", teamID, userID, includeDeleted)
	return answer[[]*model.Channel](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetChannelStats(channelId string) (*model.ChannelStats, *model.AppError) {
	answers := recorder.call("GetChannelStats", channelId)
	return answer[*model.ChannelStats](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetDirectChannel(userId1 string, userId2 string) (*model.Channel, *model.AppError) {
	answers := recorder.call("GetDirectChannel", userId1, userId2)
	return answer[*model.Channel](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetGroupChannel(userIds []string) (*model.Channel, *model.AppError) {
	answers := recorder.call("GetGroupChannel", userIds)
	return answer[*model.Channel](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) UpdateChannel(channel *model.Channel) (*model.Channel, *model.AppError) {
	answers := recorder.call("UpdateChannel", channel)
	return answer[*model.Channel](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) RegisterChannelGuard(channelID string) *model.AppError {
	answers := recorder.call("RegisterChannelGuard", channelID)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) UnregisterChannelGuard(channelID string) *model.AppError {
	answers := recorder.call("UnregisterChannelGuard", channelID)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) SearchChannels(teamID string, term string) ([]*model.Channel, *model.AppError) {
	answers := recorder.call("SearchChannels", teamID, term)
	return answer[[]*model.Channel](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) CreateChannelSidebarCategory(userID string, teamID string, newCategory *model.SidebarCategoryWithChannels) (*model.SidebarCategoryWithChannels, *model.AppError) {
	answers := recorder.call("CreateChannelSidebarCategory", userID, teamID, newCategory)
	return answer[*model.SidebarCategoryWithChannels](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetChannelSidebarCategories(userID string, teamID string) (*model.OrderedSidebarCategories, *model.AppError) {
	answers := recorder.call("GetChannelSidebarCategories", userID, teamID)
	return answer[*model.OrderedSidebarCategories](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) UpdateChannelSidebarCategories(userID string, teamID string, categories []*model.SidebarCategoryWithChannels) ([]*model.SidebarCategoryWithChannels, *model.AppError) {
	answers := recorder.call("UpdateChannelSidebarCategories", userID, teamID, categories)
	return answer[[]*model.SidebarCategoryWithChannels](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) SearchUsers(search *model.UserSearch) ([]*model.User, *model.AppError) {
	answers := recorder.call("SearchUsers", search)
	return answer[[]*model.User](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) SearchPostsInTeam(teamID string, paramsList []*model.SearchParams) ([]*model.Post, *model.AppError) {
	answers := recorder.call("SearchPostsInTeam", teamID, paramsList)
	return answer[[]*model.Post](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) SearchPostsInTeamForUser(teamID string, userID string, searchParams model.SearchParameter) (*model.PostSearchResults, *model.AppError) {
	answers := recorder.call("SearchPostsInTeamForUser", teamID, userID, searchParams)
	return answer[*model.PostSearchResults](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) AddChannelMember(channelId string, userID string) (*model.ChannelMember, *model.AppError) {
	answers := recorder.call("AddChannelMember", channelId, userID)
	return answer[*model.ChannelMember](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) AddUserToChannel(channelId string, userID string, asUserId string) (*model.ChannelMember, *model.AppError) {
	answers := recorder.call("AddUserToChannel", channelId, userID, asUserId)
	return answer[*model.ChannelMember](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetChannelMember(channelId string, userID string) (*model.ChannelMember, *model.AppError) {
	answers := recorder.call("GetChannelMember", channelId, userID)
	return answer[*model.ChannelMember](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetChannelMembers(channelId string, page int, perPage int) (model.ChannelMembers, *model.AppError) {
	answers := recorder.call("GetChannelMembers", channelId, page, perPage)
	return answer[model.ChannelMembers](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetChannelMembersByIds(channelId string, userIds []string) (model.ChannelMembers, *model.AppError) {
	answers := recorder.call("GetChannelMembersByIds", channelId, userIds)
	return answer[model.ChannelMembers](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetChannelMembersForUser(teamID string, userID string, page int, perPage int) ([]*model.ChannelMember, *model.AppError) {
	answers := recorder.call("GetChannelMembersForUser", teamID, userID, page, perPage)
	return answer[[]*model.ChannelMember](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) UpdateChannelMemberRoles(channelId string, userID string, newRoles string) (*model.ChannelMember, *model.AppError) {
	answers := recorder.call("UpdateChannelMemberRoles", channelId, userID, newRoles)
	return answer[*model.ChannelMember](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) UpdateChannelMemberNotifications(channelId string, userID string, notifications map[string]string) (*model.ChannelMember, *model.AppError) {
	answers := recorder.call("UpdateChannelMemberNotifications", channelId, userID, notifications)
	return answer[*model.ChannelMember](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) PatchChannelMembersNotifications(members []*model.ChannelMemberIdentifier, notifyProps map[string]string) *model.AppError {
	answers := recorder.call("PatchChannelMembersNotifications", members, notifyProps)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) GetGroup(groupId string) (*model.Group, *model.AppError) {
	answers := recorder.call("GetGroup", groupId)
	return answer[*model.Group](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetGroupByName(name string) (*model.Group, *model.AppError) {
	answers := recorder.call("GetGroupByName", name)
	return answer[*model.Group](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetGroupMemberUsers(groupID string, page int, perPage int) ([]*model.User, *model.AppError) {
	answers := recorder.call("GetGroupMemberUsers", groupID, page, perPage)
	return answer[[]*model.User](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetGroupsBySource(groupSource model.GroupSource) ([]*model.Group, *model.AppError) {
	answers := recorder.call("GetGroupsBySource", groupSource)
	return answer[[]*model.Group](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetGroupsForUser(userID string) ([]*model.Group, *model.AppError) {
	answers := recorder.call("GetGroupsForUser", userID)
	return answer[[]*model.Group](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) DeleteChannelMember(channelId string, userID string) *model.AppError {
	answers := recorder.call("DeleteChannelMember", channelId, userID)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) CreatePost(post *model.Post) (*model.Post, *model.AppError) {
	answers := recorder.call("CreatePost", post)
	return answer[*model.Post](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) AddReaction(reaction *model.Reaction) (*model.Reaction, *model.AppError) {
	answers := recorder.call("AddReaction", reaction)
	return answer[*model.Reaction](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) RemoveReaction(reaction *model.Reaction) *model.AppError {
	answers := recorder.call("RemoveReaction", reaction)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) GetReactions(postId string) ([]*model.Reaction, *model.AppError) {
	answers := recorder.call("GetReactions", postId)
	return answer[[]*model.Reaction](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) SendEphemeralPost(userID string, post *model.Post) *model.Post {
	answers := recorder.call("SendEphemeralPost", userID, post)
	return answer[*model.Post](answers, 0)
}

func (recorder *apiRecorder) UpdateEphemeralPost(userID string, post *model.Post) *model.Post {
	answers := recorder.call("UpdateEphemeralPost", userID, post)
	return answer[*model.Post](answers, 0)
}

func (recorder *apiRecorder) DeleteEphemeralPost(userID string, postId string) {
	recorder.call("DeleteEphemeralPost", userID, postId)
}

func (recorder *apiRecorder) DeletePost(postId string) *model.AppError {
	answers := recorder.call("DeletePost", postId)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) GetPostThread(postId string) (*model.PostList, *model.AppError) {
	answers := recorder.call("GetPostThread", postId)
	return answer[*model.PostList](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetPost(postId string) (*model.Post, *model.AppError) {
	answers := recorder.call("GetPost", postId)
	return answer[*model.Post](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetPostsSince(channelId string, time int64) (*model.PostList, *model.AppError) {
	answers := recorder.call("GetPostsSince", channelId, time)
	return answer[*model.PostList](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetPostsAfter(channelId string, postId string, page int, perPage int) (*model.PostList, *model.AppError) {
	answers := recorder.call("GetPostsAfter", channelId, postId, page, perPage)
	return answer[*model.PostList](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetPostsBefore(channelId string, postId string, page int, perPage int) (*model.PostList, *model.AppError) {
	answers := recorder.call("GetPostsBefore", channelId, postId, page, perPage)
	return answer[*model.PostList](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetPostsForChannel(channelId string, page int, perPage int) (*model.PostList, *model.AppError) {
	answers := recorder.call("GetPostsForChannel", channelId, page, perPage)
	return answer[*model.PostList](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetTeamStats(teamID string) (*model.TeamStats, *model.AppError) {
	answers := recorder.call("GetTeamStats", teamID)
	return answer[*model.TeamStats](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) UpdatePost(post *model.Post) (*model.Post, *model.AppError) {
	answers := recorder.call("UpdatePost", post)
	return answer[*model.Post](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetProfileImage(userID string) ([]byte, *model.AppError) {
	answers := recorder.call("GetProfileImage", userID)
	return answer[[]byte](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) SetProfileImage(userID string, data []byte) *model.AppError {
	answers := recorder.call("SetProfileImage", userID, data)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) GetEmojiList(sortBy string, page int, perPage int) ([]*model.Emoji, *model.AppError) {
	answers := recorder.call("GetEmojiList", sortBy, page, perPage)
	return answer[[]*model.Emoji](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetEmojiByName(name string) (*model.Emoji, *model.AppError) {
	answers := recorder.call("GetEmojiByName", name)
	return answer[*model.Emoji](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetEmoji(emojiId string) (*model.Emoji, *model.AppError) {
	answers := recorder.call("GetEmoji", emojiId)
	return answer[*model.Emoji](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) CopyFileInfos(userID string, fileIds []string) ([]string, *model.AppError) {
	answers := recorder.call("CopyFileInfos", userID, fileIds)
	return answer[[]string](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetFileInfo(fileId string) (*model.FileInfo, *model.AppError) {
	answers := recorder.call("GetFileInfo", fileId)
	return answer[*model.FileInfo](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) SetFileSearchableContent(fileID string, content string) *model.AppError {
	answers := recorder.call("SetFileSearchableContent", fileID, content)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) GetFileInfos(page int, perPage int, opt *model.GetFileInfosOptions) ([]*model.FileInfo, *model.AppError) {
	answers := recorder.call("GetFileInfos", page, perPage, opt)
	return answer[[]*model.FileInfo](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetFile(fileId string) ([]byte, *model.AppError) {
	answers := recorder.call("GetFile", fileId)
	return answer[[]byte](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetFileLink(fileId string) (string, *model.AppError) {
	answers := recorder.call("GetFileLink", fileId)
	return answer[string](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) ReadFile(path string) ([]byte, *model.AppError) {
	answers := recorder.call("ReadFile", path)
	return answer[[]byte](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetEmojiImage(emojiId string) ([]byte, string, *model.AppError) {
	answers := recorder.call("GetEmojiImage", emojiId)
	return answer[[]byte](answers, 0), answer[string](answers, 1), answer[*model.AppError](answers, 2)
}

func (recorder *apiRecorder) UploadFile(data []byte, channelId string, filename string) (*model.FileInfo, *model.AppError) {
	answers := recorder.call("UploadFile", data, channelId, filename)
	return answer[*model.FileInfo](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) OpenInteractiveDialog(dialog model.OpenDialogRequest) *model.AppError {
	answers := recorder.call("OpenInteractiveDialog", dialog)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) SendToastMessage(userID string, connectionID string, message string, options model.SendToastMessageOptions) *model.AppError {
	answers := recorder.call("SendToastMessage", userID, connectionID, message, options)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) GetPlugins() ([]*model.Manifest, *model.AppError) {
	answers := recorder.call("GetPlugins")
	return answer[[]*model.Manifest](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) EnablePlugin(id string) *model.AppError {
	answers := recorder.call("EnablePlugin", id)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) DisablePlugin(id string) *model.AppError {
	answers := recorder.call("DisablePlugin", id)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) RemovePlugin(id string) *model.AppError {
	answers := recorder.call("RemovePlugin", id)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) GetPluginStatus(id string) (*model.PluginStatus, *model.AppError) {
	answers := recorder.call("GetPluginStatus", id)
	return answer[*model.PluginStatus](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) InstallPlugin(file io.Reader, replace bool) (*model.Manifest, *model.AppError) {
	answers := recorder.call("InstallPlugin", file, replace)
	return answer[*model.Manifest](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) KVSet(key string, value []byte) *model.AppError {
	answers := recorder.call("KVSet", key, value)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) KVCompareAndSet(key string, oldValue []byte, newValue []byte) (bool, *model.AppError) {
	answers := recorder.call("KVCompareAndSet", key, oldValue, newValue)
	return answer[bool](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) KVCompareAndDelete(key string, oldValue []byte) (bool, *model.AppError) {
	answers := recorder.call("KVCompareAndDelete", key, oldValue)
	return answer[bool](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) KVSetWithOptions(key string, value []byte, options model.PluginKVSetOptions) (bool, *model.AppError) {
	answers := recorder.call("KVSetWithOptions", key, value, options)
	return answer[bool](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) KVSetWithExpiry(key string, value []byte, expireInSeconds int64) *model.AppError {
	answers := recorder.call("KVSetWithExpiry", key, value, expireInSeconds)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) KVGet(key string) ([]byte, *model.AppError) {
	answers := recorder.call("KVGet", key)
	return answer[[]byte](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) KVDelete(key string) *model.AppError {
	answers := recorder.call("KVDelete", key)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) KVDeleteAll() *model.AppError {
	answers := recorder.call("KVDeleteAll")
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) KVList(page int, perPage int) ([]string, *model.AppError) {
	answers := recorder.call("KVList", page, perPage)
	return answer[[]string](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) PublishWebSocketEvent(event string, payload map[string]any, broadcast *model.WebsocketBroadcast) {
	recorder.call("PublishWebSocketEvent", event, payload, broadcast)
}

func (recorder *apiRecorder) HasPermissionTo(userID string, permission *model.Permission) bool {
	answers := recorder.call("HasPermissionTo", userID, permission)
	return answer[bool](answers, 0)
}

func (recorder *apiRecorder) HasPermissionToTeam(userID string, teamID string, permission *model.Permission) bool {
	answers := recorder.call("HasPermissionToTeam", userID, teamID, permission)
	return answer[bool](answers, 0)
}

func (recorder *apiRecorder) HasPermissionToChannel(userID string, channelId string, permission *model.Permission) bool {
	answers := recorder.call("HasPermissionToChannel", userID, channelId, permission)
	return answer[bool](answers, 0)
}

func (recorder *apiRecorder) RolesGrantPermission(roleNames []string, permissionId string) bool {
	answers := recorder.call("RolesGrantPermission", roleNames, permissionId)
	return answer[bool](answers, 0)
}

func (recorder *apiRecorder) LogDebug(msg string, keyValuePairs ...any) {
	recorder.call("LogDebug", msg, keyValuePairs)
}

func (recorder *apiRecorder) LogInfo(msg string, keyValuePairs ...any) {
	recorder.call("LogInfo", msg, keyValuePairs)
}

func (recorder *apiRecorder) LogError(msg string, keyValuePairs ...any) {
	recorder.call("LogError", msg, keyValuePairs)
}

func (recorder *apiRecorder) LogWarn(msg string, keyValuePairs ...any) {
	recorder.call("LogWarn", msg, keyValuePairs)
}

func (recorder *apiRecorder) SendMail(to string, subject string, htmlBody string) *model.AppError {
	answers := recorder.call("SendMail", to, subject, htmlBody)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) CreateBot(bot *model.Bot) (*model.Bot, *model.AppError) {
	answers := recorder.call("CreateBot", bot)
	return answer[*model.Bot](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) PatchBot(botUserId string, botPatch *model.BotPatch) (*model.Bot, *model.AppError) {
	answers := recorder.call("PatchBot", botUserId, botPatch)
	return answer[*model.Bot](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetBot(botUserId string, includeDeleted bool) (*model.Bot, *model.AppError) {
	answers := recorder.call("GetBot", botUserId, includeDeleted)
	return answer[*model.Bot](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetBots(options *model.BotGetOptions) ([]*model.Bot, *model.AppError) {
	answers := recorder.call("GetBots", options)
	return answer[[]*model.Bot](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) UpdateBotActive(botUserId string, active bool) (*model.Bot, *model.AppError) {
	answers := recorder.call("UpdateBotActive", botUserId, active)
	return answer[*model.Bot](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) PermanentDeleteBot(botUserId string) *model.AppError {
	answers := recorder.call("PermanentDeleteBot", botUserId)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) PluginHTTP(request *http.Request) *http.Response {
	answers := recorder.call("PluginHTTP", request)
	return answer[*http.Response](answers, 0)
}

func (recorder *apiRecorder) PublishUserTyping(userID string, channelId string, parentId string) *model.AppError {
	answers := recorder.call("PublishUserTyping", userID, channelId, parentId)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) CreateCommand(cmd *model.Command) (*model.Command, error) {
	answers := recorder.call("CreateCommand", cmd)
	return answer[*model.Command](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) ListCommands(teamID string) ([]*model.Command, error) {
	answers := recorder.call("ListCommands", teamID)
	return answer[[]*model.Command](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) ListCustomCommands(teamID string) ([]*model.Command, error) {
	answers := recorder.call("ListCustomCommands", teamID)
	return answer[[]*model.Command](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) ListPluginCommands(teamID string) ([]*model.Command, error) {
	answers := recorder.call("ListPluginCommands", teamID)
	return answer[[]*model.Command](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) ListBuiltInCommands() ([]*model.Command, error) {
	answers := recorder.call("ListBuiltInCommands")
	return answer[[]*model.Command](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) GetCommand(commandID string) (*model.Command, error) {
	answers := recorder.call("GetCommand", commandID)
	return answer[*model.Command](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) UpdateCommand(commandID string, updatedCmd *model.Command) (*model.Command, error) {
	answers := recorder.call("UpdateCommand", commandID, updatedCmd)
	return answer[*model.Command](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) DeleteCommand(commandID string) error {
	answers := recorder.call("DeleteCommand", commandID)
	return answer[error](answers, 0)
}

func (recorder *apiRecorder) CreateOAuthApp(app *model.OAuthApp) (*model.OAuthApp, *model.AppError) {
	answers := recorder.call("CreateOAuthApp", app)
	return answer[*model.OAuthApp](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetOAuthApp(appID string) (*model.OAuthApp, *model.AppError) {
	answers := recorder.call("GetOAuthApp", appID)
	return answer[*model.OAuthApp](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) UpdateOAuthApp(app *model.OAuthApp) (*model.OAuthApp, *model.AppError) {
	answers := recorder.call("UpdateOAuthApp", app)
	return answer[*model.OAuthApp](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) DeleteOAuthApp(appID string) *model.AppError {
	answers := recorder.call("DeleteOAuthApp", appID)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) PublishPluginClusterEvent(ev model.PluginClusterEvent, opts model.PluginClusterEventSendOptions) error {
	answers := recorder.call("PublishPluginClusterEvent", ev, opts)
	return answer[error](answers, 0)
}

func (recorder *apiRecorder) RequestTrialLicense(requesterID string, users int, termsAccepted bool, receiveEmailsAccepted bool) *model.AppError {
	answers := recorder.call("RequestTrialLicense", requesterID, users, termsAccepted, receiveEmailsAccepted)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) GetCloudLimits() (*model.ProductLimits, error) {
	answers := recorder.call("GetCloudLimits")
	return answer[*model.ProductLimits](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) EnsureBotUser(bot *model.Bot) (string, error) {
	answers := recorder.call("EnsureBotUser", bot)
	return answer[string](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) RegisterCollectionAndTopic(collectionType string, topicType string) error {
	answers := recorder.call("RegisterCollectionAndTopic", collectionType, topicType)
	return answer[error](answers, 0)
}

func (recorder *apiRecorder) CreateUploadSession(us *model.UploadSession) (*model.UploadSession, error) {
	answers := recorder.call("CreateUploadSession", us)
	return answer[*model.UploadSession](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) UploadData(us *model.UploadSession, rd io.Reader) (*model.FileInfo, error) {
	answers := recorder.call("UploadData", us, rd)
	return answer[*model.FileInfo](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) GetUploadSession(uploadID string) (*model.UploadSession, error) {
	answers := recorder.call("GetUploadSession", uploadID)
	return answer[*model.UploadSession](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) SendPushNotification(notification *model.PushNotification, userID string) *model.AppError {
	answers := recorder.call("SendPushNotification", notification, userID)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) UpdateUserAuth(userID string, userAuth *model.UserAuth) (*model.UserAuth, *model.AppError) {
	answers := recorder.call("UpdateUserAuth", userID, userAuth)
	return answer[*model.UserAuth](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) RegisterPluginForSharedChannels(opts model.RegisterPluginOpts) (string, error) {
	answers := recorder.call("RegisterPluginForSharedChannels", opts)
	return answer[string](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) UnregisterPluginForSharedChannels(pluginID string) error {
	answers := recorder.call("UnregisterPluginForSharedChannels", pluginID)
	return answer[error](answers, 0)
}

func (recorder *apiRecorder) UnregisterPluginRemoteForSharedChannels(remoteID string) error {
	answers := recorder.call("UnregisterPluginRemoteForSharedChannels", remoteID)
	return answer[error](answers, 0)
}

func (recorder *apiRecorder) ShareChannel(sc *model.SharedChannel) (*model.SharedChannel, error) {
	answers := recorder.call("ShareChannel", sc)
	return answer[*model.SharedChannel](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) UpdateSharedChannel(sc *model.SharedChannel) (*model.SharedChannel, error) {
	answers := recorder.call("UpdateSharedChannel", sc)
	return answer[*model.SharedChannel](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) UnshareChannel(channelID string) (bool, error) {
	answers := recorder.call("UnshareChannel", channelID)
	return answer[bool](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) UpdateSharedChannelCursor(channelID string, remoteID string, cusror model.GetPostsSinceForSyncCursor) error {
	answers := recorder.call("UpdateSharedChannelCursor", channelID, remoteID, cusror)
	return answer[error](answers, 0)
}

func (recorder *apiRecorder) SyncSharedChannel(channelID string) error {
	answers := recorder.call("SyncSharedChannel", channelID)
	return answer[error](answers, 0)
}

func (recorder *apiRecorder) InviteRemoteToChannel(channelID string, remoteID string, userID string, shareIfNotShared bool) error {
	answers := recorder.call("InviteRemoteToChannel", channelID, remoteID, userID, shareIfNotShared)
	return answer[error](answers, 0)
}

func (recorder *apiRecorder) UninviteRemoteFromChannel(channelID string, remoteID string) error {
	answers := recorder.call("UninviteRemoteFromChannel", channelID, remoteID)
	return answer[error](answers, 0)
}

func (recorder *apiRecorder) ReceiveSharedChannelSyncMsg(remoteID string, msg *model.SyncMsg) (model.SyncResponse, error) {
	answers := recorder.call("ReceiveSharedChannelSyncMsg", remoteID, msg)
	return answer[model.SyncResponse](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) ReceiveSharedChannelAttachmentSyncMsg(remoteID string, channelID string, fi *model.FileInfo, data io.Reader) (*model.FileInfo, error) {
	answers := recorder.call("ReceiveSharedChannelAttachmentSyncMsg", remoteID, channelID, fi, data)
	return answer[*model.FileInfo](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) ReceiveSharedChannelProfileImageSyncMsg(remoteID string, userID string, image []byte) error {
	answers := recorder.call("ReceiveSharedChannelProfileImageSyncMsg", remoteID, userID, image)
	return answer[error](answers, 0)
}

func (recorder *apiRecorder) UpsertGroupMember(groupID string, userID string) (*model.GroupMember, *model.AppError) {
	answers := recorder.call("UpsertGroupMember", groupID, userID)
	return answer[*model.GroupMember](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) UpsertGroupMembers(groupID string, userIDs []string) ([]*model.GroupMember, *model.AppError) {
	answers := recorder.call("UpsertGroupMembers", groupID, userIDs)
	return answer[[]*model.GroupMember](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetGroupByRemoteID(remoteID string, groupSource model.GroupSource) (*model.Group, *model.AppError) {
	answers := recorder.call("GetGroupByRemoteID", remoteID, groupSource)
	return answer[*model.Group](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) CreateGroup(group *model.Group) (*model.Group, *model.AppError) {
	answers := recorder.call("CreateGroup", group)
	return answer[*model.Group](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) UpdateGroup(group *model.Group) (*model.Group, *model.AppError) {
	answers := recorder.call("UpdateGroup", group)
	return answer[*model.Group](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) DeleteGroup(groupID string) (*model.Group, *model.AppError) {
	answers := recorder.call("DeleteGroup", groupID)
	return answer[*model.Group](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) RestoreGroup(groupID string) (*model.Group, *model.AppError) {
	answers := recorder.call("RestoreGroup", groupID)
	return answer[*model.Group](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) DeleteGroupMember(groupID string, userID string) (*model.GroupMember, *model.AppError) {
	answers := recorder.call("DeleteGroupMember", groupID, userID)
	return answer[*model.GroupMember](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetGroupSyncable(groupID string, syncableID string, syncableType model.GroupSyncableType) (*model.GroupSyncable, *model.AppError) {
	answers := recorder.call("GetGroupSyncable", groupID, syncableID, syncableType)
	return answer[*model.GroupSyncable](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetGroupSyncables(groupID string, syncableType model.GroupSyncableType) ([]*model.GroupSyncable, *model.AppError) {
	answers := recorder.call("GetGroupSyncables", groupID, syncableType)
	return answer[[]*model.GroupSyncable](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) UpsertGroupSyncable(groupSyncable *model.GroupSyncable) (*model.GroupSyncable, *model.AppError) {
	answers := recorder.call("UpsertGroupSyncable", groupSyncable)
	return answer[*model.GroupSyncable](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) UpdateGroupSyncable(groupSyncable *model.GroupSyncable) (*model.GroupSyncable, *model.AppError) {
	answers := recorder.call("UpdateGroupSyncable", groupSyncable)
	return answer[*model.GroupSyncable](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) DeleteGroupSyncable(groupID string, syncableID string, syncableType model.GroupSyncableType) (*model.GroupSyncable, *model.AppError) {
	answers := recorder.call("DeleteGroupSyncable", groupID, syncableID, syncableType)
	return answer[*model.GroupSyncable](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) UpdateUserRoles(userID string, newRoles string) (*model.User, *model.AppError) {
	answers := recorder.call("UpdateUserRoles", userID, newRoles)
	return answer[*model.User](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetPluginID() string {
	answers := recorder.call("GetPluginID")
	return answer[string](answers, 0)
}

func (recorder *apiRecorder) GetGroups(page int, perPage int, opts model.GroupSearchOpts, viewRestrictions *model.ViewUsersRestrictions) ([]*model.Group, *model.AppError) {
	answers := recorder.call("GetGroups", page, perPage, opts, viewRestrictions)
	return answer[[]*model.Group](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) CreateDefaultSyncableMemberships(params model.CreateDefaultMembershipParams) *model.AppError {
	answers := recorder.call("CreateDefaultSyncableMemberships", params)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) DeleteGroupConstrainedMemberships() *model.AppError {
	answers := recorder.call("DeleteGroupConstrainedMemberships")
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) CreatePropertyField(field *model.PropertyField) (*model.PropertyField, error) {
	answers := recorder.call("CreatePropertyField", field)
	return answer[*model.PropertyField](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) GetPropertyField(groupID string, fieldID string) (*model.PropertyField, error) {
	answers := recorder.call("GetPropertyField", groupID, fieldID)
	return answer[*model.PropertyField](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) GetPropertyFields(groupID string, ids []string) ([]*model.PropertyField, error) {
	answers := recorder.call("GetPropertyFields", groupID, ids)
	return answer[[]*model.PropertyField](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) UpdatePropertyField(groupID string, field *model.PropertyField) (*model.PropertyField, error) {
	answers := recorder.call("UpdatePropertyField", groupID, field)
	return answer[*model.PropertyField](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) DeletePropertyField(groupID string, fieldID string) error {
	answers := recorder.call("DeletePropertyField", groupID, fieldID)
	return answer[error](answers, 0)
}

func (recorder *apiRecorder) SearchPropertyFields(groupID string, opts model.PropertyFieldSearchOpts) ([]*model.PropertyField, error) {
	answers := recorder.call("SearchPropertyFields", groupID, opts)
	return answer[[]*model.PropertyField](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) CountPropertyFields(groupID string, includeDeleted bool) (int64, error) {
	answers := recorder.call("CountPropertyFields", groupID, includeDeleted)
	return answer[int64](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) CountPropertyFieldsForTarget(groupID string, targetType string, targetID string, includeDeleted bool) (int64, error) {
	answers := recorder.call("CountPropertyFieldsForTarget", groupID, targetType, targetID, includeDeleted)
	return answer[int64](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) CreatePropertyValue(value *model.PropertyValue) (*model.PropertyValue, error) {
	answers := recorder.call("CreatePropertyValue", value)
	return answer[*model.PropertyValue](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) GetPropertyValue(groupID string, valueID string) (*model.PropertyValue, error) {
	answers := recorder.call("GetPropertyValue", groupID, valueID)
	return answer[*model.PropertyValue](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) GetPropertyValues(groupID string, ids []string) ([]*model.PropertyValue, error) {
	answers := recorder.call("GetPropertyValues", groupID, ids)
	return answer[[]*model.PropertyValue](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) UpdatePropertyValue(groupID string, value *model.PropertyValue) (*model.PropertyValue, error) {
	answers := recorder.call("UpdatePropertyValue", groupID, value)
	return answer[*model.PropertyValue](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) UpsertPropertyValue(value *model.PropertyValue) (*model.PropertyValue, error) {
	answers := recorder.call("UpsertPropertyValue", value)
	return answer[*model.PropertyValue](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) DeletePropertyValue(groupID string, valueID string) error {
	answers := recorder.call("DeletePropertyValue", groupID, valueID)
	return answer[error](answers, 0)
}

func (recorder *apiRecorder) SearchPropertyValues(groupID string, opts model.PropertyValueSearchOpts) ([]*model.PropertyValue, error) {
	answers := recorder.call("SearchPropertyValues", groupID, opts)
	return answer[[]*model.PropertyValue](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) RegisterPropertyGroup(name string) (*model.PropertyGroup, error) {
	answers := recorder.call("RegisterPropertyGroup", name)
	return answer[*model.PropertyGroup](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) GetPropertyGroup(name string) (*model.PropertyGroup, error) {
	answers := recorder.call("GetPropertyGroup", name)
	return answer[*model.PropertyGroup](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) GetPropertyFieldByName(groupID string, targetID string, name string) (*model.PropertyField, error) {
	answers := recorder.call("GetPropertyFieldByName", groupID, targetID, name)
	return answer[*model.PropertyField](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) UpdatePropertyFields(groupID string, fields []*model.PropertyField) ([]*model.PropertyField, error) {
	answers := recorder.call("UpdatePropertyFields", groupID, fields)
	return answer[[]*model.PropertyField](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) UpdatePropertyValues(groupID string, values []*model.PropertyValue) ([]*model.PropertyValue, error) {
	answers := recorder.call("UpdatePropertyValues", groupID, values)
	return answer[[]*model.PropertyValue](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) UpsertPropertyValues(values []*model.PropertyValue) ([]*model.PropertyValue, error) {
	answers := recorder.call("UpsertPropertyValues", values)
	return answer[[]*model.PropertyValue](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) DeletePropertyValuesForTarget(groupID string, targetType string, targetID string) error {
	answers := recorder.call("DeletePropertyValuesForTarget", groupID, targetType, targetID)
	return answer[error](answers, 0)
}

func (recorder *apiRecorder) DeletePropertyValuesForField(groupID string, fieldID string) error {
	answers := recorder.call("DeletePropertyValuesForField", groupID, fieldID)
	return answer[error](answers, 0)
}

func (recorder *apiRecorder) UpsertPropertyValuesWithOptions(values []*model.PropertyValue, options model.PropertyRequestOptions) ([]*model.PropertyValue, error) {
	answers := recorder.call("UpsertPropertyValuesWithOptions", values, options)
	return answer[[]*model.PropertyValue](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) UpsertPropertyValueWithOptions(value *model.PropertyValue, options model.PropertyRequestOptions) (*model.PropertyValue, error) {
	answers := recorder.call("UpsertPropertyValueWithOptions", value, options)
	return answer[*model.PropertyValue](answers, 0), answer[error](answers, 1)
}

func (recorder *apiRecorder) DeletePropertyValueWithOptions(groupID string, valueID string, options model.PropertyRequestOptions) error {
	answers := recorder.call("DeletePropertyValueWithOptions", groupID, valueID, options)
	return answer[error](answers, 0)
}

func (recorder *apiRecorder) DeletePropertyValuesForTargetWithOptions(groupID string, targetType string, targetID string, options model.PropertyRequestOptions) error {
	answers := recorder.call("DeletePropertyValuesForTargetWithOptions", groupID, targetType, targetID, options)
	return answer[error](answers, 0)
}

func (recorder *apiRecorder) DeletePropertyValuesForFieldWithOptions(groupID string, fieldID string, options model.PropertyRequestOptions) error {
	answers := recorder.call("DeletePropertyValuesForFieldWithOptions", groupID, fieldID, options)
	return answer[error](answers, 0)
}

func (recorder *apiRecorder) LogAuditRec(rec *model.AuditRecord) {
	recorder.call("LogAuditRec", rec)
}

func (recorder *apiRecorder) LogAuditRecWithLevel(rec *model.AuditRecord, level mlog.Level) {
	recorder.call("LogAuditRecWithLevel", rec, level)
}

func (recorder *apiRecorder) EvaluateAccessControl(userID string, resourceType string, resourceID string, action string) (*model.AccessDecision, *model.AppError) {
	answers := recorder.call("EvaluateAccessControl", userID, resourceType, resourceID, action)
	return answer[*model.AccessDecision](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) SaveAccessControlPolicy(actingUserID string, policy *model.AccessControlPolicy) (*model.AccessControlPolicy, *model.AppError) {
	answers := recorder.call("SaveAccessControlPolicy", actingUserID, policy)
	return answer[*model.AccessControlPolicy](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetAccessControlPolicy(id string) (*model.AccessControlPolicy, *model.AppError) {
	answers := recorder.call("GetAccessControlPolicy", id)
	return answer[*model.AccessControlPolicy](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) DeleteAccessControlPolicy(actingUserID string, resourceType string, id string) *model.AppError {
	answers := recorder.call("DeleteAccessControlPolicy", actingUserID, resourceType, id)
	return answer[*model.AppError](answers, 0)
}

func (recorder *apiRecorder) CheckAccessControlExpression(actingUserID string, resourceType string, expression string) ([]model.CELExpressionError, *model.AppError) {
	answers := recorder.call("CheckAccessControlExpression", actingUserID, resourceType, expression)
	return answer[[]model.CELExpressionError](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) QueryUsersForAccessControlExpression(actingUserID string, resourceType string, expression string, term string, cursorID string, limit int) (*model.AccessControlPolicyTestResponse, *model.AppError) {
	answers := recorder.call("QueryUsersForAccessControlExpression", actingUserID, resourceType, expression, term, cursorID, limit)
	return answer[*model.AccessControlPolicyTestResponse](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetAccessControlFieldsAutocomplete(actingUserID string, after string, limit int) ([]*model.PropertyField, *model.AppError) {
	answers := recorder.call("GetAccessControlFieldsAutocomplete", actingUserID, after, limit)
	return answer[[]*model.PropertyField](answers, 0), answer[*model.AppError](answers, 1)
}

func (recorder *apiRecorder) GetAccessControlVisualAST(actingUserID string, resourceType string, expression string) (*model.VisualExpression, *model.AppError) {
	answers := recorder.call("GetAccessControlVisualAST", actingUserID, resourceType, expression)
	return answer[*model.VisualExpression](answers, 0), answer[*model.AppError](answers, 1)
}
