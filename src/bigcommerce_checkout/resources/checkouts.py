"""Server-to-server checkout resources, one class per section of the API."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from bigcommerce_checkout_api.api.server_billing_address import (
    add_checkout_billing_address,
    update_checkout_billing_address,
)
from bigcommerce_checkout_api.api.server_checkouts import get_checkout
from bigcommerce_checkout_api.api.server_consignments import (
    add_checkout_consignment,
    delete_checkout_consignment,
    update_checkout_consignment,
)
from bigcommerce_checkout_api.api.server_coupons import add_checkout_coupon, delete_checkout_coupon
from bigcommerce_checkout_api.api.server_orders import create_order
from bigcommerce_checkout_api.models import (
    AddCheckoutConsignmentInclude,
    BillingAddressRequest,
    Checkout,
    CheckoutResponse,
    ConsignmentCreate,
    ConsignmentUpdate,
    CouponRequest,
    OrderRef,
    OrderResponse,
    UpdateCheckoutConsignmentInclude,
    VersionOnly,
)
from bigcommerce_checkout_api.types import UNSET, Unset

from .._inputs import include_value, model, optional_version, path_id

if TYPE_CHECKING:
    from .._base_client import SyncAPIClient

CheckoutInclude = Literal[
    "cart.line_items.physical_items.options",
    "cart.line_items.digital_items.options",
    "consignments.available_shipping_options",
    "promotions.banners",
]
CHECKOUT_INCLUDES: tuple[str, ...] = CheckoutInclude.__args__  # type: ignore[attr-defined]


def _checkout(envelope: CheckoutResponse) -> Checkout:
    if isinstance(envelope.data, Unset):
        raise KeyError("data")
    return envelope.data


def _order(envelope: OrderResponse) -> OrderRef:
    if isinstance(envelope.data, Unset):
        raise KeyError("data")
    return envelope.data


def _parse_checkout(body: Any) -> Checkout:
    return _checkout(CheckoutResponse.from_dict(body))


def _version(version: int | None) -> int | Unset:
    checked = optional_version(version)
    return UNSET if checked is None else checked


def _version_body(version: int | None) -> VersionOnly | Unset:
    """The optional `{"version": n}` guard; no body at all when no version is given."""
    checked = _version(version)
    return UNSET if isinstance(checked, Unset) else VersionOnly(version=checked)


class _Resource:
    def __init__(self, api: SyncAPIClient, store_hash: str) -> None:
        self._api = api
        self._store_hash = store_hash


class BillingAddress(_Resource):
    """`/checkouts/{checkoutId}/billing-address`: the address and email the order is billed to."""

    def add(self, checkout_id: str, address: BillingAddressRequest | Mapping[str, Any]) -> Checkout:
        """Set the billing address; `email` and `country_code` are required."""
        kwargs = add_checkout_billing_address._get_kwargs(
            self._store_hash,
            path_id(checkout_id, "checkout_id"),
            body=model(BillingAddressRequest, address, "address"),
        )
        return self._api.request(kwargs, _parse_checkout)

    def update(
        self, checkout_id: str, address_id: int | str, address: BillingAddressRequest | Mapping[str, Any]
    ) -> Checkout:
        """Change the billing address whose id is `checkout.billing_address.id`."""
        body = model(BillingAddressRequest, address, "address")
        kwargs = update_checkout_billing_address._get_kwargs(
            self._store_hash,
            path_id(checkout_id, "checkout_id"),
            int(path_id(address_id, "address_id")),
            body=body,
        )
        return self._api.request(kwargs, _parse_checkout)


class Consignments(_Resource):
    """`/checkouts/{checkoutId}/consignments`: where physical items ship and how."""

    def add(
        self,
        checkout_id: str,
        consignments: Sequence[ConsignmentCreate | Mapping[str, Any]],
        *,
        include_shipping_options: bool = False,
    ) -> Checkout:
        """Create consignments; ask for `include_shipping_options` to get the quotes back."""
        if isinstance(consignments, Mapping | str) or not isinstance(consignments, Sequence):
            raise TypeError("consignments must be a list of consignments")
        if not consignments:
            raise ValueError("consignments must not be empty")
        kwargs = add_checkout_consignment._get_kwargs(
            self._store_hash,
            path_id(checkout_id, "checkout_id"),
            body=[model(ConsignmentCreate, c, f"consignments[{i}]") for i, c in enumerate(consignments)],
            include=AddCheckoutConsignmentInclude.CONSIGNMENTS_AVAILABLE_SHIPPING_OPTIONS
            if include_shipping_options
            else UNSET,
        )
        return self._api.request(kwargs, _parse_checkout)

    def update(
        self,
        checkout_id: str,
        consignment_id: str,
        update: ConsignmentUpdate | Mapping[str, Any],
        *,
        include_shipping_options: bool = False,
    ) -> Checkout:
        """Change a consignment's address and items, or select its shipping option (separately)."""
        kwargs = update_checkout_consignment._get_kwargs(
            self._store_hash,
            path_id(checkout_id, "checkout_id"),
            path_id(consignment_id, "consignment_id"),
            body=model(ConsignmentUpdate, update, "update"),
            include=UpdateCheckoutConsignmentInclude.CONSIGNMENTS_AVAILABLE_SHIPPING_OPTIONS
            if include_shipping_options
            else UNSET,
        )
        return self._api.request(kwargs, _parse_checkout)

    def delete(self, checkout_id: str, consignment_id: str, *, version: int | None = None) -> Checkout:
        """Remove a consignment."""
        kwargs = delete_checkout_consignment._get_kwargs(
            self._store_hash,
            path_id(checkout_id, "checkout_id"),
            path_id(consignment_id, "consignment_id"),
            body=_version_body(version),
        )
        return self._api.request(kwargs, _parse_checkout)


class Coupons(_Resource):
    """`/checkouts/{checkoutId}/coupons`: coupon codes on the checkout."""

    def add(self, checkout_id: str, coupon_code: str, *, version: int | None = None) -> Checkout:
        """Apply a coupon code (at most 50 characters)."""
        if not isinstance(coupon_code, str) or not coupon_code.strip() or len(coupon_code) > 50:
            raise ValueError("coupon_code must be a non-empty string of at most 50 characters")
        body = CouponRequest(coupon_code=coupon_code, version=_version(version))
        kwargs = add_checkout_coupon._get_kwargs(
            self._store_hash, path_id(checkout_id, "checkout_id"), body=body
        )
        return self._api.request(kwargs, _parse_checkout)

    def delete(self, checkout_id: str, coupon_code: str, *, version: int | None = None) -> Checkout:
        """Take a coupon off; pass the code itself, not the coupon's numeric id."""
        kwargs = delete_checkout_coupon._get_kwargs(
            self._store_hash,
            path_id(checkout_id, "checkout_id"),
            path_id(coupon_code, "coupon_code"),
            body=_version_body(version),
        )
        return self._api.request(kwargs, _parse_checkout)


class Orders(_Resource):
    """`/checkouts/{checkoutId}/orders`: turn the checkout into an order."""

    def create(self, checkout_id: str) -> OrderRef:
        """Create an order (status Incomplete). Never retried: every call makes a new order."""
        kwargs = create_order._get_kwargs(self._store_hash, path_id(checkout_id, "checkout_id"))
        return self._api.request(
            kwargs, lambda body: _order(OrderResponse.from_dict(body)), creates_order=True
        )


class Checkouts(_Resource):
    """`/checkouts/{checkoutId}` and its sub-resources."""

    def __init__(self, api: SyncAPIClient, store_hash: str) -> None:
        super().__init__(api, store_hash)
        self.billing_address = BillingAddress(api, store_hash)
        self.consignments = Consignments(api, store_hash)
        self.coupons = Coupons(api, store_hash)
        self.orders = Orders(api, store_hash)

    def get(self, checkout_id: str, *, include: Iterable[CheckoutInclude] = ()) -> Checkout:
        """Fetch a checkout; `include` expands shipping options, product options or banners."""
        joined = include_value(include, CHECKOUT_INCLUDES)
        kwargs = get_checkout._get_kwargs(
            self._store_hash, path_id(checkout_id, "checkout_id"), include=UNSET if joined is None else joined
        )
        return self._api.request(kwargs, _parse_checkout)


__all__ = ["CHECKOUT_INCLUDES", "CheckoutInclude", "Checkouts"]
