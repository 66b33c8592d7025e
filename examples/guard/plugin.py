"""Guard: company policy enforced at the door, on channels and on files.

- ``user_will_log_in`` blocks accounts outside the company's email domains
  (bots are exempt) and accounts an admin has locked with the ``locked`` prop;
- ``channel_will_be_archived`` protects the channels everyone relies on;
- ``file_will_be_downloaded`` keeps executables from being downloaded and
  confidential files from being shared through public links.

Each hook returns None to allow, or a reason to refuse: Mattermost shows the
reason to the person who tried.
"""

from __future__ import annotations

from typing import Optional

from mattermost_plugin import Channel, Context, FileInfo, Plugin, User

ALLOWED_DOMAINS = ("example.com", "corp.example.com")
PROTECTED_CHANNELS = ("town-square", "announcements", "incidents")
BLOCKED_EXTENSIONS = ("exe", "bat", "msi", "scr")


class Guard(Plugin):
    def user_will_log_in(self, context: Context, user: User) -> Optional[str]:
        if (user.props or {}).get("locked") == "true":
            self.logger.warning("blocked a locked account", extra={"user_id": user.id})
            return "This account is locked. Ask an administrator to unlock it."
        if user.is_bot:
            return None
        domain = user.email.rpartition("@")[2].lower()
        if domain not in ALLOWED_DOMAINS:
            self.logger.warning("blocked a login from outside the company", extra={"user_id": user.id, "domain": domain})
            return f"Only {' and '.join(ALLOWED_DOMAINS)} accounts may sign in here."
        return None

    def channel_will_be_archived(self, context: Context, channel: Channel) -> Optional[str]:
        if channel.name in PROTECTED_CHANNELS:
            return f"~{channel.name} is protected and cannot be archived."
        return None

    def file_will_be_downloaded(
        self, context: Context, file_info: FileInfo, user_id: str, download_type: str
    ) -> Optional[str]:
        if download_type in ("thumbnail", "preview"):
            return None  # images of a file are always fine
        if file_info.extension.lower() in BLOCKED_EXTENSIONS:
            return f"Downloading .{file_info.extension} files is blocked by company policy."
        if download_type == "public" and "confidential" in file_info.name.lower():
            return "Confidential files cannot be shared through public links."
        return None
