// The bridge benchmark: MessageWillBePosted through Mattermost's own plugin
// environment for a bridged Python plugin, against the floor of any bridge to a
// grpcio process: a Go plugin making the same edit, plus a bare grpcio echo of
// the bytes the bridge sends. The calls alternate one by one, so every series
// sees the same machine. benchmarks/bridge.py prepares the plugins folder and
// the echo server and reads the JSON this prints.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
	"github.com/mattermost/mattermost/server/public/shared/mlog"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/protobuf/encoding/protowire"
)

type nullAPI struct{ plugin.API }

func (nullAPI) GetPluginConfig() map[string]any { return map[string]any{} }
func (nullAPI) LogDebug(string, ...any)         {}
func (nullAPI) LogInfo(string, ...any)          {}
func (nullAPI) LogWarn(string, ...any)          {}
func (nullAPI) LogError(string, ...any)         {}

// rawCodec sends and receives bytes as they are.
type rawCodec struct{}

func (rawCodec) Marshal(v any) ([]byte, error) { return *(v.(*[]byte)), nil }
func (rawCodec) Unmarshal(data []byte, v any) error {
	*(v.(*[]byte)) = append([]byte(nil), data...)
	return nil
}
func (rawCodec) Name() string { return "raw" }

// series is one kind of call's latencies.
type series struct {
	Name    string    `json:"name"`
	samples []float64 // microseconds
	P50     float64   `json:"p50_us"`
	P90     float64   `json:"p90_us"`
	P99     float64   `json:"p99_us"`
	Mean    float64   `json:"mean_us"`
}

func (s *series) finish() {
	sort.Float64s(s.samples)
	at := func(q float64) float64 { return s.samples[int(q*float64(len(s.samples)-1))] }
	s.P50, s.P90, s.P99 = at(0.5), at(0.9), at(0.99)
	total := 0.0
	for _, v := range s.samples {
		total += v
	}
	s.Mean = total / float64(len(s.samples))
}

func main() {
	pluginDir := flag.String("plugins", "", "the plugins folder holding both plugins")
	pythonIDs := flag.String("python", "", "the bridged Python plugins' ids, comma-separated (each is a series)")
	goID := flag.String("go", "", "the Go plugin's id")
	echoSocket := flag.String("echo", "", "the unix socket of the grpcio echo server")
	hookSocket := flag.String("hook", "", "optional: the unix socket of the same Python plugin served on its own, called directly")
	postFile := flag.String("post", "", "the post's JSON")
	calls := flag.Int("n", 3000, "calls of each kind")
	warmup := flag.Int("warmup", 300, "calls of each kind before timing")
	wait := flag.Bool("wait", false, "once the plugins are active, say \"active\" on stdout and wait for a line on stdin (to pin them to CPUs)")
	flag.Parse()

	var post model.Post
	data, err := os.ReadFile(*postFile)
	check(err)
	check(json.Unmarshal(data, &post))

	logger, err := mlog.NewLogger()
	check(err)
	env, err := plugin.NewEnvironment(func(*model.Manifest) plugin.API { return nullAPI{} }, nil, *pluginDir, os.TempDir(), logger, nil)
	check(err)
	defer env.Shutdown()
	// Each plugin is activated twice: first from the freshly installed bundle
	// (Python compiles every module it imports), then again once deactivated
	// (the compiled files are there).
	activate := func(id string) map[string]float64 {
		times := map[string]float64{}
		for _, round := range []string{"first", "second"} {
			if round == "second" {
				env.Deactivate(id)
			}
			began := time.Now()
			_, _, err := env.Activate(id)
			check(err)
			times[round] = float64(time.Since(began).Microseconds()) / 1000
		}
		return times
	}
	activations := map[string]map[string]float64{}
	pythons := map[string]plugin.Hooks{}
	for _, id := range strings.Split(*pythonIDs, ",") {
		activations[id] = activate(id)
		pythons[id], err = env.HooksForPlugin(id)
		check(err)
	}
	activations[*goID] = activate(*goID)
	goHooks, err := env.HooksForPlugin(*goID)
	check(err)
	if *wait {
		fmt.Println("active")
		_, err = bufio.NewReader(os.Stdin).ReadString('\n')
		check(err)
	}

	conn, err := grpc.NewClient("unix://"+*echoSocket, grpc.WithTransportCredentials(insecure.NewCredentials()), grpc.WithDefaultCallOptions(grpc.ForceCodec(rawCodec{})))
	check(err)
	defer conn.Close()
	// The echo carries what the bridge sends: a MessageWillBePostedRequest with the
	// context (field 1) and the post's JSON (field 2).
	c := &plugin.Context{SessionId: "s1", RequestId: "r1", UserAgent: "bench"}
	postJSON, err := json.Marshal(&post)
	check(err)
	var contextBytes []byte
	contextBytes = protowire.AppendTag(contextBytes, 1, protowire.BytesType)
	contextBytes = protowire.AppendString(contextBytes, c.SessionId)
	contextBytes = protowire.AppendTag(contextBytes, 3, protowire.BytesType)
	contextBytes = protowire.AppendString(contextBytes, c.RequestId)
	contextBytes = protowire.AppendTag(contextBytes, 6, protowire.BytesType)
	contextBytes = protowire.AppendString(contextBytes, c.UserAgent)
	var request []byte
	request = protowire.AppendTag(request, 1, protowire.BytesType)
	request = protowire.AppendBytes(request, contextBytes)
	request = protowire.AppendTag(request, 2, protowire.BytesType)
	request = protowire.AppendBytes(request, postJSON)

	kinds := []*series{{Name: "go_plugin"}, {Name: "grpc_echo"}, {Name: "bridge_json"}}
	calls1 := map[string]func(){
		"go_plugin": func() {
			p, reason := goHooks.MessageWillBePosted(c, post.Clone())
			if p == nil || p.Message == post.Message || reason != "" {
				panic("the Go plugin did not replace the post")
			}
		},
		"grpc_echo": func() {
			var reply []byte
			if err := conn.Invoke(context.Background(), "/bench.v1.Echo/Echo", &request, &reply); err != nil {
				panic(err)
			}
		},
		// What the bridge adds in Go for this hook: the post to JSON and the replacement back.
		"bridge_json": func() {
			out, err := json.Marshal(post.Clone())
			check(err)
			var back model.Post
			check(json.Unmarshal(out, &back))
		},
	}
	if *hookSocket != "" {
		// The Python plugin's hook called straight from here with the bridge's request:
		// what the Python side costs over the echo, without the bridge in between.
		direct, err := grpc.NewClient("unix://"+*hookSocket, grpc.WithTransportCredentials(insecure.NewCredentials()), grpc.WithDefaultCallOptions(grpc.ForceCodec(rawCodec{})))
		check(err)
		defer direct.Close()
		kinds = append(kinds, &series{Name: "python_hook_direct"})
		calls1["python_hook_direct"] = func() {
			var reply []byte
			if err := direct.Invoke(context.Background(), "/mattermost.plugin.v1.PluginHooks/MessageWillBePosted", &request, &reply); err != nil {
				panic(err)
			}
		}
	}
	for id, hooks := range pythons {
		kinds = append(kinds, &series{Name: id})
		calls1[id] = func() {
			p, reason := hooks.MessageWillBePosted(c, post.Clone())
			if p == nil || p.Message == post.Message || reason != "" {
				panic("the Python plugin did not replace the post")
			}
		}
	}
	sort.Slice(kinds, func(i, j int) bool { return kinds[i].Name < kinds[j].Name })
	for i := 0; i < *warmup; i++ {
		for _, k := range kinds {
			calls1[k.Name]()
		}
	}
	for i := 0; i < *calls; i++ {
		// Rotate the order each round so that no kind always follows another.
		for j := range kinds {
			k := kinds[(i+j)%len(kinds)]
			began := time.Now()
			calls1[k.Name]()
			k.samples = append(k.samples, float64(time.Since(began).Nanoseconds())/1000)
		}
	}
	result := map[string]any{"calls": *calls, "activation_ms": activations}
	for _, k := range kinds {
		k.finish()
		result[k.Name] = k
	}
	out, err := json.MarshalIndent(result, "", "  ")
	check(err)
	fmt.Println(string(out))
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "bridge benchmark:", err)
		os.Exit(1)
	}
}
