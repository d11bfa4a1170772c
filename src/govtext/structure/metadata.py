"""Document metadata from the layout: title, subtitle, kicker, doc_type, issuer, doc_number, date,
recipients, authors, source, and a disclosure block's index_no, topics and published.

An official document (GB/T 9704-2012) opens with an optional 版头 (``…文件``) and 发文字号, then
the 标题 (``[发文机关]关于…的通知``, maybe over several lines), the 主送机关 line ending in ``：``,
the body, the 发文机关署名 and the 成文日期. A news item has a headline, maybe a kicker (引题)
above it, a ``——…`` subtitle, a byline, a ``来源`` dateline, or opens with its lead
(``央视网消息（新闻联播）：``, ``新华社…电``: no title then); a digest of short items has none either.
The headline is found next to its subtitle or dateline wherever PDF order put it. On web pages the
document starts under the page chrome (site and column lines, breadcrumb, toolbar, disclosure
block); a Markdown text has its ``# 标题``; a report or speech its meeting line and speaker; a
regulation its enactment lines. Several issuers are joined by ``、``.

>>> from govtext.structure.lines import split_lines, intrinsic_roles
>>> raw = "某某市文件\\n某政发〔2014〕5号\\n关于做好春耕工作的通知\\n各县：\\n请认真落实。\\n某某市人民政府\\n2014年3月1日\\n"
>>> lines = split_lines(raw)
>>> meta = read_metadata(lines, intrinsic_roles(lines))
>>> meta.title, meta.doc_type, meta.issuer, meta.doc_number, meta.recipients
('关于做好春耕工作的通知', '通知', '某某市人民政府', '某政发〔2014〕5号', ['各县'])
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

import regex

from govtext.extract.names import is_name
from govtext.structure.bylines import byline_names, split_names
from govtext.structure.enactment import read_enactment
from govtext.structure.fields import PageFields, iso_date, read_fields
from govtext.structure.leads import Lead, read_lead
from govtext.structure.lines import DATE_ONLY, Line, genre, marker
from govtext.structure.sections import column_width, enumerator
from govtext.structure.speeches import Meeting, meeting_at, speaker
from govtext.text.organs import organ_name
from govtext.text.patterns import ORDINAL_NUMERALS, SMALL_NUMERALS
from govtext.values.doc_numbers import find_doc_numbers
from govtext.values.doc_types import doc_type_of

__all__ = ["Metadata", "read_metadata", "split_names"]

_HEAD_LINES = 15          # the 版头, 发文字号 and 标题 sit within the first lines (after page chrome)
_HEAD_SCAN = 80           # page chrome and a disclosure block may push the title this far down
_TITLE_MAX_LINES = 4
_TITLE_MAX_CHARS = 100
_SPEAKER_GAP = 4          # the speaker line follows the meeting line within a few lines (来源, 时间 between)
_ENACT_LINES = 16         # the promulgation and amendment lines under a regulation's title
_ENACT_UNDER_TITLE = 3    # … and, outside Markdown, the bracketed line or two under it
_SALUTATION = regex.compile(r"^(?:各位|同志们|女士们|先生们|亲爱的)\p{Han}{0,8}[：:！!，,]")
_ATTACHMENT = regex.compile(r"^附\s*件|\.(?:docx?|xlsx?|pdf|zip|rar|wps|et|txt|ofd)$", regex.IGNORECASE)
_SET_APART = 0.6          # a headline directly above its text is at most this share of the column width
_TITLE_ORGAN = regex.compile(r"(?<=^(?P<organ>[\p{Han}、（）()]{2,40}))(?:关于|转发|印发|批转|对(?=.+的(?:答复|复函|批复)$))")
_CHAPTER = regex.compile(rf"^第[{ORDINAL_NUMERALS}\d]{{1,4}}[编章节条](?:\s|$|[^\p{{Han}}]|\p{{Han}}{{1,20}}$)")  # 第一章 总则
_HAN = regex.compile(r"\p{Han}")
_SITE_SUFFIX = regex.compile(r"^(?P<title>.{4,}?)[_｜|—–\-]{1,2}(?P<site>\p{Han}{2,30}?(?:网|网站|门户|政务网|人民政府|政府))$")
_BRACKETED = regex.compile(r"^[（(\[【].*[）)\]】]$")   # a note in brackets is no title
_CONTINUES = set("。，、；：！？”）》,.;:!?)")         # a line opening with these continues a sentence
_TRAILING_LINE = regex.compile(rf"^[（(](?:试行|暂行|草案|征求意见稿|修订|修订稿|送审稿|\d{{4}}\s*(?:年|版)?[^）)]{{0,10}}|第[\d{SMALL_NUMERALS}]+[批期号次])[）)]$")
_OCCASION = regex.compile(r"^在.{2,60}(?:上|时|之际)的")  # 在…会议上的讲话, 在…仪式上的致辞
_SKIP_HEAD = {"boilerplate", "navigation", "docmark", "masthead", "doc_number", "copied", "caption"}
_NEWS_NEXT = {"subtitle", "byline"}


@dataclass
class Metadata:
    """What the layout says about a document, plus which lines said it (their indexes)."""

    title: Optional[str] = None
    subtitle: Optional[str] = None
    kicker: Optional[str] = None
    doc_type: Optional[str] = None
    issuer: Optional[str] = None
    doc_number: Optional[str] = None
    recipients: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    source: Optional[str] = None
    date: Optional[str] = None
    index_no: Optional[str] = None
    topics: list[str] = field(default_factory=list)
    published: Optional[str] = None
    stamp: Optional[str] = None   # the date of the page's dateline (``2022 12/ 14 11:37:37``): when the text gives no other
    official: bool = False
    roles: dict[int, str] = field(default_factory=dict)


def _join(lines: Sequence[Line], idx: Sequence[int]) -> str:
    """The title on lines ``idx``, joined, without a page-title bar's site name (``…的通知_某某县人民政府``)."""
    joined = "".join(lines[i].unmarked for i in idx)
    m = _SITE_SUFFIX.match(joined)
    return m["title"] if m else joined


_RE_SENTENCE_MARK = regex.compile(r"[。，,；;！？：:]")


def _headline_like(ln: Line) -> bool:
    """Could the line be (the first line of) a title? Short lines as :attr:`Line.titleish`; a long
    one up to ``_TITLE_MAX_CHARS`` without the commas and stops of running text; never an
    attachment line (``附件：…``, ``….docx``)."""
    if (_ATTACHMENT.search(ln.flat) or _CHAPTER.match(ln.flat) or ln.flat[:1] in _CONTINUES
            or len(_HAN.findall(ln.flat)) < 2):
        return False
    if ln.titleish:
        return not ln.flat.endswith(("：", ":"))
    return (len(ln.flat) <= _TITLE_MAX_CHARS and not ln.ends_sentence and not _RE_SENTENCE_MARK.search(ln.flat))


def _official_title(lines: Sequence[Line], roles: Sequence[str], start: int = 0) -> list[int]:
    """Indexes of the 标题 block at the head of an official document, or ``[]``."""
    i = start
    while i < min(len(lines), start + _HEAD_LINES) and roles[i] in _SKIP_HEAD:
        i += 1
    if i >= len(lines) or roles[i] != "body" or not _headline_like(lines[i]):
        return []
    block: list[int] = []
    j = i
    while (j < len(lines) and len(block) < _TITLE_MAX_LINES and roles[j] == "body"
           and (lines[j].titleish or not block and _headline_like(lines[j]))
           and not (block and (lines[j].flat[:1] in _CONTINUES or lines[j - 1].flat.endswith(("：", ":"))))):
        block.append(j)
        if doc_type_of(_join(lines, block)):
            break
        j += 1
    while block and not doc_type_of(_join(lines, block)):
        block.pop()
    if block and block[-1] + 1 < len(lines) and _TRAILING_LINE.match(lines[block[-1] + 1].flat) and roles[block[-1] + 1] == "body":
        block.append(block[-1] + 1)  # （2021版）, （试行） set on a line of its own
    joined = _join(lines, block)
    nxt = block[-1] + 1 if block else 0
    if block and nxt < len(lines) and not lines[block[-1]].blank_after and lines[nxt].flat[:1] in _CONTINUES:
        return []  # the sentence runs on (``…所作的`` / ``政府工作报告`` / ``。会议…``): no title
    if block and len(joined) <= _TITLE_MAX_CHARS and doc_type_of(joined) and "——" not in joined[:2]:
        return block
    return []


def _news_dateline(text: str) -> bool:
    """A dateline of a news page (not the 编印单位 and date of a 纪要)."""
    m = marker(text, "dateline")
    return bool(m) and not m.groupdict().get("organ")


def _headline_before(lines: Sequence[Line], roles: Sequence[str], k: int) -> tuple[list[int], list[int]]:
    """(headline, kicker) line indexes ending just above line ``k`` (a subtitle or a dateline).
    Above a dateline, two lines set apart by a blank line are a headline and a line under it
    (a subtitle without dash), unless the upper one names a genre (``…活动综述``: a kicker)."""
    j = k - 1
    while j >= 0 and roles[j] in ("byline", "docmark", "navigation", "boilerplate"):
        j -= 1
    if j > 0 and roles[j] == roles[j - 1] == "body" and _author_names(lines[j]) and _headline_like(lines[j - 1]):
        j -= 1  # the author's name alone on the line between the headline and its dateline
    if j < 0 or roles[j] != "body" or not _headline_like(lines[j]):
        return [], []
    headline = [j]
    kicker: list[int] = []
    p = j - 1
    if p >= 0 and roles[p] == "body" and lines[p].titleish and (p == 0 or lines[p].blank_before or roles[p - 1] != "body"):
        if roles[k] != "subtitle" and lines[p].blank_after and not doc_type_of(lines[p].flat, ("news",)):
            return [p], []  # set apart by a blank line and naming no genre (…综述): the headline, then a line under it
        kicker = [p]
    return headline, kicker


_NAMES_LINE = regex.compile(r"^\p{Han}{2,4}(?:[ \t\u3000]+\p{Han}{2,4}){0,2}$")


def _author_names(ln: Line) -> list[str]:
    """The names on a line of personal names alone (``张三``, ``张三　李四``; :func:`split_names`), else ``[]``."""
    if not _NAMES_LINE.match(ln.flat):
        return []
    names = split_names(ln.flat)
    return names if all(is_name(n) for n in names) else []


def _set_apart(lines: Sequence[Line], first: int, nxt: int) -> bool:
    """Is line ``first`` a headline set directly above its text (no blank line between), not the
    first line of a paragraph wrapped at the column width? It is short beside the printed column
    and has no comma, and the text under it runs on as sentences."""
    head, below = lines[first], lines[nxt]
    width = column_width(lines)
    return ("，" not in head.flat and len(head.flat) <= _SET_APART * width and _running(below)
            and len(below.flat) > len(head.flat))


def _running(ln: Line) -> bool:
    """A line of running text: the head of the document has ended."""
    return ln.ends_sentence or "。" in ln.flat or len(ln.flat) > _TITLE_MAX_CHARS


def _head_end(lines: Sequence[Line], roles: Sequence[str]) -> int:
    """Index of the first line of running text (or ``len(lines)``), looked for in the first lines."""
    for i, ln in enumerate(lines[:_HEAD_SCAN]):
        if roles[i] == "body" and (_running(ln) or _SALUTATION.match(ln.flat)):
            return i
    return min(len(lines), _HEAD_SCAN)


def _head_start(lines: Sequence[Line], roles: Sequence[str], end: int) -> int:
    """Where the document starts under the page chrome: the first line that could be a title after
    a breadcrumb, toolbar or disclosure block (and before any running text); else 0."""
    chrome = False
    for i in range(end):
        if roles[i] in ("docmark", "navigation"):
            chrome = True
        elif roles[i] == "body" and chrome:
            return i if _headline_like(lines[i]) and not enumerator(lines[i].flat) else 0
    return 0


def _markdown_title(lines: Sequence[Line], roles: Sequence[str], end: int) -> Optional[int]:
    """The ``# 标题`` line of a Markdown text, looked for in its head."""
    for i in range(min(max(end + 1, _HEAD_LINES), len(lines))):
        if lines[i].markdown == 1 and roles[i] in ("body", "heading"):
            return i
    return None


def _digest(lines: Sequence[Line], roles: Sequence[str], first: int) -> list[int]:
    """The headlines of a digest of short news items (快讯: a headline, one paragraph, the next
    headline, one paragraph …, nothing else), or ``[]``: such a text has no title of its own."""
    heads: list[int] = []
    i = first
    while i < len(lines):
        if roles[i] in ("boilerplate", "navigation"):
            i += 1
            continue
        ln = lines[i]
        if not (roles[i] == "body" and ln.titleish and ln.blank_after and not enumerator(ln.flat)):
            return []
        if i + 1 >= len(lines) or roles[i + 1] != "body" or not _running(lines[i + 1]):
            return []
        heads.append(i)
        i += 2
    return heads if len(heads) >= 2 else []


def read_metadata(lines: Sequence[Line], roles: Sequence[str], page: Optional[PageFields] = None) -> Metadata:
    """Read :class:`Metadata` from classified lines (see :func:`~govtext.structure.lines.intrinsic_roles`);
    ``page``: :func:`~govtext.structure.fields.read_fields` of ``lines`` when the caller has it (read once)."""
    roles = list(roles)
    meta = Metadata()

    def mark(i: int, role: str) -> None:
        roles[i] = meta.roles[i] = role

    page = read_fields(lines) if page is None else page
    end = _head_end(lines, roles)
    meeting = _read_speech_head(lines, roles, meta, mark, 0, end)
    md = _markdown_title(lines, roles, end)
    start = _head_start(lines, roles, end) if md is None else 0
    for i in range(start):  # the site, column and page-title bars above the breadcrumb or the block
        if roles[i] in ("body", "subtitle", "byline", "caption", "dateline") and not page.lines.get(i):
            mark(i, "navigation")
    if meeting and meeting.lines[0] < start:  # the page-title bar repeats the meeting line: read the document's
        meeting = _read_speech_head(lines, roles, meta, mark, start, end)
    if md is not None:
        meta.title = lines[md].unmarked
        mark(md, "title")
        meta.doc_type = doc_type_of(meta.title)
        meta.official = True
        title_idx = [md]
        _enactment(lines, roles, meta, mark, md + 1, _ENACT_LINES)
    else:
        title_idx = _titles(lines, roles, meta, mark, start, end, meeting, page)
    _doc_number(lines, roles, meta, title_idx)
    if meta.official:
        _recipients(lines, roles, meta, title_idx, mark)
        _issuer(lines, roles, meta, title_idx, mark)
        if md is None and title_idx:  # （2015年6月26日…常务委员会第十七次会议通过） under a title
            _enactment(lines, roles, meta, mark, title_idx[-1] + 1, _ENACT_UNDER_TITLE)
    _bylines(lines, roles, meta, None)
    _apply_fields(page, lines, roles, meta, mark, title_idx)
    if meeting and meta.date is None:
        meta.date = meeting.date
    meta.stamp = next((d for i, r in enumerate(roles[:_HEAD_LINES]) if r == "dateline" and (d := iso_date(lines[i].text))), None)
    return meta


def _read_speech_head(lines, roles, meta: Metadata, mark, start: int, end: int):
    """The meeting line (subtitle) and the speaker line (author) of a report or speech."""
    meeting = None
    for i in range(start, min(end + 1, len(lines))):
        if roles[i] not in ("body", "subtitle", "dateline"):
            continue
        meeting = meeting_at(lines, i)
        if meeting:
            for k in meeting.lines:
                mark(k, "subtitle")
            break
    after = None
    if meeting:
        after = meeting.lines[-1]
        if meeting.rest and (who := speaker(meeting.rest)):
            meta.authors.extend(n for n in who[1] if n not in meta.authors)
    else:
        after = next((i for i in range(start, min(end + 1, len(lines))) if roles[i] == "subtitle"), None)
    if after is not None:
        k = after + 1
        while k < len(lines) and k <= after + _SPEAKER_GAP:
            if roles[k] in ("body", "byline", "caption") and (who := speaker(lines[k].text)):
                mark(k, "byline")
                meta.authors.extend(n for n in who[1] if n not in meta.authors)
                break
            if roles[k] == "body" and not DATE_ONLY.match(lines[k].flat):
                break
            k += 1
    return meeting


def _titles(lines, roles, meta: Metadata, mark, start: int, end: int, meeting, page) -> list[int]:
    """Find the title (and subtitle, kicker, doc_type) of a text that is not Markdown."""
    title_idx = _official_title(lines, roles, start)
    sub_idx = next((i for i, r in enumerate(roles) if r == "subtitle" and i >= start), None)
    src_idx = next((i for i, r in enumerate(roles[:min(end, 40)]) if r == "dateline" and i >= start and _news_dateline(lines[i].text)), None)
    first = next((i for i in range(start, len(lines)) if roles[i] not in _SKIP_HEAD | {"dateline", "byline", "caption"}), None)
    lead = read_lead(lines[first].text) if first is not None and roles[first] == "body" else None
    kicker_idx: list[int] = []
    after = title_idx[-1] + 1 if title_idx else None
    typed_block: list[int] = []
    if title_idx and after < len(roles) and roles[after] in _NEWS_NEXT:
        typed_block, title_idx = title_idx, []  # a headline that happens to end in 方案/报告: the news layout decides
    news = sub_idx is not None or src_idx is not None or "byline" in roles or lead is not None
    if title_idx:
        title = _join(lines, title_idx)
        head_marks = any(r in ("masthead", "doc_number") for r in roles[:_HEAD_LINES])
        dated = after < len(roles) and roles[after] == "dateline"
        meta.official = "关于" in title or head_marks or dated or not news or page.disclosure
    elif lead is not None:
        _lead(lines, meta, lead)  # a news item that opens with its lead has no title
    else:
        anchor = sub_idx if sub_idx is not None else src_idx
        if anchor is not None and len(typed_block) > 1 and typed_block[-1] + 1 == anchor:
            title_idx = typed_block  # a title over lines (``政府工作报`` / ``告``) above its subtitle
        elif anchor is not None:
            title_idx, kicker_idx = _headline_before(lines, roles, anchor)
            below = title_idx[-1] + 1 if title_idx else None
            if below is not None and below < anchor and roles[below] == "body" and (names := _author_names(lines[below])):
                mark(below, "byline")
                meta.authors.extend(n for n in names if n not in meta.authors)
        if not title_idx and first is not None and roles[first] == "body":
            nxt = next((i for i in range(first + 1, len(lines)) if roles[i] not in ("navigation", "boilerplate")), None)
            nxt_lead = read_lead(lines[nxt].text) if nxt is not None and roles[nxt] == "body" else None
            digest = _digest(lines, roles, first)
            if digest:
                news = True
                for i in digest:
                    mark(i, "heading")
            elif (_headline_like(lines[first])
                    and (lines[first].blank_after or nxt_lead or nxt is None or roles[nxt] != "body"
                         or _set_apart(lines, first, nxt))
                    and not enumerator(lines[first].flat) and not _BRACKETED.match(lines[first].flat)
                    and not (nxt is not None and roles[nxt] == "body" and lines[nxt].flat[:1] in _CONTINUES)):
                title_idx = [first]  # the first line after the page furniture
                if nxt_lead:
                    news = True
                    _lead(lines, meta, nxt_lead)
    if title_idx:
        meta.title = _join(lines, title_idx)
        for i in title_idx:
            mark(i, "title")
    if sub_idx is not None:
        sub = [sub_idx]  # a subtitle wrapped onto the next line (see lines._mark_wrapped_subtitles)
        while sub[-1] + 1 < len(roles) and roles[sub[-1] + 1] == "subtitle" and not lines[sub[-1]].blank_after:
            sub.append(sub[-1] + 1)
        if meeting and sub_idx == meeting.lines[0]:
            meta.subtitle = meeting.text
        else:
            m = marker(lines[sub_idx].text, "subtitle")
            meta.subtitle = (m["text"].replace(" ", "") if m else lines[sub_idx].flat) + _join(lines, sub[1:])
    if kicker_idx:
        meta.kicker = _join(lines, kicker_idx)
        mark(kicker_idx[0], "kicker")
    if meta.official:
        meta.doc_type = doc_type_of(meta.title)
    elif meeting is not None or (meta.subtitle and _OCCASION.match(meta.subtitle) and doc_type_of(meta.subtitle)):
        # a report or speech delivered at a meeting: the title's type, else the subtitle's, else 讲话
        meta.doc_type = (meta.title and doc_type_of(meta.title)) or doc_type_of(meta.subtitle or "") or "讲话"
    elif news:
        for text in (meta.subtitle, meta.kicker, meta.title):
            if text and (dt := doc_type_of(text, ("news",))):
                meta.doc_type = dt
                break
        else:  # the shape of a subtitle or byline (本报评论员, ——一论…), else a plain report
            marked = (genre(lines[i].text, r) for i, r in enumerate(roles[:_HEAD_LINES]) if r in ("subtitle", "byline"))
            meta.doc_type = next((g for g in marked if g), "报道")
    elif meta.title:
        meta.doc_type = doc_type_of(meta.title, ("official", "subtype", "news"))
    return title_idx


def _lead(lines, meta: Metadata, lead) -> None:
    meta.source = meta.source or lead.source
    meta.authors.extend(n for n in lead.authors if n not in meta.authors)


def _enactment(lines, roles, meta: Metadata, mark, first: int, most: int) -> None:
    """A regulation's promulgation and amendment lines under its title: issuer, date, order number
    (each where the signature, the title or the 版头 did not already say it)."""
    block = []
    for i in range(first, min(len(lines), first + most)):
        if (roles[i] in ("heading", "boilerplate") or enumerator(lines[i].flat)
                or most == _ENACT_UNDER_TITLE and (roles[i] == "recipients" or lines[i].ends_sentence)):
            break  # (a Markdown header runs to its first heading or its ``<!-- INFO END -->``)
        block.append(i)
    found = read_enactment([lines[i].text for i in block])
    if not found:
        return
    for k in found.lines:
        mark(block[k], "issued")
    meta.issuer = meta.issuer or found.issuer
    meta.date = meta.date or found.date
    meta.doc_number = meta.doc_number or found.doc_number


def _apply_fields(page, lines, roles, meta: Metadata, mark, title_idx) -> None:
    """The disclosure block's values are the document's own metadata; page fields fill the rest."""
    meta.index_no, meta.topics, meta.published = page.index_no, list(page.topics), page.published
    if page.title:
        meta.title = page.title
        meta.doc_type = doc_type_of(page.title) or meta.doc_type
    if page.disclosure and page.genre and not meta.doc_type:
        meta.doc_type = doc_type_of(page.genre)
    if page.issuer:
        meta.issuer = _expand_organ(page.issuer, [meta.issuer, _title_organ(meta.title)])
    if page.doc_number:
        meta.doc_number = page.doc_number
    if page.date:
        meta.date = page.date
    if page.source:
        meta.source = page.source
        if meta.official and not meta.issuer and all(organ_name(p) for p in page.source.split("、")):
            meta.issuer = page.source  # a portal page of an official document: its 来源 is the organ that issued it
    if page.author_line is not None:  # 作者：李明 — read by the one byline reader; a name alone on the next line as it stands
        names = byline_names(lines[page.author_line].text) or [n for n in split_names(page.authors) if is_name(n)]
        meta.authors.extend(n for n in names if n not in meta.authors)


_RE_NOT_ORGAN = regex.compile(r"[“”《》\"]|对$")


def _title_organ(title: Optional[str]) -> Optional[str]:
    """The organ a title opens with, before ``关于``, ``转发``, ``印发``, ``批转`` or the ``对`` of a reply
    (``民政部对“…”的答复``): an organ's name (several joined by ``、``), or a session (``…会议关于…的决议``);
    else, when no such name is found, whatever stands before ``关于``.

    >>> _title_organ("国务院办公厅转发国家地震局关于做好防震减灾工作意见的通知"), _title_organ("民政部对“关于…的建议”的答复")
    ('国务院办公厅', '民政部')
    >>> _title_organ("第十四届全国人民代表大会第一次会议关于政府工作报告的决议")
    '第十四届全国人民代表大会第一次会议'
    """
    if not title:
        return None
    for m in _TITLE_ORGAN.finditer(title):
        organ = m["organ"]
        if all(organ_name(part) for part in organ.split("、")) or organ.endswith("会议"):
            return organ
    if "关于" in title:
        organ = title.split("关于", 1)[0]
        if 2 <= len(organ) <= 40 and not _RE_NOT_ORGAN.search(organ):
            return organ
    return None


def _expand_organ(short: str, fuller: Sequence[Optional[str]]) -> str:
    """A block's short organ name (``市政府``, ``省政府办公厅``, ``县政府办``, ``省市场监管局``) in full
    when the signature or the title names it so (``丽水市人民政府``, ``某某县人民政府办公室``): the
    fuller name, 人民 aside, ends with the short one, or the short one is its abbreviation.

    >>> _expand_organ("市政府", ["丽水市人民政府", None]), _expand_organ("县政府办", [None, "某某县人民政府办公室"])
    ('丽水市人民政府', '某某县人民政府办公室')
    >>> _expand_organ("国务院办公厅", ["国家地震局", "国务院办公厅转发国家地震局"])
    '国务院办公厅'
    >>> _expand_organ("市政府", ["某某市人民政府办公室"]), _expand_organ("县委", ["某某县发展和改革委员会"])
    ('市政府', '县委')
    """
    bare = short.replace("人民", "")
    for name in fuller:
        if not (name and len(name) > len(short) and all(organ_name(part) for part in name.split("、"))):
            continue
        full = name.replace("人民", "")
        if full.endswith(bare) or _abbreviates(bare, full):
            return name
    return short


_ORGAN_TAIL = 3   # an abbreviation keeps a character of the organ word its full name ends with (局, 办公室, 委员会)


def _abbreviates(short: str, full: str) -> bool:
    """Is ``short`` an abbreviation of the tail of ``full``? Chinese organ names are shortened by
    keeping some of their characters in order (县政府办 of …县政府办公室, 省市场监管局 of …省市场监督管理局,
    县发改委 of …县发展和改革委员会); the last one kept belongs to the organ word the full name ends
    with. Short names of two characters (县委, 市府) are too loose to match this way."""
    if len(short) < 3 or len(short) >= len(full):
        return False
    pos = len(full)
    for ch in reversed(short):   # matched from the end: the shortest tail of ``full`` that holds ``short``
        pos = full.rfind(ch, 0, pos)
        if pos < 0:
            return False
    last = full.rfind(short[-1])
    return last >= len(full) - _ORGAN_TAIL


_NUMBER_AFTER_TITLE = 2   # the 发文字号 under a title sits within this many lines of the document …
_PAGE_LINES = {"dateline", "navigation", "docmark", "boilerplate"}   # … not counting a page's date, toolbar or field lines


def _doc_number(lines, roles, meta: Metadata, title_idx: list[int]) -> None:
    if meta.doc_number:
        return
    stop = _HEAD_LINES
    if title_idx:
        stop, seen = title_idx[-1] + 1, 0
        while stop < len(lines) and seen < _NUMBER_AFTER_TITLE:
            seen += roles[stop] not in _PAGE_LINES
            stop += 1
    for i in range(min(stop, len(lines))):
        found = next(find_doc_numbers(lines[i].flat), None) if roles[i] == "doc_number" else None
        if found:  # (a line of further 签发人 names has none)
            meta.doc_number = found[2]["number"]
            return


_RE_LIST_MARK = regex.compile(r"[，,；;]")


def _recipients(lines, roles, meta: Metadata, title_idx: list[int], mark) -> None:
    """The 主送机关 line: after the title (and its date), ending in ``：``, before the body."""
    j = title_idx[-1] + 1 if title_idx else 0
    while j < len(lines) and roles[j] in ("dateline", "doc_number", "subtitle"):
        j += 1
    block: list[int] = []
    while j < len(lines) and roles[j] == "body" and len(block) < 3 and "。" not in lines[j].flat:
        block.append(j)
        if lines[j].flat.endswith(("：", ":")):
            flat = _join(lines, block)
            if len(flat) <= 200:
                meta.recipients = [p for p in _RE_LIST_MARK.split(flat[:-1]) if p]
                for i in block:
                    mark(i, "recipients")
            return
        j += 1


_RE_COLON = regex.compile(r"[：:]")


def _issuer(lines, roles, meta: Metadata, title_idx: list[int], mark) -> None:
    """发文机关署名 above the 成文日期 at the foot (that date is the document's); else the organ
    before 关于 in the title; else the 版头."""
    if meta.issuer:
        return
    after_title = title_idx[-1] + 1 if title_idx else 0
    last_date = None
    for i in range(len(lines) - 1, after_title, -1):
        if roles[i] == "dateline" and not marker(lines[i].text, "dateline"):
            last_date = i
            break
        if roles[i] in ("body",) and lines[i].ends_sentence:
            break
    if last_date is not None:
        sig: list[int] = []
        k = last_date - 1
        while (k > after_title and roles[k] == "body" and lines[k].titleish and len(sig) < 4
               and not _RE_COLON.search(lines[k].flat) and not _ATTACHMENT.search(lines[k].flat)):
            sig.insert(0, k)
            k -= 1
        if sig and (k < 0 or roles[k] != "body" or lines[k].ends_sentence or lines[k].blank_after):
            meta.issuer = _organs(lines, sig)
            meta.date = meta.date or iso_date(lines[last_date].text)
            for i in sig:
                mark(i, "signature")
            return
    organ = _title_organ(meta.title)
    if organ:
        meta.issuer = organ
        return
    head = [i for i, r in enumerate(roles[:_HEAD_LINES]) if r == "masthead"]
    if head:
        meta.issuer = _organs(lines, head, strip="文件") or None
        return
    for i, r in enumerate(roles[:_HEAD_LINES]):  # a 纪要: the 编印单位 beside its date under the 期号
        m = marker(lines[i].text, "dateline") if r == "dateline" else None
        organ = m.groupdict().get("organ") if m else None
        if organ and organ_name(organ):
            meta.issuer = organ
            return


_RE_SPACE = regex.compile(r"\s")
_RE_WIDE_GAP = regex.compile(r"\s{2,}|\u3000")


def _organs(lines: Sequence[Line], idx: Sequence[int], strip: str = "") -> str:
    """The organ name(s) on signature or 版头 lines. Organs set side by side on one line (a
    joint signature, ``中共安平县委　　安平县人民政府``) or stacked in a 版头 are joined with
    ``、``; a signature name wrapped over two lines is rejoined.

    >>> from govtext.structure.lines import split_lines
    >>> _organs(split_lines("中共安平县委　　　安平县人民政府\\n"), [0])
    '中共安平县委、安平县人民政府'
    >>> _organs(split_lines("某 某 市 人 民 政 府\\n"), [0])  # spaced out to width: one organ
    '某某市人民政府'
    >>> _organs(split_lines("中共安平县委\\n安平县人民政府　文件\\n"), [0, 1], strip="文件")
    '中共安平县委、安平县人民政府'
    >>> _organs(split_lines("某市财政局\\n某市公安局\\n"), [0, 1])  # stacked organs: two issuers
    '某市财政局、某市公安局'
    >>> _organs(split_lines("某县某镇某村\\n地质险情调查专家组\\n"), [0, 1])  # one name wrapped
    '某县某镇某村地质险情调查专家组'
    """
    names: list[str] = []
    for n, i in enumerate(idx):
        parts = [_RE_SPACE.sub("", p) for p in _RE_WIDE_GAP.split(lines[i].text)]
        parts = [p[: -len(strip)] if strip and p.endswith(strip) else p for p in parts]
        parts = [p for p in parts if p]
        if len(parts) > 1 and all(organ_name(p) for p in parts):
            names.extend(parts)
        elif names and not strip and not (organ_name(names[-1]) and organ_name("".join(parts))):
            names[-1] += "".join(parts)
        elif parts:
            names.append("".join(parts))
    return "、".join(names)


def _bylines(lines, roles, meta: Metadata, src_idx: Optional[int]) -> None:
    for i, r in enumerate(roles):
        if r == "byline":  # (a byline without a name, 本报评论员, names no author)
            meta.authors.extend(n for n in byline_names(lines[i].text) or [] if n not in meta.authors)
    # a bare timestamp line is a dateline without a source: look on to one that names it
    order = ([src_idx] if src_idx is not None else []) + list(range(min(len(roles), _HEAD_LINES)))
    order += [i for i in range(len(roles) - 1, _HEAD_LINES - 1, -1)]  # 来源 footers of web pages
    for i in order:
        m = marker(lines[i].text, "dateline") if roles[i] == "dateline" else None
        if m and m.groupdict().get("source"):
            meta.source = m["source"]
            break
