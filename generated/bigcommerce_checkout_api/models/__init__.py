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
    from .cart_abandoned_event import CartAbandonedEvent
    from .cart_abandoned_event_data import CartAbandonedEventData
    from .cart_abandoned_event_scope import CartAbandonedEventScope
    from .cart_applied_coupon import CartAppliedCoupon
    from .cart_applied_discount import CartAppliedDiscount
    from .cart_banner import CartBanner
    from .cart_converted_event import CartConvertedEvent
    from .cart_converted_event_data import CartConvertedEventData
    from .cart_converted_event_scope import CartConvertedEventScope
    from .cart_coupon_applied_event import CartCouponAppliedEvent
    from .cart_coupon_applied_event_data import CartCouponAppliedEventData
    from .cart_coupon_applied_event_scope import CartCouponAppliedEventScope
    from .cart_create_request import CartCreateRequest
    from .cart_created_event import CartCreatedEvent
    from .cart_created_event_scope import CartCreatedEventScope
    from .cart_currency import CartCurrency
    from .cart_currency_input import CartCurrencyInput
    from .cart_custom_item import CartCustomItem
    from .cart_custom_item_input import CartCustomItemInput
    from .cart_date_option_value import CartDateOptionValue
    from .cart_deleted_event import CartDeletedEvent
    from .cart_deleted_event_scope import CartDeletedEventScope
    from .cart_digital_item import CartDigitalItem
    from .cart_discount import CartDiscount
    from .cart_discount_input import CartDiscountInput
    from .cart_event_data import CartEventData
    from .cart_full import CartFull
    from .cart_gift_certificate_input import CartGiftCertificateInput
    from .cart_gift_certificate_input_theme import CartGiftCertificateInputTheme
    from .cart_gift_certificate_item import CartGiftCertificateItem
    from .cart_gift_wrap_detail import CartGiftWrapDetail
    from .cart_gift_wrapping import CartGiftWrapping
    from .cart_gift_wrapping_input import CartGiftWrappingInput
    from .cart_item_base import CartItemBase
    from .cart_item_coupon import CartItemCoupon
    from .cart_item_coupon_discount_type_type_1 import CartItemCouponDiscountTypeType1
    from .cart_item_coupon_discount_type_type_2_type_1 import (
        CartItemCouponDiscountTypeType2Type1,
    )
    from .cart_item_coupon_discount_type_type_3_type_1 import (
        CartItemCouponDiscountTypeType3Type1,
    )
    from .cart_item_option import CartItemOption
    from .cart_line_item_created_event import CartLineItemCreatedEvent
    from .cart_line_item_created_event_scope import CartLineItemCreatedEventScope
    from .cart_line_item_deleted_event import CartLineItemDeletedEvent
    from .cart_line_item_deleted_event_scope import CartLineItemDeletedEventScope
    from .cart_line_item_event_data import CartLineItemEventData
    from .cart_line_item_input import CartLineItemInput
    from .cart_line_item_update_request import CartLineItemUpdateRequest
    from .cart_line_item_updated_event import CartLineItemUpdatedEvent
    from .cart_line_item_updated_event_scope import CartLineItemUpdatedEventScope
    from .cart_line_items import CartLineItems
    from .cart_line_items_add_request import CartLineItemsAddRequest
    from .cart_metafield import CartMetafield
    from .cart_metafield_batch_create import CartMetafieldBatchCreate
    from .cart_metafield_batch_response import CartMetafieldBatchResponse
    from .cart_metafield_batch_update import CartMetafieldBatchUpdate
    from .cart_metafield_created_event import CartMetafieldCreatedEvent
    from .cart_metafield_created_event_scope import CartMetafieldCreatedEventScope
    from .cart_metafield_delete_response import CartMetafieldDeleteResponse
    from .cart_metafield_deleted_event import CartMetafieldDeletedEvent
    from .cart_metafield_deleted_event_scope import CartMetafieldDeletedEventScope
    from .cart_metafield_input import CartMetafieldInput
    from .cart_metafield_input_permission_set import CartMetafieldInputPermissionSet
    from .cart_metafield_list_response import CartMetafieldListResponse
    from .cart_metafield_permission_set_type_1 import CartMetafieldPermissionSetType1
    from .cart_metafield_permission_set_type_2_type_1 import (
        CartMetafieldPermissionSetType2Type1,
    )
    from .cart_metafield_permission_set_type_3_type_1 import (
        CartMetafieldPermissionSetType3Type1,
    )
    from .cart_metafield_resource_type_type_1 import CartMetafieldResourceTypeType1
    from .cart_metafield_resource_type_type_2_type_1 import (
        CartMetafieldResourceTypeType2Type1,
    )
    from .cart_metafield_resource_type_type_3_type_1 import (
        CartMetafieldResourceTypeType3Type1,
    )
    from .cart_metafield_response import CartMetafieldResponse
    from .cart_metafield_updated_event import CartMetafieldUpdatedEvent
    from .cart_metafield_updated_event_scope import CartMetafieldUpdatedEventScope
    from .cart_option_selection import CartOptionSelection
    from .cart_physical_item import CartPhysicalItem
    from .cart_promotions import CartPromotions
    from .cart_query_param import CartQueryParam
    from .cart_redirect_urls import CartRedirectUrls
    from .cart_redirect_urls_request import CartRedirectUrlsRequest
    from .cart_redirect_urls_response import CartRedirectUrlsResponse
    from .cart_response import CartResponse
    from .cart_settings import CartSettings
    from .cart_settings_request import CartSettingsRequest
    from .cart_settings_response import CartSettingsResponse
    from .cart_update_request import CartUpdateRequest
    from .cart_updated_event import CartUpdatedEvent
    from .cart_updated_event_scope import CartUpdatedEventScope
    from .cart_version_only import CartVersionOnly
    from .channel_cart_settings import ChannelCartSettings
    from .channel_cart_settings_response import ChannelCartSettingsResponse
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
    from .current_customer_token import CurrentCustomerToken
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
    from .get_cart_metafield_direction import GetCartMetafieldDirection
    from .get_order_consignment_structure import GetOrderConsignmentStructure
    from .get_order_metafields_direction import GetOrderMetafieldsDirection
    from .get_order_taxes_details import GetOrderTaxesDetails
    from .get_orders_consignment_structure import GetOrdersConsignmentStructure
    from .gift_certificate_item import GiftCertificateItem
    from .gift_wrapping import GiftWrapping
    from .line_item_discount import LineItemDiscount
    from .line_item_discount_input import LineItemDiscountInput
    from .line_items import LineItems
    from .list_all_cart_metafields_direction import ListAllCartMetafieldsDirection
    from .list_cart_metafields_direction import ListCartMetafieldsDirection
    from .meta import Meta
    from .metafield_batch_error import MetafieldBatchError
    from .metafield_cursor_pagination import MetafieldCursorPagination
    from .metafield_event_data import MetafieldEventData
    from .metafield_list_meta import MetafieldListMeta
    from .metafield_page_links import MetafieldPageLinks
    from .metafield_pagination import MetafieldPagination
    from .metafield_write_meta import MetafieldWriteMeta
    from .order import Order
    from .order_archived_event import OrderArchivedEvent
    from .order_archived_event_scope import OrderArchivedEventScope
    from .order_billing_address import OrderBillingAddress
    from .order_billing_address_input import OrderBillingAddressInput
    from .order_consignment_line_item import OrderConsignmentLineItem
    from .order_consignment_line_item_configurable_fields_type_0_item import (
        OrderConsignmentLineItemConfigurableFieldsType0Item,
    )
    from .order_consignment_line_item_type_type_1 import (
        OrderConsignmentLineItemTypeType1,
    )
    from .order_consignment_line_item_type_type_2_type_1 import (
        OrderConsignmentLineItemTypeType2Type1,
    )
    from .order_consignment_line_item_type_type_3_type_1 import (
        OrderConsignmentLineItemTypeType3Type1,
    )
    from .order_consignments import OrderConsignments
    from .order_consignments_email_type_0 import OrderConsignmentsEmailType0
    from .order_count import OrderCount
    from .order_count_status import OrderCountStatus
    from .order_coupon import OrderCoupon
    from .order_coupon_type_type_1 import OrderCouponTypeType1
    from .order_coupon_type_type_2_type_1 import OrderCouponTypeType2Type1
    from .order_coupon_type_type_3_type_1 import OrderCouponTypeType3Type1
    from .order_created_event import OrderCreatedEvent
    from .order_created_event_scope import OrderCreatedEventScope
    from .order_credit_card_type_type_1 import OrderCreditCardTypeType1
    from .order_digital_consignment import OrderDigitalConsignment
    from .order_error_message import OrderErrorMessage
    from .order_event_data import OrderEventData
    from .order_fee import OrderFee
    from .order_fee_type_type_1 import OrderFeeTypeType1
    from .order_fee_type_type_2_type_1 import OrderFeeTypeType2Type1
    from .order_fee_type_type_3_type_1 import OrderFeeTypeType3Type1
    from .order_fees_response import OrderFeesResponse
    from .order_form_field import OrderFormField
    from .order_gift_certificate_consignment import OrderGiftCertificateConsignment
    from .order_message_created_event import OrderMessageCreatedEvent
    from .order_message_created_event_data import OrderMessageCreatedEventData
    from .order_message_created_event_scope import OrderMessageCreatedEventScope
    from .order_message_ref import OrderMessageRef
    from .order_metafield import OrderMetafield
    from .order_metafield_created_event import OrderMetafieldCreatedEvent
    from .order_metafield_created_event_scope import OrderMetafieldCreatedEventScope
    from .order_metafield_deleted_event import OrderMetafieldDeletedEvent
    from .order_metafield_deleted_event_scope import OrderMetafieldDeletedEventScope
    from .order_metafield_list_response import OrderMetafieldListResponse
    from .order_metafield_permission_set_type_1 import OrderMetafieldPermissionSetType1
    from .order_metafield_permission_set_type_2_type_1 import (
        OrderMetafieldPermissionSetType2Type1,
    )
    from .order_metafield_permission_set_type_3_type_1 import (
        OrderMetafieldPermissionSetType3Type1,
    )
    from .order_metafield_resource_type_type_1 import OrderMetafieldResourceTypeType1
    from .order_metafield_resource_type_type_2_type_1 import (
        OrderMetafieldResourceTypeType2Type1,
    )
    from .order_metafield_resource_type_type_3_type_1 import (
        OrderMetafieldResourceTypeType3Type1,
    )
    from .order_metafield_response import OrderMetafieldResponse
    from .order_metafield_updated_event import OrderMetafieldUpdatedEvent
    from .order_metafield_updated_event_scope import OrderMetafieldUpdatedEventScope
    from .order_payment_action_response import OrderPaymentActionResponse
    from .order_payment_status_type_1 import OrderPaymentStatusType1
    from .order_payment_status_type_2_type_1 import OrderPaymentStatusType2Type1
    from .order_payment_status_type_3_type_1 import OrderPaymentStatusType3Type1
    from .order_pickup_consignment import OrderPickupConsignment
    from .order_pickup_location import OrderPickupLocation
    from .order_product import OrderProduct
    from .order_product_configurable_fields_type_0_item import (
        OrderProductConfigurableFieldsType0Item,
    )
    from .order_product_discount import OrderProductDiscount
    from .order_product_discount_target_type_1 import OrderProductDiscountTargetType1
    from .order_product_discount_target_type_2_type_1 import (
        OrderProductDiscountTargetType2Type1,
    )
    from .order_product_discount_target_type_3_type_1 import (
        OrderProductDiscountTargetType3Type1,
    )
    from .order_product_option import OrderProductOption
    from .order_product_option_type_type_1 import OrderProductOptionTypeType1
    from .order_product_option_type_type_2_type_1 import (
        OrderProductOptionTypeType2Type1,
    )
    from .order_product_option_type_type_3_type_1 import (
        OrderProductOptionTypeType3Type1,
    )
    from .order_product_type_type_1 import OrderProductTypeType1
    from .order_product_type_type_2_type_1 import OrderProductTypeType2Type1
    from .order_product_type_type_3_type_1 import OrderProductTypeType3Type1
    from .order_ref import OrderRef
    from .order_refund import OrderRefund
    from .order_refund_adjustment_input import OrderRefundAdjustmentInput
    from .order_refund_created_event import OrderRefundCreatedEvent
    from .order_refund_created_event_data import OrderRefundCreatedEventData
    from .order_refund_created_event_scope import OrderRefundCreatedEventScope
    from .order_refund_item import OrderRefundItem
    from .order_refund_item_adjustment import OrderRefundItemAdjustment
    from .order_refund_item_input import OrderRefundItemInput
    from .order_refund_item_input_item_type import OrderRefundItemInputItemType
    from .order_refund_item_item_type_type_1 import OrderRefundItemItemTypeType1
    from .order_refund_item_item_type_type_2_type_1 import (
        OrderRefundItemItemTypeType2Type1,
    )
    from .order_refund_item_item_type_type_3_type_1 import (
        OrderRefundItemItemTypeType3Type1,
    )
    from .order_refund_list_response import OrderRefundListResponse
    from .order_refund_method_option import OrderRefundMethodOption
    from .order_refund_override import OrderRefundOverride
    from .order_refund_payment import OrderRefundPayment
    from .order_refund_payment_input import OrderRefundPaymentInput
    from .order_refund_quote import OrderRefundQuote
    from .order_refund_quote_request import OrderRefundQuoteRequest
    from .order_refund_quote_response import OrderRefundQuoteResponse
    from .order_refund_ref import OrderRefundRef
    from .order_refund_request import OrderRefundRequest
    from .order_refund_response import OrderRefundResponse
    from .order_resource_link import OrderResourceLink
    from .order_response import OrderResponse
    from .order_shipping_address import OrderShippingAddress
    from .order_shipping_consignment import OrderShippingConsignment
    from .order_status import OrderStatus
    from .order_status_change import OrderStatusChange
    from .order_status_updated_event import OrderStatusUpdatedEvent
    from .order_status_updated_event_data import OrderStatusUpdatedEventData
    from .order_status_updated_event_scope import OrderStatusUpdatedEventScope
    from .order_tax import OrderTax
    from .order_tax_line_item_type_type_1 import OrderTaxLineItemTypeType1
    from .order_tax_line_item_type_type_2_type_1 import OrderTaxLineItemTypeType2Type1
    from .order_tax_line_item_type_type_3_type_1 import OrderTaxLineItemTypeType3Type1
    from .order_transaction import OrderTransaction
    from .order_transaction_avs_result_type_0 import OrderTransactionAvsResultType0
    from .order_transaction_card import OrderTransactionCard
    from .order_transaction_card_card_type_type_1 import (
        OrderTransactionCardCardTypeType1,
    )
    from .order_transaction_card_card_type_type_2_type_1 import (
        OrderTransactionCardCardTypeType2Type1,
    )
    from .order_transaction_card_card_type_type_3_type_1 import (
        OrderTransactionCardCardTypeType3Type1,
    )
    from .order_transaction_created_event import OrderTransactionCreatedEvent
    from .order_transaction_created_event_data import OrderTransactionCreatedEventData
    from .order_transaction_created_event_scope import OrderTransactionCreatedEventScope
    from .order_transaction_custom_provider_field_result_type_0 import (
        OrderTransactionCustomProviderFieldResultType0,
    )
    from .order_transaction_custom_type_0 import OrderTransactionCustomType0
    from .order_transaction_cvv_result_type_0 import OrderTransactionCvvResultType0
    from .order_transaction_event import OrderTransactionEvent
    from .order_transaction_gateway import OrderTransactionGateway
    from .order_transaction_gift_certificate_type_0 import (
        OrderTransactionGiftCertificateType0,
    )
    from .order_transaction_gift_certificate_type_0_status_type_1 import (
        OrderTransactionGiftCertificateType0StatusType1,
    )
    from .order_transaction_gift_certificate_type_0_status_type_2_type_1 import (
        OrderTransactionGiftCertificateType0StatusType2Type1,
    )
    from .order_transaction_gift_certificate_type_0_status_type_3_type_1 import (
        OrderTransactionGiftCertificateType0StatusType3Type1,
    )
    from .order_transaction_list_meta import OrderTransactionListMeta
    from .order_transaction_list_response import OrderTransactionListResponse
    from .order_transaction_method import OrderTransactionMethod
    from .order_transaction_offline_type_0 import OrderTransactionOfflineType0
    from .order_transaction_page_links import OrderTransactionPageLinks
    from .order_transaction_pagination import OrderTransactionPagination
    from .order_transaction_result import OrderTransactionResult
    from .order_transaction_status_type_1 import OrderTransactionStatusType1
    from .order_transaction_status_type_2_type_1 import OrderTransactionStatusType2Type1
    from .order_transaction_status_type_3_type_1 import OrderTransactionStatusType3Type1
    from .order_transaction_store_credit_type_0 import OrderTransactionStoreCreditType0
    from .order_update_request import OrderUpdateRequest
    from .order_updated_event import OrderUpdatedEvent
    from .order_updated_event_scope import OrderUpdatedEventScope
    from .payment_access_token import PaymentAccessToken
    from .payment_access_token_order import PaymentAccessTokenOrder
    from .payment_access_token_request import PaymentAccessTokenRequest
    from .payment_access_token_response import PaymentAccessTokenResponse
    from .payment_card import PaymentCard
    from .payment_card_type import PaymentCardType
    from .payment_error import PaymentError
    from .payment_gift_certificate import PaymentGiftCertificate
    from .payment_gift_certificate_type import PaymentGiftCertificateType
    from .payment_method import PaymentMethod
    from .payment_methods_response import PaymentMethodsResponse
    from .payment_request import PaymentRequest
    from .payment_store_credit import PaymentStoreCredit
    from .payment_store_credit_type import PaymentStoreCreditType
    from .payment_stored_bank_account import PaymentStoredBankAccount
    from .payment_stored_bank_account_type import PaymentStoredBankAccountType
    from .payment_stored_card import PaymentStoredCard
    from .payment_stored_card_type import PaymentStoredCardType
    from .payment_stored_instrument import PaymentStoredInstrument
    from .payment_stored_pay_pal_account import PaymentStoredPayPalAccount
    from .payment_stored_pay_pal_account_type import PaymentStoredPayPalAccountType
    from .payment_supported_instrument import PaymentSupportedInstrument
    from .payment_supported_instrument_instrument_type import (
        PaymentSupportedInstrumentInstrumentType,
    )
    from .payment_tokenized_card import PaymentTokenizedCard
    from .payment_tokenized_card_type import PaymentTokenizedCardType
    from .payment_transaction import PaymentTransaction
    from .payment_transaction_status_type_1 import PaymentTransactionStatusType1
    from .payment_transaction_status_type_2_type_1 import (
        PaymentTransactionStatusType2Type1,
    )
    from .payment_transaction_status_type_3_type_1 import (
        PaymentTransactionStatusType3Type1,
    )
    from .payment_transaction_transaction_type_type_1 import (
        PaymentTransactionTransactionTypeType1,
    )
    from .payment_transaction_transaction_type_type_2_type_1 import (
        PaymentTransactionTransactionTypeType2Type1,
    )
    from .payment_transaction_transaction_type_type_3_type_1 import (
        PaymentTransactionTransactionTypeType3Type1,
    )
    from .physical_item import PhysicalItem
    from .pickup_option import PickupOption
    from .process_payment_request import ProcessPaymentRequest
    from .process_payment_response import ProcessPaymentResponse
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
    from .storefront_cart_create_request import StorefrontCartCreateRequest
    from .storefront_cart_currency_request import StorefrontCartCurrencyRequest
    from .storefront_cart_gift_certificate_input import (
        StorefrontCartGiftCertificateInput,
    )
    from .storefront_cart_item_update_request import StorefrontCartItemUpdateRequest
    from .storefront_cart_items_add_request import StorefrontCartItemsAddRequest
    from .storefront_cart_line_item_input import StorefrontCartLineItemInput
    from .storefront_cart_option_selection import StorefrontCartOptionSelection
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
    from .storefront_order import StorefrontOrder
    from .storefront_order_address import StorefrontOrderAddress
    from .storefront_order_category import StorefrontOrderCategory
    from .storefront_order_consignment_item import StorefrontOrderConsignmentItem
    from .storefront_order_consignments import StorefrontOrderConsignments
    from .storefront_order_coupon import StorefrontOrderCoupon
    from .storefront_order_fees_type_0_item import StorefrontOrderFeesType0Item
    from .storefront_order_form_field import StorefrontOrderFormField
    from .storefront_order_gift_certificate import StorefrontOrderGiftCertificate
    from .storefront_order_item import StorefrontOrderItem
    from .storefront_order_item_discount import StorefrontOrderItemDiscount
    from .storefront_order_item_discounts_type_1 import (
        StorefrontOrderItemDiscountsType1,
    )
    from .storefront_order_line_items import StorefrontOrderLineItems
    from .storefront_order_line_items_custom_items_type_0_item import (
        StorefrontOrderLineItemsCustomItemsType0Item,
    )
    from .storefront_order_payment import StorefrontOrderPayment
    from .storefront_order_payment_detail_type_0 import (
        StorefrontOrderPaymentDetailType0,
    )
    from .storefront_order_payment_mandate_type_0 import (
        StorefrontOrderPaymentMandateType0,
    )
    from .storefront_order_pickup_consignment import StorefrontOrderPickupConsignment
    from .storefront_order_pickup_location import StorefrontOrderPickupLocation
    from .storefront_order_shipping_consignment import (
        StorefrontOrderShippingConsignment,
    )
    from .storefront_order_shipping_consignment_discounts_type_0_item import (
        StorefrontOrderShippingConsignmentDiscountsType0Item,
    )
    from .storefront_order_social_link import StorefrontOrderSocialLink
    from .storefront_order_tax import StorefrontOrderTax
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
    from .webhook import Webhook
    from .webhook_admin import WebhookAdmin
    from .webhook_admin_hook import WebhookAdminHook
    from .webhook_admin_hook_headers_type_0 import WebhookAdminHookHeadersType0
    from .webhook_admin_hook_status_type_1 import WebhookAdminHookStatusType1
    from .webhook_admin_hook_status_type_2_type_1 import (
        WebhookAdminHookStatusType2Type1,
    )
    from .webhook_admin_hook_status_type_3_type_1 import (
        WebhookAdminHookStatusType3Type1,
    )
    from .webhook_admin_response import WebhookAdminResponse
    from .webhook_block_reason import WebhookBlockReason
    from .webhook_blocked_domain import WebhookBlockedDomain
    from .webhook_create_request import WebhookCreateRequest
    from .webhook_create_request_headers_type_0 import WebhookCreateRequestHeadersType0
    from .webhook_emails_request import WebhookEmailsRequest
    from .webhook_event import WebhookEvent
    from .webhook_event_base import WebhookEventBase
    from .webhook_event_data import WebhookEventData
    from .webhook_headers_type_0 import WebhookHeadersType0
    from .webhook_list_meta import WebhookListMeta
    from .webhook_list_response import WebhookListResponse
    from .webhook_page_links import WebhookPageLinks
    from .webhook_pagination import WebhookPagination
    from .webhook_response import WebhookResponse
    from .webhook_update_request import WebhookUpdateRequest
    from .webhook_update_request_headers_type_0 import WebhookUpdateRequestHeadersType0

_MODULES = {
    "AddCheckoutConsignmentInclude": ".add_checkout_consignment_include",
    "AddFeesRequest": ".add_fees_request",
    "Address": ".address",
    "AppliedCoupon": ".applied_coupon",
    "Banner": ".banner",
    "BillingAddress": ".billing_address",
    "BillingAddressRequest": ".billing_address_request",
    "Cart": ".cart",
    "CartAbandonedEvent": ".cart_abandoned_event",
    "CartAbandonedEventData": ".cart_abandoned_event_data",
    "CartAbandonedEventScope": ".cart_abandoned_event_scope",
    "CartAppliedCoupon": ".cart_applied_coupon",
    "CartAppliedDiscount": ".cart_applied_discount",
    "CartBanner": ".cart_banner",
    "CartConvertedEvent": ".cart_converted_event",
    "CartConvertedEventData": ".cart_converted_event_data",
    "CartConvertedEventScope": ".cart_converted_event_scope",
    "CartCouponAppliedEvent": ".cart_coupon_applied_event",
    "CartCouponAppliedEventData": ".cart_coupon_applied_event_data",
    "CartCouponAppliedEventScope": ".cart_coupon_applied_event_scope",
    "CartCreateRequest": ".cart_create_request",
    "CartCreatedEvent": ".cart_created_event",
    "CartCreatedEventScope": ".cart_created_event_scope",
    "CartCurrency": ".cart_currency",
    "CartCurrencyInput": ".cart_currency_input",
    "CartCustomItem": ".cart_custom_item",
    "CartCustomItemInput": ".cart_custom_item_input",
    "CartDateOptionValue": ".cart_date_option_value",
    "CartDeletedEvent": ".cart_deleted_event",
    "CartDeletedEventScope": ".cart_deleted_event_scope",
    "CartDigitalItem": ".cart_digital_item",
    "CartDiscount": ".cart_discount",
    "CartDiscountInput": ".cart_discount_input",
    "CartEventData": ".cart_event_data",
    "CartFull": ".cart_full",
    "CartGiftCertificateInput": ".cart_gift_certificate_input",
    "CartGiftCertificateInputTheme": ".cart_gift_certificate_input_theme",
    "CartGiftCertificateItem": ".cart_gift_certificate_item",
    "CartGiftWrapDetail": ".cart_gift_wrap_detail",
    "CartGiftWrapping": ".cart_gift_wrapping",
    "CartGiftWrappingInput": ".cart_gift_wrapping_input",
    "CartItemBase": ".cart_item_base",
    "CartItemCoupon": ".cart_item_coupon",
    "CartItemCouponDiscountTypeType1": ".cart_item_coupon_discount_type_type_1",
    "CartItemCouponDiscountTypeType2Type1": ".cart_item_coupon_discount_type_type_2_type_1",
    "CartItemCouponDiscountTypeType3Type1": ".cart_item_coupon_discount_type_type_3_type_1",
    "CartItemOption": ".cart_item_option",
    "CartLineItemCreatedEvent": ".cart_line_item_created_event",
    "CartLineItemCreatedEventScope": ".cart_line_item_created_event_scope",
    "CartLineItemDeletedEvent": ".cart_line_item_deleted_event",
    "CartLineItemDeletedEventScope": ".cart_line_item_deleted_event_scope",
    "CartLineItemEventData": ".cart_line_item_event_data",
    "CartLineItemInput": ".cart_line_item_input",
    "CartLineItemUpdateRequest": ".cart_line_item_update_request",
    "CartLineItemUpdatedEvent": ".cart_line_item_updated_event",
    "CartLineItemUpdatedEventScope": ".cart_line_item_updated_event_scope",
    "CartLineItems": ".cart_line_items",
    "CartLineItemsAddRequest": ".cart_line_items_add_request",
    "CartMetafield": ".cart_metafield",
    "CartMetafieldBatchCreate": ".cart_metafield_batch_create",
    "CartMetafieldBatchResponse": ".cart_metafield_batch_response",
    "CartMetafieldBatchUpdate": ".cart_metafield_batch_update",
    "CartMetafieldCreatedEvent": ".cart_metafield_created_event",
    "CartMetafieldCreatedEventScope": ".cart_metafield_created_event_scope",
    "CartMetafieldDeleteResponse": ".cart_metafield_delete_response",
    "CartMetafieldDeletedEvent": ".cart_metafield_deleted_event",
    "CartMetafieldDeletedEventScope": ".cart_metafield_deleted_event_scope",
    "CartMetafieldInput": ".cart_metafield_input",
    "CartMetafieldInputPermissionSet": ".cart_metafield_input_permission_set",
    "CartMetafieldListResponse": ".cart_metafield_list_response",
    "CartMetafieldPermissionSetType1": ".cart_metafield_permission_set_type_1",
    "CartMetafieldPermissionSetType2Type1": ".cart_metafield_permission_set_type_2_type_1",
    "CartMetafieldPermissionSetType3Type1": ".cart_metafield_permission_set_type_3_type_1",
    "CartMetafieldResourceTypeType1": ".cart_metafield_resource_type_type_1",
    "CartMetafieldResourceTypeType2Type1": ".cart_metafield_resource_type_type_2_type_1",
    "CartMetafieldResourceTypeType3Type1": ".cart_metafield_resource_type_type_3_type_1",
    "CartMetafieldResponse": ".cart_metafield_response",
    "CartMetafieldUpdatedEvent": ".cart_metafield_updated_event",
    "CartMetafieldUpdatedEventScope": ".cart_metafield_updated_event_scope",
    "CartOptionSelection": ".cart_option_selection",
    "CartPhysicalItem": ".cart_physical_item",
    "CartPromotions": ".cart_promotions",
    "CartQueryParam": ".cart_query_param",
    "CartRedirectUrls": ".cart_redirect_urls",
    "CartRedirectUrlsRequest": ".cart_redirect_urls_request",
    "CartRedirectUrlsResponse": ".cart_redirect_urls_response",
    "CartResponse": ".cart_response",
    "CartSettings": ".cart_settings",
    "CartSettingsRequest": ".cart_settings_request",
    "CartSettingsResponse": ".cart_settings_response",
    "CartUpdateRequest": ".cart_update_request",
    "CartUpdatedEvent": ".cart_updated_event",
    "CartUpdatedEventScope": ".cart_updated_event_scope",
    "CartVersionOnly": ".cart_version_only",
    "ChannelCartSettings": ".channel_cart_settings",
    "ChannelCartSettingsResponse": ".channel_cart_settings_response",
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
    "CurrentCustomerToken": ".current_customer_token",
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
    "GetCartMetafieldDirection": ".get_cart_metafield_direction",
    "GetOrderConsignmentStructure": ".get_order_consignment_structure",
    "GetOrderMetafieldsDirection": ".get_order_metafields_direction",
    "GetOrderTaxesDetails": ".get_order_taxes_details",
    "GetOrdersConsignmentStructure": ".get_orders_consignment_structure",
    "GiftCertificateItem": ".gift_certificate_item",
    "GiftWrapping": ".gift_wrapping",
    "LineItemDiscount": ".line_item_discount",
    "LineItemDiscountInput": ".line_item_discount_input",
    "LineItems": ".line_items",
    "ListAllCartMetafieldsDirection": ".list_all_cart_metafields_direction",
    "ListCartMetafieldsDirection": ".list_cart_metafields_direction",
    "Meta": ".meta",
    "MetafieldBatchError": ".metafield_batch_error",
    "MetafieldCursorPagination": ".metafield_cursor_pagination",
    "MetafieldEventData": ".metafield_event_data",
    "MetafieldListMeta": ".metafield_list_meta",
    "MetafieldPageLinks": ".metafield_page_links",
    "MetafieldPagination": ".metafield_pagination",
    "MetafieldWriteMeta": ".metafield_write_meta",
    "Order": ".order",
    "OrderArchivedEvent": ".order_archived_event",
    "OrderArchivedEventScope": ".order_archived_event_scope",
    "OrderBillingAddress": ".order_billing_address",
    "OrderBillingAddressInput": ".order_billing_address_input",
    "OrderConsignmentLineItem": ".order_consignment_line_item",
    "OrderConsignmentLineItemConfigurableFieldsType0Item": ".order_consignment_line_item_configurable_fields_type_0_item",
    "OrderConsignmentLineItemTypeType1": ".order_consignment_line_item_type_type_1",
    "OrderConsignmentLineItemTypeType2Type1": ".order_consignment_line_item_type_type_2_type_1",
    "OrderConsignmentLineItemTypeType3Type1": ".order_consignment_line_item_type_type_3_type_1",
    "OrderConsignments": ".order_consignments",
    "OrderConsignmentsEmailType0": ".order_consignments_email_type_0",
    "OrderCount": ".order_count",
    "OrderCountStatus": ".order_count_status",
    "OrderCoupon": ".order_coupon",
    "OrderCouponTypeType1": ".order_coupon_type_type_1",
    "OrderCouponTypeType2Type1": ".order_coupon_type_type_2_type_1",
    "OrderCouponTypeType3Type1": ".order_coupon_type_type_3_type_1",
    "OrderCreatedEvent": ".order_created_event",
    "OrderCreatedEventScope": ".order_created_event_scope",
    "OrderCreditCardTypeType1": ".order_credit_card_type_type_1",
    "OrderDigitalConsignment": ".order_digital_consignment",
    "OrderErrorMessage": ".order_error_message",
    "OrderEventData": ".order_event_data",
    "OrderFee": ".order_fee",
    "OrderFeeTypeType1": ".order_fee_type_type_1",
    "OrderFeeTypeType2Type1": ".order_fee_type_type_2_type_1",
    "OrderFeeTypeType3Type1": ".order_fee_type_type_3_type_1",
    "OrderFeesResponse": ".order_fees_response",
    "OrderFormField": ".order_form_field",
    "OrderGiftCertificateConsignment": ".order_gift_certificate_consignment",
    "OrderMessageCreatedEvent": ".order_message_created_event",
    "OrderMessageCreatedEventData": ".order_message_created_event_data",
    "OrderMessageCreatedEventScope": ".order_message_created_event_scope",
    "OrderMessageRef": ".order_message_ref",
    "OrderMetafield": ".order_metafield",
    "OrderMetafieldCreatedEvent": ".order_metafield_created_event",
    "OrderMetafieldCreatedEventScope": ".order_metafield_created_event_scope",
    "OrderMetafieldDeletedEvent": ".order_metafield_deleted_event",
    "OrderMetafieldDeletedEventScope": ".order_metafield_deleted_event_scope",
    "OrderMetafieldListResponse": ".order_metafield_list_response",
    "OrderMetafieldPermissionSetType1": ".order_metafield_permission_set_type_1",
    "OrderMetafieldPermissionSetType2Type1": ".order_metafield_permission_set_type_2_type_1",
    "OrderMetafieldPermissionSetType3Type1": ".order_metafield_permission_set_type_3_type_1",
    "OrderMetafieldResourceTypeType1": ".order_metafield_resource_type_type_1",
    "OrderMetafieldResourceTypeType2Type1": ".order_metafield_resource_type_type_2_type_1",
    "OrderMetafieldResourceTypeType3Type1": ".order_metafield_resource_type_type_3_type_1",
    "OrderMetafieldResponse": ".order_metafield_response",
    "OrderMetafieldUpdatedEvent": ".order_metafield_updated_event",
    "OrderMetafieldUpdatedEventScope": ".order_metafield_updated_event_scope",
    "OrderPaymentActionResponse": ".order_payment_action_response",
    "OrderPaymentStatusType1": ".order_payment_status_type_1",
    "OrderPaymentStatusType2Type1": ".order_payment_status_type_2_type_1",
    "OrderPaymentStatusType3Type1": ".order_payment_status_type_3_type_1",
    "OrderPickupConsignment": ".order_pickup_consignment",
    "OrderPickupLocation": ".order_pickup_location",
    "OrderProduct": ".order_product",
    "OrderProductConfigurableFieldsType0Item": ".order_product_configurable_fields_type_0_item",
    "OrderProductDiscount": ".order_product_discount",
    "OrderProductDiscountTargetType1": ".order_product_discount_target_type_1",
    "OrderProductDiscountTargetType2Type1": ".order_product_discount_target_type_2_type_1",
    "OrderProductDiscountTargetType3Type1": ".order_product_discount_target_type_3_type_1",
    "OrderProductOption": ".order_product_option",
    "OrderProductOptionTypeType1": ".order_product_option_type_type_1",
    "OrderProductOptionTypeType2Type1": ".order_product_option_type_type_2_type_1",
    "OrderProductOptionTypeType3Type1": ".order_product_option_type_type_3_type_1",
    "OrderProductTypeType1": ".order_product_type_type_1",
    "OrderProductTypeType2Type1": ".order_product_type_type_2_type_1",
    "OrderProductTypeType3Type1": ".order_product_type_type_3_type_1",
    "OrderRef": ".order_ref",
    "OrderRefund": ".order_refund",
    "OrderRefundAdjustmentInput": ".order_refund_adjustment_input",
    "OrderRefundCreatedEvent": ".order_refund_created_event",
    "OrderRefundCreatedEventData": ".order_refund_created_event_data",
    "OrderRefundCreatedEventScope": ".order_refund_created_event_scope",
    "OrderRefundItem": ".order_refund_item",
    "OrderRefundItemAdjustment": ".order_refund_item_adjustment",
    "OrderRefundItemInput": ".order_refund_item_input",
    "OrderRefundItemInputItemType": ".order_refund_item_input_item_type",
    "OrderRefundItemItemTypeType1": ".order_refund_item_item_type_type_1",
    "OrderRefundItemItemTypeType2Type1": ".order_refund_item_item_type_type_2_type_1",
    "OrderRefundItemItemTypeType3Type1": ".order_refund_item_item_type_type_3_type_1",
    "OrderRefundListResponse": ".order_refund_list_response",
    "OrderRefundMethodOption": ".order_refund_method_option",
    "OrderRefundOverride": ".order_refund_override",
    "OrderRefundPayment": ".order_refund_payment",
    "OrderRefundPaymentInput": ".order_refund_payment_input",
    "OrderRefundQuote": ".order_refund_quote",
    "OrderRefundQuoteRequest": ".order_refund_quote_request",
    "OrderRefundQuoteResponse": ".order_refund_quote_response",
    "OrderRefundRef": ".order_refund_ref",
    "OrderRefundRequest": ".order_refund_request",
    "OrderRefundResponse": ".order_refund_response",
    "OrderResourceLink": ".order_resource_link",
    "OrderResponse": ".order_response",
    "OrderShippingAddress": ".order_shipping_address",
    "OrderShippingConsignment": ".order_shipping_consignment",
    "OrderStatus": ".order_status",
    "OrderStatusChange": ".order_status_change",
    "OrderStatusUpdatedEvent": ".order_status_updated_event",
    "OrderStatusUpdatedEventData": ".order_status_updated_event_data",
    "OrderStatusUpdatedEventScope": ".order_status_updated_event_scope",
    "OrderTax": ".order_tax",
    "OrderTaxLineItemTypeType1": ".order_tax_line_item_type_type_1",
    "OrderTaxLineItemTypeType2Type1": ".order_tax_line_item_type_type_2_type_1",
    "OrderTaxLineItemTypeType3Type1": ".order_tax_line_item_type_type_3_type_1",
    "OrderTransaction": ".order_transaction",
    "OrderTransactionAvsResultType0": ".order_transaction_avs_result_type_0",
    "OrderTransactionCard": ".order_transaction_card",
    "OrderTransactionCardCardTypeType1": ".order_transaction_card_card_type_type_1",
    "OrderTransactionCardCardTypeType2Type1": ".order_transaction_card_card_type_type_2_type_1",
    "OrderTransactionCardCardTypeType3Type1": ".order_transaction_card_card_type_type_3_type_1",
    "OrderTransactionCreatedEvent": ".order_transaction_created_event",
    "OrderTransactionCreatedEventData": ".order_transaction_created_event_data",
    "OrderTransactionCreatedEventScope": ".order_transaction_created_event_scope",
    "OrderTransactionCustomProviderFieldResultType0": ".order_transaction_custom_provider_field_result_type_0",
    "OrderTransactionCustomType0": ".order_transaction_custom_type_0",
    "OrderTransactionCvvResultType0": ".order_transaction_cvv_result_type_0",
    "OrderTransactionEvent": ".order_transaction_event",
    "OrderTransactionGateway": ".order_transaction_gateway",
    "OrderTransactionGiftCertificateType0": ".order_transaction_gift_certificate_type_0",
    "OrderTransactionGiftCertificateType0StatusType1": ".order_transaction_gift_certificate_type_0_status_type_1",
    "OrderTransactionGiftCertificateType0StatusType2Type1": ".order_transaction_gift_certificate_type_0_status_type_2_type_1",
    "OrderTransactionGiftCertificateType0StatusType3Type1": ".order_transaction_gift_certificate_type_0_status_type_3_type_1",
    "OrderTransactionListMeta": ".order_transaction_list_meta",
    "OrderTransactionListResponse": ".order_transaction_list_response",
    "OrderTransactionMethod": ".order_transaction_method",
    "OrderTransactionOfflineType0": ".order_transaction_offline_type_0",
    "OrderTransactionPageLinks": ".order_transaction_page_links",
    "OrderTransactionPagination": ".order_transaction_pagination",
    "OrderTransactionResult": ".order_transaction_result",
    "OrderTransactionStatusType1": ".order_transaction_status_type_1",
    "OrderTransactionStatusType2Type1": ".order_transaction_status_type_2_type_1",
    "OrderTransactionStatusType3Type1": ".order_transaction_status_type_3_type_1",
    "OrderTransactionStoreCreditType0": ".order_transaction_store_credit_type_0",
    "OrderUpdateRequest": ".order_update_request",
    "OrderUpdatedEvent": ".order_updated_event",
    "OrderUpdatedEventScope": ".order_updated_event_scope",
    "PaymentAccessToken": ".payment_access_token",
    "PaymentAccessTokenOrder": ".payment_access_token_order",
    "PaymentAccessTokenRequest": ".payment_access_token_request",
    "PaymentAccessTokenResponse": ".payment_access_token_response",
    "PaymentCard": ".payment_card",
    "PaymentCardType": ".payment_card_type",
    "PaymentError": ".payment_error",
    "PaymentGiftCertificate": ".payment_gift_certificate",
    "PaymentGiftCertificateType": ".payment_gift_certificate_type",
    "PaymentMethod": ".payment_method",
    "PaymentMethodsResponse": ".payment_methods_response",
    "PaymentRequest": ".payment_request",
    "PaymentStoreCredit": ".payment_store_credit",
    "PaymentStoreCreditType": ".payment_store_credit_type",
    "PaymentStoredBankAccount": ".payment_stored_bank_account",
    "PaymentStoredBankAccountType": ".payment_stored_bank_account_type",
    "PaymentStoredCard": ".payment_stored_card",
    "PaymentStoredCardType": ".payment_stored_card_type",
    "PaymentStoredInstrument": ".payment_stored_instrument",
    "PaymentStoredPayPalAccount": ".payment_stored_pay_pal_account",
    "PaymentStoredPayPalAccountType": ".payment_stored_pay_pal_account_type",
    "PaymentSupportedInstrument": ".payment_supported_instrument",
    "PaymentSupportedInstrumentInstrumentType": ".payment_supported_instrument_instrument_type",
    "PaymentTokenizedCard": ".payment_tokenized_card",
    "PaymentTokenizedCardType": ".payment_tokenized_card_type",
    "PaymentTransaction": ".payment_transaction",
    "PaymentTransactionStatusType1": ".payment_transaction_status_type_1",
    "PaymentTransactionStatusType2Type1": ".payment_transaction_status_type_2_type_1",
    "PaymentTransactionStatusType3Type1": ".payment_transaction_status_type_3_type_1",
    "PaymentTransactionTransactionTypeType1": ".payment_transaction_transaction_type_type_1",
    "PaymentTransactionTransactionTypeType2Type1": ".payment_transaction_transaction_type_type_2_type_1",
    "PaymentTransactionTransactionTypeType3Type1": ".payment_transaction_transaction_type_type_3_type_1",
    "PhysicalItem": ".physical_item",
    "PickupOption": ".pickup_option",
    "ProcessPaymentRequest": ".process_payment_request",
    "ProcessPaymentResponse": ".process_payment_response",
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
    "StorefrontCartCreateRequest": ".storefront_cart_create_request",
    "StorefrontCartCurrencyRequest": ".storefront_cart_currency_request",
    "StorefrontCartGiftCertificateInput": ".storefront_cart_gift_certificate_input",
    "StorefrontCartItemUpdateRequest": ".storefront_cart_item_update_request",
    "StorefrontCartItemsAddRequest": ".storefront_cart_items_add_request",
    "StorefrontCartLineItemInput": ".storefront_cart_line_item_input",
    "StorefrontCartOptionSelection": ".storefront_cart_option_selection",
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
    "StorefrontOrder": ".storefront_order",
    "StorefrontOrderAddress": ".storefront_order_address",
    "StorefrontOrderCategory": ".storefront_order_category",
    "StorefrontOrderConsignmentItem": ".storefront_order_consignment_item",
    "StorefrontOrderConsignments": ".storefront_order_consignments",
    "StorefrontOrderCoupon": ".storefront_order_coupon",
    "StorefrontOrderFeesType0Item": ".storefront_order_fees_type_0_item",
    "StorefrontOrderFormField": ".storefront_order_form_field",
    "StorefrontOrderGiftCertificate": ".storefront_order_gift_certificate",
    "StorefrontOrderItem": ".storefront_order_item",
    "StorefrontOrderItemDiscount": ".storefront_order_item_discount",
    "StorefrontOrderItemDiscountsType1": ".storefront_order_item_discounts_type_1",
    "StorefrontOrderLineItems": ".storefront_order_line_items",
    "StorefrontOrderLineItemsCustomItemsType0Item": ".storefront_order_line_items_custom_items_type_0_item",
    "StorefrontOrderPayment": ".storefront_order_payment",
    "StorefrontOrderPaymentDetailType0": ".storefront_order_payment_detail_type_0",
    "StorefrontOrderPaymentMandateType0": ".storefront_order_payment_mandate_type_0",
    "StorefrontOrderPickupConsignment": ".storefront_order_pickup_consignment",
    "StorefrontOrderPickupLocation": ".storefront_order_pickup_location",
    "StorefrontOrderShippingConsignment": ".storefront_order_shipping_consignment",
    "StorefrontOrderShippingConsignmentDiscountsType0Item": ".storefront_order_shipping_consignment_discounts_type_0_item",
    "StorefrontOrderSocialLink": ".storefront_order_social_link",
    "StorefrontOrderTax": ".storefront_order_tax",
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
    "Webhook": ".webhook",
    "WebhookAdmin": ".webhook_admin",
    "WebhookAdminHook": ".webhook_admin_hook",
    "WebhookAdminHookHeadersType0": ".webhook_admin_hook_headers_type_0",
    "WebhookAdminHookStatusType1": ".webhook_admin_hook_status_type_1",
    "WebhookAdminHookStatusType2Type1": ".webhook_admin_hook_status_type_2_type_1",
    "WebhookAdminHookStatusType3Type1": ".webhook_admin_hook_status_type_3_type_1",
    "WebhookAdminResponse": ".webhook_admin_response",
    "WebhookBlockReason": ".webhook_block_reason",
    "WebhookBlockedDomain": ".webhook_blocked_domain",
    "WebhookCreateRequest": ".webhook_create_request",
    "WebhookCreateRequestHeadersType0": ".webhook_create_request_headers_type_0",
    "WebhookEmailsRequest": ".webhook_emails_request",
    "WebhookEvent": ".webhook_event",
    "WebhookEventBase": ".webhook_event_base",
    "WebhookEventData": ".webhook_event_data",
    "WebhookHeadersType0": ".webhook_headers_type_0",
    "WebhookListMeta": ".webhook_list_meta",
    "WebhookListResponse": ".webhook_list_response",
    "WebhookPageLinks": ".webhook_page_links",
    "WebhookPagination": ".webhook_pagination",
    "WebhookResponse": ".webhook_response",
    "WebhookUpdateRequest": ".webhook_update_request",
    "WebhookUpdateRequestHeadersType0": ".webhook_update_request_headers_type_0",
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
    "CartAbandonedEvent",
    "CartAbandonedEventData",
    "CartAbandonedEventScope",
    "CartAppliedCoupon",
    "CartAppliedDiscount",
    "CartBanner",
    "CartConvertedEvent",
    "CartConvertedEventData",
    "CartConvertedEventScope",
    "CartCouponAppliedEvent",
    "CartCouponAppliedEventData",
    "CartCouponAppliedEventScope",
    "CartCreatedEvent",
    "CartCreatedEventScope",
    "CartCreateRequest",
    "CartCurrency",
    "CartCurrencyInput",
    "CartCustomItem",
    "CartCustomItemInput",
    "CartDateOptionValue",
    "CartDeletedEvent",
    "CartDeletedEventScope",
    "CartDigitalItem",
    "CartDiscount",
    "CartDiscountInput",
    "CartEventData",
    "CartFull",
    "CartGiftCertificateInput",
    "CartGiftCertificateInputTheme",
    "CartGiftCertificateItem",
    "CartGiftWrapDetail",
    "CartGiftWrapping",
    "CartGiftWrappingInput",
    "CartItemBase",
    "CartItemCoupon",
    "CartItemCouponDiscountTypeType1",
    "CartItemCouponDiscountTypeType2Type1",
    "CartItemCouponDiscountTypeType3Type1",
    "CartItemOption",
    "CartLineItemCreatedEvent",
    "CartLineItemCreatedEventScope",
    "CartLineItemDeletedEvent",
    "CartLineItemDeletedEventScope",
    "CartLineItemEventData",
    "CartLineItemInput",
    "CartLineItems",
    "CartLineItemsAddRequest",
    "CartLineItemUpdatedEvent",
    "CartLineItemUpdatedEventScope",
    "CartLineItemUpdateRequest",
    "CartMetafield",
    "CartMetafieldBatchCreate",
    "CartMetafieldBatchResponse",
    "CartMetafieldBatchUpdate",
    "CartMetafieldCreatedEvent",
    "CartMetafieldCreatedEventScope",
    "CartMetafieldDeletedEvent",
    "CartMetafieldDeletedEventScope",
    "CartMetafieldDeleteResponse",
    "CartMetafieldInput",
    "CartMetafieldInputPermissionSet",
    "CartMetafieldListResponse",
    "CartMetafieldPermissionSetType1",
    "CartMetafieldPermissionSetType2Type1",
    "CartMetafieldPermissionSetType3Type1",
    "CartMetafieldResourceTypeType1",
    "CartMetafieldResourceTypeType2Type1",
    "CartMetafieldResourceTypeType3Type1",
    "CartMetafieldResponse",
    "CartMetafieldUpdatedEvent",
    "CartMetafieldUpdatedEventScope",
    "CartOptionSelection",
    "CartPhysicalItem",
    "CartPromotions",
    "CartQueryParam",
    "CartRedirectUrls",
    "CartRedirectUrlsRequest",
    "CartRedirectUrlsResponse",
    "CartResponse",
    "CartSettings",
    "CartSettingsRequest",
    "CartSettingsResponse",
    "CartUpdatedEvent",
    "CartUpdatedEventScope",
    "CartUpdateRequest",
    "CartVersionOnly",
    "ChannelCartSettings",
    "ChannelCartSettingsResponse",
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
    "CurrentCustomerToken",
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
    "GetCartMetafieldDirection",
    "GetOrderConsignmentStructure",
    "GetOrderMetafieldsDirection",
    "GetOrdersConsignmentStructure",
    "GetOrderTaxesDetails",
    "GiftCertificateItem",
    "GiftWrapping",
    "LineItemDiscount",
    "LineItemDiscountInput",
    "LineItems",
    "ListAllCartMetafieldsDirection",
    "ListCartMetafieldsDirection",
    "Meta",
    "MetafieldBatchError",
    "MetafieldCursorPagination",
    "MetafieldEventData",
    "MetafieldListMeta",
    "MetafieldPageLinks",
    "MetafieldPagination",
    "MetafieldWriteMeta",
    "Order",
    "OrderArchivedEvent",
    "OrderArchivedEventScope",
    "OrderBillingAddress",
    "OrderBillingAddressInput",
    "OrderConsignmentLineItem",
    "OrderConsignmentLineItemConfigurableFieldsType0Item",
    "OrderConsignmentLineItemTypeType1",
    "OrderConsignmentLineItemTypeType2Type1",
    "OrderConsignmentLineItemTypeType3Type1",
    "OrderConsignments",
    "OrderConsignmentsEmailType0",
    "OrderCount",
    "OrderCountStatus",
    "OrderCoupon",
    "OrderCouponTypeType1",
    "OrderCouponTypeType2Type1",
    "OrderCouponTypeType3Type1",
    "OrderCreatedEvent",
    "OrderCreatedEventScope",
    "OrderCreditCardTypeType1",
    "OrderDigitalConsignment",
    "OrderErrorMessage",
    "OrderEventData",
    "OrderFee",
    "OrderFeesResponse",
    "OrderFeeTypeType1",
    "OrderFeeTypeType2Type1",
    "OrderFeeTypeType3Type1",
    "OrderFormField",
    "OrderGiftCertificateConsignment",
    "OrderMessageCreatedEvent",
    "OrderMessageCreatedEventData",
    "OrderMessageCreatedEventScope",
    "OrderMessageRef",
    "OrderMetafield",
    "OrderMetafieldCreatedEvent",
    "OrderMetafieldCreatedEventScope",
    "OrderMetafieldDeletedEvent",
    "OrderMetafieldDeletedEventScope",
    "OrderMetafieldListResponse",
    "OrderMetafieldPermissionSetType1",
    "OrderMetafieldPermissionSetType2Type1",
    "OrderMetafieldPermissionSetType3Type1",
    "OrderMetafieldResourceTypeType1",
    "OrderMetafieldResourceTypeType2Type1",
    "OrderMetafieldResourceTypeType3Type1",
    "OrderMetafieldResponse",
    "OrderMetafieldUpdatedEvent",
    "OrderMetafieldUpdatedEventScope",
    "OrderPaymentActionResponse",
    "OrderPaymentStatusType1",
    "OrderPaymentStatusType2Type1",
    "OrderPaymentStatusType3Type1",
    "OrderPickupConsignment",
    "OrderPickupLocation",
    "OrderProduct",
    "OrderProductConfigurableFieldsType0Item",
    "OrderProductDiscount",
    "OrderProductDiscountTargetType1",
    "OrderProductDiscountTargetType2Type1",
    "OrderProductDiscountTargetType3Type1",
    "OrderProductOption",
    "OrderProductOptionTypeType1",
    "OrderProductOptionTypeType2Type1",
    "OrderProductOptionTypeType3Type1",
    "OrderProductTypeType1",
    "OrderProductTypeType2Type1",
    "OrderProductTypeType3Type1",
    "OrderRef",
    "OrderRefund",
    "OrderRefundAdjustmentInput",
    "OrderRefundCreatedEvent",
    "OrderRefundCreatedEventData",
    "OrderRefundCreatedEventScope",
    "OrderRefundItem",
    "OrderRefundItemAdjustment",
    "OrderRefundItemInput",
    "OrderRefundItemInputItemType",
    "OrderRefundItemItemTypeType1",
    "OrderRefundItemItemTypeType2Type1",
    "OrderRefundItemItemTypeType3Type1",
    "OrderRefundListResponse",
    "OrderRefundMethodOption",
    "OrderRefundOverride",
    "OrderRefundPayment",
    "OrderRefundPaymentInput",
    "OrderRefundQuote",
    "OrderRefundQuoteRequest",
    "OrderRefundQuoteResponse",
    "OrderRefundRef",
    "OrderRefundRequest",
    "OrderRefundResponse",
    "OrderResourceLink",
    "OrderResponse",
    "OrderShippingAddress",
    "OrderShippingConsignment",
    "OrderStatus",
    "OrderStatusChange",
    "OrderStatusUpdatedEvent",
    "OrderStatusUpdatedEventData",
    "OrderStatusUpdatedEventScope",
    "OrderTax",
    "OrderTaxLineItemTypeType1",
    "OrderTaxLineItemTypeType2Type1",
    "OrderTaxLineItemTypeType3Type1",
    "OrderTransaction",
    "OrderTransactionAvsResultType0",
    "OrderTransactionCard",
    "OrderTransactionCardCardTypeType1",
    "OrderTransactionCardCardTypeType2Type1",
    "OrderTransactionCardCardTypeType3Type1",
    "OrderTransactionCreatedEvent",
    "OrderTransactionCreatedEventData",
    "OrderTransactionCreatedEventScope",
    "OrderTransactionCustomProviderFieldResultType0",
    "OrderTransactionCustomType0",
    "OrderTransactionCvvResultType0",
    "OrderTransactionEvent",
    "OrderTransactionGateway",
    "OrderTransactionGiftCertificateType0",
    "OrderTransactionGiftCertificateType0StatusType1",
    "OrderTransactionGiftCertificateType0StatusType2Type1",
    "OrderTransactionGiftCertificateType0StatusType3Type1",
    "OrderTransactionListMeta",
    "OrderTransactionListResponse",
    "OrderTransactionMethod",
    "OrderTransactionOfflineType0",
    "OrderTransactionPageLinks",
    "OrderTransactionPagination",
    "OrderTransactionResult",
    "OrderTransactionStatusType1",
    "OrderTransactionStatusType2Type1",
    "OrderTransactionStatusType3Type1",
    "OrderTransactionStoreCreditType0",
    "OrderUpdatedEvent",
    "OrderUpdatedEventScope",
    "OrderUpdateRequest",
    "PaymentAccessToken",
    "PaymentAccessTokenOrder",
    "PaymentAccessTokenRequest",
    "PaymentAccessTokenResponse",
    "PaymentCard",
    "PaymentCardType",
    "PaymentError",
    "PaymentGiftCertificate",
    "PaymentGiftCertificateType",
    "PaymentMethod",
    "PaymentMethodsResponse",
    "PaymentRequest",
    "PaymentStoreCredit",
    "PaymentStoreCreditType",
    "PaymentStoredBankAccount",
    "PaymentStoredBankAccountType",
    "PaymentStoredCard",
    "PaymentStoredCardType",
    "PaymentStoredInstrument",
    "PaymentStoredPayPalAccount",
    "PaymentStoredPayPalAccountType",
    "PaymentSupportedInstrument",
    "PaymentSupportedInstrumentInstrumentType",
    "PaymentTokenizedCard",
    "PaymentTokenizedCardType",
    "PaymentTransaction",
    "PaymentTransactionStatusType1",
    "PaymentTransactionStatusType2Type1",
    "PaymentTransactionStatusType3Type1",
    "PaymentTransactionTransactionTypeType1",
    "PaymentTransactionTransactionTypeType2Type1",
    "PaymentTransactionTransactionTypeType3Type1",
    "PhysicalItem",
    "PickupOption",
    "ProcessPaymentRequest",
    "ProcessPaymentResponse",
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
    "StorefrontCartCreateRequest",
    "StorefrontCartCurrencyRequest",
    "StorefrontCartGiftCertificateInput",
    "StorefrontCartItemsAddRequest",
    "StorefrontCartItemUpdateRequest",
    "StorefrontCartLineItemInput",
    "StorefrontCartOptionSelection",
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
    "StorefrontOrder",
    "StorefrontOrderAddress",
    "StorefrontOrderCategory",
    "StorefrontOrderConsignmentItem",
    "StorefrontOrderConsignments",
    "StorefrontOrderCoupon",
    "StorefrontOrderFeesType0Item",
    "StorefrontOrderFormField",
    "StorefrontOrderGiftCertificate",
    "StorefrontOrderItem",
    "StorefrontOrderItemDiscount",
    "StorefrontOrderItemDiscountsType1",
    "StorefrontOrderLineItems",
    "StorefrontOrderLineItemsCustomItemsType0Item",
    "StorefrontOrderPayment",
    "StorefrontOrderPaymentDetailType0",
    "StorefrontOrderPaymentMandateType0",
    "StorefrontOrderPickupConsignment",
    "StorefrontOrderPickupLocation",
    "StorefrontOrderShippingConsignment",
    "StorefrontOrderShippingConsignmentDiscountsType0Item",
    "StorefrontOrderSocialLink",
    "StorefrontOrderTax",
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
    "Webhook",
    "WebhookAdmin",
    "WebhookAdminHook",
    "WebhookAdminHookHeadersType0",
    "WebhookAdminHookStatusType1",
    "WebhookAdminHookStatusType2Type1",
    "WebhookAdminHookStatusType3Type1",
    "WebhookAdminResponse",
    "WebhookBlockedDomain",
    "WebhookBlockReason",
    "WebhookCreateRequest",
    "WebhookCreateRequestHeadersType0",
    "WebhookEmailsRequest",
    "WebhookEvent",
    "WebhookEventBase",
    "WebhookEventData",
    "WebhookHeadersType0",
    "WebhookListMeta",
    "WebhookListResponse",
    "WebhookPageLinks",
    "WebhookPagination",
    "WebhookResponse",
    "WebhookUpdateRequest",
    "WebhookUpdateRequestHeadersType0",
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
