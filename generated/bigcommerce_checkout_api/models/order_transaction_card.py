from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_transaction_card_card_type_type_1 import (
    OrderTransactionCardCardTypeType1,
)
from ..models.order_transaction_card_card_type_type_2_type_1 import (
    OrderTransactionCardCardTypeType2Type1,
)
from ..models.order_transaction_card_card_type_type_3_type_1 import (
    OrderTransactionCardCardTypeType3Type1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderTransactionCard")


@_attrs_define
class OrderTransactionCard:
    """The card of a transaction.

    Attributes:
        card_type (None | OrderTransactionCardCardTypeType1 | OrderTransactionCardCardTypeType2Type1 |
            OrderTransactionCardCardTypeType3Type1 | Unset): The card's brand.
        card_iin (None | str | Unset): The card number's first digits (issuer identification number).
        card_last4 (None | str | Unset): The card number's last four digits.
        card_expiry_month (int | None | Unset): The card's expiry month (1 to 12).
        card_expiry_year (int | None | Unset): The card's expiry year.
    """

    card_type: (
        None
        | OrderTransactionCardCardTypeType1
        | OrderTransactionCardCardTypeType2Type1
        | OrderTransactionCardCardTypeType3Type1
        | Unset
    ) = UNSET
    card_iin: None | str | Unset = UNSET
    card_last4: None | str | Unset = UNSET
    card_expiry_month: int | None | Unset = UNSET
    card_expiry_year: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_type: None | str | Unset
        if isinstance(self.card_type, Unset):
            card_type = UNSET
        elif isinstance(self.card_type, OrderTransactionCardCardTypeType1):
            card_type = self.card_type.value
        elif isinstance(self.card_type, OrderTransactionCardCardTypeType2Type1):
            card_type = self.card_type.value
        elif isinstance(self.card_type, OrderTransactionCardCardTypeType3Type1):
            card_type = self.card_type.value
        else:
            card_type = self.card_type

        card_iin: None | str | Unset
        if isinstance(self.card_iin, Unset):
            card_iin = UNSET
        else:
            card_iin = self.card_iin

        card_last4: None | str | Unset
        if isinstance(self.card_last4, Unset):
            card_last4 = UNSET
        else:
            card_last4 = self.card_last4

        card_expiry_month: int | None | Unset
        if isinstance(self.card_expiry_month, Unset):
            card_expiry_month = UNSET
        else:
            card_expiry_month = self.card_expiry_month

        card_expiry_year: int | None | Unset
        if isinstance(self.card_expiry_year, Unset):
            card_expiry_year = UNSET
        else:
            card_expiry_year = self.card_expiry_year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card_type is not UNSET:
            field_dict["card_type"] = card_type
        if card_iin is not UNSET:
            field_dict["card_iin"] = card_iin
        if card_last4 is not UNSET:
            field_dict["card_last4"] = card_last4
        if card_expiry_month is not UNSET:
            field_dict["card_expiry_month"] = card_expiry_month
        if card_expiry_year is not UNSET:
            field_dict["card_expiry_year"] = card_expiry_year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_card_type(
            data: object,
        ) -> (
            None
            | OrderTransactionCardCardTypeType1
            | OrderTransactionCardCardTypeType2Type1
            | OrderTransactionCardCardTypeType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                card_type_type_1 = OrderTransactionCardCardTypeType1(data)

                return card_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                card_type_type_2_type_1 = OrderTransactionCardCardTypeType2Type1(data)

                return card_type_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                card_type_type_3_type_1 = OrderTransactionCardCardTypeType3Type1(data)

                return card_type_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"card_type: a {type(data).__name__} fits none of the declared types")

        card_type = _parse_card_type(d.pop("card_type", UNSET))

        def _parse_card_iin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_iin = _parse_card_iin(d.pop("card_iin", UNSET))

        def _parse_card_last4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_last4 = _parse_card_last4(d.pop("card_last4", UNSET))

        def _parse_card_expiry_month(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        card_expiry_month = _parse_card_expiry_month(d.pop("card_expiry_month", UNSET))

        def _parse_card_expiry_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        card_expiry_year = _parse_card_expiry_year(d.pop("card_expiry_year", UNSET))

        order_transaction_card = cls(
            card_type=card_type,
            card_iin=card_iin,
            card_last4=card_last4,
            card_expiry_month=card_expiry_month,
            card_expiry_year=card_expiry_year,
        )

        order_transaction_card.additional_properties = d
        return order_transaction_card

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
