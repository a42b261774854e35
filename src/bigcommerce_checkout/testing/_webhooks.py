"""The fake's webhooks: the hooks registered on it, and their delivery as BigCommerce makes it.

When a cart or an order changes through the fake, `observe` (called by the dispatcher after a
successful call) turns the change into events; `emit` queues one event for every active hook whose
scope matches (`store/cart/*` matches every cart scope). A background thread POSTs each event to
the hook's destination with the hook's custom headers, and retries a delivery that fails (no
answer, or a status outside 2xx) on BigCommerce's schedule, 60 s to 86,400 s apart, multiplied by
`retry_scale` (tests compress it, for example to 1e-6: the 48 hours in 0.17 s). After the last retry the hook is switched
off (`is_active: false`), as BigCommerce does. `duplicates` delivers every event that many extra
times, as BigCommerce occasionally does.

The fake delivers only to loopback destinations (127.0.0.1, ::1, localhost): a test fake never
sends to the internet. A delivery elsewhere is recorded as failed, without a request.
"""

from __future__ import annotations

import hashlib
import heapq
import itertools
import json
import threading
import time
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._context import Reply
from ._state import AWAITING_FULFILLMENT, INCOMPLETE, Store

# BigCommerce's published retry intervals, in seconds (about 48 hours in all).
RETRY_SCHEDULE: tuple[int, ...] = (60, 180, 300, 600, 900, 1800, 3600, 7200, 21600, 50400, 86400)
LOOPBACK = ("127.0.0.1", "::1", "localhost")
CLIENT_ID = "fakeclient0000000000000000000001"  # the API account of the fake's access token
DELIVERY_TIMEOUT = 5.0


@dataclass
class Hook:
    id: int
    scope: str
    destination: str
    is_active: bool
    headers: dict[str, str] | None
    created_at: int
    updated_at: int

    def matches(self, scope: str) -> bool:
        if self.scope.endswith("/*"):
            return scope.startswith(self.scope[:-1])
        return scope == self.scope

    def render(self, store_hash: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "client_id": CLIENT_ID,
            "store_hash": store_hash,
            "scope": self.scope,
            "destination": self.destination,
            "is_active": self.is_active,
            "headers": dict(self.headers) if self.headers is not None else None,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }


@dataclass
class Delivery:
    """One attempt to deliver one event to one hook: what `fake.webhook_deliveries` lists."""

    hook_id: int
    scope: str
    event: dict[str, Any]
    attempt: int  # 0: the first try; n: the n-th retry
    status: int | None  # the destination's answer; None when there was none
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


@dataclass(order=True)
class _Pending:
    due: float
    seq: int
    hook_id: int = field(compare=False)
    body: bytes = field(compare=False)
    event: dict[str, Any] = field(compare=False)
    attempt: int = field(compare=False, default=0)


class WebhookHub:
    """Hooks and deliveries of one fake store. Thread-safe; its thread starts with the first event."""

    def __init__(self, store_hash: str, store_id: str) -> None:
        self.store_hash = store_hash
        self.store_id = store_id
        self.hooks: dict[int, Hook] = {}
        self.emails: list[str] = []
        self.deliveries: list[Delivery] = []
        self.retry_scale = 1.0
        self.duplicates = 0
        self._next_id = 1
        self._seq = itertools.count()
        self._cond = threading.Condition()
        self._pending: list[_Pending] = []
        self._busy = 0
        self._thread: threading.Thread | None = None
        self._closed = False

    # -- hooks (the API's handlers, under the store's lock) -------------------------------------

    def add(self, scope: str, destination: str, is_active: bool, headers: dict[str, str] | None) -> Hook:
        now = int(time.time())
        with self._cond:
            hook = Hook(self._next_id, scope, destination, is_active, headers, now, now)
            self._next_id += 1
            self.hooks[hook.id] = hook
        return hook

    def remove(self, hook_id: int) -> Hook | None:
        """Delete a hook, and the deliveries of it still waiting."""
        with self._cond:
            hook = self.hooks.pop(hook_id, None)
            self._pending = [p for p in self._pending if p.hook_id != hook_id]
            heapq.heapify(self._pending)
            self._cond.notify_all()
        return hook

    # -- events --------------------------------------------------------------------------------

    def emit(self, scope: str, data: Mapping[str, Any]) -> dict[str, Any]:
        """Queue one event for every active hook whose scope matches; returns the event."""
        created_at = int(time.time())
        seq = next(self._seq)
        fingerprint = json.dumps([scope, data, created_at, seq], sort_keys=True, default=str)
        event = {
            "scope": scope,
            "store_id": self.store_id,
            "data": dict(data),
            "hash": hashlib.sha1(fingerprint.encode(), usedforsecurity=False).hexdigest(),
            "created_at": created_at,
            "producer": f"stores/{self.store_hash}",
        }
        body = json.dumps(event).encode()
        with self._cond:
            targets = [h for h in self.hooks.values() if h.is_active and h.matches(scope)]
            now = time.monotonic()
            for hook in targets:
                for _copy in range(1 + self.duplicates):
                    heapq.heappush(self._pending, _Pending(now, next(self._seq), hook.id, body, event))
            if targets:
                self._start()
                self._cond.notify_all()
        return event

    def _start(self) -> None:
        if self._thread is None and not self._closed:
            self._thread = threading.Thread(target=self._run, name="fake-webhooks", daemon=True)
            self._thread.start()

    def wait_idle(self, timeout: float) -> bool:
        """Wait until nothing is queued or being delivered; False if `timeout` seconds pass first."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._pending or self._busy:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(min(left, 0.05))
        return True

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._pending.clear()
            self._cond.notify_all()
            thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(DELIVERY_TIMEOUT + 1)
        with self._cond:
            self._closed = False  # a fake started again delivers again

    def _run(self) -> None:
        with httpx.Client(timeout=DELIVERY_TIMEOUT, trust_env=False) as http:
            while True:
                with self._cond:
                    while not self._closed and (not self._pending or self._pending[0].due > time.monotonic()):
                        wait = self._pending[0].due - time.monotonic() if self._pending else None
                        self._cond.wait(wait)
                    if self._closed:
                        return
                    job = heapq.heappop(self._pending)
                    hook = self.hooks.get(job.hook_id)
                    self._busy += 1
                try:
                    if hook is not None:
                        self._deliver(http, hook, job)
                finally:
                    with self._cond:
                        self._busy -= 1
                        self._cond.notify_all()

    def _deliver(self, http: httpx.Client, hook: Hook, job: _Pending) -> None:
        status: int | None = None
        error = ""
        host = urllib.parse.urlsplit(hook.destination).hostname or ""
        if host not in LOOPBACK:
            error = "not delivered: the fake delivers only to loopback destinations"
        else:
            headers = {**(hook.headers or {}), "Content-Type": "application/json"}
            try:
                status = http.post(hook.destination, content=job.body, headers=headers).status_code
            except httpx.HTTPError as exc:
                error = f"{type(exc).__name__}: {exc}"
        delivery = Delivery(hook.id, job.event["scope"], job.event, job.attempt, status, error)
        with self._cond:
            self.deliveries.append(delivery)
            if delivery.ok:
                return
            if job.attempt < len(RETRY_SCHEDULE):
                due = time.monotonic() + RETRY_SCHEDULE[job.attempt] * self.retry_scale
                heapq.heappush(
                    self._pending,
                    _Pending(due, next(self._seq), hook.id, job.body, job.event, job.attempt + 1),
                )
            else:  # BigCommerce gives up after about 48 hours and switches the hook off
                hook.is_active = False
                hook.updated_at = int(time.time())


def hub(store: Store) -> WebhookHub | None:
    found: WebhookHub | None = getattr(store, "webhooks", None)
    return found


def emit(store: Store, scope: str, data: Mapping[str, Any]) -> None:
    """Queue an event (for other fake modules: refunds, order status changes)."""
    found = hub(store)
    if found is not None:
        found.emit(scope, data)


# -- what the fake's own operations fire ----------------------------------------------------------

_CART_CREATED = ("createCart", "storefrontCreateCart")
_CART_DELETED = ("deleteCart", "storefrontDeleteCart")
_CART_CHANGED = frozenset(
    {
        "updateCart",
        "addCartLineItems",
        "updateCartLineItem",
        "deleteCartLineItem",
        "storefrontAddCartLineItems",
        "storefrontUpdateCartLineItem",
        "storefrontDeleteCartLineItem",
        "storefrontUpdateCartCurrency",
        "addCheckoutCoupon",
        "deleteCheckoutCoupon",
        "storefrontAddCheckoutCoupon",
        "storefrontDeleteCheckoutCoupon",
        "storefrontUpdateCheckoutLineItem",
        "storefrontDeleteCheckoutLineItem",
    }
)


def _cart(cart_id: str, **more: Any) -> dict[str, Any]:
    return {"type": "cart", "id": cart_id, **more}


def observe(store: Store, operation_id: str, params: Mapping[str, str], payload: Any) -> None:
    """The events a successful call fires, as BigCommerce fires them (called under the store lock)."""
    found = hub(store)
    if found is None or not found.hooks:
        return
    if isinstance(payload, Reply):
        if payload.status >= 300:
            return
        payload = payload.payload
    if operation_id in _CART_CREATED:
        body = payload.get("data", payload) if isinstance(payload, dict) else {}
        cart_id = str(body.get("id", ""))
        found.emit("store/cart/created", _cart(cart_id))
        found.emit("store/cart/updated", _cart(cart_id))
    elif operation_id in _CART_CHANGED:
        cart_id = params.get("cartId") or params.get("checkoutId") or ""
        found.emit("store/cart/updated", _cart(cart_id))
        if cart_id not in store.checkouts:  # its last item went, and the cart with it
            found.emit("store/cart/deleted", _cart(cart_id))
    elif operation_id in _CART_DELETED:
        cart_id = params.get("cartId", "")
        found.emit("store/cart/updated", _cart(cart_id))
        found.emit("store/cart/deleted", _cart(cart_id))
    elif operation_id == "createOrder":
        order_id = payload["data"]["id"]
        found.emit("store/order/created", {"type": "order", "id": order_id})
    elif operation_id == "processPayment" and store.payments:
        order = next((o for o in store.orders if o.id == store.payments[-1].order_id), None)
        if order is None:
            return
        status_change = {"previous_status_id": INCOMPLETE, "new_status_id": AWAITING_FULFILLMENT}
        found.emit("store/order/statusUpdated", {"type": "order", "id": order.id, "status": status_change})
        found.emit("store/order/updated", {"type": "order", "id": order.id})
        found.emit("store/cart/converted", _cart(order.checkout_id, orderId=order.id))
