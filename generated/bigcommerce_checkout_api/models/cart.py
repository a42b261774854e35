from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.applied_coupon import AppliedCoupon
    from ..models.cart_discount import CartDiscount
    from ..models.currency import Currency
    from ..models.line_items import LineItems


T = TypeVar("T", bound="Cart")


@_attrs_define
class Cart:
    """The cart behind the checkout.

    Attributes:
        id (UUID): The cart id (equal to the checkout id).
        customer_id (int): The customer who owns the cart; 0 for a guest.
        email (str): The shopper's email, when known.
        currency (Currency): The cart's transaction currency.
        base_amount (float): Sum of the items' list prices before any discount.
        discount_amount (float): Discounts on the cart that did not come from coupons.
        cart_amount_inc_tax (float): The cart total after discounts, tax included.
        cart_amount_ex_tax (float): The cart total after discounts, tax excluded.
        coupons (list[AppliedCoupon]):
        discounts (list[CartDiscount]):
        line_items (LineItems): The cart's items, by kind.
        created_time (str): When the cart was created (ISO 8601).
        updated_time (str): When the cart last changed (ISO 8601).
        tax_included (bool | None | Unset): Whether the cart's prices include tax.
        channel_id (float | None | Unset): The sales channel the cart belongs to.
        manual_discount_amount (float | None | Unset): The part of the discounts a merchant entered by hand (the
            checkout discounts call).
    """

    id: UUID
    customer_id: int
    email: str
    currency: Currency
    base_amount: float
    discount_amount: float
    cart_amount_inc_tax: float
    cart_amount_ex_tax: float
    coupons: list[AppliedCoupon]
    discounts: list[CartDiscount]
    line_items: LineItems
    created_time: str
    updated_time: str
    tax_included: bool | None | Unset = UNSET
    channel_id: float | None | Unset = UNSET
    manual_discount_amount: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        customer_id = self.customer_id

        email = self.email

        currency = self.currency.to_dict()

        base_amount = self.base_amount

        discount_amount = self.discount_amount

        cart_amount_inc_tax = self.cart_amount_inc_tax

        cart_amount_ex_tax = self.cart_amount_ex_tax

        coupons = []
        for coupons_item_data in self.coupons:
            coupons_item = coupons_item_data.to_dict()
            coupons.append(coupons_item)

        discounts = []
        for discounts_item_data in self.discounts:
            discounts_item = discounts_item_data.to_dict()
            discounts.append(discounts_item)

        line_items = self.line_items.to_dict()

        created_time = self.created_time

        updated_time = self.updated_time

        tax_included: bool | None | Unset
        if isinstance(self.tax_included, Unset):
            tax_included = UNSET
        else:
            tax_included = self.tax_included

        channel_id: float | None | Unset
        if isinstance(self.channel_id, Unset):
            channel_id = UNSET
        else:
            channel_id = self.channel_id

        manual_discount_amount: float | None | Unset
        if isinstance(self.manual_discount_amount, Unset):
            manual_discount_amount = UNSET
        else:
            manual_discount_amount = self.manual_discount_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "customer_id": customer_id,
                "email": email,
                "currency": currency,
                "base_amount": base_amount,
                "discount_amount": discount_amount,
                "cart_amount_inc_tax": cart_amount_inc_tax,
                "cart_amount_ex_tax": cart_amount_ex_tax,
                "coupons": coupons,
                "discounts": discounts,
                "line_items": line_items,
                "created_time": created_time,
                "updated_time": updated_time,
            }
        )
        if tax_included is not UNSET:
            field_dict["tax_included"] = tax_included
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if manual_discount_amount is not UNSET:
            field_dict["manual_discount_amount"] = manual_discount_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        customer_id = d.pop("customer_id")

        email = d.pop("email")

        currency = Currency.from_dict(d.pop("currency"))

        base_amount = d.pop("base_amount")

        discount_amount = d.pop("discount_amount")

        cart_amount_inc_tax = d.pop("cart_amount_inc_tax")

        cart_amount_ex_tax = d.pop("cart_amount_ex_tax")

        coupons = []
        _coupons = d.pop("coupons")
        for coupons_item_data in _coupons:
            coupons_item = AppliedCoupon.from_dict(coupons_item_data)

            coupons.append(coupons_item)

        discounts = []
        _discounts = d.pop("discounts")
        for discounts_item_data in _discounts:
            discounts_item = CartDiscount.from_dict(discounts_item_data)

            discounts.append(discounts_item)

        line_items = LineItems.from_dict(d.pop("line_items"))

        created_time = d.pop("created_time")

        updated_time = d.pop("updated_time")

        def _parse_tax_included(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        tax_included = _parse_tax_included(d.pop("tax_included", UNSET))

        def _parse_channel_id(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        channel_id = _parse_channel_id(d.pop("channel_id", UNSET))

        def _parse_manual_discount_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        manual_discount_amount = _parse_manual_discount_amount(d.pop("manual_discount_amount", UNSET))

        cart = cls(
            id=id,
            customer_id=customer_id,
            email=email,
            currency=currency,
            base_amount=base_amount,
            discount_amount=discount_amount,
            cart_amount_inc_tax=cart_amount_inc_tax,
            cart_amount_ex_tax=cart_amount_ex_tax,
            coupons=coupons,
            discounts=discounts,
            line_items=line_items,
            created_time=created_time,
            updated_time=updated_time,
            tax_included=tax_included,
            channel_id=channel_id,
            manual_discount_amount=manual_discount_amount,
        )

        cart.additional_properties = d
        return cart

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
from ..models.applied_coupon import AppliedCoupon  # noqa: E402
from ..models.cart_discount import CartDiscount  # noqa: E402
from ..models.currency import Currency  # noqa: E402
from ..models.line_items import LineItems  # noqa: E402
