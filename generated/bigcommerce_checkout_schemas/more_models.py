"""msgspec models of carts, orders and payments generated from openapi/bigcommerce-checkout.yaml by datamodel-code-generator. Do not edit."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal, TypeAlias

from msgspec import Meta, field

from bigcommerce_checkout_schemas._base import Model

from .models import (
    CartItemCoupon,
    Contact,
    Error,
    ErrorFieldMap,
    MetaModel,
    StorefrontCurrency,
    StorefrontCustomField,
    StorefrontGiftWrapping,
    StorefrontGiftWrappingInput,
    StorefrontLineItemOption,
)


class CurrentCustomerToken(Model):
    """
    The current customer token, when the request asked for JSON.
    """

    token: str
    """
    The JWT; verify it with the app's client secret before trusting it.
    """


class CartCurrency(Model):
    """
    The cart's transaction currency.
    """

    code: str | None = None
    """
    ISO 4217 code, for example `USD`.
    """


class CartAppliedCoupon(Model):
    """
    A coupon applied to the cart.
    """

    code: str
    """
    The code the shopper entered.
    """
    id: str | int | None | None = None
    """
    The coupon's id (a string here; a number in the checkout's cart).
    """
    coupon_type: str | None = None
    """
    The kind of discount. The carts file lists digits (`0` per item, `1` percentage,
    `2` per total, `3` shipping, `4` free shipping, `5` promotion); the checkout's cart
    carries names such as `percentage_discount`.

    """
    discounted_amount: float | None = None
    """
    How much it took off.
    """
    display_name: str | None = None
    """
    The name shown to the shopper.
    """


class CartAppliedDiscount(Model):
    """
    A discount applied to the cart or to one item.
    """

    id: str | float | None | None = None
    """
    Which discount this is; a promotion id (number) or a label such as `coupon`.
    """
    discounted_amount: float | None = None
    """
    How much it took off.
    """


class CartItemOption(Model):
    """
    An option chosen for a product, such as its colour or a printed text.
    """

    name: str | None = None
    """
    The option's name.
    """
    name_id: float | None = field(name="nameId", default=None)
    """
    The option's id.
    """
    value: str | None = None
    """
    The chosen value, as text.
    """
    value_id: float | None = field(name="valueId", default=None)
    """
    The chosen value's id; `null` for free-text options.
    """


class CartGiftWrapping(Model):
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


class CartGiftCertificateItem(Model):
    """
    A gift certificate being bought.
    """

    id: str | None = None
    """
    The line item id.
    """
    name: str | None = None
    """
    Its name.
    """
    theme: str | None = None
    """
    The design it is sent with, for example `Birthday`.
    """
    amount: float | None = None
    """
    Its value.
    """
    taxable: bool | None = None
    """
    Whether tax applies.
    """
    sender: Contact | None = None
    recipient: Contact | None = None
    message: str | None = None
    """
    The message to the recipient.
    """


class CartCustomItem(Model):
    """
    An item added through the API that is not a catalog product.
    """

    id: str | None = None
    """
    The line item id.
    """
    sku: str | None = None
    """
    Its SKU.
    """
    name: str | None = None
    """
    Its name.
    """
    quantity: float | str | None | None = None
    """
    How many; a number (BigCommerce documents a string).
    """
    list_price: float | str | None | None = None
    """
    The unit price; a number (BigCommerce documents a string).
    """
    extended_list_price: float | None = None
    """
    Unit price times quantity.
    """
    image_url: str | None = None
    """
    Its image.
    """


class CartBanner(Model):
    """
    A promotion banner.
    """

    id: str | None = None
    """
    The promotion's id.
    """
    type: str | None = None
    """
    What the banner says about the promotion, for example `upsell` or `applied`.
    """
    page: list[str] | None = None
    """
    The storefront pages it shows on.
    """
    text: str | None = None
    """
    The banner's text (may hold HTML).
    """


class CartRedirectUrls(Model):
    """
    Links that open the cart on the storefront; each works once.
    """

    cart_url: str | None = None
    """
    Loads the cart page with this cart.
    """
    checkout_url: str | None = None
    """
    Loads the storefront checkout with this cart.
    """
    embedded_checkout_url: str | None = None
    """
    The checkout, for an embedded checkout frame.
    """


class CartRedirectUrlsResponse(Model):
    """
    The envelope of the create-redirect-URLs call.
    """

    data: CartRedirectUrls | None = None
    meta: MetaModel | None = None


class CartCurrencyInput(Model):
    """
    The currency to price the cart in; one of the store's currencies.
    """

    code: str | None = None
    """
    ISO 4217 code, for example `EUR`.
    """


class CartDateOptionValue(Model):
    """
    A date chosen for a date option.
    """

    day: str | None = None
    """
    Day of the month, for example `01`.
    """
    month: str | None = None
    """
    Month, for example `02`.
    """
    year: str | None = None
    """
    Year, for example `2027`.
    """


class CartGiftWrapDetail(Model):
    """
    One wrapping choice.
    """

    id: float | None = None
    """
    The gift wrapping option.
    """
    message: str | None = None
    """
    The gift message.
    """


class CartGiftCertificateInput(Model):
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
    amount: Annotated[float, Meta(ge=1.0, le=1000.0)]
    """
    Its value.
    """
    quantity: Annotated[int, Meta(ge=1)]
    """
    How many.
    """
    sender: Contact
    recipient: Contact
    message: Annotated[str, Meta(max_length=200)] | None = None
    """
    The message to the recipient.
    """


class CartCustomItemInput(Model):
    """
    An item that is not in the catalog, priced by you.
    """

    sku: str | None = None
    """
    Its SKU.
    """
    name: Annotated[str, Meta(max_length=250, min_length=1)] | None = None
    """
    Its name.
    """
    quantity: float | None = None
    """
    How many.
    """
    list_price: float | None = None
    """
    The unit price.
    """
    image_url: str | None = None
    """
    An image to show with it.
    """


class CartUpdateRequest(Model):
    """
    The customer to give the cart to.
    """

    customer_id: int | None = None
    """
    The customer's id; 0 makes it a guest cart.
    """
    version: int | None = None
    """
    The cart's `version` as you read it; a changed cart answers 409.
    """


class CartVersionOnly(Model):
    """
    An optional guard against lost updates.
    """

    version: int | None = None
    """
    The cart's `version` as you read it; a changed cart answers 409.
    """


class CartQueryParam(Model):
    """
    One query parameter, for example for campaign tracking.
    """

    key: str | None = None
    value: str | None = None


class CartSettings(Model):
    """
    Store-wide cart settings.
    """

    allow_purchasing: bool | None = None
    """
    Whether shoppers may buy; false hides prices and the add-to-cart buttons.
    """


class CartSettingsRequest(Model):
    """
    The new store-wide cart settings.
    """

    allow_purchasing: bool
    """
    Whether shoppers may buy.
    """


class CartSettingsResponse(Model):
    """
    The envelope of the store-wide cart settings.
    """

    data: CartSettings | None = None
    meta: MetaModel | None = None


class ChannelCartSettings(Model):
    """
    One channel's cart settings; `null` follows the store-wide setting.
    """

    allow_purchasing: bool | None = None
    """
    Whether shoppers of this channel may buy.
    """


class ChannelCartSettingsResponse(Model):
    """
    The envelope of a channel's cart settings.
    """

    data: ChannelCartSettings | None = None
    meta: MetaModel | None = None


class CartMetafieldInput(Model):
    """
    A metafield to write.
    """

    permission_set: Literal["app_only", "read", "write", "read_and_sf_access", "write_and_sf_access"]
    """
    Who can see and change it: only your app (`app_only`), other apps too (`read`,
    `write`), or also storefront requests (`read_and_sf_access`, `write_and_sf_access`).

    """
    namespace: Annotated[str, Meta(max_length=64, min_length=1)]
    """
    A label that groups related metafields.
    """
    key: Annotated[str, Meta(max_length=64, min_length=1)]
    """
    The metafield's name within its namespace.
    """
    value: Annotated[str, Meta(max_length=65535, min_length=1)]
    """
    The value, as text.
    """
    description: Annotated[str, Meta(max_length=255, min_length=0)] | None = None
    """
    What the metafield is for.
    """


class CartMetafield(Model):
    """
    A metafield attached to a cart.
    """

    id: int | str | None | None = None
    """
    The metafield's id (a number; BigCommerce documents a string).
    """
    namespace: str | None = None
    """
    The group it belongs to.
    """
    key: str | None = None
    """
    Its name within the namespace.
    """
    value: str | None = None
    """
    Its value.
    """
    description: str | None = None
    """
    What it is for.
    """
    permission_set: str | None = None
    """
    Who can see and change it. Known values: `app_only`, `read`, `write`, `read_and_sf_access`, `write_and_sf_access` (others arrive as they are sent).
    """
    resource_type: str | None = None
    """
    The kind of object it is attached to; `cart` here. Known values: `brand`, `product`, `variant`, `category`, `cart` (others arrive as they are sent).
    """
    resource_id: str | None = None
    """
    The id of the cart it is attached to.
    """
    owner_client_id: str | None = None
    """
    The client id of the app that created it.
    """
    date_created: str | None = None
    """
    When it was created.
    """
    date_modified: str | None = None
    """
    When it last changed.
    """


class CartMetafieldResponse(Model):
    """
    The envelope of calls that answer with one metafield.
    """

    data: CartMetafield | None = None
    meta: MetaModel | None = None


class MetafieldPageLinks(Model):
    """
    Query strings of the neighbouring pages.
    """

    previous: str | None = None
    current: str | None = None
    next: str | None = None


class CartMetafieldBatchCreate(CartMetafieldInput, kw_only=True):
    """
    A metafield to create on the cart named by `resource_id`.
    """

    resource_id: str
    """
    The id of the cart to attach it to.
    """


class CartMetafieldBatchUpdate(CartMetafieldInput, kw_only=True):
    """
    A metafield to update, named by its `id`.
    """

    id: int | str
    """
    The metafield's id. BigCommerce documents a string; the client also takes the integer an answer carries and sends it as a string.
    """


class MetafieldBatchError(Model):
    """
    Why some entries of a batch failed.
    """

    status: int | None = None
    title: str | None = None
    type: str | None = None
    errors: ErrorFieldMap | None = None


class MetafieldWriteMeta(Model):
    """
    How many entries of a batch were written.
    """

    total: int | None = None
    success: int | None = None
    failed: int | None = None


class PaymentSupportedInstrument(Model):
    """
    A kind of instrument the method takes.
    """

    instrument_type: str
    """
    The card brand, or `STORED_CARD` for cards the shopper saved. Known values: `VISA`, `MASTERCARD`, `DISCOVER`, `AMEX`, `DINERS_CLUB`, `JCB`, `DANKORT`, `MAESTRO`, `STORED_CARD` (others arrive as they are sent).
    """
    verification_value_required: bool | None = None
    """
    Whether a payment with it needs the card's verification value (CVV).
    """


class PaymentStoredInstrument(Model):
    """
    A card the shopper saved earlier; pay with its `token`.
    """

    type: str
    """
    The kind of stored instrument, for example `stored_card`.
    """
    token: Annotated[str, Meta(max_length=64, min_length=64)]
    """
    Identifies the stored instrument in a payment; not the card number.
    """
    brand: str | None = None
    """
    The card brand, for example `VISA`.
    """
    expiry_month: Annotated[int, Meta(ge=1, le=12)] | None = None
    expiry_year: int | None = None
    issuer_identification_number: str | None = None
    """
    The card's first six digits.
    """
    last_4: str | None = None
    """
    The card's last four digits.
    """
    is_default: bool | None = None
    """
    Whether it is the shopper's default instrument.
    """


class PaymentAccessTokenOrder(Model):
    """
    The order the token will pay.
    """

    id: Annotated[int, Meta(ge=1)]
    """
    The order id, as the create-order call returned it.
    """
    is_recurring: bool | None = False
    """
    Set for a recurring order, so the gateway knows.
    """


class PaymentAccessToken(Model):
    """
    A payment access token; a secret that pays one order.
    """

    id: Annotated[str, Meta(min_length=1)]
    """
    The token; send it as `Authorization: PAT <token>` to the process-payment call.
    """


class PaymentCard(Model, tag_field="type", tag="card"):
    """
    A card typed in by the shopper. Its number and CVV are secrets.
    """

    cardholder_name: Annotated[str, Meta(min_length=1)]
    """
    The name on the card.
    """
    number: Annotated[str, Meta(min_length=1)]
    """
    The card number, digits only.
    """
    expiry_month: Annotated[int, Meta(ge=1, le=12)]
    expiry_year: int
    """
    Four digits, for example `2030`.
    """
    verification_value: Annotated[str, Meta(max_length=4, min_length=3)] | None = None
    """
    The card's verification value (CVV), as text so leading zeros stay.
    """
    issue_month: Annotated[int, Meta(ge=1, le=12)] | None = None
    issue_year: int | None = None
    issue_number: int | None = None


class PaymentStoredCard(Model, tag_field="type", tag="stored_card"):
    """
    A card the shopper saved earlier.
    """

    token: Annotated[str, Meta(max_length=64, min_length=64)]
    """
    The stored instrument's token, from the accepted-payment-methods call.
    """
    verification_value: Annotated[str, Meta(max_length=4, min_length=3)] | None = None
    """
    The card's verification value (CVV), as text so leading zeros stay.
    """


class PaymentStoredPayPalAccount(Model, tag_field="type", tag="stored_paypal_account"):
    """
    A PayPal account the shopper saved earlier.
    """

    token: Annotated[str, Meta(max_length=64, min_length=64)]


class PaymentStoredBankAccount(Model, tag_field="type", tag="stored_bank_account"):
    """
    A bank account the shopper saved earlier.
    """

    token: Annotated[str, Meta(max_length=64, min_length=64)]


class PaymentGiftCertificate(Model, tag_field="type", tag="gift_certificate"):
    """
    A gift certificate the shopper owns.
    """

    gift_certificate_code: str
    """
    The certificate's code.
    """


class PaymentStoreCredit(Model, tag_field="type", tag="store_credit"):
    """
    The signed-in customer's store credit.
    """


class PaymentTokenizedCard(Model, tag_field="type", tag="tokenized_card"):
    """
    A card tokenized by a wallet or third-party checkout.
    """

    token: str
    """
    The card's token from the wallet or checkout provider.
    """
    iin: str | None = None
    """
    The card's issuer identification number, as text so leading zeros stay.
    """
    last_four_digits: str | None = None
    """
    The card's last four digits, as text so leading zeros stay.
    """
    expiration_month: str | None = None
    """
    The expiry month, as text (`'09'`).
    """
    expiration_year: str | None = None
    """
    The expiry year, as text (`'2030'`).
    """


class PaymentTransaction(Model):
    """
    The transaction the payment made.
    """

    id: str | None = None
    """
    The transaction's id.
    """
    transaction_type: str | None = None
    """
    `authorization` (money reserved, captured later) or `purchase` (captured now). Known values: `authorization`, `purchase` (others arrive as they are sent).
    """
    status: str | None = None
    """
    `success`, or `pending` while the gateway has not confirmed it yet. Known values: `success`, `pending` (others arrive as they are sent).
    """


class StorefrontCartOptionSelection(Model):
    """
    One option chosen for the product.
    """

    option_id: int | None = field(name="optionId", default=None)
    """
    The option (or modifier).
    """
    option_value: int | str | None | None = field(name="optionValue", default=None)
    """
    The value id for a list, or the text for a text field.
    """


class StorefrontCartGiftCertificateInput(Model):
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
    amount: Annotated[float, Meta(ge=1.0, le=1000.0)]
    """
    Its value.
    """
    quantity: Annotated[int, Meta(ge=1)]
    """
    How many.
    """
    sender: Contact
    recipient: Contact
    message: str | None = None
    """
    The message to the recipient.
    """


class StorefrontCartCurrencyRequest(Model):
    """
    The currency to switch the cart to.
    """

    currency_code: str = field(name="currencyCode")
    """
    ISO 4217 code of one of the store's currencies, for example `EUR`.
    """


class StorefrontOrderCoupon(Model):
    """
    A coupon used on the order.
    """

    code: str
    """
    The code the shopper entered.
    """
    id: str | int | None | None = None
    """
    The coupon's id.
    """
    display_name: str | None = field(name="displayName", default=None)
    """
    The name shown to the shopper.
    """
    coupon_type: str | int | None | None = field(name="couponType", default=None)
    """
    What kind of discount it gave.
    """
    discounted_amount: float | None = field(name="discountedAmount", default=None)
    """
    How much it took off.
    """


class StorefrontOrderItemDiscount(Model):
    """
    A discount on one order item.
    """

    name: str | None = None
    discounted_amount: float | None = field(name="discountedAmount", default=None)
    coupon: float | None = None
    """
    The amount a coupon took off.
    """


class StorefrontOrderCategory(Model):
    """
    A category of the product.
    """

    name: str | None = None


class StorefrontOrderSocialLink(Model):
    """
    A ready-made link to share the purchase.
    """

    channel: str | None = None
    code: str | None = None
    text: str | None = None
    link: str | None = None


class StorefrontOrderGiftCertificate(Model):
    """
    A gift certificate bought in the order.
    """

    id: int | str | None = None
    name: str | None = None
    quantity: float | None = None
    is_taxable: bool | None = field(name="isTaxable", default=None)
    amount: float | None = None
    type: str | None = None


class StorefrontOrderAddress(Model):
    """
    The order's billing address.
    """

    country_code: str = field(name="countryCode")
    id: str | None = None
    first_name: str | None = field(name="firstName", default=None)
    last_name: str | None = field(name="lastName", default=None)
    email: str | None = None
    company: str | None = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    state_or_province: str | None = field(name="stateOrProvince", default=None)
    state_or_province_code: str | None = field(name="stateOrProvinceCode", default=None)
    country: str | None = None
    postal_code: str | None = field(name="postalCode", default=None)
    phone: str | None = None
    custom_fields: list[StorefrontCustomField] | None = field(name="customFields", default=None)


class StorefrontOrderTax(Model):
    """
    One tax on the order.
    """

    name: str | None = None
    amount: float | None = None


class StorefrontOrderPickupLocation(Model):
    """
    Where pickup items are collected.
    """

    id: int | None = None
    name: str | None = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    state_or_province: str | None = field(name="stateOrProvince", default=None)
    postal_code: str | None = field(name="postalCode", default=None)
    country: str | None = None
    country_code: str | None = field(name="countryCode", default=None)
    email: str | None = None
    phone: str | None = None


class StorefrontOrderConsignmentItem(Model):
    """
    An order item in a consignment.
    """

    id: int | None = None


class StorefrontOrderFormField(Model):
    """
    A custom form field filled in for a consignment.
    """

    name: str | None = None
    value: str | None = None


class StorefrontOrderPayment(Model):
    """
    A payment made towards the order.
    """

    provider_id: str | None = field(name="providerId", default=None)
    """
    The payment provider, for example `braintree` or `giftcertificate`.
    """
    gateway_id: str | None = field(name="gatewayId", default=None)
    method_id: str | None = field(name="methodId", default=None)
    payment_id: str | None = field(name="paymentId", default=None)
    description: str | None = None
    """
    How the payment is shown to the shopper.
    """
    amount: float | None = None
    detail: dict[str, Any] | None = None
    """
    Provider details: for a gateway `{step, instructions}`, for a gift certificate
    `{code, remaining}`. Kept as sent.

    """
    mandate: dict[str, Any] | None = None


class OrderFee(Model):
    """
    A fee charged on the order.
    """

    id: int | None = None
    """
    The fee's id.
    """
    type: str | None = None
    """
    The fee's kind; `custom_fee`. Known values: `custom_fee` (others arrive as they are sent).
    """
    display_name_customer: str | None = None
    """
    The name the shopper sees.
    """
    display_name_merchant: str | None = None
    """
    The name the merchant sees.
    """
    source: str | None = None
    """
    Which API wrote the fee.
    """
    base_cost: Decimal | None = None
    """
    The cost before tax rules.
    """
    cost_ex_tax: Decimal | None = None
    """
    The cost without tax.
    """
    cost_inc_tax: Decimal | None = None
    """
    The cost with tax.
    """
    cost_tax: Decimal | None = None
    """
    The tax on the cost.
    """
    tax_class_id: int | None = None
    """
    The tax class; `null` means the default.
    """


class ConfigurableField(Model):
    name: str | None = None
    """
    The product's name as the shopper sees it.
    """
    value: str | None = None
    """
    The value.
    """


class OrderCoupon(Model):
    """
    A coupon used on the order.
    """

    id: int | None = None
    """
    The coupon code's id within the order.
    """
    coupon_id: int | None = None
    """
    The id of the coupon the code belongs to.
    """
    order_id: int | None = None
    """
    The order's id.
    """
    code: str | None = None
    """
    The code the shopper entered.
    """
    amount: Decimal | int | None = None
    """
    The coupon's value: an amount or a percentage, depending on its type.
    """
    type: int | None = None
    """
    The coupon's kind, as a number: 0 per item, 1 percentage, 2 per total, 3 shipping, 4 free shipping, 5 promotion. Known values: `0`, `1`, `2`, `3`, `4`, `5` (others arrive as they are sent).
    """
    discount: Decimal | None = None
    """
    What the coupon took off the order.
    """


class OrderTax(Model):
    """
    A tax applied to the order.
    """

    id: int | None = None
    """
    The tax line's id.
    """
    order_id: int | None = None
    """
    The order's id.
    """
    order_address_id: int | None = None
    """
    The shipping address the line goes to; 0 when it is not shipped.
    """
    tax_rate_id: int | None = None
    """
    The tax rate's id (older; see `sales_tax_id`).
    """
    sales_tax_id: str | None = None
    """
    The id of the tax rate applied.
    """
    tax_class_id: int | None = None
    """
    The tax class; `null` means the default.
    """
    name: str | None = None
    """
    The tax's name.
    """
    class_: str | None = field(name="class", default=None)
    """
    The kind of tax class applied.
    """
    rate: Decimal | None = None
    """
    The tax rate, in percent.
    """
    priority: int | None = None
    """
    In which order the tax applies.
    """
    priority_amount: Decimal | None = None
    """
    The tax, at its priority.
    """
    line_amount: Decimal | None = None
    """
    The tax on the line.
    """
    order_pickup_method_id: int | None = None
    """
    The pickup method of the line; 0 when it is not picked up.
    """
    order_product_id: str | None = None
    """
    The order product the line belongs to.
    """
    line_item_type: str | None = None
    """
    What the tax is on: an item, shipping, handling or gift wrapping. Known values: `item`, `shipping`, `handling`, `gift-wrapping` (others arrive as they are sent).
    """


class OrderStatus(Model):
    """
    One of the store's order statuses.
    """

    id: int
    """
    The status's number.
    """
    name: str
    """
    The status's name.
    """
    system_label: str | None = None
    """
    BigCommerce's name for the status.
    """
    custom_label: str | None = None
    """
    The merchant's own name for the status.
    """
    system_description: str | None = None
    """
    What the status means.
    """
    order: int | None = None
    """
    Where the status sorts in the store's list of statuses.
    """


class Offline(Model):
    """
    The offline payment (a cheque, a purchase order) it records.
    """

    display_name: str | None = None
    """
    The offline method's name.
    """


class Custom(Model):
    """
    The payment method typed in for a manual order.
    """

    payment_method: str | None = None
    """
    The payment method typed in.
    """


class AvsResult(Model):
    """
    What the gateway's address verification said.
    """

    code: str | None = None
    """
    The address check's code.
    """
    message: str | None = None
    """
    The address check's message.
    """
    street_match: str | None = None
    """
    Whether the street matched.
    """
    postal_match: str | None = None
    """
    Whether the postal code matched.
    """


class CvvResult(Model):
    """
    What the gateway's card security code check said.
    """

    code: str | None = None
    """
    The security code check's code.
    """
    message: str | None = None
    """
    The security code check's message.
    """


class GiftCertificate(Model):
    """
    The gift certificate that paid, when one did.
    """

    code: str | None = None
    """
    The certificate's code.
    """
    original_balance: Annotated[float, Meta(ge=0.0, le=21474836.47)] | None = None
    """
    The certificate's balance when it was bought.
    """
    starting_balance: float | None = None
    """
    The certificate's balance before this payment.
    """
    remaining_balance: float | None = None
    """
    The certificate's balance left.
    """
    status: str | None = None
    """
    The certificate's state. Known values: `active`, `pending`, `disabled`, `expired` (others arrive as they are sent).
    """


class StoreCredit(Model):
    """
    The store credit that paid, when it did.
    """

    remaining_balance: float | None = None
    """
    The shopper's store credit left.
    """


class CustomProviderFieldResult(Model):
    """
    What a custom payment provider reported.
    """

    receipt_number: str | None = None
    """
    The custom provider's receipt number.
    """
    authorization_code: str | None = None
    """
    The custom provider's authorisation code.
    """
    fraud_response: str | None = None
    """
    The custom provider's fraud answer.
    """
    amount_received: float | None = None
    """
    What the custom provider received, in the currency's main unit.
    """


class OrderPickupLocation(Model):
    """
    Where pickup items are collected.
    """

    id: int | None = None
    """
    The location's id.
    """
    name: Annotated[str, Meta(max_length=255)] | None = None
    """
    The location's name.
    """
    code: Annotated[str, Meta(max_length=50)] | None = None
    """
    The location's code.
    """
    address_line_1: Annotated[str, Meta(max_length=255)] | None = None
    """
    First line of the pickup location's street address.
    """
    address_line_2: Annotated[str, Meta(max_length=255)] | None = None
    """
    Second line of the pickup location's street address.
    """
    city: Annotated[str, Meta(max_length=255)] | None = None
    """
    City.
    """
    state: Annotated[str, Meta(max_length=255)] | None = None
    """
    State or province.
    """
    postal_code: Annotated[str, Meta(max_length=50)] | None = None
    """
    Postal code.
    """
    country_alpha2: Annotated[str, Meta(max_length=2, min_length=2)] | None = None
    """
    Two-letter ISO country code.
    """
    email: Annotated[str, Meta(max_length=255)] | None = None
    """
    Email address.
    """
    phone: Annotated[str, Meta(max_length=125)] | None = None
    """
    Phone number.
    """


class OrderFormField(Model):
    """
    A custom form field's value.
    """

    name: str | None = None
    """
    The form field's name.
    """
    value: float | str | list[str] | None | None = None
    """
    What was entered: a number, text or a list of texts.
    """


class OrderProductDiscount(Model):
    """
    A discount on a product line.
    """

    id: str | None = None
    """
    The discount's id, such as `total-coupon`.
    """
    amount: Decimal | None = None
    """
    What it took off.
    """
    name: str | None = None
    """
    The discount's name.
    """
    code: str | None = None
    """
    The coupon code, if a coupon gave it.
    """
    target: str | None = None
    """
    Whether the discount applied to the order or to the product. Known values: `order`, `product` (others arrive as they are sent).
    """


class OrderProductOption(Model):
    """
    An option the shopper chose for a product line.
    """

    id: int | None = None
    """
    The chosen option's id within the order.
    """
    option_id: int | None = None
    """
    The id of the option.
    """
    order_product_id: int | None = None
    """
    The order product the line belongs to.
    """
    product_option_id: int | None = None
    """
    The product's option id.
    """
    display_name: str | None = None
    """
    The name the shopper sees.
    """
    display_value: str | None = None
    """
    The value the shopper sees.
    """
    value: str | None = None
    """
    The chosen value, as text.
    """
    type: str | None = None
    """
    The option's kind, such as `Checkbox` or `Text field`. Known values: `Checkbox`, `Date field`, `File Upload`, `Multi-line text field`, `Multiple choice`, `Product Pick List`, `Swatch`, `Text field` (others arrive as they are sent).
    """
    name: str | None = None
    """
    The option's internal name.
    """
    display_style: str | None = None
    """
    How the option is shown on the storefront.
    """
    display_name_customer: str | None = None
    """
    The name the shopper sees.
    """
    display_name_merchant: str | None = None
    """
    The name the merchant sees.
    """
    display_value_customer: str | None = None
    """
    The value the shopper sees.
    """
    display_value_merchant: str | None = None
    """
    The value the merchant sees.
    """


class OrderCountStatus(Model):
    """
    A status and how many orders have it.
    """

    id: int | None = None
    """
    The id.
    """
    name: str | None = None
    """
    The name.
    """
    system_label: str | None = None
    """
    BigCommerce's name for the status.
    """
    custom_label: str | None = None
    """
    The merchant's own name for the status.
    """
    system_description: str | None = None
    """
    What the status means.
    """
    count: int | None = None
    """
    How many orders have this status.
    """
    sort_order: int | None = None
    """
    Where the status sits in the control panel's list.
    """


class OrderTransactionCard(Model):
    """
    The card of a transaction.
    """

    card_type: str | None = None
    """
    The card's brand. Known values: `alelo`, `alia`, `american_express`, `cabal`, `carnet`, `dankort`, `diners_club`, `discover`, `elo`, `forbrugsforeningen`, `jcb`, `maestro`, `master`, `naranja`, `sodexo`, `unionpay`, `visa`, `vr` (others arrive as they are sent).
    """
    card_iin: str | None = None
    """
    The card number's first digits (issuer identification number).
    """
    card_last4: str | None = None
    """
    The card number's last four digits.
    """
    card_expiry_month: Annotated[int, Meta(ge=1, le=12)] | None = None
    """
    The card's expiry month (1 to 12).
    """
    card_expiry_year: int | None = None
    """
    The card's expiry year.
    """


class OrderRefundMethodOption(Model):
    """
    One provider's share of a refund method.
    """

    provider_id: str | None = None
    """
    The payment provider's id, such as `storecredit`.
    """
    provider_description: str | None = None
    """
    The provider's name.
    """
    amount: float | None = None
    """
    What this provider would pay back.
    """
    offline: bool | None = None
    """
    Whether it was paid or refunded outside an online provider.
    """
    offline_provider: bool | None = None
    """
    Whether the provider works offline.
    """
    offline_reason: str | None = None
    """
    Why the method is offline.
    """


class OrderRefundPayment(Model):
    """
    What one payment provider paid back.
    """

    id: int | None = None
    """
    The refund payment's id.
    """
    provider_id: str | None = None
    """
    The payment provider's id, such as `storecredit`.
    """
    amount: float | None = None
    """
    How much this provider paid back.
    """
    offline: bool | None = None
    """
    Whether it was paid or refunded outside an online provider.
    """
    is_declined: bool | None = None
    """
    Whether the provider declined the payment.
    """
    declined_message: str | None = None
    """
    Why the provider declined the payment.
    """
    transaction_id: str | None = None
    """
    The id of the transaction refunded.
    """


class OrderTransactionPageLinks(Model):
    """
    The queries of the pages around this one.
    """

    previous: str | None = None
    """
    The query of the previous page.
    """
    current: str | None = None
    """
    The query of this page.
    """
    next: str | None = None
    """
    The query of the next page.
    """


class OrderRefundItemAdjustment(Model):
    """
    An amount taken off a refunded item.
    """

    amount: Annotated[float, Meta(lt=0.0)] | None = None
    """
    An amount taken off (negative).
    """
    description: Annotated[str, Meta(max_length=255, min_length=0)] | None = None
    """
    Why the amount was taken off.
    """


class OrderResourceLink(Model):
    """
    Where to read a part of the order that is not embedded (a v2 convention).
    """

    url: str | None = None
    """
    The full URL to read.
    """
    resource: str | None = None
    """
    The path to read, relative to the v2 API.
    """


class ConfigurableField1(Model):
    name: str | None = None
    """
    The name.
    """
    value: str | None = None
    """
    The value.
    """


class OrderConsignmentLineItem(Model):
    """
    A product line of a consignment: a link to it (`url`, `resource`), or the line itself with `include=consignments.line_items`.
    """

    url: str | None = None
    """
    Without `include=consignments.line_items`: the full URL of the product line.
    """
    resource: str | None = None
    """
    Without `include=consignments.line_items`: the path of the product line.
    """
    id: int | None = None
    """
    The line's id within the order.
    """
    order_id: int | None = None
    """
    The order's id.
    """
    product_id: int | None = None
    """
    The catalogue product's id.
    """
    order_pickup_method_id: int | None = None
    """
    The pickup method of the line; 0 when it is not picked up.
    """
    order_address_id: int | None = None
    """
    The shipping address the line goes to; 0 when it is not shipped.
    """
    name: Annotated[str, Meta(min_length=1)] | None = None
    """
    The name.
    """
    sku: str | None = None
    """
    The stock keeping unit.
    """
    type: str | None = None
    """
    The kind. Known values: `physical`, `digital`, `giftcertificate` (others arrive as they are sent).
    """
    base_price: Decimal | None = None
    """
    The unit price before tax rules.
    """
    price_ex_tax: Decimal | None = None
    """
    The unit price without tax.
    """
    price_inc_tax: Decimal | None = None
    """
    The unit price with tax.
    """
    price_tax: Decimal | None = None
    """
    The tax on one unit.
    """
    base_total: Decimal | None = None
    """
    The line's total before tax rules.
    """
    total_ex_tax: Decimal | None = None
    """
    The order's total without tax.
    """
    total_inc_tax: Decimal | None = None
    """
    The order's total with tax: what the shopper pays.
    """
    total_tax: Decimal | None = None
    """
    The total tax.
    """
    quantity: int | None = None
    """
    The quantity.
    """
    base_cost_price: Decimal | None = None
    """
    The product's cost price, as set in the catalogue.
    """
    cost_price_inc_tax: Decimal | None = None
    """
    The product's cost price with tax.
    """
    cost_price_ex_tax: Decimal | None = None
    """
    The product's cost price without tax.
    """
    weight: Decimal | None = None
    """
    The product's weight.
    """
    width: Decimal | None = None
    """
    The product's width.
    """
    height: Decimal | None = None
    """
    The product's height.
    """
    depth: Decimal | None = None
    """
    The product's depth.
    """
    cost_price_tax: Decimal | None = None
    """
    The tax on the product's cost price.
    """
    is_refunded: bool | None = None
    """
    Whether the product was refunded.
    """
    quantity_refunded: int | None = None
    """
    How many were refunded.
    """
    refund_amount: Decimal | None = None
    """
    BigCommerce always answers `0` here; see the refunds.
    """
    return_id: int | None = None
    """
    The id of the return.
    """
    wrapping_id: int | None = None
    """
    The gift wrapping chosen.
    """
    wrapping_name: str | None = None
    """
    The gift wrapping's name.
    """
    base_wrapping_cost: Decimal | None = None
    """
    The gift-wrapping charge before tax rules.
    """
    wrapping_cost_ex_tax: Decimal | None = None
    """
    The gift-wrapping charge without tax.
    """
    wrapping_cost_inc_tax: Decimal | None = None
    """
    The gift-wrapping charge with tax.
    """
    wrapping_cost_tax: Decimal | None = None
    """
    The tax on gift wrapping.
    """
    wrapping_message: str | None = None
    """
    The gift message.
    """
    quantity_shipped: int | None = None
    """
    How many have shipped.
    """
    event_name: str | None = None
    """
    The name of the promotional event or delivery date.
    """
    event_date: str | None = None
    """
    The date of the promotional event or delivery.
    """
    fixed_shipping_cost: Decimal | None = None
    """
    A fixed shipping charge of the product.
    """
    ebay_item_id: str | None = None
    """
    The item's id on eBay, for eBay orders.
    """
    ebay_transaction_id: str | None = None
    """
    The transaction's id on eBay, for eBay orders.
    """
    option_set_id: int | None = None
    """
    The option set of the product.
    """
    parent_order_product_id: int | None = None
    """
    The parent line of a bundled product.
    """
    is_bundled_product: bool | None = None
    """
    Whether the product came in a bundle.
    """
    bin_picking_number: str | None = None
    """
    Where the warehouse keeps the item.
    """
    external_id: str | None = None
    """
    The order's id in another system; set by BigCommerce only.
    """
    brand: str | None = None
    """
    The product's brand name.
    """
    applied_discounts: list[OrderProductDiscount] | None = None
    """
    Discounts and coupons that lowered this product's price.
    """
    product_options: list[OrderProductOption] | None = None
    """
    The options the shopper chose.
    """
    configurable_fields: list[ConfigurableField1] | None = None
    """
    Values the shopper typed for configurable fields (older catalogues only).
    """
    upc: Annotated[str, Meta(max_length=255)] | None = None
    """
    The universal product code.
    """
    variant_id: int | None = None
    """
    The product variant's id.
    """
    name_customer: str | None = None
    """
    The product's name as the shopper sees it.
    """
    name_merchant: str | None = None
    """
    The product's name as the merchant sees it.
    """
    gift_certificate_id: int | None = None
    """
    The gift certificate this line bought.
    """
    discounted_total_inc_tax: Decimal | None = None
    """
    The line's total with tax, after every discount.
    """


class OrderBillingAddressInput(Model):
    """
    A billing address to set on an order (the postal code is required).
    """

    zip: str
    """
    The postal code.
    """
    first_name: str | None = None
    last_name: str | None = None
    company: str | None = None
    street_1: str | None = None
    street_2: str | None = None
    city: str | None = None
    state: str | None = None
    country: str | None = None
    country_iso2: str | None = None
    """
    Two-letter ISO country code.
    """
    phone: str | None = None
    email: str | None = None


class OrderRefundAdjustmentInput(Model):
    """
    An amount taken off a refunded product line.
    """

    amount: Annotated[float, Meta(lt=0.0)] | None = None
    """
    The amount, negative.
    """
    description: Annotated[str, Meta(max_length=255, min_length=0)] | None = None
    """
    Why the amount is taken off.
    """


class OrderRefundPaymentInput(Model):
    """
    One provider's share of the refund, as the quote gave it.
    """

    provider_id: str | None = None
    """
    The provider, as the quote named it (such as `storecredit`).
    """
    amount: Annotated[float, Meta(ge=0.0)] | None = None
    """
    What this provider pays back.
    """
    offline: bool | None = None
    """
    Whether it is paid back outside an online provider.
    """


class OrderRefundOverride(Model):
    """
    The refund's total and tax as you computed them, replacing BigCommerce's.
    """

    total_amount: Annotated[float, Meta(ge=0.0)]
    """
    The total to refund.
    """
    total_tax: float
    """
    The tax part of it (0 when there is none).
    """


OrderPaymentActionResponse: TypeAlias = dict[str, Any]


class OrderErrorMessage(Model):
    """
    One error of the list some v2 calls answer with.
    """

    status: int | None = None
    message: str | None = None


class OrderMetafield(Model):
    """
    A metafield attached to an order.
    """

    id: int | None = None
    """
    The metafield's id.
    """
    namespace: str | None = None
    """
    The group it belongs to.
    """
    key: str | None = None
    """
    Its name within the namespace.
    """
    value: str | None = None
    """
    Its value.
    """
    description: str | None = None
    """
    What it is for.
    """
    permission_set: str | None = None
    """
    Who can see and change it. Known values: `app_only`, `read`, `write`, `read_and_sf_access`, `write_and_sf_access` (others arrive as they are sent).
    """
    resource_type: str | None = None
    """
    The kind of object it is attached to; `order` here. Known values: `order`, `brand`, `product`, `variant`, `category` (others arrive as they are sent).
    """
    resource_id: int | None = None
    """
    The id of the order it is attached to.
    """
    owner_client_id: str | None = None
    """
    The client id of the app that created it.
    """
    date_created: str | None = None
    """
    When it was created.
    """
    date_modified: str | None = None
    """
    When it last changed.
    """


class OrderMetafieldResponse(Model):
    """
    The envelope of calls that answer with one order metafield.
    """

    data: OrderMetafield | None = None
    meta: MetaModel | None = None


class OrderFeesResponse(Model):
    """
    The fees of an order.
    """

    fees: list[OrderFee] | None = None


class WebhookCreateRequest(Model):
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
    is_active: bool | None = None
    """
    Whether deliveries start now (default true).
    """
    headers: dict[str, str] | None = None
    """
    Headers sent with every delivery, name to value (the values are masked in logs, errors and reprs).
    """


class WebhookUpdateRequest(Model):
    """
    The fields of a webhook to change; at least one.
    """

    scope: str | None = None
    """
    The event to receive from now on.
    """
    destination: str | None = None
    """
    The new `https://` URL (port 443).
    """
    is_active: bool | None = None
    """
    `true` switches a deactivated webhook back on; `false` pauses it.
    """
    headers: dict[str, str] | None = None
    """
    Headers sent with every delivery, name to value (the values are masked in logs, errors and reprs).
    """


class Webhook(Model):
    """
    A subscription of one destination to one event scope.
    """

    id: int
    """
    The webhook's id.
    """
    scope: str
    """
    The event scope it receives.
    """
    destination: str
    """
    The URL events are POSTed to.
    """
    is_active: bool
    """
    Whether BigCommerce delivers to it. BigCommerce switches a webhook off after 48 hours
    of failed deliveries and after 90 days without events.

    """
    client_id: str | None = None
    """
    The API account (its client id) the webhook belongs to.
    """
    store_hash: str | None = None
    """
    The store's hash.
    """
    headers: dict[str, str] | None = None
    """
    Headers sent with every delivery, name to value (the values are masked in logs, errors and reprs).
    """
    created_at: int | None = None
    """
    When it was created, in seconds since 1970 (UTC).
    """
    updated_at: int | None = None
    """
    When it last changed, in seconds since 1970 (UTC).
    """


class WebhookResponse(Model):
    """
    One webhook, in BigCommerce's `data` envelope.
    """

    data: Webhook
    meta: MetaModel | None = None


class WebhookPageLinks(Model):
    """
    Query strings of the neighbouring pages.
    """

    previous: str | None = None
    current: str | None = None
    next: str | None = None


class WebhookEmailsRequest(Model):
    """
    The addresses told when a destination is blocked or a webhook is switched off.
    """

    emails: list[str] | None = None


class WebhookAdminHook(Model):
    """
    A webhook as the admin view lists it, with its delivery status.
    """

    id: int
    scope: str
    destination: str
    client_id: str | None = None
    store_hash: str | None = None
    headers: dict[str, str] | None = None
    """
    Headers sent with every delivery, name to value (the values are masked in logs, errors and reprs).
    """
    is_active: bool | None = None
    created_at: int | None = None
    updated_at: int | None = None
    status: str | None = None
    """
    Delivery state. Known values: `inactive`, `active`, `deactivated` (others arrive as they are sent).
    """


class WebhookBlockReason(Model):
    """
    One kind of failure that led to the block.
    """

    failure_description: str | None = None
    count: int | None = None
    timestamp: int | None = None
    """
    Seconds since 1970 (UTC).
    """


class WebhookEventBase(Model):
    """
    What every event BigCommerce POSTs to a webhook's destination carries.
    """

    store_id: str
    """
    The store's numeric id, as a string.
    """
    hash: str
    """
    A fingerprint of the event; a delivery repeated by BigCommerce carries the same one.
    """
    created_at: int | None = None
    """
    When the event happened, in seconds since 1970 (UTC).
    """
    producer: str | None = None
    """
    Who sent it, `stores/{store_hash}`.
    """


class WebhookEvent(WebhookEventBase, kw_only=True):
    """
    An event of a scope this client has no model for (`parse_event` returns it instead of
    failing): `data` stays a dict.

    """

    scope: str
    """
    The event's scope, such as `store/product/updated`.
    """
    data: dict[str, Any]
    """
    What the event is about; its fields depend on the scope.
    """


class CartEventData(Model):
    """
    The cart an event is about.
    """

    id: str
    """
    The cart's id (also its checkout's id).
    """
    type: str | None = None
    """
    `cart`.
    """


class CartAbandonedEventData(Model):
    """
    The abandoned cart.
    """

    id: str
    """
    The cart's id.
    """
    type: str | None = None
    token: str | None = None
    """
    The token of the cart's recovery link.
    """


class CartConvertedEventData(Model):
    """
    The cart and the order it became.
    """

    id: str
    """
    The cart's id (the cart no longer exists).
    """
    order_id: int = field(name="orderId")
    """
    The new order's id.
    """
    type: str | None = None


class CartCouponAppliedEventData(Model):
    """
    The cart and the coupon applied to it.
    """

    id: str
    """
    The cart's id.
    """
    coupon_id: int = field(name="couponId")
    """
    The coupon's id.
    """
    type: str | None = None


class CartLineItemEventData(Model):
    """
    A cart's line item.
    """

    id: str
    """
    The line item's id.
    """
    cart_id: str = field(name="cartId")
    """
    The cart's id.
    """
    type: str | None = None
    """
    `cart_line_item`.
    """


class MetafieldEventData(Model):
    """
    A metafield of a cart or an order.
    """

    metafield_id: int
    resource_id: str
    """
    The id of the cart or order it belongs to.
    """
    namespace: str | None = None


class OrderEventData(Model):
    """
    The order an event is about.
    """

    id: int
    """
    The order's id.
    """
    type: str | None = None
    """
    `order`.
    """


class OrderStatusChange(Model):
    """
    Status ids before and after (for example 0 = incomplete, 11 = awaiting fulfillment).
    """

    previous_status_id: int
    new_status_id: int


class OrderMessageRef(Model):
    """
    Which message was added.
    """

    order_message_id: int


class OrderRefundRef(Model):
    """
    Which refund was made.
    """

    refund_id: int


class OrderTransactionResult(Model):
    """
    What the payment provider answered.
    """

    code: str | None = None
    message: str | None = None
    type: str | None = None


class CartCreatedEvent(WebhookEventBase, kw_only=True):
    """
    `store/cart/created`: A cart was created: by a shopper's first item, or through an API.
    """

    scope: Literal["store/cart/created"]
    data: CartEventData


class CartUpdatedEvent(WebhookEventBase, kw_only=True):
    """
    `store/cart/updated`: Something in a cart changed (items, coupons, addresses); also sent beside `created` and `deleted`.
    """

    scope: Literal["store/cart/updated"]
    data: CartEventData


class CartDeletedEvent(WebhookEventBase, kw_only=True):
    """
    `store/cart/deleted`: A cart is gone: emptied, or deleted through an API.
    """

    scope: Literal["store/cart/deleted"]
    data: CartEventData


class CartAbandonedEvent(WebhookEventBase, kw_only=True):
    """
    `store/cart/abandoned`: A cart saw no change for an hour.
    """

    scope: Literal["store/cart/abandoned"]
    data: CartAbandonedEventData


class CartConvertedEvent(WebhookEventBase, kw_only=True):
    """
    `store/cart/converted`: A cart became an order (the cart no longer exists); `data` names both.
    """

    scope: Literal["store/cart/converted"]
    data: CartConvertedEventData


class CartCouponAppliedEvent(WebhookEventBase, kw_only=True):
    """
    `store/cart/couponApplied`: A coupon code was applied to a cart.
    """

    scope: Literal["store/cart/couponApplied"]
    data: CartCouponAppliedEventData


class CartLineItemCreatedEvent(WebhookEventBase, kw_only=True):
    """
    `store/cart/lineItem/created`: An item was added to a cart.
    """

    scope: Literal["store/cart/lineItem/created"]
    data: CartLineItemEventData


class CartLineItemUpdatedEvent(WebhookEventBase, kw_only=True):
    """
    `store/cart/lineItem/updated`: A cart's item changed (quantity, options, price).
    """

    scope: Literal["store/cart/lineItem/updated"]
    data: CartLineItemEventData


class CartLineItemDeletedEvent(WebhookEventBase, kw_only=True):
    """
    `store/cart/lineItem/deleted`: An item was removed from a cart.
    """

    scope: Literal["store/cart/lineItem/deleted"]
    data: CartLineItemEventData


class CartMetafieldCreatedEvent(WebhookEventBase, kw_only=True):
    """
    `store/cart/metafield/created`: A metafield was attached to a cart.
    """

    scope: Literal["store/cart/metafield/created"]
    data: MetafieldEventData


class CartMetafieldUpdatedEvent(WebhookEventBase, kw_only=True):
    """
    `store/cart/metafield/updated`: A cart's metafield changed.
    """

    scope: Literal["store/cart/metafield/updated"]
    data: MetafieldEventData


class CartMetafieldDeletedEvent(WebhookEventBase, kw_only=True):
    """
    `store/cart/metafield/deleted`: A cart's metafield was deleted.
    """

    scope: Literal["store/cart/metafield/deleted"]
    data: MetafieldEventData


class OrderCreatedEvent(WebhookEventBase, kw_only=True):
    """
    `store/order/created`: An order was placed (by a checkout, the control panel or an API).
    """

    scope: Literal["store/order/created"]
    data: OrderEventData


class OrderUpdatedEvent(WebhookEventBase, kw_only=True):
    """
    `store/order/updated`: An order changed.
    """

    scope: Literal["store/order/updated"]
    data: OrderEventData


class OrderArchivedEvent(WebhookEventBase, kw_only=True):
    """
    `store/order/archived`: An order was archived.
    """

    scope: Literal["store/order/archived"]
    data: OrderEventData


class OrderMetafieldCreatedEvent(WebhookEventBase, kw_only=True):
    """
    `store/order/metafield/created`: A metafield was attached to an order.
    """

    scope: Literal["store/order/metafield/created"]
    data: MetafieldEventData


class OrderMetafieldUpdatedEvent(WebhookEventBase, kw_only=True):
    """
    `store/order/metafield/updated`: An order's metafield changed.
    """

    scope: Literal["store/order/metafield/updated"]
    data: MetafieldEventData


class OrderMetafieldDeletedEvent(WebhookEventBase, kw_only=True):
    """
    `store/order/metafield/deleted`: An order's metafield was deleted.
    """

    scope: Literal["store/order/metafield/deleted"]
    data: MetafieldEventData


class CustomerCurrentJwtGetParametersQuery(Model):
    app_client_id: str | None


class StoresStoreHashV3CartsPostParametersQuery(Model):
    include: (
        Annotated[
            str,
            Meta(
                pattern="^(redirect_urls|line_items\\.physical_items\\.options|line_items\\.digital_items\\.options|promotions\\.banners)(,(redirect_urls|line_items\\.physical_items\\.options|line_items\\.digital_items\\.options|promotions\\.banners))*$"
            ),
        ]
        | None
    ) = None


class StoresStoreHashV3CartsCartIdGetParametersQuery(Model):
    include: (
        Annotated[
            str,
            Meta(
                pattern="^(redirect_urls|line_items\\.physical_items\\.options|line_items\\.digital_items\\.options|promotions\\.banners)(,(redirect_urls|line_items\\.physical_items\\.options|line_items\\.digital_items\\.options|promotions\\.banners))*$"
            ),
        ]
        | None
    ) = None


class StoresStoreHashV3CartsCartIdPutParametersQuery(Model):
    include: (
        Annotated[
            str,
            Meta(
                pattern="^(redirect_urls|line_items\\.physical_items\\.options|line_items\\.digital_items\\.options|promotions\\.banners)(,(redirect_urls|line_items\\.physical_items\\.options|line_items\\.digital_items\\.options|promotions\\.banners))*$"
            ),
        ]
        | None
    ) = None


class StoresStoreHashV3CartsCartIdItemsPostParametersQuery(Model):
    include: (
        Annotated[
            str,
            Meta(
                pattern="^(redirect_urls|line_items\\.physical_items\\.options|line_items\\.digital_items\\.options|promotions\\.banners)(,(redirect_urls|line_items\\.physical_items\\.options|line_items\\.digital_items\\.options|promotions\\.banners))*$"
            ),
        ]
        | None
    ) = None


class StoresStoreHashV3CartsCartIdItemsItemIdPutParametersQuery(Model):
    include: (
        Annotated[
            str,
            Meta(
                pattern="^(redirect_urls|line_items\\.physical_items\\.options|line_items\\.digital_items\\.options|promotions\\.banners)(,(redirect_urls|line_items\\.physical_items\\.options|line_items\\.digital_items\\.options|promotions\\.banners))*$"
            ),
        ]
        | None
    ) = None


class StoresStoreHashV3CartsCartIdItemsItemIdDeleteParametersQuery(Model):
    include: (
        Annotated[
            str,
            Meta(
                pattern="^(redirect_urls|line_items\\.physical_items\\.options|line_items\\.digital_items\\.options|promotions\\.banners)(,(redirect_urls|line_items\\.physical_items\\.options|line_items\\.digital_items\\.options|promotions\\.banners))*$"
            ),
        ]
        | None
    ) = None


class StoresStoreHashV3CartsCartIdMetafieldsGetParametersQuery(Model):
    page: int | None = None
    limit: int | None = None
    key: str | None = None
    namespace: str | None = None
    direction: Literal["asc", "desc"] | None = None
    before: str | None = None
    after: str | None = None


class StoresStoreHashV3CartsCartIdMetafieldsMetafieldIdGetParametersQuery(Model):
    page: int | None = None
    limit: int | None = None
    key: str | None = None
    namespace: str | None = None
    direction: Literal["asc", "desc"] | None = None


class StoresStoreHashV3CartsMetafieldsGetParametersQuery(Model):
    page: int | None = None
    limit: int | None = None
    key: str | None = None
    key_in: str | None = field(name="key:in", default=None)
    namespace: str | None = None
    namespace_in: str | None = field(name="namespace:in", default=None)
    direction: Literal["asc", "desc"] | None = None
    include_fields: (
        Annotated[
            str,
            Meta(
                pattern="^(resource_id|key|value|namespace|permission_set|resource_type|description|owner_client_id|date_created|date_modified)(,(resource_id|key|value|namespace|permission_set|resource_type|description|owner_client_id|date_created|date_modified))*$"
            ),
        ]
        | None
    ) = None
    date_modified_min: str | None = field(name="date_modified:min", default=None)
    date_modified_max: str | None = field(name="date_modified:max", default=None)
    date_created_min: str | None = field(name="date_created:min", default=None)
    date_created_max: str | None = field(name="date_created:max", default=None)
    before: str | None = None
    after: str | None = None


class StoresStoreHashV3PaymentsMethodsGetParametersQuery(Model):
    order_id: int | None = None
    checkout_id: str | None = None


class ApiStorefrontCartsGetParametersQuery(Model):
    include: (
        Annotated[
            str,
            Meta(
                pattern="^(lineItems\\.physicalItems\\.options|lineItems\\.digitalItems\\.options)(,(lineItems\\.physicalItems\\.options|lineItems\\.digitalItems\\.options))*$"
            ),
        ]
        | None
    ) = None


class ApiStorefrontCartsPostParametersQuery(Model):
    include: (
        Annotated[
            str,
            Meta(
                pattern="^(lineItems\\.physicalItems\\.options|lineItems\\.digitalItems\\.options)(,(lineItems\\.physicalItems\\.options|lineItems\\.digitalItems\\.options))*$"
            ),
        ]
        | None
    ) = None


class ApiStorefrontCartsCartIdItemsPostParametersQuery(Model):
    include: (
        Annotated[
            str,
            Meta(
                pattern="^(lineItems\\.physicalItems\\.options|lineItems\\.digitalItems\\.options)(,(lineItems\\.physicalItems\\.options|lineItems\\.digitalItems\\.options))*$"
            ),
        ]
        | None
    ) = None


class ApiStorefrontCartsCartIdItemsItemIdPutParametersQuery(Model):
    include: (
        Annotated[
            str,
            Meta(
                pattern="^(lineItems\\.physicalItems\\.options|lineItems\\.digitalItems\\.options)(,(lineItems\\.physicalItems\\.options|lineItems\\.digitalItems\\.options))*$"
            ),
        ]
        | None
    ) = None


class ApiStorefrontCartsCartIdItemsItemIdDeleteParametersQuery(Model):
    include: (
        Annotated[
            str,
            Meta(
                pattern="^(lineItems\\.physicalItems\\.options|lineItems\\.digitalItems\\.options)(,(lineItems\\.physicalItems\\.options|lineItems\\.digitalItems\\.options))*$"
            ),
        ]
        | None
    ) = None


class ApiStorefrontCartsCartIdCurrencyPostParametersQuery(Model):
    include: (
        Annotated[
            str,
            Meta(
                pattern="^(lineItems\\.physicalItems\\.options|lineItems\\.digitalItems\\.options)(,(lineItems\\.physicalItems\\.options|lineItems\\.digitalItems\\.options))*$"
            ),
        ]
        | None
    ) = None


class ApiStorefrontOrdersOrderIdGetParametersQuery(Model):
    include: (
        Annotated[
            str,
            Meta(
                pattern="^(lineItems|billingAddress|coupons|currency|taxes|payments|consignments)(,(lineItems|billingAddress|coupons|currency|taxes|payments|consignments))*$"
            ),
        ]
        | None
    ) = None


class StoresStoreHashV2OrdersGetParametersQuery(Model):
    min_id: int | None = None
    max_id: int | None = None
    min_total: float | None = None
    max_total: float | None = None
    customer_id: int | None = None
    email: str | None = None
    status_id: int | None = None
    cart_id: str | None = None
    payment_method: str | None = None
    min_date_created: str | None = None
    max_date_created: str | None = None
    min_date_modified: str | None = None
    max_date_modified: str | None = None
    page: Annotated[int, Meta(ge=1)] | None = 1
    limit: Annotated[int, Meta(ge=1, le=250)] | None = 50
    sort: (
        Annotated[
            str,
            Meta(
                pattern="^(id|customer_id|date_created|date_modified|status_id|channel_id|external_id)(:(asc|desc))?$"
            ),
        ]
        | None
    ) = None
    channel_id: int | None = None
    include: (
        Annotated[
            str,
            Meta(
                pattern="^(consignments|consignments\\.line_items|fees)(,(consignments|consignments\\.line_items|fees))*$"
            ),
        ]
        | None
    ) = None
    consignment_structure: Literal["object"] | None = None
    external_order_id: str | None = None


class StoresStoreHashV2OrdersCountGetParametersQuery(Model):
    min_id: int | None = None
    max_id: int | None = None
    min_total: float | None = None
    max_total: float | None = None
    customer_id: int | None = None
    email: str | None = None
    status_id: int | None = None
    cart_id: str | None = None
    payment_method: str | None = None
    min_date_created: str | None = None
    max_date_created: str | None = None
    min_date_modified: str | None = None
    max_date_modified: str | None = None
    channel_id: int | None = None
    external_order_id: str | None = None


class StoresStoreHashV2OrdersOrderIdGetParametersQuery(Model):
    include: (
        Annotated[
            str,
            Meta(
                pattern="^(consignments|consignments\\.line_items|fees)(,(consignments|consignments\\.line_items|fees))*$"
            ),
        ]
        | None
    ) = None
    consignment_structure: Literal["object"] | None = None


class StoresStoreHashV2OrdersOrderIdProductsGetParametersQuery(Model):
    page: Annotated[int, Meta(ge=1)] | None = 1
    limit: Annotated[int, Meta(ge=1, le=250)] | None = 50


class StoresStoreHashV2OrdersOrderIdShippingAddressesGetParametersQuery(Model):
    page: Annotated[int, Meta(ge=1)] | None = 1
    limit: Annotated[int, Meta(ge=1, le=250)] | None = 50


class StoresStoreHashV2OrdersOrderIdCouponsGetParametersQuery(Model):
    page: Annotated[int, Meta(ge=1)] | None = 1
    limit: Annotated[int, Meta(ge=1, le=250)] | None = 50


class StoresStoreHashV2OrdersOrderIdTaxesGetParametersQuery(Model):
    page: Annotated[int, Meta(ge=1)] | None = 1
    limit: Annotated[int, Meta(ge=1, le=250)] | None = 50
    details: Literal["true", "false"] | None = None


class StoresStoreHashV2OrdersOrderIdConsignmentsGetParametersQuery(Model):
    include: Annotated[str, Meta(pattern="^(consignments\\.line_items)$")] | None = None


class StoresStoreHashV3OrdersOrderIdPaymentActionsRefundsPostParametersQuery(Model):
    transaction_id: str | None = None


class StoresStoreHashV3OrdersOrderIdPaymentActionsRefundsGetParametersQuery(Model):
    transaction_id: str | None = None


class StoresStoreHashV3OrdersPaymentActionsRefundsGetParametersQuery(Model):
    order_id_in: Annotated[str, Meta(pattern="^[0-9]+(,[0-9]+)*$")] | None = field(
        name="order_id:in", default=None
    )
    id_in: Annotated[str, Meta(pattern="^[0-9]+(,[0-9]+)*$")] | None = field(name="id:in", default=None)
    created_min: str | None = field(name="created:min", default=None)
    created_max: str | None = field(name="created:max", default=None)
    transaction_id: str | None = None
    page: int | None = None
    limit: int | None = None


class StoresStoreHashV3OrdersOrderIdMetafieldsGetParametersQuery(Model):
    page: int | None = None
    limit: int | None = None
    key: str | None = None
    key_in: str | None = field(name="key:in", default=None)
    namespace: str | None = None
    namespace_in: str | None = field(name="namespace:in", default=None)
    direction: Literal["asc", "desc"] | None = None
    include_fields: (
        Annotated[
            str,
            Meta(
                pattern="^(resource_id|key|value|namespace|permission_set|resource_type|description|owner_client_id|date_created|date_modified)(,(resource_id|key|value|namespace|permission_set|resource_type|description|owner_client_id|date_created|date_modified))*$"
            ),
        ]
        | None
    ) = None
    date_created: str | None = None
    date_modified: str | None = None
    date_created_min: str | None = field(name="date_created:min", default=None)
    date_created_max: str | None = field(name="date_created:max", default=None)
    date_modified_min: str | None = field(name="date_modified:min", default=None)
    date_modified_max: str | None = field(name="date_modified:max", default=None)
    before: str | None = None
    after: str | None = None


class StoresStoreHashV3HooksGetParametersQuery(Model):
    page: int | None = None
    limit: int | None = None
    is_active: bool | None = None
    scope: str | None = None
    destination: str | None = None


class StoresStoreHashV3HooksAdminGetParametersQuery(Model):
    is_active: bool | None = None


class CartItemBase(Model):
    """
    What physical and digital items of a cart have in common.
    """

    variant_id: float
    """
    The product variant.
    """
    product_id: float
    """
    The product.
    """
    quantity: float
    """
    How many.
    """
    id: str | None = None
    """
    The line item id, used by the line-item calls.
    """
    parent_id: str | int | None | None = None
    """
    The line item this one belongs to, for bundled items; `null` otherwise.
    """
    sku: str | None = None
    """
    The variant's SKU.
    """
    name: str | None = None
    """
    The product name.
    """
    url: str | None = None
    """
    The product page.
    """
    taxable: bool | None = None
    """
    Whether tax applies.
    """
    image_url: str | None = None
    """
    The product image.
    """
    discounts: list[CartAppliedDiscount] | None = None
    coupons: list[CartItemCoupon] | float | None | None = None
    """
    The coupons on this item; BigCommerce documents a plain amount here as well.
    """
    discount_amount: float | None = None
    """
    Non-coupon discounts on the item.
    """
    coupon_amount: float | None = None
    """
    Coupon discounts on the item.
    """
    original_price: float | None = None
    """
    The price before any price list or sale.
    """
    list_price: float | None = None
    """
    The unit price before discounts.
    """
    sale_price: float | None = None
    """
    The unit price after item-level discounts.
    """
    extended_list_price: float | None = None
    """
    List price times quantity.
    """
    extended_sale_price: float | None = None
    """
    Sale price times quantity.
    """
    is_require_shipping: bool | None = None
    """
    Whether the item ships; false for digital items.
    """
    is_mutable: bool | None = None
    """
    Whether the shopper may change the quantity.
    """
    added_by_promotion: bool | None = None
    """
    Whether a promotion put this item in the cart.
    """
    options: list[CartItemOption] | None = None
    """
    The chosen options; present when `include` asks for them.
    """


class CartPhysicalItem(CartItemBase):
    """
    A product that ships.
    """

    gift_wrapping: CartGiftWrapping | None = None


class CartDigitalItem(CartItemBase):
    """
    A downloadable product.
    """

    download_file_urls: list[str] | None = None
    """
    Where the files can be downloaded once the order is paid.
    """
    download_page_url: str | None = None
    """
    The page that lists the downloads.
    """
    download_size: str | None = None
    """
    The size of the download, as text.
    """


class CartPromotions(Model):
    """
    Promotions the shopper can see; present when `include` asks for banners.
    """

    banners: list[CartBanner] | None = None


class CartOptionSelection(Model):
    """
    One option chosen for the product.
    """

    option_id: int | None = None
    """
    The option (or modifier).
    """
    option_value: int | str | CartDateOptionValue | None | None = None
    """
    The chosen value: the value id for a list, the text for a text field, a Unix time or a
    `{day, month, year}` object for a date.

    """
    name: str | None = None
    """
    The option's name.
    """
    value: str | None = None
    """
    The value's label.
    """
    name_id: int | None = field(name="nameId", default=None)
    """
    The option's id, as line items show it.
    """
    value_id: int | None = field(name="valueId", default=None)
    """
    The value's id, as line items show it.
    """


class CartGiftWrappingInput(Model):
    """
    How to gift-wrap the item.
    """

    wrap_together: bool | None = None
    """
    Wrap all units together (with the first `wrap_details` entry) or each on its own.
    """
    wrap_details: list[CartGiftWrapDetail] | None = None


class CartRedirectUrlsRequest(Model):
    """
    Extra query parameters to put on the links.
    """

    query_params: CartQueryParam | None = None


class MetafieldPagination(Model):
    """
    Page-number paging.
    """

    total: int | None = None
    """
    Metafields in the whole list.
    """
    count: int | None = None
    """
    Metafields on this page.
    """
    per_page: int | None = None
    """
    The page size.
    """
    current_page: int | None = None
    """
    This page's number.
    """
    total_pages: int | None = None
    """
    How many pages there are.
    """
    links: MetafieldPageLinks | None = None


class MetafieldCursorPagination(Model):
    """
    Cursor paging.
    """

    count: int | None = None
    """
    Metafields on this page.
    """
    per_page: int | None = None
    """
    The page size.
    """
    start_cursor: str | None = None
    """
    Pass as `before` for the previous page.
    """
    end_cursor: str | None = None
    """
    Pass as `after` for the next page.
    """
    links: MetafieldPageLinks | None = None


class CartMetafieldBatchResponse(Model):
    """
    The result of a batch write; with a 422, only some entries were written.
    """

    data: list[CartMetafield] | None = None
    errors: list[MetafieldBatchError] | None = None
    meta: MetafieldWriteMeta | None = None


class CartMetafieldDeleteResponse(Model):
    """
    The result of a batch delete; `data` lists the ids deleted.
    """

    data: list[int] | None = None
    errors: list[MetafieldBatchError] | None = None
    meta: MetafieldWriteMeta | None = None


class PaymentMethod(Model):
    """
    A payment method of one of the store's gateways.
    """

    id: Annotated[str, Meta(min_length=1)]
    """
    Pass it as `payment_method_id` when processing a payment, for example `braintree.card`.
    """
    name: str
    """
    The method's name.
    """
    type: str
    """
    The kind of method, for example `card`, `gift_certificate` or `store_credit`.
    """
    test_mode: bool
    """
    Whether the gateway runs in test mode (no real money moves).
    """
    supported_instruments: list[PaymentSupportedInstrument]
    stored_instruments: list[PaymentStoredInstrument] | None = None


class PaymentAccessTokenRequest(Model):
    """
    The order to create a payment access token for.
    """

    order: PaymentAccessTokenOrder


class PaymentAccessTokenResponse(Model):
    """
    The envelope of the new payment access token.
    """

    data: PaymentAccessToken | None = None
    meta: MetaModel | None = None


class PaymentRequest(Model):
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
    )
    """
    The card, stored instrument, gift certificate or store credit to pay with.
    """
    payment_method_id: Annotated[str, Meta(min_length=1)]
    """
    The `id` of a method from the accepted-payment-methods call, for example `braintree.card`.
    """
    save_instrument: bool | None = None
    """
    Save the card for the shopper's next purchase (the gateway must support stored cards).
    """


class ProcessPaymentResponse(Model):
    """
    The outcome of a payment the gateway accepted.
    """

    data: PaymentTransaction | None = None


class PaymentError(Error):
    """
    The body of an error from the payments endpoints.
    """

    code: int | None = None
    """
    The gateway's or BigCommerce's code for this error.
    """


class StorefrontCartLineItemInput(Model):
    """
    A catalog product for the cart.
    """

    product_id: float = field(name="productId")
    """
    The product.
    """
    quantity: float
    """
    How many.
    """
    variant_id: float | None = field(name="variantId", default=None)
    """
    The variant, when it fixes every option.
    """
    option_selections: list[StorefrontCartOptionSelection] | None = field(
        name="optionSelections", default=None
    )
    gift_wrapping: StorefrontGiftWrappingInput | None = field(name="giftWrapping", default=None)
    """
    How to gift-wrap it; `null` for no wrapping.
    """


class StorefrontOrderItem(Model):
    """
    A physical or digital product in the order.
    """

    quantity: float
    """
    How many.
    """
    id: int | str | None | None = None
    """
    The order item's id (a number in real answers; BigCommerce documents a string).
    """
    parent_id: int | str | None | None = field(name="parentId", default=None)
    """
    The item this one belongs to, for bundled items.
    """
    variant_id: float | None = field(name="variantId", default=None)
    """
    The product variant.
    """
    product_id: float | None = field(name="productId", default=None)
    """
    The product.
    """
    sku: str | None = None
    name: str | None = None
    url: str | None = None
    """
    The product page.
    """
    brand: str | None = None
    is_taxable: bool | None = field(name="isTaxable", default=None)
    image_url: str | None = field(name="imageUrl", default=None)
    discounts: list[StorefrontOrderItemDiscount] | dict[str, Any] | None = None
    """
    Discounts on the item.
    """
    discount_amount: float | None = field(name="discountAmount", default=None)
    coupon_amount: float | None = field(name="couponAmount", default=None)
    list_price: float | None = field(name="listPrice", default=None)
    sale_price: float | None = field(name="salePrice", default=None)
    extended_list_price: float | None = field(name="extendedListPrice", default=None)
    extended_sale_price: float | None = field(name="extendedSalePrice", default=None)
    extended_comparison_price: float | None = field(name="extendedComparisonPrice", default=None)
    type: str | None = None
    """
    `physical` or `digital`.
    """
    added_by_promotion: bool | None = field(name="addedByPromotion", default=None)
    is_shipping_required: bool | None = field(name="isShippingRequired", default=None)
    gift_wrapping: StorefrontGiftWrapping | None = field(name="giftWrapping", default=None)
    categories: list[list[StorefrontOrderCategory] | StorefrontOrderCategory] | None = None
    """
    The item's category paths; each path is a list of categories.
    """
    social_media: list[StorefrontOrderSocialLink] | None = field(name="socialMedia", default=None)
    options: list[StorefrontLineItemOption] | None = None
    download_file_urls: list[str] | None = field(name="downloadFileUrls", default=None)
    download_page_url: str | None = field(name="downloadPageUrl", default=None)
    download_size: str | None = field(name="downloadSize", default=None)


class StorefrontOrderShippingConsignment(Model):
    """
    Items shipped to one address, and what shipping them costs.
    """

    line_items: list[StorefrontOrderConsignmentItem] | None = field(name="lineItems", default=None)
    shipping_address_id: int | None = field(name="shippingAddressId", default=None)
    first_name: str | None = field(name="firstName", default=None)
    last_name: str | None = field(name="lastName", default=None)
    company: str | None = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    state_or_province: str | None = field(name="stateOrProvince", default=None)
    postal_code: str | None = field(name="postalCode", default=None)
    country: str | None = None
    country_code: str | None = field(name="countryCode", default=None)
    email: str | None = None
    phone: str | None = None
    items_total: int | None = field(name="itemsTotal", default=None)
    items_shipped: int | None = field(name="itemsShipped", default=None)
    shipping_method: str | None = field(name="shippingMethod", default=None)
    base_cost: float | None = field(name="baseCost", default=None)
    cost_ex_tax: float | None = field(name="costExTax", default=None)
    cost_inc_tax: float | None = field(name="costIncTax", default=None)
    cost_tax: float | None = field(name="costTax", default=None)
    cost_tax_class_id: int | None = field(name="costTaxClassId", default=None)
    shipping_cost_before_discount: float | None = field(name="shippingCostBeforeDiscount", default=None)
    comparison_shipping_cost: float | None = field(name="comparisonShippingCost", default=None)
    base_handling_cost: float | None = field(name="baseHandlingCost", default=None)
    handling_cost_ex_tax: float | None = field(name="handlingCostExTax", default=None)
    handling_cost_inc_tax: float | None = field(name="handlingCostIncTax", default=None)
    handling_cost_tax: float | None = field(name="handlingCostTax", default=None)
    handling_cost_tax_class_id: int | None = field(name="handlingCostTaxClassId", default=None)
    shipping_zone_id: float | None = field(name="shippingZoneId", default=None)
    shipping_zone_name: str | None = field(name="shippingZoneName", default=None)
    custom_fields: list[StorefrontOrderFormField] | None = field(name="customFields", default=None)
    discounts: list[dict[str, Any]] | None = None


class StorefrontOrderPickupConsignment(Model):
    """
    Items the shopper collects from a pickup location.
    """

    id: int | None = None
    line_items: list[StorefrontOrderConsignmentItem] | None = field(name="lineItems", default=None)
    pickup_method_id: int | None = field(name="pickupMethodId", default=None)
    pickup_method_display_name: str | None = field(name="pickupMethodDisplayName", default=None)
    collection_instructions: str | None = field(name="collectionInstructions", default=None)
    collection_time_description: str | None = field(name="collectionTimeDescription", default=None)
    location: StorefrontOrderPickupLocation | None = None


class OrderPickupConsignment(Model):
    """
    Items collected in person.
    """

    id: int | None = None
    """
    The pickup consignment's id.
    """
    pickup_method_id: int | None = None
    """
    The pickup method's id.
    """
    pickup_method_display_name: Annotated[str, Meta(max_length=250)] | None = None
    """
    The pickup method's name as the shopper sees it.
    """
    collection_instructions: str | None = None
    """
    What the shopper must do to collect the items.
    """
    collection_time_description: Annotated[str, Meta(max_length=250)] | None = None
    """
    When the items can be collected.
    """
    location: OrderPickupLocation | None = None
    """
    Where the items are collected.
    """
    line_items: list[OrderConsignmentLineItem] | None = None
    """
    The consignment's products: links to them, or (with `include=consignments.line_items`) the products.
    """


class OrderShippingConsignment(Model):
    """
    Items shipped to one address.
    """

    id: int | None = None
    """
    The shipping consignment's id.
    """
    first_name: str | None = None
    """
    First name.
    """
    last_name: str | None = None
    """
    Last name.
    """
    company: str | None = None
    """
    Company name.
    """
    street_1: str | None = None
    """
    Street address.
    """
    street_2: str | None = None
    """
    Street address, second line.
    """
    city: str | None = None
    """
    City.
    """
    zip: str | None = None
    """
    Postal code.
    """
    country: str | None = None
    """
    Country name.
    """
    country_iso2: str | None = None
    """
    Two-letter ISO country code.
    """
    state: str | None = None
    """
    State or province.
    """
    email: str | None = None
    """
    Email address.
    """
    phone: str | None = None
    """
    Phone number.
    """
    form_fields: list[OrderFormField] | None = None
    """
    Values of the store's custom form fields.
    """
    line_items: list[OrderConsignmentLineItem] | None = None
    """
    The consignment's products: links to them, or (with `include=consignments.line_items`) the products.
    """
    items_total: int | None = None
    """
    How many items there are.
    """
    items_shipped: int | None = None
    """
    How many items have shipped.
    """
    shipping_method: str | None = None
    """
    The shipping method the shopper chose.
    """
    base_cost: Decimal | None = None
    """
    The cost before tax rules.
    """
    cost_ex_tax: Decimal | None = None
    """
    The cost without tax.
    """
    cost_inc_tax: Decimal | None = None
    """
    The cost with tax.
    """
    cost_tax: Decimal | None = None
    """
    The tax on the cost.
    """
    cost_tax_class_id: int | None = None
    """
    The tax class of the cost.
    """
    base_handling_cost: Decimal | None = None
    """
    The handling charge before tax rules.
    """
    handling_cost_ex_tax: Decimal | None = None
    """
    The handling charge without tax.
    """
    handling_cost_inc_tax: Decimal | None = None
    """
    The handling charge with tax.
    """
    handling_cost_tax: Decimal | None = None
    """
    The tax on the handling charge.
    """
    handling_cost_tax_class_id: int | None = None
    """
    The tax class of the handling charge.
    """
    shipping_zone_id: int | None = None
    """
    The shipping zone's id.
    """
    shipping_zone_name: str | None = None
    """
    The shipping zone's name.
    """
    shipping_quotes: OrderResourceLink | None = None
    """
    A link to the shipping quotes.
    """


class OrderDigitalConsignment(Model):
    """
    Digital items sent by email.
    """

    recipient_email: str | None = None
    """
    Where the items are sent.
    """
    line_items: list[OrderConsignmentLineItem] | None = None
    """
    The consignment's products: links to them, or (with `include=consignments.line_items`) the products.
    """


class OrderGiftCertificateConsignment(Model):
    """
    Gift certificates sent by email.
    """

    recipient_email: str | None = None
    """
    Where the items are sent.
    """
    line_items: list[OrderConsignmentLineItem] | None = None
    """
    The consignment's products: links to them, or (with `include=consignments.line_items`) the products.
    """


class OrderProduct(Model):
    """
    One product line of an order.
    """

    id: int
    """
    The line's id within the order (what refunds name in `item_id`).
    """
    quantity: int
    """
    How many were ordered.
    """
    order_id: int | None = None
    """
    The order's id.
    """
    product_id: int | None = None
    """
    The catalogue product's id.
    """
    order_pickup_method_id: int | None = None
    """
    The pickup method of the line; 0 when it is not picked up.
    """
    order_address_id: int | None = None
    """
    The shipping address the line goes to; 0 when it is not shipped.
    """
    name: Annotated[str, Meta(min_length=1)] | None = None
    """
    The product's name as the shopper sees it.
    """
    sku: str | None = None
    """
    The stock keeping unit.
    """
    type: str | None = None
    """
    `physical`, `digital` or `giftcertificate`. Known values: `physical`, `digital`, `giftcertificate` (others arrive as they are sent).
    """
    base_price: Decimal | None = None
    """
    The unit price before tax rules.
    """
    price_ex_tax: Decimal | None = None
    """
    The unit price without tax.
    """
    price_inc_tax: Decimal | None = None
    """
    The unit price with tax.
    """
    price_tax: Decimal | None = None
    """
    The tax on one unit.
    """
    base_total: Decimal | None = None
    """
    The line's total before tax rules.
    """
    total_ex_tax: Decimal | None = None
    """
    The order's total without tax.
    """
    total_inc_tax: Decimal | None = None
    """
    The order's total with tax: what the shopper pays.
    """
    total_tax: Decimal | None = None
    """
    The total tax.
    """
    base_cost_price: Decimal | None = None
    """
    The product's cost price, as set in the catalogue.
    """
    cost_price_inc_tax: Decimal | None = None
    """
    The product's cost price with tax.
    """
    cost_price_ex_tax: Decimal | None = None
    """
    The product's cost price without tax.
    """
    weight: Decimal | None = None
    """
    The product's weight.
    """
    width: Decimal | None = None
    """
    The product's width.
    """
    height: Decimal | None = None
    """
    The product's height.
    """
    depth: Decimal | None = None
    """
    The product's depth.
    """
    cost_price_tax: Decimal | None = None
    """
    The tax on the product's cost price.
    """
    is_refunded: bool | None = None
    """
    Whether the product was refunded.
    """
    quantity_refunded: int | None = None
    """
    How many were refunded.
    """
    refund_amount: Decimal | None = None
    """
    BigCommerce always answers `0` here; see the refunds.
    """
    return_id: int | None = None
    """
    The id of the return.
    """
    wrapping_id: int | None = None
    """
    The gift wrapping chosen.
    """
    wrapping_name: str | None = None
    """
    The gift wrapping's name.
    """
    base_wrapping_cost: Decimal | None = None
    """
    The gift-wrapping charge before tax rules.
    """
    wrapping_cost_ex_tax: Decimal | None = None
    """
    The gift-wrapping charge without tax.
    """
    wrapping_cost_inc_tax: Decimal | None = None
    """
    The gift-wrapping charge with tax.
    """
    wrapping_cost_tax: Decimal | None = None
    """
    The tax on gift wrapping.
    """
    wrapping_message: str | None = None
    """
    The gift message.
    """
    quantity_shipped: int | None = None
    """
    How many have shipped.
    """
    event_name: str | None = None
    """
    The name of the promotional event or delivery date.
    """
    event_date: str | None = None
    """
    The date of the promotional event or delivery.
    """
    fixed_shipping_cost: Decimal | None = None
    """
    A fixed shipping charge of the product.
    """
    ebay_item_id: str | None = None
    """
    The item's id on eBay, for eBay orders.
    """
    ebay_transaction_id: str | None = None
    """
    The transaction's id on eBay, for eBay orders.
    """
    option_set_id: int | None = None
    """
    The option set of the product.
    """
    parent_order_product_id: int | None = None
    """
    The parent line of a bundled product.
    """
    is_bundled_product: bool | None = None
    """
    Whether the product came in a bundle.
    """
    bin_picking_number: str | None = None
    """
    Where the warehouse keeps the item.
    """
    external_id: str | None = None
    """
    The order's id in another system; set by BigCommerce only.
    """
    brand: str | None = None
    """
    The product's brand name.
    """
    applied_discounts: list[OrderProductDiscount] | None = None
    """
    Discounts and coupons that lowered this product's price.
    """
    product_options: list[OrderProductOption] | None = None
    """
    The options the shopper chose.
    """
    configurable_fields: list[ConfigurableField] | None = None
    """
    Values the shopper typed for configurable fields (older catalogues only).
    """
    upc: Annotated[str, Meta(max_length=255)] | None = None
    """
    The universal product code.
    """
    variant_id: int | None = None
    """
    The product variant's id.
    """
    name_customer: str | None = None
    """
    The product's name as the shopper sees it.
    """
    name_merchant: str | None = None
    """
    The product's name as the merchant sees it.
    """
    gift_certificate_id: int | None = None
    """
    The gift certificate this line bought.
    """
    discounted_total_inc_tax: Decimal | None = None
    """
    The line's total with tax, after every discount.
    """


class OrderShippingAddress(Model):
    """
    Where (part of) an order ships, with its shipping charges.
    """

    id: int | None = None
    """
    The shipping address's id within the order.
    """
    order_id: int | None = None
    """
    The order's id.
    """
    items_total: int | None = None
    """
    How many items there are.
    """
    items_shipped: int | None = None
    """
    How many items have shipped.
    """
    base_cost: Decimal | None = None
    """
    The cost before tax rules.
    """
    cost_ex_tax: Decimal | None = None
    """
    The cost without tax.
    """
    cost_inc_tax: Decimal | None = None
    """
    The cost with tax.
    """
    cost_tax: Decimal | None = None
    """
    The tax on the cost.
    """
    cost_tax_class_id: int | None = None
    """
    The tax class of the cost.
    """
    base_handling_cost: Decimal | None = None
    """
    The handling charge before tax rules.
    """
    handling_cost_ex_tax: Decimal | None = None
    """
    The handling charge without tax.
    """
    handling_cost_inc_tax: Decimal | None = None
    """
    The handling charge with tax.
    """
    handling_cost_tax: Decimal | None = None
    """
    The tax on the handling charge.
    """
    handling_cost_tax_class_id: int | None = None
    """
    The tax class of the handling charge.
    """
    shipping_zone_id: int | None = None
    """
    The shipping zone's id.
    """
    shipping_zone_name: str | None = None
    """
    The shipping zone's name.
    """
    form_fields: list[OrderFormField] | None = None
    """
    Values of the store's custom form fields.
    """
    shipping_quotes: OrderResourceLink | None = None
    """
    A link to the shipping quotes.
    """
    first_name: str | None = None
    """
    First name.
    """
    last_name: str | None = None
    """
    Last name.
    """
    company: str | None = None
    """
    Company name.
    """
    street_1: str | None = None
    """
    Street address.
    """
    street_2: str | None = None
    """
    Street address, second line.
    """
    city: str | None = None
    """
    City.
    """
    state: str | None = None
    """
    State or province.
    """
    zip: str | None = None
    """
    Postal code.
    """
    country: str | None = None
    """
    Country name.
    """
    country_iso2: str | None = None
    """
    Two-letter ISO country code.
    """
    phone: str | None = None
    """
    Phone number.
    """
    email: str | None = None
    """
    Email address.
    """
    shipping_method: str | None = None
    """
    The shipping method the shopper chose.
    """


class OrderCount(Model):
    """
    How many orders the store has, in total and per status.
    """

    count: int
    """
    How many orders the store has.
    """
    statuses: list[OrderCountStatus] | None = None
    """
    Counts per status.
    """


class OrderTransaction(Model):
    """
    A payment event on the order: an authorisation, a capture, a refund, a void...
    """

    event: str
    """
    What the transaction did: `purchase`, `authorization`, `capture`, `refund`, `void`, `pending` or `settled`. Known values: `purchase`, `authorization`, `capture`, `refund`, `void`, `pending`, `settled` (others arrive as they are sent).
    """
    method: str
    """
    How it was paid, such as `credit_card` or `store_credit`. Known values: `credit_card`, `electronic_wallet`, `gift_certificate`, `store_credit`, `apple_pay_card`, `bigpay_token`, `apple_pay_token`, `token`, `custom`, `offsite`, `offline`, `nonce` (others arrive as they are sent).
    """
    amount: float
    """
    How much money moved.
    """
    currency: str
    """
    The transaction's currency (ISO 4217 code).
    """
    gateway: str
    """
    The payment gateway that handled it. Known values: `2checkout`, `adyen`, `amazon`, `authorizenet`, `bankdeposit`, `braintree`, `cheque`, `cod`, `custom`, `firstdatagge4`, `giftcertificate`, `hps`, `instore`, `klarna`, `migs`, `moneyorder`, `nmi`, `paypalexpress`, `paypalpaymentsprous`, `paypalpaymentsprouk`, `plugnpay`, `qbmsv2`, `securenet`, `square`, `storecredit`, `stripe`, `testgateway`, `usaepay` (others arrive as they are sent).
    """
    id: int
    """
    The transaction's id.
    """
    gateway_transaction_id: str | None = None
    """
    The gateway's own id of the transaction.
    """
    test: bool | None = None
    """
    Whether it ran in the gateway's test mode.
    """
    status: str | None = None
    """
    `ok`, or `error` when the gateway failed it. Known values: `ok`, `error` (others arrive as they are sent).
    """
    fraud_review: bool | None = None
    """
    Whether the gateway held the transaction for fraud review.
    """
    reference_transaction_id: int | None = None
    """
    The transaction this one acts on.
    """
    offline: Offline | None = None
    """
    The offline payment (a cheque, a purchase order) it records.
    """
    custom: Custom | None = None
    """
    The payment method typed in for a manual order.
    """
    payment_method_id: str | None = None
    """
    The id of the payment method.
    """
    order_id: str | None = None
    """
    The order's id (as text).
    """
    date_created: str | None = None
    """
    When it happened (ISO 8601).
    """
    payment_instrument_token: str | None = None
    """
    The stored instrument's token, when one paid.
    """
    provider_instrument_token: str | None = None
    """
    The provider's token of the stored instrument.
    """
    provider_customer_id: str | None = None
    """
    The provider's id of the customer.
    """
    avs_result: AvsResult | None = None
    """
    What the gateway's address verification said.
    """
    cvv_result: CvvResult | None = None
    """
    What the gateway's card security code check said.
    """
    credit_card: OrderTransactionCard | None = None
    """
    The card that paid, when a card paid.
    """
    gift_certificate: GiftCertificate | None = None
    """
    The gift certificate that paid, when one did.
    """
    store_credit: StoreCredit | None = None
    """
    The store credit that paid, when it did.
    """
    custom_provider_field_result: CustomProviderFieldResult | None = None
    """
    What a custom payment provider reported.
    """


class OrderRefundQuote(Model):
    """
    What a refund of the given items would pay back, and how.
    """

    order_id: int | None = None
    """
    The order's id.
    """
    total_refund_amount: float | None = None
    """
    What can be refunded in total.
    """
    total_refund_tax_amount: float | None = None
    """
    The tax part of the refund.
    """
    order_level_refund_amount: float | None = None
    """
    What can be refunded at the level of the whole order.
    """
    rounding: float | None = None
    """
    How far the total was rounded to suit the payment providers.
    """
    adjustment: float | None = None
    """
    How far the refund total was moved to suit the payment providers (positive or negative).
    """
    tax_inclusive: bool | None = None
    """
    Whether the refund total includes tax.
    """
    refund_methods: list[list[OrderRefundMethodOption]] | None = None
    """
    The ways the refund can be paid back: each a list of provider shares that together make the total.
    """


class OrderBillingAddress(Model):
    """
    The order's billing address.
    """

    first_name: str | None = None
    """
    First name.
    """
    last_name: str | None = None
    """
    Last name.
    """
    company: str | None = None
    """
    Company name.
    """
    street_1: str | None = None
    """
    Street address.
    """
    street_2: str | None = None
    """
    Street address, second line.
    """
    city: str | None = None
    """
    City.
    """
    state: str | None = None
    """
    State or province.
    """
    zip: str | None = None
    """
    Postal code.
    """
    country: str | None = None
    """
    Country name.
    """
    country_iso2: str | None = None
    """
    Two-letter ISO country code.
    """
    phone: str | None = None
    """
    Phone number.
    """
    email: str | None = None
    """
    Email address.
    """
    form_fields: list[OrderFormField] | None = None
    """
    Values of the store's custom form fields.
    """


class OrderTransactionPagination(Model):
    """
    Page-number paging.
    """

    total: int | None = None
    """
    How many in the whole list.
    """
    count: int | None = None
    """
    How many orders.
    """
    per_page: int | None = None
    """
    The page size.
    """
    current_page: int | None = None
    """
    This page's number.
    """
    total_pages: int | None = None
    """
    How many pages.
    """
    links: OrderTransactionPageLinks | None = None
    """
    The queries of the pages around this one.
    """


class OrderRefundItem(Model):
    """
    A refunded item.
    """

    item_type: str | None = None
    """
    What was refunded. Known values: `PRODUCT`, `GIFT_WRAPPING`, `SHIPPING`, `HANDLING`, `ORDER`, `FEE` (others arrive as they are sent).
    """
    item_id: int | None = None
    """
    The id of the refunded thing: the order product for products and gift wrapping, the address for shipping and handling, the order for the whole order.
    """
    reason: str | None = None
    """
    Why it was refunded.
    """
    quantity: int | None = None
    """
    How many were refunded (products only).
    """
    adjustments: list[OrderRefundItemAdjustment] | None = None
    """
    Amounts taken off what is refunded for this item.
    """
    requested_amount: float | str | None = None
    """
    The amount asked for.
    """


class OrderUpdateRequest(Model):
    """
    The changes to make to an order; fields left out do not change.
    """

    status_id: Annotated[int, Meta(ge=0)] | None = None
    """
    The new status's id; `OrderStatusId` names them (5 is Cancelled).
    """
    customer_message: str | None = None
    """
    The shopper's comment on the order.
    """
    staff_notes: Annotated[str, Meta(max_length=65535)] | None = None
    """
    Notes for staff, never shown to the shopper.
    """
    external_order_id: str | None = None
    """
    The order's id in another system.
    """
    payment_method: str | None = None
    """
    The name of the payment method, such as `Cash on delivery`.
    """
    payment_provider_id: str | None = None
    """
    The payment provider's id of the payment.
    """
    customer_id: Annotated[int, Meta(ge=0)] | None = None
    """
    The customer the order belongs to; 0 for a guest.
    """
    billing_address: OrderBillingAddressInput | None = None


class OrderRefundItemInput(Model):
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
    quantity: Annotated[int, Meta(ge=1)] | None = None
    """
    How many to refund (products and gift wrapping).
    """
    amount: Annotated[float, Meta(ge=0.0)] | None = None
    """
    The amount to refund (shipping, handling, fees, tax, the whole order).
    """
    adjustments: list[OrderRefundAdjustmentInput] | None = None
    """
    Amounts to take off what a product line refunds (each negative).
    """
    reason: Annotated[str, Meta(max_length=1000, min_length=0)] | None = None
    """
    Why it is refunded.
    """


class OrderRefundQuoteRequest(Model):
    """
    What to quote a refund for; give `items`, or `tax_adjustment_amount` for overcharged tax.
    """

    items: list[OrderRefundItemInput] | None = None
    tax_adjustment_amount: float | None = None
    """
    Tax charged too much, to pay back on its own.
    """


class OrderRefundRequest(Model):
    """
    A refund: what is refunded (`items`, or `tax_adjustment_amount`) and how it is paid back
    (`payments`, the amounts of one of the quote's `refund_methods`).

    """

    items: list[OrderRefundItemInput] | None = None
    payments: list[OrderRefundPaymentInput] | None = None
    tax_adjustment_amount: float | None = None
    """
    Tax charged too much, to pay back on its own.
    """
    merchant_calculated_override: OrderRefundOverride | None = None


class OrderRefundQuoteResponse(Model):
    """
    The envelope of a refund quote.
    """

    data: OrderRefundQuote | None = None
    meta: MetaModel | None = None


class WebhookPagination(Model):
    """
    Page-number paging of a webhook list.
    """

    total: int | None = None
    """
    Webhooks in the whole list.
    """
    count: int | None = None
    """
    Webhooks on this page.
    """
    per_page: int | None = None
    """
    The page size.
    """
    current_page: int | None = None
    """
    This page's number.
    """
    total_pages: int | None = None
    """
    How many pages there are.
    """
    links: WebhookPageLinks | None = None


class WebhookBlockedDomain(Model):
    """
    A destination on BigCommerce's blocklist.
    """

    destination: str | None = None
    """
    The blocked domain.
    """
    time_left: int | None = None
    """
    Seconds until deliveries are tried again.
    """
    reasons: list[WebhookBlockReason] | None = None


class OrderStatusUpdatedEventData(Model):
    """
    The order and its status change.
    """

    id: int
    """
    The order's id.
    """
    status: OrderStatusChange
    type: str | None = None


class OrderMessageCreatedEventData(Model):
    """
    The order and its new message.
    """

    id: int
    message: OrderMessageRef
    type: str | None = None


class OrderRefundCreatedEventData(Model):
    """
    The order and its new refund.
    """

    id: int
    refund: OrderRefundRef
    type: str | None = None


class OrderTransactionCreatedEventData(Model):
    """
    A payment transaction recorded for an order.
    """

    order_id: str
    """
    The order's id (a string here).
    """
    transaction_id: str
    type: str | None = None
    transaction_status: str | None = None
    transaction_type: str | None = None
    result: OrderTransactionResult | None = None
    platform_transaction_id: str | None = None
    provider_transaction_id: str | None = None


class OrderStatusUpdatedEvent(WebhookEventBase, kw_only=True):
    """
    `store/order/statusUpdated`: An order moved to another status; `data.status` has both ids.
    """

    scope: Literal["store/order/statusUpdated"]
    data: OrderStatusUpdatedEventData


class OrderMessageCreatedEvent(WebhookEventBase, kw_only=True):
    """
    `store/order/message/created`: A message was added to an order.
    """

    scope: Literal["store/order/message/created"]
    data: OrderMessageCreatedEventData


class OrderRefundCreatedEvent(WebhookEventBase, kw_only=True):
    """
    `store/order/refund/created`: A refund was made against an order.
    """

    scope: Literal["store/order/refund/created"]
    data: OrderRefundCreatedEventData


class OrderTransactionCreatedEvent(WebhookEventBase, kw_only=True):
    """
    `store/order/transaction/created`: A payment transaction was recorded for an order.
    """

    scope: Literal["store/order/transaction/created"]
    data: OrderTransactionCreatedEventData


class CartLineItems(Model):
    """
    The cart's items, by kind.
    """

    physical_items: list[CartPhysicalItem]
    digital_items: list[CartDigitalItem]
    gift_certificates: list[CartGiftCertificateItem]
    custom_items: list[CartCustomItem] | None = None


class CartLineItemInput(Model):
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
    variant_id: float | None = None
    """
    The variant, when it fixes every option.
    """
    list_price: float | None = None
    """
    A price to use instead of the catalog price.
    """
    name: str | None = None
    """
    A name to use instead of the product's.
    """
    option_selections: list[CartOptionSelection] | None = None
    gift_wrapping: CartGiftWrappingInput | None = None


class CartLineItemsAddRequest(Model):
    """
    Items to add; give at least one of `line_items`, `custom_items` or `gift_certificates`.
    """

    line_items: list[CartLineItemInput] | None = None
    gift_certificates: list[CartGiftCertificateInput] | None = None
    custom_items: list[CartCustomItemInput] | None = None
    version: int | None = None
    """
    The cart's `version` as you read it; a changed cart answers 409.
    """


class CartLineItemUpdateRequest(Model):
    """
    The new state of one line item.
    """

    line_item: CartLineItemInput | None = None
    gift_certificates: list[CartGiftCertificateInput] | None = None
    custom_items: list[CartCustomItemInput] | None = None
    version: int | None = None
    """
    The cart's `version` as you read it; a changed cart answers 409.
    """


class MetafieldListMeta(Model):
    """
    Where this page sits in the whole list.
    """

    pagination: MetafieldPagination | None = None
    cursor_pagination: MetafieldCursorPagination | None = None


class PaymentMethodsResponse(Model):
    """
    The payment methods that can pay for the order or checkout.
    """

    data: list[PaymentMethod] | None = None
    meta: MetaModel | None = None


class ProcessPaymentRequest(Model):
    """
    The payment to make.
    """

    payment: PaymentRequest


class StorefrontCartCreateRequest(Model):
    """
    A new cart for the session; give `lineItems`, `giftCertificates` or both.
    """

    line_items: list[StorefrontCartLineItemInput] | None = field(name="lineItems", default=None)
    gift_certificates: list[StorefrontCartGiftCertificateInput] | None = field(
        name="giftCertificates", default=None
    )
    locale: str | None = None
    """
    The shopper's locale, for example `en-GB`.
    """


class StorefrontCartItemsAddRequest(Model):
    """
    Items to add; give `lineItems`, `giftCertificates` or both.
    """

    line_items: list[StorefrontCartLineItemInput] | None = field(name="lineItems", default=None)
    gift_certificates: list[StorefrontCartGiftCertificateInput] | None = field(
        name="giftCertificates", default=None
    )
    version: int | None = None
    """
    The cart's `version` as you read it; a changed cart answers 409.
    """


class StorefrontCartItemUpdateRequest(Model):
    """
    The new state of one item; send `lineItem` for a product or `giftCertificate` for a gift certificate.
    """

    line_item: StorefrontCartLineItemInput | None = field(name="lineItem", default=None)
    gift_certificate: StorefrontCartGiftCertificateInput | None = field(name="giftCertificate", default=None)
    version: int | None = None
    """
    The cart's `version` as you read it; a changed cart answers 409.
    """


class StorefrontOrderLineItems(Model):
    """
    The order's items, by kind.
    """

    physical_items: list[StorefrontOrderItem] = field(name="physicalItems")
    digital_items: list[StorefrontOrderItem] = field(name="digitalItems")
    gift_certificates: list[StorefrontOrderGiftCertificate] = field(name="giftCertificates")
    custom_items: list[dict[str, Any]] | None = field(name="customItems", default=None)


class StorefrontOrderConsignments(Model):
    """
    Where the order's items go.
    """

    shipping: list[StorefrontOrderShippingConsignment] | None = None
    pickup: list[StorefrontOrderPickupConsignment] | None = None


class Email(Model):
    """
    Email address.
    """

    gift_certificates: list[OrderGiftCertificateConsignment] | None = None
    """
    Consignments of gift certificates, sent by email.
    """


class OrderConsignments(Model):
    """
    An order's consignments by kind. In an order read without `include=consignments`, only `url` and `resource` (a link).
    """

    url: str | None = None
    """
    With no `include`: the full URL of the consignments.
    """
    resource: str | None = None
    """
    With no `include`: the path of the consignments.
    """
    pickups: list[OrderPickupConsignment] | None = None
    """
    Consignments collected in person.
    """
    shipping: list[OrderShippingConsignment] | None = None
    """
    Consignments shipped to an address.
    """
    downloads: list[OrderDigitalConsignment] | None = None
    """
    Consignments of digital products.
    """
    email: Email | None = None
    """
    Email address.
    """


class OrderTransactionListMeta(Model):
    """
    Paging of the transactions.
    """

    pagination: OrderTransactionPagination | None = None
    """
    Where this page sits.
    """


class OrderRefund(Model):
    """
    A refund of (part of) an order.
    """

    id: int
    """
    The refund's id.
    """
    order_id: int | None = None
    """
    The order's id.
    """
    user_id: int | None = None
    """
    The id of the user who made the refund.
    """
    created: str | None = None
    """
    When the refund was made.
    """
    reason: str | None = None
    """
    Why it was refunded.
    """
    total_amount: float | None = None
    """
    The refunded total.
    """
    total_tax: float | None = None
    """
    The tax refunded.
    """
    uses_merchant_override_values: bool | None = None
    """
    Whether the merchant set the refund's amount and tax by hand.
    """
    items: list[OrderRefundItem] | None = None
    """
    What the refund covers.
    """
    payments: list[OrderRefundPayment] | None = None
    """
    The refund's payments, one per provider.
    """


class OrderRefundResponse(Model):
    """
    The envelope of one refund.
    """

    data: OrderRefund | None = None
    meta: MetaModel | None = None


class OrderRefundListResponse(Model):
    """
    The envelope of a list of refunds.
    """

    data: list[OrderRefund] | None = None
    meta: MetaModel | None = None


class OrderTransactionListResponse(Model):
    """
    The envelope of an order's transactions.
    """

    data: list[OrderTransaction] | None = None
    meta: OrderTransactionListMeta | None = None


class OrderMetafieldListResponse(Model):
    """
    A page of an order's metafields.
    """

    data: list[OrderMetafield] | None = None
    meta: MetafieldListMeta | None = None


class WebhookListMeta(Model):
    """
    Where this page sits in the whole list.
    """

    pagination: WebhookPagination | None = None


class WebhookAdmin(Model):
    """
    An API account's subscriptions, blocked destinations and notification addresses.
    """

    emails: list[str] | None = None
    """
    Who is told when a destination is blocked or a webhook switched off.
    """
    hooks_list: list[WebhookAdminHook] | None = None
    """
    The account's webhooks (filtered by `is_active` when given).
    """
    blocked_domains: list[WebhookBlockedDomain] | None = None
    """
    Destinations BigCommerce does not deliver to for now, because too many deliveries failed.
    """


class CartFull(Model):
    """
    A cart as the Carts API returns it; its id is also its checkout's id.
    """

    id: str
    """
    The cart id, which is also the checkout id.
    """
    line_items: CartLineItems
    customer_id: int | None = None
    """
    The customer who owns the cart; 0 for a guest.
    """
    channel_id: int | None = None
    """
    The sales channel the cart belongs to.
    """
    email: str | None = None
    """
    The shopper's email, once known.
    """
    currency: CartCurrency | None = None
    tax_included: bool | None = None
    """
    Whether the prices include tax.
    """
    base_amount: float | None = None
    """
    The items' list prices added up, before discounts.
    """
    discount_amount: float | None = None
    """
    Discounts on the line items, coupons excluded.
    """
    manual_discount_amount: float | None = None
    """
    Manual discounts put on the cart through the checkout API.
    """
    cart_amount: float | None = None
    """
    The cart total after every discount.
    """
    coupons: list[CartAppliedCoupon] | None = None
    discounts: list[CartAppliedDiscount] | None = None
    created_time: str | None = None
    """
    When the cart was created (ISO 8601).
    """
    updated_time: str | None = None
    """
    When the cart last changed (ISO 8601).
    """
    locale: str | None = None
    """
    The shopper's locale, for example `en-GB`.
    """
    promotions: CartPromotions | None = None
    version: int | None = None
    """
    Changes with every update. Send it back with a change to have BigCommerce refuse the
    change (409) if someone else changed the cart meanwhile.

    """
    redirect_urls: CartRedirectUrls | None = None


class CartCreateRequest(Model):
    """
    A new cart; give at least one of `line_items`, `custom_items` or `gift_certificates`.
    """

    customer_id: int | None = None
    """
    The customer the cart is for; leave it out (or 0) for a guest.
    """
    line_items: list[CartLineItemInput] | None = None
    custom_items: list[CartCustomItemInput] | None = None
    gift_certificates: list[CartGiftCertificateInput] | None = None
    channel_id: int | None = None
    """
    The sales channel; the default storefront when left out.
    """
    currency: CartCurrencyInput | None = None
    locale: str | None = None
    """
    The shopper's locale, for example `en-GB`.
    """


class CartMetafieldListResponse(Model):
    """
    A page of metafields.
    """

    data: list[CartMetafield] | None = None
    meta: MetafieldListMeta | None = None


class StorefrontOrder(Model):
    """
    An order as the storefront shows it to the shopper who placed it.
    """

    order_id: int = field(name="orderId")
    """
    The order's id.
    """
    cart_id: str | None = field(name="cartId", default=None)
    """
    The id of the cart the order was made from.
    """
    currency: StorefrontCurrency | None = None
    is_tax_included: bool | None = field(name="isTaxIncluded", default=None)
    """
    Whether the prices include tax.
    """
    base_amount: float | None = field(name="baseAmount", default=None)
    """
    The items' prices before discounts.
    """
    discount_amount: float | None = field(name="discountAmount", default=None)
    """
    Discounts on the order.
    """
    gift_wrapping_cost_total: float | None = field(name="giftWrappingCostTotal", default=None)
    """
    Gift wrapping across the order.
    """
    order_amount: float | None = field(name="orderAmount", default=None)
    """
    What the shopper pays, everything included.
    """
    order_amount_as_integer: float | None = field(name="orderAmountAsInteger", default=None)
    """
    The same in the currency's smallest unit (cents).
    """
    shipping_cost_total: float | None = field(name="shippingCostTotal", default=None)
    """
    Shipping across all consignments.
    """
    shipping_cost_before_discount: float | None = field(name="shippingCostBeforeDiscount", default=None)
    """
    Shipping before shipping discounts.
    """
    comparison_shipping_cost: float | None = field(name="comparisonShippingCost", default=None)
    """
    A reference shipping cost shown to the shopper, when set.
    """
    handling_cost_total: float | None = field(name="handlingCostTotal", default=None)
    """
    Handling across all consignments.
    """
    coupons: list[StorefrontOrderCoupon] | None = None
    line_items: StorefrontOrderLineItems | None = field(name="lineItems", default=None)
    customer_id: int | None = field(name="customerId", default=None)
    """
    The customer who placed it; 0 for a guest.
    """
    billing_address: StorefrontOrderAddress | None = field(name="billingAddress", default=None)
    status: str | None = None
    """
    The order's status, for example `INCOMPLETE` before payment and `AWAITING_FULFILLMENT`
    after. BigCommerce lists: `INCOMPLETE`, `PENDING`, `SHIPPED`, `PARTIALLY_SHIPPED`,
    `REFUNDED`, `CANCELLED`, `DECLINED`, `AWAITING_PAYMENT`, `AWAITING_PICKUP`,
    `AWAITING_SHIPMENT`, `COMPLETED`, `AWAITING_FULFILLMENT`,
    `MANUAL_VERIFICATION_REQUIRED`, `DISPUTED`, `PARTIALLY_REFUNDED`.

    """
    has_digital_items: bool | None = field(name="hasDigitalItems", default=None)
    """
    Whether the order has downloads.
    """
    is_downloadable: bool | None = field(name="isDownloadable", default=None)
    """
    Whether its downloads are available now.
    """
    is_complete: bool | None = field(name="isComplete", default=None)
    """
    Whether the order went through (paid or awaiting an offline payment).
    """
    customer_message: str | None = field(name="customerMessage", default=None)
    """
    The shopper's note to the merchant.
    """
    customer_can_be_created: bool | None = field(name="customerCanBeCreated", default=None)
    """
    Whether a guest may create an account from this order.
    """
    taxes: list[StorefrontOrderTax] | None = None
    tax_total: float | None = field(name="taxTotal", default=None)
    """
    All taxes on the order.
    """
    total_discount: float | None = field(name="totalDiscount", default=None)
    """
    Every discount on the order added up.
    """
    display_discount_total: float | None = field(name="displayDiscountTotal", default=None)
    """
    The discount total as the confirmation page shows it.
    """
    order_based_auto_discount_total: float | None = field(name="orderBasedAutoDiscountTotal", default=None)
    """
    Automatic order-level promotions.
    """
    manual_discount_total: float | None = field(name="manualDiscountTotal", default=None)
    """
    Manual discounts.
    """
    product_auto_discounted_subtotal: float | None = field(name="productAutoDiscountedSubtotal", default=None)
    """
    The items after automatic product promotions.
    """
    product_based_auto_discount_total: float | None = field(
        name="productBasedAutoDiscountTotal", default=None
    )
    """
    Automatic product promotions.
    """
    channel_id: float | None = field(name="channelId", default=None)
    """
    The sales channel the order was placed in.
    """
    fees: list[dict[str, Any]] | None = None
    """
    Fees charged on the order.
    """
    consignments: StorefrontOrderConsignments | None = None
    payments: list[StorefrontOrderPayment] | None = None
    """
    The payments made towards the order; present when `include` asks for them.
    """


class Order(Model):
    """
    An order, as the v2 Orders API returns it. Amounts are `Decimal` in Python (sent as decimal text); dates are RFC 2822 text.
    """

    id: int
    """
    The order's id.
    """
    status: str
    """
    The status's name, such as `Awaiting Fulfillment`.
    """
    status_id: int
    """
    The status's number: see `OrderStatusId` or the order statuses.
    """
    date_modified: str | None = None
    """
    When the order last changed, as text in RFC 2822 form.
    """
    date_shipped: str | None = None
    """
    When the order was fully shipped, as text in RFC 2822 form; empty until then.
    """
    cart_id: str | None = None
    """
    The id of the cart the order was made from: find an order by its cart with it.
    """
    custom_status: str | None = None
    """
    The status's name as the merchant relabelled it (the same as `status` when not relabelled).
    """
    credit_card_type: str | dict[str, Any] | None | None = None
    """
    The card brand the order was paid with, when the gateway reports one; `null` or an empty
    object when it does not (BigCommerce's own examples show both).

    """
    subtotal_tax: Decimal | None = None
    """
    The tax on the items.
    """
    shipping_cost_tax: Decimal | None = None
    """
    The tax on shipping.
    """
    shipping_cost_tax_class_id: int | None = None
    """
    The tax class of the shipping charge.
    """
    handling_cost_tax: Decimal | None = None
    """
    The tax on the handling charge.
    """
    handling_cost_tax_class_id: int | None = None
    """
    The tax class of the handling charge.
    """
    wrapping_cost_tax: Decimal | None = None
    """
    The tax on gift wrapping.
    """
    wrapping_cost_tax_class_id: int | None = None
    """
    The tax class of gift wrapping.
    """
    payment_status: str | None = None
    """
    Where the payment stands, such as `authorized`, `captured`, `refunded` or `void`. Known values: `authorized`, `captured`, `capture pending`, `declined`, `held for review`, `paid`, `partially refunded`, `pending`, `refunded`, `void`, `void pending`, `` (others arrive as they are sent).
    """
    store_credit_amount: Decimal | None = None
    """
    What store credit paid.
    """
    gift_certificate_amount: Decimal | None = None
    """
    What gift certificates paid.
    """
    currency_id: int | None = None
    """
    The id of the currency the shopper saw prices in.
    """
    currency_code: str | None = None
    """
    The code of the currency the shopper saw prices in.
    """
    currency_exchange_rate: Decimal | None = None
    """
    The rate from the store's default currency to the display currency.
    """
    default_currency_id: int | None = None
    """
    The id of the currency the shopper paid in (the transactional currency).
    """
    default_currency_code: str | None = None
    """
    The code of the currency the shopper paid in (the transactional currency).
    """
    store_default_currency_code: str | None = None
    """
    The store's default currency.
    """
    store_default_to_transactional_exchange_rate: Decimal | None = None
    """
    The rate from the store's default currency to the one the shopper paid in.
    """
    coupon_discount: Decimal | None = None
    """
    What coupons took off the order.
    """
    shipping_address_count: int | None = None
    """
    How many shipping addresses the order has.
    """
    is_deleted: bool | None = None
    """
    Whether the order is archived.
    """
    total_tax: Decimal | None = None
    """
    The order's total tax.
    """
    is_tax_inclusive_pricing: bool | None = None
    """
    Whether the store's prices include tax.
    """
    is_email_opt_in: bool | None = None
    """
    Whether the shopper agreed to marketing email.
    """
    order_source: str | None = None
    """
    Where the order came from, such as `www` (the storefront) or `manual`.
    """
    consignments: OrderConsignments | None = None
    """
    The order's consignments: a link to them, or (with `include=consignments`) the consignments themselves.
    """
    products: OrderResourceLink | None = None
    """
    A link to the order's products.
    """
    shipping_addresses: OrderResourceLink | None = None
    """
    A link to the order's shipping addresses.
    """
    coupons: OrderResourceLink | None = None
    """
    A link to the order's coupons.
    """
    billing_address: OrderBillingAddress | None = None
    """
    Who pays, and where.
    """
    fees: OrderResourceLink | list[OrderFee] | None = None
    """
    The order's fees: a link to them, or (with `include=fees`) the fees themselves.
    """
    base_handling_cost: Decimal | None = None
    """
    The handling charge before tax rules.
    """
    base_shipping_cost: Decimal | None = None
    """
    The shipping charge before tax rules.
    """
    base_wrapping_cost: Decimal | None = None
    """
    The gift-wrapping charge before tax rules.
    """
    channel_id: int | None = None
    """
    The sales channel the order came through.
    """
    customer_id: int | None = None
    """
    The customer's id; 0 for a guest.
    """
    customer_message: str | None = None
    """
    What the shopper wrote in the order comments.
    """
    date_created: str | None = None
    """
    When the order was created, as text in RFC 2822 form (`Tue, 03 Nov 2026 10:15:00 +0000`).
    """
    discount_amount: Decimal | None = None
    """
    What manual discounts took off the order.
    """
    ebay_order_id: str | None = None
    """
    The order's number on eBay, or `0`.
    """
    external_id: str | None = None
    """
    The order's id in another system; set by BigCommerce only.
    """
    external_merchant_id: str | None = None
    """
    The merchant id of an order that came from another system.
    """
    external_source: str | None = None
    """
    The system that made the order, when not the storefront.
    """
    geoip_country: str | None = None
    """
    The country the shopper's IP address is in.
    """
    geoip_country_iso2: str | None = None
    """
    Two-letter code of the country the shopper's IP address is in.
    """
    handling_cost_ex_tax: Decimal | None = None
    """
    The handling charge without tax.
    """
    handling_cost_inc_tax: Decimal | None = None
    """
    The handling charge with tax.
    """
    ip_address: Annotated[str, Meta(max_length=30)] | None = None
    """
    The shopper's IPv4 address.
    """
    ip_address_v6: Annotated[str, Meta(max_length=39)] | None = None
    """
    The shopper's IPv6 address.
    """
    items_shipped: int | None = None
    """
    How many items have shipped.
    """
    items_total: int | None = None
    """
    How many items there are.
    """
    order_is_digital: bool | None = None
    """
    Whether everything in the order is digital.
    """
    payment_method: str | None = None
    """
    The name of the payment method, such as `Credit Card`.
    """
    payment_provider_id: str | float | None = None
    """
    The payment provider's id of the payment.
    """
    refunded_amount: Decimal | None = None
    """
    How much of the order has been refunded.
    """
    shipping_cost_ex_tax: Decimal | None = None
    """
    The shipping charge without tax.
    """
    shipping_cost_inc_tax: Decimal | None = None
    """
    The shipping charge with tax.
    """
    staff_notes: Annotated[str, Meta(max_length=65535)] | None = None
    """
    Notes for staff, never shown to the shopper.
    """
    subtotal_ex_tax: Decimal | None = None
    """
    The items' total without tax.
    """
    subtotal_inc_tax: Decimal | None = None
    """
    The items' total with tax.
    """
    tax_provider_id: str | None = None
    """
    The tax provider that computed the taxes.
    """
    customer_locale: str | None = None
    """
    The shopper's locale, such as `en` or `en-US`.
    """
    external_order_id: str | None = None
    """
    The order's id in another system, such as a marketplace.
    """
    total_ex_tax: Decimal | None = None
    """
    The order's total without tax.
    """
    total_inc_tax: Decimal | None = None
    """
    The order's total with tax: what the shopper pays.
    """
    wrapping_cost_ex_tax: Decimal | None = None
    """
    The gift-wrapping charge without tax.
    """
    wrapping_cost_inc_tax: Decimal | None = None
    """
    The gift-wrapping charge with tax.
    """


class WebhookListResponse(Model):
    """
    A page of webhooks.
    """

    data: list[Webhook]
    meta: WebhookListMeta | None = None


class WebhookAdminResponse(Model):
    """
    The admin view, in BigCommerce's `data` envelope.
    """

    data: WebhookAdmin
    meta: WebhookListMeta | None = None


class CartResponse(Model):
    """
    The envelope of every server-to-server call that answers with a cart.
    """

    data: CartFull | None = None
    meta: MetaModel | None = None
