from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cart_gift_wrapping_input import CartGiftWrappingInput
    from ..models.cart_option_selection import CartOptionSelection


T = TypeVar("T", bound="CartLineItemInput")


@_attrs_define
class CartLineItemInput:
    """A catalog product to put in the cart. Name the variant with `variant_id`, or the options
    with `option_selections` (needed for modifiers such as a printed text).

        Attributes:
            quantity (float): How many.
            product_id (float): The product.
            variant_id (float | Unset): The variant, when it fixes every option.
            list_price (float | Unset): A price to use instead of the catalog price.
            name (str | Unset): A name to use instead of the product's.
            option_selections (list[CartOptionSelection] | Unset):
            gift_wrapping (CartGiftWrappingInput | Unset): How to gift-wrap the item.
    """

    quantity: float
    product_id: float
    variant_id: float | Unset = UNSET
    list_price: float | Unset = UNSET
    name: str | Unset = UNSET
    option_selections: list[CartOptionSelection] | Unset = UNSET
    gift_wrapping: CartGiftWrappingInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        product_id = self.product_id

        variant_id = self.variant_id

        list_price = self.list_price

        name = self.name

        option_selections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.option_selections, Unset):
            option_selections = []
            for option_selections_item_data in self.option_selections:
                option_selections_item = option_selections_item_data.to_dict()
                option_selections.append(option_selections_item)

        gift_wrapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gift_wrapping, Unset):
            gift_wrapping = self.gift_wrapping.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quantity": quantity,
                "product_id": product_id,
            }
        )
        if variant_id is not UNSET:
            field_dict["variant_id"] = variant_id
        if list_price is not UNSET:
            field_dict["list_price"] = list_price
        if name is not UNSET:
            field_dict["name"] = name
        if option_selections is not UNSET:
            field_dict["option_selections"] = option_selections
        if gift_wrapping is not UNSET:
            field_dict["gift_wrapping"] = gift_wrapping

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quantity = d.pop("quantity")

        product_id = d.pop("product_id")

        variant_id = d.pop("variant_id", UNSET)

        list_price = d.pop("list_price", UNSET)

        name = d.pop("name", UNSET)

        _option_selections = d.pop("option_selections", UNSET)
        option_selections: list[CartOptionSelection] | Unset = UNSET
        if _option_selections is not UNSET:
            option_selections = []
            for option_selections_item_data in _option_selections:
                option_selections_item = CartOptionSelection.from_dict(option_selections_item_data)

                option_selections.append(option_selections_item)

        _gift_wrapping = d.pop("gift_wrapping", UNSET)
        gift_wrapping: CartGiftWrappingInput | Unset
        if isinstance(_gift_wrapping, Unset):
            gift_wrapping = UNSET
        else:
            gift_wrapping = CartGiftWrappingInput.from_dict(_gift_wrapping)

        cart_line_item_input = cls(
            quantity=quantity,
            product_id=product_id,
            variant_id=variant_id,
            list_price=list_price,
            name=name,
            option_selections=option_selections,
            gift_wrapping=gift_wrapping,
        )

        cart_line_item_input.additional_properties = d
        return cart_line_item_input

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
from ..models.cart_gift_wrapping_input import CartGiftWrappingInput  # noqa: E402
from ..models.cart_option_selection import CartOptionSelection  # noqa: E402
