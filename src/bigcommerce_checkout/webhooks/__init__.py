"""Receive BigCommerce's webhooks: typed events, a secret check, and each event handled once.

from bigcommerce_checkout.webhooks import WebhookReceiver

receiver = WebhookReceiver(handle_event, header="X-Hook-Secret", secret=secret)
receipt = receiver.receive(request_headers, request_body)   # answer with receipt.status

`parse_event(body)` alone turns a delivery's bytes into its typed event; the event models
(`CartConvertedEvent`, `OrderCreatedEvent`, ...) are in `bigcommerce_checkout.models`. Subscribing
a URL is `client.webhooks.create(...)` on a `CheckoutClient`.
"""

from bigcommerce_checkout_schemas import WebhookEvent, WebhookEventBase

from ._dedupe import DEDUPE_TTL, HANDLING_LEASE, RETRY_SCHEDULE, DedupeStore, MemoryDedupeStore
from ._events import EVENT_MODELS, EVENT_SCOPES, Event, EventParseError, TypedEvent, parse_event
from ._receiver import Receipt, WebhookReceiver, event_key
from ._redis_store import RedisDedupeStore

__all__ = [
    "DEDUPE_TTL",
    "EVENT_MODELS",
    "EVENT_SCOPES",
    "HANDLING_LEASE",
    "RETRY_SCHEDULE",
    "DedupeStore",
    "Event",
    "EventParseError",
    "MemoryDedupeStore",
    "Receipt",
    "RedisDedupeStore",
    "TypedEvent",
    "WebhookEvent",
    "WebhookEventBase",
    "WebhookReceiver",
    "event_key",
    "parse_event",
]
