"""Pathological inputs for robustness tests and the stress benchmark (issue 9).

Each generator takes a size in characters and returns a string of about that size.

>>> len(INPUTS["digits"](100))
100
"""
from __future__ import annotations

import random

__all__ = ["INPUTS"]


def _digits(n: int) -> str:
    return ("1234567890" * (n // 10 + 1))[:n]


def _wan(n: int) -> str:
    return "万" * n


def _book_open(n: int) -> str:
    return "《" * n


def _nested_brackets(n: int) -> str:
    half = n // 2
    return "（" * half + "四风" + "）" * half


def _one_long_line(n: int) -> str:
    unit = "全区共查处案件4起，给予党政纪处分4人，涉及金额3139.8万元，下降90%，"
    return (unit * (n // len(unit) + 1))[:n]


def _random_unicode(n: int) -> str:
    rng = random.Random(n)
    pools = [(0x20, 0x7E), (0x4E00, 0x9FFF), (0x3000, 0x303F), (0xFF00, 0xFFEF), (0x0, 0x1F), (0x80, 0x2FF)]
    out = []
    for _ in range(n):
        lo, hi = rng.choice(pools)
        out.append(chr(rng.randint(lo, hi)))
    text = "".join(out)
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _surrogates(n: int) -> str:
    return ("\udcff\ud800中文\x00\x1b[0m" * (n // 8 + 1))[:n]


def _mixed_scripts(n: int) -> str:
    unit = "遼寧撫順1萬余個基層黨組織 party 組織 ٣٤٥ ١٢ Ⅻ ① ½ ２０１４年３月 "
    return (unit * (n // len(unit) + 1))[:n]


def _numbers_and_units(n: int) -> str:
    unit = "1万余个2千多名3百余次四五六七八九十百千万亿"
    return (unit * (n // len(unit) + 1))[:n]


def _newlines(n: int) -> str:
    return ("工\n\n作" * (n // 4 + 1))[:n]


def _quotes(n: int) -> str:
    return ("“四" * (n // 2 + 1))[:n]


def _repeat(unit: str):
    def make(n: int) -> str:
        return (unit * (n // len(unit) + 1))[:n]
    return make


def _spaces(n: int) -> str:
    return " " * (n - 1) + "x"


INPUTS = {
    "digits": _digits,
    "wan_repeated": _wan,
    "book_title_open": _book_open,
    "nested_brackets": _nested_brackets,
    "one_long_line": _one_long_line,
    "random_unicode": _random_unicode,
    "surrogates_controls": _surrogates,
    "mixed_scripts": _mixed_scripts,
    "numbers_and_units": _numbers_and_units,
    "blank_lines": _newlines,
    "open_quotes": _quotes,
    # shapes that once made a regex rescan a run from every position (now linear)
    "spaces_then_char": _spaces,
    "spaced_han": _repeat("中" + " " * 500 + "x"),
    "credit_then_spaces": _repeat("图为某某 王维俊摄" + " " * 2000 + "x\n"),
    "list_before_slogan": _repeat("甲、" * 100 + "“四风”"),
    "slogan_colons": _repeat("“四风”："),
    "slogan_glosses": _repeat("“四风”，即"),
    "slogan_parens": _repeat("“四风”（"),
    "unclosed_titles": _repeat("《" + "甲" * 149),
    "dense_dates": _repeat("2014年3月9日至15日"),
    "official_chain": _repeat("区委书记杨超、"),
    "carriage_returns": _repeat("\r"),
}
