package server

// The values of tests/conformance/fixtures_test.go (another package, so
// repeated here): the same inputs, one layer up.

import (
	"github.com/mattermost/mattermost/server/public/model"
)

// Values chosen to catch lossy conversions: integers above 2^53 (a float64
// cannot hold them), the extremes of int64, and text outside the BMP.
const (
	bigInt  int64 = 1<<62 + 7
	maxInt  int64 = 1<<63 - 1
	minInt  int64 = -1 << 63
	unicode       = "héllo wörld 👋 — 日本語 «ok»"
)

func testUser(id, username string) *model.User {
	return &model.User{
		Id:                  id,
		CreateAt:            1_600_000_000_000,
		UpdateAt:            bigInt,
		Username:            username,
		AuthData:            ptr("auth-ðata"),
		AuthService:         "saml",
		Email:               username + "@example.com",
		EmailVerified:       true,
		Nickname:            "Zoë",
		FirstName:           "Zoë",
		LastName:            "Ångström",
		Roles:               "system_user",
		Props:               model.StringMap{"customStatus": "🌴"},
		NotifyProps:         model.StringMap{"email": "true", "push": "mention"},
		LastPictureUpdate:   1_700_000_000_000,
		FailedAttempts:      2,
		Locale:              "de",
		Timezone:            model.StringMap{"automaticTimezone": "Europe/Zurich", "useAutomaticTimezone": "true"},
		RemoteId:            nil,
		LastActivityAt:      maxInt,
		DisableWelcomeEmail: true,
		MfaUsedTimestamps:   model.StringArray{"1", "2"},
	}
}

func testPost(id, message string) *model.Post {
	p := &model.Post{
		Id:            id,
		CreateAt:      1_700_000_000_123,
		UpdateAt:      1_700_000_000_456,
		UserId:        "user-zoe",
		ChannelId:     "channel-town",
		RootId:        "root-1",
		OriginalId:    "",
		Message:       message,
		Type:          "",
		Hashtags:      "#tag",
		FileIds:       model.StringArray{"file-1", "file-2"},
		PendingPostId: "pending-1",
		HasReactions:  true,
		RemoteId:      ptr("remote-ü"),
		ReplyCount:    bigInt,
		LastReplyAt:   maxInt,
		Participants:  []*model.User{testUser("user-ann", "ann")},
		IsFollowing:   ptr(false),
		Metadata: &model.PostMetadata{
			Files: []*model.FileInfo{testFileInfo("file-1", "report.pdf", 123_456)},
			Priority: &model.PostPriority{
				Priority:     ptr("urgent"),
				RequestedAck: ptr(true),
			},
		},
	}
	p.SetProps(model.StringInterface{
		"from_bot": "true",
		"nested":   map[string]any{"list": []any{"a", 1.5, true, nil}, "emoji": "🎉"},
	})
	return p
}

func testFileInfo(id, name string, size int64) *model.FileInfo {
	return &model.FileInfo{
		Id:              id,
		CreatorId:       "user-zoe",
		PostId:          "post-1",
		ChannelId:       "channel-town",
		CreateAt:        1_700_000_000_000,
		UpdateAt:        1_700_000_000_001,
		Name:            name,
		Extension:       name[len(name)-3:],
		Size:            size,
		MimeType:        "application/octet-stream",
		Width:           640,
		Height:          480,
		HasPreviewImage: true,
		MiniPreview:     ptr([]byte{0, 1, 2, 0xfe, 0xff}),
		RemoteId:        nil,
		Archived:        false,
	}
}

func testChannel(id, name string) *model.Channel {
	return &model.Channel{
		Id:                id,
		CreateAt:          1_600_000_000_000,
		UpdateAt:          1_700_000_000_000,
		TeamId:            "team-1",
		Type:              model.ChannelTypeOpen,
		DisplayName:       "Town Square ☕",
		Name:              name,
		Header:            "Welcome",
		Purpose:           "Everything",
		LastPostAt:        bigInt,
		TotalMsgCount:     maxInt,
		CreatorId:         "user-zoe",
		SchemeId:          nil,
		Props:             map[string]any{"color": "blue"},
		GroupConstrained:  ptr(false),
		Shared:            ptr(true),
		TotalMsgCountRoot: 12,
		PolicyID:          ptr("policy-1"),
		BannerInfo:        &model.ChannelBannerInfo{Enabled: ptr(true), Text: ptr("Read me ✔")},
		PolicyActions:     map[string]bool{"membership": true},
		Discoverable:      true,
	}
}

func testChannelMember(channelID, userID string) *model.ChannelMember {
	return &model.ChannelMember{
		ChannelId:          channelID,
		UserId:             userID,
		Roles:              "channel_user",
		LastViewedAt:       1_700_000_000_000,
		MsgCount:           bigInt,
		MentionCount:       3,
		MentionCountRoot:   1,
		UrgentMentionCount: 0,
		MsgCountRoot:       5,
		NotifyProps:        model.StringMap{"desktop": "default", "mark_unread": "all"},
		LastUpdateAt:       1_700_000_000_001,
		SchemeUser:         true,
		ExplicitRoles:      "",
	}
}

func testTeamMember(teamID, userID string) *model.TeamMember {
	return &model.TeamMember{
		TeamId:     teamID,
		UserId:     userID,
		Roles:      "team_user",
		DeleteAt:   0,
		SchemeUser: true,
	}
}

func testRemote(name string) *model.RemoteCluster {
	return &model.RemoteCluster{
		RemoteId:             "remote-" + name,
		Name:                 name,
		DisplayName:          "Remote « " + name + " »",
		SiteURL:              "https://" + name + ".example.com",
		DefaultTeamId:        "team-1",
		CreateAt:             1_600_000_000_000,
		LastPingAt:           bigInt,
		LastGlobalUserSyncAt: maxInt,
		Token:                "tok",
		RemoteToken:          "rtok",
		Topics:               "incident",
		CreatorId:            "user-zoe",
		PluginID:             "com.example.every-hook",
		Options:              model.Bitmask(3),
	}
}

func testReaction(remote *string) *model.Reaction {
	return &model.Reaction{
		UserId: "user-zoe", PostId: "p1", EmojiName: "+1", CreateAt: bigInt, UpdateAt: 2, DeleteAt: 0,
		RemoteId: remote, ChannelId: "channel-town",
	}
}

func ptr[T any](v T) *T { return &v }
