from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MetafieldEventData")


@_attrs_define
class MetafieldEventData:
    """A metafield of a cart or an order.

    Attributes:
        metafield_id (int):
        resource_id (str): The id of the cart or order it belongs to.
        namespace (str | Unset):
    """

    metafield_id: int
    resource_id: str
    namespace: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metafield_id = self.metafield_id

        resource_id = self.resource_id

        namespace = self.namespace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metafield_id": metafield_id,
                "resource_id": resource_id,
            }
        )
        if namespace is not UNSET:
            field_dict["namespace"] = namespace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metafield_id = d.pop("metafield_id")

        resource_id = d.pop("resource_id")

        namespace = d.pop("namespace", UNSET)

        metafield_event_data = cls(
            metafield_id=metafield_id,
            resource_id=resource_id,
            namespace=namespace,
        )

        metafield_event_data.additional_properties = d
        return metafield_event_data

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
