"""Persons named with a role: officials (``区委书记杨超``), authors and photographers.

Officials are found in the normalized text: a title from ``lexicons/official_titles.tsv``
followed by a name (``区长胡玉华``, ``美国总统拜登``), or, for titles marked ``name_first``,
preceded by one (``习近平总书记``, ``刘永坦院士``, ``卢拉总统``, ``周桂英等代表``). A name is a
Chinese name (a surname and one or two characters) or a transliterated one
(:mod:`govtext.extract.names`), on the same line as its title. An organization written before
the title is split off into ``org`` (``吉林日报社社长邴正`` → 社长 / 吉林日报社; ``海曙区委书记朱刚``
→ 区委书记 / 海曙区; ``美国总统拜登`` → 总统 / 美国), and roles joined by ``、`` or written one
after another stay together in ``title`` (``省政协常委、文化和文史资料委员会主任张凤羽``,
``联合国秘书长发言人迪雅里克`` → 秘书长发言人). Roles without a name (``区委书记带头帮扶``),
forms of address (``彭书记``) and ``同志`` are not persons. Bylines, photo credits and roster
lines come from :mod:`govtext.extract.bylines`.

>>> from govtext.extract import extract_facts
>>> [(f.text, f.name, f.title, f.org) for f in extract_facts("今年4月，海曙区委书记朱刚赴段塘街道", kinds=["person"])]
[('海曙区委书记朱刚', '朱刚', '区委书记', '海曙区')]
>>> [(f.name, f.title, f.org) for f in extract_facts("美国总统拜登当天表示", kinds=["person"])]
[('拜登', '总统', '美国')]
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, Iterator, NamedTuple, Optional, Sequence

import re

import regex

from govtext.extract.bylines import NAMES, byline_persons, split_names
from govtext.extract.context import Context
from govtext.extract.names import (
    common_word, foreign_name_after, foreign_name_before, is_name, is_person_name, is_place, may_end_name, name_after,
    name_before, name_by_follower, name_closed, pos_cut, states, surname_length, surnames, transliteration_chars,
    word_ends_at,
)
from govtext.lexicons import load_rows, load_words, split_alts
from govtext.records import FactBase
from govtext.text.conjunctions import conjunctions
from govtext.text.normalize import simplified_lines
from govtext.text.organs import fused_titles
from govtext.text.patterns import CN_DIGITS, SMALL_NUMERALS, finditer_near
from govtext.text.spans import SpanIndex
from govtext.text.wordtrie import word_alternation
from govtext.text import fastre

__all__ = ["extract_persons", "split_org", "official_titles", "title_pattern"]

_MAX_ORG = 20  # characters scanned before a title for its organization
_LOOK = 16  # characters read after (or before) a title for its name
_MAX_SHARED = 8  # names after one title, joined by 、
# Segmenter tags a word of an organization name can carry (nouns, places, organizations,
# abbreviations, nominal verbs, distinguishing words); anything else (verbs, prepositions,
# conjunctions such as 和 joining two parties, time and place words) ends the organization.
_ORG_TAGS = ("n", "j", "vn", "b", "l")
_ORG_TAG_EXCLUDE = ("nnt",)
_RE_HAN = regex.compile(r"\p{Han}")
_JOINERS = conjunctions("members", marks=False)  # the words joining the last name of a list to the others


@lru_cache(maxsize=None)
def _person_words(role: str) -> tuple[str, ...]:
    """The words of ``role`` in ``lexicons/person_words.tsv``, in file order: ``level`` (省, 县: 和县 is no
    name), ``group`` (等, 分别: two names joined by 和 under one title), ``modifier`` (原, 副: part of the
    title after it), ``held_post`` (时任, 现任: the post after it is the person's title), ``body_end`` (党,
    内阁: a body's name ends so, though no organ head ends it)."""
    return tuple(r["word"] for r in load_rows("person_words.tsv") if r["role"] == role)


class TitleForm(NamedTuple):
    title: str  # the title as reported (区委书记)
    level: str  # administrative level the fused prefix names (区), or ""
    name_first: bool  # the title may follow the name (习近平总书记)
    name_after: bool = True  # the title may precede the name (区长胡玉华); not 代表
    closed: bool = False  # after a name, only when punctuation or a follower word comes next
    occupation: bool = False  # a word of work or standing (村民, 运动员): only a name the segmenter reads follows


@lru_cache(maxsize=1)
def official_titles() -> dict[str, TitleForm]:
    """Every written form of an official's title → its :class:`TitleForm`.

    >>> official_titles()["市委书记"]
    TitleForm(title='市委书记', level='市', name_first=False, name_after=True, closed=False, occupation=False)
    """
    forms: dict[str, TitleForm] = {}
    for row in load_rows("official_titles.tsv"):
        title, order = row["title"], row["name_first"]
        if order not in ("", "yes", "only"):
            raise ValueError(f"official_titles.tsv: name_first of {title!r} is {order!r} (yes, only or empty)")
        forms[title] = TitleForm(title, "", order in ("yes", "only"), order != "only", order == "only",
                                 row["category"] == "occupation")
        for written, level in fused_titles(row):
            forms.setdefault(written, TitleForm(written, level, False))
    return forms


@lru_cache(maxsize=1)
def title_pattern() -> "re.Pattern":
    """Every title form, longest first; a prefix trie for the standard library's engine, which
    scans plain words several times faster than ``regex``."""
    return re.compile(word_alternation(official_titles()))


_title_re = title_pattern


@lru_cache(maxsize=1)
def _org_stops() -> "re.Pattern":
    words = sorted(load_words("org_stops.txt"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


@lru_cache(maxsize=1)
def _state_lengths() -> tuple[int, ...]:
    """The lengths of the states' written names, longest first."""
    return tuple(sorted({len(s) for s in states() if s}, reverse=True))


def _state_suffix(run: str) -> tuple[str, ...]:
    """The longest state name ``run`` ends with (one or none): a set lookup per name length, not a
    test of every name."""
    names = states()
    for n in _state_lengths():
        if n <= len(run) and run[-n:] in names:
            return (run[-n:],)
    return ()


def split_org(run: str) -> str:
    """The organization a run of text before a title ends with ("" if none): the segmenter's
    nouns at its end, not past a word of ``lexicons/org_stops.txt`` (会见, 委托: verbs the
    segmenter tags as nouns); a state's name or short form (``叙``) is one too.

    >>> split_org("邀请吉林日报社"), split_org("中央"), split_org("组长由"), split_org("杨禹和省政协")
    ('吉林日报社', '中央', '', '省政协')
    >>> split_org("会见联合国"), split_org("哈萨克斯坦"), split_org("发生强震分别向巴")
    ('联合国', '哈萨克斯坦', '巴')
    """
    for state in _state_suffix(run):
        if len(state) == 1 and len(run) > 1 and _RE_HAN.match(run[-2]) and not _org_stops().fullmatch(run[-2]):
            continue  # 巴 alone is a state only after a break (向巴总统), not inside a word
        return state  # 时任俄罗斯总统: the state, not what precedes it
    stop = max((m.end() for m in _org_stops().finditer(run) if _whole_words(run, m.start(), m.end())), default=0)
    run_tail = run[stop:]
    words = _cut_with_head(run_tail)
    keep = 0
    last = len(words) - 1
    if len(words) >= 2 and words[-1][0] in _person_words("level") and words[-2][1].startswith(("nr", "ns")) \
            and len(words[-2][0]) >= 2:
        keep, last = 1 + len(words[-2][0]), len(words) - 3  # 贡山/县: a county the segmenter splits
    for i in range(last, -1, -1):
        word, tag = words[i]
        if word == "和" and keep and i and _joins_fields(words[i - 1], words[i + 1]):
            keep += 1  # 工业和信息化部, 文化和旅游部: one ministry
            continue
        if word not in _organ_heads() and (not tag.startswith(_ORG_TAGS) or tag.startswith(_ORG_TAG_EXCLUDE)) \
                and not (len(word) >= 2 and word in states()):  # 马里 (read as a measure word) + 过渡政府
            if tag.startswith("v") and _task_body(words[i + 1:]) and _object_before(words[:i]):
                pass  # 疫情应对处置工作领导小组: the task's verbs, after their object
            elif tag.startswith("a") and _short_head_after(words[i + 1:]):
                pass  # 卫生健康委: a one-character head cut from the field it is named after
            elif tag.startswith("v") and _government_form(words, i):
                pass  # 格陵兰岛自治政府: the verb names the form of a place's government
            elif tag.startswith(_ORG_TAG_EXCLUDE) and keep and _head_next(words[i + 1:]):
                pass  # 顾问委员会, 专家咨询委员会, 总经理办公室: a title names the members of the body after it
            else:
                break
        keep += len(word)
    org = run_tail[len(run_tail) - keep:] if keep else ""
    if len(org) < 2:
        return ""
    joined = run[:len(run) - len(org)]
    if joined.endswith("与") and len(joined) > 1:  # 德国国家科学与工程院: 与 joins two fields of one name
        before = _cut_with_head(joined[:-1])
        first = pos_cut(org)[0]
        if before and _joins_fields(before[-1], first) and not before[-1][1].startswith(("nr", "ns")):
            fields = split_org(joined[:-1])
            opening = pos_cut(fields)[0] if fields else ("", "")
            if len(fields) >= 2 and fields not in states() and (
                    opening[1].startswith(("ns", "nt")) or opening[0] in ("国家", "全国", "中央")):
                return fields + "与" + org  # only a named body's fields: a place or 国家 opens them
    return org


def _cut_with_head(run: str) -> tuple[tuple[str, str], ...]:
    """The segmenter's words of ``run``, its last word made whole where ``run`` ends in an organ head of
    two or more characters that the segmenter cut across (中国伦理学会: 伦理学/会 → 伦理/学会)."""
    words = pos_cut(run)
    if words and words[-1][0] not in _organ_heads():
        head = next((h for h in _long_heads() if run.endswith(h) and len(run) > len(h)), None)
        if head and len(words[-1][0]) < len(head):
            return (*pos_cut(run[:-len(head)]), (head, "n"))
    return words


@lru_cache(maxsize=1)
def _long_heads() -> tuple[str, ...]:
    """The organ heads of two or more characters, longest first."""
    return tuple(sorted((h for h in _organ_heads() if len(h) >= 2), key=len, reverse=True))


# Heads of the bodies set up for one task, whose names hold the task's verbs (疫情应对处置工作领导小组,
# 防汛抗旱指挥部): a verb right before the rest of such a name is part of it.
_TASK_HEADS = ("领导小组", "指挥部", "工作组", "专班", "专家组")


def _task_body(words: Sequence[tuple[str, str]]) -> bool:
    """Do ``words`` (the organization read so far, right of a verb) start with the rest of a task body's
    name: nouns and nominal verbs up to a task head (``工作 领导小组 …``), the verb's object or its 工作?"""
    for word, tag in words:
        if word in _TASK_HEADS or word.endswith(_TASK_HEADS):
            return True
        if not tag.startswith(("n", "vn", "v")) or tag.startswith(_ORG_TAG_EXCLUDE):
            return False
    return False


def _government_form(words: Sequence[tuple[str, str]], i: int) -> bool:
    """Is the verb ``words[i]`` the form of a government, between a place and a government head
    (格陵兰岛 自治 政府: the segmenter reads 自治 as a verb)? The place before it keeps the verb
    from being one of the sentence (访问政府 has none)."""
    return (0 < i < len(words) - 1 and len(words[i][0]) == 2 and words[i + 1][0] in _government_heads()
            and words[i - 1][1].startswith(("ns", "nr", "nt")))


@lru_cache(maxsize=1)
def _government_heads() -> frozenset[str]:
    """The organ heads of kind ``government`` of two or more characters (政府, 人民政府, 办事处)."""
    return frozenset(row["head"] for row in load_rows("organ_heads.tsv") if row["kind"] == "government" and len(row["head"]) >= 2)


def _short_head_after(words: Sequence[tuple[str, str]]) -> bool:
    """Is the first word of ``words`` that is no adjective a one-character organ head (卫生健康 + 委)?"""
    head = next((w for w, t in words if not t.startswith("a")), "")
    return len(head) == 1 and head in _organ_heads()


def _head_next(words: Sequence[tuple[str, str]]) -> bool:
    """Is the first of ``words`` an organ head (委员会, 办公室), or a nominal verb before one (咨询 委员会)?"""
    heads = _organ_heads()
    return bool(words) and (words[0][0] in heads or (
        len(words) > 1 and words[0][1] == "vn" and words[1][0] in heads))


def _object_before(words: Sequence[tuple[str, str]]) -> bool:
    """Is the last word of ``words`` that is no verb a noun (疫情 before 应对处置): the object that the task's
    verbs follow, so that a verb of the sentence (研究部署) is never taken into a body's name."""
    for word, tag in reversed(words):
        if tag.startswith("v") and not tag.startswith("vn"):
            continue
        return tag.startswith("n") and not tag.startswith(_ORG_TAG_EXCLUDE) and word not in ("工作",)
    return False


def _whole_words(run: str, start: int, end: int) -> bool:
    """Whether ``run[start:end]`` (a word of org_stops.txt) is whole words of the segmenter's reading of
    ``run``, not part of a longer word (同 of 中国民主同盟中央 or of 同时 is no preposition)."""
    if start == 0 and end == len(run):
        return True
    bounds, at = {0}, 0
    for word, _tag in pos_cut(run):
        at += len(word)
        bounds.add(at)
    return start in bounds and end in bounds


@lru_cache(maxsize=1)
def _organ_heads() -> frozenset[str]:
    return frozenset(row["head"] for row in load_rows("organ_heads.tsv"))


def _joins_fields(before: tuple[str, str], after: tuple[str, str]) -> bool:
    """Does a 和 between these words join two fields inside one organ's name (工业和信息化部,
    住房和城乡建设部), not two bodies (国务院和省政府) or a person and a body (杨禹和省政协)?"""
    word, tag = before
    return tag in ("n", "vn", "l") and not word.endswith(tuple(_organ_heads())) \
        and not after[0].startswith(("省", "市", "县", "区", "乡", "镇", "中央", "国家", "全国"))


class _Role(NamedTuple):
    start: int  # where the role text (organization included) starts
    title_start: int
    org: Optional[str]


def _role_before(text: str, ts: int, form: TitleForm, title_ends: dict[int, int], floor: int,
                 line_start: Callable[[int], int] = lambda pos: 0) -> _Role:
    """Walk left from the title at ``ts`` (not past ``floor``, the end of the previous person):
    roles chained with ``、`` or ``兼`` (also where a line wraps after it) or written one after another
    (秘书长发言人), the words that modify a title (原, 副, 助理 …), and the organization before
    them, which starts on an earlier line (``line_start`` gives where a position's line starts) only
    where a layout wrap the normalized text joined cut its name (``全国人大常⏎委会副委员长``)."""
    start = ts
    while True:
        mod = next((w for w in _person_words("modifier") if start - len(w) >= floor and text.startswith(w, start - len(w))), None)
        if mod and not (mod in ("原", "前") and start - len(mod) in title_ends):
            start -= len(mod)
            continue
        if start in title_ends and title_ends[start] >= floor:  # 秘书长 + 发言人: one role
            start = title_ends[start]
            form = official_titles()[_title_re().match(text, start).group()]
            continue
        a, lo = start, max(floor, line_start(start))
        while a > lo and start - a < _MAX_ORG and _RE_HAN.match(text[a - 1]):
            a -= 1
        j = text.rfind("兼", a, start)  # 副主任兼国家统计局局长: 兼 is a character of the run
        if j > floor and j in title_ends and title_ends[j] >= floor:
            start = title_ends[j]
            form = official_titles()[_title_re().match(text, start).group()]
            continue
        if a > floor and text[a - 1] == "、" and (a - 1) in title_ends and title_ends[a - 1] >= floor \
                and not official_titles()[text[title_ends[a - 1]:a - 1]].occupation:  # 高级官员、…大使黄惠康: two parties
            start = title_ends[a - 1]
            form = official_titles()[_title_re().match(text, start).group()]
            continue
        break
    written = split_org(text[a:start])
    if a == lo > floor and a < start and _RE_HAN.match(text[a - 1]):
        # the run goes on across a line break the normalized text joined (a layout wrap, no "\n"
        # left): the organization may continue on the line before, where the wrap cut its name
        # (全国人大常⏎委会副委员长: 全国人大常委会); it is read there only when it does run across
        b = a
        while b > floor and start - b < _MAX_ORG and _RE_HAN.match(text[b - 1]):
            b -= 1
        across = split_org(text[b:start])
        if len(across) > start - a:
            written = across
    posted = _posting(text, a, start, written)
    if posted is not None:  # 中国驻马来西亚大使: the post abroad is the title, the sending state the org
        sender = split_org(text[a:posted])
        return _Role(posted - len(sender), posted, sender or None)
    state = _state_of_portfolio(written)
    if state:  # 丹麦国防大臣: the state is the organization, its portfolio part of the title
        return _Role(start - len(written), start - len(written) + len(state), state)
    if written and written == text[a:start]:
        written = _quoted_before(text, a, floor) + written
    org = written + form.level if written and form.level and not written.endswith(form.level) else written
    return _Role(start - len(written), start, org or None)


_PORTFOLIO_TAGS = ("n", "vn", "b", "f", "a", "c")


def _state_of_portfolio(org: str) -> Optional[str]:
    """The state ``org`` opens with when the rest of it names a minister's portfolio, not a body:
    丹麦国防 (大臣), 土耳其家庭和社会政策 (部长), 法国农业 (部长) → the state; None for 美国疾控中心 or
    俄罗斯联邦委员会 (an organ head ends a word of the rest), 英国工党 or 日本内阁 (a word of ``body_end``),
    美国白宫 (a named body) or a bare state."""
    if not org:
        return None
    words = pos_cut(org)
    state = words[0][0] if words else ""
    rest = words[1:]
    if len(words) < 2 or state not in states():
        return None
    if any(w.endswith(_person_words("body_end")) or w.endswith(tuple(_organ_heads())) for w, _t in rest):
        return None  # 参议院, 反对党工党, 内阁: the rest names a body
    if not all(t.startswith(_PORTFOLIO_TAGS) and not t.startswith(("nr", "ns", "nt", "nz")) for _w, t in rest):
        return None
    return state


def _posting(text: str, a: int, start: int, written: str) -> Optional[int]:
    """Where the posting abroad starts (at 驻 or 常驻) when the run ``text[a:start]`` before a title ends
    with 驻 and the state an envoy or correspondent is posted to (中国驻马来西亚大使, 美国驻华大使,
    新华社驻日本记者), else None: that state names the post, not the official's organization. A named
    body or place read as one word (驻东盟大使, 常驻联合国代表, 驻日内瓦) is posted to as a state is."""
    place = written if written in states() or _one_named_word(written) else "华" if text.endswith("驻华", a, start) else ""
    at = start - len(place) - 1
    if not place or at < a or text[at] != "驻":
        return None
    return at - 1 if at > a and text[at - 1] == "常" else at


def _one_named_word(run: str) -> bool:
    """Is ``run`` one word of the segmenter that names a place or a body (东盟, 联合国, 日内瓦)?"""
    words = pos_cut(run) if run else ()
    return len(words) == 1 and words[0][1].startswith(("ns", "nt", "j"))


_RE_QUOTED_WORD = regex.compile(r"“\p{Han}{2,8}”$")


def _quoted_before(text: str, a: int, floor: int) -> str:
    """The quoted word and the organization before it that open an organization's name ending at ``a``
    (英国“脱欧”事务大臣: ``英国“脱欧”`` before 事务), or ""."""
    m = _RE_QUOTED_WORD.search(text, max(floor, a - 10), a)
    if m is None:
        return ""
    b = m.start()
    while b > floor and m.start() - b < _MAX_ORG and _RE_HAN.match(text[b - 1]):
        b -= 1
    return split_org(text[b:m.start()]) + m.group()


def _line_start(ctx: Context, pos: int) -> int:
    """The normalized position where the raw line holding ``text[pos]`` starts."""
    rs = ctx.to_raw(pos, pos + 1)[0]
    return ctx.norm.to_norm(ctx.raw.rfind("\n", 0, rs) + 1)


def _one_paragraph(ctx: Context, a: int, b: int) -> bool:
    """Does the normalized span ``[a, b)`` cross no blank line in the raw text? A title and its
    name may be split by a line wrap (``县委书记`` / `` 王 志 刚``), never by a paragraph break
    (the rows of a roster: ``陈宝生　　教育部部长`` / blank line / ``王晓晖　　…``)."""
    rs, re_ = ctx.to_raw(a, b)
    return ctx.raw.count("\n", rs, re_) <= 1


def _name_after_title(ctx: Context, te: int, strict: bool = False) -> Optional[str]:
    """The name right after a title ending at ``te``: Chinese, or transliterated when that reads
    further (``马克龙`` over ``马克``), in the title's paragraph. After a word of work or standing
    (``strict``: 村民, 干部) only a name the segmenter reads that is no common word: 干部能干事 and
    农民满意度 are no persons, though 能 and 满 are surnames."""
    text = ctx.text
    chinese = name_after(text[te:te + 8])
    followed = _followed_name(text[te:te + 8])
    if strict and followed and not (len(followed) >= 3 and _family_name_of_two(text, te, followed)):
        followed = None  # after 评论家 only a family name of two and its given name (岸田文雄) is read so
    if followed and (not chinese or (len(followed) > len(chinese) and followed.startswith(chinese)
                                     and (pos_cut(text[te:te + 8])[0][0] != chinese or surname_length(chinese) == 2))):
        chinese = followed  # 赵/兑/烈表示: the segmenter split the name, a follower word closes it whole;
        # after a family name of two it misreads the given name (松野博/一/表示, Japanese names)
    if chinese and strict and ((common_word(chinese) and not _famous_name(text, te, chinese))
                               or (len(chinese) > 3 and not _family_name_of_two(text, te, chinese))  # 高级干部严于律己
                               or (len(chinese) == 2 and pos_cut(text[te:te + 6])[0] != (chinese, "nr"))):
        chinese = None  # 专家库内: a two-character name must be read as a plain name (库内 is nrt)
    if not chinese and not strict:
        chinese = _listed_official(text, te)
    if chinese and pos_cut(chinese[0])[0][1].startswith("c") \
            and (len(chinese) == 3 and common_word(chinese[1:]) or chinese[1:] in _person_words("level")):
        chinese = None  # 专家学者和领军人才, 领导人和县(市、区)…: 和 joins two groups, not a surname
    if chinese and _bilateral_pair(text, te, chinese):
        chinese = None  # 三党主席于中智建交45周年之际: 于 + 中智 (China and Chile), no name
    if chinese:
        chinese = _name_in_discourse(text, chinese)
    foreign = foreign_name_after(text[te:te + _LOOK])
    if foreign and strict and len(foreign) == 2 and pos_cut(foreign)[0] != (foreign, "nr"):
        foreign = None  # 专家库内: a word of the dictionary, not a name
    name = foreign if foreign and (not chinese or (len(foreign) > len(chinese) and foreign.startswith(chinese))) \
        else chinese
    if not name or name in states():
        return None
    given = _RE_JAPANESE_GIVEN.match(text, te + len(name)) if len(name) in (2, 3) else None
    if given and name_closed(text[given.end():given.end() + 4]):
        name += given.group()  # 本泽/二郎指出: a Japanese given name in 郎 the segmenter cut off
    return name if _one_paragraph(ctx, te - 1, te + len(name)) else None


def _bilateral_pair(text: str, te: int, name: str) -> bool:
    """Is the three-character ``name`` after ``te`` a preposition (于, 向, 同) before the short forms of two
    states (于中智建交: at the anniversary of China and Chile's ties), as the words after it show: no word
    that closes a name follows (于中新表示 stays a name)?"""
    return (len(name) == 3 and all(ch in states() for ch in name[1:]) and pos_cut(name[0])[0][1].startswith("p")
            and not name_closed(text[te + 3:te + 7]))


# A Japanese given name in 郎 (一郎, 二郎, 太郎, 次郎 …) after a family name the name readers stop at
# (本泽二郎: 本泽 is in no table of family names, 二郎 a word of its own to the segmenter)
_RE_JAPANESE_GIVEN = regex.compile(rf"[{SMALL_NUMERALS}太次]郎")


def _family_name_of_two(text: str, te: int, name: str) -> bool:
    """Is ``name`` (four or five characters after a title ending at ``te``) a family name of two and a
    given name, as Japanese names are written (政治评论家小泽一郎说), closed by a follower word or a stop?
    After a word of work or standing a longer run is otherwise no name (高级干部严于律己)."""
    return surname_length(name) == 2 and name_closed(text[te + len(name):te + len(name) + 4])


def _famous_name(text: str, te: int, name: str) -> bool:
    """Is the common word ``name`` after ``te`` a famous person's three-character name the dictionary
    knows as one name word (科学家钱学森: 钱学森 is frequent, and tagged nr)?"""
    return len(name) == 3 and pos_cut(text[te:te + 6])[0] == (name, "nr")


_RE_LISTED_SLOT = regex.compile(r"\p{Han}{2,3}(?=[，、])")


def _listed_official(text: str, te: int) -> Optional[str]:
    """The name in the slot between a title ending at ``te`` and the comma of a list of officials,
    when the next member opens with its own title (``浙江省副省长高兴夫，宁波市委副书记、市长裘东耀``):
    the list vouches for the slot, though the segmenter reads a word in it (高兴/夫). The slot must be
    a name (a surname and one or two characters) that is no common word, and a word it opens may only
    be one of quality (高兴), never a noun, verb or adverb (任期内, 强调)."""
    m = _RE_LISTED_SLOT.match(text, te)
    if not m or not is_name(m.group()) or common_word(m.group()) or is_place(m.group()):
        return None
    cand = m.group()
    words = pos_cut(cand)
    first, tag = words[0]
    last, last_tag = words[-1]
    if _title_re().search(cand) or (len(first) == 1 and tag[:1] in ("v", "p", "d", "c", "u")) \
            or (len(last) == 1 and last_tag[:1] in ("u", "p", "c", "d", "y", "f")):
        return None  # 由县长任组长，: 任 is the verb and 组长 a title; 工会主席空缺的，: 的 ends a clause
    if len(first) > 1 and first != cand and not tag.startswith(("a", "b")) and common_word(first):
        return None
    if len(first) == len(cand) and common_word(first):
        return None
    nxt = text[m.end() + 1:m.end() + 1 + _MAX_ORG + 4]
    title = _title_re().search(nxt)
    if not title or any(c in nxt[:title.start()] for c in "，。；：\n"):
        return None
    return cand


def _name_in_discourse(text: str, name: str) -> str:
    """A three-character name whose last character is an adverb (正, 也, 还 …) that the document
    names elsewhere by its first two characters alone is that two-character name: ``指导员徐华正带领``
    … ``徐华和队友们`` → 徐华 (正 is the adverb "just then")."""
    if len(name) != 3 or not is_name(name[:2]) or not pos_cut(name[2])[0][1].startswith("d"):
        return name
    at = text.find(name[:2])
    while at >= 0:
        after = text[at + 2:at + 6]
        if after[:1] != name[2] and (name_closed(after) or pos_cut(after)[0][1][:1] in ("c", "p", "d", "v")):
            return name[:2]  # 徐华和队友们, 徐华说
        at = text.find(name[:2], at + 1)
    return name


def _address_form(text: str, ts: int, te: int) -> bool:
    """Is the title at ``[ts, te)`` a form of address with the surname before it (毛主席, 周总理:
    the segmenter reads the two as one word), not a title beside a name? A state's short form
    is no surname here (俄总统普京), nor a word that modifies the title (代市长, 原主席: 代 and 原 are
    surnames too)."""
    if ts == 0 or text[ts - 1] not in surnames() or text[ts - 1] in states() or text[ts - 1] in _person_words("modifier"):
        return False
    if name_before(text[max(0, ts - 8):ts]):
        return False  # 陈林博士: 林 ends the name 陈林 (the segmenter reads 陈/林博士)
    pos = max(0, ts - 3)
    for word, _tag in pos_cut(text[pos:te + 2]):
        if pos + len(word) > ts:
            return pos == ts - 1 and len(word) == te - ts + 1
        pos += len(word)
    return False


def _ends_word(text: str, ts: int, te: int) -> bool:
    """Does the segmenter end a word where the title ends (not 总统 of 总统计口径: 总/统计)?"""
    lo = max(0, ts - 2)
    pos = lo
    for word, _tag in pos_cut(text[lo:te + 3]):
        pos += len(word)
        if pos >= te:
            return pos == te
    return True


def _starts_word(text: str, ts: int) -> bool:
    """Does the segmenter start a word where a title starts (not 区长 of 跨地区长途: 地区/长途)? A
    word it reads as a name may run into the title (陈/林博士)."""
    lo = max(0, ts - 3)
    pos = lo
    for word, tag in pos_cut(text[lo:ts + 4]):
        if pos + len(word) > ts:
            return pos == ts or tag.startswith("nr")
        pos += len(word)
    return True


def _whole_word(text: str, ts: int, te: int) -> bool:
    """Is the title at ``[ts, te)`` a word of its own (not 主席 of 主席团, 委员 of 委员会)?"""
    words = pos_cut(text[ts:te + 3])
    return bool(words) and len(words[0][0]) <= te - ts


def _name_before_title(ctx: Context, ts: int, te: int, form: TitleForm, floor: int) -> Optional[tuple[int, str]]:
    """``(start, name)`` of the name a title at ``[ts, te)`` follows (习近平总书记, 周桂英等代表)."""
    text = ctx.text
    end = ts - 1 if text[max(floor, ts - 1):ts] == "等" else ts  # 周桂英等代表: 等 stays in the span
    if end == ts and (counted := _counted_group(text, ts, floor)) is not None:
        end = counted  # 周桂英等15位代表: 等, the count and its classifier stay in the span
    before = text[max(floor, end - _LOOK):end]
    if not may_end_name(before):
        return None  # no name can end there (人大代表, 全体委员): the segmenter's readings below are spared
    if not _whole_word(text, ts, te) or not _starts_word(text, ts) or (form.closed and not name_closed(text[te:te + 4])):
        return None
    chinese = name_before(before[-8:])
    foreign = foreign_name_before(before)
    if foreign and not chinese and len(foreign) == 2 and len(before) > 2 and is_name(before[-3:]) \
            and not pos_cut(before[-3])[0][1].startswith(tuple("cpduy")):
        foreign = None  # 司任利华副司长: 任利华 reads as a Chinese name the segmenter missed; not 和萨勒总统
    if foreign and (not chinese or (len(foreign) > len(chinese) and foreign.endswith(chinese))
                    or (chinese.endswith(foreign) and name_closed(chinese[0]))):
        name = foreign  # 简·迪安·米勒 over 米勒; 普京 over 向普京 (向 is a preposition)
    else:
        name = chinese
    if not name or is_place(name) or not _one_paragraph(ctx, end - len(name), te):
        return None
    if name == chinese and len(name) == 3 and name[-1] in _person_words("level") and name[-1] != "州":
        return None  # 贡山县县长: a county the divisions list lacks (贡 is a surname), not a person
    if form.closed and name == chinese and len(name) == 2 and common_word(name):
        return None  # 学校师生代表: a group, not a deputy named 师生
    return end - len(name), name


@lru_cache(maxsize=1)
def _re_counted() -> "regex.Pattern":
    counters = "|".join(map(regex.escape, _person_words("counter")))
    return regex.compile(rf"等(?:\d{{1,4}}|[{CN_DIGITS}]{{1,4}})(?:{counters})$")


def _counted_group(text: str, ts: int, floor: int) -> Optional[int]:
    """Where 等 stands when ``等`` + a count of persons comes right before the title at ``ts``
    (``周桂英等15位代表``, ``王刚等三名委员``), else ``None``."""
    before = text[max(floor, ts - 8):ts]
    if "等" not in before:
        return None  # (most titles: the pattern is not tried at each of the eight positions)
    m = _re_counted().search(before)
    return ts - len(m.group()) if m else None


def _names_listed_before(ctx: Context, start: int, floor: int) -> list[tuple[int, str]]:
    """The names joined by ``、`` before the name at ``start`` that share its title (``邓乃扬、韩汝琦委员``,
    ``刘永坦、钱七虎院士``), in text order; the list stops at the first member that is no name
    (``党中央、习近平总书记``)."""
    text, out = ctx.text, []
    for _ in range(_MAX_SHARED):
        if start - 1 <= floor or text[start - 1] != "、":
            break
        name = name_before(text[max(floor, start - 9):start - 1])
        if not name or is_place(name) or not _one_paragraph(ctx, start - 1 - len(name), start):
            break
        start -= 1 + len(name)
        out.append((start, name))
    return out[::-1]


def _may_open_name(text: str, at: int) -> bool:
    """Can :func:`_name_after_title` find a name at ``at``? Only where a surname (one character or two)
    or a transliteration character stands: the cheap test spares the segmenter's reading of the title's
    end (``_ends_word``) after titles that no name follows (``书记的``, ``主任和``, ``代表，``)."""
    return text[at:at + 1] in surnames() or text[at:at + 2] in surnames() or text[at:at + 1] in transliteration_chars()


def _officials(ctx: Context) -> Iterator[FactBase]:
    text = ctx.text
    matches = list(_title_re().finditer(text))
    title_ends = {m.end(): m.start() for m in matches}
    floor = 0
    for m in matches:
        ts, te = m.span()
        if ts < floor:
            continue
        form = official_titles()[m.group()]
        if not form.name_first and not (form.name_after and (_may_open_name(text, te) or (
                text.startswith("的", te) and _may_open_name(text, te + 1)))):
            continue  # no name can follow the title (市长在, 书记处): the readings below are spared
        if _address_form(text, ts, te):
            continue
        if form.name_first:
            found = _name_before_title(ctx, ts, te, form, floor)
            if found:
                for start, other in _names_listed_before(ctx, found[0], floor):
                    yield ctx.make("person", start, start + len(other), name=other, title=form.title, org=None)
                floor = te
                yield ctx.make("person", found[0], te, name=found[1], title=form.title, org=None)
                continue
        if not form.name_after:
            continue
        name = _name_after_title(ctx, te, form.occupation) if _may_open_name(text, te) and _ends_word(text, ts, te) else None
        gap = 0
        if not name and text.startswith("的", te) and _may_open_name(text, te + 1) and _ends_word(text, ts, te):
            role = _role_before(text, ts, form, title_ends, floor, lambda pos: _line_start(ctx, pos))
            if text.endswith(_person_words("held_post"), 0, role.start) or text.startswith(_person_words("held_post"), role.start):
                name = _name_after_title(ctx, te + 1, form.occupation)  # 时任浙江省委书记的习近平
                gap = 1
        if name:
            role = _role_before(text, ts, form, title_ends, floor, lambda pos: _line_start(ctx, pos))
            floor = te + gap + len(name)
            title = text[role.title_start:te]
            yield ctx.make("person", role.start, floor, name=name, title=title, org=role.org)
            for k in range(_MAX_SHARED):  # 副委员长李建国、王晨、沈跃跃: one title, several names
                step = 1 if text[floor:floor + 1] == "、" else 0 if _spaced_reporters(ctx, floor, form) else None
                joined = step is None and text[floor:floor + 1] in _JOINERS
                if joined:
                    step = 1  # 副市长张三、李四和王五: the last member after 和
                if step is None or (other := _name_after_title(ctx, floor + step, form.occupation)) is None:
                    break
                after = floor + step + len(other)
                plural = text.startswith(_person_words("group"), after)
                if joined and not ((k or plural) and (plural or name_closed(text[after:after + 4]))):
                    break  # 副省长王刚和李明: one title for both only after a list or with 等, 分别 …
                yield ctx.make("person", floor + step, floor + step + len(other), name=other, title=title, org=role.org)
                floor += step + len(other)
                if joined:
                    break


@lru_cache(maxsize=1)
def _media_titles() -> frozenset[str]:
    return frozenset(row["title"] for row in load_rows("official_titles.tsv") if row["category"] == "media")


def _spaced_reporters(ctx: Context, at: int, form: TitleForm) -> bool:
    """Do reporters' names follow one another at ``at``, set apart by a space in the raw text as
    news leads write them (``记者 张晓明 李建国 来到现场``)? The normalized text has dropped the space."""
    if form.title not in _media_titles() or at >= len(ctx.text):
        return False
    return ctx.raw[ctx.to_raw(at - 1, at)[1]:ctx.to_raw(at, at + 1)[0]].strip(" \t\u3000\u00a0") == "" \
        and ctx.to_raw(at - 1, at)[1] < ctx.to_raw(at, at + 1)[0]


def _followed_name(text: str) -> Optional[str]:
    """A name the segmenter missed, closed by a follower word; never one holding a title
    (组长由县长担任: 由县长 is no name)."""
    name = name_by_follower(text)
    if name and (_title_re().search(name) or _title_re().match(text, len(name))):
        return None
    return name


_SP = r"[ \t\u3000\u00a0]"
_RE_ROSTER = regex.compile(
    rf"^{_SP}*(?:(?P<label>\p{{Han}}(?:{_SP}{{0,3}}\p{{Han}}){{1,5}}){_SP}*[:：]{_SP}*)?"
    rf"(?P<name>\p{{Han}}(?:{_SP}?\p{{Han}}){{1,3}})(?:{_SP}*\u3000{_SP}*|{_SP}{{2,}})"
    rf"(?P<role>[\p{{Han}}、（）()]{{2,60}}){_SP}*$"
)
_RE_SPACES = regex.compile(_SP)


_RE_TITLED_LABEL = regex.compile(
    rf"^{_SP}*(?P<label>\p{{Han}}(?:{_SP}{{0,3}}\p{{Han}}){{1,7}}){_SP}*[:：]{_SP}*(?P<names>{NAMES}){_SP}*$"
)

_Member = tuple[int, int, str, str, Optional[str]]


def _roster_member(base: int, body: str) -> Optional[_Member]:
    """A member listed one a line, the name then the post after wide spaces (the 组成人员 of a
    领导小组: ``组　长：韩　正　　国务院副总理``, ``　　　　李干杰　　生态环境部部长``): raw
    ``(start, end, name, title, org)``, the title and org read from the post as after a name."""
    if "\u3000" not in body and "  " not in body:
        return None
    m = _RE_ROSTER.match(body)
    if not m:
        return None
    name = _RE_SPACES.sub("", m["name"])
    role = m["role"]
    if not is_person_name(name):
        return None
    matches = [t for t in _title_re().finditer(role)]
    if not matches or matches[-1].end() != len(role):
        return None
    last = matches[-1]
    found = _role_before(role, last.start(), official_titles()[last.group()], {t.end(): t.start() for t in matches}, 0)
    return base + m.start("name"), base + m.end("role"), name, role[found.title_start:], found.org


def _titled_label_members(base: int, body: str) -> Iterator[_Member]:
    """The members of a working group listed under their role with no post after them
    (``组  长：张  三``, ``副组长：李四、王五``): a line whose label is an official's title, a colon and
    names only; raw ``(start, end, name, title, org)``."""
    if "：" not in body and ":" not in body:
        return
    m = _RE_TITLED_LABEL.match(body)
    if not m:
        return
    title = _RE_SPACES.sub("", m["label"])
    form = official_titles().get(title)
    if form is None or form.level or form.closed:
        return
    for k, (s, e, name) in enumerate(split_names(m["names"], base + m.start("names")) or []):
        yield (base + m.start("label") if k == 0 else s), e, name, title, None


def roster_persons(raw: str, lines: Optional[Sequence[tuple[int, str, str]]] = None) -> tuple[list[_Member], list[_Member]]:
    """The members of a roster, in one pass over the lines: ``(posted, titled)``, those listed with
    their post after the name (:func:`_roster_member`) and those listed under a title label
    (:func:`_titled_label_members`), each raw ``(start, end, name, title, org)`` in text order.
    ``lines`` are ``simplified_lines(raw)`` when the caller holds them already."""
    posted: list[_Member] = []
    titled: list[_Member] = []
    for base, _raw_body, body in simplified_lines(raw) if lines is None else lines:
        member = _roster_member(base, body)
        if member:
            posted.append(member)
        titled.extend(_titled_label_members(base, body))
    return posted, titled


class _Appointment(NamedTuple):
    verbs: "fastre.Pattern"  # the verbs of 任免 (任命, 聘任 … 为; 免去 … 的 … 职务)
    verb_links: dict[str, tuple[str, ...]]  # verb → the word between the name and the post
    links: tuple[str, ...]  # words joining a name that opens its clause to the post, longest first
    between: tuple[str, ...]  # adverbs and modal words between a name and its link (被, 再次), longest first
    ahead: "regex.Pattern"  # a name (or names joined by 、) and a link word at the start of the text
    clause: "regex.Pattern"  # a clause start with a name (or names joined by 、) and a link word after it


@lru_cache(maxsize=1)
def _appointment_words() -> _Appointment:
    """The words of ``lexicons/appointment_verbs.tsv``: verbs opening an appointment (任命张三为…), and the
    link words after a name opening its clause (王某任…, and in a list after 决定任命： one line a
    member, 李建国为…副厅长；)."""
    rows = load_rows("appointment_verbs.tsv")
    verbs = [r["word"] for r in rows if r["role"] == "verb"]
    links = tuple(sorted((r["word"] for r in rows if r["role"] == "link"), key=len, reverse=True))
    between = tuple(sorted((r["word"] for r in rows if r["role"] == "between"), key=len, reverse=True))
    linked = rf"(?:\p{{Han}}{{2,4}}、){{0,{_MAX_SHARED - 1}}}\p{{Han}}{{2,6}}(?:同志)?(?:{'|'.join(map(regex.escape, links))})"
    return _Appointment(
        fastre.compile("|".join(map(regex.escape, sorted(verbs, key=len, reverse=True)))),  # words: re's engine, 4x faster
        {r["word"]: tuple(split_alts(r["link"])) for r in rows if r["role"] == "verb"},
        links,
        between,
        regex.compile(linked),
        fastre.compile(rf"[，。；：、\n](?={linked})"),
    )


def _appointment_openings(text: str) -> list[tuple[int, Optional[str]]]:
    r"""``(position, verb)`` where an appointment may open, in text order: after a verb
    (任命张三为…, ``verb`` the verb), or at the start of the text or of a clause when a name and
    a link word follow (王某任…, ``verb`` None), unless a verb starts there. The matches of
    ``(?P<verb>任命|…|免去|(?<=[，。；：、\n]|^)(?=\p{Han}{2,4}(?:同志)?(?:任|兼任|担任|为)))``
    found without trying the zero-width alternative at every position of the text."""
    words = _appointment_words()
    verbs = [(m.end(), m.group()) for m in words.verbs.finditer(text)]
    verb_starts = {at - len(verb) for at, verb in verbs}
    leads = [m.end() for m in words.clause.finditer(text)]
    if words.ahead.match(text):
        leads.insert(0, 0)
    bare = [(p, None) for p in leads if p not in verb_starts]
    return sorted([*verbs, *bare], key=lambda x: x[0] - (len(x[1]) if x[1] else 0))


_RE_POST = regex.compile(r"[\p{Han}、（）]{2,40}?(?=职务|[，。；;：\n]|$)")


def _post(role: str) -> Optional[tuple[int, str, Optional[str]]]:
    """``(start of the title in role, title, org)`` when ``role`` ends with an official's title."""
    matches = list(_title_re().finditer(role))
    if not matches or matches[-1].end() != len(role) or official_titles()[matches[-1].group()].occupation:
        return None  # 为…志愿者: a word of work or standing is no post one is appointed to
    last = matches[-1]
    found = _role_before(role, last.start(), official_titles()[last.group()], {t.end(): t.start() for t in matches}, 0)
    return found.title_start, role[found.title_start:], found.org


def _linked_name(text: str, at: int, link: tuple[str, ...]) -> Optional[tuple[str, int, str]]:
    """``(name, where its link word starts, link word)`` for the name at ``at`` that a link word of
    an appointment follows (``同志`` may stand between): the segmenter's name, or, when it reads the
    link into the name (选举张三为… → 张三为), the shorter name the link follows."""
    segmented = name_after(text[at:at + 8])
    foreign = foreign_name_after(text[at:at + _LOOK])  # 任命米舒斯京为…总理
    candidates = [segmented] + [text[at:at + n] for n in (3, 2, 4) if text[at:at + n] != segmented]
    for name in candidates + ([foreign] if foreign and foreign not in candidates else []):
        if not name or (name not in (segmented, foreign) and (
                not is_name(name) or common_word(name) or not word_ends_at(text[at:at + 12], len(name), names=True))):
            continue  # 任务为组长: 任务 is a word, not a name; 曾担任: 担任 is one word
        rest = at + len(name) + (2 if text.startswith("同志", at + len(name)) else 0)
        for _ in range(2):  # 王五被任命为…, 王五已经再次当选为…: adverbs and modal words before the link
            word = next((w for w in _appointment_words().between if text.startswith(w, rest)), None)
            if word is None:
                break
            rest += len(word)
        joiner = next((w for w in link if text.startswith(w, rest)), None)
        if joiner is not None and name == foreign and name != segmented \
                and pos_cut(text[rest:rest + 4])[0][0] != joiner:
            continue  # 普京任命…: the link word must stand alone after a transliterated name
        if joiner is not None and any(len(v) > len(joiner) and text.startswith(v, rest) for v in _appointment_words().verb_links):
            continue  # 王五被任命为: 任 opens the verb 任命, and 王五被 is no name
        if joiner is not None:
            return name, rest, joiner
    return None


def _removed_name(text: str, at: int) -> Optional[tuple[str, int, str]]:
    """``(name, where the post starts, "")`` for a removal written without its link word, the post
    right after the name and 职务 after the post (免去王五省财政厅厅长职务): only the segmenter's name."""
    name = name_after(text[at:at + 8])
    if not name:
        return None
    return name, at + len(name) + (2 if text.startswith("同志", at + len(name)) else 0), ""


def _listed_names(text: str, at: int) -> list[tuple[int, str]]:
    """The names joined by ``、`` from ``at`` on that share the appointment of the name after them
    (任命王刚、李明为副市长; 丁薛祥、何立峰为国务院副总理): ``(position, name)`` in text order, each a
    whole name (the segmenter's, or a transliterated one) with ``、`` right after it."""
    out: list[tuple[int, str]] = []
    while len(out) < _MAX_SHARED - 1:
        name = name_after(text[at:at + 8]) or foreign_name_after(text[at:at + _LOOK])
        if not name or not text.startswith("、", at + len(name)) or not word_ends_at(text[at:at + 12], len(name)):
            break
        out.append((at, name))
        at += len(name) + 1
    return out


def _appointments(ctx: Context) -> Iterator[FactBase]:
    """Appointments and removals (任免): ``任命张三为省发展改革委副主任``, ``免去李四的省财政厅副厅长职务``,
    ``王某任某某大学副校长``: the person with the post as title (its organization as org)."""
    text = ctx.text
    floor = 0
    for at, verb in _appointment_openings(text):
        if at < floor:
            continue  # 李明 of 任命王刚、李明为…: read with the list already
        words = _appointment_words()
        link = words.verb_links[verb] if verb else words.links
        listed = _listed_names(text, at)
        last = at + sum(len(name) + 1 for _pos, name in listed)
        found_name = _linked_name(text, last, link) or (_removed_name(text, last) if link == ("的",) else None)
        if found_name is None:
            continue
        name, rest, joiner = found_name
        post = _RE_POST.match(text, rest + len(joiner))
        found = _post(post.group()) if post else None
        if not found or (not joiner and not text.startswith("职务", post.end())):
            continue
        for pos, other in listed:
            yield ctx.make("person", pos, pos + len(other), name=other, title=found[1], org=found[2])
        floor = post.end()
        yield ctx.make("person", last, post.end(), name=name, title=found[1], org=found[2])


_RE_BRACKETED_POST = fastre.compile(
    r"(?<![\p{Han}·])(?P<names>\p{Han}{2,4}(?:、\p{Han}{2,4}){0,7})[（(](?P<post>[\p{Han}、]{2,40})[）)]"
    r"(?!\p{Han})"  # the bracket closes the member: not 经职工（代表）大会
)
# its anchor for finditer_near: the names (at most 39 characters) stand before it, the post and
# the closing bracket (at most 41) after it, and the lookahead reads one more character
_RE_OPENING_BRACKET = regex.compile(r"[（(]")


def _bracketed_posts(ctx: Context) -> Iterator[FactBase]:
    """Names with their post in brackets, as the members of a working group are listed
    (``组长：王志刚（县委书记）``, ``副组长：李明、赵强（副县长）``, ``张三（县发改局局长）、李四（…）``):
    each name (a whole word, not the end of a longer one) with the post's title and org."""
    text = ctx.text
    for m in finditer_near(_RE_BRACKETED_POST, text, _RE_OPENING_BRACKET, 40, 44):
        found = _post(m["post"])
        if not found:
            continue
        names, pos = [], m.start("names")
        for part in m["names"].split("、"):
            if (name_after(part) != part and _followed_name(part) != part) \
                    or (common_word(part) and not pos_cut(part)[0][1].startswith("nr")):
                names = []
                break
            names.append((pos, part))
            pos += len(part) + 1
        for at, name in names:
            yield ctx.make("person", at, m.end() if at == names[-1][0] else at + len(name),
                           name=name, title=found[1], org=found[2])


def extract_persons(ctx: Context) -> Iterator[FactBase]:
    lines = simplified_lines(ctx.raw)  # read once for the roster and the bylines (one OpenCC call)
    posted, titled_rows = roster_persons(ctx.raw, lines)
    layout = [ctx.make_raw("person", s, e, name=name, title=title, org=org)
              for s, e, name, title, org in [*byline_persons(ctx.raw, lines), *posted]]
    spans = SpanIndex((f.start, f.end) for f in layout)
    titled = [ctx.make_raw("person", s, e, name=name, title=title, org=org)
              for s, e, name, title, org in titled_rows]
    layout += [f for f in titled if not spans.overlaps(f.start, f.end)]  # 通讯员：章熊 is a byline already
    spans = SpanIndex((f.start, f.end) for f in layout)
    yield from layout
    officials = [f for f in _officials(ctx) if not spans.overlaps(f.start, f.end)]
    yield from officials
    spans = SpanIndex([*spans, *((f.start, f.end) for f in officials)])
    for fact in _appointments(ctx):
        if not spans.overlaps(fact.start, fact.end):
            yield fact
    for fact in _bracketed_posts(ctx):
        if not spans.overlaps(fact.start, fact.end):
            yield fact
