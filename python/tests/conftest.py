"""Shared fixtures: where the repository's test vectors and ../shared are."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def shared_dir() -> Path | None:
    """The shared data folder: $TOKOH_SHARED, else ../shared beside the repository."""
    configured = os.environ.get("TOKOH_SHARED")
    path = Path(configured) if configured else REPO.parent / "shared"
    return path if path.is_dir() else None


@pytest.fixture(scope="session")
def shared() -> Path:
    path = shared_dir()
    if path is None:
        pytest.skip("../shared not found (set TOKOH_SHARED); skipping tests that read it")
    return path
