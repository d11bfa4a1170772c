"""Document numbers (发文字号): ``冀群组发〔2014〕34号`` → prefix 冀群组发, year 2014, serial 34.

The one recogniser of document numbers, for the doc_number facts and for the document's own
``doc_number`` (``parse``). The shape is :data:`govtext.text.patterns.DOC_NUMBER`: 机关代字 + year
in brackets + serial + 号 (GB/T 9704-2012). The year may sit in ``〔〕`` (the standard), ``[]``,
``（）``, ``()`` or ``【】``, and a mistyped pair (``〔2023】``) is still read; the serial may carry
``第``; spaces between the parts are allowed and dropped from ``number``. The prefix is the run of
Chinese characters before the year, cut after a word that cannot be part of an issuer's code
(``根据``, ``印发``, ``的`` … from ``lexicons/docnumber_stops.txt``). The small form of the
brackets (``鲁工信技﹝2019﹞56号``) reads as the standard one. ``number`` keeps a matching pair as
written and writes a mistyped one as the standard pair (``国办发〔2020]20号`` → ``国办发〔2020〕20号``).

Orders and numbered announcements are document numbers too (:data:`govtext.text.patterns.ORDER_NUMBER`):
``国务院令第573号`` → prefix 国务院令, serial 573, year ``None`` (a year only when written:
``交通运输部令2019年第10号``); the issuer must end in an organ's head word (``lexicons/organ_heads.tsv``,
or 会, 行, 国令, 主席令), the state's name before it kept as written
(``中华人民共和国国务院令第263号``; a document's metadata cites it without: :mod:`govtext.structure.enactment`).

>>> parse_doc_number("冀群组发〔2014〕34号")
{'number': '冀群组发〔2014〕34号', 'prefix': '冀群组发', 'year': 2014, 'serial': 34}
>>> [f["number"] for _s, _e, f in find_doc_numbers("根据国办发〔2020]20号文件精神")]
['国办发〔2020〕20号']
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator, Optional

import regex

from govtext.lexicons import load_rows, load_words
from govtext.text.numerals import parse_number
from govtext.text.patterns import (
    DIGIT_WORDS, DOC_NUMBER, YEAR_FIRST_DOC_NUMBER, doc_number_serials_in, doc_numbers_in, order_numbers_in,
)

__all__ = ["find_doc_numbers", "parse_doc_number", "trim_prefix"]

_SPACE = regex.compile(r"\s+")
_RE_SERIAL = regex.compile(r"(?P<digits>\d{1,5})(?:\s*号)?")


@lru_cache(maxsize=None)
def _marks(role: str) -> tuple[str, ...]:
    """The words of ``lexicons/docnumber_marks.tsv`` of ``role``, in file order."""
    return tuple(row["word"] for row in load_rows("docnumber_marks.tsv") if row["role"] == role)
_PAIRS = {"〔": "〕", "﹝": "﹞", "[": "]", "［": "］", "【": "】", "(": ")", "（": "）"}


@lru_cache(maxsize=1)
def _stops() -> tuple[str, ...]:
    return tuple(sorted(load_words("docnumber_stops.txt"), key=len, reverse=True))


def trim_prefix(prefix: str) -> str:
    """Cut the prefix after the last word that cannot belong to an issuer's code.

    >>> trim_prefix("根据冀群组发"), trim_prefix("国办发")
    ('冀群组发', '国办发')
    """
    best = 0
    for stop in _stops():
        i = prefix.rfind(stop)
        if i >= 0:
            best = max(best, i + len(stop))
    return prefix[best:]


def _paired(m: "regex.Match", number: str) -> str:
    """``number`` with a mistyped pair of year brackets (``〔2023】``) written as the standard ``〔〕``.

    >>> _paired(DOC_NUMBER.match("国办发〔2023】17号"), "国办发〔2023】17号"), _paired(DOC_NUMBER.match("国办发[2023]17号"), "国办发[2023]17号")
    ('国办发〔2023〕17号', '国办发[2023]17号')
    """
    if _PAIRS.get(m["open"]) == m["close"]:
        return number
    i = number.index(m["open"])
    j = number.index(m["close"], i + 1)
    return number[:i] + "〔" + number[i + 1:j] + "〕" + number[j + 1:]


def _fields(m: "regex.Match", prefix: str) -> dict:
    number = _paired(m, prefix + _SPACE.sub("", m.string[m.end("prefix"):m.end()]))
    return {"number": number, "prefix": prefix, "year": int(m["year"]), "serial": int(m["serial"])}


def parse_doc_number(text: str) -> Optional[dict]:
    """Fields of one document number written alone (``None`` when it is not one).

    >>> parse_doc_number("国办发[2013]101号")
    {'number': '国办发[2013]101号', 'prefix': '国办发', 'year': 2013, 'serial': 101}
    >>> parse_doc_number("国办发 〔2013〕 第101号")["number"], parse_doc_number("群组发〔2014〕") is None
    ('国办发〔2013〕第101号', True)
    """
    m = DOC_NUMBER.fullmatch(text.strip())
    return _fields(m, m["prefix"]) if m else None


def _shared_codes(text: str) -> list[tuple[int, int, dict]]:
    """Document numbers under one code with several serials (``国发〔2019〕12、13号`` → 国发〔2019〕12号 and
    国发〔2019〕13号, the later ones spanning their serial) and serials whose 号 is left out after a
    document code (``粤府办〔2020〕5`` → 粤府办〔2020〕5号)."""
    found = []
    for m in doc_number_serials_in(text):
        prefix = trim_prefix(m["prefix"])
        serials = list(_RE_SERIAL.finditer(text, m.start("serials"), m.end("serials")))
        if not prefix or (len(serials) == 1 and (m["hao"] or not prefix.endswith(_marks("code_end")))):
            continue  # the plain form is read by DOC_NUMBER; a lone serial without 号 only after a code
        code = _paired(m, _SPACE.sub("", prefix + text[m.start("open"):m.end("close")] + (m["di"] or "")))
        for k, serial in enumerate(serials):
            start = m.end("prefix") - len(prefix) if k == 0 else serial.start()
            end = m.end() if k == len(serials) - 1 else serial.end()
            found.append((start, end, {"number": code + serial["digits"] + "号", "prefix": prefix,
                                       "year": int(m["year"]), "serial": int(serial["digits"])}))
    return found


def find_doc_numbers(text: str) -> Iterator[tuple[int, int, dict]]:
    """``(start, end, fields)`` of every document number in ``text`` (发文字号, orders and numbered
    announcements), its prefix trimmed, in text order.

    >>> [(s, e, f["number"]) for s, e, f in find_doc_numbers("根据冀群组发〔2014〕34号文件")]
    [(2, 15, '冀群组发〔2014〕34号')]
    >>> [f["number"] for _s, _e, f in find_doc_numbers("1999年5月14日 中华人民共和国国务院令第263号发布")]
    ['中华人民共和国国务院令第263号']
    >>> [f["number"] for _s, _e, f in find_doc_numbers("中华人民共和国国务院、中华人民共和国中央军事委员会令第290号")]
    ['中华人民共和国国务院、中华人民共和国中央军事委员会令第290号']
    """
    found = _shared_codes(text)
    taken = [(s, e) for s, e, _ in found]
    for m in doc_numbers_in(text):
        prefix = trim_prefix(m["prefix"])
        if prefix and not any(s < m.end() and m.start() < e for s, e in taken):
            found.append((m.end("prefix") - len(prefix), m.end(), _fields(m, prefix)))
    taken = [(s, e) for s, e, _ in found]
    for m in YEAR_FIRST_DOC_NUMBER.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            year = int(m["year"])
            found.append((m.start(), m.end(), {"number": _paired(m, _SPACE.sub("", m.group())), "prefix": m["prefix"],
                                               "year": year + 1900 if year < 100 else year, "serial": int(m["serial"])}))
    taken = [(s, e) for s, e, _ in found]
    for m in order_numbers_in(text):
        prefix, start = _order_prefix(m)
        if prefix and not any(s < m.end() and start < e for s, e in taken):
            found.append((start, m.end(), _order_fields(m, prefix)))
    taken = [(s, e) for s, e, _ in found]
    for m in _serial_first_orders(text):
        prefix, start = _order_prefix(m)
        if prefix and not any(s < m.end() and start < e for s, e in taken):
            found.append((start, m.end(), _order_fields(m, prefix)))
    yield from sorted(found, key=lambda f: f[0])


@lru_cache(maxsize=1)
def _serial_first() -> tuple["regex.Pattern", "regex.Pattern"]:
    """The serial-first order number (``北京市人民政府第14号令``, ``海关总署第61号令``; ``杭州市人民代表大会
    常务委员会第25号公布``): an organ, 第N号, then a word of ``lexicons/docnumber_marks.tsv``; the tail
    alone, and the whole form."""
    rows = load_rows("docnumber_marks.tsv")
    order = "|".join(regex.escape(r["word"]) for r in rows if r["role"] == "order")
    published = "|".join(regex.escape(r["word"]) for r in rows if r["role"] == "published")
    tail = (rf"(?:(?P<year>(?:19|20)\d{{2}})\s*年\s*)?第\s*(?P<serial>\d{{1,5}}|[{DIGIT_WORDS}十百千]{{1,8}})\s*号"
            rf"(?:{order}|(?={published}))")
    return regex.compile(tail), regex.compile(r"(?P<prefix>[\p{Han}、]{1,40}?)" + tail)


def _serial_first_orders(text: str) -> Iterator["regex.Match"]:
    tail, whole = _serial_first()
    pos = 0
    for t in tail.finditer(text):
        if t.end() <= pos:
            continue
        m = whole.search(text, max(pos, t.start() - 40), t.end() + 4)  # room for the look-ahead of 公布
        if m and m.end() == t.end():
            yield m
            pos = m.end()




@lru_cache(maxsize=1)
def _organ_heads() -> tuple[str, ...]:
    return tuple(row["head"] for row in load_rows("organ_heads.tsv")) + _marks("order_issuer")


def _order_prefix(m: "regex.Match") -> tuple[str, int]:
    """The issuer and 令/公告 of an order number and where it starts: cut after the last stop word,
    after a date's 日 (``8日中华人民共和国国务院令``) and without 原, the state's name kept as written
    (``中华人民共和国国务院、中华人民共和国中央军事委员会令``: the number is cited as the text gives it);
    ``("", -1)`` when no organ issues it."""
    raw = m["prefix"]
    best = 0
    for stop in _stops():
        if stop not in _marks("order_stop") and (i := raw.rfind(stop)) >= 0:
            best = max(best, i + len(stop))
    if m.start("prefix") + best and m.string[m.start("prefix") + best - 1].isdigit() and len(raw) - best > 1:
        best += 1  # 8日国务院令: 日 closes the date before
    kept = raw[best:]
    prefix = kept.removeprefix("原")
    best += len(kept) - len(prefix)
    issuer = prefix
    for word in _marks("order"):  # the 令 / 公告 / 通告 of docnumber_marks.tsv, in file order
        issuer = issuer.removesuffix(word)
    issuer = issuer.rstrip("、")
    if not (issuer and issuer.endswith(_organ_heads())):
        return "", -1
    return prefix, m.start("prefix") + best


def _order_fields(m: "regex.Match", prefix: str) -> dict:
    number = prefix + _SPACE.sub("", m.string[m.end("prefix"):m.end()])
    serial = m["serial"]
    return {"number": number, "prefix": prefix, "year": int(m["year"]) if m["year"] else None,
            "serial": int(serial) if serial.isdigit() else int(parse_number(serial))}
