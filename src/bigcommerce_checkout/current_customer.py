"""Who is signed in on the storefront, proven: verify a Current Customer token on your server.

A script on the storefront fetches `/customer/current.jwt?app_client_id={client_id}` with the
shopper's session and posts the token it gets to your server. BigCommerce signs it with the app's
client secret, so once `verify_current_customer` accepts it your server can act for that customer:

    customer = verify_current_customer(
        token, client_id=client_id, client_secret=client_secret, store_hash="k7x2q9rm"
    )
    orders_of(customer.id)

The token says which app it is for (`aud`), which store (`store_hash`, also its `sub`), the
customer (`id`, `email`, `group_id`) and when it stops being valid (`exp`, 15 minutes after
`iat`). Real tokens are signed HS512; HS256 is accepted too (both are HMAC with the same secret).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from . import _jwt
from ._exceptions import CustomerTokenError, CustomerTokenReason
from ._logging import register_secret

__all__ = ["CURRENT_CUSTOMER_ALGORITHMS", "CurrentCustomer", "verify_current_customer"]

CURRENT_CUSTOMER_ALGORITHMS = frozenset({"HS512", "HS256"})
"""The signing algorithms accepted: HMAC with the app's client secret, nothing else."""
_ISSUER = "bc/apps"
_MESSAGES: dict[CustomerTokenReason, str] = {
    "malformed": "the current customer token is not a well-formed token of BigCommerce's",
    "algorithm": "the current customer token is not signed with HMAC (HS512 or HS256)",
    "signature": "the current customer token's signature does not match this client secret",
    "expired": "the current customer token has expired; fetch a new one from the storefront",
    "not_yet_valid": "the current customer token is issued in the future; check the server's clock",
    "wrong_app": "the current customer token was issued for another app's client id",
    "wrong_store": "the current customer token was issued by another store",
    "wrong_operation": "the token is not a current customer token",
}


@dataclass(frozen=True, slots=True)
class CurrentCustomer:
    """The signed-in customer a verified token names."""

    id: int
    """The customer's id, as the Customers API and carts' `customer_id` use it."""
    email: str
    group_id: str
    """The customer group's id, as BigCommerce sends it (a string; "0" or "" for no group)."""
    store_hash: str
    issued_at: datetime
    expires_at: datetime


def verify_current_customer(
    token: str | bytes,
    *,
    client_id: str,
    client_secret: str,
    store_hash: str,
    leeway: float = 30.0,
    now: Callable[[], float] = time.time,
) -> CurrentCustomer:
    """The customer a `/customer/current.jwt` token names, once every check passes.

    Args:
        token: The token as the storefront fetched it (the whole response body).
        client_id: The app client id the storefront sent as `app_client_id`: the token's audience.
        client_secret: That app's client secret. Never shown in an error.
        store_hash: The store the token must come from.
        leeway: Seconds of clock difference tolerated around `exp` and `iat`.
        now: The clock (seconds since the epoch).

    Raises:
        CustomerTokenError: with a `reason` (see the class); the message never holds the token.
    """
    _, secret = _jwt.app_credentials(client_id, client_secret)
    register_secret(secret)
    if isinstance(leeway, bool) or not isinstance(leeway, int | float) or not 0 <= leeway < 3600:
        raise ValueError("leeway must be a number of seconds from 0 to 3600")
    result = _verify(token, client_id, secret, store_hash, leeway, now())
    if isinstance(result, str):
        del token, client_secret, secret  # a reporter that keeps the frame's locals keeps neither
        raise CustomerTokenError(result, _MESSAGES[result])
    return result


def _verify(
    token: str | bytes, client_id: str, secret: str, store_hash: str, leeway: float, moment: float
) -> CurrentCustomer | CustomerTokenReason:
    """The customer, or why not: a plain value, so no exception in flight ever holds the token."""
    if isinstance(token, bytes):
        try:
            token = token.decode("ascii")
        except UnicodeDecodeError:
            return "malformed"
    if not isinstance(token, str):
        return "malformed"
    try:
        _, claims = _jwt.decode(token.strip(), secret, CURRENT_CUSTOMER_ALGORITHMS)
    except _jwt.InvalidToken as exc:
        return exc.reason
    if claims.get("operation") != "current_customer" or claims.get("iss") != _ISSUER:
        return "wrong_operation"
    audience = claims.get("aud")
    if audience != client_id and not (isinstance(audience, list) and client_id in audience):
        return "wrong_app"
    issued, expires = _seconds(claims.get("iat")), _seconds(claims.get("exp"))
    if issued is None or expires is None:
        return "malformed"
    if moment >= expires + leeway:
        return "expired"
    if issued > moment + leeway:
        return "not_yet_valid"
    if claims.get("store_hash") != store_hash or claims.get("sub", store_hash) != store_hash:
        return "wrong_store"
    customer = _customer(claims.get("customer"))
    if customer is None:
        return "malformed"
    customer_id, email, group_id = customer
    return CurrentCustomer(
        id=customer_id,
        email=email,
        group_id=group_id,
        store_hash=store_hash,
        issued_at=datetime.fromtimestamp(issued, UTC),
        expires_at=datetime.fromtimestamp(expires, UTC),
    )


_LAST_SECOND = 253_402_300_799  # 9999-12-31T23:59:59Z: the last moment a datetime holds


def _seconds(value: Any) -> float | None:
    """A NumericDate claim (seconds since the epoch) a datetime can hold, or None."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= _LAST_SECOND:
        return None
    return float(value)


def _customer(value: Any) -> tuple[int, str, str] | None:
    """The customer claim: a positive integer id and a string email are required; the group degrades."""
    if not isinstance(value, dict):
        return None
    customer_id, email, group = value.get("id"), value.get("email"), value.get("group_id")
    if isinstance(customer_id, bool) or not isinstance(customer_id, int) or customer_id < 1:
        return None
    if not isinstance(email, str):
        return None
    if isinstance(group, int) and not isinstance(group, bool):
        group = str(group)
    return customer_id, email, group if isinstance(group, str) else ""
