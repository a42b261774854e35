from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderBillingAddressInput")


@_attrs_define
class OrderBillingAddressInput:
    """A billing address to set on an order (the postal code is required).

    Attributes:
        zip_ (str): The postal code.
        first_name (str | Unset):
        last_name (str | Unset):
        company (str | Unset):
        street_1 (str | Unset):
        street_2 (str | Unset):
        city (str | Unset):
        state (str | Unset):
        country (str | Unset):
        country_iso2 (str | Unset): Two-letter ISO country code.
        phone (str | Unset):
        email (str | Unset):
    """

    zip_: str
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    company: str | Unset = UNSET
    street_1: str | Unset = UNSET
    street_2: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    country: str | Unset = UNSET
    country_iso2: str | Unset = UNSET
    phone: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        zip_ = self.zip_

        first_name = self.first_name

        last_name = self.last_name

        company = self.company

        street_1 = self.street_1

        street_2 = self.street_2

        city = self.city

        state = self.state

        country = self.country

        country_iso2 = self.country_iso2

        phone = self.phone

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "zip": zip_,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if company is not UNSET:
            field_dict["company"] = company
        if street_1 is not UNSET:
            field_dict["street_1"] = street_1
        if street_2 is not UNSET:
            field_dict["street_2"] = street_2
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if country is not UNSET:
            field_dict["country"] = country
        if country_iso2 is not UNSET:
            field_dict["country_iso2"] = country_iso2
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        zip_ = d.pop("zip")

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        company = d.pop("company", UNSET)

        street_1 = d.pop("street_1", UNSET)

        street_2 = d.pop("street_2", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        country = d.pop("country", UNSET)

        country_iso2 = d.pop("country_iso2", UNSET)

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        order_billing_address_input = cls(
            zip_=zip_,
            first_name=first_name,
            last_name=last_name,
            company=company,
            street_1=street_1,
            street_2=street_2,
            city=city,
            state=state,
            country=country,
            country_iso2=country_iso2,
            phone=phone,
            email=email,
        )

        order_billing_address_input.additional_properties = d
        return order_billing_address_input

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
