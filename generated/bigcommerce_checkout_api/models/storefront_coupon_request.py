from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StorefrontCouponRequest")


@_attrs_define
class StorefrontCouponRequest:
    """A coupon code to apply.

    Attributes:
        coupon_code (str | Unset): The code the shopper entered (at most 50 characters, as for every coupon code).
        version (int | Unset): The checkout version you last read. BigCommerce answers 409 instead of applying the
            change
            when the checkout has moved on since.
    """

    coupon_code: str | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coupon_code = self.coupon_code

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if coupon_code is not UNSET:
            field_dict["couponCode"] = coupon_code
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coupon_code = d.pop("couponCode", UNSET)

        version = d.pop("version", UNSET)

        storefront_coupon_request = cls(
            coupon_code=coupon_code,
            version=version,
        )

        storefront_coupon_request.additional_properties = d
        return storefront_coupon_request

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
