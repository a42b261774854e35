from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_consignment_line_item import OrderConsignmentLineItem
    from ..models.order_form_field import OrderFormField
    from ..models.order_resource_link import OrderResourceLink


T = TypeVar("T", bound="OrderShippingConsignment")


@_attrs_define
class OrderShippingConsignment:
    """Items shipped to one address.

    Attributes:
        id (int | None | Unset): The shipping consignment's id.
        first_name (None | str | Unset): First name.
        last_name (None | str | Unset): Last name.
        company (None | str | Unset): Company name.
        street_1 (None | str | Unset): Street address.
        street_2 (None | str | Unset): Street address, second line.
        city (None | str | Unset): City.
        zip_ (None | str | Unset): Postal code.
        country (None | str | Unset): Country name.
        country_iso2 (None | str | Unset): Two-letter ISO country code.
        state (None | str | Unset): State or province.
        email (None | str | Unset): Email address.
        phone (None | str | Unset): Phone number.
        form_fields (list[OrderFormField] | None | Unset): Values of the store's custom form fields.
        line_items (list[OrderConsignmentLineItem] | None | Unset): The consignment's products: links to them, or (with
            `include=consignments.line_items`) the products.
        items_total (int | None | Unset): How many items there are.
        items_shipped (int | None | Unset): How many items have shipped.
        shipping_method (None | str | Unset): The shipping method the shopper chose.
        base_cost (float | None | Unset): The cost before tax rules.
        cost_ex_tax (float | None | Unset): The cost without tax.
        cost_inc_tax (float | None | Unset): The cost with tax.
        cost_tax (float | None | Unset): The tax on the cost.
        cost_tax_class_id (int | None | Unset): The tax class of the cost.
        base_handling_cost (float | None | Unset): The handling charge before tax rules.
        handling_cost_ex_tax (float | None | Unset): The handling charge without tax.
        handling_cost_inc_tax (float | None | Unset): The handling charge with tax.
        handling_cost_tax (float | None | Unset): The tax on the handling charge.
        handling_cost_tax_class_id (int | None | Unset): The tax class of the handling charge.
        shipping_zone_id (int | None | Unset): The shipping zone's id.
        shipping_zone_name (None | str | Unset): The shipping zone's name.
        shipping_quotes (None | OrderResourceLink | Unset): A link to the shipping quotes.
    """

    id: int | None | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    company: None | str | Unset = UNSET
    street_1: None | str | Unset = UNSET
    street_2: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    zip_: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    country_iso2: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    form_fields: list[OrderFormField] | None | Unset = UNSET
    line_items: list[OrderConsignmentLineItem] | None | Unset = UNSET
    items_total: int | None | Unset = UNSET
    items_shipped: int | None | Unset = UNSET
    shipping_method: None | str | Unset = UNSET
    base_cost: float | None | Unset = UNSET
    cost_ex_tax: float | None | Unset = UNSET
    cost_inc_tax: float | None | Unset = UNSET
    cost_tax: float | None | Unset = UNSET
    cost_tax_class_id: int | None | Unset = UNSET
    base_handling_cost: float | None | Unset = UNSET
    handling_cost_ex_tax: float | None | Unset = UNSET
    handling_cost_inc_tax: float | None | Unset = UNSET
    handling_cost_tax: float | None | Unset = UNSET
    handling_cost_tax_class_id: int | None | Unset = UNSET
    shipping_zone_id: int | None | Unset = UNSET
    shipping_zone_name: None | str | Unset = UNSET
    shipping_quotes: None | OrderResourceLink | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

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

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

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

        line_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.line_items, Unset):
            line_items = UNSET
        elif isinstance(self.line_items, list):
            line_items = []
            for line_items_type_0_item_data in self.line_items:
                line_items_type_0_item = line_items_type_0_item_data.to_dict()
                line_items.append(line_items_type_0_item)

        else:
            line_items = self.line_items

        items_total: int | None | Unset
        if isinstance(self.items_total, Unset):
            items_total = UNSET
        else:
            items_total = self.items_total

        items_shipped: int | None | Unset
        if isinstance(self.items_shipped, Unset):
            items_shipped = UNSET
        else:
            items_shipped = self.items_shipped

        shipping_method: None | str | Unset
        if isinstance(self.shipping_method, Unset):
            shipping_method = UNSET
        else:
            shipping_method = self.shipping_method

        base_cost: float | None | Unset
        if isinstance(self.base_cost, Unset):
            base_cost = UNSET
        else:
            base_cost = self.base_cost

        cost_ex_tax: float | None | Unset
        if isinstance(self.cost_ex_tax, Unset):
            cost_ex_tax = UNSET
        else:
            cost_ex_tax = self.cost_ex_tax

        cost_inc_tax: float | None | Unset
        if isinstance(self.cost_inc_tax, Unset):
            cost_inc_tax = UNSET
        else:
            cost_inc_tax = self.cost_inc_tax

        cost_tax: float | None | Unset
        if isinstance(self.cost_tax, Unset):
            cost_tax = UNSET
        else:
            cost_tax = self.cost_tax

        cost_tax_class_id: int | None | Unset
        if isinstance(self.cost_tax_class_id, Unset):
            cost_tax_class_id = UNSET
        else:
            cost_tax_class_id = self.cost_tax_class_id

        base_handling_cost: float | None | Unset
        if isinstance(self.base_handling_cost, Unset):
            base_handling_cost = UNSET
        else:
            base_handling_cost = self.base_handling_cost

        handling_cost_ex_tax: float | None | Unset
        if isinstance(self.handling_cost_ex_tax, Unset):
            handling_cost_ex_tax = UNSET
        else:
            handling_cost_ex_tax = self.handling_cost_ex_tax

        handling_cost_inc_tax: float | None | Unset
        if isinstance(self.handling_cost_inc_tax, Unset):
            handling_cost_inc_tax = UNSET
        else:
            handling_cost_inc_tax = self.handling_cost_inc_tax

        handling_cost_tax: float | None | Unset
        if isinstance(self.handling_cost_tax, Unset):
            handling_cost_tax = UNSET
        else:
            handling_cost_tax = self.handling_cost_tax

        handling_cost_tax_class_id: int | None | Unset
        if isinstance(self.handling_cost_tax_class_id, Unset):
            handling_cost_tax_class_id = UNSET
        else:
            handling_cost_tax_class_id = self.handling_cost_tax_class_id

        shipping_zone_id: int | None | Unset
        if isinstance(self.shipping_zone_id, Unset):
            shipping_zone_id = UNSET
        else:
            shipping_zone_id = self.shipping_zone_id

        shipping_zone_name: None | str | Unset
        if isinstance(self.shipping_zone_name, Unset):
            shipping_zone_name = UNSET
        else:
            shipping_zone_name = self.shipping_zone_name

        shipping_quotes: dict[str, Any] | None | Unset
        if isinstance(self.shipping_quotes, Unset):
            shipping_quotes = UNSET
        elif isinstance(self.shipping_quotes, OrderResourceLink):
            shipping_quotes = self.shipping_quotes.to_dict()
        else:
            shipping_quotes = self.shipping_quotes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
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
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if country is not UNSET:
            field_dict["country"] = country
        if country_iso2 is not UNSET:
            field_dict["country_iso2"] = country_iso2
        if state is not UNSET:
            field_dict["state"] = state
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if form_fields is not UNSET:
            field_dict["form_fields"] = form_fields
        if line_items is not UNSET:
            field_dict["line_items"] = line_items
        if items_total is not UNSET:
            field_dict["items_total"] = items_total
        if items_shipped is not UNSET:
            field_dict["items_shipped"] = items_shipped
        if shipping_method is not UNSET:
            field_dict["shipping_method"] = shipping_method
        if base_cost is not UNSET:
            field_dict["base_cost"] = base_cost
        if cost_ex_tax is not UNSET:
            field_dict["cost_ex_tax"] = cost_ex_tax
        if cost_inc_tax is not UNSET:
            field_dict["cost_inc_tax"] = cost_inc_tax
        if cost_tax is not UNSET:
            field_dict["cost_tax"] = cost_tax
        if cost_tax_class_id is not UNSET:
            field_dict["cost_tax_class_id"] = cost_tax_class_id
        if base_handling_cost is not UNSET:
            field_dict["base_handling_cost"] = base_handling_cost
        if handling_cost_ex_tax is not UNSET:
            field_dict["handling_cost_ex_tax"] = handling_cost_ex_tax
        if handling_cost_inc_tax is not UNSET:
            field_dict["handling_cost_inc_tax"] = handling_cost_inc_tax
        if handling_cost_tax is not UNSET:
            field_dict["handling_cost_tax"] = handling_cost_tax
        if handling_cost_tax_class_id is not UNSET:
            field_dict["handling_cost_tax_class_id"] = handling_cost_tax_class_id
        if shipping_zone_id is not UNSET:
            field_dict["shipping_zone_id"] = shipping_zone_id
        if shipping_zone_name is not UNSET:
            field_dict["shipping_zone_name"] = shipping_zone_name
        if shipping_quotes is not UNSET:
            field_dict["shipping_quotes"] = shipping_quotes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

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

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

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

        def _parse_line_items(data: object) -> list[OrderConsignmentLineItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                line_items_type_0 = []
                _line_items_type_0 = data
                for line_items_type_0_item_data in _line_items_type_0:
                    line_items_type_0_item = OrderConsignmentLineItem.from_dict(line_items_type_0_item_data)

                    line_items_type_0.append(line_items_type_0_item)

                return line_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"line_items: a {type(data).__name__} fits none of the declared types")

        line_items = _parse_line_items(d.pop("line_items", UNSET))

        def _parse_items_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        items_total = _parse_items_total(d.pop("items_total", UNSET))

        def _parse_items_shipped(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        items_shipped = _parse_items_shipped(d.pop("items_shipped", UNSET))

        def _parse_shipping_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shipping_method = _parse_shipping_method(d.pop("shipping_method", UNSET))

        def _parse_base_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        base_cost = _parse_base_cost(d.pop("base_cost", UNSET))

        def _parse_cost_ex_tax(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cost_ex_tax = _parse_cost_ex_tax(d.pop("cost_ex_tax", UNSET))

        def _parse_cost_inc_tax(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cost_inc_tax = _parse_cost_inc_tax(d.pop("cost_inc_tax", UNSET))

        def _parse_cost_tax(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cost_tax = _parse_cost_tax(d.pop("cost_tax", UNSET))

        def _parse_cost_tax_class_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cost_tax_class_id = _parse_cost_tax_class_id(d.pop("cost_tax_class_id", UNSET))

        def _parse_base_handling_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        base_handling_cost = _parse_base_handling_cost(d.pop("base_handling_cost", UNSET))

        def _parse_handling_cost_ex_tax(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        handling_cost_ex_tax = _parse_handling_cost_ex_tax(d.pop("handling_cost_ex_tax", UNSET))

        def _parse_handling_cost_inc_tax(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        handling_cost_inc_tax = _parse_handling_cost_inc_tax(d.pop("handling_cost_inc_tax", UNSET))

        def _parse_handling_cost_tax(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        handling_cost_tax = _parse_handling_cost_tax(d.pop("handling_cost_tax", UNSET))

        def _parse_handling_cost_tax_class_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        handling_cost_tax_class_id = _parse_handling_cost_tax_class_id(
            d.pop("handling_cost_tax_class_id", UNSET)
        )

        def _parse_shipping_zone_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        shipping_zone_id = _parse_shipping_zone_id(d.pop("shipping_zone_id", UNSET))

        def _parse_shipping_zone_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shipping_zone_name = _parse_shipping_zone_name(d.pop("shipping_zone_name", UNSET))

        def _parse_shipping_quotes(data: object) -> None | OrderResourceLink | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipping_quotes_type_0 = OrderResourceLink.from_dict(data)

                return shipping_quotes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"shipping_quotes: a {type(data).__name__} fits none of the declared types")

        shipping_quotes = _parse_shipping_quotes(d.pop("shipping_quotes", UNSET))

        order_shipping_consignment = cls(
            id=id,
            first_name=first_name,
            last_name=last_name,
            company=company,
            street_1=street_1,
            street_2=street_2,
            city=city,
            zip_=zip_,
            country=country,
            country_iso2=country_iso2,
            state=state,
            email=email,
            phone=phone,
            form_fields=form_fields,
            line_items=line_items,
            items_total=items_total,
            items_shipped=items_shipped,
            shipping_method=shipping_method,
            base_cost=base_cost,
            cost_ex_tax=cost_ex_tax,
            cost_inc_tax=cost_inc_tax,
            cost_tax=cost_tax,
            cost_tax_class_id=cost_tax_class_id,
            base_handling_cost=base_handling_cost,
            handling_cost_ex_tax=handling_cost_ex_tax,
            handling_cost_inc_tax=handling_cost_inc_tax,
            handling_cost_tax=handling_cost_tax,
            handling_cost_tax_class_id=handling_cost_tax_class_id,
            shipping_zone_id=shipping_zone_id,
            shipping_zone_name=shipping_zone_name,
            shipping_quotes=shipping_quotes,
        )

        order_shipping_consignment.additional_properties = d
        return order_shipping_consignment

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
from ..models.order_consignment_line_item import OrderConsignmentLineItem  # noqa: E402
from ..models.order_form_field import OrderFormField  # noqa: E402
from ..models.order_resource_link import OrderResourceLink  # noqa: E402
