from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldInput")


@_attrs_define
class CustomFieldInput:
    """A value for a custom address field, as sent when creating a consignment.

    Attributes:
        field_id (str): The form field's id.
        field_value (int | list[str] | str | Unset): The value: text, a pick list option's number (answered as a string)
            or the ticked checkboxes' values.
    """

    field_id: str
    field_value: int | list[str] | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        field_value: int | list[str] | str | Unset
        if isinstance(self.field_value, Unset):
            field_value = UNSET
        elif isinstance(self.field_value, list):
            field_value = self.field_value

        else:
            field_value = self.field_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field_id": field_id,
            }
        )
        if field_value is not UNSET:
            field_dict["field_value"] = field_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("field_id")

        def _parse_field_value(data: object) -> int | list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                field_value_type_2 = cast(list[str], data)

                return field_value_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | list[str] | str | Unset, data)

        field_value = _parse_field_value(d.pop("field_value", UNSET))

        custom_field_input = cls(
            field_id=field_id,
            field_value=field_value,
        )

        custom_field_input.additional_properties = d
        return custom_field_input

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
