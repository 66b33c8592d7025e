// The Go side of the HTTP benchmark: a Go plugin whose ServeHTTP serves the
// same routes as benchmarks/plugins/http_app.py, so that the two can be
// compared through the same plugin environment.
//
//	GET /json          a small JSON object
//	GET /large?size=N  N bytes, written 64 KiB at a time
//	POST /large        reads the body and answers its size
package main

import (
	"encoding/json"
	"io"
	"net/http"
	"strconv"

	"github.com/mattermost/mattermost/server/public/plugin"
)

type HTTPBench struct {
	plugin.MattermostPlugin
}

var block = func() []byte {
	b := make([]byte, 65536)
	for i := range b {
		b[i] = byte(i)
	}
	return b
}()

func (p *HTTPBench) ServeHTTP(_ *plugin.Context, w http.ResponseWriter, r *http.Request) {
	switch {
	case r.URL.Path == "/json":
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"id": "abc123", "user_id": r.Header.Get("Mattermost-User-Id"), "ok": true, "items": []int{1, 2, 3}, "path": r.URL.Path})
	case r.URL.Path == "/large" && r.Method == "POST":
		size, _ := io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]int64{"size": size})
	case r.URL.Path == "/large":
		size, _ := strconv.Atoi(r.URL.Query().Get("size"))
		w.Header().Set("Content-Type", "application/octet-stream")
		for size > 0 {
			n := min(size, len(block))
			_, _ = w.Write(block[:n])
			size -= n
		}
	default:
		http.NotFound(w, r)
	}
}

func main() {
	plugin.ClientMain(&HTTPBench{})
}
