// The Go side of the API benchmark: a Go plugin whose ExecuteCommand makes
// the same plugin API calls as benchmarks/plugins/api_calls.py and times each
// one the same way, so that the two can be compared through the same plugin
// environment. "/bench go <kvget|createpost> <count>" answers with each
// call's duration in nanoseconds (Props["ns"]).
package main

import (
	"strconv"
	"strings"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
)

type Calls struct {
	plugin.MattermostPlugin
}

// post is the post api_calls.py creates.
func post() *model.Post {
	return &model.Post{
		ChannelId: "channel-town",
		UserId:    "user-zoe",
		Message:   "Release notes for 11.11: #changelog " + strings.Repeat("details ", 100),
		Props: model.StringInterface{
			"from_bot":    "true",
			"attachments": []any{map[string]any{"text": "build 4711 passed", "color": "#00ff00"}},
		},
	}
}

func (p *Calls) ExecuteCommand(_ *plugin.Context, args *model.CommandArgs) (*model.CommandResponse, *model.AppError) {
	fields := strings.Fields(args.Command)
	method := fields[2]
	n, _ := strconv.Atoi(fields[3])
	sent := post()
	samples := make([]any, n)
	for i := range n {
		began := time.Now()
		if method == "kvget" {
			p.API.KVGet("bench-key")
		} else {
			p.API.CreatePost(sent)
		}
		samples[i] = time.Since(began).Nanoseconds()
	}
	return &model.CommandResponse{Text: "go", Props: model.StringInterface{"ns": samples}}, nil
}

func main() {
	plugin.ClientMain(&Calls{})
}
