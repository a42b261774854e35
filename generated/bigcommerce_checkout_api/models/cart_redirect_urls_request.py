from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cart_query_param import CartQueryParam


T = TypeVar("T", bound="CartRedirectUrlsRequest")


@_attrs_define
class CartRedirectUrlsRequest:
    """Extra query parameters to put on the links.

    Attributes:
        query_params (CartQueryParam | Unset): One query parameter, for example for campaign tracking.
    """

    query_params: CartQueryParam | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query_params, Unset):
            query_params = self.query_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if query_params is not UNSET:
            field_dict["query_params"] = query_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _query_params = d.pop("query_params", UNSET)
        query_params: CartQueryParam | Unset
        if isinstance(_query_params, Unset):
            query_params = UNSET
        else:
            query_params = CartQueryParam.from_dict(_query_params)

        cart_redirect_urls_request = cls(
            query_params=query_params,
        )

        cart_redirect_urls_request.additional_properties = d
        return cart_redirect_urls_request

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
from ..models.cart_query_param import CartQueryParam  # noqa: E402
