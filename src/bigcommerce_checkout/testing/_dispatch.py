"""From a routed request to an answer: auth, validation, the handler, and error bodies.

Order of checks, as BigCommerce applies them: token (401), `include` (400), body (422), the
checkout and anything the path names (404), `version` (409), then the operation's own rules
(422). The payments operations have their own order, statuses and error codes (`_payments.py`).
Anything else that goes wrong is a bug in the fake and answers 500 with the error body,
never a traceback on the wire.
"""

from __future__ import annotations

import hmac
import http.cookies
import json
import logging
import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import _ops_customers, _payments, _validate, _webhooks
from ._context import Reply, Request, Route
from ._errors import ApiError, error_body
from ._state import Store

log = logging.getLogger("bigcommerce_checkout.testing")


@dataclass
class Answer:
    status: int
    body: bytes
    headers: dict[str, str]

    @classmethod
    def json(cls, status: int, payload: Any, headers: Mapping[str, str] | None = None) -> Answer:
        data = json.dumps(payload, ensure_ascii=False, allow_nan=False).encode()
        return cls(status, data, {"Content-Type": "application/json", **(headers or {})})

    @classmethod
    def error(cls, exc: ApiError) -> Answer:
        return cls.json(exc.status, exc.body(), exc.headers)


@dataclass(frozen=True)
class Credentials:
    store_hash: str
    access_token: str
    app_client_id: str = ""  # the app whose client secret signs customer login and current customer tokens
    app_client_secret: str = field(default="", repr=False)


def dispatch(
    store: Store,
    credentials: Credentials,
    route: Route,
    params: dict[str, str],
    query: Mapping[str, Sequence[str]],
    headers: Mapping[str, str],
    raw_body: bytes,
) -> Answer:
    if route.api != "server":
        return _dispatch(store, credentials, route, params, query, headers, raw_body)
    # api.bigcommerce.com counts every request against the store's quota and reports its window
    allowed, window = store.rate_window.take(time.monotonic())
    if allowed:
        answer = _dispatch(store, credentials, route, params, query, headers, raw_body)
    else:  # beyond an enforced quota: refused before anything is done
        answer = _error_answer(route, ApiError(429, "Too Many Requests", detail=QUOTA_SPENT))
    answer.headers.update(window)
    return answer


QUOTA_SPENT = (
    "The store's API request quota for this window is used up. Wait X-Rate-Limit-Time-Reset-Ms "
    "milliseconds before sending again."
)


def _dispatch(
    store: Store,
    credentials: Credentials,
    route: Route,
    params: dict[str, str],
    query: Mapping[str, Sequence[str]],
    headers: Mapping[str, str],
    raw_body: bytes,
) -> Answer:
    try:
        if route.api == "server":
            _authenticate(credentials, params, headers)
        if route.operation_id in _ops_customers.OPERATIONS:  # the storefront root: redirects and text
            app = (credentials.app_client_id, credentials.app_client_secret)
            status, data, extra = _ops_customers.serve(
                store,
                credentials.store_hash,
                app,
                route.operation_id,
                params,
                query,
                headers,
                session_of(headers),
            )
            return Answer(status, data, extra)
        if route.operation_id in _payments.OPERATIONS:  # their own statuses, checks and error codes
            status, payload = _payments.serve(
                store, credentials.store_hash, route, params, query, headers, raw_body
            )
            with store.lock:
                _webhooks.observe(store, route.operation_id, params, Reply(status, payload))
            return Answer.json(status, payload)
        include = _validate.include(route, query)
        model = _validate.query(route, query)
        body = _validate.body(route, raw_body)
        session = session_of(headers) if route.api == "storefront" else ""
        with store.lock:
            session = store.session_aliases.get(session, session)
            request = Request(store, params, body, include, raw_body, route.api, session, model)
            payload = route.handler(request)
            _webhooks.observe(store, route.operation_id, params, payload)  # the events it fires
        if isinstance(payload, Reply):
            if payload.payload is None:
                return Answer(payload.status, b"", dict(payload.headers))
            return Answer.json(payload.status, payload.payload, payload.headers)
        return Answer.json(200, payload)
    except ApiError as exc:
        return _error_answer(route, exc)
    except Exception:  # a bug in the fake: say so in the log, answer like BigCommerce would
        log.exception("the fake failed on %s %s", route.method, route.template)
        return Answer.json(
            500, error_body(500, "Internal Server Error", detail="The fake failed; see its log.")
        )


def _error_answer(route: Route, exc: ApiError) -> Answer:
    """The error in the body shape of the route's API."""
    if route.v2:  # v2's own error shape: [{"status": 404, "message": "..."}]
        message = ". ".join(part for part in (exc.title, exc.detail) if part)
        details = "; ".join(f"{k}: {v}" for k, v in exc.errors.items())
        return Answer.json(
            exc.status,
            [{"status": exc.status, "message": f"{message}. {details}" if details else message}],
            exc.headers,
        )
    if route.api == "storefront":
        exc.errors = {_camel(k): v for k, v in exc.errors.items()}
    return Answer.error(exc)


SESSION_COOKIE = "SHOP_SESSION_TOKEN"


def session_of(headers: Mapping[str, str]) -> str:
    """The shopper's session token from the Cookie header ("" when it carries none)."""
    jar = http.cookies.SimpleCookie()
    try:
        jar.load(headers.get("cookie", ""))
    except http.cookies.CookieError:
        return ""
    morsel = jar.get(SESSION_COOKIE)
    return morsel.value if morsel is not None else ""


def _authenticate(credentials: Credentials, params: Mapping[str, str], headers: Mapping[str, str]) -> None:
    token = headers.get("x-auth-token", "")
    good_token = hmac.compare_digest(token.encode(), credentials.access_token.encode())
    if not good_token or params.get("store_hash") != credentials.store_hash:
        raise ApiError(
            401,
            "Unauthorized",
            detail="Send X-Auth-Token with the access token of an API account of this store.",
        )


def _camel(name: str) -> str:
    """Error field names in the storefront's spelling: `line_items[0].item_id` -> `lineItems[0].itemId`."""
    return re.sub(r"_([a-z0-9])", lambda m: m.group(1).upper(), name)
