from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_transaction_status_type_1 import PaymentTransactionStatusType1
from ..models.payment_transaction_status_type_2_type_1 import (
    PaymentTransactionStatusType2Type1,
)
from ..models.payment_transaction_status_type_3_type_1 import (
    PaymentTransactionStatusType3Type1,
)
from ..models.payment_transaction_transaction_type_type_1 import (
    PaymentTransactionTransactionTypeType1,
)
from ..models.payment_transaction_transaction_type_type_2_type_1 import (
    PaymentTransactionTransactionTypeType2Type1,
)
from ..models.payment_transaction_transaction_type_type_3_type_1 import (
    PaymentTransactionTransactionTypeType3Type1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentTransaction")


@_attrs_define
class PaymentTransaction:
    """The transaction the payment made.

    Attributes:
        id (None | str | Unset): The transaction's id.
        transaction_type (None | PaymentTransactionTransactionTypeType1 | PaymentTransactionTransactionTypeType2Type1 |
            PaymentTransactionTransactionTypeType3Type1 | Unset): `authorization` (money reserved, captured later) or
            `purchase` (captured now).
        status (None | PaymentTransactionStatusType1 | PaymentTransactionStatusType2Type1 |
            PaymentTransactionStatusType3Type1 | Unset): `success`, or `pending` while the gateway has not confirmed it yet.
    """

    id: None | str | Unset = UNSET
    transaction_type: (
        None
        | PaymentTransactionTransactionTypeType1
        | PaymentTransactionTransactionTypeType2Type1
        | PaymentTransactionTransactionTypeType3Type1
        | Unset
    ) = UNSET
    status: (
        None
        | PaymentTransactionStatusType1
        | PaymentTransactionStatusType2Type1
        | PaymentTransactionStatusType3Type1
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        transaction_type: None | str | Unset
        if isinstance(self.transaction_type, Unset):
            transaction_type = UNSET
        elif isinstance(self.transaction_type, PaymentTransactionTransactionTypeType1):
            transaction_type = self.transaction_type.value
        elif isinstance(self.transaction_type, PaymentTransactionTransactionTypeType2Type1):
            transaction_type = self.transaction_type.value
        elif isinstance(self.transaction_type, PaymentTransactionTransactionTypeType3Type1):
            transaction_type = self.transaction_type.value
        else:
            transaction_type = self.transaction_type

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, PaymentTransactionStatusType1):
            status = self.status.value
        elif isinstance(self.status, PaymentTransactionStatusType2Type1):
            status = self.status.value
        elif isinstance(self.status, PaymentTransactionStatusType3Type1):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if transaction_type is not UNSET:
            field_dict["transaction_type"] = transaction_type
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_transaction_type(
            data: object,
        ) -> (
            None
            | PaymentTransactionTransactionTypeType1
            | PaymentTransactionTransactionTypeType2Type1
            | PaymentTransactionTransactionTypeType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                transaction_type_type_1 = PaymentTransactionTransactionTypeType1(data)

                return transaction_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                transaction_type_type_2_type_1 = PaymentTransactionTransactionTypeType2Type1(data)

                return transaction_type_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                transaction_type_type_3_type_1 = PaymentTransactionTransactionTypeType3Type1(data)

                return transaction_type_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"transaction_type: a {type(data).__name__} fits none of the declared types")

        transaction_type = _parse_transaction_type(d.pop("transaction_type", UNSET))

        def _parse_status(
            data: object,
        ) -> (
            None
            | PaymentTransactionStatusType1
            | PaymentTransactionStatusType2Type1
            | PaymentTransactionStatusType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = PaymentTransactionStatusType1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_2_type_1 = PaymentTransactionStatusType2Type1(data)

                return status_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_3_type_1 = PaymentTransactionStatusType3Type1(data)

                return status_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"status: a {type(data).__name__} fits none of the declared types")

        status = _parse_status(d.pop("status", UNSET))

        payment_transaction = cls(
            id=id,
            transaction_type=transaction_type,
            status=status,
        )

        payment_transaction.additional_properties = d
        return payment_transaction

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
