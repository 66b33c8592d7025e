package server

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path"
	"strings"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
)

// The streaming hooks through Mattermost's plugin environment: an HTTP server
// routes /plugins/{id}/... to the plugin's ServeHTTP as Mattermost's router
// does, and uploads go through FileWillBeUploaded with the io.Reader and
// io.Writer the server hands a plugin.

// streamCases are the cases of the streaming hooks (part of hookCases).
func streamCases() []hookCase {
	return []hookCase{
		{"ServeHTTP", testServeHTTP},
		{"ServeMetrics", testServeMetrics},
		{"FileWillBeUploaded", testFileWillBeUploaded},
	}
}

// testUserHeader stands in for a session in these tests: the router sets
// Mattermost-User-Id to its value, as the server does for a valid session.
const testUserHeader = "X-Test-Session-User"

// pluginRouter is an HTTP server that hands requests for /plugins/{id}/... to
// the plugin as Mattermost's ServePluginRequest does: a fresh plugin.Context,
// the Mattermost-User-Id header only for an authenticated user, the prefix
// taken off the path.
func pluginRouter(t *testing.T, s *server, serve func(*plugin.Context, http.ResponseWriter, *http.Request)) *httptest.Server {
	t.Helper()
	prefix := path.Join("/plugins", s.id)
	router := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.URL.Path, prefix) {
			http.NotFound(w, r)
			return
		}
		c := &plugin.Context{RequestId: model.NewId(), IPAddress: "192.0.2.7", AcceptLanguage: r.Header.Get("Accept-Language"), UserAgent: r.UserAgent()}
		r.Header.Del("Mattermost-User-Id")
		if user := r.Header.Get(testUserHeader); user != "" {
			r.Header.Set("Mattermost-User-Id", user)
			c.SessionId = "session-of-" + user
		}
		r.Header.Del(testUserHeader)
		r.URL.Path = strings.TrimPrefix(r.URL.Path, prefix)
		serve(c, w, r)
	}))
	t.Cleanup(router.Close)
	return router
}

// fetch sends a request to the router; it returns the response with its whole body.
func fetch(t *testing.T, client *http.Client, method, url string, body io.Reader, headers map[string]string) (*http.Response, []byte) {
	t.Helper()
	request, err := http.NewRequest(method, url, body)
	if err != nil {
		t.Fatal(err)
	}
	for name, value := range headers {
		request.Header.Set(name, value)
	}
	response, err := client.Do(request)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer response.Body.Close()
	data, err := io.ReadAll(response.Body)
	if err != nil {
		t.Fatalf("%s %s: reading the body: %v", method, url, err)
	}
	return response, data
}

func testServeHTTP(t *testing.T, h *host) {
	router := pluginRouter(t, h.s, h.ServeHTTP)
	base := router.URL + "/plugins/" + h.s.id
	client := router.Client()

	t.Run("Echo", func(t *testing.T) {
		body := bytes.Repeat([]byte("mattermost "), 80_000) // 880 KB, under the plugin's 1 MiB limit
		response, data := fetch(t, client, "POST", base+"/echo?tag=a&tag=b", bytes.NewReader(body), map[string]string{"X-Every-Hook": "sent", testUserHeader: "user-zoe"})
		var echo struct {
			Method   string              `json:"method"`
			Path     string              `json:"path"`
			Query    map[string][]string `json:"query"`
			RootPath string              `json:"root_path"`
			UserID   string              `json:"user_id"`
			Header   string              `json:"header"`
			Length   int                 `json:"length"`
			Sha256   string              `json:"sha256"`
		}
		if err := json.Unmarshal(data, &echo); err != nil {
			t.Fatalf("/echo answered %d %q: %v", response.StatusCode, data, err)
		}
		sum := sha256.Sum256(body)
		if response.StatusCode != 200 || response.Header.Get("X-Every-Hook") != "echo" || response.Header.Get("Content-Type") != "application/json" {
			t.Errorf("/echo: %d %v", response.StatusCode, response.Header)
		}
		if echo.Method != "POST" || echo.Path != "/echo" || strings.Join(echo.Query["tag"], ",") != "a,b" || echo.RootPath != "/plugins/"+h.s.id ||
			echo.UserID != "user-zoe" || echo.Header != "sent" || echo.Length != len(body) || echo.Sha256 != hex.EncodeToString(sum[:]) {
			t.Errorf("/echo saw %+v", echo)
		}
		_, data = fetch(t, client, "GET", base+"/echo", nil, nil)
		if !strings.Contains(string(data), `"user_id":""`) {
			t.Errorf("/echo without a session: %s", data)
		}
	})

	t.Run("StatusesAndFailures", func(t *testing.T) {
		response, data := fetch(t, client, "GET", base+"/status/418", nil, nil)
		if response.StatusCode != 418 || string(data) != "status 418" {
			t.Errorf("/status/418: %d %q", response.StatusCode, data)
		}
		response, data = fetch(t, client, "GET", base+"/fail", nil, nil)
		if response.StatusCode != 500 || !strings.Contains(string(data), "500 internal server error") {
			t.Errorf("/fail: %d %q", response.StatusCode, data)
		}
		wantCallFailedLog(t, h, "ServeHTTP", "EveryHook.serve_http raised RuntimeError: the handler failed")
		h.s.waitForEntry(t, "the traceback of serve_http's exception", func(entry map[string]any) bool {
			stack := text(entry["_stacktrace"]) // the plugin's "stacktrace" field; mlog keeps that name for its own
			return entry["level"] == "error" && strings.HasPrefix(text(entry["msg"]), "EveryHook.serve_http raised RuntimeError") &&
				strings.Contains(stack, "Traceback (most recent call last)") && strings.Contains(stack, "plugin.py")
		})
		response, _ = fetch(t, client, "POST", base+"/too-large", bytes.NewReader(make([]byte, 2<<20)), nil)
		if response.StatusCode != 413 {
			t.Errorf("/too-large with 2 MiB: %d, want 413", response.StatusCode)
		}
		response, _ = fetch(t, client, "GET", base+"/no-such-route", nil, nil)
		if response.StatusCode != 404 {
			t.Errorf("/no-such-route: %d", response.StatusCode)
		}
	})

	t.Run("ServerSentEventsArriveBeforeTheResponseEnds", func(t *testing.T) {
		response, err := client.Get(base + "/events")
		if err != nil {
			t.Fatal(err)
		}
		defer response.Body.Close()
		if response.Header.Get("Content-Type") != "text/event-stream" {
			t.Errorf("/events: Content-Type %q", response.Header.Get("Content-Type"))
		}
		events := bufio.NewReader(response.Body)
		first, err := events.ReadString('\n')
		if err != nil || first != "data: first\n" {
			t.Fatalf("the first event: %q, %v", first, err)
		}
		// The plugin holds the second event back until /release: the first came alone.
		fetch(t, client, "GET", base+"/release", nil, nil)
		rest, err := io.ReadAll(events)
		if err != nil || string(rest) != "\ndata: second\n\n" {
			t.Errorf("after /release: %q, %v", rest, err)
		}
	})

	t.Run("ClientGoingAwayCancelsTheHandler", func(t *testing.T) {
		response, err := client.Get(base + "/ticks")
		if err != nil {
			t.Fatal(err)
		}
		ticks := bufio.NewReader(response.Body)
		for i := 0; i < 2; i++ {
			if line, err := ticks.ReadString('\n'); err != nil || !strings.HasPrefix(line, "data: tick") {
				t.Fatalf("tick %d: %q, %v", i, line, err)
			}
			_, _ = ticks.ReadString('\n')
		}
		response.Body.Close()
		client.CloseIdleConnections()
		waitUntil(t, "the plugin stops its stream of ticks", 10*time.Second, func() bool {
			for _, e := range seen(t, h) {
				if event, ok := e.(map[string]any); ok && event["path"] == "/ticks" {
					return true
				}
			}
			return false
		})
	})
}

func testServeMetrics(t *testing.T, h *host) {
	recorder := httptest.NewRecorder()
	h.ServeMetrics(pluginContext("req-metrics"), recorder, httptest.NewRequest("GET", "/metrics", nil))
	body := recorder.Body.String()
	if recorder.Code != 200 || recorder.Header().Get("Content-Type") != "text/plain; version=0.0.4; charset=utf-8" ||
		!strings.Contains(body, "# TYPE every_hook_requests_total counter\nevery_hook_requests_total ") {
		t.Errorf("ServeMetrics: %d %v %q", recorder.Code, recorder.Header(), body)
	}
}

func testFileWillBeUploaded(t *testing.T, h *host) {
	upload := func(name string, data []byte) (*model.FileInfo, string, []byte) {
		t.Helper()
		var output bytes.Buffer
		info, rejection := h.FileWillBeUploaded(pluginContext("req-upload"), testFileInfo("f9", name, int64(len(data))), bytes.NewReader(data), &output)
		return info, rejection, output.Bytes()
	}
	if _, rejection, output := upload("setup.exe", []byte("MZ")); rejection != "executables are not allowed" || len(output) > 0 {
		t.Errorf("setup.exe: %q %q", rejection, output)
	}
	big := bytes.Repeat([]byte("abc"), 1_000_000)
	if info, rejection, output := upload("upper.txt", big); !bytes.Equal(output, bytes.ToUpper(big)) || rejection != "" || info == nil || info.Name != "upper.txt" {
		t.Errorf("upper.txt: %d bytes back (want %d upper-cased), %v %q", len(output), len(big), info, rejection)
	}
	if info, rejection, output := upload("rename.txt", []byte("keep")); info == nil || info.Name != "renamed-rename.txt" || rejection != "" || len(output) > 0 {
		t.Errorf("rename.txt: %+v %q %q", info, rejection, output)
	}
	if info, _, output := upload("both.txt", []byte("old")); info == nil || info.Name != "both-replaced.txt" || string(output) != "replaced contents" {
		t.Errorf("both.txt: %+v %q", info, output)
	}
	// Passing through: Mattermost's RPC client keeps the FileInfo it sent when the plugin returns nil.
	if info, rejection, output := upload("plain.txt", []byte("through")); info == nil || info.Name != "plain.txt" || rejection != "" || len(output) > 0 {
		t.Errorf("plain.txt: %+v %q %q", info, rejection, output)
	}
	wantEvents(t, h, event{"hook": "FileWillBeUploaded", "request_id": "req-upload", "name": "plain.txt", "length": 7})
	// A plugin bug lets the upload through, as a failing Go plugin's does.
	if info, rejection, output := upload("crash.txt", []byte("x")); info == nil || info.Name != "crash.txt" || rejection != "" || len(output) > 0 {
		t.Errorf("crash.txt: %+v %q %q", info, rejection, output)
	}
	wantCallFailedLog(t, h, "FileWillBeUploaded", "EveryHook.file_will_be_uploaded raised RuntimeError: the upload hook failed")
}
