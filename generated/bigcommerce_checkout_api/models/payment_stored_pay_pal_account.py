from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_stored_pay_pal_account_type import PaymentStoredPayPalAccountType

T = TypeVar("T", bound="PaymentStoredPayPalAccount")


@_attrs_define
class PaymentStoredPayPalAccount:
    """A PayPal account the shopper saved earlier.

    Attributes:
        type_ (PaymentStoredPayPalAccountType):
        token (str):
    """

    type_: PaymentStoredPayPalAccountType
    token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "token": token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = PaymentStoredPayPalAccountType(d.pop("type"))

        token = d.pop("token")

        payment_stored_pay_pal_account = cls(
            type_=type_,
            token=token,
        )

        payment_stored_pay_pal_account.additional_properties = d
        return payment_stored_pay_pal_account

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
