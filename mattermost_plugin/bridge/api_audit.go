// Code generated from Mattermost's plugin.API by python -m mattermost_plugin._generate; DO NOT EDIT.

package main

import (
	"context"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/shared/mlog"

	"mattermost-plugin/bridge/pb"
)

// LogAuditRec calls the plugin API's LogAuditRec (Mattermost 10.10+).
func (s *apiServer) LogAuditRec(_ context.Context, in *pb.LogAuditRecRequest) (*pb.LogAuditRecResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var rec *model.AuditRecord
	if err := decodeArg(in.Rec, "rec", &rec); err != nil {
		return nil, err
	}
	api.LogAuditRec(rec)
	return &pb.LogAuditRecResponse{}, nil
}

// LogAuditRecWithLevel calls the plugin API's LogAuditRecWithLevel (Mattermost 10.10+).
func (s *apiServer) LogAuditRecWithLevel(_ context.Context, in *pb.LogAuditRecWithLevelRequest) (*pb.LogAuditRecWithLevelResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var rec *model.AuditRecord
	if err := decodeArg(in.Rec, "rec", &rec); err != nil {
		return nil, err
	}
	var level mlog.Level
	if err := decodeArg(in.Level, "level", &level); err != nil {
		return nil, err
	}
	api.LogAuditRecWithLevel(rec, level)
	return &pb.LogAuditRecWithLevelResponse{}, nil
}
