"""One rate-limit estimate for every worker process of a store, kept in Redis.

Each attempt runs one Lua script (atomic, one round trip, Redis's clock for every machine): it
folds in the window this process last saw reported, starts a fresh window once the known one is
over, and either counts the request or answers how long to wait for the reset. Waiting is
sleeping until then, never polling. A window started on Redis's clock is a guess (BigCommerce
starts it when the request arrives), so the answer to the request that started it is told to
Redis at once, one more run of the script. When Redis cannot be reached the process paces alone on its
own estimate, kept up to date all along, says so once at WARNING, and tries Redis again later.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import TYPE_CHECKING, Any

from ._pacing import LocalPacer, Window
from ._redis import redis_client, script

if TYPE_CHECKING:
    import redis

    from ._response import RateLimit

log = logging.getLogger("bigcommerce_checkout")

# KEYS[1]: the store's key. ARGV: seen (1 when a window is reported), left, reset ms, quota,
# window ms, ms since that answer arrived, requests let go after that one still in flight, key
# lifetime ms, 1 when this process's answers report no window, requests this process has in
# flight, 1 to only tell the window seen (count nothing). Returns {wait, opener}: wait is 0 when
# the request may go (it is counted), else milliseconds to wait (negative while the first request
# finds out the window); opener is 1 for a request that opens a window on Redis's guess (the
# first, or the first after the known window ended), whose answer tells Redis the real one.
_RESERVE = """
if redis.replicate_commands then pcall(redis.replicate_commands) end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local s = redis.call('HMGET', KEYS[1], 'left', 'reset_at', 'quota', 'window', 'sent', 'probe')
local left, reset_at, quota, window = tonumber(s[1]), tonumber(s[2]), tonumber(s[3]), tonumber(s[4])
local tell = ARGV[11] == '1'
if ARGV[1] == '1' then
  local seen = tonumber(ARGV[2]) - tonumber(ARGV[7])
  quota, window = tonumber(ARGV[4]), tonumber(ARGV[5])
  local ends = now - tonumber(ARGV[6]) + math.min(tonumber(ARGV[3]), window)
  local tolerance = window / 4
  if reset_at == nil then  -- the first window seen: every request let go so far may count in it
    reset_at, left = ends, math.min(seen, quota - (tonumber(s[5]) or 0))
  elseif ends > reset_at + tolerance and not tell then  -- a newer window than the one we know
    reset_at, left = ends, seen
  elseif ends >= reset_at - tolerance then  -- the one we know (an opener's: the one we guessed)
    if ends > reset_at then reset_at = ends end
    if seen < left then left = seen end
  end
end
if tell then
  if quota ~= nil then
    redis.call('HSET', KEYS[1], 'left', left, 'reset_at', reset_at, 'quota', quota, 'window', window)
    redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[8]))
  end
  return {0, 0}
end
if quota == nil then  -- no window known: one request finds it out, the others wait for it
  local probe = tonumber(s[6])
  if ARGV[9] ~= '1' and probe ~= nil and now < probe then return {-math.min(probe - now, 20), 0} end
  redis.call('HSET', KEYS[1], 'probe', now + 2000)
  redis.call('HINCRBY', KEYS[1], 'sent', 1)
  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[8]))
  return {0, 1}
end
local opener = 0
if now >= reset_at then reset_at, left, opener = now + window, quota - tonumber(ARGV[10]), 1 end
local wait = 0
if left > 0 then left = left - 1 else wait, opener = math.max(reset_at - now, 1), 0 end
redis.call('HSET', KEYS[1], 'left', left, 'reset_at', reset_at, 'quota', quota, 'window', window)
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[8]))
return {wait, opener}
"""


class RedisRateLimiter:
    """Paces every client of a store, in every process and on every machine, from one Redis.

    Pass it to the server-to-server clients: `CheckoutClient(..., rate_limiter=limiter)`. Each
    store (by hash) has its own estimate under `prefix`. Without it, each client paces its own
    threads and tasks; with it, N workers share the store's quota instead of each learning from a
    429 that it is spent.

    Args:
        client: A `redis.Redis` client, or a URL such as `redis://localhost:6379/0` (the client
            made from a URL gives up on Redis after `timeout` seconds, without retrying).
        prefix: Put before every key, so several apps can share one Redis.
        timeout: Seconds to wait for Redis (URL only); then this process paces on its own.
        recheck: Seconds between attempts to reach Redis again after it failed.
    """

    def __init__(
        self,
        client: redis.Redis | str,
        *,
        prefix: str = "bigcommerce-checkout:rate:",
        timeout: float = 0.5,
        recheck: float = 5.0,
    ) -> None:
        if not isinstance(prefix, str):
            raise TypeError("prefix must be a string")
        for name, value in (("timeout", timeout), ("recheck", recheck)):
            if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
                raise ValueError(f"{name} must be a number of seconds above 0")
        self.redis = redis_client(client, timeout=timeout)
        self.prefix = prefix
        self.recheck = float(recheck)
        self._reserve: Any = script(self.redis, _RESERVE)
        self._pacers: dict[str, RedisPacer] = {}
        self._lock = threading.Lock()

    def pacer(self, store_hash: str) -> RedisPacer:
        """The one pacer of `store_hash` in this process (clients of one store share it)."""
        with self._lock:
            pacer = self._pacers.get(store_hash)
            if pacer is None:
                pacer = self._pacers[store_hash] = RedisPacer(self, self.prefix + store_hash)
            return pacer

    def __repr__(self) -> str:  # never the URL: it may hold a password
        return f"RedisRateLimiter(prefix={self.prefix!r})"


class RedisPacer:
    """A store's pacer in one process: Redis while it answers, its own estimate while it does not."""

    blocking = True

    def __init__(self, limiter: RedisRateLimiter, key: str) -> None:
        self._limiter = limiter
        self._key = key
        # Counts this process's requests in flight, and is kept current, so that a fallback
        # starts from what is known.
        self._local = LocalPacer()
        self._lock = threading.Lock()
        self._seen: Seen | None = None  # the newest window this process saw, not yet told to Redis
        self._openers: set[int] = set()  # tickets of requests that opened a window on a guess
        self._down = False

    def reserve(self, now: float) -> tuple[float, int]:
        with self._lock:
            if self._down and now < self._retry_at:
                return self._local.reserve(now)
            seen, self._seen = self._seen, None
        answer = self._run(now, seen, tell=False)
        if answer is None:
            return self._local.reserve(now)
        wait_ms, opener = answer
        if wait_ms:
            return abs(wait_ms) / 1000, 0
        ticket = self._local.sent_elsewhere()
        if opener:
            with self._lock:
                self._openers.add(ticket)
        return 0.0, ticket

    def done(self, ticket: int, now: float, limit: RateLimit | None) -> bool:
        after = self._local.finish(ticket, now, limit)
        window = Window.of(now, limit)
        with self._lock:
            opener = ticket in self._openers
            self._openers.discard(ticket)
            if window is None:
                return False
            if self._seen is None or window.ends >= self._seen.window.ends:
                self._seen = Seen(window, now, after)
            # Redis guessed when the window this request opened ends: the real end is known now,
            # and a process that sees none of the window's answers would go by the guess.
            return opener and not self._down

    def tell(self) -> None:
        """Tell Redis the newest window this process saw, now rather than with its next request."""
        now = time.monotonic()
        with self._lock:
            if self._down and now < self._retry_at:
                return
            seen, self._seen = self._seen, None
        if seen is not None:
            self._run(now, seen, tell=True)

    _retry_at = 0.0

    def _run(self, now: float, seen: Seen | None, *, tell: bool) -> tuple[int, int] | None:
        """One run of the script: `(wait ms, opener)`, or None when Redis cannot be reached."""
        try:
            wait_ms, opener = self._limiter._reserve(keys=[self._key], args=self._args(now, seen, tell))
        except Exception as exc:  # redis-py's errors, or a socket's: pace alone for a while
            if not _is_redis_failure(exc):
                raise
            with self._lock:
                if self._seen is None:
                    self._seen = seen  # told next time Redis answers
                if not self._down:
                    log.warning(
                        "Redis rate limiter unreachable (%s): pacing this process on its own; "
                        "trying Redis again every %g s",
                        type(exc).__name__,
                        self._limiter.recheck,
                    )
                self._down, self._retry_at = True, now + self._limiter.recheck
            return None
        with self._lock:
            if self._down:
                self._down = False
                log.warning("Redis rate limiter reachable again: pacing with the other processes")
        return int(wait_ms), int(opener)

    def _args(self, now: float, seen: Seen | None, tell: bool) -> list[object]:
        """The script's ARGV (see _RESERVE)."""
        lifetime = _ms(max(seen.window.seconds if seen else 0.0, 30.0) * 4)
        args: list[object] = [
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            lifetime,
            int(self._local.unreported),
            self._local.in_flight,
            int(tell),
        ]
        if seen is not None:
            window = seen.window
            args[:7] = [1, window.left, _ms(window.ends - seen.at), window.quota, _ms(window.seconds),
                        _ms(now - seen.at), seen.after]  # fmt: skip
        return args


class Seen:
    """A window an answer reported, when it arrived, and the requests let go after it still on their way."""

    __slots__ = ("after", "at", "window")

    def __init__(self, window: Window, at: float, after: int) -> None:
        self.window, self.at, self.after = window, at, after


def _ms(seconds: float) -> int:
    return max(round(seconds * 1000), 0)


def _is_redis_failure(exc: Exception) -> bool:
    import redis

    return isinstance(exc, redis.RedisError | OSError)
