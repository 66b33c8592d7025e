// Package server loads a plugin bundle made by `mattermost-plugin bundle` into
// Mattermost's own plugin environment (plugin.NewEnvironment from
// server/public: the code a Mattermost server runs to scan its plugins folder,
// read manifests, start plugins through its supervisor over net/rpc and call
// their hooks) and drives it as the server does.
//
// The bundle comes from $SERVER_BUNDLE (a .tar.gz, or a folder holding the
// extracted plugin); tests/test_server.py builds it from examples/every_hook
// and runs this package. The plugin API tests (api_*_test.go) load
// $API_BUNDLE instead, built from tests/api_plugin, and the web test
// (web_test.go) $WEB_BUNDLE, built from tests/web_plugin.
package server

import (
	"archive/tar"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
	"github.com/mattermost/mattermost/server/public/shared/mlog"
)

// server is one plugin environment with one installed bundle.
type server struct {
	env       *plugin.Environment
	api       *recordingAPI
	log       *mlog.Buffer
	pluginDir string
	id        string
	metadata  bundleMetadata
}

// bundleMetadata is the part of server/bundle.json the test reads.
type bundleMetadata struct {
	Target string   `json:"target"`
	Hooks  []string `json:"hooks"`
}

// newServer installs the bundle of $SERVER_BUNDLE into a fresh plugins
// folder, as a server does when an admin uploads it, and creates the
// environment around it.
func newServer(t *testing.T) *server {
	t.Helper()
	return newServerFrom(t, "SERVER_BUNDLE")
}

// newServerFrom is newServer for the bundle named by another variable.
func newServerFrom(t *testing.T, variable string) *server {
	t.Helper()
	source := os.Getenv(variable)
	if source == "" {
		t.Skip(variable + " is not set; tests/test_server.py builds a bundle and runs this test")
	}
	s := &server{api: newRecordingAPI(), log: &mlog.Buffer{}, pluginDir: t.TempDir()}
	s.id = install(t, source, s.pluginDir)
	data, err := os.ReadFile(filepath.Join(s.pluginDir, s.id, "server", "bundle.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &s.metadata); err != nil {
		t.Fatal(err)
	}
	logger, err := mlog.NewLogger()
	if err != nil {
		t.Fatal(err)
	}
	if err := mlog.AddWriterTarget(logger, s.log, true, mlog.StdAll...); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = logger.Shutdown() })
	s.env, err = plugin.NewEnvironment(func(m *model.Manifest) plugin.API {
		s.api.logger = logger.Sugar(mlog.String("plugin_id", m.Id))
		return s.api
	}, nil, s.pluginDir, t.TempDir(), logger, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		s.env.Shutdown()
		if t.Failed() {
			t.Logf("server log:\n%s", s.log.String())
		}
	})
	return s
}

// install puts a bundle into pluginDir and returns the plugin's id.
func install(t *testing.T, source, pluginDir string) string {
	t.Helper()
	info, err := os.Stat(source)
	if err != nil {
		t.Fatal(err)
	}
	if info.IsDir() {
		manifest, _, err := model.FindManifest(source)
		if err != nil {
			t.Fatalf("%s holds no plugin manifest: %v", source, err)
		}
		if err := os.CopyFS(filepath.Join(pluginDir, manifest.Id), os.DirFS(source)); err != nil {
			t.Fatal(err)
		}
		return manifest.Id
	}
	extractTarGz(t, source, pluginDir)
	entries, err := os.ReadDir(pluginDir)
	if err != nil || len(entries) != 1 {
		t.Fatalf("the bundle must hold exactly one top-level folder, got %v (%v)", entries, err)
	}
	manifest, _, err := model.FindManifest(filepath.Join(pluginDir, entries[0].Name()))
	if err != nil {
		t.Fatal(err)
	}
	if manifest.Id != entries[0].Name() {
		t.Fatalf("the bundle's folder is %q but its manifest's id is %q", entries[0].Name(), manifest.Id)
	}
	return manifest.Id
}

func extractTarGz(t *testing.T, archive, into string) {
	t.Helper()
	f, err := os.Open(archive)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	r := tar.NewReader(gz)
	for {
		header, err := r.Next()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		target := filepath.Join(into, header.Name)
		if !strings.HasPrefix(target, filepath.Clean(into)+string(os.PathSeparator)) {
			t.Fatalf("the bundle's entry %q escapes its folder", header.Name)
		}
		switch header.Typeflag {
		case tar.TypeDir:
			if err := os.MkdirAll(target, 0o755); err != nil {
				t.Fatal(err)
			}
		case tar.TypeReg:
			if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
				t.Fatal(err)
			}
			out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, os.FileMode(header.Mode)&0o777)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := io.Copy(out, r); err != nil {
				t.Fatal(err)
			}
			out.Close()
		default:
			t.Fatalf("the bundle's entry %q is neither a file nor a folder (type %c)", header.Name, header.Typeflag)
		}
	}
}

// activate activates the plugin and returns how long it took.
func (s *server) activate(t *testing.T) time.Duration {
	t.Helper()
	began := time.Now()
	_, activated, err := s.env.Activate(s.id)
	took := time.Since(began)
	if err != nil || !activated {
		t.Fatalf("activating %s: activated=%v err=%v", s.id, activated, err)
	}
	return took
}

func (s *server) hooks(t *testing.T) plugin.Hooks {
	t.Helper()
	hooks, err := s.env.HooksForPlugin(s.id)
	if err != nil {
		t.Fatal(err)
	}
	return hooks
}

// logged returns the server log entries carrying this plugin's id.
func (s *server) logged(t *testing.T) []map[string]any {
	t.Helper()
	var entries []map[string]any
	for _, line := range strings.Split(s.log.String(), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var entry map[string]any
		if err := json.Unmarshal([]byte(line), &entry); err != nil {
			continue
		}
		if entry["plugin_id"] == s.id {
			entries = append(entries, entry)
		}
	}
	return entries
}

// waitForLog waits until a log entry of this plugin at level has msg containing text.
func (s *server) waitForLog(t *testing.T, level, text string) map[string]any {
	t.Helper()
	return s.waitForEntry(t, fmt.Sprintf("a %s entry containing %q", level, text), func(entry map[string]any) bool {
		msg, _ := entry["msg"].(string)
		return entry["level"] == level && strings.Contains(msg, text)
	})
}

// waitForEntry waits until a log entry of this plugin matches; what describes it.
func (s *server) waitForEntry(t *testing.T, what string, match func(entry map[string]any) bool) map[string]any {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		for _, entry := range s.logged(t) {
			if match(entry) {
				return entry
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("the server log has no entry from %s: %s", s.id, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// command runs "/everyhook ..." through ExecuteCommand, as the server would.
func command(t *testing.T, hooks plugin.Hooks, text string) *model.CommandResponse {
	t.Helper()
	response, appErr := hooks.ExecuteCommand(&plugin.Context{RequestId: "command"}, &model.CommandArgs{Command: text, UserId: "server-test"})
	if appErr != nil {
		t.Fatalf("%s: %v", text, appErr)
	}
	if response == nil {
		t.Fatalf("%s: no response", text)
	}
	return response
}

// pythonPID asks the plugin for its process id.
func pythonPID(t *testing.T, hooks plugin.Hooks) int {
	t.Helper()
	pid, ok := command(t, hooks, "/everyhook pid").Props["pid"].(float64)
	if !ok || pid <= 0 {
		t.Fatal("/everyhook pid gave no pid")
	}
	return int(pid)
}

func alive(pid int) bool {
	return syscall.Kill(pid, 0) == nil
}

func waitUntil(t *testing.T, what string, timeout time.Duration, done func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !done() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting until %s", timeout, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// mattermostHooks are the names of plugin.Hooks' methods, without Implemented.
func mattermostHooks() []string {
	var names []string
	for method := range reflectHooks().Methods() {
		if method.Name != "Implemented" {
			names = append(names, method.Name)
		}
	}
	return names
}

func sorted(names []string) []string {
	out := append([]string(nil), names...)
	sort.Strings(out)
	return out
}

// TestActivates is what every bundle must do, whatever its plugin: activate,
// report exactly the hooks its Python class defines (and OnActivate, which
// every plugin answers), pass the health check, and deactivate.
func TestActivates(t *testing.T) {
	s := newServer(t)
	took := s.activate(t)
	t.Logf("activation of %s: %v", s.id, took.Round(time.Millisecond))
	got, err := s.hooks(t).Implemented()
	if err != nil {
		t.Fatal(err)
	}
	want := unique(append([]string{"OnActivate"}, s.metadata.Hooks...))
	if strings.Join(sorted(unique(got)), ",") != strings.Join(sorted(want), ",") {
		t.Errorf("Implemented:\n got %v\nwant %v", sorted(got), sorted(want))
	}
	if err := s.env.PerformHealthCheck(s.id); err != nil {
		t.Errorf("health check: %v", err)
	}
	if !s.env.Deactivate(s.id) {
		t.Error("Deactivate reported the plugin was not active")
	}
}

// TestServer is the whole life of a bridged Python plugin in Mattermost's
// plugin environment: activation, Implemented, every hook, logs, a crash and
// the health check's restart, deactivation, and a second activation.
func TestServer(t *testing.T) {
	s := newServer(t)

	first := s.activate(t)
	t.Logf("first activation (fresh bundle, nothing compiled yet): %v", first.Round(time.Millisecond))
	hooks := s.hooks(t)

	t.Run("Implemented", func(t *testing.T) {
		got, err := hooks.Implemented()
		if err != nil {
			t.Fatal(err)
		}
		want := append([]string{"OnActivate"}, s.metadata.Hooks...)
		if strings.Join(sorted(unique(got)), ",") != strings.Join(sorted(unique(want)), ",") {
			t.Errorf("Implemented:\n got %v\nwant %v (the Python class's hooks, and OnActivate)", sorted(got), sorted(unique(want)))
		}
	})

	t.Run("LogsReachTheServerLog", func(t *testing.T) {
		entry := s.waitForLog(t, "info", "every_hook activated")
		if entry["plugin_id"] != s.id {
			t.Errorf("the entry does not carry the plugin's id: %v", entry)
		}
		// Extra fields arrive as fields of the entry, as a Go plugin's LogWarn pairs do.
		changed := s.waitForLog(t, "warn", "configuration changed")
		if fmt.Sprint(changed["calls"]) != "1" || changed["logger"] != "plugin.EveryHook" {
			t.Errorf("the entry's fields: %v", changed)
		}
	})

	t.Run("Hooks", func(t *testing.T) { runHookCases(t, s) })

	t.Run("CrashedPythonProcessIsRestartedByTheHealthCheck", func(t *testing.T) {
		pid := pythonPID(t, s.hooks(t))
		if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		waitUntil(t, "the health check sees the crash", 10*time.Second, func() bool { return s.env.PerformHealthCheck(s.id) != nil })
		// Like a crashed Go plugin: the hook fails open (the post goes through unchanged).
		post, reason := s.hooks(t).MessageWillBePosted(&plugin.Context{}, &model.Post{Message: "darn"})
		if post == nil || post.Message != "darn" || reason != "" {
			t.Errorf("a hook of a crashed plugin returned (%v, %q), want the post allowed unchanged", post, reason)
		}
		s.env.TogglePluginHealthCheckJob(true)
		defer s.env.TogglePluginHealthCheckJob(false)
		s.env.GetPluginHealthCheckJob().CheckPlugin(s.id)
		if !s.env.IsActive(s.id) {
			t.Fatalf("the plugin is not active after the health check restarted it: %v", s.statusError())
		}
		if err := s.env.PerformHealthCheck(s.id); err != nil {
			t.Fatalf("health check after the restart: %v", err)
		}
		again := pythonPID(t, s.hooks(t))
		if again == pid {
			t.Errorf("the plugin still runs in the killed process %d", pid)
		}
		_, reason = s.hooks(t).MessageWillBePosted(&plugin.Context{}, &model.Post{Message: "darn"})
		if reason != "Watch your language" {
			t.Errorf("after the restart MessageWillBePosted answered %q", reason)
		}
	})

	t.Run("DeactivateStopsEverything", func(t *testing.T) {
		pid := pythonPID(t, s.hooks(t))
		if !s.env.Deactivate(s.id) {
			t.Fatal("Deactivate reported the plugin was not active")
		}
		waitUntil(t, "the Python process exits", 5*time.Second, func() bool { return !alive(pid) })
	})

	t.Run("SecondActivation", func(t *testing.T) {
		second := s.activate(t)
		t.Logf("second activation (the bundle's Python files already compiled): %v", second.Round(time.Millisecond))
		if reason := func() string {
			_, r := s.hooks(t).MessageWillBePosted(&plugin.Context{}, &model.Post{Message: "darn"})
			return r
		}(); reason != "Watch your language" {
			t.Errorf("after reactivation MessageWillBePosted answered %q", reason)
		}
		s.env.Deactivate(s.id)
	})
}

func (s *server) statusError() string {
	statuses, err := s.env.Statuses()
	if err != nil {
		return err.Error()
	}
	for _, status := range statuses {
		if status.PluginId == s.id {
			return status.Error
		}
	}
	return "no status"
}

func unique(names []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, name := range names {
		if !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	return out
}
