from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.storefront_promotion_banner import StorefrontPromotionBanner


T = TypeVar("T", bound="StorefrontPromotion")


@_attrs_define
class StorefrontPromotion:
    """A promotion that applies, or nearly applies, to the checkout.

    Attributes:
        banners (list[StorefrontPromotionBanner]):
    """

    banners: list[StorefrontPromotionBanner]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        banners = []
        for banners_item_data in self.banners:
            banners_item = banners_item_data.to_dict()
            banners.append(banners_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "banners": banners,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        banners = []
        _banners = d.pop("banners")
        for banners_item_data in _banners:
            banners_item = StorefrontPromotionBanner.from_dict(banners_item_data)

            banners.append(banners_item)

        storefront_promotion = cls(
            banners=banners,
        )

        storefront_promotion.additional_properties = d
        return storefront_promotion

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
from ..models.storefront_promotion_banner import StorefrontPromotionBanner  # noqa: E402
