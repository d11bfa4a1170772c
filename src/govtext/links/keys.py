"""Comparable keys for document numbers and titles, so a citation finds the document it names.

A number key is ``prefix|year|serial`` (the bracket style, spaces, script and a leading
``中华人民共和国`` do not matter); an order number has no year: ``国务院令||656``. A title key drops
what varies between two writings of one title: script, quotation marks and brackets, spaces, 的,
a leading 中华人民共和国; its *core* also drops a leading issuer (the words before 关于), its
*bare* form a trailing note in brackets (``（试行）``, ``（2018—2020年）``).

>>> number_key("国办发[2013]101号"), number_key("国办发〔2013〕第101号")
('国办发|2013|101', '国办发|2013|101')
>>> number_key("中华人民共和国国务院令第656号")
'国务院令||656'
>>> title_key("《国务院关于印发〈国家职业教育改革实施方案〉的通知》")
'国务院关于印发国家职业教育改革实施方案通知'
>>> split_issuer(title_key("国务院办公厅关于加强安全生产工作的通知"))
('国务院办公厅', '关于加强安全生产工作通知')
>>> bare_key(title_key("财务管理办法（试行）"))
'财务管理办法'
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from govtext.text.normalize import to_simplified

__all__ = [
    "number_key", "number_keys", "title_key", "split_issuer", "bare_key", "carried_key", "issuer_key", "is_amending_title",
    "ORDER_NUMBER",
]

_STATE = "中华人民共和国"
_YEAR_NUMBER = regex.compile(
    r"(?P<prefix>[\p{Han}A-Za-z]{1,20})\s*[〔\[（(【［]\s*(?P<year>(?:19|20)\d\d)\s*[〕\]）)】］]\s*第?\s*(?P<serial>\d{1,5})\s*号"
)
# An order number (令): 国务院令第656号, 公安部令第123号, 江西省人民政府令第232号.
ORDER_NUMBER = regex.compile(r"(?P<prefix>[\p{Han}]{1,20}令)\s*第?\s*(?P<serial>\d{1,5})\s*号")
_DROP = regex.compile(r"[\s\u200b\ufeff“”‘’\"'「」『』《》〈〉<>＜＞·・#＃的]+")
_BRACKETS = str.maketrans({"（": "(", "）": ")", "〔": "(", "〕": ")", "［": "(", "］": ")", "[": "(", "]": ")",
                           "【": "(", "】": ")", "—": "-", "–": "-", "－": "-", "～": "-", "~": "-", "，": ",", "、": ","})
_TRAILING_NOTE = regex.compile(r"(?:\([^()]{1,24}\))+$")
_CARRIER = regex.compile(r"^(?:.{0,40}?)(?:关于)?(?:印发|转发|发布|颁布)(?P<carried>.{4,})(?:通知|决定|令)$")
_AMENDING = regex.compile(r"修改|修正|修订|废止和修改|修改和废止")


@lru_cache(maxsize=65536)
def _simplified(text: str) -> str:
    return to_simplified(text)


def _fold_digits(text: str) -> str:
    return "".join(chr(ord(c) - 0xFEE0) if "０" <= c <= "９" else c for c in text)


def number_key(number: Optional[str]) -> Optional[str]:
    """``prefix|year|serial`` of a 发文字号 or ``prefix||serial`` of an order number; None if neither."""
    if not number:
        return None
    text = _fold_digits(_simplified(number))
    m = _YEAR_NUMBER.search(text)
    if m:
        prefix, year = m["prefix"], m["year"]
    else:
        m = ORDER_NUMBER.search(text)
        if not m:
            return None
        prefix, year = m["prefix"], ""
    if prefix.startswith(_STATE) and len(prefix) > len(_STATE):
        prefix = prefix[len(_STATE):]
    return f"{prefix}|{year}|{int(m['serial'])}"


@lru_cache(maxsize=65536)
def number_keys(number: Optional[str]) -> list[str]:
    """The key of a number, then the keys with words glued before its issuer code dropped
    (``批复国函〔2006〕132号`` → 国函 as well), longest prefix first, down to two characters.

    >>> number_keys("批复国函〔2006〕132号")
    ['批复国函|2006|132', '复国函|2006|132', '国函|2006|132']
    """
    key = number_key(number)
    if key is None:
        return []
    prefix, year, serial = key.split("|")
    return [f"{prefix[i:]}|{year}|{serial}" for i in range(0, max(1, len(prefix) - 1))]


def title_key(title: Optional[str]) -> str:
    """The title with script, quotes, brackets, spaces, 的 and a leading 中华人民共和国 normalized away."""
    if not title:
        return ""
    text = _fold_digits(_simplified(title)).translate(_BRACKETS)
    text = _DROP.sub("", text)
    if text.startswith(_STATE) and len(text) > len(_STATE) + 1:
        text = text[len(_STATE):]
    return text


def split_issuer(key: str) -> tuple[str, str]:
    """``(issuer, core)`` of a title key: the words before 关于 are the issuer (often empty)."""
    i = key.find("关于")
    if i <= 0:
        return "", key
    return key[:i], key[i:]


def bare_key(key: str) -> str:
    """The key without a trailing note in brackets: 试行, 草案, years, 修订."""
    bare = _TRAILING_NOTE.sub("", key)
    return bare if len(bare) >= 2 else key


def carried_key(key: str) -> Optional[str]:
    """The document a notice carries or forwards: ``…关于印发X通知`` → the key of X (None for
    other titles).

    >>> carried_key(title_key("济南市人民政府办公厅关于转发《山东省人民政府关于加强安全生产工作的通知》的通知"))
    '山东省人民政府关于加强安全生产工作通知'
    """
    m = _CARRIER.match(key)
    return m["carried"] if m else None


def issuer_key(issuer: Optional[str]) -> str:
    """An issuer, comparable with the issuer part of a title key."""
    return title_key(issuer) if issuer else ""


def is_amending_title(title: Optional[str]) -> bool:
    """Whether a title names an amending instrument (关于修改…的决定), so 《…》修正 means amended by it."""
    return bool(title) and bool(_AMENDING.search(title))
