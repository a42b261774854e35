from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckoutUpdate")


@_attrs_define
class CheckoutUpdate:
    """A new customer message for the checkout.

    Attributes:
        customer_message (str): The shopper's note to the merchant; at most 2000 characters.
        version (int | Unset): The checkout version you last read. BigCommerce answers 409 instead of applying the
            change
            when the checkout has moved on since.
    """

    customer_message: str
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_message = self.customer_message

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_message": customer_message,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_message = d.pop("customer_message")

        version = d.pop("version", UNSET)

        checkout_update = cls(
            customer_message=customer_message,
            version=version,
        )

        checkout_update.additional_properties = d
        return checkout_update

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
