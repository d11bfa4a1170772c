"""The cheap tests the person and byline readers run before their costly ones (round 12, perf12) must
never reject what the costly test would accept: each shortcut is checked here against the reading it
spares, on sentences of every shape and on every title position of the seed corpus."""
from __future__ import annotations

from pathlib import Path

import pytest
import regex

from govtext.extract import persons
from govtext.extract.context import Context
from govtext.extract.names import foreign_name_before, states
from govtext.lexicons import load_rows
from govtext.text.boilerplate import required_literal

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted((ROOT / "corpus").glob("*.txt"))

# a title, then what follows it: a name (Chinese, compound surname, transliterated), or none
AFTER_TITLE = [
    ("chinese", "区委书记杨超出席会议。", True),
    ("compound", "副市长欧阳明高主持。", True),
    ("foreign", "美国总统拜登表示。", True),
    ("listed-slot", "浙江省副省长高兴夫，宁波市委副书记、市长裘东耀出席。", True),
    ("particle", "市委书记的讲话很重要。", False),
    ("conjunction", "各村党支部书记和村主任参加。", False),
    ("comma", "他担任过县长，后来调走。", False),
]


@pytest.mark.parametrize("text,has_name", [c[1:] for c in AFTER_TITLE], ids=[c[0] for c in AFTER_TITLE])
def test_may_open_name_agrees(text, has_name):
    ctx = Context(text)
    for m in persons._title_re().finditer(ctx.text):
        found = persons._name_after_title(ctx, m.end())
        if found:
            assert persons._may_open_name(ctx.text, m.end()), (text, m.group(), found)
    names = {f.name for f in persons.extract_persons(ctx)}
    assert bool(names) == has_name


@pytest.mark.parametrize("path", CORPUS[:40], ids=lambda p: p.stem[:12])
def test_may_open_name_never_hides_a_name(path):
    """Wherever ``_may_open_name`` says no, ``_name_after_title`` finds nothing (both strict or not)."""
    ctx = Context(path.read_text(encoding="utf-8"))
    for m in persons._title_re().finditer(ctx.text):
        if not persons._may_open_name(ctx.text, m.end()):
            assert persons._name_after_title(ctx, m.end()) is None
            assert persons._name_after_title(ctx, m.end(), strict=True) is None


def test_state_suffix_is_the_longest_state_ending_the_run():
    for run in ("会见联合国", "时任俄罗斯总统", "发生强震分别向巴", "哈萨克斯坦", "中央", ""):
        old = sorted((s for s in states() if run.endswith(s)), key=len, reverse=True)[:1]
        assert list(persons._state_suffix(run)) == old


@pytest.mark.parametrize("text,name", [
    ("同西班牙国王费利佩六世", "费利佩六世"),
    ("会见费利佩六世\n", "费利佩六世"),  # $ stands before a final newline too
    ("和卢拉", "卢拉"),
    ("六世", None),
])
def test_regnal_number_only_at_the_end(text, name):
    assert foreign_name_before(text) == name


def test_boilerplate_literals_are_in_every_match():
    """A row's required literal is in every line its pattern matches (seed corpus lines and a few made ones)."""
    lines = [line for p in CORPUS for line in p.read_text(encoding="utf-8").splitlines()]
    lines += ["首页 >> 新闻中心 >> 要闻", "（责编：王明）", "分享到：", "（下转第四版）", "<!-- x -->"]
    for row in load_rows("boilerplate.tsv"):
        literal = required_literal(row["pattern"])
        pattern = regex.compile(row["pattern"])
        for line in lines:
            if pattern.search(line):
                assert literal in line, (row["name"], line)


@pytest.mark.parametrize("pattern,literal", [
    (r"\S\s*>>\s*\S", ">>"),
    (r"^\s*分享到", "分享到"),
    (r"(?i)share>>", ""),           # case folded: no literal
    (r"^\s*(?:相关阅读|延伸阅读)\s*$", ""),  # alternatives only
    (r"a(?:b)?cd", "cd"),
    (r"[（(]\s*(?:下|上)转第[一二]+版", "转第"),
])
def test_required_literal(pattern, literal):
    assert required_literal(pattern) == literal
