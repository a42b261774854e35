from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OrderRefundOverride")


@_attrs_define
class OrderRefundOverride:
    """The refund's total and tax as you computed them, replacing BigCommerce's.

    Attributes:
        total_amount (float): The total to refund.
        total_tax (float): The tax part of it (0 when there is none).
    """

    total_amount: float
    total_tax: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_amount = self.total_amount

        total_tax = self.total_tax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_amount": total_amount,
                "total_tax": total_tax,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_amount = d.pop("total_amount")

        total_tax = d.pop("total_tax")

        order_refund_override = cls(
            total_amount=total_amount,
            total_tax=total_tax,
        )

        order_refund_override.additional_properties = d
        return order_refund_override

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
