"""Pattern fragments shared by every recogniser: one place for each shape govtext reads.

>>> DOC_NUMBER.search("某政发〔2014〕5号")["serial"]
'5'
"""
from __future__ import annotations

import regex

__all__ = ["DOC_NUMBER"]

# 发文字号: prefix, year in 〔〕 [] （） 【】, serial, 号
DOC_NUMBER = regex.compile(
    r"(?P<prefix>\p{Han}{1,14})\s*[〔\[［【(（]\s*(?P<year>(?:19|20)\d{2})\s*[〕\]］】)）]\s*"
    r"第?\s*(?P<serial>\d{1,5})\s*号"
)
