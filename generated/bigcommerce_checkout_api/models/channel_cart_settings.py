from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChannelCartSettings")


@_attrs_define
class ChannelCartSettings:
    """One channel's cart settings; `null` follows the store-wide setting.

    Attributes:
        allow_purchasing (bool | None | Unset): Whether shoppers of this channel may buy.
    """

    allow_purchasing: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_purchasing: bool | None | Unset
        if isinstance(self.allow_purchasing, Unset):
            allow_purchasing = UNSET
        else:
            allow_purchasing = self.allow_purchasing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_purchasing is not UNSET:
            field_dict["allow_purchasing"] = allow_purchasing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_allow_purchasing(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_purchasing = _parse_allow_purchasing(d.pop("allow_purchasing", UNSET))

        channel_cart_settings = cls(
            allow_purchasing=allow_purchasing,
        )

        channel_cart_settings.additional_properties = d
        return channel_cart_settings

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
