"""Pictures: the facts of a document highlighted by kind, as one self-contained HTML block.

``govtext.render(text_or_doc)`` returns an :class:`HTML` string that a notebook shows directly
(``_repr_html_``); ``govtext show FILE --html out.html`` writes the same thing as a page. It is
displaCy's span style made compact for Chinese: the text keeps its own line breaks and no
spaces are put between words; every fact is coloured by kind and followed by a small label with
its kind and normalized value (``slogan 四风``, ``money 5000000``); nested and overlapping facts
are drawn as stacked underlines, and hovering shows every fact over a character.

>>> html = render("坚决刹四风，压缩经费500万元")
>>> "slogan 四风" in html and "money 5000000" in html
True
"""
from __future__ import annotations

from html import escape
from typing import Any, Iterable, Optional

from govtext.extract import extract_facts

__all__ = ["HTML", "render", "render_facts", "fact_label", "KIND_COLORS"]

KIND_COLORS = {
    "slogan": "#f4a261",
    "quantity": "#a8dadc",
    "money": "#90be6d",
    "percent": "#b5e48c",
    "change": "#f9c74f",
    "date": "#cdb4db",
    "doc_title": "#ffafcc",
    "doc_number": "#bde0fe",
    "person": "#e9c46a",
}
_DEFAULT_COLOR = "#dddddd"
_VALUE_FIELDS = {
    "slogan": ("name",), "quantity": ("value", "unit"), "money": ("value",), "percent": ("value",),
    "change": ("direction", "by_value"), "date": ("value", "end_value"), "doc_title": ("title",),
    "doc_number": ("number",), "person": ("name", "title"),
}
_STYLE = (
    "<style>.govtext{white-space:pre-wrap;line-height:2.4;font-family:sans-serif}"
    ".govtext .gt-l{font-size:0.65em;font-weight:bold;padding:1px 4px;margin:0 2px;"
    "border-radius:3px;vertical-align:super;white-space:nowrap}"
    ".govtext .gt-k{display:inline-block;margin:2px 6px 2px 0;padding:2px 6px;border-radius:3px}"
    "</style>"
)
_PAGE = '<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8"><title>{title}</title></head>\n<body>{body}</body></html>\n'


class HTML(str):
    """An HTML string that notebooks display as HTML."""

    def _repr_html_(self) -> str:
        return str(self)


def fact_label(fact: Any) -> str:
    """Kind and normalized value: ``slogan 九破九立``, ``quantity 40000 套``."""
    values = [getattr(fact, f, None) for f in _VALUE_FIELDS.get(fact.kind, ())]
    return " ".join([fact.kind, *(str(v) for v in values if v not in (None, "", []))])


def _color(kind: str) -> str:
    return KIND_COLORS.get(kind, _DEFAULT_COLOR)


def render_facts(text: str, facts: Iterable[Any], *, page: bool = False, title: Optional[str] = None) -> HTML:
    """HTML for ``text`` with ``facts`` (records whose ``start``/``end`` index ``text``)."""
    facts = sorted((f for f in facts if 0 <= f.start < f.end <= len(text)), key=lambda f: (f.start, -f.end))
    cuts = sorted({0, len(text), *(f.start for f in facts), *(f.end for f in facts)})
    ends: dict[int, list[Any]] = {}
    for f in facts:
        ends.setdefault(f.end, []).append(f)
    out = [_STYLE, '<div class="govtext">']
    if title:
        out.append(f"<h2>{escape(title)}</h2>")
    kinds = sorted({f.kind for f in facts})
    if kinds:
        out.append("<div>" + "".join(f'<span class="gt-k" style="background:{_color(k)}">{k}</span>' for k in kinds) + "</div>")
    for a, b in zip(cuts, cuts[1:]):
        covering = sorted((f for f in facts if f.start <= a and b <= f.end), key=lambda f: f.end - f.start)
        chunk = escape(text[a:b])
        if covering:
            inner, outer = covering[0], covering[1:4]
            lines = ", ".join(f"inset 0 -{3 * (i + 1)}px 0 {_color(f.kind)}" for i, f in enumerate(outer))
            shadow = f"box-shadow:{lines};" if lines else ""
            hover = escape(" | ".join(fact_label(f) for f in covering), quote=True)
            chunk = f'<span style="background:{_color(inner.kind)};{shadow}" title="{hover}">{chunk}</span>'
        out.append(chunk)
        for f in sorted(ends.get(b, []), key=lambda f: f.start, reverse=True):
            out.append(f'<span class="gt-l" style="background:{_color(f.kind)}">{escape(fact_label(f))}</span>')
    out.append("</div>")
    body = "".join(out)
    return HTML(_PAGE.format(title=escape(title or "govtext"), body=body) if page else body)


def render(text_or_doc: Any, *, page: bool = False, title: Optional[str] = None, **extract: Any) -> HTML:
    """Highlight the facts of a text (``extract`` options go to :func:`govtext.extract_facts`)
    or of a spaCy ``Doc`` that went through the ``govtext`` component."""
    if isinstance(text_or_doc, str):
        return render_facts(text_or_doc, extract_facts(text_or_doc, **extract), page=page, title=title)
    spans = getattr(text_or_doc, "spans", None)
    if spans is None:
        raise TypeError(f"render() takes a str or a spaCy Doc, not {type(text_or_doc).__name__}")
    from govtext.spacy_component import SPANS_KEY  # lazy: spaCy is heavy, and only a Doc gets here

    if SPANS_KEY not in spans:
        raise ValueError(f'the Doc has no doc.spans["{SPANS_KEY}"]: run it through govtext.nlp() first')
    records = [s._.govtext for s in spans[SPANS_KEY] if s._.govtext is not None]
    return render_facts(text_or_doc.text, records, page=page, title=title)
