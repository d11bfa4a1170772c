"""One sorted index of spans for every "is this inside (or across) something taken?" check.

Spans are sorted by start with the running maximum of their ends beside them, so a query looks
at every span that starts before its end in one bisection: a long span (a 《》 title full of
amounts, a boilerplate block) is seen however many short spans start after it.

>>> index = SpanIndex([(0, 40), (3, 5), (10, 12)])
>>> index.overlaps(20, 22), index.overlaps(40, 45), index.overlaps(12, 13)
(True, False, True)
>>> SpanIndex([]).overlaps(0, 1)
False
"""
from __future__ import annotations

import bisect
from itertools import accumulate
from typing import Callable, Iterable, Optional, TypeVar

__all__ = ["SpanIndex", "merge_adjacent"]

T = TypeVar("T")


class SpanIndex:
    """Half-open spans ``[start, end)``; :meth:`overlaps` tells whether a span meets any of them."""

    __slots__ = ("spans", "_starts", "_reach")

    def __init__(self, spans: Iterable[tuple[int, int]]):
        self.spans: list[tuple[int, int]] = sorted(spans)
        self._starts = [s for s, _ in self.spans]
        self._reach = list(accumulate((e for _, e in self.spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Does ``[start, end)`` share a character with one of the spans?"""
        i = bisect.bisect_left(self._starts, end)  # spans[:i] start before end
        return bool(i) and self._reach[i - 1] > start

    def __bool__(self) -> bool:
        return bool(self.spans)

    def __len__(self) -> int:
        return len(self.spans)

    def __iter__(self):
        return iter(self.spans)

    def __repr__(self) -> str:
        return f"SpanIndex({self.spans!r})"


def merge_adjacent(items: list[T], merge: Callable[[T, T], Optional[T]]) -> list[T]:
    """``items`` with each neighbour pair that ``merge`` joins replaced by the joined item, read
    left to right (a joined item is not joined again): the bounds of a range written as two
    amounts (``2万元以上10万元以下``).

    >>> merge_adjacent([1, 2, 5, 6, 7], lambda a, b: a + b if b == a + 1 else None)
    [3, 11, 7]
    """
    out: list[T] = []
    i = 0
    while i < len(items):
        if i + 1 < len(items):
            joined = merge(items[i], items[i + 1])
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        out.append(items[i])
        i += 1
    return out
