from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderRefundPaymentInput")


@_attrs_define
class OrderRefundPaymentInput:
    """One provider's share of the refund, as the quote gave it.

    Attributes:
        provider_id (str | Unset): The provider, as the quote named it (such as `storecredit`).
        amount (float | Unset): What this provider pays back.
        offline (bool | Unset): Whether it is paid back outside an online provider.
    """

    provider_id: str | Unset = UNSET
    amount: float | Unset = UNSET
    offline: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_id = self.provider_id

        amount = self.amount

        offline = self.offline

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if offline is not UNSET:
            field_dict["offline"] = offline

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider_id = d.pop("provider_id", UNSET)

        amount = d.pop("amount", UNSET)

        offline = d.pop("offline", UNSET)

        order_refund_payment_input = cls(
            provider_id=provider_id,
            amount=amount,
            offline=offline,
        )

        order_refund_payment_input.additional_properties = d
        return order_refund_payment_input

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
