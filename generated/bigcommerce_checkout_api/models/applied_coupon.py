from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppliedCoupon")


@_attrs_define
class AppliedCoupon:
    """A coupon on the checkout.

    Attributes:
        code (str): The code the shopper entered.
        id (int | Unset): The coupon's numeric id.
        coupon_type (str | Unset): What kind of discount it gives, for example `percentage_discount`.
        display_name (str | Unset): The name shown to the shopper.
        discounted_amount (float | Unset): How much it took off.
    """

    code: str
    id: int | Unset = UNSET
    coupon_type: str | Unset = UNSET
    display_name: str | Unset = UNSET
    discounted_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        id = self.id

        coupon_type = self.coupon_type

        display_name = self.display_name

        discounted_amount = self.discounted_amount

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
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if discounted_amount is not UNSET:
            field_dict["discounted_amount"] = discounted_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        id = d.pop("id", UNSET)

        coupon_type = d.pop("coupon_type", UNSET)

        display_name = d.pop("display_name", UNSET)

        discounted_amount = d.pop("discounted_amount", UNSET)

        applied_coupon = cls(
            code=code,
            id=id,
            coupon_type=coupon_type,
            display_name=display_name,
            discounted_amount=discounted_amount,
        )

        applied_coupon.additional_properties = d
        return applied_coupon

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
