"""OpenCC sees only the lines that hold one of its triggers (lexicons/opencc_triggers.tsv): the same
text as converting the whole text, in less time (speed18)."""
from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from govtext.lexicons import load_rows
from govtext.text import normalize as nm

ROOT = Path(__file__).resolve().parent.parent


def whole(text: str) -> str:
    """The conversion of the whole text, as before the triggers (no lone surrogates in these texts)."""
    return nm._fold_variants(nm._opencc().convert(text)) if text else text


def file_version() -> set[str]:
    return {row["opencc"] for row in load_rows("opencc_triggers.tsv")}


@pytest.mark.parametrize("text", [
    "",
    "会议于2014年3月召开。",                            # simplified: no trigger, left as it is
    "遼寧日報",                                          # one line, traditional
    "正文第一段。\n遼寧日報記者報道\n第三段。",           # the middle line alone converted
    "標題\n正文",                                        # the first line
    "正文\n\n會議紀要",                                  # the last line, after an empty one
    "各部门要认真研究答覆。\n第二段",                      # a phrase (答覆 → 答复) whose characters convert alone to themselves
    "意志消沈\n藉口\n反反覆覆\n明瞭",                    # phrases only: 沈, 藉, 覆, 瞭 are the triggers
    "毛坏房\n打坏了",                                    # 坏 in 毛坏 (毛坯) and in 打坏 (a phrase of the dictionary)
    "中华人民共和国\r\n遼寧\r\n",                        # \r stays with its line
    "衞生\n敍利亚",                                      # variants OpenCC leaves, folded after it
    "乾燥\n乾隆",                                        # 乾 converts in one phrase and stays in another
    "𠮷野家\n遼寧",                                      # an astral character: the whole text is converted
    "\n\n\n",
    "於是\n于是\n於",
])
def test_same_as_whole_text(text):
    assert nm.to_simplified(text) == whole(text)


@pytest.mark.parametrize("lines, converted", [
    (["正文", "遼寧日報", "会议"], [False, True, False]),
    (["正文", "会议"], [False, False]),
    (["答覆", "答复"], [True, False]),
])
def test_lines_without_trigger_stay(lines, converted):
    pattern = nm._triggers()
    if version("opencc") not in file_version():
        assert pattern is None  # another opencc: every text is converted
        return
    assert [pattern.search(line) is not None for line in lines] == converted
    assert nm.to_simplified("\n".join(lines)) == "\n".join(whole(line) for line in lines)


def test_every_changed_character_is_a_trigger():
    """Each character of the Basic Multilingual Plane's CJK blocks that OpenCC converts alone to
    another character is a trigger (the phrases are checked against the dictionaries below)."""
    pattern = nm._triggers()
    if version("opencc") not in file_version():
        assert pattern is None
        return
    chars = [chr(c) for a, b in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)) for c in range(a, b + 1)]
    converted = nm._opencc().convert("\n".join(chars)).split("\n")
    assert len(converted) == len(chars)
    missing = [c for c, out in zip(chars, converted) if out != c and not pattern.match(c)]
    assert missing == []


def test_file_matches_the_installed_dictionaries():
    """lexicons/opencc_triggers.tsv is what scripts/gen_opencc_triggers.py reads from the installed opencc
    (when it is the version the file names; another version turns the triggers off)."""
    if version("opencc") not in file_version():
        assert nm._triggers() is None
        return
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_opencc_triggers.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
