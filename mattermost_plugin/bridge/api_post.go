// Code generated from Mattermost's plugin.API by python -m mattermost_plugin._generate; DO NOT EDIT.

package main

import (
	"context"

	"github.com/mattermost/mattermost/server/public/model"

	"mattermost-plugin/bridge/pb"
)

// SearchPostsInTeam calls the plugin API's SearchPostsInTeam (Mattermost 5.10+).
func (s *apiServer) SearchPostsInTeam(_ context.Context, in *pb.SearchPostsInTeamRequest) (*pb.SearchPostsInTeamResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var paramsList []*model.SearchParams
	if err := decodeArg(in.ParamsList, "params_list", &paramsList); err != nil {
		return nil, err
	}
	r0, err1 := api.SearchPostsInTeam(in.TeamId, paramsList)
	return &pb.SearchPostsInTeamResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// SearchPostsInTeamForUser calls the plugin API's SearchPostsInTeamForUser (Mattermost 5.26+).
func (s *apiServer) SearchPostsInTeamForUser(_ context.Context, in *pb.SearchPostsInTeamForUserRequest) (*pb.SearchPostsInTeamForUserResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var searchParams model.SearchParameter
	if err := decodeArg(in.SearchParams, "search_params", &searchParams); err != nil {
		return nil, err
	}
	r0, err1 := api.SearchPostsInTeamForUser(in.TeamId, in.UserId, searchParams)
	return &pb.SearchPostsInTeamForUserResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// CreatePost calls the plugin API's CreatePost (Mattermost 5.2+).
func (s *apiServer) CreatePost(_ context.Context, in *pb.CreatePostRequest) (*pb.CreatePostResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var post *model.Post
	if err := decodeArg(in.Post, "post", &post); err != nil {
		return nil, err
	}
	r0, err1 := api.CreatePost(post)
	return &pb.CreatePostResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// AddReaction calls the plugin API's AddReaction (Mattermost 5.3+).
func (s *apiServer) AddReaction(_ context.Context, in *pb.AddReactionRequest) (*pb.AddReactionResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var reaction *model.Reaction
	if err := decodeArg(in.Reaction, "reaction", &reaction); err != nil {
		return nil, err
	}
	r0, err1 := api.AddReaction(reaction)
	return &pb.AddReactionResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// RemoveReaction calls the plugin API's RemoveReaction (Mattermost 5.3+).
func (s *apiServer) RemoveReaction(_ context.Context, in *pb.RemoveReactionRequest) (*pb.RemoveReactionResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var reaction *model.Reaction
	if err := decodeArg(in.Reaction, "reaction", &reaction); err != nil {
		return nil, err
	}
	err0 := api.RemoveReaction(reaction)
	return &pb.RemoveReactionResponse{Error: appErrorMessage(err0)}, nil
}

// GetReactions calls the plugin API's GetReactions (Mattermost 5.3+).
func (s *apiServer) GetReactions(_ context.Context, in *pb.GetReactionsRequest) (*pb.GetReactionsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetReactions(in.PostId)
	return &pb.GetReactionsResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// SendEphemeralPost calls the plugin API's SendEphemeralPost (Mattermost 5.2+).
func (s *apiServer) SendEphemeralPost(_ context.Context, in *pb.SendEphemeralPostRequest) (*pb.SendEphemeralPostResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var post *model.Post
	if err := decodeArg(in.Post, "post", &post); err != nil {
		return nil, err
	}
	r0 := api.SendEphemeralPost(in.UserId, post)
	return &pb.SendEphemeralPostResponse{Value: encodeResult(r0)}, nil
}

// UpdateEphemeralPost calls the plugin API's UpdateEphemeralPost (Mattermost 5.2+).
func (s *apiServer) UpdateEphemeralPost(_ context.Context, in *pb.UpdateEphemeralPostRequest) (*pb.UpdateEphemeralPostResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var post *model.Post
	if err := decodeArg(in.Post, "post", &post); err != nil {
		return nil, err
	}
	r0 := api.UpdateEphemeralPost(in.UserId, post)
	return &pb.UpdateEphemeralPostResponse{Value: encodeResult(r0)}, nil
}

// DeleteEphemeralPost calls the plugin API's DeleteEphemeralPost (Mattermost 5.2+).
func (s *apiServer) DeleteEphemeralPost(_ context.Context, in *pb.DeleteEphemeralPostRequest) (*pb.DeleteEphemeralPostResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	api.DeleteEphemeralPost(in.UserId, in.PostId)
	return &pb.DeleteEphemeralPostResponse{}, nil
}

// DeletePost calls the plugin API's DeletePost (Mattermost 5.2+).
func (s *apiServer) DeletePost(_ context.Context, in *pb.DeletePostRequest) (*pb.DeletePostResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.DeletePost(in.PostId)
	return &pb.DeletePostResponse{Error: appErrorMessage(err0)}, nil
}

// GetPostThread calls the plugin API's GetPostThread (Mattermost 5.6+).
func (s *apiServer) GetPostThread(_ context.Context, in *pb.GetPostThreadRequest) (*pb.GetPostThreadResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetPostThread(in.PostId)
	return &pb.GetPostThreadResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetPost calls the plugin API's GetPost (Mattermost 5.2+).
func (s *apiServer) GetPost(_ context.Context, in *pb.GetPostRequest) (*pb.GetPostResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetPost(in.PostId)
	return &pb.GetPostResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetPostsSince calls the plugin API's GetPostsSince (Mattermost 5.6+).
func (s *apiServer) GetPostsSince(_ context.Context, in *pb.GetPostsSinceRequest) (*pb.GetPostsSinceResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetPostsSince(in.ChannelId, in.Time)
	return &pb.GetPostsSinceResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetPostsAfter calls the plugin API's GetPostsAfter (Mattermost 5.6+).
func (s *apiServer) GetPostsAfter(_ context.Context, in *pb.GetPostsAfterRequest) (*pb.GetPostsAfterResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetPostsAfter(in.ChannelId, in.PostId, int(in.Page), int(in.PerPage))
	return &pb.GetPostsAfterResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetPostsBefore calls the plugin API's GetPostsBefore (Mattermost 5.6+).
func (s *apiServer) GetPostsBefore(_ context.Context, in *pb.GetPostsBeforeRequest) (*pb.GetPostsBeforeResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetPostsBefore(in.ChannelId, in.PostId, int(in.Page), int(in.PerPage))
	return &pb.GetPostsBeforeResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// GetPostsForChannel calls the plugin API's GetPostsForChannel (Mattermost 5.6+).
func (s *apiServer) GetPostsForChannel(_ context.Context, in *pb.GetPostsForChannelRequest) (*pb.GetPostsForChannelResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetPostsForChannel(in.ChannelId, int(in.Page), int(in.PerPage))
	return &pb.GetPostsForChannelResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// UpdatePost calls the plugin API's UpdatePost (Mattermost 5.2+).
func (s *apiServer) UpdatePost(_ context.Context, in *pb.UpdatePostRequest) (*pb.UpdatePostResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var post *model.Post
	if err := decodeArg(in.Post, "post", &post); err != nil {
		return nil, err
	}
	r0, err1 := api.UpdatePost(post)
	return &pb.UpdatePostResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}
