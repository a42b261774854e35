"""What the fake refuses, and with which status and body: conflicts, order rules, auth, validation."""

from __future__ import annotations

import socket
from typing import Any

import httpx
import pytest

from bigcommerce_checkout import CheckoutClient, NotFoundError, StorefrontClient
from bigcommerce_checkout.testing import FakeBigCommerce
from tests.fake_support import (
    ADDRESS,
    EBOOK,
    MUG,
    SF_ADDRESS,
    data,
    error,
    physical_ids,
    server_client,
    storefront_client,
)

pytest_plugins = ["bigcommerce_checkout.testing.pytest_plugin"]


@pytest.fixture
def cart(fake_bigcommerce: FakeBigCommerce) -> str:
    fake_bigcommerce.seed_coupon("TEN", amount=10)
    return fake_bigcommerce.seed_cart(items=[MUG, EBOOK])


def _consignment(http: httpx.Client, cart_id: str) -> dict[str, Any]:
    c = data(http.get(f"/{cart_id}"))
    body = [{"address": ADDRESS, "line_items": [{"item_id": physical_ids(c)[0], "quantity": 2}]}]
    consignment: dict[str, Any] = data(http.post(f"/{cart_id}/consignments", json=body))["consignments"][0]
    return consignment


STALE_WRITES = [
    ("PUT", "", {"customer_message": "hi"}),
    ("POST", "/billing-address", ADDRESS),
    ("POST", "/coupons", {"coupon_code": "TEN"}),
    ("POST", "/discounts", {"cart": {"discounts": [{"discounted_amount": 1}]}}),
]


@pytest.mark.parametrize(("method", "path", "body"), STALE_WRITES)
def test_a_stale_version_gets_409_and_changes_nothing(
    fake_bigcommerce: FakeBigCommerce, cart: str, method: str, path: str, body: dict[str, Any]
) -> None:
    with server_client(fake_bigcommerce) as http:
        data(http.put(f"/{cart}", json={"customer_message": "first"}))  # version 1 -> 2
        before = data(http.get(f"/{cart}"))
        payload = {"cart": {**body["cart"], "version": 1}} if "cart" in body else {**body, "version": 1}
        conflict = error(http.request(method, f"/{cart}{path}", json=payload), 409)
        assert conflict["title"] == "The checkout was changed by another request"
        assert data(http.get(f"/{cart}")) == before
        data(
            http.request(
                method, f"/{cart}{path}", json={**payload, "version": 2} if "cart" not in body else body
            )
        )


def test_versions_on_consignments_coupons_and_the_storefront(
    fake_bigcommerce: FakeBigCommerce, cart: str
) -> None:
    with server_client(fake_bigcommerce) as http:
        k = _consignment(http, cart)  # version 2
        error(http.put(f"/{cart}/consignments/{k['id']}", json={"address": ADDRESS, "version": 1}), 409)
        error(http.request("DELETE", f"/{cart}/consignments/{k['id']}", json={"version": 1}), 409)
        mug = k["line_item_ids"][0]
        error(
            http.post(
                f"/{cart}/consignments",
                json=[{"address": ADDRESS, "line_items": [{"item_id": mug, "quantity": 1}], "version": 9}],
            ),
            409,
        )
        data(http.post(f"/{cart}/coupons", json={"coupon_code": "TEN"}))  # version 3
        error(http.request("DELETE", f"/{cart}/coupons/TEN", json={"version": 2}), 409)
    with storefront_client(fake_bigcommerce, cart) as http:
        error(http.put(f"/{cart}", json={"customerMessage": "x", "version": 1}), 409)
        error(http.post(f"/{cart}/coupons", json={"couponCode": "TEN", "version": 1}), 409)
        error(http.post(f"/{cart}/billing-address", json={**SF_ADDRESS, "version": 1}), 409)


def test_an_order_needs_a_billing_email_and_every_item_shipped(
    fake_bigcommerce: FakeBigCommerce, cart: str
) -> None:
    with server_client(fake_bigcommerce) as http:
        refused = error(http.post(f"/{cart}/orders"), 422)
        assert refused["title"] == "The checkout is not ready to become an order"
        assert set(refused["errors"]) == {"billing_address", "consignments"}
        data(http.post(f"/{cart}/billing-address", json=ADDRESS))
        mug = physical_ids(data(http.get(f"/{cart}")))[0]
        body = [{"address": ADDRESS, "line_items": [{"item_id": mug, "quantity": 1}]}]
        k = data(
            http.post(
                f"/{cart}/consignments",
                params={"include": "consignments.available_shipping_options"},
                json=body,
            )
        )["consignments"][0]
        refused = error(http.post(f"/{cart}/orders"), 422)
        assert set(refused["errors"]) == {
            "consignments",
            "selected_shipping_option",
        }  # one of two mugs assigned
        data(
            http.put(
                f"/{cart}/consignments/{k['id']}", json={"line_items": [{"item_id": mug, "quantity": 2}]}
            )
        )
        assert set(error(http.post(f"/{cart}/orders"), 422)["errors"]) == {"selected_shipping_option"}
        option = k["available_shipping_options"][0]["id"]
        data(http.put(f"/{cart}/consignments/{k['id']}", json={"shipping_option_id": option}))
        assert http.post(f"/{cart}/orders").status_code == 200
        # changing the address voids the selected option, so the checkout is not ready again
        data(http.put(f"/{cart}/consignments/{k['id']}", json={"address": ADDRESS}))
        error(http.post(f"/{cart}/orders"), 422)
    assert len(fake_bigcommerce.orders) == 1


def test_a_digital_only_cart_needs_no_consignment(fake_bigcommerce: FakeBigCommerce) -> None:
    cart_id = fake_bigcommerce.seed_cart(items=[EBOOK])
    with server_client(fake_bigcommerce) as http:
        data(http.post(f"/{cart_id}/billing-address", json=ADDRESS))
        assert http.post(f"/{cart_id}/orders").status_code == 200


def test_assigning_units_already_in_consignments_says_so(
    fake_bigcommerce: FakeBigCommerce, cart: str
) -> None:
    """Running a flow twice on one cart (a guide's second script, say) must not read "from 1 to 0"."""
    with server_client(fake_bigcommerce) as http:
        _consignment(http, cart)  # both mugs
        mug = physical_ids(data(http.get(f"/{cart}")))[0]
        body = [{"address": ADDRESS, "line_items": [{"item_id": mug, "quantity": 2}]}]
        refused = error(http.post(f"/{cart}/consignments", json=body), 422)
        assert refused["errors"] == {
            "[0].line_items[0].quantity": "cannot be assigned: all 2 units are in other consignments already"
            " (change or delete those first)"
        }
        first = data(http.get(f"/{cart}"))["consignments"][0]["id"]
        data(
            http.put(f"/{cart}/consignments/{first}", json={"line_items": [{"item_id": mug, "quantity": 1}]})
        )
        refused = error(http.post(f"/{cart}/consignments", json=body), 422)
        assert refused["errors"] == {
            "[0].line_items[0].quantity": "must be from 1 to 1, the units not yet assigned"
        }


def test_consignment_rules(fake_bigcommerce: FakeBigCommerce, cart: str) -> None:
    fake_bigcommerce.seed_pickup_method(7, "Pick up at the Portland shop")
    with server_client(fake_bigcommerce) as http:
        c = data(http.get(f"/{cart}"))
        mug = physical_ids(c)[0]
        ebook = c["cart"]["line_items"]["digital_items"][0]["id"]
        for lines in ([{"item_id": ebook, "quantity": 1}], [{"item_id": mug, "quantity": 3}], []):
            error(http.post(f"/{cart}/consignments", json=[{"address": ADDRESS, "line_items": lines}]), 422)
        error(http.post(f"/{cart}/consignments", json=[]), 422)
        error(http.post(f"/{cart}/consignments"), 422)
        error(
            http.post(f"/{cart}/consignments", json=[{"line_items": [{"item_id": mug, "quantity": 1}]}]), 422
        )
        k = _consignment(http, cart)
        both = {"address": ADDRESS, "shipping_option_id": "x"}
        assert (
            "shipping_option_id"
            in error(http.put(f"/{cart}/consignments/{k['id']}", json=both), 422)["errors"]
        )
        error(http.put(f"/{cart}/consignments/{k['id']}", json={"shipping_option_id": "nope"}), 422)
        error(http.put(f"/{cart}/consignments/{k['id']}", json={}), 422)
        error(http.put(f"/{cart}/consignments/nope", json={"shipping_option_id": "x"}), 404)
        error(
            http.put(f"/{cart}/consignments/{k['id']}", json={"pickup_option": {"pickup_method_id": 8}}), 422
        )
        c = data(http.put(f"/{cart}/consignments/{k['id']}", json={"pickup_option": {"pickup_method_id": 7}}))
        assert c["consignments"][0]["selected_pickup_option"] == {"pickup_method_id": 7}
        custom = {"custom_shipping": {"price": 4.5, "description": "Courier"}}
        c = data(http.put(f"/{cart}/consignments/{k['id']}", json=custom))
        assert c["shipping_cost_total_ex_tax"] == 4.5
        c = data(http.delete(f"/{cart}/consignments/{k['id']}"))
        assert c["consignments"] == []
        error(http.delete(f"/{cart}/consignments/{k['id']}"), 404)


def test_coupon_discount_and_fee_rules(fake_bigcommerce: FakeBigCommerce, cart: str) -> None:
    with server_client(fake_bigcommerce) as http:
        error(http.post(f"/{cart}/coupons", json={"coupon_code": "NOPE"}), 422)
        error(http.post(f"/{cart}/coupons", json={}), 422)
        error(http.post(f"/{cart}/coupons", json={"coupon_code": "X" * 51}), 422)
        error(http.request("DELETE", f"/{cart}/coupons/TEN"), 404)
        c = data(http.get(f"/{cart}"))
        mug = physical_ids(c)[0]
        c = data(
            http.post(
                f"/{cart}/discounts",
                json={
                    "cart": {
                        "discounts": [{"discounted_amount": 7.4}],
                        "line_items": [{"id": mug, "discounted_amount": 4}],
                    }
                },
            )
        )
        assert (c["cart"]["discount_amount"], c["subtotal_ex_tax"]) == (11.4, 62.6)
        error(
            http.post(
                f"/{cart}/discounts", json={"cart": {"line_items": [{"id": mug, "discounted_amount": 65}]}}
            ),
            422,
        )
        error(
            http.post(
                f"/{cart}/discounts", json={"cart": {"line_items": [{"id": "nope", "discounted_amount": 1}]}}
            ),
            422,
        )
        error(http.post(f"/{cart}/discounts", json={"cart": {"discounts": [{"discounted_amount": -1}]}}), 422)
        data(http.post(f"/{cart}/coupons", json={"coupon_code": "TEN"}))
        error(http.post(f"/{cart}/coupons", json={"coupon_code": "ten"}), 422)  # already applied
        refused = http.post(
            f"/{cart}/discounts", json={"cart": {"line_items": [{"id": mug, "discounted_amount": 1}]}}
        )
        assert "already has a coupon" in str(error(refused, 422)["errors"])

        fee = {
            "type": "custom_fee",
            "name": "bulky",
            "display_name": "Bulky item",
            "cost": 7.5,
            "source": "app",
        }
        c = data(http.post(f"/{cart}/fees", json={"fees": [fee] * 2}))
        assert [f["cost_ex_tax"] for f in c["fees"]] == [7.5, 7.5]
        assert c["grand_total"] == c["subtotal_ex_tax"] + 15
        error(http.post(f"/{cart}/fees", json={"fees": [fee] * 4}), 422)  # at most five
        first = c["fees"][0]["id"]
        c = data(http.put(f"/{cart}/fees", json={"fees": [{**fee, "id": first, "cost": 9}]}))
        assert [f["cost_inc_tax"] for f in c["fees"]] == [9, 7.5]
        error(http.put(f"/{cart}/fees", json={"fees": [{**fee, "id": "nope"}]}), 422)
        c = data(http.request("DELETE", f"/{cart}/fees", json={"ids": [first]}))
        assert len(c["fees"]) == 1
        error(http.request("DELETE", f"/{cart}/fees", json={"ids": [first]}), 422)


def test_settings_channels_and_token(fake_bigcommerce: FakeBigCommerce, cart: str) -> None:
    with server_client(fake_bigcommerce) as http:
        settings = http.get("/settings").json()["data"]
        assert settings["custom_checkout_script_url"] == ""
        changed = http.put(
            "/settings", json={"custom_checkout_script_url": "https://cdn.example.com/c.js"}
        ).json()
        assert changed["data"]["custom_checkout_script_url"] == "https://cdn.example.com/c.js"
        assert (
            http.get("/settings").json()["data"]["custom_checkout_script_url"]
            == "https://cdn.example.com/c.js"
        )
        assert http.get("/settings/channels/1").json()["data"]["checkout_type"] == "one_page"
        assert (
            http.put("/settings/channels/1", json={"guest_checkout_type": "disabled"}).json()["data"][
                "guest_checkout_type"
            ]
            == "disabled"
        )
        error(http.get("/settings/channels/2"), 422)
        error(http.get("/settings/channels/abc"), 422)
        token = http.post(f"/{cart}/token", json={"maxUses": 1, "ttl": 900})
        assert token.status_code == 200
        assert len(token.json()["checkoutToken"]) == 32
        error(http.post(f"/{cart}/token", json={"ttl": 0}), 422)
        error(http.post(f"/{cart}/token", content=b"{"), 422)


def test_server_calls_need_the_token_of_this_store(fake_bigcommerce: FakeBigCommerce, cart: str) -> None:
    fake = fake_bigcommerce
    url = f"{fake.server_api_url}/checkouts/{cart}"
    for headers in ({}, {"X-Auth-Token": "wrong"}, {"X-Auth-Token": ""}):
        assert error(httpx.get(url, headers=headers), 401)["title"] == "Unauthorized"
    other_store = f"{fake.url}/stores/otherstore/v3/checkouts/{cart}"
    error(httpx.get(other_store, headers={"X-Auth-Token": fake.access_token}), 401)
    data(httpx.get(url, headers={"X-Auth-Token": fake.access_token}))
    # the storefront takes no token at all: the shopper's session cookie instead
    storefront_url = f"{fake.storefront_api_url}/checkouts/{cart}"
    assert httpx.get(storefront_url, cookies=fake.shopper_cookies(cart)).status_code == 200
    assert httpx.get(storefront_url, headers={"X-Auth-Token": fake.access_token}).status_code == 404


def test_unknown_paths_404_and_wrong_methods_405(fake_bigcommerce: FakeBigCommerce, cart: str) -> None:
    fake = fake_bigcommerce
    headers = {"X-Auth-Token": fake.access_token}
    for path in (
        "/",
        "/stores/fakestore/v3/nothing",
        f"/stores/fakestore/v3/checkouts/{cart}/",
        "/api/storefront/nothing",
    ):
        error(httpx.get(fake.url + path, headers=headers), 404)
    error(httpx.get(f"{fake.server_api_url}/checkouts/nope", headers=headers), 404)
    error(httpx.get(f"{fake.storefront_api_url}/checkouts/nope"), 404)
    wrong = httpx.delete(f"{fake.server_api_url}/checkouts/{cart}", headers=headers)
    assert error(wrong, 405)["detail"] == "This path allows GET, PUT."
    assert wrong.headers["allow"] == "GET, PUT"
    error(httpx.patch(f"{fake.storefront_api_url}/checkouts/{cart}/coupons"), 405)
    error(httpx.post(f"{fake.server_api_url}/checkouts/settings", headers=headers), 405)


def test_an_api_url_given_as_base_url_is_explained(fake_bigcommerce: FakeBigCommerce, cart: str) -> None:
    """Passing the server API's own URL as base_url doubles the path: the 404 says so, and how to fix it."""
    fake = fake_bigcommerce
    wrong_server = CheckoutClient(
        store_hash=fake.store_hash, access_token=fake.access_token, base_url=fake.server_api_url
    )
    wrong_storefront = StorefrontClient(base_url=fake.storefront_api_url)
    messages = []
    with wrong_server, wrong_storefront:
        for call in (lambda: wrong_server.checkouts.get(cart), lambda: wrong_storefront.checkouts.get(cart)):
            with pytest.raises(NotFoundError) as caught:
                call()
            assert caught.value.detail is not None
            assert f"A client's base_url is the server's root, {fake.url};" in caught.value.detail
            messages.append(str(caught.value))
    for message in messages:
        assert message.startswith("404 Not Found: No operation has this path: it holds an API prefix twice.")
        assert ".." not in message
        assert message.endswith("that base_url is the API's root, not an API path.")
    # a path with one prefix keeps the short answer
    short = error(
        httpx.get(f"{fake.server_api_url}/nothing", headers={"X-Auth-Token": fake.access_token}), 404
    )
    assert short["detail"] == "No operation has this path."


def test_bad_include_values_are_400_on_both_apis(fake_bigcommerce: FakeBigCommerce, cart: str) -> None:
    with server_client(fake_bigcommerce) as http:
        for value in ("nope", "promotions.banners,nope", "", "consignments.availableShippingOptions"):
            assert "include" in error(http.get(f"/{cart}", params={"include": value}), 400)["errors"]
        error(http.get(f"/{cart}?include=promotions.banners&include=promotions.banners"), 400)
        error(http.post(f"/{cart}/consignments", params={"include": "promotions.banners"}, json=[]), 400)
        assert data(http.get(f"/{cart}", params={"include": "promotions.banners"}))["promotions"] == [
            {"banners": []}
        ]
    with storefront_client(fake_bigcommerce, cart) as http:
        error(http.get(f"/{cart}", params={"include": "consignments.available_shipping_options"}), 400)
        assert http.get(f"/{cart}", params={"include": "payments,promotions"}).json()["payments"] == []


BAD_BODIES = [
    (b"{not json", "body"),
    (b"[]", "body"),
    (b'"text"', "body"),
    (b'{"country_code": "US"}', "email"),
    (b'{"email": 5, "country_code": "US"}', "email"),
    (b'{"email": "a@example.com", "country_code": "US", "version": "2"}', "version"),
    (b'{"email": "a@example.com", "country_code": "US", "version": 2.0}', "version"),
    (b'{"email": "a@example.com", "country_code": "USA"}', "country_code"),
    (b'{"email": "not-an-email", "country_code": "US"}', "email"),
    (b"", "body"),
    (b"\xff\xfe", "body"),
]


@pytest.mark.parametrize(("raw", "field"), BAD_BODIES)
def test_malformed_or_mistyped_bodies_are_422_with_the_field_named(
    fake_bigcommerce: FakeBigCommerce, cart: str, raw: bytes, field: str
) -> None:
    with server_client(fake_bigcommerce) as http:
        response = http.post(
            f"/{cart}/billing-address", content=raw, headers={"Content-Type": "application/json"}
        )
        assert field in error(response, 422)["errors"]


def test_nested_errors_name_the_path(fake_bigcommerce: FakeBigCommerce, cart: str) -> None:
    with server_client(fake_bigcommerce) as http:
        body = [{"address": ADDRESS, "line_items": [{"item_id": "x", "quantity": "2"}]}]
        assert list(error(http.post(f"/{cart}/consignments", json=body), 422)["errors"]) == [
            "[0].line_items[0].quantity"
        ]
        # Validation stops at the first field that does not fit (msgspec, as the client uses).
        fees = {"fees": [{"type": "other", "name": "x", "display_name": "x", "cost": 1, "source": "s"}]}
        assert list(error(http.post(f"/{cart}/fees", json=fees), 422)["errors"]) == ["fees[0].type"]
        fees = {"fees": [{"type": "custom_fee", "name": "", "display_name": "x", "cost": 1, "source": "s"}]}
        assert list(error(http.post(f"/{cart}/fees", json=fees), 422)["errors"]) == ["fees[0].name"]


def test_garbage_on_the_wire_never_gets_a_500(fake_bigcommerce: FakeBigCommerce, cart: str) -> None:
    host, port = fake_bigcommerce.url.removeprefix("http://").split(":")
    session = fake_bigcommerce.shopper_cookies(cart)["SHOP_SESSION_TOKEN"].encode()
    requests = [
        b"NONSENSE\r\n\r\n",
        b"BREW /stores HTTP/1.1\r\nHost: x\r\n\r\n",
        b"POST /api/storefront/checkouts/"
        + cart.encode()
        + b"/coupons HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
        b"POST /api/storefront/checkouts/"
        + cart.encode()
        + b"/coupons HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        b"POST /api/storefront/checkouts/"
        + cart.encode()
        + b"/coupons HTTP/1.1\r\nHost: x\r\nCookie: SHOP_SESSION_TOKEN="
        + session
        + b"\r\nTransfer-Encoding: chunked\r\n\r\n"
        b'4\r\n{"co\r\n13\r\nuponCode": "NOPE"}\r\n0\r\n\r\n',
    ]
    statuses = []
    for raw in requests:
        with socket.create_connection((host, int(port)), timeout=5) as sock:
            sock.sendall(raw)
            answer = sock.recv(65536).decode("latin-1")
        statuses.append(int(answer.split(" ", 2)[1]))
        assert "Traceback" not in answer
        assert "application/json" in answer
    assert statuses == [400, 404, 400, 400, 422]


@pytest.mark.parametrize("quantity", [b"1e400", b"-1e400", b"NaN", b"Infinity", b"2.5"])
def test_a_non_finite_or_fractional_storefront_quantity_is_422(
    fake_bigcommerce: FakeBigCommerce, cart: str, quantity: bytes
) -> None:
    with storefront_client(fake_bigcommerce, cart) as http:
        item = physical_ids(data_for(fake_bigcommerce, cart))[0]
        answer = http.put(
            f"/{cart}/carts/{cart}/items/{item}",
            content=b'{"lineItem": {"quantity": ' + quantity + b"}}",
            headers={"Content-Type": "application/json"},
        )
    assert answer.status_code == 422, answer.text


def data_for(fake: FakeBigCommerce, cart: str) -> dict[str, Any]:
    with server_client(fake) as http:
        return data(http.get(f"/{cart}"))
