package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"io"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestWeb loads the bundle of $WEB_BUNDLE (tests/test_server.py builds it from
// tests/web_plugin) and proves the streaming hooks with real traffic: a
// FastAPI (ASGI) app and a Flask (WSGI) app each serve requests, and 100 MB
// pass each way (a request body, through the plain handler and through
// FastAPI; a response body; an upload through FileWillBeUploaded, replaced
// as it is read) while the Python process's resident memory stays under
// 100 MB above what it was idle.
func TestWeb(t *testing.T) {
	s := newServerFrom(t, "WEB_BUNDLE")
	s.activate(t)
	hooks := s.hooks(t)
	router := pluginRouter(t, s, hooks.ServeHTTP)
	base := router.URL + "/plugins/" + s.id
	client := router.Client()

	t.Run("ASGIApp", func(t *testing.T) {
		response, data := fetch(t, client, "GET", base+"/fastapi/hello/zoe", nil, map[string]string{testUserHeader: "user-zoe"})
		var answer map[string]any
		if err := json.Unmarshal(data, &answer); err != nil || response.StatusCode != 200 {
			t.Fatalf("/fastapi/hello/zoe: %d %q (%v)", response.StatusCode, data, err)
		}
		if answer["framework"] != "fastapi" || answer["hello"] != "zoe" || answer["user_id"] != "user-zoe" ||
			!strings.HasSuffix(fmt.Sprint(answer["url"]), "/plugins/"+s.id+"/fastapi/hello/zoe") {
			t.Errorf("/fastapi/hello/zoe answered %v", answer)
		}
		if response.Header.Get("Content-Type") != "application/json" {
			t.Errorf("/fastapi/hello/zoe: Content-Type %q", response.Header.Get("Content-Type"))
		}
		response, _ = fetch(t, client, "GET", base+"/fastapi/no-such-route", nil, nil)
		if response.StatusCode != 404 {
			t.Errorf("/fastapi/no-such-route: %d, want FastAPI's 404", response.StatusCode)
		}
	})

	t.Run("WSGIApp", func(t *testing.T) {
		form := url.Values{"greeting": {"grüezi"}}.Encode()
		response, data := fetch(t, client, "POST", base+"/flask/hello/zoe", strings.NewReader(form),
			map[string]string{"Content-Type": "application/x-www-form-urlencoded", testUserHeader: "user-zoe"})
		var answer map[string]any
		if err := json.Unmarshal(data, &answer); err != nil || response.StatusCode != 200 {
			t.Fatalf("/flask/hello/zoe: %d %q (%v)", response.StatusCode, data, err)
		}
		formSeen, _ := answer["form"].(map[string]any)
		if answer["framework"] != "flask" || answer["hello"] != "zoe" || answer["user_id"] != "user-zoe" || formSeen["greeting"] != "grüezi" ||
			!strings.HasSuffix(fmt.Sprint(answer["url"]), "/plugins/"+s.id+"/flask/hello/zoe") {
			t.Errorf("/flask/hello/zoe answered %v", answer)
		}
	})

	t.Run("HundredMegabytesEachWayInFlatMemory", func(t *testing.T) {
		const size = 100_000_000
		const allowance = 100_000_000
		_, data := fetch(t, client, "GET", base+"/pid", nil, nil)
		var who struct {
			PID int `json:"pid"`
		}
		if err := json.Unmarshal(data, &who); err != nil || who.PID <= 0 {
			t.Fatalf("/pid: %q (%v)", data, err)
		}
		idle := memoryOf(t, who.PID, "VmRSS")
		resetPeakMemory(t, who.PID)

		for _, route := range []string{"/upload", "/fastapi/upload"} {
			want := sha256.New()
			request, err := http.NewRequest("POST", base+route, io.TeeReader(io.LimitReader(&patternReader{}, size), want))
			if err != nil {
				t.Fatal(err)
			}
			request.ContentLength = size
			response, err := client.Do(request)
			if err != nil {
				t.Fatalf("POST %s: %v", route, err)
			}
			answer, _ := io.ReadAll(response.Body)
			response.Body.Close()
			var digest struct {
				Size   int    `json:"size"`
				Sha256 string `json:"sha256"`
			}
			if err := json.Unmarshal(answer, &digest); err != nil || response.StatusCode != 200 {
				t.Fatalf("POST %s: %d %q (%v)", route, response.StatusCode, answer, err)
			}
			if digest.Size != size || digest.Sha256 != hex.EncodeToString(want.Sum(nil)) {
				t.Errorf("POST %s: the plugin read %d bytes with SHA-256 %s, want %d bytes", route, digest.Size, digest.Sha256, size)
			}
		}

		response, err := client.Get(base + "/download?size=" + strconv.Itoa(size))
		if err != nil {
			t.Fatal(err)
		}
		got := &countingHash{Hash: sha256.New()}
		if _, err := io.Copy(got, response.Body); err != nil {
			t.Fatalf("reading /download: %v", err)
		}
		response.Body.Close()
		want := sha256.New()
		_, _ = io.Copy(want, io.LimitReader(&patternReader{}, size))
		if response.StatusCode != 200 || got.n != size || !bytes.Equal(got.Sum(nil), want.Sum(nil)) {
			t.Errorf("/download: %d, %d bytes (want %d) of the pattern", response.StatusCode, got.n, size)
		}

		// FileWillBeUploaded: the upload streams in, the upper-cased replacement streams out.
		uploaded := &countingHash{Hash: sha256.New()}
		info, rejection := hooks.FileWillBeUploaded(pluginContext("req-big-upload"), testFileInfo("f100", "big.bin", size),
			io.LimitReader(&patternReader{}, size), uploaded)
		wantUpper := &countingHash{Hash: sha256.New()}
		_, _ = io.Copy(upperWriter{wantUpper}, io.LimitReader(&patternReader{}, size))
		if rejection != "" || info == nil || uploaded.n != size || !bytes.Equal(uploaded.Sum(nil), wantUpper.Sum(nil)) {
			t.Errorf("FileWillBeUploaded: %q, %v, %d bytes back (want %d, upper-cased)", rejection, info, uploaded.n, size)
		}

		peak := memoryOf(t, who.PID, "VmHWM")
		t.Logf("the Python process: %.1f MB idle, %.1f MB at its peak (%.1f MB above idle) while 400 MB passed through it",
			float64(idle)/1e6, float64(peak)/1e6, float64(peak-idle)/1e6)
		if peak-idle >= allowance {
			t.Errorf("the Python process grew by %d bytes (from %d idle) while bodies streamed; it must stay under %d above idle", peak-idle, idle, allowance)
		}
	})
}

// memoryOf reads one of the process's memory figures (VmRSS: resident now;
// VmHWM: the peak since the last reset) from /proc/<pid>/status, in bytes.
func memoryOf(t *testing.T, pid int, field string) int {
	t.Helper()
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(status), "\n") {
		if value, ok := strings.CutPrefix(line, field+":"); ok {
			kib, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(value), "kB")))
			if err != nil {
				t.Fatalf("/proc/%d/status: %q", pid, line)
			}
			return kib * 1024
		}
	}
	t.Fatalf("/proc/%d/status has no %s", pid, field)
	return 0
}

// resetPeakMemory sets the process's VmHWM back to its resident memory now
// (Linux's clear_refs, value 5), so VmHWM afterwards is the peak of what follows.
func resetPeakMemory(t *testing.T, pid int) {
	t.Helper()
	if err := os.WriteFile(fmt.Sprintf("/proc/%d/clear_refs", pid), []byte("5"), 0); err != nil {
		t.Fatalf("resetting the peak memory of process %d: %v", pid, err)
	}
}

// patternReader reads bytes 0..255 over and over (the plugin's pattern too).
type patternReader struct{ offset int }

func (p *patternReader) Read(buffer []byte) (int, error) {
	for i := range buffer {
		buffer[i] = byte(p.offset)
		p.offset++
	}
	return len(buffer), nil
}

// countingHash is a hash that also counts the bytes written to it.
type countingHash struct {
	hash.Hash
	n int
}

func (c *countingHash) Write(data []byte) (int, error) {
	c.n += len(data)
	return c.Hash.Write(data)
}

// upperWriter writes what it is given with ASCII letters upper-cased (what
// Python's bytes.upper does).
type upperWriter struct{ out io.Writer }

func (u upperWriter) Write(data []byte) (int, error) {
	upper := make([]byte, len(data))
	for i, b := range data {
		if 'a' <= b && b <= 'z' {
			b -= 'a' - 'A'
		}
		upper[i] = b
	}
	return u.out.Write(upper)
}
