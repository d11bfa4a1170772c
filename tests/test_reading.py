"""Files in every encoding Chinese documents come in; clear errors for what is not text."""
from __future__ import annotations

import pytest

from conftest import corpus_text
from govtext.reading import UnreadableError, read_bytes, read_file

SIMPLIFIED = corpus_text("002_9a05cc43a8767791")[:600]
TRADITIONAL = corpus_text("003_3f83a78025f6d1a7")[:600]


@pytest.mark.parametrize(
    "text,encoding,expected",
    [
        (SIMPLIFIED, "utf-8", "utf-8"),
        (SIMPLIFIED, "utf-8-sig", "utf-8-sig"),
        (SIMPLIFIED, "gbk", "gb18030"),
        (SIMPLIFIED, "gb18030", "gb18030"),
        ("通知", "gb18030", "gb18030"),
    ],
    ids=["utf8", "utf8-bom", "gbk", "gb18030", "short-gbk"],
)
def test_decodes(text, encoding, expected):
    got, enc = read_bytes(text.encode(encoding))
    assert got == text
    assert enc == expected


def test_big5():
    text = TRADITIONAL.encode("big5", errors="ignore").decode("big5")
    got, enc = read_bytes(text.encode("big5"))
    assert got == text and enc.startswith("big5")


def test_binary_is_refused_with_the_name():
    with pytest.raises(UnreadableError, match="x.bin: binary"):
        read_bytes(b"\x00\x01\x02\xff\xfe\x00" * 50, name="x.bin")


def test_missing_file_names_the_file(tmp_path):
    with pytest.raises(UnreadableError, match="nope.txt: no such file"):
        read_file(tmp_path / "nope.txt")
