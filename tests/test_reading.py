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


@pytest.mark.parametrize(
    "data",
    [b"\x00\x01" * 64, b"abc\x00def", bytes(range(1, 32)) * 20],
    ids=["nul-and-control", "nul-in-ascii", "control-bytes-without-nul"],
)
def test_binary_even_when_valid_utf8(data):
    with pytest.raises(UnreadableError, match="binary"):
        read_bytes(data, name="x.txt")


def test_text_with_a_few_control_characters_is_still_text():
    text = "通知\x0c第一页\x07" + SIMPLIFIED
    assert read_bytes(text.encode("utf-8"))[0] == text


def test_broken_utf8_after_a_bom_names_the_file():
    with pytest.raises(UnreadableError, match="a.txt: broken UTF-8 after a BOM"):
        read_bytes(b"\xef\xbb\xbf\xe9\x80", name="a.txt")
