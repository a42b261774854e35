"""Retries: only when repeating cannot do anything twice, bounded in count and time."""

from __future__ import annotations

import asyncio
import logging
import pickle
import socket
import ssl
import subprocess
import sys
import time
from typing import Any

import httpx
import pytest

import bigcommerce_checkout._base_client as base_client
from bigcommerce_checkout import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncCheckoutClient,
    CheckoutClient,
    InternalServerError,
    OrderMayExistError,
    RateLimitError,
    RetryPolicy,
    StorefrontClient,
    capture_responses,
)
from tests.loopback import Answer, LoopbackServer
from tests.shapes import server_checkout

TOKEN = "tok_live_4f9a1c0e7b2d"
CART = "0d3b1c4f-8a2e-4b6e-9a3c-7f5e2d1b8c90"
OK = Answer.json(200, server_checkout(CART))
ORDER_OK = Answer.json(200, {"data": {"id": 40127}, "meta": {}})
FAST = RetryPolicy(max_retries=2, initial_backoff=0.001, max_backoff=0.002)


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits the retry loop asked for; nothing actually sleeps."""
    asked: list[float] = []
    monkeypatch.setattr(base_client, "_sleep", asked.append)
    return asked


def _client(server: LoopbackServer | str, **kwargs: Any) -> CheckoutClient:
    url = server if isinstance(server, str) else server.url
    kwargs.setdefault("retry", FAST)
    return CheckoutClient(store_hash="k7x2q9rm", access_token=TOKEN, base_url=url, **kwargs)


def _error(status: int, **headers: str) -> Answer:
    return Answer.json(status, {"status": status, "title": f"status {status}"}, **headers)


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.checkouts.get(CART),
        lambda c: c.checkouts.billing_address.update(CART, 7, {"email": "a@b.co", "country_code": "US"}),
        lambda c: c.checkouts.coupons.delete(CART, "AUTUMN15"),
    ],
    ids=["GET", "PUT", "DELETE"],
)
def test_idempotent_methods_are_retried(
    server: LoopbackServer, waits: list[float], status: int, call: Any
) -> None:
    server.answers.extend([_error(status), _error(status)])
    server.default = OK
    with _client(server) as client:
        assert str(call(client).id) == CART
    assert len(server.requests) == 3
    assert len(waits) == 2


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_post_is_not_retried_on_5xx(server: LoopbackServer, waits: list[float], status: int) -> None:
    server.default = _error(status)
    with _client(server) as client, pytest.raises(InternalServerError):
        client.checkouts.coupons.add(CART, "AUTUMN15")
    assert len(server.requests) == 1


def test_post_is_retried_on_429(server: LoopbackServer, waits: list[float]) -> None:
    server.answers.append(_error(429, **{"X-Rate-Limit-Time-Reset-Ms": "40"}))
    server.default = OK
    with _client(server) as client:
        client.checkouts.coupons.add(CART, "AUTUMN15")
    assert len(server.requests) == 2
    assert waits == [0.04]


@pytest.mark.parametrize("status", [501, 505, 400, 404, 409, 422])
def test_statuses_that_retrying_cannot_fix_are_not_retried(
    server: LoopbackServer, waits: list[float], status: int
) -> None:
    server.default = _error(status)
    with _client(server) as client, pytest.raises(APIStatusError) as info:
        client.checkouts.get(CART)
    assert info.value.status_code == status
    assert len(server.requests) == 1


def test_429_waits_for_the_longer_of_retry_after_and_reset(
    server: LoopbackServer, waits: list[float]
) -> None:
    server.answers.extend(
        [
            _error(429, **{"X-Retry-After": "2", "X-Rate-Limit-Time-Reset-Ms": "500"}),
            _error(429, **{"X-Retry-After": "1", "X-Rate-Limit-Time-Reset-Ms": "3500"}),
        ]
    )
    server.default = OK
    with _client(server) as client:
        client.checkouts.get(CART)
    assert waits == [2.0, 3.5]


def test_429_wait_is_capped_and_falls_back_to_backoff(server: LoopbackServer, waits: list[float]) -> None:
    server.answers.extend([_error(429, **{"X-Retry-After": "3600"}), _error(429)])
    server.default = OK
    policy = RetryPolicy(max_retries=2, initial_backoff=0.2, max_rate_limit_wait=5.0, budget=600)
    with _client(server, retry=policy) as client:
        client.checkouts.get(CART)
    assert waits[0] == 5.0
    assert 0.2 <= waits[1] <= 0.4  # backoff for the second retry: 0.4 with jitter in [50%, 100%]


def test_retries_stop_at_max_retries_and_raise_the_last_error(
    server: LoopbackServer, waits: list[float]
) -> None:
    server.default = _error(429)
    with _client(server) as client, pytest.raises(RateLimitError):
        client.checkouts.get(CART)
    assert len(server.requests) == 3


def test_the_time_budget_bounds_all_attempts(server: LoopbackServer, waits: list[float]) -> None:
    server.default = _error(429, **{"X-Rate-Limit-Time-Reset-Ms": "30000"})
    with (
        _client(server, retry=RetryPolicy(max_retries=5, budget=10.0)) as client,
        pytest.raises(RateLimitError),
    ):
        client.checkouts.get(CART)
    assert len(server.requests) == 1  # waiting 30 s would overrun the 10 s budget
    assert waits == []


def test_dropped_connection_retries_get_but_not_post(server: LoopbackServer, waits: list[float]) -> None:
    server.answers.append(Answer(drop=True))
    server.default = OK
    with _client(server) as client:
        client.checkouts.get(CART)
    assert len(server.requests) == 2

    server.requests.clear()
    server.answers.append(Answer(drop=True))
    with _client(server) as client, pytest.raises(APIConnectionError):
        client.checkouts.coupons.add(CART, "AUTUMN15")
    assert len(server.requests) == 1


def test_read_timeout_retries_get(server: LoopbackServer, waits: list[float]) -> None:
    server.answers.append(Answer(200, b"{}", delay=3.0))
    server.default = OK
    with _client(server, timeout=0.5) as client:
        client.checkouts.get(CART)
    assert len(server.requests) == 2


def _closed_port() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


def test_connection_refused_is_retried_even_for_post(waits: list[float]) -> None:
    with _client(_closed_port()) as client, pytest.raises(APIConnectionError):
        client.checkouts.coupons.add(CART, "AUTUMN15")
    assert len(waits) == 2  # nothing was ever sent, so all three attempts were safe


class TestOrderCreationIsNeverDuplicated:
    def test_5xx_is_not_retried_and_says_the_order_may_exist(
        self, server: LoopbackServer, waits: list[float]
    ) -> None:
        server.default = _error(503)
        with _client(server) as client, pytest.raises(InternalServerError, match="find_by_cart"):
            client.checkouts.orders.create(CART)
        assert len(server.requests) == 1

    def test_timeout_is_not_retried(self, server: LoopbackServer, waits: list[float]) -> None:
        server.default = Answer(200, b'{"data": {"id": 1}}', delay=3.0)
        with _client(server, timeout=0.5) as client, pytest.raises(OrderMayExistError, match="not retried"):
            client.checkouts.orders.create(CART)
        assert len(server.requests) == 1

    def test_dropped_connection_is_not_retried(self, server: LoopbackServer, waits: list[float]) -> None:
        server.default = Answer(drop=True)
        with _client(server) as client, pytest.raises(OrderMayExistError):
            client.checkouts.orders.create(CART)
        assert len(server.requests) == 1

    def test_429_is_retried_because_nothing_was_processed(
        self, server: LoopbackServer, waits: list[float]
    ) -> None:
        server.answers.append(_error(429, **{"X-Rate-Limit-Time-Reset-Ms": "10"}))
        server.default = ORDER_OK
        with _client(server) as client:
            assert client.checkouts.orders.create(CART).id == 40127
        assert len(server.requests) == 2


def test_async_client_follows_the_same_rules(server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> None:
    async def no_sleep(_: float) -> None:
        return None

    monkeypatch.setattr(base_client, "_async_sleep", no_sleep)
    server.answers.extend([_error(503), _error(502)])
    server.default = OK

    async def run() -> None:
        async with AsyncCheckoutClient(
            store_hash="k7x2q9rm", access_token=TOKEN, base_url=server.url, retry=FAST
        ) as client:
            assert str((await client.checkouts.get(CART)).id) == CART
            server.answers.append(_error(503))
            with pytest.raises(InternalServerError):
                await client.checkouts.coupons.add(CART, "AUTUMN15")

    asyncio.run(run())
    assert [r.method for r in server.requests] == ["GET", "GET", "GET", "POST"]


def test_rate_limit_state_and_raw_responses(server: LoopbackServer) -> None:
    server.default = Answer.json(
        200,
        server_checkout(CART),
        **{
            "X-Rate-Limit-Requests-Left": "148",
            "X-Rate-Limit-Requests-Quota": "150",
            "X-Rate-Limit-Time-Window-Ms": "30000",
            "X-Rate-Limit-Time-Reset-Ms": "2500",
            "X-Request-Id": "req-7",
        },
    )
    with _client(server) as client, capture_responses() as responses:
        assert client.rate_limit is None
        client.checkouts.get(CART)
        limit = client.rate_limit
    assert limit is not None
    assert (limit.requests_left, limit.requests_quota, limit.window_ms, limit.seconds_to_reset) == (
        148,
        150,
        30000,
        2.5,
    )
    [raw] = responses
    assert (raw.status_code, raw.headers["x-request-id"], raw.method) == (200, "req-7", "GET")
    assert CART in raw.text


def test_with_options_changes_one_call_only(server: LoopbackServer, waits: list[float]) -> None:
    server.default = _error(503)
    with _client(server) as client:
        with pytest.raises(InternalServerError):
            client.with_options(max_retries=0, extra_headers={"X-Trace": "t-1"}).checkouts.get(CART)
        assert len(server.requests) == 1
        assert server.requests[0].headers["x-trace"] == "t-1"
        with pytest.raises(InternalServerError):
            client.checkouts.get(CART)
        assert len(server.requests) == 4
        assert "x-trace" not in server.requests[-1].headers


def test_with_options_rebinds_sections_built_on_first_use(server: LoopbackServer, waits: list[float]) -> None:
    # `carts` is built on first use and cached; a copy made afterwards must not keep the
    # original's section (its options, its retries).
    server.default = _error(503)
    with _client(server) as client:
        with pytest.raises(InternalServerError):
            client.carts.get(CART)
        assert len(server.requests) == 3
        copy = client.with_options(max_retries=0, extra_headers={"X-Trace": "t-2"})
        with pytest.raises(InternalServerError):
            copy.carts.get(CART)
        assert len(server.requests) == 4
        assert server.requests[-1].headers["x-trace"] == "t-2"
        assert copy.payments is not client.payments


def test_the_first_client_loads_only_the_sections_it_uses() -> None:
    # Start-up cost: a client used for checkouts never imports the carts and payments modules, and
    # one used for carts never imports payments.
    code = (
        "import sys; from bigcommerce_checkout import CheckoutClient, StorefrontClient\n"
        "c = CheckoutClient(store_hash='abc', access_token='t'); s = StorefrontClient(store_domain='a.b')\n"
        "c.checkouts; s.checkouts\n"
        "before = sorted(m for m in sys.modules if m.endswith(('resources.carts', 'resources.payments', 'resources.storefront_carts')))\n"
        "c.carts; s.orders\n"
        "after = sorted(m for m in sys.modules if m.endswith(('resources.carts', 'resources.payments', 'resources.storefront_carts')))\n"
        "print(before, after)"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.split() == [
        "[]",
        "['bigcommerce_checkout.resources.carts',",
        "'bigcommerce_checkout.resources.storefront_carts']",
    ]


@pytest.mark.parametrize(
    "headers", [{"X-Trace": "a\r\nX-Evil: 1"}, {"X-Auth-Token": "other"}, {"Host": "evil"}]
)
def test_bad_extra_headers_are_refused(server: LoopbackServer, headers: dict[str, str]) -> None:
    with pytest.raises(ValueError, match=r"header|X-Auth-Token"):
        _client(server, extra_headers=headers)
    assert server.requests == []


def test_user_supplied_http_client_keeps_auth(server: LoopbackServer) -> None:
    server.default = OK
    with httpx.Client(headers={"User-Agent": "shop-backend/1.0"}) as http:
        client = _client(server, http_client=http)
        client.checkouts.get(CART)
        client.close()  # does not close a client it does not own
        client.checkouts.get(CART)
    assert server.requests[0].headers["x-auth-token"] == TOKEN
    assert server.requests[0].headers["user-agent"] == "shop-backend/1.0"
    assert TOKEN not in repr(http.headers)


def test_tls_verification_is_on_by_default() -> None:
    client = CheckoutClient(store_hash="k7x2q9rm", access_token=TOKEN)
    pool = client._api._http._transport._pool  # type: ignore[attr-defined]
    assert pool._ssl_context.verify_mode == ssl.CERT_REQUIRED
    assert pool._ssl_context.check_hostname
    client.close()


def test_logs_describe_requests_without_secrets(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture, waits: list[float]
) -> None:
    caplog.set_level(logging.DEBUG)
    server.answers.append(_error(503))
    server.default = OK
    with _client(server) as client:
        client.checkouts.get(CART)
    assert "retrying" in caplog.text
    assert f"/checkouts/{CART} -> 200" in caplog.text
    assert TOKEN not in caplog.text


def test_a_secret_that_reaches_the_package_logger_is_masked(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client = CheckoutClient(store_hash="k7x2q9rm", access_token="tok_unique_9f8e7d")
    logging.getLogger("bigcommerce_checkout").warning("header was %s", "tok_unique_9f8e7d")
    client.close()
    assert "tok_unique_9f8e7d" not in caplog.text
    assert "header was <redacted>" in caplog.text


def test_the_budget_bounds_each_attempt_not_just_the_waits(
    server: LoopbackServer, waits: list[float]
) -> None:
    server.answers.append(_error(503))
    server.default = Answer.json(200, server_checkout(CART), delay=3.0)
    policy = RetryPolicy(max_retries=2, initial_backoff=0.001, max_backoff=0.002, budget=0.6)
    started = time.monotonic()
    with _client(server, retry=policy, timeout=10) as client, pytest.raises(APITimeoutError):
        client.checkouts.get(CART)
    assert time.monotonic() - started < 2.5  # the second attempt got what was left of 0.6 s, not 10 s


def test_closing_a_with_options_copy_keeps_the_original_open(server: LoopbackServer) -> None:
    server.default = OK
    with _client(server) as client:
        with client.with_options(timeout=5):
            pass
        client.checkouts.get(CART)  # would raise if the shared pool had been closed
    assert len(server.requests) == 1


def test_storefront_cookies_never_go_into_a_shared_http_client() -> None:
    with httpx.Client() as shared, pytest.raises(ValueError, match="one client per shopper"):
        StorefrontClient(
            base_url="http://127.0.0.1:9", cookies={"SHOP_SESSION_TOKEN": "alice"}, http_client=shared
        )


@pytest.mark.parametrize(
    "kwargs",
    [
        {"access_token": "tok\xa0pasted"},
        {"access_token": "tok\x00"},
        {"extra_headers": {"Bad Name": "v"}},
        {"extra_headers": {"X-Ok": "caf\xe9"}},
        {"base_url": "api.bigcommerce.com"},
        {"base_url": "ftp://api.bigcommerce.com"},
    ],
)
def test_bad_construction_arguments_fail_at_once_without_echoing_secrets(kwargs: dict[str, Any]) -> None:
    arguments = {"store_hash": "k7x2q9rm", "access_token": TOKEN, **kwargs}
    with pytest.raises(ValueError, match=r"must be|not a valid") as info:
        CheckoutClient(**arguments)
    assert "pasted" not in str(info.value)


@pytest.mark.parametrize("error", [httpx.PoolTimeout("pool"), httpx.LocalProtocolError("bad")])
def test_order_creation_that_never_left_is_not_reported_as_maybe_created(
    error: Exception, waits: list[float]
) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise error

    http = httpx.Client(transport=httpx.MockTransport(refuse))
    with _client("http://127.0.0.1:9", http_client=http) as client, pytest.raises(APIConnectionError) as info:
        client.checkouts.orders.create(CART)
    assert not isinstance(info.value, OrderMayExistError)


def test_errors_pickle_and_keep_no_token(server: LoopbackServer) -> None:
    server.default = Answer.json(
        404, {"status": 404, "title": "Checkout not found"}, **{"Set-Cookie": "s=secret"}
    )
    with _client(server, max_retries=0) as client, pytest.raises(APIStatusError) as info:
        client.checkouts.get(CART)
    error = info.value
    assert TOKEN not in repr(error.response.request.headers)
    assert "secret" not in repr(error.response.headers)
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
    assert (type(copy), copy.status_code, copy.title, str(copy)) == (
        type(error),
        404,
        "Checkout not found",
        str(error),
    )


def test_raw_response_repr_leaves_out_headers(server: LoopbackServer) -> None:
    server.default = Answer.json(200, server_checkout(CART), **{"Set-Cookie": "s=secret"})
    with _client(server) as client, capture_responses() as responses:
        client.checkouts.get(CART)
    assert "secret" not in repr(responses[0])


def test_absurd_rate_limit_headers_do_not_break_a_successful_call(server: LoopbackServer) -> None:
    server.default = Answer.json(200, server_checkout(CART), **{"X-Rate-Limit-Requests-Left": "1e999"})
    with _client(server) as client:
        client.checkouts.get(CART)
        assert client.rate_limit is None or client.rate_limit.requests_left is None
