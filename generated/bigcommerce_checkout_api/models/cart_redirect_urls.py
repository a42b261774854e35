from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CartRedirectUrls")


@_attrs_define
class CartRedirectUrls:
    """Links that open the cart on the storefront; each works once.

    Attributes:
        cart_url (None | str | Unset): Loads the cart page with this cart.
        checkout_url (None | str | Unset): Loads the storefront checkout with this cart.
        embedded_checkout_url (None | str | Unset): The checkout, for an embedded checkout frame.
    """

    cart_url: None | str | Unset = UNSET
    checkout_url: None | str | Unset = UNSET
    embedded_checkout_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cart_url: None | str | Unset
        if isinstance(self.cart_url, Unset):
            cart_url = UNSET
        else:
            cart_url = self.cart_url

        checkout_url: None | str | Unset
        if isinstance(self.checkout_url, Unset):
            checkout_url = UNSET
        else:
            checkout_url = self.checkout_url

        embedded_checkout_url: None | str | Unset
        if isinstance(self.embedded_checkout_url, Unset):
            embedded_checkout_url = UNSET
        else:
            embedded_checkout_url = self.embedded_checkout_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cart_url is not UNSET:
            field_dict["cart_url"] = cart_url
        if checkout_url is not UNSET:
            field_dict["checkout_url"] = checkout_url
        if embedded_checkout_url is not UNSET:
            field_dict["embedded_checkout_url"] = embedded_checkout_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_cart_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cart_url = _parse_cart_url(d.pop("cart_url", UNSET))

        def _parse_checkout_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        checkout_url = _parse_checkout_url(d.pop("checkout_url", UNSET))

        def _parse_embedded_checkout_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        embedded_checkout_url = _parse_embedded_checkout_url(d.pop("embedded_checkout_url", UNSET))

        cart_redirect_urls = cls(
            cart_url=cart_url,
            checkout_url=checkout_url,
            embedded_checkout_url=embedded_checkout_url,
        )

        cart_redirect_urls.additional_properties = d
        return cart_redirect_urls

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
