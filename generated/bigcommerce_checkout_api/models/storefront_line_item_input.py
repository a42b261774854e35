from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storefront_gift_wrapping_input import StorefrontGiftWrappingInput


T = TypeVar("T", bound="StorefrontLineItemInput")


@_attrs_define
class StorefrontLineItemInput:
    """A product line item's new quantity and gift wrapping.

    Attributes:
        quantity (float | Unset):
        product_id (float | Unset):
        variant_id (float | Unset):
        gift_wrapping (None | StorefrontGiftWrappingInput | Unset): The wrapping to use; `null` removes the current
            wrapping.
    """

    quantity: float | Unset = UNSET
    product_id: float | Unset = UNSET
    variant_id: float | Unset = UNSET
    gift_wrapping: None | StorefrontGiftWrappingInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        product_id = self.product_id

        variant_id = self.variant_id

        gift_wrapping: dict[str, Any] | None | Unset
        if isinstance(self.gift_wrapping, Unset):
            gift_wrapping = UNSET
        elif isinstance(self.gift_wrapping, StorefrontGiftWrappingInput):
            gift_wrapping = self.gift_wrapping.to_dict()
        else:
            gift_wrapping = self.gift_wrapping

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if variant_id is not UNSET:
            field_dict["variantId"] = variant_id
        if gift_wrapping is not UNSET:
            field_dict["giftWrapping"] = gift_wrapping

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quantity = d.pop("quantity", UNSET)

        product_id = d.pop("productId", UNSET)

        variant_id = d.pop("variantId", UNSET)

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

        storefront_line_item_input = cls(
            quantity=quantity,
            product_id=product_id,
            variant_id=variant_id,
            gift_wrapping=gift_wrapping,
        )

        storefront_line_item_input.additional_properties = d
        return storefront_line_item_input

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
from ..models.storefront_gift_wrapping_input import StorefrontGiftWrappingInput  # noqa: E402
