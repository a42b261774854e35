from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta
    from ..models.order_refund_quote import OrderRefundQuote


T = TypeVar("T", bound="OrderRefundQuoteResponse")


@_attrs_define
class OrderRefundQuoteResponse:
    """The envelope of a refund quote.

    Attributes:
        data (OrderRefundQuote | Unset): What a refund of the given items would pay back, and how.
        meta (Meta | Unset): Response metadata. BigCommerce sends an empty object today.
    """

    data: OrderRefundQuote | Unset = UNSET
    meta: Meta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: OrderRefundQuote | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = OrderRefundQuote.from_dict(_data)

        _meta = d.pop("meta", UNSET)
        meta: Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        order_refund_quote_response = cls(
            data=data,
            meta=meta,
        )

        order_refund_quote_response.additional_properties = d
        return order_refund_quote_response

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
from ..models.meta import Meta  # noqa: E402
from ..models.order_refund_quote import OrderRefundQuote  # noqa: E402
