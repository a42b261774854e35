from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StorefrontPickupOption")


@_attrs_define
class StorefrontPickupOption:
    """Makes the consignment a pickup at one of the store's locations instead of a shipment.

    Attributes:
        pickup_method_id (int | Unset): The pickup method, from the storefront's pickup options.
    """

    pickup_method_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pickup_method_id = self.pickup_method_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pickup_method_id is not UNSET:
            field_dict["pickupMethodId"] = pickup_method_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pickup_method_id = d.pop("pickupMethodId", UNSET)

        storefront_pickup_option = cls(
            pickup_method_id=pickup_method_id,
        )

        storefront_pickup_option.additional_properties = d
        return storefront_pickup_option

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
