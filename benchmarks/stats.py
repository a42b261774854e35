"""Samples, rows and targets: what every benchmark returns and the table prints."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

Unit = Literal["us", "ms", "s"]
SCALE: dict[Unit, float] = {"us": 1e6, "ms": 1e3, "s": 1.0}
UNIT_TEXT: dict[Unit, str] = {"us": "µs", "ms": "ms", "s": "s"}


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
    kind: Literal["ratio", "seconds"]

    def text(self) -> str:
        return f"≤ {self.limit:g}x" if self.kind == "ratio" else f"≤ {self.limit:g} s"


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


# The targets of issue 7, in one place.
ROUND_TRIP_TARGET = Target(1.25, "ratio")  # facade round trip vs raw httpx, 10 line items
IMPORT_TARGET = Target(2.0, "ratio")  # import bigcommerce_checkout vs import httpx
REGENERATION_TARGET = Target(15.0, "seconds")  # python -m generator
DOCS_TARGET = Target(20.0, "seconds")  # mkdocs build --strict
