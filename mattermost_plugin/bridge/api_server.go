// Code generated from Mattermost's plugin.API by python -m mattermost_plugin._generate; DO NOT EDIT.

package main

import (
	"context"

	"mattermost-plugin/bridge/pb"
)

// GetLicense calls the plugin API's GetLicense (Mattermost 5.10+).
func (s *apiServer) GetLicense(_ context.Context, in *pb.GetLicenseRequest) (*pb.GetLicenseResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0 := api.GetLicense()
	return &pb.GetLicenseResponse{Value: encodeResult(r0)}, nil
}

// IsEnterpriseReady calls the plugin API's IsEnterpriseReady (Mattermost 5.10+).
func (s *apiServer) IsEnterpriseReady(_ context.Context, in *pb.IsEnterpriseReadyRequest) (*pb.IsEnterpriseReadyResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0 := api.IsEnterpriseReady()
	return &pb.IsEnterpriseReadyResponse{Value: r0}, nil
}

// GetServerVersion calls the plugin API's GetServerVersion (Mattermost 5.4+).
func (s *apiServer) GetServerVersion(_ context.Context, in *pb.GetServerVersionRequest) (*pb.GetServerVersionResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0 := api.GetServerVersion()
	return &pb.GetServerVersionResponse{Value: r0}, nil
}

// GetSystemInstallDate calls the plugin API's GetSystemInstallDate (Mattermost 5.10+).
func (s *apiServer) GetSystemInstallDate(_ context.Context, in *pb.GetSystemInstallDateRequest) (*pb.GetSystemInstallDateResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetSystemInstallDate()
	return &pb.GetSystemInstallDateResponse{Value: r0, Error: appErrorMessage(err1)}, nil
}

// GetDiagnosticId calls the plugin API's GetDiagnosticId (Mattermost 5.10+).
func (s *apiServer) GetDiagnosticId(_ context.Context, in *pb.GetDiagnosticIdRequest) (*pb.GetDiagnosticIdResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0 := api.GetDiagnosticId()
	return &pb.GetDiagnosticIdResponse{Value: r0}, nil
}

// GetTelemetryId calls the plugin API's GetTelemetryId (Mattermost 5.28+).
func (s *apiServer) GetTelemetryId(_ context.Context, in *pb.GetTelemetryIdRequest) (*pb.GetTelemetryIdResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0 := api.GetTelemetryId()
	return &pb.GetTelemetryIdResponse{Value: r0}, nil
}
