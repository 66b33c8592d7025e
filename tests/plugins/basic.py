"""A small plugin the runtime tests launch as a real process.

ExecuteCommand understands a few commands that exercise the runtime:
``/echo TEXT``, ``/sleep SECONDS``, ``/print TEXT`` (to stdout), ``/log TEXT``
(through self.logger, with extra fields and an exception), and
``/broker SERVICE_ID`` (dial a service the host offers through the broker and
check its health), and ``/linger`` (start a thread that never ends).
"""

import threading
import time

from mattermost_plugin import Plugin

print("basic plugin module imported")


class BasicPlugin(Plugin):
    def on_activate(self):
        self.logger.info("activated")

    def message_will_be_posted(self, context, post):
        if "darn" in post.message:
            return "Watch your language"
        return None

    def execute_command(self, context, args):
        command, _, rest = args.command.partition(" ")
        if command == "/echo":
            return rest
        if command == "/sleep":
            self.logger.info("sleeping %s", rest)
            time.sleep(float(rest))
            return f"slept {rest}"
        if command == "/print":
            print(rest)
            return "printed"
        if command == "/log":
            try:
                raise ValueError("the example failure")
            except ValueError:
                self.logger.warning("%s", rest, exc_info=True, extra={"user_id": args.user_id, "count": 3})
            self.logger.debug("a debug line")
            self.logger.error("an error line")
            return "logged"
        if command == "/linger":
            threading.Thread(target=threading.Event().wait, name="lingering").start()
            return "lingering"
        if command == "/broker":
            return _check_brokered_health(int(rest))
        return f"unknown command {command}"


def _check_brokered_health(service_id: int) -> str:
    from grpc_health.v1 import health_pb2, health_pb2_grpc

    from mattermost_plugin.runtime import current_broker

    with current_broker().dial(service_id, timeout=5) as channel:
        reply = health_pb2_grpc.HealthStub(channel).Check(
            health_pb2.HealthCheckRequest(service="brokered"), timeout=5
        )
    return health_pb2.HealthCheckResponse.ServingStatus.Name(reply.status)
