"""The fake's webhooks: the 7 operations through the client, and deliveries as BigCommerce makes
them (real POSTs with the custom headers, retries on the published schedule compressed, duplicates
on request, hooks switched off after the last retry)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from bigcommerce_checkout import NotFoundError, UnprocessableEntityError
from bigcommerce_checkout.testing import FakeBigCommerce
from tests.fake_support import checkout_client
from tests.loopback import Answer, LoopbackServer

SECRET = {"X-Hook-Secret": "fake-hook-secret-77"}


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeBigCommerce]:
    with FakeBigCommerce() as running:
        running.webhook_retry_scale = 1e-6  # 60 s -> 60 us, 86,400 s -> 86 ms: all 11 retries in 0.17 s
        yield running


@pytest.fixture
def receiver(fake: FakeBigCommerce) -> Iterator[LoopbackServer]:
    with LoopbackServer() as srv:
        yield srv
    fake.wait_for_webhooks()
    for hook in fake.hooks:  # each test starts without hooks
        with checkout_client(fake) as client:
            client.webhooks.delete(hook["id"])
    fake.webhook_duplicates = 0


def test_the_seven_operations(fake: FakeBigCommerce, receiver: LoopbackServer) -> None:
    with checkout_client(fake) as client:
        hook = client.webhooks.create("store/cart/*", receiver.url + "/hooks", headers=SECRET)
        assert (hook.scope, hook.is_active, hook.headers) == ("store/cart/*", True, SECRET)
        assert "fake-hook-secret-77" not in repr(hook)
        other = client.webhooks.create("store/order/created", receiver.url + "/orders", is_active=False)
        assert client.webhooks.get(hook.id) == hook
        page = client.webhooks.list(is_active=True)
        assert [h.id for h in page.data] == [hook.id]
        assert page.meta is not None
        assert page.meta.pagination is not None
        assert page.meta.pagination.total == 1
        assert [h.id for h in client.webhooks.list(scope="store/order/created").data] == [other.id]
        assert [h.id for h in client.webhooks.list(limit=1, page=2).data] == [other.id]
        updated = client.webhooks.update(other.id, is_active=True, headers=SECRET)
        assert (updated.is_active, updated.headers) == (True, SECRET)
        client.webhooks.admin.update_emails(["ops@example.net"])
        admin = client.webhooks.admin.get()
        assert admin.emails == ["ops@example.net"]
        assert {h.id for h in admin.hooks_list or []} == {hook.id, other.id}
        with pytest.raises(UnprocessableEntityError):  # one hook per scope and destination
            client.webhooks.create("store/cart/*", receiver.url + "/hooks")
        assert client.webhooks.delete(other.id).id == other.id
        with pytest.raises(NotFoundError):
            client.webhooks.get(other.id)


def test_a_cart_change_is_posted_with_the_custom_headers(
    fake: FakeBigCommerce, receiver: LoopbackServer
) -> None:
    with checkout_client(fake) as client:
        client.webhooks.create("store/cart/*", receiver.url + "/hooks", headers=SECRET)
        cart = client.carts.create({"line_items": [{"product_id": 131, "variant_id": 380, "quantity": 1}]})
        fake.wait_for_webhooks()
    events = [r.json() for r in receiver.requests]
    assert [e["scope"] for e in events] == ["store/cart/created", "store/cart/updated"]
    assert all(e["data"] == {"type": "cart", "id": str(cart.id)} for e in events)
    assert {e["producer"] for e in events} == {f"stores/{fake.store_hash}"}
    assert len({e["hash"] for e in events}) == 2
    for request in receiver.requests:
        assert (request.method, request.path) == ("POST", "/hooks")
        assert request.headers["x-hook-secret"] == "fake-hook-secret-77"
        assert request.headers["content-type"] == "application/json"


def test_a_failed_delivery_is_retried_on_the_schedule_until_it_succeeds(
    fake: FakeBigCommerce, receiver: LoopbackServer
) -> None:
    receiver.answers.extend([Answer(500), Answer(503)])
    with checkout_client(fake) as client:
        hook = client.webhooks.create("store/order/created", receiver.url + "/o", headers=SECRET)
    fake.emit_webhook("store/order/created", {"type": "order", "id": 7})
    fake.wait_for_webhooks()
    mine = [d for d in fake.webhook_deliveries if d.hook_id == hook.id]
    assert [(d.attempt, d.status) for d in mine] == [(0, 500), (1, 503), (2, 200)]
    assert len({json.dumps(r.json(), sort_keys=True) for r in receiver.requests}) == 1  # the same event


def test_a_hook_whose_deliveries_all_fail_is_switched_off(
    fake: FakeBigCommerce, receiver: LoopbackServer
) -> None:
    receiver.default = Answer(500)
    with checkout_client(fake) as client:
        hook = client.webhooks.create("store/order/created", receiver.url + "/o")
        fake.emit_webhook("store/order/created", {"type": "order", "id": 8})
        fake.wait_for_webhooks()
        assert [d.attempt for d in fake.webhook_deliveries if d.hook_id == hook.id] == list(range(12))
        assert client.webhooks.get(hook.id).is_active is False
        fake.emit_webhook("store/order/created", {"type": "order", "id": 9})  # no longer delivered
        fake.wait_for_webhooks()
    assert len(receiver.requests) == 12


def test_duplicates_are_delivered_when_asked(fake: FakeBigCommerce, receiver: LoopbackServer) -> None:
    fake.webhook_duplicates = 1
    with checkout_client(fake) as client:
        client.webhooks.create("store/order/refund/created", receiver.url + "/r")
    event = fake.emit_webhook(
        "store/order/refund/created", {"type": "order", "id": 5, "refund": {"refund_id": 2}}
    )
    fake.wait_for_webhooks()
    assert [r.json() for r in receiver.requests] == [event, event]


def test_the_fake_never_sends_beyond_loopback(fake: FakeBigCommerce, receiver: LoopbackServer) -> None:
    with checkout_client(fake) as client:
        hook = client.webhooks.create("store/order/updated", "https://hooks.example.net/x")
        fake.emit_webhook("store/order/updated", {"type": "order", "id": 3})
        fake.wait_for_webhooks()
        mine = [d for d in fake.webhook_deliveries if d.hook_id == hook.id]
        assert len(mine) == 12
        assert all(d.status is None and "only to loopback" in d.error for d in mine)
        assert client.webhooks.get(hook.id).is_active is False
