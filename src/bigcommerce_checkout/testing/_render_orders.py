"""Orders as the Orders APIs answer them: v2 (bare JSON, money as text, RFC 2822 dates) and v3.

Every v2 amount comes from the totals the checkout had when the order was placed (`Order.totals`),
so an order always agrees with the checkout it came from. v2's conventions, and where they come
from: no `data` envelope and money as strings with four decimals ("25.0000"), dates as RFC 2822
("Tue, 05 Mar 2024 14:01:21 +0000"): every example of the published Orders v2 file; v3 wraps in
`{data, meta}` and writes money as numbers and dates as RFC 3339 (the published Orders v3 file).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from email.utils import format_datetime
from typing import Any

from ._money import ZERO, as_number
from ._payments import CARD_METHOD_ID
from ._seed import COUNTRIES
from ._state import (
    STATUS_NAMES,
    Address,
    Checkout,
    Consignment,
    Item,
    Order,
    RefundRecord,
    Transaction,
)
from ._totals import Totals

FOUR_PLACES = Decimal("0.0001")
GATEWAY = "braintree"  # the test gateway's method id is braintree.card (see _payments.py)
# Our own words for each status, in the order the control panel lists them (`order`, `sort_order`).
STATUS_DESCRIPTIONS = {
    0: "Placed but not paid yet.",
    1: "The shopper began checking out but did not finish.",
    2: "Every item has shipped.",
    3: "Some items have shipped, others have not.",
    4: "The whole order was refunded.",
    5: "The merchant cancelled the order.",
    6: "The merchant declined the order.",
    7: "The shopper finished checking out; the payment is not confirmed yet.",
    8: "Ready for the shopper to collect.",
    9: "Packed and waiting for the carrier.",
    10: "Paid and delivered (digital goods).",
    11: "Paid; waiting to be packed and shipped.",
    12: "On hold until someone checks it by hand.",
    13: "The shopper disputed the payment.",
    14: "Part of the order was refunded.",
}
STATUS_ORDER = (0, 1, 7, 11, 9, 8, 3, 2, 10, 5, 6, 4, 14, 12, 13)
COUPON_TYPE_CODES = {
    "per_item_discount": 0,
    "percentage_discount": 1,
    "per_total_discount": 2,
    "shipping_discount": 3,
    "free_shipping": 4,
}
CARD_TYPES = {"VISA": "visa", "MASTERCARD": "master", "AMEX": "american_express", "DISCOVER": "discover"}


def money(value: Decimal) -> str:
    """v2 money: text with four decimals, e.g. "25.0000"."""
    return str(value.quantize(FOUR_PLACES))


def date(iso: str) -> str:
    """v2 dates: RFC 2822, e.g. "Tue, 05 Mar 2024 14:01:21 +0000"."""
    return format_datetime(datetime.fromisoformat(iso))


def status(status_id: int) -> dict[str, Any]:
    name = STATUS_NAMES[status_id]
    return {
        "id": status_id,
        "name": name,
        "system_label": name,
        "custom_label": name,
        "system_description": STATUS_DESCRIPTIONS[status_id],
        "order": STATUS_ORDER.index(status_id),
    }


def statuses() -> list[dict[str, Any]]:
    return [status(s) for s in STATUS_ORDER]


def counts(orders: list[Order]) -> dict[str, Any]:
    """`/orders/count`: every status with how many of the orders have it, and the total."""
    rows = []
    for s in STATUS_ORDER:
        row = status(s)
        row["sort_order"] = row.pop("order")
        row["count"] = sum(1 for o in orders if o.status_id == s)
        rows.append(row)
    return {"statuses": rows, "count": len(orders)}


def _resource(base: str, path: str) -> dict[str, str]:
    return {"url": f"{base}{path}", "resource": path}


def _placed(order: Order) -> tuple[Checkout, Totals]:
    assert order.placed is not None  # both set when the order is placed
    assert order.totals is not None
    return order.placed, order.totals


def _address_fields(a: Address) -> dict[str, Any]:
    f = a.fields
    code = f.get("country_code", "")
    return {
        "first_name": f.get("first_name", ""),
        "last_name": f.get("last_name", ""),
        "company": f.get("company", ""),
        "street_1": f.get("address1", ""),
        "street_2": f.get("address2", ""),
        "city": f.get("city", ""),
        "state": f.get("state_or_province", ""),
        "zip": f.get("postal_code", ""),
        "country": COUNTRIES.get(code, code),
        "country_iso2": code,
        "phone": f.get("phone", ""),
        "email": f.get("email", ""),
    }


def _form_fields(a: Address) -> list[dict[str, Any]]:
    return [{"name": k, "value": v} for k, v in a.custom_fields]


def order(o: Order, base: str, include: frozenset[str] = frozenset()) -> dict[str, Any]:
    """One v2 order; `base` is `{fake url}/stores/{store_hash}/v2` for its sub-resource links."""
    c, t = _placed(o)
    coupons = sum(t.coupons.values(), ZERO)
    certificates = sum((used for _, used in t.gift_certificates.values()), ZERO)
    body: dict[str, Any] = {
        "id": o.id,
        "customer_id": o.customer_id,
        "date_created": date(o.created_time),
        "date_modified": date(o.modified_time),
        "date_shipped": "",
        "status_id": o.status_id,
        "status": STATUS_NAMES[o.status_id],
        "custom_status": STATUS_NAMES[o.status_id],
        "subtotal_ex_tax": money(t.base_amount),
        "subtotal_inc_tax": money(t.base_amount + t.tax),
        "subtotal_tax": money(t.tax),
        "base_shipping_cost": money(t.shipping_before_discount),
        "shipping_cost_ex_tax": money(t.shipping),
        "shipping_cost_inc_tax": money(t.shipping),
        "shipping_cost_tax": money(ZERO),
        "shipping_cost_tax_class_id": 0,
        "base_handling_cost": money(ZERO),
        "handling_cost_ex_tax": money(ZERO),
        "handling_cost_inc_tax": money(ZERO),
        "handling_cost_tax": money(ZERO),
        "handling_cost_tax_class_id": 0,
        "base_wrapping_cost": money(t.gift_wrapping),
        "wrapping_cost_ex_tax": money(t.gift_wrapping),
        "wrapping_cost_inc_tax": money(t.gift_wrapping),
        "wrapping_cost_tax": money(ZERO),
        "wrapping_cost_tax_class_id": 0,
        "total_ex_tax": money(t.grand_total - t.tax),
        "total_inc_tax": money(t.grand_total),
        "total_tax": money(t.tax),
        "is_tax_inclusive_pricing": False,
        "items_total": sum(i.quantity for i in c.items),
        "items_shipped": 0,
        "payment_method": payment_method(o),
        "payment_provider_id": o.edits.get("payment_provider_id", ""),
        "payment_status": o.payment_status,
        "refunded_amount": money(o.refunded_amount),
        "order_is_digital": all(i.kind == "digital" for i in c.items),
        "store_credit_amount": money(t.store_credit_used),
        "gift_certificate_amount": money(certificates),
        "ip_address": "",
        "ip_address_v6": "",
        "geoip_country": "",
        "geoip_country_iso2": "",
        "currency_id": 1,
        "currency_code": c.currency,
        "currency_exchange_rate": "1.0000000000",
        "default_currency_id": 1,
        "default_currency_code": c.currency,
        "store_default_currency_code": c.currency,
        "store_default_to_transactional_exchange_rate": "1.0000000000",
        "staff_notes": o.edits.get("staff_notes", ""),
        "customer_message": c.message,
        "discount_amount": money(t.manual_discount + coupons),
        "coupon_discount": money(coupons),
        "shipping_address_count": sum(1 for k in c.consignments if k.pickup_method_id is None),
        "ebay_order_id": "0",
        "cart_id": o.checkout_id,
        "billing_address": {
            **_address_fields(c.billing),
            "form_fields": _form_fields(c.billing),
        }
        if c.billing is not None
        else {},
        "is_email_opt_in": False,
        "credit_card_type": None,
        "order_source": "www",
        "channel_id": c.channel_id,
        "external_source": None,
        "external_id": None,
        "external_merchant_id": None,
        "tax_provider_id": "BasicTaxProvider",
        "customer_locale": c.locale,
        "external_order_id": o.edits.get("external_order_id", ""),
        "products": _resource(base, f"/orders/{o.id}/products"),
        "shipping_addresses": _resource(base, f"/orders/{o.id}/shipping_addresses"),
        "coupons": _resource(base, f"/orders/{o.id}/coupons"),
    }
    if "fees" in include:
        body["fees"] = fees(o)["fees"]
    if include & {"consignments", "consignments.line_items"}:
        body["consignments"] = consignments(o, base, "consignments.line_items" in include)
    else:
        body["consignments"] = _resource(base, f"/orders/{o.id}/consignments")
    return body


def payment_method(o: Order) -> str:
    """What paid the order: the test gateway's card payments, or what an update named."""
    return o.edits.get("payment_method", "Credit Card" if o.payment_status else "")


def _unit(value: Decimal, quantity: int) -> Decimal:
    return (value / quantity).quantize(FOUR_PLACES) if quantity else ZERO


def _consignment_of(c: Checkout, item: Item) -> Consignment | None:
    return next((k for k in c.consignments if item.id in k.lines), None)


def product(o: Order, item: Item) -> dict[str, Any]:
    c, t = _placed(o)
    it = t.items[item.id]
    line_id = o.v2_ids[item.id]
    where = _consignment_of(c, item)
    q = item.quantity
    coupon_names = {coupon.id: coupon for coupon in c.coupons}
    discounts: list[dict[str, Any]] = [
        {
            "id": str(cid),
            "amount": money(amount),
            "name": coupon_names[cid].display_name,
            "code": coupon_names[cid].code,
            "target": "product",
        }
        for cid, amount in it.coupons.items()
    ]
    if it.manual > 0:
        discounts.insert(
            0,
            {
                "id": "manual-discount",
                "amount": money(it.manual),
                "name": "Manual Discount",
                "code": None,
                "target": "order",
            },
        )
    wrap = item.gift_wrap
    refunded = o.refunded_quantities.get(line_id, 0)
    return {
        "id": line_id,
        "order_id": o.id,
        "product_id": item.product_id,
        "variant_id": item.variant_id,
        "order_address_id": o.v2_ids[where.id] if where is not None and where.address is not None else 0,
        "name": item.name,
        "name_customer": item.name,
        "name_merchant": item.name,
        "sku": item.sku,
        "upc": "",
        "type": item.kind,
        "base_price": money(item.price),
        "price_ex_tax": money(item.price),
        "price_inc_tax": money(item.price + _unit(it.tax, q)),
        "price_tax": money(_unit(it.tax, q)),
        "base_total": money(it.extended_list),
        "total_ex_tax": money(it.extended_list),
        "total_inc_tax": money(it.extended_list + it.tax),
        "total_tax": money(it.tax),
        "weight": money(ZERO),
        "width": money(ZERO),
        "height": money(ZERO),
        "depth": money(ZERO),
        "quantity": q,
        "base_cost_price": money(ZERO),
        "cost_price_inc_tax": money(ZERO),
        "cost_price_ex_tax": money(ZERO),
        "cost_price_tax": money(ZERO),
        "is_refunded": refunded >= q,
        "quantity_refunded": refunded,
        "refund_amount": money(refund_of(o, item, refunded)[0]),
        "return_id": 0,
        "wrapping_id": 0,
        "wrapping_name": wrap.name if wrap else "",
        "base_wrapping_cost": money(wrap.amount if wrap else ZERO),
        "wrapping_cost_ex_tax": money(wrap.amount if wrap else ZERO),
        "wrapping_cost_inc_tax": money(wrap.amount if wrap else ZERO),
        "wrapping_cost_tax": money(ZERO),
        "wrapping_message": wrap.message if wrap else "",
        "quantity_shipped": 0,
        "fixed_shipping_cost": money(ZERO),
        "ebay_item_id": "",
        "ebay_transaction_id": "",
        "option_set_id": None,
        "parent_order_product_id": None,
        "is_bundled_product": False,
        "bin_picking_number": "",
        "external_id": None,
        "brand": "",
        "applied_discounts": discounts,
        "product_options": [
            {
                "id": n,
                "display_name": name,
                "display_value": value,
                "value": value,
                "name": name,
                "type": "Multiple choice",
            }
            for n, (name, value) in enumerate(item.options.items(), start=1)
        ],
        "configurable_fields": [],
        "gift_certificate_id": None,
        "discounted_total_inc_tax": money(it.net + it.tax),
    }


def refund_of(o: Order, item: Item, quantity: int) -> tuple[Decimal, Decimal]:
    """What refunding `quantity` units of an item gives back, and the tax in it (currency places)."""
    c, t = _placed(o)
    it = t.items[item.id]
    if not quantity:
        return ZERO, ZERO
    if quantity == item.quantity:
        return it.net + it.tax, it.tax
    step = Decimal(1).scaleb(-c.places)
    net = (it.net * quantity / item.quantity).quantize(step)
    tax = (it.tax * quantity / item.quantity).quantize(step)
    return net + tax, tax


def products(o: Order) -> list[dict[str, Any]]:
    c, _ = _placed(o)
    return [product(o, i) for i in c.items]


def _shipping_cost(o: Order, k: Consignment) -> dict[str, Any]:
    _, t = _placed(o)
    s = t.consignments[k.id]
    return {
        "base_cost": money(s.before_discount),
        "cost_ex_tax": money(s.cost),
        "cost_inc_tax": money(s.cost),
        "cost_tax": money(ZERO),
        "cost_tax_class_id": 0,
        "base_handling_cost": money(ZERO),
        "handling_cost_ex_tax": money(ZERO),
        "handling_cost_inc_tax": money(ZERO),
        "handling_cost_tax": money(ZERO),
        "handling_cost_tax_class_id": 0,
    }


def _shipped(o: Order) -> list[Consignment]:
    c, _ = _placed(o)
    return [k for k in c.consignments if k.address is not None and k.pickup_method_id is None]


def shipping_address(o: Order, k: Consignment, base: str) -> dict[str, Any]:
    assert k.address is not None
    address_id = o.v2_ids[k.id]
    return {
        "id": address_id,
        "order_id": o.id,
        **_address_fields(k.address),
        "items_total": sum(k.lines.values()),
        "items_shipped": 0,
        "shipping_method": k.selected.description if k.selected else "None",
        **_shipping_cost(o, k),
        "shipping_zone_id": 1,
        "shipping_zone_name": "Everywhere",
        "shipping_quotes": _resource(base, f"/orders/{o.id}/shipping_addresses/{address_id}/shipping_quotes"),
        "form_fields": _form_fields(k.address),
    }


def shipping_addresses(o: Order, base: str) -> list[dict[str, Any]]:
    return [shipping_address(o, k, base) for k in _shipped(o)]


def _line_items(o: Order, base: str, item_ids: list[str], full: bool) -> list[dict[str, Any]]:
    c, _ = _placed(o)
    if full:
        return [product(o, i) for i in c.items if i.id in item_ids]
    return [_resource(base, f"/orders/{o.id}/products/{o.v2_ids[i]}") for i in item_ids]


def consignments(o: Order, base: str, full: bool = False) -> dict[str, Any]:
    """The order's consignments by kind: shipping, pickups, downloads (digital items)."""
    c, _ = _placed(o)
    shipping = []
    for k in _shipped(o):
        entry = shipping_address(o, k, base)
        entry.pop("order_id")
        for name, value in _shipping_cost(o, k).items():  # numbers in consignments (published)
            entry[name] = value if isinstance(value, int) else as_number(Decimal(value))
        entry["line_items"] = _line_items(o, base, list(k.lines), full)
        entry["shipping_quotes"] = _resource(
            base, f"/orders/{o.id}/consignments/shipping/{entry['id']}/shipping_quotes"
        )
        shipping.append(entry)
    pickups = [
        {
            "id": o.v2_ids[k.id],
            "pickup_method_id": k.pickup_method_id,
            "pickup_method_display_name": "Store pickup",
            "collection_instructions": "",
            "collection_time_description": "",
            "location": {},
            "line_items": _line_items(o, base, list(k.lines), full),
        }
        for k in c.consignments
        if k.pickup_method_id is not None
    ]
    digital = [i.id for i in c.items if i.kind == "digital"]
    downloads = (
        [
            {
                "recipient_email": c.billing.email if c.billing else "",
                "line_items": _line_items(o, base, digital, full),
            }
        ]
        if digital
        else []
    )
    return {
        "pickups": pickups,
        "shipping": shipping,
        "downloads": downloads,
        "email": {"gift_certificates": []},
    }


def coupons(o: Order) -> list[dict[str, Any]]:
    c, t = _placed(o)
    return [
        {
            "id": n,
            "coupon_id": coupon.id,
            "order_id": o.id,
            "code": coupon.code,
            "amount": as_number(coupon.value),  # numbers here, unlike the rest of v2 (published)
            "type": COUPON_TYPE_CODES[coupon.type],
            "discount": as_number(t.coupons.get(coupon.id, ZERO)),
        }
        for n, coupon in enumerate(c.coupons, start=1)
    ]


def taxes(o: Order, rate: Decimal, name: str, details: bool) -> list[dict[str, Any]]:
    """One row per taxed product (the fake has one flat rate on items; shipping and fees are untaxed)."""
    c, t = _placed(o)
    rows: list[dict[str, Any]] = []
    for item in c.items:
        tax = t.items[item.id].tax
        if tax <= 0:
            continue
        where = _consignment_of(c, item)
        row: dict[str, Any] = {
            "id": len(rows) + 1,
            "order_id": o.id,
            "order_address_id": o.v2_ids[where.id] if where is not None and where.address is not None else 0,
            "tax_rate_id": 1,
            "tax_class_id": 0,
            "name": name,
            "class": "Default Tax Class",
            "rate": money(rate * 100),
            "priority": 0,
            "priority_amount": money(tax),
            "line_amount": money(tax),
            "order_pickup_method_id": where.pickup_method_id or 0 if where is not None else 0,
        }
        if details:
            row["order_product_id"] = str(o.v2_ids[item.id])  # text here (published)
            row["line_item_type"] = "item"
        rows.append(row)
    return rows


def fees(o: Order) -> dict[str, Any]:
    c, _ = _placed(o)
    return {
        "fees": [
            {
                "id": o.v2_ids[f.id],
                "type": "custom_fee",
                "display_name_customer": f.display_name,
                "display_name_merchant": f.name,
                "source": f.source,
                "base_cost": money(f.cost),
                "cost_ex_tax": money(f.cost),
                "cost_inc_tax": money(f.cost),
                "cost_tax": money(ZERO),
                "tax_class_id": f.tax_class_id,
            }
            for f in c.fees
        ]
    }


# -- v3 ------------------------------------------------------------------------------------------


def transaction(t: Transaction) -> dict[str, Any]:
    p = t.payment
    body: dict[str, Any] = {
        "id": t.id,
        "order_id": str(t.order_id),
        "event": t.event,
        "method": "credit_card",
        "amount": as_number(t.amount),
        "currency": t.currency,
        "gateway": GATEWAY,
        "gateway_transaction_id": p.id,
        "payment_method_id": CARD_METHOD_ID,
        "date_created": t.created_time,
        "test": True,
        "status": "ok",
        "fraud_review": False,
        "offline": None,
        "custom": None,
        "credit_card": {"card_type": CARD_TYPES.get(p.brand, "visa"), "card_iin": "", "card_last4": p.last_4},
    }
    if t.reference_transaction_id is not None:  # what a capture, void or refund acts on
        body["reference_transaction_id"] = t.reference_transaction_id
    return body


def refund(r: RefundRecord) -> dict[str, Any]:
    return {
        "id": r.id,
        "order_id": r.order_id,
        "user_id": 0,
        "created": r.created_time,
        "reason": r.reason,
        "total_amount": as_number(r.total_amount),
        "total_tax": as_number(r.total_tax),
        "uses_merchant_override_values": False,
        "items": [dict(i) for i in r.items],
        "payments": [dict(p) for p in r.payments],
    }
