from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.storefront_promotion_banner_type import StorefrontPromotionBannerType

T = TypeVar("T", bound="StorefrontPromotionBanner")


@_attrs_define
class StorefrontPromotionBanner:
    """A promotion message to show the shopper.

    Attributes:
        type_ (StorefrontPromotionBannerType):
        text (str): The text to show.
    """

    type_: StorefrontPromotionBannerType
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = StorefrontPromotionBannerType(d.pop("type"))

        text = d.pop("text")

        storefront_promotion_banner = cls(
            type_=type_,
            text=text,
        )

        storefront_promotion_banner.additional_properties = d
        return storefront_promotion_banner

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
