from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_form_field import OrderFormField


T = TypeVar("T", bound="OrderBillingAddress")


@_attrs_define
class OrderBillingAddress:
    """The order's billing address.

    Attributes:
        first_name (None | str | Unset): First name.
        last_name (None | str | Unset): Last name.
        company (None | str | Unset): Company name.
        street_1 (None | str | Unset): Street address.
        street_2 (None | str | Unset): Street address, second line.
        city (None | str | Unset): City.
        state (None | str | Unset): State or province.
        zip_ (None | str | Unset): Postal code.
        country (None | str | Unset): Country name.
        country_iso2 (None | str | Unset): Two-letter ISO country code.
        phone (None | str | Unset): Phone number.
        email (None | str | Unset): Email address.
        form_fields (list[OrderFormField] | None | Unset): Values of the store's custom form fields.
    """

    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    company: None | str | Unset = UNSET
    street_1: None | str | Unset = UNSET
    street_2: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    zip_: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    country_iso2: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    form_fields: list[OrderFormField] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        company: None | str | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        else:
            company = self.company

        street_1: None | str | Unset
        if isinstance(self.street_1, Unset):
            street_1 = UNSET
        else:
            street_1 = self.street_1

        street_2: None | str | Unset
        if isinstance(self.street_2, Unset):
            street_2 = UNSET
        else:
            street_2 = self.street_2

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        zip_: None | str | Unset
        if isinstance(self.zip_, Unset):
            zip_ = UNSET
        else:
            zip_ = self.zip_

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        country_iso2: None | str | Unset
        if isinstance(self.country_iso2, Unset):
            country_iso2 = UNSET
        else:
            country_iso2 = self.country_iso2

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        form_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.form_fields, Unset):
            form_fields = UNSET
        elif isinstance(self.form_fields, list):
            form_fields = []
            for form_fields_type_0_item_data in self.form_fields:
                form_fields_type_0_item = form_fields_type_0_item_data.to_dict()
                form_fields.append(form_fields_type_0_item)

        else:
            form_fields = self.form_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if country is not UNSET:
            field_dict["country"] = country
        if country_iso2 is not UNSET:
            field_dict["country_iso2"] = country_iso2
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if form_fields is not UNSET:
            field_dict["form_fields"] = form_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        def _parse_company(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company = _parse_company(d.pop("company", UNSET))

        def _parse_street_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        street_1 = _parse_street_1(d.pop("street_1", UNSET))

        def _parse_street_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        street_2 = _parse_street_2(d.pop("street_2", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_zip_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zip_ = _parse_zip_(d.pop("zip", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_country_iso2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_iso2 = _parse_country_iso2(d.pop("country_iso2", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_form_fields(data: object) -> list[OrderFormField] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                form_fields_type_0 = []
                _form_fields_type_0 = data
                for form_fields_type_0_item_data in _form_fields_type_0:
                    form_fields_type_0_item = OrderFormField.from_dict(form_fields_type_0_item_data)

                    form_fields_type_0.append(form_fields_type_0_item)

                return form_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"form_fields: a {type(data).__name__} fits none of the declared types")

        form_fields = _parse_form_fields(d.pop("form_fields", UNSET))

        order_billing_address = cls(
            first_name=first_name,
            last_name=last_name,
            company=company,
            street_1=street_1,
            street_2=street_2,
            city=city,
            state=state,
            zip_=zip_,
            country=country,
            country_iso2=country_iso2,
            phone=phone,
            email=email,
            form_fields=form_fields,
        )

        order_billing_address.additional_properties = d
        return order_billing_address

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
from ..models.order_form_field import OrderFormField  # noqa: E402
