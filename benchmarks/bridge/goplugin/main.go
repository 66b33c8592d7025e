// The Go side of the bridge benchmark: a Go plugin whose MessageWillBePosted
// makes the same edit as benchmarks/plugins/tidy.py, so the two can be timed
// through the same plugin environment.
package main

import (
	"strings"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
)

type Tidy struct {
	plugin.MattermostPlugin
}

func (p *Tidy) MessageWillBePosted(_ *plugin.Context, post *model.Post) (*model.Post, string) {
	post.Message = strings.ReplaceAll(post.Message, "#changelog", "#release-notes")
	return post, ""
}

func main() {
	plugin.ClientMain(&Tidy{})
}
