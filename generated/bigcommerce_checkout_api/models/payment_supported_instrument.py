from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_supported_instrument_instrument_type import (
    PaymentSupportedInstrumentInstrumentType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentSupportedInstrument")


@_attrs_define
class PaymentSupportedInstrument:
    """A kind of instrument the method takes.

    Attributes:
        instrument_type (PaymentSupportedInstrumentInstrumentType): The card brand, or `STORED_CARD` for cards the
            shopper saved.
        verification_value_required (bool | None | Unset): Whether a payment with it needs the card's verification value
            (CVV).
    """

    instrument_type: PaymentSupportedInstrumentInstrumentType
    verification_value_required: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instrument_type = self.instrument_type.value

        verification_value_required: bool | None | Unset
        if isinstance(self.verification_value_required, Unset):
            verification_value_required = UNSET
        else:
            verification_value_required = self.verification_value_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instrument_type": instrument_type,
            }
        )
        if verification_value_required is not UNSET:
            field_dict["verification_value_required"] = verification_value_required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instrument_type = PaymentSupportedInstrumentInstrumentType(d.pop("instrument_type"))

        def _parse_verification_value_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        verification_value_required = _parse_verification_value_required(
            d.pop("verification_value_required", UNSET)
        )

        payment_supported_instrument = cls(
            instrument_type=instrument_type,
            verification_value_required=verification_value_required,
        )

        payment_supported_instrument.additional_properties = d
        return payment_supported_instrument

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
