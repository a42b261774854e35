"""Pydantic models generated from the curated spec by datamodel-code-generator. Do not edit."""

from __future__ import annotations

from enum import Enum, StrEnum
from typing import Any
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, RootModel


class Meta(BaseModel):
    """
    Response metadata. BigCommerce sends an empty object today.
    """

    model_config = ConfigDict(
        extra="allow",
    )


class ErrorFieldMap(BaseModel):
    """
    Messages keyed by the name of the field they concern.
    """

    model_config = ConfigDict(
        extra="allow",
    )


class ErrorDetail(BaseModel):
    """
    One error in a list of errors.
    """

    status: int | None = None
    title: str | None = None
    type: str | None = None
    detail: str | None = None


class OrderRef(BaseModel):
    """
    The order just created.
    """

    id: int | None = Field(None, description="The new order's id; look it up with the Orders API.")


class Currency(BaseModel):
    """
    The cart's transaction currency.
    """

    code: str | None = Field(None, description="ISO 4217 code, for example `EUR`.")


class CartDiscount(BaseModel):
    """
    A discount applied to the whole cart.
    """

    id: str | None = Field(None, description="Which discount this is (a promotion id, or `coupon`).")
    discounted_amount: float | None = Field(None, description="How much it took off.")


class LineItemDiscount(BaseModel):
    """
    A discount applied to one line item.
    """

    id: str | int | None = Field(
        None,
        description="Which discount this is; a promotion id (number) or a label such as `coupon`.",
    )
    discounted_amount: float | None = Field(None, description="How much it took off this item.")


class DigitalItem(BaseModel):
    """
    A downloadable product in the cart; it needs no consignment.
    """

    id: str | None = Field(None, description="The line item id, used in consignments and line-item calls.")
    parent_id: float | None = Field(None, description="The line item this one belongs to, for bundled items.")
    variant_id: float | None = Field(None, description="The product variant.")
    product_id: float | None = Field(None, description="The product.")
    sku: str | None = Field(None, description="The variant's SKU.")
    name: str | None = Field(None, description="The product name.")
    url: str | None = Field(None, description="The product page.")
    quantity: float = Field(..., description="How many.")
    is_taxable: bool | None = Field(None, description="Whether tax applies.")
    image_url: str | None = Field(None, description="The product image.")
    discounts: list[LineItemDiscount] | None = None
    discount_amount: float | None = Field(None, description="Non-coupon discounts on the item.")
    coupon_amount: float | None = Field(None, description="Coupon discounts on the item.")
    original_price: float | None = Field(None, description="The price before any price list or sale.")
    list_price: float | None = Field(None, description="The unit price before discounts.")
    sale_price: float | None = Field(None, description="The unit price after item-level discounts.")
    extended_list_price: float | None = Field(None, description="List price times quantity.")
    extended_sale_price: float | None = Field(None, description="Sale price times quantity.")
    comparison_price: float | None = Field(
        None, description="A reference price shown to the shopper, when set."
    )
    extended_comparison_price: float | None = Field(None, description="Comparison price times quantity.")
    is_require_shipping: bool | None = Field(
        None, description="Whether the item must ship; false for digital items."
    )
    is_mutable: bool | None = Field(None, description="Whether the shopper may change the quantity.")
    added_by_promotion: bool | None = Field(
        None, description="Whether a promotion put this item in the cart."
    )


class GiftWrapping(BaseModel):
    """
    Gift wrapping chosen for a physical item.
    """

    name: str | None = Field(None, description="The wrapping's name.")
    message: str | None = Field(None, description="The message to print with it.")
    amount: float | None = Field(None, description="Its price.")
    amount_as_integer: float | None = Field(None, description="Its price in the currency's smallest unit.")


class Contact(BaseModel):
    """
    A person's name and email.
    """

    name: str | None = None
    email: str | None = None


class CustomItem(BaseModel):
    """
    An item added through the API that is not a catalog product.
    """

    id: str | None = Field(None, description="The line item id.")
    sku: str | None = Field(None, description="Its SKU.")
    name: str | None = Field(None, description="Its name.")
    image_url: str | None = Field(None, description="Its image.")
    quantity: float = Field(..., description="How many.")
    list_price: float | None = Field(None, description="The unit price.")
    extended_list_price: float | None = Field(None, description="Unit price times quantity.")


class CustomField(BaseModel):
    """
    A value for a custom address field defined in the store's form settings.
    """

    field_id: str | None = Field(None, description="The form field's id.")
    field_value: str | None = Field(None, description="The value.")


class CustomFieldInput(BaseModel):
    """
    A value for a custom address field, as sent when creating a consignment.
    """

    field_id: str = Field(..., description="The form field's id.")
    field_value: str | None = Field(None, description="The value.")


class Version(RootModel[int]):
    root: int = Field(
        ...,
        description="The checkout version you last read. BigCommerce answers 409 instead of applying the change\nwhen the checkout has moved on since.\n",
    )


class VersionOnly(BaseModel):
    """
    An optional optimistic-concurrency guard.
    """

    version: Version | None = None


class ConsignmentAddressRequest(BaseModel):
    """
    The address a consignment ships to.
    """

    first_name: str | None = None
    last_name: str | None = None
    email: str
    company: str | None = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    state_or_province: str
    state_or_province_code: str | None = None
    country_code: str
    postal_code: str
    phone: str | None = None
    custom_fields: list[CustomFieldInput] | None = None


class ConsignmentUpdateAddress(BaseModel):
    """
    A new address for an existing consignment.
    """

    first_name: str | None = None
    last_name: str | None = None
    email: str
    company: str | None = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    state_or_province: str | None = None
    state_or_province_code: str | None = None
    country_code: str
    postal_code: str | None = None
    phone: str | None = None
    custom_fields: list[CustomField] | None = None


class ConsignmentLineItem(BaseModel):
    """
    A quantity of one physical line item.
    """

    item_id: str = Field(..., description="The line item id (`cart.line_items.physical_items[].id`).")
    quantity: int = Field(..., description="How many of it ship in this consignment.")


class PickupOption(BaseModel):
    """
    Makes the consignment a pickup instead of a shipment; it then takes no shipping option.
    """

    pickup_method_id: int | None = Field(None, description="The store's pickup method.")


class CustomShipping(BaseModel):
    """
    A shipping price and label you set yourself instead of choosing a quote.
    """

    price: float | None = None
    description: str | None = None


class ConsignmentUpdate(BaseModel):
    """
    What to change on a consignment. Send `address` and/or `line_items`, or
    `shipping_option_id` alone.

    """

    address: ConsignmentUpdateAddress | None = None
    line_items: list[ConsignmentLineItem] | None = None
    shipping_option_id: str | None = Field(
        None, description="One of the consignment's `available_shipping_options[].id`."
    )
    pickup_option: PickupOption | None = None
    custom_shipping: CustomShipping | None = None
    version: Version | None = None


class CouponRequest(BaseModel):
    """
    A coupon code to apply.
    """

    coupon_code: str | None = Field(None, description="The code, at most 50 characters.", max_length=50)
    version: Version | None = None


class ShippingOption(BaseModel):
    """
    A way to ship a consignment, with its price.
    """

    id: str | None = Field(None, description="Pass it as `shipping_option_id` to select this option.")
    type: str | None = Field(None, description="The carrier or method kind, for example `shipping_flatrate`.")
    description: str | None = Field(None, description="The name shown to the shopper.")
    image_url: str | None = None
    cost: float | None = None
    transit_time: str | None = Field(None, description="Delivery estimate as the carrier words it.")
    additional_description: str | None = Field(
        None, description="Extra text from the carrier, when there is any."
    )


class ConsignmentCouponDiscount(BaseModel):
    """
    A coupon's effect on a consignment's shipping.
    """

    code: str | None = None
    amount: float | None = None


class ConsignmentDiscount(BaseModel):
    """
    A promotion's effect on a consignment.
    """

    id: int | None = None


class Tax(BaseModel):
    """
    One tax line.
    """

    name: str | None = None
    amount: float | None = None


class AppliedCoupon(BaseModel):
    """
    A coupon on the checkout.
    """

    id: int | None = Field(None, description="The coupon's numeric id.")
    code: str = Field(..., description="The code the shopper entered.")
    coupon_type: str | None = Field(
        None,
        description="What kind of discount it gives, for example `percentage_discount`.",
    )
    display_name: str | None = Field(None, description="The name shown to the shopper.")
    discounted_amount: float | None = Field(None, description="How much it took off.")


class Type(StrEnum):
    custom_fee = "custom_fee"


class CheckoutFee(BaseModel):
    """
    A fee added to the checkout through the API.
    """

    id: UUID | None = None
    type: Type | None = None
    name: str | None = Field(None, description="Your internal name for the fee.")
    display_name: str | None = Field(None, description="The name the shopper sees.")
    cost_inc_tax: float | None = None
    cost_ex_tax: float | None = None
    source: str | None = Field(None, description="Who added it.")
    tax_class_id: int | None = None


class Banner(BaseModel):
    """
    A promotion banner to show the shopper.
    """

    id: str | None = None
    type: str | None = None
    page: list[str] | None = None
    text: str | None = None


class CheckoutUpdate(BaseModel):
    """
    A new customer message for the checkout.
    """

    customer_message: str = Field(
        ..., description="The shopper's note to the merchant; at most 2000 characters."
    )
    version: Version | None = None


class CartDiscountInput(BaseModel):
    """
    An amount to take off the whole cart.
    """

    discounted_amount: float = Field(..., description="The amount, in the cart's currency.")


class LineItemDiscountInput(BaseModel):
    """
    An amount to take off one line item.
    """

    id: str | None = Field(None, description="The line item id.")
    discounted_amount: float | None = Field(None, description="The amount, in the cart's currency.")


class Type1(StrEnum):
    """
    The kind of fee; only `custom_fee` exists.
    """

    custom_fee = "custom_fee"


class FeeInput(BaseModel):
    """
    A fee to add to the checkout.
    """

    type: Type1 = Field(..., description="The kind of fee; only `custom_fee` exists.")
    name: str = Field(..., description="Your internal name for the fee.", max_length=50, min_length=1)
    display_name: str = Field(..., description="The name the shopper sees.", max_length=200, min_length=1)
    cost: float = Field(..., description="The amount charged.")
    source: str = Field(
        ...,
        description="Which app or process adds the fee.",
        max_length=50,
        min_length=1,
    )
    tax_class_id: int | None = Field(
        None,
        description="The tax class to apply; without it the store's default tax class for fees applies.",
    )


class FeeUpdate(FeeInput):
    """
    A fee already on the checkout, with all its fields.
    """

    id: str = Field(..., description="The fee's id, from the checkout's `fees`.")


class AddFeesRequest(BaseModel):
    """
    The fees to add.
    """

    fees: list[FeeInput] = Field(..., min_length=1)


class UpdateFeesRequest(BaseModel):
    """
    The fees to change.
    """

    fees: list[FeeUpdate] = Field(..., min_length=1)


class DeleteFeesRequest(BaseModel):
    """
    The fees to remove.
    """

    ids: list[str] = Field(..., description="Ids of fees on the checkout.", min_length=1)


class CheckoutSettings(BaseModel):
    """
    Store-wide checkout settings.
    """

    custom_checkout_script_url: str | None = Field(
        None,
        description="The script that replaces BigCommerce's checkout page; empty for the built-in one.",
    )
    order_confirmation_use_custom_checkout_script: bool | None = Field(
        None,
        description="Whether the order confirmation page also loads the custom checkout script.",
    )
    custom_order_confirmation_script_url: str | None = Field(
        None,
        description="The script that replaces the order confirmation page; empty for the built-in one.",
    )
    custom_checkout_supports_uco_settings: bool | None = Field(
        None,
        description="Whether the custom checkout honours the optimized one-page checkout settings.",
    )
    custom_checkout_sri_hash: str | None = Field(
        None,
        description="Subresource Integrity hash the browser checks the checkout script against.",
    )
    custom_order_confirmation_sri_hash: str | None = Field(
        None,
        description="Subresource Integrity hash for the order confirmation script.",
    )


class CheckoutSettingsResponse(BaseModel):
    """
    The envelope of the checkout settings calls.
    """

    data: CheckoutSettings | None = None
    meta: Meta | None = None


class ChannelCheckoutSettings(CheckoutSettings):
    """
    The checkout settings of one sales channel.
    """

    checkout_type: str | None = Field(
        None, description="Which checkout the channel uses, for example `one_page`."
    )
    guest_checkout_type: str | None = Field(None, description="Whether and how guests may check out.")
    guest_checkout_for_existing_accounts: str | None = Field(
        None,
        description="What happens when a guest uses the email of an existing account.",
    )
    policy_consent: str | None = Field(None, description="How the shopper agrees to the store's policies.")
    order_confirmation_contact_email: str | None = Field(
        None,
        description="The address shown to shoppers for questions about their order.",
    )
    is_order_terms_and_conditions_enabled: bool | None = Field(
        None, description="Whether the shopper must accept terms and conditions."
    )
    order_terms_and_conditions_type: str | None = Field(
        None, description="Whether the terms are a link or a text."
    )
    order_terms_and_conditions_link: str | None = Field(
        None, description="Where the terms are, when they are a link."
    )
    order_terms_and_conditions_textarea: str | None = Field(
        None, description="The terms themselves, when they are a text."
    )
    should_redirect_to_storefront_for_auth: bool | None = Field(
        None,
        description="Whether sign-in during checkout sends the shopper to the storefront's login page.",
    )


class ChannelCheckoutSettingsResponse(BaseModel):
    """
    The envelope of the channel checkout settings calls.
    """

    data: ChannelCheckoutSettings | None = None
    meta: Meta | None = None


class CheckoutTokenRequest(BaseModel):
    """
    How long and how often the token may be used.
    """

    maxUses: float | None = Field(None, description="How many times the token may be used.")
    ttl: float | None = Field(
        None,
        description="Seconds before the token expires (at most 30 days).",
        ge=1.0,
        le=2592000.0,
    )


class CheckoutTokenResponse(BaseModel):
    """
    A new checkout token.
    """

    checkoutToken: str | None = Field(None, description="Pass it as `t` on the order confirmation URL.")
    meta: Meta | None = None


class StorefrontCustomField(BaseModel):
    """
    A value for a custom address field defined in the store's form settings.
    """

    fieldId: str | None = Field(None, description="The form field's id.")
    fieldValue: str | None = Field(
        None,
        description="The value. For a pick list, send the option's number; BigCommerce answers with a string.",
    )


class StorefrontCurrency(BaseModel):
    """
    The currency prices are shown in.
    """

    code: str | None = Field(None, description="ISO 4217 code, for example `EUR`.")
    decimalPlaces: float | None = Field(
        None, description="How many decimals amounts have (2 for US dollars)."
    )
    name: str | None = None
    symbol: str | None = None


class CouponType(StrEnum):
    """
    What kind of discount it gives.
    """

    per_item_discount = "per_item_discount"
    percentage_discount = "percentage_discount"
    per_total_discount = "per_total_discount"
    shipping_discount = "shipping_discount"
    free_shipping = "free_shipping"
    promotion = "promotion"


class StorefrontCartCoupon(BaseModel):
    """
    A coupon on the cart.
    """

    id: int | None = Field(None, description="The coupon's numeric id.")
    code: str = Field(..., description="The code the shopper entered.")
    displayName: str | None = Field(None, description="The name shown to the shopper.")
    couponType: CouponType | None = Field(None, description="What kind of discount it gives.")
    discountedAmount: float | None = Field(None, description="How much it took off.")


class StorefrontCheckoutCoupon(BaseModel):
    """
    A coupon on the checkout; here the kind of discount is a number.
    """

    id: int | None = Field(None, description="The coupon's numeric id.")
    code: str = Field(..., description="The code the shopper entered.")
    displayName: str | None = Field(None, description="The name shown to the shopper.")
    couponType: int | None = Field(
        None,
        description="What kind of discount it gives: 0 per item, 1 percentage, 2 per total, 3 shipping,\n4 free shipping, 5 promotion.\n",
    )
    discountedAmount: float | None = Field(None, description="How much it took off.")


class StorefrontAppliedDiscount(BaseModel):
    """
    A discount applied to the cart or to one item.
    """

    id: int | None = Field(None, description="The discount's id.")
    discountedAmount: float | None = Field(None, description="How much it took off.")


class StorefrontCustomItem(BaseModel):
    """
    An item added through the API that is not a catalog product.
    """

    extendedListPrice: float | None = Field(
        None,
        description="Unit price times quantity (the storefront carts API returns it).",
    )
    id: str | None = Field(None, description="The line item id.")
    listPrice: str | None = Field(None, description="The unit price before discounts.")
    name: str | None = None
    quantity: str | None = None
    sku: str | None = None


class StorefrontGiftCertificateItem(BaseModel):
    """
    A gift certificate being bought.
    """

    amount: float = Field(..., description="Its value, from 1 to 1000.")
    id: str | None = Field(None, description="The line item id.")
    message: str | None = Field(None, description="The message to the recipient, at most 200 characters.")
    name: str | None = Field(None, description="Its name, for example `$20 Gift Certificate`.")
    recipient: Contact
    sender: Contact
    taxable: bool | None = None
    theme: str = Field(..., description="The design, for example `Birthday` or `General`.")
    type: str | None = Field(None, description="The item kind, `giftCertificate`.")


class StorefrontLineItemOption(BaseModel):
    """
    An option chosen for a product, such as its colour.
    """

    name: str | None = Field(None, description="The option's name.")
    nameId: int | None = Field(None, description="The option's id.")
    value: str | None = Field(None, description="The chosen value.")
    valueId: str | None = Field(None, description="The chosen value's id.")


class StorefrontGiftWrapping(BaseModel):
    """
    Gift wrapping chosen for an item.
    """

    name: str | None = Field(None, description="The wrapping's name.")
    message: str | None = Field(None, description="The message to print with it.")
    amount: float | None = Field(None, description="Its price.")


class StorefrontConsignmentDiscount(BaseModel):
    """
    A cart-level discount's effect on a consignment.
    """

    id: str | None = Field(None, description="The discount rule that applied it.")


class StorefrontShippingOption(BaseModel):
    """
    A way to ship a consignment, with its price.
    """

    cost: float | None = None
    description: str | None = Field(None, description="The name shown to the shopper.")
    id: str | None = Field(None, description="Pass it as `shippingOptionId` to select this option.")
    imageUrl: str | None = None
    transitTime: str | None = Field(None, description="Delivery estimate as the carrier words it.")
    type: str | None = Field(None, description="The carrier or method kind, for example `shipping_flatrate`.")


class StorefrontAvailableShippingOption(StorefrontShippingOption):
    """
    A shipping option the consignment can use.
    """

    isRecommended: bool | None = Field(None, description="Whether the store recommends this option.")
    additionalDescription: str | None = Field(
        None, description="Extra text from the carrier, when there is any."
    )


class StorefrontSelectedShippingOption(StorefrontShippingOption):
    """
    The shipping option chosen for the consignment.
    """

    additionalDescription: str | None = Field(
        None, description="Extra text from the carrier, when there is any."
    )


class StorefrontPickupOption(BaseModel):
    """
    Makes the consignment a pickup at one of the store's locations instead of a shipment.
    """

    pickupMethodId: int | None = Field(
        None, description="The pickup method, from the storefront's pickup options."
    )


class Type2(StrEnum):
    custom_fee = "custom_fee"


class StorefrontCheckoutFee(BaseModel):
    """
    A fee added to the checkout.
    """

    id: UUID | None = None
    type: Type2 | None = None
    name: str | None = Field(None, description="The merchant's internal name for the fee.")
    displayName: str | None = Field(None, description="The name the shopper sees.")
    cost: float | None = Field(None, description="Its amount, with or without tax as shipping is shown.")
    source: str | None = Field(None, description="Who added it.")
    taxClassId: int | None = Field(None, description="The tax class applied to it.")


class StorefrontCustomerAddress(BaseModel):
    """
    An address from the customer's address book.
    """

    id: int | None = None
    firstName: str | None = None
    lastName: str | None = None
    company: str | None = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    stateOrProvince: str | None = None
    stateOrProvinceCode: str | None = None
    countryCode: str | None = Field(None, description="ISO 3166-1 alpha-2 country code.")
    postalCode: str | None = None
    phone: str | None = None
    type: str | None = Field(None, description="The kind of address, for example `residential`.")
    customFields: list[StorefrontCustomField] | None = None


class StorefrontCustomerGroup(BaseModel):
    """
    The customer group the shopper belongs to.
    """

    id: int | None = None
    name: str | None = None


class StorefrontAppliedGiftCertificate(BaseModel):
    """
    A gift certificate used to pay for the checkout.
    """

    balance: float | None = Field(None, description="Its value before this checkout.")
    code: str | None = None
    purchaseDate: str | None = Field(None, description="When it was bought.")
    remaining: float | None = Field(None, description="What is left on it after this checkout.")
    used: float | None = Field(None, description="How much of it this checkout uses.")


class ProviderType(StrEnum):
    """
    How the provider takes payment.
    """

    PAYMENT_TYPE_HOSTED = "PAYMENT_TYPE_HOSTED"


class DetailEnum(StrEnum):
    FINALIZE = "FINALIZE"
    INITIALIZE = "INITIALIZE"
    ACKNOWLEDGE = "ACKNOWLEDGE"


class StorefrontPayment(BaseModel):
    """
    A payment method the checkout is set up with.
    """

    providerId: str | None = Field(None, description="The payment provider.")
    gatewayId: str | None = Field(None, description="The gateway, when the provider has several.")
    providerType: ProviderType | None = Field(None, description="How the provider takes payment.")
    detail: list[DetailEnum] | None = Field(
        None, description="Which payment steps the shopper has completed."
    )


class Type3(StrEnum):
    promotion = "promotion"
    upsell = "upsell"
    eligible = "eligible"
    applied = "applied"


class StorefrontPromotion(BaseModel):
    """
    A promotion message to show the shopper.
    """

    type: Type3 | None = None
    text: str | None = Field(None, description="The text to show.")


class StorefrontCheckoutUpdate(BaseModel):
    """
    A new customer message for the checkout.
    """

    customerMessage: str | None = Field(
        None, description="The shopper's note to the merchant; at most 2000 characters."
    )
    version: Version | None = None


class StorefrontGiftWrapDetail(BaseModel):
    """
    One wrapping choice.
    """

    id: int = Field(..., description="The gift wrapping option.")
    message: str | None = Field(None, description="The gift message.")


class StorefrontGiftCertificateInput(BaseModel):
    """
    The new details of a gift certificate being bought.
    """

    theme: str = Field(..., description="The design, for example `Birthday` or `General`.")
    amount: float = Field(..., description="Its value.", ge=1.0, le=1000.0)
    sender: Contact
    recipient: Contact
    message: str | None = Field(None, description="The message to the recipient.")
    quantity: float


class StorefrontConsignmentAddressRequest(BaseModel):
    """
    The address a consignment ships to.
    """

    firstName: str | None = None
    lastName: str | None = None
    email: str | None = None
    company: str | None = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    stateOrProvince: str | None = None
    stateOrProvinceCode: str | None = None
    countryCode: str = Field(..., description="ISO 3166-1 alpha-2 country code.")
    postalCode: str | None = None
    phone: str | None = None
    customFields: list[StorefrontCustomField] | None = None
    shouldSaveAddress: bool | None = Field(
        None, description="Whether to add the address to the customer's address book."
    )


class StorefrontConsignmentLineItem(BaseModel):
    """
    A quantity of one physical line item.
    """

    itemId: str = Field(..., description="The line item id (`cart.lineItems.physicalItems[].id`).")
    quantity: int = Field(..., description="How many of it go in this consignment.")


class StorefrontCouponRequest(BaseModel):
    """
    A coupon code to apply.
    """

    couponCode: str | None = Field(None, description="The code the shopper entered.")
    version: Version | None = None


class StorefrontGiftCertificateRequest(BaseModel):
    """
    A gift certificate code to pay with.
    """

    giftCertificateCode: str | None = Field(None, description="The code printed on the certificate.")


class StorefrontSpamProtectionRequest(BaseModel):
    """
    The answer to the storefront's human-verification challenge.
    """

    token: str | None = Field(None, description="The token the challenge widget returned.")


class CartCurrency(BaseModel):
    """
    The cart's transaction currency.
    """

    code: str | None = Field(None, description="ISO 4217 code, for example `USD`.")


class CartAppliedCoupon(BaseModel):
    """
    A coupon applied to the cart.
    """

    code: str = Field(..., description="The code the shopper entered.")
    id: str | int | None = Field(
        None,
        description="The coupon's id (a string here; a number in the checkout's cart).",
    )
    coupon_type: str | None = Field(
        None,
        description="The kind of discount. The carts file lists digits (`0` per item, `1` percentage,\n`2` per total, `3` shipping, `4` free shipping, `5` promotion); the checkout's cart\ncarries names such as `percentage_discount`.\n",
    )
    discounted_amount: float | None = Field(None, description="How much it took off.")
    display_name: str | None = Field(None, description="The name shown to the shopper.")


class CartAppliedDiscount(BaseModel):
    """
    A discount applied to the cart or to one item.
    """

    id: str | float | None = Field(
        None,
        description="Which discount this is; a promotion id (number) or a label such as `coupon`.",
    )
    discounted_amount: float | None = Field(None, description="How much it took off.")


class CartItemOption(BaseModel):
    """
    An option chosen for a product, such as its colour or a printed text.
    """

    name: str | None = Field(None, description="The option's name.")
    nameId: float | None = Field(None, description="The option's id.")
    value: str | None = Field(None, description="The chosen value, as text.")
    valueId: float | None = Field(None, description="The chosen value's id; `null` for free-text options.")


class DiscountType(Enum):
    """
    The kind of discount: 0 per item, 1 percentage, 2 per total, 3 shipping, 4 free shipping.
    """

    int_0 = 0
    int_1 = 1
    int_2 = 2
    int_3 = 3
    int_4 = 4
    NoneType_None = None


class CartItemCoupon(BaseModel):
    """
    A coupon that discounted one item.
    """

    id: int | None = Field(None, description="The coupon's id.")
    code: str = Field(..., description="The code the shopper entered.")
    name: str | None = Field(None, description="The coupon's name.")
    discountType: DiscountType | None = Field(
        None,
        description="The kind of discount: 0 per item, 1 percentage, 2 per total, 3 shipping, 4 free shipping.",
    )
    discountAmount: float | None = Field(None, description="The coupon's amount or percentage.")
    expiresDate: int | None = Field(
        None, description="When the coupon expires (Unix time); 0 when it does not."
    )
    totalDiscount: float | None = Field(None, description="How much it took off this item.")


class CartGiftWrapping(BaseModel):
    """
    Gift wrapping chosen for a physical item.
    """

    name: str | None = Field(None, description="The wrapping's name.")
    message: str | None = Field(None, description="The message to print with it.")
    amount: float | None = Field(None, description="Its price.")


class CartGiftCertificateItem(BaseModel):
    """
    A gift certificate being bought.
    """

    id: str | None = Field(None, description="The line item id.")
    name: str | None = Field(None, description="Its name.")
    theme: str | None = Field(None, description="The design it is sent with, for example `Birthday`.")
    amount: float | None = Field(None, description="Its value.")
    taxable: bool | None = Field(None, description="Whether tax applies.")
    sender: Contact | None = None
    recipient: Contact | None = None
    message: str | None = Field(None, description="The message to the recipient.")


class CartCustomItem(BaseModel):
    """
    An item added through the API that is not a catalog product.
    """

    id: str | None = Field(None, description="The line item id.")
    sku: str | None = Field(None, description="Its SKU.")
    name: str | None = Field(None, description="Its name.")
    quantity: float | str | None = Field(
        None, description="How many; a number (BigCommerce documents a string)."
    )
    list_price: float | str | None = Field(
        None, description="The unit price; a number (BigCommerce documents a string)."
    )
    extended_list_price: float | None = Field(None, description="Unit price times quantity.")
    image_url: str | None = Field(None, description="Its image.")


class CartBanner(BaseModel):
    """
    A promotion banner.
    """

    id: str | None = Field(None, description="The promotion's id.")
    type: str | None = Field(
        None,
        description="What the banner says about the promotion, for example `upsell` or `applied`.",
    )
    page: list[str] | None = Field(None, description="The storefront pages it shows on.")
    text: str | None = Field(None, description="The banner's text (may hold HTML).")


class CartRedirectUrls(BaseModel):
    """
    Links that open the cart on the storefront; each works once.
    """

    cart_url: str | None = Field(None, description="Loads the cart page with this cart.")
    checkout_url: str | None = Field(None, description="Loads the storefront checkout with this cart.")
    embedded_checkout_url: str | None = Field(
        None, description="The checkout, for an embedded checkout frame."
    )


class CartRedirectUrlsResponse(BaseModel):
    """
    The envelope of the create-redirect-URLs call.
    """

    data: CartRedirectUrls | None = None
    meta: Meta | None = None


class CartCurrencyInput(BaseModel):
    """
    The currency to price the cart in; one of the store's currencies.
    """

    code: str | None = Field(None, description="ISO 4217 code, for example `EUR`.")


class CartDateOptionValue(BaseModel):
    """
    A date chosen for a date option.
    """

    day: str | None = Field(None, description="Day of the month, for example `01`.")
    month: str | None = Field(None, description="Month, for example `02`.")
    year: str | None = Field(None, description="Year, for example `2027`.")


class CartGiftWrapDetail(BaseModel):
    """
    One wrapping choice.
    """

    id: float | None = Field(None, description="The gift wrapping option.")
    message: str | None = Field(None, description="The gift message.")


class Theme(StrEnum):
    """
    The design it is sent with.
    """

    Birthday = "Birthday"
    Boy = "Boy"
    Celebration = "Celebration"
    Christmas = "Christmas"
    General = "General"
    Girl = "Girl"


class CartGiftCertificateInput(BaseModel):
    """
    A gift certificate to buy.
    """

    name: str = Field(..., description="Its name, for example `$25 gift certificate`.")
    theme: Theme = Field(..., description="The design it is sent with.")
    amount: float = Field(..., description="Its value.", ge=1.0, le=1000.0)
    quantity: int = Field(..., description="How many.", ge=1)
    sender: Contact
    recipient: Contact
    message: str | None = Field(None, description="The message to the recipient.", max_length=200)


class CartCustomItemInput(BaseModel):
    """
    An item that is not in the catalog, priced by you.
    """

    sku: str | None = Field(None, description="Its SKU.")
    name: str | None = Field(None, description="Its name.", max_length=250, min_length=1)
    quantity: float | None = Field(None, description="How many.")
    list_price: float | None = Field(None, description="The unit price.")
    image_url: str | None = Field(None, description="An image to show with it.")


class CartUpdateRequest(BaseModel):
    """
    The customer to give the cart to.
    """

    customer_id: int | None = Field(None, description="The customer's id; 0 makes it a guest cart.")
    version: int | None = Field(
        None,
        description="The cart's `version` as you read it; a changed cart answers 409.",
    )


class CartVersionOnly(BaseModel):
    """
    An optional guard against lost updates.
    """

    version: int | None = Field(
        None,
        description="The cart's `version` as you read it; a changed cart answers 409.",
    )


class CartQueryParam(BaseModel):
    """
    One query parameter, for example for campaign tracking.
    """

    key: str | None = None
    value: str | None = None


class CartSettings(BaseModel):
    """
    Store-wide cart settings.
    """

    allow_purchasing: bool | None = Field(
        None,
        description="Whether shoppers may buy; false hides prices and the add-to-cart buttons.",
    )


class CartSettingsRequest(BaseModel):
    """
    The new store-wide cart settings.
    """

    allow_purchasing: bool = Field(..., description="Whether shoppers may buy.")


class CartSettingsResponse(BaseModel):
    """
    The envelope of the store-wide cart settings.
    """

    data: CartSettings | None = None
    meta: Meta | None = None


class ChannelCartSettings(BaseModel):
    """
    One channel's cart settings; `null` follows the store-wide setting.
    """

    allow_purchasing: bool | None = Field(None, description="Whether shoppers of this channel may buy.")


class ChannelCartSettingsResponse(BaseModel):
    """
    The envelope of a channel's cart settings.
    """

    data: ChannelCartSettings | None = None
    meta: Meta | None = None


class PermissionSet(StrEnum):
    """
    Who can see and change it: only your app (`app_only`), other apps too (`read`,
    `write`), or also storefront requests (`read_and_sf_access`, `write_and_sf_access`).

    """

    app_only = "app_only"
    read = "read"
    write = "write"
    read_and_sf_access = "read_and_sf_access"
    write_and_sf_access = "write_and_sf_access"


class CartMetafieldInput(BaseModel):
    """
    A metafield to write.
    """

    permission_set: PermissionSet = Field(
        ...,
        description="Who can see and change it: only your app (`app_only`), other apps too (`read`,\n`write`), or also storefront requests (`read_and_sf_access`, `write_and_sf_access`).\n",
    )
    namespace: str = Field(
        ...,
        description="A label that groups related metafields.",
        max_length=64,
        min_length=1,
    )
    key: str = Field(
        ...,
        description="The metafield's name within its namespace.",
        max_length=64,
        min_length=1,
    )
    value: str = Field(..., description="The value, as text.", max_length=65535, min_length=1)
    description: str | None = Field(
        None, description="What the metafield is for.", max_length=255, min_length=0
    )


class PermissionSet1(Enum):
    """
    Who can see and change it.
    """

    app_only = "app_only"
    read = "read"
    write = "write"
    read_and_sf_access = "read_and_sf_access"
    write_and_sf_access = "write_and_sf_access"
    NoneType_None = None


class ResourceType(Enum):
    """
    The kind of object it is attached to; `cart` here.
    """

    brand = "brand"
    product = "product"
    variant = "variant"
    category = "category"
    cart = "cart"
    NoneType_None = None


class CartMetafield(BaseModel):
    """
    A metafield attached to a cart.
    """

    id: int | str | None = Field(
        None,
        description="The metafield's id (a number; BigCommerce documents a string).",
    )
    namespace: str | None = Field(None, description="The group it belongs to.")
    key: str | None = Field(None, description="Its name within the namespace.")
    value: str | None = Field(None, description="Its value.")
    description: str | None = Field(None, description="What it is for.")
    permission_set: PermissionSet1 | None = Field(None, description="Who can see and change it.")
    resource_type: ResourceType | None = Field(
        None, description="The kind of object it is attached to; `cart` here."
    )
    resource_id: str | None = Field(None, description="The id of the cart it is attached to.")
    owner_client_id: str | None = Field(None, description="The client id of the app that created it.")
    date_created: str | None = Field(None, description="When it was created.")
    date_modified: str | None = Field(None, description="When it last changed.")


class CartMetafieldResponse(BaseModel):
    """
    The envelope of calls that answer with one metafield.
    """

    data: CartMetafield | None = None
    meta: Meta | None = None


class MetafieldPageLinks(BaseModel):
    """
    Query strings of the neighbouring pages.
    """

    previous: str | None = None
    current: str | None = None
    next: str | None = None


class CartMetafieldBatchCreate(CartMetafieldInput):
    """
    A metafield to create on the cart named by `resource_id`.
    """

    resource_id: str = Field(..., description="The id of the cart to attach it to.")


class CartMetafieldBatchUpdate(CartMetafieldInput):
    """
    A metafield to update, named by its `id`.
    """

    id: int | str = Field(
        ...,
        description="The metafield's id (BigCommerce documents a string; a number is accepted here too).",
    )


class MetafieldBatchError(BaseModel):
    """
    Why some entries of a batch failed.
    """

    status: int | None = None
    title: str | None = None
    type: str | None = None
    errors: ErrorFieldMap | None = None


class MetafieldWriteMeta(BaseModel):
    """
    How many entries of a batch were written.
    """

    total: int | None = None
    success: int | None = None
    failed: int | None = None


class InstrumentType(StrEnum):
    """
    The card brand, or `STORED_CARD` for cards the shopper saved.
    """

    VISA = "VISA"
    MASTERCARD = "MASTERCARD"
    DISCOVER = "DISCOVER"
    AMEX = "AMEX"
    DINERS_CLUB = "DINERS_CLUB"
    JCB = "JCB"
    DANKORT = "DANKORT"
    MAESTRO = "MAESTRO"
    STORED_CARD = "STORED_CARD"


class PaymentSupportedInstrument(BaseModel):
    """
    A kind of instrument the method takes.
    """

    instrument_type: InstrumentType = Field(
        ..., description="The card brand, or `STORED_CARD` for cards the shopper saved."
    )
    verification_value_required: bool | None = Field(
        None,
        description="Whether a payment with it needs the card's verification value (CVV).",
    )


class PaymentStoredInstrument(BaseModel):
    """
    A card the shopper saved earlier; pay with its `token`.
    """

    type: str = Field(..., description="The kind of stored instrument, for example `stored_card`.")
    token: str = Field(
        ...,
        description="Identifies the stored instrument in a payment; not the card number.",
        max_length=64,
        min_length=64,
    )
    brand: str | None = Field(None, description="The card brand, for example `VISA`.")
    expiry_month: int | None = Field(None, ge=1, le=12)
    expiry_year: int | None = None
    issuer_identification_number: str | None = Field(None, description="The card's first six digits.")
    last_4: str | None = Field(None, description="The card's last four digits.")
    is_default: bool | None = Field(None, description="Whether it is the shopper's default instrument.")


class PaymentAccessTokenOrder(BaseModel):
    """
    The order the token will pay.
    """

    id: int = Field(..., description="The order id, as the create-order call returned it.", ge=1)
    is_recurring: bool | None = Field(False, description="Set for a recurring order, so the gateway knows.")


class PaymentAccessToken(BaseModel):
    """
    A payment access token; a secret that pays one order.
    """

    id: str = Field(
        ...,
        description="The token; send it as `Authorization: PAT <token>` to the process-payment call.",
        min_length=1,
    )


class Type4(StrEnum):
    card = "card"


class PaymentCard(BaseModel):
    """
    A card typed in by the shopper. Its number and CVV are secrets.
    """

    type: Type4
    cardholder_name: str = Field(..., description="The name on the card.", min_length=1)
    number: str = Field(..., description="The card number, digits only.", min_length=1)
    expiry_month: int = Field(..., ge=1, le=12)
    expiry_year: int = Field(..., description="Four digits, for example `2030`.")
    verification_value: str | None = Field(
        None,
        description="The card's verification value (CVV), as text so leading zeros stay.",
        max_length=4,
        min_length=3,
    )
    issue_month: int | None = Field(None, ge=1, le=12)
    issue_year: int | None = None
    issue_number: int | None = None


class Type5(StrEnum):
    stored_card = "stored_card"


class PaymentStoredCard(BaseModel):
    """
    A card the shopper saved earlier.
    """

    type: Type5
    token: str = Field(
        ...,
        description="The stored instrument's token, from the accepted-payment-methods call.",
        max_length=64,
        min_length=64,
    )
    verification_value: str | None = Field(
        None,
        description="The card's verification value (CVV), as text so leading zeros stay.",
        max_length=4,
        min_length=3,
    )


class Type6(StrEnum):
    stored_paypal_account = "stored_paypal_account"


class PaymentStoredPayPalAccount(BaseModel):
    """
    A PayPal account the shopper saved earlier.
    """

    type: Type6
    token: str = Field(..., max_length=64, min_length=64)


class Type7(StrEnum):
    stored_bank_account = "stored_bank_account"


class PaymentStoredBankAccount(BaseModel):
    """
    A bank account the shopper saved earlier.
    """

    type: Type7
    token: str = Field(..., max_length=64, min_length=64)


class Type8(StrEnum):
    gift_certificate = "gift_certificate"


class PaymentGiftCertificate(BaseModel):
    """
    A gift certificate the shopper owns.
    """

    type: Type8
    gift_certificate_code: str = Field(..., description="The certificate's code.")


class Type9(StrEnum):
    store_credit = "store_credit"


class PaymentStoreCredit(BaseModel):
    """
    The signed-in customer's store credit.
    """

    type: Type9


class Type10(StrEnum):
    tokenized_card = "tokenized_card"


class PaymentTokenizedCard(BaseModel):
    """
    A card tokenized by a wallet or third-party checkout.
    """

    type: Type10
    token: str = Field(..., description="The card's token from the wallet or checkout provider.")
    iin: str | None = Field(
        None,
        description="The card's issuer identification number, as text so leading zeros stay.",
    )
    last_four_digits: str | None = Field(
        None, description="The card's last four digits, as text so leading zeros stay."
    )
    expiration_month: str | None = Field(None, description="The expiry month, as text (`'09'`).")
    expiration_year: str | None = Field(None, description="The expiry year, as text (`'2030'`).")


class TransactionType(Enum):
    """
    `authorization` (money reserved, captured later) or `purchase` (captured now).
    """

    authorization = "authorization"
    purchase = "purchase"
    NoneType_None = None


class Status(Enum):
    """
    `success`, or `pending` while the gateway has not confirmed it yet.
    """

    success = "success"
    pending = "pending"
    NoneType_None = None


class PaymentTransaction(BaseModel):
    """
    The transaction the payment made.
    """

    id: str | None = Field(None, description="The transaction's id.")
    transaction_type: TransactionType | None = Field(
        None,
        description="`authorization` (money reserved, captured later) or `purchase` (captured now).",
    )
    status: Status | None = Field(
        None,
        description="`success`, or `pending` while the gateway has not confirmed it yet.",
    )


class StorefrontCartOptionSelection(BaseModel):
    """
    One option chosen for the product.
    """

    optionId: int | None = Field(None, description="The option (or modifier).")
    optionValue: int | str | None = Field(
        None, description="The value id for a list, or the text for a text field."
    )


class StorefrontCartGiftCertificateInput(BaseModel):
    """
    A gift certificate to buy.
    """

    name: str = Field(..., description="Its name.")
    theme: str = Field(..., description="The design, for example `Birthday` or `General`.")
    amount: float = Field(..., description="Its value.", ge=1.0, le=1000.0)
    quantity: int = Field(..., description="How many.", ge=1)
    sender: Contact
    recipient: Contact
    message: str | None = Field(None, description="The message to the recipient.")


class StorefrontCartCurrencyRequest(BaseModel):
    """
    The currency to switch the cart to.
    """

    currencyCode: str = Field(
        ...,
        description="ISO 4217 code of one of the store's currencies, for example `EUR`.",
    )


class StorefrontOrderCoupon(BaseModel):
    """
    A coupon used on the order.
    """

    id: str | int | None = Field(None, description="The coupon's id.")
    code: str = Field(..., description="The code the shopper entered.")
    displayName: str | None = Field(None, description="The name shown to the shopper.")
    couponType: str | int | None = Field(None, description="What kind of discount it gave.")
    discountedAmount: float | None = Field(None, description="How much it took off.")


class StorefrontOrderItemDiscount(BaseModel):
    """
    A discount on one order item.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: str | None = None
    discountedAmount: float | None = None
    coupon: float | None = Field(None, description="The amount a coupon took off.")


class StorefrontOrderCategory(BaseModel):
    """
    A category of the product.
    """

    name: str | None = None


class StorefrontOrderSocialLink(BaseModel):
    """
    A ready-made link to share the purchase.
    """

    channel: str | None = None
    code: str | None = None
    text: str | None = None
    link: str | None = None


class StorefrontOrderGiftCertificate(BaseModel):
    """
    A gift certificate bought in the order.
    """

    id: int | str | None = None
    name: str | None = None
    quantity: float | None = None
    isTaxable: bool | None = None
    amount: float | None = None
    type: str | None = None


class StorefrontOrderAddress(BaseModel):
    """
    The order's billing address.
    """

    id: str | None = None
    firstName: str | None = None
    lastName: str | None = None
    email: str | None = None
    company: str | None = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    stateOrProvince: str | None = None
    stateOrProvinceCode: str | None = None
    country: str | None = None
    countryCode: str | None = None
    postalCode: str | None = None
    phone: str | None = None
    customFields: list[StorefrontCustomField] | None = None


class StorefrontOrderTax(BaseModel):
    """
    One tax on the order.
    """

    name: str | None = None
    amount: float | None = None


class StorefrontOrderPickupLocation(BaseModel):
    """
    Where pickup items are collected.
    """

    id: int | None = None
    name: str | None = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    stateOrProvince: str | None = None
    postalCode: str | None = None
    country: str | None = None
    countryCode: str | None = None
    email: str | None = None
    phone: str | None = None


class StorefrontOrderConsignmentItem(BaseModel):
    """
    An order item in a consignment.
    """

    id: int | None = None


class StorefrontOrderFormField(BaseModel):
    """
    A custom form field filled in for a consignment.
    """

    name: str | None = None
    value: str | None = None


class StorefrontOrderPayment(BaseModel):
    """
    A payment made towards the order.
    """

    providerId: str | None = Field(
        None,
        description="The payment provider, for example `braintree` or `giftcertificate`.",
    )
    gatewayId: str | None = None
    methodId: str | None = None
    paymentId: str | None = None
    description: str | None = Field(None, description="How the payment is shown to the shopper.")
    amount: float | None = None
    detail: dict[str, Any] | None = Field(
        None,
        description="Provider details: for a gateway `{step, instructions}`, for a gift certificate\n`{code, remaining}`. Kept as sent.\n",
    )
    mandate: dict[str, Any] | None = None


class StoresStoreHashV3CheckoutsCheckoutIdGetParametersQuery(BaseModel):
    include: str | None = Field(
        None,
        pattern="^(cart\\.line_items\\.physical_items\\.options|cart\\.line_items\\.digital_items\\.options|consignments\\.available_shipping_options|promotions\\.banners)(,(cart\\.line_items\\.physical_items\\.options|cart\\.line_items\\.digital_items\\.options|consignments\\.available_shipping_options|promotions\\.banners))*$",
    )


class Include(StrEnum):
    consignments_available_shipping_options = "consignments.available_shipping_options"


class StoresStoreHashV3CheckoutsCheckoutIdConsignmentsPostParametersQuery(BaseModel):
    include: Include | None = None


class StoresStoreHashV3CheckoutsCheckoutIdConsignmentsConsignmentIdPutParametersQuery(BaseModel):
    include: Include | None = None


class ApiStorefrontCheckoutsCheckoutIdGetParametersQuery(BaseModel):
    include: str | None = Field(
        "consignments.availableShippingOptions",
        pattern="^(cart\\.lineItems\\.physicalItems\\.options|cart\\.lineItems\\.digitalItems\\.options|cart\\.lineItems\\.physicalItems\\.categoryNames|cart\\.lineItems\\.digitalItems\\.categoryNames|cart\\.lineItems\\.customItems\\.categoryNames|customer|customer\\.customerGroup|payments|promotions|consignments\\.availableShippingOptions|consignments\\.availablePickupOptions)(,(cart\\.lineItems\\.physicalItems\\.options|cart\\.lineItems\\.digitalItems\\.options|cart\\.lineItems\\.physicalItems\\.categoryNames|cart\\.lineItems\\.digitalItems\\.categoryNames|cart\\.lineItems\\.customItems\\.categoryNames|customer|customer\\.customerGroup|payments|promotions|consignments\\.availableShippingOptions|consignments\\.availablePickupOptions))*$",
    )


class ApiStorefrontCheckoutsCheckoutIdConsignmentsPostParametersQuery(BaseModel):
    include: str | None = Field(
        "consignments.availableShippingOptions",
        pattern="^(cart\\.lineItems\\.physicalItems\\.options|cart\\.lineItems\\.digitalItems\\.options|cart\\.lineItems\\.physicalItems\\.categoryNames|cart\\.lineItems\\.digitalItems\\.categoryNames|cart\\.lineItems\\.customItems\\.categoryNames|customer|customer\\.customerGroup|payments|promotions|consignments\\.availableShippingOptions|consignments\\.availablePickupOptions)(,(cart\\.lineItems\\.physicalItems\\.options|cart\\.lineItems\\.digitalItems\\.options|cart\\.lineItems\\.physicalItems\\.categoryNames|cart\\.lineItems\\.digitalItems\\.categoryNames|cart\\.lineItems\\.customItems\\.categoryNames|customer|customer\\.customerGroup|payments|promotions|consignments\\.availableShippingOptions|consignments\\.availablePickupOptions))*$",
    )


class ApiStorefrontCheckoutsCheckoutIdConsignmentsConsignmentIdPutParametersQuery(BaseModel):
    include: str | None = Field(
        "consignments.availableShippingOptions,consignments.availablePickupOptions",
        pattern="^(cart\\.lineItems\\.physicalItems\\.options|cart\\.lineItems\\.digitalItems\\.options|cart\\.lineItems\\.physicalItems\\.categoryNames|cart\\.lineItems\\.digitalItems\\.categoryNames|cart\\.lineItems\\.customItems\\.categoryNames|customer|customer\\.customerGroup|payments|promotions|consignments\\.availableShippingOptions|consignments\\.availablePickupOptions)(,(cart\\.lineItems\\.physicalItems\\.options|cart\\.lineItems\\.digitalItems\\.options|cart\\.lineItems\\.physicalItems\\.categoryNames|cart\\.lineItems\\.digitalItems\\.categoryNames|cart\\.lineItems\\.customItems\\.categoryNames|customer|customer\\.customerGroup|payments|promotions|consignments\\.availableShippingOptions|consignments\\.availablePickupOptions))*$",
    )


class StoresStoreHashV3CartsPostParametersQuery(BaseModel):
    include: str | None = Field(
        None,
        pattern="^(redirect_urls|line_items\\.physical_items\\.options|line_items\\.digital_items\\.options|promotions\\.banners)(,(redirect_urls|line_items\\.physical_items\\.options|line_items\\.digital_items\\.options|promotions\\.banners))*$",
    )


class StoresStoreHashV3CartsCartIdGetParametersQuery(BaseModel):
    include: str | None = Field(
        None,
        pattern="^(redirect_urls|line_items\\.physical_items\\.options|line_items\\.digital_items\\.options|promotions\\.banners)(,(redirect_urls|line_items\\.physical_items\\.options|line_items\\.digital_items\\.options|promotions\\.banners))*$",
    )


class StoresStoreHashV3CartsCartIdPutParametersQuery(BaseModel):
    include: str | None = Field(
        None,
        pattern="^(redirect_urls|line_items\\.physical_items\\.options|line_items\\.digital_items\\.options|promotions\\.banners)(,(redirect_urls|line_items\\.physical_items\\.options|line_items\\.digital_items\\.options|promotions\\.banners))*$",
    )


class StoresStoreHashV3CartsCartIdItemsPostParametersQuery(BaseModel):
    include: str | None = Field(
        None,
        pattern="^(redirect_urls|line_items\\.physical_items\\.options|line_items\\.digital_items\\.options|promotions\\.banners)(,(redirect_urls|line_items\\.physical_items\\.options|line_items\\.digital_items\\.options|promotions\\.banners))*$",
    )


class StoresStoreHashV3CartsCartIdItemsItemIdPutParametersQuery(BaseModel):
    include: str | None = Field(
        None,
        pattern="^(redirect_urls|line_items\\.physical_items\\.options|line_items\\.digital_items\\.options|promotions\\.banners)(,(redirect_urls|line_items\\.physical_items\\.options|line_items\\.digital_items\\.options|promotions\\.banners))*$",
    )


class StoresStoreHashV3CartsCartIdItemsItemIdDeleteParametersQuery(BaseModel):
    include: str | None = Field(
        None,
        pattern="^(redirect_urls|line_items\\.physical_items\\.options|line_items\\.digital_items\\.options|promotions\\.banners)(,(redirect_urls|line_items\\.physical_items\\.options|line_items\\.digital_items\\.options|promotions\\.banners))*$",
    )


class Direction(StrEnum):
    asc = "asc"
    desc = "desc"


class StoresStoreHashV3CartsCartIdMetafieldsGetParametersQuery(BaseModel):
    page: int | None = None
    limit: int | None = None
    key: str | None = None
    namespace: str | None = None
    direction: Direction | None = None
    before: str | None = None
    after: str | None = None


class StoresStoreHashV3CartsCartIdMetafieldsMetafieldIdGetParametersQuery(BaseModel):
    page: int | None = None
    limit: int | None = None
    key: str | None = None
    namespace: str | None = None
    direction: Direction | None = None


class StoresStoreHashV3CartsMetafieldsGetParametersQuery(BaseModel):
    page: int | None = None
    limit: int | None = None
    key: str | None = None
    key_in: str | None = Field(None, alias="key:in")
    namespace: str | None = None
    namespace_in: str | None = Field(None, alias="namespace:in")
    direction: Direction | None = None
    include_fields: str | None = Field(
        None,
        pattern="^(resource_id|key|value|namespace|permission_set|resource_type|description|owner_client_id|date_created|date_modified)(,(resource_id|key|value|namespace|permission_set|resource_type|description|owner_client_id|date_created|date_modified))*$",
    )
    date_modified_min: str | None = Field(None, alias="date_modified:min")
    date_modified_max: str | None = Field(None, alias="date_modified:max")
    date_created_min: str | None = Field(None, alias="date_created:min")
    date_created_max: str | None = Field(None, alias="date_created:max")
    before: str | None = None
    after: str | None = None


class StoresStoreHashV3CartsMetafieldsPostRequest(RootModel[list[CartMetafieldBatchCreate]]):
    root: list[CartMetafieldBatchCreate]


class StoresStoreHashV3CartsMetafieldsPutRequest(RootModel[list[CartMetafieldBatchUpdate]]):
    root: list[CartMetafieldBatchUpdate]


class StoresStoreHashV3CartsMetafieldsDeleteRequest(RootModel[list[int]]):
    root: list[int]


class StoresStoreHashV3PaymentsMethodsGetParametersQuery(BaseModel):
    order_id: int | None = None
    checkout_id: str | None = None


class ApiStorefrontCartsGetParametersQuery(BaseModel):
    include: str | None = Field(
        None,
        pattern="^(lineItems\\.physicalItems\\.options|lineItems\\.digitalItems\\.options)(,(lineItems\\.physicalItems\\.options|lineItems\\.digitalItems\\.options))*$",
    )


class ApiStorefrontCartsPostParametersQuery(BaseModel):
    include: str | None = Field(
        None,
        pattern="^(lineItems\\.physicalItems\\.options|lineItems\\.digitalItems\\.options)(,(lineItems\\.physicalItems\\.options|lineItems\\.digitalItems\\.options))*$",
    )


class ApiStorefrontCartsCartIdItemsPostParametersQuery(BaseModel):
    include: str | None = Field(
        None,
        pattern="^(lineItems\\.physicalItems\\.options|lineItems\\.digitalItems\\.options)(,(lineItems\\.physicalItems\\.options|lineItems\\.digitalItems\\.options))*$",
    )


class ApiStorefrontCartsCartIdItemsItemIdPutParametersQuery(BaseModel):
    include: str | None = Field(
        None,
        pattern="^(lineItems\\.physicalItems\\.options|lineItems\\.digitalItems\\.options)(,(lineItems\\.physicalItems\\.options|lineItems\\.digitalItems\\.options))*$",
    )


class ApiStorefrontCartsCartIdItemsItemIdDeleteParametersQuery(BaseModel):
    include: str | None = Field(
        None,
        pattern="^(lineItems\\.physicalItems\\.options|lineItems\\.digitalItems\\.options)(,(lineItems\\.physicalItems\\.options|lineItems\\.digitalItems\\.options))*$",
    )


class ApiStorefrontCartsCartIdCurrencyPostParametersQuery(BaseModel):
    include: str | None = Field(
        None,
        pattern="^(lineItems\\.physicalItems\\.options|lineItems\\.digitalItems\\.options)(,(lineItems\\.physicalItems\\.options|lineItems\\.digitalItems\\.options))*$",
    )


class ApiStorefrontOrdersOrderIdGetParametersQuery(BaseModel):
    include: str | None = Field(
        None,
        pattern="^(lineItems|billingAddress|coupons|currency|taxes|payments|consignments)(,(lineItems|billingAddress|coupons|currency|taxes|payments|consignments))*$",
    )


class Error(BaseModel):
    """
    The body of every documented error status. BigCommerce fills `status`, `title` and `type`
    in most cases and adds `detail` or `errors` when it can say more.

    """

    status: int | str | None = Field(
        None,
        description="The HTTP status, as a number (or a string on some endpoints).",
    )
    title: str | None = Field(None, description="A short human-readable summary of the problem.")
    type: str | None = Field(None, description="A link to BigCommerce's list of status codes.")
    detail: str | None = Field(
        None,
        description="More about this occurrence of the problem, when BigCommerce gives it.",
    )
    errors: ErrorFieldMap | list[ErrorDetail] | None = Field(
        None,
        description="Per-field messages (an object keyed by field), or a list of error details.",
    )


class OrderResponse(BaseModel):
    """
    The envelope of the create-order call.
    """

    data: OrderRef | None = None
    meta: Meta | None = None


class PhysicalItem(DigitalItem):
    """
    A product that ships; it must be assigned to a consignment.
    """

    gift_wrapping: GiftWrapping | None = None


class GiftCertificateItem(BaseModel):
    """
    A gift certificate being bought.
    """

    id: str | None = Field(None, description="The line item id.")
    name: str | None = Field(None, description="Its name.")
    theme: str = Field(..., description="The design it is sent with.")
    amount: float = Field(..., description="Its value.")
    taxable: bool | None = Field(None, description="Whether tax applies.")
    sender: Contact
    recipient: Contact
    message: str | None = Field(None, description="The message to the recipient.")


class Address(BaseModel):
    """
    A postal address with contact details, as BigCommerce returns it.
    """

    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    company: str | None = None
    address1: str | None = Field(None, description="Street and number.")
    address2: str | None = Field(None, description="Flat, suite or floor.")
    city: str | None = None
    state_or_province: str | None = Field(None, description="The state or province's full name.")
    state_or_province_code: str | None = Field(
        None, description="The state or province's code, for example `OR`."
    )
    country_code: str | None = Field(None, description="ISO 3166-1 alpha-2 country code.")
    postal_code: str | None = None
    phone: str | None = None
    custom_fields: list[CustomField] | None = None


class BillingAddress(Address):
    """
    The checkout's billing address.
    """

    id: str | None = Field(None, description="Its id; pass it to the update call.")


class ConsignmentAddress(Address):
    """
    The shipping address of a consignment.
    """

    id: str | None = Field(None, description="Its id.")


class BillingAddressRequest(BaseModel):
    """
    A billing address to set on the checkout.
    """

    first_name: str | None = None
    last_name: str | None = None
    email: str = Field(..., description="Where the order confirmation goes.")
    company: str | None = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    state_or_province: str | None = None
    state_or_province_code: str | None = None
    country_code: str = Field(..., description="ISO 3166-1 alpha-2 country code.")
    postal_code: str | None = None
    phone: str | None = None
    custom_fields: list[CustomField] | None = None
    version: Version | None = None


class ConsignmentCreate(BaseModel):
    """
    A shipping address and the items that go there.
    """

    address: ConsignmentAddressRequest | None = None
    line_items: list[ConsignmentLineItem] | None = None
    pickup_option: PickupOption | None = None
    version: Version | None = None


class Consignment(BaseModel):
    """
    A shipping address, the items going there, and how they ship.
    """

    id: str | None = Field(None, description="The consignment id.")
    shippingAddress: dict[str, Any] | None = Field(
        None, description="Kept for compatibility; read `address` instead."
    )
    address: ConsignmentAddress | None = None
    available_shipping_options: list[ShippingOption] | None = Field(
        None,
        description="Present when the request asked for `include=consignments.available_shipping_options`.",
    )
    selected_shipping_option: ShippingOption | None = None
    coupon_discounts: list[ConsignmentCouponDiscount] | None = None
    discounts: list[ConsignmentDiscount] | None = None
    shipping_cost_inc_tax: float | None = None
    shipping_cost_ex_tax: float | None = None
    handling_cost_inc_tax: float | None = None
    handling_cost_ex_tax: float | None = None
    line_item_ids: list[str] | None = None
    selected_pickup_option: PickupOption | None = None


class Promotion(BaseModel):
    """
    A promotion that applies, or nearly applies, to the checkout.
    """

    banners: list[Banner] | None = None


class DiscountRequestCart(BaseModel):
    """
    Discounts for the whole cart and for single line items.
    """

    discounts: list[CartDiscountInput] | None = Field(
        None, description="Cart-level discounts, spread over the items by their value."
    )
    line_items: list[LineItemDiscountInput] | None = Field(
        None, description="Discounts on single line items."
    )
    version: Version | None = None


class StorefrontAddress(BaseModel):
    """
    A postal address with contact details, in the storefront API's field names.
    """

    address1: str | None = Field(None, description="Street and number.")
    address2: str | None = Field(None, description="Flat, suite or floor.")
    city: str | None = None
    company: str | None = None
    country: str | None = Field(None, description="The country's name.")
    countryCode: str = Field(..., description="ISO 3166-1 alpha-2 country code.")
    customFields: list[StorefrontCustomField] | None = None
    email: str | None = None
    firstName: str | None = None
    lastName: str | None = None
    stateOrProvince: str | None = Field(None, description="The state or province's full name.")
    stateOrProvinceCode: str | None = Field(
        None, description="The state or province's code, for example `OR`."
    )
    phone: str | None = None
    postalCode: str | None = None


class StorefrontBillingAddress(StorefrontAddress):
    """
    The checkout's billing address.
    """

    id: str | None = Field(None, description="Its id; pass it to the update call.")


class StorefrontConsignmentAddress(StorefrontAddress):
    """
    The shipping address of a consignment.
    """

    id: str | None = Field(None, description="Its id.")
    shouldSaveAddress: bool | None = Field(
        None, description="Whether to add the address to the customer's address book."
    )


class StorefrontLineItem(BaseModel):
    """
    A physical or digital product in the cart.
    """

    brand: str | None = Field(
        None,
        description="The product's brand, when it has one (the storefront carts API returns it).",
    )
    addedByPromotion: bool | None = Field(None, description="Whether a promotion put this item in the cart.")
    categoryNames: list[str] | None = Field(
        None,
        description="Present when the request asked for the items' category names.",
    )
    comparisonPrice: float | None = Field(
        None, description="A reference price shown to the shopper, when set."
    )
    couponAmount: float | None = Field(None, description="Coupon discounts on the item.")
    discounts: list[StorefrontAppliedDiscount] | None = None
    discountAmount: float | None = Field(None, description="Non-coupon discounts on the item.")
    extendedComparisonPrice: float | None = Field(None, description="Comparison price times quantity.")
    extendedListPrice: float | None = Field(None, description="List price times quantity.")
    extendedSalePrice: float | None = Field(None, description="Sale price times quantity.")
    giftWrapping: StorefrontGiftWrapping | None = None
    id: str | None = Field(None, description="The line item id, used in consignments and line-item calls.")
    imageUrl: str | None = Field(None, description="The product image.")
    isMutable: bool | None = Field(None, description="Whether the shopper may change the quantity.")
    isShippingRequired: bool | None = Field(None, description="Whether the item must ship to an address.")
    isTaxable: bool | None = Field(None, description="Whether tax applies.")
    listPrice: float | None = Field(None, description="The unit price before discounts and coupons.")
    name: str | None = Field(None, description="The product name.")
    options: list[StorefrontLineItemOption] | None = Field(
        None, description="Present when the request asked for the items' options."
    )
    originalPrice: float | None = Field(None, description="The product's default price.")
    parentId: str | None = Field(
        None,
        description="The line item this one belongs to, for bundled items; empty otherwise.",
    )
    productId: int | None = Field(None, description="The product.")
    sku: str | None = Field(None, description="The variant's SKU.")
    quantity: float = Field(..., description="How many.")
    salePrice: float | None = Field(None, description="The unit price after all discounts, before tax.")
    type: str | None = Field(None, description="The item kind, `physical` or `digital`.")
    url: str | None = Field(None, description="The product page.")
    variantId: int | None = Field(None, description="The product variant.")


class StorefrontConsignment(BaseModel):
    """
    A shipping address or pickup, the items going there, and how they travel.
    """

    address: StorefrontConsignmentAddress | None = None
    availableShippingOptions: list[StorefrontAvailableShippingOption] | None = Field(
        None,
        description="Present when the request asked for `consignments.availableShippingOptions`.",
    )
    couponDiscounts: list[ConsignmentCouponDiscount] | None = Field(
        None, description="What coupons took off this consignment's shipping."
    )
    discounts: list[StorefrontConsignmentDiscount] | None = Field(
        None, description="What cart-level discounts took off this consignment."
    )
    handlingCost: float | None = Field(None, description="Handling for this consignment.")
    id: str | None = Field(None, description="The consignment id.")
    selectedPickupOption: StorefrontPickupOption | None = None
    selectedShippingOption: StorefrontSelectedShippingOption | None = None
    shippingAddress: dict[str, Any] | None = Field(
        None,
        deprecated=True,
        description="Kept for compatibility; read `address` instead.",
    )
    shippingCost: float | None = Field(None, description="Shipping for this consignment.")
    shippingCostBeforeDiscount: float | None = Field(
        None, description="Shipping for this consignment before discounts."
    )
    comparisonShippingCost: float | None = Field(
        None, description="Shipping for this consignment after automatic promotions."
    )
    lineItemIds: list[str] | None = None


class StorefrontCustomer(BaseModel):
    """
    The shopper. Present when the request asked for `include=customer`.
    """

    addresses: list[StorefrontCustomerAddress] | None = Field(
        None, description="The customer's address book."
    )
    customerGroup: StorefrontCustomerGroup | None = None
    email: str | None = None
    firstName: str | None = None
    fullName: str | None = None
    id: int | None = Field(None, description="The customer id; 0 for a guest.")
    isGuest: bool | None = Field(None, description="Whether the shopper is not signed in.")
    lastName: str | None = None
    shouldEncourageSignIn: bool | None = Field(
        None, description="Whether the checkout should suggest signing in."
    )
    storeCredit: float | None = Field(None, description="The store credit the customer can use.")


class StorefrontGiftWrappingInput(BaseModel):
    """
    How to gift-wrap a line item.
    """

    wrapTogether: bool = Field(
        ...,
        description="Wrap all units together (only the first `wrapDetails` entry is used) or each on its own.",
    )
    wrapDetails: list[StorefrontGiftWrapDetail] = Field(
        ...,
        description="One entry per unit when wrapping separately (at most the quantity), or one entry in all.",
    )


class StorefrontBillingAddressRequest(StorefrontAddress):
    """
    A billing address to set on the checkout.
    """

    version: Version | None = None


class StorefrontConsignmentCreate(BaseModel):
    """
    A destination (address or pickup) and the items going there.
    """

    shippingAddress: dict[str, Any] | None = Field(
        None,
        deprecated=True,
        description="Kept for compatibility; send `address` instead.",
    )
    address: StorefrontConsignmentAddressRequest | None = None
    lineItems: list[StorefrontConsignmentLineItem] | None = None
    shippingOptionId: str | None = Field(None, description="A shipping option to select straight away.")
    pickupOption: StorefrontPickupOption | None = None
    version: Version | None = None


class StorefrontConsignmentUpdate(BaseModel):
    """
    What to change on a consignment: `address` and/or `lineItems`, or else
    `shippingOptionId` or `pickupOption` alone.

    """

    shippingAddress: dict[str, Any] | None = Field(
        None,
        deprecated=True,
        description="Kept for compatibility; send `address` instead.",
    )
    address: StorefrontConsignmentAddressRequest | None = None
    lineItems: list[StorefrontConsignmentLineItem] | None = None
    shippingOptionId: str | None = Field(
        None, description="One of the consignment's `availableShippingOptions[].id`."
    )
    pickupOption: StorefrontPickupOption | None = None
    version: Version | None = None


class CartItemBase(BaseModel):
    """
    What physical and digital items of a cart have in common.
    """

    id: str | None = Field(None, description="The line item id, used by the line-item calls.")
    parent_id: str | int | None = Field(
        None,
        description="The line item this one belongs to, for bundled items; `null` otherwise.",
    )
    variant_id: float = Field(..., description="The product variant.")
    product_id: float = Field(..., description="The product.")
    sku: str | None = Field(None, description="The variant's SKU.")
    name: str | None = Field(None, description="The product name.")
    url: str | None = Field(None, description="The product page.")
    quantity: float = Field(..., description="How many.")
    taxable: bool | None = Field(None, description="Whether tax applies.")
    image_url: str | None = Field(None, description="The product image.")
    discounts: list[CartAppliedDiscount] | None = None
    coupons: list[CartItemCoupon] | float | None = Field(
        None,
        description="The coupons on this item; BigCommerce documents a plain amount here as well.",
    )
    discount_amount: float | None = Field(None, description="Non-coupon discounts on the item.")
    coupon_amount: float | None = Field(None, description="Coupon discounts on the item.")
    original_price: float | None = Field(None, description="The price before any price list or sale.")
    list_price: float | None = Field(None, description="The unit price before discounts.")
    sale_price: float | None = Field(None, description="The unit price after item-level discounts.")
    extended_list_price: float | None = Field(None, description="List price times quantity.")
    extended_sale_price: float | None = Field(None, description="Sale price times quantity.")
    is_require_shipping: bool | None = Field(
        None, description="Whether the item ships; false for digital items."
    )
    is_mutable: bool | None = Field(None, description="Whether the shopper may change the quantity.")
    added_by_promotion: bool | None = Field(
        None, description="Whether a promotion put this item in the cart."
    )
    options: list[CartItemOption] | None = Field(
        None, description="The chosen options; present when `include` asks for them."
    )


class CartPhysicalItem(CartItemBase):
    """
    A product that ships.
    """

    gift_wrapping: CartGiftWrapping | None = None


class CartDigitalItem(CartItemBase):
    """
    A downloadable product.
    """

    download_file_urls: list[str] | None = Field(
        None, description="Where the files can be downloaded once the order is paid."
    )
    download_page_url: str | None = Field(None, description="The page that lists the downloads.")
    download_size: str | None = Field(None, description="The size of the download, as text.")


class CartPromotions(BaseModel):
    """
    Promotions the shopper can see; present when `include` asks for banners.
    """

    banners: list[CartBanner] | None = None


class CartOptionSelection(BaseModel):
    """
    One option chosen for the product.
    """

    option_id: int | None = Field(None, description="The option (or modifier).")
    option_value: int | str | CartDateOptionValue | None = Field(
        None,
        description="The chosen value: the value id for a list, the text for a text field, a Unix time or a\n`{day, month, year}` object for a date.\n",
    )
    name: str | None = Field(None, description="The option's name.")
    value: str | None = Field(None, description="The value's label.")
    nameId: int | None = Field(None, description="The option's id, as line items show it.")
    valueId: int | None = Field(None, description="The value's id, as line items show it.")


class CartGiftWrappingInput(BaseModel):
    """
    How to gift-wrap the item.
    """

    wrap_together: bool | None = Field(
        None,
        description="Wrap all units together (with the first `wrap_details` entry) or each on its own.",
    )
    wrap_details: list[CartGiftWrapDetail] | None = None


class CartRedirectUrlsRequest(BaseModel):
    """
    Extra query parameters to put on the links.
    """

    query_params: CartQueryParam | None = None


class MetafieldPagination(BaseModel):
    """
    Page-number paging.
    """

    total: int | None = Field(None, description="Metafields in the whole list.")
    count: int | None = Field(None, description="Metafields on this page.")
    per_page: int | None = Field(None, description="The page size.")
    current_page: int | None = Field(None, description="This page's number.")
    total_pages: int | None = Field(None, description="How many pages there are.")
    links: MetafieldPageLinks | None = None


class MetafieldCursorPagination(BaseModel):
    """
    Cursor paging.
    """

    count: int | None = Field(None, description="Metafields on this page.")
    per_page: int | None = Field(None, description="The page size.")
    start_cursor: str | None = Field(None, description="Pass as `before` for the previous page.")
    end_cursor: str | None = Field(None, description="Pass as `after` for the next page.")
    links: MetafieldPageLinks | None = None


class CartMetafieldBatchResponse(BaseModel):
    """
    The result of a batch write; with a 422, only some entries were written.
    """

    data: list[CartMetafield] | None = None
    errors: list[MetafieldBatchError] | None = None
    meta: MetafieldWriteMeta | None = None


class CartMetafieldDeleteResponse(BaseModel):
    """
    The result of a batch delete; `data` lists the ids deleted.
    """

    data: list[int] | None = None
    errors: list[MetafieldBatchError] | None = None
    meta: MetafieldWriteMeta | None = None


class PaymentMethod(BaseModel):
    """
    A payment method of one of the store's gateways.
    """

    id: str = Field(
        ...,
        description="Pass it as `payment_method_id` when processing a payment, for example `braintree.card`.",
        min_length=1,
    )
    name: str = Field(..., description="The method's name.")
    type: str = Field(
        ...,
        description="The kind of method, for example `card`, `gift_certificate` or `store_credit`.",
    )
    test_mode: bool = Field(..., description="Whether the gateway runs in test mode (no real money moves).")
    supported_instruments: list[PaymentSupportedInstrument]
    stored_instruments: list[PaymentStoredInstrument] | None = None


class PaymentAccessTokenRequest(BaseModel):
    """
    The order to create a payment access token for.
    """

    order: PaymentAccessTokenOrder


class PaymentAccessTokenResponse(BaseModel):
    """
    The envelope of the new payment access token.
    """

    data: PaymentAccessToken | None = None
    meta: Meta | None = None


class PaymentRequest(BaseModel):
    """
    What to charge the order with, and through which payment method.
    """

    instrument: (
        PaymentCard
        | PaymentStoredCard
        | PaymentStoredPayPalAccount
        | PaymentGiftCertificate
        | PaymentStoreCredit
        | PaymentTokenizedCard
        | PaymentStoredBankAccount
    ) = Field(..., description="The card, stored instrument, gift certificate or store credit to pay with.")
    payment_method_id: str = Field(
        ...,
        description="The `id` of a method from the accepted-payment-methods call, for example `braintree.card`.",
        min_length=1,
    )
    save_instrument: bool | None = Field(
        None,
        description="Save the card for the shopper's next purchase (the gateway must support stored cards).",
    )


class ProcessPaymentResponse(BaseModel):
    """
    The outcome of a payment the gateway accepted.
    """

    data: PaymentTransaction | None = None


class PaymentError(Error):
    """
    The body of an error from the payments endpoints.
    """

    code: int | None = Field(None, description="The gateway's or BigCommerce's code for this error.")


class StorefrontCartLineItemInput(BaseModel):
    """
    A catalog product for the cart.
    """

    productId: float = Field(..., description="The product.")
    variantId: float | None = Field(None, description="The variant, when it fixes every option.")
    quantity: float = Field(..., description="How many.")
    optionSelections: list[StorefrontCartOptionSelection] | None = None
    giftWrapping: StorefrontGiftWrappingInput | None = Field(
        None, description="How to gift-wrap it; `null` for no wrapping."
    )


class StorefrontOrderItem(BaseModel):
    """
    A physical or digital product in the order.
    """

    id: int | str | None = Field(
        None,
        description="The order item's id (a number in real answers; BigCommerce documents a string).",
    )
    parentId: int | str | None = Field(None, description="The item this one belongs to, for bundled items.")
    variantId: float | None = Field(None, description="The product variant.")
    productId: float | None = Field(None, description="The product.")
    sku: str | None = None
    name: str | None = None
    url: str | None = Field(None, description="The product page.")
    quantity: float = Field(..., description="How many.")
    brand: str | None = None
    isTaxable: bool | None = None
    imageUrl: str | None = None
    discounts: list[StorefrontOrderItemDiscount] | dict[str, Any] | None = Field(
        None, description="Discounts on the item."
    )
    discountAmount: float | None = None
    couponAmount: float | None = None
    listPrice: float | None = None
    salePrice: float | None = None
    extendedListPrice: float | None = None
    extendedSalePrice: float | None = None
    extendedComparisonPrice: float | None = None
    type: str | None = Field(None, description="`physical` or `digital`.")
    addedByPromotion: bool | None = None
    isShippingRequired: bool | None = None
    giftWrapping: StorefrontGiftWrapping | None = None
    categories: list[list[StorefrontOrderCategory] | StorefrontOrderCategory] | None = Field(
        None,
        description="The item's category paths; each path is a list of categories.",
    )
    socialMedia: list[StorefrontOrderSocialLink] | None = None
    options: list[StorefrontLineItemOption] | None = None
    downloadFileUrls: list[str] | None = None
    downloadPageUrl: str | None = None
    downloadSize: str | None = None


class StorefrontOrderShippingConsignment(BaseModel):
    """
    Items shipped to one address, and what shipping them costs.
    """

    lineItems: list[StorefrontOrderConsignmentItem] | None = None
    shippingAddressId: int | None = None
    firstName: str | None = None
    lastName: str | None = None
    company: str | None = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    stateOrProvince: str | None = None
    postalCode: str | None = None
    country: str | None = None
    countryCode: str | None = None
    email: str | None = None
    phone: str | None = None
    itemsTotal: int | None = None
    itemsShipped: int | None = None
    shippingMethod: str | None = None
    baseCost: float | None = None
    costExTax: float | None = None
    costIncTax: float | None = None
    costTax: float | None = None
    costTaxClassId: int | None = None
    shippingCostBeforeDiscount: float | None = None
    comparisonShippingCost: float | None = None
    baseHandlingCost: float | None = None
    handlingCostExTax: float | None = None
    handlingCostIncTax: float | None = None
    handlingCostTax: float | None = None
    handlingCostTaxClassId: int | None = None
    shippingZoneId: float | None = None
    shippingZoneName: str | None = None
    customFields: list[StorefrontOrderFormField] | None = None
    discounts: list[dict[str, Any]] | None = None


class StorefrontOrderPickupConsignment(BaseModel):
    """
    Items the shopper collects from a pickup location.
    """

    id: int | None = None
    lineItems: list[StorefrontOrderConsignmentItem] | None = None
    pickupMethodId: int | None = None
    pickupMethodDisplayName: str | None = None
    collectionInstructions: str | None = None
    collectionTimeDescription: str | None = None
    location: StorefrontOrderPickupLocation | None = None


class LineItems(BaseModel):
    """
    The cart's items, by kind.
    """

    physical_items: list[PhysicalItem]
    digital_items: list[DigitalItem]
    gift_certificates: list[GiftCertificateItem]
    custom_items: list[CustomItem] | None = None


class ConsignmentCreateList(RootModel[list[ConsignmentCreate]]):
    """
    The consignments to create.
    """

    root: list[ConsignmentCreate] = Field(..., description="The consignments to create.")


class DiscountRequest(BaseModel):
    """
    Manual discounts to apply to the cart and its line items.
    """

    cart: DiscountRequestCart | None = None


class StorefrontLineItems(BaseModel):
    """
    The cart's items, by kind.
    """

    customItems: list[StorefrontCustomItem] | None = None
    digitalItems: list[StorefrontLineItem]
    giftCertificates: list[StorefrontGiftCertificateItem] | None = None
    physicalItems: list[StorefrontLineItem]


class StorefrontLineItemInput(BaseModel):
    """
    A product line item's new quantity and gift wrapping.
    """

    quantity: float | None = None
    productId: float | None = None
    variantId: float | None = None
    giftWrapping: StorefrontGiftWrappingInput | None = Field(
        None, description="The wrapping to use; `null` removes the current wrapping."
    )


class StorefrontConsignmentCreateList(RootModel[list[StorefrontConsignmentCreate]]):
    """
    The consignments to create.
    """

    root: list[StorefrontConsignmentCreate] = Field(..., description="The consignments to create.")


class CartLineItems(BaseModel):
    """
    The cart's items, by kind.
    """

    physical_items: list[CartPhysicalItem]
    digital_items: list[CartDigitalItem]
    gift_certificates: list[CartGiftCertificateItem]
    custom_items: list[CartCustomItem] | None = None


class CartLineItemInput(BaseModel):
    """
    A catalog product to put in the cart. Name the variant with `variant_id`, or the options
    with `option_selections` (needed for modifiers such as a printed text).

    """

    quantity: float = Field(..., description="How many.")
    product_id: float = Field(..., description="The product.")
    variant_id: float | None = Field(None, description="The variant, when it fixes every option.")
    list_price: float | None = Field(None, description="A price to use instead of the catalog price.")
    name: str | None = Field(None, description="A name to use instead of the product's.")
    option_selections: list[CartOptionSelection] | None = None
    gift_wrapping: CartGiftWrappingInput | None = None


class CartLineItemsAddRequest(BaseModel):
    """
    Items to add; give at least one of `line_items`, `custom_items` or `gift_certificates`.
    """

    line_items: list[CartLineItemInput] | None = None
    gift_certificates: list[CartGiftCertificateInput] | None = None
    custom_items: list[CartCustomItemInput] | None = None
    version: int | None = Field(
        None,
        description="The cart's `version` as you read it; a changed cart answers 409.",
    )


class CartLineItemUpdateRequest(BaseModel):
    """
    The new state of one line item.
    """

    line_item: CartLineItemInput | None = None
    gift_certificates: list[CartGiftCertificateInput] | None = None
    custom_items: list[CartCustomItemInput] | None = None
    version: int | None = Field(
        None,
        description="The cart's `version` as you read it; a changed cart answers 409.",
    )


class MetafieldListMeta(BaseModel):
    """
    Where this page sits in the whole list.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    pagination: MetafieldPagination | None = None
    cursor_pagination: MetafieldCursorPagination | None = None


class PaymentMethodsResponse(BaseModel):
    """
    The payment methods that can pay for the order or checkout.
    """

    data: list[PaymentMethod] | None = None
    meta: Meta | None = None


class ProcessPaymentRequest(BaseModel):
    """
    The payment to make.
    """

    payment: PaymentRequest


class StorefrontCartCreateRequest(BaseModel):
    """
    A new cart for the session; give `lineItems`, `giftCertificates` or both.
    """

    lineItems: list[StorefrontCartLineItemInput] | None = None
    giftCertificates: list[StorefrontCartGiftCertificateInput] | None = None
    locale: str | None = Field(None, description="The shopper's locale, for example `en-GB`.")


class StorefrontCartItemsAddRequest(BaseModel):
    """
    Items to add; give `lineItems`, `giftCertificates` or both.
    """

    lineItems: list[StorefrontCartLineItemInput] | None = None
    giftCertificates: list[StorefrontCartGiftCertificateInput] | None = None
    version: int | None = Field(
        None,
        description="The cart's `version` as you read it; a changed cart answers 409.",
    )


class StorefrontCartItemUpdateRequest(BaseModel):
    """
    The new state of one item; send `lineItem` for a product or `giftCertificate` for a gift certificate.
    """

    lineItem: StorefrontCartLineItemInput | None = None
    giftCertificate: StorefrontCartGiftCertificateInput | None = None
    version: int | None = Field(
        None,
        description="The cart's `version` as you read it; a changed cart answers 409.",
    )


class StorefrontOrderLineItems(BaseModel):
    """
    The order's items, by kind.
    """

    physicalItems: list[StorefrontOrderItem] | None = None
    digitalItems: list[StorefrontOrderItem] | None = None
    giftCertificates: list[StorefrontOrderGiftCertificate] | None = None
    customItems: list[dict[str, Any]] | None = None


class StorefrontOrderConsignments(BaseModel):
    """
    Where the order's items go.
    """

    shipping: list[StorefrontOrderShippingConsignment] | None = None
    pickup: list[StorefrontOrderPickupConsignment] | None = None


class Cart(BaseModel):
    """
    The cart behind the checkout.
    """

    id: UUID | None = Field(None, description="The cart id (equal to the checkout id).")
    customer_id: int | None = Field(None, description="The customer who owns the cart; 0 for a guest.")
    email: str | None = Field(None, description="The shopper's email, when known.")
    currency: Currency | None = None
    tax_included: bool | None = Field(None, description="Whether the cart's prices include tax.")
    base_amount: float | None = Field(None, description="Sum of the items' list prices before any discount.")
    channel_id: float | None = Field(None, description="The sales channel the cart belongs to.")
    discount_amount: float | None = Field(
        None, description="Discounts on the cart that did not come from coupons."
    )
    cart_amount_inc_tax: float | None = Field(
        None, description="The cart total after discounts, tax included."
    )
    cart_amount_ex_tax: float | None = Field(
        None, description="The cart total after discounts, tax excluded."
    )
    coupons: list[AppliedCoupon] | None = None
    discounts: list[CartDiscount] | None = None
    line_items: LineItems | None = None
    created_time: str | None = Field(None, description="When the cart was created (ISO 8601).")
    updated_time: str | None = Field(None, description="When the cart last changed (ISO 8601).")


class StorefrontCart(BaseModel):
    """
    The cart behind the checkout.
    """

    baseAmount: float | None = Field(None, description="The items' prices before discounts.")
    cartAmount: float | None = Field(
        None,
        description="The items after cart-level discounts and coupons, tax included where it applies.",
    )
    createdTime: str | None = Field(None, description="When the cart was created (ISO 8601).")
    coupons: list[StorefrontCartCoupon] | None = None
    currency: StorefrontCurrency | None = None
    customerId: int | None = Field(None, description="The customer who owns the cart; 0 for a guest.")
    discountAmount: float | None = Field(
        None,
        description="Order-level discounts only; coupons and product discounts are not in it.",
    )
    discounts: list[StorefrontAppliedDiscount] | None = None
    email: str | None = Field(None, description="The shopper's email; the one of the billing address.")
    id: UUID | None = Field(None, description="The cart id.")
    isTaxIncluded: bool | None = Field(None, description="Whether the prices include tax.")
    lineItems: StorefrontLineItems | None = None
    locale: str | None = Field(None, description="The shopper's locale, for example `en`.")
    updatedTime: str | None = Field(None, description="When the cart last changed (ISO 8601).")
    version: int | None = Field(None, description="The cart's version.")


class StorefrontLineItemUpdate(BaseModel):
    """
    The new state of one line item; send `lineItem` for a product or `giftCertificate` for a gift certificate.
    """

    lineItem: StorefrontLineItemInput | None = None
    giftCertificate: StorefrontGiftCertificateInput | None = None


class CartFull(BaseModel):
    """
    A cart as the Carts API returns it; its id is also its checkout's id.
    """

    id: UUID = Field(..., description="The cart id, which is also the checkout id.")
    customer_id: int | None = Field(None, description="The customer who owns the cart; 0 for a guest.")
    channel_id: int | None = Field(None, description="The sales channel the cart belongs to.")
    email: str | None = Field(None, description="The shopper's email, once known.")
    currency: CartCurrency | None = None
    tax_included: bool | None = Field(None, description="Whether the prices include tax.")
    base_amount: float | None = Field(None, description="The items' list prices added up, before discounts.")
    discount_amount: float | None = Field(None, description="Discounts on the line items, coupons excluded.")
    manual_discount_amount: float | None = Field(
        None, description="Manual discounts put on the cart through the checkout API."
    )
    cart_amount: float | None = Field(None, description="The cart total after every discount.")
    coupons: list[CartAppliedCoupon] | None = None
    discounts: list[CartAppliedDiscount] | None = None
    line_items: CartLineItems
    created_time: str | None = Field(None, description="When the cart was created (ISO 8601).")
    updated_time: str | None = Field(None, description="When the cart last changed (ISO 8601).")
    locale: str | None = Field(None, description="The shopper's locale, for example `en-GB`.")
    promotions: CartPromotions | None = None
    version: int | None = Field(
        None,
        description="Changes with every update. Send it back with a change to have BigCommerce refuse the\nchange (409) if someone else changed the cart meanwhile.\n",
    )
    redirect_urls: CartRedirectUrls | None = None


class CartCreateRequest(BaseModel):
    """
    A new cart; give at least one of `line_items`, `custom_items` or `gift_certificates`.
    """

    customer_id: int | None = Field(
        None,
        description="The customer the cart is for; leave it out (or 0) for a guest.",
    )
    line_items: list[CartLineItemInput] | None = None
    custom_items: list[CartCustomItemInput] | None = None
    gift_certificates: list[CartGiftCertificateInput] | None = None
    channel_id: int | None = Field(
        None, description="The sales channel; the default storefront when left out."
    )
    currency: CartCurrencyInput | None = None
    locale: str | None = Field(None, description="The shopper's locale, for example `en-GB`.")


class CartMetafieldListResponse(BaseModel):
    """
    A page of metafields.
    """

    data: list[CartMetafield] | None = None
    meta: MetafieldListMeta | None = None


class StorefrontOrder(BaseModel):
    """
    An order as the storefront shows it to the shopper who placed it.
    """

    orderId: int = Field(..., description="The order's id.")
    cartId: str | None = Field(None, description="The id of the cart the order was made from.")
    currency: StorefrontCurrency | None = None
    isTaxIncluded: bool | None = Field(None, description="Whether the prices include tax.")
    baseAmount: float | None = Field(None, description="The items' prices before discounts.")
    discountAmount: float | None = Field(None, description="Discounts on the order.")
    giftWrappingCostTotal: float | None = Field(None, description="Gift wrapping across the order.")
    orderAmount: float | None = Field(None, description="What the shopper pays, everything included.")
    orderAmountAsInteger: float | None = Field(
        None, description="The same in the currency's smallest unit (cents)."
    )
    shippingCostTotal: float | None = Field(None, description="Shipping across all consignments.")
    shippingCostBeforeDiscount: float | None = Field(None, description="Shipping before shipping discounts.")
    comparisonShippingCost: float | None = Field(
        None, description="A reference shipping cost shown to the shopper, when set."
    )
    handlingCostTotal: float | None = Field(None, description="Handling across all consignments.")
    coupons: list[StorefrontOrderCoupon] | None = None
    lineItems: StorefrontOrderLineItems | None = None
    customerId: int | None = Field(None, description="The customer who placed it; 0 for a guest.")
    billingAddress: StorefrontOrderAddress | None = None
    status: str | None = Field(
        None,
        description="The order's status, for example `INCOMPLETE` before payment and `AWAITING_FULFILLMENT`\nafter. BigCommerce lists: `INCOMPLETE`, `PENDING`, `SHIPPED`, `PARTIALLY_SHIPPED`,\n`REFUNDED`, `CANCELLED`, `DECLINED`, `AWAITING_PAYMENT`, `AWAITING_PICKUP`,\n`AWAITING_SHIPMENT`, `COMPLETED`, `AWAITING_FULFILLMENT`,\n`MANUAL_VERIFICATION_REQUIRED`, `DISPUTED`, `PARTIALLY_REFUNDED`.\n",
    )
    hasDigitalItems: bool | None = Field(None, description="Whether the order has downloads.")
    isDownloadable: bool | None = Field(None, description="Whether its downloads are available now.")
    isComplete: bool | None = Field(
        None,
        description="Whether the order went through (paid or awaiting an offline payment).",
    )
    customerMessage: str | None = Field(None, description="The shopper's note to the merchant.")
    customerCanBeCreated: bool | None = Field(
        None, description="Whether a guest may create an account from this order."
    )
    taxes: list[StorefrontOrderTax] | None = None
    taxTotal: float | None = Field(None, description="All taxes on the order.")
    totalDiscount: float | None = Field(None, description="Every discount on the order added up.")
    displayDiscountTotal: float | None = Field(
        None, description="The discount total as the confirmation page shows it."
    )
    orderBasedAutoDiscountTotal: float | None = Field(None, description="Automatic order-level promotions.")
    manualDiscountTotal: float | None = Field(None, description="Manual discounts.")
    productAutoDiscountedSubtotal: float | None = Field(
        None, description="The items after automatic product promotions."
    )
    productBasedAutoDiscountTotal: float | None = Field(None, description="Automatic product promotions.")
    channelId: float | None = Field(None, description="The sales channel the order was placed in.")
    fees: list[dict[str, Any]] | None = Field(None, description="Fees charged on the order.")
    consignments: StorefrontOrderConsignments | None = None
    payments: list[StorefrontOrderPayment] | None = Field(
        None,
        description="The payments made towards the order; present when `include` asks for them.",
    )


class ApiStorefrontCartsGetResponse(RootModel[list[StorefrontCart]]):
    root: list[StorefrontCart]


class ApiStorefrontCartsCartIdCurrencyPostResponse(RootModel[list[StorefrontCart]]):
    root: list[StorefrontCart]


class Checkout(BaseModel):
    """
    A checkout and everything BigCommerce computed for it.
    """

    id: UUID | None = Field(None, description="The checkout id; equal to the cart id.")
    cart: Cart | None = None
    billing_address: BillingAddress | None = None
    consignments: list[Consignment] | None = None
    taxes: list[Tax] | None = None
    coupons: list[AppliedCoupon] | None = None
    fees: list[CheckoutFee] | None = None
    order_id: str | None = Field(
        None,
        description="The id of the order made from this checkout, once there is one.",
    )
    shipping_cost_total_inc_tax: float | None = Field(
        None, description="Shipping across all consignments, tax included."
    )
    shipping_cost_total_ex_tax: float | None = Field(
        None, description="Shipping across all consignments, tax excluded."
    )
    handling_cost_total_inc_tax: float | None = Field(
        None, description="Handling across all consignments, tax included."
    )
    handling_cost_total_ex_tax: float | None = Field(
        None, description="Handling across all consignments, tax excluded."
    )
    tax_total: float | None = Field(None, description="All taxes on the checkout.")
    subtotal_inc_tax: float | None = Field(
        None,
        description="Items after discounts, tax included, before shipping and handling.",
    )
    subtotal_ex_tax: float | None = Field(
        None,
        description="Items after discounts, tax excluded, before shipping and handling.",
    )
    grand_total: float | None = Field(None, description="What the shopper pays, everything included.")
    created_time: str | None = Field(None, description="When the checkout was created (ISO 8601).")
    updated_time: str | None = Field(None, description="When the checkout last changed (ISO 8601).")
    customer_message: str | None = Field(None, description="The shopper's note for the merchant.")
    promotions: list[Promotion] | None = None
    version: int | None = Field(
        None,
        description="Changes with every update. Send it back in a write to have BigCommerce refuse the write\n(409) if someone else changed the checkout meanwhile.\n",
    )


class StorefrontCheckout(BaseModel):
    """
    The shopper's checkout as the storefront API returns it (not wrapped in `data`, fields in camelCase).
    """

    id: UUID | None = Field(None, description="The checkout id; equal to the cart id.")
    billingAddress: StorefrontBillingAddress | None = None
    cart: StorefrontCart | None = None
    channelId: int | None = Field(None, description="The sales channel the checkout belongs to.")
    consignments: list[StorefrontConsignment] | None = None
    coupons: list[StorefrontCheckoutCoupon] | None = Field(
        None, description="Coupons applied to the checkout."
    )
    fees: list[StorefrontCheckoutFee] | None = Field(None, description="Fees added to the checkout.")
    createdTime: str | None = Field(None, description="When the cart was created (ISO 8601).")
    customer: StorefrontCustomer | None = None
    customerMessage: str | None = Field(None, description="The shopper's note for the merchant.")
    giftCertificates: list[StorefrontAppliedGiftCertificate] | None = Field(
        None, description="Gift certificates used to pay."
    )
    giftWrappingCostTotal: float | None = Field(None, description="Gift wrapping across all items.")
    grandTotal: float | None = Field(
        None,
        description="What the checkout costs, before store credit and gift certificates are taken off.",
    )
    handlingCostTotal: float | None = Field(None, description="Handling across all consignments.")
    isStoreCreditApplied: bool | None = Field(
        None, description="Whether the customer's store credit is being used."
    )
    orderId: str | None = Field(
        None,
        description="The id of the order made from this checkout, once there is one.",
    )
    outstandingBalance: float | None = Field(None, description="What remains to pay after store credit.")
    payments: list[StorefrontPayment] | None = Field(
        None, description="Present when the request asked for `include=payments`."
    )
    promotions: list[StorefrontPromotion] | None = Field(
        None, description="Present when the request asked for `include=promotions`."
    )
    shippingCostBeforeDiscount: float | None = Field(
        None, description="Shipping across all consignments before discounts."
    )
    comparisonShippingCost: float | None = Field(
        None, description="Shipping across all consignments after automatic promotions."
    )
    shippingCostTotal: float | None = Field(None, description="Shipping across all consignments.")
    shouldExecuteSpamCheck: bool | None = Field(
        None,
        description="Whether the shopper must pass spam protection before the order can be placed.",
    )
    subtotal: float | None = Field(
        None,
        description="The items before item-level discounts; tax included or not as the store is set up.",
    )
    taxes: list[Tax] | None = None
    taxTotal: float | None = Field(None, description="All taxes on the checkout.")
    updatedTime: str | None = Field(None, description="When the cart last changed (ISO 8601).")
    version: int | None = Field(
        None,
        description="Changes with every update. Send it back in a write to have BigCommerce refuse the write\n(409) if the checkout changed meanwhile.\n",
    )


class CartResponse(BaseModel):
    """
    The envelope of every server-to-server call that answers with a cart.
    """

    data: CartFull | None = None
    meta: Meta | None = None


class CheckoutResponse(BaseModel):
    """
    The envelope of every call that answers with the checkout.
    """

    data: Checkout | None = None
    meta: Meta | None = None
