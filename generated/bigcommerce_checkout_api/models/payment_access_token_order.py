from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentAccessTokenOrder")


@_attrs_define
class PaymentAccessTokenOrder:
    """The order the token will pay.

    Attributes:
        id (int): The order id, as the create-order call returned it.
        is_recurring (bool | Unset): Set for a recurring order, so the gateway knows. Default: False.
    """

    id: int
    is_recurring: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_recurring = self.is_recurring

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if is_recurring is not UNSET:
            field_dict["is_recurring"] = is_recurring

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        is_recurring = d.pop("is_recurring", UNSET)

        payment_access_token_order = cls(
            id=id,
            is_recurring=is_recurring,
        )

        payment_access_token_order.additional_properties = d
        return payment_access_token_order

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
