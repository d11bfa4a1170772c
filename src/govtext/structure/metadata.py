"""Document metadata from the layout: title, subtitle, kicker, doc_type, issuer, doc_number,
recipients, authors, source.

Two layouts are read. An official document (GB/T 9704-2012) opens with an optional 版头
(``…文件``) and 发文字号, then the 标题 (``[发文机关]关于…的通知``, maybe over several lines), the
主送机关 line ending in ``：``, the body, the 发文机关署名 and the 成文日期. A news item has a
headline, maybe a kicker (引题) above it, a ``——…`` subtitle, a byline, a ``来源`` dateline.
The headline is found next to its subtitle or dateline wherever PDF order put it.

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

from govtext.structure.lines import Line, genre, marker
from govtext.structure.sections import enumerator
from govtext.text.organs import organ_name
from govtext.values.doc_numbers import find_doc_numbers
from govtext.values.doc_types import doc_type_of

__all__ = ["Metadata", "read_metadata", "split_names"]

_HEAD_LINES = 15          # the 版头, 发文字号 and 标题 sit within the first lines
_TITLE_MAX_LINES = 4
_TITLE_MAX_CHARS = 90
_OCCASION = regex.compile(r"^在.{2,60}(?:上|时|之际)的")  # 在…会议上的讲话, 在…仪式上的致辞
_SKIP_HEAD = {"boilerplate", "navigation", "docmark", "masthead", "doc_number", "copied"}
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
    official: bool = False
    roles: dict[int, str] = field(default_factory=dict)


def split_names(names: str) -> list[str]:
    """Byline names: split on spaces, rejoining characters spaced out to column width.

    >>> split_names("白 雪")
    ['白雪']
    >>> split_names("许玉芬 毛一波")
    ['许玉芬', '毛一波']
    >>> split_names("李 明达")  # a spaced-out surname before a two-character given name
    ['李明达']
    """
    tokens = [t for t in regex.split(r"[\s、，,]+", names.strip()) if t]
    out: list[str] = []
    buf = ""
    for tok in tokens:
        if len(tok) == 1:
            buf += tok
            continue
        if len(buf) == 1 and len(tok) == 2:
            out.append(buf + tok)
            buf = ""
            continue
        if buf:
            out.append(buf)
            buf = ""
        out.append(tok)
    if buf:
        out.append(buf)
    return out


def _join(lines: Sequence[Line], idx: Sequence[int]) -> str:
    return "".join(lines[i].flat for i in idx)


def _official_title(lines: Sequence[Line], roles: Sequence[str]) -> list[int]:
    """Indexes of the 标题 block at the head of an official document, or ``[]``."""
    i = 0
    while i < min(len(lines), _HEAD_LINES) and roles[i] in _SKIP_HEAD:
        i += 1
    if i >= len(lines) or roles[i] != "body" or not lines[i].titleish:
        return []
    block: list[int] = []
    j = i
    while j < len(lines) and len(block) < _TITLE_MAX_LINES and roles[j] == "body" and lines[j].titleish:
        block.append(j)
        if doc_type_of(_join(lines, block)):
            break
        j += 1
    joined = _join(lines, block)
    if block and len(joined) <= _TITLE_MAX_CHARS and doc_type_of(joined) and "——" not in joined[:2]:
        return block
    return []


def _news_dateline(text: str) -> bool:
    """A dateline of a news page (not the 编印单位 and date of a 纪要)."""
    m = marker(text, "dateline")
    return bool(m) and not m.groupdict().get("organ")


def _headline_before(lines: Sequence[Line], roles: Sequence[str], k: int) -> tuple[list[int], list[int]]:
    """(headline, kicker) line indexes ending just above line ``k``."""
    j = k - 1
    while j >= 0 and roles[j] in ("byline",):
        j -= 1
    if j < 0 or roles[j] != "body" or not lines[j].titleish:
        return [], []
    headline = [j]
    kicker: list[int] = []
    p = j - 1
    if p >= 0 and roles[p] == "body" and lines[p].titleish and (p == 0 or lines[p].blank_before or roles[p - 1] != "body"):
        kicker = [p]
    return headline, kicker


def read_metadata(lines: Sequence[Line], roles: Sequence[str]) -> Metadata:
    """Read :class:`Metadata` from classified lines (see :func:`~govtext.structure.lines.intrinsic_roles`)."""
    meta = Metadata()
    title_idx = _official_title(lines, roles)
    sub_idx = next((i for i, r in enumerate(roles) if r == "subtitle"), None)
    src_idx = next((i for i, r in enumerate(roles[:40]) if r == "dateline" and _news_dateline(lines[i].text)), None)
    kicker_idx: list[int] = []
    after = title_idx[-1] + 1 if title_idx else None
    if title_idx and after < len(roles) and roles[after] in _NEWS_NEXT:
        title_idx = []  # a headline that happens to end in 方案/报告: the news layout decides
    news = sub_idx is not None or src_idx is not None or "byline" in roles
    if title_idx:
        title = _join(lines, title_idx)
        head_marks = any(r in ("masthead", "doc_number") for r in roles[:_HEAD_LINES])
        dated = after < len(roles) and roles[after] == "dateline"
        meta.official = "关于" in title or head_marks or dated or not news
    else:
        anchor = sub_idx if sub_idx is not None else src_idx
        if anchor is not None:
            title_idx, kicker_idx = _headline_before(lines, roles, anchor)
        if not title_idx:
            # the first line after the page furniture; a dateline or byline may stand above the headline
            first = next((i for i, r in enumerate(roles) if r not in _SKIP_HEAD | {"dateline", "byline"}), None)
            if (first is not None and roles[first] == "body" and lines[first].titleish and lines[first].blank_after
                    and not enumerator(lines[first].flat)):
                title_idx = [first]
    if title_idx:
        meta.title = _join(lines, title_idx)
        for i in title_idx:
            meta.roles[i] = "title"
    if sub_idx is not None:
        sub = [sub_idx]  # a subtitle wrapped onto the next line (see lines._mark_wrapped_subtitles)
        while sub[-1] + 1 < len(roles) and roles[sub[-1] + 1] == "subtitle" and not lines[sub[-1]].blank_after:
            sub.append(sub[-1] + 1)
        meta.subtitle = marker(lines[sub_idx].text, "subtitle")["text"].replace(" ", "") + _join(lines, sub[1:])
    if kicker_idx:
        meta.kicker = _join(lines, kicker_idx)
        meta.roles[kicker_idx[0]] = "kicker"
    if meta.official:
        meta.doc_type = doc_type_of(meta.title)
    elif news and meta.subtitle and _OCCASION.match(meta.subtitle) and doc_type_of(meta.subtitle):
        meta.doc_type = doc_type_of(meta.subtitle)  # ——在全市…大会上的讲话: a speech under a headline
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
    _doc_number(lines, roles, meta, title_idx)
    if meta.official:
        _recipients(lines, roles, meta, title_idx)
        _issuer(lines, roles, meta, title_idx)
    _bylines(lines, roles, meta, src_idx)
    return meta


def _doc_number(lines, roles, meta: Metadata, title_idx: list[int]) -> None:
    stop = (title_idx[-1] + 3) if title_idx else _HEAD_LINES
    for i in range(min(stop, len(lines))):
        found = next(find_doc_numbers(lines[i].flat), None) if roles[i] == "doc_number" else None
        if found:  # (a line of further 签发人 names has none)
            meta.doc_number = found[2]["number"]
            return


def _recipients(lines, roles, meta: Metadata, title_idx: list[int]) -> None:
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
                meta.recipients = [p for p in regex.split(r"[，,；;]", flat[:-1]) if p]
                for i in block:
                    meta.roles[i] = "recipients"
            return
        j += 1


def _issuer(lines, roles, meta: Metadata, title_idx: list[int]) -> None:
    """发文机关署名 above the 成文日期 at the foot; else the organ before 关于 in the title; else the 版头."""
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
               and not regex.search(r"[：:]|^附\s*件", lines[k].flat)):
            sig.insert(0, k)
            k -= 1
        if sig and (k < 0 or roles[k] != "body" or lines[k].ends_sentence or lines[k].blank_after):
            meta.issuer = _organs(lines, sig)
            for i in sig:
                meta.roles[i] = "signature"
            return
    if meta.title and "关于" in meta.title:
        organ = meta.title.split("关于", 1)[0]
        if 2 <= len(organ) <= 40:
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
    """
    names: list[str] = []
    for n, i in enumerate(idx):
        parts = [regex.sub(r"\s", "", p) for p in regex.split(r"\s{2,}|\u3000", lines[i].text)]
        parts = [p[: -len(strip)] if strip and p.endswith(strip) else p for p in parts]
        parts = [p for p in parts if p]
        if len(parts) > 1 and all(organ_name(p) for p in parts):
            names.extend(parts)
        elif names and not strip:
            names[-1] += "".join(parts)
        elif parts:
            names.append("".join(parts))
    return "、".join(names)


def _bylines(lines, roles, meta: Metadata, src_idx: Optional[int]) -> None:
    for i, r in enumerate(roles):
        if r == "byline":
            m = marker(lines[i].text, "byline")
            if not m or not m.groupdict().get("names"):
                continue  # a byline without a name: 本报评论员
            meta.authors.extend(n for n in split_names(m["names"]) if n not in meta.authors)
    # a bare timestamp line is a dateline without a source: look on to one that names it
    order = ([src_idx] if src_idx is not None else []) + list(range(min(len(roles), _HEAD_LINES)))
    order += [i for i in range(len(roles) - 1, _HEAD_LINES - 1, -1)]  # 来源 footers of web pages
    for i in order:
        m = marker(lines[i].text, "dateline") if roles[i] == "dateline" else None
        if m and m.groupdict().get("source"):
            meta.source = m["source"]
            break
