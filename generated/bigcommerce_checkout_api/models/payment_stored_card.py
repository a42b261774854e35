from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_stored_card_type import PaymentStoredCardType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentStoredCard")


@_attrs_define
class PaymentStoredCard:
    """A card the shopper saved earlier.

    Attributes:
        type_ (PaymentStoredCardType):
        token (str): The stored instrument's token, from the accepted-payment-methods call.
        verification_value (str | Unset): The card's verification value (CVV), as text so leading zeros stay.
    """

    type_: PaymentStoredCardType
    token: str
    verification_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        token = self.token

        verification_value = self.verification_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "token": token,
            }
        )
        if verification_value is not UNSET:
            field_dict["verification_value"] = verification_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = PaymentStoredCardType(d.pop("type"))

        token = d.pop("token")

        verification_value = d.pop("verification_value", UNSET)

        payment_stored_card = cls(
            type_=type_,
            token=token,
            verification_value=verification_value,
        )

        payment_stored_card.additional_properties = d
        return payment_stored_card

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
