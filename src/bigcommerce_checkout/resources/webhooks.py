"""The Webhooks API: `/stores/{store_hash}/v3/hooks`, subscriptions to store events.

The events themselves arrive at your server; `bigcommerce_checkout.webhooks` parses and dedupes
them. Hook `headers` carry the secret a receiver checks, so their values are registered as
secrets: masked in logs and error messages, and in the repr of the webhooks answers return.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import msgspec

from bigcommerce_checkout_api.types import UNSET
from bigcommerce_checkout_schemas import (
    Webhook,
    WebhookAdmin,
    WebhookAdminResponse,
    WebhookCreateRequest,
    WebhookEmailsRequest,
    WebhookListResponse,
    WebhookResponse,
    WebhookUpdateRequest,
)

from .._base_client import FRAMING_HEADERS, Call, Once, check_header_name, check_header_value
from .._inputs import positive_int
from .._logging import REDACTED, register_secret
from .._models import decode, encode
from .._resource import AsyncResource, Context, SyncResource, async_op, lazy_module, sync_op

if TYPE_CHECKING:
    from bigcommerce_checkout_api.api.server_webhook_admin import (
        get_webhook_admin,
        update_webhook_admin_emails,
    )
    from bigcommerce_checkout_api.api.server_webhooks import (
        create_webhook,
        delete_webhook,
        get_webhook,
        list_webhooks,
        update_webhook,
    )
else:  # imported on first use, as in the other sections
    get_webhook_admin = lazy_module("bigcommerce_checkout_api.api.server_webhook_admin.get_webhook_admin")
    update_webhook_admin_emails = lazy_module(
        "bigcommerce_checkout_api.api.server_webhook_admin.update_webhook_admin_emails"
    )
    create_webhook = lazy_module("bigcommerce_checkout_api.api.server_webhooks.create_webhook")
    delete_webhook = lazy_module("bigcommerce_checkout_api.api.server_webhooks.delete_webhook")
    get_webhook = lazy_module("bigcommerce_checkout_api.api.server_webhooks.get_webhook")
    list_webhooks = lazy_module("bigcommerce_checkout_api.api.server_webhooks.list_webhooks")
    update_webhook = lazy_module("bigcommerce_checkout_api.api.server_webhooks.update_webhook")

WEBHOOK_HINT = (
    "The webhook may or may not have been created, so the call was not retried: a second "
    "subscription would deliver every event twice. List the webhooks with this scope and "
    "destination (webhooks.list(scope=..., destination=...)) before creating it again."
)
CREATES_WEBHOOK = Once(WEBHOOK_HINT)

# `store/order/created`, `store/cart/lineItem/*`, `store/customer/payment/instrument/default/updated`
_SCOPE = re.compile(r"store(?:/[A-Za-z0-9_]+)*/(?:[A-Za-z0-9_]+|\*)")
_LOOPBACK = ("127.0.0.1", "::1", "localhost")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def scope_value(scope: object, name: str = "scope") -> str:
    """An event scope as BigCommerce names them: `store/...`, optionally ending in a `*` wildcard."""
    if not isinstance(scope, str) or not _SCOPE.fullmatch(scope):
        raise ValueError(
            f"{name} must be an event scope such as 'store/order/created' or 'store/cart/*' (got {scope!r})"
        )
    return scope


def destination_value(url: object) -> str:
    """BigCommerce delivers only to `https://` on port 443 (published: custom ports are refused).

    A loopback host (127.0.0.1, ::1, localhost) may use `http://` and any port: BigCommerce can
    never reach it, so such a hook only makes sense on the local fake, which delivers there.
    """
    if not isinstance(url, str) or not url.isascii() or not url.isprintable() or " " in url:
        raise ValueError("destination must be a URL of printable ASCII characters, without spaces")
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port
    except ValueError:
        raise ValueError(f"destination is not a valid URL: {url!r}") from None
    host = parts.hostname or ""
    if parts.username is not None or parts.password is not None:
        raise ValueError("destination must not carry a user name or password; put a secret in headers")
    if host in _LOOPBACK and parts.scheme in ("http", "https"):
        return url
    if parts.scheme != "https" or not host:
        raise ValueError(
            f"destination must be an https:// URL (BigCommerce delivers over TLS only), not {url!r}"
        )
    if port not in (None, 443):
        raise ValueError(f"destination must use port 443: BigCommerce refuses other ports (got {port})")
    return url


def hook_headers(headers: Mapping[str, str] | None) -> dict[str, str] | None:
    """Checked custom headers, their values registered as secrets (never shown in messages)."""
    if headers is None:
        return None
    if not isinstance(headers, Mapping):
        raise TypeError("headers must be a mapping of header names to values")
    checked: dict[str, str] = {}
    for name, value in headers.items():
        lowered = check_header_name(name).lower()
        if lowered in FRAMING_HEADERS or lowered.startswith("proxy-"):
            raise ValueError(f"headers must not set {name}: it frames the HTTP request BigCommerce sends")
        checked[name] = register_secret(check_header_value(f"header {name!r}", value))
    return checked


def _flag(value: object, name: str) -> bool | None:
    if value is not None and not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False")
    return value


def _or_unset(value: Any) -> Any:
    return UNSET if value is None else value


class SecretHeaders(dict[str, str]):
    """A webhook's custom headers: a plain dict whose repr masks the values.

    The values are secrets (what a receiver checks), registered for as long as this dict lives.
    """

    __slots__ = ("__weakref__",)

    def __repr__(self) -> str:
        return repr(dict.fromkeys(self, REDACTED))


def _masked(hook: Any) -> Any:
    """The same webhook, its `headers` a `SecretHeaders` whose values are registered secrets."""
    if not hook.headers:
        return hook
    headers = SecretHeaders(hook.headers)
    for value in headers.values():
        register_secret(value, headers)
    return msgspec.structs.replace(hook, headers=headers)


_one = decode(WebhookResponse)
_page = decode(WebhookListResponse)
_admin = decode(WebhookAdminResponse)


def _webhook(raw: bytes) -> Webhook:
    answer = _one(raw)
    return _masked(answer.data)  # type: ignore[no-any-return]


def _webhooks(raw: bytes) -> WebhookListResponse:
    page = _page(raw)
    return msgspec.structs.replace(page, data=[_masked(h) for h in page.data])


def _admin_view(raw: bytes) -> WebhookAdmin:
    view = _admin(raw).data
    if view.hooks_list:
        view = msgspec.structs.replace(view, hooks_list=[_masked(h) for h in view.hooks_list])
    return view


def _nothing(raw: bytes) -> None:
    return None


def _secret_values(headers: dict[str, str] | None) -> tuple[str, ...]:
    return tuple(headers.values()) if headers else ()


# --- Webhooks ----------------------------------------------------------------------------------


def create(
    ctx: Context,
    /,
    scope: str,
    destination: str,
    *,
    is_active: bool | None = None,
    headers: Mapping[str, str] | None = None,
) -> Call[Webhook]:
    """Subscribe `destination` to `scope`. Sent at most once: never retried once it may have left.

    A retry after a lost answer could subscribe the destination twice (every event delivered
    twice); an uncertain outcome raises an error that says to list the webhooks first.
    """
    checked = hook_headers(headers)
    body = encode(
        WebhookCreateRequest(
            scope=scope_value(scope),
            destination=destination_value(destination),
            is_active=_flag(is_active, "is_active"),
            headers=checked,
        )
    )
    kwargs = create_webhook._get_kwargs(ctx.store_hash, body=body)
    return Call(kwargs, _webhook, once=CREATES_WEBHOOK, secrets=_secret_values(checked))


def list_(
    ctx: Context,
    /,
    *,
    page: int | None = None,
    limit: int | None = None,
    is_active: bool | None = None,
    scope: str | None = None,
    destination: str | None = None,
) -> Call[WebhookListResponse]:
    """A page of this API account's webhooks (`data`) with the paging details (`meta`)."""
    kwargs = list_webhooks._get_kwargs(
        ctx.store_hash,
        page=UNSET if page is None else positive_int(page, "page"),
        limit=UNSET if limit is None else positive_int(limit, "limit"),
        is_active=_or_unset(_flag(is_active, "is_active")),
        scope=UNSET if scope is None else scope_value(scope),
        destination=UNSET if destination is None else destination_value(destination),
    )
    return Call(kwargs, _webhooks)


def get(ctx: Context, webhook_id: int, /) -> Call[Webhook]:
    """One webhook; `is_active` says whether BigCommerce still delivers to it."""
    return Call(get_webhook._get_kwargs(ctx.store_hash, positive_int(webhook_id, "webhook_id")), _webhook)


def update(
    ctx: Context,
    webhook_id: int,
    /,
    *,
    scope: str | None = None,
    destination: str | None = None,
    is_active: bool | None = None,
    headers: Mapping[str, str] | None = None,
) -> Call[Webhook]:
    """Change a webhook; `is_active=True` switches one BigCommerce deactivated back on."""
    checked = hook_headers(headers)
    request = WebhookUpdateRequest(
        scope=None if scope is None else scope_value(scope),
        destination=None if destination is None else destination_value(destination),
        is_active=_flag(is_active, "is_active"),
        headers=checked,
    )
    if request == WebhookUpdateRequest():
        raise ValueError("pass at least one of scope, destination, is_active or headers")
    kwargs = update_webhook._get_kwargs(
        ctx.store_hash, positive_int(webhook_id, "webhook_id"), body=encode(request)
    )
    return Call(kwargs, _webhook, secrets=_secret_values(checked))


def delete(ctx: Context, webhook_id: int, /) -> Call[Webhook]:
    """End a subscription; returns the webhook as it was."""
    return Call(delete_webhook._get_kwargs(ctx.store_hash, positive_int(webhook_id, "webhook_id")), _webhook)


# --- Admin -------------------------------------------------------------------------------------


def get_admin(ctx: Context, /, *, is_active: bool | None = None) -> Call[WebhookAdmin]:
    """The account's hooks, blocked destinations and notification addresses in one answer."""
    kwargs = get_webhook_admin._get_kwargs(ctx.store_hash, is_active=_or_unset(_flag(is_active, "is_active")))
    return Call(kwargs, _admin_view)


def update_emails(ctx: Context, /, emails: Sequence[str]) -> Call[None]:
    """Replace who is told when a destination is blocked or a webhook is switched off."""
    if isinstance(emails, str | bytes) or not isinstance(emails, Sequence):
        raise TypeError("emails must be a list of email addresses")
    for email in emails:
        if not isinstance(email, str) or not _EMAIL.fullmatch(email):
            raise ValueError(f"emails: {email!r} is not an email address")
    body = encode(WebhookEmailsRequest(emails=list(emails)))
    return Call(update_webhook_admin_emails._get_kwargs(ctx.store_hash, body=body), _nothing)


# --- Resource classes --------------------------------------------------------------------------


class WebhookAdminSection(SyncResource):
    """`/hooks/admin`"""

    get = sync_op(get_admin)
    update_emails = sync_op(update_emails)


class AsyncWebhookAdminSection(AsyncResource):
    """`/hooks/admin`"""

    get = async_op(get_admin)
    update_emails = async_op(update_emails)


class Webhooks(SyncResource):
    """`/hooks`: subscriptions of your URLs to store events."""

    create = sync_op(create)
    list = sync_op(list_)
    get = sync_op(get)
    update = sync_op(update)
    delete = sync_op(delete)

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.admin = WebhookAdminSection(*args)


class AsyncWebhooks(AsyncResource):
    """`/hooks`: subscriptions of your URLs to store events."""

    create = async_op(create)
    list = async_op(list_)
    get = async_op(get)
    update = async_op(update)
    delete = async_op(delete)

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.admin = AsyncWebhookAdminSection(*args)


__all__ = ["AsyncWebhooks", "SecretHeaders", "Webhooks"]
