from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_card import PaymentCard
    from ..models.payment_gift_certificate import PaymentGiftCertificate
    from ..models.payment_store_credit import PaymentStoreCredit
    from ..models.payment_stored_bank_account import PaymentStoredBankAccount
    from ..models.payment_stored_card import PaymentStoredCard
    from ..models.payment_stored_pay_pal_account import PaymentStoredPayPalAccount
    from ..models.payment_tokenized_card import PaymentTokenizedCard


T = TypeVar("T", bound="PaymentRequest")


@_attrs_define
class PaymentRequest:
    """What to charge the order with, and through which payment method.

    Attributes:
        instrument (PaymentCard | PaymentGiftCertificate | PaymentStoreCredit | PaymentStoredBankAccount |
            PaymentStoredCard | PaymentStoredPayPalAccount | PaymentTokenizedCard): The card, stored instrument, gift
            certificate or store credit to pay with.
        payment_method_id (str): The `id` of a method from the accepted-payment-methods call, for example
            `braintree.card`.
        save_instrument (bool | Unset): Save the card for the shopper's next purchase (the gateway must support stored
            cards).
    """

    instrument: (
        PaymentCard
        | PaymentGiftCertificate
        | PaymentStoreCredit
        | PaymentStoredBankAccount
        | PaymentStoredCard
        | PaymentStoredPayPalAccount
        | PaymentTokenizedCard
    )
    payment_method_id: str
    save_instrument: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instrument: dict[str, Any]
        if isinstance(self.instrument, PaymentCard):
            instrument = self.instrument.to_dict()
        elif isinstance(self.instrument, PaymentStoredCard):
            instrument = self.instrument.to_dict()
        elif isinstance(self.instrument, PaymentStoredPayPalAccount):
            instrument = self.instrument.to_dict()
        elif isinstance(self.instrument, PaymentGiftCertificate):
            instrument = self.instrument.to_dict()
        elif isinstance(self.instrument, PaymentStoreCredit):
            instrument = self.instrument.to_dict()
        elif isinstance(self.instrument, PaymentTokenizedCard):
            instrument = self.instrument.to_dict()
        else:
            instrument = self.instrument.to_dict()

        payment_method_id = self.payment_method_id

        save_instrument = self.save_instrument

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instrument": instrument,
                "payment_method_id": payment_method_id,
            }
        )
        if save_instrument is not UNSET:
            field_dict["save_instrument"] = save_instrument

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_instrument(
            data: object,
        ) -> (
            PaymentCard
            | PaymentGiftCertificate
            | PaymentStoreCredit
            | PaymentStoredBankAccount
            | PaymentStoredCard
            | PaymentStoredPayPalAccount
            | PaymentTokenizedCard
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                instrument_type_0 = PaymentCard.from_dict(data)

                return instrument_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                instrument_type_1 = PaymentStoredCard.from_dict(data)

                return instrument_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                instrument_type_2 = PaymentStoredPayPalAccount.from_dict(data)

                return instrument_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                instrument_type_3 = PaymentGiftCertificate.from_dict(data)

                return instrument_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                instrument_type_4 = PaymentStoreCredit.from_dict(data)

                return instrument_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                instrument_type_5 = PaymentTokenizedCard.from_dict(data)

                return instrument_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            instrument_type_6 = PaymentStoredBankAccount.from_dict(data)

            return instrument_type_6

        instrument = _parse_instrument(d.pop("instrument"))

        payment_method_id = d.pop("payment_method_id")

        save_instrument = d.pop("save_instrument", UNSET)

        payment_request = cls(
            instrument=instrument,
            payment_method_id=payment_method_id,
            save_instrument=save_instrument,
        )

        payment_request.additional_properties = d
        return payment_request

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
from ..models.payment_card import PaymentCard  # noqa: E402
from ..models.payment_gift_certificate import PaymentGiftCertificate  # noqa: E402
from ..models.payment_store_credit import PaymentStoreCredit  # noqa: E402
from ..models.payment_stored_bank_account import PaymentStoredBankAccount  # noqa: E402
from ..models.payment_stored_card import PaymentStoredCard  # noqa: E402
from ..models.payment_stored_pay_pal_account import PaymentStoredPayPalAccount  # noqa: E402
from ..models.payment_tokenized_card import PaymentTokenizedCard  # noqa: E402
