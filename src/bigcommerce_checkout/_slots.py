"""How many calls a client has on the wire at once: one cap for the client, its views and copies.

A pool the clients make holds `max_connections` connections and keeps every one of them alive
between calls. Calls beyond that wait here for a free slot, in order, before anything is sent.
httpcore's own queue (httpcore 1.0.9) is not a good place to wait: it rescans every waiting
request whenever a connection frees up, so a thousand waiting calls cost seconds of CPU, and above
its keep-alive limit it closes each connection after one answer (encode/httpcore#1035), so every
call pays for a new TCP connection. Waiting here is cheap and leaves the pool only calls it can
serve at once.

The wait is bounded by the timeout's `pool` part (httpx's "wait for a connection"), and it is not
part of the call's time budget (`RetryPolicy.budget`), which starts once the call has its slot: a
call that is never sent twice (an order, a payment, a new cart) cannot run out of time after it
was sent because it queued first. A call that gets no slot in time was not sent at all.
"""

from __future__ import annotations

import threading
from typing import Any

import httpx

DEFAULT_MAX_CONNECTIONS = 64
"""Enough for a thousand concurrent shoppers on one client (see docs/benchmarks.md)."""


def to_max_connections(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError("max_connections must be a whole number of connections, 1 or more")
    return value


def pool_size(max_connections: object, http_client: object) -> int:
    """The size of the pool a client makes; refused with a caller's client, whose pool is theirs."""
    if max_connections is None:
        return DEFAULT_MAX_CONNECTIONS
    if http_client is not None:
        raise ValueError(
            "max_connections sizes the pool the client makes: with your own http_client, set "
            "limits=httpx.Limits(...) on it instead"
        )
    return to_max_connections(max_connections)


def pool_limits(max_connections: int) -> httpx.Limits:
    """As many kept-alive connections as connections: none is closed just because others are busy."""
    return httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections)


class ThreadSlots:
    """The cap for threads (the sync clients)."""

    __slots__ = ("_semaphore", "size")

    def __init__(self, size: int) -> None:
        self.size = size
        self._semaphore = threading.BoundedSemaphore(size)

    def acquire(self, wait: float | None) -> bool:
        """True once the call has a slot; False when none came free within `wait` seconds."""
        return self._semaphore.acquire(timeout=wait)

    def release(self) -> None:
        self._semaphore.release()


class TaskSlots:
    """The cap for tasks (the async clients), under asyncio or trio.

    anyio's semaphore is made with the first call, so that the import (which httpcore does for its
    own pool anyway) and the binding to the running event loop happen there.
    """

    __slots__ = ("_semaphore", "size")

    def __init__(self, size: int) -> None:
        self.size = size
        self._semaphore: Any = None

    async def acquire(self, wait: float | None) -> bool:
        """True once the call has a slot; False when none came free within `wait` seconds."""
        import anyio

        semaphore = self._semaphore
        if semaphore is None:
            semaphore = self._semaphore = anyio.Semaphore(self.size, max_value=self.size)
        try:
            semaphore.acquire_nowait()  # a free slot: no wait, no checkpoint, no timer
            return True
        except anyio.WouldBlock:
            pass
        with anyio.move_on_after(wait):
            await semaphore.acquire()
            return True
        return False

    def release(self) -> None:
        self._semaphore.release()


def no_slot_message(where: str, slots: ThreadSlots | TaskSlots, wait: float | None) -> str:
    return (
        f"{where} was not sent: all {slots.size} connections of the client (max_connections) stayed "
        f"busy for {wait:g} s, the timeout's pool part. Raise max_connections or the pool timeout, or "
        "send fewer calls at once. Nothing reached BigCommerce, so the call can be made again."
    )
