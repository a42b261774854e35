"""Contains all the data models used in inputs/outputs"""

from .add_checkout_consignment_include import AddCheckoutConsignmentInclude
from .address import Address
from .applied_coupon import AppliedCoupon
from .banner import Banner
from .billing_address import BillingAddress
from .billing_address_request import BillingAddressRequest
from .cart import Cart
from .cart_discount import CartDiscount
from .checkout import Checkout
from .checkout_fee import CheckoutFee
from .checkout_fee_type import CheckoutFeeType
from .checkout_response import CheckoutResponse
from .consignment import Consignment
from .consignment_address import ConsignmentAddress
from .consignment_address_request import ConsignmentAddressRequest
from .consignment_coupon_discount import ConsignmentCouponDiscount
from .consignment_create import ConsignmentCreate
from .consignment_discount import ConsignmentDiscount
from .consignment_line_item import ConsignmentLineItem
from .consignment_shipping_address import ConsignmentShippingAddress
from .consignment_update import ConsignmentUpdate
from .consignment_update_address import ConsignmentUpdateAddress
from .contact import Contact
from .coupon_request import CouponRequest
from .currency import Currency
from .custom_field import CustomField
from .custom_field_input import CustomFieldInput
from .custom_item import CustomItem
from .custom_shipping import CustomShipping
from .digital_item import DigitalItem
from .error import Error
from .error_detail import ErrorDetail
from .error_field_map import ErrorFieldMap
from .gift_certificate_item import GiftCertificateItem
from .gift_wrapping import GiftWrapping
from .line_item_discount import LineItemDiscount
from .line_items import LineItems
from .meta import Meta
from .order_ref import OrderRef
from .order_response import OrderResponse
from .physical_item import PhysicalItem
from .pickup_option import PickupOption
from .promotion import Promotion
from .shipping_option import ShippingOption
from .tax import Tax
from .update_checkout_consignment_include import UpdateCheckoutConsignmentInclude
from .version_only import VersionOnly

__all__ = (
    "AddCheckoutConsignmentInclude",
    "Address",
    "AppliedCoupon",
    "Banner",
    "BillingAddress",
    "BillingAddressRequest",
    "Cart",
    "CartDiscount",
    "Checkout",
    "CheckoutFee",
    "CheckoutFeeType",
    "CheckoutResponse",
    "Consignment",
    "ConsignmentAddress",
    "ConsignmentAddressRequest",
    "ConsignmentCouponDiscount",
    "ConsignmentCreate",
    "ConsignmentDiscount",
    "ConsignmentLineItem",
    "ConsignmentShippingAddress",
    "ConsignmentUpdate",
    "ConsignmentUpdateAddress",
    "Contact",
    "CouponRequest",
    "Currency",
    "CustomField",
    "CustomFieldInput",
    "CustomItem",
    "CustomShipping",
    "DigitalItem",
    "Error",
    "ErrorDetail",
    "ErrorFieldMap",
    "GiftCertificateItem",
    "GiftWrapping",
    "LineItemDiscount",
    "LineItems",
    "Meta",
    "OrderRef",
    "OrderResponse",
    "PhysicalItem",
    "PickupOption",
    "Promotion",
    "ShippingOption",
    "Tax",
    "UpdateCheckoutConsignmentInclude",
    "VersionOnly",
)
