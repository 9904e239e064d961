"""Where a fraction of a sorted list falls: the sort key about x% of the way through.

For far positions in a big list (services.listing ``key_at``), without OFFSET. Two
sources, both giving keys in the ascending order ``sort_key NULLS LAST, id``:

* ``StatsDistribution``: the planner's statistics of the column (pg_stats): the NULL
  fraction, the most common values with their frequencies (point masses), and an
  equal-frequency histogram of the rest, read as uniform inside each bucket. Numbers,
  dates and times are interpolated inside a bucket; text cannot be, so a text key is a
  bucket's bound (about 1% of the rows off at worst with the default statistics
  target of 100). Costs nothing but reading pg_stats.
* ``SampleDistribution``: the keys of a sample of the (filtered) list, sorted by the
  server, thinned to ``QUANTILE_POINTS`` evenly spaced quantiles.

Ids are random (gen_random_uuid), so they are uniform: inside a run of equal keys, the
id at a fraction of the run is ``uuid_at(fraction)``. No Qt, no SQL here.
"""

from __future__ import annotations

import datetime as dt
import uuid
from abc import ABC, abstractmethod
from decimal import Decimal
from typing import Any

Key = tuple[Any, uuid.UUID]

MIN_UUID = uuid.UUID(int=0)
MAX_UUID = uuid.UUID(int=2**128 - 1)
#: Quantile points kept from a sample (memory: a few hundred kilobytes at most).
QUANTILE_POINTS = 1_001


class Distribution(ABC):
    """Where keys fall in a list's order: from the planner's histogram or a sample."""

    @abstractmethod
    def key_at(self, fraction: float) -> Key | None:
        """The key ``fraction`` of the way through the ascending order (None: no rows)."""


def uuid_at(fraction: float) -> uuid.UUID:
    """The id about ``fraction`` of the way through random (version 4) UUIDs."""
    return uuid.UUID(int=min(max(int(fraction * 2**128), 0), 2**128 - 1))


class SampleDistribution(Distribution):
    def __init__(self, keys: list[Key]) -> None:
        n = len(keys)
        if n > QUANTILE_POINTS:
            keys = [keys[(i * (n - 1)) // (QUANTILE_POINTS - 1)] for i in range(QUANTILE_POINTS)]
        self.points = keys

    def key_at(self, fraction: float) -> Key | None:
        if not self.points:
            return None
        return self.points[round(fraction * (len(self.points) - 1))]


def _to_number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float, Decimal)):
        return float(value)
    if isinstance(value, dt.datetime):
        return value.timestamp()
    if isinstance(value, dt.date):
        return float(value.toordinal())
    return None


def _from_number(x: float, like: Any) -> Any:
    if isinstance(like, Decimal):
        exponent = like.as_tuple().exponent
        places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        return Decimal(f"{x:.{places}f}")
    if isinstance(like, int):
        return round(x)
    if isinstance(like, dt.datetime):
        return dt.datetime.fromtimestamp(x, tz=like.tzinfo)
    if isinstance(like, dt.date):
        return dt.date.fromordinal(int(x))
    return x


class StatsDistribution(Distribution):
    """The CDF pg_stats describes: NULLs, most common values (point masses) and an
    equal-frequency histogram of the rest (uniform inside each bucket)."""

    def __init__(self, null_frac: float, items: list[tuple[Any, float | None, bool]]) -> None:
        self.null_frac = null_frac
        self.items = items  # (value, frequency of a common value | None, is a histogram bound)
        bounds = [v for v, _, is_bound in items if is_bound]
        common = sum(f for _, f, is_bound in items if not is_bound and f is not None)
        self.bounds = bounds
        buckets = len(bounds) - 1
        self.bucket_mass = max(0.0, 1.0 - null_frac - common) / buckets if buckets > 0 else 0.0

    def key_at(self, fraction: float) -> Key | None:
        if fraction >= 1.0 - self.null_frac and self.null_frac > 0:
            inside = (fraction - (1.0 - self.null_frac)) / self.null_frac
            return (None, uuid_at(inside))
        cum = 0.0
        bucket = -1
        items = self.items
        for i, (value, freq, is_bound) in enumerate(items):
            if is_bound:
                bucket += 1
            elif freq:
                if cum + freq > fraction:
                    return (value, uuid_at((fraction - cum) / freq))
                cum += freq
            if not (0 <= bucket < len(self.bounds) - 1) or i + 1 >= len(items):
                continue
            lo, hi = self.bounds[bucket], self.bounds[bucket + 1]
            nxt = items[i + 1][0]
            x0, x1, lo_n, hi_n = map(_to_number, (value, nxt, lo, hi))
            if None in (x0, x1, lo_n, hi_n):
                # Text: no arithmetic on values, so the bucket's rows count from its bound.
                mass = self.bucket_mass if is_bound else 0.0
                if cum + mass > fraction:
                    return (value, MIN_UUID)
            else:
                span = hi_n - lo_n
                mass = self.bucket_mass * ((x1 - x0) / span if span > 0 else float(is_bound))
                if cum + mass > fraction and mass > 0:
                    x = x0 + (fraction - cum) / mass * (x1 - x0)
                    return (_from_number(x, value), MIN_UUID)
            cum += mass
        last = [v for v, _, _ in items]
        return (last[-1], MAX_UUID) if last else None
