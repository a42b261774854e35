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
        id (UUID | Unset): The checkout id; equal to the cart id.
        cart (Cart | Unset): The cart behind the checkout.
        billing_address (BillingAddress | Unset): The checkout's billing address.
        consignments (list[Consignment] | Unset):
        taxes (list[Tax] | Unset):
        coupons (list[AppliedCoupon] | Unset):
        fees (list[CheckoutFee] | Unset):
        order_id (None | str | Unset): The id of the order made from this checkout, once there is one.
        shipping_cost_total_inc_tax (float | Unset): Shipping across all consignments, tax included.
        shipping_cost_total_ex_tax (float | Unset): Shipping across all consignments, tax excluded.
        handling_cost_total_inc_tax (float | Unset): Handling across all consignments, tax included.
        handling_cost_total_ex_tax (float | Unset): Handling across all consignments, tax excluded.
        tax_total (float | Unset): All taxes on the checkout.
        subtotal_inc_tax (float | Unset): Items after discounts, tax included, before shipping and handling.
        subtotal_ex_tax (float | Unset): Items after discounts, tax excluded, before shipping and handling.
        grand_total (float | Unset): What the shopper pays, everything included.
        created_time (str | Unset): When the checkout was created (ISO 8601).
        updated_time (str | Unset): When the checkout last changed (ISO 8601).
        customer_message (str | Unset): The shopper's note for the merchant.
        promotions (list[Promotion] | Unset):
        version (int | Unset): Changes with every update. Send it back in a write to have BigCommerce refuse the write
            (409) if someone else changed the checkout meanwhile.
    """

    id: UUID | Unset = UNSET
    cart: Cart | Unset = UNSET
    billing_address: BillingAddress | Unset = UNSET
    consignments: list[Consignment] | Unset = UNSET
    taxes: list[Tax] | Unset = UNSET
    coupons: list[AppliedCoupon] | Unset = UNSET
    fees: list[CheckoutFee] | Unset = UNSET
    order_id: None | str | Unset = UNSET
    shipping_cost_total_inc_tax: float | Unset = UNSET
    shipping_cost_total_ex_tax: float | Unset = UNSET
    handling_cost_total_inc_tax: float | Unset = UNSET
    handling_cost_total_ex_tax: float | Unset = UNSET
    tax_total: float | Unset = UNSET
    subtotal_inc_tax: float | Unset = UNSET
    subtotal_ex_tax: float | Unset = UNSET
    grand_total: float | Unset = UNSET
    created_time: str | Unset = UNSET
    updated_time: str | Unset = UNSET
    customer_message: str | Unset = UNSET
    promotions: list[Promotion] | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        cart: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cart, Unset):
            cart = self.cart.to_dict()

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        consignments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consignments, Unset):
            consignments = []
            for consignments_item_data in self.consignments:
                consignments_item = consignments_item_data.to_dict()
                consignments.append(consignments_item)

        taxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            taxes = []
            for taxes_item_data in self.taxes:
                taxes_item = taxes_item_data.to_dict()
                taxes.append(taxes_item)

        coupons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.coupons, Unset):
            coupons = []
            for coupons_item_data in self.coupons:
                coupons_item = coupons_item_data.to_dict()
                coupons.append(coupons_item)

        fees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fees, Unset):
            fees = []
            for fees_item_data in self.fees:
                fees_item = fees_item_data.to_dict()
                fees.append(fees_item)

        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

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

        promotions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.promotions, Unset):
            promotions = []
            for promotions_item_data in self.promotions:
                promotions_item = promotions_item_data.to_dict()
                promotions.append(promotions_item)

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if cart is not UNSET:
            field_dict["cart"] = cart
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if consignments is not UNSET:
            field_dict["consignments"] = consignments
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if coupons is not UNSET:
            field_dict["coupons"] = coupons
        if fees is not UNSET:
            field_dict["fees"] = fees
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if shipping_cost_total_inc_tax is not UNSET:
            field_dict["shipping_cost_total_inc_tax"] = shipping_cost_total_inc_tax
        if shipping_cost_total_ex_tax is not UNSET:
            field_dict["shipping_cost_total_ex_tax"] = shipping_cost_total_ex_tax
        if handling_cost_total_inc_tax is not UNSET:
            field_dict["handling_cost_total_inc_tax"] = handling_cost_total_inc_tax
        if handling_cost_total_ex_tax is not UNSET:
            field_dict["handling_cost_total_ex_tax"] = handling_cost_total_ex_tax
        if tax_total is not UNSET:
            field_dict["tax_total"] = tax_total
        if subtotal_inc_tax is not UNSET:
            field_dict["subtotal_inc_tax"] = subtotal_inc_tax
        if subtotal_ex_tax is not UNSET:
            field_dict["subtotal_ex_tax"] = subtotal_ex_tax
        if grand_total is not UNSET:
            field_dict["grand_total"] = grand_total
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time
        if customer_message is not UNSET:
            field_dict["customer_message"] = customer_message
        if promotions is not UNSET:
            field_dict["promotions"] = promotions
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _cart = d.pop("cart", UNSET)
        cart: Cart | Unset
        if isinstance(_cart, Unset):
            cart = UNSET
        else:
            cart = Cart.from_dict(_cart)

        _billing_address = d.pop("billing_address", UNSET)
        billing_address: BillingAddress | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = BillingAddress.from_dict(_billing_address)

        _consignments = d.pop("consignments", UNSET)
        consignments: list[Consignment] | Unset = UNSET
        if _consignments is not UNSET:
            consignments = []
            for consignments_item_data in _consignments:
                consignments_item = Consignment.from_dict(consignments_item_data)

                consignments.append(consignments_item)

        _taxes = d.pop("taxes", UNSET)
        taxes: list[Tax] | Unset = UNSET
        if _taxes is not UNSET:
            taxes = []
            for taxes_item_data in _taxes:
                taxes_item = Tax.from_dict(taxes_item_data)

                taxes.append(taxes_item)

        _coupons = d.pop("coupons", UNSET)
        coupons: list[AppliedCoupon] | Unset = UNSET
        if _coupons is not UNSET:
            coupons = []
            for coupons_item_data in _coupons:
                coupons_item = AppliedCoupon.from_dict(coupons_item_data)

                coupons.append(coupons_item)

        _fees = d.pop("fees", UNSET)
        fees: list[CheckoutFee] | Unset = UNSET
        if _fees is not UNSET:
            fees = []
            for fees_item_data in _fees:
                fees_item = CheckoutFee.from_dict(fees_item_data)

                fees.append(fees_item)

        def _parse_order_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_id = _parse_order_id(d.pop("order_id", UNSET))

        shipping_cost_total_inc_tax = d.pop("shipping_cost_total_inc_tax", UNSET)

        shipping_cost_total_ex_tax = d.pop("shipping_cost_total_ex_tax", UNSET)

        handling_cost_total_inc_tax = d.pop("handling_cost_total_inc_tax", UNSET)

        handling_cost_total_ex_tax = d.pop("handling_cost_total_ex_tax", UNSET)

        tax_total = d.pop("tax_total", UNSET)

        subtotal_inc_tax = d.pop("subtotal_inc_tax", UNSET)

        subtotal_ex_tax = d.pop("subtotal_ex_tax", UNSET)

        grand_total = d.pop("grand_total", UNSET)

        created_time = d.pop("created_time", UNSET)

        updated_time = d.pop("updated_time", UNSET)

        customer_message = d.pop("customer_message", UNSET)

        _promotions = d.pop("promotions", UNSET)
        promotions: list[Promotion] | Unset = UNSET
        if _promotions is not UNSET:
            promotions = []
            for promotions_item_data in _promotions:
                promotions_item = Promotion.from_dict(promotions_item_data)

                promotions.append(promotions_item)

        version = d.pop("version", UNSET)

        checkout = cls(
            id=id,
            cart=cart,
            billing_address=billing_address,
            consignments=consignments,
            taxes=taxes,
            coupons=coupons,
            fees=fees,
            order_id=order_id,
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
