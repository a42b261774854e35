"""Pacing: no request goes into a rate-limit window the store has already spent.

BigCommerce counts every server-to-server request against the store's quota (one quota for every
app and every worker of the store) and refuses those beyond it with 429 until the window resets.
Each answer reports the window (`X-Rate-Limit-Requests-Left`, `-Time-Reset-Ms`, ...). A client
reads those headers into one `Pacer` shared by all its threads, tasks, views and copies: a call
asks it before each attempt, and waits for the reset instead of being refused when nothing is
left. A `RedisRateLimiter` shares one estimate between processes (`_redis_pacing`).

The estimate is conservative: a request that is still on its way may be counted by BigCommerce
after the answer that reported the window, so what is left is the reported number minus the
requests let go after that one and still in flight, and never more than the client's own count. The window is learnt from the first answer; answers that never report one
(a proxy that strips the headers) leave the calls unpaced.
"""

from __future__ import annotations

import threading
from typing import Protocol

from ._response import RateLimit


class Window:
    """One reported window, read from an answer's headers at `now` (monotonic seconds)."""

    __slots__ = ("ends", "left", "quota", "seconds")

    def __init__(self, now: float, limit: RateLimit) -> None:
        self.left = limit.requests_left or 0
        self.quota = limit.requests_quota or 0
        self.seconds = (limit.window_ms or 0) / 1000
        # a window resets within its own length: a larger figure cannot stall calls for longer
        self.ends = now + min((limit.reset_ms or 0) / 1000, self.seconds)

    @staticmethod
    def of(now: float, limit: RateLimit | None) -> Window | None:
        """The window an answer reports; None unless it carries all four headers."""
        if limit is None or None in (
            limit.requests_left,
            limit.requests_quota,
            limit.window_ms,
            limit.reset_ms,
        ):
            return None
        return Window(now, limit)


PROBE_WAIT = 0.005
"""Seconds between looks while the first request of a client is finding out the window."""


class Pacer(Protocol):
    """What a client asks before and tells after each attempt on the store's API."""

    blocking: bool  # True when `reserve` does I/O (an async client then runs it in a thread)

    def reserve(self, now: float) -> tuple[float, int]:
        """`(0.0, ticket)` when a request may go now (it is counted as sent); else `(seconds, 0)`:
        wait that long, then ask again."""

    def done(self, ticket: int, now: float, limit: RateLimit | None) -> bool:
        """The attempt with `ticket` ended: with its answer's rate-limit headers (`NO_HEADERS` when
        it has none), or None when no answer came. True when the other processes should hear of
        that answer now: call `tell`."""

    def tell(self) -> None:
        """Share what the last answers said with the other processes (may do I/O)."""


class InFlight:
    """The requests on their way, by ticket (in the order they were let go)."""

    __slots__ = ("_last", "_tickets")

    def __init__(self) -> None:
        self._last = 0
        self._tickets: set[int] = set()

    def add(self) -> int:
        self._last += 1
        self._tickets.add(self._last)
        return self._last

    def remove(self, ticket: int) -> int:
        """Forget `ticket`; how many requests let go after it are still on their way.

        BigCommerce had counted every request that reached it before this one when it wrote the
        answer; those let go after it may not have arrived yet, so they come off what it says is left.
        """
        self._tickets.discard(ticket)
        return sum(1 for t in self._tickets if t > ticket)

    def __len__(self) -> int:
        return len(self._tickets)


class LocalPacer:
    """The estimate of one process, under a lock: what every thread and task of a client shares.

    The first request finds out the window alone (the others wait for its answer, a round trip),
    so that a burst at start-up cannot overrun a quota another app has nearly spent. If that answer
    reports no window, nothing is paced until one does.
    """

    blocking = False

    __slots__ = ("_flying", "_left", "_lock", "_probing", "_quota", "_reset_at", "_seconds", "_unreported")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._left: int | None = None  # None: no answer has reported a window yet
        self._quota = 0
        self._seconds = 0.0
        self._reset_at = 0.0
        self._flying = InFlight()
        self._probing = False  # the first request is on its way
        self._unreported = False  # answers come without the headers: nothing to pace by

    def reserve(self, now: float) -> tuple[float, int]:
        with self._lock:
            if self._left is None:
                if self._probing:
                    return PROBE_WAIT, 0
                self._probing = not self._unreported
            else:
                if now >= self._reset_at:  # over on our clock, which runs late: a fresh window
                    self._reset_at = now + self._seconds
                    self._left = self._quota - len(self._flying)  # any of them may count in it
                if self._left <= 0:
                    return max(self._reset_at - now, 0.001), 0
                self._left -= 1
            return 0.0, self._flying.add()

    def sent_elsewhere(self) -> int:
        """Count a request another limiter let go (so this estimate stays right as a fallback)."""
        with self._lock:
            if self._left is not None:
                self._left -= 1
            return self._flying.add()

    def done(self, ticket: int, now: float, limit: RateLimit | None) -> bool:
        self.finish(ticket, now, limit)
        return False  # nobody else to tell

    def tell(self) -> None:
        pass

    def finish(self, ticket: int, now: float, limit: RateLimit | None) -> int:
        """`done`, returning how many requests let go after this one are still on their way."""
        with self._lock:
            after = self._flying.remove(ticket)
            self._probing = False
            window = Window.of(now, limit)
            if window is None:
                self._unreported = self._unreported or limit is not None
                return after
            self._unreported = False
            left = window.left - after
            self._quota, self._seconds = window.quota, window.seconds
            tolerance = window.seconds / 4
            if self._left is None or window.ends > self._reset_at + tolerance:  # a newer window
                self._reset_at, self._left = window.ends, left
            elif window.ends >= self._reset_at - tolerance:  # the window we know
                self._reset_at = max(self._reset_at, window.ends)
                self._left = min(self._left, left)  # lower when another app spent some too
            # else: a late answer from a window that is over
            return after

    @property
    def in_flight(self) -> int:
        return len(self._flying)

    @property
    def unreported(self) -> bool:
        return self._unreported

    def __repr__(self) -> str:
        return f"LocalPacer(left={self._left}, quota={self._quota}, in_flight={len(self._flying)})"


def wait_message(where: str, seconds: float, why: str) -> str:
    return (
        f"{where} was not sent: the store's API quota for this window is used up, and the window "
        f"resets in {seconds:.1f} s, {why}. Nothing reached BigCommerce, so the call can be made "
        "again once the window resets."
    )
