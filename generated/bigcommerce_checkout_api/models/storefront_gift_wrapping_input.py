from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.storefront_gift_wrap_detail import StorefrontGiftWrapDetail


T = TypeVar("T", bound="StorefrontGiftWrappingInput")


@_attrs_define
class StorefrontGiftWrappingInput:
    """How to gift-wrap a line item.

    Attributes:
        wrap_together (bool): Wrap all units together (only the first `wrapDetails` entry is used) or each on its own.
        wrap_details (list[StorefrontGiftWrapDetail]): One entry per unit when wrapping separately (at most the
            quantity), or one entry in all.
    """

    wrap_together: bool
    wrap_details: list[StorefrontGiftWrapDetail]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wrap_together = self.wrap_together

        wrap_details = []
        for wrap_details_item_data in self.wrap_details:
            wrap_details_item = wrap_details_item_data.to_dict()
            wrap_details.append(wrap_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wrapTogether": wrap_together,
                "wrapDetails": wrap_details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wrap_together = d.pop("wrapTogether")

        wrap_details = []
        _wrap_details = d.pop("wrapDetails")
        for wrap_details_item_data in _wrap_details:
            wrap_details_item = StorefrontGiftWrapDetail.from_dict(wrap_details_item_data)

            wrap_details.append(wrap_details_item)

        storefront_gift_wrapping_input = cls(
            wrap_together=wrap_together,
            wrap_details=wrap_details,
        )

        storefront_gift_wrapping_input.additional_properties = d
        return storefront_gift_wrapping_input

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
from ..models.storefront_gift_wrap_detail import StorefrontGiftWrapDetail  # noqa: E402
