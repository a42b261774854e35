from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storefront_order_payment_detail_type_0 import (
        StorefrontOrderPaymentDetailType0,
    )
    from ..models.storefront_order_payment_mandate_type_0 import (
        StorefrontOrderPaymentMandateType0,
    )


T = TypeVar("T", bound="StorefrontOrderPayment")


@_attrs_define
class StorefrontOrderPayment:
    """A payment made towards the order.

    Attributes:
        provider_id (None | str | Unset): The payment provider, for example `braintree` or `giftcertificate`.
        gateway_id (None | str | Unset):
        method_id (None | str | Unset):
        payment_id (None | str | Unset):
        description (None | str | Unset): How the payment is shown to the shopper.
        amount (float | None | Unset):
        detail (None | StorefrontOrderPaymentDetailType0 | Unset): Provider details: for a gateway `{step,
            instructions}`, for a gift certificate
            `{code, remaining}`. Kept as sent.
        mandate (None | StorefrontOrderPaymentMandateType0 | Unset):
    """

    provider_id: None | str | Unset = UNSET
    gateway_id: None | str | Unset = UNSET
    method_id: None | str | Unset = UNSET
    payment_id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    amount: float | None | Unset = UNSET
    detail: None | StorefrontOrderPaymentDetailType0 | Unset = UNSET
    mandate: None | StorefrontOrderPaymentMandateType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_id: None | str | Unset
        if isinstance(self.provider_id, Unset):
            provider_id = UNSET
        else:
            provider_id = self.provider_id

        gateway_id: None | str | Unset
        if isinstance(self.gateway_id, Unset):
            gateway_id = UNSET
        else:
            gateway_id = self.gateway_id

        method_id: None | str | Unset
        if isinstance(self.method_id, Unset):
            method_id = UNSET
        else:
            method_id = self.method_id

        payment_id: None | str | Unset
        if isinstance(self.payment_id, Unset):
            payment_id = UNSET
        else:
            payment_id = self.payment_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        detail: dict[str, Any] | None | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        elif isinstance(self.detail, StorefrontOrderPaymentDetailType0):
            detail = self.detail.to_dict()
        else:
            detail = self.detail

        mandate: dict[str, Any] | None | Unset
        if isinstance(self.mandate, Unset):
            mandate = UNSET
        elif isinstance(self.mandate, StorefrontOrderPaymentMandateType0):
            mandate = self.mandate.to_dict()
        else:
            mandate = self.mandate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider_id is not UNSET:
            field_dict["providerId"] = provider_id
        if gateway_id is not UNSET:
            field_dict["gatewayId"] = gateway_id
        if method_id is not UNSET:
            field_dict["methodId"] = method_id
        if payment_id is not UNSET:
            field_dict["paymentId"] = payment_id
        if description is not UNSET:
            field_dict["description"] = description
        if amount is not UNSET:
            field_dict["amount"] = amount
        if detail is not UNSET:
            field_dict["detail"] = detail
        if mandate is not UNSET:
            field_dict["mandate"] = mandate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_provider_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_id = _parse_provider_id(d.pop("providerId", UNSET))

        def _parse_gateway_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gateway_id = _parse_gateway_id(d.pop("gatewayId", UNSET))

        def _parse_method_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        method_id = _parse_method_id(d.pop("methodId", UNSET))

        def _parse_payment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_id = _parse_payment_id(d.pop("paymentId", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_detail(data: object) -> None | StorefrontOrderPaymentDetailType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                detail_type_0 = StorefrontOrderPaymentDetailType0.from_dict(data)

                return detail_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"detail: a {type(data).__name__} fits none of the declared types")

        detail = _parse_detail(d.pop("detail", UNSET))

        def _parse_mandate(data: object) -> None | StorefrontOrderPaymentMandateType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mandate_type_0 = StorefrontOrderPaymentMandateType0.from_dict(data)

                return mandate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"mandate: a {type(data).__name__} fits none of the declared types")

        mandate = _parse_mandate(d.pop("mandate", UNSET))

        storefront_order_payment = cls(
            provider_id=provider_id,
            gateway_id=gateway_id,
            method_id=method_id,
            payment_id=payment_id,
            description=description,
            amount=amount,
            detail=detail,
            mandate=mandate,
        )

        storefront_order_payment.additional_properties = d
        return storefront_order_payment

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
from ..models.storefront_order_payment_detail_type_0 import (
    StorefrontOrderPaymentDetailType0,  # noqa: E402
)
from ..models.storefront_order_payment_mandate_type_0 import (
    StorefrontOrderPaymentMandateType0,  # noqa: E402
)
