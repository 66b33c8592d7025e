// The API benchmark's runner: plugin API calls made from a bridged Python
// plugin's hook and from a Go plugin's, through one plugin.NewEnvironment
// whose plugin API answers KVGet and CreatePost at once. Batches of each
// series alternate, so that every series sees the same machine; each plugin
// times its own calls. benchmarks/api.py prepares the plugins folder and
// reads the JSON this prints.
//
// Series (each for kvget and createpost): go (the Go plugin's p.API), api and
// async (the Python plugin's self.api and self.async_api), floor (the Python
// client against a gRPC server here that answers at once with what the bridge
// answers), sdk (the Python client without transport), and bridge_json (the
// JSON the bridge reads and writes for the call, timed here).
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
	"github.com/mattermost/mattermost/server/public/shared/mlog"
	"google.golang.org/grpc"
	"google.golang.org/grpc/encoding"
	"google.golang.org/protobuf/encoding/protowire"
)

// value is what KVGet answers (api_calls.py's VALUE).
var value = []byte(strings.Repeat("v", 100))

// benchAPI answers the benchmark's calls at once, as a server with everything cached would.
type benchAPI struct{ plugin.API }

func (benchAPI) GetPluginConfig() map[string]any { return map[string]any{} }
func (benchAPI) LogDebug(string, ...any)         {}
func (benchAPI) LogInfo(string, ...any)          {}
func (benchAPI) LogWarn(string, ...any)          {}
func (benchAPI) LogError(string, ...any)         {}

func (benchAPI) KVGet(string) ([]byte, *model.AppError) { return value, nil }

func (benchAPI) CreatePost(post *model.Post) (*model.Post, *model.AppError) {
	created := post.Clone()
	created.Id = "created-post-id"
	return created, nil
}

// rawCodec sends and receives bytes as they are.
type rawCodec struct{}

func (rawCodec) Marshal(v any) ([]byte, error) { return *(v.(*[]byte)), nil }
func (rawCodec) Unmarshal(data []byte, v any) error {
	*(v.(*[]byte)) = append([]byte(nil), data...)
	return nil
}
func (rawCodec) Name() string { return "raw" }

var _ encoding.Codec = rawCodec{}

// floorServer answers KVGet and CreatePost at once with the bytes the bridge
// sends back for them: the Python client's round trip without the bridge.
func floorServer(socket string, createdJSON []byte) *grpc.Server {
	answers := map[string][]byte{
		"/mattermost.plugin.v1.PluginAPI/KVGet":      protowire.AppendBytes(protowire.AppendTag(nil, 1, protowire.BytesType), value),
		"/mattermost.plugin.v1.PluginAPI/CreatePost": protowire.AppendBytes(protowire.AppendTag(nil, 1, protowire.BytesType), createdJSON),
	}
	server := grpc.NewServer(grpc.ForceServerCodec(rawCodec{}), grpc.UnknownServiceHandler(func(_ any, stream grpc.ServerStream) error {
		method, _ := grpc.MethodFromServerStream(stream)
		var request []byte
		if err := stream.RecvMsg(&request); err != nil {
			return err
		}
		answer := answers[method]
		return stream.SendMsg(&answer)
	}))
	listener, err := net.Listen("unix", socket)
	check(err)
	go func() { _ = server.Serve(listener) }()
	return server
}

type series struct {
	samples []float64 // microseconds
	P50     float64   `json:"p50_us"`
	P90     float64   `json:"p90_us"`
	P99     float64   `json:"p99_us"`
	Mean    float64   `json:"mean_us"`
	Calls   int       `json:"calls"`
}

func (s *series) finish() {
	sort.Float64s(s.samples)
	at := func(q float64) float64 { return s.samples[int(q*float64(len(s.samples)-1))] }
	s.P50, s.P90, s.P99 = at(0.5), at(0.9), at(0.99)
	total := 0.0
	for _, v := range s.samples {
		total += v
	}
	s.Mean, s.Calls = total/float64(len(s.samples)), len(s.samples)
}

func main() {
	pluginDir := flag.String("plugins", "", "the plugins folder holding both plugins")
	pythonID := flag.String("python", "", "the bridged Python plugin's id")
	goID := flag.String("go", "", "the Go plugin's id")
	postFile := flag.String("post", "", "the created post's JSON (what the bridge answers CreatePost with)")
	calls := flag.Int("n", 3000, "timed calls of each series and method")
	batch := flag.Int("batch", 100, "calls per hook call")
	wait := flag.Bool("wait", false, "once the plugins are active, say \"active\" on stdout and wait for a line on stdin (to pin them to CPUs)")
	flag.Parse()

	createdJSON, err := os.ReadFile(*postFile)
	check(err)
	var created model.Post
	check(json.Unmarshal(createdJSON, &created))
	sent := created.Clone()
	sent.Id = ""
	sentJSON, err := json.Marshal(sent)
	check(err)

	socketDir, err := os.MkdirTemp("", "mmapi-")
	check(err)
	defer os.RemoveAll(socketDir)
	socket := filepath.Join(socketDir, "floor.sock")
	floor := floorServer(socket, createdJSON)
	defer floor.Stop()

	logger, err := mlog.NewLogger()
	check(err)
	env, err := plugin.NewEnvironment(func(*model.Manifest) plugin.API { return benchAPI{} }, nil, *pluginDir, os.TempDir(), logger, nil)
	check(err)
	defer env.Shutdown()
	hooks := map[string]plugin.Hooks{}
	for _, id := range []string{*pythonID, *goID} {
		_, _, err = env.Activate(id)
		check(err)
		hooks[id], err = env.HooksForPlugin(id)
		check(err)
	}
	if *wait {
		fmt.Println("active")
		_, err = bufio.NewReader(os.Stdin).ReadString('\n')
		check(err)
	}

	run := func(id, command string) []float64 {
		response, appErr := hooks[id].ExecuteCommand(&plugin.Context{}, &model.CommandArgs{Command: command})
		if appErr != nil {
			check(appErr)
		}
		raw, _ := response.Props["ns"].([]any)
		if len(raw) == 0 {
			check(fmt.Errorf("%s answered %q without timings", command, response.Text))
		}
		out := make([]float64, len(raw))
		for i, v := range raw {
			switch n := v.(type) {
			case float64:
				out[i] = n / 1000
			case int64:
				out[i] = float64(n) / 1000
			}
		}
		return out
	}
	kinds := []string{"go", "api", "async", "floor", "sdk", "bridge_json"}
	result := map[string]map[string]*series{}
	for _, method := range []string{"kvget", "createpost"} {
		result[method] = map[string]*series{}
		for _, kind := range kinds {
			result[method][kind] = &series{}
		}
		batchOf := func(kind string, n int) []float64 {
			switch kind {
			case "go":
				return run(*goID, fmt.Sprintf("/bench go %s %d", method, n))
			case "floor":
				return run(*pythonID, fmt.Sprintf("/bench floor %s %d %s", method, n, socket))
			case "bridge_json":
				// What the bridge's Go adds: the arguments' JSON in, the result's JSON out.
				out := make([]float64, n)
				for i := range out {
					began := time.Now()
					if method == "createpost" {
						var post *model.Post
						check(json.Unmarshal(sentJSON, &post))
						_, err := json.Marshal(&created)
						check(err)
					}
					out[i] = float64(time.Since(began).Nanoseconds()) / 1000
				}
				return out
			default:
				return run(*pythonID, fmt.Sprintf("/bench %s %s %d", kind, method, n))
			}
		}
		for _, kind := range kinds { // warm up
			batchOf(kind, *batch)
		}
		for round := 0; round*(*batch) < *calls; round++ {
			for j := range kinds {
				kind := kinds[(round+j)%len(kinds)]
				s := result[method][kind]
				s.samples = append(s.samples, batchOf(kind, *batch)...)
			}
		}
		for _, s := range result[method] {
			s.finish()
		}
	}
	out, err := json.MarshalIndent(result, "", "  ")
	check(err)
	fmt.Println(string(out))
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "api benchmark:", err)
		os.Exit(1)
	}
}
