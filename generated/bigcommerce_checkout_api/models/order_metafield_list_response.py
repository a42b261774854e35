from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metafield_list_meta import MetafieldListMeta
    from ..models.order_metafield import OrderMetafield


T = TypeVar("T", bound="OrderMetafieldListResponse")


@_attrs_define
class OrderMetafieldListResponse:
    """A page of an order's metafields.

    Attributes:
        data (list[OrderMetafield] | Unset):
        meta (MetafieldListMeta | Unset): Where this page sits in the whole list.
    """

    data: list[OrderMetafield] | Unset = UNSET
    meta: MetafieldListMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

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
        data: list[OrderMetafield] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = OrderMetafield.from_dict(data_item_data)

                data.append(data_item)

        _meta = d.pop("meta", UNSET)
        meta: MetafieldListMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = MetafieldListMeta.from_dict(_meta)

        order_metafield_list_response = cls(
            data=data,
            meta=meta,
        )

        order_metafield_list_response.additional_properties = d
        return order_metafield_list_response

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
from ..models.metafield_list_meta import MetafieldListMeta  # noqa: E402
from ..models.order_metafield import OrderMetafield  # noqa: E402
