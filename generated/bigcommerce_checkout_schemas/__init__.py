"""Pydantic models generated from the curated spec by datamodel-code-generator. Do not edit."""

from __future__ import annotations

from enum import StrEnum
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

    id: int = Field(..., description="The new order's id; look it up with the Orders API.")


class Currency(BaseModel):
    """
    The cart's transaction currency.
    """

    code: str = Field(..., description="ISO 4217 code, for example `EUR`.")


class CartDiscount(BaseModel):
    """
    A discount applied to the whole cart.
    """

    id: str | int = Field(
        ...,
        description="Which discount this is (a line item id, a promotion id, or `coupon`).",
    )
    discounted_amount: float = Field(..., description="How much it took off.")


class LineItemDiscount(BaseModel):
    """
    A discount applied to one line item.
    """

    id: str | int | None = Field(
        None,
        description="Which discount this is; a promotion id (number) or a label such as `coupon`.",
    )
    discounted_amount: float = Field(..., description="How much it took off this item.")


class DigitalItem(BaseModel):
    """
    A downloadable product in the cart; it needs no consignment.
    """

    id: str = Field(..., description="The line item id, used in consignments and line-item calls.")
    parent_id: float | None = Field(None, description="The line item this one belongs to, for bundled items.")
    variant_id: float = Field(..., description="The product variant.")
    product_id: float = Field(..., description="The product.")
    sku: str | None = Field(None, description="The variant's SKU.")
    name: str = Field(..., description="The product name.")
    url: str = Field(..., description="The product page.")
    quantity: float = Field(..., description="How many.")
    is_taxable: bool = Field(..., description="Whether tax applies.")
    image_url: str = Field(..., description="The product image.")
    discounts: list[LineItemDiscount]
    discount_amount: float = Field(..., description="Non-coupon discounts on the item.")
    coupon_amount: float = Field(..., description="Coupon discounts on the item.")
    original_price: float | None = Field(None, description="The price before any price list or sale.")
    list_price: float = Field(..., description="The unit price before discounts.")
    sale_price: float = Field(..., description="The unit price after item-level discounts.")
    extended_list_price: float = Field(..., description="List price times quantity.")
    extended_sale_price: float = Field(..., description="Sale price times quantity.")
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

    id: str = Field(..., description="The line item id.")
    sku: str = Field(..., description="Its SKU.")
    name: str = Field(..., description="Its name.")
    image_url: str | None = Field(None, description="Its image.")
    quantity: float = Field(..., description="How many.")
    list_price: float = Field(..., description="The unit price.")
    extended_list_price: float = Field(..., description="Unit price times quantity.")


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


class ConsignmentShippingAddress(BaseModel):
    """
    Kept for compatibility; read `address` instead.
    """

    model_config = ConfigDict(
        extra="allow",
    )


class ShippingOption(BaseModel):
    """
    A way to ship a consignment, with its price.
    """

    id: str = Field(..., description="Pass it as `shipping_option_id` to select this option.")
    type: str = Field(..., description="The carrier or method kind, for example `shipping_flatrate`.")
    description: str = Field(..., description="The name shown to the shopper.")
    image_url: str
    cost: float
    transit_time: str = Field(..., description="Delivery estimate as the carrier words it.")
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

    id: int


class Tax(BaseModel):
    """
    One tax line.
    """

    name: str
    amount: float


class AppliedCoupon(BaseModel):
    """
    A coupon on the checkout.
    """

    id: int | str = Field(
        ...,
        description="The coupon's id; a number here, a string in the storefront API.",
    )
    code: str = Field(..., description="The code the shopper entered.")
    coupon_type: str = Field(
        ...,
        description="What kind of discount it gives, for example `percentage_discount`.",
    )
    display_name: str = Field(..., description="The name shown to the shopper.")
    discounted_amount: float = Field(..., description="How much it took off.")


class CheckoutFeeType(StrEnum):
    """
    The kind of fee; `custom_fee` is the only one today.
    """

    custom_fee = "custom_fee"


class Banner(BaseModel):
    """
    A promotion banner to show the shopper.
    """

    id: str | None = None
    type: str
    page: list[str] | None = None
    text: str


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


class Type(StrEnum):
    """
    The kind of fee; only `custom_fee` exists.
    """

    custom_fee = "custom_fee"


class FeeInput(BaseModel):
    """
    A fee to add to the checkout.
    """

    type: Type = Field(..., description="The kind of fee; only `custom_fee` exists.")
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

    data: CheckoutSettings
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

    data: ChannelCheckoutSettings
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

    code: str = Field(..., description="ISO 4217 code, for example `EUR`.")
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

    id: str | int = Field(
        ...,
        description="The coupon's id; BigCommerce's own checkout receives it as a string (`\"7\"`).",
    )
    code: str = Field(..., description="The code the shopper entered.")
    displayName: str = Field(..., description="The name shown to the shopper.")
    couponType: CouponType = Field(..., description="What kind of discount it gives.")
    discountedAmount: float = Field(..., description="How much it took off.")


class StorefrontCheckoutCoupon(BaseModel):
    """
    A coupon on the checkout.
    """

    id: str | int = Field(
        ...,
        description="The coupon's id; BigCommerce's own checkout receives it as a string (`\"7\"`).",
    )
    code: str = Field(..., description="The code the shopper entered.")
    displayName: str = Field(..., description="The name shown to the shopper.")
    couponType: str | int = Field(
        ...,
        description="What kind of discount it gives, as a name (`percentage_discount`, as BigCommerce's own\ncheckout receives it) or, as the published files describe it, a number: 0 per item,\n1 percentage, 2 per total, 3 shipping, 4 free shipping, 5 promotion.\n",
    )
    discountedAmount: float = Field(..., description="How much it took off.")


class StorefrontAppliedDiscount(BaseModel):
    """
    A discount applied to the cart or to one item.
    """

    id: str | int | None = Field(
        None,
        description="Which discount this is. In the cart's list it is the id (a UUID) of the line item the\ndiscount applies to; on an item, the discount rule's id.\n",
    )
    discountedAmount: float = Field(..., description="How much it took off.")


class StorefrontCustomItem(BaseModel):
    """
    An item added through the API that is not a catalog product.
    """

    id: str | None = Field(None, description="The line item id.")
    listPrice: float | str | None = Field(
        None,
        description="The unit price before discounts; a number (the published files say a string).",
    )
    extendedListPrice: float | None = Field(None, description="The unit price times the quantity.")
    name: str | None = None
    quantity: float | str | None = Field(
        None, description="How many; a number (the published files say a string)."
    )
    sku: str | None = None


class StorefrontGiftCertificateItem(BaseModel):
    """
    A gift certificate being bought.
    """

    amount: float = Field(..., description="Its value, from 1 to 1000.")
    id: str = Field(..., description="The line item id.")
    message: str = Field(..., description="The message to the recipient, at most 200 characters.")
    name: str = Field(..., description="Its name, for example `$20 Gift Certificate`.")
    recipient: Contact
    sender: Contact
    taxable: bool
    theme: str = Field(..., description="The design, for example `Birthday` or `General`.")
    type: str | None = Field(None, description="The item kind, `giftCertificate`.")


class StorefrontLineItemOption(BaseModel):
    """
    An option chosen for a product, such as its colour.
    """

    name: str | None = Field(None, description="The option's name.")
    nameId: int | None = Field(None, description="The option's id.")
    value: str | None = Field(None, description="The chosen value.")
    valueId: int | str | None = Field(
        None,
        description="The chosen value's id, a number (the published files say a string).",
    )


class StorefrontGiftWrapping(BaseModel):
    """
    Gift wrapping chosen for an item.
    """

    name: str | None = Field(None, description="The wrapping's name.")
    message: str | None = Field(None, description="The message to print with it.")
    amount: float | None = Field(None, description="Its price.")


class StorefrontConsignmentShippingAddress(BaseModel):
    """
    The consignment's address under its older name; BigCommerce's own checkout still reads it
    (with `shouldSaveAddress`). Prefer `address`.

    """

    model_config = ConfigDict(
        extra="allow",
    )


class StorefrontConsignmentDiscount(BaseModel):
    """
    A cart-level discount's effect on a consignment.
    """

    id: str | None = Field(None, description="The discount rule that applied it.")


class StorefrontShippingOption(BaseModel):
    """
    A way to ship a consignment, with its price.
    """

    cost: float
    description: str = Field(..., description="The name shown to the shopper.")
    id: str = Field(..., description="Pass it as `shippingOptionId` to select this option.")
    imageUrl: str
    transitTime: str = Field(..., description="Delivery estimate as the carrier words it.")
    type: str = Field(..., description="The carrier or method kind, for example `shipping_flatrate`.")


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


class StorefrontCheckoutFeeType(StrEnum):
    """
    The kind of fee; `custom_fee` is the only one today.
    """

    custom_fee = "custom_fee"


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


class StorefrontPaymentProviderType(StrEnum):
    """
    How the provider takes payment.
    """

    PAYMENT_TYPE_HOSTED = "PAYMENT_TYPE_HOSTED"


class StorefrontPaymentDetail(BaseModel):
    """
    Where the payment stands, as an object (the published files describe a list of steps;
    BigCommerce's own checkout reads an object with `step`). Other keys are kept.

    """

    model_config = ConfigDict(
        extra="allow",
    )
    step: str | None = Field(
        None,
        description="The payment step reached, for example `ACKNOWLEDGE`, `INITIALIZE` or `FINALIZE`.",
    )


class Type1(StrEnum):
    promotion = "promotion"
    upsell = "upsell"
    eligible = "eligible"
    applied = "applied"


class StorefrontPromotionBanner(BaseModel):
    """
    A promotion message to show the shopper.
    """

    type: Type1
    text: str = Field(..., description="The text to show.")


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

    data: OrderRef
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

    id: str = Field(..., description="The line item id.")
    name: str = Field(..., description="Its name.")
    theme: str = Field(..., description="The design it is sent with.")
    amount: float = Field(..., description="Its value.")
    taxable: bool = Field(..., description="Whether tax applies.")
    sender: Contact
    recipient: Contact
    message: str = Field(..., description="The message to the recipient.")


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

    id: str = Field(..., description="The consignment id.")
    shippingAddress: ConsignmentShippingAddress | None = None
    address: ConsignmentAddress | None = None
    available_shipping_options: list[ShippingOption] | None = Field(
        None,
        description="Present when the request asked for `include=consignments.available_shipping_options`.",
    )
    selected_shipping_option: ShippingOption | None = None
    coupon_discounts: list[ConsignmentCouponDiscount] | None = None
    discounts: list[ConsignmentDiscount]
    shipping_cost_inc_tax: float
    shipping_cost_ex_tax: float
    handling_cost_inc_tax: float
    handling_cost_ex_tax: float
    line_item_ids: list[str]
    selected_pickup_option: PickupOption | None = None


class CheckoutFee(BaseModel):
    """
    A fee added to the checkout through the API.
    """

    id: UUID | None = None
    type: CheckoutFeeType | None = None
    name: str | None = Field(None, description="Your internal name for the fee.")
    display_name: str | None = Field(None, description="The name the shopper sees.")
    cost_inc_tax: float | None = None
    cost_ex_tax: float | None = None
    source: str | None = Field(None, description="Who added it.")
    tax_class_id: int | None = None


class Promotion(BaseModel):
    """
    A promotion that applies, or nearly applies, to the checkout.
    """

    banners: list[Banner]


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

    id: str = Field(..., description="Its id; pass it to the update call.")
    shouldSaveAddress: bool | None = Field(
        None, description="Whether the address goes into the customer's address book."
    )


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

    addedByPromotion: bool = Field(..., description="Whether a promotion put this item in the cart.")
    brand: str | None = Field(None, description="The product's brand name.")
    categoryNames: list[str] | None = Field(
        None,
        description="Present when the request asked for the items' category names.",
    )
    comparisonPrice: float = Field(..., description="A reference price shown to the shopper, when set.")
    couponAmount: float = Field(..., description="Coupon discounts on the item.")
    discounts: list[StorefrontAppliedDiscount]
    discountAmount: float = Field(..., description="Non-coupon discounts on the item.")
    extendedComparisonPrice: float = Field(..., description="Comparison price times quantity.")
    extendedListPrice: float = Field(..., description="List price times quantity.")
    extendedSalePrice: float = Field(..., description="Sale price times quantity.")
    giftWrapping: StorefrontGiftWrapping | None = Field(
        None,
        description="The gift wrapping chosen for a physical item; `null` when it is not wrapped.",
    )
    id: str = Field(..., description="The line item id, used in consignments and line-item calls.")
    imageUrl: str = Field(..., description="The product image.")
    isMutable: bool | None = Field(None, description="Whether the shopper may change the quantity.")
    isShippingRequired: bool | None = Field(None, description="Whether the item must ship to an address.")
    isTaxable: bool = Field(..., description="Whether tax applies.")
    listPrice: float = Field(..., description="The unit price before discounts and coupons.")
    name: str = Field(..., description="The product name.")
    options: list[StorefrontLineItemOption] | None = Field(
        None, description="Present when the request asked for the items' options."
    )
    originalPrice: float | None = Field(None, description="The product's default price.")
    parentId: str | None = Field(
        None,
        description="The line item this one belongs to, for bundled items; `null` otherwise.",
    )
    productId: int = Field(..., description="The product.")
    sku: str | None = Field(None, description="The variant's SKU.")
    quantity: float = Field(..., description="How many.")
    salePrice: float = Field(..., description="The unit price after all discounts, before tax.")
    type: str | None = Field(None, description="The item kind, `physical` or `digital`.")
    url: str = Field(..., description="The product page.")
    variantId: int = Field(..., description="The product variant.")


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
    discounts: list[StorefrontConsignmentDiscount] = Field(
        ..., description="What cart-level discounts took off this consignment."
    )
    handlingCost: float = Field(..., description="Handling for this consignment.")
    id: str = Field(..., description="The consignment id.")
    selectedPickupOption: StorefrontPickupOption | None = None
    selectedShippingOption: StorefrontSelectedShippingOption | None = None
    shippingAddress: StorefrontConsignmentShippingAddress | None = Field(None, deprecated=True)
    shippingCost: float = Field(..., description="Shipping for this consignment.")
    shippingCostBeforeDiscount: float | None = Field(
        None, description="Shipping for this consignment before discounts."
    )
    comparisonShippingCost: float | None = Field(
        None, description="Shipping for this consignment after automatic promotions."
    )
    lineItemIds: list[str]


class StorefrontCheckoutFee(BaseModel):
    """
    A fee added to the checkout.
    """

    id: UUID | None = None
    type: StorefrontCheckoutFeeType | None = None
    name: str | None = Field(None, description="The merchant's internal name for the fee.")
    displayName: str | None = Field(None, description="The name the shopper sees.")
    cost: float | None = Field(None, description="Its amount, with or without tax as shipping is shown.")
    source: str | None = Field(None, description="Who added it.")
    taxClassId: int | None = Field(None, description="The tax class applied to it.")


class StorefrontCustomer(BaseModel):
    """
    The shopper. Present when the request asked for `include=customer`.
    """

    addresses: list[StorefrontCustomerAddress] = Field(..., description="The customer's address book.")
    customerGroup: StorefrontCustomerGroup | None = None
    email: str
    firstName: str
    fullName: str
    id: int = Field(..., description="The customer id; 0 for a guest.")
    isGuest: bool = Field(..., description="Whether the shopper is not signed in.")
    lastName: str
    shouldEncourageSignIn: bool = Field(..., description="Whether the checkout should suggest signing in.")
    storeCredit: float = Field(..., description="The store credit the customer can use.")


class StorefrontPayment(BaseModel):
    """
    A payment method the checkout is set up with.
    """

    providerId: str | None = Field(None, description="The payment provider.")
    gatewayId: str | None = Field(None, description="The gateway, when the provider has several.")
    providerType: StorefrontPaymentProviderType | None = Field(
        None, description="How the provider takes payment."
    )
    detail: StorefrontPaymentDetail | None = None


class StorefrontPromotion(BaseModel):
    """
    A promotion that applies, or nearly applies, to the checkout.
    """

    banners: list[StorefrontPromotionBanner]


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
    giftCertificates: list[StorefrontGiftCertificateItem]
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


class Cart(BaseModel):
    """
    The cart behind the checkout.
    """

    id: UUID = Field(..., description="The cart id (equal to the checkout id).")
    customer_id: int = Field(..., description="The customer who owns the cart; 0 for a guest.")
    email: str = Field(..., description="The shopper's email, when known.")
    currency: Currency
    tax_included: bool | None = Field(None, description="Whether the cart's prices include tax.")
    base_amount: float = Field(..., description="Sum of the items' list prices before any discount.")
    channel_id: float | None = Field(None, description="The sales channel the cart belongs to.")
    discount_amount: float = Field(..., description="Discounts on the cart that did not come from coupons.")
    cart_amount_inc_tax: float = Field(..., description="The cart total after discounts, tax included.")
    cart_amount_ex_tax: float = Field(..., description="The cart total after discounts, tax excluded.")
    coupons: list[AppliedCoupon]
    discounts: list[CartDiscount]
    line_items: LineItems
    created_time: str = Field(..., description="When the cart was created (ISO 8601).")
    updated_time: str = Field(..., description="When the cart last changed (ISO 8601).")


class StorefrontCart(BaseModel):
    """
    The cart behind the checkout.
    """

    baseAmount: float = Field(..., description="The items' prices before discounts.")
    cartAmount: float = Field(
        ...,
        description="The items after cart-level discounts and coupons, tax included where it applies.",
    )
    createdTime: str = Field(..., description="When the cart was created (ISO 8601).")
    coupons: list[StorefrontCartCoupon]
    currency: StorefrontCurrency
    customerId: int = Field(..., description="The customer who owns the cart; 0 for a guest.")
    discountAmount: float = Field(
        ...,
        description="Order-level discounts only; coupons and product discounts are not in it.",
    )
    discounts: list[StorefrontAppliedDiscount]
    email: str = Field(..., description="The shopper's email; the one of the billing address.")
    id: UUID = Field(..., description="The cart id.")
    isTaxIncluded: bool = Field(..., description="Whether the prices include tax.")
    lineItems: StorefrontLineItems
    locale: str = Field(..., description="The shopper's locale, for example `en`.")
    updatedTime: str = Field(..., description="When the cart last changed (ISO 8601).")
    version: int | None = Field(None, description="The cart's version.")


class StorefrontLineItemUpdate(BaseModel):
    """
    The new state of one line item; send `lineItem` for a product or `giftCertificate` for a gift certificate.
    """

    lineItem: StorefrontLineItemInput | None = None
    giftCertificate: StorefrontGiftCertificateInput | None = None


class Checkout(BaseModel):
    """
    A checkout and everything BigCommerce computed for it.
    """

    id: UUID = Field(..., description="The checkout id; equal to the cart id.")
    cart: Cart
    billing_address: BillingAddress | None = None
    consignments: list[Consignment]
    taxes: list[Tax]
    coupons: list[AppliedCoupon]
    fees: list[CheckoutFee] | None = None
    order_id: int | str | None = Field(
        None,
        description="The id of the order made from this checkout, once there is one. The published files\ncall it a string; the storefront API sends the same id as a number, so both are kept as\nsent.\n",
    )
    shipping_cost_total_inc_tax: float = Field(
        ..., description="Shipping across all consignments, tax included."
    )
    shipping_cost_total_ex_tax: float = Field(
        ..., description="Shipping across all consignments, tax excluded."
    )
    handling_cost_total_inc_tax: float = Field(
        ..., description="Handling across all consignments, tax included."
    )
    handling_cost_total_ex_tax: float = Field(
        ..., description="Handling across all consignments, tax excluded."
    )
    tax_total: float = Field(..., description="All taxes on the checkout.")
    subtotal_inc_tax: float = Field(
        ...,
        description="Items after discounts, tax included, before shipping and handling.",
    )
    subtotal_ex_tax: float = Field(
        ...,
        description="Items after discounts, tax excluded, before shipping and handling.",
    )
    grand_total: float = Field(..., description="What the shopper pays, everything included.")
    created_time: str = Field(..., description="When the checkout was created (ISO 8601).")
    updated_time: str = Field(..., description="When the checkout last changed (ISO 8601).")
    customer_message: str = Field(..., description="The shopper's note for the merchant.")
    promotions: list[Promotion] | None = None
    version: int | None = Field(
        None,
        description="Changes with every update. Send it back in a write to have BigCommerce refuse the write\n(409) if someone else changed the checkout meanwhile.\n",
    )


class StorefrontCheckout(BaseModel):
    """
    The shopper's checkout as the storefront API returns it (not wrapped in `data`, fields in camelCase).
    """

    id: UUID = Field(..., description="The checkout id; equal to the cart id.")
    billingAddress: StorefrontBillingAddress | None = None
    cart: StorefrontCart
    channelId: int | None = Field(None, description="The sales channel the checkout belongs to.")
    consignments: list[StorefrontConsignment]
    coupons: list[StorefrontCheckoutCoupon] = Field(..., description="Coupons applied to the checkout.")
    fees: list[StorefrontCheckoutFee] | None = Field(None, description="Fees added to the checkout.")
    createdTime: str = Field(..., description="When the cart was created (ISO 8601).")
    customer: StorefrontCustomer | None = None
    customerMessage: str = Field(..., description="The shopper's note for the merchant.")
    giftCertificates: list[StorefrontAppliedGiftCertificate] = Field(
        ..., description="Gift certificates used to pay."
    )
    giftWrappingCostTotal: float = Field(..., description="Gift wrapping across all items.")
    grandTotal: float = Field(
        ...,
        description="What the checkout costs, before store credit and gift certificates are taken off.",
    )
    handlingCostTotal: float = Field(..., description="Handling across all consignments.")
    isStoreCreditApplied: bool = Field(..., description="Whether the customer's store credit is being used.")
    orderId: int | str | None = Field(
        None,
        description='The id of the order made from this checkout, once there is one: a number (BigCommerce\'s\nown checkout sends `127`, not `"127"`), kept as sent should a string arrive.\n',
    )
    outstandingBalance: float = Field(..., description="What remains to pay after store credit.")
    payments: list[StorefrontPayment] | None = Field(
        None, description="Present when the request asked for `include=payments`."
    )
    promotions: list[StorefrontPromotion] | None = Field(
        None,
        description="Present when the request asked for `include=promotions`: each entry holds the banners to\nshow the shopper.\n",
    )
    shippingCostBeforeDiscount: float = Field(
        ..., description="Shipping across all consignments before discounts."
    )
    comparisonShippingCost: float | None = Field(
        None, description="Shipping across all consignments after automatic promotions."
    )
    shippingCostTotal: float = Field(..., description="Shipping across all consignments.")
    shouldExecuteSpamCheck: bool = Field(
        ...,
        description="Whether the shopper must pass spam protection before the order can be placed.",
    )
    subtotal: float = Field(
        ...,
        description="The items before item-level discounts; tax included or not as the store is set up.",
    )
    taxes: list[Tax]
    taxTotal: float = Field(..., description="All taxes on the checkout.")
    updatedTime: str = Field(..., description="When the cart last changed (ISO 8601).")
    version: int | None = Field(
        None,
        description="Changes with every update. Send it back in a write to have BigCommerce refuse the write\n(409) if the checkout changed meanwhile.\n",
    )


class CheckoutResponse(BaseModel):
    """
    The envelope of every call that answers with the checkout.
    """

    data: Checkout
    meta: Meta | None = None
