// The HTTP benchmark's runner: real HTTP requests to a bridged Python
// plugin's ServeHTTP and to a Go plugin's, through one plugin.NewEnvironment
// and an HTTP server that routes /plugins/{id}/... to each plugin's ServeHTTP
// as Mattermost's router does. benchmarks/http.py prepares the plugins folder
// and reads the JSON this prints.
//
// Figures, for each plugin: the latency of GET /json (sequential requests, in
// alternating batches so that both see the same machine), requests per second
// of GET /json from several clients at once, and MB/s of a large response
// (GET /large) and a large request body (POST /large).
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
	"github.com/mattermost/mattermost/server/public/shared/mlog"
)

// benchAPI is the plugin API: nothing the benchmark's plugins call.
type benchAPI struct{ plugin.API }

func (benchAPI) GetPluginConfig() map[string]any { return map[string]any{} }
func (benchAPI) LogDebug(string, ...any)         {}
func (benchAPI) LogInfo(string, ...any)          {}
func (benchAPI) LogWarn(string, ...any)          {}
func (benchAPI) LogError(string, ...any)         {}

type latency struct {
	samples []float64 // microseconds
	P50     float64   `json:"p50_us"`
	P90     float64   `json:"p90_us"`
	P99     float64   `json:"p99_us"`
	Count   int       `json:"requests"`
}

func (l *latency) finish() {
	sort.Float64s(l.samples)
	at := func(q float64) float64 { return l.samples[int(q*float64(len(l.samples)-1))] }
	l.P50, l.P90, l.P99, l.Count = at(0.5), at(0.9), at(0.99), len(l.samples)
}

type figures struct {
	JSON          *latency `json:"json_latency"`
	RequestsPerS  float64  `json:"json_requests_per_s"`
	DownloadMBs   float64  `json:"large_response_mb_per_s"`
	UploadMBs     float64  `json:"large_request_mb_per_s"`
	Concurrency   int      `json:"concurrency"`
	LargeBytes    int      `json:"large_bytes"`
	ThroughputReq int      `json:"throughput_requests"`
}

func main() {
	pluginDir := flag.String("plugins", "", "the plugins folder holding both plugins")
	pythonID := flag.String("python", "", "the bridged Python plugin's id")
	goID := flag.String("go", "", "the Go plugin's id")
	requests := flag.Int("n", 3000, "timed sequential requests of GET /json per plugin")
	batch := flag.Int("batch", 100, "sequential requests per batch")
	concurrency := flag.Int("c", 16, "clients at once for requests per second")
	throughput := flag.Int("t", 5000, "requests per plugin for requests per second")
	large := flag.Int("large", 100_000_000, "bytes of the large bodies")
	repeat := flag.Int("repeat", 3, "transfers of each large body per plugin (the median is kept)")
	wait := flag.Bool("wait", false, "once the plugins are active, say \"active\" on stdout and wait for a line on stdin (to pin them to CPUs)")
	flag.Parse()

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
	router := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		parts := strings.SplitN(strings.TrimPrefix(r.URL.Path, "/plugins/"), "/", 2)
		h, ok := hooks[parts[0]]
		if !ok || len(parts) < 2 {
			http.NotFound(w, r)
			return
		}
		r.URL.Path = "/" + parts[1]
		r.Header.Set("Mattermost-User-Id", "bench-user")
		h.ServeHTTP(&plugin.Context{RequestId: model.NewId()}, w, r)
	}))
	defer router.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: *concurrency * 2}}
	if *wait {
		fmt.Println("active")
		_, err = bufio.NewReader(os.Stdin).ReadString('\n')
		check(err)
	}
	base := func(id string) string { return router.URL + "/plugins/" + id }

	get := func(url string) int64 {
		response, err := client.Get(url)
		check(err)
		n, err := io.Copy(io.Discard, response.Body)
		check(err)
		response.Body.Close()
		if response.StatusCode != 200 {
			check(fmt.Errorf("GET %s: %d", url, response.StatusCode))
		}
		return n
	}

	ids := []string{*goID, *pythonID}
	result := map[string]*figures{}
	for _, id := range ids {
		result[id] = &figures{JSON: &latency{}, Concurrency: *concurrency, LargeBytes: *large, ThroughputReq: *throughput}
		for i := 0; i < 200; i++ { // warm up
			get(base(id) + "/json")
		}
	}
	for round := 0; round*(*batch) < *requests; round++ {
		for j := range ids {
			id := ids[(round+j)%len(ids)]
			for i := 0; i < *batch; i++ {
				began := time.Now()
				get(base(id) + "/json")
				result[id].JSON.samples = append(result[id].JSON.samples, float64(time.Since(began).Nanoseconds())/1000)
			}
		}
	}
	for _, id := range ids {
		result[id].JSON.finish()
		began := time.Now()
		var wg sync.WaitGroup
		next := make(chan struct{}, *throughput)
		for i := 0; i < *throughput; i++ {
			next <- struct{}{}
		}
		close(next)
		for w := 0; w < *concurrency; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for range next {
					get(base(id) + "/json")
				}
			}()
		}
		wg.Wait()
		result[id].RequestsPerS = float64(*throughput) / time.Since(began).Seconds()
	}
	median := func(values []float64) float64 {
		sort.Float64s(values)
		return values[len(values)/2]
	}
	for _, id := range ids {
		var down, up []float64
		for i := 0; i < *repeat; i++ {
			began := time.Now()
			if n := get(base(id) + "/large?size=" + strconv.Itoa(*large)); n != int64(*large) {
				check(fmt.Errorf("%s GET /large: %d bytes, want %d", id, n, *large))
			}
			down = append(down, float64(*large)/1e6/time.Since(began).Seconds())

			began = time.Now()
			request, err := http.NewRequest("POST", base(id)+"/large", io.LimitReader(zeros{}, int64(*large)))
			check(err)
			request.ContentLength = int64(*large)
			response, err := client.Do(request)
			check(err)
			var answer struct {
				Size int `json:"size"`
			}
			check(json.NewDecoder(response.Body).Decode(&answer))
			response.Body.Close()
			if answer.Size != *large {
				check(fmt.Errorf("%s POST /large: the plugin read %d bytes, want %d", id, answer.Size, *large))
			}
			up = append(up, float64(*large)/1e6/time.Since(began).Seconds())
		}
		result[id].DownloadMBs, result[id].UploadMBs = median(down), median(up)
	}
	out, err := json.MarshalIndent(map[string]*figures{"go": result[*goID], "python": result[*pythonID]}, "", "  ")
	check(err)
	fmt.Println(string(out))
}

// zeros reads zero bytes forever.
type zeros struct{}

func (zeros) Read(buffer []byte) (int, error) {
	clear(buffer)
	return len(buffer), nil
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "http benchmark:", err)
		os.Exit(1)
	}
}
