from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderRefundPayment")


@_attrs_define
class OrderRefundPayment:
    """What one payment provider paid back.

    Attributes:
        id (int | None | Unset): The refund payment's id.
        provider_id (None | str | Unset): The payment provider's id, such as `storecredit`.
        amount (float | None | Unset): How much this provider paid back.
        offline (bool | None | Unset): Whether it was paid or refunded outside an online provider.
        is_declined (bool | None | Unset): Whether the provider declined the payment.
        declined_message (None | str | Unset): Why the provider declined the payment.
        transaction_id (None | str | Unset): The id of the transaction refunded.
    """

    id: int | None | Unset = UNSET
    provider_id: None | str | Unset = UNSET
    amount: float | None | Unset = UNSET
    offline: bool | None | Unset = UNSET
    is_declined: bool | None | Unset = UNSET
    declined_message: None | str | Unset = UNSET
    transaction_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        provider_id: None | str | Unset
        if isinstance(self.provider_id, Unset):
            provider_id = UNSET
        else:
            provider_id = self.provider_id

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

        is_declined: bool | None | Unset
        if isinstance(self.is_declined, Unset):
            is_declined = UNSET
        else:
            is_declined = self.is_declined

        declined_message: None | str | Unset
        if isinstance(self.declined_message, Unset):
            declined_message = UNSET
        else:
            declined_message = self.declined_message

        transaction_id: None | str | Unset
        if isinstance(self.transaction_id, Unset):
            transaction_id = UNSET
        else:
            transaction_id = self.transaction_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if offline is not UNSET:
            field_dict["offline"] = offline
        if is_declined is not UNSET:
            field_dict["is_declined"] = is_declined
        if declined_message is not UNSET:
            field_dict["declined_message"] = declined_message
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id

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

        def _parse_provider_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_id = _parse_provider_id(d.pop("provider_id", UNSET))

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

        def _parse_is_declined(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_declined = _parse_is_declined(d.pop("is_declined", UNSET))

        def _parse_declined_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        declined_message = _parse_declined_message(d.pop("declined_message", UNSET))

        def _parse_transaction_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transaction_id = _parse_transaction_id(d.pop("transaction_id", UNSET))

        order_refund_payment = cls(
            id=id,
            provider_id=provider_id,
            amount=amount,
            offline=offline,
            is_declined=is_declined,
            declined_message=declined_message,
            transaction_id=transaction_id,
        )

        order_refund_payment.additional_properties = d
        return order_refund_payment

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
