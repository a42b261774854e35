from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storefront_custom_field import StorefrontCustomField


T = TypeVar("T", bound="StorefrontBillingAddress")


@_attrs_define
class StorefrontBillingAddress:
    """The checkout's billing address.

    Attributes:
        country_code (str): ISO 3166-1 alpha-2 country code.
        id (str): Its id; pass it to the update call.
        address1 (str | Unset): Street and number.
        address2 (str | Unset): Flat, suite or floor.
        city (str | Unset):
        company (str | Unset):
        country (str | Unset): The country's name.
        custom_fields (list[StorefrontCustomField] | Unset):
        email (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        state_or_province (str | Unset): The state or province's full name.
        state_or_province_code (str | Unset): The state or province's code, for example `OR`.
        phone (str | Unset):
        postal_code (str | Unset):
        should_save_address (bool | None | Unset): Whether the address goes into the customer's address book.
    """

    country_code: str
    id: str
    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    city: str | Unset = UNSET
    company: str | Unset = UNSET
    country: str | Unset = UNSET
    custom_fields: list[StorefrontCustomField] | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    state_or_province: str | Unset = UNSET
    state_or_province_code: str | Unset = UNSET
    phone: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    should_save_address: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        id = self.id

        address1 = self.address1

        address2 = self.address2

        city = self.city

        company = self.company

        country = self.country

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        state_or_province = self.state_or_province

        state_or_province_code = self.state_or_province_code

        phone = self.phone

        postal_code = self.postal_code

        should_save_address: bool | None | Unset
        if isinstance(self.should_save_address, Unset):
            should_save_address = UNSET
        else:
            should_save_address = self.should_save_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "countryCode": country_code,
                "id": id,
            }
        )
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if city is not UNSET:
            field_dict["city"] = city
        if company is not UNSET:
            field_dict["company"] = company
        if country is not UNSET:
            field_dict["country"] = country
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if state_or_province is not UNSET:
            field_dict["stateOrProvince"] = state_or_province
        if state_or_province_code is not UNSET:
            field_dict["stateOrProvinceCode"] = state_or_province_code
        if phone is not UNSET:
            field_dict["phone"] = phone
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if should_save_address is not UNSET:
            field_dict["shouldSaveAddress"] = should_save_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_code = d.pop("countryCode")

        id = d.pop("id")

        address1 = d.pop("address1", UNSET)

        address2 = d.pop("address2", UNSET)

        city = d.pop("city", UNSET)

        company = d.pop("company", UNSET)

        country = d.pop("country", UNSET)

        _custom_fields = d.pop("customFields", UNSET)
        custom_fields: list[StorefrontCustomField] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = StorefrontCustomField.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        email = d.pop("email", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        state_or_province = d.pop("stateOrProvince", UNSET)

        state_or_province_code = d.pop("stateOrProvinceCode", UNSET)

        phone = d.pop("phone", UNSET)

        postal_code = d.pop("postalCode", UNSET)

        def _parse_should_save_address(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        should_save_address = _parse_should_save_address(d.pop("shouldSaveAddress", UNSET))

        storefront_billing_address = cls(
            country_code=country_code,
            id=id,
            address1=address1,
            address2=address2,
            city=city,
            company=company,
            country=country,
            custom_fields=custom_fields,
            email=email,
            first_name=first_name,
            last_name=last_name,
            state_or_province=state_or_province,
            state_or_province_code=state_or_province_code,
            phone=phone,
            postal_code=postal_code,
            should_save_address=should_save_address,
        )

        storefront_billing_address.additional_properties = d
        return storefront_billing_address

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
from ..models.storefront_custom_field import StorefrontCustomField  # noqa: E402
