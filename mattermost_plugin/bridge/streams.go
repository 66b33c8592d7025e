package main

import (
	"context"
	"errors"
	"io"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"github.com/mattermost/mattermost/server/public/plugin"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"mattermost-plugin/bridge/pb"
)

// The streaming hooks (ServeHTTP, ServeMetrics, FileWillBeUploaded) are
// bidirectional gRPC streams to the Python process (docs/protocol.md). The
// bridge reads the body Mattermost hands it (the request's, the upload's) in
// chunks of at most chunkSize as the stream's flow control lets it send them,
// and writes each frame the Python side sends as it arrives, so neither the
// bridge nor the Python process ever holds a whole body: a slow plugin slows
// the reading, a slow client the writing.

// chunkSize is the most bytes of a body one frame carries.
const chunkSize = 64 * 1024

// userIDHeader is the header Mattermost sets to the logged-in user's id.
const userIDHeader = "Mattermost-User-Id"

// httpAnswer is a response frame of ServeHTTP or ServeMetrics.
type httpAnswer interface {
	GetHead() *pb.HTTPResponseHead
	GetBody() []byte
	GetFlush() bool
}

// httpFrame builds a request frame of ServeHTTP or ServeMetrics.
type httpFrame[Req any] func(c *pb.PluginContext, head *pb.HTTPRequestHead, body []byte, end bool) *Req

// serveHTTP forwards one HTTP request (ServeHTTP or ServeMetrics) to the
// Python process and writes its response to w as it comes.
//
// When the call fails before any of the response was written, the client gets
// 500, as from a Go plugin whose ServeHTTP call fails; when the Python class
// does not serve the hook, 404, as from a Go plugin without it. When writing to
// the client fails (it went away) or r's context ends, the call is cancelled,
// and with it the Python handler.
func serveHTTP[Req any, Res any, Answer interface {
	*Res
	httpAnswer
}](
	b *Bridge, hook string,
	open func(context.Context, ...grpc.CallOption) (grpc.BidiStreamingClient[Req, Res], error),
	frame httpFrame[Req],
	c *plugin.Context, w http.ResponseWriter, r *http.Request,
) {
	ctx, cancel := context.WithCancel(r.Context())
	defer cancel()
	stream, err := open(ctx)
	if err != nil {
		b.callFailed(hook, err)
		http.Error(w, "500 internal server error", http.StatusInternalServerError)
		return
	}
	go sendRequest(b, hook, stream, frame, pluginContext(c), r, cancel)
	started := false
	for {
		res, err := stream.Recv()
		if err == io.EOF {
			return
		}
		if err != nil {
			switch {
			case ctx.Err() != nil:
				b.log.Debug("the HTTP client went away; the Python handler was cancelled", "hook", hook)
			case status.Code(err) == codes.Unimplemented && !started:
				b.log.Warn("the Python class does not serve this hook; rebuild the bundle with `mattermost-plugin bundle`", "hook", hook)
				http.NotFound(w, r)
			default:
				b.callFailed(hook, err)
				if !started {
					http.Error(w, "500 internal server error", http.StatusInternalServerError)
				}
			}
			return
		}
		answer := Answer(res)
		if head := answer.GetHead(); head != nil && !started {
			header := w.Header()
			for _, line := range head.GetHeaders() {
				header.Add(line.GetName(), string(line.GetValue()))
			}
			code := int(head.GetStatus())
			if code < 100 || code > 999 {
				code = http.StatusInternalServerError
			}
			w.WriteHeader(code)
			started = true
		}
		if body := answer.GetBody(); len(body) > 0 {
			started = true
			if _, err := w.Write(body); err != nil {
				b.log.Debug("writing the response failed (the HTTP client went away); the Python handler was cancelled", "hook", hook, "error", err.Error())
				return
			}
		}
		if answer.GetFlush() {
			if flusher, ok := w.(http.Flusher); ok {
				flusher.Flush()
			}
		}
	}
}

// sendRequest sends the request's head and then its body, chunk by chunk as
// the stream takes them, and closes the sending side. A body of known length
// up to chunkSize travels with the head in one frame. It stops when the stream
// ends (the handler answered without reading everything); a body that cannot
// be read (the client went away mid-upload) cancels the call.
func sendRequest[Req any, Res any](b *Bridge, hook string, stream grpc.BidiStreamingClient[Req, Res], frame httpFrame[Req], c *pb.PluginContext, r *http.Request, cancel context.CancelFunc) {
	defer stream.CloseSend()
	length := contentLength(r)
	head := &pb.HTTPRequestHead{
		Method:        text(r.Method),
		RawPath:       text(r.URL.EscapedPath()),
		Query:         text(r.URL.RawQuery),
		RequestUri:    text(r.RequestURI),
		Proto:         text(r.Proto),
		Host:          text(r.Host),
		RemoteAddr:    text(r.RemoteAddr),
		Headers:       headerLines(r.Header),
		ContentLength: length,
		UserId:        text(r.Header.Get(userIDHeader)),
	}
	if r.Body == nil || length == 0 {
		_ = stream.Send(frame(c, head, nil, true))
		return
	}
	if length > 0 && length <= chunkSize {
		body := make([]byte, length)
		n, err := io.ReadFull(r.Body, body)
		if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
			b.log.Debug("reading the request body failed; the call is cancelled", "hook", hook, "error", err.Error())
			cancel()
			return
		}
		_ = stream.Send(frame(c, head, body[:n], true))
		return
	}
	if err := stream.Send(frame(c, head, nil, false)); err != nil {
		return
	}
	sendBody(b, hook, r.Body, func(chunk []byte, end bool) error { return stream.Send(frame(nil, nil, chunk, end)) }, cancel)
}

// sendBody sends what body holds, chunk by chunk, the last frame marked.
func sendBody(b *Bridge, hook string, body io.Reader, send func(chunk []byte, end bool) error, cancel context.CancelFunc) {
	buffer := make([]byte, chunkSize)
	for {
		n, err := body.Read(buffer)
		if n > 0 {
			if sendErr := send(buffer[:n], false); sendErr != nil {
				return // the call is over: the handler did not read it all
			}
		}
		if err == io.EOF {
			_ = send(nil, true)
			return
		}
		if err != nil {
			b.log.Debug("reading the body failed; the call is cancelled", "hook", hook, "error", err.Error())
			cancel()
			return
		}
	}
}

// contentLength is the request body's size, or -1 when it is not known.
// Mattermost does not pass the request's ContentLength on to a plugin, but
// keeps the Content-Length header.
func contentLength(r *http.Request) int64 {
	if r.ContentLength > 0 {
		return r.ContentLength
	}
	if value := r.Header.Get("Content-Length"); value != "" {
		if n, err := strconv.ParseInt(value, 10, 64); err == nil && n >= 0 {
			return n
		}
	}
	if r.Body == nil || r.Body == http.NoBody {
		return 0
	}
	return -1
}

// headerLines is a header as the protocol's lines, names in order, values as sent.
func headerLines(header http.Header) []*pb.Header {
	names := make([]string, 0, len(header))
	for name := range header {
		names = append(names, name)
	}
	sort.Strings(names)
	var lines []*pb.Header
	for _, name := range names {
		for _, value := range header[name] {
			lines = append(lines, &pb.Header{Name: text(name), Value: []byte(value)})
		}
	}
	return lines
}

// text is s as valid UTF-8, which protobuf's string fields require (an
// invalid byte, which Go's HTTP server lets through in a few places, becomes U+FFFD).
func text(s string) string {
	return strings.ToValidUTF8(s, "\uFFFD")
}
