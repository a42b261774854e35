"""Every fault kind, what the client sees, and whether the request reached the checkout."""

from __future__ import annotations

import json
import time

import httpx
import pytest

from bigcommerce_checkout.testing import FakeBigCommerce
from tests.fake_support import ADDRESS, EBOOK, data, error, server_client, storefront_client

pytest_plugins = ["bigcommerce_checkout.testing.pytest_plugin"]

ORDERS = "POST /stores/{store_hash}/v3/checkouts/{checkoutId}/orders"


@pytest.fixture
def ready(fake_bigcommerce: FakeBigCommerce) -> str:
    """A checkout an order can be made from (one digital item and a billing address)."""
    cart_id = fake_bigcommerce.seed_cart(items=[EBOOK])
    with server_client(fake_bigcommerce) as http:
        data(http.post(f"/{cart_id}/billing-address", json=ADDRESS))
    return cart_id


def test_429_with_rate_limit_headers_for_the_next_n_requests(
    fake_bigcommerce: FakeBigCommerce, ready: str
) -> None:
    fault = fake_bigcommerce.faults.add(
        "getCheckout", times=2, status=429, headers={"X-Rate-Limit-Time-Reset-Ms": "800"}
    )
    with server_client(fake_bigcommerce) as http:
        for _ in range(2):
            limited = http.get(f"/{ready}")
            assert error(limited, 429)["title"] == "Too Many Requests"
            assert limited.headers["x-rate-limit-time-reset-ms"] == "800"
        data(http.get(f"/{ready}"))
        data(http.put(f"/{ready}", json={"customer_message": "other routes are not affected"}))
    assert (fault.hits, fault.remaining) == (2, 0)
    assert fake_bigcommerce.faults.pending == []
    assert [r.status for r in fake_bigcommerce.requests_for("getCheckout")] == [429, 429, 200]


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_server_errors_answer_instead_of_the_fake(
    fake_bigcommerce: FakeBigCommerce, ready: str, status: int
) -> None:
    fake_bigcommerce.faults.add(ORDERS, status=status)
    with server_client(fake_bigcommerce) as http:
        error(http.post(f"/{ready}/orders"), status)
        assert fake_bigcommerce.orders == []  # refused before reaching the checkout
        assert http.post(f"/{ready}/orders").status_code == 200
    assert len(fake_bigcommerce.orders) == 1


def test_a_delay_then_the_normal_answer(fake_bigcommerce: FakeBigCommerce, ready: str) -> None:
    fake_bigcommerce.faults.add("getCheckout", delay=0.3)
    with server_client(fake_bigcommerce) as http:
        started = time.monotonic()
        data(http.get(f"/{ready}"))
        assert time.monotonic() - started >= 0.3
        fake_bigcommerce.faults.add("getCheckout", delay=0.5)
        with pytest.raises(httpx.ReadTimeout):
            http.get(f"/{ready}", timeout=0.1)


def test_drop_before_the_body_is_read(fake_bigcommerce: FakeBigCommerce, ready: str) -> None:
    fake_bigcommerce.faults.add("createOrder", drop="before_body")
    with server_client(fake_bigcommerce) as http, pytest.raises(httpx.TransportError):
        http.post(f"/{ready}/orders", json={"ignored": True})
    [record] = fake_bigcommerce.requests_for("createOrder")
    assert (record.body, record.status) == (b"", None)
    assert fake_bigcommerce.orders == []


def test_drop_after_the_body_is_read(fake_bigcommerce: FakeBigCommerce, ready: str) -> None:
    fake_bigcommerce.faults.add("updateCheckoutCustomerMessage", drop="after_body")
    with server_client(fake_bigcommerce) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            http.put(f"/{ready}", json={"customer_message": "lost"})
        assert data(http.get(f"/{ready}"))["customer_message"] == ""
    [record] = fake_bigcommerce.requests_for("updateCheckoutCustomerMessage")
    assert record.json() == {"customer_message": "lost"}


def test_drop_after_processing_leaves_an_order_the_client_never_heard_of(
    fake_bigcommerce: FakeBigCommerce, ready: str
) -> None:
    fake_bigcommerce.faults.add("createOrder", drop="after_processing")
    with server_client(fake_bigcommerce) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            http.post(f"/{ready}/orders")
        assert data(http.get(f"/{ready}"))["order_id"] == str(fake_bigcommerce.orders[0].id)
    assert len(fake_bigcommerce.orders) == 1


def test_a_truncated_body_after_the_change_was_made(fake_bigcommerce: FakeBigCommerce, ready: str) -> None:
    fake_bigcommerce.faults.add("createOrder", body="truncated")
    with server_client(fake_bigcommerce) as http, pytest.raises(httpx.RemoteProtocolError):
        http.post(f"/{ready}/orders")
    assert len(fake_bigcommerce.orders) == 1
    raw = httpx.Client()  # the same fault seen without httpx's framing checks: half a JSON document
    fake_bigcommerce.faults.add("storefrontGetCheckout", body="truncated", status=503)
    with raw.stream("GET", f"{fake_bigcommerce.storefront_api_url}/checkouts/{ready}") as response:
        assert response.status_code == 503
        declared = int(response.headers["content-length"])
        with pytest.raises(httpx.RemoteProtocolError):
            response.read()
    assert declared > 0
    raw.close()


def test_a_body_that_is_not_json(fake_bigcommerce: FakeBigCommerce, ready: str) -> None:
    fake_bigcommerce.faults.add("storefrontGetCheckout", body="not_json")
    with storefront_client(fake_bigcommerce, ready) as http:
        response = http.get(f"/{ready}")
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/json"
        with pytest.raises(json.JSONDecodeError):
            response.json()


def test_an_html_error_page(fake_bigcommerce: FakeBigCommerce, ready: str) -> None:
    fake_bigcommerce.faults.add("*", status=502, body="html")
    with storefront_client(fake_bigcommerce, ready) as http:
        page = http.get(f"/{ready}")
    assert page.status_code == 502
    assert page.headers["content-type"].startswith("text/html")
    assert "<h1>502 Bad Gateway</h1>" in page.text


def test_raw_bytes_and_extra_headers(fake_bigcommerce: FakeBigCommerce, ready: str) -> None:
    fake_bigcommerce.faults.add("getCheckout", status=200, body=b'{"data": {}}')
    fake_bigcommerce.faults.add("getCheckout", headers={"X-Rate-Limit-Requests-Left": "0"})
    with server_client(fake_bigcommerce) as http:
        assert http.get(f"/{ready}").json() == {"data": {}}
        real = http.get(f"/{ready}")  # the second fault adds a header to the real answer
        assert data(real)["id"] == ready
        assert real.headers["x-rate-limit-requests-left"] == "0"


def test_faults_fire_in_order_and_times_none_lasts_until_cleared(
    fake_bigcommerce: FakeBigCommerce, ready: str
) -> None:
    faults = fake_bigcommerce.faults
    faults.add("getCheckout", status=503)
    faults.add("getCheckout", status=500, times=None)
    with server_client(fake_bigcommerce) as http:
        assert [http.get(f"/{ready}").status_code for _ in range(4)] == [503, 500, 500, 500]
        faults.clear()
        data(http.get(f"/{ready}"))


def test_requests_are_recorded(fake_bigcommerce: FakeBigCommerce, ready: str) -> None:
    fake = fake_bigcommerce
    with server_client(fake) as http:
        http.get(f"/{ready}", params={"include": "promotions.banners"})
        http.put(f"/{ready}", json={"customer_message": "hi"})
        http.get("/nowhere/at/all")
    get, put, nowhere = fake.requests[-3:]
    assert (get.method, get.path, get.query) == (
        "GET",
        f"/stores/fakestore/v3/checkouts/{ready}",
        {"include": ["promotions.banners"]},
    )
    assert get.headers["x-auth-token"] == fake.access_token
    assert (put.operation_id, put.json(), put.status) == (
        "updateCheckoutCustomerMessage",
        {"customer_message": "hi"},
        200,
    )
    assert (nowhere.operation_id, nowhere.status) == (None, 404)


@pytest.mark.parametrize(
    ("kwargs", "exception"),
    [
        ({"route": "nope", "status": 500}, ValueError),
        ({"route": "GET /stores/{store_hash}/v3/nope", "status": 500}, ValueError),
        ({"route": 5, "status": 500}, TypeError),
        ({"route": "getCheckout"}, ValueError),  # does nothing
        ({"route": "getCheckout", "status": 99}, ValueError),
        ({"route": "getCheckout", "status": True}, ValueError),
        ({"route": "getCheckout", "status": 500, "times": 0}, ValueError),
        ({"route": "getCheckout", "status": 500, "times": "2"}, TypeError),
        ({"route": "getCheckout", "delay": -1}, ValueError),
        ({"route": "getCheckout", "delay": float("nan")}, ValueError),
        ({"route": "getCheckout", "drop": "sometimes"}, ValueError),
        ({"route": "getCheckout", "drop": "after_body", "status": 500}, ValueError),
        ({"route": "getCheckout", "body": "garbage"}, ValueError),
        ({"route": "getCheckout", "status": 500, "headers": {"X": 1}}, TypeError),
    ],
)
def test_bad_fault_arguments_raise(
    fake_bigcommerce: FakeBigCommerce, kwargs: dict[str, object], exception: type[Exception]
) -> None:
    route = kwargs.pop("route")
    with pytest.raises(exception):
        fake_bigcommerce.faults.add(route, **kwargs)  # type: ignore[arg-type]
    assert fake_bigcommerce.faults.pending == []
