from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.storefront_checkout_fee_type import StorefrontCheckoutFeeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StorefrontCheckoutFee")


@_attrs_define
class StorefrontCheckoutFee:
    """A fee added to the checkout.

    Attributes:
        id (None | Unset | UUID):
        type_ (None | StorefrontCheckoutFeeType | Unset):
        name (None | str | Unset): The merchant's internal name for the fee.
        display_name (None | str | Unset): The name the shopper sees.
        cost (float | None | Unset): Its amount, with or without tax as shipping is shown.
        source (None | str | Unset): Who added it.
        tax_class_id (int | None | Unset): The tax class applied to it.
    """

    id: None | Unset | UUID = UNSET
    type_: None | StorefrontCheckoutFeeType | Unset = UNSET
    name: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    cost: float | None | Unset = UNSET
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
        elif isinstance(self.type_, StorefrontCheckoutFeeType):
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

        cost: float | None | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

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
            field_dict["displayName"] = display_name
        if cost is not UNSET:
            field_dict["cost"] = cost
        if source is not UNSET:
            field_dict["source"] = source
        if tax_class_id is not UNSET:
            field_dict["taxClassId"] = tax_class_id

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

        def _parse_type_(data: object) -> None | StorefrontCheckoutFeeType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = StorefrontCheckoutFeeType(data)

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

        display_name = _parse_display_name(d.pop("displayName", UNSET))

        def _parse_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cost = _parse_cost(d.pop("cost", UNSET))

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

        tax_class_id = _parse_tax_class_id(d.pop("taxClassId", UNSET))

        storefront_checkout_fee = cls(
            id=id,
            type_=type_,
            name=name,
            display_name=display_name,
            cost=cost,
            source=source,
            tax_class_id=tax_class_id,
        )

        storefront_checkout_fee.additional_properties = d
        return storefront_checkout_fee

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
