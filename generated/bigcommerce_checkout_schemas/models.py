"""msgspec models generated from openapi/bigcommerce-checkout.yaml by datamodel-code-generator. Do not edit."""

from __future__ import annotations

from typing import Annotated, Any, Literal, TypeAlias

from msgspec import Meta, field

from bigcommerce_checkout_schemas._base import Model

MetaModel: TypeAlias = dict[str, Any]


"""
Response metadata. BigCommerce sends an empty object today.
"""


ErrorFieldMap: TypeAlias = dict[str, Any]


"""
Messages keyed by the name of the field they concern.
"""


class ErrorDetail(Model):
    """
    One error in a list of errors.
    """

    status: int | None = None
    title: str | None = None
    type: str | None = None
    detail: str | None = None


class OrderRef(Model):
    """
    The order just created.
    """

    id: int
    """
    The new order's id; look it up with the Orders API.
    """


class Currency(Model):
    """
    The cart's transaction currency.
    """

    code: str
    """
    ISO 4217 code, for example `EUR`.
    """


class CartDiscount(Model):
    """
    A discount applied to the whole cart.
    """

    id: str | int
    """
    Which discount this is (a line item id, a promotion id, or `coupon`).
    """
    discounted_amount: float
    """
    How much it took off.
    """


class LineItemDiscount(Model):
    """
    A discount applied to one line item.
    """

    discounted_amount: float
    """
    How much it took off this item.
    """
    id: str | int | None | None = None
    """
    Which discount this is; a promotion id (number) or a label such as `coupon`.
    """


class GiftWrapping(Model):
    """
    Gift wrapping chosen for a physical item.
    """

    name: str | None = None
    """
    The wrapping's name.
    """
    message: str | None = None
    """
    The message to print with it.
    """
    amount: float | None = None
    """
    Its price.
    """
    amount_as_integer: float | None = None
    """
    Its price in the currency's smallest unit.
    """


class Contact(Model):
    """
    A person's name and email.
    """

    name: str | None = None
    email: str | None = None


class CustomItem(Model):
    """
    An item added through the API that is not a catalog product.
    """

    id: str
    """
    The line item id.
    """
    sku: str
    """
    Its SKU.
    """
    name: str
    """
    Its name.
    """
    quantity: float
    """
    How many.
    """
    list_price: float
    """
    The unit price.
    """
    extended_list_price: float
    """
    Unit price times quantity.
    """
    image_url: str | None = None
    """
    Its image.
    """


class CustomField(Model):
    """
    A value for a custom address field defined in the store's form settings.
    """

    field_id: str | None = None
    """
    The form field's id.
    """
    field_value: str | int | list[str] | None | None = None
    """
    The value: text, a pick list option's number (answered as a string) or the ticked checkboxes' values.
    """


class CustomFieldInput(Model):
    """
    A value for a custom address field, as sent when creating a consignment.
    """

    field_id: str
    """
    The form field's id.
    """
    field_value: str | int | list[str] | None | None = None
    """
    The value: text, a pick list option's number (answered as a string) or the ticked checkboxes' values.
    """


Version: TypeAlias = int


"""
The checkout version you last read. BigCommerce answers 409 instead of applying the change
when the checkout has moved on since.

"""


class VersionOnly(Model):
    """
    An optional optimistic-concurrency guard.
    """

    version: Version | None = None


class ConsignmentAddressRequest(Model):
    """
    The address a consignment ships to.
    """

    email: str
    state_or_province: str
    country_code: str
    postal_code: str
    first_name: str | None = None
    last_name: str | None = None
    company: str | None = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    state_or_province_code: str | None = None
    phone: str | None = None
    custom_fields: list[CustomFieldInput] | None = None


class ConsignmentUpdateAddress(Model):
    """
    A new address for an existing consignment.
    """

    email: str
    country_code: str
    first_name: str | None = None
    last_name: str | None = None
    company: str | None = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    state_or_province: str | None = None
    state_or_province_code: str | None = None
    postal_code: str | None = None
    phone: str | None = None
    custom_fields: list[CustomField] | None = None


class ConsignmentLineItem(Model):
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


class PickupOption(Model):
    """
    Makes the consignment a pickup instead of a shipment; it then takes no shipping option.
    """

    pickup_method_id: int | None = None
    """
    The store's pickup method.
    """


class CustomShipping(Model):
    """
    A shipping price and label you set yourself instead of choosing a quote.
    """

    price: float | None = None
    description: str | None = None


class ConsignmentUpdate(Model):
    """
    What to change on a consignment. Send `address` and/or `line_items`, or
    `shipping_option_id` alone.

    """

    address: ConsignmentUpdateAddress | None = None
    line_items: list[ConsignmentLineItem] | None = None
    shipping_option_id: str | None = None
    """
    One of the consignment's `available_shipping_options[].id`.
    """
    pickup_option: PickupOption | None = None
    custom_shipping: CustomShipping | None = None
    version: Version | None = None


class CouponRequest(Model):
    """
    A coupon code to apply.
    """

    coupon_code: Annotated[str, Meta(max_length=50)] | None = None
    """
    The code, at most 50 characters.
    """
    version: Version | None = None


ConsignmentShippingAddress: TypeAlias = dict[str, Any]


"""
Kept for compatibility; read `address` instead.
"""


class ShippingOption(Model):
    """
    A way to ship a consignment, with its price.
    """

    id: str
    """
    Pass it as `shipping_option_id` to select this option.
    """
    type: str
    """
    The carrier or method kind, for example `shipping_flatrate`.
    """
    description: str
    """
    The name shown to the shopper.
    """
    image_url: str
    cost: float
    transit_time: str
    """
    Delivery estimate as the carrier words it.
    """
    additional_description: str | None = None
    """
    Extra text from the carrier, when there is any.
    """


class ConsignmentCouponDiscount(Model):
    """
    A coupon's effect on a consignment's shipping.
    """

    code: str | None = None
    amount: float | None = None


class ConsignmentDiscount(Model):
    """
    A promotion's effect on a consignment.
    """

    id: int


class Tax(Model):
    """
    One tax line.
    """

    name: str
    amount: float


class AppliedCoupon(Model):
    """
    A coupon on the checkout.
    """

    id: int | str
    """
    The coupon's id; a number here, a string in the storefront API.
    """
    code: str
    """
    The code the shopper entered.
    """
    coupon_type: str
    """
    What kind of discount it gives, for example `percentage_discount`.
    """
    display_name: str
    """
    The name shown to the shopper.
    """
    discounted_amount: float
    """
    How much it took off.
    """


CheckoutFeeType: TypeAlias = str


"""
The kind of fee; `custom_fee` is the only one today. Known values: `custom_fee` (others arrive as they are sent).
"""


class Banner(Model):
    """
    A promotion banner to show the shopper.
    """

    type: str
    text: str
    id: str | None = None
    page: list[str] | None = None


class CheckoutUpdate(Model):
    """
    A new customer message for the checkout.
    """

    customer_message: str
    """
    The shopper's note to the merchant; at most 2000 characters.
    """
    version: Version | None = None


class CartDiscountInput(Model):
    """
    An amount to take off the whole cart.
    """

    discounted_amount: float
    """
    The amount, in the cart's currency.
    """


class LineItemDiscountInput(Model):
    """
    An amount to take off one line item.
    """

    id: str | None = None
    """
    The line item id.
    """
    discounted_amount: float | None = None
    """
    The amount, in the cart's currency.
    """


class FeeInput(Model):
    """
    A fee to add to the checkout.
    """

    type: Literal["custom_fee"]
    """
    The kind of fee; only `custom_fee` exists.
    """
    name: Annotated[str, Meta(max_length=50, min_length=1)]
    """
    Your internal name for the fee.
    """
    display_name: Annotated[str, Meta(max_length=200, min_length=1)]
    """
    The name the shopper sees.
    """
    cost: float
    """
    The amount charged.
    """
    source: Annotated[str, Meta(max_length=50, min_length=1)]
    """
    Which app or process adds the fee.
    """
    tax_class_id: int | None = None
    """
    The tax class to apply; without it the store's default tax class for fees applies.
    """


class FeeUpdate(FeeInput, kw_only=True):
    """
    A fee already on the checkout, with all its fields.
    """

    id: str
    """
    The fee's id, from the checkout's `fees`.
    """


class AddFeesRequest(Model):
    """
    The fees to add.
    """

    fees: Annotated[list[FeeInput], Meta(min_length=1)]


class UpdateFeesRequest(Model):
    """
    The fees to change.
    """

    fees: Annotated[list[FeeUpdate], Meta(min_length=1)]


class DeleteFeesRequest(Model):
    """
    The fees to remove.
    """

    ids: Annotated[list[str], Meta(min_length=1)]
    """
    Ids of fees on the checkout.
    """


class CheckoutSettings(Model):
    """
    Store-wide checkout settings.
    """

    custom_checkout_script_url: str | None = None
    """
    The script that replaces BigCommerce's checkout page; empty for the built-in one.
    """
    order_confirmation_use_custom_checkout_script: bool | None = None
    """
    Whether the order confirmation page also loads the custom checkout script.
    """
    custom_order_confirmation_script_url: str | None = None
    """
    The script that replaces the order confirmation page; empty for the built-in one.
    """
    custom_checkout_supports_uco_settings: bool | None = None
    """
    Whether the custom checkout honours the optimized one-page checkout settings.
    """
    custom_checkout_sri_hash: str | None = None
    """
    Subresource Integrity hash the browser checks the checkout script against.
    """
    custom_order_confirmation_sri_hash: str | None = None
    """
    Subresource Integrity hash for the order confirmation script.
    """


class CheckoutSettingsResponse(Model):
    """
    The envelope of the checkout settings calls.
    """

    data: CheckoutSettings
    meta: MetaModel | None = None


class ChannelCheckoutSettings(CheckoutSettings):
    """
    The checkout settings of one sales channel.
    """

    checkout_type: str | None = None
    """
    Which checkout the channel uses, for example `one_page`.
    """
    guest_checkout_type: str | None = None
    """
    Whether and how guests may check out.
    """
    guest_checkout_for_existing_accounts: str | None = None
    """
    What happens when a guest uses the email of an existing account.
    """
    policy_consent: str | None = None
    """
    How the shopper agrees to the store's policies.
    """
    order_confirmation_contact_email: str | None = None
    """
    The address shown to shoppers for questions about their order.
    """
    is_order_terms_and_conditions_enabled: bool | None = None
    """
    Whether the shopper must accept terms and conditions.
    """
    order_terms_and_conditions_type: str | None = None
    """
    Whether the terms are a link or a text.
    """
    order_terms_and_conditions_link: str | None = None
    """
    Where the terms are, when they are a link.
    """
    order_terms_and_conditions_textarea: str | None = None
    """
    The terms themselves, when they are a text.
    """
    should_redirect_to_storefront_for_auth: bool | None = None
    """
    Whether sign-in during checkout sends the shopper to the storefront's login page.
    """


class ChannelCheckoutSettingsResponse(Model):
    """
    The envelope of the channel checkout settings calls.
    """

    data: ChannelCheckoutSettings
    meta: MetaModel | None = None


class CheckoutTokenRequest(Model):
    """
    How long and how often the token may be used.
    """

    max_uses: float | None = field(name="maxUses", default=None)
    """
    How many times the token may be used.
    """
    ttl: Annotated[float, Meta(ge=1.0, le=2592000.0)] | None = None
    """
    Seconds before the token expires (at most 30 days).
    """


class CheckoutTokenData(Model):
    """
    The token, when the answer wraps it in `data`.
    """

    checkout_token: str = field(name="checkoutToken")
    """
    Pass it as `t` on the order confirmation URL.
    """


class StorefrontCustomField(Model):
    """
    A value for a custom address field defined in the store's form settings.
    """

    field_id: str | None = field(name="fieldId", default=None)
    """
    The form field's id.
    """
    field_value: str | int | list[str] | None | None = field(name="fieldValue", default=None)
    """
    The value: text, a pick list option's number (answered as a string) or the ticked checkboxes' values.
    """


class StorefrontCurrency(Model):
    """
    The currency prices are shown in.
    """

    code: str
    """
    ISO 4217 code, for example `EUR`.
    """
    decimal_places: float | None = field(name="decimalPlaces", default=None)
    """
    How many decimals amounts have (2 for US dollars).
    """
    name: str | None = None
    symbol: str | None = None


class StorefrontCartCoupon(Model):
    """
    A coupon on the cart.
    """

    id: str | int
    """
    The coupon's id; BigCommerce's own checkout receives it as a string (`"7"`).
    """
    code: str
    """
    The code the shopper entered.
    """
    display_name: str = field(name="displayName")
    """
    The name shown to the shopper.
    """
    coupon_type: str = field(name="couponType")
    """
    What kind of discount it gives. Known values: `per_item_discount`, `percentage_discount`, `per_total_discount`, `shipping_discount`, `free_shipping`, `promotion` (others arrive as they are sent).
    """
    discounted_amount: float = field(name="discountedAmount")
    """
    How much it took off.
    """


class StorefrontCheckoutCoupon(Model):
    """
    A coupon on the checkout.
    """

    id: str | int
    """
    The coupon's id; BigCommerce's own checkout receives it as a string (`"7"`).
    """
    code: str
    """
    The code the shopper entered.
    """
    display_name: str = field(name="displayName")
    """
    The name shown to the shopper.
    """
    coupon_type: str | int = field(name="couponType")
    """
    What kind of discount it gives, as a name (`percentage_discount`, as BigCommerce's own
    checkout receives it) or, as the published files describe it, a number: 0 per item,
    1 percentage, 2 per total, 3 shipping, 4 free shipping, 5 promotion.

    """
    discounted_amount: float = field(name="discountedAmount")
    """
    How much it took off.
    """


class StorefrontAppliedDiscount(Model):
    """
    A discount applied to the cart or to one item.
    """

    discounted_amount: float = field(name="discountedAmount")
    """
    How much it took off.
    """
    id: str | int | None | None = None
    """
    Which discount this is. In the cart's list it is the id (a UUID) of the line item the
    discount applies to; on an item, the discount rule's id.

    """


class StorefrontCustomItem(Model):
    """
    An item added through the API that is not a catalog product.
    """

    id: str | None = None
    """
    The line item id.
    """
    list_price: float | str | None | None = field(name="listPrice", default=None)
    """
    The unit price before discounts; a number (the published files say a string).
    """
    extended_list_price: float | None = field(name="extendedListPrice", default=None)
    """
    The unit price times the quantity.
    """
    name: str | None = None
    quantity: float | str | None | None = None
    """
    How many; a number (the published files say a string).
    """
    sku: str | None = None


class StorefrontGiftCertificateItem(Model):
    """
    A gift certificate being bought.
    """

    amount: float
    """
    Its value, from 1 to 1000.
    """
    id: str
    """
    The line item id.
    """
    message: str
    """
    The message to the recipient, at most 200 characters.
    """
    name: str
    """
    Its name, for example `$20 Gift Certificate`.
    """
    recipient: Contact
    sender: Contact
    taxable: bool
    theme: str
    """
    The design, for example `Birthday` or `General`.
    """
    type: str | None = None
    """
    The item kind, `giftCertificate`.
    """


class StorefrontLineItemOption(Model):
    """
    An option chosen for a product, such as its colour.
    """

    name: str | None = None
    """
    The option's name.
    """
    name_id: int | None = field(name="nameId", default=None)
    """
    The option's id.
    """
    value: str | None = None
    """
    The chosen value.
    """
    value_id: int | str | None | None = field(name="valueId", default=None)
    """
    The chosen value's id, a number (the published files say a string).
    """


class StorefrontGiftWrapping(Model):
    """
    Gift wrapping chosen for an item.
    """

    name: str | None = None
    """
    The wrapping's name.
    """
    message: str | None = None
    """
    The message to print with it.
    """
    amount: float | None = None
    """
    Its price.
    """


class StorefrontConsignmentDiscount(Model):
    """
    A cart-level discount's effect on a consignment.
    """

    id: str | None = None
    """
    The discount rule that applied it.
    """


class StorefrontShippingOption(Model):
    """
    A way to ship a consignment, with its price.
    """

    cost: float
    description: str
    """
    The name shown to the shopper.
    """
    id: str
    """
    Pass it as `shippingOptionId` to select this option.
    """
    image_url: str = field(name="imageUrl")
    transit_time: str = field(name="transitTime")
    """
    Delivery estimate as the carrier words it.
    """
    type: str
    """
    The carrier or method kind, for example `shipping_flatrate`.
    """


class StorefrontAvailableShippingOption(StorefrontShippingOption):
    """
    A shipping option the consignment can use.
    """

    is_recommended: bool | None = field(name="isRecommended", default=None)
    """
    Whether the store recommends this option.
    """
    additional_description: str | None = field(name="additionalDescription", default=None)
    """
    Extra text from the carrier, when there is any.
    """


class StorefrontSelectedShippingOption(StorefrontShippingOption):
    """
    The shipping option chosen for the consignment.
    """

    additional_description: str | None = field(name="additionalDescription", default=None)
    """
    Extra text from the carrier, when there is any.
    """


class StorefrontPickupOption(Model):
    """
    Makes the consignment a pickup at one of the store's locations instead of a shipment.
    """

    pickup_method_id: int | None = field(name="pickupMethodId", default=None)
    """
    The pickup method, from the storefront's pickup options.
    """


StorefrontCheckoutFeeType: TypeAlias = str


"""
The kind of fee; `custom_fee` is the only one today. Known values: `custom_fee` (others arrive as they are sent).
"""


class StorefrontCustomerAddress(Model):
    """
    An address from the customer's address book.
    """

    id: int | None = None
    first_name: str | None = field(name="firstName", default=None)
    last_name: str | None = field(name="lastName", default=None)
    company: str | None = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    state_or_province: str | None = field(name="stateOrProvince", default=None)
    state_or_province_code: str | None = field(name="stateOrProvinceCode", default=None)
    country: str | None = None
    """
    The country's name.
    """
    country_code: str | None = field(name="countryCode", default=None)
    """
    ISO 3166-1 alpha-2 country code.
    """
    postal_code: str | None = field(name="postalCode", default=None)
    phone: str | None = None
    type: str | None = None
    """
    The kind of address, for example `residential`.
    """
    custom_fields: list[StorefrontCustomField] | None = field(name="customFields", default=None)


class StorefrontCustomerGroup(Model):
    """
    The customer group the shopper belongs to.
    """

    id: int | None = None
    name: str | None = None


class StorefrontAppliedGiftCertificate(Model):
    """
    A gift certificate used to pay for the checkout.
    """

    balance: float | None = None
    """
    Its value before this checkout.
    """
    code: str | None = None
    purchase_date: str | None = field(name="purchaseDate", default=None)
    """
    When it was bought.
    """
    remaining: float | None = None
    """
    What is left on it after this checkout.
    """
    used: float | None = None
    """
    How much of it this checkout uses.
    """


StorefrontPaymentProviderType: TypeAlias = str


"""
How the provider takes payment. Known values: `PAYMENT_TYPE_HOSTED` (others arrive as they are sent).
"""


class StorefrontPaymentDetail(Model):
    """
    Where the payment stands, as an object (the published files describe a list of steps;
    BigCommerce's own checkout reads an object with `step` and `instructions`). Keys not
    described here are not kept.

    """

    step: str | None = None
    """
    The payment step reached, for example `ACKNOWLEDGE`, `INITIALIZE` or `FINALIZE`.
    """
    instructions: str | None = None
    """
    What the shopper must do to complete an offline payment (bank transfer details, for example).
    """


class StorefrontPromotionBanner(Model):
    """
    A promotion message to show the shopper.
    """

    type: str
    """
    Known values: `promotion`, `upsell`, `eligible`, `applied` (others arrive as they are sent).
    """
    text: str
    """
    The text to show.
    """


class StorefrontCheckoutUpdate(Model):
    """
    A new customer message for the checkout.
    """

    customer_message: str | None = field(name="customerMessage", default=None)
    """
    The shopper's note to the merchant; at most 2000 characters.
    """
    version: Version | None = None


class StorefrontGiftWrapDetail(Model):
    """
    One wrapping choice.
    """

    id: int
    """
    The gift wrapping option.
    """
    message: str | None = None
    """
    The gift message.
    """


class StorefrontGiftCertificateInput(Model):
    """
    The new details of a gift certificate being bought.
    """

    theme: str
    """
    The design, for example `Birthday` or `General`.
    """
    amount: Annotated[float, Meta(ge=1.0, le=1000.0)]
    """
    Its value.
    """
    sender: Contact
    recipient: Contact
    quantity: float
    message: str | None = None
    """
    The message to the recipient.
    """


class StorefrontConsignmentAddressRequest(Model):
    """
    The address a consignment ships to.
    """

    country_code: str = field(name="countryCode")
    """
    ISO 3166-1 alpha-2 country code.
    """
    first_name: str | None = field(name="firstName", default=None)
    last_name: str | None = field(name="lastName", default=None)
    email: str | None = None
    company: str | None = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    state_or_province: str | None = field(name="stateOrProvince", default=None)
    state_or_province_code: str | None = field(name="stateOrProvinceCode", default=None)
    postal_code: str | None = field(name="postalCode", default=None)
    phone: str | None = None
    custom_fields: list[StorefrontCustomField] | None = field(name="customFields", default=None)
    should_save_address: bool | None = field(name="shouldSaveAddress", default=None)
    """
    Whether to add the address to the customer's address book.
    """


class StorefrontConsignmentLineItem(Model):
    """
    A quantity of one physical line item.
    """

    item_id: str = field(name="itemId")
    """
    The line item id (`cart.lineItems.physicalItems[].id`).
    """
    quantity: int
    """
    How many of it go in this consignment.
    """


class StorefrontCouponRequest(Model):
    """
    A coupon code to apply.
    """

    coupon_code: Annotated[str, Meta(max_length=50)] | None = field(name="couponCode", default=None)
    """
    The code the shopper entered (at most 50 characters, as for every coupon code).
    """
    version: Version | None = None


class StorefrontGiftCertificateRequest(Model):
    """
    A gift certificate code to pay with.
    """

    gift_certificate_code: str | None = field(name="giftCertificateCode", default=None)
    """
    The code printed on the certificate.
    """


class StorefrontSpamProtectionRequest(Model):
    """
    The answer to the storefront's human-verification challenge.
    """

    token: str | None = None
    """
    The token the challenge widget returned.
    """


class CartItemCoupon(Model):
    """
    A coupon that discounted one item.
    """

    code: str
    """
    The code the shopper entered.
    """
    id: int | None = None
    """
    The coupon's id.
    """
    name: str | None = None
    """
    The coupon's name.
    """
    discount_type: int | None = field(name="discountType", default=None)
    """
    The kind of discount: 0 per item, 1 percentage, 2 per total, 3 shipping, 4 free shipping. Known values: `0`, `1`, `2`, `3`, `4` (others arrive as they are sent).
    """
    discount_amount: float | None = field(name="discountAmount", default=None)
    """
    The coupon's amount or percentage.
    """
    expires_date: int | None = field(name="expiresDate", default=None)
    """
    When the coupon expires (Unix time); 0 when it does not.
    """
    total_discount: float | None = field(name="totalDiscount", default=None)
    """
    How much it took off this item.
    """


"""
The answer of a capture or void; BigCommerce sends an empty object.
"""


class StoresStoreHashV3CheckoutsCheckoutIdGetParametersQuery(Model):
    include: (
        Annotated[
            str,
            Meta(
                pattern="^(cart\\.line_items\\.physical_items\\.options|cart\\.line_items\\.digital_items\\.options|consignments\\.available_shipping_options|promotions\\.banners)(,(cart\\.line_items\\.physical_items\\.options|cart\\.line_items\\.digital_items\\.options|consignments\\.available_shipping_options|promotions\\.banners))*$"
            ),
        ]
        | None
    ) = None


class StoresStoreHashV3CheckoutsCheckoutIdConsignmentsPostParametersQuery(Model):
    include: Literal["consignments.available_shipping_options"] | None = None


class StoresStoreHashV3CheckoutsCheckoutIdConsignmentsConsignmentIdPutParametersQuery(Model):
    include: Literal["consignments.available_shipping_options"] | None = None


class ApiStorefrontCheckoutsCheckoutIdGetParametersQuery(Model):
    include: (
        Annotated[
            str,
            Meta(
                pattern="^(cart\\.lineItems\\.physicalItems\\.options|cart\\.lineItems\\.digitalItems\\.options|cart\\.lineItems\\.physicalItems\\.categoryNames|cart\\.lineItems\\.digitalItems\\.categoryNames|cart\\.lineItems\\.customItems\\.categoryNames|customer|customer\\.customerGroup|payments|promotions|consignments\\.availableShippingOptions|consignments\\.availablePickupOptions)(,(cart\\.lineItems\\.physicalItems\\.options|cart\\.lineItems\\.digitalItems\\.options|cart\\.lineItems\\.physicalItems\\.categoryNames|cart\\.lineItems\\.digitalItems\\.categoryNames|cart\\.lineItems\\.customItems\\.categoryNames|customer|customer\\.customerGroup|payments|promotions|consignments\\.availableShippingOptions|consignments\\.availablePickupOptions))*$"
            ),
        ]
        | None
    ) = "consignments.availableShippingOptions"


class ApiStorefrontCheckoutsCheckoutIdConsignmentsPostParametersQuery(Model):
    include: (
        Annotated[
            str,
            Meta(
                pattern="^(cart\\.lineItems\\.physicalItems\\.options|cart\\.lineItems\\.digitalItems\\.options|cart\\.lineItems\\.physicalItems\\.categoryNames|cart\\.lineItems\\.digitalItems\\.categoryNames|cart\\.lineItems\\.customItems\\.categoryNames|customer|customer\\.customerGroup|payments|promotions|consignments\\.availableShippingOptions|consignments\\.availablePickupOptions)(,(cart\\.lineItems\\.physicalItems\\.options|cart\\.lineItems\\.digitalItems\\.options|cart\\.lineItems\\.physicalItems\\.categoryNames|cart\\.lineItems\\.digitalItems\\.categoryNames|cart\\.lineItems\\.customItems\\.categoryNames|customer|customer\\.customerGroup|payments|promotions|consignments\\.availableShippingOptions|consignments\\.availablePickupOptions))*$"
            ),
        ]
        | None
    ) = "consignments.availableShippingOptions"


class ApiStorefrontCheckoutsCheckoutIdConsignmentsConsignmentIdPutParametersQuery(Model):
    include: (
        Annotated[
            str,
            Meta(
                pattern="^(cart\\.lineItems\\.physicalItems\\.options|cart\\.lineItems\\.digitalItems\\.options|cart\\.lineItems\\.physicalItems\\.categoryNames|cart\\.lineItems\\.digitalItems\\.categoryNames|cart\\.lineItems\\.customItems\\.categoryNames|customer|customer\\.customerGroup|payments|promotions|consignments\\.availableShippingOptions|consignments\\.availablePickupOptions)(,(cart\\.lineItems\\.physicalItems\\.options|cart\\.lineItems\\.digitalItems\\.options|cart\\.lineItems\\.physicalItems\\.categoryNames|cart\\.lineItems\\.digitalItems\\.categoryNames|cart\\.lineItems\\.customItems\\.categoryNames|customer|customer\\.customerGroup|payments|promotions|consignments\\.availableShippingOptions|consignments\\.availablePickupOptions))*$"
            ),
        ]
        | None
    ) = "consignments.availableShippingOptions,consignments.availablePickupOptions"


class Error(Model):
    """
    The body of every documented error status. BigCommerce fills `status`, `title` and `type`
    in most cases and adds `detail` or `errors` when it can say more.

    """

    status: int | str | None | None = None
    """
    The HTTP status, as a number (or a string on some endpoints).
    """
    title: str | None = None
    """
    A short human-readable summary of the problem.
    """
    type: str | None = None
    """
    A link to BigCommerce's list of status codes.
    """
    detail: str | None = None
    """
    More about this occurrence of the problem, when BigCommerce gives it.
    """
    instance: str | None = None
    """
    Which occurrence of the problem this is, when BigCommerce says (the carts, cart settings and transactions errors do).
    """
    errors: ErrorFieldMap | list[ErrorDetail] | None = None
    """
    Per-field messages (an object keyed by field), or a list of error details.
    """


class OrderResponse(Model):
    """
    The envelope of the create-order call.
    """

    data: OrderRef
    meta: MetaModel | None = None


class DigitalItem(Model):
    """
    A downloadable product in the cart; it needs no consignment.
    """

    id: str
    """
    The line item id, used in consignments and line-item calls.
    """
    variant_id: float
    """
    The product variant.
    """
    product_id: float
    """
    The product.
    """
    name: str
    """
    The product name.
    """
    url: str
    """
    The product page.
    """
    quantity: int
    """
    How many (a whole number; pass it back as a consignment's line item quantity).
    """
    is_taxable: bool
    """
    Whether tax applies.
    """
    image_url: str
    """
    The product image.
    """
    discounts: list[LineItemDiscount]
    discount_amount: float
    """
    Non-coupon discounts on the item.
    """
    coupon_amount: float
    """
    Coupon discounts on the item.
    """
    list_price: float
    """
    The unit price before discounts.
    """
    sale_price: float
    """
    The unit price after item-level discounts.
    """
    extended_list_price: float
    """
    List price times quantity.
    """
    extended_sale_price: float
    """
    Sale price times quantity.
    """
    parent_id: float | None = None
    """
    The line item this one belongs to, for bundled items.
    """
    sku: str | None = None
    """
    The variant's SKU.
    """
    coupons: list[CartItemCoupon] | float | None | None = None
    """
    The coupons that discounted this item. Some answers carry a number here instead, equal
    to `coupon_amount` (BigCommerce's own examples show both); it is kept as sent.

    """
    original_price: float | None = None
    """
    The price before any price list or sale.
    """
    comparison_price: float | None = None
    """
    A reference price shown to the shopper, when set.
    """
    extended_comparison_price: float | None = None
    """
    Comparison price times quantity.
    """
    is_require_shipping: bool | None = None
    """
    Whether the item must ship; false for digital items.
    """
    is_mutable: bool | None = None
    """
    Whether the shopper may change the quantity.
    """
    added_by_promotion: bool | None = None
    """
    Whether a promotion put this item in the cart.
    """


class PhysicalItem(DigitalItem):
    """
    A product that ships; it must be assigned to a consignment.
    """

    gift_wrapping: GiftWrapping | None = None


class GiftCertificateItem(Model):
    """
    A gift certificate being bought.
    """

    id: str
    """
    The line item id.
    """
    name: str
    """
    Its name.
    """
    theme: str
    """
    The design it is sent with.
    """
    amount: float
    """
    Its value.
    """
    taxable: bool
    """
    Whether tax applies.
    """
    sender: Contact
    recipient: Contact
    message: str
    """
    The message to the recipient.
    """


class Address(Model):
    """
    A postal address with contact details, as BigCommerce returns it.
    """

    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    company: str | None = None
    address1: str | None = None
    """
    Street and number.
    """
    address2: str | None = None
    """
    Flat, suite or floor.
    """
    city: str | None = None
    state_or_province: str | None = None
    """
    The state or province's full name.
    """
    state_or_province_code: str | None = None
    """
    The state or province's code, for example `OR`.
    """
    country: str | None = None
    """
    The country's name.
    """
    country_code: str | None = None
    """
    ISO 3166-1 alpha-2 country code.
    """
    postal_code: str | None = None
    phone: str | None = None
    custom_fields: list[CustomField] | None = None
    custom_fields_1: list[CustomField] | None = field(name="customFields", default=None)
    """
    Custom fields under the camel-case name some answers use for a consignment's address
    (BigCommerce's own examples do); read whichever of the two is present.

    """


class BillingAddress(Address):
    """
    The checkout's billing address.
    """

    id: str | None = None
    """
    Its id; pass it to the update call.
    """


class ConsignmentAddress(Address):
    """
    The shipping address of a consignment.
    """

    id: str | None = None
    """
    Its id.
    """


class BillingAddressRequest(Model):
    """
    A billing address to set on the checkout.
    """

    email: str
    """
    Where the order confirmation goes.
    """
    country_code: str
    """
    ISO 3166-1 alpha-2 country code.
    """
    first_name: str | None = None
    last_name: str | None = None
    company: str | None = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    state_or_province: str | None = None
    state_or_province_code: str | None = None
    postal_code: str | None = None
    phone: str | None = None
    custom_fields: list[CustomField] | None = None
    version: Version | None = None


class ConsignmentCreate(Model):
    """
    A shipping address and the items that go there.
    """

    address: ConsignmentAddressRequest | None = None
    line_items: list[ConsignmentLineItem] | None = None
    pickup_option: PickupOption | None = None
    version: Version | None = None


class Consignment(Model):
    """
    A shipping address, the items going there, and how they ship.
    """

    id: str
    """
    The consignment id.
    """
    discounts: list[ConsignmentDiscount]
    shipping_cost_inc_tax: float
    shipping_cost_ex_tax: float
    handling_cost_inc_tax: float
    handling_cost_ex_tax: float
    line_item_ids: list[str]
    shipping_address: ConsignmentShippingAddress | None = field(name="shippingAddress", default=None)
    address: ConsignmentAddress | None = None
    available_shipping_options: list[ShippingOption] | None = None
    """
    Present when the request asked for `include=consignments.available_shipping_options`.
    """
    selected_shipping_option: ShippingOption | None = None
    coupon_discounts: list[ConsignmentCouponDiscount] | None = None
    selected_pickup_option: PickupOption | None = None


class CheckoutFee(Model):
    """
    A fee added to the checkout through the API.
    """

    id: str | None = None
    type: CheckoutFeeType | None = None
    name: str | None = None
    """
    Your internal name for the fee.
    """
    display_name: str | None = None
    """
    The name the shopper sees.
    """
    cost_inc_tax: float | None = None
    cost_ex_tax: float | None = None
    source: str | None = None
    """
    Who added it.
    """
    tax_class_id: int | None = None


class Promotion(Model):
    """
    A promotion that applies, or nearly applies, to the checkout.
    """

    banners: list[Banner]


class DiscountRequestCart(Model):
    """
    Discounts for the whole cart and for single line items.
    """

    discounts: list[CartDiscountInput] | None = None
    """
    Cart-level discounts, spread over the items by their value.
    """
    line_items: list[LineItemDiscountInput] | None = None
    """
    Discounts on single line items.
    """
    version: Version | None = None


class CheckoutTokenResponse(Model):
    """
    A new checkout token. BigCommerce's published description shows it both at the top level (its schema) and wrapped in `data` (its example); the client accepts either and always returns it in `checkoutToken`.
    """

    checkout_token: str | None = field(name="checkoutToken", default=None)
    """
    Pass it as `t` on the order confirmation URL.
    """
    data: CheckoutTokenData | None = None
    meta: MetaModel | None = None


class StorefrontAddress(Model):
    """
    A postal address with contact details, in the storefront API's field names.
    """

    country_code: str = field(name="countryCode")
    """
    ISO 3166-1 alpha-2 country code.
    """
    address1: str | None = None
    """
    Street and number.
    """
    address2: str | None = None
    """
    Flat, suite or floor.
    """
    city: str | None = None
    company: str | None = None
    country: str | None = None
    """
    The country's name.
    """
    custom_fields: list[StorefrontCustomField] | None = field(name="customFields", default=None)
    email: str | None = None
    first_name: str | None = field(name="firstName", default=None)
    last_name: str | None = field(name="lastName", default=None)
    state_or_province: str | None = field(name="stateOrProvince", default=None)
    """
    The state or province's full name.
    """
    state_or_province_code: str | None = field(name="stateOrProvinceCode", default=None)
    """
    The state or province's code, for example `OR`.
    """
    phone: str | None = None
    postal_code: str | None = field(name="postalCode", default=None)


class StorefrontBillingAddress(StorefrontAddress, kw_only=True):
    """
    The checkout's billing address.
    """

    id: str
    """
    Its id; pass it to the update call.
    """
    should_save_address: bool | None = field(name="shouldSaveAddress", default=None)
    """
    Whether the address goes into the customer's address book.
    """


class StorefrontConsignmentAddress(StorefrontAddress):
    """
    The shipping address of a consignment.
    """

    id: str | None = None
    """
    Its id.
    """
    should_save_address: bool | None = field(name="shouldSaveAddress", default=None)
    """
    Whether to add the address to the customer's address book.
    """


class StorefrontLineItem(Model):
    """
    A physical or digital product in the cart.
    """

    added_by_promotion: bool = field(name="addedByPromotion")
    """
    Whether a promotion put this item in the cart.
    """
    comparison_price: float = field(name="comparisonPrice")
    """
    A reference price shown to the shopper, when set.
    """
    coupon_amount: float = field(name="couponAmount")
    """
    Coupon discounts on the item.
    """
    discounts: list[StorefrontAppliedDiscount]
    discount_amount: float = field(name="discountAmount")
    """
    Non-coupon discounts on the item.
    """
    extended_comparison_price: float = field(name="extendedComparisonPrice")
    """
    Comparison price times quantity.
    """
    extended_list_price: float = field(name="extendedListPrice")
    """
    List price times quantity.
    """
    extended_sale_price: float = field(name="extendedSalePrice")
    """
    Sale price times quantity.
    """
    id: str
    """
    The line item id, used in consignments and line-item calls.
    """
    image_url: str = field(name="imageUrl")
    """
    The product image.
    """
    is_taxable: bool = field(name="isTaxable")
    """
    Whether tax applies.
    """
    list_price: float = field(name="listPrice")
    """
    The unit price before discounts and coupons.
    """
    name: str
    """
    The product name.
    """
    product_id: int = field(name="productId")
    """
    The product.
    """
    quantity: int
    """
    How many (a whole number; pass it back as a consignment's line item quantity).
    """
    sale_price: float = field(name="salePrice")
    """
    The unit price after all discounts, before tax.
    """
    url: str
    """
    The product page.
    """
    variant_id: int = field(name="variantId")
    """
    The product variant.
    """
    brand: str | None = None
    """
    The product's brand name.
    """
    category_names: list[str] | None = field(name="categoryNames", default=None)
    """
    Present when the request asked for the items' category names.
    """
    gift_wrapping: StorefrontGiftWrapping | None = field(name="giftWrapping", default=None)
    """
    The gift wrapping chosen for a physical item; `null` when it is not wrapped.
    """
    is_mutable: bool | None = field(name="isMutable", default=None)
    """
    Whether the shopper may change the quantity.
    """
    is_shipping_required: bool | None = field(name="isShippingRequired", default=None)
    """
    Whether the item must ship to an address.
    """
    options: list[StorefrontLineItemOption] | None = None
    """
    Present when the request asked for the items' options.
    """
    original_price: float | None = field(name="originalPrice", default=None)
    """
    The product's default price.
    """
    parent_id: str | None = field(name="parentId", default=None)
    """
    The line item this one belongs to, for bundled items; `null` otherwise.
    """
    sku: str | None = None
    """
    The variant's SKU.
    """
    type: str | None = None
    """
    The item kind, `physical` or `digital`.
    """


class StorefrontConsignmentShippingAddress(StorefrontConsignmentAddress):
    """
    The consignment's shipping address, as recorded checkouts carry it (often without
    `address` beside it); the same fields as `address`, which BigCommerce's own checkout reads
    as one type.

    """


class StorefrontCheckoutFee(Model):
    """
    A fee added to the checkout.
    """

    id: str | None = None
    type: StorefrontCheckoutFeeType | None = None
    name: str | None = None
    """
    The merchant's internal name for the fee.
    """
    display_name: str | None = field(name="displayName", default=None)
    """
    The name the shopper sees.
    """
    cost: float | None = None
    """
    Its amount, with or without tax as shipping is shown.
    """
    source: str | None = None
    """
    Who added it.
    """
    tax_class_id: int | None = field(name="taxClassId", default=None)
    """
    The tax class applied to it.
    """


class StorefrontCustomer(Model):
    """
    The shopper. Present when the request asked for `include=customer`.
    """

    addresses: list[StorefrontCustomerAddress]
    """
    The customer's address book.
    """
    email: str
    first_name: str = field(name="firstName")
    full_name: str = field(name="fullName")
    id: int
    """
    The customer id; 0 for a guest.
    """
    is_guest: bool = field(name="isGuest")
    """
    Whether the shopper is not signed in.
    """
    last_name: str = field(name="lastName")
    should_encourage_sign_in: bool = field(name="shouldEncourageSignIn")
    """
    Whether the checkout should suggest signing in.
    """
    store_credit: float = field(name="storeCredit")
    """
    The store credit the customer can use.
    """
    customer_group: StorefrontCustomerGroup | None = field(name="customerGroup", default=None)


class StorefrontPayment(Model):
    """
    A payment method the checkout is set up with.
    """

    provider_id: str | None = field(name="providerId", default=None)
    """
    The payment provider.
    """
    gateway_id: str | None = field(name="gatewayId", default=None)
    """
    The gateway, when the provider has several.
    """
    provider_type: StorefrontPaymentProviderType | None = field(name="providerType", default=None)
    """
    How the provider takes payment.
    """
    detail: StorefrontPaymentDetail | None = None


class StorefrontPromotion(Model):
    """
    A promotion that applies, or nearly applies, to the checkout.
    """

    banners: list[StorefrontPromotionBanner]


class StorefrontGiftWrappingInput(Model):
    """
    How to gift-wrap a line item.
    """

    wrap_together: bool = field(name="wrapTogether")
    """
    Wrap all units together (only the first `wrapDetails` entry is used) or each on its own.
    """
    wrap_details: list[StorefrontGiftWrapDetail] = field(name="wrapDetails")
    """
    One entry per unit when wrapping separately (at most the quantity), or one entry in all.
    """


class StorefrontBillingAddressRequest(StorefrontAddress):
    """
    A billing address to set on the checkout.
    """

    version: Version | None = None


class StorefrontConsignmentCreate(Model):
    """
    A destination (address or pickup) and the items going there.
    """

    shipping_address: dict[str, Any] | None = field(name="shippingAddress", default=None)
    """
    Kept for compatibility; send `address` instead.
    """
    address: StorefrontConsignmentAddressRequest | None = None
    line_items: list[StorefrontConsignmentLineItem] | None = field(name="lineItems", default=None)
    shipping_option_id: str | None = field(name="shippingOptionId", default=None)
    """
    A shipping option to select straight away.
    """
    pickup_option: StorefrontPickupOption | None = field(name="pickupOption", default=None)
    version: Version | None = None


class StorefrontConsignmentUpdate(Model):
    """
    What to change on a consignment: `address` and/or `lineItems`, or else
    `shippingOptionId` or `pickupOption` alone.

    """

    shipping_address: dict[str, Any] | None = field(name="shippingAddress", default=None)
    """
    Kept for compatibility; send `address` instead.
    """
    address: StorefrontConsignmentAddressRequest | None = None
    line_items: list[StorefrontConsignmentLineItem] | None = field(name="lineItems", default=None)
    shipping_option_id: str | None = field(name="shippingOptionId", default=None)
    """
    One of the consignment's `availableShippingOptions[].id`.
    """
    pickup_option: StorefrontPickupOption | None = field(name="pickupOption", default=None)
    version: Version | None = None


class LineItems(Model):
    """
    The cart's items, by kind.
    """

    physical_items: list[PhysicalItem]
    digital_items: list[DigitalItem]
    gift_certificates: list[GiftCertificateItem]
    custom_items: list[CustomItem] | None = None


ConsignmentCreateList: TypeAlias = list[ConsignmentCreate]


"""
The consignments to create.
"""


class DiscountRequest(Model):
    """
    Manual discounts to apply to the cart and its line items.
    """

    cart: DiscountRequestCart | None = None


class StorefrontLineItems(Model):
    """
    The cart's items, by kind.
    """

    digital_items: list[StorefrontLineItem] = field(name="digitalItems")
    gift_certificates: list[StorefrontGiftCertificateItem] = field(name="giftCertificates")
    physical_items: list[StorefrontLineItem] = field(name="physicalItems")
    custom_items: list[StorefrontCustomItem] | None = field(name="customItems", default=None)


class StorefrontConsignment(Model):
    """
    A shipping address or pickup, the items going there, and how they travel.
    """

    discounts: list[StorefrontConsignmentDiscount]
    """
    What cart-level discounts took off this consignment.
    """
    handling_cost: float = field(name="handlingCost")
    """
    Handling for this consignment.
    """
    id: str
    """
    The consignment id.
    """
    shipping_cost: float = field(name="shippingCost")
    """
    Shipping for this consignment.
    """
    line_item_ids: list[str] = field(name="lineItemIds")
    address: StorefrontConsignmentAddress | None = None
    available_shipping_options: list[StorefrontAvailableShippingOption] | None = field(
        name="availableShippingOptions", default=None
    )
    """
    Present when the request asked for `consignments.availableShippingOptions`.
    """
    coupon_discounts: list[ConsignmentCouponDiscount] | None = field(name="couponDiscounts", default=None)
    """
    What coupons took off this consignment's shipping.
    """
    selected_pickup_option: StorefrontPickupOption | None = field(name="selectedPickupOption", default=None)
    selected_shipping_option: StorefrontSelectedShippingOption | None = field(
        name="selectedShippingOption", default=None
    )
    shipping_address: StorefrontConsignmentShippingAddress | None = field(
        name="shippingAddress", default=None
    )
    shipping_cost_before_discount: float | None = field(name="shippingCostBeforeDiscount", default=None)
    """
    Shipping for this consignment before discounts.
    """
    comparison_shipping_cost: float | None = field(name="comparisonShippingCost", default=None)
    """
    Shipping for this consignment after automatic promotions.
    """


class StorefrontLineItemInput(Model):
    """
    A product line item's new quantity and gift wrapping.
    """

    quantity: float | None = None
    product_id: float | None = field(name="productId", default=None)
    variant_id: float | None = field(name="variantId", default=None)
    gift_wrapping: StorefrontGiftWrappingInput | None = field(name="giftWrapping", default=None)
    """
    The wrapping to use; `null` removes the current wrapping.
    """


StorefrontConsignmentCreateList: TypeAlias = list[StorefrontConsignmentCreate]


"""
The consignments to create.
"""


class Cart(Model):
    """
    The cart behind the checkout.
    """

    id: str
    """
    The cart id (equal to the checkout id).
    """
    customer_id: int
    """
    The customer who owns the cart; 0 for a guest.
    """
    email: str
    """
    The shopper's email, when known.
    """
    currency: Currency
    base_amount: float
    """
    Sum of the items' list prices before any discount.
    """
    discount_amount: float
    """
    Discounts on the cart that did not come from coupons.
    """
    cart_amount_inc_tax: float
    """
    The cart total after discounts, tax included.
    """
    cart_amount_ex_tax: float
    """
    The cart total after discounts, tax excluded.
    """
    coupons: list[AppliedCoupon]
    discounts: list[CartDiscount]
    line_items: LineItems
    created_time: str
    """
    When the cart was created (ISO 8601).
    """
    updated_time: str
    """
    When the cart last changed (ISO 8601).
    """
    tax_included: bool | None = None
    """
    Whether the cart's prices include tax.
    """
    channel_id: float | None = None
    """
    The sales channel the cart belongs to.
    """
    manual_discount_amount: float | None = None
    """
    The part of the discounts a merchant entered by hand (the checkout discounts call).
    """


class StorefrontCart(Model):
    """
    The cart behind the checkout.
    """

    base_amount: float = field(name="baseAmount")
    """
    The items' prices before discounts.
    """
    cart_amount: float = field(name="cartAmount")
    """
    The items after cart-level discounts and coupons, tax included where it applies.
    """
    created_time: str = field(name="createdTime")
    """
    When the cart was created (ISO 8601).
    """
    coupons: list[StorefrontCartCoupon]
    currency: StorefrontCurrency
    customer_id: int = field(name="customerId")
    """
    The customer who owns the cart; 0 for a guest.
    """
    discount_amount: float = field(name="discountAmount")
    """
    Order-level discounts only; coupons and product discounts are not in it.
    """
    discounts: list[StorefrontAppliedDiscount]
    email: str
    """
    The shopper's email; the one of the billing address.
    """
    id: str
    """
    The cart id.
    """
    is_tax_included: bool = field(name="isTaxIncluded")
    """
    Whether the prices include tax.
    """
    line_items: StorefrontLineItems = field(name="lineItems")
    locale: str
    """
    The shopper's locale, for example `en`.
    """
    updated_time: str = field(name="updatedTime")
    """
    When the cart last changed (ISO 8601).
    """
    version: int | None = None
    """
    The cart's version.
    """


class StorefrontLineItemUpdate(Model):
    """
    The new state of one line item; send `lineItem` for a product or `giftCertificate` for a gift certificate.
    """

    line_item: StorefrontLineItemInput | None = field(name="lineItem", default=None)
    gift_certificate: StorefrontGiftCertificateInput | None = field(name="giftCertificate", default=None)


class Checkout(Model):
    """
    A checkout and everything BigCommerce computed for it.
    """

    id: str
    """
    The checkout id; equal to the cart id.
    """
    cart: Cart
    consignments: list[Consignment]
    taxes: list[Tax]
    coupons: list[AppliedCoupon]
    shipping_cost_total_inc_tax: float
    """
    Shipping across all consignments, tax included.
    """
    shipping_cost_total_ex_tax: float
    """
    Shipping across all consignments, tax excluded.
    """
    handling_cost_total_inc_tax: float
    """
    Handling across all consignments, tax included.
    """
    handling_cost_total_ex_tax: float
    """
    Handling across all consignments, tax excluded.
    """
    tax_total: float
    """
    All taxes on the checkout.
    """
    subtotal_inc_tax: float
    """
    Items after discounts, tax included, before shipping and handling.
    """
    subtotal_ex_tax: float
    """
    Items after discounts, tax excluded, before shipping and handling.
    """
    grand_total: float
    """
    What the shopper pays, everything included.
    """
    created_time: str
    """
    When the checkout was created (ISO 8601).
    """
    updated_time: str
    """
    When the checkout last changed (ISO 8601).
    """
    customer_message: str
    """
    The shopper's note for the merchant.
    """
    billing_address: BillingAddress | None = None
    fees: list[CheckoutFee] | None = None
    order_id: int | str | None = None
    """
    The id of the order made from this checkout, once there is one. The published files
    call it a string; the storefront API sends the same id as a number, so both are kept as
    sent.

    """
    staff_note: str | None = None
    """
    The merchant's own note on the checkout, never shown to the shopper.
    """
    promotions: list[Promotion] | None = None
    version: int | None = None
    """
    Changes with every update. Send it back in a write to have BigCommerce refuse the write
    (409) if someone else changed the checkout meanwhile.

    """


class StorefrontCheckout(Model):
    """
    The shopper's checkout as the storefront API returns it (not wrapped in `data`, fields in camelCase).
    """

    id: str
    """
    The checkout id; equal to the cart id.
    """
    cart: StorefrontCart
    consignments: list[StorefrontConsignment]
    coupons: list[StorefrontCheckoutCoupon]
    """
    Coupons applied to the checkout.
    """
    created_time: str = field(name="createdTime")
    """
    When the cart was created (ISO 8601).
    """
    customer_message: str = field(name="customerMessage")
    """
    The shopper's note for the merchant.
    """
    gift_certificates: list[StorefrontAppliedGiftCertificate] = field(name="giftCertificates")
    """
    Gift certificates used to pay.
    """
    gift_wrapping_cost_total: float = field(name="giftWrappingCostTotal")
    """
    Gift wrapping across all items.
    """
    grand_total: float = field(name="grandTotal")
    """
    What the checkout costs, before store credit and gift certificates are taken off.
    """
    handling_cost_total: float = field(name="handlingCostTotal")
    """
    Handling across all consignments.
    """
    is_store_credit_applied: bool = field(name="isStoreCreditApplied")
    """
    Whether the customer's store credit is being used.
    """
    outstanding_balance: float = field(name="outstandingBalance")
    """
    What remains to pay after store credit.
    """
    shipping_cost_before_discount: float = field(name="shippingCostBeforeDiscount")
    """
    Shipping across all consignments before discounts.
    """
    shipping_cost_total: float = field(name="shippingCostTotal")
    """
    Shipping across all consignments.
    """
    should_execute_spam_check: bool = field(name="shouldExecuteSpamCheck")
    """
    Whether the shopper must pass spam protection before the order can be placed.
    """
    subtotal: float
    """
    The items before item-level discounts; tax included or not as the store is set up.
    """
    taxes: list[Tax]
    tax_total: float = field(name="taxTotal")
    """
    All taxes on the checkout.
    """
    updated_time: str = field(name="updatedTime")
    """
    When the cart last changed (ISO 8601).
    """
    billing_address: StorefrontBillingAddress | None = field(name="billingAddress", default=None)
    channel_id: int | None = field(name="channelId", default=None)
    """
    The sales channel the checkout belongs to.
    """
    fees: list[StorefrontCheckoutFee] | None = None
    """
    Fees added to the checkout.
    """
    customer: StorefrontCustomer | None = None
    order_id: int | str | None = field(name="orderId", default=None)
    """
    The id of the order made from this checkout, once there is one: a number (BigCommerce's
    own checkout sends `127`, not `"127"`), kept as sent should a string arrive.

    """
    payments: list[StorefrontPayment] | None = None
    """
    Present when the request asked for `include=payments`.
    """
    promotions: list[StorefrontPromotion] | None = None
    """
    Present when the request asked for `include=promotions`: each entry holds the banners to
    show the shopper.

    """
    comparison_shipping_cost: float | None = field(name="comparisonShippingCost", default=None)
    """
    Shipping across all consignments after automatic promotions.
    """
    version: int | None = None
    """
    Changes with every update. Send it back in a write to have BigCommerce refuse the write
    (409) if the checkout changed meanwhile.

    """


class CheckoutResponse(Model):
    """
    The envelope of every call that answers with the checkout.
    """

    data: Checkout
    meta: MetaModel | None = None
