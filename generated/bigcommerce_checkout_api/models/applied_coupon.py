from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AppliedCoupon")


@_attrs_define
class AppliedCoupon:
    """A coupon on the checkout.

    Attributes:
        id (int | str): The coupon's id; a number here, a string in the storefront API.
        code (str): The code the shopper entered.
        coupon_type (str): What kind of discount it gives, for example `percentage_discount`.
        display_name (str): The name shown to the shopper.
        discounted_amount (float): How much it took off.
    """

    id: int | str
    code: str
    coupon_type: str
    display_name: str
    discounted_amount: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        code = self.code

        coupon_type = self.coupon_type

        display_name = self.display_name

        discounted_amount = self.discounted_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "code": code,
                "coupon_type": coupon_type,
                "display_name": display_name,
                "discounted_amount": discounted_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(d.pop("id"))

        code = d.pop("code")

        coupon_type = d.pop("coupon_type")

        display_name = d.pop("display_name")

        discounted_amount = d.pop("discounted_amount")

        applied_coupon = cls(
            id=id,
            code=code,
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
