"""Shared fixtures: the development corpus beside the checkout, and built example graphs."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "eval" / "gold"
BENCH = SHARED / "corpus" / "bench" / "govreports.jsonl.gz"


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared, or a clean skip when this checkout has none beside it."""
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip("../shared (gold and scorer) is not beside this checkout")
    return SHARED


@pytest.fixture(scope="session")
def example_graph():
    """All bundled example documents built together (built once per test session)."""
    from kg.api import build

    return build([EXAMPLES])
