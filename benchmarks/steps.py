"""Where a hook call's time goes inside a live server under load, step by step.

    python benchmarks/steps.py [--pin] [--duration 3] [--repeats 2]

The in-process ``overhead`` figure is measured in a hot loop; served for real, the
same Python runs slower, because between calls grpcio's threads, the kernel and
whatever else runs on the machine evict the caches it needs. This starts a server
whose MessageWillBePosted handler does exactly what the SDK's does (the same
route: protobuf parse, the ``Context`` and the argument decoding, the author's
method, the response, its bytes) and times each step with ``perf_counter_ns``,
then loads it with ghz at concurrency 1 and 16 and prints the mean microseconds
per call of each step as JSON. ``--pin`` puts the server on half the CPUs and
ghz on the other half, as the round trip's judged measurement does.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import payloads  # noqa: E402
from _tools import _child_setup, find_ghz, log, private_dir, python_env  # noqa: E402
from roundtrip import cpu_split, ghz  # noqa: E402

STEPS = ("parse", "context_and_arguments", "method", "response", "bytes", "total")


def serve(socket: str) -> None:
    """The timed server: prints ``ready``, then one JSON line of means per SIGUSR1 (and resets)."""
    import grpc

    from mattermost_plugin._grpcserver import create_server, serialize
    from mattermost_plugin._servicer import _ROUTES
    from mattermost_plugin.protocol import hooks_pb2

    sys.path.insert(0, str(Path(__file__).resolve().parent / "plugins"))
    from tidy import Tidy

    route = _ROUTES["MessageWillBePosted"]
    parse, arguments, respond = hooks_pb2.MessageWillBePostedRequest.FromString, route.decode, route.respond
    method = Tidy().message_will_be_posted
    clock = time.perf_counter_ns
    totals = [0] * len(STEPS)
    calls = [0]

    def handler(raw: bytes, context: Any) -> bytes:
        t0 = clock()
        request = parse(raw)
        t1 = clock()
        args = arguments(request)
        t2 = clock()
        result = method(*args)
        t3 = clock()
        response = respond(result, request)
        t4 = clock()
        data = serialize(response)
        t5 = clock()
        for i, spent in enumerate((t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t5 - t0)):
            totals[i] += spent
        calls[0] += 1
        return data

    def report(*_: Any) -> None:
        n = max(calls[0], 1)
        print(json.dumps({step: round(total / n / 1000, 2) for step, total in zip(STEPS, totals)}), flush=True)
        totals[:] = [0] * len(STEPS)
        calls[0] = 0

    service = grpc.method_handlers_generic_handler(
        "mattermost.plugin.v1.PluginHooks", {"MessageWillBePosted": grpc.unary_unary_rpc_method_handler(handler)}
    )
    server = create_server([service])
    server.add_insecure_port(f"unix://{socket}")
    server.start()
    signal.signal(signal.SIGUSR1, report)
    print("ready", flush=True)
    threading.Event().wait()


def run(ghz_binary: str, *, pin: bool = False, duration: float = 3.0, repeats: int = 2) -> dict[str, Any]:
    workdir = private_dir("mmp-steps-")
    socket, data = os.path.join(workdir, "steps.sock"), os.path.join(workdir, "hook.bin")
    Path(data).write_bytes(payloads.hook_request_bytes())
    server_cpus, client_cpus = cpu_split(pin)
    process = subprocess.Popen(
        [sys.executable, __file__, "--serve", socket], stdout=subprocess.PIPE, text=True,
        env=python_env(), preexec_fn=_child_setup(server_cpus),
    )
    assert process.stdout is not None
    try:
        if process.stdout.readline().strip() != "ready":
            raise RuntimeError("the timed server did not start")

        def means() -> dict[str, float]:
            process.send_signal(signal.SIGUSR1)
            return json.loads(process.stdout.readline())  # type: ignore[union-attr,no-any-return]

        ghz(ghz_binary, "hook", socket, data, 16, duration=1.0, cpus=client_cpus)  # warm up
        result: dict[str, Any] = {"pinned": {"server_cpus": server_cpus, "ghz_cpus": client_cpus} if server_cpus else None}
        for concurrency in (1, 16):
            samples = []
            for _ in range(repeats):
                means()
                report = ghz(ghz_binary, "hook", socket, data, concurrency, duration=duration, cpus=client_cpus)
                sample = means()
                log(f"  c={concurrency}: {report['rps']:.0f} calls/s, " + ", ".join(f"{k} {v}" for k, v in sample.items()))
                samples.append(sample)
            result[f"c{concurrency}"] = {step: round(sum(s[step] for s in samples) / len(samples), 2) for step in STEPS}
        return result
    finally:
        process.terminate()
        process.wait(timeout=5)
        shutil.rmtree(workdir, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--serve", metavar="SOCKET", help=argparse.SUPPRESS)
    parser.add_argument("--pin", action="store_true", help="server on half the CPUs, ghz on the other half")
    parser.add_argument("--duration", type=float, default=3.0, help="seconds of load per sample")
    parser.add_argument("--repeats", type=int, default=2, help="samples per concurrency")
    parser.add_argument("--ghz", help="path to a ghz binary")
    args = parser.parse_args()
    if args.serve:
        serve(args.serve)
        return
    print(json.dumps(run(find_ghz(args.ghz), pin=args.pin, duration=args.duration, repeats=args.repeats), indent=2))


if __name__ == "__main__":
    main()
