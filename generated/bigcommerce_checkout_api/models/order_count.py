from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_count_status import OrderCountStatus


T = TypeVar("T", bound="OrderCount")


@_attrs_define
class OrderCount:
    """How many orders the store has, in total and per status.

    Attributes:
        count (int): How many orders the store has.
        statuses (list[OrderCountStatus] | None | Unset): Counts per status.
    """

    count: int
    statuses: list[OrderCountStatus] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        statuses: list[dict[str, Any]] | None | Unset
        if isinstance(self.statuses, Unset):
            statuses = UNSET
        elif isinstance(self.statuses, list):
            statuses = []
            for statuses_type_0_item_data in self.statuses:
                statuses_type_0_item = statuses_type_0_item_data.to_dict()
                statuses.append(statuses_type_0_item)

        else:
            statuses = self.statuses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
            }
        )
        if statuses is not UNSET:
            field_dict["statuses"] = statuses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        def _parse_statuses(data: object) -> list[OrderCountStatus] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                statuses_type_0 = []
                _statuses_type_0 = data
                for statuses_type_0_item_data in _statuses_type_0:
                    statuses_type_0_item = OrderCountStatus.from_dict(statuses_type_0_item_data)

                    statuses_type_0.append(statuses_type_0_item)

                return statuses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"statuses: a {type(data).__name__} fits none of the declared types")

        statuses = _parse_statuses(d.pop("statuses", UNSET))

        order_count = cls(
            count=count,
            statuses=statuses,
        )

        order_count.additional_properties = d
        return order_count

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
from ..models.order_count_status import OrderCountStatus  # noqa: E402
