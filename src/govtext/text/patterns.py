"""Pattern fragments shared by every recogniser: one place for each shape govtext reads.

>>> DOC_NUMBER.search("某政发〔2014〕5号")["serial"]
'5'
"""
from __future__ import annotations

import regex

__all__ = ["DOC_NUMBER"]

# 发文字号: 机关代字 (Chinese or Latin letters), the year in brackets of any of the kinds in use
# (〔〕 the standard, [] ［］ 【】 （） (); a mistyped pair such as 〔2023】 still reads), 第, serial, 号
DOC_NUMBER = regex.compile(
    r"(?P<prefix>[\p{Han}A-Za-z]{1,16})\s*(?P<open>[〔\[［【(（])\s*(?P<year>(?:19|20)\d{2})\s*(?P<close>[〕\]］】)）])\s*"
    r"第?\s*(?P<serial>\d{1,5})\s*号"
)
