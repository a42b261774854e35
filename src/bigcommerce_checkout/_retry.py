"""When to retry, and how long to wait. Pure functions, so the rules are easy to test and read.

BigCommerce has no idempotency keys. A request is retried only when repeating it cannot do
anything twice: GET/PUT/DELETE (idempotent), or any request that BigCommerce certainly did not
process (a 429, or a connection that failed before a byte was sent).
"""

from __future__ import annotations

import random
from contextvars import ContextVar
from dataclasses import dataclass

import httpx

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})  # never 501 or 505: retrying cannot help
# The request never left: no connection was opened, or httpx refused to write it. Only the first
# three are worth another try; the last two would fail the same way again.
TRANSIENT_NOTHING_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
NOTHING_SENT_ERRORS = (*TRANSIENT_NOTHING_SENT, httpx.UnsupportedProtocol, httpx.LocalProtocolError)


# When the current call's time budget runs out (time.monotonic()); set by the request loop, read
# by the sockets of the clients' own pools (see _deadline).
call_deadline: ContextVar[float | None] = ContextVar("bigcommerce_checkout_deadline", default=None)


@dataclass(frozen=True)
class RetryPolicy:
    """How many times and how patiently to retry.

    `budget` bounds the total time of a call across all attempts and waits: no wait is started
    that would end after it. It starts once the call has one of the client's connections: the
    wait for one (bounded by the timeout's `pool` part) comes before anything is sent.
    """

    max_retries: int = 2
    initial_backoff: float = 0.5
    max_backoff: float = 8.0
    max_rate_limit_wait: float = 30.0
    budget: float = 60.0

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        if min(self.initial_backoff, self.max_backoff, self.max_rate_limit_wait, self.budget) < 0:
            raise ValueError("backoff times and budget must not be negative")


def may_retry_status(method: str, status: int) -> bool:
    """429 means BigCommerce refused before doing anything; 5xx is safe only for idempotent methods."""
    if status == 429:
        return True
    return status in RETRYABLE_STATUSES and method.upper() in IDEMPOTENT_METHODS


def was_never_sent(error: httpx.TransportError) -> bool:
    """True when BigCommerce cannot have received the request."""
    return isinstance(error, NOTHING_SENT_ERRORS)


def may_retry_error(method: str, error: httpx.TransportError) -> bool:
    """A connection that never opened sent nothing; anything later is safe only when idempotent."""
    if isinstance(error, TRANSIENT_NOTHING_SENT):
        return True
    if was_never_sent(error):
        return False  # a malformed request or URL: another try fails the same way
    return method.upper() in IDEMPOTENT_METHODS


def _header_seconds(headers: httpx.Headers, name: str, scale: float) -> float | None:
    try:
        value = float(headers[name]) * scale
    except (KeyError, ValueError):
        return None
    return value if value >= 0 else None


def wait_before_retry(
    policy: RetryPolicy, attempt: int, response: httpx.Response | None, rng: random.Random
) -> float:
    """Seconds to wait before retry number `attempt + 1`.

    A 429 waits for the longer of `X-Retry-After` (seconds) and `X-Rate-Limit-Time-Reset-Ms`,
    capped; without either header, and for everything else, exponential backoff with jitter.
    """
    if response is not None and response.status_code == 429:
        hints = [
            _header_seconds(response.headers, "x-retry-after", 1.0),
            _header_seconds(response.headers, "x-rate-limit-time-reset-ms", 0.001),
        ]
        known = [h for h in hints if h is not None]
        if known:
            return min(max(known), policy.max_rate_limit_wait)
    backoff = min(policy.initial_backoff * float(2**attempt), policy.max_backoff)
    return backoff * (0.5 + rng.random() / 2)
