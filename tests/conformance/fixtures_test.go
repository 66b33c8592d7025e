package conformance

import "mattermost-plugin.test/conformance/fixtures"

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
