// Package python starts a Python plugin process the way Mattermost starts a Go
// plugin: with hashicorp/go-plugin, Mattermost's handshake and the SDK's gRPC
// protocol. The bridge uses it to host the plugin of a bundle; tests use it to
// host a plugin from a source tree.
package python

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/rpc"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/hashicorp/go-hclog"
	goplugin "github.com/hashicorp/go-plugin"
	"google.golang.org/grpc"

	"mattermost-plugin/bridge/pb"
)

// Handshake is Mattermost's plugin handshake (server/public/plugin/api.go keeps
// it unexported, so it is repeated here): the Python process checks the same
// cookie a Go plugin does.
var Handshake = goplugin.HandshakeConfig{
	ProtocolVersion:  1,
	MagicCookieKey:   "MATTERMOST_PLUGIN",
	MagicCookieValue: "Securely message teams, anywhere.",
}

// InterpreterEnv names the environment variable that chooses the Python
// interpreter on the server (a path, or a command on PATH).
const InterpreterEnv = "MATTERMOST_PLUGIN_PYTHON"

// DefaultInterpreter is the command used when nothing else chooses one.
const DefaultInterpreter = "python3"

// MinimumVersion is the oldest CPython the SDK runs on.
var MinimumVersion = Version{3, 10}

// Layout is where a bundle keeps what the Python process needs, relative to
// the plugin's folder (the one holding plugin.json).
const (
	ManifestFile = "server/bundle.json" // Metadata, below
	CodeDir      = "server/python"      // the plugin's own code; the process's working directory
	SiteDir      = "server/site"        // installed packages: common/ and cpXY-GOOS-GOARCH/
	CommonSite   = "common"             // packages that run on every Python and platform
)

// Metadata is what `mattermost-plugin bundle` writes to server/bundle.json.
type Metadata struct {
	// Target is the plugin to serve, path/to/plugin.py:ClassName, relative to CodeDir.
	Target string `json:"target"`
	// Hooks are the Go names of the hooks the plugin class implements.
	Hooks []string `json:"hooks"`
	// Pythons are the CPython versions ("3.11") packages were installed for.
	Pythons []string `json:"pythons"`
	// Platforms are the GOOS-GOARCH pairs packages were installed for.
	Platforms []string `json:"platforms"`
	// SDK is the version of mattermost-plugin the bundle was made with.
	SDK string `json:"sdk"`
}

// Version is a CPython major.minor version.
type Version struct{ Major, Minor int }

func (v Version) String() string { return fmt.Sprintf("%d.%d", v.Major, v.Minor) }

// Less reports whether v is older than o.
func (v Version) Less(o Version) bool {
	return v.Major < o.Major || (v.Major == o.Major && v.Minor < o.Minor)
}

// ParseVersion reads "3.11".
func ParseVersion(text string) (Version, error) {
	major, minor, ok := strings.Cut(strings.TrimSpace(text), ".")
	if !ok {
		return Version{}, fmt.Errorf("%q is not a major.minor version", text)
	}
	a, err1 := strconv.Atoi(major)
	b, err2 := strconv.Atoi(minor)
	if err1 != nil || err2 != nil {
		return Version{}, fmt.Errorf("%q is not a major.minor version", text)
	}
	return Version{a, b}, nil
}

// Bundle is an installed plugin bundle, as the bridge finds it.
type Bundle struct {
	Root     string // the plugin's folder
	Metadata Metadata
}

// OpenBundle reads the bundle whose bridge executable is exe
// (<root>/server/dist/<executable>).
func OpenBundle(exe string) (*Bundle, error) {
	root := filepath.Dir(filepath.Dir(filepath.Dir(exe)))
	data, err := os.ReadFile(filepath.Join(root, ManifestFile))
	if err != nil {
		return nil, fmt.Errorf("this plugin bundle is incomplete (%v); rebuild it with `mattermost-plugin bundle`", err)
	}
	b := &Bundle{Root: root}
	if err := json.Unmarshal(data, &b.Metadata); err != nil {
		return nil, fmt.Errorf("%s is not valid JSON (%v); rebuild the bundle with `mattermost-plugin bundle`", ManifestFile, err)
	}
	if b.Metadata.Target == "" {
		return nil, fmt.Errorf("%s names no plugin to serve; rebuild the bundle with `mattermost-plugin bundle`", ManifestFile)
	}
	return b, nil
}

// Interpreter is a Python interpreter found on the server.
type Interpreter struct {
	Path    string
	Version Version
	Source  string // how it was chosen, for messages
}

// FindInterpreter resolves the interpreter to run: choice (a plugin setting)
// if set, else $MATTERMOST_PLUGIN_PYTHON, else python3 on PATH; then asks it
// its version.
func FindInterpreter(choice string) (*Interpreter, error) {
	name, source := DefaultInterpreter, "python3 on the server's PATH"
	if env := strings.TrimSpace(os.Getenv(InterpreterEnv)); env != "" {
		name, source = env, "$"+InterpreterEnv
	}
	if choice = strings.TrimSpace(choice); choice != "" {
		name, source = choice, "the plugin's PythonExecutable setting"
	}
	path, err := exec.LookPath(name)
	if err != nil {
		if name == DefaultInterpreter {
			return nil, fmt.Errorf("no python3 on the server's PATH (%s): this plugin needs CPython %s or newer; install it, or set %s to its path", os.Getenv("PATH"), MinimumVersion, InterpreterEnv)
		}
		return nil, fmt.Errorf("the Python interpreter %q (from %s) cannot be run: %v", name, source, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, path, "-I", "-c", "import sys; print(sys.implementation.name, '%d.%d' % sys.version_info[:2])").Output()
	if err != nil {
		return nil, fmt.Errorf("%s (from %s) does not run as a Python interpreter: %v", path, source, err)
	}
	implementation, version, _ := strings.Cut(strings.TrimSpace(string(out)), " ")
	parsed, err := ParseVersion(version)
	if err != nil || implementation != "cpython" {
		return nil, fmt.Errorf("%s (from %s) is %s %s; this plugin needs CPython %s or newer", path, source, implementation, version, MinimumVersion)
	}
	return &Interpreter{Path: path, Version: parsed, Source: source}, nil
}

// Platform is this process's GOOS-GOARCH, as bundles name platforms.
func Platform() string { return runtime.GOOS + "-" + runtime.GOARCH }

// SitePath lists the package folders the interpreter needs from the bundle, or
// says in one line why the bundle has none for it.
func (b *Bundle) SitePath(interp *Interpreter) ([]string, error) {
	if interp.Version.Less(MinimumVersion) {
		return nil, fmt.Errorf("%s is Python %s; this plugin needs CPython %s or newer (choose another interpreter with %s)", interp.Path, interp.Version, MinimumVersion, InterpreterEnv)
	}
	platform := Platform()
	specific := filepath.Join(b.Root, SiteDir, fmt.Sprintf("cp%d%d-%s", interp.Version.Major, interp.Version.Minor, platform))
	if _, err := os.Stat(specific); err != nil {
		versions := append([]string(nil), b.Metadata.Pythons...)
		sort.Strings(versions)
		return nil, fmt.Errorf("this bundle has Python packages for CPython %s on %s, but %s (%s) is Python %s: install one of those versions and set %s to it, or rebuild the bundle with `mattermost-plugin bundle --python %s`",
			strings.Join(versions, ", "), strings.Join(b.Metadata.Platforms, " and "), interp.Path, interp.Source, interp.Version, InterpreterEnv, interp.Version)
	}
	return []string{filepath.Join(b.Root, CodeDir), filepath.Join(b.Root, SiteDir, CommonSite), specific}, nil
}

// Command is the Python process to start: `python -m mattermost_plugin serve TARGET`
// with the bundle's packages on its path and nothing of the server's Python
// environment (PYTHON* variables, user site-packages) leaking in.
func (b *Bundle) Command(interp *Interpreter, path []string) *exec.Cmd {
	cmd := exec.Command(interp.Path, "-s", "-m", "mattermost_plugin", "serve", b.Metadata.Target)
	cmd.Dir = filepath.Join(b.Root, CodeDir)
	env := []string{}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PYTHON") {
			env = append(env, kv)
		}
	}
	cmd.Env = append(env, "PYTHONPATH="+strings.Join(path, string(os.PathListSeparator)), "PYTHONNOUSERSITE=1")
	return cmd
}

// Options configure Launch.
type Options struct {
	Logger       hclog.Logger  // receives the plugin's log lines at their own levels
	AutoMTLS     bool          // go-plugin's automatic mutual TLS on the connection
	StartTimeout time.Duration // for the handshake line (the SDK prints it before importing the plugin)
	Stdout       io.Writer     // what the plugin writes to stdout (through go-plugin's stdio stream)
	Stderr       io.Writer     // what it writes to stderr outside the log
}

// Process is a running Python plugin.
type Process struct {
	Client *goplugin.Client
	Hooks  pb.PluginHooksClient
	Conn   *grpc.ClientConn
	// Broker offers the Python process services of the host's own, each under
	// an id the process dials (go-plugin's GRPCBroker).
	Broker *goplugin.GRPCBroker
}

// Launch starts cmd as a go-plugin gRPC plugin and connects to its hooks.
func Launch(cmd *exec.Cmd, opts Options) (*Process, error) {
	if opts.StartTimeout == 0 {
		opts.StartTimeout = time.Minute
	}
	if opts.Logger == nil {
		opts.Logger = hclog.NewNullLogger()
	}
	setParentDeathSignal(cmd)
	client := goplugin.NewClient(&goplugin.ClientConfig{
		HandshakeConfig:  Handshake,
		Plugins:          map[string]goplugin.Plugin{"hooks": hooksPlugin{}},
		Cmd:              cmd,
		AllowedProtocols: []goplugin.Protocol{goplugin.ProtocolGRPC},
		AutoMTLS:         opts.AutoMTLS,
		StartTimeout:     opts.StartTimeout,
		Logger:           opts.Logger,
		SyncStdout:       opts.Stdout,
		SyncStderr:       opts.Stderr,
	})
	protocol, err := client.Client()
	if err != nil {
		client.Kill()
		return nil, err
	}
	raw, err := protocol.Dispense("hooks")
	if err != nil {
		client.Kill()
		return nil, err
	}
	hooks := raw.(*hooksClient)
	return &Process{Client: client, Hooks: hooks.PluginHooksClient, Conn: hooks.conn, Broker: hooks.broker}, nil
}

// Serve offers the Python process a gRPC service through the broker and
// returns the id to send it: register adds the service to the server the
// broker makes (with go-plugin's TLS options, when AutoMTLS is on, and
// options). The service is served until the process ends.
func (p *Process) Serve(register func(*grpc.Server), options ...grpc.ServerOption) uint32 {
	id := p.Broker.NextId()
	go p.Broker.AcceptAndServe(id, func(tls []grpc.ServerOption) *grpc.Server {
		server := grpc.NewServer(append(tls, options...)...)
		register(server)
		return server
	})
	return id
}

// Implemented asks the plugin which hooks it implements.
func (p *Process) Implemented(ctx context.Context) ([]string, error) {
	response, err := p.Hooks.Implemented(ctx, &pb.ImplementedRequest{})
	if err != nil {
		return nil, err
	}
	return response.Hooks, nil
}

// hooksPlugin is the host half of go-plugin's "hooks" plugin: a gRPC client of
// the PluginHooks service.
type hooksPlugin struct{}

var _ goplugin.GRPCPlugin = hooksPlugin{}

type hooksClient struct {
	pb.PluginHooksClient
	conn   *grpc.ClientConn
	broker *goplugin.GRPCBroker
}

func (hooksPlugin) Server(*goplugin.MuxBroker) (any, error) {
	return nil, errors.New("the plugin side is written in Python")
}

func (hooksPlugin) Client(*goplugin.MuxBroker, *rpc.Client) (any, error) {
	return nil, errors.New("the Python plugin speaks gRPC only")
}

func (hooksPlugin) GRPCServer(*goplugin.GRPCBroker, *grpc.Server) error {
	return errors.New("the plugin side is written in Python")
}

func (hooksPlugin) GRPCClient(_ context.Context, broker *goplugin.GRPCBroker, conn *grpc.ClientConn) (any, error) {
	return &hooksClient{PluginHooksClient: pb.NewPluginHooksClient(conn), conn: conn, broker: broker}, nil
}
