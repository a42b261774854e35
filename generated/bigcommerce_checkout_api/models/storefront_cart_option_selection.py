from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StorefrontCartOptionSelection")


@_attrs_define
class StorefrontCartOptionSelection:
    """One option chosen for the product.

    Attributes:
        option_id (int | Unset): The option (or modifier).
        option_value (int | str | Unset): The value id for a list, or the text for a text field.
    """

    option_id: int | Unset = UNSET
    option_value: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        option_id = self.option_id

        option_value: int | str | Unset
        if isinstance(self.option_value, Unset):
            option_value = UNSET
        else:
            option_value = self.option_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if option_id is not UNSET:
            field_dict["optionId"] = option_id
        if option_value is not UNSET:
            field_dict["optionValue"] = option_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        option_id = d.pop("optionId", UNSET)

        def _parse_option_value(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        option_value = _parse_option_value(d.pop("optionValue", UNSET))

        storefront_cart_option_selection = cls(
            option_id=option_id,
            option_value=option_value,
        )

        storefront_cart_option_selection.additional_properties = d
        return storefront_cart_option_selection

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
