"""The server-to-server shape of a checkout: snake_case, wrapped in `{"data": ..., "meta": {}}`.

Field names and nesting follow the spec's `Checkout` schema; the tests check every answer against
the generated pydantic model and schemathesis checks it against the spec.
"""

from __future__ import annotations

from typing import Any

from ._money import ZERO, as_number
from ._state import Address, Checkout, Consignment, CouponDef, Fee, Item, SelectedShipping, Store
from ._totals import Totals, compute

SHIPPING_OPTIONS = "consignments.available_shipping_options"
PROMOTION_BANNERS = "promotions.banners"


def envelope(data: Any) -> dict[str, Any]:
    return {"data": data, "meta": {}}


def pagination(total: int, count: int, limit: int, page: int) -> dict[str, Any]:
    """The `meta` of a paged v3 list: counts and the links to the pages around this one."""
    pages = max(1, -(-total // limit))
    links: dict[str, str] = {"current": f"?page={page}&limit={limit}"}
    if page > 1:
        links["previous"] = f"?page={page - 1}&limit={limit}"
    if page < pages:
        links["next"] = f"?page={page + 1}&limit={limit}"
    return {
        "pagination": {
            "total": total,
            "count": count,
            "per_page": limit,
            "current_page": page,
            "total_pages": pages,
            "links": links,
        }
    }


def checkout(c: Checkout, store: Store, include: frozenset[str]) -> dict[str, Any]:
    t = compute(c, store)
    coupons = [_coupon(coupon, t) for coupon in c.coupons]
    body: dict[str, Any] = {
        "id": c.id,
        "cart": _cart(c, t, coupons),
        "consignments": [_consignment(k, c, store, t, include) for k in c.consignments],
        "taxes": [{"name": store.tax_name, "amount": as_number(t.tax)}] if t.tax > 0 else [],
        "coupons": coupons,
        "fees": [_fee(f) for f in c.fees],
        "order_id": None if c.order_id is None else str(c.order_id),
        "shipping_cost_total_inc_tax": as_number(t.shipping),
        "shipping_cost_total_ex_tax": as_number(t.shipping),
        "handling_cost_total_inc_tax": 0,
        "handling_cost_total_ex_tax": 0,
        "tax_total": as_number(t.tax),
        "subtotal_inc_tax": as_number(t.subtotal_inc_tax),
        "subtotal_ex_tax": as_number(t.subtotal_ex_tax),
        "grand_total": as_number(t.grand_total),
        "created_time": c.created_time,
        "updated_time": c.updated_time,
        "customer_message": c.message,
        "promotions": [{"banners": []}] if PROMOTION_BANNERS in include else [],
        "version": c.version,
    }
    if c.billing is not None:
        body["billing_address"] = address(c.billing)
    return body


def address(a: Address) -> dict[str, Any]:
    return {
        "id": a.id,
        **a.fields,
        "custom_fields": [{"field_id": k, "field_value": v} for k, v in a.custom_fields],
    }


def _cart(c: Checkout, t: Totals, coupons: list[dict[str, Any]]) -> dict[str, Any]:
    # One entry per product line item, keyed by its id, as in BigCommerce's answers (storefront too).
    discounts = [
        {"id": i.id, "discounted_amount": as_number(t.items[i.id].coupon_amount + t.items[i.id].manual)}
        for i in c.items
    ]
    return {
        "id": c.id,
        "customer_id": c.customer_id,
        "email": c.email,
        "currency": {"code": c.currency},
        "tax_included": False,
        "base_amount": as_number(t.base_amount),
        "channel_id": c.channel_id,
        "discount_amount": as_number(t.manual_discount),
        "cart_amount_inc_tax": as_number(t.subtotal_inc_tax),
        "cart_amount_ex_tax": as_number(t.subtotal_ex_tax),
        "coupons": coupons,
        "discounts": discounts,
        "line_items": {
            "physical_items": [_item(i, t) for i in c.items if i.kind == "physical"],
            "digital_items": [_item(i, t) for i in c.items if i.kind == "digital"],
            "gift_certificates": [],
            "custom_items": [],
        },
        "created_time": c.created_time,
        "updated_time": c.updated_time,
    }


def _item(i: Item, t: Totals) -> dict[str, Any]:
    it = t.items[i.id]
    after_manual = it.extended_list - it.manual
    discounts: list[dict[str, Any]] = [
        {"id": "coupon", "discounted_amount": as_number(amount)} for amount in it.coupons.values()
    ]
    if it.manual > 0:
        discounts.insert(0, {"id": "manual-discount", "discounted_amount": as_number(it.manual)})
    body: dict[str, Any] = {
        "id": i.id,
        "parent_id": None,
        "variant_id": i.variant_id,
        "product_id": i.product_id,
        "sku": i.sku,
        "name": i.name,
        "url": i.url,
        "quantity": i.quantity,
        "is_taxable": i.is_taxable,
        "image_url": i.image_url,
        "discounts": discounts,
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
    if i.kind == "physical":
        body["gift_wrapping"] = (
            None
            if i.gift_wrap is None
            else {
                "name": i.gift_wrap.name,
                "message": i.gift_wrap.message,
                "amount": as_number(i.gift_wrap.amount),
                "amount_as_integer": as_number(i.gift_wrap.amount * 100),
            }
        )
    return body


def _coupon(coupon: CouponDef, t: Totals) -> dict[str, Any]:
    return {
        "id": coupon.id,
        "code": coupon.code,
        "coupon_type": coupon.type,
        "display_name": coupon.display_name,
        "discounted_amount": as_number(t.coupons.get(coupon.id, ZERO)),
    }


def _fee(f: Fee) -> dict[str, Any]:
    return {
        "id": f.id,
        "type": "custom_fee",
        "name": f.name,
        "display_name": f.display_name,
        "cost_inc_tax": as_number(f.cost),
        "cost_ex_tax": as_number(f.cost),
        "source": f.source,
        "tax_class_id": f.tax_class_id,
    }


def shipping_option(o: SelectedShipping) -> dict[str, Any]:
    return {
        "id": o.id,
        "type": o.type,
        "description": o.description,
        "image_url": o.image_url,
        "cost": as_number(o.cost),
        "transit_time": o.transit_time,
        "additional_description": o.additional_description,
    }


def _consignment(
    k: Consignment, c: Checkout, store: Store, t: Totals, include: frozenset[str]
) -> dict[str, Any]:
    s = t.consignments[k.id]
    codes = {coupon.id: coupon.code for coupon in c.coupons}
    body: dict[str, Any] = {
        "id": k.id,
        "coupon_discounts": [
            {"code": codes.get(cid, ""), "amount": as_number(amount)} for cid, amount in s.coupons.items()
        ],
        "discounts": [],
        "shipping_cost_inc_tax": as_number(s.cost),
        "shipping_cost_ex_tax": as_number(s.cost),
        "handling_cost_inc_tax": 0,
        "handling_cost_ex_tax": 0,
        "line_item_ids": list(k.lines),
    }
    if k.address is not None:
        body["address"] = address(k.address)
    if SHIPPING_OPTIONS in include:
        body["available_shipping_options"] = [shipping_option(o) for o in store.available_options(k)]
    if k.selected is not None:
        body["selected_shipping_option"] = shipping_option(k.selected)
    if k.pickup_method_id is not None:
        body["selected_pickup_option"] = {"pickup_method_id": k.pickup_method_id}
    return body
