package conformance

import (
	"context"
	"encoding/json"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	goplugin "github.com/hashicorp/go-plugin"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"

	"mattermost-plugin/bridge/pb"
)

// TestHostileLoad drives tests/plugins/misbehaving.py through go-plugin's
// client the way Mattermost's server does, while the plugin does its worst:
// every hook worker asleep in a hook, dozens of async hooks awaiting, calls
// whose request never arrives, and a child process holding the stdout and
// stderr it inherited. go-plugin's Ping (Mattermost's health check) must
// still answer at once, and Kill (GRPCController/Shutdown, then up to 2 s of
// waiting) must see the process exit by itself with status 0 and return
// without waiting for the child.
func TestHostileLoad(t *testing.T) {
	for _, mode := range []struct {
		name     string
		autoMTLS bool
	}{
		{"AutoMTLS=off", false},
		{"AutoMTLS=on", true},
	} {
		t.Run(mode.name, func(t *testing.T) {
			file := filepath.Join(repoRoot(t), "tests", "plugins", "misbehaving.py")
			h := launchPlugin(t, file, mode.autoMTLS, "MATTERMOST_PLUGIN_MAX_WORKERS=2")
			hostileLoad(t, h)
		})
	}
}

func hostileLoad(t *testing.T, h *host) {
	child := startChild(t, h)
	defer func() { _ = syscall.Kill(child, syscall.SIGKILL) }()

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	for i := 0; i < 6; i++ {
		go func() {
			_, _ = h.hooks.MessageWillBePosted(ctx, &pb.MessageWillBePostedRequest{Post: []byte(`{"message": "block 30"}`)})
		}()
	}
	for i := 0; i < 24; i++ {
		go func() {
			_, _ = h.hooks.UserWillLogIn(ctx, &pb.UserWillLogInRequest{User: []byte(`{"username": "block 30"}`)})
		}()
	}
	for i := 0; i < 12; i++ {
		withoutBody(t, ctx, h, "/mattermost.plugin.v1.PluginHooks/MessageWillBePosted")
	}
	time.Sleep(time.Second) // every hook worker is asleep in a hook by now

	var pings []time.Duration
	for i := 0; i < 50; i++ {
		begin := time.Now()
		pinged := make(chan error, 1)
		go func() { pinged <- h.protocol.Ping() }() // go-plugin's Ping has no deadline of its own
		select {
		case err := <-pinged:
			if err != nil {
				t.Fatalf("go-plugin's Ping failed while hooks block: %v", err)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("go-plugin's Ping did not answer within 5 s while hooks block")
		}
		pings = append(pings, time.Since(begin))
	}
	sort.Slice(pings, func(i, j int) bool { return pings[i] < pings[j] })
	t.Logf("Ping with every hook worker blocked: median %v, slowest %v", pings[len(pings)/2], pings[len(pings)-1])
	if slowest := pings[len(pings)-1]; slowest > time.Second {
		t.Errorf("go-plugin's Ping took %v while hooks blocked", slowest)
	}

	// An async call holds no thread while it awaits: 24 of them leave room for another.
	answer, err := h.hooks.UserWillLogIn(callContext(t), &pb.UserWillLogInRequest{User: []byte(`{"username": "ok"}`)})
	wantOK(t, "UserWillLogIn while others await", err)
	wantRejection(t, "UserWillLogIn while others await", answer.Rejection, "")

	// A request that is not a valid message is INVALID_ARGUMENT, not INTERNAL.
	truncated := []byte{0x12, 0x10, '{'} // field 2 announces 16 bytes, 1 follows
	var reply []byte
	err = h.conn(t).Invoke(callContext(t), "/mattermost.plugin.v1.PluginHooks/UserWillLogIn", truncated, &reply, grpc.ForceCodec(rawCodec{}))
	wantCode(t, "UserWillLogIn with a truncated request", err, codes.InvalidArgument)

	killed := make(chan time.Duration, 1)
	go func() {
		begin := time.Now()
		h.client.Kill()
		killed <- time.Since(begin)
	}()
	select {
	case took := <-killed:
		t.Logf("Kill took %v with hooks in flight and a child process alive", took.Round(time.Millisecond))
	case <-time.After(10 * time.Second):
		t.Fatal("go-plugin's Kill did not return within 10 s: something still holds the host's pipes")
	}
	state := h.cmd.ProcessState
	if state == nil || !state.Exited() || state.ExitCode() != 0 {
		t.Errorf("plugin process ended with %v, want exit status 0", state)
	}
	if strings.Contains(h.hostLog.String(), "plugin failed to exit gracefully") {
		t.Error("go-plugin had to kill the plugin: it did not exit within 2 s of Shutdown")
	}
}

// startChild makes the plugin start a process that outlives it, holding the
// stdout and stderr it inherited; it returns the child's pid (from the log).
func startChild(t *testing.T, h *host) int {
	t.Helper()
	resp, err := h.hooks.ExecuteCommand(callContext(t), &pb.ExecuteCommandRequest{Args: []byte(`{"command": "/misbehave child"}`)})
	wantOK(t, "ExecuteCommand /misbehave child", err)
	wantNoAppError(t, "ExecuteCommand /misbehave child", resp.Error)
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		for _, line := range strings.Split(h.rawStderr.String(), "\n") {
			var entry struct {
				Message string `json:"@message"`
				PID     int    `json:"pid"`
			}
			if json.Unmarshal([]byte(line), &entry) == nil && strings.HasPrefix(entry.Message, "started child") {
				return entry.PID
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatal("the plugin did not log its child's pid")
	return 0
}

// withoutBody opens a call on the host's connection that sends its headers
// but never its request, until ctx ends.
func withoutBody(t *testing.T, ctx context.Context, h *host, method string) {
	t.Helper()
	if _, err := h.conn(t).NewStream(ctx, &grpc.StreamDesc{ClientStreams: true, ServerStreams: true}, method); err != nil {
		t.Fatalf("opening %s: %v", method, err)
	}
}

// conn is the gRPC connection go-plugin's client made to the plugin.
func (h *host) conn(t *testing.T) *grpc.ClientConn {
	t.Helper()
	client, ok := h.protocol.(*goplugin.GRPCClient)
	if !ok {
		t.Fatalf("go-plugin's protocol client is a %T, not a *plugin.GRPCClient", h.protocol)
	}
	return client.Conn
}

// rawCodec sends and receives bytes as they are, to send what no proto
// marshaller would write.
type rawCodec struct{}

func (rawCodec) Marshal(v any) ([]byte, error) { return v.([]byte), nil }

func (rawCodec) Unmarshal(data []byte, v any) error {
	*(v.(*[]byte)) = append([]byte(nil), data...)
	return nil
}

func (rawCodec) Name() string { return "proto" }
