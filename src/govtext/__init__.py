"""govtext — Chinese policy documents into structured, queryable, grounded facts.

>>> import govtext
>>> [(f.kind, f.text) for f in govtext.extract_facts("公务接待费下降90%", kinds=["percent"])]
[('percent', '90%')]

``import govtext`` is cheap: no dictionary, lexicon or model is loaded until first use.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> "module:attribute", imported on first access (PEP 562)
_LAZY = {
    "extract_facts": "govtext.extract:extract_facts",
    "parse": "govtext.structure:parse",
    "Context": "govtext.extract.context:Context",
    "normalize": "govtext.text.normalize:normalize",
    "tokenize": "govtext.text.segmentation:tokenize",
    "nlp": "govtext.spacy_component:nlp",
    "render": "govtext.rendering:render",
    "read_text": "govtext.reading:read_text",
    "read_file": "govtext.reading:read_file",
    "UnreadableError": "govtext.reading:UnreadableError",
    "evaluate": "govtext.evaluation:evaluate",
    "records": "govtext.records:",
    "Document": "govtext.records:Document",
    "FACT_ADAPTER": "govtext.records:FACT_ADAPTER",
    "Corpus": "govtext.corpus:Corpus",
    "convert": "govtext.corpus.convert:convert",
    "open": "govtext.store:open_store",
}

__all__ = ["__version__", *_LAZY]


def __getattr__(name: str) -> Any:
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module 'govtext' has no attribute {name!r}")
    import importlib

    module, _, attr = target.partition(":")
    mod = importlib.import_module(module)
    value = getattr(mod, attr) if attr else mod
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:  # for type checkers and IDEs
    from govtext.extract import extract_facts  # noqa: F401
    from govtext.structure.document import parse  # noqa: F401
    from govtext.records import Document  # noqa: F401
