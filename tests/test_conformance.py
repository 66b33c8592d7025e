"""Run the Go conformance suite: the real hashicorp/go-plugin client drives a Python plugin.

The suite lives in ``tests/conformance`` (its own Go module); this test runs it
through its script so that the README's single test command covers it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent / "conformance" / "run.sh"


def test_go_conformance_suite_passes() -> None:
    if shutil.which("go") is None:
        if os.environ.get("CI"):
            pytest.fail("Go is not installed; CI must run the conformance suite (install Go 1.26+)")
        pytest.skip("Go is not installed (install Go 1.26+ to run the conformance suite)")
    result = subprocess.run(
        ["bash", str(SCRIPT), "-v"],
        env={**os.environ, "PYTHON": sys.executable},
        capture_output=True,
        text=True,
        timeout=900,
    )
    output = result.stdout + result.stderr
    print(output[-20000:])
    assert result.returncode == 0, f"conformance suite failed:\n{output[-8000:]}"
    assert "--- PASS: TestConformance" in output
