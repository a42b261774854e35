from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.loopback import LoopbackServer

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "openapi" / "bigcommerce-checkout.yaml"


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """The curated description, parsed once."""
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as srv:
        yield srv
