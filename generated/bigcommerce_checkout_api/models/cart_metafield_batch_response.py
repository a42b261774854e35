from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cart_metafield import CartMetafield
    from ..models.metafield_batch_error import MetafieldBatchError
    from ..models.metafield_write_meta import MetafieldWriteMeta


T = TypeVar("T", bound="CartMetafieldBatchResponse")


@_attrs_define
class CartMetafieldBatchResponse:
    """The result of a batch write; with a 422, only some entries were written.

    Attributes:
        data (list[CartMetafield] | Unset):
        errors (list[MetafieldBatchError] | None | Unset):
        meta (MetafieldWriteMeta | Unset): How many entries of a batch were written.
    """

    data: list[CartMetafield] | Unset = UNSET
    errors: list[MetafieldBatchError] | None | Unset = UNSET
    meta: MetafieldWriteMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        errors: list[dict[str, Any]] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = []
            for errors_type_0_item_data in self.errors:
                errors_type_0_item = errors_type_0_item_data.to_dict()
                errors.append(errors_type_0_item)

        else:
            errors = self.errors

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if errors is not UNSET:
            field_dict["errors"] = errors
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[CartMetafield] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = CartMetafield.from_dict(data_item_data)

                data.append(data_item)

        def _parse_errors(data: object) -> list[MetafieldBatchError] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                errors_type_0 = []
                _errors_type_0 = data
                for errors_type_0_item_data in _errors_type_0:
                    errors_type_0_item = MetafieldBatchError.from_dict(errors_type_0_item_data)

                    errors_type_0.append(errors_type_0_item)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"errors: a {type(data).__name__} fits none of the declared types")

        errors = _parse_errors(d.pop("errors", UNSET))

        _meta = d.pop("meta", UNSET)
        meta: MetafieldWriteMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = MetafieldWriteMeta.from_dict(_meta)

        cart_metafield_batch_response = cls(
            data=data,
            errors=errors,
            meta=meta,
        )

        cart_metafield_batch_response.additional_properties = d
        return cart_metafield_batch_response

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
from ..models.cart_metafield import CartMetafield  # noqa: E402
from ..models.metafield_batch_error import MetafieldBatchError  # noqa: E402
from ..models.metafield_write_meta import MetafieldWriteMeta  # noqa: E402
