"""Money arithmetic in `Decimal`, rounded to the currency's places.

Floats would make totals drift by a cent between fields that must agree (a subtotal and the sum
of its items); every amount here is rounded once, where it is computed, and shares are allocated
so that they add up exactly to their total.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

ZERO = Decimal(0)
MAX_AMOUNT = Decimal(10) ** 9  # anything larger is rejected: no real cart holds it


def to_decimal(value: float | int | Decimal | str) -> Decimal:
    """A finite amount as Decimal; floats go through `str` so 0.1 stays 0.1."""
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("amount must be finite")
    result = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    if not result.is_finite():
        raise ValueError("amount must be finite")
    return result


def rounded(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def allocate(total: Decimal, weights: Sequence[Decimal], places: int) -> list[Decimal]:
    """Split `total` in proportion to `weights`; the shares add up to `total` exactly.

    Largest-remainder rounding: each share is floored to the unit, then the units left over go to
    the largest remainders.
    """
    unit = Decimal(1).scaleb(-places)
    weight_sum = sum(weights, ZERO)
    if not weights or weight_sum <= 0 or total <= 0:
        return [ZERO for _ in weights]
    exact = [total * w / weight_sum for w in weights]
    shares = [(e // unit) * unit for e in exact]
    left = int((total - sum(shares, ZERO)) / unit)
    order = sorted(range(len(weights)), key=lambda i: exact[i] - shares[i], reverse=True)
    for i in order[:left]:
        shares[i] += unit
    return shares


def as_number(value: Decimal) -> float | int:
    """A JSON number: an int when whole, so `6` stays `6` and `54.4` stays `54.4`."""
    return int(value) if value == value.to_integral_value() else float(value)
