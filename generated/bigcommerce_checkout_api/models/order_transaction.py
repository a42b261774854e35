from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_transaction_event import OrderTransactionEvent
from ..models.order_transaction_gateway import OrderTransactionGateway
from ..models.order_transaction_method import OrderTransactionMethod
from ..models.order_transaction_status_type_1 import OrderTransactionStatusType1
from ..models.order_transaction_status_type_2_type_1 import (
    OrderTransactionStatusType2Type1,
)
from ..models.order_transaction_status_type_3_type_1 import (
    OrderTransactionStatusType3Type1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_transaction_avs_result_type_0 import (
        OrderTransactionAvsResultType0,
    )
    from ..models.order_transaction_card import OrderTransactionCard
    from ..models.order_transaction_custom_provider_field_result_type_0 import (
        OrderTransactionCustomProviderFieldResultType0,
    )
    from ..models.order_transaction_custom_type_0 import OrderTransactionCustomType0
    from ..models.order_transaction_cvv_result_type_0 import (
        OrderTransactionCvvResultType0,
    )
    from ..models.order_transaction_gift_certificate_type_0 import (
        OrderTransactionGiftCertificateType0,
    )
    from ..models.order_transaction_offline_type_0 import OrderTransactionOfflineType0
    from ..models.order_transaction_store_credit_type_0 import (
        OrderTransactionStoreCreditType0,
    )


T = TypeVar("T", bound="OrderTransaction")


@_attrs_define
class OrderTransaction:
    """A payment event on the order: an authorisation, a capture, a refund, a void...

    Attributes:
        event (OrderTransactionEvent): What the transaction did: `purchase`, `authorization`, `capture`, `refund`,
            `void`, `pending` or `settled`.
        method (OrderTransactionMethod): How it was paid, such as `credit_card` or `store_credit`.
        amount (float): How much money moved.
        currency (str): The transaction's currency (ISO 4217 code).
        gateway (OrderTransactionGateway): The payment gateway that handled it.
        id (int): The transaction's id.
        gateway_transaction_id (None | str | Unset): The gateway's own id of the transaction.
        test (bool | None | Unset): Whether it ran in the gateway's test mode.
        status (None | OrderTransactionStatusType1 | OrderTransactionStatusType2Type1 | OrderTransactionStatusType3Type1
            | Unset): `ok`, or `error` when the gateway failed it.
        fraud_review (bool | None | Unset): Whether the gateway held the transaction for fraud review.
        reference_transaction_id (int | None | Unset): The transaction this one acts on.
        offline (None | OrderTransactionOfflineType0 | Unset): The offline payment (a cheque, a purchase order) it
            records.
        custom (None | OrderTransactionCustomType0 | Unset): The payment method typed in for a manual order.
        payment_method_id (None | str | Unset): The id of the payment method.
        order_id (None | str | Unset): The order's id (as text).
        date_created (None | str | Unset): When it happened (ISO 8601).
        payment_instrument_token (None | str | Unset): The stored instrument's token, when one paid.
        provider_instrument_token (None | str | Unset): The provider's token of the stored instrument.
        provider_customer_id (None | str | Unset): The provider's id of the customer.
        avs_result (None | OrderTransactionAvsResultType0 | Unset): What the gateway's address verification said.
        cvv_result (None | OrderTransactionCvvResultType0 | Unset): What the gateway's card security code check said.
        credit_card (None | OrderTransactionCard | Unset): The card that paid, when a card paid.
        gift_certificate (None | OrderTransactionGiftCertificateType0 | Unset): The gift certificate that paid, when one
            did.
        store_credit (None | OrderTransactionStoreCreditType0 | Unset): The store credit that paid, when it did.
        custom_provider_field_result (None | OrderTransactionCustomProviderFieldResultType0 | Unset): What a custom
            payment provider reported.
    """

    event: OrderTransactionEvent
    method: OrderTransactionMethod
    amount: float
    currency: str
    gateway: OrderTransactionGateway
    id: int
    gateway_transaction_id: None | str | Unset = UNSET
    test: bool | None | Unset = UNSET
    status: (
        None
        | OrderTransactionStatusType1
        | OrderTransactionStatusType2Type1
        | OrderTransactionStatusType3Type1
        | Unset
    ) = UNSET
    fraud_review: bool | None | Unset = UNSET
    reference_transaction_id: int | None | Unset = UNSET
    offline: None | OrderTransactionOfflineType0 | Unset = UNSET
    custom: None | OrderTransactionCustomType0 | Unset = UNSET
    payment_method_id: None | str | Unset = UNSET
    order_id: None | str | Unset = UNSET
    date_created: None | str | Unset = UNSET
    payment_instrument_token: None | str | Unset = UNSET
    provider_instrument_token: None | str | Unset = UNSET
    provider_customer_id: None | str | Unset = UNSET
    avs_result: None | OrderTransactionAvsResultType0 | Unset = UNSET
    cvv_result: None | OrderTransactionCvvResultType0 | Unset = UNSET
    credit_card: None | OrderTransactionCard | Unset = UNSET
    gift_certificate: None | OrderTransactionGiftCertificateType0 | Unset = UNSET
    store_credit: None | OrderTransactionStoreCreditType0 | Unset = UNSET
    custom_provider_field_result: None | OrderTransactionCustomProviderFieldResultType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event.value

        method = self.method.value

        amount = self.amount

        currency = self.currency

        gateway = self.gateway.value

        id = self.id

        gateway_transaction_id: None | str | Unset
        if isinstance(self.gateway_transaction_id, Unset):
            gateway_transaction_id = UNSET
        else:
            gateway_transaction_id = self.gateway_transaction_id

        test: bool | None | Unset
        if isinstance(self.test, Unset):
            test = UNSET
        else:
            test = self.test

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, OrderTransactionStatusType1):
            status = self.status.value
        elif isinstance(self.status, OrderTransactionStatusType2Type1):
            status = self.status.value
        elif isinstance(self.status, OrderTransactionStatusType3Type1):
            status = self.status.value
        else:
            status = self.status

        fraud_review: bool | None | Unset
        if isinstance(self.fraud_review, Unset):
            fraud_review = UNSET
        else:
            fraud_review = self.fraud_review

        reference_transaction_id: int | None | Unset
        if isinstance(self.reference_transaction_id, Unset):
            reference_transaction_id = UNSET
        else:
            reference_transaction_id = self.reference_transaction_id

        offline: dict[str, Any] | None | Unset
        if isinstance(self.offline, Unset):
            offline = UNSET
        elif isinstance(self.offline, OrderTransactionOfflineType0):
            offline = self.offline.to_dict()
        else:
            offline = self.offline

        custom: dict[str, Any] | None | Unset
        if isinstance(self.custom, Unset):
            custom = UNSET
        elif isinstance(self.custom, OrderTransactionCustomType0):
            custom = self.custom.to_dict()
        else:
            custom = self.custom

        payment_method_id: None | str | Unset
        if isinstance(self.payment_method_id, Unset):
            payment_method_id = UNSET
        else:
            payment_method_id = self.payment_method_id

        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        else:
            date_created = self.date_created

        payment_instrument_token: None | str | Unset
        if isinstance(self.payment_instrument_token, Unset):
            payment_instrument_token = UNSET
        else:
            payment_instrument_token = self.payment_instrument_token

        provider_instrument_token: None | str | Unset
        if isinstance(self.provider_instrument_token, Unset):
            provider_instrument_token = UNSET
        else:
            provider_instrument_token = self.provider_instrument_token

        provider_customer_id: None | str | Unset
        if isinstance(self.provider_customer_id, Unset):
            provider_customer_id = UNSET
        else:
            provider_customer_id = self.provider_customer_id

        avs_result: dict[str, Any] | None | Unset
        if isinstance(self.avs_result, Unset):
            avs_result = UNSET
        elif isinstance(self.avs_result, OrderTransactionAvsResultType0):
            avs_result = self.avs_result.to_dict()
        else:
            avs_result = self.avs_result

        cvv_result: dict[str, Any] | None | Unset
        if isinstance(self.cvv_result, Unset):
            cvv_result = UNSET
        elif isinstance(self.cvv_result, OrderTransactionCvvResultType0):
            cvv_result = self.cvv_result.to_dict()
        else:
            cvv_result = self.cvv_result

        credit_card: dict[str, Any] | None | Unset
        if isinstance(self.credit_card, Unset):
            credit_card = UNSET
        elif isinstance(self.credit_card, OrderTransactionCard):
            credit_card = self.credit_card.to_dict()
        else:
            credit_card = self.credit_card

        gift_certificate: dict[str, Any] | None | Unset
        if isinstance(self.gift_certificate, Unset):
            gift_certificate = UNSET
        elif isinstance(self.gift_certificate, OrderTransactionGiftCertificateType0):
            gift_certificate = self.gift_certificate.to_dict()
        else:
            gift_certificate = self.gift_certificate

        store_credit: dict[str, Any] | None | Unset
        if isinstance(self.store_credit, Unset):
            store_credit = UNSET
        elif isinstance(self.store_credit, OrderTransactionStoreCreditType0):
            store_credit = self.store_credit.to_dict()
        else:
            store_credit = self.store_credit

        custom_provider_field_result: dict[str, Any] | None | Unset
        if isinstance(self.custom_provider_field_result, Unset):
            custom_provider_field_result = UNSET
        elif isinstance(self.custom_provider_field_result, OrderTransactionCustomProviderFieldResultType0):
            custom_provider_field_result = self.custom_provider_field_result.to_dict()
        else:
            custom_provider_field_result = self.custom_provider_field_result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "method": method,
                "amount": amount,
                "currency": currency,
                "gateway": gateway,
                "id": id,
            }
        )
        if gateway_transaction_id is not UNSET:
            field_dict["gateway_transaction_id"] = gateway_transaction_id
        if test is not UNSET:
            field_dict["test"] = test
        if status is not UNSET:
            field_dict["status"] = status
        if fraud_review is not UNSET:
            field_dict["fraud_review"] = fraud_review
        if reference_transaction_id is not UNSET:
            field_dict["reference_transaction_id"] = reference_transaction_id
        if offline is not UNSET:
            field_dict["offline"] = offline
        if custom is not UNSET:
            field_dict["custom"] = custom
        if payment_method_id is not UNSET:
            field_dict["payment_method_id"] = payment_method_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if payment_instrument_token is not UNSET:
            field_dict["payment_instrument_token"] = payment_instrument_token
        if provider_instrument_token is not UNSET:
            field_dict["provider_instrument_token"] = provider_instrument_token
        if provider_customer_id is not UNSET:
            field_dict["provider_customer_id"] = provider_customer_id
        if avs_result is not UNSET:
            field_dict["avs_result"] = avs_result
        if cvv_result is not UNSET:
            field_dict["cvv_result"] = cvv_result
        if credit_card is not UNSET:
            field_dict["credit_card"] = credit_card
        if gift_certificate is not UNSET:
            field_dict["gift_certificate"] = gift_certificate
        if store_credit is not UNSET:
            field_dict["store_credit"] = store_credit
        if custom_provider_field_result is not UNSET:
            field_dict["custom_provider_field_result"] = custom_provider_field_result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = OrderTransactionEvent(d.pop("event"))

        method = OrderTransactionMethod(d.pop("method"))

        amount = d.pop("amount")

        currency = d.pop("currency")

        gateway = OrderTransactionGateway(d.pop("gateway"))

        id = d.pop("id")

        def _parse_gateway_transaction_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gateway_transaction_id = _parse_gateway_transaction_id(d.pop("gateway_transaction_id", UNSET))

        def _parse_test(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        test = _parse_test(d.pop("test", UNSET))

        def _parse_status(
            data: object,
        ) -> (
            None
            | OrderTransactionStatusType1
            | OrderTransactionStatusType2Type1
            | OrderTransactionStatusType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = OrderTransactionStatusType1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_2_type_1 = OrderTransactionStatusType2Type1(data)

                return status_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_3_type_1 = OrderTransactionStatusType3Type1(data)

                return status_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"status: a {type(data).__name__} fits none of the declared types")

        status = _parse_status(d.pop("status", UNSET))

        def _parse_fraud_review(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        fraud_review = _parse_fraud_review(d.pop("fraud_review", UNSET))

        def _parse_reference_transaction_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reference_transaction_id = _parse_reference_transaction_id(d.pop("reference_transaction_id", UNSET))

        def _parse_offline(data: object) -> None | OrderTransactionOfflineType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                offline_type_0 = OrderTransactionOfflineType0.from_dict(data)

                return offline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"offline: a {type(data).__name__} fits none of the declared types")

        offline = _parse_offline(d.pop("offline", UNSET))

        def _parse_custom(data: object) -> None | OrderTransactionCustomType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_type_0 = OrderTransactionCustomType0.from_dict(data)

                return custom_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"custom: a {type(data).__name__} fits none of the declared types")

        custom = _parse_custom(d.pop("custom", UNSET))

        def _parse_payment_method_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_method_id = _parse_payment_method_id(d.pop("payment_method_id", UNSET))

        def _parse_order_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_id = _parse_order_id(d.pop("order_id", UNSET))

        def _parse_date_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_created = _parse_date_created(d.pop("date_created", UNSET))

        def _parse_payment_instrument_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_instrument_token = _parse_payment_instrument_token(d.pop("payment_instrument_token", UNSET))

        def _parse_provider_instrument_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_instrument_token = _parse_provider_instrument_token(
            d.pop("provider_instrument_token", UNSET)
        )

        def _parse_provider_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_customer_id = _parse_provider_customer_id(d.pop("provider_customer_id", UNSET))

        def _parse_avs_result(data: object) -> None | OrderTransactionAvsResultType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                avs_result_type_0 = OrderTransactionAvsResultType0.from_dict(data)

                return avs_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"avs_result: a {type(data).__name__} fits none of the declared types")

        avs_result = _parse_avs_result(d.pop("avs_result", UNSET))

        def _parse_cvv_result(data: object) -> None | OrderTransactionCvvResultType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cvv_result_type_0 = OrderTransactionCvvResultType0.from_dict(data)

                return cvv_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"cvv_result: a {type(data).__name__} fits none of the declared types")

        cvv_result = _parse_cvv_result(d.pop("cvv_result", UNSET))

        def _parse_credit_card(data: object) -> None | OrderTransactionCard | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credit_card_type_0 = OrderTransactionCard.from_dict(data)

                return credit_card_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"credit_card: a {type(data).__name__} fits none of the declared types")

        credit_card = _parse_credit_card(d.pop("credit_card", UNSET))

        def _parse_gift_certificate(data: object) -> None | OrderTransactionGiftCertificateType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                gift_certificate_type_0 = OrderTransactionGiftCertificateType0.from_dict(data)

                return gift_certificate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"gift_certificate: a {type(data).__name__} fits none of the declared types")

        gift_certificate = _parse_gift_certificate(d.pop("gift_certificate", UNSET))

        def _parse_store_credit(data: object) -> None | OrderTransactionStoreCreditType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                store_credit_type_0 = OrderTransactionStoreCreditType0.from_dict(data)

                return store_credit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"store_credit: a {type(data).__name__} fits none of the declared types")

        store_credit = _parse_store_credit(d.pop("store_credit", UNSET))

        def _parse_custom_provider_field_result(
            data: object,
        ) -> None | OrderTransactionCustomProviderFieldResultType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_provider_field_result_type_0 = (
                    OrderTransactionCustomProviderFieldResultType0.from_dict(data)
                )

                return custom_provider_field_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                f"custom_provider_field_result: a {type(data).__name__} fits none of the declared types"
            )

        custom_provider_field_result = _parse_custom_provider_field_result(
            d.pop("custom_provider_field_result", UNSET)
        )

        order_transaction = cls(
            event=event,
            method=method,
            amount=amount,
            currency=currency,
            gateway=gateway,
            id=id,
            gateway_transaction_id=gateway_transaction_id,
            test=test,
            status=status,
            fraud_review=fraud_review,
            reference_transaction_id=reference_transaction_id,
            offline=offline,
            custom=custom,
            payment_method_id=payment_method_id,
            order_id=order_id,
            date_created=date_created,
            payment_instrument_token=payment_instrument_token,
            provider_instrument_token=provider_instrument_token,
            provider_customer_id=provider_customer_id,
            avs_result=avs_result,
            cvv_result=cvv_result,
            credit_card=credit_card,
            gift_certificate=gift_certificate,
            store_credit=store_credit,
            custom_provider_field_result=custom_provider_field_result,
        )

        order_transaction.additional_properties = d
        return order_transaction

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
from ..models.order_transaction_avs_result_type_0 import OrderTransactionAvsResultType0  # noqa: E402
from ..models.order_transaction_card import OrderTransactionCard  # noqa: E402
from ..models.order_transaction_custom_provider_field_result_type_0 import (
    OrderTransactionCustomProviderFieldResultType0,  # noqa: E402
)
from ..models.order_transaction_custom_type_0 import OrderTransactionCustomType0  # noqa: E402
from ..models.order_transaction_cvv_result_type_0 import OrderTransactionCvvResultType0  # noqa: E402
from ..models.order_transaction_gift_certificate_type_0 import (
    OrderTransactionGiftCertificateType0,  # noqa: E402
)
from ..models.order_transaction_offline_type_0 import OrderTransactionOfflineType0  # noqa: E402
from ..models.order_transaction_store_credit_type_0 import (
    OrderTransactionStoreCreditType0,  # noqa: E402
)
