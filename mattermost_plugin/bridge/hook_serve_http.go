//go:build hook_ServeHTTP || allhooks

package main

import (
	"net/http"

	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// ServeHTTP forwards an HTTP request for /plugins/{plugin id}/... to the
// Python plugin (ID 2, since 5.2, stream), streaming the request body in and
// the response out (streams.go). Written by hand: it reads Go's
// *http.Request and writes its http.ResponseWriter.
func (b *Bridge) ServeHTTP(c *plugin.Context, w http.ResponseWriter, r *http.Request) {
	serveHTTP(b, "ServeHTTP", b.hooks.ServeHTTP, serveHTTPFrame, c, w, r)
}

func serveHTTPFrame(c *pb.PluginContext, head *pb.HTTPRequestHead, body []byte, end bool) *pb.ServeHTTPRequest {
	return &pb.ServeHTTPRequest{Context: c, Head: head, Body: body, BodyEnd: end}
}
