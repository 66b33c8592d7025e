package server

import (
	"sync"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/shared/mlog"
)

// recordingAPI is the plugin API the environment hands the bridge. Every
// method records its call and answers through the embedded apiRecorder
// (nothing, unless a test sets an answer), except the few a bridged plugin
// calls on its own, which answer like a server would: the plugin's settings,
// the server's version, and the Log* methods, which write to the server log
// with the plugin's id and key/value pairs as fields, as the server's
// PluginAPI does.
type recordingAPI struct {
	*apiRecorder

	mu     sync.Mutex
	config map[string]any
	logger mlog.Sugar
}

func newRecordingAPI() *recordingAPI {
	return &recordingAPI{apiRecorder: &apiRecorder{}, config: map[string]any{}}
}

func (a *recordingAPI) SetPluginSetting(key string, value any) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.config[key] = value
}

func (a *recordingAPI) GetPluginConfig() map[string]any {
	a.mu.Lock()
	out := map[string]any{}
	for k, v := range a.config {
		out[k] = v
	}
	a.mu.Unlock()
	a.record("GetPluginConfig", nil, []any{out})
	return out
}

func (a *recordingAPI) GetServerVersion() string {
	a.record("GetServerVersion", nil, []any{model.CurrentVersion})
	return model.CurrentVersion
}

func (a *recordingAPI) LogDebug(msg string, keyValuePairs ...any) {
	a.record("LogDebug", []any{msg, keyValuePairs}, nil)
	a.logger.Debugw(msg, keyValuePairs...)
}

func (a *recordingAPI) LogInfo(msg string, keyValuePairs ...any) {
	a.record("LogInfo", []any{msg, keyValuePairs}, nil)
	a.logger.Infow(msg, keyValuePairs...)
}

func (a *recordingAPI) LogWarn(msg string, keyValuePairs ...any) {
	a.record("LogWarn", []any{msg, keyValuePairs}, nil)
	a.logger.Warnw(msg, keyValuePairs...)
}

func (a *recordingAPI) LogError(msg string, keyValuePairs ...any) {
	a.record("LogError", []any{msg, keyValuePairs}, nil)
	a.logger.Errorw(msg, keyValuePairs...)
}
