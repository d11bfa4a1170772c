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

import re
from functools import lru_cache
from typing import Iterator, Optional, Sequence

import regex

from govtext.extract.names import is_name
from govtext.lexicons import load_rows
from govtext.text.normalize import simplified_lines
from govtext.text import fastre
from govtext.text.patterns import trie

__all__ = ["byline_persons", "split_names", "NAMES"]

Found = tuple[int, int, str, Optional[str], Optional[str]]  # raw start, end, name, title, org

_SP = r"[ \t\u3000\u00a0]"
_FIELDS_MAX = 100  # a line of label fields (时间 来源 作者 浏览次数) is short, not running text
# a name may be spread by spaces as portals print it (张  三, 王 志 刚): up to three between characters
_NAMES = rf"\p{{Han}}(?:{_SP}{{0,3}}\p{{Han}}){{1,3}}(?:(?:{_SP}+|{_SP}*、{_SP}*)\p{{Han}}(?:{_SP}{{0,3}}\p{{Han}}){{1,3}}){{0,5}}"
_RE_SP = regex.compile(_SP)
_RE_NAMES = regex.compile(_NAMES)
NAMES = _NAMES  # the pattern of a run of names, for the roster lines of govtext.extract.persons
_RE_HAN_RUN = regex.compile(r"\p{Han}+")
_RE_WORD_START = regex.compile(r"(?:^|(?<=[\s\p{P}]))\p{Han}")
# what closes the names of a byline: 记者 王明 李华 报道, 本报记者 王明 文/图, （记者 王明 整理）
_REPORTED = r"(?:摄影报道|报道|整理|文[/／]图|图[/／]文)"
_SLASHES = "/／"
# the closing word as the names run took it in (记者 王明 李华 赵刚 报道: the spaced 赵刚 报道 reads as one
# name of four characters, so the optional closing group after the names is left empty)
_RE_REPORTED_END = regex.compile(rf"{_SP}+{_REPORTED}$")


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
    # a bullet (■本报记者 王明) or a news dateline (新华社北京3月5日电 记者王明 李华) may open the line
    org = fastre.compile(rf"^{_SP}*(?:(?:{_alt(m['bullet'])}){_SP}*)?(?:[^\s（(：:]{{2,20}}?(?:电|讯){_SP}*)?"
                        rf"(?P<org>\p{{Han}}{{0,12}}?(?P<mark>{_alt(m['org'])})){_SP}*(?P<names>{_NAMES}?)"
                        rf"(?:{_SP}*{_REPORTED})?{_SP}*$")
    # possessive runs (*+): a long run of spaces after the mark is read once, not once per split;
    # a slash may stand between the name and the mark (张三/摄)
    credit = regex.compile(rf"(?<=\p{{Han}}{_SP}*(?:[/／]{_SP}*)?)(?P<mark>{_alt(m['credit'])}){_SP}*+[）)]?{_SP}*+$")
    return bullet, org, credit


@lru_cache(maxsize=1)
def _org_mark_pattern() -> "re.Pattern":
    """Any reporters' role word (an ``org`` marker): the organization byline, the bracketed one and
    the reporters closing a lead all hold one, so a line without one is not tried against them."""
    return fastre.compile(trie(list(_markers()["org"])))


_RE_LABEL_MARK = re.compile("[:：/／|｜]")  # a label field holds one of these after its label word


@lru_cache(maxsize=1)
def _paren_pattern() -> "regex.Pattern":
    """``（记者 张明远 李思琪）`` after a news dateline: a role word and names in brackets (spaces or
    ``、`` between them, also glued to the role: ``（记者张三、李四）``), with an optional place of
    reporting (``（记者 黄嘉欣 杭州报道）``)."""
    return fastre.compile(
        rf"[（(]{_SP}*(?P<org>\p{{Han}}{{0,12}}?(?P<mark>{_alt(_markers()['org'])})){_SP}*(?P<names>{_NAMES}?)"
        rf"(?:{_SP}+\p{{Han}}{{2,4}}报道|{_SP}*{_REPORTED})?{_SP}*[）)]"
    )


@lru_cache(maxsize=1)
def _label_titles() -> dict[str, str]:
    """Label word → title: the ``label`` rows (作者, 文, 图, 签发人), and the reporters' role words
    and credit words of the ``org`` and ``credit`` rows written as a label (``通讯员：章熊``,
    ``记者：王明``, ``摄影：李华``)."""
    m = _markers()
    return {w: row["title"] for place in ("credit", "org", "label") for w, row in m[place].items()}


@lru_cache(maxsize=1)
def _label_pattern() -> "regex.Pattern":
    """``作者：姚学文``: a label word, a colon or slash, the names; a footer of its own, or one
    field of a line whose fields are set apart by wide spaces (``时间：2016.10.28　　作者：胡丽萍
    浏览次数：326``, ``江林政〔2016〕12号　　签发人：张建国``), by one space before another label
    (``文/张三 图/李四``), or set in brackets (``（记者：王明）``)."""
    words = _alt(_label_titles())
    field_end = rf"$|{_SP}{{2}}|\u3000|{_SP}*[）)]|{_SP}+(?:{words}){_SP}*[:：/／|｜]"
    return fastre.compile(
        rf"(?:^|(?<={_SP}|[（(])){_SP}*(?P<mark>{words})"
        rf"{_SP}*[:：/／|｜]{_SP}*(?P<names>{_NAMES}?){_SP}*(?={field_end})"
    )


@lru_cache(maxsize=1)
def _tail_pattern() -> "regex.Pattern":
    """Reporters closing the line of a news lead or caption after its last sentence
    (``任振鹤作政府工作报告。新甘肃·甘肃日报记者 盛学卿``, ``…召开。本报记者 张三 李四``)."""
    return fastre.compile(
        rf"(?<=[。！？”）)·]){_SP}*(?P<org>\p{{Han}}{{0,12}}?(?P<mark>{_alt(_markers()['org'])})){_SP}*"
        rf"(?P<names>{_NAMES}?)(?:{_SP}*{_REPORTED})?{_SP}*$"
    )


_TAIL_OPENERS = "。！？”）)·"  # the lookbehind of _tail_pattern: none of them is in what it matches


def _tail_search(body: str) -> Optional["regex.Match"]:
    """``_tail_pattern().search(body)``: nothing the pattern matches after its lookbehind (spaces,
    Han characters, 、 and the slash of 文/图) is one of the sentence marks the lookbehind wants,
    and the match runs to the end of the line, so it can only start right after the last mark."""
    last = max(map(body.rfind, _TAIL_OPENERS))
    return _tail_pattern().match(body, last + 1) if last >= 0 else None


def _split_names(text: str, base: int) -> Optional[list[tuple[int, int, str]]]:
    """``(start, end, name)`` of each name in a run like ``许玉芬 毛一波``, ``白 雪`` or
    ``王  志  刚 李  四``; None if the run cannot be read as names only. Characters set apart by
    spaces alone join into one name (a 、 always separates names); the first reading in which
    every piece is a name wins, shorter names first (``张 三 李 四`` → 张三, 李四)."""
    whole = _RE_SP.sub("", text)
    if is_name(whole) and whole not in _role_words() and "、" not in text:
        return [(base, base + len(text), whole)]
    parts = [(m.start(), m.end(), m.group()) for m in _RE_HAN_RUN.finditer(text)]

    def joined(i: int, j: int) -> bool:  # parts i..j separated by spaces only
        return all(text[parts[k][1]:parts[k + 1][0]].strip() == "" for k in range(i, j))

    def solve(i: int) -> Optional[list[tuple[int, int, str]]]:
        if i == len(parts):
            return []
        for j in range(i, min(i + 3, len(parts))):
            word = "".join(p[2] for p in parts[i:j + 1])
            if len(word) > 4 or not joined(i, j) or (j > i and len(parts[j - 1][2]) > 1 and len(parts[i][2]) > 1):
                break
            if is_name(word) and word not in _role_words():
                rest = solve(j + 1)
                if rest is not None:
                    return [(base + parts[i][0], base + parts[j][1], word), *rest]
        return None

    return solve(0) or None


split_names = _split_names


def _trailing_names(before: str, base: int) -> Optional[list[tuple[int, int, str]]]:
    """The names that end ``before`` (a credit's text up to 摄), starting after a space or mark;
    a role word before them (``通讯员 王五 摄``, ``本报记者阮洋摄``) is no name."""
    end = len(before.rstrip().rstrip(_SLASHES).rstrip())
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


_CREDIT_TAIL = " \t\u3000\u00a0\n"  # _SP and the newline the credit pattern's $ may stand before


def _may_end_credit(body: str, marks: tuple[str, ...]) -> bool:
    """Can the credit pattern match ``body``? Its match ends the line: a credit word, then only spaces
    and one closing bracket. A test of the line's end, instead of a search at each position."""
    tail = body.rstrip(_CREDIT_TAIL)
    if tail.endswith(("）", ")")):
        tail = tail[:-1].rstrip(_CREDIT_TAIL)
    return tail.endswith(marks)


def byline_persons(raw: str, lines: Optional[Sequence[tuple[int, str, str]]] = None) -> Iterator[Found]:
    """Persons named by bylines and photo credits in ``raw``, with raw offsets. ``lines`` are
    ``simplified_lines(raw)`` when the caller holds them already (a line converted with the
    others of its document)."""
    bullet, org_re, credit = _patterns()
    label = _label_pattern()
    markers = _markers()
    deictic = set(markers.get("deictic", {}))
    credit_marks = tuple(markers["credit"])
    org_mark = _org_mark_pattern()
    for base, _raw_body, body in simplified_lines(raw) if lines is None else lines:  # matched in simplified script
        if not body.strip():
            continue
        short = len(body.strip()) <= 40  # a byline is a short line of its own
        has_org = None  # does the line hold a reporters' role word (else no organization pattern can match)?
        if _may_end_credit(body, credit_marks) and (m := credit.search(body)):
            title = markers["credit"][m["mark"]]["title"]
            names = _trailing_names(body[:m.start("mark")], base)
            if names:
                for s, e, name in names[:-1]:
                    yield s, e, name, title, None
                s, e, name = names[-1]
                yield s, base + m.end("mark"), name, title, None
            continue
        if short and (has_org := org_mark.search(body) is not None) and (m := org_re.match(body)):
            yield from _org_byline(body, base, m, markers, deictic)
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
        if len(body.strip()) <= _FIELDS_MAX and _RE_LABEL_MARK.search(body) and (fields := list(label.finditer(body))):
            for m in fields:
                names_start, names_text, title, org = _label_role(m, markers, deictic)
                for k, (s, e, name) in enumerate(_split_names(names_text, base + names_start) or []):
                    opening = m.start("mark") if names_start == m.start("names") else m.start("names")
                    yield base + opening if k == 0 else s, e, name, title, org  # 文/记者 王芳: the span from 记者
            continue
        if has_org is None:
            has_org = org_mark.search(body) is not None
        if not has_org:
            continue
        if m := _paren_pattern().search(body):
            yield from _org_byline(body, base, m, markers, deictic)
            continue
        if m := _tail_search(body):
            yield from _org_byline(body, base, m, markers, deictic)
            continue


def _label_role(m: "regex.Match", markers, deictic) -> tuple[int, str, str, Optional[str]]:
    """``(names start, names text, title, org)`` of a label field: a reporters' role word written
    after the label (``文/记者 王芳``, ``文/本报记者 王芳``) is the title of the names after it, not a name."""
    names = m["names"]
    role = _role_pattern().match(names)
    if not role or not _RE_SP.match(names, role.end()):
        return m.start("names"), names, _label_titles()[m["mark"]], None
    row = markers["org"][role["mark"]]
    org = role.group() if row["keep"] == "yes" else role.group()[: -len(role["mark"])]
    rest = names[role.end():]
    lead = len(rest) - len(rest.lstrip(" \t\u3000\u00a0"))
    return m.start("names") + role.end() + lead, rest[lead:], row["title"], None if not org or org in deictic else org


def _org_byline(body: str, base: int, m: "regex.Match", markers, deictic) -> Iterator[Found]:
    """The persons of an organization byline match (a line of its own or a bracketed one)."""
    for org_start, org_word, mark, names_start, names_text in _role_groups(body, m):
        row = markers["org"][mark]
        org = org_word if row["keep"] == "yes" else org_word[: -len(mark)]
        org = None if not org or org in deictic else org
        names_text = _RE_REPORTED_END.sub("", names_text)
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
