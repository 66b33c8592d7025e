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
		// 64 KiB reads, as the bridge makes: each Read of a Go plugin's request body is a
		// round trip to the server (io.Copy to io.Discard would read 8 KiB at a time).
		var size int64
		buffer := make([]byte, len(block))
		for {
			n, err := r.Body.Read(buffer)
			size += int64(n)
			if err != nil {
				break
			}
		}
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
