//go:build !linux

package python

import "os/exec"

// setParentDeathSignal has no equivalent outside Linux; there the bridge stops
// the Python process itself when it exits normally.
func setParentDeathSignal(*exec.Cmd) {}
