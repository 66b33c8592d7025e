package server

import (
	"github.com/mattermost/mattermost/server/public/model"

	"mattermost-plugin.test/conformance/fixtures"
)

// The shared values (package fixtures) under this package's names.
const (
	bigInt  = fixtures.BigInt
	maxInt  = fixtures.MaxInt
	minInt  = fixtures.MinInt
	unicode = fixtures.Unicode
)

var (
	testUser          = fixtures.User
	testPost          = fixtures.Post
	testFileInfo      = fixtures.FileInfo
	testChannel       = fixtures.Channel
	testChannelMember = fixtures.ChannelMember
	testTeamMember    = fixtures.TeamMember
	testRemote        = fixtures.Remote
)

func testReaction(remote *string) *model.Reaction {
	return &model.Reaction{
		UserId: "user-zoe", PostId: "p1", EmojiName: "+1", CreateAt: bigInt, UpdateAt: 2, DeleteAt: 0,
		RemoteId: remote, ChannelId: "channel-town",
	}
}

func ptr[T any](v T) *T { return &v }
