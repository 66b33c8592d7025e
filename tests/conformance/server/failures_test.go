package server

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestActivationFailuresSayWhatToDo: when the Python process cannot start,
// activation fails with one line an admin understands, and the environment
// keeps it as the plugin's error (what the System Console shows).
func TestActivationFailuresSayWhatToDo(t *testing.T) {
	fake := fakeInterpreter(t, "3.9")
	future := fakeInterpreter(t, "3.99")
	cases := []struct {
		name    string
		env     string
		setting string
		want    []string
	}{
		{"MissingInterpreter", "/nonexistent/bin/python3", "", []string{`"/nonexistent/bin/python3"`, "$MATTERMOST_PLUGIN_PYTHON", "cannot be run"}},
		{"TooOld", fake, "", []string{"Python 3.9", "needs CPython 3.10 or newer"}},
		{"NoPackagesForThisVersion", future, "", []string{"this bundle has Python packages for CPython", "is Python 3.99"}},
		{"SettingWinsOverTheEnvironment", "/nonexistent/bin/python3", "/also/missing/python", []string{`"/also/missing/python"`, "PythonExecutable setting"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Setenv("MATTERMOST_PLUGIN_PYTHON", c.env)
			s := newServer(t)
			if c.setting != "" {
				s.api.SetPluginSetting("pythonexecutable", c.setting)
			}
			_, activated, err := s.env.Activate(s.id)
			if err == nil || activated {
				t.Fatalf("activation succeeded with %s", c.env)
			}
			shown := s.statusError()
			for _, want := range c.want {
				if !strings.Contains(shown, want) {
					t.Errorf("the plugin's error %q does not say %q", shown, want)
				}
			}
			if strings.Contains(shown, "\n") {
				t.Errorf("the plugin's error is more than one line: %q", shown)
			}
			if s.env.IsActive(s.id) {
				t.Error("the plugin is active")
			}
			t.Logf("the System Console shows: %s", shown)
		})
	}
}

// fakeInterpreter is a script that answers the bridge's version question like a
// CPython of that version would.
func fakeInterpreter(t *testing.T, version string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "python"+version)
	if err := os.WriteFile(path, []byte("#!/bin/sh\necho cpython "+version+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	return path
}
