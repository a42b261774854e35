from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_fee_type_type_1 import OrderFeeTypeType1
from ..models.order_fee_type_type_2_type_1 import OrderFeeTypeType2Type1
from ..models.order_fee_type_type_3_type_1 import OrderFeeTypeType3Type1
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderFee")


@_attrs_define
class OrderFee:
    """A fee charged on the order.

    Attributes:
        id (int | None | Unset): The fee's id.
        type_ (None | OrderFeeTypeType1 | OrderFeeTypeType2Type1 | OrderFeeTypeType3Type1 | Unset): The fee's kind;
            `custom_fee`.
        display_name_customer (None | str | Unset): The name the shopper sees.
        display_name_merchant (None | str | Unset): The name the merchant sees.
        source (None | str | Unset): Which API wrote the fee.
        base_cost (float | None | str | Unset): The cost before tax rules.
        cost_ex_tax (float | None | str | Unset): The cost without tax.
        cost_inc_tax (float | None | str | Unset): The cost with tax.
        cost_tax (float | None | str | Unset): The tax on the cost.
        tax_class_id (int | None | Unset): The tax class; `null` means the default.
    """

    id: int | None | Unset = UNSET
    type_: None | OrderFeeTypeType1 | OrderFeeTypeType2Type1 | OrderFeeTypeType3Type1 | Unset = UNSET
    display_name_customer: None | str | Unset = UNSET
    display_name_merchant: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    base_cost: float | None | str | Unset = UNSET
    cost_ex_tax: float | None | str | Unset = UNSET
    cost_inc_tax: float | None | str | Unset = UNSET
    cost_tax: float | None | str | Unset = UNSET
    tax_class_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, OrderFeeTypeType1):
            type_ = self.type_.value
        elif isinstance(self.type_, OrderFeeTypeType2Type1):
            type_ = self.type_.value
        elif isinstance(self.type_, OrderFeeTypeType3Type1):
            type_ = self.type_.value
        else:
            type_ = self.type_

        display_name_customer: None | str | Unset
        if isinstance(self.display_name_customer, Unset):
            display_name_customer = UNSET
        else:
            display_name_customer = self.display_name_customer

        display_name_merchant: None | str | Unset
        if isinstance(self.display_name_merchant, Unset):
            display_name_merchant = UNSET
        else:
            display_name_merchant = self.display_name_merchant

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        base_cost: float | None | str | Unset
        if isinstance(self.base_cost, Unset):
            base_cost = UNSET
        else:
            base_cost = self.base_cost

        cost_ex_tax: float | None | str | Unset
        if isinstance(self.cost_ex_tax, Unset):
            cost_ex_tax = UNSET
        else:
            cost_ex_tax = self.cost_ex_tax

        cost_inc_tax: float | None | str | Unset
        if isinstance(self.cost_inc_tax, Unset):
            cost_inc_tax = UNSET
        else:
            cost_inc_tax = self.cost_inc_tax

        cost_tax: float | None | str | Unset
        if isinstance(self.cost_tax, Unset):
            cost_tax = UNSET
        else:
            cost_tax = self.cost_tax

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
        if display_name_customer is not UNSET:
            field_dict["display_name_customer"] = display_name_customer
        if display_name_merchant is not UNSET:
            field_dict["display_name_merchant"] = display_name_merchant
        if source is not UNSET:
            field_dict["source"] = source
        if base_cost is not UNSET:
            field_dict["base_cost"] = base_cost
        if cost_ex_tax is not UNSET:
            field_dict["cost_ex_tax"] = cost_ex_tax
        if cost_inc_tax is not UNSET:
            field_dict["cost_inc_tax"] = cost_inc_tax
        if cost_tax is not UNSET:
            field_dict["cost_tax"] = cost_tax
        if tax_class_id is not UNSET:
            field_dict["tax_class_id"] = tax_class_id

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

        def _parse_type_(
            data: object,
        ) -> None | OrderFeeTypeType1 | OrderFeeTypeType2Type1 | OrderFeeTypeType3Type1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = OrderFeeTypeType1(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_2_type_1 = OrderFeeTypeType2Type1(data)

                return type_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_3_type_1 = OrderFeeTypeType3Type1(data)

                return type_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"type_: a {type(data).__name__} fits none of the declared types")

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_display_name_customer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name_customer = _parse_display_name_customer(d.pop("display_name_customer", UNSET))

        def _parse_display_name_merchant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name_merchant = _parse_display_name_merchant(d.pop("display_name_merchant", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_base_cost(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        base_cost = _parse_base_cost(d.pop("base_cost", UNSET))

        def _parse_cost_ex_tax(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        cost_ex_tax = _parse_cost_ex_tax(d.pop("cost_ex_tax", UNSET))

        def _parse_cost_inc_tax(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        cost_inc_tax = _parse_cost_inc_tax(d.pop("cost_inc_tax", UNSET))

        def _parse_cost_tax(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        cost_tax = _parse_cost_tax(d.pop("cost_tax", UNSET))

        def _parse_tax_class_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tax_class_id = _parse_tax_class_id(d.pop("tax_class_id", UNSET))

        order_fee = cls(
            id=id,
            type_=type_,
            display_name_customer=display_name_customer,
            display_name_merchant=display_name_merchant,
            source=source,
            base_cost=base_cost,
            cost_ex_tax=cost_ex_tax,
            cost_inc_tax=cost_inc_tax,
            cost_tax=cost_tax,
            tax_class_id=tax_class_id,
        )

        order_fee.additional_properties = d
        return order_fee

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
