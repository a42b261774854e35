"""Many workers, one quota (issue 21): the fake enforces a quota, and clients pace to it.

The estimate itself (`LocalPacer`) is tested with an explicit clock. Everything else runs over
loopback against the local fake with a small quota (a few requests per fraction of a second), so
that windows reset within the test: one client's tasks and threads, its copies, calls that are
never resent, and processes sharing a real `redis-server`, with Redis going away in the middle.
"""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from bigcommerce_checkout import (
    AsyncCheckoutClient,
    CheckoutClient,
    RateLimit,
    RateLimitError,
    RateLimitWaitError,
    RedisRateLimiter,
    RetryPolicy,
)
from bigcommerce_checkout._pacing import PROBE_WAIT, LocalPacer
from bigcommerce_checkout._response import NO_HEADERS
from bigcommerce_checkout.testing import FakeBigCommerce
from bigcommerce_checkout.testing.__main__ import main as fake_main
from bigcommerce_checkout.testing._demo import STORE_HASH
from tests import redis_server
from tests.fake_command import fake_command

ROOT = Path(__file__).resolve().parents[1]


def limit(left: int, reset_ms: int, quota: int = 10, window_ms: int = 1000) -> RateLimit:
    return RateLimit(requests_left=left, requests_quota=quota, window_ms=window_ms, reset_ms=reset_ms)


# --- the estimate ------------------------------------------------------------------------------


def wait(pacer: LocalPacer, now: float) -> float:
    """How long a request asking at `now` must wait (0.0: it went)."""
    return pacer.reserve(now)[0]


def send(pacer: LocalPacer, now: float) -> int:
    """Let one request go at `now`; its ticket."""
    waited, ticket = pacer.reserve(now)
    assert waited == 0.0
    return ticket


def test_the_first_request_finds_out_the_window_alone() -> None:
    pacer = LocalPacer()
    first = send(pacer, 0.0)
    assert wait(pacer, 0.0) == PROBE_WAIT  # the others wait for its answer
    pacer.done(first, 0.01, None)  # no answer came: the next request finds out instead
    second = send(pacer, 0.02)
    pacer.done(second, 0.03, limit(left=2, reset_ms=900))
    assert [wait(pacer, 0.04) for _ in range(3)][:2] == [0.0, 0.0]


def test_answers_without_the_headers_leave_calls_unpaced() -> None:
    pacer = LocalPacer()
    pacer.done(send(pacer, 0.0), 0.1, NO_HEADERS)  # a proxy strips them
    assert [wait(pacer, 0.2) for _ in range(50)] == [0.0] * 50


def knowing(left: int, reset_ms: int) -> LocalPacer:
    """A pacer whose first answer (at 0.0) reported `left` requests and a reset in `reset_ms`."""
    pacer = LocalPacer()
    pacer.done(send(pacer, 0.0), 0.0, limit(left=left, reset_ms=reset_ms))
    return pacer


def test_a_spent_window_makes_callers_wait_until_it_resets() -> None:
    pacer = knowing(left=0, reset_ms=400)
    assert wait(pacer, 0.1) == pytest.approx(0.3)
    assert wait(pacer, 0.3) == pytest.approx(0.1)
    assert [wait(pacer, 0.4) for _ in range(10)] == [0.0] * 10  # a fresh window: the whole quota
    assert wait(pacer, 0.4) == pytest.approx(1.0)  # and then the next reset


def test_requests_let_go_later_are_taken_from_what_the_answer_says_is_left() -> None:
    pacer = knowing(left=9, reset_ms=1000)
    tickets = [send(pacer, 0.0) for _ in range(4)]
    # The second answer: BigCommerce counted the first two; the last two may not have arrived.
    pacer.done(tickets[1], 0.01, limit(left=5, reset_ms=990))
    assert [wait(pacer, 0.02) for _ in range(3)] == [0.0, 0.0, 0.0]
    assert wait(pacer, 0.02) > 0.8


def test_the_client_s_own_count_caps_what_an_answer_says_is_left() -> None:
    pacer = knowing(left=9, reset_ms=1000)
    tickets = [send(pacer, 0.0) for _ in range(6)]  # 3 left by our own count
    pacer.done(tickets[-1], 0.01, limit(left=8, reset_ms=990))  # an answer written early
    assert [wait(pacer, 0.02) for _ in range(3)] == [0.0, 0.0, 0.0]
    assert wait(pacer, 0.02) > 0.8


def test_a_late_answer_from_a_window_that_is_over_changes_nothing() -> None:
    pacer = knowing(left=1, reset_ms=100)
    last = send(pacer, 0.0)
    pacer.done(last, 0.0, limit(left=0, reset_ms=100))
    assert wait(pacer, 0.05) > 0
    late = send(pacer, 0.1)  # the new window (presumed from the clock)
    fresh = send(pacer, 0.1)
    pacer.done(fresh, 0.12, limit(left=8, reset_ms=990))  # its first answer
    pacer.done(late, 0.13, limit(left=0, reset_ms=0))  # an answer of the old window, late
    assert wait(pacer, 0.14) == 0.0


def test_a_reset_beyond_the_window_s_length_waits_one_window_at_most() -> None:
    pacer = knowing(left=0, reset_ms=3_600_000)  # a window of 1 s cannot reset in an hour
    assert wait(pacer, 0.0) == pytest.approx(1.0)


def test_other_apps_spending_the_quota_lower_the_estimate() -> None:
    pacer = knowing(left=9, reset_ms=1000)
    pacer.done(send(pacer, 0.1), 0.1, limit(left=1, reset_ms=900))  # seven spent by someone else
    assert wait(pacer, 0.2) == 0.0
    assert wait(pacer, 0.2) > 0.7


# --- the fake enforces a quota -----------------------------------------------------------------


@pytest.fixture
def fake() -> Iterator[FakeBigCommerce]:
    with FakeBigCommerce(max_recorded_requests=0) as fake:
        yield fake


def test_the_fake_refuses_beyond_an_enforced_quota_with_bigcommerce_s_429(fake: FakeBigCommerce) -> None:
    fake.set_rate_limit(3, 0.4)
    settings = f"/stores/{fake.store_hash}/v3/checkouts/settings"
    order = f"/stores/{fake.store_hash}/v2/orders/100"
    with httpx.Client(base_url=fake.url, headers={"X-Auth-Token": fake.access_token}, timeout=10) as raw:
        answers = [raw.get(settings) for _ in range(4)]
        v2 = raw.get(order)
        storefront = raw.get("/api/storefront/carts")  # the storefront is not counted
        time.sleep(0.45)
        after_reset = raw.get(settings)
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert [a.headers["x-rate-limit-requests-left"] for a in answers] == ["2", "1", "0", "0"]
    refused = answers[-1]
    assert refused.json()["status"] == 429
    assert refused.json()["title"] == "Too Many Requests"
    assert refused.headers["x-rate-limit-requests-quota"] == "3"
    assert refused.headers["x-rate-limit-time-window-ms"] == "400"
    assert 0 < int(refused.headers["x-rate-limit-time-reset-ms"]) <= 400
    assert v2.status_code == 429
    assert v2.json()[0]["status"] == 429  # Orders v2's own error shape
    assert "x-rate-limit-requests-left" not in storefront.headers
    assert after_reset.status_code == 200
    assert (fake.server_requests, fake.rate_limited) == (6, 2)


def test_refused_requests_do_nothing(fake: FakeBigCommerce) -> None:
    fake.set_rate_limit(1, 30)
    with httpx.Client(base_url=fake.url, headers={"X-Auth-Token": fake.access_token}, timeout=10) as raw:
        assert raw.get(f"/stores/{fake.store_hash}/v3/checkouts/settings").status_code == 200
        created = raw.post(f"/stores/{fake.store_hash}/v3/carts", json={"line_items": []})
    assert created.status_code == 429
    assert fake.orders == []
    assert fake.requests == []  # this fake keeps no records; the 429 came from the quota alone


def test_the_quota_is_not_enforced_unless_asked(fake: FakeBigCommerce) -> None:
    with httpx.Client(base_url=fake.url, headers={"X-Auth-Token": fake.access_token}, timeout=10) as raw:
        statuses = {raw.get(f"/stores/{fake.store_hash}/v3/checkouts/settings").status_code for _ in range(5)}
    assert statuses == {200}
    assert fake.rate_limited == 0


@pytest.mark.parametrize("bad", [0, -1, True, 1.5])
def test_set_rate_limit_refuses_a_quota_that_is_not_a_count(fake: FakeBigCommerce, bad: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        fake.set_rate_limit(bad, 1.0)  # type: ignore[arg-type]


# --- one client: tasks, threads, copies --------------------------------------------------------


def _client(fake: FakeBigCommerce, **kwargs: object) -> CheckoutClient:
    return CheckoutClient(
        store_hash=fake.store_hash,
        access_token=fake.access_token,
        base_url=fake.url,
        **kwargs,  # type: ignore[arg-type]
    )


def _async_client(fake: FakeBigCommerce, **kwargs: object) -> AsyncCheckoutClient:
    return AsyncCheckoutClient(
        store_hash=fake.store_hash,
        access_token=fake.access_token,
        base_url=fake.url,
        **kwargs,  # type: ignore[arg-type]
    )


def test_one_client_s_tasks_wait_for_the_reset_instead_of_getting_429s(fake: FakeBigCommerce) -> None:
    fake.set_rate_limit(8, 0.25)

    async def main() -> int:
        # No retries: a single 429 would raise, so every call succeeding means none was refused.
        async with _async_client(fake, max_retries=0) as client:
            await client.settings.get()  # the first answer reports the window
            results = await asyncio.gather(*(client.settings.get() for _ in range(30)))
            return len(results)

    started = time.monotonic()
    assert asyncio.run(main()) == 30
    assert fake.rate_limited == 0
    assert fake.server_requests == 31
    assert time.monotonic() - started >= 0.5  # 31 calls at 8 a window span at least three resets


def test_one_client_s_threads_share_its_pacing(fake: FakeBigCommerce) -> None:
    fake.set_rate_limit(6, 0.25)
    errors: list[BaseException] = []
    with _client(fake, max_retries=0) as client:
        client.settings.get()

        def work() -> None:
            try:
                for _ in range(3):
                    client.settings.get()
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=work) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert errors == []
    assert (fake.server_requests, fake.rate_limited) == (19, 0)


def test_copies_share_the_window_of_their_original(fake: FakeBigCommerce) -> None:
    fake.set_rate_limit(2, 0.3)
    with _client(fake, max_retries=0) as client:
        client.settings.get()
        client.settings.get()  # the window is spent
        copy = client.with_options(timeout=5)
        copy.settings.get()  # waits for the reset instead of being refused
    assert fake.rate_limited == 0


def test_a_never_resent_call_waits_for_the_reset_instead_of_being_refused(fake: FakeBigCommerce) -> None:
    """A refund is sent at most once, and a 429 on it is not retried: it must not meet a spent window."""
    fake.set_rate_limit(2, 0.3)
    with _client(fake) as client:
        client.settings.get()
        client.settings.get()
        with pytest.raises(Exception) as raised:  # noqa: PT011 - the order does not exist: 404, not 429
            client.orders.refunds.create(
                999, {"items": [{"item_type": "ORDER", "item_id": 999, "amount": 1.0}], "payments": []}
            )
    assert not isinstance(raised.value, RateLimitError)
    assert fake.rate_limited == 0


def test_a_reset_later_than_the_call_may_wait_raises_before_sending(fake: FakeBigCommerce) -> None:
    fake.set_rate_limit(1, 30)
    with _client(fake, retry=RetryPolicy(max_rate_limit_wait=0.5)) as client:
        client.settings.get()
        with pytest.raises(RateLimitWaitError) as raised:
            client.settings.get()
    assert raised.value.seconds_to_reset > 25
    assert "was not sent" in str(raised.value)
    assert fake.server_requests == 1  # nothing was sent


def test_the_payments_host_is_not_paced_by_the_store_s_window(fake: FakeBigCommerce) -> None:
    fake.set_rate_limit(1, 30)
    with _client(fake, payments_base_url=fake.payments_url) as client:
        client.settings.get()  # spent
        with pytest.raises(Exception) as raised:  # noqa: PT011 - an unknown token: refused by the host
            client.payments.process("not-a-real-token", PAYMENT)
    assert not isinstance(raised.value, RateLimitWaitError)


PAYMENT: Any = {
    "instrument": {
        "type": "card",
        "number": "4111111111111111",
        "cardholder_name": "Grace Hopper",
        "expiry_month": 7,
        "expiry_year": 2031,
        "verification_value": "737",
    },
    "payment_method_id": "braintree.card",
}


# --- many processes: a shared limiter in Redis --------------------------------------------------

WORKER = """
import asyncio, json, sys
from bigcommerce_checkout import AsyncCheckoutClient, RedisRateLimiter
url, token, store_hash, redis_url, calls = sys.argv[1:]

async def main():
    limiter = RedisRateLimiter(redis_url)
    async with AsyncCheckoutClient(store_hash=store_hash, access_token=token, base_url=url,
                                   max_retries=0, rate_limiter=limiter) as client:
        await asyncio.gather(*(client.settings.get() for _ in range(int(calls))))

asyncio.run(main())
"""


def test_processes_sharing_a_redis_limiter_share_one_quota(fake: FakeBigCommerce, fresh_redis: str) -> None:
    fake.set_rate_limit(6, 0.3)
    args = [fake.url, fake.access_token, fake.store_hash, fresh_redis, "6"]
    procs = [
        subprocess.Popen([sys.executable, "-c", WORKER, *args], cwd=ROOT, stderr=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    errors = [proc.communicate(timeout=60)[1] for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0, 0], errors  # max_retries=0: a 429 would fail one
    assert (fake.server_requests, fake.rate_limited) == (18, 0)


def test_the_worker_that_finds_out_the_window_tells_redis_at_once(
    fake: FakeBigCommerce, fresh_redis: str
) -> None:
    # Until the window is known, every other worker waits for it: it must not stay unknown until
    # the worker that found it out happens to send again (an idle worker may never).
    import redis

    fake.set_rate_limit(5, 30)
    with _client(fake, rate_limiter=RedisRateLimiter(fresh_redis)) as client:
        client.settings.get()
    shared = redis.Redis.from_url(fresh_redis).hgetall(f"bigcommerce-checkout:rate:{fake.store_hash}")
    assert (shared.get(b"quota"), shared.get(b"left")) == (b"5", b"4")


def test_a_window_that_starts_late_at_the_store_is_corrected_before_its_guessed_end(
    fake: FakeBigCommerce, fresh_redis: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A window Redis starts on its own clock (the last one is over) starts at BigCommerce when
    # its first request arrives, later. The answer to that request tells Redis the real end at
    # once; otherwise a worker that saw none of the window's answers would send at the guessed
    # end, into the window that is still spent.
    fake.set_rate_limit(2, 0.6)
    window = fake._store.rate_window
    take = window.take
    late = threading.Event()

    def slow_take(now: float) -> tuple[bool, dict[str, str]]:
        if late.is_set():
            late.clear()
            time.sleep(0.25)  # the first request of the new window takes this long to arrive
            now = time.monotonic()
        return take(now)

    monkeypatch.setattr(window, "take", slow_take)
    workers = [_client(fake, rate_limiter=RedisRateLimiter(fresh_redis), max_retries=0) for _ in range(3)]
    first, second, third = workers  # three processes, each with its own client and limiter
    try:
        first.settings.get()
        first.settings.get()  # the window is spent
        time.sleep(0.65)  # and over
        late.set()
        first.settings.get()  # starts the next window: 0.25 s later at the store than in Redis
        second.settings.get()  # the window's last request
        third.settings.get()  # has seen none of the window: waits for its real end, not the guess
    finally:
        for worker in workers:
            worker.close()
    assert (fake.server_requests, fake.rate_limited) == (5, 0)


def test_without_redis_a_client_paces_alone_and_says_so_once(
    fake: FakeBigCommerce, caplog: pytest.LogCaptureFixture
) -> None:
    fake.set_rate_limit(4, 0.25)
    dead = f"redis://127.0.0.1:{redis_server._free_port()}/0"  # nothing listens there
    limiter = RedisRateLimiter(dead, timeout=0.2)
    with (
        caplog.at_level(logging.WARNING, logger="bigcommerce_checkout"),
        _client(fake, max_retries=0, rate_limiter=limiter) as client,
    ):
        for _ in range(10):
            client.settings.get()
    warnings = [r for r in caplog.records if "Redis rate limiter unreachable" in r.getMessage()]
    assert len(warnings) == 1
    assert dead not in caplog.text
    assert fake.rate_limited == 0


@pytest.mark.skipif(redis_server.binary() is None, reason=redis_server.MISSING)
def test_redis_going_away_and_coming_back(fake: FakeBigCommerce, caplog: pytest.LogCaptureFixture) -> None:
    fake.set_rate_limit(5, 0.25)
    srv = redis_server.RedisServer().start()
    limiter = RedisRateLimiter(srv.url, timeout=0.2, recheck=0.2)
    try:
        with (
            caplog.at_level(logging.WARNING, logger="bigcommerce_checkout"),
            _client(fake, max_retries=0, rate_limiter=limiter) as client,
        ):
            for _ in range(6):
                client.settings.get()
            shared = limiter.redis.hgetall(limiter.prefix + fake.store_hash)
            srv.stop()
            for _ in range(8):
                client.settings.get()  # paced alone: still no 429
            assert "unreachable" in caplog.text
            srv.start(port=srv.port)
            time.sleep(0.25)
            for _ in range(6):
                client.settings.get()
    finally:
        srv.stop()
    assert shared[b"quota"] == b"5"
    assert "reachable again" in caplog.text
    assert fake.rate_limited == 0


def test_the_fake_command_enforces_the_quota_it_is_given() -> None:
    with fake_command("--rate-limit", "2/30", "--quiet") as command:
        headers = {"X-Auth-Token": command.token}
        path = f"/stores/{STORE_HASH}/v3/checkouts/settings"
        with httpx.Client(base_url=command.url, headers=headers, timeout=10) as raw:
            statuses = [raw.get(path).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]


@pytest.mark.parametrize("text", ["2", "0/30", "2/0", "a/b"])
def test_the_fake_command_refuses_a_quota_it_cannot_read(
    text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        fake_main(["--rate-limit", text])
    assert exited.value.code == 2
    assert "QUOTA/SECONDS" in capsys.readouterr().err
