"""Sign a shopper in to the storefront: the Customer Login URL, `https://{store_domain}/login/token/{jwt}`.

A headless storefront that sends a known customer to BigCommerce's hosted or embedded checkout
signs them in first: the shopper's browser opens this URL once, BigCommerce checks the token and
answers with the storefront session cookie and a redirect to `redirect_to`. The token is an HS256
JWT signed with the client secret of the app (or API account) whose client id is its issuer.

    url = customer_login_url(
        store_domain="shop.example.com", store_hash="k7x2q9rm", client_id=client_id,
        client_secret=client_secret, customer_id=42, channel_id=1, redirect_to="/checkout",
    )
    return RedirectResponse(url)  # at once: BigCommerce accepts the token for 30 seconds, once

BigCommerce refuses a token issued more than 30 seconds earlier, by its own clock. When your
server's clock is off, pass `clock_skew` (BigCommerce's time minus yours, in seconds).
"""

from __future__ import annotations

import ipaddress
import re
import time
import uuid
from collections.abc import Callable
from typing import Any

from . import _jwt
from ._client import _storefront_url
from ._logging import register_secret

__all__ = ["ISSUED_AT_WINDOW", "customer_login_url"]

ISSUED_AT_WINDOW = 30
"""Seconds after its `iat` during which BigCommerce accepts a login token."""

_STORE_HASH = re.compile(r"[A-Za-z0-9]+")
# A path on the storefront: one leading slash, then no second one (`//evil.example` is another
# host to a browser), no backslash (browsers read it as a slash), no scheme, no spaces or controls.
_RELATIVE_PATH = re.compile(r"/(?![/\\])[^\\\s\x00-\x1f\x7f]*")


def customer_login_url(
    *,
    store_hash: str,
    client_id: str,
    client_secret: str,
    customer_id: int,
    store_domain: str | None = None,
    base_url: str | None = None,
    channel_id: int | None = None,
    redirect_to: str | None = None,
    request_ip: str | None = None,
    enable_persistent_cart: bool | None = None,
    now: Callable[[], float] = time.time,
    clock_skew: float = 0.0,
) -> str:
    """The one-time URL that signs `customer_id` in to the storefront and sends them to `redirect_to`.

    Args:
        store_hash: The store's hash (`k7x2q9rm` in `https://store-k7x2q9rm.mybigcommerce.com`).
        client_id: The client id of the app or API account with the Customers Login scope; the
            token's issuer.
        client_secret: That account's client secret, which signs the token. Pass it in; nothing
            is read from the environment. It is never shown in an error.
        customer_id: The customer's id (a positive integer, as the Customers API lists it).
        store_domain: The storefront's host name, such as `shop.example.com`.
        base_url: Instead of `store_domain`, the storefront's root URL (the local fake's `url`).
        channel_id: The storefront's channel. BigCommerce assumes channel 1 when it is left out;
            an embedded checkout on a headless storefront needs it.
        redirect_to: Where the shopper lands after signing in: a path on the storefront starting
            with `/` (BigCommerce's default is `/account.php`; `/login.php?action=logout` signs
            the shopper out).
        request_ip: The shopper's IP address; BigCommerce then refuses the URL from any other.
        enable_persistent_cart: Restore the customer's saved cart (the store's Persistent Cart
            setting must be on). BigCommerce's default is off.
        now: The clock the token's `iat` is read from (seconds since the epoch).
        clock_skew: Seconds added to `now()`: BigCommerce's clock minus yours.

    Each call makes a new token with a fresh `jti`: BigCommerce accepts each token once.
    """
    base = _storefront_url(store_domain, base_url).rstrip("/")
    claims = _claims(
        store_hash=store_hash,
        client_id=client_id,
        customer_id=customer_id,
        channel_id=channel_id,
        redirect_to=redirect_to,
        request_ip=request_ip,
        enable_persistent_cart=enable_persistent_cart,
        issued_at=_issued_at(now, clock_skew),
    )
    _, secret = _jwt.app_credentials(client_id, client_secret)
    register_secret(secret)  # masked in our log records and error messages from now on
    return f"{base}/login/token/{_jwt.encode(claims, secret, algorithm='HS256')}"


def _issued_at(now: Callable[[], float], clock_skew: float) -> int:
    if isinstance(clock_skew, bool) or not isinstance(clock_skew, int | float) or clock_skew != clock_skew:
        raise TypeError("clock_skew must be a number of seconds")
    moment = now()
    if isinstance(moment, bool) or not isinstance(moment, int | float) or moment != moment:
        raise TypeError("now() must return the time in seconds since the epoch, as time.time() does")
    return int(moment + clock_skew)


def _positive_int(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an integer, not {type(value).__name__}")
    if value < 1:
        raise ValueError(f"{name} must be a positive integer (got {value})")
    return value


def _claims(
    *,
    store_hash: str,
    client_id: str,
    customer_id: int,
    channel_id: int | None,
    redirect_to: str | None,
    request_ip: str | None,
    enable_persistent_cart: bool | None,
    issued_at: int,
) -> dict[str, Any]:
    """The published claims, each checked; the optional ones only when given."""
    if not isinstance(store_hash, str) or not _STORE_HASH.fullmatch(store_hash):
        raise ValueError("store_hash must be the store's hash: letters and digits, such as 'k7x2q9rm'")
    claims: dict[str, Any] = {
        "iss": client_id,
        "iat": issued_at,
        "jti": str(uuid.uuid4()),
        "operation": "customer_login",
        "store_hash": store_hash,
        "customer_id": _positive_int(customer_id, "customer_id"),
    }
    if channel_id is not None:
        claims["channel_id"] = _positive_int(channel_id, "channel_id")
    if redirect_to is not None:
        if not isinstance(redirect_to, str) or not _RELATIVE_PATH.fullmatch(redirect_to):
            raise ValueError(
                "redirect_to must be a path on the storefront starting with a single '/', such as "
                f"'/checkout' (no scheme, host, backslash or spaces; got {redirect_to!r})"
            )
        claims["redirect_to"] = redirect_to
    if request_ip is not None:
        if not isinstance(request_ip, str):
            raise TypeError(f"request_ip must be a string, not {type(request_ip).__name__}")
        try:
            claims["request_ip"] = str(ipaddress.ip_address(request_ip))
        except ValueError:
            raise ValueError(f"request_ip must be an IPv4 or IPv6 address (got {request_ip!r})") from None
    if enable_persistent_cart is not None:
        if not isinstance(enable_persistent_cart, bool):
            raise TypeError("enable_persistent_cart must be True, False or None")
        claims["enable_persistent_cart"] = enable_persistent_cart
    return claims
