from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_card_type import PaymentCardType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentCard")


@_attrs_define
class PaymentCard:
    """A card typed in by the shopper. Its number and CVV are secrets.

    Attributes:
        type_ (PaymentCardType):
        cardholder_name (str): The name on the card.
        number (str): The card number, digits only.
        expiry_month (int):
        expiry_year (int): Four digits, for example `2030`.
        verification_value (str | Unset): The card's verification value (CVV), as text so leading zeros stay.
        issue_month (int | Unset):
        issue_year (int | Unset):
        issue_number (int | Unset):
    """

    type_: PaymentCardType
    cardholder_name: str
    number: str
    expiry_month: int
    expiry_year: int
    verification_value: str | Unset = UNSET
    issue_month: int | Unset = UNSET
    issue_year: int | Unset = UNSET
    issue_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        cardholder_name = self.cardholder_name

        number = self.number

        expiry_month = self.expiry_month

        expiry_year = self.expiry_year

        verification_value = self.verification_value

        issue_month = self.issue_month

        issue_year = self.issue_year

        issue_number = self.issue_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "cardholder_name": cardholder_name,
                "number": number,
                "expiry_month": expiry_month,
                "expiry_year": expiry_year,
            }
        )
        if verification_value is not UNSET:
            field_dict["verification_value"] = verification_value
        if issue_month is not UNSET:
            field_dict["issue_month"] = issue_month
        if issue_year is not UNSET:
            field_dict["issue_year"] = issue_year
        if issue_number is not UNSET:
            field_dict["issue_number"] = issue_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = PaymentCardType(d.pop("type"))

        cardholder_name = d.pop("cardholder_name")

        number = d.pop("number")

        expiry_month = d.pop("expiry_month")

        expiry_year = d.pop("expiry_year")

        verification_value = d.pop("verification_value", UNSET)

        issue_month = d.pop("issue_month", UNSET)

        issue_year = d.pop("issue_year", UNSET)

        issue_number = d.pop("issue_number", UNSET)

        payment_card = cls(
            type_=type_,
            cardholder_name=cardholder_name,
            number=number,
            expiry_month=expiry_month,
            expiry_year=expiry_year,
            verification_value=verification_value,
            issue_month=issue_month,
            issue_year=issue_year,
            issue_number=issue_number,
        )

        payment_card.additional_properties = d
        return payment_card

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
