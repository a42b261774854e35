"""End to end on the fake: register a hook, run a checkout to a paid order, receive the events.

The fake delivers every event twice (`webhook_duplicates = 1`); the receiver handles each once.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bigcommerce_checkout.models import CartConvertedEvent, OrderCreatedEvent, OrderStatusUpdatedEvent
from bigcommerce_checkout.testing import FakeBigCommerce
from bigcommerce_checkout.webhooks import Event, WebhookReceiver
from tests.fake_support import checkout_client
from tests.test_payments_flow import ordered, payment
from tests.webhook_worker import serve

SECRET = "e2e-hook-secret-40c9"


@pytest.fixture
def fake() -> Iterator[FakeBigCommerce]:
    with FakeBigCommerce() as running:
        running.webhook_retry_scale = 1e-6
        yield running


def test_a_paid_order_reaches_the_receiver_once_per_event(fake: FakeBigCommerce) -> None:
    handled: list[Event] = []
    receiver = WebhookReceiver(handled.append, header="X-Hook-Secret", secret=SECRET)
    fake.webhook_duplicates = 1  # BigCommerce may deliver an event twice; the fake does it always here
    with serve(receiver) as url, checkout_client(fake) as client:
        for scope in ("store/cart/converted", "store/order/*"):
            client.webhooks.create(scope, url, headers={"X-Hook-Secret": SECRET})
        cart_id, order_id = ordered(fake, client)
        token = client.payments.access_tokens.create({"order": {"id": order_id}})
        client.payments.process(token.id, payment())
        fake.wait_for_webhooks()

    scopes = [e.scope for e in handled]
    assert sorted(scopes) == sorted(
        ["store/order/created", "store/order/statusUpdated", "store/order/updated", "store/cart/converted"]
    )
    [created] = [e for e in handled if isinstance(e, OrderCreatedEvent)]
    assert created.data.id == order_id
    [converted] = [e for e in handled if isinstance(e, CartConvertedEvent)]
    assert (converted.data.id, converted.data.order_id) == (cart_id, order_id)
    [status] = [e for e in handled if isinstance(e, OrderStatusUpdatedEvent)]
    assert (status.data.status.previous_status_id, status.data.status.new_status_id) == (0, 11)
    assert scopes.index("store/order/created") < scopes.index("store/cart/converted")
    delivered = [d for d in fake.webhook_deliveries if d.ok]
    assert len(delivered) == 2 * len(handled)  # every event arrived twice, was handled once


def test_a_delivery_with_a_wrong_secret_is_refused_and_retried_until_the_hook_is_switched_off(
    fake: FakeBigCommerce,
) -> None:
    handled: list[Event] = []
    receiver = WebhookReceiver(handled.append, header="X-Hook-Secret", secret=SECRET)
    with serve(receiver) as url, checkout_client(fake) as client:
        hook = client.webhooks.create("store/order/created", url, headers={"X-Hook-Secret": "stale-value-1"})
        fake.emit_webhook("store/order/created", {"type": "order", "id": 321})
        fake.wait_for_webhooks()
        assert client.webhooks.get(hook.id).is_active is False
    assert handled == []
    assert {d.status for d in fake.webhook_deliveries} == {403}
