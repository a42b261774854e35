from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_tokenized_card_type import PaymentTokenizedCardType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentTokenizedCard")


@_attrs_define
class PaymentTokenizedCard:
    """A card tokenized by a wallet or third-party checkout.

    Attributes:
        type_ (PaymentTokenizedCardType):
        token (str): The card's token from the wallet or checkout provider.
        iin (str | Unset): The card's issuer identification number, as text so leading zeros stay.
        last_four_digits (str | Unset): The card's last four digits, as text so leading zeros stay.
        expiration_month (str | Unset): The expiry month, as text (`'09'`).
        expiration_year (str | Unset): The expiry year, as text (`'2030'`).
    """

    type_: PaymentTokenizedCardType
    token: str
    iin: str | Unset = UNSET
    last_four_digits: str | Unset = UNSET
    expiration_month: str | Unset = UNSET
    expiration_year: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        token = self.token

        iin = self.iin

        last_four_digits = self.last_four_digits

        expiration_month = self.expiration_month

        expiration_year = self.expiration_year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "token": token,
            }
        )
        if iin is not UNSET:
            field_dict["iin"] = iin
        if last_four_digits is not UNSET:
            field_dict["last_four_digits"] = last_four_digits
        if expiration_month is not UNSET:
            field_dict["expiration_month"] = expiration_month
        if expiration_year is not UNSET:
            field_dict["expiration_year"] = expiration_year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = PaymentTokenizedCardType(d.pop("type"))

        token = d.pop("token")

        iin = d.pop("iin", UNSET)

        last_four_digits = d.pop("last_four_digits", UNSET)

        expiration_month = d.pop("expiration_month", UNSET)

        expiration_year = d.pop("expiration_year", UNSET)

        payment_tokenized_card = cls(
            type_=type_,
            token=token,
            iin=iin,
            last_four_digits=last_four_digits,
            expiration_month=expiration_month,
            expiration_year=expiration_year,
        )

        payment_tokenized_card.additional_properties = d
        return payment_tokenized_card

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
