from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderRefundMethodOption")


@_attrs_define
class OrderRefundMethodOption:
    """One provider's share of a refund method.

    Attributes:
        provider_id (None | str | Unset): The payment provider's id, such as `storecredit`.
        provider_description (None | str | Unset): The provider's name.
        amount (float | None | Unset): What this provider would pay back.
        offline (bool | None | Unset): Whether it was paid or refunded outside an online provider.
        offline_provider (bool | None | Unset): Whether the provider works offline.
        offline_reason (None | str | Unset): Why the method is offline.
    """

    provider_id: None | str | Unset = UNSET
    provider_description: None | str | Unset = UNSET
    amount: float | None | Unset = UNSET
    offline: bool | None | Unset = UNSET
    offline_provider: bool | None | Unset = UNSET
    offline_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_id: None | str | Unset
        if isinstance(self.provider_id, Unset):
            provider_id = UNSET
        else:
            provider_id = self.provider_id

        provider_description: None | str | Unset
        if isinstance(self.provider_description, Unset):
            provider_description = UNSET
        else:
            provider_description = self.provider_description

        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        offline: bool | None | Unset
        if isinstance(self.offline, Unset):
            offline = UNSET
        else:
            offline = self.offline

        offline_provider: bool | None | Unset
        if isinstance(self.offline_provider, Unset):
            offline_provider = UNSET
        else:
            offline_provider = self.offline_provider

        offline_reason: None | str | Unset
        if isinstance(self.offline_reason, Unset):
            offline_reason = UNSET
        else:
            offline_reason = self.offline_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id
        if provider_description is not UNSET:
            field_dict["provider_description"] = provider_description
        if amount is not UNSET:
            field_dict["amount"] = amount
        if offline is not UNSET:
            field_dict["offline"] = offline
        if offline_provider is not UNSET:
            field_dict["offline_provider"] = offline_provider
        if offline_reason is not UNSET:
            field_dict["offline_reason"] = offline_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_provider_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_id = _parse_provider_id(d.pop("provider_id", UNSET))

        def _parse_provider_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_description = _parse_provider_description(d.pop("provider_description", UNSET))

        def _parse_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_offline(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        offline = _parse_offline(d.pop("offline", UNSET))

        def _parse_offline_provider(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        offline_provider = _parse_offline_provider(d.pop("offline_provider", UNSET))

        def _parse_offline_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        offline_reason = _parse_offline_reason(d.pop("offline_reason", UNSET))

        order_refund_method_option = cls(
            provider_id=provider_id,
            provider_description=provider_description,
            amount=amount,
            offline=offline,
            offline_provider=offline_provider,
            offline_reason=offline_reason,
        )

        order_refund_method_option.additional_properties = d
        return order_refund_method_option

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
