from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cart_date_option_value import CartDateOptionValue


T = TypeVar("T", bound="CartOptionSelection")


@_attrs_define
class CartOptionSelection:
    """One option chosen for the product.

    Attributes:
        option_id (int | Unset): The option (or modifier).
        option_value (CartDateOptionValue | int | str | Unset): The chosen value: the value id for a list, the text for
            a text field, a Unix time or a
            `{day, month, year}` object for a date.
        name (str | Unset): The option's name.
        value (str | Unset): The value's label.
        name_id (int | Unset): The option's id, as line items show it.
        value_id (int | Unset): The value's id, as line items show it.
    """

    option_id: int | Unset = UNSET
    option_value: CartDateOptionValue | int | str | Unset = UNSET
    name: str | Unset = UNSET
    value: str | Unset = UNSET
    name_id: int | Unset = UNSET
    value_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        option_id = self.option_id

        option_value: dict[str, Any] | int | str | Unset
        if isinstance(self.option_value, Unset):
            option_value = UNSET
        elif isinstance(self.option_value, CartDateOptionValue):
            option_value = self.option_value.to_dict()
        else:
            option_value = self.option_value

        name = self.name

        value = self.value

        name_id = self.name_id

        value_id = self.value_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if option_id is not UNSET:
            field_dict["option_id"] = option_id
        if option_value is not UNSET:
            field_dict["option_value"] = option_value
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value
        if name_id is not UNSET:
            field_dict["nameId"] = name_id
        if value_id is not UNSET:
            field_dict["valueId"] = value_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        option_id = d.pop("option_id", UNSET)

        def _parse_option_value(data: object) -> CartDateOptionValue | int | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                option_value_type_2 = CartDateOptionValue.from_dict(data)

                return option_value_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CartDateOptionValue | int | str | Unset, data)

        option_value = _parse_option_value(d.pop("option_value", UNSET))

        name = d.pop("name", UNSET)

        value = d.pop("value", UNSET)

        name_id = d.pop("nameId", UNSET)

        value_id = d.pop("valueId", UNSET)

        cart_option_selection = cls(
            option_id=option_id,
            option_value=option_value,
            name=name,
            value=value,
            name_id=name_id,
            value_id=value_id,
        )

        cart_option_selection.additional_properties = d
        return cart_option_selection

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
from ..models.cart_date_option_value import CartDateOptionValue  # noqa: E402
