from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
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
        base_amount (float): The items' prices before discounts.
        cart_amount (float): The items after cart-level discounts and coupons, tax included where it applies.
        created_time (str): When the cart was created (ISO 8601).
        coupons (list[StorefrontCartCoupon]):
        currency (StorefrontCurrency): The currency prices are shown in.
        customer_id (int): The customer who owns the cart; 0 for a guest.
        discount_amount (float): Order-level discounts only; coupons and product discounts are not in it.
        discounts (list[StorefrontAppliedDiscount]):
        email (str): The shopper's email; the one of the billing address.
        id (UUID): The cart id.
        is_tax_included (bool): Whether the prices include tax.
        line_items (StorefrontLineItems): The cart's items, by kind.
        locale (str): The shopper's locale, for example `en`.
        updated_time (str): When the cart last changed (ISO 8601).
        version (int | None | Unset): The cart's version.
    """

    base_amount: float
    cart_amount: float
    created_time: str
    coupons: list[StorefrontCartCoupon]
    currency: StorefrontCurrency
    customer_id: int
    discount_amount: float
    discounts: list[StorefrontAppliedDiscount]
    email: str
    id: UUID
    is_tax_included: bool
    line_items: StorefrontLineItems
    locale: str
    updated_time: str
    version: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_amount = self.base_amount

        cart_amount = self.cart_amount

        created_time = self.created_time

        coupons = []
        for coupons_item_data in self.coupons:
            coupons_item = coupons_item_data.to_dict()
            coupons.append(coupons_item)

        currency = self.currency.to_dict()

        customer_id = self.customer_id

        discount_amount = self.discount_amount

        discounts = []
        for discounts_item_data in self.discounts:
            discounts_item = discounts_item_data.to_dict()
            discounts.append(discounts_item)

        email = self.email

        id = str(self.id)

        is_tax_included = self.is_tax_included

        line_items = self.line_items.to_dict()

        locale = self.locale

        updated_time = self.updated_time

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "baseAmount": base_amount,
                "cartAmount": cart_amount,
                "createdTime": created_time,
                "coupons": coupons,
                "currency": currency,
                "customerId": customer_id,
                "discountAmount": discount_amount,
                "discounts": discounts,
                "email": email,
                "id": id,
                "isTaxIncluded": is_tax_included,
                "lineItems": line_items,
                "locale": locale,
                "updatedTime": updated_time,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base_amount = d.pop("baseAmount")

        cart_amount = d.pop("cartAmount")

        created_time = d.pop("createdTime")

        coupons = []
        _coupons = d.pop("coupons")
        for coupons_item_data in _coupons:
            coupons_item = StorefrontCartCoupon.from_dict(coupons_item_data)

            coupons.append(coupons_item)

        currency = StorefrontCurrency.from_dict(d.pop("currency"))

        customer_id = d.pop("customerId")

        discount_amount = d.pop("discountAmount")

        discounts = []
        _discounts = d.pop("discounts")
        for discounts_item_data in _discounts:
            discounts_item = StorefrontAppliedDiscount.from_dict(discounts_item_data)

            discounts.append(discounts_item)

        email = d.pop("email")

        id = UUID(d.pop("id"))

        is_tax_included = d.pop("isTaxIncluded")

        line_items = StorefrontLineItems.from_dict(d.pop("lineItems"))

        locale = d.pop("locale")

        updated_time = d.pop("updatedTime")

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

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
