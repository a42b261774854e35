"""The storefront Checkout API (`https://{store_domain}/api/storefront/checkouts`).

BigCommerce documents it for the shopper's own browser session: requests carry the session
cookie and no token, and answers are the checkout itself (camelCase, no `data` envelope).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from bigcommerce_checkout_schemas import (
    StorefrontBillingAddressRequest,
    StorefrontCheckout,
    StorefrontCheckoutUpdate,
    StorefrontConsignmentAddressRequest,
    StorefrontConsignmentCreate,
    StorefrontConsignmentLineItem,
    StorefrontConsignmentUpdate,
    StorefrontCouponRequest,
    StorefrontGiftCertificateRequest,
    StorefrontLineItemUpdate,
    StorefrontSpamProtectionRequest,
)

from .._base_client import Call
from .._inputs import (
    coupon_code,
    include_value,
    non_empty_list,
    non_empty_str,
    optional_int,
    path_id,
    uuid_id,
    version_body,
)
from .._models import decode, encode, to_model
from .._resource import (
    AsyncResource,
    Context,
    Steps,
    SyncResource,
    async_op,
    async_steps,
    lazy_module,
    sync_op,
    sync_steps,
)

if TYPE_CHECKING:
    from bigcommerce_checkout_api.api.storefront_billing_address import (
        storefront_add_checkout_billing_address,
        storefront_update_checkout_billing_address,
    )
    from bigcommerce_checkout_api.api.storefront_checkouts import (
        storefront_get_checkout,
        storefront_update_checkout_customer_message,
    )
    from bigcommerce_checkout_api.api.storefront_consignments import (
        storefront_add_checkout_consignment,
        storefront_delete_checkout_consignment,
        storefront_update_checkout_consignment,
    )
    from bigcommerce_checkout_api.api.storefront_coupons import (
        storefront_add_checkout_coupon,
        storefront_delete_checkout_coupon,
    )
    from bigcommerce_checkout_api.api.storefront_gift_certificates import (
        storefront_add_checkout_gift_certificate,
        storefront_delete_checkout_gift_certificate,
    )
    from bigcommerce_checkout_api.api.storefront_line_items import (
        storefront_delete_checkout_line_item,
        storefront_update_checkout_line_item,
    )
    from bigcommerce_checkout_api.api.storefront_spam_protection import (
        storefront_verify_checkout_spam_protection,
    )
    from bigcommerce_checkout_api.api.storefront_store_credit import (
        storefront_add_checkout_store_credit,
        storefront_remove_checkout_store_credit,
    )
else:  # imported on first use: a client needs few of the generated endpoint modules
    storefront_add_checkout_billing_address = lazy_module(
        "bigcommerce_checkout_api.api.storefront_billing_address.storefront_add_checkout_billing_address"
    )
    storefront_update_checkout_billing_address = lazy_module(
        "bigcommerce_checkout_api.api.storefront_billing_address.storefront_update_checkout_billing_address"
    )
    storefront_get_checkout = lazy_module(
        "bigcommerce_checkout_api.api.storefront_checkouts.storefront_get_checkout"
    )
    storefront_update_checkout_customer_message = lazy_module(
        "bigcommerce_checkout_api.api.storefront_checkouts.storefront_update_checkout_customer_message"
    )
    storefront_add_checkout_consignment = lazy_module(
        "bigcommerce_checkout_api.api.storefront_consignments.storefront_add_checkout_consignment"
    )
    storefront_delete_checkout_consignment = lazy_module(
        "bigcommerce_checkout_api.api.storefront_consignments.storefront_delete_checkout_consignment"
    )
    storefront_update_checkout_consignment = lazy_module(
        "bigcommerce_checkout_api.api.storefront_consignments.storefront_update_checkout_consignment"
    )
    storefront_add_checkout_coupon = lazy_module(
        "bigcommerce_checkout_api.api.storefront_coupons.storefront_add_checkout_coupon"
    )
    storefront_delete_checkout_coupon = lazy_module(
        "bigcommerce_checkout_api.api.storefront_coupons.storefront_delete_checkout_coupon"
    )
    storefront_add_checkout_gift_certificate = lazy_module(
        "bigcommerce_checkout_api.api.storefront_gift_certificates.storefront_add_checkout_gift_certificate"
    )
    storefront_delete_checkout_gift_certificate = lazy_module(
        "bigcommerce_checkout_api.api.storefront_gift_certificates.storefront_delete_checkout_gift_certificate"
    )
    storefront_delete_checkout_line_item = lazy_module(
        "bigcommerce_checkout_api.api.storefront_line_items.storefront_delete_checkout_line_item"
    )
    storefront_update_checkout_line_item = lazy_module(
        "bigcommerce_checkout_api.api.storefront_line_items.storefront_update_checkout_line_item"
    )
    storefront_verify_checkout_spam_protection = lazy_module(
        "bigcommerce_checkout_api.api.storefront_spam_protection.storefront_verify_checkout_spam_protection"
    )
    storefront_add_checkout_store_credit = lazy_module(
        "bigcommerce_checkout_api.api.storefront_store_credit.storefront_add_checkout_store_credit"
    )
    storefront_remove_checkout_store_credit = lazy_module(
        "bigcommerce_checkout_api.api.storefront_store_credit.storefront_remove_checkout_store_credit"
    )

if TYPE_CHECKING:  # the TypedDicts type the dict bodies; nothing needs them at run time
    from bigcommerce_checkout_schemas import (
        StorefrontBillingAddressRequestParam,
        StorefrontConsignmentAddressRequestParam,
        StorefrontConsignmentCreateParam,
        StorefrontConsignmentUpdateParam,
        StorefrontLineItemUpdateParam,
    )

StorefrontInclude = Literal[
    "cart.lineItems.physicalItems.options",
    "cart.lineItems.digitalItems.options",
    "cart.lineItems.physicalItems.categoryNames",
    "cart.lineItems.digitalItems.categoryNames",
    "cart.lineItems.customItems.categoryNames",
    "customer",
    "customer.customerGroup",
    "payments",
    "promotions",
    "consignments.availableShippingOptions",
    "consignments.availablePickupOptions",
]
STOREFRONT_INCLUDES: tuple[str, ...] = StorefrontInclude.__args__  # type: ignore[attr-defined]
CheckoutId = str | uuid.UUID


_checkout = decode(StorefrontCheckout)


def _call(kwargs: Mapping[str, Any]) -> Call[StorefrontCheckout]:
    return Call(kwargs, _checkout)


def _id(checkout_id: CheckoutId) -> uuid.UUID:
    return uuid_id(checkout_id, "checkout_id")


def get(
    _: Context, checkout_id: CheckoutId, /, *, include: Iterable[StorefrontInclude] = ()
) -> Call[StorefrontCheckout]:
    """Fetch the shopper's checkout; `include` expands options, customer, promotions, quotes..."""
    return _call(
        storefront_get_checkout._get_kwargs(
            _id(checkout_id), include=include_value(include, STOREFRONT_INCLUDES)
        )
    )


def update_customer_message(
    _: Context, checkout_id: CheckoutId, /, customer_message: str, *, version: int | None = None
) -> Call[StorefrontCheckout]:
    """Set the shopper's note to the merchant."""
    if not isinstance(customer_message, str):
        raise TypeError("customer_message must be a string")
    body = encode(
        StorefrontCheckoutUpdate(customer_message=customer_message, version=optional_int(version, "version"))
    )
    return _call(storefront_update_checkout_customer_message._get_kwargs(_id(checkout_id), body=body))


def update_line_item(
    _: Context,
    checkout_id: CheckoutId,
    cart_id: CheckoutId,
    item_id: str,
    /,
    update: StorefrontLineItemUpdate | StorefrontLineItemUpdateParam,
) -> Call[StorefrontCheckout]:
    """Change a line item's quantity (or a gift certificate's details)."""
    body = encode(to_model(StorefrontLineItemUpdate, update, "update"))
    kwargs = storefront_update_checkout_line_item._get_kwargs(
        _id(checkout_id), uuid_id(cart_id, "cart_id"), path_id(item_id, "item_id"), body=body
    )
    return _call(kwargs)


def delete_line_item(
    _: Context, checkout_id: CheckoutId, cart_id: CheckoutId, item_id: str, /
) -> Call[StorefrontCheckout]:
    """Remove a line item from the cart behind the checkout."""
    kwargs = storefront_delete_checkout_line_item._get_kwargs(
        _id(checkout_id), uuid_id(cart_id, "cart_id"), path_id(item_id, "item_id")
    )
    return _call(kwargs)


def add_billing_address(
    _: Context,
    checkout_id: CheckoutId,
    /,
    address: StorefrontBillingAddressRequest | StorefrontBillingAddressRequestParam,
) -> Call[StorefrontCheckout]:
    """Set the billing address (and the shopper's email)."""
    body = encode(to_model(StorefrontBillingAddressRequest, address, "address"))
    return _call(storefront_add_checkout_billing_address._get_kwargs(_id(checkout_id), body=body))


def update_billing_address(
    _: Context,
    checkout_id: CheckoutId,
    address_id: str,
    /,
    address: StorefrontBillingAddressRequest | StorefrontBillingAddressRequestParam,
) -> Call[StorefrontCheckout]:
    """Change the billing address whose id is `billingAddress.id`."""
    body = encode(to_model(StorefrontBillingAddressRequest, address, "address"))
    kwargs = storefront_update_checkout_billing_address._get_kwargs(
        _id(checkout_id), path_id(address_id, "address_id"), body=body
    )
    return _call(kwargs)


def add_consignments(
    _: Context,
    checkout_id: CheckoutId,
    /,
    consignments: Sequence[StorefrontConsignmentCreate | StorefrontConsignmentCreateParam],
    *,
    include: Iterable[StorefrontInclude] = (),
) -> Call[StorefrontCheckout]:
    """Create consignments (address + items)."""
    body = encode(
        [
            to_model(StorefrontConsignmentCreate, c, f"consignments[{i}]")
            for i, c in enumerate(non_empty_list(consignments, "consignments"))
        ]
    )
    kwargs = storefront_add_checkout_consignment._get_kwargs(
        _id(checkout_id), body=body, include=include_value(include, STOREFRONT_INCLUDES)
    )
    return _call(kwargs)


def update_consignment(
    _: Context,
    checkout_id: CheckoutId,
    consignment_id: str,
    /,
    update: StorefrontConsignmentUpdate | StorefrontConsignmentUpdateParam,
    *,
    include: Iterable[StorefrontInclude] = (),
) -> Call[StorefrontCheckout]:
    """Change address and items, or select a shipping option."""
    body = encode(to_model(StorefrontConsignmentUpdate, update, "update"))
    kwargs = storefront_update_checkout_consignment._get_kwargs(
        _id(checkout_id),
        path_id(consignment_id, "consignment_id"),
        body=body,
        include=include_value(include, STOREFRONT_INCLUDES),
    )
    return _call(kwargs)


def delete_consignment(
    _: Context, checkout_id: CheckoutId, consignment_id: str, /, *, version: int | None = None
) -> Call[StorefrontCheckout]:
    """Remove a consignment."""
    kwargs = storefront_delete_checkout_consignment._get_kwargs(
        _id(checkout_id), path_id(consignment_id, "consignment_id"), body=version_body(version)
    )
    return _call(kwargs)


def ship_all_to(
    ctx: Context,
    checkout_id: CheckoutId,
    /,
    address: StorefrontConsignmentAddressRequest | StorefrontConsignmentAddressRequestParam,
    *,
    include: Iterable[StorefrontInclude] = (),
) -> Steps[StorefrontCheckout]:
    """Ship every physical item, in its full quantity, to one address (a single-address checkout).

    What BigCommerce's JS checkout SDK does for its shipping address step: the checkout is read,
    then its consignment is created, or its only consignment gets this address and all the items.
    The write carries the version read, so a checkout changed in between answers 409
    (`ConflictError`) rather than shipping a stale list of items. A checkout with several
    consignments is refused (`ValueError`, nothing written): change those with `update`.
    """
    checked = to_model(StorefrontConsignmentAddressRequest, address, "address")
    includes = tuple(include)
    include_value(includes, STOREFRONT_INCLUDES)
    _id(checkout_id)
    checkout: StorefrontCheckout = yield get(ctx, checkout_id)
    items = [
        StorefrontConsignmentLineItem(item_id=item.id, quantity=item.quantity)
        for item in checkout.cart.line_items.physical_items
    ]
    if not items:
        raise ValueError("the checkout has no physical items to ship (nothing was written)")
    if len(checkout.consignments) > 1:
        raise ValueError(
            f"the checkout already ships to {len(checkout.consignments)} addresses; change its "
            "consignments one by one with consignments.update() (nothing was written)"
        )
    result: StorefrontCheckout
    if not checkout.consignments:
        create = StorefrontConsignmentCreate(address=checked, line_items=items, version=checkout.version)
        result = yield add_consignments(ctx, checkout_id, [create], include=includes)
        return result
    update = StorefrontConsignmentUpdate(address=checked, line_items=items, version=checkout.version)
    consignment_id = checkout.consignments[0].id
    result = yield update_consignment(ctx, checkout_id, consignment_id, update, include=includes)
    return result


def select_shipping_option(
    ctx: Context,
    checkout_id: CheckoutId,
    option_id: str,
    /,
    *,
    include: Iterable[StorefrontInclude] = (),
) -> Steps[StorefrontCheckout]:
    """Select a shipping option by its id alone: the consignment that offers it is found for you.

    As `selectShippingOption` of BigCommerce's JS checkout SDK: the caller knows the option the
    shopper picked, not its consignment. The checkout is read with its shipping quotes, then the
    one consignment offering `option_id` is updated. An id that no consignment offers, or that
    several offer, raises `ValueError` before anything is written (then call `update` with the
    consignment's id).
    """
    wanted = non_empty_str(option_id, "option_id")
    includes = tuple(include)
    include_value(includes, STOREFRONT_INCLUDES)
    _id(checkout_id)
    quoted: StorefrontCheckout = yield get(
        ctx, checkout_id, include=["consignments.availableShippingOptions"]
    )
    offering = [
        c.id for c in quoted.consignments if any(o.id == wanted for o in c.available_shipping_options or ())
    ]
    if len(offering) != 1:
        where = "no consignment" if not offering else f"{len(offering)} consignments"
        raise ValueError(
            f"{where} of the checkout offers shipping option {wanted!r}; pass the consignment's id "
            "to consignments.update() instead (nothing was written)"
        )
    update = StorefrontConsignmentUpdate(shipping_option_id=wanted)
    result: StorefrontCheckout = yield update_consignment(
        ctx, checkout_id, offering[0], update, include=includes
    )
    return result


def add_gift_certificate(_: Context, checkout_id: CheckoutId, code: str, /) -> Call[StorefrontCheckout]:
    """Redeem a gift certificate against the checkout."""
    body = encode(
        StorefrontGiftCertificateRequest(gift_certificate_code=path_id(code, "gift_certificate_code"))
    )
    return _call(storefront_add_checkout_gift_certificate._get_kwargs(_id(checkout_id), body=body))


def delete_gift_certificate(_: Context, checkout_id: CheckoutId, code: str, /) -> Call[StorefrontCheckout]:
    """Stop redeeming a gift certificate."""
    kwargs = storefront_delete_checkout_gift_certificate._get_kwargs(
        _id(checkout_id), path_id(code, "gift_certificate_code")
    )
    return _call(kwargs)


def add_coupon(
    _: Context, checkout_id: CheckoutId, code: str, /, *, version: int | None = None
) -> Call[StorefrontCheckout]:
    """Apply a coupon code."""
    body = encode(
        StorefrontCouponRequest(coupon_code=coupon_code(code), version=optional_int(version, "version"))
    )
    return _call(storefront_add_checkout_coupon._get_kwargs(_id(checkout_id), body=body))


def delete_coupon(
    _: Context, checkout_id: CheckoutId, code: str, /, *, version: int | None = None
) -> Call[StorefrontCheckout]:
    """Take a coupon code off."""
    kwargs = storefront_delete_checkout_coupon._get_kwargs(
        _id(checkout_id), path_id(code, "coupon_code"), body=version_body(version)
    )
    return _call(kwargs)


def add_store_credit(_: Context, checkout_id: CheckoutId, /) -> Call[StorefrontCheckout]:
    """Apply the signed-in shopper's store credit."""
    return _call(storefront_add_checkout_store_credit._get_kwargs(_id(checkout_id)))


def remove_store_credit(_: Context, checkout_id: CheckoutId, /) -> Call[StorefrontCheckout]:
    """Stop applying store credit."""
    return _call(storefront_remove_checkout_store_credit._get_kwargs(_id(checkout_id)))


def verify_spam_protection(_: Context, checkout_id: CheckoutId, /, token: str) -> Call[StorefrontCheckout]:
    """Send the reCAPTCHA token the storefront obtained, when the store requires it."""
    body = encode(StorefrontSpamProtectionRequest(token=path_id(token, "token")))
    return _call(storefront_verify_checkout_spam_protection._get_kwargs(_id(checkout_id), body=body))


class LineItems(SyncResource):
    update = sync_op(update_line_item)
    delete = sync_op(delete_line_item)


class AsyncLineItems(AsyncResource):
    update = async_op(update_line_item)
    delete = async_op(delete_line_item)


class BillingAddress(SyncResource):
    add = sync_op(add_billing_address)
    update = sync_op(update_billing_address)


class AsyncBillingAddress(AsyncResource):
    add = async_op(add_billing_address)
    update = async_op(update_billing_address)


class Consignments(SyncResource):
    add = sync_op(add_consignments)
    update = sync_op(update_consignment)
    delete = sync_op(delete_consignment)
    ship_all_to = sync_steps(ship_all_to)
    select_shipping_option = sync_steps(select_shipping_option)


class AsyncConsignments(AsyncResource):
    add = async_op(add_consignments)
    update = async_op(update_consignment)
    delete = async_op(delete_consignment)
    ship_all_to = async_steps(ship_all_to)
    select_shipping_option = async_steps(select_shipping_option)


class GiftCertificates(SyncResource):
    add = sync_op(add_gift_certificate)
    delete = sync_op(delete_gift_certificate)


class AsyncGiftCertificates(AsyncResource):
    add = async_op(add_gift_certificate)
    delete = async_op(delete_gift_certificate)


class Coupons(SyncResource):
    add = sync_op(add_coupon)
    delete = sync_op(delete_coupon)


class AsyncCoupons(AsyncResource):
    add = async_op(add_coupon)
    delete = async_op(delete_coupon)


class StoreCredit(SyncResource):
    add = sync_op(add_store_credit)
    remove = sync_op(remove_store_credit)


class AsyncStoreCredit(AsyncResource):
    add = async_op(add_store_credit)
    remove = async_op(remove_store_credit)


class SpamProtection(SyncResource):
    verify = sync_op(verify_spam_protection)


class AsyncSpamProtection(AsyncResource):
    verify = async_op(verify_spam_protection)


class StorefrontCheckouts(SyncResource):
    """`/api/storefront/checkouts/{checkoutId}` and its sections."""

    get = sync_op(get)
    update_customer_message = sync_op(update_customer_message)

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.line_items = LineItems(*args)
        self.billing_address = BillingAddress(*args)
        self.consignments = Consignments(*args)
        self.gift_certificates = GiftCertificates(*args)
        self.coupons = Coupons(*args)
        self.store_credit = StoreCredit(*args)
        self.spam_protection = SpamProtection(*args)


class AsyncStorefrontCheckouts(AsyncResource):
    """`/api/storefront/checkouts/{checkoutId}` and its sections."""

    get = async_op(get)
    update_customer_message = async_op(update_customer_message)

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.line_items = AsyncLineItems(*args)
        self.billing_address = AsyncBillingAddress(*args)
        self.consignments = AsyncConsignments(*args)
        self.gift_certificates = AsyncGiftCertificates(*args)
        self.coupons = AsyncCoupons(*args)
        self.store_credit = AsyncStoreCredit(*args)
        self.spam_protection = AsyncSpamProtection(*args)
