"""Persons named with a role: officials (``区委书记杨超``), authors and photographers.

Officials are found in the normalized text: a title from ``lexicons/official_titles.tsv``
followed by a name (``区长胡玉华``), or, for titles marked ``name_first``, preceded by one
(``习近平总书记``). An organization written before the title is split off into ``org``
(``吉林日报社社长邴正`` → 社长 / 吉林日报社; ``海曙区委书记朱刚`` → 区委书记 / 海曙区), and roles
joined by ``、`` stay together in ``title`` (``省政协常委、文化和文史资料委员会主任张凤羽``).
Roles without a name (``区委书记带头帮扶``), forms of address (``彭书记``) and ``同志`` are not
persons. Bylines and photo credits come from :mod:`govtext.extract.bylines`.

>>> from govtext.extract import extract_facts
>>> [(f.text, f.name, f.title, f.org) for f in extract_facts("今年4月，海曙区委书记朱刚赴段塘街道", kinds=["person"])]
[('海曙区委书记朱刚', '朱刚', '区委书记', '海曙区')]
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator, NamedTuple, Optional

import re

import regex

from govtext.extract.bylines import byline_persons
from govtext.extract.context import Context
from govtext.extract.names import name_after, name_before, name_by_follower, pos_cut
from govtext.lexicons import load_rows, split_alts
from govtext.records import FactBase
from govtext.text.spans import SpanIndex
from govtext.text.wordtrie import word_alternation

__all__ = ["extract_persons", "split_org", "official_titles"]

_MAX_ORG = 20  # characters scanned before a title for its organization
# Segmenter tags a word of an organization name can carry (nouns, places, organizations,
# abbreviations, nominal verbs, distinguishing words); anything else (verbs, prepositions,
# conjunctions such as 和 joining two parties, time and place words) ends the organization.
_ORG_TAGS = ("n", "j", "vn", "b")
_ORG_TAG_EXCLUDE = ("nnt",)
_RE_HAN = regex.compile(r"\p{Han}")


class TitleForm(NamedTuple):
    title: str  # the title as reported (区委书记)
    level: str  # administrative level the fused prefix names (区), or ""
    name_first: bool


@lru_cache(maxsize=1)
def official_titles() -> dict[str, TitleForm]:
    """Every written form of an official's title → its :class:`TitleForm`.

    >>> official_titles()["市委书记"]
    TitleForm(title='市委书记', level='市', name_first=False)
    """
    forms: dict[str, TitleForm] = {}
    for row in load_rows("official_titles.tsv"):
        title = row["title"]
        forms[title] = TitleForm(title, "", row["name_first"] == "yes")
        for prefix in split_alts(row["prefixes"]):
            written, _, level = prefix.partition("=")
            forms.setdefault(written + title, TitleForm(written + title, level, False))
    return forms


@lru_cache(maxsize=1)
def _title_re() -> "re.Pattern":
    """Every title form, longest first; a prefix trie for the standard library's engine, which
    scans plain words several times faster than ``regex``."""
    return re.compile(word_alternation(official_titles()))


def split_org(run: str) -> str:
    """The organization a run of text before a title ends with ("" if none).

    >>> split_org("邀请吉林日报社"), split_org("中央"), split_org("组长由"), split_org("杨禹和省政协")
    ('吉林日报社', '中央', '', '省政协')
    """
    words = pos_cut(run)
    keep = 0
    for i in range(len(words) - 1, -1, -1):
        word, tag = words[i]
        if not tag.startswith(_ORG_TAGS) or tag.startswith(_ORG_TAG_EXCLUDE):
            break
        keep += len(word)
    org = run[len(run) - keep:] if keep else ""
    return org if len(org) >= 2 else ""


class _Role(NamedTuple):
    start: int  # where the role text (organization included) starts
    title_start: int
    org: Optional[str]


def _role_before(text: str, ts: int, form: TitleForm, title_ends: dict[int, int], floor: int) -> _Role:
    """Walk left from the title at ``ts`` (not past ``floor``, the end of the previous person):
    roles chained with ``、`` and the organization before them."""
    start = ts
    while True:
        a = start
        while a > floor and start - a < _MAX_ORG and _RE_HAN.match(text[a - 1]):
            a -= 1
        if a > 0 and text[a - 1] == "、" and (a - 1) in title_ends:
            start = title_ends[a - 1]
            form = official_titles()[_title_re().match(text, start).group()]
            continue
        break
    former = 1 if start > a and text[start - 1] == "原" else 0  # 水务局原局长: 原 belongs to the title
    written = split_org(text[a:start - former])
    org = written + form.level if written and form.level and not written.endswith(form.level) else written
    return _Role(start - former - len(written), start - former, org or None)


def _officials(ctx: Context) -> Iterator[FactBase]:
    text = ctx.text
    matches = list(_title_re().finditer(text))
    title_ends = {m.end(): m.start() for m in matches}
    floor = 0
    for m in matches:
        form = official_titles()[m.group()]
        name = name_after(text[m.end():m.end() + 8]) or _followed_name(text[m.end():m.end() + 8])
        if name:
            role = _role_before(text, m.start(), form, title_ends, floor)
            floor = m.end() + len(name)
            yield ctx.make("person", role.start, m.end() + len(name), name=name,
                           title=text[role.title_start:m.end()], org=role.org)
        elif form.name_first:
            name = name_before(text[max(0, m.start() - 8):m.start()])
            if name:
                floor = m.end()
                yield ctx.make("person", m.start() - len(name), m.end(), name=name, title=form.title, org=None)


def _followed_name(text: str) -> Optional[str]:
    """A name the segmenter missed, closed by a follower word; never one holding a title
    (组长由县长担任: 由县长 is no name)."""
    name = name_by_follower(text)
    if name and (_title_re().search(name) or _title_re().match(text, len(name))):
        return None
    return name


def extract_persons(ctx: Context) -> Iterator[FactBase]:
    bylines = [ctx.make_raw("person", s, e, name=name, title=title, org=org)
               for s, e, name, title, org in byline_persons(ctx.raw)]
    spans = SpanIndex((f.start, f.end) for f in bylines)
    yield from bylines
    for fact in _officials(ctx):
        if not spans.overlaps(fact.start, fact.end):
            yield fact
