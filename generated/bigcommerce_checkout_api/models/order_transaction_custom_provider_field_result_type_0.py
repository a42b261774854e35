from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderTransactionCustomProviderFieldResultType0")


@_attrs_define
class OrderTransactionCustomProviderFieldResultType0:
    """What a custom payment provider reported.

    Attributes:
        receipt_number (None | str | Unset): The custom provider's receipt number.
        authorization_code (None | str | Unset): The custom provider's authorisation code.
        fraud_response (None | str | Unset): The custom provider's fraud answer.
        amount_received (float | None | Unset): What the custom provider received, in the currency's main unit.
    """

    receipt_number: None | str | Unset = UNSET
    authorization_code: None | str | Unset = UNSET
    fraud_response: None | str | Unset = UNSET
    amount_received: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        receipt_number: None | str | Unset
        if isinstance(self.receipt_number, Unset):
            receipt_number = UNSET
        else:
            receipt_number = self.receipt_number

        authorization_code: None | str | Unset
        if isinstance(self.authorization_code, Unset):
            authorization_code = UNSET
        else:
            authorization_code = self.authorization_code

        fraud_response: None | str | Unset
        if isinstance(self.fraud_response, Unset):
            fraud_response = UNSET
        else:
            fraud_response = self.fraud_response

        amount_received: float | None | Unset
        if isinstance(self.amount_received, Unset):
            amount_received = UNSET
        else:
            amount_received = self.amount_received

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if receipt_number is not UNSET:
            field_dict["receipt_number"] = receipt_number
        if authorization_code is not UNSET:
            field_dict["authorization_code"] = authorization_code
        if fraud_response is not UNSET:
            field_dict["fraud_response"] = fraud_response
        if amount_received is not UNSET:
            field_dict["amount_received"] = amount_received

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_receipt_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        receipt_number = _parse_receipt_number(d.pop("receipt_number", UNSET))

        def _parse_authorization_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        authorization_code = _parse_authorization_code(d.pop("authorization_code", UNSET))

        def _parse_fraud_response(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fraud_response = _parse_fraud_response(d.pop("fraud_response", UNSET))

        def _parse_amount_received(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        amount_received = _parse_amount_received(d.pop("amount_received", UNSET))

        order_transaction_custom_provider_field_result_type_0 = cls(
            receipt_number=receipt_number,
            authorization_code=authorization_code,
            fraud_response=fraud_response,
            amount_received=amount_received,
        )

        order_transaction_custom_provider_field_result_type_0.additional_properties = d
        return order_transaction_custom_provider_field_result_type_0

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
