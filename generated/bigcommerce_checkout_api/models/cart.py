from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
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
        id (UUID | Unset): The cart id (equal to the checkout id).
        customer_id (int | Unset): The customer who owns the cart; 0 for a guest.
        email (str | Unset): The shopper's email, when known.
        currency (Currency | Unset): The cart's transaction currency.
        tax_included (bool | Unset): Whether the cart's prices include tax.
        base_amount (float | Unset): Sum of the items' list prices before any discount.
        channel_id (float | Unset): The sales channel the cart belongs to.
        discount_amount (float | Unset): Discounts on the cart that did not come from coupons.
        cart_amount_inc_tax (float | Unset): The cart total after discounts, tax included.
        cart_amount_ex_tax (float | Unset): The cart total after discounts, tax excluded.
        coupons (list[AppliedCoupon] | Unset):
        discounts (list[CartDiscount] | Unset):
        line_items (LineItems | Unset): The cart's items, by kind.
        created_time (str | Unset): When the cart was created (ISO 8601).
        updated_time (str | Unset): When the cart last changed (ISO 8601).
    """

    id: UUID | Unset = UNSET
    customer_id: int | Unset = UNSET
    email: str | Unset = UNSET
    currency: Currency | Unset = UNSET
    tax_included: bool | Unset = UNSET
    base_amount: float | Unset = UNSET
    channel_id: float | Unset = UNSET
    discount_amount: float | Unset = UNSET
    cart_amount_inc_tax: float | Unset = UNSET
    cart_amount_ex_tax: float | Unset = UNSET
    coupons: list[AppliedCoupon] | Unset = UNSET
    discounts: list[CartDiscount] | Unset = UNSET
    line_items: LineItems | Unset = UNSET
    created_time: str | Unset = UNSET
    updated_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        customer_id = self.customer_id

        email = self.email

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        tax_included = self.tax_included

        base_amount = self.base_amount

        channel_id = self.channel_id

        discount_amount = self.discount_amount

        cart_amount_inc_tax = self.cart_amount_inc_tax

        cart_amount_ex_tax = self.cart_amount_ex_tax

        coupons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.coupons, Unset):
            coupons = []
            for coupons_item_data in self.coupons:
                coupons_item = coupons_item_data.to_dict()
                coupons.append(coupons_item)

        discounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.discounts, Unset):
            discounts = []
            for discounts_item_data in self.discounts:
                discounts_item = discounts_item_data.to_dict()
                discounts.append(discounts_item)

        line_items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = self.line_items.to_dict()

        created_time = self.created_time

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if email is not UNSET:
            field_dict["email"] = email
        if currency is not UNSET:
            field_dict["currency"] = currency
        if tax_included is not UNSET:
            field_dict["tax_included"] = tax_included
        if base_amount is not UNSET:
            field_dict["base_amount"] = base_amount
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if cart_amount_inc_tax is not UNSET:
            field_dict["cart_amount_inc_tax"] = cart_amount_inc_tax
        if cart_amount_ex_tax is not UNSET:
            field_dict["cart_amount_ex_tax"] = cart_amount_ex_tax
        if coupons is not UNSET:
            field_dict["coupons"] = coupons
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if line_items is not UNSET:
            field_dict["line_items"] = line_items
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        customer_id = d.pop("customer_id", UNSET)

        email = d.pop("email", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        tax_included = d.pop("tax_included", UNSET)

        base_amount = d.pop("base_amount", UNSET)

        channel_id = d.pop("channel_id", UNSET)

        discount_amount = d.pop("discount_amount", UNSET)

        cart_amount_inc_tax = d.pop("cart_amount_inc_tax", UNSET)

        cart_amount_ex_tax = d.pop("cart_amount_ex_tax", UNSET)

        _coupons = d.pop("coupons", UNSET)
        coupons: list[AppliedCoupon] | Unset = UNSET
        if _coupons is not UNSET:
            coupons = []
            for coupons_item_data in _coupons:
                coupons_item = AppliedCoupon.from_dict(coupons_item_data)

                coupons.append(coupons_item)

        _discounts = d.pop("discounts", UNSET)
        discounts: list[CartDiscount] | Unset = UNSET
        if _discounts is not UNSET:
            discounts = []
            for discounts_item_data in _discounts:
                discounts_item = CartDiscount.from_dict(discounts_item_data)

                discounts.append(discounts_item)

        _line_items = d.pop("line_items", UNSET)
        line_items: LineItems | Unset
        if isinstance(_line_items, Unset):
            line_items = UNSET
        else:
            line_items = LineItems.from_dict(_line_items)

        created_time = d.pop("created_time", UNSET)

        updated_time = d.pop("updated_time", UNSET)

        cart = cls(
            id=id,
            customer_id=customer_id,
            email=email,
            currency=currency,
            tax_included=tax_included,
            base_amount=base_amount,
            channel_id=channel_id,
            discount_amount=discount_amount,
            cart_amount_inc_tax=cart_amount_inc_tax,
            cart_amount_ex_tax=cart_amount_ex_tax,
            coupons=coupons,
            discounts=discounts,
            line_items=line_items,
            created_time=created_time,
            updated_time=updated_time,
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
