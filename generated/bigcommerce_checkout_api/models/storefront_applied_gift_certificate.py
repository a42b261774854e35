from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StorefrontAppliedGiftCertificate")


@_attrs_define
class StorefrontAppliedGiftCertificate:
    """A gift certificate used to pay for the checkout.

    Attributes:
        balance (float | Unset): Its value before this checkout.
        code (str | Unset):
        purchase_date (str | Unset): When it was bought.
        remaining (float | Unset): What is left on it after this checkout.
        used (float | Unset): How much of it this checkout uses.
    """

    balance: float | Unset = UNSET
    code: str | Unset = UNSET
    purchase_date: str | Unset = UNSET
    remaining: float | Unset = UNSET
    used: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance = self.balance

        code = self.code

        purchase_date = self.purchase_date

        remaining = self.remaining

        used = self.used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balance is not UNSET:
            field_dict["balance"] = balance
        if code is not UNSET:
            field_dict["code"] = code
        if purchase_date is not UNSET:
            field_dict["purchaseDate"] = purchase_date
        if remaining is not UNSET:
            field_dict["remaining"] = remaining
        if used is not UNSET:
            field_dict["used"] = used

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        balance = d.pop("balance", UNSET)

        code = d.pop("code", UNSET)

        purchase_date = d.pop("purchaseDate", UNSET)

        remaining = d.pop("remaining", UNSET)

        used = d.pop("used", UNSET)

        storefront_applied_gift_certificate = cls(
            balance=balance,
            code=code,
            purchase_date=purchase_date,
            remaining=remaining,
            used=used,
        )

        storefront_applied_gift_certificate.additional_properties = d
        return storefront_applied_gift_certificate

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
