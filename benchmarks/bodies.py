"""Realistic request and response bodies, built from the spec's own examples.

The response is `components.examples.CheckoutResponse` with its one physical line item copied `n`
times; each copy gets its own id, SKU, product, quantity and prices, the consignment lists every
item, and the totals are recomputed, so the body is what BigCommerce would send for such a cart.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "openapi" / "bigcommerce-checkout.yaml"
STORE_HASH = "k7x2q9rm"
TOKEN = "tok_bench_4f9a1c0e7b2d"  # noqa: S105 - a made-up token for a loopback server


@cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


def checkout_id(items: int) -> str:
    """A distinct checkout (cart) id per body size, so the server can answer by path."""
    return f"0d3b1c4f-8a2e-4b6e-9a3c-{items:012d}"


def _item_id(i: int) -> str:
    return f"6f1c2d0e-4b7a-4c55-9a51-{i:012x}"


def checkout_response(items: int) -> dict[str, Any]:
    """The spec's CheckoutResponse example with `items` physical line items."""
    body: dict[str, Any] = copy.deepcopy(spec()["components"]["examples"]["CheckoutResponse"]["value"])
    data = body["data"]
    cart = data["cart"]
    template = cart["line_items"]["physical_items"][0]
    physical = []
    for i in range(items):
        item = copy.deepcopy(template)
        price = 5 + (i * 7) % 90
        quantity = 1 + i % 4
        coupon = round(price * quantity * 0.15, 2)
        item.update(
            id=_item_id(i),
            variant_id=358 + i,
            product_id=112 + i // 3,
            sku=f"SKU-{i:05d}",
            name=f"Enamel mug no. {i}",
            url=f"https://shop.example.com/enamel-mug-{i}/",
            image_url=f"https://cdn.example.com/mug-{i}.jpg",
            quantity=quantity,
            original_price=price,
            list_price=price,
            sale_price=price,
            extended_list_price=price * quantity,
            extended_sale_price=price * quantity,
            coupon_amount=coupon,
            discounts=[{"id": "coupon", "discounted_amount": coupon}],
        )
        physical.append(item)
    cart["line_items"]["physical_items"] = physical
    base = sum(i["extended_sale_price"] for i in physical)
    coupons = round(sum(i["coupon_amount"] for i in physical), 2)
    tax = round((base - coupons) * 0.09, 2)
    cart.update(
        id=checkout_id(items),
        base_amount=base,
        cart_amount_ex_tax=round(base - coupons, 2),
        cart_amount_inc_tax=round(base - coupons + tax, 2),
    )
    cart["coupons"][0]["discounted_amount"] = coupons
    cart["discounts"][0]["discounted_amount"] = coupons
    data["coupons"][0]["discounted_amount"] = coupons
    data["id"] = checkout_id(items)
    data["consignments"][0]["line_item_ids"] = [i["id"] for i in physical]
    data["taxes"][0]["amount"] = tax
    shipping = data["shipping_cost_total_inc_tax"]
    data.update(
        tax_total=tax,
        subtotal_ex_tax=round(base - coupons, 2),
        subtotal_inc_tax=round(base - coupons + tax, 2),
        grand_total=round(base - coupons + tax + shipping, 2),
    )
    return body


@cache
def checkout_bytes(items: int) -> bytes:
    """The response body as BigCommerce sends it: compact JSON."""
    return json.dumps(checkout_response(items), separators=(",", ":")).encode()


def consignment_request() -> list[dict[str, Any]]:
    """The request body example of `addCheckoutConsignment` (one address, one line item)."""
    operation = spec()["paths"]["/stores/{store_hash}/v3/checkouts/{checkoutId}/consignments"]["post"]
    example: list[dict[str, Any]] = operation["requestBody"]["content"]["application/json"]["example"]
    return copy.deepcopy(example)


def checkout_path(items: int) -> str:
    return f"/stores/{STORE_HASH}/v3/checkouts/{checkout_id(items)}"
