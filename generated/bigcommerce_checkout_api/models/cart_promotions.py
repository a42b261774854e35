from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cart_banner import CartBanner


T = TypeVar("T", bound="CartPromotions")


@_attrs_define
class CartPromotions:
    """Promotions the shopper can see; present when `include` asks for banners.

    Attributes:
        banners (list[CartBanner] | None | Unset):
    """

    banners: list[CartBanner] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        banners: list[dict[str, Any]] | None | Unset
        if isinstance(self.banners, Unset):
            banners = UNSET
        elif isinstance(self.banners, list):
            banners = []
            for banners_type_0_item_data in self.banners:
                banners_type_0_item = banners_type_0_item_data.to_dict()
                banners.append(banners_type_0_item)

        else:
            banners = self.banners

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if banners is not UNSET:
            field_dict["banners"] = banners

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_banners(data: object) -> list[CartBanner] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                banners_type_0 = []
                _banners_type_0 = data
                for banners_type_0_item_data in _banners_type_0:
                    banners_type_0_item = CartBanner.from_dict(banners_type_0_item_data)

                    banners_type_0.append(banners_type_0_item)

                return banners_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"banners: a {type(data).__name__} fits none of the declared types")

        banners = _parse_banners(d.pop("banners", UNSET))

        cart_promotions = cls(
            banners=banners,
        )

        cart_promotions.additional_properties = d
        return cart_promotions

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
from ..models.cart_banner import CartBanner  # noqa: E402
