from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderTransactionAvsResultType0")


@_attrs_define
class OrderTransactionAvsResultType0:
    """What the gateway's address verification said.

    Attributes:
        code (None | str | Unset): The address check's code.
        message (None | str | Unset): The address check's message.
        street_match (None | str | Unset): Whether the street matched.
        postal_match (None | str | Unset): Whether the postal code matched.
    """

    code: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    street_match: None | str | Unset = UNSET
    postal_match: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        street_match: None | str | Unset
        if isinstance(self.street_match, Unset):
            street_match = UNSET
        else:
            street_match = self.street_match

        postal_match: None | str | Unset
        if isinstance(self.postal_match, Unset):
            postal_match = UNSET
        else:
            postal_match = self.postal_match

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if street_match is not UNSET:
            field_dict["street_match"] = street_match
        if postal_match is not UNSET:
            field_dict["postal_match"] = postal_match

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_street_match(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        street_match = _parse_street_match(d.pop("street_match", UNSET))

        def _parse_postal_match(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postal_match = _parse_postal_match(d.pop("postal_match", UNSET))

        order_transaction_avs_result_type_0 = cls(
            code=code,
            message=message,
            street_match=street_match,
            postal_match=postal_match,
        )

        order_transaction_avs_result_type_0.additional_properties = d
        return order_transaction_avs_result_type_0

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
