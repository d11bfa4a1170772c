"""Money values: ``500万元``, ``3139.8万元``, ``500余万元``, ``一千万元``, ``2.6亿元`` → yuan.

:func:`money_pattern` is the shape of an amount (number + scale + currency unit, with adjacent
qualifiers); :func:`read_money` reads one amount written alone with
:func:`govtext.text.numerals.read_qualified`. Currency units come from ``lexicons/currencies.tsv``
(``3万美元`` → ``USD``).

>>> parse_money("500余万元"), parse_money("2.6亿元"), parse_money("一千万元")
((5000000, 'over'), (260000000, None), (10000000, None))
"""
from __future__ import annotations

from functools import lru_cache

import regex

from govtext.lexicons import load_rows
from govtext.text.numerals import (
    CN_DIGITS, NumeralError, qualifier_of, qualifier_regex, read_qualified, stronger, to_number,
)

__all__ = ["currencies", "money_pattern", "parse_money", "read_money"]


@lru_cache(maxsize=1)
def currencies() -> dict[str, str]:
    """Surface → ISO 4217 code (``lexicons/currencies.tsv``): ``currencies()["美元"]`` → ``'USD'``."""
    return {r["surface"]: r["currency"] for r in load_rows("currencies.tsv")}


@lru_cache(maxsize=1)
def money_pattern() -> "regex.Pattern":
    """The shape of an amount: groups ``qb``/``qa`` qualifiers, ``num``, ``over``, ``scale``, ``unit``."""
    before, after = qualifier_regex("before"), qualifier_regex("after")
    # Left boundaries (?<!…) so a number starts only where its run starts (no rescans from
    # every position of a long run); a Chinese run is capped, as it overlaps the scale class.
    number = rf"(?:\d{{1,3}}(?:,\d{{3}})+|(?<!\d)\d+)(?:\.\d+)?|(?<![{CN_DIGITS}])[{CN_DIGITS}]{{1,30}}"
    units = "|".join(regex.escape(u) for u in sorted(currencies(), key=len, reverse=True))
    return regex.compile(
        rf"(?P<qb>{before})?(?P<num>{number})(?P<over>[余多])?(?P<scale>[十百千万亿]*)(?P<over2>[余多])?"
        rf"(?P<unit>{units})(?P<qa>左右|以上|以下|上下|以内)?"
    )


def parse_money(surface: str) -> tuple[int | float, str | None]:
    """Yuan value and qualifier of a money surface: ``"3139.8万元"`` → ``(31398000, None)``.

    >>> parse_money("3139.8万元"), parse_money("约17400元")
    ((31398000, None), (17400, 'approx'))
    """
    value, qual, _cur = read_money(surface)
    return value, qual


def read_money(surface: str) -> tuple[int | float, str | None, str]:
    """Value, qualifier and currency: ``read_money("约3万美元")`` → ``(30000, 'approx', 'USD')``.

    >>> read_money("约3万美元")
    (30000, 'approx', 'USD')
    """
    m = money_pattern().fullmatch(surface)
    if not m:
        raise NumeralError(f"not a money amount: {surface!r}")
    value, qual = read_qualified(m["num"] + m["scale"])
    for word in (m["qb"], m["qa"]):
        qual = stronger(qual, qualifier_of(word))
    if m["over"] or m["over2"]:
        qual = stronger(qual, "over")
    return to_number(value), qual, currencies()[m["unit"]]


