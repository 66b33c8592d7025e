// Code generated from Mattermost's plugin.API by python -m mattermost_plugin._generate; DO NOT EDIT.

package main

import (
	"context"

	"github.com/mattermost/mattermost/server/public/model"

	"mattermost-plugin/bridge/pb"
)

// RegisterPluginForSharedChannels calls the plugin API's RegisterPluginForSharedChannels (Mattermost 9.5+).
func (s *apiServer) RegisterPluginForSharedChannels(_ context.Context, in *pb.RegisterPluginForSharedChannelsRequest) (*pb.RegisterPluginForSharedChannelsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var opts model.RegisterPluginOpts
	if err := decodeArg(in.Opts, "opts", &opts); err != nil {
		return nil, err
	}
	r0, err1 := api.RegisterPluginForSharedChannels(opts)
	return &pb.RegisterPluginForSharedChannelsResponse{RemoteId: r0, Error: errorMessage(err1)}, nil
}

// UnregisterPluginForSharedChannels calls the plugin API's UnregisterPluginForSharedChannels (Mattermost 9.5+).
func (s *apiServer) UnregisterPluginForSharedChannels(_ context.Context, in *pb.UnregisterPluginForSharedChannelsRequest) (*pb.UnregisterPluginForSharedChannelsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.UnregisterPluginForSharedChannels(in.PluginId)
	return &pb.UnregisterPluginForSharedChannelsResponse{Error: errorMessage(err0)}, nil
}

// UnregisterPluginRemoteForSharedChannels calls the plugin API's UnregisterPluginRemoteForSharedChannels (Mattermost 11.7+).
func (s *apiServer) UnregisterPluginRemoteForSharedChannels(_ context.Context, in *pb.UnregisterPluginRemoteForSharedChannelsRequest) (*pb.UnregisterPluginRemoteForSharedChannelsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.UnregisterPluginRemoteForSharedChannels(in.RemoteId)
	return &pb.UnregisterPluginRemoteForSharedChannelsResponse{Error: errorMessage(err0)}, nil
}

// ShareChannel calls the plugin API's ShareChannel (Mattermost 9.5+).
func (s *apiServer) ShareChannel(_ context.Context, in *pb.ShareChannelRequest) (*pb.ShareChannelResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var sc *model.SharedChannel
	if err := decodeArg(in.Sc, "sc", &sc); err != nil {
		return nil, err
	}
	r0, err1 := api.ShareChannel(sc)
	return &pb.ShareChannelResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}

// UpdateSharedChannel calls the plugin API's UpdateSharedChannel (Mattermost 9.5+).
func (s *apiServer) UpdateSharedChannel(_ context.Context, in *pb.UpdateSharedChannelRequest) (*pb.UpdateSharedChannelResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var sc *model.SharedChannel
	if err := decodeArg(in.Sc, "sc", &sc); err != nil {
		return nil, err
	}
	r0, err1 := api.UpdateSharedChannel(sc)
	return &pb.UpdateSharedChannelResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}

// UnshareChannel calls the plugin API's UnshareChannel (Mattermost 9.5+).
func (s *apiServer) UnshareChannel(_ context.Context, in *pb.UnshareChannelRequest) (*pb.UnshareChannelResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.UnshareChannel(in.ChannelId)
	return &pb.UnshareChannelResponse{Unshared: r0, Error: errorMessage(err1)}, nil
}

// UpdateSharedChannelCursor calls the plugin API's UpdateSharedChannelCursor (Mattermost 9.5+).
func (s *apiServer) UpdateSharedChannelCursor(_ context.Context, in *pb.UpdateSharedChannelCursorRequest) (*pb.UpdateSharedChannelCursorResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var cusror model.GetPostsSinceForSyncCursor
	if err := decodeArg(in.Cusror, "cusror", &cusror); err != nil {
		return nil, err
	}
	err0 := api.UpdateSharedChannelCursor(in.ChannelId, in.RemoteId, cusror)
	return &pb.UpdateSharedChannelCursorResponse{Error: errorMessage(err0)}, nil
}

// SyncSharedChannel calls the plugin API's SyncSharedChannel (Mattermost 9.5+).
func (s *apiServer) SyncSharedChannel(_ context.Context, in *pb.SyncSharedChannelRequest) (*pb.SyncSharedChannelResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.SyncSharedChannel(in.ChannelId)
	return &pb.SyncSharedChannelResponse{Error: errorMessage(err0)}, nil
}

// InviteRemoteToChannel calls the plugin API's InviteRemoteToChannel (Mattermost 9.5+).
func (s *apiServer) InviteRemoteToChannel(_ context.Context, in *pb.InviteRemoteToChannelRequest) (*pb.InviteRemoteToChannelResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.InviteRemoteToChannel(in.ChannelId, in.RemoteId, in.UserId, in.ShareIfNotShared)
	return &pb.InviteRemoteToChannelResponse{Error: errorMessage(err0)}, nil
}

// UninviteRemoteFromChannel calls the plugin API's UninviteRemoteFromChannel (Mattermost 9.5+).
func (s *apiServer) UninviteRemoteFromChannel(_ context.Context, in *pb.UninviteRemoteFromChannelRequest) (*pb.UninviteRemoteFromChannelResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.UninviteRemoteFromChannel(in.ChannelId, in.RemoteId)
	return &pb.UninviteRemoteFromChannelResponse{Error: errorMessage(err0)}, nil
}

// ReceiveSharedChannelSyncMsg calls the plugin API's ReceiveSharedChannelSyncMsg (Mattermost 11.7+).
func (s *apiServer) ReceiveSharedChannelSyncMsg(_ context.Context, in *pb.ReceiveSharedChannelSyncMsgRequest) (*pb.ReceiveSharedChannelSyncMsgResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var msg *model.SyncMsg
	if err := decodeArg(in.Msg, "msg", &msg); err != nil {
		return nil, err
	}
	r0, err1 := api.ReceiveSharedChannelSyncMsg(in.RemoteId, msg)
	return &pb.ReceiveSharedChannelSyncMsgResponse{Value: encodeResult(r0), Error: errorMessage(err1)}, nil
}

// ReceiveSharedChannelAttachmentSyncMsg calls the plugin API's ReceiveSharedChannelAttachmentSyncMsg (Mattermost 11.7+).
func (s *apiServer) ReceiveSharedChannelAttachmentSyncMsg(stream pb.PluginAPI_ReceiveSharedChannelAttachmentSyncMsgServer) error {
	api, err := s.api()
	if err != nil {
		return err
	}
	in, err := stream.Recv()
	if err != nil {
		return firstMessage(err)
	}
	var fi *model.FileInfo
	if err := decodeArg(in.Fi, "fi", &fi); err != nil {
		return err
	}
	data := newChunkReader(stream, in.Data, (*pb.ReceiveSharedChannelAttachmentSyncMsgRequest).GetData)
	r0, err1 := api.ReceiveSharedChannelAttachmentSyncMsg(in.RemoteId, in.ChannelId, fi, data)
	return stream.SendAndClose(&pb.ReceiveSharedChannelAttachmentSyncMsgResponse{Value: encodeResult(r0), Error: errorMessage(err1)})
}

// ReceiveSharedChannelProfileImageSyncMsg calls the plugin API's ReceiveSharedChannelProfileImageSyncMsg (Mattermost 11.7+).
func (s *apiServer) ReceiveSharedChannelProfileImageSyncMsg(_ context.Context, in *pb.ReceiveSharedChannelProfileImageSyncMsgRequest) (*pb.ReceiveSharedChannelProfileImageSyncMsgResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.ReceiveSharedChannelProfileImageSyncMsg(in.RemoteId, in.UserId, in.Image)
	return &pb.ReceiveSharedChannelProfileImageSyncMsgResponse{Error: errorMessage(err0)}, nil
}
