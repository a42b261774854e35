"""The webhook receiver: secret check, parsing, each event handled once, and the dedupe stores
(in memory, and Redis: a real redis-server, two receiver processes)."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis

from bigcommerce_checkout.webhooks import (
    DEDUPE_TTL,
    RETRY_SCHEDULE,
    Event,
    MemoryDedupeStore,
    RedisDedupeStore,
    WebhookReceiver,
    event_key,
)
from tests import webhook_worker

ROOT = Path(__file__).resolve().parents[1]
SECRET = "hook-secret-5b0e7d"
HEADERS = {"X-Hook-Secret": SECRET}


def event(
    scope: str = "store/order/created", hash_: str = "a1b2", created_at: int = 1764892800, **data: Any
) -> bytes:
    payload = {
        "scope": scope,
        "store_id": "1025646",
        "data": data or {"type": "order", "id": 101},
        "hash": hash_,
        "created_at": created_at,
        "producer": "stores/k7x2q9rm",
    }
    return json.dumps(payload).encode()


class Handler:
    def __init__(self, fail: int = 0) -> None:
        self.events: list[Event] = []
        self.fail = fail

    def __call__(self, event: Event) -> None:
        if self.fail:
            self.fail -= 1
            raise RuntimeError("the handler failed")
        self.events.append(event)


def test_retry_window_is_the_published_schedule_plus_a_margin() -> None:
    assert sum(RETRY_SCHEDULE) == 173_040  # 48 h 4 min after the first delivery
    assert sum(RETRY_SCHEDULE) < DEDUPE_TTL <= sum(RETRY_SCHEDULE) + 3 * 3600


def test_an_event_is_handled_once_however_often_it_is_delivered() -> None:
    handler = Handler()
    receiver = WebhookReceiver(handler, header="X-Hook-Secret", secret=SECRET)
    receipts = [receiver.receive(HEADERS, event()) for _ in range(3)]
    assert [(r.status, r.outcome) for r in receipts] == [
        (200, "handled"),
        (200, "duplicate"),
        (200, "duplicate"),
    ]
    assert len(handler.events) == 1
    assert handler.events[0].data.id == 101  # type: ignore[union-attr]


def test_a_repeat_while_the_handler_runs_is_not_acknowledged_until_it_is_handled() -> None:
    receiver: WebhookReceiver
    during: list[tuple[int, str]] = []

    def slow(event: Event) -> None:  # a repeat arrives while this handler runs
        during.append(astuple(receiver.receive(HEADERS, event_body)))

    event_body = event()
    receiver = WebhookReceiver(slow, header="X-Hook-Secret", secret=SECRET)
    first = receiver.receive(HEADERS, event_body)
    assert (first.status, first.outcome) == (200, "handled")
    assert during == [(409, "in progress")]  # BigCommerce retries it later...
    later = receiver.receive(HEADERS, event_body)
    assert (later.status, later.outcome) == (200, "duplicate")  # ...and then it is acknowledged


def astuple(receipt: Any) -> tuple[int, str]:
    return receipt.status, receipt.outcome


def test_events_with_the_same_hash_but_another_scope_or_time_are_each_handled() -> None:
    # The published samples give store/cart/created and store/cart/updated one hash; a cart's
    # `updated` events carry the same data each time.
    handler = Handler()
    receiver = WebhookReceiver(handler, header="X-Hook-Secret", secret=SECRET)
    cart = {"type": "cart", "id": "0d3b1c4f-8a2e-4b6e-9a3c-7f5e2d1b8c90"}
    bodies = [
        event("store/cart/created", "same", 1, **cart),
        event("store/cart/updated", "same", 1, **cart),
        event("store/cart/updated", "same", 2, **cart),
    ]
    assert [receiver.receive(HEADERS, b).outcome for b in bodies] == ["handled"] * 3
    assert len({event_key(e) for e in handler.events}) == 3


@pytest.mark.parametrize(
    ("headers", "status", "outcome"),
    [
        ({}, 401, "missing secret"),
        ({"X-Hook-Secret": "hook-secret-5b0e7e"}, 403, "wrong secret"),
        ({"X-Hook-Secret": ""}, 403, "wrong secret"),
        ({"X-Other": SECRET}, 401, "missing secret"),
        ({"x-hook-secret": SECRET}, 200, "handled"),
        ({"X-HOOK-SECRET": SECRET}, 200, "handled"),
    ],
)
def test_the_secret_header_is_checked_before_anything_else(
    headers: dict[str, str], status: int, outcome: str, caplog: pytest.LogCaptureFixture
) -> None:
    handler = Handler()
    receiver = WebhookReceiver(handler, header="X-Hook-Secret", secret=SECRET)
    with caplog.at_level(logging.DEBUG, logger="bigcommerce_checkout"):
        receipt = receiver.receive(headers, event())
    assert (receipt.status, receipt.outcome) == (status, outcome)
    assert len(handler.events) == (status == 200)
    if status != 200:
        assert receipt.event is None  # refused before the body is read
    for shown in (caplog.text, repr(receipt), repr(receiver)):
        assert SECRET not in shown
        assert "hook-secret-5b0e7e" not in shown


def test_a_rotated_secret_accepts_both_values_while_it_changes() -> None:
    handler = Handler()
    receiver = WebhookReceiver(handler, header="X-Hook-Secret", secret=[SECRET, "the-next-secret-91"])
    assert receiver.receive(HEADERS, event(hash_="1")).status == 200
    assert receiver.receive({"X-Hook-Secret": "the-next-secret-91"}, event(hash_="2")).status == 200
    assert receiver.receive({"X-Hook-Secret": "an-old-one-00"}, event(hash_="3")).status == 403


def test_an_unreadable_body_is_400_and_the_handler_is_not_called() -> None:
    handler = Handler()
    receiver = WebhookReceiver(handler, header="X-Hook-Secret", secret=SECRET)
    assert receiver.receive(HEADERS, b"<html>").status == 400
    assert receiver.receive(HEADERS, b'{"scope": "store/order/created"}').status == 400
    assert handler.events == []


def test_a_failed_handler_answers_500_and_the_retry_is_handled(caplog: pytest.LogCaptureFixture) -> None:
    handler = Handler(fail=1)
    receiver = WebhookReceiver(handler, header="X-Hook-Secret", secret=SECRET)
    with caplog.at_level(logging.ERROR, logger="bigcommerce_checkout"):
        first = receiver.receive(HEADERS, event())
    assert (first.status, first.outcome) == (500, "handler failed")
    assert "the handler failed" in caplog.text
    retry = receiver.receive(HEADERS, event())
    assert (retry.status, retry.outcome) == (200, "handled")
    assert len(handler.events) == 1


class BrokenStore(MemoryDedupeStore):
    def claim(self, key: str, lease: float) -> str | None:
        raise ConnectionError("the store is down")


def test_a_failing_store_answers_503_so_bigcommerce_delivers_again() -> None:
    handler = Handler()
    receiver = WebhookReceiver(handler, header="X-Hook-Secret", secret=SECRET, store=BrokenStore())
    receipt = receiver.receive(HEADERS, event())
    assert (receipt.status, receipt.outcome) == (503, "store failed")
    assert handler.events == []


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"header": "X Hook", "secret": SECRET}, ValueError),
        ({"header": "X-Hook-Secret", "secret": "a\nb"}, ValueError),
        ({"header": "X-Hook-Secret", "secret": []}, ValueError),
        ({"header": "X-Hook-Secret", "secret": SECRET, "store": object()}, TypeError),
        ({"header": "X-Hook-Secret", "secret": SECRET, "ttl": 0}, ValueError),
    ],
)
def test_bad_receiver_settings_are_refused_without_showing_the_secret(
    kwargs: dict[str, Any], error: type[Exception]
) -> None:
    with pytest.raises(error) as info:
        WebhookReceiver(Handler(), **kwargs)
    assert "a\nb" not in str(info.value)
    assert SECRET not in str(info.value)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_memory_store_forgets_a_handled_event_after_its_ttl_and_a_lost_lease_after_the_lease() -> None:
    clock = Clock()
    store = MemoryDedupeStore(clock=clock)
    token = store.claim("k", lease=120)
    assert token is not None
    assert store.claim("k", lease=120) is None
    assert not store.handled("k")  # claimed, not handled yet
    clock.now += 121  # the handler's process died: the lease ran out, a retry may take it
    retry = store.claim("k", lease=120)
    assert retry is not None
    store.release("k", token)  # the old claim no longer holds the key: nothing is released
    assert store.claim("k", lease=120) is None
    store.confirm("k", retry, ttl=DEDUPE_TTL)
    assert store.handled("k")
    clock.now += DEDUPE_TTL - 1
    assert store.claim("k", lease=120) is None
    clock.now += 2
    assert not store.handled("k")
    assert store.claim("k", lease=120) is not None


def test_the_memory_store_is_bounded_dropping_the_oldest_first() -> None:
    store = MemoryDedupeStore(max_keys=3)
    for key in "abcd":
        token = store.claim(key, 60)
        assert token is not None
        store.confirm(key, token, 3600)
    assert len(store) == 3
    assert store.claim("a", 60) is not None  # dropped: handled again
    assert store.claim("d", 60) is None


def test_the_memory_store_lets_one_of_many_threads_claim_an_event() -> None:
    store = MemoryDedupeStore()
    barrier = threading.Barrier(8)

    def claim(_: int) -> str | None:
        barrier.wait()
        return store.claim("same", 60)

    with ThreadPoolExecutor(8) as pool:
        tokens = list(pool.map(claim, range(8)))
    assert sum(t is not None for t in tokens) == 1


# --- Redis: a real redis-server on loopback (tests/redis_server.py) ------------------------------


def test_the_redis_store_claims_atomically_and_expires(fresh_redis: str) -> None:
    store = RedisDedupeStore(fresh_redis, prefix="t:")
    client = redis.Redis.from_url(fresh_redis)
    token = store.claim("k", lease=5)
    assert token is not None
    assert store.claim("k", lease=5) is None
    assert 0 < client.pttl("t:k") <= 5000
    store.release("k", "someone-else")  # not the holder: nothing happens
    assert client.exists("t:k")
    assert not store.handled("k")
    store.confirm("k", token, ttl=DEDUPE_TTL)
    assert store.handled("k")
    assert client.pttl("t:k") > (DEDUPE_TTL - 60) * 1000
    other = store.claim("j", lease=5)
    assert other is not None
    store.release("j", other)
    assert not client.exists("t:j")
    assert store.claim("short", lease=0.05) is not None
    client.close()


def test_a_receiver_on_redis_releases_a_failed_event_for_the_retry(fresh_redis: str) -> None:
    handler = Handler(fail=1)
    receiver = WebhookReceiver(
        handler, header="X-Hook-Secret", secret=SECRET, store=RedisDedupeStore(fresh_redis)
    )
    assert receiver.receive(HEADERS, event()).status == 500
    assert receiver.receive(HEADERS, event()).outcome == "handled"
    assert receiver.receive(HEADERS, event()).outcome == "duplicate"
    assert len(handler.events) == 1


def test_an_unreachable_redis_answers_503(redis_url: str) -> None:
    no_retries = redis.retry.Retry(redis.backoff.NoBackoff(), 0)
    store = RedisDedupeStore(
        redis.Redis(host="127.0.0.1", port=1, socket_connect_timeout=0.2, retry=no_retries)
    )
    receiver = WebhookReceiver(Handler(), header="X-Hook-Secret", secret=SECRET, store=store)
    assert receiver.receive(HEADERS, event()).status == 503


@pytest.fixture(scope="module")
def two_workers(redis_url: str) -> Iterator[list[str]]:
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.webhook_worker", redis_url],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    try:
        urls = [f"http://127.0.0.1:{int(p.stdout.readline())}/" for p in procs if p.stdout]
        yield urls
    finally:
        for p in procs:
            p.terminate()
            p.wait(5)
            if p.stdout:
                p.stdout.close()


def test_two_receiver_processes_sharing_redis_handle_each_event_once(
    two_workers: list[str], redis_url: str
) -> None:
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    client.flushdb()
    bodies = [event(hash_=f"h{i}", type="order", id=500 + i) for i in range(12)]
    headers = {"X-Hook-Secret": webhook_worker.SECRET, "Content-Type": "application/json"}
    http = httpx.Client(timeout=10, headers=headers)

    def deliver(job: tuple[str, bytes]) -> int:
        url, body = job
        return http.post(url, content=body).status_code

    # each event reaches both processes at the same moment, twice over
    jobs = [(url, body) for body in bodies for url in two_workers for _ in range(2)]
    with ThreadPoolExecutor(16) as pool:
        statuses = list(pool.map(deliver, jobs))
        assert set(statuses) <= {200, 409}  # 409: the other process was handling it at that moment
        retried = list(
            pool.map(deliver, [job for job, status in zip(jobs, statuses, strict=True) if status == 409])
        )
    http.close()
    assert set(retried) <= {200}  # BigCommerce's retry of those is acknowledged
    handled = client.lrange("handled", 0, -1)
    assert sorted(line.split()[1] for line in handled) == sorted(f"h{i}" for i in range(12))
    client.close()
