"""Personal names next to a role: where a name starts or ends, validated by surname and segmenter.

A name is a surname from ``lexicons/surnames.txt`` (single or compound) plus one or two given
characters. Its length is taken from govtext's segmenter (jieba with govtext's words, tagging
unseen names ``nr``), with one repair when the segmenter splits the surname off: a given name
that is itself a dictionary word stays whole (``王/红梅/主持会议`` → 王红梅), one glued by the
segmenter to the next word is cut after one character (``杨/超访/民情`` → 杨超).

>>> name_after("杨超访民情，察民忧"), name_after("王红梅主持会议")
('杨超', '王红梅')
>>> name_after("任组长"), name_after("和市委常委们")
(None, None)
>>> name_before("学习习近平")
'习近平'

Foreign names (and names of minority languages) are written by sound, with characters from
``lexicons/transliteration.txt`` and a middle dot between their parts; no surname opens them,
so :func:`foreign_name_after` and :func:`foreign_name_before` take a run of those characters
next to a title and let the segmenter decide where it ends: the run stops at the first ordinary
word (``默克尔特别强调`` → 默克尔) and is refused when it is a state (``lexicons/states.tsv``).

>>> foreign_name_after("拜登表示"), foreign_name_after("纳扎尔巴耶夫举行会谈"), foreign_name_after("特别强调")
('拜登', '纳扎尔巴耶夫', None)
>>> foreign_name_before("习近平主席和卢拉"), foreign_name_before("会见巴西")
('卢拉', None)
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from govtext.lexicons import load_rows, load_words, split_alts
from govtext.text.patterns import SMALL_NUMERALS
from govtext.text.postag import pos_pairs
from govtext.text.segmentation import word_frequency
from govtext.text import fastre

__all__ = [
    "common_word", "foreign_name_after", "is_place", "foreign_name_before", "is_foreign_name", "is_name", "is_person_name",
    "may_end_name", "name_after",
    "name_before", "name_by_follower", "name_closed", "pos_cut", "states", "surname_length", "surnames", "word_ends_at",
]

_HAN = fastre.compile(r"\p{Han}+")
_HAN_TAIL = fastre.compile(r"\p{Han}+$")
DOTS = "·•‧・"  # the middle dot between the parts of a transliterated name (简·迪安·米勒)
_HYPHENS = "‐－-"  # 塔勒-鲁索, 本-古里安: a hyphen between the parts of some transliterated names
_RE_NAME_PARTS = regex.compile(f"[{DOTS}{_HYPHENS}]")
_FOREIGN_MAX = 16  # characters of a transliterated name, dots included
# Tags a segmenter word inside a transliterated name may carry besides names: places, other proper
# nouns and abbreviations (jieba tags 普京 ns, 拉比 j); anything else must be unknown to its dictionary.
_FOREIGN_TAGS = ("nr", "ns", "nz", "j", "x", "eng")
_RARE = 100  # dictionary frequency below which a word is no common word
_FUNCTION_TAGS = "cpduy"  # conjunction, preposition, adverb, particles (何 r, 张 q, 付 v are surnames)


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return frozenset(load_words("surnames.txt"))


def _surname_len(word: str) -> int:
    """Length of the surname ``word`` starts with (2 for compound surnames), 0 if none."""
    names = surnames()
    if word[:2] in names and len(word) >= 3:
        return 2
    return 1 if word[:1] in names else 0


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    return frozenset(load_words("not_names.txt"))


def is_name(word: str) -> bool:
    """Can ``word`` be a full Chinese personal name (surname + one or two characters)? A surname
    doubled (``殷殷``) is a reduplicated word, and the ordinary words of ``lexicons/not_names.txt``
    (许可, 师生) are no names though the segmenter's dictionary tags them so.

    >>> is_name("胡玉华"), is_name("欧阳修"), is_name("彭"), is_name("的确"), is_name("殷殷"), is_name("许可")
    (True, True, False, False, False, False)

    A family name of two characters (Japanese ones as Chinese text writes them) may take a given
    name of three: ``石原慎太郎``, ``鸠山由纪夫``; a single surname never does (``王小明白``).

    >>> is_name("石原慎太郎"), is_name("王小明白")
    (True, False)
    """
    if not _HAN.fullmatch(word or "") or word in _not_names():
        return False
    n = _surname_len(word)
    if len(word) == 2 and word[0] == word[1]:
        return False
    return bool(n) and 1 <= len(word) - n <= (3 if n == 2 else 2)


def is_person_name(word: str) -> bool:
    """A Chinese name (:func:`is_name`) or a transliterated one (:func:`is_foreign_name`)."""
    return is_name(word) or is_foreign_name(word)


def pos_cut(text: str) -> list[tuple[str, str]]:
    """``(word, tag)`` pairs from govtext's segmenter."""
    return list(pos_pairs(text))


def name_after(text: str) -> Optional[str]:
    """The personal name ``text`` starts with, or ``None``.

    The segmenter's word is repaired where it misreads a three-character name: a surname split
    from a given name it tags as a name (``郑/淑娜``), a two-character name followed by a lone
    character that a follower word closes (``赵云/飞/在``, ``宁吉/喆/感受`` rare characters too),
    and a name that swallowed a particle (``罗干将对此`` → 罗干).

    >>> name_after("郑淑娜则对汽车"), name_after("赵云飞在接受"), name_after("刘伟到北京"), name_after("王强称，")
    ('郑淑娜', '赵云飞', '刘伟', '王强')
    """
    head = _HAN.match(text[:8])
    if not head or not _surname_len(head.group()):
        return None
    words = pos_cut(head.group())
    word, tag = words[0]
    married = _married_name(head.group(), words)
    if married:
        return married
    if tag.startswith("nr") and is_name(word):
        if len(word) == 3 and _particles().match(word, 2) and is_name(word[:2]):
            return word[:2]  # 罗干将: 将 is an adverb, not the third character of the name
        if len(words) > 1 and (len(word) == 2 or (len(word) == 3 and _surname_len(word) == 2)) \
                and _third_character(head.group(), words, len(word)):
            return word + words[1][0][0]  # 赵云/飞/在 → 赵云飞; 茂木敏/充说 → 茂木敏充
        return word
    if len(word) == 1 and tag.startswith("nr") and len(words) > 1:
        given, given_tag = words[1]
        if len(given) == 2 and (_in_dictionary(given) or given_tag.startswith("nr")) and is_name(word + given) \
                and not _followers().fullmatch(given, 1):  # 李/明说: 说 ends the name 李明
            return word + given
        if is_name(word + given[0]):
            return word + given[0]
    return None


def _married_name(head: str, words: list[tuple[str, str]]) -> Optional[str]:
    """A name of four characters with the husband's surname before the woman's own, as Hong Kong
    writes them (林郑月娥, 范徐丽泰, 陈方安生): two single surnames and a given name of two characters,
    that the segmenter reads as a name (林郑/月娥, or 范徐丽泰 whole) and a follower word,
    punctuation or the end closes.

    >>> _married_name("林郑月娥表示", pos_cut("林郑月娥表示")), _married_name("林郑两家", pos_cut("林郑两家"))
    ('林郑月娥', None)
    """
    names = surnames()
    if len(head) < 4 or head[0] not in names or head[1] not in names or not _followers().match(head, 4):
        return None
    word, tag = words[0]
    if not tag.startswith("nr") or not (len(word) == 4 or (len(word) == 2 and len(words) > 1 and len(words[1][0]) == 2)):
        return None
    given = head[2:4]
    if _particles().match(given[1]) or pos_cut(given)[0][1][:1] in ("v", "m", "q", "d", "p", "c", "u", "r"):
        return None
    return head[:4]


def _third_character(head: str, words: list[tuple[str, str]], n: int = 2) -> bool:
    """After a name word of ``n`` characters (two, or three after a family name of two: 茂木敏/充说),
    is the lone next character the name's last one? Yes when
    it is no particle or follower itself and a follower word, punctuation or the end closes it
    (``赵云/飞/在`` → 赵云飞; ``刘伟/到/北京``, ``王强/称``: no). The segmenter may also glue that
    character to a one-character follower into a word of its own (``张晓/明说`` → 张晓明 说): the
    character then counts when it is neither a function word nor a verb (``王刚/再说``, ``贾亮/回到``)."""
    third, tag = words[1]
    if third == "和" and tag == "c":  # 魏凤/和/出席: no conjunction stands before a verb or a stop
        return bool(_verb_followers().match(head, n + 1))
    if len(third) == 2 and _particles().fullmatch(third, 1) and _followers().match(head, n + 1):
        first = pos_cut(third[0])[0][1]
        return not _particles().match(third) and not first.startswith(tuple(_FUNCTION_TAGS)) \
            and not first.startswith(("v", "m", "q", "r", "f"))  # 贾亮/回到: 回 is a verb
    if len(third) != 1 or _particles().match(third) or _followers().match(third):
        return False
    if tag in ("zg", "ng") or tag.startswith("nr"):
        return True  # a rare character (喆) or one the tagger reads as part of a name
    return bool(_followers().match(head, n + 1)) and tag.startswith(("v", "a", "d", "n", "j"))


@lru_cache(maxsize=None)  # two patterns (with and without 的): a cache of one recompiled them in turn
def _followers(possessive: bool = True) -> "regex.Pattern":
    words = sorted((r["word"] for r in load_rows("name_followers.tsv") if possessive or r["kind"] != "possessive"),
                   key=len, reverse=True)
    return fastre.compile(rf"(?:{'|'.join(map(regex.escape, words))}|[\p{{P}}\s\d]|$)")


@lru_cache(maxsize=1)
def _verb_followers() -> "regex.Pattern":
    """The verbs of ``name_followers.tsv`` (出席, 表示, 说 …), punctuation or the end."""
    words = sorted((r["word"] for r in load_rows("name_followers.tsv") if r["kind"] == "verb"), key=len, reverse=True)
    return regex.compile(rf"(?:{'|'.join(map(regex.escape, words))}|[\p{{P}}\s]|$)")


@lru_cache(maxsize=1)
def _particles() -> "regex.Pattern":
    """The single characters of ``name_followers.tsv`` (particles, prepositions, verbs): they end
    a name and are never its last character (罗干将对此 → 罗干)."""
    chars = "".join(r["word"] for r in load_rows("name_followers.tsv") if len(r["word"]) == 1)
    return regex.compile(f"[{regex.escape(chars)}]")


def name_closed(text: str) -> bool:
    """Does ``text`` open with what closes a name: punctuation, a digit, the end, or a word of
    ``name_followers.tsv`` other than the possessive 的 (after a title that follows its name, 的 makes
    the title a noun: ``本方代表的三分之一``)?

    >>> name_closed("：你提出的"), name_closed("提出的建议"), name_closed("省人民政府向大会"), name_closed("的意见")
    (True, False, False, False)
    """
    return bool(_followers(possessive=False).match(text))


def name_by_follower(text: str) -> Optional[str]:
    """The name ``text`` starts with when a word of ``name_followers.tsv`` (or punctuation, or
    the end) closes it: for names the segmenter splits (``郑/海涛``, ``吴国/强``).

    A candidate that opens with a common word (``班子``, ``文章``: not a name or place) is none.

    >>> name_by_follower("郑海涛违规操办婚宴"), name_by_follower("孙卫国"), name_by_follower("班子作对照检查")
    ('郑海涛', '孙卫国', None)
    >>> name_by_follower("王芳说：")
    '王芳'

    The segmenter's first word may be the surname itself (``岩屋/毅``) or a word its dictionary does
    not hold, guessed from unknown characters (``支现/伟``): neither speaks against a name.

    >>> name_by_follower("岩屋毅当天说"), name_by_follower("支现伟表示"), name_by_follower("徐步表示")
    ('岩屋毅', '支现伟', '徐步')
    """
    head = _HAN.match(text)
    if not head:
        return None
    sizes = (5, 4, 3, 2) if _surname_len(head.group()[:4]) == 2 else (3, 2)  # 岸田文雄, 石原慎太郎: a family name of two
    for size in sizes:
        cand = head.group()[:size]
        last = _followers().match(text, size - 1) if size >= 3 else None
        if last and last.end() > size - 1:
            continue  # 王芳说：: the last character opens a follower word, so the name is shorter (田中华说)
        if size >= 4 and any(len(m.group()) >= 2 for i in range(3, size - 1) if (m := _followers().match(text, i))):
            continue  # 中谷元表示: a follower word inside the candidate ends the name before it
        if len(cand) == size and is_name(cand) and _followers().match(text, size):
            words = pos_cut(cand)
            word, tag = words[0]
            if len(word) >= 2 and not tag.startswith(("nr", "ns", "nz")) and word != cand[:_surname_len(cand)] \
                    and _in_dictionary(word) and (word != cand or common_word(word)):
                return None  # 班子作…: a word of the dictionary; not 岩屋/毅 (the surname) or 支现/伟 (guessed),
                # nor a rare word that is the whole name (徐步, a literary word for "slow steps")
            if len(words) == 2 and len(words[1][0]) == 2 and words[1][1].startswith(("v", "a", "m")) and common_word(words[1][0]):
                return None  # 全覆盖, 有充足, 后首次: the "given name" is a common verb, adjective or numeral word
            if len(word) == 1 and tag[:1] in _FUNCTION_TAGS:
                return None  # 委员须承担, 委员和参与: the "surname" is an adverb or a conjunction
            if not word_ends_at(head.group()[:size + 4], size) and not _glued_verb(head.group()[:size + 4], size):
                return None  # 委员有拒不履行: 拒不 is one word, so 有拒 is no name
            return cand
    return None


def _glued_verb(text: str, pos: int) -> bool:
    """Does the segmenter glue the character before ``pos`` to a one-character verb of
    ``name_followers.tsv`` into a word of two (``茂木敏/充说``: 充 ends the name, 说 follows it)?"""
    at = 0
    for word, _tag in pos_cut(text):
        if at < pos < at + len(word):
            return at == pos - 1 and len(word) == 2 and bool(_one_character_verbs().fullmatch(word[1]))
        at += len(word)
    return False


@lru_cache(maxsize=1)
def _one_character_verbs() -> "regex.Pattern":
    """The verbs of one character in ``name_followers.tsv`` (说, 答, 作)."""
    chars = "".join(r["word"] for r in load_rows("name_followers.tsv") if r["kind"] == "verb" and len(r["word"]) == 1)
    return regex.compile(f"[{regex.escape(chars)}]")


def surname_length(word: str) -> int:
    """Length of the surname ``word`` opens with: 2 for a family name of two characters (欧阳,
    岸田), 1 for a single one, 0 for none.

    >>> surname_length("茂木敏充"), surname_length("王刚"), surname_length("的确")
    (2, 1, 0)
    """
    return _surname_len(word)


def common_word(word: str) -> bool:
    """Does the segmenter's dictionary know ``word`` as a common word (frequency 50 or more)?
    Its tags call many of them names (师生, 明白), so this is the check a name needs where only
    a title beside it vouches for it."""
    return word_frequency(word) >= 50


def word_ends_at(text: str, pos: int, names: bool = False) -> bool:
    """Does the segmenter end a word at ``pos`` of ``text``? With ``names``, a word it tags as a
    name may go on past ``pos`` (it may have read the next word into the name: 张三为).

    >>> word_ends_at("曾担任副总理", 2), word_ends_at("王刚任组长", 2), word_ends_at("张三为县长", 2, names=True)
    (False, True, True)
    """
    at = 0
    for word, tag in pos_cut(text):
        at += len(word)
        if at >= pos:
            return at == pos or (names and tag.startswith("nr"))
    return True


def _in_dictionary(word: str) -> bool:
    return word_frequency(word) > 0


def name_before(text: str) -> Optional[str]:
    """The personal name ``text`` ends with (a whole segmenter word tagged as a name), or ``None``."""
    tail = _HAN_TAIL.search(text[-8:])
    if not tail:
        return None
    words = pos_cut(tail.group())
    word, tag = words[-1]
    if tag.startswith("nr") and is_name(word):
        return word
    if len(words) > 1 and len(words[-2][0]) == 1 and words[-2][1].startswith("nr") and len(word) <= 2:
        joined = words[-2][0] + word  # 栗/战书委员长: a surname the segmenter split from the given name
        if is_name(joined) and not _particles().match(word[-1]):
            return joined
    return _name_opening_clause(text)


def _name_opening_clause(text: str) -> Optional[str]:
    """A name of three characters that opens its clause (after punctuation, a line break, the start,
    or a conjunction) and that the segmenter reads otherwise (钟南山 as a place, 屠/呦/呦, 孙家/栋):
    the clause start vouches for where it begins, a title after it for where it ends.

    >>> _name_opening_clause("，钟南山"), _name_opening_clause("屠呦呦"), _name_opening_clause("，南京市")
    ('钟南山', '屠呦呦', None)
    """
    cand = text[-3:]
    before = text[-4:-3]
    if len(cand) < 3 or not is_name(cand) or is_place(cand) or common_word(cand):
        return None
    if before and _HAN.match(before) and before not in _CLAUSE_JOINERS:
        return None
    words = pos_cut(cand)
    if len(words) == 1:
        tag = words[0][1]
        return cand if tag in ("n", "ns", "nz", "t") or tag.startswith("nr") else None  # 钟南山 ns; not 国两国 nt
    for word, tag in words[1:] if len(words[0][0]) == 1 else words:
        if (len(word) > 1 and common_word(word)) or tag[:1] in ("v", "p", "d", "c", "u", "r", "m", "q", "f"):
            return None  # 应当/向, 高举/毛, 和/美国: words of a clause, no name
    return cand


_CLAUSE_JOINERS = "和与及同、的是在由对向"


# --------------------------------------------------------------------------- transliterated names

@lru_cache(maxsize=1)
def transliteration_chars() -> frozenset[str]:
    return frozenset(load_words("transliteration.txt"))


@lru_cache(maxsize=1)
def states() -> frozenset[str]:
    """Every written name of a state in ``lexicons/states.tsv`` (names, aliases, short forms)."""
    out: set[str] = set()
    for row in load_rows("states.tsv"):
        out.add(row["name"])
        out.update(split_alts(row.get("aliases")))
        out.update(split_alts(row.get("short")))
    return frozenset(out)


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    out: set[str] = set(states())
    for row in load_rows("divisions.tsv"):
        out.add(row["name"])
        out.update(split_alts(row.get("short")))
    return frozenset(out)


def is_place(word: str) -> bool:
    """Is ``word`` the name of a state or of a Chinese division (``lexicons/divisions.tsv``)? Such
    a word beside a title is its organization, never a person (山西省长, 乌克兰总理).

    >>> is_place("山西"), is_place("乌克兰"), is_place("杨超")
    (True, True, False)
    """
    return word in _places()


def _run_length(text: str, reverse: bool = False) -> int:
    """Length of the run of transliteration characters (dots only between them) at the start of
    ``text`` (at its end when ``reverse``)."""
    chars = transliteration_chars()
    seq = text[::-1] if reverse else text
    n = 0
    while n < len(seq) and n < _FOREIGN_MAX and (seq[n] in chars or (seq[n] in DOTS and n and n + 1 < len(seq)
                                                                     and seq[n + 1] in chars)):
        n += 1
    return n


def _name_word(word: str, tag: str) -> bool:
    """Can a segmenter word be part of a transliterated name? A single character, a word tagged
    as a name or another proper noun, or a word the dictionary does not know as a common one."""
    if len(word) == 1 or tag.startswith(_FOREIGN_TAGS):
        return True
    return word_frequency(word) < _RARE


def is_foreign_name(word: str) -> bool:
    """Is ``word`` written like a transliterated name: two or more transliteration characters
    (dots between parts), not a state's name?

    >>> is_foreign_name("拜登"), is_foreign_name("简·迪安·米勒"), is_foreign_name("巴西"), is_foreign_name("王")
    (True, True, False, False)
    """
    if not word or len(word) > _FOREIGN_MAX or word in _not_names():
        return False
    parts = _RE_NAME_PARTS.split(word)
    if any(not _HAN.fullmatch(part) or part in states() for part in parts):
        return False
    # the first part in transliteration characters; the parts after a dot or hyphen as the segmenter
    # read them (拉塞尔·乔思林, see _name_tail)
    return _run_length(parts[0]) == len(parts[0]) and len(word) - len(parts) + 1 >= 2


# A monarch's or pope's regnal number after the name is part of it: 查尔斯三世, 费利佩六世, 本笃十六世.
_RE_REGNAL = regex.compile(rf"[{SMALL_NUMERALS}]{{1,3}}世(?![纪界代])")  # not 三世纪, 三世代
_RE_REGNAL_END = regex.compile(rf"[{SMALL_NUMERALS}]{{1,3}}世$")


def foreign_name_after(text: str) -> Optional[str]:
    """The transliterated name ``text`` starts with, cut where the segmenter finds an ordinary word,
    with its regnal number (``查尔斯三世``).

    >>> foreign_name_after("查尔斯三世表示"), foreign_name_after("查尔斯三世纪念")
    ('查尔斯三世', '查尔斯')

    A word the segmenter reads across the run's end (``米尔斯海/默认/为``) still ends the name with the
    run where a follower word opens right after it (认为): the run's last character is the name's.

    >>> foreign_name_after("米尔斯海默认为"), foreign_name_after("默克尔特别强调")
    ('米尔斯海默', '默克尔')
    """
    n = _run_length(text)
    if n < 2:
        return None
    end = 0
    for word, tag in pos_cut(text[:n + 4]):
        if end + len(word) > n or not _name_word(word, tag):
            if end < n < end + len(word) and len(word) == n - end + 1 and _verb_followers().match(text, n) \
                    and text[n] not in DOTS and _HAN.match(text, n):
                end = n  # 米尔斯海/默认/为: 默 ends the name, 认为 follows it
            break
        end += len(word)
    name = text[:end].rstrip(DOTS)
    if not is_foreign_name(name):
        return None
    name += _name_tail(text, len(name))
    regnal = _RE_REGNAL.match(text, len(name))
    return name + regnal.group() if regnal else name


_NAME_TAGS = ("nr", "ns", "nz")


def _name_tail(text: str, at: int) -> str:
    """The further parts of a transliterated name whose first part ends at ``at``: after a middle dot,
    the words the segmenter reads as names (``拉塞尔·乔思林``, ``迪迪埃·纪尧姆``: 思, 纪 and 尧 are
    in no transliteration table, but a part after a dot is a name's part all the same), or single
    transliteration characters; after a hyphen, only a word tagged as a personal name
    (``塔勒-鲁索``, never the places of ``米兰-科尔蒂纳``).

    >>> _name_tail("拉塞尔·乔思林上月自杀", 3), _name_tail("塔勒-鲁索17号表示", 2), _name_tail("米兰-科尔蒂纳举行", 2)
    ('·乔思林', '-鲁索', '')
    """
    out = ""
    while at < len(text) and text[at] in DOTS + _HYPHENS and len(out) + at < _FOREIGN_MAX:
        head = _HAN.match(text, at + 1)
        if not head:
            break
        part, hyphen = "", text[at] in _HYPHENS
        for word, tag in pos_cut(head.group()[:8]):
            ok = tag.startswith(_NAME_TAGS) or (len(word) == 1 and word in transliteration_chars())
            if hyphen and part:
                part = "" if ok else part  # 科尔/蒂纳: the hyphen's word must end the name
                break
            if hyphen and not (tag.startswith("nr") and len(word) >= 2):
                break
            if not ok or word in states() or len(word) > 4:
                break
            part += word
        if not part:
            break
        out += text[at] + part
        at += 1 + len(part)
    return out


def may_end_name(text: str) -> bool:
    """Can :func:`name_before` (of ``text[-8:]``) or :func:`foreign_name_before` (of ``text``) find a
    name? A cheap necessary condition, tried before the segmenter reads the text: every name they
    return is a suffix of ``text``, Chinese (two to five characters that :func:`is_name` accepts) or
    transliterated (after a run of two transliteration characters, or before a regnal number: 世).

    >>> may_end_name("会见了习近平"), may_end_name("各位"), may_end_name("和普京"), may_end_name("同费利佩六世")
    (True, False, True, True)
    """
    if any(is_name(text[-k:]) for k in range(2, min(5, len(text)) + 1)):
        return True
    return text.endswith(("世", "世\n")) or _run_length(text, reverse=True) >= 2


def foreign_name_before(text: str) -> Optional[str]:
    """The transliterated name ``text`` ends with (``和卢拉`` → 卢拉), cut like :func:`foreign_name_after`,
    with its regnal number (``同费利佩六世`` → 费利佩六世)."""
    # a regnal number is at most three numerals and 世 at the end ($: or before a final newline),
    # searched only there
    regnal = _RE_REGNAL_END.search(text, max(0, len(text) - 5)) if text.endswith(("世", "世\n")) else None
    if regnal:
        name = foreign_name_before(text[:regnal.start()])
        return name + regnal.group() if name else None
    n = _run_length(text, reverse=True)
    if n < 2:
        return None
    lo = max(0, len(text) - n - 4)
    words = pos_cut(text[lo:])
    start = len(text) - lo
    floor = len(text) - lo - n  # where the run starts, in text[lo:]
    for word, tag in reversed(words):
        if start - len(word) < floor:
            if tag.startswith("nr"):  # 向普京 read as one name: the run's part of it
                start = floor
            break
        if not _name_word(word, tag):
            break
        start -= len(word)
    name = text[lo + start:].lstrip(DOTS)
    return name if is_foreign_name(name) else None
