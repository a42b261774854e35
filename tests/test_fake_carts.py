"""The fake's catalogue and Carts API, through the public clients over real loopback.

Prices come from the catalogue as BigCommerce computes them (sale price under the default price,
modifier adjustments, a `list_price` override); stock caps a cart; a cart is its checkout (same
id, amounts and version); line items, redirect URLs, settings and metafields behave as published.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest

from bigcommerce_checkout import (
    AsyncCheckoutClient,
    CheckoutClient,
    ConflictError,
    NotFoundError,
    StorefrontClient,
    UnprocessableEntityError,
)
from bigcommerce_checkout.testing import FakeBigCommerce

MUG_TEAL = {"product_id": 112, "variant_id": 358, "quantity": 2}


@pytest.fixture
def fake() -> Iterator[FakeBigCommerce]:
    with FakeBigCommerce() as running:
        yield running


@pytest.fixture
def client(fake: FakeBigCommerce) -> Iterator[CheckoutClient]:
    with CheckoutClient(store_hash=fake.store_hash, access_token=fake.access_token, base_url=fake.url) as c:
        yield c


def test_lines_are_priced_from_the_catalogue(client: CheckoutClient) -> None:
    board = {
        "product_id": 131,
        "quantity": 2,
        "option_selections": [
            {"option_id": 27, "option_value": 85},  # walnut: its own price 55, on sale at 49
            {"option_id": 28, "option_value": "For Grandma"},  # free text, no price
            {"option_id": 29, "option_value": 87},  # gift box: +5 a unit
        ],
    }
    cart = client.carts.create(
        {"line_items": [MUG_TEAL, board]}, include=["line_items.physical_items.options"]
    )
    mug, walnut = cart.line_items.physical_items
    assert (mug.sku, mug.original_price, mug.list_price, mug.extended_list_price) == ("MUG-TEAL", 32, 32, 64)
    assert (walnut.variant_id, walnut.sku) == (381, "BOARD-WALNUT")
    assert (walnut.original_price, walnut.list_price, walnut.extended_sale_price) == (55, 54, 108)
    assert [(o.name, o.value, o.name_id, o.value_id) for o in walnut.options or []] == [
        ("Wood", "Walnut", 27, 85),
        ("Engraving", "For Grandma", 28, None),
        ("Gift box", "Yes", 29, 87),
    ]
    assert cart.base_amount == cart.cart_amount == 172
    # an oak board without extras: the product's sale price (39) under its default price (45)
    oak = client.carts.create({"line_items": [{"product_id": 131, "variant_id": 380, "quantity": 1}]})
    [item] = oak.line_items.physical_items
    assert (item.original_price, item.list_price) == (45, 39)


def test_list_price_and_name_sent_with_the_line_replace_the_catalogues(client: CheckoutClient) -> None:
    cart = client.carts.create({"line_items": [{**MUG_TEAL, "list_price": 25.5, "name": "Agreed price mug"}]})
    [item] = cart.line_items.physical_items
    assert (item.name, item.list_price, item.original_price, item.extended_list_price) == (
        "Agreed price mug",
        25.5,
        32,
        51,
    )
    assert client.checkouts.get(cart.id).grand_total == 51


def test_a_cart_in_another_currency_is_priced_in_it(client: CheckoutClient) -> None:
    cart = client.carts.create({"line_items": [MUG_TEAL], "currency": {"code": "EUR"}})
    assert cart.currency is not None
    assert cart.currency.code == "EUR"
    assert cart.line_items.physical_items[0].list_price == float(Decimal(32) * Decimal("0.92"))
    with pytest.raises(UnprocessableEntityError):
        client.carts.create({"line_items": [MUG_TEAL], "currency": {"code": "CHF"}})


def test_unknown_products_variants_and_options_are_refused(client: CheckoutClient) -> None:
    for line, field in (
        ({"product_id": 999, "quantity": 1}, "line_items[0].product_id"),
        ({"product_id": 112, "variant_id": 999, "quantity": 1}, "line_items[0].variant_id"),
        ({"product_id": 112, "quantity": 1}, "line_items[0].variant_id"),  # which colour?
        ({**MUG_TEAL, "quantity": 1.5}, "line_items[0].quantity"),
        ({**MUG_TEAL, "option_selections": [{"option_id": 27, "option_value": 84}]}, "line_items[0].option_selections[0].option_id"),
        ({"product_id": 131, "variant_id": 380, "quantity": 1, "option_selections": [{"option_id": 29, "option_value": 1}]}, "line_items[0].option_selections[0].option_value"),
    ):  # fmt: skip
        with pytest.raises(UnprocessableEntityError) as caught:
            client.carts.create({"line_items": [line]})
        assert field in caught.value.body["errors"], caught.value.body


def test_more_than_the_stock_is_refused_and_nothing_changes(
    client: CheckoutClient, fake: FakeBigCommerce
) -> None:
    blanket = {"product_id": 150, "quantity": 4}  # 3 in stock
    with pytest.raises(UnprocessableEntityError) as caught:
        client.carts.create({"line_items": [blanket]})
    assert (
        caught.value.title
        == "Not enough stock: Wool camp blanket (BLANKET) has only 3 in stock; the cart asked for 4."
    )
    with pytest.raises(UnprocessableEntityError, match="is out of stock"):
        client.carts.create({"line_items": [{"product_id": 112, "variant_id": 359, "quantity": 1}]})
    cart = client.carts.create({"line_items": [{**blanket, "quantity": 2}]})
    with pytest.raises(UnprocessableEntityError, match="only 3 in stock; the cart asked for 4"):
        client.carts.line_items.add(cart.id, {"line_items": [{**blanket, "quantity": 2}]})
    item = cart.line_items.physical_items[0]
    with pytest.raises(UnprocessableEntityError, match="Not enough stock"):
        client.carts.line_items.update(cart.id, item.id, {"line_item": {**blanket, "quantity": 5}})
    after = client.carts.get(cart.id)
    assert (after.version, after.line_items.physical_items[0].quantity) == (cart.version, 2)
    # the same product added again joins its line; the stock counts the line's units
    added = client.carts.line_items.add(cart.id, {"line_items": [{**blanket, "quantity": 1}]})
    assert [i.quantity for i in added.line_items.physical_items] == [3]
    assert len(fake.requests_for("addCartLineItems")) == 2


def test_a_cart_is_its_checkout(client: CheckoutClient, fake: FakeBigCommerce) -> None:
    fake.seed_coupon("TEN", percentage=10)
    cart = client.carts.create({"line_items": [MUG_TEAL, {"product_id": 140, "quantity": 1}]})
    checkout = client.checkouts.get(cart.id)
    assert checkout.id == checkout.cart.id == cart.id
    assert checkout.cart.base_amount == cart.base_amount == 74
    assert checkout.version == cart.version
    # a checkout change is a cart change: one version, one amount
    checkout = client.checkouts.coupons.add(cart.id, "TEN")
    again = client.carts.get(cart.id)
    assert again.version == checkout.version == cart.version + 1
    assert again.cart_amount == checkout.subtotal_inc_tax == 66.6
    assert [c.code for c in again.coupons or []] == ["TEN"]
    # and a cart change shows in the checkout, storefront too
    mug = again.line_items.physical_items[0]
    client.carts.line_items.update(cart.id, mug.id, {"line_item": {**MUG_TEAL, "quantity": 3}})
    with StorefrontClient(base_url=fake.url, cookies=fake.shopper_cookies(cart.id)) as shop:
        seen = shop.checkouts.get(cart.id)
    assert seen.cart.line_items.physical_items[0].quantity == 3
    assert seen.version == again.version + 1
    # a seeded cart is a cart as well
    seeded = fake.seed_cart(items=[{"product_id": 112, "variant_id": 358, "name": "Mug", "price": 32}])
    assert client.carts.get(seeded).line_items.physical_items[0].list_price == 32


def test_line_items_add_update_delete(client: CheckoutClient) -> None:
    cart = client.carts.create({"line_items": [MUG_TEAL]})
    cart = client.carts.line_items.add(
        cart.id,
        {"line_items": [{"product_id": 118, "variant_id": 403, "quantity": 1}], "version": cart.version},
    )
    mug, bottle = cart.line_items.physical_items
    assert (bottle.sku, bottle.list_price) == ("BOTTLE-750", 28)
    # switch the bottle to the other variant: repriced, same line
    cart = client.carts.line_items.update(
        cart.id, bottle.id, {"line_item": {"product_id": 118, "variant_id": 402, "quantity": 2}}
    )
    assert [(i.id, i.sku, i.list_price, i.quantity) for i in cart.line_items.physical_items] == [
        (mug.id, "MUG-TEAL", 32, 2),
        (bottle.id, "BOTTLE-500", 24, 2),
    ]
    with pytest.raises(ConflictError):
        client.carts.line_items.delete(cart.id, mug.id, version=cart.version - 1)
    with pytest.raises(NotFoundError):
        client.carts.line_items.delete(cart.id, "no-such-item")
    left = client.carts.line_items.delete(cart.id, mug.id, version=cart.version)
    assert left is not None
    assert [i.id for i in left.line_items.physical_items] == [bottle.id]
    # the last line takes the cart with it: 204, and the cart (and checkout) are gone
    assert client.carts.line_items.delete(cart.id, bottle.id) is None
    with pytest.raises(NotFoundError):
        client.carts.get(cart.id)
    with pytest.raises(NotFoundError):
        client.checkouts.get(cart.id)


def test_update_cart_customer_and_delete_cart(client: CheckoutClient, fake: FakeBigCommerce) -> None:
    customer = fake.seed_customer("ines@example.com")
    cart = client.carts.create({"line_items": [MUG_TEAL], "locale": "pt-PT"})
    assert (cart.customer_id, cart.email, cart.locale) == (0, "", "pt-PT")
    with pytest.raises(ConflictError):
        client.carts.update(cart.id, customer, version=cart.version + 5)
    with pytest.raises(UnprocessableEntityError):
        client.carts.update(cart.id, 9999)
    updated = client.carts.update(cart.id, customer, version=cart.version)
    assert (updated.customer_id, updated.email, updated.version) == (
        customer,
        "ines@example.com",
        cart.version + 1,
    )
    assert client.carts.delete(cart.id) is None
    with pytest.raises(NotFoundError):
        client.carts.delete(cart.id)


def test_redirect_urls_log_the_browser_in_once(client: CheckoutClient, fake: FakeBigCommerce) -> None:
    cart = client.carts.create({"line_items": [MUG_TEAL]}, include=["redirect_urls"])
    assert cart.redirect_urls is not None
    assert cart.redirect_urls.cart_url is not None
    urls = client.carts.redirect_urls.create(
        cart.id, {"query_params": {"key": "utm_source", "value": "mail"}}
    )
    assert urls.checkout_url is not None
    assert urls.embedded_checkout_url is not None
    assert urls.checkout_url.startswith(f"{fake.url}/cart.php?action=loadInCheckout&id={cart.id}&token=")
    assert urls.checkout_url.endswith("&utm_source=mail")
    opened = httpx.get(urls.checkout_url)
    assert opened.status_code == 200
    assert "HttpOnly" in opened.headers["set-cookie"]
    with StorefrontClient(base_url=fake.url, cookies=dict(opened.cookies)) as shop:
        assert shop.checkouts.get(cart.id).id == cart.id
    assert dict(opened.cookies) == fake.shopper_cookies(cart.id)
    assert httpx.get(urls.checkout_url).status_code == 404  # each link works once


def test_cart_settings_turn_buying_off_and_on(client: CheckoutClient, fake: FakeBigCommerce) -> None:
    assert client.carts.settings.get().allow_purchasing is True
    assert client.carts.settings.channels.get(1).allow_purchasing is None
    assert client.carts.settings.update(False).allow_purchasing is False
    with pytest.raises(UnprocessableEntityError, match="Purchasing is disabled"):
        client.carts.create({"line_items": [MUG_TEAL]})
    assert client.carts.settings.channels.update(1, True).allow_purchasing is True
    cart = client.carts.create({"line_items": [MUG_TEAL]})  # the channel's own setting wins
    assert client.carts.settings.channels.update(1, None).allow_purchasing is None
    with pytest.raises(UnprocessableEntityError):
        client.carts.line_items.add(cart.id, {"line_items": [MUG_TEAL]})
    with pytest.raises(UnprocessableEntityError, match="Channel not found"):
        client.carts.settings.channels.get(7)
    fake.seed_channel(7)
    assert client.carts.settings.channels.get(7).allow_purchasing is None


def test_metafields_one_at_a_time(client: CheckoutClient) -> None:
    cart = client.carts.create({"line_items": [MUG_TEAL]})
    note = {"namespace": "fulfilment", "key": "note", "value": "no", "permission_set": "app_only"}
    created = client.carts.metafields.create(cart.id, note)
    assert (created.resource_id, created.resource_type, created.value) == (cart.id, "cart", "no")
    with pytest.raises(ConflictError):
        client.carts.metafields.create(cart.id, note)
    other = client.carts.metafields.create(cart.id, {**note, "key": "packer", "value": "Jo"})
    assert client.carts.metafields.get(cart.id, created.id).key == "note"
    updated = client.carts.metafields.update(
        cart.id, created.id, {**note, "value": "yes", "description": "printed?"}
    )
    assert (updated.value, updated.description) == ("yes", "printed?")
    page = client.carts.metafields.list(cart.id, limit=1, direction="desc")
    assert [f.id for f in page.data or []] == [other.id]
    assert page.meta is not None
    assert page.meta.pagination is not None
    assert (page.meta.pagination.total, page.meta.pagination.total_pages) == (2, 2)
    assert [f.key for f in client.carts.metafields.list(cart.id, key="note").data or []] == ["note"]
    assert client.carts.metafields.delete(cart.id, created.id) is None
    with pytest.raises(NotFoundError):
        client.carts.metafields.get(cart.id, created.id)
    # a cart's metafields go with it
    client.carts.delete(cart.id)
    assert client.carts.metafields.list_all().data == []


def test_metafields_in_batches(client: CheckoutClient) -> None:
    one = client.carts.create({"line_items": [MUG_TEAL]}).id
    two = client.carts.create({"line_items": [MUG_TEAL]}).id
    base = {"namespace": "crm", "key": "segment", "value": "new", "permission_set": "read"}
    made = client.carts.metafields.create_many([{**base, "resource_id": one}, {**base, "resource_id": two}])
    assert made.meta is not None
    assert (made.meta.success, made.meta.failed) == (2, 0)
    ids = [f.id for f in made.data or []]
    assert {f.resource_id for f in client.carts.metafields.list_all(key="segment").data or []} == {one, two}
    assert client.carts.metafields.list_all(include_fields="value").data[0].key is None  # type: ignore[index]
    # one entry fails: 422, and the answer says which entries were written
    with pytest.raises(UnprocessableEntityError) as caught:
        client.carts.metafields.create_many(
            [{**base, "key": "tier", "resource_id": one}, {**base, "resource_id": one}]
        )
    assert caught.value.body["meta"] == {"total": 2, "success": 1, "failed": 1}
    assert caught.value.body["errors"][0]["errors"] == {
        "1": "a metafield with this namespace and key already exists"
    }
    updated = client.carts.metafields.update_many([{**base, "id": ids[0], "value": "returning"}])
    assert [f.value for f in updated.data or []] == ["returning"]
    deleted = client.carts.metafields.delete_many(ids)
    assert deleted.data == ids
    with pytest.raises(UnprocessableEntityError) as caught:
        client.carts.metafields.delete_many(ids)
    assert caught.value.body["data"] == []


def test_the_async_client_drives_the_carts(fake: FakeBigCommerce) -> None:
    async def run() -> tuple[float | None, int]:
        async with AsyncCheckoutClient(
            store_hash=fake.store_hash, access_token=fake.access_token, base_url=fake.url
        ) as client:
            cart = await client.carts.create({"line_items": [MUG_TEAL]})
            cart = await client.carts.line_items.add(
                cart.id, {"line_items": [{"product_id": 140, "quantity": 1}]}
            )
            checkout = await client.checkouts.get(cart.id)
            return checkout.grand_total, len(cart.line_items.digital_items)

    assert asyncio.run(run()) == (74, 1)


def test_seed_product_checks_its_input_and_prices_carts(
    client: CheckoutClient, fake: FakeBigCommerce
) -> None:
    fake.seed_product(
        500,
        "Tent",
        price=300,
        sale_price=250,
        retail_price=350,
        sku="TENT",
        options=[{"id": 1, "name": "Size", "values": [{"id": 10, "label": "2p"}, {"id": 11, "label": "4p"}]}],
        variants=[
            {"id": 5001, "options": {1: 10}, "sku": "TENT-2", "stock": 1},
            {"id": 5002, "options": {1: 11}, "sku": "TENT-4", "price": 420},
        ],
    )
    cart = client.carts.create({"line_items": [{"product_id": 500, "quantity": 1, "option_selections": [{"option_id": 1, "option_value": 11}]}]})  # fmt: skip
    [tent] = cart.line_items.physical_items
    assert (tent.sku, tent.original_price, tent.list_price) == ("TENT-4", 420, 250)  # the product's sale
    with pytest.raises(UnprocessableEntityError, match="Not enough stock"):
        client.carts.create({"line_items": [{"product_id": 500, "variant_id": 5001, "quantity": 2}]})
    bad = (
        ({"product_id": 0, "name": "x", "price": 1}, ValueError, "product_id must be at least 1"),
        ({"product_id": 1, "name": "x", "price": "1"}, TypeError, "price must be a number"),
        ({"product_id": 1, "name": "x", "price": 5, "sale_price": 6}, ValueError, "sale_price must not be more"),
        ({"product_id": 1, "name": "x", "price": 5, "type": "service"}, ValueError, "type must be"),
        ({"product_id": 1, "name": "x", "price": 5, "options": [{"id": 1, "name": "Size", "values": [{"id": 2, "label": "S"}]}]}, ValueError, "needs variants="),
        ({"product_id": 1, "name": "x", "price": 5, "options": [{"id": 1, "name": "Size", "values": [{"id": 2, "label": "S"}]}], "variants": [{"id": 9, "options": {1: 3}}]}, ValueError, "is not a value of option 1"),
        ({"product_id": 1, "name": "x", "price": 5, "modifiers": [{"id": 1, "name": "Note", "colour": "red"}]}, ValueError, "unknown keys"),
        ({"product_id": 1, "name": "x", "price": 5, "stock": -1}, ValueError, "stock must be at least 0"),
    )  # fmt: skip
    for kwargs, error, message in bad:
        with pytest.raises(error, match=message):
            fake.seed_product(**kwargs)  # type: ignore[arg-type]


def test_a_line_item_update_wraps_the_line_on_both_apis(
    client: CheckoutClient, fake: FakeBigCommerce
) -> None:
    # Both APIs' line item updates share the fake's wrapping step (_ops_carts.rewrap).
    cart = client.carts.create({"line_items": [MUG_TEAL]})
    mug = cart.line_items.physical_items[0]
    wrapping = {"wrap_together": True, "wrap_details": [{"id": 2, "message": "For Sam"}]}
    cart = client.carts.line_items.update(
        cart.id, mug.id, {"line_item": {**MUG_TEAL, "gift_wrapping": wrapping}}
    )
    wrapped = cart.line_items.physical_items[0].gift_wrapping
    assert wrapped is not None
    assert (wrapped.name, wrapped.message) == ("Gift box", "For Sam")
    with StorefrontClient(base_url=fake.url, cookies=fake.shopper_cookies(cart.id)) as shop:
        update = {"productId": 112, "variantId": 358, "quantity": 2}
        sf_wrapping = {"wrapTogether": True, "wrapDetails": [{"id": 1, "message": "For Kim"}]}
        shop.carts.line_items.update(cart.id, mug.id, {"lineItem": {**update, "giftWrapping": sf_wrapping}})
    after = client.carts.get(cart.id).line_items.physical_items[0].gift_wrapping
    assert after is not None
    assert (after.name, after.message) == ("Kraft paper", "For Kim")
