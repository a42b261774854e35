"""Seeding the fake (and its mistakes), coupon kinds, currencies, and the three ways to run it."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from bigcommerce_checkout.testing import FakeBigCommerce
from tests.fake_command import fake_command, free_port
from tests.fake_support import (
    ADDRESS,
    EBOOK,
    MUG,
    data,
    physical_ids,
    server_client,
    storefront,
    storefront_client,
)

pytest_plugins = ["bigcommerce_checkout.testing.pytest_plugin"]


def _item(**changes: Any) -> dict[str, Any]:
    return {**MUG, **changes}


SEED_CART_ERRORS: list[tuple[dict[str, Any], type[Exception], str]] = [
    ({"items": []}, ValueError, "must not be empty"),
    ({"items": "mug"}, TypeError, "list of dicts"),
    ({"items": [5]}, TypeError, r"items\[0\] must be a dict"),
    ({"items": [_item(price=-1)]}, ValueError, r"items\[0\].price must be at least 0"),
    ({"items": [_item(price="32")]}, TypeError, "must be a number"),
    ({"items": [_item(price=float("inf"))]}, ValueError, "finite"),
    ({"items": [_item(price=12.345)]}, ValueError, "decimal places"),
    ({"items": [_item(quantity=0)]}, ValueError, "quantity must be at least 1"),
    ({"items": [_item(quantity=True)]}, TypeError, "quantity must be an int"),
    ({"items": [_item(quantity=1.5)]}, TypeError, "quantity must be an int"),
    ({"items": [_item(type="gift")]}, ValueError, "'physical' or 'digital'"),
    ({"items": [_item(colour="teal")]}, ValueError, "unknown keys"),
    ({"items": [{"product_id": 1, "price": 1}]}, ValueError, "needs 'name'"),
    ({"items": [_item(name="  ")]}, ValueError, "name must not be empty"),
    ({"items": [_item(options={"Colour": 1})]}, TypeError, "options"),
    ({"items": [MUG], "currency": "usd"}, ValueError, "ISO 4217"),
    ({"items": [MUG], "customer_id": 9}, ValueError, "not seeded"),
    ({"items": [MUG], "channel_id": 0}, ValueError, "channel_id"),
    ({"items": [MUG], "cart_id": 7}, TypeError, "cart_id must be a str"),
    ({"items": [MUG], "cart_id": "cart-1"}, ValueError, "cart_id must be a UUID"),
    (
        {"items": [MUG], "cart_id": "0D3B1C4F-8A2E-4B6E-9A3C-7F5E2D1B8C90"},
        ValueError,
        "cart_id must be a UUID",
    ),
]


@pytest.mark.parametrize(("kwargs", "exception", "message"), SEED_CART_ERRORS)
def test_bad_carts_are_refused_at_the_seeding_call(
    fake_bigcommerce: FakeBigCommerce, kwargs: dict[str, Any], exception: type[Exception], message: str
) -> None:
    with pytest.raises(exception, match=message):
        fake_bigcommerce.seed_cart(**kwargs)


def test_a_cart_can_have_a_known_id(fake_bigcommerce: FakeBigCommerce) -> None:
    known = "0d3b1c4f-8a2e-4b6e-9a3c-7f5e2d1b8c90"
    assert fake_bigcommerce.seed_cart(items=[MUG], cart_id=known) == known
    with server_client(fake_bigcommerce) as http:
        assert data(http.get(f"/{known}"))["id"] == known
    with pytest.raises(ValueError, match="already seeded"):
        fake_bigcommerce.seed_cart(items=[EBOOK], cart_id=known)
    assert (
        fake_bigcommerce.checkout(known)["cart"]["line_items"]["digital_items"] == []
    )  # the first cart stays
    assert fake_bigcommerce.seed_cart(items=[MUG]) != known


COUPON_ERRORS: list[tuple[tuple[Any, ...], dict[str, Any], type[Exception], str]] = [
    ((5,), {"amount": 1}, TypeError, "code must be a str"),
    (("",), {"amount": 1}, ValueError, "code must not be empty"),
    (("X" * 51,), {"amount": 1}, ValueError, "at most 50"),
    (("A",), {}, ValueError, "needs percentage="),
    (("A",), {"percentage": 10, "amount": 5}, ValueError, "not both"),
    (("A",), {"type": "buy_one_get_one", "amount": 5}, ValueError, "unknown coupon type"),
    (("A",), {"type": 3}, TypeError, "type must be a str"),
    (("A",), {"percentage": 0}, ValueError, "more than 0"),
    (("A",), {"percentage": 101}, ValueError, "at most 100"),
    (("A",), {"amount": -5}, ValueError, "more than 0"),
    (("A",), {"type": "free_shipping", "amount": 5}, ValueError, "takes no"),
    (("A",), {"type": "per_item_discount"}, ValueError, "needs amount="),
]


@pytest.mark.parametrize(("args", "kwargs", "exception", "message"), COUPON_ERRORS)
def test_bad_coupons_are_refused(
    fake_bigcommerce: FakeBigCommerce,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    exception: type[Exception],
    message: str,
) -> None:
    with pytest.raises(exception, match=message):
        fake_bigcommerce.seed_coupon(*args, **kwargs)


def test_other_seeding_mistakes(fake_bigcommerce: FakeBigCommerce) -> None:
    fake = fake_bigcommerce
    fake.seed_coupon("ONCE", amount=1)
    with pytest.raises(ValueError, match="already seeded"):
        fake.seed_coupon("once", amount=2)
    with pytest.raises(ValueError, match="below 1"):
        fake.tax_rate = 1.5
    with pytest.raises(TypeError, match="tax_rate must be a number"):
        fake.tax_rate = "0.1"  # type: ignore[assignment]
    with pytest.raises(ValueError, match="cost must be at least 0"):
        fake.seed_shipping_options([{"description": "Free", "cost": -1}])
    with pytest.raises(ValueError, match="needs 'description' and 'cost'"):
        fake.seed_shipping_options([{"description": "Free"}])
    with pytest.raises(ValueError, match="balance must be at least 0"):
        fake.seed_gift_certificate("GC", -5)
    with pytest.raises(ValueError, match="email address"):
        fake.seed_customer("nobody")
    with pytest.raises(ValueError, match="method_id must be at least 1"):
        fake.seed_pickup_method(0)
    with pytest.raises(ValueError, match="store_hash"):
        FakeBigCommerce(store_hash="a/b")
    with pytest.raises(TypeError, match="port must be an int"):
        FakeBigCommerce(port="80")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("coupon", "subtotal", "shipping"),
    [
        ({"percentage": 50}, 37, 6),
        ({"amount": 20}, 54, 6),
        ({"amount": 100}, 0, 6),  # never below zero
        ({"type": "per_item_discount", "amount": 3}, 65, 6),  # 3 off each of 2 mugs and the e-book
        ({"type": "shipping_discount", "amount": 4}, 74, 2),
        ({"type": "free_shipping"}, 74, 0),
    ],
)
def test_coupon_kinds(
    fake_bigcommerce: FakeBigCommerce, coupon: dict[str, Any], subtotal: float, shipping: float
) -> None:
    fake = fake_bigcommerce
    cart_id = fake.seed_cart(items=[MUG, EBOOK])
    fake.seed_coupon("C", **coupon)
    with server_client(fake) as http:
        body = [
            {
                "address": ADDRESS,
                "line_items": [{"item_id": physical_ids(data(http.get(f"/{cart_id}")))[0], "quantity": 2}],
            }
        ]
        k = data(
            http.post(f"/{cart_id}/consignments?include=consignments.available_shipping_options", json=body)
        )["consignments"][0]
        data(
            http.put(
                f"/{cart_id}/consignments/{k['id']}",
                json={"shipping_option_id": k["available_shipping_options"][0]["id"]},
            )
        )
        c = data(http.post(f"/{cart_id}/coupons", json={"coupon_code": "c"}))
    assert (c["subtotal_ex_tax"], c["shipping_cost_total_ex_tax"]) == (subtotal, shipping)
    assert c["grand_total"] == subtotal + shipping
    assert c["coupons"][0]["discounted_amount"] == (74 - subtotal) + (6 - shipping)


def test_shipping_options_currency_and_untaxed_items(fake_bigcommerce: FakeBigCommerce) -> None:
    fake = fake_bigcommerce
    fake.tax_rate = Decimal("0.08")
    fake.seed_shipping_options(
        [{"description": "Courier", "cost": 1200, "transit_time": "next day", "type": "shipping_byweight"}]
    )
    cart_id = fake.seed_cart(
        items=[
            {"product_id": 1, "name": "Teapot", "price": 4500},
            {"product_id": 2, "name": "Gift card", "price": 1000, "is_taxable": False},
        ],
        currency="JPY",
    )
    with storefront_client(fake, cart_id) as http:
        c = storefront(http.get(f"/{cart_id}"))
        assert c["cart"]["currency"] == {
            "name": "Japanese Yen",
            "code": "JPY",
            "symbol": "¥",
            "decimalPlaces": 0,
        }
        assert (c["subtotal"], c["taxTotal"], c["grandTotal"]) == (5500, 360, 5860)
        teapot = c["cart"]["lineItems"]["physicalItems"][0]["id"]
        body = [
            {
                "address": {"countryCode": "JP", "postalCode": "100-0001"},
                "lineItems": [{"itemId": teapot, "quantity": 1}],
            }
        ]
        c = storefront(http.post(f"/{cart_id}/consignments", json=body))
        [option] = c["consignments"][0]["availableShippingOptions"]
        assert (option["description"], option["cost"], option["type"]) == (
            "Courier",
            1200,
            "shipping_byweight",
        )
    fake.seed_shipping_options([])
    with storefront_client(fake, cart_id) as http:
        assert storefront(http.get(f"/{cart_id}"))["consignments"][0]["availableShippingOptions"] == []


def test_the_context_manager_owns_the_port() -> None:
    fake = FakeBigCommerce()
    with pytest.raises(RuntimeError, match="start the fake first"):
        _ = fake.url
    assert fake.requests == []
    with fake:
        url = fake.url
        assert url.startswith("http://127.0.0.1:")
        assert fake.server_api_url == f"{url}/stores/fakestore/v3"
        assert len(fake.access_token) == 32
        with pytest.raises(RuntimeError, match="already running"):
            fake.start()
        kept_alive = httpx.Client()
        assert kept_alive.get(f"{url}/nowhere").status_code == 404
    with pytest.raises(httpx.TransportError):
        kept_alive.get(f"{url}/nowhere")
    kept_alive.close()
    assert FakeBigCommerce(access_token="t0k3n", store_hash="abc").access_token == "t0k3n"


def test_the_pytest_plugin_as_users_enable_it(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text('pytest_plugins = ["bigcommerce_checkout.testing.pytest_plugin"]\n')
    (tmp_path / "test_user.py").write_text(
        textwrap.dedent(
            """
            import httpx

            def test_uses_the_fixture(fake_bigcommerce):
                cart_id = fake_bigcommerce.seed_cart(items=[{"product_id": 1, "name": "Mug", "price": 5}])
                url = f"{fake_bigcommerce.storefront_api_url}/checkouts/{cart_id}"
                cookies = fake_bigcommerce.shopper_cookies(cart_id)
                assert httpx.get(url, cookies=cookies).json()["grandTotal"] == 5
            """
        )
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


def test_the_command_serves_until_ctrl_c() -> None:
    port = free_port()
    with fake_command("--port", str(port), "--token", "secret", "--tax-rate", "0.1") as command:
        assert command.url == f"http://127.0.0.1:{port}"
        assert command.token == "secret"
        # the snippet works as pasted: its clients reach both APIs of the demo store
        pasted: dict[str, Any] = {}
        exec(command.snippet, pasted)  # noqa: S102 - the command's own output
        with pasted["client"] as client, pasted["shop"] as shop:
            assert client.store_hash == "k7x2q9rm"
            assert client.payments._context.payments_base_url == f"{command.url}/"  # pays here too
            checkout = client.checkouts.get(command.demo_cart)
            assert checkout.cart.base_amount == 74
            assert checkout.tax_total == 7.4
            assert shop.checkouts.get(command.demo_cart).grand_total == 81.4
    assert command.demo_cart == "0d3b1c4f-8a2e-4b6e-9a3c-7f5e2d1b8c90"
    assert f'add base_url="{command.url}" to each client' in command.banner  # for the docs' examples
    assert "stores/k7x2q9rm/v3" not in command.banner  # nothing that reads like a base_url but is not one
    assert [(method, status) for method, _, status in command.requests] == [("GET", 200), ("GET", 200)]
    assert command.returncode == 0, command.stderr
    assert command.stdout_after.strip() == "stopped"
    assert "Traceback" not in command.stderr


def test_the_demo_store_holds_what_the_docs_use() -> None:
    """What the banner lists is in the store (the docs' runs against the command use all of it)."""
    with fake_command("--quiet") as command:
        lines = command.banner.split("Demo store", 1)[1]
        assert "AUTUMN15 (15% off), DEMO10 (10% off)" in lines
        assert "GC-7Q2M-4KXR (balance 25)" in lines
        assert "1 (Pick up at the Portland shop)" in lines
        assert "Flat rate (6), Express (15)" in lines
        cart = f"{command.url}/api/storefront/checkouts/{command.demo_cart}"
        assert httpx.get(cart).status_code == 404  # the storefront answers the cart's session only
        session = re.search(r"^  shopper session +cookie SHOP_SESSION_TOKEN=(\S+) ", lines, flags=re.M)
        assert session is not None, lines
        with httpx.Client(timeout=10, cookies={"SHOP_SESSION_TOKEN": session[1]}) as http:
            assert storefront(http.post(f"{cart}/coupons", json={"couponCode": "AUTUMN15"}))["coupons"]
            assert storefront(http.post(f"{cart}/coupons", json={"couponCode": "DEMO10"}))["coupons"]
            paid = storefront(
                http.post(f"{cart}/gift-certificates", json={"giftCertificateCode": "GC-7Q2M-4KXR"})
            )
            assert paid["giftCertificates"][0]["balance"] == 25
            credited = storefront(http.post(f"{cart}/store-credit"))
            assert credited["isStoreCreditApplied"] is True
            shopper = storefront(http.get(cart, params={"include": "customer"}))["customer"]
            assert (shopper["email"], shopper["isGuest"], shopper["storeCredit"]) == (
                "ada.okafor@example.com",
                False,
                20,
            )


def test_the_command_can_start_empty() -> None:
    with fake_command("--quiet", "--no-demo", "--store-hash", "abc") as command:
        assert "The store is empty (--no-demo)." in command.banner
        assert 'store_hash="abc"' in command.snippet
        answer = httpx.get(
            f"{command.url}/stores/abc/v3/checkouts/0d3b1c4f-8a2e-4b6e-9a3c-7f5e2d1b8c90",
            headers={"X-Auth-Token": command.token},
        )
        assert answer.status_code == 404


def test_the_command_reports_a_port_in_use() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "bigcommerce_checkout.testing", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    assert result.returncode == 2
    assert result.stderr.startswith("cannot start the fake:")
