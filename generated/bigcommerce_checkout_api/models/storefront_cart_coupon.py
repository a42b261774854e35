from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.storefront_cart_coupon_coupon_type import StorefrontCartCouponCouponType

T = TypeVar("T", bound="StorefrontCartCoupon")


@_attrs_define
class StorefrontCartCoupon:
    """A coupon on the cart.

    Attributes:
        id (int | str): The coupon's id; BigCommerce's own checkout receives it as a string (`"7"`).
        code (str): The code the shopper entered.
        display_name (str): The name shown to the shopper.
        coupon_type (StorefrontCartCouponCouponType): What kind of discount it gives.
        discounted_amount (float): How much it took off.
    """

    id: int | str
    code: str
    display_name: str
    coupon_type: StorefrontCartCouponCouponType
    discounted_amount: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        code = self.code

        display_name = self.display_name

        coupon_type = self.coupon_type.value

        discounted_amount = self.discounted_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "code": code,
                "displayName": display_name,
                "couponType": coupon_type,
                "discountedAmount": discounted_amount,
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

        display_name = d.pop("displayName")

        coupon_type = StorefrontCartCouponCouponType(d.pop("couponType"))

        discounted_amount = d.pop("discountedAmount")

        storefront_cart_coupon = cls(
            id=id,
            code=code,
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
