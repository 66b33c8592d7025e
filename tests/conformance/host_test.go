// Package conformance launches a Python plugin exactly the way a Mattermost
// server launches a plugin (hashicorp/go-plugin, Mattermost's handshake, gRPC),
// calls every non-streaming hook with arguments built from the real Go model
// structs, and checks every reply by decoding it into those structs.
//
// Run it with tests/conformance/run.sh, which generates the Go code for
// hooks.proto first.
package conformance

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"net"
	"net/rpc"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hashicorp/go-hclog"
	goplugin "github.com/hashicorp/go-plugin"
	mmplugin "github.com/mattermost/mattermost/server/public/plugin"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"

	"mattermost-plugin/bridge/pb"
)

// handshake is Mattermost's plugin handshake (server/public/plugin/api.go,
// `var handshake`, unexported there, so repeated here verbatim).
var handshake = goplugin.HandshakeConfig{
	ProtocolVersion:  1,
	MagicCookieKey:   "MATTERMOST_PLUGIN",
	MagicCookieValue: "Securely message teams, anywhere.",
}

// hooksPlugin is the host half of the "hooks" plugin: its gRPC client is the
// generated PluginHooks client.
type hooksPlugin struct{}

var _ goplugin.GRPCPlugin = hooksPlugin{}

func (hooksPlugin) Server(*goplugin.MuxBroker) (any, error) {
	return nil, errors.New("the conformance host speaks gRPC only")
}

func (hooksPlugin) Client(*goplugin.MuxBroker, *rpc.Client) (any, error) {
	return nil, errors.New("the conformance host speaks gRPC only")
}

func (hooksPlugin) GRPCServer(*goplugin.GRPCBroker, *grpc.Server) error {
	return errors.New("the plugin side is written in Python")
}

func (hooksPlugin) GRPCClient(_ context.Context, _ *goplugin.GRPCBroker, conn *grpc.ClientConn) (any, error) {
	return pb.NewPluginHooksClient(conn), nil
}

// host is one launched plugin process and what the host saw of it.
type host struct {
	client   *goplugin.Client
	protocol goplugin.ClientProtocol
	hooks    pb.PluginHooksClient
	cmd      *exec.Cmd
	autoMTLS bool
	addr     net.Addr

	hostLog   *syncBuffer // the host's hclog output (JSON lines), plugin log lines included
	rawStderr *syncBuffer // the plugin's stderr, byte for byte
	stdout    *syncBuffer // what reached the host through GRPCStdio (stdout)
	stderr    *syncBuffer // what reached the host through GRPCStdio (stderr)
	started   time.Duration
}

type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

func pythonInterpreter() string {
	if p := os.Getenv("PYTHON"); p != "" {
		return p
	}
	return "python3"
}

func pluginFile(t *testing.T) string {
	t.Helper()
	path := os.Getenv("CONFORMANCE_PLUGIN")
	if path == "" {
		path = filepath.Join(repoRoot(t), "examples", "every_hook", "plugin.py")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	return abs
}

// launch starts the example plugin the way Mattermost's supervisor does
// (plugin/supervisor.go: same handshake, 3 s start timeout, stdout/stderr
// synced to the host), with gRPC as the only allowed protocol.
func launch(t *testing.T, autoMTLS bool) *host {
	t.Helper()
	return launchPlugin(t, pluginFile(t), autoMTLS)
}

// launchPlugin starts the plugin file like launch, with extra environment
// variables ("NAME=value") for the plugin process.
func launchPlugin(t *testing.T, file string, autoMTLS bool, env ...string) *host {
	t.Helper()
	h := &host{
		autoMTLS:  autoMTLS,
		hostLog:   &syncBuffer{},
		rawStderr: &syncBuffer{},
		stdout:    &syncBuffer{},
		stderr:    &syncBuffer{},
	}
	// Like Mattermost, start it from a directory unrelated to the plugin (and
	// not the source tree, which would shadow the installed package).
	h.cmd = exec.Command(pythonInterpreter(), "-m", "mattermost_plugin", "serve", file)
	h.cmd.Dir = t.TempDir()
	if len(env) > 0 {
		h.cmd.Env = append(os.Environ(), env...)
	}

	logger := hclog.New(&hclog.LoggerOptions{
		Name:       "conformance-host",
		Output:     h.hostLog,
		Level:      hclog.Trace,
		JSONFormat: true,
	})
	h.client = goplugin.NewClient(&goplugin.ClientConfig{
		HandshakeConfig:  handshake,
		Plugins:          map[string]goplugin.Plugin{"hooks": hooksPlugin{}},
		Cmd:              h.cmd,
		AllowedProtocols: []goplugin.Protocol{goplugin.ProtocolGRPC},
		AutoMTLS:         autoMTLS,
		StartTimeout:     startTimeout(),
		Logger:           logger,
		SyncStdout:       h.stdout,
		SyncStderr:       h.stderr,
		Stderr:           h.rawStderr,
	})
	t.Cleanup(func() {
		// Normally the suite's last step has already killed it; this covers failures.
		h.client.Kill()
		if t.Failed() {
			t.Logf("plugin stderr:\n%s", h.rawStderr.String())
			t.Logf("host log:\n%s", h.hostLog.String())
		}
	})

	begin := time.Now()
	protocol, err := h.client.Client()
	if err != nil {
		t.Fatalf("starting the plugin (%s) failed: %v\nplugin stderr:\n%s", strings.Join(h.cmd.Args, " "), err, h.rawStderr.String())
	}
	h.started = time.Since(begin)
	h.protocol = protocol
	raw, err := protocol.Dispense("hooks")
	if err != nil {
		t.Fatalf("dispensing the hooks client: %v", err)
	}
	h.hooks = raw.(pb.PluginHooksClient)
	if rc := h.client.ReattachConfig(); rc != nil {
		h.addr = rc.Addr
	}
	t.Logf("plugin pid %d listening on %s %s, handshake after %v (AutoMTLS %v)",
		h.cmd.Process.Pid, h.addr.Network(), h.addr, h.started.Round(time.Millisecond), autoMTLS)
	return h
}

func startTimeout() time.Duration {
	if v := os.Getenv("CONFORMANCE_START_TIMEOUT"); v != "" {
		if d, err := time.ParseDuration(v); err == nil {
			return d
		}
	}
	return 3 * time.Second // Mattermost's supervisor gives plugins 3 seconds.
}

func callContext(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// TestConformance runs the whole suite against one plugin process with
// AutoMTLS off and against another with AutoMTLS on.
func TestConformance(t *testing.T) {
	for _, mode := range []struct {
		name     string
		autoMTLS bool
	}{
		{"AutoMTLS=off", false},
		{"AutoMTLS=on", true},
	} {
		t.Run(mode.name, func(t *testing.T) {
			h := launch(t, mode.autoMTLS)
			runSuite(t, h)
		})
	}
}

func runSuite(t *testing.T, h *host) {
	pinged := t.Run("Ping", func(t *testing.T) {
		if err := h.protocol.Ping(); err != nil {
			t.Fatalf("health check through go-plugin's ClientProtocol.Ping failed: %v", err)
		}
	})
	if !pinged {
		t.Fatal("the plugin does not answer over go-plugin's connection; not calling the hooks")
	}
	t.Run("Transport", func(t *testing.T) { checkTransport(t, h) })
	t.Run("Implemented", func(t *testing.T) { checkImplemented(t, h) })
	t.Run("UndecodableRequest", func(t *testing.T) { checkUndecodable(t, h) })

	cases := hookCases()
	t.Run("EveryHookHasACase", func(t *testing.T) {
		var names []string
		for _, c := range cases {
			names = append(names, c.hook)
		}
		assertSameSet(t, "hooks with a test case", names, mattermostHookNames())
	})
	for _, c := range cases {
		t.Run(c.hook, func(t *testing.T) { c.run(t, h) })
	}

	t.Run("PingAfterHooks", func(t *testing.T) {
		if err := h.protocol.Ping(); err != nil {
			t.Fatalf("health check after the hook calls failed: %v", err)
		}
	})
	t.Run("PluginLogReachesHost", func(t *testing.T) { checkLogging(t, h) })
	t.Run("KillExitsCleanly", func(t *testing.T) { checkKill(t, h) })
}

// mattermostHookNames lists the methods of Mattermost's plugin.Hooks interface.
func mattermostHookNames() []string {
	hooks := reflect.TypeOf((*mmplugin.Hooks)(nil)).Elem()
	var names []string
	for i := 0; i < hooks.NumMethod(); i++ {
		if name := hooks.Method(i).Name; name != "Implemented" {
			names = append(names, name)
		}
	}
	return names
}

func checkImplemented(t *testing.T, h *host) {
	// The protocol has one RPC per Mattermost hook, named like the Go method.
	var rpcs []string
	for _, m := range pb.PluginHooks_ServiceDesc.Methods {
		if m.MethodName != "Implemented" {
			rpcs = append(rpcs, m.MethodName)
		}
	}
	for _, s := range pb.PluginHooks_ServiceDesc.Streams {
		rpcs = append(rpcs, s.StreamName)
	}
	assertSameSet(t, "PluginHooks RPCs vs Mattermost's plugin.Hooks", rpcs, mattermostHookNames())

	resp, err := h.hooks.Implemented(callContext(t), &pb.ImplementedRequest{})
	if err != nil {
		t.Fatalf("Implemented: %v", err)
	}
	seen := map[string]bool{}
	for _, name := range resp.Hooks {
		if seen[name] {
			t.Errorf("Implemented lists %s twice", name)
		}
		seen[name] = true
	}
	assertSameSet(t, "Implemented()", resp.Hooks, mattermostHookNames())
}

func checkUndecodable(t *testing.T, h *host) {
	_, err := h.hooks.MessageWillBePosted(callContext(t), &pb.MessageWillBePostedRequest{
		Context: pluginContext("undecodable"),
		Post:    []byte(`{"id": "p1", "message": `),
	})
	if status.Code(err) != codes.InvalidArgument {
		t.Fatalf("MessageWillBePosted with broken JSON: want INVALID_ARGUMENT, got %v", err)
	}
	_, err = h.hooks.MessageWillBePosted(callContext(t), &pb.MessageWillBePostedRequest{
		Context: pluginContext("wrong-type"),
		Post:    []byte(`{"id": "p1", "create_at": "yesterday"}`),
	})
	if status.Code(err) != codes.InvalidArgument {
		t.Fatalf("MessageWillBePosted with create_at as a string: want INVALID_ARGUMENT, got %v", err)
	}
}

// checkTransport checks what the socket looks like and that, with AutoMTLS on,
// the plugin refuses clients without the host's certificate.
func checkTransport(t *testing.T, h *host) {
	if h.addr == nil {
		t.Fatal("go-plugin has no address for the plugin")
	}
	if h.addr.Network() == "unix" {
		info, err := os.Stat(filepath.Dir(h.addr.String()))
		if err != nil {
			t.Fatalf("socket directory: %v", err)
		}
		if perm := info.Mode().Perm(); perm != 0o700 {
			t.Errorf("socket directory %s has mode %o, want 700", filepath.Dir(h.addr.String()), perm)
		}
	}

	dial := func(creds credentials.TransportCredentials) error {
		conn, err := grpc.NewClient("passthrough:///plugin",
			grpc.WithTransportCredentials(creds),
			grpc.WithContextDialer(func(ctx context.Context, _ string) (net.Conn, error) {
				var d net.Dialer
				return d.DialContext(ctx, h.addr.Network(), h.addr.String())
			}))
		if err != nil {
			return err
		}
		defer conn.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		defer cancel()
		_, err = pb.NewPluginHooksClient(conn).Implemented(ctx, &pb.ImplementedRequest{})
		return err
	}

	plainErr := dial(insecure.NewCredentials())
	strangerErr := dial(credentials.NewTLS(&tls.Config{
		InsecureSkipVerify: true, // we only want to see whether the plugin accepts us
		Certificates:       []tls.Certificate{strangerCertificate(t)},
	}))
	if h.autoMTLS {
		if plainErr == nil {
			t.Error("with AutoMTLS on, a plaintext client was served")
		}
		if strangerErr == nil {
			t.Error("with AutoMTLS on, a TLS client with a certificate other than the host's was served")
		}
	} else if plainErr != nil {
		t.Errorf("with AutoMTLS off, a plaintext client failed: %v", plainErr)
	}
}

func checkLogging(t *testing.T, h *host) {
	// Every line the plugin writes to stderr is an hclog JSON line, so the
	// host logs it at the plugin's level instead of as raw debug text.
	for _, line := range strings.Split(strings.TrimSpace(h.rawStderr.String()), "\n") {
		if line == "" {
			continue
		}
		var entry map[string]any
		if err := json.Unmarshal([]byte(line), &entry); err != nil {
			t.Errorf("plugin stderr line is not JSON: %q", line)
			continue
		}
		for _, key := range []string{"@level", "@message", "@timestamp"} {
			if _, ok := entry[key]; !ok {
				t.Errorf("plugin stderr line lacks %s: %q", key, line)
			}
		}
	}
	// The example logs a warning in on_configuration_change; the host must
	// have logged it as a warning with the plugin's extra field.
	found := false
	for _, line := range strings.Split(h.hostLog.String(), "\n") {
		var entry map[string]any
		if json.Unmarshal([]byte(line), &entry) != nil {
			continue
		}
		if entry["@message"] == "configuration changed" {
			found = true
			if entry["@level"] != "warn" {
				t.Errorf("the plugin's warning reached the host at level %v, want warn: %s", entry["@level"], line)
			}
			if _, ok := entry["calls"]; !ok {
				t.Errorf("the plugin's warning lost its extra field \"calls\": %s", line)
			}
		}
	}
	if !found {
		t.Errorf("the plugin's warning \"configuration changed\" never reached the host log")
	}
	// go-plugin's client warns when the plugin lacks GRPCStdio or the broker.
	for _, line := range strings.Split(h.hostLog.String(), "\n") {
		var entry map[string]any
		if json.Unmarshal([]byte(line), &entry) != nil || (entry["@level"] != "warn" && entry["@level"] != "error") {
			continue
		}
		if module, _ := entry["@module"].(string); module == "conformance-host" || module == "conformance-host.stdio" {
			message, _ := entry["@message"].(string)
			if strings.Contains(message, "stdio") || strings.Contains(message, "broker") {
				t.Errorf("go-plugin complained: %s", line)
			}
		}
	}
	if out := h.stdout.String(); out != "" {
		t.Logf("plugin stdout that reached the host through GRPCStdio: %q", out)
	}
}

// checkKill ends the plugin the way Mattermost does (supervisor.Shutdown calls
// client.Kill, which sends GRPCController/Shutdown and waits up to 2 s for
// the process to exit before killing it) and checks it exited by itself with
// status 0.
func checkKill(t *testing.T, h *host) {
	begin := time.Now()
	h.client.Kill()
	took := time.Since(begin)
	if !h.client.Exited() {
		t.Fatal("after Kill, go-plugin's client.Exited() is false")
	}
	state := h.cmd.ProcessState
	if state == nil {
		t.Fatal("after Kill, the plugin process has not been waited for")
	}
	if !state.Exited() || state.ExitCode() != 0 {
		t.Errorf("plugin process ended with %v, want exit status 0", state)
	}
	log := h.hostLog.String()
	if strings.Contains(log, "plugin failed to exit gracefully") {
		t.Errorf("go-plugin had to kill the plugin: it did not exit within 2 s of Shutdown (Kill took %v)", took)
	}
	if strings.Contains(log, "error closing client during Kill") {
		t.Errorf("go-plugin reported an error closing the client (GRPCController/Shutdown)")
	}
	t.Logf("Kill took %v; exit %v", took.Round(time.Millisecond), state)
	if h.addr != nil && h.addr.Network() == "unix" {
		if _, err := os.Stat(h.addr.String()); err == nil {
			t.Errorf("the plugin left its socket %s behind", h.addr)
		}
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func assertSameSet(t *testing.T, what string, got, want []string) {
	t.Helper()
	g := map[string]bool{}
	for _, s := range got {
		g[s] = true
	}
	w := map[string]bool{}
	for _, s := range want {
		w[s] = true
	}
	var missing, extra []string
	for s := range w {
		if !g[s] {
			missing = append(missing, s)
		}
	}
	for s := range g {
		if !w[s] {
			extra = append(extra, s)
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	if len(missing) > 0 || len(extra) > 0 {
		t.Errorf("%s: missing %v, unexpected %v", what, missing, extra)
	}
	if len(got) != len(want) {
		t.Errorf("%s: %d names, want %d", what, len(got), len(want))
	}
}
