"""`make run` and `make demo` serve on the port given as PORT=, 8000 otherwise."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


def planned(*args: str) -> str:
    # -n prints the commands without running them (nothing is installed or served). The
    # variables of an enclosing `make test` (MAKEFLAGS) must not leak into this one.
    env = {k: v for k, v in os.environ.items() if k not in {"MAKEFLAGS", "MAKELEVEL", "PORT"}}
    return subprocess.run(
        ["make", "-n", "-C", str(ROOT), *args], capture_output=True, text=True, check=True, env=env
    ).stdout


@pytest.mark.parametrize("target", ["run", "demo"])
def test_it_serves_on_the_port_given(target):
    assert "runserver 127.0.0.1:8123" in planned(target, "PORT=8123")


def test_it_serves_on_8000_by_default():
    assert "runserver 127.0.0.1:8000" in planned("run")
