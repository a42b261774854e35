from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cart_gift_wrap_detail import CartGiftWrapDetail


T = TypeVar("T", bound="CartGiftWrappingInput")


@_attrs_define
class CartGiftWrappingInput:
    """How to gift-wrap the item.

    Attributes:
        wrap_together (bool | Unset): Wrap all units together (with the first `wrap_details` entry) or each on its own.
        wrap_details (list[CartGiftWrapDetail] | Unset):
    """

    wrap_together: bool | Unset = UNSET
    wrap_details: list[CartGiftWrapDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wrap_together = self.wrap_together

        wrap_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.wrap_details, Unset):
            wrap_details = []
            for wrap_details_item_data in self.wrap_details:
                wrap_details_item = wrap_details_item_data.to_dict()
                wrap_details.append(wrap_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if wrap_together is not UNSET:
            field_dict["wrap_together"] = wrap_together
        if wrap_details is not UNSET:
            field_dict["wrap_details"] = wrap_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wrap_together = d.pop("wrap_together", UNSET)

        _wrap_details = d.pop("wrap_details", UNSET)
        wrap_details: list[CartGiftWrapDetail] | Unset = UNSET
        if _wrap_details is not UNSET:
            wrap_details = []
            for wrap_details_item_data in _wrap_details:
                wrap_details_item = CartGiftWrapDetail.from_dict(wrap_details_item_data)

                wrap_details.append(wrap_details_item)

        cart_gift_wrapping_input = cls(
            wrap_together=wrap_together,
            wrap_details=wrap_details,
        )

        cart_gift_wrapping_input.additional_properties = d
        return cart_gift_wrapping_input

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
from ..models.cart_gift_wrap_detail import CartGiftWrapDetail  # noqa: E402
