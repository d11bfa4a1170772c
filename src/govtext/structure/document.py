"""``govtext.parse(text)``: one raw document into a :class:`~govtext.records.Document`.

The stages, in order: normalize; find boilerplate; split lines and classify them by their own
shape; read the metadata (title block, signature, subtitle, byline, dateline); mark news
headings and captions; group paragraphs; build the section hierarchy; split sentences; resolve
the region; extract the facts.

>>> doc = parse("关于做好春耕工作的通知\\n各县：\\n一、提高认识。要重视春耕。\\n某某市人民政府\\n2014年3月1日\\n")
>>> doc.title, doc.doc_type, doc.issuer, doc.date, doc.recipients
('关于做好春耕工作的通知', '通知', '某某市人民政府', '2014-03-01', ['各县'])
>>> [(s.number, s.title) for s in doc.sections]
[('一、', '提高认识')]
"""
from __future__ import annotations

import bisect
import hashlib
from typing import Optional

import regex

from govtext.extract import Context, check_doc_date, check_text, extract_facts
from govtext.extract.document_date import document_date
from govtext.records import Document, Paragraph, Section, Sentence, Span
from govtext.structure.fields import read_fields
from govtext.structure.lines import split_lines
from govtext.structure.metadata import read_metadata
from govtext.structure.paragraphs import build_paragraphs
from govtext.structure.region import resolve_region
from govtext.structure.roles import line_roles
from govtext.structure.sections import column_width, enumerator, heading_title, mark_news_headings
from govtext.structure.sentences import sentence_spans
from govtext.text.boilerplate import boilerplate_spans
from govtext.text.normalize import NormText, normalize, to_simplified
from govtext.text.patterns import ORDINAL_NUMERALS

__all__ = ["parse"]

# a Markdown heading below the title: its marks, a part number (第一章, 第二节), its words
_MARKDOWN_HEADING = regex.compile(
    rf"(?P<marks>#{{2,6}})[ \t]+(?:(?P<number>第[{ORDINAL_NUMERALS}\d]{{1,4}}[编章节])[ \t\u3000]*)?(?P<title>[^\n]*?)[ \t#]*$",
    regex.MULTILINE,
)


def parse(text: str, doc_date: Optional[str] = None, *, id: Optional[str] = None, keep_text: bool = False,
          facts: bool = True) -> Document:
    """Parse ``text`` (the document as read from disk) into a :class:`Document`.

    ``doc_date`` (ISO) anchors year-less dates in the facts, and stands in for the document's
    date when the text prints none; ``keep_text=True`` keeps the input in ``Document.text``;
    ``facts=False`` reads the metadata and structure only (the facts list stays empty: much
    faster when only titles, issuers and dates are wanted).
    """
    check_text(text)
    doc_date = check_doc_date(doc_date)
    norm = normalize(text)
    boiler = boilerplate_spans(text)
    lines = split_lines(text, norm)
    page = read_fields(lines)  # the labelled page fields: read once, for the roles and the metadata
    roles = line_roles(lines, boiler, page)
    meta = read_metadata(lines, roles, page)
    for i, role in meta.roles.items():
        roles[i] = role
    if not meta.official:
        mark_news_headings(lines, roles)
    paragraphs = build_paragraphs(lines, roles, norm, boiler)
    sections = _sections(norm, lines, roles, paragraphs)
    paras, sentences = _paragraphs_and_sentences(norm, paragraphs, sections)
    date = meta.date or document_date(text, norm) or meta.stamp or doc_date
    found = []
    if facts:
        ctx = Context(text, doc_date=doc_date or date, norm=norm, boilerplate=boiler, anchor_date=doc_date or date)
        found = extract_facts(text, doc_date=doc_date, context=ctx)
    body = " ".join(norm.text[norm.to_norm(s): norm.to_norm(e)] for s, e, r in paragraphs if r in ("body", "heading"))
    region = resolve_region(issuer=meta.issuer, title=meta.title, subtitle=meta.subtitle or meta.kicker,
                            byline=" ".join(lines[i].flat for i, r in enumerate(roles) if r == "byline"), body=body)
    return Document(
        id=id, title=meta.title, subtitle=meta.subtitle, kicker=meta.kicker, doc_type=meta.doc_type,
        issuer=meta.issuer, doc_number=meta.doc_number, date=date, recipients=meta.recipients,
        authors=meta.authors, source=meta.source, index_no=meta.index_no, topics=meta.topics,
        published=meta.published, region=region, sections=sections, paragraphs=paras,
        sentences=sentences, boilerplate=[Span(start=s, end=e) for s, e in boiler], facts=found,
        sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(), chars=len(text),
        text=text if keep_text else None,
    )


def _sections(norm: NormText, lines, roles, paragraphs) -> list[Section]:
    """Numbered headings at paragraph starts and news headings, nested by level."""
    width = column_width(lines)
    starts = {ln.start: ln for ln in lines}
    found: list[tuple[int, int, int, Optional[str], str]] = []  # start, heading_end, level, number, title
    prev_role = None
    for s, e, role in paragraphs:
        ns, ne = norm.to_norm(s), norm.to_norm(e)
        para = norm.text[ns:ne]
        if role == "heading" and (md := _MARKDOWN_HEADING.match(norm.raw, s, e)):
            # ``## 第一章 总则``: the level from the marks (``##`` is the first), the number and title without them
            number = md["number"] or None
            found.append((s, e, len(md["marks"]) - 1, number, to_simplified(" ".join(md["title"].split()))))
            prev_role = None
            continue
        if role == "heading":
            title = to_simplified(" ".join(norm.raw[s:e].split()))
            if found and found[-1][3] is None and prev_role == "heading":  # a two-line heading
                ps, _pe, lv, _n, pt = found.pop()
                found.append((ps, e, lv, None, f"{pt} {title}"))
            else:
                found.append((s, e, 1, None, title))
            prev_role = role
            continue
        prev_role = role
        if role != "body":
            continue
        enum = enumerator(para)
        if not enum:
            continue
        number, level = enum
        first = starts.get(s)
        if first is not None and first.titleish and len(first.flat) < max(8, 0.8 * width) and para.startswith(first.flat):
            title = first.flat[len(number):].rstrip("。：:")
        else:
            title = heading_title(para, len(number))
        hend = ns + len(number) + len(title)
        if hend < ne and para[hend - ns] in "。：:":
            hend += 1
        found.append((s, norm.to_raw(ns, hend)[1], level, number, title.strip()))
    body_end = max((e for s, e, r in paragraphs if r in ("body", "heading")), default=0)
    sections: list[Section] = []
    stack: list[Section] = []
    for k, (s, hend, level, number, title) in enumerate(found):
        end = next((f[0] for f in found[k + 1:] if f[2] <= level), max(body_end, hend))
        while stack and stack[-1].level >= level:
            stack.pop()
        parent = stack[-1] if stack else None
        sec = Section(index=len(sections), level=level, number=number, title=title, start=s, end=end,
                      heading_end=hend, parent=parent.index if parent else None,
                      path=[*(parent.path if parent else []), title])
        sections.append(sec)
        stack.append(sec)
    return sections


def _paragraphs_and_sentences(norm: NormText, paragraphs, sections: list[Section]):
    paras: list[Paragraph] = []
    sentences: list[Sentence] = []
    starts = [sec.start for sec in sections]  # in text order (_sections)
    for s, e, role in paragraphs:
        inner = None
        # the last section that starts at or before s and runs past it: later sections are deeper
        # or later, so it is the innermost
        for k in range(bisect.bisect_right(starts, s) - 1, -1, -1):
            if s < sections[k].end:
                inner = sections[k]
                break
        paras.append(Paragraph(start=s, end=e, section=inner.index if inner else None, role=role))
        if role == "body":
            path = list(inner.path) if inner else []
            for a, b in sentence_spans(norm, s, e):
                sentences.append(Sentence(start=a, end=b, paragraph=len(paras) - 1, section_path=path))
    return paras, sentences
