from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderTransactionStoreCreditType0")


@_attrs_define
class OrderTransactionStoreCreditType0:
    """The store credit that paid, when it did.

    Attributes:
        remaining_balance (float | None | Unset): The shopper's store credit left.
    """

    remaining_balance: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        remaining_balance: float | None | Unset
        if isinstance(self.remaining_balance, Unset):
            remaining_balance = UNSET
        else:
            remaining_balance = self.remaining_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if remaining_balance is not UNSET:
            field_dict["remaining_balance"] = remaining_balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_remaining_balance(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        remaining_balance = _parse_remaining_balance(d.pop("remaining_balance", UNSET))

        order_transaction_store_credit_type_0 = cls(
            remaining_balance=remaining_balance,
        )

        order_transaction_store_credit_type_0.additional_properties = d
        return order_transaction_store_credit_type_0

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
