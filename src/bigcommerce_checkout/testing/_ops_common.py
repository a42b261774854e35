"""Checkout changes both APIs make, in API-neutral terms (snake_case field names in errors).

The storefront handlers translate error field names to camelCase; the rules live here once.
Every successful change ends with `checkout.touch()`, which bumps the version.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ._errors import ApiError, conflict, not_found, unprocessable
from ._money import MAX_AMOUNT, rounded, to_decimal
from ._state import (
    ADDRESS_FIELDS,
    Address,
    Checkout,
    Consignment,
    CustomFields,
    SelectedShipping,
    Store,
    short_id,
)

EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
COUNTRY = re.compile(r"[A-Z]{2}")
MAX_MESSAGE = 2000
MAX_QUANTITY = 10**6


def check_version(checkout: Checkout, version: Any) -> None:
    """409 when the write carries a version the checkout has moved past."""
    value = getattr(version, "root", version)
    if value is not None and value != checkout.version:
        raise conflict()


def money(value: float | int | None, name: str, places: int) -> Decimal:
    """A request amount: finite, not negative, not absurd; rounded to the currency."""
    try:
        result = to_decimal(value if value is not None else 0)
    except (ValueError, ArithmeticError):
        raise unprocessable("Invalid amount", **{name: "must be a finite number"}) from None
    if result < 0:
        raise unprocessable("Invalid amount", **{name: "must not be negative"})
    if result > MAX_AMOUNT:
        raise unprocessable("Invalid amount", **{name: f"must be at most {MAX_AMOUNT}"})
    return rounded(result, places)


def address_fields(fields: Mapping[str, Any], where: str, *, require_email: bool) -> dict[str, str]:
    """The address fields that were sent (None dropped), with email and country checked."""
    result = {k: fields[k] for k in ADDRESS_FIELDS if fields.get(k) is not None}
    email = result.get("email", "")
    if require_email and not email:
        raise unprocessable("Invalid address", **{f"{where}email": "is required"})
    if email and not EMAIL.fullmatch(email):
        raise unprocessable("Invalid address", **{f"{where}email": "is not a valid email address"})
    if not COUNTRY.fullmatch(result.get("country_code", "")):
        raise unprocessable(
            "Invalid address", **{f"{where}country_code": "must be an ISO 3166-1 alpha-2 code such as US"}
        )
    return result


def set_customer_message(checkout: Checkout, message: str | None, version: Any) -> None:
    check_version(checkout, version)
    if message is None:
        raise unprocessable("Invalid customer message", customer_message="is required")
    if len(message) > MAX_MESSAGE:
        raise unprocessable(
            "Invalid customer message", customer_message=f"must be at most {MAX_MESSAGE} characters"
        )
    checkout.message = message
    checkout.touch()


def set_billing(
    store: Store,
    checkout: Checkout,
    fields: dict[str, str],
    custom_fields: CustomFields,
    version: Any,
    *,
    address_id: str | None = None,
) -> None:
    """Add (address_id None) or replace the billing address; its email becomes the cart's email."""
    check_version(checkout, version)
    if address_id is not None and (checkout.billing is None or checkout.billing.id != address_id):
        raise not_found("billing address")
    keep = checkout.billing.id if checkout.billing is not None else store.address_id()
    checkout.billing = Address(keep, fields, custom_fields)
    if fields.get("email"):
        checkout.email = fields["email"]
    checkout.touch()


@dataclass
class ConsignmentChange:
    """A consignment to create, or the change to make to one."""

    address: dict[str, str] | None = None
    custom_fields: CustomFields = field(default_factory=list)
    should_save: bool = False
    lines: list[tuple[str, int]] | None = None
    shipping_option_id: str | None = None
    pickup_method_id: int | None = None
    custom_shipping: tuple[Decimal, str] | None = None

    @property
    def moves(self) -> bool:
        return self.address is not None or self.lines is not None


def add_consignments(store: Store, checkout: Checkout, changes: Sequence[ConsignmentChange]) -> None:
    if not changes:
        raise unprocessable("No consignments", consignments="send at least one consignment")
    created: list[Consignment] = []
    for n, change in enumerate(changes):
        where = f"[{n}]."
        if change.lines is None or not change.lines:
            raise unprocessable(
                "Invalid consignment", **{f"{where}line_items": "at least one line item is required"}
            )
        if change.address is None and change.pickup_method_id is None:
            raise unprocessable(
                "Invalid consignment", **{f"{where}address": "an address or a pickup option is required"}
            )
        consignment = Consignment(short_id(), None, {})
        checkout.consignments.append(consignment)
        created.append(consignment)
        try:
            _move(store, checkout, consignment, change, where)
            if change.shipping_option_id is not None:
                _select(store, consignment, change.shipping_option_id, where)
        except ApiError:
            for c in created:
                checkout.consignments.remove(c)
            raise
    checkout.touch()


def update_consignment(
    store: Store, checkout: Checkout, consignment_id: str, change: ConsignmentChange
) -> None:
    consignment = checkout.consignment(consignment_id)
    if consignment is None:
        raise not_found("consignment")
    chosen = [change.shipping_option_id, change.pickup_method_id, change.custom_shipping]
    picks = sum(1 for c in chosen if c is not None)
    if change.moves and picks:
        raise unprocessable(
            "Select a shipping option in a request of its own",
            shipping_option_id="cannot be sent with an address or line items",
        )
    if not change.moves and not picks:
        raise unprocessable(
            "Nothing to change", consignment="send an address, line items or a shipping option"
        )
    if picks > 1:
        raise unprocessable("Choose one way to ship", shipping_option_id="send one of the shipping choices")
    if change.moves:
        _move(store, checkout, consignment, change, "")
    elif change.shipping_option_id is not None:
        _select(store, consignment, change.shipping_option_id, "")
    elif change.pickup_method_id is not None:
        _pickup(store, consignment, change.pickup_method_id, "")
    elif change.custom_shipping is not None:
        price, description = change.custom_shipping
        consignment.selected = SelectedShipping("custom", "custom", description or "Custom shipping", price)
    checkout.touch()


def delete_consignment(checkout: Checkout, consignment_id: str) -> None:
    consignment = checkout.consignment(consignment_id)
    if consignment is None:
        raise not_found("consignment")
    checkout.consignments.remove(consignment)
    checkout.touch()


def _move(
    store: Store, checkout: Checkout, consignment: Consignment, change: ConsignmentChange, where: str
) -> None:
    """Set the address and/or line items; either change voids the selected shipping option."""
    if change.lines is not None:
        lines: dict[str, int] = {}
        for n, (item_id, quantity) in enumerate(change.lines):
            key = f"{where}line_items[{n}]"
            item = checkout.item(item_id)
            if item is None or item.kind != "physical":
                raise unprocessable(
                    "Invalid line item", **{f"{key}.item_id": "is not a physical item of this cart"}
                )
            if item_id in lines:
                raise unprocessable("Invalid line item", **{f"{key}.item_id": "is listed twice"})
            free = item.quantity - checkout.assigned(item_id, besides=consignment)
            if quantity < 1 or quantity > free:
                why = (
                    f"must be from 1 to {free}, the units not yet assigned"
                    if free
                    else f"cannot be assigned: all {item.quantity} units are in other consignments already"
                    " (change or delete those first)"
                )
                raise unprocessable("Invalid line item", **{f"{key}.quantity": why})
            lines[item_id] = quantity
        consignment.lines = lines
    if change.address is not None:
        consignment.address = Address(
            consignment.id, change.address, change.custom_fields, change.should_save
        )
    if change.pickup_method_id is not None:
        _pickup(store, consignment, change.pickup_method_id, where)
    consignment.selected = None


def _select(store: Store, consignment: Consignment, option_id: str, where: str) -> None:
    option = next((o for o in store.available_options(consignment) if o.id == option_id), None)
    if option is None:
        raise unprocessable(
            "Invalid shipping option",
            **{f"{where}shipping_option_id": "is not one of the consignment's options"},
        )
    consignment.selected = option
    consignment.pickup_method_id = None


def _pickup(store: Store, consignment: Consignment, method_id: int, where: str) -> None:
    if method_id not in store.pickup_methods:
        raise unprocessable(
            "Invalid pickup option", **{f"{where}pickup_option": "is not a pickup method of this store"}
        )
    consignment.pickup_method_id = method_id
    consignment.selected = None


def add_coupon(store: Store, checkout: Checkout, code: str | None, version: Any) -> None:
    check_version(checkout, version)
    if not code:
        raise unprocessable("Invalid coupon", coupon_code="is required")
    coupon = store.coupons.get(code.lower())
    if coupon is None:
        raise unprocessable("Invalid coupon", coupon_code="is not a valid coupon code")
    if any(c.id == coupon.id for c in checkout.coupons):
        raise unprocessable("Invalid coupon", coupon_code="is already applied to this checkout")
    checkout.coupons.append(coupon)
    checkout.touch()


def delete_coupon(checkout: Checkout, code: str, version: Any) -> None:
    check_version(checkout, version)
    coupon = next((c for c in checkout.coupons if c.code.lower() == code.lower()), None)
    if coupon is None:
        raise not_found("coupon")
    checkout.coupons.remove(coupon)
    checkout.touch()


def unassign(checkout: Checkout, item_id: str) -> None:
    """Take an item out of every consignment (its quantity changed or it is gone)."""
    for consignment in list(checkout.consignments):
        if item_id in consignment.lines:
            del consignment.lines[item_id]
            consignment.selected = None
            if not consignment.lines:
                checkout.consignments.remove(consignment)


# What an address needs before an order can use it: the list `checkouts.v3.yml` gives under add
# consignment, less `country`, the country's name, which no address request can send (BigCommerce
# derives it from `country_code`; the checkout SDK's request body has no `country` either).
# `postal_code` and `state_or_province` depend on the country there, so the fake does not ask.
# The billing address needs the email too (the order's); a shipping address made through the
# storefront has none (the SDK's address request has no email), and such checkouts become orders.
ORDER_ADDRESS_FIELDS = ("first_name", "last_name", "address1", "city", "country_code")


def _incomplete(
    address: Address, where: str, needed: tuple[str, ...] = ORDER_ADDRESS_FIELDS
) -> dict[str, str]:
    return {
        f"{where}.{name}": "is required to create an order" for name in needed if not address.fields.get(name)
    }


def order_problems(checkout: Checkout) -> dict[str, str]:
    """Why the checkout cannot become an order yet; empty when it can."""
    problems = {}
    if checkout.billing is None:
        problems["billing_address"] = "a billing address is required"
    else:
        problems.update(_incomplete(checkout.billing, "billing_address", (*ORDER_ADDRESS_FIELDS, "email")))
    for n, consignment in enumerate(checkout.consignments):
        if consignment.address is not None and consignment.pickup_method_id is None:
            problems.update(_incomplete(consignment.address, f"consignments[{n}].address"))
    unshipped = [
        i.id for i in checkout.items if i.kind == "physical" and checkout.assigned(i.id) < i.quantity
    ]
    if unshipped:
        problems["consignments"] = (
            f"every physical item must be in a consignment; not assigned: {', '.join(unshipped)}"
        )
    unready = [c.id for c in checkout.consignments if not c.ready]
    if unready:
        problems["selected_shipping_option"] = f"consignments without a shipping option: {', '.join(unready)}"
    return problems
