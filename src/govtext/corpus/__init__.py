"""A corpus on disk: folders or globs of ``.txt``/``.html`` files and ``.jsonl`` record files.

``Corpus.from_path`` only lists; texts are read when iterated, documents parsed when asked.

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> _ = (root / "a.txt").write_bytes("农村覆盖率达90%".encode("gbk"))
>>> corpus = Corpus.from_path(root)
>>> len(corpus), [(t.id, t.encoding) for t in corpus.texts()]
(1, [('a.txt', 'gb18030')])
>>> [f.text for doc in corpus.documents() for f in doc.facts]
['90%']
"""
from __future__ import annotations

import os
from typing import Iterable, Iterator, Optional, Union

from govtext.corpus.convert import Summary
from govtext.corpus.convert import convert as _convert  # the submodule keeps its name
from govtext.corpus.loading import LoadedText, load
from govtext.corpus.sources import Source, count_sources, iter_sources
from govtext.corpus.work import parse_one

__all__ = ["Corpus", "Source", "LoadedText"]

PathLike = Union[str, os.PathLike]


class Corpus:
    """The documents named by one or more paths, folders or globs."""

    def __init__(self, inputs: Iterable[PathLike], *, text_field: str = "text", id_field: Optional[str] = None):
        self.inputs = [os.fspath(i) for i in inputs]
        self.text_field = text_field
        self.id_field = id_field

    @classmethod
    def from_path(cls, path_or_glob: Union[PathLike, Iterable[PathLike]], **kw) -> "Corpus":
        """A corpus over a folder, a file, a glob (``corpus/**/*.txt``) or a list of them."""
        inputs = [path_or_glob] if isinstance(path_or_glob, (str, os.PathLike)) else list(path_or_glob)
        return cls(inputs, **kw)

    def __iter__(self) -> Iterator[Source]:
        return iter_sources(self.inputs, text_field=self.text_field, id_field=self.id_field)

    def __len__(self) -> int:
        return count_sources(self.inputs)

    def __repr__(self) -> str:
        return f"Corpus({self.inputs!r})"

    def texts(self) -> Iterator[LoadedText]:
        """Each document's text, encoding and sha256; raises on the first unreadable one."""
        for source in self:
            yield load(source)

    def documents(self):
        """Each document parsed in this process (use :meth:`convert` for many documents)."""
        for text in self.texts():
            doc = parse_one(text.text, text.id)
            yield doc.model_copy(update={"encoding": text.encoding, "sha256": text.sha256, "chars": len(text.text)})

    def convert(self, output: PathLike, **kw) -> Summary:
        """Convert to JSONL or Parquet in parallel; see :func:`govtext.corpus.convert.convert`."""
        return _convert(self.inputs, output, text_field=self.text_field, id_field=self.id_field, **kw)
