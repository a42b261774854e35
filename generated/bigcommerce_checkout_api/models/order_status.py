from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderStatus")


@_attrs_define
class OrderStatus:
    """One of the store's order statuses.

    Attributes:
        id (int): The status's number.
        name (str): The status's name.
        system_label (None | str | Unset): BigCommerce's name for the status.
        custom_label (None | str | Unset): The merchant's own name for the status.
        system_description (None | str | Unset): What the status means.
    """

    id: int
    name: str
    system_label: None | str | Unset = UNSET
    custom_label: None | str | Unset = UNSET
    system_description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        system_label: None | str | Unset
        if isinstance(self.system_label, Unset):
            system_label = UNSET
        else:
            system_label = self.system_label

        custom_label: None | str | Unset
        if isinstance(self.custom_label, Unset):
            custom_label = UNSET
        else:
            custom_label = self.custom_label

        system_description: None | str | Unset
        if isinstance(self.system_description, Unset):
            system_description = UNSET
        else:
            system_description = self.system_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if system_label is not UNSET:
            field_dict["system_label"] = system_label
        if custom_label is not UNSET:
            field_dict["custom_label"] = custom_label
        if system_description is not UNSET:
            field_dict["system_description"] = system_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_system_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        system_label = _parse_system_label(d.pop("system_label", UNSET))

        def _parse_custom_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_label = _parse_custom_label(d.pop("custom_label", UNSET))

        def _parse_system_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        system_description = _parse_system_description(d.pop("system_description", UNSET))

        order_status = cls(
            id=id,
            name=name,
            system_label=system_label,
            custom_label=custom_label,
            system_description=system_description,
        )

        order_status.additional_properties = d
        return order_status

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
