"""Contains all the data models used in inputs/outputs.

Each model loads on first use (PEP 562 module `__getattr__`), so importing the package is cheap.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_checkout_consignment_include import AddCheckoutConsignmentInclude
    from .add_fees_request import AddFeesRequest
    from .address import Address
    from .applied_coupon import AppliedCoupon
    from .banner import Banner
    from .billing_address import BillingAddress
    from .billing_address_request import BillingAddressRequest
    from .cart import Cart
    from .cart_discount import CartDiscount
    from .cart_discount_input import CartDiscountInput
    from .channel_checkout_settings import ChannelCheckoutSettings
    from .channel_checkout_settings_response import ChannelCheckoutSettingsResponse
    from .checkout import Checkout
    from .checkout_fee import CheckoutFee
    from .checkout_fee_type import CheckoutFeeType
    from .checkout_response import CheckoutResponse
    from .checkout_settings import CheckoutSettings
    from .checkout_settings_response import CheckoutSettingsResponse
    from .checkout_token_data import CheckoutTokenData
    from .checkout_token_request import CheckoutTokenRequest
    from .checkout_token_response import CheckoutTokenResponse
    from .checkout_update import CheckoutUpdate
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
    from .delete_fees_request import DeleteFeesRequest
    from .digital_item import DigitalItem
    from .discount_request import DiscountRequest
    from .discount_request_cart import DiscountRequestCart
    from .error import Error
    from .error_detail import ErrorDetail
    from .error_field_map import ErrorFieldMap
    from .fee_input import FeeInput
    from .fee_input_type import FeeInputType
    from .fee_update import FeeUpdate
    from .gift_certificate_item import GiftCertificateItem
    from .gift_wrapping import GiftWrapping
    from .line_item_discount import LineItemDiscount
    from .line_item_discount_input import LineItemDiscountInput
    from .line_items import LineItems
    from .meta import Meta
    from .order_ref import OrderRef
    from .order_response import OrderResponse
    from .physical_item import PhysicalItem
    from .pickup_option import PickupOption
    from .promotion import Promotion
    from .shipping_option import ShippingOption
    from .storefront_address import StorefrontAddress
    from .storefront_applied_discount import StorefrontAppliedDiscount
    from .storefront_applied_gift_certificate import StorefrontAppliedGiftCertificate
    from .storefront_available_shipping_option import StorefrontAvailableShippingOption
    from .storefront_billing_address import StorefrontBillingAddress
    from .storefront_billing_address_request import StorefrontBillingAddressRequest
    from .storefront_cart import StorefrontCart
    from .storefront_cart_coupon import StorefrontCartCoupon
    from .storefront_cart_coupon_coupon_type import StorefrontCartCouponCouponType
    from .storefront_checkout import StorefrontCheckout
    from .storefront_checkout_coupon import StorefrontCheckoutCoupon
    from .storefront_checkout_fee import StorefrontCheckoutFee
    from .storefront_checkout_fee_type import StorefrontCheckoutFeeType
    from .storefront_checkout_update import StorefrontCheckoutUpdate
    from .storefront_consignment import StorefrontConsignment
    from .storefront_consignment_address import StorefrontConsignmentAddress
    from .storefront_consignment_address_request import (
        StorefrontConsignmentAddressRequest,
    )
    from .storefront_consignment_create import StorefrontConsignmentCreate
    from .storefront_consignment_create_shipping_address import (
        StorefrontConsignmentCreateShippingAddress,
    )
    from .storefront_consignment_discount import StorefrontConsignmentDiscount
    from .storefront_consignment_line_item import StorefrontConsignmentLineItem
    from .storefront_consignment_shipping_address import (
        StorefrontConsignmentShippingAddress,
    )
    from .storefront_consignment_update import StorefrontConsignmentUpdate
    from .storefront_consignment_update_shipping_address import (
        StorefrontConsignmentUpdateShippingAddress,
    )
    from .storefront_coupon_request import StorefrontCouponRequest
    from .storefront_currency import StorefrontCurrency
    from .storefront_custom_field import StorefrontCustomField
    from .storefront_custom_item import StorefrontCustomItem
    from .storefront_customer import StorefrontCustomer
    from .storefront_customer_address import StorefrontCustomerAddress
    from .storefront_customer_group import StorefrontCustomerGroup
    from .storefront_gift_certificate_input import StorefrontGiftCertificateInput
    from .storefront_gift_certificate_item import StorefrontGiftCertificateItem
    from .storefront_gift_certificate_request import StorefrontGiftCertificateRequest
    from .storefront_gift_wrap_detail import StorefrontGiftWrapDetail
    from .storefront_gift_wrapping import StorefrontGiftWrapping
    from .storefront_gift_wrapping_input import StorefrontGiftWrappingInput
    from .storefront_line_item import StorefrontLineItem
    from .storefront_line_item_input import StorefrontLineItemInput
    from .storefront_line_item_option import StorefrontLineItemOption
    from .storefront_line_item_update import StorefrontLineItemUpdate
    from .storefront_line_items import StorefrontLineItems
    from .storefront_payment import StorefrontPayment
    from .storefront_payment_detail import StorefrontPaymentDetail
    from .storefront_payment_provider_type import StorefrontPaymentProviderType
    from .storefront_pickup_option import StorefrontPickupOption
    from .storefront_promotion import StorefrontPromotion
    from .storefront_promotion_banner import StorefrontPromotionBanner
    from .storefront_promotion_banner_type import StorefrontPromotionBannerType
    from .storefront_selected_shipping_option import StorefrontSelectedShippingOption
    from .storefront_shipping_option import StorefrontShippingOption
    from .storefront_spam_protection_request import StorefrontSpamProtectionRequest
    from .tax import Tax
    from .update_checkout_consignment_include import UpdateCheckoutConsignmentInclude
    from .update_fees_request import UpdateFeesRequest
    from .version_only import VersionOnly

_MODULES = {
    "AddCheckoutConsignmentInclude": ".add_checkout_consignment_include",
    "AddFeesRequest": ".add_fees_request",
    "Address": ".address",
    "AppliedCoupon": ".applied_coupon",
    "Banner": ".banner",
    "BillingAddress": ".billing_address",
    "BillingAddressRequest": ".billing_address_request",
    "Cart": ".cart",
    "CartDiscount": ".cart_discount",
    "CartDiscountInput": ".cart_discount_input",
    "ChannelCheckoutSettings": ".channel_checkout_settings",
    "ChannelCheckoutSettingsResponse": ".channel_checkout_settings_response",
    "Checkout": ".checkout",
    "CheckoutFee": ".checkout_fee",
    "CheckoutFeeType": ".checkout_fee_type",
    "CheckoutResponse": ".checkout_response",
    "CheckoutSettings": ".checkout_settings",
    "CheckoutSettingsResponse": ".checkout_settings_response",
    "CheckoutTokenData": ".checkout_token_data",
    "CheckoutTokenRequest": ".checkout_token_request",
    "CheckoutTokenResponse": ".checkout_token_response",
    "CheckoutUpdate": ".checkout_update",
    "Consignment": ".consignment",
    "ConsignmentAddress": ".consignment_address",
    "ConsignmentAddressRequest": ".consignment_address_request",
    "ConsignmentCouponDiscount": ".consignment_coupon_discount",
    "ConsignmentCreate": ".consignment_create",
    "ConsignmentDiscount": ".consignment_discount",
    "ConsignmentLineItem": ".consignment_line_item",
    "ConsignmentShippingAddress": ".consignment_shipping_address",
    "ConsignmentUpdate": ".consignment_update",
    "ConsignmentUpdateAddress": ".consignment_update_address",
    "Contact": ".contact",
    "CouponRequest": ".coupon_request",
    "Currency": ".currency",
    "CustomField": ".custom_field",
    "CustomFieldInput": ".custom_field_input",
    "CustomItem": ".custom_item",
    "CustomShipping": ".custom_shipping",
    "DeleteFeesRequest": ".delete_fees_request",
    "DigitalItem": ".digital_item",
    "DiscountRequest": ".discount_request",
    "DiscountRequestCart": ".discount_request_cart",
    "Error": ".error",
    "ErrorDetail": ".error_detail",
    "ErrorFieldMap": ".error_field_map",
    "FeeInput": ".fee_input",
    "FeeInputType": ".fee_input_type",
    "FeeUpdate": ".fee_update",
    "GiftCertificateItem": ".gift_certificate_item",
    "GiftWrapping": ".gift_wrapping",
    "LineItemDiscount": ".line_item_discount",
    "LineItemDiscountInput": ".line_item_discount_input",
    "LineItems": ".line_items",
    "Meta": ".meta",
    "OrderRef": ".order_ref",
    "OrderResponse": ".order_response",
    "PhysicalItem": ".physical_item",
    "PickupOption": ".pickup_option",
    "Promotion": ".promotion",
    "ShippingOption": ".shipping_option",
    "StorefrontAddress": ".storefront_address",
    "StorefrontAppliedDiscount": ".storefront_applied_discount",
    "StorefrontAppliedGiftCertificate": ".storefront_applied_gift_certificate",
    "StorefrontAvailableShippingOption": ".storefront_available_shipping_option",
    "StorefrontBillingAddress": ".storefront_billing_address",
    "StorefrontBillingAddressRequest": ".storefront_billing_address_request",
    "StorefrontCart": ".storefront_cart",
    "StorefrontCartCoupon": ".storefront_cart_coupon",
    "StorefrontCartCouponCouponType": ".storefront_cart_coupon_coupon_type",
    "StorefrontCheckout": ".storefront_checkout",
    "StorefrontCheckoutCoupon": ".storefront_checkout_coupon",
    "StorefrontCheckoutFee": ".storefront_checkout_fee",
    "StorefrontCheckoutFeeType": ".storefront_checkout_fee_type",
    "StorefrontCheckoutUpdate": ".storefront_checkout_update",
    "StorefrontConsignment": ".storefront_consignment",
    "StorefrontConsignmentAddress": ".storefront_consignment_address",
    "StorefrontConsignmentAddressRequest": ".storefront_consignment_address_request",
    "StorefrontConsignmentCreate": ".storefront_consignment_create",
    "StorefrontConsignmentCreateShippingAddress": ".storefront_consignment_create_shipping_address",
    "StorefrontConsignmentDiscount": ".storefront_consignment_discount",
    "StorefrontConsignmentLineItem": ".storefront_consignment_line_item",
    "StorefrontConsignmentShippingAddress": ".storefront_consignment_shipping_address",
    "StorefrontConsignmentUpdate": ".storefront_consignment_update",
    "StorefrontConsignmentUpdateShippingAddress": ".storefront_consignment_update_shipping_address",
    "StorefrontCouponRequest": ".storefront_coupon_request",
    "StorefrontCurrency": ".storefront_currency",
    "StorefrontCustomField": ".storefront_custom_field",
    "StorefrontCustomItem": ".storefront_custom_item",
    "StorefrontCustomer": ".storefront_customer",
    "StorefrontCustomerAddress": ".storefront_customer_address",
    "StorefrontCustomerGroup": ".storefront_customer_group",
    "StorefrontGiftCertificateInput": ".storefront_gift_certificate_input",
    "StorefrontGiftCertificateItem": ".storefront_gift_certificate_item",
    "StorefrontGiftCertificateRequest": ".storefront_gift_certificate_request",
    "StorefrontGiftWrapDetail": ".storefront_gift_wrap_detail",
    "StorefrontGiftWrapping": ".storefront_gift_wrapping",
    "StorefrontGiftWrappingInput": ".storefront_gift_wrapping_input",
    "StorefrontLineItem": ".storefront_line_item",
    "StorefrontLineItemInput": ".storefront_line_item_input",
    "StorefrontLineItemOption": ".storefront_line_item_option",
    "StorefrontLineItemUpdate": ".storefront_line_item_update",
    "StorefrontLineItems": ".storefront_line_items",
    "StorefrontPayment": ".storefront_payment",
    "StorefrontPaymentDetail": ".storefront_payment_detail",
    "StorefrontPaymentProviderType": ".storefront_payment_provider_type",
    "StorefrontPickupOption": ".storefront_pickup_option",
    "StorefrontPromotion": ".storefront_promotion",
    "StorefrontPromotionBanner": ".storefront_promotion_banner",
    "StorefrontPromotionBannerType": ".storefront_promotion_banner_type",
    "StorefrontSelectedShippingOption": ".storefront_selected_shipping_option",
    "StorefrontShippingOption": ".storefront_shipping_option",
    "StorefrontSpamProtectionRequest": ".storefront_spam_protection_request",
    "Tax": ".tax",
    "UpdateCheckoutConsignmentInclude": ".update_checkout_consignment_include",
    "UpdateFeesRequest": ".update_fees_request",
    "VersionOnly": ".version_only",
}

__all__ = (
    "AddCheckoutConsignmentInclude",
    "AddFeesRequest",
    "Address",
    "AppliedCoupon",
    "Banner",
    "BillingAddress",
    "BillingAddressRequest",
    "Cart",
    "CartDiscount",
    "CartDiscountInput",
    "ChannelCheckoutSettings",
    "ChannelCheckoutSettingsResponse",
    "Checkout",
    "CheckoutFee",
    "CheckoutFeeType",
    "CheckoutResponse",
    "CheckoutSettings",
    "CheckoutSettingsResponse",
    "CheckoutTokenData",
    "CheckoutTokenRequest",
    "CheckoutTokenResponse",
    "CheckoutUpdate",
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
    "DeleteFeesRequest",
    "DigitalItem",
    "DiscountRequest",
    "DiscountRequestCart",
    "Error",
    "ErrorDetail",
    "ErrorFieldMap",
    "FeeInput",
    "FeeInputType",
    "FeeUpdate",
    "GiftCertificateItem",
    "GiftWrapping",
    "LineItemDiscount",
    "LineItemDiscountInput",
    "LineItems",
    "Meta",
    "OrderRef",
    "OrderResponse",
    "PhysicalItem",
    "PickupOption",
    "Promotion",
    "ShippingOption",
    "StorefrontAddress",
    "StorefrontAppliedDiscount",
    "StorefrontAppliedGiftCertificate",
    "StorefrontAvailableShippingOption",
    "StorefrontBillingAddress",
    "StorefrontBillingAddressRequest",
    "StorefrontCart",
    "StorefrontCartCoupon",
    "StorefrontCartCouponCouponType",
    "StorefrontCheckout",
    "StorefrontCheckoutCoupon",
    "StorefrontCheckoutFee",
    "StorefrontCheckoutFeeType",
    "StorefrontCheckoutUpdate",
    "StorefrontConsignment",
    "StorefrontConsignmentAddress",
    "StorefrontConsignmentAddressRequest",
    "StorefrontConsignmentCreate",
    "StorefrontConsignmentCreateShippingAddress",
    "StorefrontConsignmentDiscount",
    "StorefrontConsignmentLineItem",
    "StorefrontConsignmentShippingAddress",
    "StorefrontConsignmentUpdate",
    "StorefrontConsignmentUpdateShippingAddress",
    "StorefrontCouponRequest",
    "StorefrontCurrency",
    "StorefrontCustomer",
    "StorefrontCustomerAddress",
    "StorefrontCustomerGroup",
    "StorefrontCustomField",
    "StorefrontCustomItem",
    "StorefrontGiftCertificateInput",
    "StorefrontGiftCertificateItem",
    "StorefrontGiftCertificateRequest",
    "StorefrontGiftWrapDetail",
    "StorefrontGiftWrapping",
    "StorefrontGiftWrappingInput",
    "StorefrontLineItem",
    "StorefrontLineItemInput",
    "StorefrontLineItemOption",
    "StorefrontLineItems",
    "StorefrontLineItemUpdate",
    "StorefrontPayment",
    "StorefrontPaymentDetail",
    "StorefrontPaymentProviderType",
    "StorefrontPickupOption",
    "StorefrontPromotion",
    "StorefrontPromotionBanner",
    "StorefrontPromotionBannerType",
    "StorefrontSelectedShippingOption",
    "StorefrontShippingOption",
    "StorefrontSpamProtectionRequest",
    "Tax",
    "UpdateCheckoutConsignmentInclude",
    "UpdateFeesRequest",
    "VersionOnly",
)


def __getattr__(name: str) -> Any:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
