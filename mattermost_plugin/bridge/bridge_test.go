//go:build allhooks

package main

import (
	"reflect"
	"testing"

	"github.com/mattermost/mattermost/server/public/plugin"
)

// TestEveryHookMatchesGo checks each bridge method against plugin.Hooks the way
// Mattermost's Implemented does (hooksRPCServer.Implemented): same name, same
// parameter and result types. A method that differs would never be called.
// It covers the hand-written methods (OnActivate and the streaming hooks) as
// well as the generated ones.
func TestEveryHookMatchesGo(t *testing.T) {
	hooks := reflect.TypeFor[plugin.Hooks]()
	bridge := reflect.TypeFor[*Bridge]()
	for method := range hooks.Methods() {
		if method.Name == "Implemented" {
			continue
		}
		got, ok := bridge.MethodByName(method.Name)
		if !ok {
			t.Errorf("the bridge has no %s method", method.Name)
			continue
		}
		want := method.Type
		if got.Type.NumIn() != want.NumIn()+1 || got.Type.NumOut() != want.NumOut() {
			t.Errorf("%s: bridge signature %v, Mattermost's %v", method.Name, got.Type, want)
			continue
		}
		for i := 0; i < want.NumIn(); i++ {
			if got.Type.In(i+1) != want.In(i) {
				t.Errorf("%s: parameter %d is %v, Mattermost's is %v", method.Name, i, got.Type.In(i+1), want.In(i))
			}
		}
		for i := 0; i < want.NumOut(); i++ {
			if got.Type.Out(i) != want.Out(i) {
				t.Errorf("%s: result %d is %v, Mattermost's is %v", method.Name, i, got.Type.Out(i), want.Out(i))
			}
		}
	}
}
