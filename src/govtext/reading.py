"""Read text files whatever their encoding: UTF-8 (with or without BOM), GB18030/GBK, Big5.

Detection uses charset-normalizer restricted to the encodings Chinese documents come in;
strict UTF-8 is tried first because it never decodes other encodings by accident.

>>> read_bytes("关于开展教育实践活动的通知".encode("gb18030"), name="a.txt")
('关于开展教育实践活动的通知', 'gb18030')
"""
from __future__ import annotations

from pathlib import Path
from typing import Union

__all__ = ["UnreadableError", "read_bytes", "read_text", "read_file"]

_CANDIDATES = ["utf_8", "gb18030", "big5", "big5hkscs", "utf_16"]


def _plausible(text: str) -> bool:
    """Short GBK byte strings can be valid UTF-8 by accident (通知 → ֪ͨ); such text has
    non-ASCII characters outside the scripts and punctuation Chinese documents use."""
    odd = sum(1 for c in text if "\u0080" <= c < "\u2000")
    wide = sum(1 for c in text if c >= "\u0080")
    return odd == 0 or odd < 0.2 * wide


_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\x0b\x0c\x1a")


def _binary(head: bytes) -> bool:
    """NUL bytes, or many other control bytes, never occur in text in these encodings."""
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL))
    return controls > max(8, len(head) // 20)


class UnreadableError(ValueError):
    """A file that is not text in an encoding govtext can read (the message names the file)."""


def read_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode ``data`` and say how: ``(text, encoding)``. Raises :class:`UnreadableError`."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"read_bytes() takes bytes, not {type(data).__name__}")
    data = bytes(data)
    if not data:
        return "", "utf-8"
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise UnreadableError(f"{name}: broken UTF-8 after a BOM ({exc.reason} at byte {exc.start + 3})") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise UnreadableError(f"{name}: broken UTF-16 ({exc.reason} at byte {exc.start})") from None
    if _binary(data[:8192]):
        raise UnreadableError(f"{name}: binary data, not a text file")
    try:
        utf8 = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _plausible(utf8):
            return utf8, "utf-8"
        for enc in ("gb18030", "big5"):  # short GBK/Big5 strings that happen to be valid UTF-8
            try:
                alt = data.decode(enc)
            except UnicodeDecodeError:
                continue
            wide = [c for c in alt if c >= "\u0080"]
            if len(wide) >= 2 and all("\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef" for c in wide):
                return alt, enc
        return utf8, "utf-8"
    from charset_normalizer import from_bytes  # deferred: keep import govtext cheap

    best = from_bytes(data, cp_isolation=_CANDIDATES[1:]).best()
    if best is None:
        raise UnreadableError(f"{name}: not text in UTF-8, GB18030/GBK or Big5")
    encoding = best.encoding.replace("_", "-")
    if encoding == "utf-16":
        raise UnreadableError(f"{name}: binary data, not a text file")
    return str(best), encoding


def read_file(path: Union[str, Path]) -> tuple[str, str]:
    """``(text, encoding)`` of a file; errors name the file."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise UnreadableError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise UnreadableError(f"{p}: is a directory, not a file") from None
    except PermissionError:
        raise UnreadableError(f"{p}: permission denied") from None
    except OSError as exc:
        raise UnreadableError(f"{p}: cannot read ({exc.strerror or exc})") from None
    return read_bytes(data, name=str(p))


def read_text(source: Union[str, Path, bytes, bytearray]) -> str:
    """Text of a file path or of raw bytes, in any of the supported encodings."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        return read_bytes(source)[0]
    return read_file(source)[0]
