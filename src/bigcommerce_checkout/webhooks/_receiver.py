"""`WebhookReceiver`: check, parse, dedupe and handle one delivery; framework-free.

Your web framework reads the request's headers and body, calls `receiver.receive(headers, body)`
and sends back the `Receipt`'s status with an empty body. BigCommerce counts any 2xx as delivered
and retries everything else, so the status decides whether the event comes again:

| status | when | BigCommerce |
| --- | --- | --- |
| 200 | handled now, or a repeat of an event already handled | done |
| 409 | a repeat of an event whose handler is still running (it may yet fail) | retries |
| 401 | the secret header is missing | retries |
| 403 | the secret header has another value | retries |
| 400 | the body is not an event | retries |
| 500 | your handler raised (logged; the claim is released) | retries, and it is handled then |
| 503 | the dedupe store failed (Redis down) | retries |
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from .._base_client import check_header_name, check_header_value
from .._logging import register_secret
from ._dedupe import DEDUPE_TTL, HANDLING_LEASE, DedupeStore, MemoryDedupeStore
from ._events import Event, EventParseError, parse_event

log = logging.getLogger("bigcommerce_checkout")


class Headers(Protocol):
    """A request's headers as frameworks hold them: a dict, Starlette's `Headers`, Werkzeug's."""

    def get(self, key: str, /) -> str | None: ...

    def items(self) -> Iterable[tuple[str, str]]: ...


@dataclass(frozen=True, slots=True)
class Receipt:
    """What became of one delivery: the status to answer with, and the event when it parsed."""

    status: int
    outcome: (
        str  # handled, duplicate, missing secret, wrong secret, unreadable body, handler failed, store failed
    )
    event: Event | None = None

    @property
    def duplicate(self) -> bool:
        """A repeat of an event already handled: the handler was not called."""
        return self.outcome == "duplicate"


def event_key(event: Event) -> str:
    """What identifies one event across its deliveries: store, scope, hash and time.

    BigCommerce's hash is computed from the event's data; the published samples show one hash on
    several scopes of one cart, and a cart's `updated` events carry the same data each time, so
    the scope and the event's time are part of the key: a repeated delivery (same payload) is
    caught, a later event with the same data is not mistaken for it.
    """
    return f"{event.store_id}:{event.scope}:{event.hash}:{event.created_at or ''}"


class WebhookReceiver:
    """Receives BigCommerce's webhook deliveries for one handler.

    Args:
        handler: Called once per event, with the typed event. Keep it short (BigCommerce wants an
            answer within seconds): record the event or queue the work, and return. If it raises,
            the delivery answers 500 and BigCommerce's retry is handled.
        header: The name of the custom header the webhook was created with (`headers=` of
            `client.webhooks.create`), for example `X-Hook-Secret`.
        secret: Its value; several values are accepted while you rotate it. Compared in constant
            time; never shown in a repr, log or receipt.
        store: Where handled events are remembered: a `MemoryDedupeStore` (the default) for one
            process, a `RedisDedupeStore` for many.
        ttl: How long a handled event is remembered, in seconds (BigCommerce's retry window,
            about 48 hours, plus a margin).
        lease: How long a claim protects an event while its handler runs.
    """

    def __init__(
        self,
        handler: Callable[[Event], object],
        *,
        header: str,
        secret: str | Sequence[str],
        store: DedupeStore | None = None,
        ttl: float = DEDUPE_TTL,
        lease: float = HANDLING_LEASE,
    ) -> None:
        if not callable(handler):
            raise TypeError("handler must be a function that takes the event")
        self.header = check_header_name(header).lower()
        values = [secret] if isinstance(secret, str) else list(secret)
        if not values:
            raise ValueError("secret: give at least one value")
        self._secrets = tuple(register_secret(check_header_value("secret", v), self).encode() for v in values)
        if store is not None and not isinstance(store, DedupeStore):
            raise TypeError("store must have claim(), confirm() and release() (see DedupeStore)")
        self.store: DedupeStore = MemoryDedupeStore() if store is None else store
        for name, value in (("ttl", ttl), ("lease", lease)):
            if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
                raise ValueError(f"{name} must be a positive number of seconds")
        self.handler = handler
        self.ttl = ttl
        self.lease = lease

    def __repr__(self) -> str:
        return f"WebhookReceiver(header={self.header!r}, secret=<redacted>, store={self.store!r})"

    def _authentic(self, headers: Headers) -> str | None:
        """None when the secret header matches, else what is wrong (without its value)."""
        given = headers.get(self.header)
        if given is None:
            given = next((v for k, v in headers.items() if k.lower() == self.header), None)
        if given is None:
            return "missing secret"
        raw = given.encode("utf-8", "surrogateescape")
        ok = False
        for expected in self._secrets:  # every value compared, each in constant time
            ok |= hmac.compare_digest(raw, expected)
        return None if ok else "wrong secret"

    def receive(self, headers: Headers, body: bytes | bytearray | memoryview | str) -> Receipt:
        """Check, parse, dedupe and handle one delivery; answer with `receipt.status`."""
        problem = self._authentic(headers)
        if problem is not None:
            log.warning("webhook delivery refused: %s header %s", problem, self.header)
            return Receipt(401 if problem == "missing secret" else 403, problem)
        try:
            event = parse_event(body)
        except EventParseError as exc:
            log.warning("webhook delivery refused: %s", exc)
            return Receipt(400, "unreadable body")
        key = event_key(event)
        try:
            token = self.store.claim(key, self.lease)
            handled = token is None and self.store.handled(key)
        except Exception:
            log.exception(
                "webhook %s: the dedupe store failed; answering 503 so BigCommerce retries", event.scope
            )
            return Receipt(503, "store failed", event)
        if handled:
            log.info("webhook %s %s: already handled", event.scope, event.hash)
            return Receipt(200, "duplicate", event)
        if token is None:  # another delivery of it is being handled: BigCommerce asks again later
            log.info("webhook %s %s: being handled; answering 409", event.scope, event.hash)
            return Receipt(409, "in progress", event)
        try:
            self.handler(event)
        except Exception:
            log.exception("webhook %s: the handler failed; answering 500 so BigCommerce retries", event.scope)
            self._forget(key, token)
            return Receipt(500, "handler failed", event)
        try:
            self.store.confirm(key, token, self.ttl)
        except Exception:  # handled, and the lease still guards it for a while
            log.exception("webhook %s: handled, but the dedupe store could not record it", event.scope)
        return Receipt(200, "handled", event)

    def _forget(self, key: str, token: str) -> None:
        try:
            self.store.release(key, token)
        except Exception:  # the lease expires by itself; the retry after it is handled
            log.exception("the dedupe store could not release a failed event")
