"""Request-body TypedDicts generated from openapi/bigcommerce-checkout.yaml by datamodel-code-generator. Do not edit."""

from __future__ import annotations

from typing import Any, Literal, NotRequired, TypeAlias, TypedDict


class ContactParam(TypedDict):
    """
    A person's name and email.
    """

    name: NotRequired[str | None]
    email: NotRequired[str | None]


class CustomFieldParam(TypedDict):
    """
    A value for a custom address field defined in the store's form settings.
    """

    field_id: NotRequired[str | None]
    """
    The form field's id.
    """
    field_value: NotRequired[str | int | list[str] | None]
    """
    The value: text, a pick list option's number (answered as a string) or the ticked checkboxes' values.
    """


class CustomFieldInputParam(TypedDict):
    """
    A value for a custom address field, as sent when creating a consignment.
    """

    field_id: str
    """
    The form field's id.
    """
    field_value: NotRequired[str | int | list[str] | None]
    """
    The value: text, a pick list option's number (answered as a string) or the ticked checkboxes' values.
    """


VersionParam: TypeAlias = int
"""
The checkout version you last read. BigCommerce answers 409 instead of applying the change
when the checkout has moved on since.

"""


class VersionOnlyParam(TypedDict):
    """
    An optional optimistic-concurrency guard.
    """

    version: NotRequired[VersionParam | None]


class ConsignmentAddressRequestParam(TypedDict):
    """
    The address a consignment ships to.
    """

    first_name: NotRequired[str | None]
    last_name: NotRequired[str | None]
    email: str
    company: NotRequired[str | None]
    address1: NotRequired[str | None]
    address2: NotRequired[str | None]
    city: NotRequired[str | None]
    state_or_province: str
    state_or_province_code: NotRequired[str | None]
    country_code: str
    postal_code: str
    phone: NotRequired[str | None]
    custom_fields: NotRequired[list[CustomFieldInputParam] | None]


class ConsignmentUpdateAddressParam(TypedDict):
    """
    A new address for an existing consignment.
    """

    first_name: NotRequired[str | None]
    last_name: NotRequired[str | None]
    email: str
    company: NotRequired[str | None]
    address1: NotRequired[str | None]
    address2: NotRequired[str | None]
    city: NotRequired[str | None]
    state_or_province: NotRequired[str | None]
    state_or_province_code: NotRequired[str | None]
    country_code: str
    postal_code: NotRequired[str | None]
    phone: NotRequired[str | None]
    custom_fields: NotRequired[list[CustomFieldParam] | None]


class ConsignmentLineItemParam(TypedDict):
    """
    A quantity of one physical line item.
    """

    item_id: str
    """
    The line item id (`cart.line_items.physical_items[].id`).
    """
    quantity: int
    """
    How many of it ship in this consignment.
    """


class PickupOptionParam(TypedDict):
    """
    Makes the consignment a pickup instead of a shipment; it then takes no shipping option.
    """

    pickup_method_id: NotRequired[int | None]
    """
    The store's pickup method.
    """


class CustomShippingParam(TypedDict):
    """
    A shipping price and label you set yourself instead of choosing a quote.
    """

    price: NotRequired[float | None]
    description: NotRequired[str | None]


class ConsignmentUpdateParam(TypedDict):
    """
    What to change on a consignment. Send `address` and/or `line_items`, or
    `shipping_option_id` alone.

    """

    address: NotRequired[ConsignmentUpdateAddressParam | None]
    line_items: NotRequired[list[ConsignmentLineItemParam] | None]
    shipping_option_id: NotRequired[str | None]
    """
    One of the consignment's `available_shipping_options[].id`.
    """
    pickup_option: NotRequired[PickupOptionParam | None]
    custom_shipping: NotRequired[CustomShippingParam | None]
    version: NotRequired[VersionParam | None]


class CouponRequestParam(TypedDict):
    """
    A coupon code to apply.
    """

    coupon_code: NotRequired[str | None]
    """
    The code, at most 50 characters.
    """
    version: NotRequired[VersionParam | None]


class CheckoutUpdateParam(TypedDict):
    """
    A new customer message for the checkout.
    """

    customer_message: str
    """
    The shopper's note to the merchant; at most 2000 characters.
    """
    version: NotRequired[VersionParam | None]


class CartDiscountInputParam(TypedDict):
    """
    An amount to take off the whole cart.
    """

    discounted_amount: float
    """
    The amount, in the cart's currency.
    """


class LineItemDiscountInputParam(TypedDict):
    """
    An amount to take off one line item.
    """

    id: NotRequired[str | None]
    """
    The line item id.
    """
    discounted_amount: NotRequired[float | None]
    """
    The amount, in the cart's currency.
    """


class FeeInputParam(TypedDict):
    """
    A fee to add to the checkout.
    """

    type: Literal["custom_fee"]
    """
    The kind of fee; only `custom_fee` exists.
    """
    name: str
    """
    Your internal name for the fee.
    """
    display_name: str
    """
    The name the shopper sees.
    """
    cost: float
    """
    The amount charged.
    """
    source: str
    """
    Which app or process adds the fee.
    """
    tax_class_id: NotRequired[int | None]
    """
    The tax class to apply; without it the store's default tax class for fees applies.
    """


class FeeUpdateParam(FeeInputParam):
    """
    A fee already on the checkout, with all its fields.
    """

    id: str
    """
    The fee's id, from the checkout's `fees`.
    """


class AddFeesRequestParam(TypedDict):
    """
    The fees to add.
    """

    fees: list[FeeInputParam]


class UpdateFeesRequestParam(TypedDict):
    """
    The fees to change.
    """

    fees: list[FeeUpdateParam]


class DeleteFeesRequestParam(TypedDict):
    """
    The fees to remove.
    """

    ids: list[str]
    """
    Ids of fees on the checkout.
    """


class CheckoutSettingsParam(TypedDict):
    """
    Store-wide checkout settings.
    """

    custom_checkout_script_url: NotRequired[str | None]
    """
    The script that replaces BigCommerce's checkout page; empty for the built-in one.
    """
    order_confirmation_use_custom_checkout_script: NotRequired[bool | None]
    """
    Whether the order confirmation page also loads the custom checkout script.
    """
    custom_order_confirmation_script_url: NotRequired[str | None]
    """
    The script that replaces the order confirmation page; empty for the built-in one.
    """
    custom_checkout_supports_uco_settings: NotRequired[bool | None]
    """
    Whether the custom checkout honours the optimized one-page checkout settings.
    """
    custom_checkout_sri_hash: NotRequired[str | None]
    """
    Subresource Integrity hash the browser checks the checkout script against.
    """
    custom_order_confirmation_sri_hash: NotRequired[str | None]
    """
    Subresource Integrity hash for the order confirmation script.
    """


class ChannelCheckoutSettingsParam(CheckoutSettingsParam):
    """
    The checkout settings of one sales channel.
    """

    checkout_type: NotRequired[str | None]
    """
    Which checkout the channel uses, for example `one_page`.
    """
    guest_checkout_type: NotRequired[str | None]
    """
    Whether and how guests may check out.
    """
    guest_checkout_for_existing_accounts: NotRequired[str | None]
    """
    What happens when a guest uses the email of an existing account.
    """
    policy_consent: NotRequired[str | None]
    """
    How the shopper agrees to the store's policies.
    """
    order_confirmation_contact_email: NotRequired[str | None]
    """
    The address shown to shoppers for questions about their order.
    """
    is_order_terms_and_conditions_enabled: NotRequired[bool | None]
    """
    Whether the shopper must accept terms and conditions.
    """
    order_terms_and_conditions_type: NotRequired[str | None]
    """
    Whether the terms are a link or a text.
    """
    order_terms_and_conditions_link: NotRequired[str | None]
    """
    Where the terms are, when they are a link.
    """
    order_terms_and_conditions_textarea: NotRequired[str | None]
    """
    The terms themselves, when they are a text.
    """
    should_redirect_to_storefront_for_auth: NotRequired[bool | None]
    """
    Whether sign-in during checkout sends the shopper to the storefront's login page.
    """


class CheckoutTokenRequestParam(TypedDict):
    """
    How long and how often the token may be used.
    """

    maxUses: NotRequired[float | None]
    """
    How many times the token may be used.
    """
    ttl: NotRequired[float | None]
    """
    Seconds before the token expires (at most 30 days).
    """


class StorefrontCustomFieldParam(TypedDict):
    """
    A value for a custom address field defined in the store's form settings.
    """

    fieldId: NotRequired[str | None]
    """
    The form field's id.
    """
    fieldValue: NotRequired[str | int | list[str] | None]
    """
    The value: text, a pick list option's number (answered as a string) or the ticked checkboxes' values.
    """


class StorefrontPickupOptionParam(TypedDict):
    """
    Makes the consignment a pickup at one of the store's locations instead of a shipment.
    """

    pickupMethodId: NotRequired[int | None]
    """
    The pickup method, from the storefront's pickup options.
    """


class StorefrontCheckoutUpdateParam(TypedDict):
    """
    A new customer message for the checkout.
    """

    customerMessage: NotRequired[str | None]
    """
    The shopper's note to the merchant; at most 2000 characters.
    """
    version: NotRequired[VersionParam | None]


class StorefrontGiftWrapDetailParam(TypedDict):
    """
    One wrapping choice.
    """

    id: int
    """
    The gift wrapping option.
    """
    message: NotRequired[str | None]
    """
    The gift message.
    """


class StorefrontGiftCertificateInputParam(TypedDict):
    """
    The new details of a gift certificate being bought.
    """

    theme: str
    """
    The design, for example `Birthday` or `General`.
    """
    amount: float
    """
    Its value.
    """
    sender: ContactParam
    recipient: ContactParam
    message: NotRequired[str | None]
    """
    The message to the recipient.
    """
    quantity: float


class StorefrontConsignmentAddressRequestParam(TypedDict):
    """
    The address a consignment ships to.
    """

    firstName: NotRequired[str | None]
    lastName: NotRequired[str | None]
    email: NotRequired[str | None]
    company: NotRequired[str | None]
    address1: NotRequired[str | None]
    address2: NotRequired[str | None]
    city: NotRequired[str | None]
    stateOrProvince: NotRequired[str | None]
    stateOrProvinceCode: NotRequired[str | None]
    countryCode: str
    """
    ISO 3166-1 alpha-2 country code.
    """
    postalCode: NotRequired[str | None]
    phone: NotRequired[str | None]
    customFields: NotRequired[list[StorefrontCustomFieldParam] | None]
    shouldSaveAddress: NotRequired[bool | None]
    """
    Whether to add the address to the customer's address book.
    """


class StorefrontConsignmentLineItemParam(TypedDict):
    """
    A quantity of one physical line item.
    """

    itemId: str
    """
    The line item id (`cart.lineItems.physicalItems[].id`).
    """
    quantity: int
    """
    How many of it go in this consignment.
    """


class StorefrontCouponRequestParam(TypedDict):
    """
    A coupon code to apply.
    """

    couponCode: NotRequired[str | None]
    """
    The code the shopper entered (at most 50 characters, as for every coupon code).
    """
    version: NotRequired[VersionParam | None]


class StorefrontGiftCertificateRequestParam(TypedDict):
    """
    A gift certificate code to pay with.
    """

    giftCertificateCode: NotRequired[str | None]
    """
    The code printed on the certificate.
    """


class StorefrontSpamProtectionRequestParam(TypedDict):
    """
    The answer to the storefront's human-verification challenge.
    """

    token: NotRequired[str | None]
    """
    The token the challenge widget returned.
    """


class CartCurrencyInputParam(TypedDict):
    """
    The currency to price the cart in; one of the store's currencies.
    """

    code: NotRequired[str | None]
    """
    ISO 4217 code, for example `EUR`.
    """


class CartDateOptionValueParam(TypedDict):
    """
    A date chosen for a date option.
    """

    day: NotRequired[str | None]
    """
    Day of the month, for example `01`.
    """
    month: NotRequired[str | None]
    """
    Month, for example `02`.
    """
    year: NotRequired[str | None]
    """
    Year, for example `2027`.
    """


class CartGiftWrapDetailParam(TypedDict):
    """
    One wrapping choice.
    """

    id: NotRequired[float | None]
    """
    The gift wrapping option.
    """
    message: NotRequired[str | None]
    """
    The gift message.
    """


class CartGiftCertificateInputParam(TypedDict):
    """
    A gift certificate to buy.
    """

    name: str
    """
    Its name, for example `$25 gift certificate`.
    """
    theme: Literal["Birthday", "Boy", "Celebration", "Christmas", "General", "Girl"]
    """
    The design it is sent with.
    """
    amount: float
    """
    Its value.
    """
    quantity: int
    """
    How many.
    """
    sender: ContactParam
    recipient: ContactParam
    message: NotRequired[str | None]
    """
    The message to the recipient.
    """


class CartCustomItemInputParam(TypedDict):
    """
    An item that is not in the catalog, priced by you.
    """

    sku: NotRequired[str | None]
    """
    Its SKU.
    """
    name: NotRequired[str | None]
    """
    Its name.
    """
    quantity: NotRequired[float | None]
    """
    How many.
    """
    list_price: NotRequired[float | None]
    """
    The unit price.
    """
    image_url: NotRequired[str | None]
    """
    An image to show with it.
    """


class CartUpdateRequestParam(TypedDict):
    """
    The customer to give the cart to.
    """

    customer_id: NotRequired[int | None]
    """
    The customer's id; 0 makes it a guest cart.
    """
    version: NotRequired[int | None]
    """
    The cart's `version` as you read it; a changed cart answers 409.
    """


class CartVersionOnlyParam(TypedDict):
    """
    An optional guard against lost updates.
    """

    version: NotRequired[int | None]
    """
    The cart's `version` as you read it; a changed cart answers 409.
    """


class CartQueryParamParam(TypedDict):
    """
    One query parameter, for example for campaign tracking.
    """

    key: NotRequired[str | None]
    value: NotRequired[str | None]


class CartSettingsRequestParam(TypedDict):
    """
    The new store-wide cart settings.
    """

    allow_purchasing: bool
    """
    Whether shoppers may buy.
    """


class ChannelCartSettingsParam(TypedDict):
    """
    One channel's cart settings; `null` follows the store-wide setting.
    """

    allow_purchasing: NotRequired[bool | None]
    """
    Whether shoppers of this channel may buy.
    """


class CartMetafieldInputParam(TypedDict):
    """
    A metafield to write.
    """

    permission_set: Literal["app_only", "read", "write", "read_and_sf_access", "write_and_sf_access"]
    """
    Who can see and change it: only your app (`app_only`), other apps too (`read`,
    `write`), or also storefront requests (`read_and_sf_access`, `write_and_sf_access`).

    """
    namespace: str
    """
    A label that groups related metafields.
    """
    key: str
    """
    The metafield's name within its namespace.
    """
    value: str
    """
    The value, as text.
    """
    description: NotRequired[str | None]
    """
    What the metafield is for.
    """


class CartMetafieldBatchCreateParam(CartMetafieldInputParam):
    """
    A metafield to create on the cart named by `resource_id`.
    """

    resource_id: str
    """
    The id of the cart to attach it to.
    """


class CartMetafieldBatchUpdateParam(CartMetafieldInputParam):
    """
    A metafield to update, named by its `id`.
    """

    id: int | str
    """
    The metafield's id. BigCommerce documents a string; the client also takes the integer an answer carries and sends it as a string.
    """


class PaymentAccessTokenOrderParam(TypedDict):
    """
    The order the token will pay.
    """

    id: int
    """
    The order id, as the create-order call returned it.
    """
    is_recurring: NotRequired[bool | None]
    """
    Set for a recurring order, so the gateway knows.
    """


class PaymentCardParam(TypedDict):
    """
    A card typed in by the shopper. Its number and CVV are secrets.
    """

    type: Literal["card"]
    cardholder_name: str
    """
    The name on the card.
    """
    number: str
    """
    The card number, digits only.
    """
    expiry_month: int
    expiry_year: int
    """
    Four digits, for example `2030`.
    """
    verification_value: NotRequired[str | None]
    """
    The card's verification value (CVV), as text so leading zeros stay.
    """
    issue_month: NotRequired[int | None]
    issue_year: NotRequired[int | None]
    issue_number: NotRequired[int | None]


class PaymentStoredCardParam(TypedDict):
    """
    A card the shopper saved earlier.
    """

    type: Literal["stored_card"]
    token: str
    """
    The stored instrument's token, from the accepted-payment-methods call.
    """
    verification_value: NotRequired[str | None]
    """
    The card's verification value (CVV), as text so leading zeros stay.
    """


class PaymentStoredPayPalAccountParam(TypedDict):
    """
    A PayPal account the shopper saved earlier.
    """

    type: Literal["stored_paypal_account"]
    token: str


class PaymentStoredBankAccountParam(TypedDict):
    """
    A bank account the shopper saved earlier.
    """

    type: Literal["stored_bank_account"]
    token: str


class PaymentGiftCertificateParam(TypedDict):
    """
    A gift certificate the shopper owns.
    """

    type: Literal["gift_certificate"]
    gift_certificate_code: str
    """
    The certificate's code.
    """


class PaymentStoreCreditParam(TypedDict):
    """
    The signed-in customer's store credit.
    """

    type: Literal["store_credit"]


class PaymentTokenizedCardParam(TypedDict):
    """
    A card tokenized by a wallet or third-party checkout.
    """

    type: Literal["tokenized_card"]
    token: str
    """
    The card's token from the wallet or checkout provider.
    """
    iin: NotRequired[str | None]
    """
    The card's issuer identification number, as text so leading zeros stay.
    """
    last_four_digits: NotRequired[str | None]
    """
    The card's last four digits, as text so leading zeros stay.
    """
    expiration_month: NotRequired[str | None]
    """
    The expiry month, as text (`'09'`).
    """
    expiration_year: NotRequired[str | None]
    """
    The expiry year, as text (`'2030'`).
    """


class StorefrontCartOptionSelectionParam(TypedDict):
    """
    One option chosen for the product.
    """

    optionId: NotRequired[int | None]
    """
    The option (or modifier).
    """
    optionValue: NotRequired[int | str | None]
    """
    The value id for a list, or the text for a text field.
    """


class StorefrontCartGiftCertificateInputParam(TypedDict):
    """
    A gift certificate to buy.
    """

    name: str
    """
    Its name.
    """
    theme: str
    """
    The design, for example `Birthday` or `General`.
    """
    amount: float
    """
    Its value.
    """
    quantity: int
    """
    How many.
    """
    sender: ContactParam
    recipient: ContactParam
    message: NotRequired[str | None]
    """
    The message to the recipient.
    """


class StorefrontCartCurrencyRequestParam(TypedDict):
    """
    The currency to switch the cart to.
    """

    currencyCode: str
    """
    ISO 4217 code of one of the store's currencies, for example `EUR`.
    """


class OrderBillingAddressInputParam(TypedDict):
    """
    A billing address to set on an order (the postal code is required).
    """

    first_name: NotRequired[str | None]
    last_name: NotRequired[str | None]
    company: NotRequired[str | None]
    street_1: NotRequired[str | None]
    street_2: NotRequired[str | None]
    city: NotRequired[str | None]
    state: NotRequired[str | None]
    zip: str
    """
    The postal code.
    """
    country: NotRequired[str | None]
    country_iso2: NotRequired[str | None]
    """
    Two-letter ISO country code.
    """
    phone: NotRequired[str | None]
    email: NotRequired[str | None]


class OrderRefundAdjustmentInputParam(TypedDict):
    """
    An amount taken off a refunded product line.
    """

    amount: NotRequired[float | None]
    """
    The amount, negative.
    """
    description: NotRequired[str | None]
    """
    Why the amount is taken off.
    """


class OrderRefundPaymentInputParam(TypedDict):
    """
    One provider's share of the refund, as the quote gave it.
    """

    provider_id: NotRequired[str | None]
    """
    The provider, as the quote named it (such as `storecredit`).
    """
    amount: NotRequired[float | None]
    """
    What this provider pays back.
    """
    offline: NotRequired[bool | None]
    """
    Whether it is paid back outside an online provider.
    """


class OrderRefundOverrideParam(TypedDict):
    """
    The refund's total and tax as you computed them, replacing BigCommerce's.
    """

    total_amount: float
    """
    The total to refund.
    """
    total_tax: float
    """
    The tax part of it (0 when there is none).
    """


class WebhookCreateRequestParam(TypedDict):
    """
    A new subscription.
    """

    scope: str
    """
    The event to receive, such as `store/order/created`, or a wildcard such as `store/cart/*`.
    """
    destination: str
    """
    Where BigCommerce POSTs the events; an `https://` URL on port 443 (no other port).
    """
    is_active: NotRequired[bool | None]
    """
    Whether deliveries start now (default true).
    """
    headers: NotRequired[dict[str, str] | None]
    """
    Headers sent with every delivery, name to value (the values are masked in logs, errors and reprs).
    """


class WebhookUpdateRequestParam(TypedDict):
    """
    The fields of a webhook to change; at least one.
    """

    scope: NotRequired[str | None]
    """
    The event to receive from now on.
    """
    destination: NotRequired[str | None]
    """
    The new `https://` URL (port 443).
    """
    is_active: NotRequired[bool | None]
    """
    `true` switches a deactivated webhook back on; `false` pauses it.
    """
    headers: NotRequired[dict[str, str] | None]
    """
    Headers sent with every delivery, name to value (the values are masked in logs, errors and reprs).
    """


class WebhookEmailsRequestParam(TypedDict):
    """
    The addresses told when a destination is blocked or a webhook is switched off.
    """

    emails: NotRequired[list[str] | None]


class BillingAddressRequestParam(TypedDict):
    """
    A billing address to set on the checkout.
    """

    first_name: NotRequired[str | None]
    last_name: NotRequired[str | None]
    email: str
    """
    Where the order confirmation goes.
    """
    company: NotRequired[str | None]
    address1: NotRequired[str | None]
    address2: NotRequired[str | None]
    city: NotRequired[str | None]
    state_or_province: NotRequired[str | None]
    state_or_province_code: NotRequired[str | None]
    country_code: str
    """
    ISO 3166-1 alpha-2 country code.
    """
    postal_code: NotRequired[str | None]
    phone: NotRequired[str | None]
    custom_fields: NotRequired[list[CustomFieldParam] | None]
    version: NotRequired[VersionParam | None]


class ConsignmentCreateParam(TypedDict):
    """
    A shipping address and the items that go there.
    """

    address: NotRequired[ConsignmentAddressRequestParam | None]
    line_items: NotRequired[list[ConsignmentLineItemParam] | None]
    pickup_option: NotRequired[PickupOptionParam | None]
    version: NotRequired[VersionParam | None]


class DiscountRequestCartParam(TypedDict):
    """
    Discounts for the whole cart and for single line items.
    """

    discounts: NotRequired[list[CartDiscountInputParam] | None]
    """
    Cart-level discounts, spread over the items by their value.
    """
    line_items: NotRequired[list[LineItemDiscountInputParam] | None]
    """
    Discounts on single line items.
    """
    version: NotRequired[VersionParam | None]


class StorefrontAddressParam(TypedDict):
    """
    A postal address with contact details, in the storefront API's field names.
    """

    address1: NotRequired[str | None]
    """
    Street and number.
    """
    address2: NotRequired[str | None]
    """
    Flat, suite or floor.
    """
    city: NotRequired[str | None]
    company: NotRequired[str | None]
    country: NotRequired[str | None]
    """
    The country's name.
    """
    countryCode: str
    """
    ISO 3166-1 alpha-2 country code.
    """
    customFields: NotRequired[list[StorefrontCustomFieldParam] | None]
    email: NotRequired[str | None]
    firstName: NotRequired[str | None]
    lastName: NotRequired[str | None]
    stateOrProvince: NotRequired[str | None]
    """
    The state or province's full name.
    """
    stateOrProvinceCode: NotRequired[str | None]
    """
    The state or province's code, for example `OR`.
    """
    phone: NotRequired[str | None]
    postalCode: NotRequired[str | None]


class StorefrontGiftWrappingInputParam(TypedDict):
    """
    How to gift-wrap a line item.
    """

    wrapTogether: bool
    """
    Wrap all units together (only the first `wrapDetails` entry is used) or each on its own.
    """
    wrapDetails: list[StorefrontGiftWrapDetailParam]
    """
    One entry per unit when wrapping separately (at most the quantity), or one entry in all.
    """


class StorefrontBillingAddressRequestParam(StorefrontAddressParam):
    """
    A billing address to set on the checkout.
    """

    version: NotRequired[VersionParam | None]


class StorefrontConsignmentCreateParam(TypedDict):
    """
    A destination (address or pickup) and the items going there.
    """

    shippingAddress: NotRequired[dict[str, Any] | None]
    """
    Kept for compatibility; send `address` instead.
    """
    address: NotRequired[StorefrontConsignmentAddressRequestParam | None]
    lineItems: NotRequired[list[StorefrontConsignmentLineItemParam] | None]
    shippingOptionId: NotRequired[str | None]
    """
    A shipping option to select straight away.
    """
    pickupOption: NotRequired[StorefrontPickupOptionParam | None]
    version: NotRequired[VersionParam | None]


class StorefrontConsignmentUpdateParam(TypedDict):
    """
    What to change on a consignment: `address` and/or `lineItems`, or else
    `shippingOptionId` or `pickupOption` alone.

    """

    shippingAddress: NotRequired[dict[str, Any] | None]
    """
    Kept for compatibility; send `address` instead.
    """
    address: NotRequired[StorefrontConsignmentAddressRequestParam | None]
    lineItems: NotRequired[list[StorefrontConsignmentLineItemParam] | None]
    shippingOptionId: NotRequired[str | None]
    """
    One of the consignment's `availableShippingOptions[].id`.
    """
    pickupOption: NotRequired[StorefrontPickupOptionParam | None]
    version: NotRequired[VersionParam | None]


class CartOptionSelectionParam(TypedDict):
    """
    One option chosen for the product.
    """

    option_id: NotRequired[int | None]
    """
    The option (or modifier).
    """
    option_value: NotRequired[int | str | CartDateOptionValueParam | None]
    """
    The chosen value: the value id for a list, the text for a text field, a Unix time or a
    `{day, month, year}` object for a date.

    """
    name: NotRequired[str | None]
    """
    The option's name.
    """
    value: NotRequired[str | None]
    """
    The value's label.
    """
    nameId: NotRequired[int | None]
    """
    The option's id, as line items show it.
    """
    valueId: NotRequired[int | None]
    """
    The value's id, as line items show it.
    """


class CartGiftWrappingInputParam(TypedDict):
    """
    How to gift-wrap the item.
    """

    wrap_together: NotRequired[bool | None]
    """
    Wrap all units together (with the first `wrap_details` entry) or each on its own.
    """
    wrap_details: NotRequired[list[CartGiftWrapDetailParam] | None]


class CartRedirectUrlsRequestParam(TypedDict):
    """
    Extra query parameters to put on the links.
    """

    query_params: NotRequired[CartQueryParamParam | None]


class PaymentAccessTokenRequestParam(TypedDict):
    """
    The order to create a payment access token for.
    """

    order: PaymentAccessTokenOrderParam


class PaymentRequestParam(TypedDict):
    """
    What to charge the order with, and through which payment method.
    """

    instrument: (
        PaymentCardParam
        | PaymentStoredCardParam
        | PaymentStoredPayPalAccountParam
        | PaymentGiftCertificateParam
        | PaymentStoreCreditParam
        | PaymentTokenizedCardParam
        | PaymentStoredBankAccountParam
    )
    """
    The card, stored instrument, gift certificate or store credit to pay with.
    """
    payment_method_id: str
    """
    The `id` of a method from the accepted-payment-methods call, for example `braintree.card`.
    """
    save_instrument: NotRequired[bool | None]
    """
    Save the card for the shopper's next purchase (the gateway must support stored cards).
    """


class StorefrontCartLineItemInputParam(TypedDict):
    """
    A catalog product for the cart.
    """

    productId: float
    """
    The product.
    """
    variantId: NotRequired[float | None]
    """
    The variant, when it fixes every option.
    """
    quantity: float
    """
    How many.
    """
    optionSelections: NotRequired[list[StorefrontCartOptionSelectionParam] | None]
    giftWrapping: NotRequired[StorefrontGiftWrappingInputParam | None]
    """
    How to gift-wrap it; `null` for no wrapping.
    """


class OrderUpdateRequestParam(TypedDict):
    """
    The changes to make to an order; fields left out do not change.
    """

    status_id: NotRequired[int | None]
    """
    The new status's id; `OrderStatusId` names them (5 is Cancelled).
    """
    customer_message: NotRequired[str | None]
    """
    The shopper's comment on the order.
    """
    staff_notes: NotRequired[str | None]
    """
    Notes for staff, never shown to the shopper.
    """
    external_order_id: NotRequired[str | None]
    """
    The order's id in another system.
    """
    payment_method: NotRequired[str | None]
    """
    The name of the payment method, such as `Cash on delivery`.
    """
    payment_provider_id: NotRequired[str | None]
    """
    The payment provider's id of the payment.
    """
    customer_id: NotRequired[int | None]
    """
    The customer the order belongs to; 0 for a guest.
    """
    billing_address: NotRequired[OrderBillingAddressInputParam | None]


class OrderRefundItemInputParam(TypedDict):
    """
    Something to refund: a product line or its gift wrapping (`item_id` is the order product's
    id, with a `quantity`), shipping or handling (the shipping address's id, with an
    `amount`), a fee, the tax, or an amount off the whole order (`ORDER`, the order's id).

    """

    item_type: Literal["PRODUCT", "GIFT_WRAPPING", "SHIPPING", "HANDLING", "ORDER", "TAX", "FEE"]
    item_id: int
    """
    The id of what is refunded (see above).
    """
    quantity: NotRequired[int | None]
    """
    How many to refund (products and gift wrapping).
    """
    amount: NotRequired[float | None]
    """
    The amount to refund (shipping, handling, fees, tax, the whole order).
    """
    adjustments: NotRequired[list[OrderRefundAdjustmentInputParam] | None]
    """
    Amounts to take off what a product line refunds (each negative).
    """
    reason: NotRequired[str | None]
    """
    Why it is refunded.
    """


class OrderRefundQuoteRequestParam(TypedDict):
    """
    What to quote a refund for; give `items`, or `tax_adjustment_amount` for overcharged tax.
    """

    items: NotRequired[list[OrderRefundItemInputParam] | None]
    tax_adjustment_amount: NotRequired[float | None]
    """
    Tax charged too much, to pay back on its own.
    """


class OrderRefundRequestParam(TypedDict):
    """
    A refund: what is refunded (`items`, or `tax_adjustment_amount`) and how it is paid back
    (`payments`, the amounts of one of the quote's `refund_methods`).

    """

    items: NotRequired[list[OrderRefundItemInputParam] | None]
    payments: NotRequired[list[OrderRefundPaymentInputParam] | None]
    tax_adjustment_amount: NotRequired[float | None]
    """
    Tax charged too much, to pay back on its own.
    """
    merchant_calculated_override: NotRequired[OrderRefundOverrideParam | None]


ConsignmentCreateListParam: TypeAlias = list[ConsignmentCreateParam]
"""
The consignments to create.
"""


class DiscountRequestParam(TypedDict):
    """
    Manual discounts to apply to the cart and its line items.
    """

    cart: NotRequired[DiscountRequestCartParam | None]


class StorefrontLineItemInputParam(TypedDict):
    """
    A product line item's new quantity and gift wrapping.
    """

    quantity: NotRequired[float | None]
    productId: NotRequired[float | None]
    variantId: NotRequired[float | None]
    giftWrapping: NotRequired[StorefrontGiftWrappingInputParam | None]
    """
    The wrapping to use; `null` removes the current wrapping.
    """


StorefrontConsignmentCreateListParam: TypeAlias = list[StorefrontConsignmentCreateParam]
"""
The consignments to create.
"""


class CartLineItemInputParam(TypedDict):
    """
    A catalog product to put in the cart. Name the variant with `variant_id`, or the options
    with `option_selections` (needed for modifiers such as a printed text).

    """

    quantity: float
    """
    How many.
    """
    product_id: float
    """
    The product.
    """
    variant_id: NotRequired[float | None]
    """
    The variant, when it fixes every option.
    """
    list_price: NotRequired[float | None]
    """
    A price to use instead of the catalog price.
    """
    name: NotRequired[str | None]
    """
    A name to use instead of the product's.
    """
    option_selections: NotRequired[list[CartOptionSelectionParam] | None]
    gift_wrapping: NotRequired[CartGiftWrappingInputParam | None]


class CartLineItemsAddRequestParam(TypedDict):
    """
    Items to add; give at least one of `line_items`, `custom_items` or `gift_certificates`.
    """

    line_items: NotRequired[list[CartLineItemInputParam] | None]
    gift_certificates: NotRequired[list[CartGiftCertificateInputParam] | None]
    custom_items: NotRequired[list[CartCustomItemInputParam] | None]
    version: NotRequired[int | None]
    """
    The cart's `version` as you read it; a changed cart answers 409.
    """


class CartLineItemUpdateRequestParam(TypedDict):
    """
    The new state of one line item.
    """

    line_item: NotRequired[CartLineItemInputParam | None]
    gift_certificates: NotRequired[list[CartGiftCertificateInputParam] | None]
    custom_items: NotRequired[list[CartCustomItemInputParam] | None]
    version: NotRequired[int | None]
    """
    The cart's `version` as you read it; a changed cart answers 409.
    """


class ProcessPaymentRequestParam(TypedDict):
    """
    The payment to make.
    """

    payment: PaymentRequestParam


class StorefrontCartCreateRequestParam(TypedDict):
    """
    A new cart for the session; give `lineItems`, `giftCertificates` or both.
    """

    lineItems: NotRequired[list[StorefrontCartLineItemInputParam] | None]
    giftCertificates: NotRequired[list[StorefrontCartGiftCertificateInputParam] | None]
    locale: NotRequired[str | None]
    """
    The shopper's locale, for example `en-GB`.
    """


class StorefrontCartItemsAddRequestParam(TypedDict):
    """
    Items to add; give `lineItems`, `giftCertificates` or both.
    """

    lineItems: NotRequired[list[StorefrontCartLineItemInputParam] | None]
    giftCertificates: NotRequired[list[StorefrontCartGiftCertificateInputParam] | None]
    version: NotRequired[int | None]
    """
    The cart's `version` as you read it; a changed cart answers 409.
    """


class StorefrontCartItemUpdateRequestParam(TypedDict):
    """
    The new state of one item; send `lineItem` for a product or `giftCertificate` for a gift certificate.
    """

    lineItem: NotRequired[StorefrontCartLineItemInputParam | None]
    giftCertificate: NotRequired[StorefrontCartGiftCertificateInputParam | None]
    version: NotRequired[int | None]
    """
    The cart's `version` as you read it; a changed cart answers 409.
    """


class StorefrontLineItemUpdateParam(TypedDict):
    """
    The new state of one line item; send `lineItem` for a product or `giftCertificate` for a gift certificate.
    """

    lineItem: NotRequired[StorefrontLineItemInputParam | None]
    giftCertificate: NotRequired[StorefrontGiftCertificateInputParam | None]


class CartCreateRequestParam(TypedDict):
    """
    A new cart; give at least one of `line_items`, `custom_items` or `gift_certificates`.
    """

    customer_id: NotRequired[int | None]
    """
    The customer the cart is for; leave it out (or 0) for a guest.
    """
    line_items: NotRequired[list[CartLineItemInputParam] | None]
    custom_items: NotRequired[list[CartCustomItemInputParam] | None]
    gift_certificates: NotRequired[list[CartGiftCertificateInputParam] | None]
    channel_id: NotRequired[int | None]
    """
    The sales channel; the default storefront when left out.
    """
    currency: NotRequired[CartCurrencyInputParam | None]
    locale: NotRequired[str | None]
    """
    The shopper's locale, for example `en-GB`.
    """
