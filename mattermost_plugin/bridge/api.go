package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"math"
	"net/http"
	"runtime/debug"
	"sort"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"mattermost-plugin/bridge/pb"
)

// The plugin API, served to the Python process: the PluginAPI gRPC service
// (protocol/api.proto), one method per method of plugin.API, each calling
// the plugin API Mattermost handed the bridge. The methods are generated
// (api_*.go, from plugin.API by python -m mattermost_plugin._generate); the
// conversions they share are here. The bridge serves the service through
// go-plugin's broker and sends its id with OnActivate and
// OnConfigurationChange (the request's api_broker_id).

// apiServer is the PluginAPI service.
type apiServer struct {
	pb.UnimplementedPluginAPIServer
	bridge *Bridge
}

var errNoAPI = status.Error(codes.Unavailable, "Mattermost has not handed the plugin its API (the plugin is not active)")

// api is the plugin API Mattermost handed the bridge last, or Unavailable
// (Mattermost hands a new one on every activation).
func (s *apiServer) api() (plugin.API, error) {
	api := s.bridge.currentAPI.Load()
	if api == nil || *api == nil {
		return nil, errNoAPI
	}
	return *api, nil
}

// registerAPI adds the PluginAPI service to a gRPC server the broker made.
func (b *Bridge) registerAPI(server *grpc.Server) {
	pb.RegisterPluginAPIServer(server, &apiServer{bridge: b})
}

// apiServerOptions are the options of the server the broker makes for the
// plugin API: messages as large as go-plugin allows elsewhere, and a panic in
// a call (a nil the plugin API did not expect) answered as INTERNAL instead of
// ending the bridge.
func apiServerOptions() []grpc.ServerOption {
	return []grpc.ServerOption{
		grpc.MaxRecvMsgSize(math.MaxInt32),
		grpc.MaxSendMsgSize(math.MaxInt32),
		grpc.ChainUnaryInterceptor(func(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (resp any, err error) {
			defer recovered(info.FullMethod, &err)
			return handler(ctx, req)
		}),
		grpc.ChainStreamInterceptor(func(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, handler grpc.StreamHandler) (err error) {
			defer recovered(info.FullMethod, &err)
			return handler(srv, ss)
		}),
	}
}

// recovered turns a panic in a plugin API call into an INTERNAL status.
func recovered(method string, err *error) {
	if p := recover(); p != nil {
		*err = status.Errorf(codes.Internal, "the bridge panicked in %s: %v\n%s", method, p, debug.Stack())
	}
}

// decodeArg reads a parameter that travels as JSON into target (empty bytes:
// Go's nil, the zero value). What does not decode is INVALID_ARGUMENT naming
// the parameter.
func decodeArg[T any](raw []byte, name string, target *T) error {
	if len(raw) == 0 {
		return nil
	}
	var err error
	switch t := any(target).(type) {
	case **model.GroupSyncable:
		err = decodeGroupSyncable(raw, t)
	default:
		err = json.Unmarshal(raw, target)
	}
	if err != nil {
		return status.Errorf(codes.InvalidArgument, "parameter %s: %v", name, err)
	}
	return nil
}

// decodeGroupSyncable reads a GroupSyncable whole. Its own UnmarshalJSON reads
// only the keys that say which team or channel it syncs (SyncableId and Type
// are json:"-"); its tagged fields (scheme_admin, the times) are read as
// encoding/json reads any struct, so nothing the plugin sent is lost.
func decodeGroupSyncable(raw []byte, target **model.GroupSyncable) error {
	var syncable model.GroupSyncable
	if err := json.Unmarshal(raw, &syncable); err != nil {
		return err
	}
	type fields model.GroupSyncable // the same fields, without the methods
	if err := json.Unmarshal(raw, (*fields)(&syncable)); err != nil {
		return err
	}
	*target = &syncable
	return nil
}

// decodeValues reads the variadic ...any parameter of the Log methods: one
// JSON value each.
func decodeValues(raw [][]byte, name string) ([]any, error) {
	values := make([]any, len(raw))
	for i, item := range raw {
		if err := json.Unmarshal(item, &values[i]); err != nil {
			return nil, status.Errorf(codes.InvalidArgument, "parameter %s[%d]: %v", name, i, err)
		}
	}
	return values, nil
}

// encodeResult is a result's JSON: empty bytes for a nil pointer (marshal, in
// convert.go). A value encoding/json cannot write (never one Mattermost built)
// travels as empty bytes too.
func encodeResult(v any) []byte {
	return marshal(v)
}

// appErrorMessage is the AppError message of a *model.AppError result, or nil.
func appErrorMessage(err *model.AppError) *pb.AppError {
	if err == nil {
		return nil
	}
	return &pb.AppError{
		Id:            err.Id,
		Message:       err.Message,
		DetailedError: err.DetailedError,
		StatusCode:    int32(err.StatusCode),
		Where:         err.Where,
		RequestId:     err.RequestId,
	}
}

// errorMessage is the AppError message of an error result: all of an
// AppError's fields when it is one, else only its text.
func errorMessage(err error) *pb.AppError {
	if err == nil {
		return nil
	}
	var appErr *model.AppError
	if errors.As(err, &appErr) && appErr != nil {
		return appErrorMessage(appErr)
	}
	return &pb.AppError{Message: err.Error()}
}

// firstMessage is the status for a client stream that ended before its first message.
func firstMessage(err error) error {
	if errors.Is(err, io.EOF) {
		return status.Error(codes.InvalidArgument, "the call sent no request")
	}
	return err
}

// chunkReader is the io.Reader a client-streaming call's parameter becomes:
// the chunk of the first message, then those of the messages that follow.
type chunkReader[M any] struct {
	pending []byte
	recv    func() (M, error)
	chunk   func(M) []byte
	err     error
}

func newChunkReader[M any](stream interface{ Recv() (M, error) }, first []byte, chunk func(M) []byte) io.Reader {
	return &chunkReader[M]{pending: first, recv: stream.Recv, chunk: chunk}
}

func (r *chunkReader[M]) Read(p []byte) (int, error) {
	for len(r.pending) == 0 {
		if r.err != nil {
			return 0, r.err
		}
		message, err := r.recv()
		if err != nil {
			r.err = err // io.EOF when the client is done
			continue
		}
		r.pending = r.chunk(message)
	}
	n := copy(p, r.pending)
	r.pending = r.pending[n:]
	return n, nil
}

// httpRequestOf is the *http.Request an HTTPRequest message describes.
func httpRequestOf(in *pb.HTTPRequest) (*http.Request, error) {
	if in == nil {
		return nil, nil
	}
	request, err := http.NewRequest(in.Method, in.Url, bytes.NewReader(in.Body))
	if err != nil {
		return nil, status.Errorf(codes.InvalidArgument, "parameter request: %v", err)
	}
	for _, header := range in.Header {
		for _, value := range header.Values {
			request.Header.Add(header.Name, value)
		}
	}
	return request, nil
}

// httpResponseOf is the HTTPResponse message of an *http.Response, its body read whole.
func httpResponseOf(response *http.Response) (*pb.HTTPResponse, error) {
	if response == nil {
		return nil, nil
	}
	out := &pb.HTTPResponse{StatusCode: int32(response.StatusCode)}
	names := make([]string, 0, len(response.Header))
	for name := range response.Header {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		out.Header = append(out.Header, &pb.HTTPHeader{Name: name, Values: response.Header[name]})
	}
	if response.Body != nil {
		defer response.Body.Close()
		body, err := io.ReadAll(response.Body)
		if err != nil {
			return nil, status.Errorf(codes.Internal, "reading the response body: %v", err)
		}
		out.Body = body
	}
	return out, nil
}
