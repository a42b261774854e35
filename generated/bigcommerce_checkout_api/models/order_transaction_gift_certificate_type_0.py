from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_transaction_gift_certificate_type_0_status_type_1 import (
    OrderTransactionGiftCertificateType0StatusType1,
)
from ..models.order_transaction_gift_certificate_type_0_status_type_2_type_1 import (
    OrderTransactionGiftCertificateType0StatusType2Type1,
)
from ..models.order_transaction_gift_certificate_type_0_status_type_3_type_1 import (
    OrderTransactionGiftCertificateType0StatusType3Type1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderTransactionGiftCertificateType0")


@_attrs_define
class OrderTransactionGiftCertificateType0:
    """The gift certificate that paid, when one did.

    Attributes:
        code (None | str | Unset): The certificate's code.
        original_balance (float | None | Unset): The certificate's balance when it was bought.
        starting_balance (float | None | Unset): The certificate's balance before this payment.
        remaining_balance (float | None | Unset): The certificate's balance left.
        status (None | OrderTransactionGiftCertificateType0StatusType1 |
            OrderTransactionGiftCertificateType0StatusType2Type1 | OrderTransactionGiftCertificateType0StatusType3Type1 |
            Unset): The certificate's state.
    """

    code: None | str | Unset = UNSET
    original_balance: float | None | Unset = UNSET
    starting_balance: float | None | Unset = UNSET
    remaining_balance: float | None | Unset = UNSET
    status: (
        None
        | OrderTransactionGiftCertificateType0StatusType1
        | OrderTransactionGiftCertificateType0StatusType2Type1
        | OrderTransactionGiftCertificateType0StatusType3Type1
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        original_balance: float | None | Unset
        if isinstance(self.original_balance, Unset):
            original_balance = UNSET
        else:
            original_balance = self.original_balance

        starting_balance: float | None | Unset
        if isinstance(self.starting_balance, Unset):
            starting_balance = UNSET
        else:
            starting_balance = self.starting_balance

        remaining_balance: float | None | Unset
        if isinstance(self.remaining_balance, Unset):
            remaining_balance = UNSET
        else:
            remaining_balance = self.remaining_balance

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, OrderTransactionGiftCertificateType0StatusType1):
            status = self.status.value
        elif isinstance(self.status, OrderTransactionGiftCertificateType0StatusType2Type1):
            status = self.status.value
        elif isinstance(self.status, OrderTransactionGiftCertificateType0StatusType3Type1):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if original_balance is not UNSET:
            field_dict["original_balance"] = original_balance
        if starting_balance is not UNSET:
            field_dict["starting_balance"] = starting_balance
        if remaining_balance is not UNSET:
            field_dict["remaining_balance"] = remaining_balance
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_original_balance(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        original_balance = _parse_original_balance(d.pop("original_balance", UNSET))

        def _parse_starting_balance(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        starting_balance = _parse_starting_balance(d.pop("starting_balance", UNSET))

        def _parse_remaining_balance(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        remaining_balance = _parse_remaining_balance(d.pop("remaining_balance", UNSET))

        def _parse_status(
            data: object,
        ) -> (
            None
            | OrderTransactionGiftCertificateType0StatusType1
            | OrderTransactionGiftCertificateType0StatusType2Type1
            | OrderTransactionGiftCertificateType0StatusType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = OrderTransactionGiftCertificateType0StatusType1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_2_type_1 = OrderTransactionGiftCertificateType0StatusType2Type1(data)

                return status_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_3_type_1 = OrderTransactionGiftCertificateType0StatusType3Type1(data)

                return status_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"status: a {type(data).__name__} fits none of the declared types")

        status = _parse_status(d.pop("status", UNSET))

        order_transaction_gift_certificate_type_0 = cls(
            code=code,
            original_balance=original_balance,
            starting_balance=starting_balance,
            remaining_balance=remaining_balance,
            status=status,
        )

        order_transaction_gift_certificate_type_0.additional_properties = d
        return order_transaction_gift_certificate_type_0

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
