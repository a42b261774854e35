from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CartAppliedCoupon")


@_attrs_define
class CartAppliedCoupon:
    """A coupon applied to the cart.

    Attributes:
        code (str): The code the shopper entered.
        id (int | None | str | Unset): The coupon's id (a string here; a number in the checkout's cart).
        coupon_type (None | str | Unset): The kind of discount. The carts file lists digits (`0` per item, `1`
            percentage,
            `2` per total, `3` shipping, `4` free shipping, `5` promotion); the checkout's cart
            carries names such as `percentage_discount`.
        discounted_amount (float | None | Unset): How much it took off.
        display_name (None | str | Unset): The name shown to the shopper.
    """

    code: str
    id: int | None | str | Unset = UNSET
    coupon_type: None | str | Unset = UNSET
    discounted_amount: float | None | Unset = UNSET
    display_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        id: int | None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        coupon_type: None | str | Unset
        if isinstance(self.coupon_type, Unset):
            coupon_type = UNSET
        else:
            coupon_type = self.coupon_type

        discounted_amount: float | None | Unset
        if isinstance(self.discounted_amount, Unset):
            discounted_amount = UNSET
        else:
            discounted_amount = self.discounted_amount

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if coupon_type is not UNSET:
            field_dict["coupon_type"] = coupon_type
        if discounted_amount is not UNSET:
            field_dict["discounted_amount"] = discounted_amount
        if display_name is not UNSET:
            field_dict["display_name"] = display_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        def _parse_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_coupon_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        coupon_type = _parse_coupon_type(d.pop("coupon_type", UNSET))

        def _parse_discounted_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        discounted_amount = _parse_discounted_amount(d.pop("discounted_amount", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        cart_applied_coupon = cls(
            code=code,
            id=id,
            coupon_type=coupon_type,
            discounted_amount=discounted_amount,
            display_name=display_name,
        )

        cart_applied_coupon.additional_properties = d
        return cart_applied_coupon

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
