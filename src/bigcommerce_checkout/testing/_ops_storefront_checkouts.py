"""Handlers of the storefront operations (`/api/storefront/checkouts/...`).

Bodies arrive camelCase as the generated storefront models; they are translated to the neutral
terms of `_ops_common`, and error field names back to camelCase by the HTTP layer.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

import msgspec

import bigcommerce_checkout_schemas as m

from . import _ops_common as common
from . import _render_storefront_checkouts as render
from ._catalog import check_stock
from ._context import Request
from ._errors import ApiError, not_found, unprocessable
from ._money import ZERO, rounded
from ._state import Checkout, CustomFields, GiftWrap, custom_field

_SNAKE = {camel: snake for snake, camel in render.ADDRESS_KEYS.items()}


def _answer(request: Request) -> dict[str, Any]:
    return render.checkout(request.checkout(), request.store, request.include)


def get_checkout(request: Request) -> Any:
    return _answer(request)


def update_customer_message(request: Request) -> Any:
    body: m.StorefrontCheckoutUpdate = request.body
    common.set_customer_message(request.checkout(), body.customer_message, body.version)
    return _answer(request)


def _custom(fields: list[m.StorefrontCustomField] | None) -> CustomFields:
    return [custom_field(f.field_id, f.field_value) for f in fields or []]


def _billing(request: Request, address_id: str | None) -> Any:
    store = request.store
    checkout = request.checkout()
    body: m.StorefrontBillingAddressRequest = request.body
    raw = {_SNAKE[k]: v for k, v in msgspec.to_builtins(body).items() if k in _SNAKE}
    customer = store.customers.get(checkout.customer_id)
    if customer is not None and not raw.get("email"):
        raw["email"] = customer.email
    fields = common.address_fields(raw, "", require_email=True)
    if customer is None and any(c.email.lower() == fields["email"].lower() for c in store.customers.values()):
        raise ApiError(403, "Customer must sign in", errors={"email": "belongs to a customer account"})
    common.set_billing(
        store, checkout, fields, _custom(body.custom_fields), body.version, address_id=address_id
    )
    return _answer(request)


def add_billing_address(request: Request) -> Any:
    return _billing(request, None)


def update_billing_address(request: Request) -> Any:
    return _billing(request, request.params["addressId"])


def _change(
    body: m.StorefrontConsignmentCreate | m.StorefrontConsignmentUpdate, where: str
) -> common.ConsignmentChange:
    address = body.address
    legacy = body.shipping_address
    if address is None and legacy is not None:
        try:
            address = msgspec.convert(legacy, m.StorefrontConsignmentAddressRequest)
        except msgspec.ValidationError:
            raise unprocessable(
                "Invalid address", **{f"{where}shippingAddress": "is not a valid address"}
            ) from None
    fields = None
    if address is not None:
        raw = {_SNAKE[k]: v for k, v in msgspec.to_builtins(address).items() if k in _SNAKE}
        fields = common.address_fields(raw, f"{where}address.", require_email=False)
    pickup = body.pickup_option.pickup_method_id if body.pickup_option else None
    return common.ConsignmentChange(
        address=fields,
        custom_fields=_custom(address.custom_fields if address else None),
        should_save=bool(address.should_save_address) if address else False,
        lines=None if body.line_items is None else [(li.item_id, li.quantity) for li in body.line_items],
        shipping_option_id=body.shipping_option_id,
        pickup_method_id=pickup,
    )


def add_consignments(request: Request) -> Any:
    checkout = request.checkout()
    body: m.StorefrontConsignmentCreateList = request.body
    changes = []
    for n, create in enumerate(body):
        common.check_version(checkout, create.version)
        changes.append(_change(create, f"[{n}]."))
    common.add_consignments(request.store, checkout, changes)
    return _answer(request)


def update_consignment(request: Request) -> Any:
    checkout = request.checkout()
    body: m.StorefrontConsignmentUpdate = request.body
    common.check_version(checkout, body.version)
    common.update_consignment(request.store, checkout, request.params["consignmentId"], _change(body, ""))
    return _answer(request)


def delete_consignment(request: Request) -> Any:
    checkout = request.checkout()
    body: m.VersionOnly | None = request.body
    common.check_version(checkout, body.version if body else None)
    common.delete_consignment(checkout, request.params["consignmentId"])
    return _answer(request)


def _item_checkout(request: Request) -> tuple[Checkout, str]:
    checkout = request.checkout()
    if request.params["cartId"] != checkout.id:
        raise not_found("cart")
    item = checkout.item(request.params["itemId"])
    if item is None:
        raise not_found("line item")
    return checkout, item.id


def update_line_item(request: Request) -> Any:
    checkout, item_id = _item_checkout(request)
    item = checkout.item(item_id)
    assert item is not None
    body: m.StorefrontLineItemUpdate = request.body
    if body.gift_certificate is not None:
        raise unprocessable("Invalid line item", giftCertificate="this line item is not a gift certificate")
    line = body.line_item
    if line is None:
        raise unprocessable("Invalid line item", lineItem="is required")
    for name, value, current in (
        ("productId", line.product_id, item.product_id),
        ("variantId", line.variant_id, item.variant_id),
    ):
        if value is not None and value != current:
            raise unprocessable(
                "Invalid line item",
                **{f"lineItem.{name}": "cannot change; remove the item and add the variant"},
            )
    quantity = item.quantity
    if line.quantity is not None:
        whole = math.isfinite(line.quantity) and line.quantity == int(line.quantity)
        if not whole or not 1 <= line.quantity <= common.MAX_QUANTITY:
            raise unprocessable(
                "Invalid line item", **{"lineItem.quantity": "must be a whole number of at least 1"}
            )
        quantity = int(line.quantity)
    wrap = item.gift_wrap
    if "giftWrapping" in request.raw.get("lineItem", {}):  # null (unwrap) differs from absent (keep)
        wrap = _wrap(request, line.gift_wrapping, item.kind, quantity, checkout.places)
    if quantity > item.quantity:  # more units: the catalogue's stock must hold them
        check_stock(
            request.store, [replace(i, quantity=quantity) if i is item else i for i in checkout.items]
        )
    if quantity != item.quantity:
        common.unassign(checkout, item.id)
    item.quantity = quantity
    item.gift_wrap = wrap
    checkout.touch()
    return _answer(request)


def _wrap(
    request: Request, wrapping: m.StorefrontGiftWrappingInput | None, kind: str, quantity: int, places: int
) -> GiftWrap | None:
    if wrapping is None:
        return None
    if kind != "physical":
        raise unprocessable(
            "Invalid gift wrapping", **{"lineItem.giftWrapping": "only physical items can be wrapped"}
        )
    details = wrapping.wrap_details[:1] if wrapping.wrap_together else wrapping.wrap_details
    if not details or len(details) > quantity:
        raise unprocessable(
            "Invalid gift wrapping", **{"lineItem.giftWrapping.wrapDetails": f"send 1 to {quantity} entries"}
        )
    options = request.store.gift_wrapping
    for n, detail in enumerate(details):
        if detail.id not in options:
            raise unprocessable(
                "Invalid gift wrapping",
                **{f"lineItem.giftWrapping.wrapDetails[{n}].id": "is not a wrapping option"},
            )
    amount = rounded(sum((options[d.id][1] for d in details), ZERO), places)
    return GiftWrap(options[details[0].id][0], details[0].message or "", amount)


def delete_line_item(request: Request) -> Any:
    checkout, item_id = _item_checkout(request)
    if len(checkout.items) == 1:
        raise unprocessable("A checkout needs an item", itemId="is the last item; delete the cart instead")
    common.unassign(checkout, item_id)
    checkout.items = [i for i in checkout.items if i.id != item_id]
    checkout.touch()
    return _answer(request)


def add_coupon(request: Request) -> Any:
    body: m.StorefrontCouponRequest = request.body
    common.add_coupon(request.store, request.checkout(), body.coupon_code, body.version)
    return _answer(request)


def delete_coupon(request: Request) -> Any:
    body: m.VersionOnly | None = request.body
    common.delete_coupon(request.checkout(), request.params["couponCode"], body.version if body else None)
    return _answer(request)


def add_gift_certificate(request: Request) -> Any:
    checkout = request.checkout()
    body: m.StorefrontGiftCertificateRequest = request.body
    code = body.gift_certificate_code
    if not code:
        raise unprocessable("Invalid gift certificate", giftCertificateCode="is required")
    certificate = request.store.gift_certificates.get(code.lower())
    if certificate is None or certificate.balance <= 0:
        raise ApiError(
            404, "Gift certificate not found", errors={"giftCertificateCode": "no usable gift certificate"}
        )
    if any(c.lower() == code.lower() for c in checkout.gift_certificates):
        raise unprocessable("Invalid gift certificate", giftCertificateCode="is already applied")
    checkout.gift_certificates.append(certificate.code)
    checkout.touch()
    return _answer(request)


def delete_gift_certificate(request: Request) -> Any:
    checkout = request.checkout()
    code = request.params["giftCertificateCode"].lower()
    applied = next((c for c in checkout.gift_certificates if c.lower() == code), None)
    if applied is None:
        raise not_found("gift certificate")
    checkout.gift_certificates.remove(applied)
    checkout.touch()
    return _answer(request)


def add_store_credit(request: Request) -> Any:
    checkout = request.checkout()
    customer = request.store.customers.get(checkout.customer_id)
    if customer is None or customer.store_credit <= 0:
        raise unprocessable(
            "No store credit", customer="only a signed-in customer with store credit can use it"
        )
    if not checkout.store_credit_applied:
        checkout.store_credit_applied = True
        checkout.touch()
    return _answer(request)


def remove_store_credit(request: Request) -> Any:
    checkout = request.checkout()
    if checkout.store_credit_applied:
        checkout.store_credit_applied = False
        checkout.touch()
    return _answer(request)


def verify_spam_protection(request: Request) -> Any:
    checkout = request.checkout()
    body: m.StorefrontSpamProtectionRequest = request.body
    if not body.token:
        raise unprocessable("Invalid token", token="is required")  # noqa: S106  # a field name, not a secret
    if checkout.spam_check:
        checkout.spam_check = False
        checkout.touch()
    return _answer(request)
