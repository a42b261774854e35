"""Events BigCommerce POSTs to a webhook's destination, parsed straight from the body's bytes.

Every `store/cart/*` and `store/order/*` scope has a model generated from the curated spec
(`CartConvertedEvent`, `OrderStatusUpdatedEvent`, ...). The body is read twice by msgspec: once
for its `scope` alone (cheap: everything else is skipped), then into that scope's model. A scope
without a model, or a known scope whose body no longer fits its model, still parses, as a
`WebhookEvent` whose `data` is a dict: an event is never refused for being new.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import Any, TypeAlias

import msgspec

from bigcommerce_checkout_schemas import (
    CartAbandonedEvent,
    CartConvertedEvent,
    CartCouponAppliedEvent,
    CartCreatedEvent,
    CartDeletedEvent,
    CartLineItemCreatedEvent,
    CartLineItemDeletedEvent,
    CartLineItemUpdatedEvent,
    CartMetafieldCreatedEvent,
    CartMetafieldDeletedEvent,
    CartMetafieldUpdatedEvent,
    CartUpdatedEvent,
    OrderArchivedEvent,
    OrderCreatedEvent,
    OrderMessageCreatedEvent,
    OrderMetafieldCreatedEvent,
    OrderMetafieldDeletedEvent,
    OrderMetafieldUpdatedEvent,
    OrderRefundCreatedEvent,
    OrderStatusUpdatedEvent,
    OrderTransactionCreatedEvent,
    OrderUpdatedEvent,
    WebhookEvent,
)

log = logging.getLogger("bigcommerce_checkout")

TypedEvent: TypeAlias = (
    CartAbandonedEvent
    | CartConvertedEvent
    | CartCouponAppliedEvent
    | CartCreatedEvent
    | CartDeletedEvent
    | CartLineItemCreatedEvent
    | CartLineItemDeletedEvent
    | CartLineItemUpdatedEvent
    | CartMetafieldCreatedEvent
    | CartMetafieldDeletedEvent
    | CartMetafieldUpdatedEvent
    | CartUpdatedEvent
    | OrderArchivedEvent
    | OrderCreatedEvent
    | OrderMessageCreatedEvent
    | OrderMetafieldCreatedEvent
    | OrderMetafieldDeletedEvent
    | OrderMetafieldUpdatedEvent
    | OrderRefundCreatedEvent
    | OrderStatusUpdatedEvent
    | OrderTransactionCreatedEvent
    | OrderUpdatedEvent
)
"""Every event with a model of its own."""

Event: TypeAlias = TypedEvent | WebhookEvent
"""What `parse_event` returns: a typed event, or a `WebhookEvent` for any other scope."""

EVENT_MODELS: tuple[type[Any], ...] = TypedEvent.__args__


class EventParseError(ValueError):
    """The body is not a BigCommerce event (not JSON, or no scope, store, data or hash).

    The message says what is wrong, never the body itself.
    """


class _Scope(msgspec.Struct):
    scope: str


def _scope_of(model: type[Any]) -> str:
    """The one value a model's `scope` field takes (its Literal), read from msgspec's own view."""
    info = msgspec.inspect.type_info(model)
    field = next(f for f in info.fields if f.name == "scope")  # type: ignore[attr-defined]
    (value,) = field.type.values
    return str(value)


@cache
def _decoders() -> tuple[msgspec.json.Decoder[_Scope], dict[str, msgspec.json.Decoder[Any]]]:
    """Built on first use: a receiver that never sees an order event never builds its decoder."""
    by_scope = {_scope_of(model): msgspec.json.Decoder(model) for model in EVENT_MODELS}
    return msgspec.json.Decoder(_Scope), by_scope


_generic = msgspec.json.Decoder(WebhookEvent)

EVENT_SCOPES: frozenset[str] = frozenset(_scope_of(model) for model in EVENT_MODELS)
"""The scopes `parse_event` has a typed model for."""


def parse_event(body: bytes | bytearray | memoryview | str) -> Event:
    """The event in a webhook delivery's body, as its scope's typed model.

    `isinstance(event, CartConvertedEvent)` (or `event.scope == "store/cart/converted"`) tells
    which one it is. An unknown scope, or a known one whose `data` changed shape, is returned as a
    `WebhookEvent` (data as a dict) with a WARNING for the latter. Raises `EventParseError` when
    the body is not an event at all.
    """
    if not isinstance(body, bytes | str):
        body = bytes(body)  # msgspec before 0.19 decodes bytes and str only
    scope_decoder, by_scope = _decoders()
    try:
        scope = scope_decoder.decode(body).scope
    except msgspec.ValidationError as exc:
        raise EventParseError(f"not a webhook event: {exc}") from None
    except msgspec.DecodeError:
        raise EventParseError("not a webhook event: the body is not valid JSON") from None
    decoder = by_scope.get(scope)
    if decoder is not None:
        try:
            event: Event = decoder.decode(body)
            return event
        except msgspec.ValidationError as exc:
            log.warning(
                "a %s event does not fit its model (%s); it is passed on as a WebhookEvent", scope, exc
            )
    try:
        return _generic.decode(body)
    except msgspec.ValidationError as exc:
        raise EventParseError(f"not a webhook event: {exc}") from None
