from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderCountStatus")


@_attrs_define
class OrderCountStatus:
    """A status and how many orders have it.

    Attributes:
        id (int | None | Unset): The id.
        name (None | str | Unset): The name.
        system_label (None | str | Unset): BigCommerce's name for the status.
        custom_label (None | str | Unset): The merchant's own name for the status.
        system_description (None | str | Unset): What the status means.
        count (int | None | Unset): How many orders have this status.
        sort_order (int | None | Unset): Where the status sits in the control panel's list.
    """

    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    system_label: None | str | Unset = UNSET
    custom_label: None | str | Unset = UNSET
    system_description: None | str | Unset = UNSET
    count: int | None | Unset = UNSET
    sort_order: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
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

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        sort_order: int | None | Unset
        if isinstance(self.sort_order, Unset):
            sort_order = UNSET
        else:
            sort_order = self.sort_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if system_label is not UNSET:
            field_dict["system_label"] = system_label
        if custom_label is not UNSET:
            field_dict["custom_label"] = custom_label
        if system_description is not UNSET:
            field_dict["system_description"] = system_description
        if count is not UNSET:
            field_dict["count"] = count
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

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

        def _parse_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        count = _parse_count(d.pop("count", UNSET))

        def _parse_sort_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sort_order = _parse_sort_order(d.pop("sort_order", UNSET))

        order_count_status = cls(
            id=id,
            name=name,
            system_label=system_label,
            custom_label=custom_label,
            system_description=system_description,
            count=count,
            sort_order=sort_order,
        )

        order_count_status.additional_properties = d
        return order_count_status

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
