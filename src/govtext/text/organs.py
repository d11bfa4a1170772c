"""Organ names: is a line the name of an organ (机关) and nothing else?

The heads an organ's name ends in (委员会, 人民政府, 办公室, 领导小组 …) live in
``lexicons/organ_heads.tsv``. Read by the layout (版头, signatures, 编印单位) and by the
document's own date (a 纪要's 编印单位 beside its date).
"""
from __future__ import annotations

from functools import lru_cache

import regex

from govtext.lexicons import load_rows

__all__ = ["organ_name"]

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
