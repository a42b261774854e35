from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OrderStatusChange")


@_attrs_define
class OrderStatusChange:
    """Status ids before and after (for example 0 = incomplete, 11 = awaiting fulfillment).

    Attributes:
        previous_status_id (int):
        new_status_id (int):
    """

    previous_status_id: int
    new_status_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        previous_status_id = self.previous_status_id

        new_status_id = self.new_status_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "previous_status_id": previous_status_id,
                "new_status_id": new_status_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        previous_status_id = d.pop("previous_status_id")

        new_status_id = d.pop("new_status_id")

        order_status_change = cls(
            previous_status_id=previous_status_id,
            new_status_id=new_status_id,
        )

        order_status_change.additional_properties = d
        return order_status_change

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
