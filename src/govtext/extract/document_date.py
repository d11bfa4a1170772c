"""The document's own date (成文日期, dateline or publication time), in one place.

Shared by date resolution (year-less dates take their year from it) and by the document
metadata (``Document.date``). Only lines at the head or the foot of the document count, and
only lines that are a date and nothing else, or a date with a label that says it dates the page:

0. before all, a date a disclosure block labels as the document's (``成文日期：2004年11月04日``, or the
   label on its line and the date alone on the next): the page's 发布时间 is its publication, and the
   foot may sign an attachment (an expert group's report) or a forwarded report, not the document;
1. a web or newspaper dateline at the head: ``2014年10月24日14:32  来源:辽宁日报``,
   ``发布时间：2014-06-06 10:48``, ``24.10.2014 14:32``;
2. the signature date at the foot: ``2014年4月3日`` or ``二〇一四年四月三日`` on its own line;
3. a date alone under the title: ``（2014年 3月 9日）``, ``（2014年3月9日区委常委会议通过）``;
4. the 印发 line at the foot (``…办公室 2014年4月4日印发``) when nothing else dates the text;
5. a speech's or report's subtitle at the head: ``——2017年1月9日在…会议上``,
   ``（2017年4月12日在全县工作会议上）``;
6. a 纪要's 编印单位 and date on one head line: ``青原县人民政府办公室　　2016年8月15日``.

Event dates inside sentences (``2014年2月25日，洮北区召开…``) are not the document's date, and
footer dates (decision 7) only when nothing else dates it: a dateline below the body's first
sentence (``【责任编辑：…】 2019-05-08 09:12``) and a labelled ``更新时间：…`` under a signature.
Dates are found by :mod:`govtext.text.date_grammar` and read by :mod:`govtext.values.dates`, as
the date extractor does.

>>> document_date("关于…的通知\\n正文。\\n中共河北省委\\n2014年4月3日\\n")
'2014-04-03'
>>> document_date("标题\\n2014-06-06 10:48  来源：新华网\\n正文")
'2014-06-06'
>>> document_date("2014年2月25日，洮北区召开会议。") is None
True
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from govtext.lexicons import load_rows
from govtext.text.date_grammar import words_of
from govtext.text.normalize import NormText, normalize_lines
from govtext.text.patterns import words
from govtext.text.organs import organ_name
from govtext.values.dates import full_date

__all__ = ["document_date"]

_HEAD_LINES, _DATELINE_LINES, _FOOT_LINES = 15, 30, 8
_RE_SENTENCE = regex.compile(r"[。；，]")


@lru_cache(maxsize=None)
def _page_words(column: str) -> str:
    """The words of date_page_words.tsv marked in ``column`` (dateline, lead, time, enacted, issued),
    as an alternation, longest first."""
    return words(row["word"] for row in load_rows("date_page_words.tsv") if row[column] == "yes")


@lru_cache(maxsize=1)
def _re_dateline_label() -> "regex.Pattern":
    """Words that, on a head line, say the date on it is the page's own (a dateline: 来源, 发布, 浏览)."""
    return regex.compile(_page_words("dateline"))


@lru_cache(maxsize=1)
def _re_bound() -> "regex.Pattern":
    """A relation word right after a date (``relation`` rows of date_words.tsv): the date bounds something."""
    return regex.compile(rf"\s*(?:{words_of('relation')})")


@lru_cache(maxsize=1)
def _re_lead() -> "regex.Pattern":
    """The label a date alone may have before it: ``发布时间：``, ``（日期``."""
    return regex.compile(rf"^[（(【\[]?(?:(?:{_page_words('lead')})?(?:{_page_words('time')})[:：]?)?")


@lru_cache(maxsize=1)
def _re_trail() -> "regex.Pattern":
    """What may follow a date alone: an enacting clause in brackets (…通过）) and a weekday."""
    return regex.compile(
        rf"(?:[^（()）]{{0,40}}(?:{_page_words('enacted')}))?[）)】\]]?(?:{words_of('weekday')})?$"
    )


def _date_only(line: str, found) -> Optional[str]:
    """The date when ``line`` is a full date and nothing else (brackets, a label, a weekday allowed)."""
    if not found:
        return None
    value, s, e, _ = found
    before, after = line[:s], line[e:]
    if _re_lead().fullmatch(before) and _re_trail().fullmatch(after):
        return value
    return None




@lru_cache(maxsize=1)
def _re_time_label() -> "regex.Pattern":
    return regex.compile(_page_words("time"))


def _signed(line: str, found) -> Optional[str]:
    """A date alone with no label (a signature's date), before a labelled one at the foot: a page's
    ``更新时间：…`` under a signed text is no date of the document (decision 7)."""
    if found and not _re_time_label().search(line[:found[1]]):
        return _date_only(line, found)
    return None


def _dateline(line: str, found) -> Optional[str]:
    """The date of a head dateline: a full date with a time or a page label on the same line.
    Not a sentence, and not a date that bounds something (a licence's ``这部作品在1931年1月1日以前
    …发表，确实作者身份不明``: a dateline's date is the page's, never a limit)."""
    if not found or len(line) > 80 or _RE_SENTENCE.search(line):
        return None  # a sentence, not a dateline
    value, s, e, timed = found
    if _re_bound().match(line, e):
        return None
    return value if timed or _re_dateline_label().search(line) else None




@lru_cache(maxsize=1)
def _re_issued_after() -> "regex.Pattern":
    """An issuing verb closing the line after its date (…办公室 2014年4月4日印发)."""
    return regex.compile(rf"(?:{_page_words('issued')})\s*$")


def _issued(line: str, found) -> Optional[str]:
    """The date of a 印发 line: ``…办公室 2014年4月4日印发``."""
    if found and _re_issued_after().match(line[found[2]:]):
        return found[0]
    return None


_RE_CLAUSE_MARK = regex.compile(r"[，,。；;]")
_RE_DASH_LEAD = regex.compile(r"[（(]?\s*[—－–-]{0,2}\s*")


def _delivered(line: str, found) -> Optional[str]:
    """The date of a speech subtitle: a dash or bracket, a full date, then 在 (the occasion)."""
    if _RE_CLAUSE_MARK.search(line):
        return None  # a sentence: 2017年4月12日在…会议上，县委书记指出 dates an event
    if found and _RE_DASH_LEAD.fullmatch(line[:found[1]]) and line[found[2]:].lstrip().startswith("在"):
        return found[0]
    return None


_RE_SPACE = regex.compile(r"\s")


def _organ_dated(line: str, found) -> Optional[str]:
    """The date beside an organ's name on a head line: a 纪要's ``编印单位　2016年8月15日``."""
    if found and not line[found[2]:].strip() and organ_name(_RE_SPACE.sub("", line[:found[1]])):
        return found[0]
    return None


@lru_cache(maxsize=1)
def _re_own_label() -> "regex.Pattern":
    """The label of the document's own date in a disclosure block (成文日期：): an ``own`` lead and a
    ``time`` word of date_page_words.tsv."""
    return regex.compile(rf"(?:{_page_words('own')})\s*(?:{_page_words('time')})\s*[:：]?\s*")


def _labelled_own(head: list[str]) -> Optional[str]:
    """The date a head line labels as the document's own (``成文日期：2004年11月04日``, or the label on a
    line and its date alone on the next, as gov.cn blocks print them)."""
    for i, line in enumerate(head):
        m = _re_own_label().search(line)
        if m is None:
            continue
        found = full_date(line[m.end():], ranges=False)
        if found and not line[m.end():m.end() + found.start].strip():
            return found.iso
        if not line[m.end():].strip() and i + 1 < len(head):
            return _date_only(head[i + 1], full_date(head[i + 1], ranges=False))
    return None


# What a line must be for a reader to find a date on it, tested before the line's date is read:
# a dateline and a speech's subtitle are no sentence (most head lines are)
_LINE_CAN = {
    _dateline: lambda line: len(line) <= 80 and _RE_SENTENCE.search(line) is None,
    _delivered: lambda line: _RE_CLAUSE_MARK.search(line) is None,
}


def document_date(raw: str, norm: Optional[NormText] = None) -> Optional[str]:
    """ISO date (day precision) of the document itself, or ``None`` when the text has none.

    ``norm`` is accepted for callers that hold it, but lines are read from ``raw``: the
    normalized view joins a dateline to the paragraph after it.
    """
    raw_lines = [ln for ln in raw.splitlines() if ln.strip()]
    if not raw_lines:
        return None
    # the top lines and the foot lines in one call (a short text's foot lines are among its top lines:
    # each line is normalized once)
    lines = normalize_lines(raw_lines[:_DATELINE_LINES] + raw_lines[max(_DATELINE_LINES, len(raw_lines) - _FOOT_LINES):])
    top = lines[:_DATELINE_LINES]
    head = top[:_HEAD_LINES]
    foot = lines[-_FOOT_LINES:]
    memo: dict[str, Optional[tuple]] = {}  # each line's first full date, read once

    def read(reader, line: str) -> Optional[str]:
        can = _LINE_CAN.get(reader)
        if can is not None and not can(line):
            return None
        if line not in memo:
            memo[line] = full_date(line, ranges=False)
        return reader(line, memo[line])

    own = _labelled_own(head)  # 成文日期 in a disclosure block: the document's, before the page's 发布时间
    if own:                    # and before a signature at the foot that may be an attachment's
        return own
    below_body: Optional[str] = None  # a dateline after the body's first sentence: a page footer
    body = False
    for line in top:
        value = read(_dateline, line)
        if value and not body:
            return value
        if value and below_body is None:
            below_body = value
        body = body or "。" in line
    for reader, block in ((_signed, reversed(foot)), (_date_only, reversed(foot)), (_date_only, head), (_delivered, head),
                          (_organ_dated, head), (_issued, reversed(foot))):
        for line in block:
            value = read(reader, line)
            if value:
                return value
    return below_body  # 更新时间 under a short page dates it only when nothing else does (decision 7)
