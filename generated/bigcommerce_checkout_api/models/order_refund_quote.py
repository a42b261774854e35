from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_refund_method_option import OrderRefundMethodOption


T = TypeVar("T", bound="OrderRefundQuote")


@_attrs_define
class OrderRefundQuote:
    """What a refund of the given items would pay back, and how.

    Attributes:
        order_id (int | None | Unset): The order's id.
        total_refund_amount (float | None | Unset): What can be refunded in total.
        total_refund_tax_amount (float | None | Unset): The tax part of the refund.
        order_level_refund_amount (float | None | Unset): What can be refunded at the level of the whole order.
        rounding (float | None | Unset): How far the total was rounded to suit the payment providers.
        adjustment (float | None | Unset): How far the refund total was moved to suit the payment providers (positive or
            negative).
        tax_inclusive (bool | None | Unset): Whether the refund total includes tax.
        refund_methods (list[list[OrderRefundMethodOption]] | None | Unset): The ways the refund can be paid back: each
            a list of provider shares that together make the total.
    """

    order_id: int | None | Unset = UNSET
    total_refund_amount: float | None | Unset = UNSET
    total_refund_tax_amount: float | None | Unset = UNSET
    order_level_refund_amount: float | None | Unset = UNSET
    rounding: float | None | Unset = UNSET
    adjustment: float | None | Unset = UNSET
    tax_inclusive: bool | None | Unset = UNSET
    refund_methods: list[list[OrderRefundMethodOption]] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id: int | None | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        total_refund_amount: float | None | Unset
        if isinstance(self.total_refund_amount, Unset):
            total_refund_amount = UNSET
        else:
            total_refund_amount = self.total_refund_amount

        total_refund_tax_amount: float | None | Unset
        if isinstance(self.total_refund_tax_amount, Unset):
            total_refund_tax_amount = UNSET
        else:
            total_refund_tax_amount = self.total_refund_tax_amount

        order_level_refund_amount: float | None | Unset
        if isinstance(self.order_level_refund_amount, Unset):
            order_level_refund_amount = UNSET
        else:
            order_level_refund_amount = self.order_level_refund_amount

        rounding: float | None | Unset
        if isinstance(self.rounding, Unset):
            rounding = UNSET
        else:
            rounding = self.rounding

        adjustment: float | None | Unset
        if isinstance(self.adjustment, Unset):
            adjustment = UNSET
        else:
            adjustment = self.adjustment

        tax_inclusive: bool | None | Unset
        if isinstance(self.tax_inclusive, Unset):
            tax_inclusive = UNSET
        else:
            tax_inclusive = self.tax_inclusive

        refund_methods: list[list[dict[str, Any]]] | None | Unset
        if isinstance(self.refund_methods, Unset):
            refund_methods = UNSET
        elif isinstance(self.refund_methods, list):
            refund_methods = []
            for refund_methods_type_0_item_data in self.refund_methods:
                refund_methods_type_0_item = []
                for refund_methods_type_0_item_item_data in refund_methods_type_0_item_data:
                    refund_methods_type_0_item_item = refund_methods_type_0_item_item_data.to_dict()
                    refund_methods_type_0_item.append(refund_methods_type_0_item_item)

                refund_methods.append(refund_methods_type_0_item)

        else:
            refund_methods = self.refund_methods

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if total_refund_amount is not UNSET:
            field_dict["total_refund_amount"] = total_refund_amount
        if total_refund_tax_amount is not UNSET:
            field_dict["total_refund_tax_amount"] = total_refund_tax_amount
        if order_level_refund_amount is not UNSET:
            field_dict["order_level_refund_amount"] = order_level_refund_amount
        if rounding is not UNSET:
            field_dict["rounding"] = rounding
        if adjustment is not UNSET:
            field_dict["adjustment"] = adjustment
        if tax_inclusive is not UNSET:
            field_dict["tax_inclusive"] = tax_inclusive
        if refund_methods is not UNSET:
            field_dict["refund_methods"] = refund_methods

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_order_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order_id = _parse_order_id(d.pop("order_id", UNSET))

        def _parse_total_refund_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_refund_amount = _parse_total_refund_amount(d.pop("total_refund_amount", UNSET))

        def _parse_total_refund_tax_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_refund_tax_amount = _parse_total_refund_tax_amount(d.pop("total_refund_tax_amount", UNSET))

        def _parse_order_level_refund_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        order_level_refund_amount = _parse_order_level_refund_amount(
            d.pop("order_level_refund_amount", UNSET)
        )

        def _parse_rounding(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        rounding = _parse_rounding(d.pop("rounding", UNSET))

        def _parse_adjustment(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        adjustment = _parse_adjustment(d.pop("adjustment", UNSET))

        def _parse_tax_inclusive(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        tax_inclusive = _parse_tax_inclusive(d.pop("tax_inclusive", UNSET))

        def _parse_refund_methods(data: object) -> list[list[OrderRefundMethodOption]] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                refund_methods_type_0 = []
                _refund_methods_type_0 = data
                for refund_methods_type_0_item_data in _refund_methods_type_0:
                    refund_methods_type_0_item = []
                    _refund_methods_type_0_item = refund_methods_type_0_item_data
                    for refund_methods_type_0_item_item_data in _refund_methods_type_0_item:
                        refund_methods_type_0_item_item = OrderRefundMethodOption.from_dict(
                            refund_methods_type_0_item_item_data
                        )

                        refund_methods_type_0_item.append(refund_methods_type_0_item_item)

                    refund_methods_type_0.append(refund_methods_type_0_item)

                return refund_methods_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"refund_methods: a {type(data).__name__} fits none of the declared types")

        refund_methods = _parse_refund_methods(d.pop("refund_methods", UNSET))

        order_refund_quote = cls(
            order_id=order_id,
            total_refund_amount=total_refund_amount,
            total_refund_tax_amount=total_refund_tax_amount,
            order_level_refund_amount=order_level_refund_amount,
            rounding=rounding,
            adjustment=adjustment,
            tax_inclusive=tax_inclusive,
            refund_methods=refund_methods,
        )

        order_refund_quote.additional_properties = d
        return order_refund_quote

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
from ..models.order_refund_method_option import OrderRefundMethodOption  # noqa: E402
