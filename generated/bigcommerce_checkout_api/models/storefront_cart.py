from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storefront_applied_discount import StorefrontAppliedDiscount
    from ..models.storefront_cart_coupon import StorefrontCartCoupon
    from ..models.storefront_currency import StorefrontCurrency
    from ..models.storefront_line_items import StorefrontLineItems


T = TypeVar("T", bound="StorefrontCart")


@_attrs_define
class StorefrontCart:
    """The cart behind the checkout.

    Attributes:
        base_amount (float | Unset): The items' prices before discounts.
        cart_amount (float | Unset): The items after cart-level discounts and coupons, tax included where it applies.
        created_time (str | Unset): When the cart was created (ISO 8601).
        coupons (list[StorefrontCartCoupon] | Unset):
        currency (StorefrontCurrency | Unset): The currency prices are shown in.
        customer_id (int | Unset): The customer who owns the cart; 0 for a guest.
        discount_amount (float | Unset): Order-level discounts only; coupons and product discounts are not in it.
        discounts (list[StorefrontAppliedDiscount] | Unset):
        email (str | Unset): The shopper's email; the one of the billing address.
        id (UUID | Unset): The cart id.
        is_tax_included (bool | Unset): Whether the prices include tax.
        line_items (StorefrontLineItems | Unset): The cart's items, by kind.
        locale (str | Unset): The shopper's locale, for example `en`.
        updated_time (str | Unset): When the cart last changed (ISO 8601).
        version (int | Unset): The cart's version.
    """

    base_amount: float | Unset = UNSET
    cart_amount: float | Unset = UNSET
    created_time: str | Unset = UNSET
    coupons: list[StorefrontCartCoupon] | Unset = UNSET
    currency: StorefrontCurrency | Unset = UNSET
    customer_id: int | Unset = UNSET
    discount_amount: float | Unset = UNSET
    discounts: list[StorefrontAppliedDiscount] | Unset = UNSET
    email: str | Unset = UNSET
    id: UUID | Unset = UNSET
    is_tax_included: bool | Unset = UNSET
    line_items: StorefrontLineItems | Unset = UNSET
    locale: str | Unset = UNSET
    updated_time: str | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_amount = self.base_amount

        cart_amount = self.cart_amount

        created_time = self.created_time

        coupons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.coupons, Unset):
            coupons = []
            for coupons_item_data in self.coupons:
                coupons_item = coupons_item_data.to_dict()
                coupons.append(coupons_item)

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        customer_id = self.customer_id

        discount_amount = self.discount_amount

        discounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.discounts, Unset):
            discounts = []
            for discounts_item_data in self.discounts:
                discounts_item = discounts_item_data.to_dict()
                discounts.append(discounts_item)

        email = self.email

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        is_tax_included = self.is_tax_included

        line_items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = self.line_items.to_dict()

        locale = self.locale

        updated_time = self.updated_time

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_amount is not UNSET:
            field_dict["baseAmount"] = base_amount
        if cart_amount is not UNSET:
            field_dict["cartAmount"] = cart_amount
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if coupons is not UNSET:
            field_dict["coupons"] = coupons
        if currency is not UNSET:
            field_dict["currency"] = currency
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if discount_amount is not UNSET:
            field_dict["discountAmount"] = discount_amount
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if email is not UNSET:
            field_dict["email"] = email
        if id is not UNSET:
            field_dict["id"] = id
        if is_tax_included is not UNSET:
            field_dict["isTaxIncluded"] = is_tax_included
        if line_items is not UNSET:
            field_dict["lineItems"] = line_items
        if locale is not UNSET:
            field_dict["locale"] = locale
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base_amount = d.pop("baseAmount", UNSET)

        cart_amount = d.pop("cartAmount", UNSET)

        created_time = d.pop("createdTime", UNSET)

        _coupons = d.pop("coupons", UNSET)
        coupons: list[StorefrontCartCoupon] | Unset = UNSET
        if _coupons is not UNSET:
            coupons = []
            for coupons_item_data in _coupons:
                coupons_item = StorefrontCartCoupon.from_dict(coupons_item_data)

                coupons.append(coupons_item)

        _currency = d.pop("currency", UNSET)
        currency: StorefrontCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = StorefrontCurrency.from_dict(_currency)

        customer_id = d.pop("customerId", UNSET)

        discount_amount = d.pop("discountAmount", UNSET)

        _discounts = d.pop("discounts", UNSET)
        discounts: list[StorefrontAppliedDiscount] | Unset = UNSET
        if _discounts is not UNSET:
            discounts = []
            for discounts_item_data in _discounts:
                discounts_item = StorefrontAppliedDiscount.from_dict(discounts_item_data)

                discounts.append(discounts_item)

        email = d.pop("email", UNSET)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        is_tax_included = d.pop("isTaxIncluded", UNSET)

        _line_items = d.pop("lineItems", UNSET)
        line_items: StorefrontLineItems | Unset
        if isinstance(_line_items, Unset):
            line_items = UNSET
        else:
            line_items = StorefrontLineItems.from_dict(_line_items)

        locale = d.pop("locale", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        version = d.pop("version", UNSET)

        storefront_cart = cls(
            base_amount=base_amount,
            cart_amount=cart_amount,
            created_time=created_time,
            coupons=coupons,
            currency=currency,
            customer_id=customer_id,
            discount_amount=discount_amount,
            discounts=discounts,
            email=email,
            id=id,
            is_tax_included=is_tax_included,
            line_items=line_items,
            locale=locale,
            updated_time=updated_time,
            version=version,
        )

        storefront_cart.additional_properties = d
        return storefront_cart

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported once, here, rather than inside every to_dict/from_dict call: the models refer to each
# other, and by this line every class in this module exists.
from ..models.storefront_applied_discount import StorefrontAppliedDiscount  # noqa: E402
from ..models.storefront_cart_coupon import StorefrontCartCoupon  # noqa: E402
from ..models.storefront_currency import StorefrontCurrency  # noqa: E402
from ..models.storefront_line_items import StorefrontLineItems  # noqa: E402
