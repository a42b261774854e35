from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_refund_item_input import OrderRefundItemInput


T = TypeVar("T", bound="OrderRefundQuoteRequest")


@_attrs_define
class OrderRefundQuoteRequest:
    """What to quote a refund for; give `items`, or `tax_adjustment_amount` for overcharged tax.

    Attributes:
        items (list[OrderRefundItemInput] | Unset):
        tax_adjustment_amount (float | Unset): Tax charged too much, to pay back on its own.
    """

    items: list[OrderRefundItemInput] | Unset = UNSET
    tax_adjustment_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        tax_adjustment_amount = self.tax_adjustment_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if tax_adjustment_amount is not UNSET:
            field_dict["tax_adjustment_amount"] = tax_adjustment_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        items: list[OrderRefundItemInput] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = OrderRefundItemInput.from_dict(items_item_data)

                items.append(items_item)

        tax_adjustment_amount = d.pop("tax_adjustment_amount", UNSET)

        order_refund_quote_request = cls(
            items=items,
            tax_adjustment_amount=tax_adjustment_amount,
        )

        order_refund_quote_request.additional_properties = d
        return order_refund_quote_request

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
from ..models.order_refund_item_input import OrderRefundItemInput  # noqa: E402
