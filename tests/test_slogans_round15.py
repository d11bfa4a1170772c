"""Slogans, round 15 (issue 14). Sentences written for the tests, with near misses.

- ``五保`` is ``unquoted: defined`` in slogans.tsv: unquoted it labels a category of rural households (农村五保户,
  五保供养对象: realgold12), but where its sentence spells out the fields it covers (``在吃、穿、住、医、葬方面``) it is the
  formula, with those parts (realgold15); a list of another length spells nothing out. Quoted, “五保” is a formula and
  “五保户” none, as before.
- ``双段长`` (the two section chiefs of a railway's safety zone: government and railway) is a fixed name, unquoted.
"""
import pytest

from govtext.extract import extract_facts


def _slogans(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.name, tuple(f.components)) for f in extract_facts(text, kinds=["slogan"])]


_FIVE = ("吃", "穿", "住", "医", "葬")


@pytest.mark.parametrize("text, expected", [
    ("农村的老年人，无劳动能力的，在吃、穿、住、医、葬方面，由乡、镇人民政府负责组织实行五保供养。", [("五保", _FIVE)]),
    ("本条例所称农村五保供养，是指依照本条例规定，在吃、穿、住、医、葬方面给予村民的生活照顾和物质帮助。", [("五保", _FIVE)]),
    ("对“五保”对象给予照顾。", [("五保", ())]),
    ("建立铁路安全环境治理双段长责任制，健全长效管理机制。", [("双段长", ())]),
    ("推行雙段長制。", [("双段长", ())]),
])
def test_formulas_found(text, expected):
    assert _slogans(text) == expected


@pytest.mark.parametrize("text", [
    "符合农村五保供养条件的，按照规定执行。",
    "农村五保供养对象不再符合条件的，停止供养。",
    "对农村五保户给予照顾。",
    "完善农村“五保户”供养制度。",
    "在吃、穿方面，实行五保供养。",  # two fields are no five parts
    "在吃、穿、住、医、葬方面给予帮助。农村五保供养对象由村民委员会照料。",  # the list is in another sentence
    "铁路段长负责巡查。",
])
def test_no_formula(text):
    assert _slogans(text) == []
