from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkout_fee_type import CheckoutFeeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckoutFee")


@_attrs_define
class CheckoutFee:
    """A fee added to the checkout through the API.

    Attributes:
        id (None | Unset | UUID):
        type_ (CheckoutFeeType | None | Unset):
        name (None | str | Unset): Your internal name for the fee.
        display_name (None | str | Unset): The name the shopper sees.
        cost_inc_tax (float | None | Unset):
        cost_ex_tax (float | None | Unset):
        source (None | str | Unset): Who added it.
        tax_class_id (int | None | Unset):
    """

    id: None | Unset | UUID = UNSET
    type_: CheckoutFeeType | None | Unset = UNSET
    name: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    cost_inc_tax: float | None | Unset = UNSET
    cost_ex_tax: float | None | Unset = UNSET
    source: None | str | Unset = UNSET
    tax_class_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, CheckoutFeeType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        cost_inc_tax: float | None | Unset
        if isinstance(self.cost_inc_tax, Unset):
            cost_inc_tax = UNSET
        else:
            cost_inc_tax = self.cost_inc_tax

        cost_ex_tax: float | None | Unset
        if isinstance(self.cost_ex_tax, Unset):
            cost_ex_tax = UNSET
        else:
            cost_ex_tax = self.cost_ex_tax

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        tax_class_id: int | None | Unset
        if isinstance(self.tax_class_id, Unset):
            tax_class_id = UNSET
        else:
            tax_class_id = self.tax_class_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if cost_inc_tax is not UNSET:
            field_dict["cost_inc_tax"] = cost_inc_tax
        if cost_ex_tax is not UNSET:
            field_dict["cost_ex_tax"] = cost_ex_tax
        if source is not UNSET:
            field_dict["source"] = source
        if tax_class_id is not UNSET:
            field_dict["tax_class_id"] = tax_class_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"id: a {type(data).__name__} fits none of the declared types")

        id = _parse_id(d.pop("id", UNSET))

        def _parse_type_(data: object) -> CheckoutFeeType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = CheckoutFeeType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"type_: a {type(data).__name__} fits none of the declared types")

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        def _parse_cost_inc_tax(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cost_inc_tax = _parse_cost_inc_tax(d.pop("cost_inc_tax", UNSET))

        def _parse_cost_ex_tax(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cost_ex_tax = _parse_cost_ex_tax(d.pop("cost_ex_tax", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_tax_class_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tax_class_id = _parse_tax_class_id(d.pop("tax_class_id", UNSET))

        checkout_fee = cls(
            id=id,
            type_=type_,
            name=name,
            display_name=display_name,
            cost_inc_tax=cost_inc_tax,
            cost_ex_tax=cost_ex_tax,
            source=source,
            tax_class_id=tax_class_id,
        )

        checkout_fee.additional_properties = d
        return checkout_fee

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
