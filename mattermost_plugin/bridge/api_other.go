// Code generated from Mattermost's plugin.API by python -m mattermost_plugin._generate; DO NOT EDIT.

package main

import (
	"context"

	"github.com/mattermost/mattermost/server/public/model"

	"mattermost-plugin/bridge/pb"
)

// GetSession calls the plugin API's GetSession (Mattermost 5.2+).
func (s *apiServer) GetSession(_ context.Context, in *pb.GetSessionRequest) (*pb.GetSessionResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetSession(in.SessionId)
	return &pb.GetSessionResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// OpenInteractiveDialog calls the plugin API's OpenInteractiveDialog (Mattermost 5.6+).
func (s *apiServer) OpenInteractiveDialog(_ context.Context, in *pb.OpenInteractiveDialogRequest) (*pb.OpenInteractiveDialogResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var dialog model.OpenDialogRequest
	if err := decodeArg(in.Dialog, "dialog", &dialog); err != nil {
		return nil, err
	}
	err0 := api.OpenInteractiveDialog(dialog)
	return &pb.OpenInteractiveDialogResponse{Error: appErrorMessage(err0)}, nil
}

// KVSetWithOptions calls the plugin API's KVSetWithOptions (Mattermost 5.20+).
func (s *apiServer) KVSetWithOptions(_ context.Context, in *pb.KVSetWithOptionsRequest) (*pb.KVSetWithOptionsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var options model.PluginKVSetOptions
	if err := decodeArg(in.Options, "options", &options); err != nil {
		return nil, err
	}
	r0, err1 := api.KVSetWithOptions(in.Key, in.Value, options)
	return &pb.KVSetWithOptionsResponse{Value: r0, Error: appErrorMessage(err1)}, nil
}

// PublishWebSocketEvent calls the plugin API's PublishWebSocketEvent (Mattermost 5.2+).
func (s *apiServer) PublishWebSocketEvent(_ context.Context, in *pb.PublishWebSocketEventRequest) (*pb.PublishWebSocketEventResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var payload map[string]any
	if err := decodeArg(in.Payload, "payload", &payload); err != nil {
		return nil, err
	}
	var broadcast *model.WebsocketBroadcast
	if err := decodeArg(in.Broadcast, "broadcast", &broadcast); err != nil {
		return nil, err
	}
	api.PublishWebSocketEvent(in.Event, payload, broadcast)
	return &pb.PublishWebSocketEventResponse{}, nil
}

// RolesGrantPermission calls the plugin API's RolesGrantPermission (Mattermost 6.3+).
func (s *apiServer) RolesGrantPermission(_ context.Context, in *pb.RolesGrantPermissionRequest) (*pb.RolesGrantPermissionResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0 := api.RolesGrantPermission(in.RoleNames, in.PermissionId)
	return &pb.RolesGrantPermissionResponse{Value: r0}, nil
}

// SendMail calls the plugin API's SendMail (Mattermost 5.7+).
func (s *apiServer) SendMail(_ context.Context, in *pb.SendMailRequest) (*pb.SendMailResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.SendMail(in.To, in.Subject, in.HtmlBody)
	return &pb.SendMailResponse{Error: appErrorMessage(err0)}, nil
}

// PluginHTTP calls the plugin API's PluginHTTP (Mattermost 5.18+).
func (s *apiServer) PluginHTTP(_ context.Context, in *pb.PluginHTTPRequest) (*pb.PluginHTTPResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	request, err := httpRequestOf(in.Request)
	if err != nil {
		return nil, err
	}
	r0 := api.PluginHTTP(request)
	r0Message, err := httpResponseOf(r0)
	if err != nil {
		return nil, err
	}
	return &pb.PluginHTTPResponse{Value: r0Message}, nil
}

// PublishPluginClusterEvent calls the plugin API's PublishPluginClusterEvent (Mattermost 5.36+).
func (s *apiServer) PublishPluginClusterEvent(_ context.Context, in *pb.PublishPluginClusterEventRequest) (*pb.PublishPluginClusterEventResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var ev model.PluginClusterEvent
	if err := decodeArg(in.Ev, "ev", &ev); err != nil {
		return nil, err
	}
	var opts model.PluginClusterEventSendOptions
	if err := decodeArg(in.Opts, "opts", &opts); err != nil {
		return nil, err
	}
	err0 := api.PublishPluginClusterEvent(ev, opts)
	return &pb.PublishPluginClusterEventResponse{Error: errorMessage(err0)}, nil
}

// RequestTrialLicense calls the plugin API's RequestTrialLicense (Mattermost 5.36+).
func (s *apiServer) RequestTrialLicense(_ context.Context, in *pb.RequestTrialLicenseRequest) (*pb.RequestTrialLicenseResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.RequestTrialLicense(in.RequesterId, int(in.Users), in.TermsAccepted, in.ReceiveEmailsAccepted)
	return &pb.RequestTrialLicenseResponse{Error: appErrorMessage(err0)}, nil
}

// GetCloudLimits calls the plugin API's GetCloudLimits (Mattermost 7.0+).
func (s *apiServer) GetCloudLimits(_ context.Context, in *pb.GetCloudLimitsRequest) (*pb.GetCloudLimitsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetCloudLimits()
	return &pb.GetCloudLimitsResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}

// EnsureBotUser calls the plugin API's EnsureBotUser (Mattermost 7.1+).
func (s *apiServer) EnsureBotUser(_ context.Context, in *pb.EnsureBotUserRequest) (*pb.EnsureBotUserResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var bot *model.Bot
	if err := decodeArg(in.Bot, "bot", &bot); err != nil {
		return nil, err
	}
	r0, err1 := api.EnsureBotUser(bot)
	return &pb.EnsureBotUserResponse{Value: r0, Error: errorMessage(err1)}, nil
}

// RegisterCollectionAndTopic calls the plugin API's RegisterCollectionAndTopic (Mattermost 7.6+).
func (s *apiServer) RegisterCollectionAndTopic(_ context.Context, in *pb.RegisterCollectionAndTopicRequest) (*pb.RegisterCollectionAndTopicResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.RegisterCollectionAndTopic(in.CollectionType, in.TopicType)
	return &pb.RegisterCollectionAndTopicResponse{Error: errorMessage(err0)}, nil
}

// SendPushNotification calls the plugin API's SendPushNotification (Mattermost 9.0+).
func (s *apiServer) SendPushNotification(_ context.Context, in *pb.SendPushNotificationRequest) (*pb.SendPushNotificationResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var notification *model.PushNotification
	if err := decodeArg(in.Notification, "notification", &notification); err != nil {
		return nil, err
	}
	err0 := api.SendPushNotification(notification, in.UserId)
	return &pb.SendPushNotificationResponse{Error: appErrorMessage(err0)}, nil
}
