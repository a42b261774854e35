from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail
    from ..models.error_field_map import ErrorFieldMap


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """The body of every documented error status. BigCommerce fills `status`, `title` and `type`
    in most cases and adds `detail` or `errors` when it can say more.

        Attributes:
            status (int | str | Unset): The HTTP status, as a number (or a string on some endpoints).
            title (str | Unset): A short human-readable summary of the problem.
            type_ (str | Unset): A link to BigCommerce's list of status codes.
            detail (str | Unset): More about this occurrence of the problem, when BigCommerce gives it.
            instance (str | Unset): Which occurrence of the problem this is, when BigCommerce says (the carts, cart settings
                and transactions errors do).
            errors (ErrorFieldMap | list[ErrorDetail] | Unset): Per-field messages (an object keyed by field), or a list of
                error details.
    """

    status: int | str | Unset = UNSET
    title: str | Unset = UNSET
    type_: str | Unset = UNSET
    detail: str | Unset = UNSET
    instance: str | Unset = UNSET
    errors: ErrorFieldMap | list[ErrorDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: int | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        title = self.title

        type_ = self.type_

        detail = self.detail

        instance = self.instance

        errors: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, ErrorFieldMap):
            errors = self.errors.to_dict()
        else:
            errors = []
            for errors_type_1_item_data in self.errors:
                errors_type_1_item = errors_type_1_item_data.to_dict()
                errors.append(errors_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if detail is not UNSET:
            field_dict["detail"] = detail
        if instance is not UNSET:
            field_dict["instance"] = instance
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_status(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        title = d.pop("title", UNSET)

        type_ = d.pop("type", UNSET)

        detail = d.pop("detail", UNSET)

        instance = d.pop("instance", UNSET)

        def _parse_errors(data: object) -> ErrorFieldMap | list[ErrorDetail] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                errors_type_0 = ErrorFieldMap.from_dict(data)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            errors_type_1 = []
            _errors_type_1 = data
            for errors_type_1_item_data in _errors_type_1:
                errors_type_1_item = ErrorDetail.from_dict(errors_type_1_item_data)

                errors_type_1.append(errors_type_1_item)

            return errors_type_1

        errors = _parse_errors(d.pop("errors", UNSET))

        error = cls(
            status=status,
            title=title,
            type_=type_,
            detail=detail,
            instance=instance,
            errors=errors,
        )

        error.additional_properties = d
        return error

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
from ..models.error_detail import ErrorDetail  # noqa: E402
from ..models.error_field_map import ErrorFieldMap  # noqa: E402
