from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_stored_instrument import PaymentStoredInstrument
    from ..models.payment_supported_instrument import PaymentSupportedInstrument


T = TypeVar("T", bound="PaymentMethod")


@_attrs_define
class PaymentMethod:
    """A payment method of one of the store's gateways.

    Attributes:
        id (str): Pass it as `payment_method_id` when processing a payment, for example `braintree.card`.
        name (str): The method's name.
        type_ (str): The kind of method, for example `card`, `gift_certificate` or `store_credit`.
        test_mode (bool): Whether the gateway runs in test mode (no real money moves).
        supported_instruments (list[PaymentSupportedInstrument]):
        stored_instruments (list[PaymentStoredInstrument] | None | Unset):
    """

    id: str
    name: str
    type_: str
    test_mode: bool
    supported_instruments: list[PaymentSupportedInstrument]
    stored_instruments: list[PaymentStoredInstrument] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        test_mode = self.test_mode

        supported_instruments = []
        for supported_instruments_item_data in self.supported_instruments:
            supported_instruments_item = supported_instruments_item_data.to_dict()
            supported_instruments.append(supported_instruments_item)

        stored_instruments: list[dict[str, Any]] | None | Unset
        if isinstance(self.stored_instruments, Unset):
            stored_instruments = UNSET
        elif isinstance(self.stored_instruments, list):
            stored_instruments = []
            for stored_instruments_type_0_item_data in self.stored_instruments:
                stored_instruments_type_0_item = stored_instruments_type_0_item_data.to_dict()
                stored_instruments.append(stored_instruments_type_0_item)

        else:
            stored_instruments = self.stored_instruments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "test_mode": test_mode,
                "supported_instruments": supported_instruments,
            }
        )
        if stored_instruments is not UNSET:
            field_dict["stored_instruments"] = stored_instruments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = d.pop("type")

        test_mode = d.pop("test_mode")

        supported_instruments = []
        _supported_instruments = d.pop("supported_instruments")
        for supported_instruments_item_data in _supported_instruments:
            supported_instruments_item = PaymentSupportedInstrument.from_dict(supported_instruments_item_data)

            supported_instruments.append(supported_instruments_item)

        def _parse_stored_instruments(data: object) -> list[PaymentStoredInstrument] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stored_instruments_type_0 = []
                _stored_instruments_type_0 = data
                for stored_instruments_type_0_item_data in _stored_instruments_type_0:
                    stored_instruments_type_0_item = PaymentStoredInstrument.from_dict(
                        stored_instruments_type_0_item_data
                    )

                    stored_instruments_type_0.append(stored_instruments_type_0_item)

                return stored_instruments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"stored_instruments: a {type(data).__name__} fits none of the declared types")

        stored_instruments = _parse_stored_instruments(d.pop("stored_instruments", UNSET))

        payment_method = cls(
            id=id,
            name=name,
            type_=type_,
            test_mode=test_mode,
            supported_instruments=supported_instruments,
            stored_instruments=stored_instruments,
        )

        payment_method.additional_properties = d
        return payment_method

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
from ..models.payment_stored_instrument import PaymentStoredInstrument  # noqa: E402
from ..models.payment_supported_instrument import PaymentSupportedInstrument  # noqa: E402
