from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.applied_coupon import AppliedCoupon
    from ..models.billing_address import BillingAddress
    from ..models.cart import Cart
    from ..models.checkout_fee import CheckoutFee
    from ..models.consignment import Consignment
    from ..models.promotion import Promotion
    from ..models.tax import Tax


T = TypeVar("T", bound="Checkout")


@_attrs_define
class Checkout:
    """A checkout and everything BigCommerce computed for it.

    Attributes:
        id (UUID): The checkout id; equal to the cart id.
        cart (Cart): The cart behind the checkout.
        consignments (list[Consignment]):
        taxes (list[Tax]):
        coupons (list[AppliedCoupon]):
        shipping_cost_total_inc_tax (float): Shipping across all consignments, tax included.
        shipping_cost_total_ex_tax (float): Shipping across all consignments, tax excluded.
        handling_cost_total_inc_tax (float): Handling across all consignments, tax included.
        handling_cost_total_ex_tax (float): Handling across all consignments, tax excluded.
        tax_total (float): All taxes on the checkout.
        subtotal_inc_tax (float): Items after discounts, tax included, before shipping and handling.
        subtotal_ex_tax (float): Items after discounts, tax excluded, before shipping and handling.
        grand_total (float): What the shopper pays, everything included.
        created_time (str): When the checkout was created (ISO 8601).
        updated_time (str): When the checkout last changed (ISO 8601).
        customer_message (str): The shopper's note for the merchant.
        billing_address (BillingAddress | None | Unset):
        fees (list[CheckoutFee] | None | Unset):
        order_id (int | None | str | Unset): The id of the order made from this checkout, once there is one. The
            published files
            call it a string; the storefront API sends the same id as a number, so both are kept as
            sent.
        staff_note (None | str | Unset): The merchant's own note on the checkout, never shown to the shopper.
        promotions (list[Promotion] | None | Unset):
        version (int | None | Unset): Changes with every update. Send it back in a write to have BigCommerce refuse the
            write
            (409) if someone else changed the checkout meanwhile.
    """

    id: UUID
    cart: Cart
    consignments: list[Consignment]
    taxes: list[Tax]
    coupons: list[AppliedCoupon]
    shipping_cost_total_inc_tax: float
    shipping_cost_total_ex_tax: float
    handling_cost_total_inc_tax: float
    handling_cost_total_ex_tax: float
    tax_total: float
    subtotal_inc_tax: float
    subtotal_ex_tax: float
    grand_total: float
    created_time: str
    updated_time: str
    customer_message: str
    billing_address: BillingAddress | None | Unset = UNSET
    fees: list[CheckoutFee] | None | Unset = UNSET
    order_id: int | None | str | Unset = UNSET
    staff_note: None | str | Unset = UNSET
    promotions: list[Promotion] | None | Unset = UNSET
    version: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        cart = self.cart.to_dict()

        consignments = []
        for consignments_item_data in self.consignments:
            consignments_item = consignments_item_data.to_dict()
            consignments.append(consignments_item)

        taxes = []
        for taxes_item_data in self.taxes:
            taxes_item = taxes_item_data.to_dict()
            taxes.append(taxes_item)

        coupons = []
        for coupons_item_data in self.coupons:
            coupons_item = coupons_item_data.to_dict()
            coupons.append(coupons_item)

        shipping_cost_total_inc_tax = self.shipping_cost_total_inc_tax

        shipping_cost_total_ex_tax = self.shipping_cost_total_ex_tax

        handling_cost_total_inc_tax = self.handling_cost_total_inc_tax

        handling_cost_total_ex_tax = self.handling_cost_total_ex_tax

        tax_total = self.tax_total

        subtotal_inc_tax = self.subtotal_inc_tax

        subtotal_ex_tax = self.subtotal_ex_tax

        grand_total = self.grand_total

        created_time = self.created_time

        updated_time = self.updated_time

        customer_message = self.customer_message

        billing_address: dict[str, Any] | None | Unset
        if isinstance(self.billing_address, Unset):
            billing_address = UNSET
        elif isinstance(self.billing_address, BillingAddress):
            billing_address = self.billing_address.to_dict()
        else:
            billing_address = self.billing_address

        fees: list[dict[str, Any]] | None | Unset
        if isinstance(self.fees, Unset):
            fees = UNSET
        elif isinstance(self.fees, list):
            fees = []
            for fees_type_0_item_data in self.fees:
                fees_type_0_item = fees_type_0_item_data.to_dict()
                fees.append(fees_type_0_item)

        else:
            fees = self.fees

        order_id: int | None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        staff_note: None | str | Unset
        if isinstance(self.staff_note, Unset):
            staff_note = UNSET
        else:
            staff_note = self.staff_note

        promotions: list[dict[str, Any]] | None | Unset
        if isinstance(self.promotions, Unset):
            promotions = UNSET
        elif isinstance(self.promotions, list):
            promotions = []
            for promotions_type_0_item_data in self.promotions:
                promotions_type_0_item = promotions_type_0_item_data.to_dict()
                promotions.append(promotions_type_0_item)

        else:
            promotions = self.promotions

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "cart": cart,
                "consignments": consignments,
                "taxes": taxes,
                "coupons": coupons,
                "shipping_cost_total_inc_tax": shipping_cost_total_inc_tax,
                "shipping_cost_total_ex_tax": shipping_cost_total_ex_tax,
                "handling_cost_total_inc_tax": handling_cost_total_inc_tax,
                "handling_cost_total_ex_tax": handling_cost_total_ex_tax,
                "tax_total": tax_total,
                "subtotal_inc_tax": subtotal_inc_tax,
                "subtotal_ex_tax": subtotal_ex_tax,
                "grand_total": grand_total,
                "created_time": created_time,
                "updated_time": updated_time,
                "customer_message": customer_message,
            }
        )
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if fees is not UNSET:
            field_dict["fees"] = fees
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if staff_note is not UNSET:
            field_dict["staff_note"] = staff_note
        if promotions is not UNSET:
            field_dict["promotions"] = promotions
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        cart = Cart.from_dict(d.pop("cart"))

        consignments = []
        _consignments = d.pop("consignments")
        for consignments_item_data in _consignments:
            consignments_item = Consignment.from_dict(consignments_item_data)

            consignments.append(consignments_item)

        taxes = []
        _taxes = d.pop("taxes")
        for taxes_item_data in _taxes:
            taxes_item = Tax.from_dict(taxes_item_data)

            taxes.append(taxes_item)

        coupons = []
        _coupons = d.pop("coupons")
        for coupons_item_data in _coupons:
            coupons_item = AppliedCoupon.from_dict(coupons_item_data)

            coupons.append(coupons_item)

        shipping_cost_total_inc_tax = d.pop("shipping_cost_total_inc_tax")

        shipping_cost_total_ex_tax = d.pop("shipping_cost_total_ex_tax")

        handling_cost_total_inc_tax = d.pop("handling_cost_total_inc_tax")

        handling_cost_total_ex_tax = d.pop("handling_cost_total_ex_tax")

        tax_total = d.pop("tax_total")

        subtotal_inc_tax = d.pop("subtotal_inc_tax")

        subtotal_ex_tax = d.pop("subtotal_ex_tax")

        grand_total = d.pop("grand_total")

        created_time = d.pop("created_time")

        updated_time = d.pop("updated_time")

        customer_message = d.pop("customer_message")

        def _parse_billing_address(data: object) -> BillingAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billing_address_type_0 = BillingAddress.from_dict(data)

                return billing_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"billing_address: a {type(data).__name__} fits none of the declared types")

        billing_address = _parse_billing_address(d.pop("billing_address", UNSET))

        def _parse_fees(data: object) -> list[CheckoutFee] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                fees_type_0 = []
                _fees_type_0 = data
                for fees_type_0_item_data in _fees_type_0:
                    fees_type_0_item = CheckoutFee.from_dict(fees_type_0_item_data)

                    fees_type_0.append(fees_type_0_item)

                return fees_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"fees: a {type(data).__name__} fits none of the declared types")

        fees = _parse_fees(d.pop("fees", UNSET))

        def _parse_order_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        order_id = _parse_order_id(d.pop("order_id", UNSET))

        def _parse_staff_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        staff_note = _parse_staff_note(d.pop("staff_note", UNSET))

        def _parse_promotions(data: object) -> list[Promotion] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                promotions_type_0 = []
                _promotions_type_0 = data
                for promotions_type_0_item_data in _promotions_type_0:
                    promotions_type_0_item = Promotion.from_dict(promotions_type_0_item_data)

                    promotions_type_0.append(promotions_type_0_item)

                return promotions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"promotions: a {type(data).__name__} fits none of the declared types")

        promotions = _parse_promotions(d.pop("promotions", UNSET))

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        checkout = cls(
            id=id,
            cart=cart,
            consignments=consignments,
            taxes=taxes,
            coupons=coupons,
            shipping_cost_total_inc_tax=shipping_cost_total_inc_tax,
            shipping_cost_total_ex_tax=shipping_cost_total_ex_tax,
            handling_cost_total_inc_tax=handling_cost_total_inc_tax,
            handling_cost_total_ex_tax=handling_cost_total_ex_tax,
            tax_total=tax_total,
            subtotal_inc_tax=subtotal_inc_tax,
            subtotal_ex_tax=subtotal_ex_tax,
            grand_total=grand_total,
            created_time=created_time,
            updated_time=updated_time,
            customer_message=customer_message,
            billing_address=billing_address,
            fees=fees,
            order_id=order_id,
            staff_note=staff_note,
            promotions=promotions,
            version=version,
        )

        checkout.additional_properties = d
        return checkout

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
from ..models.applied_coupon import AppliedCoupon  # noqa: E402
from ..models.billing_address import BillingAddress  # noqa: E402
from ..models.cart import Cart  # noqa: E402
from ..models.checkout_fee import CheckoutFee  # noqa: E402
from ..models.consignment import Consignment  # noqa: E402
from ..models.promotion import Promotion  # noqa: E402
from ..models.tax import Tax  # noqa: E402
