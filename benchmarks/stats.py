"""Samples, rows and targets: what every benchmark returns and the table prints."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

Unit = Literal["us", "ms", "s", "KiB"]
SCALE: dict[Unit, float] = {"us": 1e6, "ms": 1e3, "s": 1.0, "KiB": 1.0}  # a KiB sample holds KiB
UNIT_TEXT: dict[Unit, str] = {"us": "µs", "ms": "ms", "s": "s", "KiB": "KiB"}


@dataclass(frozen=True)
class Sample:
    """Median and 90th percentile of repeated timings, in seconds."""

    median: float
    p90: float
    count: int


def sample(seconds: Sequence[float]) -> Sample:
    if not seconds:
        raise ValueError("no timings")
    ordered = sorted(seconds)
    p90 = ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]
    return Sample(statistics.median(ordered), p90, len(ordered))


@dataclass(frozen=True)
class Target:
    """A limit on the ratio to the baseline, or on the time itself."""

    limit: float
    kind: Literal["ratio", "seconds", "KiB"]

    def text(self) -> str:
        if self.kind == "ratio":
            return f"≤ {self.limit:g}x"
        return f"≤ {self.limit:g} {'s' if self.kind == 'seconds' else self.kind}"


@dataclass(frozen=True)
class Row:
    section: str
    name: str
    unit: Unit
    ours: Sample | None
    baseline: Sample | None = None
    baseline_name: str = ""
    target: Target | None = None
    error: str | None = None  # the measured thing failed (the time may still be shown)
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.ours is None or self.baseline is None or self.baseline.median <= 0:
            return None
        return self.ours.median / self.baseline.median

    @property
    def verdict(self) -> str:
        if self.error is not None:
            return "FAIL"
        if self.target is None:
            return "info"
        value = self.ratio if self.target.kind == "ratio" else (self.ours.median if self.ours else None)
        if value is None:
            return "n/a"
        return "pass" if value <= self.target.limit else "MISS"


# The targets, in one place (issue 7, tightened by issue 10 "Models users can trust").
SMALL_GET_TARGET = Target(1.05, "ratio")  # GET checkout vs raw httpx + json.loads, 1 and 10 items
LARGE_GET_TARGET = Target(1.00, "ratio")  # the same at 200 and 1000 items
POST_TARGET = Target(1.10, "ratio")  # POST consignment vs raw httpx + json.loads
PARSE_TARGET = Target(1.00, "ratio")  # decoding a body into the models vs json.loads, every size
MEMORY_TARGET = Target(2.00, "ratio")  # memory a parsed 1000-item checkout keeps vs json.loads
IMPORT_TARGET = Target(2.0, "ratio")  # import bigcommerce_checkout vs import httpx
FIRST_GET_TARGET = Target(1.25, "ratio")  # import + first client + first GET vs bare httpx
REGENERATION_TARGET = Target(15.0, "seconds")  # python -m generator
DOCS_TARGET = Target(20.0, "seconds")  # mkdocs build --strict
# issue 22: 1,000 concurrent shoppers through one AsyncStorefrontClient with default settings
SHOPPERS_TARGET = Target(1.2, "ratio")  # wall time vs raw httpx with 64 requests in flight
VIEW_MEMORY_TARGET = Target(4.0, "KiB")  # what one for_shopper() view keeps
