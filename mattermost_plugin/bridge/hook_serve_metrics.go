//go:build hook_ServeMetrics || allhooks

package main

import (
	"net/http"

	"github.com/mattermost/mattermost/server/public/plugin"

	"mattermost-plugin/bridge/pb"
)

// ServeMetrics forwards a request for the plugin's metrics
// (/plugins/{plugin id}/metrics on the metrics listener) to the Python plugin
// (ID 39, since 9.2, stream), as ServeHTTP does (streams.go). Written by hand:
// it reads Go's *http.Request and writes its http.ResponseWriter.
func (b *Bridge) ServeMetrics(c *plugin.Context, w http.ResponseWriter, r *http.Request) {
	serveHTTP(b, "ServeMetrics", b.hooks.ServeMetrics, serveMetricsFrame, c, w, r)
}

func serveMetricsFrame(c *pb.PluginContext, head *pb.HTTPRequestHead, body []byte, end bool) *pb.ServeMetricsRequest {
	return &pb.ServeMetricsRequest{Context: c, Head: head, Body: body, BodyEnd: end}
}
