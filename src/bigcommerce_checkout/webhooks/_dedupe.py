"""Where a receiver remembers the events it handled, so a repeated delivery is handled once.

A store hands out *claims*: the first `claim` of a key wins a token and holds the key for a short
lease while the handler runs; `confirm` then marks it handled for the whole retry window, `release`
forgets it so BigCommerce's next retry is handled. A repeat that finds the key claimed but not yet
handled is not answered 200 (the handler may still fail, or its process die): BigCommerce delivers
it again later. A process that dies mid-handler loses its lease when it expires, and the retry
after it is handled. Two stores: `MemoryDedupeStore` for one
process (the default) and `RedisDedupeStore` for many processes and machines.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol, runtime_checkable

# BigCommerce retries a failed delivery 11 times, after 60 s, 180 s, 300 s, 600 s, 900 s, 1,800 s,
# 3,600 s, 7,200 s, 21,600 s, 50,400 s and 86,400 s: 173,040 s (48 h 4 min) after the first try.
RETRY_SCHEDULE: tuple[int, ...] = (60, 180, 300, 600, 900, 1800, 3600, 7200, 21600, 50400, 86400)
DEDUPE_TTL = 50 * 3600
"""How long a handled event is remembered, in seconds: the retry window plus about two hours."""
HANDLING_LEASE = 120
"""How long a claim holds an event while its handler runs, in seconds, before a retry may take it."""


@runtime_checkable
class DedupeStore(Protocol):
    """What a receiver needs of a store. Every method must be safe to call from many threads."""

    def claim(self, key: str, lease: float) -> str | None:
        """A token if this caller now holds `key` for `lease` seconds; None if it is held or handled."""
        ...

    def confirm(self, key: str, token: str, ttl: float) -> None:
        """The event was handled: remember `key` as handled for `ttl` seconds."""
        ...

    def handled(self, key: str) -> bool:
        """Whether `key` was confirmed (a claim still in progress is not)."""
        ...

    def release(self, key: str, token: str) -> None:
        """The handler failed: forget `key` (if `token` still holds it) so a retry is handled."""
        ...


class MemoryDedupeStore:
    """Claims in this process's memory: bounded, and every entry expires.

    Right for one worker process. With several (gunicorn/uvicorn workers, several machines) each
    has its own memory and a retry may reach another one: use `RedisDedupeStore` there. When
    `max_keys` entries are held the oldest is dropped first, so a retry of an event that old is
    handled again; the default holds far more than a store's 48 hours of events usually are.
    """

    def __init__(self, *, max_keys: int = 100_000, clock: Callable[[], float] = time.monotonic) -> None:
        if isinstance(max_keys, bool) or not isinstance(max_keys, int) or max_keys < 1:
            raise ValueError("max_keys must be a positive integer")
        self.max_keys = max_keys
        self._clock = clock
        self._lock = threading.Lock()
        self._entries: OrderedDict[str, tuple[float, str]] = OrderedDict()  # key -> (expires, token)
        self._handled: set[str] = set()  # confirmed keys among the entries

    def __len__(self) -> int:
        with self._lock:
            self._expire(self._clock())
            return len(self._entries)

    def _expire(self, now: float) -> None:
        # Entries are kept in order of their last write; a confirmed key moves to the end, so expired
        # ones are found from the front in most cases (a long lease may hide a shorter one behind it).
        for key, (expires, _) in list(self._entries.items()):
            if expires > now:
                break
            del self._entries[key]
            self._handled.discard(key)

    def claim(self, key: str, lease: float) -> str | None:
        now = self._clock()
        with self._lock:
            self._expire(now)
            held = self._entries.get(key)
            if held is not None and held[0] > now:
                return None
            token = secrets.token_hex(8)
            self._entries.pop(key, None)
            self._handled.discard(key)
            self._entries[key] = (now + lease, token)
            while len(self._entries) > self.max_keys:
                self._handled.discard(self._entries.popitem(last=False)[0])
            return token

    def confirm(self, key: str, token: str, ttl: float) -> None:
        with self._lock:
            self._entries.pop(key, None)
            self._entries[key] = (self._clock() + ttl, token)
            self._handled.add(key)

    def handled(self, key: str) -> bool:
        now = self._clock()
        with self._lock:
            held = self._entries.get(key)
            return held is not None and held[0] > now and key in self._handled

    def release(self, key: str, token: str) -> None:
        with self._lock:
            held = self._entries.get(key)
            if held is not None and held[1] == token:
                del self._entries[key]
                self._handled.discard(key)

    def __repr__(self) -> str:
        return f"MemoryDedupeStore(max_keys={self.max_keys})"
