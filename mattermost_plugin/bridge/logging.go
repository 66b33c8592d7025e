package main

import (
	"os"
	"sync/atomic"

	"github.com/hashicorp/go-hclog"
	"github.com/mattermost/mattermost/server/public/plugin"
)

// The bridge's log, and the Python plugin's: go-plugin's client reads the
// Python process's hclog JSON lines and hands each one to this logger at its
// own level. Once Mattermost has given the bridge its plugin API, every line
// goes through API.LogDebug/LogInfo/LogWarn/LogError, exactly as a Go plugin
// logs, so the server writes it with the plugin's id and its fields as fields.
// Before that (while the Python process starts), lines go to the bridge's
// stderr as hclog JSON, which the server's go-plugin client also logs with the
// plugin's id.

// logSink forwards log lines to the plugin API, or to stderr before there is one.
type logSink struct {
	api      atomic.Pointer[plugin.API]
	fallback hclog.Logger
}

func newLogger() (hclog.InterceptLogger, *logSink) {
	sink := &logSink{
		// The process's real stderr (go-plugin redirects os.Stderr once ClientMain
		// runs, so the file is taken now).
		fallback: hclog.New(&hclog.LoggerOptions{Output: os.Stderr, JSONFormat: true, Level: hclog.Trace}),
	}
	logger := hclog.NewInterceptLogger(&hclog.LoggerOptions{Name: "python", Output: discard{}, Level: hclog.Trace})
	logger.RegisterSink(sink)
	return logger, sink
}

// use sends the lines that follow through api (nil: back to stderr).
func (s *logSink) use(api plugin.API) {
	if api == nil {
		s.api.Store(nil)
		return
	}
	s.api.Store(&api)
}

// Accept is hclog's SinkAdapter: one log line with its key/value pairs.
func (s *logSink) Accept(name string, level hclog.Level, msg string, args ...any) {
	api := s.api.Load()
	if api == nil {
		s.fallback.Named(name).Log(level, msg, args...)
		return
	}
	fields := pairs(name, args)
	switch level {
	case hclog.Error:
		(*api).LogError(msg, fields...)
	case hclog.Warn:
		(*api).LogWarn(msg, fields...)
	case hclog.Info:
		(*api).LogInfo(msg, fields...)
	default:
		(*api).LogDebug(msg, fields...)
	}
}

// pairs is a line's key/value pairs for the plugin API: the hclog module
// becomes "logger", and the timestamp go-plugin adds is dropped (the server
// stamps its own).
func pairs(name string, args []any) []any {
	out := make([]any, 0, len(args)+2)
	module := name
	for i := 0; i+1 < len(args); i += 2 {
		key, _ := args[i].(string)
		switch key {
		case "timestamp", "@timestamp":
			continue
		case "@module":
			if text, ok := args[i+1].(string); ok && text != "" {
				module = text
			}
			continue
		}
		out = append(out, args[i], args[i+1])
	}
	return append(out, "logger", module)
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
