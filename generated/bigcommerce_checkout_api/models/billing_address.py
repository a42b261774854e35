from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field import CustomField


T = TypeVar("T", bound="BillingAddress")


@_attrs_define
class BillingAddress:
    """The checkout's billing address.

    Attributes:
        first_name (str | Unset):
        last_name (str | Unset):
        email (str | Unset):
        company (str | Unset):
        address1 (str | Unset): Street and number.
        address2 (str | Unset): Flat, suite or floor.
        city (str | Unset):
        state_or_province (str | Unset): The state or province's full name.
        state_or_province_code (str | Unset): The state or province's code, for example `OR`.
        country_code (str | Unset): ISO 3166-1 alpha-2 country code.
        postal_code (str | Unset):
        phone (str | Unset):
        custom_fields (list[CustomField] | Unset):
        id (str | Unset): Its id; pass it to the update call.
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    company: str | Unset = UNSET
    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    city: str | Unset = UNSET
    state_or_province: str | Unset = UNSET
    state_or_province_code: str | Unset = UNSET
    country_code: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    phone: str | Unset = UNSET
    custom_fields: list[CustomField] | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        company = self.company

        address1 = self.address1

        address2 = self.address2

        city = self.city

        state_or_province = self.state_or_province

        state_or_province_code = self.state_or_province_code

        country_code = self.country_code

        postal_code = self.postal_code

        phone = self.phone

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if company is not UNSET:
            field_dict["company"] = company
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if city is not UNSET:
            field_dict["city"] = city
        if state_or_province is not UNSET:
            field_dict["state_or_province"] = state_or_province
        if state_or_province_code is not UNSET:
            field_dict["state_or_province_code"] = state_or_province_code
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if phone is not UNSET:
            field_dict["phone"] = phone
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        email = d.pop("email", UNSET)

        company = d.pop("company", UNSET)

        address1 = d.pop("address1", UNSET)

        address2 = d.pop("address2", UNSET)

        city = d.pop("city", UNSET)

        state_or_province = d.pop("state_or_province", UNSET)

        state_or_province_code = d.pop("state_or_province_code", UNSET)

        country_code = d.pop("country_code", UNSET)

        postal_code = d.pop("postal_code", UNSET)

        phone = d.pop("phone", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomField] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomField.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        id = d.pop("id", UNSET)

        billing_address = cls(
            first_name=first_name,
            last_name=last_name,
            email=email,
            company=company,
            address1=address1,
            address2=address2,
            city=city,
            state_or_province=state_or_province,
            state_or_province_code=state_or_province_code,
            country_code=country_code,
            postal_code=postal_code,
            phone=phone,
            custom_fields=custom_fields,
            id=id,
        )

        billing_address.additional_properties = d
        return billing_address

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


# Imported once, here, rather than inside every to_dict/from_dict call: the models refer to each
# other, and by this line every class in this module exists.
from ..models.custom_field import CustomField  # noqa: E402
