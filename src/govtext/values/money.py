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
from govtext.text.numerals import NumeralError, qualifier_of, read_qualified, stronger, to_number
from govtext.text.patterns import ARABIC_NUMBER, CN_DIGITS, OVER_MARKS, SCALES, qualifiers, words

__all__ = ["currencies", "money_pattern", "parse_money", "read_money"]


@lru_cache(maxsize=1)
def currencies() -> dict[str, str]:
    """Surface → ISO 4217 code (``lexicons/currencies.tsv``): ``currencies()["美元"]`` → ``'USD'``."""
    return {r["surface"]: r["currency"] for r in load_rows("currencies.tsv")}


@lru_cache(maxsize=1)
def money_pattern() -> "regex.Pattern":
    """The shape of an amount: groups ``qb``/``qa`` qualifiers, ``num``, ``over``, ``scale``, ``unit``."""
    # Left boundaries (?<!…) so a number starts only where its run starts (no rescans from
    # every position of a long run); a Chinese run is capped, as it overlaps the scale class.
    number = rf"{ARABIC_NUMBER}|(?<![{CN_DIGITS}])[{CN_DIGITS}]{{1,30}}"
    return regex.compile(
        rf"(?P<qb>{qualifiers('before')})?(?P<num>{number})(?P<over>[{OVER_MARKS}])?(?P<scale>[{SCALES}]*)"
        rf"(?P<over2>[{OVER_MARKS}])?(?P<unit>{words(currencies())})(?P<qa>{qualifiers('after_amount')})?"
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


