package conformance

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"strings"
	"testing"

	"github.com/mattermost/mattermost/server/public/model"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"mattermost-plugin/bridge/pb"
)

// The streaming hooks at the protocol's level: frames in, frames out, as
// docs/protocol.md describes them, against examples/every_hook's routes.

// streamCases are the cases of the streaming hooks (part of hookCases).
func streamCases() []hookCase {
	return []hookCase{
		{"ServeHTTP", testServeHTTP},
		{"ServeMetrics", testServeMetrics},
		{"FileWillBeUploaded", testFileWillBeUploaded},
	}
}

// httpAnswer is what a host makes of ServeHTTP's (or ServeMetrics') frames.
type httpAnswer struct {
	status  int32
	headers map[string][]string
	body    []byte
	flushes int
	frames  int
}

func (a httpAnswer) header(name string) string {
	if values := a.headers[name]; len(values) > 0 {
		return values[0]
	}
	return ""
}

// serveHTTP sends a request (the body after the head, in chunks of at most 64
// KiB, the last marked) and reads every frame of the answer.
func serveHTTP(t *testing.T, h *host, method, target string, body []byte, headers map[string]string) (httpAnswer, error) {
	t.Helper()
	stream, err := h.hooks.ServeHTTP(callContext(t))
	if err != nil {
		t.Fatalf("ServeHTTP: %v", err)
	}
	path, query, _ := strings.Cut(target, "?")
	head := &pb.HTTPRequestHead{
		Method: method, RawPath: path, Query: query, RequestUri: "/plugins/everyhook" + target, Proto: "HTTP/1.1",
		Host: "chat.example.com", RemoteAddr: "192.0.2.7:50123", ContentLength: int64(len(body)), UserId: "user-zoe",
	}
	for name, value := range headers {
		head.Headers = append(head.Headers, &pb.Header{Name: name, Value: []byte(value)})
	}
	go func() {
		defer stream.CloseSend()
		frame := &pb.ServeHTTPRequest{Context: pluginContext("req-http"), Head: head}
		for {
			n := min(len(body), 64*1024)
			frame.Body, body = body[:n], body[n:]
			frame.BodyEnd = len(body) == 0
			if err := stream.Send(frame); err != nil || frame.BodyEnd {
				return
			}
			frame = &pb.ServeHTTPRequest{}
		}
	}()
	answer := httpAnswer{status: 200, headers: map[string][]string{}}
	for {
		frame, err := stream.Recv()
		if err == io.EOF {
			return answer, nil
		}
		if err != nil {
			return answer, err
		}
		answer.frames++
		if len(frame.Body) > 64*1024 {
			t.Errorf("a response frame carries %d bytes; the protocol's chunks are at most 64 KiB", len(frame.Body))
		}
		if frame.Head != nil {
			answer.status = frame.Head.Status
			for _, line := range frame.Head.Headers {
				answer.headers[line.Name] = append(answer.headers[line.Name], string(line.Value))
			}
		}
		answer.body = append(answer.body, frame.Body...)
		if frame.Flush {
			answer.flushes++
		}
	}
}

func testServeHTTP(t *testing.T, h *host) {
	t.Run("SmallRequestInOneFrame", func(t *testing.T) {
		answer, err := serveHTTP(t, h, "POST", "/echo?tag=a&tag=b", []byte(`{"hello": "world"}`), map[string]string{"X-Every-Hook": "sent"})
		wantOK(t, "ServeHTTP /echo", err)
		var echo struct {
			Method    string              `json:"method"`
			Path      string              `json:"path"`
			Query     map[string][]string `json:"query"`
			RootPath  string              `json:"root_path"`
			UserID    string              `json:"user_id"`
			RequestID string              `json:"request_id"`
			Header    string              `json:"header"`
			Length    int                 `json:"length"`
		}
		if err := json.Unmarshal(answer.body, &echo); err != nil {
			t.Fatalf("/echo answered %q: %v", answer.body, err)
		}
		if answer.status != 200 || answer.header("X-Every-Hook") != "echo" || answer.header("Content-Type") != "application/json" {
			t.Errorf("/echo: status %d, headers %v", answer.status, answer.headers)
		}
		if echo.Method != "POST" || echo.Path != "/echo" || strings.Join(echo.Query["tag"], ",") != "a,b" || echo.RootPath != "/plugins/everyhook" ||
			echo.UserID != "user-zoe" || echo.RequestID != "req-http" || echo.Header != "sent" || echo.Length != 18 {
			t.Errorf("/echo saw %+v", echo)
		}
		if answer.frames != 1 {
			t.Errorf("a small response came in %d frames, want 1 (head and body together)", answer.frames)
		}
	})
	t.Run("LargeBodyInChunks", func(t *testing.T) {
		body := bytes.Repeat([]byte("0123456789abcdef"), 60_000) // 960 KB: 15 frames, under the plugin's 1 MiB limit
		answer, err := serveHTTP(t, h, "PUT", "/echo", body, nil)
		wantOK(t, "ServeHTTP /echo", err)
		sum := sha256.Sum256(body)
		var echo struct {
			Length int    `json:"length"`
			Sha256 string `json:"sha256"`
		}
		if err := json.Unmarshal(answer.body, &echo); err != nil || echo.Length != len(body) || echo.Sha256 != hex.EncodeToString(sum[:]) {
			t.Errorf("/echo of %d bytes answered %s (%v)", len(body), answer.body, err)
		}
		download, err := serveHTTP(t, h, "GET", "/download?size=1000000", nil, nil)
		wantOK(t, "ServeHTTP /download", err)
		if len(download.body) != 1_000_000 || download.header("Content-Length") != "1000000" || download.frames < 16 {
			t.Errorf("/download: %d bytes in %d frames, headers %v", len(download.body), download.frames, download.headers)
		}
	})
	t.Run("StatusShorthandsAndStreams", func(t *testing.T) {
		teapot, err := serveHTTP(t, h, "GET", "/status/418", nil, nil)
		wantOK(t, "ServeHTTP /status/418", err)
		if teapot.status != 418 || string(teapot.body) != "status 418" {
			t.Errorf("/status/418: %d %q", teapot.status, teapot.body)
		}
		text, err := serveHTTP(t, h, "GET", "/text", nil, nil)
		wantOK(t, "ServeHTTP /text", err)
		if text.header("Content-Type") != "text/plain; charset=utf-8" || string(text.body) != "plain text" {
			t.Errorf("/text: %v %q", text.headers, text.body)
		}
	})
	t.Run("EventsArriveBeforeTheResponseEnds", func(t *testing.T) {
		stream, err := h.hooks.ServeHTTP(callContext(t))
		if err != nil {
			t.Fatal(err)
		}
		if err := stream.Send(&pb.ServeHTTPRequest{Context: pluginContext("req-events"), Head: &pb.HTTPRequestHead{Method: "GET", RawPath: "/events"}, BodyEnd: true}); err != nil {
			t.Fatal(err)
		}
		_ = stream.CloseSend()
		var body []byte
		flushes := 0
		for !strings.Contains(string(body), "first") {
			frame, err := stream.Recv()
			wantOK(t, "ServeHTTP /events", err)
			body = append(body, frame.Body...)
			if frame.Flush {
				flushes++
			}
		}
		// The plugin holds the second event back until /release: the first came on its own.
		_, err = serveHTTP(t, h, "GET", "/release", nil, nil)
		wantOK(t, "ServeHTTP /release", err)
		for {
			frame, err := stream.Recv()
			if err == io.EOF {
				break
			}
			wantOK(t, "ServeHTTP /events", err)
			body = append(body, frame.Body...)
			if frame.Flush {
				flushes++
			}
		}
		if string(body) != "data: first\n\ndata: second\n\n" || flushes < 3 {
			t.Errorf("/events: %q with %d flushes (the head and each event are flushed)", body, flushes)
		}
	})
	t.Run("HandlerFailure", func(t *testing.T) {
		answer, err := serveHTTP(t, h, "GET", "/fail", nil, nil)
		if status.Code(err) != codes.Internal || !strings.Contains(status.Convert(err).Message(), "RuntimeError: the handler failed") {
			t.Errorf("/fail: want INTERNAL naming the exception, got %v", err)
		}
		if answer.status != 500 {
			t.Errorf("/fail: the frames before the status said %d, want 500", answer.status)
		}
		tooLarge, err := serveHTTP(t, h, "POST", "/too-large", make([]byte, 2<<20), nil)
		wantOK(t, "ServeHTTP /too-large", err)
		if tooLarge.status != 413 {
			t.Errorf("/too-large with 2 MiB: status %d, want 413", tooLarge.status)
		}
	})
}

func testServeMetrics(t *testing.T, h *host) {
	stream, err := h.hooks.ServeMetrics(callContext(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := stream.Send(&pb.ServeMetricsRequest{Context: pluginContext("req-metrics"), Head: &pb.HTTPRequestHead{Method: "GET", RawPath: "/metrics"}, BodyEnd: true}); err != nil {
		t.Fatal(err)
	}
	_ = stream.CloseSend()
	var body []byte
	contentType := ""
	for {
		frame, err := stream.Recv()
		if err == io.EOF {
			break
		}
		wantOK(t, "ServeMetrics", err)
		if frame.Head != nil {
			for _, line := range frame.Head.Headers {
				if line.Name == "Content-Type" {
					contentType = string(line.Value)
				}
			}
		}
		body = append(body, frame.Body...)
	}
	if contentType != "text/plain; version=0.0.4; charset=utf-8" || !strings.Contains(string(body), "# TYPE every_hook_requests_total counter\nevery_hook_requests_total ") {
		t.Errorf("ServeMetrics: %q, %q", contentType, body)
	}
}

// upload sends a file through FileWillBeUploaded; it returns the replacement
// written, the replaced FileInfo and the rejection.
func upload(t *testing.T, h *host, name string, data []byte) ([]byte, *model.FileInfo, string, error) {
	t.Helper()
	stream, err := h.hooks.FileWillBeUploaded(callContext(t))
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		defer stream.CloseSend()
		frame := &pb.FileWillBeUploadedRequest{Context: pluginContext("req-upload"), FileInfo: marshal(t, testFileInfo("f9", name, int64(len(data))))}
		for {
			n := min(len(data), 64*1024)
			frame.Data, data = data[:n], data[n:]
			frame.DataEnd = len(data) == 0
			if err := stream.Send(frame); err != nil || frame.DataEnd {
				return
			}
			frame = &pb.FileWillBeUploadedRequest{}
		}
	}()
	var replacement []byte
	var info *model.FileInfo
	rejection := ""
	for {
		frame, err := stream.Recv()
		if err == io.EOF {
			return replacement, info, rejection, nil
		}
		if err != nil {
			return replacement, info, rejection, err
		}
		replacement = append(replacement, frame.Data...)
		if len(frame.FileInfo) > 0 {
			info = decodeInto[model.FileInfo](t, "FileWillBeUploaded's FileInfo", frame.FileInfo)
		}
		if frame.Rejection != "" {
			rejection = frame.Rejection
		}
	}
}

func testFileWillBeUploaded(t *testing.T, h *host) {
	data, info, rejection, err := upload(t, h, "setup.exe", []byte("MZ"))
	wantOK(t, "FileWillBeUploaded setup.exe", err)
	if rejection != "executables are not allowed" || data != nil || info != nil {
		t.Errorf("setup.exe: rejection %q, data %q, info %v", rejection, data, info)
	}
	big := bytes.Repeat([]byte("abc"), 500_000)
	data, info, rejection, err = upload(t, h, "upper.txt", big)
	wantOK(t, "FileWillBeUploaded upper.txt", err)
	if !bytes.Equal(data, bytes.ToUpper(big)) || info != nil || rejection != "" {
		t.Errorf("upper.txt: %d bytes back (want %d upper-cased), info %v, rejection %q", len(data), len(big), info, rejection)
	}
	data, info, rejection, err = upload(t, h, "rename.txt", []byte("keep"))
	wantOK(t, "FileWillBeUploaded rename.txt", err)
	if data != nil || info == nil || info.Name != "renamed-rename.txt" || info.Id != "f9" || rejection != "" {
		t.Errorf("rename.txt: data %q, info %+v, rejection %q", data, info, rejection)
	}
	data, info, _, err = upload(t, h, "both.txt", []byte("old"))
	wantOK(t, "FileWillBeUploaded both.txt", err)
	if string(data) != "replaced contents" || info == nil || info.Name != "both-replaced.txt" {
		t.Errorf("both.txt: data %q, info %+v", data, info)
	}
	data, info, rejection, err = upload(t, h, "plain.txt", []byte("through"))
	wantOK(t, "FileWillBeUploaded plain.txt", err)
	if data != nil || info != nil || rejection != "" {
		t.Errorf("plain.txt went through with data %q, info %v, rejection %q", data, info, rejection)
	}
	wantEvents(t, h, event{"hook": "FileWillBeUploaded", "request_id": "req-upload", "name": "plain.txt", "length": 7})
	_, _, _, err = upload(t, h, "crash.txt", []byte("x"))
	if status.Code(err) != codes.Internal {
		t.Errorf("crash.txt: want INTERNAL, got %v", err)
	}
}
