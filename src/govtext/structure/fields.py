"""Labelled page fields: the 政府信息公开 block and the 来源 / 发布时间 lines of web pages.

A government portal sets an information-disclosure block above the document (索引号, 主题分类,
发文机关, 成文日期, 标题, 发文字号, 发布日期, 主题词 …), as ``label：value`` lines, several fields to
a line, or as a table stripped to one cell a line (the label, then its value on the next line),
or with the label in brackets and no colon (``[发文机构] …``, ``【发布文号】…``), maybe after a
validity word (``全文有效 成文日期：…``); news and portal pages carry 来源, 发布时间, 作者 and 浏览次数 fields. Labels and what they hold are
listed in ``lexicons/page_fields.tsv``. Fields are read at the head of the page (before the first
line of running text) and in its last lines; a value is kept only when it has the shape its
field needs (a date, a document number, an index number), and ``无`` means none.

>>> from govtext.structure.lines import split_lines
>>> lines = split_lines("索 引 号：\\n000014349/2019-00006\\n发文机关：\\n国务院办公厅\\n成文日期：\\n2019年01月22日\\n\\n"
...                     "发文字号：\\n国办发〔2019〕6号\\n\\n关于…的通知\\n")
>>> page = read_fields(lines)
>>> page.index_no, page.issuer, page.date, page.doc_number
('000014349/2019-00006', '国务院办公厅', '2019-01-22', '国办发〔2019〕6号')
>>> sorted(page.lines)
[0, 1, 2, 3, 4, 5, 6, 7]
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional, Sequence

import regex

from govtext.lexicons import load_rows
from govtext.structure.lines import Line
from govtext.text.organs import organ_name
from govtext.values.doc_numbers import find_doc_numbers
from govtext.values.dates import full_date

__all__ = ["PageFields", "read_fields", "field_lines", "iso_date"]

_HEAD_MAX = 60       # a disclosure block and the page fields sit within the first lines …
_FOOT_LINES = 10     # … or in the last ones (来源 footers)
_RUNNING = 40        # a line this long with a comma, or any line with a sentence end, is running text
_CHROME_TAIL = regex.compile(r"\s*[【\[［][^】\]］]*[】\]］].*$|\s*[【\[［]\s*$")
_NONE = {"无", "-", "--", "—", "暂无", "/", "空"}
_FIELDS = ("index_no", "topics", "keywords", "genre", "column", "issuer", "date", "published", "title",
           "doc_number", "source", "authors", "ignore")
_INDEX = regex.compile(r"^[0-9A-Za-z][0-9A-Za-z\-_/.·:：]{4,60}$")


@dataclass
class PageFields:
    """The values the page's labelled fields state (``None``: no such field, or ``无``)."""

    index_no: Optional[str] = None
    topics: list[str] = field(default_factory=list)
    genre: Optional[str] = None
    column: Optional[str] = None
    issuer: Optional[str] = None
    date: Optional[str] = None
    published: Optional[str] = None
    title: Optional[str] = None
    doc_number: Optional[str] = None
    source: Optional[str] = None
    authors: Optional[str] = None
    author_line: Optional[int] = None   # the line of the 作者 field (bylines are read from it)
    disclosure: bool = False      # a disclosure-block label was found
    stated: set[str] = field(default_factory=set)   # the fields the page states, even as 无
    lines: dict[int, str] = field(default_factory=dict)  # line index -> role (docmark | dateline)


@lru_cache(maxsize=1)
def _labels() -> dict[str, tuple[str, str]]:
    out = {}
    for row in load_rows("page_fields.tsv"):
        if row["field"] not in _FIELDS:
            raise ValueError(f"page_fields.tsv: {row['label']}: unknown field {row['field']!r}")
        if row["block"] not in ("disclosure", "page"):
            raise ValueError(f"page_fields.tsv: {row['label']}: unknown block {row['block']!r}")
        out[row["label"]] = (row["field"], row["block"])
    return out


@lru_cache(maxsize=1)
def _label_patterns() -> tuple["regex.Pattern", "regex.Pattern", "regex.Pattern"]:
    """(a label with its colon, or set in brackets, anywhere a field may start (``发文机关：``,
    ``【来源】``, ``[发文机构]``: a bracketed label needs no colon), a label that is the whole line,
    a label that opens the line and is parted from its value by spaces only)."""
    spaced = [r"\s*".join(regex.escape(c) for c in label) for label in sorted(_labels(), key=len, reverse=True)]
    alt = "|".join(spaced)
    with_colon = regex.compile(rf"(?:^|(?<=[\s|｜】\]]))(?:[【\[]?(?P<label>{alt})[】\]]?\s*[:：]|[【\[](?P<label>{alt})[】\]])")
    alone = regex.compile(rf"^[【\[]?(?P<label>{alt})[】\]]?\s*[:：]?$")
    spaced = regex.compile(rf"^[【\[]?(?P<label>{alt})[】\]]?\s+(?P<value>\S.*)$")
    return with_colon, alone, spaced


_RE_SPACE = regex.compile(r"\s")


def _label_of(matched: str) -> tuple[str, str]:
    return _labels()[_RE_SPACE.sub("", matched)]


def iso_date(text: str) -> Optional[str]:
    """The first date with year, month and day in ``text`` as ISO, else ``None``; a range by its
    first day (:func:`govtext.values.dates.full_date`).

    >>> iso_date("2020-02-13 22:22"), iso_date("2019年1月2日"), iso_date("二〇〇六年十月十八日"), iso_date("2020年")
    ('2020-02-13', '2019-01-02', '2006-10-18', None)

    A page stamp whose year and day sit in separate boxes (``2022 12/ 14 11:37:37``) is read too:

    >>> iso_date("2022 12/ 14 11:37:37"), iso_date("2022 13/ 14")
    ('2022-12-14', None)
    """
    found = full_date(text, ranges=True)
    if found:
        return found.iso
    m = _BOXED_DATE.search(text) if "/" in text else None
    if m and 1 <= int(m["m"]) <= 12 and 1 <= int(m["d"]) <= 31:
        return f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}"
    return None


_BOXED_DATE = regex.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s+(?P<m>\d{1,2})\s*/\s*(?P<d>\d{1,2})(?!\d)")


_STRICT = ("index_no", "date", "published", "doc_number")   # values whose shape says what they are


def _split_fields(text: str, in_block: bool = False) -> list[tuple[str, str]]:
    """``[(label, value)]`` of a field line (``[]`` when it does not open with a label). A label
    parted from its value by spaces alone (a table row, ``索引号 000014349/2019-00006``) counts when
    the value has its field's shape (a date, a number) or the line is inside a block of fields."""
    with_colon, alone, spaced = _label_patterns()
    m = alone.match(text)
    if m:
        return [(m["label"], "")]
    hits = list(with_colon.finditer(text))
    if not hits:
        m = spaced.match(text)
        if m and not with_colon.search(m["value"]):
            name = _label_of(m["label"])[0]
            if in_block or name in _STRICT and _valid(name, m["value"]) is not None:
                return [(m["label"], m["value"].strip())]
        return []
    out = []
    head = text[: hits[0].start()].strip()
    if head.strip("【[|｜"):
        m = alone.match(head)  # a label that is a value by itself (全文有效) may open the line
        if not m or _label_of(m["label"])[0] != "ignore":
            return []
        out.append((m["label"], ""))
    for k, h in enumerate(hits):
        end = hits[k + 1].start() if k + 1 < len(hits) else len(text)
        value = _CHROME_TAIL.sub("", text[h.end():end])  # 【字体：大 中 小】【打印】 set after the value
        out.append((h["label"], value.strip().strip("|｜】]").strip()))
    return out


_RE_SENTENCE_MARK = regex.compile(r"[。；]")
_RE_VALUE_SEP = regex.compile(r"[\s、，,;；/]+")
_RE_VALUE_END = regex.compile(r"\s*[|｜]\s*|\s+(?=(?:19|20)\d{2}\s*[-/.年])")   # a bar or a spaced date ends a name


def _valid(name: str, value: str) -> Optional[str]:
    """The value in the shape field ``name`` needs, or ``None``."""
    value = value.strip()
    if not value or value in _NONE:
        return None
    flat = _RE_SPACE.sub("", value)
    if name in ("date", "published"):
        return iso_date(value)
    if name == "doc_number":
        found = next(find_doc_numbers(flat), None)  # the one recogniser of document numbers and orders
        if found:
            return found[2]["number"]
        return flat if len(flat) <= 30 and flat.endswith("号") else None  # a number of a shape of its own (某字第5号)
    if name == "index_no":
        return flat if _INDEX.match(flat) else None
    if name in ("issuer", "source", "genre", "column", "authors"):
        value = _RE_VALUE_END.split(value, 1)[0]  # ``来源： 新华社 | 2023-03-01 10:26``: the date is no part of it
        flat = _RE_SPACE.sub("", value)
        if not flat or len(flat) > 60 or _RE_SENTENCE_MARK.search(flat):
            return None
        if name == "issuer":  # joint issuers set apart by spaces or commas are joined by 、
            parts = [p for p in _RE_VALUE_SEP.split(value) if p]
            if len(parts) > 1 and all(organ_name(p) for p in parts):
                return "、".join(parts)
        return flat
    if name == "title":
        return flat if len(flat) <= 150 else None
    return value


def _is_running(ln: Line) -> bool:
    return ln.ends_sentence or "。" in ln.flat or (len(ln.flat) > _RUNNING and "，" in ln.flat)


def field_lines(lines: Sequence[Line]) -> list[tuple[int, Optional[int], str, str, str, str]]:
    """``(label line, value line or None, label, field, block, value)`` of every field read.

    The head is read up to its first line of running text, the foot in its last lines."""
    out = []
    head_end = min(len(lines), _HEAD_MAX)
    zones = [range(0, head_end), range(max(head_end, len(lines) - _FOOT_LINES), len(lines))]
    for zone in zones:
        i = zone.start
        last = -2   # the last line read as a field (a block of fields runs on)
        while i < zone.stop:
            ln = lines[i]
            parts = _split_fields(ln.text, in_block=last >= i - 1)
            if not parts:
                if zone.start == 0 and _is_running(ln):
                    break
                i += 1
                continue
            value_line = None
            for label, value in parts:
                name, block = _label_of(label)
                if not value and len(parts) == 1 and i + 1 < len(lines) and (not ln.blank_after or name in _STRICT):
                    nxt = lines[i + 1]  # the value in the next cell (across a blank line only when its shape says so)
                    if not _split_fields(nxt.text, True) and _valid(name, nxt.text) is not None or nxt.text.strip() in _NONE:
                        value, value_line = nxt.text, i + 1
                out.append((i, value_line, label, name, block, value))
            last = value_line or i
            i = last + 1
    return out


_RE_TOPIC_SEP = regex.compile(r"[\\/／；;，,\s\u3000]+")
_RE_FIELD_SEP = regex.compile(r"[\s\u3000、，,；;]+")


def read_fields(lines: Sequence[Line]) -> PageFields:
    """What the page's labelled fields say (see the module docstring)."""
    page = PageFields()
    hits = field_lines(lines)
    for i, j, label, name, block, value in hits:
        if block == "disclosure":
            page.disclosure = True
    for i, j, label, name, block, value in hits:
        role = "docmark" if block == "disclosure" or page.disclosure and name != "source" else "dateline"
        page.lines[i] = role
        if j is not None:
            page.lines[j] = role
        if name == "ignore":
            continue
        page.stated.add(name)
        got = _valid(name, value)
        if got is None:
            continue
        if name in ("topics", "keywords"):
            parts = (_RE_TOPIC_SEP if name == "topics" else _RE_FIELD_SEP).split(value)
            page.topics.extend(p for p in parts if p and p not in page.topics)
        elif getattr(page, name) is None:
            setattr(page, name, got)
            if name == "authors":
                page.author_line = i
    return page
