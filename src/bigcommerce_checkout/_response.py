"""What the client remembers of responses: rate-limit state, and raw responses on request."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

import httpx


@dataclass(frozen=True)
class RateLimit:
    """BigCommerce's X-Rate-Limit-* headers from the last response that carried them."""

    requests_left: int | None
    requests_quota: int | None
    window_ms: int | None
    reset_ms: int | None

    @property
    def seconds_to_reset(self) -> float | None:
        return None if self.reset_ms is None else self.reset_ms / 1000

    @classmethod
    def from_headers(cls, headers: httpx.Headers) -> RateLimit | None:
        values = [
            _int(headers.get(f"x-rate-limit-{name}"))
            for name in ("requests-left", "requests-quota", "time-window-ms", "time-reset-ms")
        ]
        return None if all(v is None for v in values) else cls(*values)


NO_HEADERS = RateLimit(None, None, None, None)
"""What a pacer is told of an answer that reports no window (a proxy stripped the headers)."""


def _int(value: str | None) -> int | None:
    try:
        return None if value is None else int(float(value))
    except (ValueError, OverflowError):
        return None


class RawResponse:
    """A response as received: status, headers and body, before parsing."""

    __slots__ = ("content", "headers", "method", "status_code", "url")

    def __init__(
        self, status_code: int, headers: httpx.Headers, content: bytes, method: str, url: str
    ) -> None:
        self.status_code = status_code
        self.headers = headers
        self.content = content
        self.method = method
        self.url = url

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", errors="replace")

    def __repr__(self) -> str:  # headers may carry Set-Cookie session values: leave them out
        return f"RawResponse({self.method} {self.url} -> {self.status_code}, {len(self.content)} bytes)"


_capture: ContextVar[list[RawResponse] | None] = ContextVar("bigcommerce_checkout_capture", default=None)


@contextmanager
def capture_responses() -> Iterator[list[RawResponse]]:
    """Collect every response received inside the block (per thread / per asyncio task).

    Example:
        ```python
        with capture_responses() as responses:
            client.checkouts.get(cart_id)
        print(responses[-1].status_code, responses[-1].headers["x-request-id"])
        ```
    """
    captured: list[RawResponse] = []
    token = _capture.set(captured)
    try:
        yield captured
    finally:
        _capture.reset(token)


def record(response: httpx.Response) -> None:
    captured = _capture.get()
    if captured is not None:
        captured.append(
            RawResponse(
                response.status_code,
                response.headers,
                response.content,
                response.request.method,
                str(response.request.url),
            )
        )
