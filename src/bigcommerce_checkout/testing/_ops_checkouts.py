"""Handlers of the server-to-server operations (`/stores/{store_hash}/v3/checkouts/...`).

Each takes the validated `Request` and returns the JSON to send with 200; errors are raised as
`ApiError`. Bodies arrive as the generated pydantic models of `bigcommerce_checkout_schemas`.
"""

from __future__ import annotations

import copy
import secrets
import uuid
from typing import Any

import msgspec

import bigcommerce_checkout_schemas as m

from . import _ops_common as common
from . import _ops_orders as orders
from . import _render_checkouts as render
from ._context import Request
from ._errors import ApiError, unprocessable
from ._money import ZERO, as_number
from ._state import CustomFields, Fee, Order, custom_field, now_iso
from ._totals import compute

MAX_FEES = 5
SETTINGS_DEFAULTS: dict[str, object] = {
    "custom_checkout_script_url": "",
    "order_confirmation_use_custom_checkout_script": False,
    "custom_order_confirmation_script_url": "",
    "custom_checkout_supports_uco_settings": False,
    "custom_checkout_sri_hash": "",
    "custom_order_confirmation_sri_hash": "",
}
CHANNEL_DEFAULTS: dict[str, object] = {
    "checkout_type": "one_page",
    "guest_checkout_type": "allow_guest",
    "guest_checkout_for_existing_accounts": "allow_guest_checkout",
    "policy_consent": "implicit",
    "order_confirmation_contact_email": "",
    "is_order_terms_and_conditions_enabled": False,
    "order_terms_and_conditions_type": "link",
    "order_terms_and_conditions_link": "",
    "order_terms_and_conditions_textarea": "",
    "should_redirect_to_storefront_for_auth": False,
    **SETTINGS_DEFAULTS,
}


def _answer(request: Request) -> dict[str, Any]:
    return render.envelope(render.checkout(request.checkout(), request.store, request.include))


def get_checkout(request: Request) -> Any:
    return _answer(request)


def update_customer_message(request: Request) -> Any:
    body: m.CheckoutUpdate = request.body
    common.set_customer_message(request.checkout(), body.customer_message, body.version)
    return _answer(request)


def _billing(request: Request, address_id: str | None) -> Any:
    body: m.BillingAddressRequest = request.body
    fields = common.address_fields(msgspec.to_builtins(body), "", require_email=True)
    custom = [custom_field(f.field_id, f.field_value) for f in body.custom_fields or []]
    common.set_billing(request.store, request.checkout(), fields, custom, body.version, address_id=address_id)
    return _answer(request)


def add_billing_address(request: Request) -> Any:
    return _billing(request, None)


def update_billing_address(request: Request) -> Any:
    return _billing(request, request.params["addressId"])


def _address(
    address: m.ConsignmentAddressRequest | m.ConsignmentUpdateAddress | None, where: str
) -> tuple[dict[str, str] | None, CustomFields]:
    if address is None:
        return None, []
    fields = common.address_fields(msgspec.to_builtins(address), f"{where}address.", require_email=True)
    return fields, [custom_field(f.field_id, f.field_value) for f in address.custom_fields or []]


def add_consignments(request: Request) -> Any:
    checkout = request.checkout()
    body: m.ConsignmentCreateList | None = request.body
    creates = body if body is not None else []
    changes = []
    for n, create in enumerate(creates):
        common.check_version(checkout, create.version)
        fields, custom = _address(create.address, f"[{n}].")
        changes.append(
            common.ConsignmentChange(
                address=fields,
                custom_fields=custom,
                lines=None
                if create.line_items is None
                else [(li.item_id, li.quantity) for li in create.line_items],
                pickup_method_id=create.pickup_option.pickup_method_id if create.pickup_option else None,
            )
        )
    common.add_consignments(request.store, checkout, changes)
    return _answer(request)


def update_consignment(request: Request) -> Any:
    checkout = request.checkout()
    body: m.ConsignmentUpdate = request.body
    common.check_version(checkout, body.version)
    fields, custom = _address(body.address, "")
    custom_shipping = None
    if body.custom_shipping is not None:
        price = common.money(body.custom_shipping.price, "custom_shipping.price", checkout.places)
        custom_shipping = (price, body.custom_shipping.description or "")
    pickup = body.pickup_option
    change = common.ConsignmentChange(
        address=fields,
        custom_fields=custom,
        lines=None if body.line_items is None else [(li.item_id, li.quantity) for li in body.line_items],
        shipping_option_id=body.shipping_option_id,
        pickup_method_id=pickup.pickup_method_id if pickup is not None and pickup.pickup_method_id else None,
        custom_shipping=custom_shipping,
    )
    common.update_consignment(request.store, checkout, request.params["consignmentId"], change)
    return _answer(request)


def delete_consignment(request: Request) -> Any:
    checkout = request.checkout()
    body: m.VersionOnly | None = request.body
    common.check_version(checkout, body.version if body else None)
    common.delete_consignment(checkout, request.params["consignmentId"])
    return _answer(request)


def add_coupon(request: Request) -> Any:
    body: m.CouponRequest = request.body
    common.add_coupon(request.store, request.checkout(), body.coupon_code, body.version)
    return _answer(request)


def delete_coupon(request: Request) -> Any:
    body: m.VersionOnly | None = request.body
    common.delete_coupon(request.checkout(), request.params["couponCode"], body.version if body else None)
    return _answer(request)


def add_discount(request: Request) -> Any:
    checkout = request.checkout()
    body: m.DiscountRequest | None = request.body
    cart = body.cart if body is not None else None
    common.check_version(checkout, cart.version if cart else None)
    places = checkout.places
    cart_discounts = [
        common.money(d.discounted_amount, f"cart.discounts[{n}].discounted_amount", places)
        for n, d in enumerate((cart.discounts or []) if cart else [])
    ]
    totals = compute(checkout, request.store)
    item_discounts = {}
    for n, line in enumerate((cart.line_items or []) if cart else []):
        key = f"cart.line_items[{n}]"
        item = checkout.item(line.id or "")
        if item is None:
            raise unprocessable("Invalid discount", **{f"{key}.id": "is not a line item of this cart"})
        if totals.items[item.id].coupon_amount > 0:
            raise unprocessable("Invalid discount", **{f"{key}.id": "the item already has a coupon discount"})
        amount = common.money(line.discounted_amount, f"{key}.discounted_amount", places)
        if amount > totals.items[item.id].extended_list:
            raise unprocessable(
                "Invalid discount", **{f"{key}.discounted_amount": "is more than the item costs"}
            )
        item_discounts[item.id] = amount
    for item in checkout.items:
        item.manual_discount = item_discounts.get(item.id, ZERO)
    checkout.cart_discounts = cart_discounts
    checkout.touch()
    return _answer(request)


def _fee(fee: m.FeeInput, where: str, places: int, fee_id: str) -> Fee:
    if fee.tax_class_id is not None and fee.tax_class_id < 0:
        raise unprocessable("Invalid fee", **{f"{where}.tax_class_id": "must not be negative"})
    return Fee(
        id=fee_id,
        name=fee.name,
        display_name=fee.display_name,
        cost=common.money(fee.cost, f"{where}.cost", places),
        source=fee.source,
        tax_class_id=fee.tax_class_id,
    )


def add_fees(request: Request) -> Any:
    checkout = request.checkout()
    body: m.AddFeesRequest = request.body
    if len(checkout.fees) + len(body.fees) > MAX_FEES:
        raise unprocessable("Too many fees", fees=f"a checkout holds at most {MAX_FEES} fees")
    new = [_fee(f, f"fees[{n}]", checkout.places, str(uuid.uuid4())) for n, f in enumerate(body.fees)]
    checkout.fees.extend(new)
    checkout.touch()
    return _answer(request)


def update_fees(request: Request) -> Any:
    checkout = request.checkout()
    body: m.UpdateFeesRequest = request.body
    index = {f.id: n for n, f in enumerate(checkout.fees)}
    replaced = {}
    for n, fee in enumerate(body.fees):
        if fee.id not in index:
            raise unprocessable("Unknown fee", **{f"fees[{n}].id": "is not a fee of this checkout"})
        replaced[index[fee.id]] = _fee(fee, f"fees[{n}]", checkout.places, fee.id)
    for position, fee_state in replaced.items():
        checkout.fees[position] = fee_state
    checkout.touch()
    return _answer(request)


def delete_fees(request: Request) -> Any:
    checkout = request.checkout()
    body: m.DeleteFeesRequest = request.body
    known = {f.id for f in checkout.fees}
    for n, fee_id in enumerate(body.ids):
        if fee_id not in known:
            raise unprocessable("Unknown fee", **{f"ids[{n}]": "is not a fee of this checkout"})
    checkout.fees = [f for f in checkout.fees if f.id not in set(body.ids)]
    checkout.touch()
    return _answer(request)


def create_order(request: Request) -> Any:
    """Every call makes a new order, as on BigCommerce; the fake keeps them all in `fake.orders`."""
    store = request.store
    checkout = request.checkout()
    problems = common.order_problems(checkout)
    if problems:
        raise ApiError(
            422,
            "The checkout is not ready to become an order",
            detail="Add a billing address with an email, put every physical item in a consignment "
            "with a selected shipping option, and give each address a first and last name, a "
            "street address, a city and a country code.",
            errors=problems,
        )
    order_id = store.next_order_id
    store.next_order_id += 1
    totals = compute(checkout, store)
    store.orders.append(
        Order(
            id=order_id,
            checkout_id=checkout.id,
            grand_total=float(as_number(totals.grand_total)),
            currency=checkout.currency,
            email=checkout.billing.email if checkout.billing else "",
            item_ids=tuple(i.id for i in checkout.items),
            created_time=now_iso(),
            session_token=checkout.session_token,
            placed=copy.deepcopy(checkout),
            customer_id=checkout.customer_id,
            v2_ids=orders.v2_ids(store, checkout),
            totals=totals,
        )
    )
    checkout.order_id = order_id
    checkout.touch()
    return render.envelope({"id": order_id})


def create_token(request: Request) -> Any:
    request.checkout()
    body: m.CheckoutTokenRequest | None = request.body
    if body is not None and body.max_uses is not None and body.max_uses < 1:
        raise unprocessable("Invalid request body", maxUses="must be at least 1")
    return {"checkoutToken": secrets.token_hex(16), "meta": {}}


def get_settings(request: Request) -> Any:
    return render.envelope({**SETTINGS_DEFAULTS, **request.store.settings})


def update_settings(request: Request) -> Any:
    body: m.CheckoutSettings = request.body
    request.store.settings.update(msgspec.to_builtins(body))
    return get_settings(request)


def _channel(request: Request) -> dict[str, object]:
    raw = request.params["channelId"]
    channel = request.store.channels.get(int(raw)) if raw.isdigit() and len(raw) < 10 else None
    if channel is None:
        raise ApiError(422, "Invalid channel id", errors={"channelId": "is not a channel of this store"})
    return channel


def get_channel_settings(request: Request) -> Any:
    return render.envelope({**CHANNEL_DEFAULTS, **_channel(request)})


def update_channel_settings(request: Request) -> Any:
    channel = _channel(request)
    body: m.ChannelCheckoutSettings | None = request.body
    if body is not None:
        channel.update(msgspec.to_builtins(body))
    return render.envelope({**CHANNEL_DEFAULTS, **channel})
