from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.storefront_promotion_type import StorefrontPromotionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StorefrontPromotion")


@_attrs_define
class StorefrontPromotion:
    """A promotion message to show the shopper.

    Attributes:
        type_ (StorefrontPromotionType | Unset):
        text (str | Unset): The text to show.
    """

    type_: StorefrontPromotionType | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: StorefrontPromotionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = StorefrontPromotionType(_type_)

        text = d.pop("text", UNSET)

        storefront_promotion = cls(
            type_=type_,
            text=text,
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
