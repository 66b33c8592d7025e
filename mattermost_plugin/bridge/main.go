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
	"github.com/mattermost/mattermost/server/public/plugin"
)

func main() {
	bridge := newBridge()
	plugin.ClientMain(bridge)
	bridge.stop()
}
