"""Fixtures for the command tests: exports of the examples, free ports, bounded HTTP helpers."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def exported(tmp_path_factory, example_graph) -> Path:
    out = tmp_path_factory.mktemp("exports")
    example_graph.export(out, formats=["ttl", "trig"])
    return out


@pytest.fixture(scope="session")
def oxigraph_program() -> str:
    pytest.importorskip("pyoxigraph", reason="pyoxigraph is not installed")
    from kg.commands.serve import oxigraph_program

    program = oxigraph_program()
    if program is None:
        pytest.skip("the oxigraph server (pip install oxigraph) is not installed")
    return program


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, proc: subprocess.Popen | None = None, seconds: float = 20.0) -> None:
    """Bounded wait until `url` answers (any HTTP status counts)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"the server exited with status {proc.returncode}")
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.05)
    raise AssertionError(f"{url} did not answer within {seconds} s")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
