//go:build hook_FileWillBeUploaded || allhooks

package main

import (
	"context"
	"errors"
	"io"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"mattermost-plugin/bridge/pb"
)

// partialReplacement is the rejection when the Python plugin fails after
// part of a replacement was written: Mattermost would store the part as the file.
const partialReplacement = "the plugin failed while replacing the file"

// FileWillBeUploaded forwards an upload to the Python plugin (ID 14, since
// 5.2, stream): the file streams in as the plugin reads it, a replacement
// streams out to output as the plugin writes it. Written by hand: it reads
// the upload's io.Reader and writes the io.Writer Mattermost hands a Go plugin.
//
// A failed call lets the upload through unchanged, as Mattermost's RPC client
// does when a Go plugin's call fails, unless part of a replacement was
// already written: then the upload is rejected, so that a partial file is
// never stored.
func (b *Bridge) FileWillBeUploaded(c *plugin.Context, info *model.FileInfo, file io.Reader, output io.Writer) (*model.FileInfo, string) {
	ctx, cancel := context.WithCancel(b.callContext())
	defer cancel()
	stream, err := b.hooks.FileWillBeUploaded(ctx)
	if err != nil {
		b.callFailed("FileWillBeUploaded", err)
		return nil, ""
	}
	go func() {
		defer stream.CloseSend()
		first := &pb.FileWillBeUploadedRequest{Context: pluginContext(c), FileInfo: marshal(info)}
		if file == nil {
			first.DataEnd = true
			_ = stream.Send(first)
			return
		}
		buffer := make([]byte, chunkSize)
		n, err := io.ReadFull(file, buffer)
		switch {
		case err == nil:
			first.Data = buffer[:n]
		case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
			first.Data, first.DataEnd = buffer[:n], true
		default:
			b.log.Debug("reading the upload failed; the call is cancelled", "error", err.Error())
			cancel()
			return
		}
		if err := stream.Send(first); err != nil || first.DataEnd {
			return
		}
		sendBody(b, "FileWillBeUploaded", file, func(chunk []byte, end bool) error {
			return stream.Send(&pb.FileWillBeUploadedRequest{Data: chunk, DataEnd: end})
		}, cancel)
	}()
	var replaced *model.FileInfo
	rejection := ""
	wrote := false
	for {
		res, err := stream.Recv()
		if err == io.EOF {
			return replaced, rejection
		}
		if err != nil {
			if status.Code(err) == codes.Unimplemented && !wrote {
				b.log.Warn("the Python class does not serve this hook; rebuild the bundle with `mattermost-plugin bundle`", "hook", "FileWillBeUploaded")
				return nil, ""
			}
			b.callFailed("FileWillBeUploaded", err)
			if wrote {
				return nil, partialReplacement
			}
			return nil, ""
		}
		if data := res.GetData(); len(data) > 0 {
			wrote = true
			if _, err := output.Write(data); err != nil {
				b.log.Error("writing the replacement file failed; the upload is rejected", "hook", "FileWillBeUploaded", "error", err.Error())
				return nil, partialReplacement
			}
		}
		if raw := res.GetFileInfo(); len(raw) > 0 {
			if err := decodePointer(raw, &replaced); err != nil {
				b.callFailed("FileWillBeUploaded", err)
				cancel()
				if wrote {
					return nil, partialReplacement
				}
				return nil, ""
			}
		}
		if reason := res.GetRejection(); reason != "" {
			rejection = reason
		}
	}
}
