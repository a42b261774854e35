from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storefront_cart_option_selection import StorefrontCartOptionSelection
    from ..models.storefront_gift_wrapping_input import StorefrontGiftWrappingInput


T = TypeVar("T", bound="StorefrontCartLineItemInput")


@_attrs_define
class StorefrontCartLineItemInput:
    """A catalog product for the cart.

    Attributes:
        product_id (float): The product.
        quantity (float): How many.
        variant_id (float | Unset): The variant, when it fixes every option.
        option_selections (list[StorefrontCartOptionSelection] | Unset):
        gift_wrapping (None | StorefrontGiftWrappingInput | Unset): How to gift-wrap it; `null` for no wrapping.
    """

    product_id: float
    quantity: float
    variant_id: float | Unset = UNSET
    option_selections: list[StorefrontCartOptionSelection] | Unset = UNSET
    gift_wrapping: None | StorefrontGiftWrappingInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        quantity = self.quantity

        variant_id = self.variant_id

        option_selections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.option_selections, Unset):
            option_selections = []
            for option_selections_item_data in self.option_selections:
                option_selections_item = option_selections_item_data.to_dict()
                option_selections.append(option_selections_item)

        gift_wrapping: dict[str, Any] | None | Unset
        if isinstance(self.gift_wrapping, Unset):
            gift_wrapping = UNSET
        elif isinstance(self.gift_wrapping, StorefrontGiftWrappingInput):
            gift_wrapping = self.gift_wrapping.to_dict()
        else:
            gift_wrapping = self.gift_wrapping

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "productId": product_id,
                "quantity": quantity,
            }
        )
        if variant_id is not UNSET:
            field_dict["variantId"] = variant_id
        if option_selections is not UNSET:
            field_dict["optionSelections"] = option_selections
        if gift_wrapping is not UNSET:
            field_dict["giftWrapping"] = gift_wrapping

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        product_id = d.pop("productId")

        quantity = d.pop("quantity")

        variant_id = d.pop("variantId", UNSET)

        _option_selections = d.pop("optionSelections", UNSET)
        option_selections: list[StorefrontCartOptionSelection] | Unset = UNSET
        if _option_selections is not UNSET:
            option_selections = []
            for option_selections_item_data in _option_selections:
                option_selections_item = StorefrontCartOptionSelection.from_dict(option_selections_item_data)

                option_selections.append(option_selections_item)

        def _parse_gift_wrapping(data: object) -> None | StorefrontGiftWrappingInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                gift_wrapping_type_0 = StorefrontGiftWrappingInput.from_dict(data)

                return gift_wrapping_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"gift_wrapping: a {type(data).__name__} fits none of the declared types")

        gift_wrapping = _parse_gift_wrapping(d.pop("giftWrapping", UNSET))

        storefront_cart_line_item_input = cls(
            product_id=product_id,
            quantity=quantity,
            variant_id=variant_id,
            option_selections=option_selections,
            gift_wrapping=gift_wrapping,
        )

        storefront_cart_line_item_input.additional_properties = d
        return storefront_cart_line_item_input

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
from ..models.storefront_cart_option_selection import StorefrontCartOptionSelection  # noqa: E402
from ..models.storefront_gift_wrapping_input import StorefrontGiftWrappingInput  # noqa: E402
