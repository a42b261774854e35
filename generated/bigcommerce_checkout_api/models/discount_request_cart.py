from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cart_discount_input import CartDiscountInput
    from ..models.line_item_discount_input import LineItemDiscountInput


T = TypeVar("T", bound="DiscountRequestCart")


@_attrs_define
class DiscountRequestCart:
    """Discounts for the whole cart and for single line items.

    Attributes:
        discounts (list[CartDiscountInput] | Unset): Cart-level discounts, spread over the items by their value.
        line_items (list[LineItemDiscountInput] | Unset): Discounts on single line items.
        version (int | Unset): The checkout version you last read. BigCommerce answers 409 instead of applying the
            change
            when the checkout has moved on since.
    """

    discounts: list[CartDiscountInput] | Unset = UNSET
    line_items: list[LineItemDiscountInput] | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.discounts, Unset):
            discounts = []
            for discounts_item_data in self.discounts:
                discounts_item = discounts_item_data.to_dict()
                discounts.append(discounts_item)

        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if line_items is not UNSET:
            field_dict["line_items"] = line_items
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _discounts = d.pop("discounts", UNSET)
        discounts: list[CartDiscountInput] | Unset = UNSET
        if _discounts is not UNSET:
            discounts = []
            for discounts_item_data in _discounts:
                discounts_item = CartDiscountInput.from_dict(discounts_item_data)

                discounts.append(discounts_item)

        _line_items = d.pop("line_items", UNSET)
        line_items: list[LineItemDiscountInput] | Unset = UNSET
        if _line_items is not UNSET:
            line_items = []
            for line_items_item_data in _line_items:
                line_items_item = LineItemDiscountInput.from_dict(line_items_item_data)

                line_items.append(line_items_item)

        version = d.pop("version", UNSET)

        discount_request_cart = cls(
            discounts=discounts,
            line_items=line_items,
            version=version,
        )

        discount_request_cart.additional_properties = d
        return discount_request_cart

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
from ..models.cart_discount_input import CartDiscountInput  # noqa: E402
from ..models.line_item_discount_input import LineItemDiscountInput  # noqa: E402
