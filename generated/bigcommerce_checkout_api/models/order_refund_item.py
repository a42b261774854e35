from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_refund_item_item_type_type_1 import OrderRefundItemItemTypeType1
from ..models.order_refund_item_item_type_type_2_type_1 import (
    OrderRefundItemItemTypeType2Type1,
)
from ..models.order_refund_item_item_type_type_3_type_1 import (
    OrderRefundItemItemTypeType3Type1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_refund_item_adjustment import OrderRefundItemAdjustment


T = TypeVar("T", bound="OrderRefundItem")


@_attrs_define
class OrderRefundItem:
    """A refunded item.

    Attributes:
        item_type (None | OrderRefundItemItemTypeType1 | OrderRefundItemItemTypeType2Type1 |
            OrderRefundItemItemTypeType3Type1 | Unset): What was refunded.
        item_id (int | None | Unset): The id of the refunded thing: the order product for products and gift wrapping,
            the address for shipping and handling, the order for the whole order.
        reason (None | str | Unset): Why it was refunded.
        quantity (int | None | Unset): How many were refunded (products only).
        adjustments (list[OrderRefundItemAdjustment] | None | Unset): Amounts taken off what is refunded for this item.
        requested_amount (float | None | str | Unset): The amount asked for.
    """

    item_type: (
        None
        | OrderRefundItemItemTypeType1
        | OrderRefundItemItemTypeType2Type1
        | OrderRefundItemItemTypeType3Type1
        | Unset
    ) = UNSET
    item_id: int | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    quantity: int | None | Unset = UNSET
    adjustments: list[OrderRefundItemAdjustment] | None | Unset = UNSET
    requested_amount: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_type: None | str | Unset
        if isinstance(self.item_type, Unset):
            item_type = UNSET
        elif isinstance(self.item_type, OrderRefundItemItemTypeType1):
            item_type = self.item_type.value
        elif isinstance(self.item_type, OrderRefundItemItemTypeType2Type1):
            item_type = self.item_type.value
        elif isinstance(self.item_type, OrderRefundItemItemTypeType3Type1):
            item_type = self.item_type.value
        else:
            item_type = self.item_type

        item_id: int | None | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        else:
            item_id = self.item_id

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        adjustments: list[dict[str, Any]] | None | Unset
        if isinstance(self.adjustments, Unset):
            adjustments = UNSET
        elif isinstance(self.adjustments, list):
            adjustments = []
            for adjustments_type_0_item_data in self.adjustments:
                adjustments_type_0_item = adjustments_type_0_item_data.to_dict()
                adjustments.append(adjustments_type_0_item)

        else:
            adjustments = self.adjustments

        requested_amount: float | None | str | Unset
        if isinstance(self.requested_amount, Unset):
            requested_amount = UNSET
        else:
            requested_amount = self.requested_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if reason is not UNSET:
            field_dict["reason"] = reason
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if adjustments is not UNSET:
            field_dict["adjustments"] = adjustments
        if requested_amount is not UNSET:
            field_dict["requested_amount"] = requested_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_item_type(
            data: object,
        ) -> (
            None
            | OrderRefundItemItemTypeType1
            | OrderRefundItemItemTypeType2Type1
            | OrderRefundItemItemTypeType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                item_type_type_1 = OrderRefundItemItemTypeType1(data)

                return item_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                item_type_type_2_type_1 = OrderRefundItemItemTypeType2Type1(data)

                return item_type_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                item_type_type_3_type_1 = OrderRefundItemItemTypeType3Type1(data)

                return item_type_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"item_type: a {type(data).__name__} fits none of the declared types")

        item_type = _parse_item_type(d.pop("item_type", UNSET))

        def _parse_item_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        item_id = _parse_item_id(d.pop("item_id", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        def _parse_adjustments(data: object) -> list[OrderRefundItemAdjustment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                adjustments_type_0 = []
                _adjustments_type_0 = data
                for adjustments_type_0_item_data in _adjustments_type_0:
                    adjustments_type_0_item = OrderRefundItemAdjustment.from_dict(
                        adjustments_type_0_item_data
                    )

                    adjustments_type_0.append(adjustments_type_0_item)

                return adjustments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"adjustments: a {type(data).__name__} fits none of the declared types")

        adjustments = _parse_adjustments(d.pop("adjustments", UNSET))

        def _parse_requested_amount(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        requested_amount = _parse_requested_amount(d.pop("requested_amount", UNSET))

        order_refund_item = cls(
            item_type=item_type,
            item_id=item_id,
            reason=reason,
            quantity=quantity,
            adjustments=adjustments,
            requested_amount=requested_amount,
        )

        order_refund_item.additional_properties = d
        return order_refund_item

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
from ..models.order_refund_item_adjustment import OrderRefundItemAdjustment  # noqa: E402
