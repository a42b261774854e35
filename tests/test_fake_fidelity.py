"""The fake answers where BigCommerce's servers answer, with what they send (issue 20, section 5).

Found by driving the fake with clients we did not write: BigCommerce's own checkout SDK loads a
checkout from the singular `/api/storefront/checkout/{id}`, which the fake answered 404; and no
server-to-server answer carried the `X-Rate-Limit-*` headers, so `client.rate_limit` never worked
offline. Each test failed before its fix.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from bigcommerce_checkout import NotFoundError, StorefrontClient, UnprocessableEntityError
from bigcommerce_checkout.testing import FakeBigCommerce
from tests.fake_support import (
    ADDRESS,
    SF_ADDRESS,
    SHIPPING,
    checkout_client,
    data,
    error,
    loaded_spec,
    physical_ids,
    server_client,
    storefront,
    storefront_client,
)

MUG = {"productId": 112, "variantId": 358, "quantity": 1}
MUG_LINE = {"product_id": 112, "name": "Teal enamel mug", "sku": "MUG-TEAL", "price": 32, "quantity": 1}


@pytest.fixture
def fake() -> Iterator[FakeBigCommerce]:
    with FakeBigCommerce() as running:
        yield running


def test_the_singular_storefront_checkout_path_answers_like_the_plural(fake: FakeBigCommerce) -> None:
    with StorefrontClient(base_url=fake.url) as shop:
        cart = shop.carts.create({"lineItems": [MUG]})
        cookies = dict(shop.cookies)
    with httpx.Client(base_url=fake.storefront_api_url, cookies=cookies, timeout=10) as browser:
        singular = browser.get(f"/checkout/{cart.id}")
        plural = browser.get(f"/checkouts/{cart.id}")
        assert singular.status_code == plural.status_code == 200
        assert singular.json() == plural.json()
        assert browser.put(f"/checkout/{cart.id}", json={"customerMessage": "x"}).status_code == 404
    with httpx.Client(base_url=fake.storefront_api_url, timeout=10) as stranger:
        assert stranger.get(f"/checkout/{cart.id}").status_code == 404  # still the owner's session only


def test_every_server_answer_reports_the_rate_limit_window(fake: FakeBigCommerce) -> None:
    cart_id = fake.seed_cart(items=[MUG_LINE])
    with checkout_client(fake) as client:
        assert client.rate_limit is None
        client.checkouts.get(cart_id)
        first = client.rate_limit
        client.carts.get(cart_id)
        second = client.rate_limit
    assert first is not None
    assert second is not None
    assert (first.requests_quota, first.window_ms) == (150, 30_000)
    assert first.requests_left is not None
    assert second.requests_left == first.requests_left - 1
    assert second.reset_ms is not None
    assert 0 <= second.reset_ms <= 30_000
    with httpx.Client(base_url=fake.url, timeout=10) as raw:
        answer = raw.get(f"/stores/{fake.store_hash}/v3/checkouts/{cart_id}")  # refused: no token
        assert answer.status_code == 401
        assert "x-rate-limit-requests-left" in answer.headers
        storefront = raw.get("/api/storefront/carts")
        assert "x-rate-limit-requests-left" not in storefront.headers


BOARD = {
    "product_id": 131,
    "variant_id": 380,
    "quantity": 1,
    "name": "Cutting board for Ada",
    "option_selections": [{"option_id": 28, "option_value": "ADA"}, {"option_id": 29, "option_value": 87}],
}


def test_a_quantity_only_update_changes_the_quantity_and_nothing_else(fake: FakeBigCommerce) -> None:
    with checkout_client(fake) as client:
        cart = client.carts.create({"line_items": [BOARD]})
        [before] = cart.line_items.physical_items
        assert (before.name, before.list_price) == ("Cutting board for Ada", 44)  # 39 on sale, +5 gift box
        cart = client.carts.line_items.update(
            cart.id, before.id, {"line_item": {"product_id": 131, "quantity": 2}}
        )
        [after] = cart.line_items.physical_items
    assert (after.id, after.quantity, after.variant_id) == (before.id, 2, 380)
    assert (after.name, after.list_price) == ("Cutting board for Ada", 44)
    assert after.options == before.options


def test_an_update_that_names_new_options_replaces_them(fake: FakeBigCommerce) -> None:
    with checkout_client(fake) as client:
        cart = client.carts.create({"line_items": [BOARD]})
        [item] = cart.line_items.physical_items
        changed = {
            "product_id": 131,
            "quantity": 1,
            "option_selections": [{"option_id": 27, "option_value": 85}],
        }
        cart = client.carts.line_items.update(cart.id, item.id, {"line_item": changed})
        [after] = cart.line_items.physical_items
    assert (after.variant_id, after.list_price) == (381, 49)  # walnut, on sale, no gift box
    assert after.name == "Cutting board for Ada"


# An address as the third-party clients sent it: what add consignment requires, nothing more.
THIN_ADDRESS = {
    "email": "ada.okafor@example.com",
    "country_code": "US",
    "state_or_province": "Oregon",
    "postal_code": "97201",
}
FOR_AN_ORDER = {"first_name", "last_name", "address1", "city"}  # beyond what every address request requires


def _ready_but_for_addresses(
    http: httpx.Client, cart_id: str, billing: dict[str, str], shipping: dict[str, str]
) -> str:
    """Billing address, one consignment for every unit, a shipping option chosen; the consignment's id."""
    data(http.post(f"/{cart_id}/billing-address", json=billing))
    lines = [{"item_id": i, "quantity": 1} for i in physical_ids(data(http.get(f"/{cart_id}")))]
    [consignment] = data(
        http.post(
            f"/{cart_id}/consignments",
            params={"include": SHIPPING},
            json=[{"address": shipping, "line_items": lines}],
        )
    )["consignments"]
    option = consignment["available_shipping_options"][0]["id"]
    data(http.put(f"/{cart_id}/consignments/{consignment['id']}", json={"shipping_option_id": option}))
    return str(consignment["id"])


def test_an_order_needs_complete_shipping_addresses(fake: FakeBigCommerce) -> None:
    cart_id = fake.seed_cart(items=[MUG_LINE])
    with server_client(fake) as http:
        consignment = _ready_but_for_addresses(http, cart_id, ADDRESS, THIN_ADDRESS)
        refused = error(http.post(f"/{cart_id}/orders"), 422)
        assert set(refused["errors"]) == {f"consignments[0].address.{name}" for name in FOR_AN_ORDER}
        data(http.put(f"/{cart_id}/consignments/{consignment}", json={"address": ADDRESS}))
        option = data(http.get(f"/{cart_id}", params={"include": SHIPPING}))["consignments"][0]
        chosen = {"shipping_option_id": option["available_shipping_options"][0]["id"]}
        data(http.put(f"/{cart_id}/consignments/{consignment}", json=chosen))
        assert http.post(f"/{cart_id}/orders").status_code == 200
    assert len(fake.orders) == 1


def test_an_order_needs_a_complete_billing_address(fake: FakeBigCommerce) -> None:
    cart_id = fake.seed_cart(items=[MUG_LINE])
    billing_only = {"email": "ada.okafor@example.com", "country_code": "US"}
    with server_client(fake) as http:
        _ready_but_for_addresses(http, cart_id, billing_only, ADDRESS)
        refused = error(http.post(f"/{cart_id}/orders"), 422)
        assert set(refused["errors"]) == {f"billing_address.{name}" for name in FOR_AN_ORDER}
        address_id = data(http.get(f"/{cart_id}"))["billing_address"]["id"]
        data(http.put(f"/{cart_id}/billing-address/{address_id}", json=ADDRESS))
        assert http.post(f"/{cart_id}/orders").status_code == 200
    assert len(fake.orders) == 1


def _declared(operation_id: str) -> set[int]:
    """The statuses our spec declares for an operation."""
    for item in loaded_spec()["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return {int(status) for status in op["responses"]}
    raise KeyError(operation_id)


def test_a_currency_update_answers_with_the_published_statuses(fake: FakeBigCommerce) -> None:
    """carts.sf.yml: 404 when the currency is not found, 422 for missing or invalid data."""
    with StorefrontClient(base_url=fake.url) as shop:
        cart = shop.carts.create({"lineItems": [MUG]})
        with pytest.raises(NotFoundError, match="Currency not found"):
            shop.carts.update_currency(cart.id, "CHF")  # well-formed; the store does not sell in it
        cookies = dict(shop.cookies)
    with httpx.Client(base_url=fake.storefront_api_url, cookies=cookies, timeout=10) as browser:
        for malformed in ({"currencyCode": "eur"}, {"currencyCode": "EURO"}, {}):
            refused = error(browser.post(f"/carts/{cart.id}/currency", json=malformed), 422)
            assert set(refused["errors"]) == {"currencyCode"}
        assert set(
            error(browser.post(f"/carts/{cart.id}/currency", json={"currencyCode": "CHF"}), 404)["errors"]
        ) == {"currencyCode"}
    assert {404, 422} <= _declared("storefrontUpdateCartCurrency")


def test_an_unknown_channel_gets_the_status_the_spec_declares(fake: FakeBigCommerce) -> None:
    with checkout_client(fake) as client:
        for call in (
            lambda: client.carts.settings.channels.get(7),
            lambda: client.carts.settings.channels.update(7, True),
        ):
            with pytest.raises(UnprocessableEntityError, match="Channel not found"):
                call()
        with pytest.raises(UnprocessableEntityError, match="Invalid channel id"):
            client.settings.channels.get(7)
    for operation in ("getChannelCartSettings", "updateChannelCartSettings", "getChannelCheckoutSettings"):
        assert 422 in _declared(operation), operation


def test_changing_the_customer_drops_the_shipping_calculations(fake: FakeBigCommerce) -> None:
    """carts.v3.yml (update cart): a new customer_id removes shipping calculations on the cart."""
    customer = fake.seed_customer("noor.haddad@example.com")
    cart_id = fake.seed_cart(items=[MUG_LINE])
    with server_client(fake) as http:
        _ready_but_for_addresses(http, cart_id, ADDRESS, ADDRESS)
    with checkout_client(fake) as client:
        client.carts.update(cart_id, 0)  # the same customer (a guest): nothing to recalculate
        assert client.checkouts.get(cart_id).consignments[0].selected_shipping_option is not None
        client.carts.update(cart_id, customer)
        [consignment] = client.checkouts.get(cart_id).consignments
        assert consignment.selected_shipping_option is None
        assert consignment.line_item_ids  # the items stay where they were sent
        with pytest.raises(UnprocessableEntityError, match="not ready"):
            client.checkouts.orders.create(cart_id)


def test_a_cart_with_a_manual_discount_keeps_its_currency(fake: FakeBigCommerce) -> None:
    """carts.sf.yml (update cart currency): a cart with a manual discount cannot change currency."""
    with StorefrontClient(base_url=fake.url) as shop:
        cart = shop.carts.create({"lineItems": [MUG]})
        with checkout_client(fake) as client:
            client.checkouts.discounts.add(cart.id, {"cart": {"discounts": [{"discounted_amount": 2}]}})
        with pytest.raises(UnprocessableEntityError, match="cannot change currency"):
            shop.carts.update_currency(cart.id, "EUR")
        assert shop.checkouts.get(cart.id).cart.currency.code == "USD"


def test_a_shipping_address_from_the_storefront_needs_no_email(fake: FakeBigCommerce) -> None:
    """The checkout SDK's address request has no email; BigCommerce orders such checkouts."""
    cart_id = fake.seed_cart(items=[MUG_LINE])
    shipping = {k: v for k, v in SF_ADDRESS.items() if k != "email"}
    with storefront_client(fake, cart_id) as shop:
        storefront(shop.post(f"/{cart_id}/billing-address", json=SF_ADDRESS))
        mug = storefront(shop.get(f"/{cart_id}"))["cart"]["lineItems"]["physicalItems"][0]["id"]
        created = shop.post(
            f"/{cart_id}/consignments",
            params={"include": "consignments.availableShippingOptions"},
            json=[{"address": shipping, "lineItems": [{"itemId": mug, "quantity": 1}]}],
        )
        [consignment] = storefront(created)["consignments"]
        option = {"shippingOptionId": consignment["availableShippingOptions"][0]["id"]}
        storefront(shop.put(f"/{cart_id}/consignments/{consignment['id']}", json=option))
    with server_client(fake) as http:
        assert http.post(f"/{cart_id}/orders").status_code == 200, "an order"
