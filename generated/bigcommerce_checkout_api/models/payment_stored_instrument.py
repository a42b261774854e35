from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentStoredInstrument")


@_attrs_define
class PaymentStoredInstrument:
    """A card the shopper saved earlier; pay with its `token`.

    Attributes:
        type_ (str): The kind of stored instrument, for example `stored_card`.
        token (str): Identifies the stored instrument in a payment; not the card number.
        brand (None | str | Unset): The card brand, for example `VISA`.
        expiry_month (int | None | Unset):
        expiry_year (int | None | Unset):
        issuer_identification_number (None | str | Unset): The card's first six digits.
        last_4 (None | str | Unset): The card's last four digits.
        is_default (bool | None | Unset): Whether it is the shopper's default instrument.
    """

    type_: str
    token: str
    brand: None | str | Unset = UNSET
    expiry_month: int | None | Unset = UNSET
    expiry_year: int | None | Unset = UNSET
    issuer_identification_number: None | str | Unset = UNSET
    last_4: None | str | Unset = UNSET
    is_default: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        token = self.token

        brand: None | str | Unset
        if isinstance(self.brand, Unset):
            brand = UNSET
        else:
            brand = self.brand

        expiry_month: int | None | Unset
        if isinstance(self.expiry_month, Unset):
            expiry_month = UNSET
        else:
            expiry_month = self.expiry_month

        expiry_year: int | None | Unset
        if isinstance(self.expiry_year, Unset):
            expiry_year = UNSET
        else:
            expiry_year = self.expiry_year

        issuer_identification_number: None | str | Unset
        if isinstance(self.issuer_identification_number, Unset):
            issuer_identification_number = UNSET
        else:
            issuer_identification_number = self.issuer_identification_number

        last_4: None | str | Unset
        if isinstance(self.last_4, Unset):
            last_4 = UNSET
        else:
            last_4 = self.last_4

        is_default: bool | None | Unset
        if isinstance(self.is_default, Unset):
            is_default = UNSET
        else:
            is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "token": token,
            }
        )
        if brand is not UNSET:
            field_dict["brand"] = brand
        if expiry_month is not UNSET:
            field_dict["expiry_month"] = expiry_month
        if expiry_year is not UNSET:
            field_dict["expiry_year"] = expiry_year
        if issuer_identification_number is not UNSET:
            field_dict["issuer_identification_number"] = issuer_identification_number
        if last_4 is not UNSET:
            field_dict["last_4"] = last_4
        if is_default is not UNSET:
            field_dict["is_default"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        token = d.pop("token")

        def _parse_brand(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand = _parse_brand(d.pop("brand", UNSET))

        def _parse_expiry_month(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expiry_month = _parse_expiry_month(d.pop("expiry_month", UNSET))

        def _parse_expiry_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expiry_year = _parse_expiry_year(d.pop("expiry_year", UNSET))

        def _parse_issuer_identification_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issuer_identification_number = _parse_issuer_identification_number(
            d.pop("issuer_identification_number", UNSET)
        )

        def _parse_last_4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_4 = _parse_last_4(d.pop("last_4", UNSET))

        def _parse_is_default(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_default = _parse_is_default(d.pop("is_default", UNSET))

        payment_stored_instrument = cls(
            type_=type_,
            token=token,
            brand=brand,
            expiry_month=expiry_month,
            expiry_year=expiry_year,
            issuer_identification_number=issuer_identification_number,
            last_4=last_4,
            is_default=is_default,
        )

        payment_stored_instrument.additional_properties = d
        return payment_stored_instrument

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
