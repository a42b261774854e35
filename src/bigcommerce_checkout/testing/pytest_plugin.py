"""The `fake_bigcommerce` fixture: a fresh, running FakeBigCommerce for each test.

Enable it with `pytest_plugins = ["bigcommerce_checkout.testing.pytest_plugin"]` in your root
`conftest.py` (or a test module).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._fake import FakeBigCommerce


@pytest.fixture
def fake_bigcommerce() -> Iterator[FakeBigCommerce]:
    """A running fake with the default catalogue and no carts; seed it in the test. Stopped after the test."""
    with FakeBigCommerce() as fake:
        yield fake
