"""Codec: JSON bytes -> model -> JSON bytes, per model, against dataclasses-json and plain json.

For each model, four ways of doing the same round trip on the same document:

- ``sdk``: ``decode(Model, raw)`` then ``encode(model)`` (orjson + the compiled
  per-class converters the hook path uses);
- ``dataclasses_json``: dataclasses-json's own ``from_dict`` on ``orjson.loads(raw)``,
  then ``orjson.dumps`` of its ``to_dict`` (the same JSON parser, so the difference is
  the model conversion alone; the models' own ``from_dict``/``to_dict`` methods go
  through the SDK's codec, so dataclasses-json's are called through
  ``dataclasses_json_mixin()``);
- ``json``: ``json.dumps(json.loads(raw))`` (stdlib, no model at all);
- ``orjson``: ``orjson.dumps(orjson.loads(raw))`` (the floor: parsing and writing only).

Documents: the round-trip benchmark's 1 KB post, and the Go-written fixtures in
tests/fixtures/models (what Mattermost's encoding/json writes for each struct).
Each figure is the median over ``repeats`` timing runs of microseconds per round trip.
"""

from __future__ import annotations

import json
import timeit
from pathlib import Path
from typing import Any, Callable

import orjson

import payloads
from _tools import ROOT, median

FIXTURES = ROOT / "tests" / "fixtures" / "models"

# (label, model name, fixture file or None for the benchmark's own post)
DOCUMENTS = [
    ("Post", "Post", None),
    ("Post (full metadata)", "Post", "Post.json"),
    ("User", "User", "User.json"),
    ("Channel", "Channel", "Channel.json"),
    ("ChannelMember", "ChannelMember", "ChannelMember.json"),
    ("TeamMember", "TeamMember", "TeamMember.json"),
    ("CommandArgs", "CommandArgs", "CommandArgs.json"),
    ("FileInfo", "FileInfo", "FileInfo.json"),
    ("Reaction", "Reaction", "Reaction.json"),
    ("PushNotification", "PushNotification", "PushNotification.json"),
]


def per_call_us(function: Callable[[], Any], repeats: int, budget: float) -> float:
    """Median microseconds per call over ``repeats`` runs of about ``budget`` seconds each."""
    timer = timeit.Timer(function)
    number = 1
    while True:
        elapsed = timer.timeit(number)
        if elapsed >= budget / 5 or number >= 1 << 22:
            break
        number *= 4
    number = max(1, int(number * budget / max(elapsed, 1e-9)))
    return median([timer.timeit(number) / number * 1e6 for _ in range(repeats)])


def run(*, repeats: int = 7, budget: float = 0.1) -> dict[str, Any]:
    from mattermost_plugin import models
    from mattermost_plugin.models import decode, encode
    from mattermost_plugin.models._base import dataclasses_json_mixin

    loads, dumps = orjson.loads, orjson.dumps
    dcj_from_dict = dataclasses_json_mixin().from_dict.__func__
    dcj_to_dict = dataclasses_json_mixin().to_dict
    results: dict[str, Any] = {}
    for label, name, fixture in DOCUMENTS:
        cls = getattr(models, name)
        if fixture is None:
            raw = payloads.POST_BYTES
        else:
            path = FIXTURES / fixture
            if not path.exists():
                continue
            raw = path.read_bytes().strip()
        decode(cls, raw)  # compile the codec outside the timing
        dcj_to_dict(dcj_from_dict(cls, loads(raw)))

        def sdk(raw: bytes = raw, cls: Any = cls) -> bytes:
            return encode(decode(cls, raw))

        def dcj(raw: bytes = raw, cls: Any = cls) -> bytes:
            return dumps(dcj_to_dict(dcj_from_dict(cls, loads(raw))))

        def stdlib(raw: bytes = raw) -> str:
            return json.dumps(json.loads(raw))

        def floor(raw: bytes = raw) -> bytes:
            return dumps(loads(raw))

        row = {
            "bytes": len(raw),
            "sdk_us": per_call_us(sdk, repeats, budget),
            "dataclasses_json_us": per_call_us(dcj, repeats, budget),
            "json_us": per_call_us(stdlib, repeats, budget),
            "orjson_us": per_call_us(floor, repeats, budget),
        }
        row["speedup_vs_dataclasses_json"] = row["dataclasses_json_us"] / row["sdk_us"]
        row["speedup_vs_json"] = row["json_us"] / row["sdk_us"]
        results[label] = {k: (round(v, 2) if isinstance(v, float) else v) for k, v in row.items()}
    return results


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    for label, row in run(repeats=args.repeats).items():
        print(f"{label:22s} {row['bytes']:5d} B  sdk {row['sdk_us']:7.2f} us  dcj {row['dataclasses_json_us']:8.1f} us "
              f"({row['speedup_vs_dataclasses_json']:.0f}x)  json {row['json_us']:6.2f} us  orjson {row['orjson_us']:5.2f} us")
