package server

import (
	"fmt"
	"sync"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
	"github.com/mattermost/mattermost/server/public/shared/mlog"
)

// recordingAPI is the plugin API the environment hands the bridge: the few
// methods a bridged plugin calls today answer like a server would (the Log*
// methods write to the server log with the plugin's id, key/value pairs as
// fields, as the server's PluginAPI does), and every call is recorded. Any
// other method panics (the embedded interface is nil), which fails the test
// loudly.
type recordingAPI struct {
	plugin.API

	mu     sync.Mutex
	config map[string]any
	calls  []string
	logger mlog.Sugar
}

func newRecordingAPI() *recordingAPI {
	return &recordingAPI{config: map[string]any{}}
}

func (a *recordingAPI) record(format string, args ...any) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.calls = append(a.calls, fmt.Sprintf(format, args...))
}

func (a *recordingAPI) Calls() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]string(nil), a.calls...)
}

func (a *recordingAPI) SetPluginSetting(key string, value any) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.config[key] = value
}

func (a *recordingAPI) GetPluginConfig() map[string]any {
	a.record("GetPluginConfig")
	a.mu.Lock()
	defer a.mu.Unlock()
	out := map[string]any{}
	for k, v := range a.config {
		out[k] = v
	}
	return out
}

func (a *recordingAPI) GetServerVersion() string { return model.CurrentVersion }

func (a *recordingAPI) LogDebug(msg string, keyValuePairs ...any) {
	a.record("LogDebug %s", msg)
	a.logger.Debugw(msg, keyValuePairs...)
}

func (a *recordingAPI) LogInfo(msg string, keyValuePairs ...any) {
	a.record("LogInfo %s", msg)
	a.logger.Infow(msg, keyValuePairs...)
}

func (a *recordingAPI) LogWarn(msg string, keyValuePairs ...any) {
	a.record("LogWarn %s", msg)
	a.logger.Warnw(msg, keyValuePairs...)
}

func (a *recordingAPI) LogError(msg string, keyValuePairs ...any) {
	a.record("LogError %s", msg)
	a.logger.Errorw(msg, keyValuePairs...)
}
