"""Every operation of the curated description: method, path, request models and handler.

The wheel does not ship `openapi/`, so the table is written out here; `tests/test_fake_routes.py`
checks it against the spec (same operations, paths, methods, body and query models).
"""

from __future__ import annotations

from urllib.parse import unquote

import bigcommerce_checkout_schemas as m

from . import _ops_carts as carts
from . import _ops_checkouts as server
from . import _ops_customers as customers
from . import _ops_orders as orders
from . import _ops_storefront_carts as sf_carts
from . import _ops_storefront_checkouts as storefront
from . import _ops_webhooks as hooks
from . import _payments as payments
from ._context import Route

S = "/stores/{store_hash}/v3/checkouts"
SF = "/api/storefront/checkouts"
C = "/stores/{store_hash}/v3/carts"
SFC = "/api/storefront/carts"
O2 = "/stores/{store_hash}/v2"
O3 = "/stores/{store_hash}/v3/orders"
H = "/stores/{store_hash}/v3/hooks"

ROUTES: tuple[Route, ...] = (
    # server-to-server
    Route("getCheckout", "GET", S + "/{checkoutId}", server.get_checkout,
          query=m.StoresStoreHashV3CheckoutsCheckoutIdGetParametersQuery),
    Route("updateCheckoutCustomerMessage", "PUT", S + "/{checkoutId}", server.update_customer_message,
          m.CheckoutUpdate, True),
    Route("addCheckoutBillingAddress", "POST", S + "/{checkoutId}/billing-address", server.add_billing_address,
          m.BillingAddressRequest, True),
    Route("updateCheckoutBillingAddress", "PUT", S + "/{checkoutId}/billing-address/{addressId}",
          server.update_billing_address, m.BillingAddressRequest, True),
    Route("addCheckoutConsignment", "POST", S + "/{checkoutId}/consignments", server.add_consignments,
          m.ConsignmentCreateList, False, m.StoresStoreHashV3CheckoutsCheckoutIdConsignmentsPostParametersQuery),
    Route("updateCheckoutConsignment", "PUT", S + "/{checkoutId}/consignments/{consignmentId}",
          server.update_consignment, m.ConsignmentUpdate, True,
          m.StoresStoreHashV3CheckoutsCheckoutIdConsignmentsConsignmentIdPutParametersQuery),
    Route("deleteCheckoutConsignment", "DELETE", S + "/{checkoutId}/consignments/{consignmentId}",
          server.delete_consignment, m.VersionOnly),
    Route("addCheckoutCoupon", "POST", S + "/{checkoutId}/coupons", server.add_coupon, m.CouponRequest, True),
    Route("deleteCheckoutCoupon", "DELETE", S + "/{checkoutId}/coupons/{couponCode}", server.delete_coupon,
          m.VersionOnly),
    Route("createOrder", "POST", S + "/{checkoutId}/orders", server.create_order),
    Route("addCheckoutDiscount", "POST", S + "/{checkoutId}/discounts", server.add_discount, m.DiscountRequest),
    Route("addCheckoutFees", "POST", S + "/{checkoutId}/fees", server.add_fees, m.AddFeesRequest, True),
    Route("updateCheckoutFees", "PUT", S + "/{checkoutId}/fees", server.update_fees, m.UpdateFeesRequest, True),
    Route("deleteCheckoutFees", "DELETE", S + "/{checkoutId}/fees", server.delete_fees, m.DeleteFeesRequest, True),
    Route("getCheckoutSettings", "GET", S + "/settings", server.get_settings),
    Route("updateCheckoutSettings", "PUT", S + "/settings", server.update_settings, m.CheckoutSettings, True),
    Route("getChannelCheckoutSettings", "GET", S + "/settings/channels/{channelId}", server.get_channel_settings),
    Route("updateChannelCheckoutSettings", "PUT", S + "/settings/channels/{channelId}",
          server.update_channel_settings, m.ChannelCheckoutSettings),
    Route("createCheckoutToken", "POST", S + "/{checkoutId}/token", server.create_token, m.CheckoutTokenRequest),
    # storefront
    Route("storefrontGetCheckout", "GET", SF + "/{checkoutId}", storefront.get_checkout,
          query=m.ApiStorefrontCheckoutsCheckoutIdGetParametersQuery),
    Route("storefrontUpdateCheckoutCustomerMessage", "PUT", SF + "/{checkoutId}",
          storefront.update_customer_message, m.StorefrontCheckoutUpdate, True),
    Route("storefrontUpdateCheckoutLineItem", "PUT", SF + "/{checkoutId}/carts/{cartId}/items/{itemId}",
          storefront.update_line_item, m.StorefrontLineItemUpdate, True),
    Route("storefrontDeleteCheckoutLineItem", "DELETE", SF + "/{checkoutId}/carts/{cartId}/items/{itemId}",
          storefront.delete_line_item),
    Route("storefrontAddCheckoutBillingAddress", "POST", SF + "/{checkoutId}/billing-address",
          storefront.add_billing_address, m.StorefrontBillingAddressRequest, True),
    Route("storefrontUpdateCheckoutBillingAddress", "PUT", SF + "/{checkoutId}/billing-address/{addressId}",
          storefront.update_billing_address, m.StorefrontBillingAddressRequest, True),
    Route("storefrontAddCheckoutConsignment", "POST", SF + "/{checkoutId}/consignments",
          storefront.add_consignments, m.StorefrontConsignmentCreateList, True,
          m.ApiStorefrontCheckoutsCheckoutIdConsignmentsPostParametersQuery),
    Route("storefrontUpdateCheckoutConsignment", "PUT", SF + "/{checkoutId}/consignments/{consignmentId}",
          storefront.update_consignment, m.StorefrontConsignmentUpdate, True,
          m.ApiStorefrontCheckoutsCheckoutIdConsignmentsConsignmentIdPutParametersQuery),
    Route("storefrontDeleteCheckoutConsignment", "DELETE", SF + "/{checkoutId}/consignments/{consignmentId}",
          storefront.delete_consignment, m.VersionOnly),
    Route("storefrontAddCheckoutGiftCertificate", "POST", SF + "/{checkoutId}/gift-certificates",
          storefront.add_gift_certificate, m.StorefrontGiftCertificateRequest, True),
    Route("storefrontDeleteCheckoutGiftCertificate", "DELETE",
          SF + "/{checkoutId}/gift-certificates/{giftCertificateCode}", storefront.delete_gift_certificate),
    Route("storefrontAddCheckoutCoupon", "POST", SF + "/{checkoutId}/coupons", storefront.add_coupon,
          m.StorefrontCouponRequest, True),
    Route("storefrontDeleteCheckoutCoupon", "DELETE", SF + "/{checkoutId}/coupons/{couponCode}",
          storefront.delete_coupon, m.VersionOnly),
    Route("storefrontAddCheckoutStoreCredit", "POST", SF + "/{checkoutId}/store-credit", storefront.add_store_credit),
    Route("storefrontRemoveCheckoutStoreCredit", "DELETE", SF + "/{checkoutId}/store-credit",
          storefront.remove_store_credit),
    Route("storefrontVerifyCheckoutSpamProtection", "POST", SF + "/{checkoutId}/spam-protection",
          storefront.verify_spam_protection, m.StorefrontSpamProtectionRequest, True),
    # -- carts (server-to-server), storefront carts and storefront orders: _ops_carts.py and
    # _ops_storefront_carts.py
    Route("createCart", "POST", C, carts.create_cart, m.CartCreateRequest, True,
          m.StoresStoreHashV3CartsPostParametersQuery),
    Route("getCart", "GET", C + "/{cartId}", carts.get_cart, query=m.StoresStoreHashV3CartsCartIdGetParametersQuery),
    Route("updateCart", "PUT", C + "/{cartId}", carts.update_cart, m.CartUpdateRequest, True,
          m.StoresStoreHashV3CartsCartIdPutParametersQuery),
    Route("deleteCart", "DELETE", C + "/{cartId}", carts.delete_cart_handler),
    Route("addCartLineItems", "POST", C + "/{cartId}/items", carts.add_line_items, m.CartLineItemsAddRequest, True,
          m.StoresStoreHashV3CartsCartIdItemsPostParametersQuery),
    Route("updateCartLineItem", "PUT", C + "/{cartId}/items/{itemId}", carts.update_line_item,
          m.CartLineItemUpdateRequest, True, m.StoresStoreHashV3CartsCartIdItemsItemIdPutParametersQuery),
    Route("deleteCartLineItem", "DELETE", C + "/{cartId}/items/{itemId}", carts.delete_line_item,
          m.CartVersionOnly, False, m.StoresStoreHashV3CartsCartIdItemsItemIdDeleteParametersQuery),
    Route("createCartRedirectUrls", "POST", C + "/{cartId}/redirect_urls", carts.create_redirect_urls,
          m.CartRedirectUrlsRequest),
    Route("getCartSettings", "GET", C + "/settings", carts.get_cart_settings),
    Route("updateCartSettings", "PUT", C + "/settings", carts.update_cart_settings, m.CartSettingsRequest, True, invalid_body=400),
    Route("getChannelCartSettings", "GET", C + "/settings/channels/{channel_id}", carts.get_channel_cart_settings),
    Route("updateChannelCartSettings", "PUT", C + "/settings/channels/{channel_id}",
          carts.update_channel_cart_settings, m.ChannelCartSettings, True, invalid_body=400),
    Route("listCartMetafields", "GET", C + "/{cart_id}/metafields", carts.list_cart_metafields,
          query=m.StoresStoreHashV3CartsCartIdMetafieldsGetParametersQuery),
    Route("createCartMetafield", "POST", C + "/{cart_id}/metafields", carts.create_cart_metafield,
          m.CartMetafieldInput, True, invalid_body=400),
    Route("getCartMetafield", "GET", C + "/{cart_id}/metafields/{metafield_id}", carts.get_cart_metafield,
          query=m.StoresStoreHashV3CartsCartIdMetafieldsMetafieldIdGetParametersQuery),
    Route("updateCartMetafield", "PUT", C + "/{cart_id}/metafields/{metafield_id}", carts.update_cart_metafield,
          m.CartMetafieldInput, True, invalid_body=400),
    Route("deleteCartMetafield", "DELETE", C + "/{cart_id}/metafields/{metafield_id}",
          carts.delete_cart_metafield),
    Route("listAllCartMetafields", "GET", C + "/metafields", carts.list_all_cart_metafields,
          query=m.StoresStoreHashV3CartsMetafieldsGetParametersQuery),
    Route("createCartMetafields", "POST", C + "/metafields", carts.create_cart_metafields,
          list[m.CartMetafieldBatchCreate], True, invalid_body=400),
    Route("updateCartMetafields", "PUT", C + "/metafields", carts.update_cart_metafields,
          list[m.CartMetafieldBatchUpdate], True, invalid_body=400),
    Route("deleteCartMetafields", "DELETE", C + "/metafields", carts.delete_cart_metafields, list[int], True, invalid_body=400),
    Route("storefrontGetCart", "GET", SFC, sf_carts.get_cart, query=m.ApiStorefrontCartsGetParametersQuery),
    Route("storefrontCreateCart", "POST", SFC, sf_carts.create_cart, m.StorefrontCartCreateRequest, True,
          m.ApiStorefrontCartsPostParametersQuery),
    Route("storefrontDeleteCart", "DELETE", SFC + "/{cartId}", sf_carts.delete_cart),
    Route("storefrontAddCartLineItems", "POST", SFC + "/{cartId}/items", sf_carts.add_line_items,
          m.StorefrontCartItemsAddRequest, True, m.ApiStorefrontCartsCartIdItemsPostParametersQuery),
    Route("storefrontUpdateCartLineItem", "PUT", SFC + "/{cartId}/items/{itemId}", sf_carts.update_line_item,
          m.StorefrontCartItemUpdateRequest, True, m.ApiStorefrontCartsCartIdItemsItemIdPutParametersQuery),
    Route("storefrontDeleteCartLineItem", "DELETE", SFC + "/{cartId}/items/{itemId}", sf_carts.delete_line_item,
          m.CartVersionOnly, False, m.ApiStorefrontCartsCartIdItemsItemIdDeleteParametersQuery),
    Route("storefrontUpdateCartCurrency", "POST", SFC + "/{cartId}/currency", sf_carts.update_currency,
          m.StorefrontCartCurrencyRequest, True, m.ApiStorefrontCartsCartIdCurrencyPostParametersQuery),
    Route("storefrontGetOrder", "GET", "/api/storefront/orders/{orderId}", sf_carts.get_order,
          query=m.ApiStorefrontOrdersOrderIdGetParametersQuery),
    # payments: accepted methods and access tokens (server-to-server), process payment (payments host)
    Route("listPaymentMethods", "GET", "/stores/{store_hash}/v3/payments/methods", payments.list_methods,
          query=m.StoresStoreHashV3PaymentsMethodsGetParametersQuery),
    Route("createPaymentAccessToken", "POST", "/stores/{store_hash}/v3/payments/access_tokens",
          payments.create_access_token, m.PaymentAccessTokenRequest, True),
    Route("processPayment", "POST", "/stores/{store_hash}/payments", payments.process,
          m.ProcessPaymentRequest, True),
    # signing shoppers in, on the storefront domain root (_ops_customers.serve answers them)
    Route("getCustomerLogin", "GET", "/login/token/{jwt_token}", customers.not_dispatched),
    Route("getCurrentCustomer", "GET", "/customer/current.jwt", customers.not_dispatched,
          query=m.CustomerCurrentJwtGetParametersQuery),
    # -- orders: v2 (orders, their sub-resources, statuses) and v3 (transactions, payment actions,
    # refunds, metafields): _ops_orders.py
    Route("getOrders", "GET", O2 + "/orders", orders.list_orders,
          query=m.StoresStoreHashV2OrdersGetParametersQuery),
    Route("getOrdersCount", "GET", O2 + "/orders/count", orders.count_orders,
          query=m.StoresStoreHashV2OrdersCountGetParametersQuery),
    Route("getOrder", "GET", O2 + "/orders/{order_id}", orders.get_order,
          query=m.StoresStoreHashV2OrdersOrderIdGetParametersQuery),
    Route("updateOrder", "PUT", O2 + "/orders/{order_id}", orders.update_order, m.OrderUpdateRequest, True, invalid_body=400),
    Route("getOrderProducts", "GET", O2 + "/orders/{order_id}/products", orders.get_products,
          query=m.StoresStoreHashV2OrdersOrderIdProductsGetParametersQuery),
    Route("getOrderShippingAddresses", "GET", O2 + "/orders/{order_id}/shipping_addresses",
          orders.get_shipping_addresses, query=m.StoresStoreHashV2OrdersOrderIdShippingAddressesGetParametersQuery),
    Route("getOrderCoupons", "GET", O2 + "/orders/{order_id}/coupons", orders.get_coupons,
          query=m.StoresStoreHashV2OrdersOrderIdCouponsGetParametersQuery),
    Route("getOrderTaxes", "GET", O2 + "/orders/{order_id}/taxes", orders.get_taxes,
          query=m.StoresStoreHashV2OrdersOrderIdTaxesGetParametersQuery),
    Route("getOrderConsignments", "GET", O2 + "/orders/{order_id}/consignments", orders.get_consignments,
          query=m.StoresStoreHashV2OrdersOrderIdConsignmentsGetParametersQuery),
    Route("getOrderFees", "GET", O2 + "/orders/{order_id}/fees", orders.get_fees),
    Route("getOrderStatuses", "GET", O2 + "/order_statuses", orders.get_statuses),
    Route("getOrderStatusesStatus", "GET", O2 + "/order_statuses/{status_id}", orders.get_status),
    Route("getOrderTransactions", "GET", O3 + "/{order_id}/transactions", orders.get_transactions),
    Route("captureOrderPayment", "POST", O3 + "/{order_id}/payment_actions/capture", orders.capture),
    Route("voidOrderPayment", "POST", O3 + "/{order_id}/payment_actions/void", orders.void),
    Route("createOrderRefundQuotes", "POST", O3 + "/{order_id}/payment_actions/refund_quotes",
          orders.create_refund_quote, m.OrderRefundQuoteRequest, True),
    Route("createOrderRefund", "POST", O3 + "/{order_id}/payment_actions/refunds", orders.create_refund,
          m.OrderRefundRequest, True, m.StoresStoreHashV3OrdersOrderIdPaymentActionsRefundsPostParametersQuery),
    Route("getOrderRefunds", "GET", O3 + "/{order_id}/payment_actions/refunds", orders.get_order_refunds,
          query=m.StoresStoreHashV3OrdersOrderIdPaymentActionsRefundsGetParametersQuery),
    Route("getOrderRefund", "GET", O3 + "/payment_actions/refunds/{refund_id}", orders.get_refund),
    Route("getOrdersRefunds", "GET", O3 + "/payment_actions/refunds", orders.list_refunds,
          query=m.StoresStoreHashV3OrdersPaymentActionsRefundsGetParametersQuery),
    Route("getOrderMetafields", "GET", O3 + "/{order_id}/metafields", orders.list_metafields,
          query=m.StoresStoreHashV3OrdersOrderIdMetafieldsGetParametersQuery),
    Route("createOrderMetafield", "POST", O3 + "/{order_id}/metafields", orders.create_metafield,
          m.CartMetafieldInput, True, invalid_body=400),
    Route("getOrderMetafield", "GET", O3 + "/{order_id}/metafields/{metafield_id}", orders.get_metafield),
    Route("updateOrderMetafield", "PUT", O3 + "/{order_id}/metafields/{metafield_id}", orders.update_metafield,
          m.CartMetafieldInput, True, invalid_body=400),
    Route("deleteOrderMetafield", "DELETE", O3 + "/{order_id}/metafields/{metafield_id}", orders.delete_metafield),
    # webhooks (server-to-server): _ops_webhooks.py; deliveries: _webhooks.py
    Route("createWebhook", "POST", H, hooks.create_webhook, m.WebhookCreateRequest, True),
    Route("listWebhooks", "GET", H, hooks.list_webhooks, query=m.StoresStoreHashV3HooksGetParametersQuery),
    Route("getWebhook", "GET", H + "/{webhook_id}", hooks.get_webhook),
    Route("updateWebhook", "PUT", H + "/{webhook_id}", hooks.update_webhook, m.WebhookUpdateRequest, True),
    Route("deleteWebhook", "DELETE", H + "/{webhook_id}", hooks.delete_webhook),
    Route("getWebhookAdmin", "GET", H + "/admin", hooks.get_admin,
          query=m.StoresStoreHashV3HooksAdminGetParametersQuery),
    Route("updateWebhookAdminEmails", "PUT", H + "/admin", hooks.update_admin_emails, m.WebhookEmailsRequest, True),
)  # fmt: skip

BY_OPERATION = {r.operation_id: r for r in ROUTES}
BY_TEMPLATE = {f"{r.method} {r.template}": r for r in ROUTES}


_Compiled = tuple[Route, tuple[str | None, ...], tuple[str, ...], int]


def _compiled(route: Route) -> _Compiled:
    """The route, its literal segments (None where a parameter goes), its parameters' names and
    how many literal segments it has."""
    segments = route.segments
    literals = tuple(None if s.startswith("{") else s for s in segments)
    names = tuple(s[1:-1] for s in segments if s.startswith("{"))
    return route, literals, names, route.literal_count


# Routes by their number of segments and first segment (always a literal), the most specific first
# (stable: ROUTES order otherwise), so a lookup compares strings with a few templates instead of
# matching all 70 with regular expressions.
_INDEX: dict[tuple[int, str], list[_Compiled]] = {}
for _route in sorted(ROUTES, key=lambda r: -r.literal_count):
    _INDEX.setdefault((len(_route.segments), _route.segments[0]), []).append(_compiled(_route))


# BigCommerce's own checkout SDK loads a checkout from `/api/storefront/checkout/{id}` (singular),
# and the storefronts answer it as the documented plural path; the fake does the same.
_SINGULAR_CHECKOUT = ["api", "storefront", "checkout"]


def resolve(method: str, raw_path: str) -> tuple[Route, dict[str, str]] | tuple[None, list[str]]:
    """The route and path parameters, or (None, allowed methods): [] means 404, else 405."""
    if not raw_path.startswith("/") or raw_path.endswith("/"):
        return None, []
    parts = [unquote(p) for p in raw_path[1:].split("/")]
    if method == "GET" and len(parts) == 4 and parts[:3] == _SINGULAR_CHECKOUT:
        parts[2] = "checkouts"
    found: list[tuple[Route, tuple[str, ...], list[str]]] = []
    best = -1
    for route, literals, names, count in _INDEX.get((len(parts), parts[0]), ()):
        if count < best:
            break  # only the most specific templates that match count
        values = []
        for literal, part in zip(literals, parts, strict=True):
            if literal is None:
                if not part:
                    break
                values.append(part)
            elif literal != part:
                break
        else:
            best = count
            found.append((route, names, values))
    for route, names, values in found:
        if route.method == method:
            return route, dict(zip(names, values, strict=True))
    return None, sorted({route.method for route, _, _ in found})


def find(route: str) -> list[Route]:
    """The routes a fault names: an operationId, 'METHOD /template', or '*' for all."""
    if route == "*":
        return list(ROUTES)
    if route in BY_OPERATION:
        return [BY_OPERATION[route]]
    method, _, template = route.partition(" ")
    found = BY_TEMPLATE.get(f"{method.upper()} {template.strip()}")
    return [found] if found else []
