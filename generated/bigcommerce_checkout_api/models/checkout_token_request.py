from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckoutTokenRequest")


@_attrs_define
class CheckoutTokenRequest:
    """How long and how often the token may be used.

    Attributes:
        max_uses (float | Unset): How many times the token may be used.
        ttl (float | Unset): Seconds before the token expires (at most 30 days).
    """

    max_uses: float | Unset = UNSET
    ttl: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_uses = self.max_uses

        ttl = self.ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_uses is not UNSET:
            field_dict["maxUses"] = max_uses
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_uses = d.pop("maxUses", UNSET)

        ttl = d.pop("ttl", UNSET)

        checkout_token_request = cls(
            max_uses=max_uses,
            ttl=ttl,
        )

        checkout_token_request.additional_properties = d
        return checkout_token_request

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
