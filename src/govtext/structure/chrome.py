"""Web-page chrome around a document: toolbars, font switches, share buttons, footers, breadcrumbs.

A page stripped of its HTML keeps its furniture as lines of text: a toolbar (``下载 打印 全屏
收藏``, maybe one word a line), a font switch (``【字号：加大 还原 减小】``), share and print
buttons (also spaced out to width, ``【打 印】【关 闭】``), ``扫一扫在手机打开当前页``, and a breadcrumb (``当前位置：首页 > 政务公开 > 政策文件``) that
may also be set one crumb a line (``您的位置:`` / ``首页`` / ``>`` / ``云南要闻``). These lines are
``navigation``: kept out of the title, the body and the facts. The words are listed in
``lexicons/page_chrome.tsv``; breadcrumb openers in ``lexicons/layout_markers.tsv``.

>>> from govtext.structure.lines import split_lines
>>> lines = split_lines("下载\\n打印\\n【字号：\\n加大\\n还原\\n】\\n2026年某省政府工作报告\\n您的位置:\\n首页\\n>\\n要闻\\n要闻\\n正文第一句。\\n")
>>> roles = ["body"] * len(lines)
>>> mark_chrome(lines, roles)
>>> [ln.flat for ln, r in zip(lines, roles) if r == "body"]
['2026年某省政府工作报告', '正文第一句。']
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

import regex

from govtext.lexicons import load_rows
from govtext.structure.lines import Line, has_marker
from govtext.text import fastre

__all__ = ["mark_chrome", "chrome_line"]

_SEPARATOR_CLASS = r"\s【】\[\]［］（）()<>＜＞《》|｜:：/／·•,，、>»›×✕✖"
_SEPARATORS = fastre.compile(rf"[{_SEPARATOR_CLASS}]+")
_FIRST_TOKEN = fastre.compile(rf"[^{_SEPARATOR_CLASS}]+")  # the first of _tokens(): a line of running text fails on it
_CRUMB_MAX = 16          # a crumb (column name) set on its own line is short
_NOTHING = regex.compile(r"^[^\p{L}\p{N}]+$")   # separators only: ``>``, ``|``, ``】``, ``.``, ``×``
_SPACED_MAX = 30        # a toolbar whose buttons are spaced out to width is short
_SPACED_OUT = regex.compile(r"(?<=[【\[]\p{Han})[ \u3000]+(?=\p{Han}[】\]])")   # 【打 印】: the space inside a two-character button
_URL_HEAD = 30          # an address line is chrome at the head of a page (a link in the body is not)
_URL = regex.compile(r"https?://|www\.|/col/|\.s?html?\b|\.jsp\b|\.aspx?\b")


@lru_cache(maxsize=1)
def _words() -> dict[str, bool]:
    out = {}
    for row in load_rows("page_chrome.tsv"):
        if row["alone"] not in ("yes", "no"):
            raise ValueError(f"page_chrome.tsv: {row['word']}: alone must be yes or no, not {row['alone']!r}")
        out[row["word"]] = row["alone"] == "yes"
    return out


def _tokens(text: str) -> list[str]:
    return [t for t in _SEPARATORS.split(text) if t]


def chrome_line(text: str, beside_chrome: bool = False) -> bool:
    """Is ``text`` (one line) made of page-chrome words alone? ``beside_chrome``: a chrome line
    is directly above or below (then 大 / 中 / 小 alone count too).

    >>> chrome_line("下载 打印 全屏 收藏"), chrome_line("【字号：加大 还原 减小】"), chrome_line("打印本页 关闭窗口")
    (True, True, True)
    >>> chrome_line("中"), chrome_line("中", beside_chrome=True), chrome_line("打印机采购")
    (False, True, False)
    >>> chrome_line("【打 印】【关 闭】"), chrome_line("【春 耕】")
    (True, False)
    """
    words = _words()
    first = _FIRST_TOKEN.search(text)
    if first is not None and first.group() not in words and len(first.group()) == 1 and len(text) <= _SPACED_MAX:
        text = _SPACED_OUT.sub("", text)  # a button spaced out to width: 【打 印】【关 闭】
        first = _FIRST_TOKEN.search(text)
    if first is None or first.group() not in words:
        return False  # no token, or the first is no chrome word: not all are (without splitting a long line)
    tokens = _tokens(text)
    if not tokens or not all(t in words for t in tokens):
        return False
    return beside_chrome or any(words[t] for t in tokens) or len(tokens) > 1


def _crumb_start(ln: Line) -> bool:
    return has_marker(ln, "navigation") or ln.flat[:1] in (">", "»", "›", "＞")


def mark_chrome(lines: Sequence[Line], roles: list[str]) -> None:
    """Mark toolbar, footer, separator-only, address and breadcrumb lines ``navigation``, in place."""
    n = len(lines)
    chrome = [roles[i] == "body" and chrome_line(lines[i].text) for i in range(n)]
    for i in range(n):  # the one-word-a-line switch: 大 / 中 / 小 between chrome lines
        if roles[i] == "body" and not chrome[i] and chrome_line(lines[i].text, beside_chrome=True):
            if (i > 0 and (chrome[i - 1] or roles[i - 1] == "navigation")) or (i + 1 < n and chrome[i + 1]):
                chrome[i] = True
    for i in range(n):
        if roles[i] != "body":
            continue
        ln = lines[i]
        if chrome[i] or _NOTHING.match(ln.flat) or (i < _URL_HEAD and _URL.search(ln.text) and not ln.ends_sentence) or _crumb_start(ln):
            roles[i] = "navigation"
    _mark_crumbs(lines, roles)


def _mark_crumbs(lines: Sequence[Line], roles: list[str]) -> None:
    """A breadcrumb set one crumb a line: after ``首页`` / ``当前位置：`` / a ``>`` line, each short line
    that follows a separator (or repeats a crumb already seen) is a crumb."""
    n = len(lines)
    i = 0
    while i < n:
        if not (roles[i] == "navigation" and _crumb_start(lines[i])) and not (
                roles[i] == "navigation" and lines[i].flat in (">", ">>", "»", "›")):
            i += 1
            continue
        seen = {lines[i].flat}
        j = i + 1
        while j < n:
            ln, prev = lines[j], lines[j - 1]
            if roles[j] == "navigation":
                seen.add(ln.flat)
                j += 1
                continue
            after_sep = prev.flat.endswith((">", ">>", "»", "›", "＞", "：", ":")) or prev.flat in ("首页",)
            short = roles[j] == "body" and len(ln.flat) <= _CRUMB_MAX and ln.titleish
            if short and (after_sep or ln.flat in seen):
                roles[j] = "navigation"
                seen.add(ln.flat)
                j += 1
                continue
            break
        i = j
