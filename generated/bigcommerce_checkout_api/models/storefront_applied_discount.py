from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StorefrontAppliedDiscount")


@_attrs_define
class StorefrontAppliedDiscount:
    """A discount applied to the cart or to one item.

    Attributes:
        id (int | Unset): The discount's id.
        discounted_amount (float | Unset): How much it took off.
    """

    id: int | Unset = UNSET
    discounted_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        discounted_amount = self.discounted_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if discounted_amount is not UNSET:
            field_dict["discountedAmount"] = discounted_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        discounted_amount = d.pop("discountedAmount", UNSET)

        storefront_applied_discount = cls(
            id=id,
            discounted_amount=discounted_amount,
        )

        storefront_applied_discount.additional_properties = d
        return storefront_applied_discount

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
