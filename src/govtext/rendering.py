"""Pictures: a document's metadata and its facts highlighted by kind, as one self-contained HTML block.

``govtext.render(text_or_doc)`` returns an :class:`HTML` string that a notebook shows directly
(``_repr_html_``); ``govtext show FILE --html out.html`` writes the same thing as a page. It has

- a header with the document's metadata: title, 文种, 发文机关, 发文字号, date and region;
- a legend of the kinds present, each with its colour and count, whose boxes show and hide a
  kind (plain CSS, so it works where scripts do not run), and one box for the value labels;
- the text with its own line breaks, every fact coloured by kind; nested facts stack their
  underlines; a small label above each fact gives its value as a person writes it (``1.2亿元``,
  ``35%``, ``↓90%``), and a label that would touch another is left out (a short script lifts
  it when the page runs scripts); hovering a fact shows everything about it: kind, value,
  entity, subject, basis, qualifier.

>>> html = render("坚决刹四风，压缩经费500万元")
>>> "四风" in html and "500万元" in html and "slogan" in html
True
>>> from govtext.records import Money, Percent
>>> human_value(Money(text="1.2亿元", start=0, end=5, value=120000000)), human_value(Percent(text="35%", start=0, end=3, value=35))
('1.2亿元', '35%')
"""
from __future__ import annotations

import re
import uuid
from html import escape
from typing import Any, Iterable, Optional

from govtext.records import Document
from govtext.structure import parse

__all__ = ["HTML", "render", "render_document", "render_facts", "fact_label", "human_value", "human_number",
           "fact_details", "KIND_COLORS"]

KIND_COLORS = {
    "slogan": "#f4a261",
    "quantity": "#8ecae6",
    "money": "#90be6d",
    "percent": "#b5e48c",
    "change": "#f9c74f",
    "date": "#cdb4db",
    "doc_title": "#ffafcc",
    "doc_number": "#a2d2ff",
    "person": "#e9c46a",
    "target": "#ff8fa3",
}
_OTHER_COLORS = ["#84a59d", "#f28482", "#c9ada7", "#e5989b", "#b8c0ff", "#ffd6a5"]
_VALUE_FIELDS = {
    "slogan": ("name",), "quantity": ("value", "unit"), "money": ("value",), "percent": ("value",),
    "change": ("direction", "by_value"), "date": ("value", "end_value"), "doc_title": ("title",),
    "doc_number": ("number",), "person": ("name", "title"),
    "target": ("measure", "value", "unit", "comparator", "deadline"),
}
_GROUNDING = ("kind", "text", "start", "end")
_BLANKS = re.compile(r"\n[ \t\u3000\r]*(?:\n[ \t\u3000\r]*)+")  # drawn as one blank line (offsets live in the data)
_QUALIFIER_SIGN = {"approx": "约", "over": ">", "at_least": "≥", "under": "<", "at_most": "≤"}
_META = (("doc_type", "文种"), ("issuer", "发文机关"), ("doc_number", "发文字号"), ("date", "日期"), ("region", "地区"))

_STYLE = """<style>
.govtext{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;color:#222;max-width:60em}
.govtext .gt-head{border-bottom:1px solid #ddd;margin-bottom:.6em;padding-bottom:.4em}
.govtext .gt-head h2{font-size:1.3em;margin:.2em 0 .3em}
.govtext .gt-meta{display:flex;flex-wrap:wrap;gap:.2em 1.4em;margin:0;font-size:.9em}
.govtext .gt-meta div{display:flex;gap:.4em}.govtext .gt-meta dt{color:#777}.govtext .gt-meta dd{margin:0}
.govtext .gt-body{display:flex;flex-wrap:wrap;align-items:center;gap:.3em .3em}
.govtext .gt-t{margin:0 0 0 .5em}
.govtext .gt-k{padding:.1em .5em;border-radius:.8em;cursor:pointer;user-select:none;font-size:.85em}
.govtext .gt-k small{color:#555}
.govtext .gt-text{flex:0 0 100%;margin-top:.6em;white-space:pre-wrap;line-height:2.6;font-size:1em}
.govtext .f{border-radius:2px;border-bottom:3px solid transparent;position:relative}
.govtext .f.d1{padding-bottom:4px}.govtext .f.d2{padding-bottom:8px}.govtext .f.d3{padding-bottom:12px}
.govtext .gt-l{position:absolute;left:0;bottom:100%;margin-bottom:.1em;font-size:.68em;line-height:1.15;
  white-space:nowrap;padding:0 .3em;border-radius:3px;background:#fff;border:1px solid #bbb;color:#333;pointer-events:none}
.govtext .gt-l.gt-hidden{display:none}
.govtext .gt-tl:not(:checked)~.gt-text .gt-l{display:none}
</style>"""
_PAGE = ('<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8"><title>{title}</title></head>\n'
         '<body style="margin:1.5em 2em">{body}</body></html>\n')
# Lifts the value labels that would touch one already placed; a person's browser and a trusted
# notebook run it, and where scripts do not run the labels simply stay where CSS puts them.
_SCRIPT = """<script>(function(root){if(!root)return;
function place(){var placed=[];root.querySelectorAll('.gt-l').forEach(function(l){l.classList.remove('gt-hidden');});
root.querySelectorAll('.gt-l').forEach(function(l){if(!l.offsetParent){return;}var r=l.getBoundingClientRect();
var hit=placed.some(function(p){return r.left<p.right+2&&p.left<r.right+2&&r.top<p.bottom&&p.top<r.bottom;});
if(hit){l.classList.add('gt-hidden');}else{placed.push(r);}});}
place();root.addEventListener('change',place);window.addEventListener('resize',place);
})(document.getElementById('{id}'));</script>"""


class HTML(str):
    """An HTML string that notebooks display as HTML."""

    def _repr_html_(self) -> str:
        return str(self)


def fact_label(fact: Any) -> str:
    """Kind and normalized value, as ``govtext show`` lists them: ``slogan 九破九立``, ``quantity 40000 套``."""
    values = [getattr(fact, f, None) for f in _VALUE_FIELDS.get(fact.kind, ("value",))]
    return " ".join([fact.kind, *(str(v) for v in values if v not in (None, "", []))])


def human_number(value: Any) -> str:
    """A number as a person writes it in Chinese: in 亿 or 万 when that is exact to two decimals
    (``120000000`` → ``1.2亿``, ``31398000`` → ``3139.8万``), rounded so only from a million up
    (``123456789`` → ``1.23亿``), else as it is (``14169``).

    >>> human_number(31398000), human_number(14169), human_number(123456789), human_number(0.35)
    ('3139.8万', '14169', '1.23亿', '0.35')
    """
    number = float(value)

    def short(x: float) -> str:
        return f"{x:.2f}".rstrip("0").rstrip(".")

    for size, word in ((1e8, "亿"), (1e4, "万")):
        if abs(number) >= size and abs(number / size * 100 - round(number / size * 100)) < 1e-6:
            return short(number / size) + word
    for size, word in ((1e8, "亿"), (1e6, "万")):
        if abs(number) >= size:
            return short(number / (1e8 if word == "亿" else 1e4)) + word
    return short(number)


def _amount(value: Any, value_max: Any = None, unit: str = "") -> str:
    text = human_number(value)
    if value_max is not None:
        text += "–" + human_number(value_max)
    return text + unit


def human_value(fact: Any) -> str:
    """The value of a fact as a person writes it: ``1.2亿元``, ``35%``, ``≈40万套``, ``↓90%``."""
    kind = fact.kind
    sign = _QUALIFIER_SIGN.get(getattr(fact, "qualifier", None) or "", "")
    if kind == "money":
        unit = "元" if getattr(fact, "currency", "CNY") == "CNY" else f" {fact.currency}"
        return sign + _amount(fact.value, getattr(fact, "value_max", None), unit)
    if kind == "percent":
        return sign + f"{float(fact.value):g}%"
    if kind == "quantity":
        return sign + _amount(fact.value, fact.value_max, fact.unit or "")
    if kind == "change":
        arrow = "↑" if fact.direction == "increase" else "↓"
        unit = fact.unit or ""
        if fact.by_value is not None:
            amount = f"{float(fact.by_value):g}%" if unit == "%" else _amount(fact.by_value, unit=unit)
            return arrow + amount
        if fact.from_value is not None and fact.to_value is not None:
            return f"{_amount(fact.from_value)}→{_amount(fact.to_value, unit=unit)}"
        return arrow
    if kind == "date":
        value = fact.value.replace("--", "")
        return value + (f"–{fact.end_value}" if fact.end_value else "")
    if kind == "doc_title":
        title = fact.title
        return f"《{title[:12]}…》" if len(title) > 13 else f"《{title}》"
    values = [getattr(fact, f, None) for f in _VALUE_FIELDS.get(kind, ("value", "name", "subject"))]
    shown = [str(v) for v in values if v not in (None, "", [])]
    return " ".join(shown[:2]) if shown else kind


def fact_details(fact: Any) -> list[tuple[str, str]]:
    """Every field of a fact beyond its grounding, for its tooltip: ``[("subject", "公务接待费"), …]``."""
    data = fact.model_dump(mode="json") if hasattr(fact, "model_dump") else dict(vars(fact))
    out = []
    for key, value in data.items():
        if key in _GROUNDING or value in (None, "", [], False):
            continue
        out.append((key, " / ".join(map(str, value)) if isinstance(value, list) else str(value)))
    return out


def _tooltip(fact: Any) -> str:
    lines = [f"{fact.kind} · {human_value(fact)}"]
    lines += [f"{key}: {value}" for key, value in fact_details(fact)]
    lines.append(f"text: {fact.text}")
    return "\n".join(lines)


def _color(kind: str) -> str:
    if kind in KIND_COLORS:
        return KIND_COLORS[kind]
    return _OTHER_COLORS[sum(map(ord, kind)) % len(_OTHER_COLORS)]


def _kind_css(uid: str, kinds: list[str]) -> str:
    rules = []
    for kind in kinds:
        c = _color(kind)
        rules.append(f"#{uid} .f.k-{kind}{{background:{c}66;border-bottom-color:{c}}}"
                     f"#{uid} .gt-k.k-{kind}{{background:{c}}}"
                     f"#{uid} .gt-l.k-{kind}{{border-color:{c}}}"
                     f"#{uid} .gt-t-{kind}:not(:checked)~.gt-text .f.k-{kind}{{background:none;border-bottom-color:transparent}}"
                     f"#{uid} .gt-t-{kind}:not(:checked)~.gt-text .gt-l.k-{kind}{{display:none}}")
    return "<style>" + "".join(rules) + "</style>"


def _header(doc: Optional[Document], title: Optional[str]) -> str:
    heading = title or (doc.title if doc is not None else None)
    rows = []
    if doc is not None:
        for field, label in _META:
            value = getattr(doc, field, None)
            if field == "region":
                value = "".join(v for v in (getattr(value, "province", None), getattr(value, "city", None),
                                            getattr(value, "county", None)) if v) if value is not None else None
            if value:
                rows.append(f"<div><dt>{label}</dt><dd>{escape(str(value))}</dd></div>")
    if not heading and not rows:
        return ""
    head = f"<h2>{escape(heading)}</h2>" if heading else ""
    return f'<header class="gt-head">{head}<dl class="gt-meta">{"".join(rows)}</dl></header>'


def _legend(uid: str, facts: list) -> str:
    counts: dict[str, int] = {}
    for f in facts:
        counts[f.kind] = counts.get(f.kind, 0) + 1
    out = []
    for kind, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        box = f"{uid}-{kind}"
        out.append(f'<input type="checkbox" id="{box}" class="gt-t gt-t-{kind}" checked>'
                   f'<label for="{box}" class="gt-k k-{kind}">{kind} <small>{n}</small></label>')
    if facts:
        out.append(f'<input type="checkbox" id="{uid}-labels" class="gt-t gt-tl" checked>'
                   f'<label for="{uid}-labels" class="gt-k" style="background:#eee">values</label>')
    return "".join(out)


def _text(text: str, facts: list) -> str:
    """The text with one span per fact; spans nest, and a fact crossing another is split."""
    cuts = sorted({0, len(text), *(f.start for f in facts), *(f.end for f in facts)})
    out = []
    labelled: set[int] = set()
    order = {id(f): i for i, f in enumerate(facts)}
    for a, b in zip(cuts, cuts[1:]):
        covering = sorted((f for f in facts if f.start <= a and b <= f.end), key=lambda f: (f.start, -f.end))
        chunk = escape(text[a:b] if covering else _BLANKS.sub("\n\n", text[a:b]))
        for depth, f in enumerate(reversed(covering)):  # innermost first, outermost wraps last
            label = ""
            if f.start == a and order[id(f)] not in labelled:
                labelled.add(order[id(f)])
                label = f'<span class="gt-l k-{f.kind}">{escape(human_value(f))}</span>'
            cls = f"f k-{f.kind}" + (f" d{min(depth, 3)}" if depth else "")  # outer facts underline lower
            chunk = f'<span class="{cls}" title="{escape(_tooltip(f), quote=True)}">{label}{chunk}</span>'
        out.append(chunk)
    return "".join(out)


def render_facts(text: str, facts: Iterable[Any], *, page: bool = False, title: Optional[str] = None,
                 doc: Optional[Document] = None) -> HTML:
    """HTML for ``text`` with ``facts`` (records whose ``start``/``end`` index ``text``), headed by
    the metadata of ``doc`` when given."""
    facts = sorted((f for f in facts if 0 <= f.start < f.end <= len(text)), key=lambda f: (f.start, -f.end))
    uid = f"govtext-{uuid.uuid4().hex[:10]}"
    kinds = sorted({f.kind for f in facts})
    body = "".join([
        _STYLE, _kind_css(uid, kinds), f'<div class="govtext" id="{uid}">', _header(doc, title),
        '<div class="gt-body">', _legend(uid, facts), f'<div class="gt-text">{_text(text, facts)}</div></div></div>',
        _SCRIPT.replace("{id}", uid),
    ])
    heading = title or (doc.title if doc is not None else None) or "govtext"
    return HTML(_PAGE.format(title=escape(heading), body=body) if page else body)


def render_document(doc: Document, text: Optional[str] = None, *, facts: Optional[Iterable[Any]] = None,
                    page: bool = False, title: Optional[str] = None) -> HTML:
    """HTML for a parsed :class:`~govtext.records.Document`: its metadata, then its text with its
    facts (or the ``facts`` given). ``text`` is needed when the document does not keep its own."""
    text = doc.text if text is None else text
    if text is None:
        raise ValueError("render_document() needs the text: parse(text, keep_text=True), or pass text=")
    return render_facts(text, doc.facts if facts is None else facts, page=page, title=title, doc=doc)


def render(text_or_doc: Any, *, page: bool = False, title: Optional[str] = None, kinds: Optional[Iterable[str]] = None,
           doc_date: Optional[str] = None) -> HTML:
    """A page of a text (parsed here: metadata and facts), of a :class:`~govtext.records.Document`,
    or of a spaCy ``Doc`` that went through the ``govtext`` component; ``kinds`` keeps only some."""
    wanted = None if kinds is None else ({kinds} if isinstance(kinds, str) else set(kinds))
    keep = (lambda facts: [f for f in facts if wanted is None or f.kind in wanted])
    if isinstance(text_or_doc, str):
        doc = parse(text_or_doc, doc_date=doc_date)
        return render_facts(text_or_doc, keep(doc.facts), page=page, title=title, doc=doc)
    if isinstance(text_or_doc, Document):
        return render_document(text_or_doc, facts=keep(text_or_doc.facts), page=page, title=title)
    spans = getattr(text_or_doc, "spans", None)
    if spans is None:
        raise TypeError(f"render() takes a str, a govtext Document or a spaCy Doc, not {type(text_or_doc).__name__}")
    from govtext.spacy_component import SPANS_KEY  # deferred: imports spaCy, needed only for a spaCy Doc

    if SPANS_KEY not in spans:
        raise ValueError(f'the Doc has no doc.spans["{SPANS_KEY}"]: run it through govtext.nlp() first')
    records = [s._.govtext for s in spans[SPANS_KEY] if s._.govtext is not None]
    return render_facts(text_or_doc.text, keep(records), page=page, title=title)

