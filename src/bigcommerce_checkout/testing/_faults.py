"""Scripted failures, so a test can see how its code copes with what the network and BigCommerce do.

`fake.faults.add(route, ...)` arms a fault for the next `times` requests to that route (an
operationId such as `"createOrder"`, a `"POST /stores/{store_hash}/v3/checkouts/{checkoutId}/orders"`
template, or `"*"` for every route). Faults fire in the order they were added.

Whether the request still reaches the checkout matters for code that must not repeat a write:

* `status=`, `body="not_json"`, `body="html"` or raw bytes answer *instead of* the fake: nothing
  changes, as when a gateway refuses the call.
* `drop="before_body"` closes the connection before reading the body, `drop="after_body"` after
  reading it; in both cases nothing changes.
* `drop="after_processing"` applies the request, then closes without answering: the change (an
  order, say) exists but the client never hears of it.
* `body="truncated"` applies the request and sends half of its answer (Content-Length promises the
  whole), then closes; with `status=` it sends half of that error answer and applies nothing.
* `headers=` alone adds headers to the real answer (say, a low `X-Rate-Limit-Requests-Left`).
* `delay=` waits that many seconds before answering; it combines with any of the above. The
  request is applied only after the wait, so a client that gives up first changed nothing yet.
* `delay_answer=` applies the request at once, then waits that many seconds before answering: the
  gateway took the payment (or made the order) and answered after the client gave up. With
  `drop="after_processing"` it never answers at all, once the wait is over. A test can then check
  right after the client's timeout that the change exists exactly once.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from ._routes import find

Drop = Literal["before_body", "after_body", "after_processing"]
BodyFault = Literal["truncated", "not_json", "html"]
DROPS = ("before_body", "after_body", "after_processing")
BODIES = ("truncated", "not_json", "html")


@dataclass
class Fault:
    """One armed fault; `remaining` counts down as matching requests arrive (None: forever)."""

    route: str
    operations: frozenset[str]
    remaining: int | None
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: BodyFault | bytes | None = None
    delay: float = 0.0
    drop: Drop | None = None
    hits: int = 0
    delay_answer: float = 0.0  # seconds between applying the request and answering

    @property
    def replaces_answer(self) -> bool:
        """True when the fake must not process the request (the fault answers for it)."""
        return self.drop in ("before_body", "after_body") or (
            self.drop is None and (self.status is not None or self.body not in (None, "truncated"))
        )


class Faults:
    """The fault plan of one fake; thread-safe, as requests arrive on several threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(
        self,
        route: str,
        *,
        times: int | None = 1,
        status: int | None = None,
        headers: Mapping[str, str] | None = None,
        body: BodyFault | bytes | None = None,
        delay: float = 0.0,
        drop: Drop | None = None,
        delay_answer: float = 0.0,
    ) -> Fault:
        """Arm a fault for the next `times` matching requests (`times=None`: until `clear()`)."""
        fault = _checked(route, times, status, headers, body, delay, drop, delay_answer)
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    @property
    def pending(self) -> list[Fault]:
        """Faults that will still fire."""
        with self._lock:
            return [f for f in self._faults if f.remaining is None or f.remaining > 0]

    def take(self, operation_id: str) -> Fault | None:
        """The fault for this request, if one is armed; counts it as used."""
        with self._lock:
            for fault in self._faults:
                if operation_id in fault.operations and (fault.remaining is None or fault.remaining > 0):
                    if fault.remaining is not None:
                        fault.remaining -= 1
                    fault.hits += 1
                    return fault
        return None


def _checked(
    route: str,
    times: int | None,
    status: int | None,
    headers: Mapping[str, str] | None,
    body: BodyFault | bytes | None,
    delay: float,
    drop: Drop | None,
    delay_answer: float = 0.0,
) -> Fault:
    """The fault, once its arguments make sense (they come from tests, typed or not)."""
    if not isinstance(route, str):
        raise TypeError(f"route must be a str, not {type(route).__name__}")
    routes = find(route)
    if not routes:
        raise ValueError(
            f"unknown route {route!r}: use an operationId such as 'createOrder', "
            "'METHOD /path/template' as in the spec, or '*'"
        )
    if times is not None and (isinstance(times, bool) or not isinstance(times, int)):
        raise TypeError("times must be an int or None")
    if times is not None and times < 1:
        raise ValueError("times must be at least 1 (None: every matching request)")
    if status is not None and (
        isinstance(status, bool) or not isinstance(status, int) or not 100 <= status <= 599
    ):
        raise ValueError(f"status must be an HTTP status from 100 to 599, got {status!r}")
    if headers is not None and (
        not isinstance(headers, Mapping)
        or not all(isinstance(k, str) and isinstance(v, str) for k, v in headers.items())
    ):
        raise TypeError("headers must map str to str")
    if body is not None and not isinstance(body, bytes) and body not in BODIES:
        raise ValueError(f"body must be one of {BODIES} or bytes, got {body!r}")
    for name, seconds in (("delay", delay), ("delay_answer", delay_answer)):
        if (
            isinstance(seconds, bool)
            or not isinstance(seconds, int | float)
            or not math.isfinite(seconds)
            or not 0 <= seconds <= 600
        ):
            raise ValueError(f"{name} must be a number of seconds from 0 to 600")
    if drop is not None and drop not in DROPS:
        raise ValueError(f"drop must be one of {DROPS}, got {drop!r}")
    if drop is not None and (status is not None or body is not None or headers):
        raise ValueError(
            "a dropped connection sends no answer: drop= cannot go with status=, body= or headers="
        )
    if status is None and body is None and drop is None and not delay and not delay_answer and not headers:
        raise ValueError("the fault does nothing: give status=, body=, drop=, delay= or delay_answer=")
    return Fault(
        route=route,
        operations=frozenset(r.operation_id for r in routes),
        remaining=times,
        status=status,
        headers=dict(headers or {}),
        body=body,
        delay=float(delay),
        drop=drop,
        delay_answer=float(delay_answer),
    )
