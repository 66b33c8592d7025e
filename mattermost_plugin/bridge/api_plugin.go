// Code generated from Mattermost's plugin.API by python -m mattermost_plugin._generate; DO NOT EDIT.

package main

import (
	"context"

	"mattermost-plugin/bridge/pb"
)

// LoadPluginConfiguration calls the plugin API's LoadPluginConfiguration (Mattermost 5.2+).
func (s *apiServer) LoadPluginConfiguration(_ context.Context, in *pb.LoadPluginConfigurationRequest) (*pb.LoadPluginConfigurationResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var dest any
	err0 := api.LoadPluginConfiguration(&dest)
	return &pb.LoadPluginConfigurationResponse{Dest: encodeResult(dest), Error: errorMessage(err0)}, nil
}

// GetPluginConfig calls the plugin API's GetPluginConfig (Mattermost 5.6+).
func (s *apiServer) GetPluginConfig(_ context.Context, in *pb.GetPluginConfigRequest) (*pb.GetPluginConfigResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0 := api.GetPluginConfig()
	return &pb.GetPluginConfigResponse{Value: encodeResult(r0)}, nil
}

// SavePluginConfig calls the plugin API's SavePluginConfig (Mattermost 5.6+).
func (s *apiServer) SavePluginConfig(_ context.Context, in *pb.SavePluginConfigRequest) (*pb.SavePluginConfigResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	var config map[string]any
	if err := decodeArg(in.Config, "config", &config); err != nil {
		return nil, err
	}
	err0 := api.SavePluginConfig(config)
	return &pb.SavePluginConfigResponse{Error: appErrorMessage(err0)}, nil
}

// GetBundlePath calls the plugin API's GetBundlePath (Mattermost 5.10+).
func (s *apiServer) GetBundlePath(_ context.Context, in *pb.GetBundlePathRequest) (*pb.GetBundlePathResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetBundlePath()
	return &pb.GetBundlePathResponse{Value: r0, Error: errorMessage(err1)}, nil
}

// GetPlugins calls the plugin API's GetPlugins (Mattermost 5.6+).
func (s *apiServer) GetPlugins(_ context.Context, in *pb.GetPluginsRequest) (*pb.GetPluginsResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetPlugins()
	return &pb.GetPluginsResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// EnablePlugin calls the plugin API's EnablePlugin (Mattermost 5.6+).
func (s *apiServer) EnablePlugin(_ context.Context, in *pb.EnablePluginRequest) (*pb.EnablePluginResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.EnablePlugin(in.Id)
	return &pb.EnablePluginResponse{Error: appErrorMessage(err0)}, nil
}

// DisablePlugin calls the plugin API's DisablePlugin (Mattermost 5.6+).
func (s *apiServer) DisablePlugin(_ context.Context, in *pb.DisablePluginRequest) (*pb.DisablePluginResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.DisablePlugin(in.Id)
	return &pb.DisablePluginResponse{Error: appErrorMessage(err0)}, nil
}

// RemovePlugin calls the plugin API's RemovePlugin (Mattermost 5.6+).
func (s *apiServer) RemovePlugin(_ context.Context, in *pb.RemovePluginRequest) (*pb.RemovePluginResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	err0 := api.RemovePlugin(in.Id)
	return &pb.RemovePluginResponse{Error: appErrorMessage(err0)}, nil
}

// GetPluginStatus calls the plugin API's GetPluginStatus (Mattermost 5.6+).
func (s *apiServer) GetPluginStatus(_ context.Context, in *pb.GetPluginStatusRequest) (*pb.GetPluginStatusResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0, err1 := api.GetPluginStatus(in.Id)
	return &pb.GetPluginStatusResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)}, nil
}

// InstallPlugin calls the plugin API's InstallPlugin (Mattermost 5.18+).
func (s *apiServer) InstallPlugin(stream pb.PluginAPI_InstallPluginServer) error {
	api, err := s.api()
	if err != nil {
		return err
	}
	in, err := stream.Recv()
	if err != nil {
		return firstMessage(err)
	}
	file := newChunkReader(stream, in.File, (*pb.InstallPluginRequest).GetFile)
	r0, err1 := api.InstallPlugin(file, in.Replace)
	return stream.SendAndClose(&pb.InstallPluginResponse{Value: encodeResult(r0), Error: appErrorMessage(err1)})
}

// GetPluginID calls the plugin API's GetPluginID (Mattermost 10.1+).
func (s *apiServer) GetPluginID(_ context.Context, in *pb.GetPluginIDRequest) (*pb.GetPluginIDResponse, error) {
	api, err := s.api()
	if err != nil {
		return nil, err
	}
	r0 := api.GetPluginID()
	return &pb.GetPluginIDResponse{Value: r0}, nil
}
