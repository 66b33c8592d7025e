// The bridge: a Go plugin, built with Mattermost's own plugin.ClientMain, that
// hosts a Python plugin process and forwards Mattermost's hooks to it.
//
// A stock Mattermost server launches server plugins only as Go net/rpc
// processes and finds their hooks by reflection on the Go type. So
// `mattermost-plugin bundle` compiles this program for each plugin, with one
// generated hook_*.go file (under its build tag) for each hook the Python class
// defines: the server sees exactly those hooks, and calls nothing else.
//
//	Mattermost server --net/rpc--> bridge (this program) --gRPC, go-plugin--> Python process
//
// README.md in this folder describes the bundle layout and the failure rules.
package main

import (
	"os"
	"runtime"
	"runtime/debug"

	"github.com/mattermost/mattermost/server/public/plugin"
)

func main() {
	// One processor for the bridge's Go code, unless the admin sets GOMAXPROCS:
	// a hook call's Go work is short and the Python process (one interpreter
	// lock) is the bottleneck; with a single P a call's goroutines hand over
	// without waking other threads, about 7% off a MessageWillBePosted round
	// trip (docs/performance.md, "The bridge").
	if os.Getenv("GOMAXPROCS") == "" {
		runtime.GOMAXPROCS(1)
	}
	// A hook call allocates a few kilobytes and keeps none of them, and the live
	// heap is small: collecting at four times the live heap rather than twice
	// takes about 4% off a round trip for a few megabytes (unless GOGC is set).
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	bridge := newBridge()
	plugin.ClientMain(bridge)
	bridge.stop()
}
