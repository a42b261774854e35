"""Pacing: no request goes into a rate-limit window the store has already spent.

BigCommerce counts every server-to-server request against the store's quota (one quota for every
app and every worker of the store) and refuses those beyond it with 429 until the window resets.
Each answer reports the window (`X-Rate-Limit-Requests-Left`, `-Time-Reset-Ms`, ...). A client
reads those headers into one `Pacer` shared by all its threads, tasks, views and copies: a call
asks it before each attempt, and waits for the reset instead of being refused when nothing is
left. A `RedisRateLimiter` shares one estimate between processes (`_redis_pacing`).

The estimate is conservative: a request that is still on its way may be counted by BigCommerce
after the answer that reported the window, so what is left is the reported number minus the
requests in flight. The window is learnt from the first answer; answers that never report one
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

NO_HEADERS = RateLimit(None, None, None, None)
"""What `done` is told of an answer that reports no window (a proxy stripped the headers)."""


class Pacer(Protocol):
    """What a client asks before and tells after each attempt on the store's API."""

    blocking: bool  # True when `reserve` does I/O (an async client then runs it in a thread)

    def reserve(self, now: float) -> float:
        """0.0 when a request may go now (it is counted as sent); else seconds to wait first."""

    def done(self, now: float, limit: RateLimit | None) -> None:
        """The attempt ended: with its answer's rate-limit headers (`NO_HEADERS` when it has none),
        or None when no answer came."""


class LocalPacer:
    """The estimate of one process, under a lock: what every thread and task of a client shares.

    The first request finds out the window alone (the others wait for its answer, a round trip),
    so that a burst at start-up cannot overrun a quota another app has nearly spent. If that answer
    reports no window, nothing is paced until one does.
    """

    blocking = False

    __slots__ = ("_in_flight", "_left", "_lock", "_probing", "_quota", "_reset_at", "_seconds", "_unreported")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._left: int | None = None  # None: no answer has reported a window yet
        self._quota = 0
        self._seconds = 0.0
        self._reset_at = 0.0
        self._in_flight = 0
        self._probing = False  # the first request is on its way
        self._unreported = False  # answers come without the headers: nothing to pace by

    def reserve(self, now: float) -> float:
        with self._lock:
            if self._left is None:
                if self._probing:
                    return PROBE_WAIT
                self._probing = not self._unreported
            else:
                if now >= self._reset_at:  # over on our clock, which runs late: a fresh window
                    self._reset_at = now + self._seconds
                    self._left = self._quota - self._in_flight
                if self._left <= 0:
                    return max(self._reset_at - now, 0.001)
                self._left -= 1
            self._in_flight += 1
            return 0.0

    def sent_elsewhere(self) -> None:
        """Count a request another limiter let go (so this estimate stays right as a fallback)."""
        with self._lock:
            self._in_flight += 1
            if self._left is not None:
                self._left -= 1

    def done(self, now: float, limit: RateLimit | None) -> None:
        with self._lock:
            self._in_flight = max(self._in_flight - 1, 0)
            self._probing = False
            window = Window.of(now, limit)
            if window is None:
                self._unreported = self._unreported or limit is not None
                return
            self._unreported = False
            left = window.left - self._in_flight  # those in flight may still be counted
            self._quota, self._seconds = window.quota, window.seconds
            tolerance = window.seconds / 4
            if self._left is None or window.ends > self._reset_at + tolerance:  # a newer window
                self._reset_at, self._left = window.ends, left
            elif window.ends >= self._reset_at - tolerance:  # the window we know
                self._reset_at = max(self._reset_at, window.ends)
                self._left = min(self._left, left)
            # else: a late answer from a window that is over

    @property
    def unreported(self) -> bool:
        return self._unreported

    def __repr__(self) -> str:
        return f"LocalPacer(left={self._left}, quota={self._quota}, in_flight={self._in_flight})"


def wait_message(where: str, seconds: float, why: str) -> str:
    return (
        f"{where} was not sent: the store's API quota for this window is used up, and the window "
        f"resets in {seconds:.1f} s, {why}. Nothing reached BigCommerce, so the call can be made "
        "again once the window resets."
    )
