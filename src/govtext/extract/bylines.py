"""Bylines and photo credits: persons named by the page layout, one raw line at a time.

A byline is a short line of its own: a bullet and the author (``●白 雪`` → 作者 白雪), or an
organization ending in a marker and the reporters (``海曙记者站 许玉芬 毛一波`` → two 记者 with
org 海曙记者站). A photo credit ends a caption line (``… 王维俊摄`` → 摄影 王维俊). Markers and
titles come from ``lexicons/bylines.tsv``; each name must pass :func:`~govtext.extract.names.is_name`.
Lines are read in the raw input (spaces there separate names), so spans are raw offsets.

>>> raw = "海曙记者站 许玉芬 毛一波\\n"
>>> [(raw[s:e], name, title, org) for s, e, name, title, org in byline_persons(raw)]
[('海曙记者站 许玉芬', '许玉芬', '记者', '海曙记者站'), ('毛一波', '毛一波', '记者', '海曙记者站')]
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator, Optional

import regex

from govtext.extract.names import is_name
from govtext.lexicons import load_rows
from govtext.text.normalize import simplified_lines

__all__ = ["byline_persons"]

Found = tuple[int, int, str, Optional[str], Optional[str]]  # raw start, end, name, title, org

_SP = r"[ \t\u3000\u00a0]"
_FIELDS_MAX = 100  # a line of label fields (时间 来源 作者 浏览次数) is short, not running text
_NAMES = rf"\p{{Han}}(?:{_SP}?\p{{Han}}){{1,3}}(?:(?:{_SP}+|{_SP}*、{_SP}*)\p{{Han}}(?:{_SP}?\p{{Han}}){{1,3}}){{0,5}}"
_RE_SP = regex.compile(_SP)
_RE_NAMES = regex.compile(_NAMES)
_RE_HAN_RUN = regex.compile(r"\p{Han}+")
_RE_WORD_START = regex.compile(r"(?:^|(?<=[\s\p{P}]))\p{Han}")


@lru_cache(maxsize=1)
def _markers() -> dict[str, dict[str, str]]:
    rows = {row["place"]: {} for row in load_rows("bylines.tsv")}
    for row in load_rows("bylines.tsv"):
        rows[row["place"]][row["marker"]] = row
    return rows


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Every marker of ``bylines.tsv``: 通讯员 reads like a name (通 is a surname) but is a role."""
    return frozenset(w for place in _markers().values() for w in place)


def _alt(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple["regex.Pattern", "regex.Pattern", "regex.Pattern"]:
    m = _markers()
    bullet = regex.compile(rf"^{_SP}*(?P<mark>{_alt(m['bullet'])}){_SP}*(?P<names>{_NAMES}){_SP}*$")
    org = regex.compile(rf"^{_SP}*(?P<org>\p{{Han}}{{0,12}}?(?P<mark>{_alt(m['org'])})){_SP}+(?P<names>{_NAMES}){_SP}*$")
    # possessive runs (*+): a long run of spaces after the mark is read once, not once per split
    credit = regex.compile(rf"(?<=\p{{Han}}{_SP}*)(?P<mark>{_alt(m['credit'])}){_SP}*+[）)]?{_SP}*+$")
    return bullet, org, credit


@lru_cache(maxsize=1)
def _paren_pattern() -> "regex.Pattern":
    """``（记者 张明远 李思琪）`` after a news dateline: a role word and names in brackets (spaces or
    ``、`` between them, also glued to the role: ``（记者张三、李四）``), with an optional place of
    reporting (``（记者 黄嘉欣 杭州报道）``)."""
    return regex.compile(
        rf"[（(]{_SP}*(?P<org>\p{{Han}}{{0,12}}?(?P<mark>{_alt(_markers()['org'])})){_SP}*(?P<names>{_NAMES}?)"
        rf"(?:{_SP}+\p{{Han}}{{2,4}}报道)?{_SP}*[）)]"
    )


@lru_cache(maxsize=1)
def _label_pattern() -> "regex.Pattern":
    """``作者：姚学文``: a label word, a colon or slash, the names; a footer of its own, or one
    field of a line whose fields are set apart by wide spaces (``时间：2016.10.28　　作者：胡丽萍
    浏览次数：326``, ``江林政〔2016〕12号　　签发人：张建国``)."""
    return regex.compile(
        rf"(?:^|(?<={_SP}{{2}}|\u3000)){_SP}*(?P<mark>{_alt(_markers()['label'])}){_SP}*[:：/／]{_SP}*"
        rf"(?P<names>{_NAMES}){_SP}*(?=$|{_SP}{{2}}|\u3000)"
    )


def _split_names(text: str, base: int) -> Optional[list[tuple[int, int, str]]]:
    """``(start, end, name)`` of each name in a run like ``许玉芬 毛一波`` or ``白 雪``; None if any fails."""
    whole = _RE_SP.sub("", text)
    if is_name(whole) and whole not in _role_words() and "、" not in text:
        return [(base, base + len(text), whole)]
    parts = [(m.start(), m.end(), m.group()) for m in _RE_HAN_RUN.finditer(text)]
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(parts):
        s, e, word = parts[i]
        if len(word) == 1 and i + 1 < len(parts) and text[e:parts[i + 1][0]].strip() == "":
            s2, e2, w2 = parts[i + 1]
            word, e, i = word + w2, e2, i + 1
        if not is_name(word) or word in _role_words():
            return None
        out.append((base + s, base + e, word))
        i += 1
    return out or None


def _trailing_names(before: str, base: int) -> Optional[list[tuple[int, int, str]]]:
    """The names that end ``before`` (a credit's text up to 摄), starting after a space or mark;
    a role word before them (``通讯员 王五 摄``, ``本报记者阮洋摄``) is no name."""
    end = len(before.rstrip())
    starts = [m.start() for m in _RE_WORD_START.finditer(before[:end])]
    role = _role_pattern().match(before, starts[-1]) if starts else None  # 本报记者阮洋: the name after the role
    if role and role.end() < end and not before[role.end()].isspace():
        starts.append(role.end())
    for start in starts:
        if end - start <= 24 and _RE_NAMES.fullmatch(before[start:end]):
            names = _split_names(before[start:end], base + start)
            if names:
                return names
    return None


def byline_persons(raw: str) -> Iterator[Found]:
    """Persons named by bylines and photo credits in ``raw``, with raw offsets."""
    bullet, org_re, credit = _patterns()
    label = _label_pattern()
    markers = _markers()
    deictic = set(markers.get("deictic", {}))
    for base, _raw_body, body in simplified_lines(raw):  # matched in simplified script
        if not body.strip():
            continue
        short = len(body.strip()) <= 40  # a byline is a short line of its own
        if m := credit.search(body):
            title = markers["credit"][m["mark"]]["title"]
            names = _trailing_names(body[:m.start("mark")], base)
            if names:
                for s, e, name in names[:-1]:
                    yield s, e, name, title, None
                s, e, name = names[-1]
                yield s, base + m.end("mark"), name, title, None
            continue
        if short and (m := bullet.match(body)):
            title = markers["bullet"][m["mark"]]["title"]
            names = _split_names(m["names"], base + m.start("names"))
            if names:
                s, e, name = names[0]
                yield base + m.start("mark"), e, name, title, None
                for s, e, name in names[1:]:
                    yield s, e, name, title, None
            continue
        if len(body.strip()) <= _FIELDS_MAX and (m := label.search(body)):
            for s, e, name in _split_names(m["names"], base + m.start("names")) or []:
                yield base + m.start("mark") if s == base + m.start("names") else s, e, name, \
                    markers["label"][m["mark"]]["title"], None
            continue
        if m := _paren_pattern().search(body):
            yield from _org_byline(body, base, m, markers, deictic)
            continue
        if short and (m := org_re.match(body)):
            yield from _org_byline(body, base, m, markers, deictic)
            continue


def _org_byline(body: str, base: int, m: "regex.Match", markers, deictic) -> Iterator[Found]:
    """The persons of an organization byline match (a line of its own or a bracketed one)."""
    for org_start, org_word, mark, names_start, names_text in _role_groups(body, m):
        row = markers["org"][mark]
        org = org_word if row["keep"] == "yes" else org_word[: -len(mark)]
        org = None if not org or org in deictic else org
        names = _split_names(names_text, base + names_start)
        if names:
            s, e, name = names[0]
            yield base + org_start if org else s, e, name, row["title"], org
            for s, e, name in names[1:]:
                yield s, e, name, row["title"], org


@lru_cache(maxsize=1)
def _role_pattern() -> "regex.Pattern":
    return regex.compile(rf"\p{{Han}}{{0,12}}?(?P<mark>{_alt(_markers()['org'])})")


def _role_groups(body: str, m: "regex.Match") -> list[tuple[int, str, str, int, str]]:
    """A byline cut at each later role word: ``本报记者 郑小红 通讯员 杨 帆`` gives two groups,
    each ``(org start, org word, marker, names start, names text)``."""
    role = _role_pattern()
    heads = [(m.start("org"), m["org"], m["mark"], m.start("names"))]
    for tok in _RE_HAN_RUN.finditer(body[m.start("names"):]):
        t = role.fullmatch(tok.group())
        if t and tok.start() > 0:
            at = m.start("names") + tok.start()
            heads.append((at, tok.group(), t["mark"], at + len(tok.group())))
    out = []
    for k, (org_start, org_word, mark, names_start) in enumerate(heads):
        names_end = heads[k + 1][0] if k + 1 < len(heads) else m.end("names")
        text = body[names_start:names_end]
        lead = len(text) - len(text.lstrip(" \t\u3000\u00a0"))
        out.append((org_start, org_word, mark, names_start + lead, text.strip(" \t\u3000\u00a0")))
    return out
