from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.checkout_token_data import CheckoutTokenData
    from ..models.meta import Meta


T = TypeVar("T", bound="CheckoutTokenResponse")


@_attrs_define
class CheckoutTokenResponse:
    """A new checkout token. BigCommerce's published description shows it both at the top level (its schema) and wrapped in
    `data` (its example); the client accepts either and always returns it in `checkoutToken`.

        Attributes:
            checkout_token (str | Unset): Pass it as `t` on the order confirmation URL.
            data (CheckoutTokenData | Unset): The token, when the answer wraps it in `data`.
            meta (Meta | None | Unset):
    """

    checkout_token: str | Unset = UNSET
    data: CheckoutTokenData | Unset = UNSET
    meta: Meta | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkout_token = self.checkout_token

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, Meta):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if checkout_token is not UNSET:
            field_dict["checkoutToken"] = checkout_token
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        checkout_token = d.pop("checkoutToken", UNSET)

        _data = d.pop("data", UNSET)
        data: CheckoutTokenData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = CheckoutTokenData.from_dict(_data)

        def _parse_meta(data: object) -> Meta | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = Meta.from_dict(data)

                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"meta: a {type(data).__name__} fits none of the declared types")

        meta = _parse_meta(d.pop("meta", UNSET))

        checkout_token_response = cls(
            checkout_token=checkout_token,
            data=data,
            meta=meta,
        )

        checkout_token_response.additional_properties = d
        return checkout_token_response

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
from ..models.checkout_token_data import CheckoutTokenData  # noqa: E402
from ..models.meta import Meta  # noqa: E402
