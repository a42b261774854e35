from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.storefront_cart_coupon_coupon_type import StorefrontCartCouponCouponType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StorefrontCartCoupon")


@_attrs_define
class StorefrontCartCoupon:
    """A coupon on the cart.

    Attributes:
        code (str): The code the shopper entered.
        id (int | Unset): The coupon's numeric id.
        display_name (str | Unset): The name shown to the shopper.
        coupon_type (StorefrontCartCouponCouponType | Unset): What kind of discount it gives.
        discounted_amount (float | Unset): How much it took off.
    """

    code: str
    id: int | Unset = UNSET
    display_name: str | Unset = UNSET
    coupon_type: StorefrontCartCouponCouponType | Unset = UNSET
    discounted_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        id = self.id

        display_name = self.display_name

        coupon_type: str | Unset = UNSET
        if not isinstance(self.coupon_type, Unset):
            coupon_type = self.coupon_type.value

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
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if coupon_type is not UNSET:
            field_dict["couponType"] = coupon_type
        if discounted_amount is not UNSET:
            field_dict["discountedAmount"] = discounted_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        id = d.pop("id", UNSET)

        display_name = d.pop("displayName", UNSET)

        _coupon_type = d.pop("couponType", UNSET)
        coupon_type: StorefrontCartCouponCouponType | Unset
        if isinstance(_coupon_type, Unset):
            coupon_type = UNSET
        else:
            coupon_type = StorefrontCartCouponCouponType(_coupon_type)

        discounted_amount = d.pop("discountedAmount", UNSET)

        storefront_cart_coupon = cls(
            code=code,
            id=id,
            display_name=display_name,
            coupon_type=coupon_type,
            discounted_amount=discounted_amount,
        )

        storefront_cart_coupon.additional_properties = d
        return storefront_cart_coupon

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
