"""Organ names: is a line the name of an organ (机关) and nothing else? And the organ prefixes
fused into officials' titles (区委书记).

The heads an organ's name ends in (委员会, 人民政府, 办公室, 领导小组 …) live in
``lexicons/organ_heads.tsv``. Read by the layout (版头, signatures, 编印单位) and by the
document's own date (a 纪要's 编印单位 beside its date). The written forms of a title of
``lexicons/official_titles.tsv`` (:func:`fused_titles`) are read by the person extractor and by
the segmenter's generated word list.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from govtext.lexicons import load_rows, split_alts

__all__ = ["fused_titles", "organ_name"]

_ORGAN_CHARS = regex.compile(r"^[\p{Han}（）()、]{3,40}$")


@lru_cache(maxsize=1)
def _organ_heads() -> tuple[str, ...]:
    return tuple(row["head"] for row in load_rows("organ_heads.tsv"))


def organ_name(flat: str) -> bool:
    """Is ``flat`` (a line without spaces) an organ's name and nothing else (``lexicons/organ_heads.tsv``)?

    >>> organ_name("中共临川市纪委办公室"), organ_name("西河区脱贫攻坚领导小组办公室")
    (True, True)
    >>> organ_name("关于加强管理的通知"), organ_name("一、总体情况")
    (False, False)
    """
    return bool(_ORGAN_CHARS.match(flat)) and "关于" not in flat and flat.endswith(_organ_heads())


def fused_titles(row: dict[str, str]) -> list[tuple[str, str]]:
    """``(written form, level)`` of each party-committee prefix fused into the title of an
    ``official_titles.tsv`` row (column ``prefixes``: ``区委=区`` writes 区委书记 and names the level
    区; a prefix without ``=`` names none).

    >>> fused_titles({"title": "支书", "prefixes": "村党支部|党支部|村"})
    [('村党支部支书', ''), ('党支部支书', ''), ('村支书', '')]
    >>> fused_titles({"title": "书记", "prefixes": "区委=区"}), fused_titles({"title": "省长", "prefixes": ""})
    ([('区委书记', '区')], [])
    """
    forms = []
    for prefix in split_alts(row.get("prefixes")):
        written, _, level = prefix.partition("=")
        forms.append((written + row["title"], level))
    return forms
