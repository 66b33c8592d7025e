"""A plugin that misbehaves on request: the hardening tests launch it as a real process.

``configuration_will_be_saved`` returns the wrong type (a section of the configuration, with
its secrets). Five hooks take an instruction from their argument, one per kind of hook:

- ``message_will_be_posted`` (plain, no error result): the post's message;
- ``execute_command`` (plain, returns an AppError): the command's text after ``/misbehave``;
- ``user_will_log_in`` (``async``, no error result): the user's username;
- ``on_saml_login`` (``async``, returns an error): the user's username;
- ``message_has_been_posted`` (``async``, void, takes a post like the first): the post's message.

Instructions: ``raise NAME`` (``SystemExit``, ``KeyboardInterrupt``, ``GeneratorExit``,
``Fatal``, a ``BaseException`` subclass, ``CancelledError`` or ``ValueError``), ``block SECONDS``
(sleep, or ``await asyncio.sleep`` in the async hooks), ``swallow SECONDS`` (async: keep running
for that long whatever cancels it), ``print MIB`` (a line saying so, then that many MiB to
stdout), ``child``
(start a process that outlives the plugin, inheriting its stdout and stderr), ``log COUNT``
(log that many lines, then ``done logging``), ``leak TEXT`` (raise a ValueError whose message
holds TEXT), ``ok``.
"""

import asyncio
import os
import subprocess
import sys
import time

from mattermost_plugin import Plugin

if os.environ.get("MISBEHAVING_IMPORT_SECONDS"):
    time.sleep(float(os.environ["MISBEHAVING_IMPORT_SECONDS"]))  # a module that takes long to import


class Fatal(BaseException):
    """Not an Exception: what a plugin should never raise, but might."""


RAISED = {
    "SystemExit": lambda: SystemExit(3),
    "KeyboardInterrupt": KeyboardInterrupt,
    "GeneratorExit": GeneratorExit,
    "Fatal": lambda: Fatal("fatal in a hook"),
    "CancelledError": asyncio.CancelledError,
    "ValueError": lambda: ValueError("an ordinary failure"),
}


class Misbehaving(Plugin):
    def message_will_be_posted(self, context, post):
        return self._obey(post.message)

    def execute_command(self, context, args):
        return self._obey(args.command.removeprefix("/misbehave").strip()) or "obeyed"

    async def user_will_log_in(self, context, user):
        return await self._obey_async(user.username)

    async def on_saml_login(self, context, user, assertion):
        await self._obey_async(user.username)

    async def message_has_been_posted(self, context, post):
        await self._obey_async(post.message)

    def configuration_will_be_saved(self, new_config):
        return new_config.SqlSettings  # the wrong type: a section, where a whole Config is expected

    def _obey(self, instruction):
        verb, _, rest = instruction.partition(" ")
        if verb == "raise":
            raise RAISED[rest]()
        if verb == "block":
            time.sleep(float(rest))
        elif verb == "print":
            print(f"printing {rest} MiB")
            line = "x" * 1023 + "\n"
            for _ in range(int(rest) * 1024):
                sys.stdout.write(line)
            sys.stdout.flush()
        elif verb == "child":
            child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
            self.logger.info("started child %d", child.pid, extra={"pid": child.pid})
        elif verb == "log":
            for number in range(int(rest)):
                self.logger.info("line %d of many", number)
            self.logger.info("done logging")
        elif verb == "leak":
            raise ValueError(f"cannot parse {rest!r}")
        return None

    async def _obey_async(self, instruction):
        verb, _, rest = instruction.partition(" ")
        if verb == "block":
            await asyncio.sleep(float(rest))
            return None
        if verb == "swallow":
            end = time.monotonic() + float(rest)
            while time.monotonic() < end:
                try:
                    await asyncio.sleep(0.05)
                except asyncio.CancelledError:
                    pass
            return None
        return self._obey(instruction)
