"""Schemathesis over the carts, storefront orders and payments operations of the fake.

The same fixture, path parameters, credentials and checks as `test_fake_schemathesis.py`, which
covers the checkout operations; a file of its own so the two halves run on two workers.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import hypothesis
import pytest

from bigcommerce_checkout.testing import FakeBigCommerce
from tests.test_fake_schemathesis import ALL, CHECKOUT_PATHS, ORDER_PATHS, Live, check

SCHEMA = ALL.exclude(path_regex=CHECKOUT_PATHS).exclude(path_regex=ORDER_PATHS)


@pytest.fixture(scope="module")
def live() -> Iterator[Live]:
    with FakeBigCommerce() as fake:
        state = Live(fake)
        yield state
        state.http.close()


@SCHEMA.parametrize()
@hypothesis.settings(derandomize=True, database=None, deadline=None)  # same cases every run; no .hypothesis/
def test_the_fake_conforms_to_the_spec(case: Any, live: Live) -> None:
    check(case, live)
