"""Signing shoppers in: the storefront's `/login/token/{jwt}` and `/customer/current.jwt`.

Both live on the storefront domain root, outside the storefront API, and both use the fake's app
credentials (`fake.app_client_id`, `fake.app_client_secret`).

Customer login (BigCommerce's customer login page): the browser opens `/login/token/{jwt}` once.
The token must be HS256-signed with the app's client secret, name the app's client id as `iss`,
`operation: customer_login`, this store's hash, a seeded customer and a channel the store has;
its `iat` must be within 30 seconds of the fake's clock (either side: the fake forgives a clock
that runs ahead by as much as it forgives one behind) and its `jti` unused. On success the
browser's session (its `SHOP_SESSION_TOKEN`, or a new one) is signed in as the customer: 302 to
`redirect_to` (default `/account.php`) with the session cookie. On failure BigCommerce shows an
error and sends the browser to `/login.php`; the fake answers 302 to `/login.php` with no cookie,
and says why in `X-Fake-Login-Refused` (a header of the fake's own, for tests). `request_ip` is not
checked: the fake does not see where a request comes from at this layer.

Current customer (BigCommerce's current customer page): a signed-in session's browser fetches
`/customer/current.jwt?app_client_id=...` and gets a token as BigCommerce makes it: HS512, the
claims of the published example (`customer {id, email, group_id}`, `iss: bc/apps`, `sub` and
`store_hash` the store, `aud` and `application_id` the client id, `operation: current_customer`,
`version: 1`) and `exp` 15 minutes after `iat`. The body is the token as plain text, or
`{"token": ...}` when the request's `Accept` names `application/json` (BigCommerce's checkout SDK
reads it that way). A guest session gets 404 (as published); a missing or unknown `app_client_id`
gets 400 (BigCommerce publishes no status for it).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Mapping, Sequence
from typing import Any

from .. import _jwt
from ._errors import error_body
from ._state import Store

log = logging.getLogger("bigcommerce_checkout.testing")

OPERATIONS = frozenset({"getCustomerLogin", "getCurrentCustomer"})
LOGIN_WINDOW = 30  # seconds either side of a login token's iat
CURRENT_CUSTOMER_TTL = 15 * 60  # seconds: "Current customer tokens are valid for 15 minutes"
_LOGIN_FAILED = "/login.php"
_DEFAULT_REDIRECT = "/account.php"

Answered = tuple[int, bytes, dict[str, str]]


def serve(
    store: Store,
    store_hash: str,
    app: tuple[str, str],
    operation_id: str,
    params: Mapping[str, str],
    query: Mapping[str, Sequence[str]],
    headers: Mapping[str, str],
    session: str,
) -> Answered:
    """Answer one of OPERATIONS; `app` is the fake's (client id, client secret)."""
    with store.lock:
        session = store.session_aliases.get(session, session)
        if operation_id == "getCustomerLogin":
            return _login(store, store_hash, app, params.get("jwt_token", ""), session)
        return _current(store, store_hash, app, query, headers, session)


def not_dispatched(_request: object) -> None:
    """The routes' handler slot: `_dispatch` sends OPERATIONS to `serve` instead."""
    raise RuntimeError("customer login and current customer are answered by _ops_customers.serve")


def _refused(reason: str) -> Answered:
    log.info("customer login refused: %s", reason)
    return 302, b"", {"Location": _LOGIN_FAILED, "X-Fake-Login-Refused": reason}


def _login(store: Store, store_hash: str, app: tuple[str, str], token: str, session: str) -> Answered:
    from ._ops_storefront_carts import new_session, session_cookie

    client_id, secret = app
    try:
        _, claims = _jwt.decode(token, secret, {"HS256"})
    except _jwt.InvalidToken as exc:
        return _refused(f"token {exc.reason}")
    problem = _login_problem(store, store_hash, client_id, claims)
    if problem:
        return _refused(problem)
    store.used_login_jtis.add(claims["jti"])
    if session not in store.sessions:
        session = new_session(store)
    store.signed_in[session] = claims["customer_id"]
    target = claims.get("redirect_to", _DEFAULT_REDIRECT)
    return 302, b"", {"Location": target, "Set-Cookie": session_cookie(session)}


def _login_problem(store: Store, store_hash: str, client_id: str, claims: dict[str, Any]) -> str:
    """Why the claims do not sign anyone in ("" when they do)."""
    iat, jti, customer_id = claims.get("iat"), claims.get("jti"), claims.get("customer_id")
    if claims.get("operation") != "customer_login":
        return "operation is not customer_login"
    if claims.get("iss") != client_id:
        return "iss is not the app's client id"
    if claims.get("store_hash") != store_hash:
        return "store_hash is another store's"
    if not isinstance(iat, int) or isinstance(iat, bool) or abs(time.time() - iat) > LOGIN_WINDOW:
        return f"iat is not within {LOGIN_WINDOW} seconds of now"
    if not isinstance(jti, str) or not jti:
        return "jti is missing"
    if jti in store.used_login_jtis:
        return "jti was used already"
    if (
        not isinstance(customer_id, int)
        or isinstance(customer_id, bool)
        or customer_id not in store.customers
    ):
        return "customer_id is not a customer of the store"
    channel_id = claims.get("channel_id", 1)
    if not isinstance(channel_id, int) or isinstance(channel_id, bool) or channel_id not in store.channels:
        return "channel_id is not a channel of the store"
    target = claims.get("redirect_to", _DEFAULT_REDIRECT)
    if not isinstance(target, str) or not target.startswith("/") or target.startswith("//"):
        return "redirect_to is not a path on the storefront"
    return ""


def _current(
    store: Store,
    store_hash: str,
    app: tuple[str, str],
    query: Mapping[str, Sequence[str]],
    headers: Mapping[str, str],
    session: str,
) -> Answered:
    client_id, secret = app
    asked = (query.get("app_client_id") or [""])[0]
    if not asked:
        return _error(400, "The app_client_id query parameter is required")
    if asked != client_id:
        return _error(400, "The app_client_id is not the client id of an app of this store")
    customer = store.customers.get(store.signed_in.get(session, 0)) if session else None
    if customer is None:
        return _error(404, "No customer is signed in", "The shopper is browsing as a guest.")
    now = int(time.time())
    claims = {
        "customer": {"id": customer.id, "email": customer.email, "group_id": str(customer.group_id)},
        "iss": "bc/apps",
        "sub": store_hash,
        "iat": now,
        "exp": now + CURRENT_CUSTOMER_TTL,
        "version": 1,
        "aud": client_id,
        "application_id": client_id,
        "store_hash": store_hash,
        "operation": "current_customer",
    }
    token = _jwt.encode(claims, secret, algorithm="HS512")
    if "application/json" in headers.get("accept", ""):
        return 200, json.dumps({"token": token}).encode(), {"Content-Type": "application/json"}
    return 200, token.encode(), {"Content-Type": "text/plain; charset=utf-8"}


def _error(status: int, title: str, detail: str | None = None) -> Answered:
    body = json.dumps(error_body(status, title, detail=detail)).encode()
    return status, body, {"Content-Type": "application/json"}
