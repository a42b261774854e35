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


class StorefrontLineItemUpdateParam(TypedDict):
    """
    The new state of one line item; send `lineItem` for a product or `giftCertificate` for a gift certificate.
    """

    lineItem: NotRequired[StorefrontLineItemInputParam | None]
    giftCertificate: NotRequired[StorefrontGiftCertificateInputParam | None]
