"""Schemathesis over the Orders operations (v2 orders and statuses, v3 transactions, payment actions,
refunds and order metafields) of the fake.

The same checks as `test_fake_schemathesis.py`; path parameters name a paid order of this store
(with a refund, a status and a metafield of its own), so generated queries and bodies reach the
operations instead of stopping at 404. A file of its own so it runs on its own worker.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import hypothesis
import pytest
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from bigcommerce_checkout.testing import FakeBigCommerce
from tests.fake_support import MUG, PaymentsStore
from tests.test_fake_schemathesis import ALL, ORDER_PATHS

SCHEMA = ALL.include(path_regex=ORDER_PATHS)


class LiveOrders(PaymentsStore):
    """A fake with a paid, partly refunded order; a new one whenever a case refunded all of it."""

    def __init__(self, fake: FakeBigCommerce) -> None:
        super().__init__(fake)
        self.order_id = 0

    def stock(self) -> dict[str, str]:
        if not self.order_id or self.fake.order(self.order_id).status_id == 4:  # wholly refunded
            _, self.order_id = self.paid_order(items=[MUG])
            v3 = f"/orders/{self.order_id}"
            item = {"item_type": "ORDER", "item_id": self.order_id, "amount": 1}
            payment = {"provider_id": "custom", "amount": 1, "offline": True}
            refund = self.api.post(
                f"{v3}/payment_actions/refunds", json={"items": [item], "payments": [payment]}
            )
            assert refund.status_code == 201, refund.text
        metafields = self.api.get(f"/orders/{self.order_id}/metafields").json()["data"]
        if not metafields:
            field = {"namespace": "erp", "key": "ref", "value": "SO-1", "permission_set": "app_only"}
            metafields = [self.api.post(f"/orders/{self.order_id}/metafields", json=field).json()["data"]]
        return {
            "store_hash": self.fake.store_hash,
            "order_id": str(self.order_id),
            "status_id": "11",
            "refund_id": str(self.fake.refunds[-1].id),
            "metafield_id": str(metafields[0]["id"]),
        }


@pytest.fixture(scope="module")
def live() -> Iterator[LiveOrders]:
    with FakeBigCommerce() as fake:
        state = LiveOrders(fake)
        yield state
        state.api.close()
        state.host.close()


@SCHEMA.parametrize()
@hypothesis.settings(derandomize=True, database=None, deadline=None, max_examples=5)
def test_the_fake_conforms_to_the_spec(case: Any, live: LiveOrders) -> None:
    valid = live.stock()
    case.path_parameters = {name: valid[name] for name in case.path_parameters or {}}
    case.call_and_validate(
        base_url=live.fake.url,
        headers={"X-Auth-Token": live.fake.access_token},
        checks=[not_a_server_error, response_schema_conformance],
    )
