"""Shared test fixtures: the network is blocked, and real third-party data is found (or skipped)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: Real third-party data lives beside the project (never committed); tests using it skip without it.
SHARED = ROOT.parent / "shared" / "data"
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    """Unit tests run offline: any attempt to open a non-local connection fails loudly."""
    real_connect = socket.socket.connect

    def guarded(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and (host.startswith("127.") or host in ("localhost", "::1") or host.startswith("/")):
            return real_connect(self, address)
        raise RuntimeError(f"test tried to reach the network ({address!r}); use recorded responses")

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture
def shared_data() -> Path:
    """``../shared/data`` when present; skips the test otherwise (a user's clone has no shared folder)."""
    if not SHARED.is_dir():
        pytest.skip("../shared/data is not available")
    return SHARED
