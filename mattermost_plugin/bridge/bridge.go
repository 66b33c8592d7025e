package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hashicorp/go-hclog"
	"github.com/mattermost/mattermost/server/public/plugin"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"mattermost-plugin/bridge/pb"
	"mattermost-plugin/bridge/python"
)

// PythonSetting is the plugin setting (in the System Console or config.json)
// that chooses the Python interpreter, before $MATTERMOST_PLUGIN_PYTHON.
const PythonSetting = "PythonExecutable"

// autoMTLS turns on go-plugin's mutual TLS between the bridge and the Python
// process when it is "on" (set at build time with -ldflags "-X main.autoMTLS=on").
// Off by default: the connection is a unix socket in a directory only the
// server's user can open, as Mattermost's own plugin connections are
// (docs/performance.md has what AutoMTLS costs).
var autoMTLS = "off"

// exitWatchInterval is how often the bridge checks that the Python process is alive.
const exitWatchInterval = 100 * time.Millisecond

// Bridge is the Go plugin the server sees. Its hook methods are in the
// generated hook_*.go files; those compiled in are exactly the hooks the
// Python class defines.
type Bridge struct {
	plugin.MattermostPlugin

	log   hclog.Logger
	logs  *logSink
	hooks pb.PluginHooksClient

	startOnce sync.Once
	startErr  error
	process   *python.Process
	pyHooks   map[string]bool
	stopping  atomic.Bool

	// currentAPI is the plugin API Mattermost handed over last, for the
	// PluginAPI service (api.go), which may call it from any goroutine.
	currentAPI atomic.Pointer[plugin.API]
	// apiBrokerID is the broker id of the PluginAPI service, sent to the
	// Python process with the hooks that hand the API over.
	apiBrokerID uint32
}

func newBridge() *Bridge {
	logger, sink := newLogger()
	return &Bridge{log: logger, logs: sink, hooks: pb.NewPluginHooksClient(unavailable{})}
}

// SetAPI is called by Mattermost with the plugin API just before activation
// (and with nil when the plugin process starts). The Python process is started
// here, so that OnConfigurationChange, which Mattermost calls next, reaches it.
func (b *Bridge) SetAPI(api plugin.API) {
	b.MattermostPlugin.SetAPI(api)
	b.currentAPI.Store(&api)
	b.logs.use(api)
	if api != nil {
		b.startOnce.Do(func() { b.startErr = b.start() })
	}
}

// OnActivate reports a Python process that could not start (the message is
// what the System Console shows), then hands the Python process the plugin
// API and runs the class's on_activate, if it defines one (the Python side
// answers OnActivate either way). Mattermost calls OnActivate on every plugin,
// whether or not it implements the hook, so defining it here costs the
// server nothing.
func (b *Bridge) OnActivate() error {
	if b.startErr != nil {
		return b.startErr
	}
	response, err := b.hooks.OnActivate(b.callContext(), &pb.OnActivateRequest{ApiBrokerId: b.apiBrokerID})
	if err != nil {
		b.callFailed("OnActivate", err)
		return nil
	}
	return errorOf(response.Error)
}

// start finds the interpreter, starts the Python process and connects to it.
func (b *Bridge) start() error {
	began := time.Now()
	exe, err := os.Executable()
	if err != nil {
		return fmt.Errorf("the bridge cannot find its own executable: %v", err)
	}
	bundle, err := python.OpenBundle(exe)
	if err != nil {
		return err
	}
	choice := ""
	if b.API != nil {
		if value, ok := b.API.GetPluginConfig()[strings.ToLower(PythonSetting)].(string); ok {
			choice = value
		}
	}
	interp, err := python.FindInterpreter(choice)
	if err != nil {
		return err
	}
	path, err := bundle.SitePath(interp)
	if err != nil {
		return err
	}
	process, err := python.Launch(bundle.Command(interp, path), python.Options{
		Logger:   b.log,
		AutoMTLS: autoMTLS == "on",
		Stdout:   stdoutWriter{},
		Stderr:   stderrWriter{},
	})
	if err != nil {
		return fmt.Errorf("the Python plugin process (%s, Python %s) did not start: %v", interp.Path, interp.Version, err)
	}
	implemented, err := process.Implemented(b.callContext())
	if err != nil {
		process.Client.Kill()
		return fmt.Errorf("the Python plugin process did not say which hooks it implements: %v", err)
	}
	b.pyHooks = map[string]bool{}
	for _, name := range implemented {
		b.pyHooks[name] = true
	}
	if missing := difference(bundle.Metadata.Hooks, implemented); len(missing) > 0 {
		b.log.Warn("the Python class does not define hooks this bundle was built for; rebuild it with `mattermost-plugin bundle`", "hooks", strings.Join(missing, ","))
	}
	if extra := difference(implemented, append(bundle.Metadata.Hooks, "OnActivate")); len(extra) > 0 {
		b.log.Warn("the Python class defines hooks this bundle was not built for, so Mattermost will not call them; rebuild it with `mattermost-plugin bundle`", "hooks", strings.Join(extra, ","))
	}
	b.process, b.hooks = process, process.Hooks
	b.apiBrokerID = process.Serve(b.registerAPI, apiServerOptions()...)
	b.log.Debug("python plugin started", "interpreter", interp.Path, "version", interp.Version.String(), "target", bundle.Metadata.Target, "took", time.Since(began).String())
	go b.watch()
	return nil
}

// watch exits the bridge when the Python process dies, so that Mattermost sees
// a crashed plugin, exactly as when a Go plugin crashes: the next hook calls
// fail, and the server's health check restarts the plugin.
func (b *Bridge) watch() {
	for !b.process.Client.Exited() {
		time.Sleep(exitWatchInterval)
	}
	if !b.stopping.Load() {
		b.log.Error("the Python plugin process exited; stopping the plugin so that Mattermost restarts it")
		os.Exit(1)
	}
}

// stop ends the Python process (gracefully: go-plugin asks it to shut down first).
func (b *Bridge) stop() {
	b.stopping.Store(true)
	if b.process != nil {
		b.process.Client.Kill()
	}
}

// callContext is the context of a hook call. Mattermost sets no deadline on a
// Go plugin's hooks, and neither does the bridge.
func (b *Bridge) callContext() context.Context {
	return context.Background()
}

// callFailed logs a hook call the Python process could not answer. The hook
// then returns its zero values, as Mattermost's RPC client does when a Go
// plugin's call fails: a plugin bug fails open, exactly as in Go.
func (b *Bridge) callFailed(hook string, err error) {
	if st, ok := status.FromError(err); ok {
		b.log.Error("hook call to the Python plugin failed; Mattermost gets the hook's default", "hook", hook, "code", st.Code().String(), "error", st.Message())
		return
	}
	b.log.Error("hook call to the Python plugin failed; Mattermost gets the hook's default", "hook", hook, "error", err.Error())
}

// unavailable answers every call while no Python process runs (before it
// started, or when it could not start), so hooks fail open instead of crashing.
type unavailable struct{}

var errUnavailable = status.Error(codes.Unavailable, "the Python plugin process is not running")

func (unavailable) Invoke(context.Context, string, any, any, ...grpc.CallOption) error {
	return errUnavailable
}

func (unavailable) NewStream(context.Context, *grpc.StreamDesc, string, ...grpc.CallOption) (grpc.ClientStream, error) {
	return nil, errUnavailable
}

func difference(a, b []string) []string {
	seen := map[string]bool{}
	for _, name := range b {
		seen[name] = true
	}
	var out []string
	for _, name := range a {
		if !seen[name] {
			out = append(out, name)
		}
	}
	return out
}

// stdoutWriter and stderrWriter write to the process's current stdout and
// stderr, which go-plugin points at the server once ClientMain runs (the server
// logs them with the plugin's id).
type stdoutWriter struct{}

func (stdoutWriter) Write(p []byte) (int, error) { return os.Stdout.Write(p) }

type stderrWriter struct{}

func (stderrWriter) Write(p []byte) (int, error) { return os.Stderr.Write(p) }
