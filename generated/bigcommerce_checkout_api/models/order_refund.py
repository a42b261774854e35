from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_refund_item import OrderRefundItem
    from ..models.order_refund_payment import OrderRefundPayment


T = TypeVar("T", bound="OrderRefund")


@_attrs_define
class OrderRefund:
    """A refund of (part of) an order.

    Attributes:
        id (int): The refund's id.
        order_id (int | None | Unset): The order's id.
        user_id (int | None | Unset): The id of the user who made the refund.
        created (None | str | Unset): When the refund was made.
        reason (None | str | Unset): Why it was refunded.
        total_amount (float | None | Unset): The refunded total.
        total_tax (float | None | Unset): The tax refunded.
        uses_merchant_override_values (bool | None | Unset): Whether the merchant set the refund's amount and tax by
            hand.
        items (list[OrderRefundItem] | None | Unset): What the refund covers.
        payments (list[OrderRefundPayment] | None | Unset): The refund's payments, one per provider.
    """

    id: int
    order_id: int | None | Unset = UNSET
    user_id: int | None | Unset = UNSET
    created: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    total_amount: float | None | Unset = UNSET
    total_tax: float | None | Unset = UNSET
    uses_merchant_override_values: bool | None | Unset = UNSET
    items: list[OrderRefundItem] | None | Unset = UNSET
    payments: list[OrderRefundPayment] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        order_id: int | None | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        total_amount: float | None | Unset
        if isinstance(self.total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = self.total_amount

        total_tax: float | None | Unset
        if isinstance(self.total_tax, Unset):
            total_tax = UNSET
        else:
            total_tax = self.total_tax

        uses_merchant_override_values: bool | None | Unset
        if isinstance(self.uses_merchant_override_values, Unset):
            uses_merchant_override_values = UNSET
        else:
            uses_merchant_override_values = self.uses_merchant_override_values

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        payments: list[dict[str, Any]] | None | Unset
        if isinstance(self.payments, Unset):
            payments = UNSET
        elif isinstance(self.payments, list):
            payments = []
            for payments_type_0_item_data in self.payments:
                payments_type_0_item = payments_type_0_item_data.to_dict()
                payments.append(payments_type_0_item)

        else:
            payments = self.payments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if created is not UNSET:
            field_dict["created"] = created
        if reason is not UNSET:
            field_dict["reason"] = reason
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if total_tax is not UNSET:
            field_dict["total_tax"] = total_tax
        if uses_merchant_override_values is not UNSET:
            field_dict["uses_merchant_override_values"] = uses_merchant_override_values
        if items is not UNSET:
            field_dict["items"] = items
        if payments is not UNSET:
            field_dict["payments"] = payments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_order_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order_id = _parse_order_id(d.pop("order_id", UNSET))

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_total_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_amount = _parse_total_amount(d.pop("total_amount", UNSET))

        def _parse_total_tax(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_tax = _parse_total_tax(d.pop("total_tax", UNSET))

        def _parse_uses_merchant_override_values(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        uses_merchant_override_values = _parse_uses_merchant_override_values(
            d.pop("uses_merchant_override_values", UNSET)
        )

        def _parse_items(data: object) -> list[OrderRefundItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                items_type_0 = []
                _items_type_0 = data
                for items_type_0_item_data in _items_type_0:
                    items_type_0_item = OrderRefundItem.from_dict(items_type_0_item_data)

                    items_type_0.append(items_type_0_item)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"items: a {type(data).__name__} fits none of the declared types")

        items = _parse_items(d.pop("items", UNSET))

        def _parse_payments(data: object) -> list[OrderRefundPayment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                payments_type_0 = []
                _payments_type_0 = data
                for payments_type_0_item_data in _payments_type_0:
                    payments_type_0_item = OrderRefundPayment.from_dict(payments_type_0_item_data)

                    payments_type_0.append(payments_type_0_item)

                return payments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"payments: a {type(data).__name__} fits none of the declared types")

        payments = _parse_payments(d.pop("payments", UNSET))

        order_refund = cls(
            id=id,
            order_id=order_id,
            user_id=user_id,
            created=created,
            reason=reason,
            total_amount=total_amount,
            total_tax=total_tax,
            uses_merchant_override_values=uses_merchant_override_values,
            items=items,
            payments=payments,
        )

        order_refund.additional_properties = d
        return order_refund

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
from ..models.order_refund_item import OrderRefundItem  # noqa: E402
from ..models.order_refund_payment import OrderRefundPayment  # noqa: E402
