"""The cart shapes: server-to-server `CartFull` (snake_case, in `{"data", "meta"}`), the storefront
cart (the storefront checkout's `cart`, camelCase), and the storefront order.

A cart is its checkout (`Checkout` state): every amount comes from `_totals`, as for the checkout
answers, so a cart and its checkout can never disagree.
"""

from __future__ import annotations

import secrets
from typing import Any

from . import _render_storefront_checkouts
from ._money import ZERO, as_number
from ._render_checkouts import _coupon
from ._state import Checkout, Item, Order, Store
from ._totals import Totals, compute

# The carts file's digits for the coupon kinds (`CartItemCoupon.discountType`).
COUPON_DIGITS = {
    "per_item_discount": 0,
    "percentage_discount": 1,
    "per_total_discount": 2,
    "shipping_discount": 3,
    "free_shipping": 4,
}


def envelope(data: Any) -> dict[str, Any]:
    return {"data": data, "meta": {}}


def redirect_urls(c: Checkout, store: Store) -> dict[str, str]:
    """Fresh one-time links; on the fake, opening `checkout_url` gives the browser the cart's session."""
    token = secrets.token_hex(16)
    store.redirect_tokens[token] = c.id
    query = f"id={c.id}&token={token}"
    root = store.base_url
    return {
        "cart_url": f"{root}/cart.php?action=load&{query}",
        "checkout_url": f"{root}/cart.php?action=loadInCheckout&{query}",
        "embedded_checkout_url": f"{root}/cart.php?embedded=1&action=loadInCheckout&{query}",
    }


def server_cart(c: Checkout, store: Store, include: frozenset[str]) -> dict[str, Any]:
    t = compute(c, store)
    body: dict[str, Any] = {
        "id": c.id,
        "customer_id": c.customer_id,
        "channel_id": c.channel_id,
        "email": c.email,
        "currency": {"code": c.currency},
        "tax_included": False,
        "base_amount": as_number(t.base_amount),
        "discount_amount": as_number(t.manual_discount),
        "manual_discount_amount": as_number(sum(c.cart_discounts, ZERO)),
        "cart_amount": as_number(t.subtotal_inc_tax),
        "coupons": [_coupon(coupon, t) for coupon in c.coupons],
        "discounts": [
            {"id": i.id, "discounted_amount": as_number(t.items[i.id].coupon_amount + t.items[i.id].manual)}
            for i in c.items
        ],
        "line_items": {
            "physical_items": [_item(i, c, t, include) for i in c.items if i.kind == "physical"],
            "digital_items": [_item(i, c, t, include) for i in c.items if i.kind == "digital"],
            "gift_certificates": [],
            "custom_items": [],
        },
        "created_time": c.created_time,
        "updated_time": c.updated_time,
        "locale": c.locale,
        "version": c.version,
    }
    if "promotions.banners" in include:
        body["promotions"] = {"banners": []}
    if "redirect_urls" in include:
        body["redirect_urls"] = redirect_urls(c, store)
    return body


def _item(i: Item, c: Checkout, t: Totals, include: frozenset[str]) -> dict[str, Any]:
    it = t.items[i.id]
    after_manual = it.extended_list - it.manual
    codes = {coupon.id: coupon for coupon in c.coupons}
    body: dict[str, Any] = {
        "id": i.id,
        "parent_id": None,
        "variant_id": i.variant_id,
        "product_id": i.product_id,
        "sku": i.sku,
        "name": i.name,
        "url": i.url,
        "quantity": i.quantity,
        "taxable": i.is_taxable,
        "image_url": i.image_url,
        "discounts": [{"id": "coupon", "discounted_amount": as_number(a)} for a in it.coupons.values()],
        "coupons": [
            {
                "id": coupon_id,
                "code": codes[coupon_id].code,
                "name": codes[coupon_id].display_name,
                "discountType": COUPON_DIGITS[codes[coupon_id].type],
                "discountAmount": as_number(codes[coupon_id].value),
                "expiresDate": 0,
                "totalDiscount": as_number(amount),
            }
            for coupon_id, amount in it.coupons.items()
            if coupon_id in codes
        ],
        "discount_amount": as_number(it.manual),
        "coupon_amount": as_number(it.coupon_amount),
        "original_price": as_number(i.original_price if i.original_price is not None else i.price),
        "list_price": as_number(i.price),
        "sale_price": as_number(round(after_manual / i.quantity, 4)),
        "extended_list_price": as_number(it.extended_list),
        "extended_sale_price": as_number(after_manual),
        "is_require_shipping": i.kind == "physical",
        "is_mutable": True,
        "added_by_promotion": False,
    }
    if f"line_items.{i.kind}_items.options" in include:
        body["options"] = [
            {
                "name": name,
                "nameId": i.option_ids.get(name, (None, None))[0],
                "value": value,
                "valueId": i.option_ids.get(name, (None, None))[1],
            }
            for name, value in i.options.items()
        ]
    if i.kind == "physical":
        wrap = i.gift_wrap
        body["gift_wrapping"] = (
            None
            if wrap is None
            else {"name": wrap.name, "message": wrap.message, "amount": as_number(wrap.amount)}
        )
    return body


def storefront_cart(c: Checkout, store: Store, include: frozenset[str]) -> dict[str, Any]:
    """The storefront cart: the storefront checkout's `cart`, with the cart calls' `include` names."""
    t = compute(c, store)
    return _render_storefront_checkouts._cart(c, t, frozenset(f"cart.{name}" for name in include))


def storefront_order(order: Order, store: Store, include: frozenset[str]) -> dict[str, Any]:
    """The order confirmation's data, from the checkout as it was when the order was placed."""
    c = order.placed
    body: dict[str, Any] = {"orderId": order.id, "cartId": order.checkout_id}
    if c is None:
        return body
    t = compute(c, store)
    sf = _render_storefront_checkouts.checkout(c, store, frozenset())
    # Order statuses belong to the payments part of the fake; until an order records one, it is
    # Incomplete (placed, not paid), as BigCommerce's orders are before payment.
    status = str(getattr(order, "status", None) or "INCOMPLETE").upper().replace(" ", "_")
    cart = sf["cart"]
    body.update(
        {
            "currency": cart["currency"],
            "isTaxIncluded": False,
            "baseAmount": as_number(t.base_amount),
            "discountAmount": as_number(t.manual_discount),
            "giftWrappingCostTotal": as_number(t.gift_wrapping),
            "orderAmount": as_number(t.grand_total),
            "orderAmountAsInteger": int(t.grand_total * 10**c.places),
            "shippingCostTotal": as_number(t.shipping),
            "shippingCostBeforeDiscount": as_number(t.shipping_before_discount),
            "handlingCostTotal": 0,
            "coupons": [
                {
                    "id": coupon.id,
                    "code": coupon.code,
                    "displayName": coupon.display_name,
                    "couponType": coupon.type,
                    "discountedAmount": as_number(t.coupons.get(coupon.id, ZERO)),
                }
                for coupon in c.coupons
            ],
            "lineItems": {
                "physicalItems": [_order_item(i) for i in cart["lineItems"]["physicalItems"]],
                "digitalItems": [_order_item(i) for i in cart["lineItems"]["digitalItems"]],
                "giftCertificates": [],
                "customItems": [],
            },
            "customerId": c.customer_id,
            "status": status,
            "hasDigitalItems": any(i.kind == "digital" for i in c.items),
            "isDownloadable": False,
            "isComplete": status != "INCOMPLETE",
            "customerMessage": c.message,
            "customerCanBeCreated": c.customer_id == 0,
            "taxes": sf["taxes"],
            "taxTotal": as_number(t.tax),
            "totalDiscount": as_number(t.manual_discount + sum(t.coupons.values(), ZERO)),
            "channelId": c.channel_id,
            "fees": sf["fees"],
        }
    )
    if "billingAddress" in sf:
        address = dict(sf["billingAddress"])
        address.pop("shouldSaveAddress", None)
        body["billingAddress"] = address
    if "payments" in include:
        body["payments"] = []
    return body


def _order_item(item: dict[str, Any]) -> dict[str, Any]:
    keep = (
        "id", "parentId", "variantId", "productId", "sku", "name", "url", "quantity", "isTaxable",
        "imageUrl", "discountAmount", "couponAmount", "listPrice", "salePrice", "extendedListPrice",
        "extendedSalePrice", "extendedComparisonPrice", "type", "addedByPromotion", "giftWrapping",
    )  # fmt: skip
    body = {k: item[k] for k in keep if k in item}
    body["isShippingRequired"] = item.get("isShippingRequired", False)
    return body
