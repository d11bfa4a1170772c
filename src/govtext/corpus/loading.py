"""Read one source into text: decode files (UTF-8/BOM, GB18030/GBK, Big5), pull the main text out
of HTML, hash the result.

>>> from govtext.corpus.sources import Source
>>> t = load(Source(id="r1", kind="record", text="公务接待费下降90%"))
>>> t.id, t.encoding, t.sha256[:12]
('r1', None, '48ef18d46500')
"""
from __future__ import annotations

import hashlib
import importlib.util
import os
import re
from dataclasses import dataclass
from typing import Optional

from govtext.corpus.sources import Source
from govtext.reading import UnreadableError, read_bytes, read_file

__all__ = ["LoadedText", "load", "MAX_BYTES", "html_available", "HTML_EXTRA_HINT", "clean_surrogates"]

MAX_BYTES = 32 * 2**20  # one document; a bigger file is a dump or a mistake, not one policy document
HTML_EXTRA_HINT = "reading .html needs the optional extra: pip install 'govtext[html]'"
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class LoadedText:
    id: str
    text: str
    encoding: Optional[str]
    sha256: str


def html_available() -> bool:
    """Whether the optional HTML extractor (trafilatura) is installed."""
    return importlib.util.find_spec("trafilatura") is not None


def clean_surrogates(text: str) -> str:
    """Replace lone surrogates (only JSON escapes can make them) by U+FFFD: same length, so
    offsets hold, and the text can be written as UTF-8.

    >>> clean_surrogates("a\\ud800b")
    'a\\ufffdb'
    """
    return _SURROGATE.sub("\ufffd", text)


def _html_text(path: str) -> tuple[str, str]:
    if not html_available():
        raise UnreadableError(f"{path}: {HTML_EXTRA_HINT}")
    import trafilatura

    with open(path, "rb") as stream:
        data = stream.read()
    markup, encoding = read_bytes(data, name=path)
    text = trafilatura.extract(markup, include_comments=False, include_tables=True, favor_recall=True)
    if not text:
        raise UnreadableError(f"{path}: no main text found in the HTML page")
    return text, encoding


def _check_size(source: Source, max_bytes: int) -> None:
    if source.kind == "record":
        size = len(source.text or "")
    else:
        try:
            size = os.path.getsize(source.path)
        except OSError:
            return  # reading will say what is wrong
    if size > max_bytes:
        raise UnreadableError(f"{source.path or source.id}: too large ({size / 2**20:.1f} MB, "
                              f"the limit is {max_bytes / 2**20:g} MB; raise it with --max-mb)")


def load(source: Source, max_bytes: int = MAX_BYTES) -> LoadedText:
    """The text of ``source``; raises :class:`~govtext.reading.UnreadableError` with the reason.
    Files (or records) over ``max_bytes`` are refused before they are read."""
    if source.error is not None:
        raise UnreadableError(source.error)
    _check_size(source, max_bytes)
    if source.kind == "record":
        text, encoding = source.text or "", None
    elif source.kind == "html":
        try:
            text, encoding = _html_text(source.path)
        except OSError as exc:
            raise UnreadableError(f"{source.path}: cannot read ({exc.strerror or exc})") from None
    else:
        text, encoding = read_file(source.path)
    text = clean_surrogates(text)
    if not text.strip():
        raise UnreadableError(f"{source.path or source.id}: empty document")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return LoadedText(id=source.id, text=text, encoding=encoding, sha256=digest)
