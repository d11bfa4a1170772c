"""Promulgation and amendment lines of regulations (条例, 办法, 规定, 细则).

Under a regulation's title its history is set one event a line, each opening with a date:
``2003年6月11日 国务院第11次常务会议通过``, ``2014年11月24日 中华人民共和国国务院令第656号公布``,
``2016年8月26日 烟台市第十六届人民代表大会常务委员会第三十七次会议通过``,
``2014年2月19日 《国务院关于废止和修改部分行政法规的决定》第一次修订``, ``2019年3月1日 施行``.
The first line that enacts (通过, 公布, 发布, 颁布, 印发; else 批准) names the issuer — the
body that enacted it, without its session number (``烟台市人民代表大会常务委员会``), or the
organ of the order (``国务院``) — its date is the document's date, and an order number
(``国务院令第656号``, the ``中华人民共和国`` of the organ dropped) is the document number.
The line pattern lives in ``lexicons/layout_markers.tsv`` (role ``enacted``).

>>> read_enactment(["2003年6月11日 国务院第11次常务会议通过", "2003年6月27日 中华人民共和国国务院令第383号公布", "2003年8月1日 施行"])
Enactment(issuer='国务院', date='2003-06-11', doc_number='国务院令第383号', lines=[0, 1, 2])
>>> read_enactment(["2016年8月26日 烟台市第十六届人民代表大会常务委员会第三十七次会议通过"]).issuer
'烟台市人民代表大会常务委员会'
>>> read_enactment(["2014年2月25日，市政府召开常务会议。"]) is None
True
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

import regex

from govtext.structure.fields import iso_date
from govtext.structure.lines import marker
from govtext.text.patterns import DATE_NUMERALS, ORDINAL_NUMERALS
from govtext.values.doc_numbers import find_doc_numbers

__all__ = ["Enactment", "enactment_line", "read_enactment"]

_ENACTS = ("通过", "公布", "发布", "颁布", "印发")
_ORDINAL = rf"第[\d{ORDINAL_NUMERALS}]+"  # 第十三届, 第2次
_SESSION = regex.compile(_ORDINAL + "届")
_MEETING = regex.compile(rf"^(?P<organ>.+?)(?:{_ORDINAL}次)?(?:常务|全体|主任|常委)?会议$")
_STATE = regex.compile(r"^中华人民共和国(?=\p{Han}{2})")
_ORGAN = regex.compile(r"^[\p{Han}、]{2,40}$")


@dataclass
class Enactment:
    """What a regulation's promulgation lines say: issuer, date (ISO), order number, their lines."""

    issuer: Optional[str] = None
    date: Optional[str] = None
    doc_number: Optional[str] = None
    lines: list[int] = field(default_factory=list)


_DATED = regex.compile(rf"^[（(]?\s*[\d{DATE_NUMERALS}]{{4}}\s*年\s*[\d{DATE_NUMERALS}]{{1,3}}\s*月")


_RE_CLAUSE_MARK = regex.compile(r"[，。；,]")


def enactment_line(text: str) -> Optional["regex.Match"]:
    """The enactment marker of one line (a date, who, then how: 通过 / 公布 / 修订 …), or ``None``.
    A sentence (``，`` or ``。`` before the verb) is no enactment line; a date and an order number
    alone (``2017年11月22日 中华人民共和国国务院令第692号``) is one, promulgated by that order."""
    m = marker(text, "enacted")
    if m and not _RE_CLAUSE_MARK.search(text[: m.start("verb")]):
        return m
    m = marker(text.rstrip(" \t\u3000）)") + "公布", "enacted")
    if m and m.end() == len(text.rstrip(" \t\u3000）)")) + 2 and _orders(m["by"]):
        return m
    return None


def _orders(by: str) -> list[dict]:
    """The orders (``国务院令第656号``) named in ``by``, read by the one recogniser of document numbers
    (:func:`govtext.values.doc_numbers.find_doc_numbers`); the fact keeps the state's name as written."""
    return [f for _s, _e, f in find_doc_numbers(by) if f["prefix"].endswith("令")]


def _state_dropped(name: str) -> str:
    """``中华人民共和国国务院`` → ``国务院``; joint organs each (``国务院、中央军事委员会``)."""
    return "、".join(_STATE.sub("", part) for part in name.split("、"))


_RE_SPACE = regex.compile(r"\s")


def _who(by: str) -> tuple[Optional[str], Optional[str]]:
    """(issuer, order number) named by the ``by`` part of an enactment line."""
    by = _RE_SPACE.sub("", by).removeprefix("经").removeprefix("由")
    orders = _orders(by)
    if orders:  # joint orders (国家教育委员会令第8号、国家体育运动委员会令第11号): every organ, the first number
        organs = [_state_dropped(f["prefix"].removesuffix("令").strip("、")) for f in orders]
        return "、".join(organs), _state_dropped(orders[0]["number"])  # the metadata cites 国务院令第656号
    if "《" in by or not by:
        return None, None  # an amending decision: the issuer is the original enactor
    m = _MEETING.match(by)
    if m and m["organ"] != by:
        return _state_dropped(_SESSION.sub("", m["organ"])), None
    if _ORGAN.match(by):
        return _state_dropped(_SESSION.sub("", by)), None
    return None, None


_RE_UP_TO_DAY = regex.compile(r"^.*?日\s*")


def read_enactment(texts: Sequence[str], first: int = 0) -> Optional[Enactment]:
    """Read the enactment lines among ``texts`` (the lines under a title, in order; indexes
    reported from ``first``), or ``None`` when there is none."""
    found = []
    k = 0
    while k < len(texts):
        text = texts[k]
        m = enactment_line(text)
        if not m and _DATED.match(text) and k + 1 < len(texts) and not _DATED.match(texts[k + 1]):
            # a line broken after the organ: ``1984年1月7日 国务院`` / ``中央军委发布``
            tail = texts[k + 1].strip()
            joint = "、" if _ORGAN.match(_RE_UP_TO_DAY.sub("", text).strip()) and not tail.startswith("、") else ""
            m = enactment_line(text.rstrip() + joint + tail)
            if m:
                found.append((first + k, m))
                found.append((first + k + 1, m))
                k += 2
                continue
        if m:
            found.append((first + k, m))
        k += 1
    if not found:
        return None
    out = Enactment(lines=[i for i, _ in found])
    for verbs in (_ENACTS, ("批准",), ("修订", "修正"), ("施行", "实施")):
        for i, m in found:
            if m["verb"] not in verbs:
                continue
            issuer, number = _who(m["by"])
            if out.date is None:
                out.date = iso_date(m["date"])
            out.issuer = out.issuer or issuer
            out.doc_number = out.doc_number or number
        if out.date:
            break
    if out.issuer is None or out.doc_number is None:
        for i, m in found:  # an order or organ named only on a later line (公布 after 通过)
            if m["verb"] in _ENACTS:
                issuer, number = _who(m["by"])
                out.issuer = out.issuer or issuer
                out.doc_number = out.doc_number or number
    return out
