from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cart_applied_coupon_coupon_type_type_1 import (
    CartAppliedCouponCouponTypeType1,
)
from ..models.cart_applied_coupon_coupon_type_type_2_type_1 import (
    CartAppliedCouponCouponTypeType2Type1,
)
from ..models.cart_applied_coupon_coupon_type_type_3_type_1 import (
    CartAppliedCouponCouponTypeType3Type1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CartAppliedCoupon")


@_attrs_define
class CartAppliedCoupon:
    """A coupon applied to the cart.

    Attributes:
        code (str): The code the shopper entered.
        id (None | str | Unset): The coupon's id.
        coupon_type (CartAppliedCouponCouponTypeType1 | CartAppliedCouponCouponTypeType2Type1 |
            CartAppliedCouponCouponTypeType3Type1 | None | Unset): The kind of discount, as a digit: `0` per item, `1`
            percentage, `2` per total,
            `3` shipping, `4` free shipping, `5` promotion.
        discounted_amount (float | None | Unset): How much it took off.
        display_name (None | str | Unset): The name shown to the shopper.
    """

    code: str
    id: None | str | Unset = UNSET
    coupon_type: (
        CartAppliedCouponCouponTypeType1
        | CartAppliedCouponCouponTypeType2Type1
        | CartAppliedCouponCouponTypeType3Type1
        | None
        | Unset
    ) = UNSET
    discounted_amount: float | None | Unset = UNSET
    display_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        coupon_type: None | str | Unset
        if isinstance(self.coupon_type, Unset):
            coupon_type = UNSET
        elif isinstance(self.coupon_type, CartAppliedCouponCouponTypeType1):
            coupon_type = self.coupon_type.value
        elif isinstance(self.coupon_type, CartAppliedCouponCouponTypeType2Type1):
            coupon_type = self.coupon_type.value
        elif isinstance(self.coupon_type, CartAppliedCouponCouponTypeType3Type1):
            coupon_type = self.coupon_type.value
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

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_coupon_type(
            data: object,
        ) -> (
            CartAppliedCouponCouponTypeType1
            | CartAppliedCouponCouponTypeType2Type1
            | CartAppliedCouponCouponTypeType3Type1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                coupon_type_type_1 = CartAppliedCouponCouponTypeType1(data)

                return coupon_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                coupon_type_type_2_type_1 = CartAppliedCouponCouponTypeType2Type1(data)

                return coupon_type_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                coupon_type_type_3_type_1 = CartAppliedCouponCouponTypeType3Type1(data)

                return coupon_type_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CartAppliedCouponCouponTypeType1
                | CartAppliedCouponCouponTypeType2Type1
                | CartAppliedCouponCouponTypeType3Type1
                | None
                | Unset,
                data,
            )

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
