"""client.webhooks: checks before any request, create sent at most once, hook secrets masked."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest

import bigcommerce_checkout._base_client as base_client
from bigcommerce_checkout import (
    APIConnectionError,
    AsyncCheckoutClient,
    CheckoutClient,
    InternalServerError,
    RetryPolicy,
    UnprocessableEntityError,
)
from tests.loopback import Answer, LoopbackServer

HOOK_SECRET = "hook-header-secret-0c7d19"
DESTINATION = "https://hooks.example.net/bigcommerce"
HOOK = {
    "id": 30512,
    "scope": "store/order/created",
    "destination": DESTINATION,
    "is_active": True,
    "headers": {"X-Hook-Secret": HOOK_SECRET},
}


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    asked: list[float] = []
    monkeypatch.setattr(base_client, "_sleep", asked.append)
    return asked


def _client(server: LoopbackServer) -> CheckoutClient:
    return CheckoutClient(
        store_hash="k7x2q9rm", access_token="tok-1", base_url=server.url, retry=RetryPolicy(max_retries=2)
    )


@pytest.mark.parametrize(
    ("call", "error", "says"),
    [
        (lambda c: c.webhooks.create("order.created", DESTINATION), ValueError, "event scope"),
        (
            lambda c: c.webhooks.create("store/order/created", "http://hooks.example.net/x"),
            ValueError,
            "https",
        ),
        (
            lambda c: c.webhooks.create("store/order/created", "https://hooks.example.net:8443/x"),
            ValueError,
            "443",
        ),
        (
            lambda c: c.webhooks.create("store/order/created", "https://u:p@hooks.example.net/x"),
            ValueError,
            "password",
        ),
        (lambda c: c.webhooks.create("store/order/created", "hooks.example.net"), ValueError, "https"),
        (
            lambda c: c.webhooks.create(
                "store/order/created", DESTINATION, headers={"X-Secret": "a\r\nX-Evil: 1"}
            ),
            ValueError,
            "printable ASCII",
        ),
        (
            lambda c: c.webhooks.create("store/order/created", DESTINATION, headers={"Bad Name": "v"}),
            ValueError,
            "name",
        ),
        (
            lambda c: c.webhooks.create("store/order/created", DESTINATION, headers={"Content-Length": "1"}),
            ValueError,
            "frames",
        ),
        (
            lambda c: c.webhooks.create("store/order/created", DESTINATION, is_active="yes"),
            TypeError,
            "True or False",
        ),
        (lambda c: c.webhooks.update(30512), ValueError, "at least one"),
        (lambda c: c.webhooks.get(0), ValueError, "positive"),
        (lambda c: c.webhooks.list(scope="everything"), ValueError, "event scope"),
        (lambda c: c.webhooks.admin.update_emails("ops@example.net"), TypeError, "list"),
        (lambda c: c.webhooks.admin.update_emails(["not-an-address"]), ValueError, "email"),
    ],
)
def test_bad_arguments_are_refused_before_any_request(
    server: LoopbackServer, call: Any, error: type[Exception], says: str
) -> None:
    with _client(server) as client, pytest.raises(error, match=says) as info:
        call(client)
    assert server.requests == []
    assert "X-Evil" not in str(info.value)


def test_a_loopback_destination_may_be_plain_http_on_any_port(server: LoopbackServer) -> None:
    server.default = Answer.json(
        200, {"data": {**HOOK, "destination": "http://127.0.0.1:8000/h"}, "meta": {}}
    )
    with _client(server) as client:
        hook = client.webhooks.create("store/order/created", "http://127.0.0.1:8000/h")
    assert hook.destination == "http://127.0.0.1:8000/h"


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_create_is_sent_once_and_says_to_list_before_trying_again(
    server: LoopbackServer, waits: list[float], status: int
) -> None:
    server.default = Answer.json(status, {"status": status, "title": "gateway trouble"})
    with _client(server) as client, pytest.raises(InternalServerError) as info:
        client.webhooks.create("store/order/created", DESTINATION, headers={"X-Hook-Secret": HOOK_SECRET})
    assert len(server.requests) == 1
    assert "webhooks.list(scope=..., destination=...)" in str(info.value)


def test_create_is_not_resent_after_a_dropped_connection(server: LoopbackServer, waits: list[float]) -> None:
    server.default = Answer(drop=True)
    with _client(server) as client, pytest.raises(APIConnectionError):
        client.webhooks.create("store/order/created", DESTINATION)
    assert len(server.requests) == 1


def test_update_and_delete_are_retried(server: LoopbackServer, waits: list[float]) -> None:
    ok = Answer.json(200, {"data": HOOK, "meta": {}})
    server.answers.extend([Answer.json(503, {"status": 503}), ok, Answer.json(502, {"status": 502}), ok])
    with _client(server) as client:
        client.webhooks.update(30512, is_active=True)
        client.webhooks.delete(30512)
    assert [r.method for r in server.requests] == ["PUT", "PUT", "DELETE", "DELETE"]


def test_hook_secrets_stay_out_of_reprs_logs_and_errors(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    echo = {"status": 422, "title": "Invalid", "errors": {"headers": f"X-Hook-Secret={HOOK_SECRET} refused"}}
    server.answers.append(Answer.json(422, echo, **{"X-Echo": HOOK_SECRET}))
    server.answers.append(Answer.json(200, {"data": HOOK, "meta": {}}))
    server.answers.append(Answer.json(200, {"data": [HOOK], "meta": {}}))
    with caplog.at_level(logging.DEBUG), _client(server) as client:
        with pytest.raises(UnprocessableEntityError) as info:
            client.webhooks.create("store/order/created", DESTINATION, headers={"X-Hook-Secret": HOOK_SECRET})
        hook = client.webhooks.get(30512)
        page = client.webhooks.list()
    assert server.requests[0].json()["headers"] == {"X-Hook-Secret": HOOK_SECRET}  # sent as given
    assert hook.headers == {"X-Hook-Secret": HOOK_SECRET}  # readable by the program
    shown = [
        repr(hook),
        str(hook),
        repr(page),
        str(info.value),
        repr(info.value),
        str(info.value.body),
        caplog.text,
    ]
    assert all(HOOK_SECRET not in text for text in shown)
    assert "X-Hook-Secret" in repr(hook)


def test_the_async_client_has_the_same_section(server: LoopbackServer) -> None:
    server.default = Answer.json(200, {"data": HOOK, "meta": {}})

    async def run() -> int:
        async with AsyncCheckoutClient(
            store_hash="k7x2q9rm", access_token="tok-1", base_url=server.url
        ) as client:
            hook = await client.webhooks.create("store/order/created", DESTINATION)
            admin = await client.webhooks.admin.get(is_active=True)
            assert admin is not None
            return hook.id

    server.answers.append(Answer.json(200, {"data": HOOK, "meta": {}}))
    server.answers.append(Answer.json(200, {"data": {"emails": [], "hooks_list": [HOOK]}, "meta": {}}))
    assert asyncio.run(run()) == 30512
    assert server.requests[1].query == {"is_active": ["true"]}
