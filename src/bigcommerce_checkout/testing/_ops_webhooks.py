"""The fake's Webhooks API: `/stores/{store_hash}/v3/hooks` (create, list, get, update, delete, admin).

Rules as BigCommerce publishes them: one hook per scope and destination for an API account (a
second create answers 422), a destination must be an http(s) URL (the fake also takes `http://`,
so tests can receive on loopback), and a hook is visible only to the account that made it (the
fake has one account). What a hook receives and when is `_webhooks.py`.
"""

from __future__ import annotations

import math
import re
import time
import urllib.parse
from typing import Any

import bigcommerce_checkout_schemas as m

from ._context import Reply, Request
from ._errors import ApiError, unprocessable
from ._webhooks import WebhookHub

_SCOPE = re.compile(r"store(?:/[A-Za-z0-9_]+)*/(?:[A-Za-z0-9_]+|\*)")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
DEFAULT_LIMIT = 50


def _hub(request: Request) -> WebhookHub:
    hub = request.store.webhooks
    if hub is None:  # a Store made without FakeBigCommerce: no webhooks API
        raise ApiError(404, "Not found")
    return hub


def _hook_id(request: Request) -> int:
    raw = request.params.get("webhook_id", "")
    hook = _hub(request).hooks.get(int(raw)) if raw.isdigit() else None
    if hook is None:
        raise ApiError(404, "Webhook not found", detail="No webhook of this API account has this id.")
    return hook.id


def _checked(scope: str | None, destination: str | None, headers: dict[str, str] | None) -> None:
    problems: dict[str, str] = {}
    if scope is not None and not _SCOPE.fullmatch(scope):
        problems["scope"] = "is not an event scope such as store/order/created"
    if destination is not None:
        parts = urllib.parse.urlsplit(destination)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            problems["destination"] = "must be an https URL"
    if headers is not None and any(not k or "\n" in k or "\n" in v for k, v in headers.items()):
        problems["headers"] = "names and values must be single-line strings"
    if problems:
        raise ApiError(422, "JSON data is missing or invalid", errors=problems)


def _taken(hub: WebhookHub, scope: str, destination: str, hook_id: int = 0) -> None:
    if any(h.scope == scope and h.destination == destination and h.id != hook_id for h in hub.hooks.values()):
        raise unprocessable(
            "A webhook with this scope and destination already exists",
            destination="one webhook per scope and destination",
        )


def create_webhook(request: Request) -> Any:
    body: m.WebhookCreateRequest = request.body
    hub = _hub(request)
    _checked(body.scope, body.destination, body.headers)
    _taken(hub, body.scope, body.destination)
    hook = hub.add(body.scope, body.destination, body.is_active is not False, body.headers)
    return {"data": hook.render(hub.store_hash), "meta": {}}


def list_webhooks(request: Request) -> Any:
    query: m.StoresStoreHashV3HooksGetParametersQuery = request.query
    hub = _hub(request)
    hooks = [
        h
        for h in hub.hooks.values()
        if (query.is_active is None or h.is_active == query.is_active)
        and (query.scope is None or h.scope == query.scope)
        and (query.destination is None or h.destination == query.destination)
    ]
    limit = query.limit if query.limit and query.limit > 0 else DEFAULT_LIMIT
    page = query.page if query.page and query.page > 0 else 1
    chosen = hooks[(page - 1) * limit : page * limit]
    pagination = {
        "total": len(hooks),
        "count": len(chosen),
        "per_page": limit,
        "current_page": page,
        "total_pages": max(1, math.ceil(len(hooks) / limit)),
    }
    return {"data": [h.render(hub.store_hash) for h in chosen], "meta": {"pagination": pagination}}


def get_webhook(request: Request) -> Any:
    hub = _hub(request)
    return {"data": hub.hooks[_hook_id(request)].render(hub.store_hash), "meta": {}}


def update_webhook(request: Request) -> Any:
    body: m.WebhookUpdateRequest = request.body
    hub = _hub(request)
    hook = hub.hooks[_hook_id(request)]
    if not request.raw:
        raise unprocessable("JSON data is missing or invalid", body="send at least one field")
    _checked(body.scope, body.destination, body.headers)
    _taken(hub, body.scope or hook.scope, body.destination or hook.destination, hook.id)
    hook.scope = body.scope or hook.scope
    hook.destination = body.destination or hook.destination
    if body.is_active is not None:
        hook.is_active = body.is_active
    if "headers" in request.raw:
        hook.headers = body.headers
    hook.updated_at = int(time.time())
    return {"data": hook.render(hub.store_hash), "meta": {}}


def delete_webhook(request: Request) -> Any:
    hub = _hub(request)
    hook = hub.remove(_hook_id(request))
    assert hook is not None  # _hook_id found it, under the store's lock
    return {"data": hook.render(hub.store_hash), "meta": {}}


def get_admin(request: Request) -> Any:
    query: m.StoresStoreHashV3HooksAdminGetParametersQuery = request.query
    hub = _hub(request)
    hooks = [h for h in hub.hooks.values() if query.is_active is None or h.is_active == query.is_active]
    listed = [
        {**h.render(hub.store_hash), "status": "active" if h.is_active else "deactivated"} for h in hooks
    ]
    return {"data": {"emails": list(hub.emails), "hooks_list": listed, "blocked_domains": []}, "meta": {}}


def update_admin_emails(request: Request) -> Any:
    body: m.WebhookEmailsRequest = request.body
    emails = body.emails or []
    bad = [e for e in emails if not _EMAIL.fullmatch(e)]
    if bad:
        raise unprocessable("JSON data is missing or invalid", emails="each must be an email address")
    _hub(request).emails = list(emails)
    return Reply(204)
