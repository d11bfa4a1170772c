#!/usr/bin/env python3
"""Facts must not depend on the script or on the conversion artefacts of the same real text.

Takes a seeded draw of real documents (never a file of /work/notes/excluded_files.txt), transforms
each one (no imitation texts: the real text, converted), runs ``govtext.extract_facts`` on the
original and on the converted text, maps the converted facts' spans back to the original's offsets
and compares kind, span and every value field (text-valued fields compared after ``t2s`` and
full-width folding). Differences are counted by class: conversion × kind × how (lost, gained,
span, field).

Conversions (each keeps an exact map from converted offsets to original offsets):

* ``s2t``, ``s2tw``, ``s2hk``, ``s2twp`` — OpenCC script conversions (traditional reprints). A line
  whose length the conversion changes (``s2twp`` phrase rewrites) is aligned with difflib.
* ``fullwidth`` — ASCII digits, ``%`` and a decimal point between digits → full-width forms.
* ``thousands`` / ``thousands_fw`` — ``,`` / ``，`` thousands separators in integers of four or more
  digits that stand before a Chinese character other than 年月日号 (``12480万元`` → ``12,480万元``).
* ``numspace`` — a space after a decimal point (``36.5`` → ``36. 5``), as web pages print it.
* ``pdfwrap`` — a line break at a fixed column inside every long line, as PDF text has.

Usage::

    scripts/script_invariance.py --n 300 --seed 1212 [--conv s2t,fullwidth] [--show 30] [--json out.json]
"""
from __future__ import annotations

import argparse
import difflib
import json
import random
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

RC = Path(__file__).resolve().parents[1].parent / "shared" / "realcorpus"
if not RC.is_dir():
    RC = Path("/work/shared/realcorpus")
EXCLUDED = Path("/work/notes/excluded_files.txt")

CONVERSIONS = ("s2t", "s2tw", "s2hk", "s2twp", "fullwidth", "thousands", "thousands_fw", "numspace", "pdfwrap")
_OPENCC = {"s2t", "s2tw", "s2hk", "s2twp"}
PDF_COLUMN = 33


@lru_cache(maxsize=None)
def _cc(config: str):
    import opencc

    return opencc.OpenCC(config)


def _t2s(s: str, back: str = "t2s") -> str:
    return _cc(back).convert(s)


def _align(src: str, dst: str, base: int, back: list[int]) -> None:
    """Append to ``back`` the source offset of every character of ``dst`` (``src`` starts at ``base``)."""
    if len(src) == len(dst):
        back.extend(range(base, base + len(src)))
        return
    sm = difflib.SequenceMatcher(None, src, dst, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal" or (op == "replace" and i2 - i1 == j2 - j1):
            back.extend(range(base + i1, base + i2))
        else:  # unequal block: every converted character points at the block's first source character
            back.extend([base + i1] * (j2 - j1))


def _opencc(text: str, config: str) -> tuple[str, list[int]]:
    out, back, pos = [], [], 0
    for line in text.splitlines(keepends=True):
        conv = _cc(config).convert(line)
        _align(line, conv, pos, back)
        out.append(conv)
        pos += len(line)
    return "".join(out), back


_FW = {str(i): chr(0xFF10 + i) for i in range(10)}
_FW["%"] = "％"
_RE_FW_DOT = re.compile(r"(?<=\d)\.(?=\d)")


def _fullwidth(text: str) -> tuple[str, list[int]]:
    text = _RE_FW_DOT.sub("．", text)
    return "".join(_FW.get(c, c) for c in text), list(range(len(text)))


_RE_BIGINT = re.compile(r"(?<![A-Za-z0-9_.,，〔\[［(（/\-—:：])(\d{4,})(?=(?:\.\d+)?[\u4e00-\u9fff])(?!(?:\.\d+)?[年月日号])")


def _rewrite(text: str, pattern: re.Pattern, make) -> tuple[str, list[int]]:
    """Replace each match's group 1 by ``make(group)``; inserted characters map to the next source character."""
    out, back, pos = [], [], 0
    for m in pattern.finditer(text):
        s, e = m.span(1)
        out.append(text[pos:s])
        back.extend(range(pos, s))
        new, src_idx = make(m.group(1))
        out.append(new)
        back.extend(s + i for i in src_idx)
        pos = e
    out.append(text[pos:])
    back.extend(range(pos, len(text)))
    return "".join(out), back


def _grouped(digits: str, sep: str) -> tuple[str, list[int]]:
    head = len(digits) % 3 or 3
    out, idx = [digits[:head]], list(range(head))
    for i in range(head, len(digits), 3):
        out.append(sep + digits[i:i + 3])
        idx.extend([i] + list(range(i, i + 3)))
    return "".join(out), idx


_RE_DECIMAL = re.compile(r"(?<=\d)(\.)(?=\d)")


def _numspace(text: str) -> tuple[str, list[int]]:
    return _rewrite(text, _RE_DECIMAL, lambda g: (". ", [0, 0]))


def _pdfwrap(text: str, column: int = PDF_COLUMN) -> tuple[str, list[int]]:
    out, back, pos = [], [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        for i in range(0, len(body), column):
            chunk = body[i:i + column]
            out.append(chunk)
            back.extend(range(pos + i, pos + i + len(chunk)))
            if i + column < len(body):
                out.append("\n")
                back.append(pos + i + column)  # the break stands before the next source character
        tail = line[len(body):]
        out.append(tail)
        back.extend(range(pos + len(body), pos + len(line)))
        pos += len(line)
    return "".join(out), back


def convert(text: str, name: str) -> tuple[str, list[int]]:
    """``(converted, back)`` with ``back[i]`` the source offset of ``converted[i]`` (plus a final ``len(text)``)."""
    if name in _OPENCC:
        out, back = _opencc(text, name)
    elif name == "fullwidth":
        out, back = _fullwidth(text)
    elif name == "thousands":
        out, back = _rewrite(text, _RE_BIGINT, lambda g: _grouped(g, ","))
    elif name == "thousands_fw":
        out, back = _rewrite(text, _RE_BIGINT, lambda g: _grouped(g, "，"))
    elif name == "numspace":
        out, back = _numspace(text)
    elif name == "pdfwrap":
        out, back = _pdfwrap(text)
    else:
        raise ValueError(f"unknown conversion {name!r}")
    assert len(back) == len(out), (name, len(back), len(out))
    back.append(len(text))
    return out, back


_RE_CANON_DROP = re.compile(r"\s+|(?<=\d)[,，](?=\d{3})")


def canon(value, back: str = "t2s"):
    """A field value as compared: strings simplified (OpenCC ``back``; ``tw2sp`` undoes ``s2twp``'s
    Taiwan words), full-width folded, spaces and digit-group commas dropped."""
    if isinstance(value, str):
        s = _t2s(value, back).translate({0xFF10 + i: str(i) for i in range(10)} | {ord("％"): "%", ord("．"): "."})
        return _RE_CANON_DROP.sub("", s)
    if isinstance(value, list):
        return [canon(v, back) for v in value]
    if isinstance(value, dict):
        return {k: canon(v, back) for k, v in value.items()}
    return value


def _facts(text: str) -> list[dict]:
    from govtext import extract_facts

    return [f.model_dump(mode="json") for f in extract_facts(text)]


def _key(f: dict, back: str = "t2s") -> tuple:
    return (f["kind"], f["start"], f["end"], json.dumps(
        {k: canon(v, back) for k, v in f.items() if k not in ("kind", "start", "end", "text")}, sort_keys=True, ensure_ascii=False))


def compare(text: str, name: str, orig_facts: list[dict] | None = None) -> list[dict]:
    """The differences between the facts of ``text`` and of its conversion ``name``, in original offsets.

    Each difference: ``{"conv", "class", "kind", "field", "orig", "conv_fact"}`` with ``class`` one of
    ``lost`` (no fact of that kind overlaps), ``gained``, ``span`` (same kind, other span) or ``field``.
    """
    orig = orig_facts if orig_facts is not None else _facts(text)
    out, back = convert(text, name)
    if out == text:
        return []
    conv = []
    for f in _facts(out):
        g = dict(f)
        g["start"] = back[f["start"]]
        g["end"] = back[f["end"] - 1] + 1 if f["end"] > f["start"] else back[f["end"]]
        conv.append(g)
    back_cfg = "tw2sp" if name == "s2twp" else "t2s"
    ok = Counter(_key(f, back_cfg) for f in orig)
    ck = Counter(_key(f, back_cfg) for f in conv)
    only_o = [f for f in orig if ok[_key(f, back_cfg)] > ck.get(_key(f, back_cfg), 0)]
    only_c = [f for f in conv if ck[_key(f, back_cfg)] > ok.get(_key(f, back_cfg), 0)]
    diffs, used = [], set()
    for f in only_o:
        same_span = [i for i, g in enumerate(only_c) if i not in used and g["kind"] == f["kind"]
                     and g["start"] == f["start"] and g["end"] == f["end"]]
        if same_span:
            i = same_span[0]
            used.add(i)
            g = only_c[i]
            fields = sorted(k for k in set(f) | set(g) if k not in ("text", "start", "end")
                            and canon(f.get(k), back_cfg) != canon(g.get(k), back_cfg))
            diffs.append({"conv": name, "class": "field", "kind": f["kind"], "field": ",".join(fields), "orig": f, "conv_fact": g})
            continue
        overlap = [i for i, g in enumerate(only_c) if i not in used and g["kind"] == f["kind"]
                   and g["start"] < f["end"] and f["start"] < g["end"]]
        if overlap:
            i = overlap[0]
            used.add(i)
            diffs.append({"conv": name, "class": "span", "kind": f["kind"], "field": "", "orig": f, "conv_fact": only_c[i]})
        else:
            diffs.append({"conv": name, "class": "lost", "kind": f["kind"], "field": "", "orig": f, "conv_fact": None})
    for i, g in enumerate(only_c):
        if i not in used:
            diffs.append({"conv": name, "class": "gained", "kind": g["kind"], "field": "", "orig": None, "conv_fact": g})
    return diffs


def draw(n: int, seed: int, colls: str = "") -> list[Path]:
    """A seeded sample of the real documents not in the excluded list (of the collections ``colls``, comma-separated)."""
    excluded = set(EXCLUDED.read_text().split()) if EXCLUDED.exists() else set()
    wanted = {c for c in colls.split(",") if c}
    files = sorted(p for p in RC.glob("*/*.txt") if f"{p.parent.name}/{p.name}" not in excluded
                   and (not wanted or p.parent.name in wanted))
    return random.Random(seed).sample(files, min(n, len(files)))


def read_doc(path: Path, max_chars: int = 20000) -> str:
    """The document, cut at the last line break before ``max_chars`` (keeps long laws cheap)."""
    text = path.read_text(encoding="utf-8")
    if len(text) > max_chars:
        cut = text.rfind("\n", 0, max_chars)
        text = text[:cut + 1 if cut > 0 else max_chars]
    return text


def _brief(f: dict | None, text: str) -> str:
    if f is None:
        return "—"
    attrs = {k: v for k, v in f.items() if k not in ("start", "end", "text", "kind") and v not in (None, [], "", False)}
    return f"{f['kind']} [{text[f['start']:f['end']]}] {json.dumps(attrs, ensure_ascii=False)}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1212)
    ap.add_argument("--conv", default=",".join(CONVERSIONS))
    ap.add_argument("--coll", default="", help="only these collections (comma-separated)")
    ap.add_argument("--max-chars", type=int, default=20000)
    ap.add_argument("--show", type=int, default=0, help="print this many differences per conversion")
    ap.add_argument("--json", help="write every difference here")
    a = ap.parse_args(argv)
    convs = [c for c in a.conv.split(",") if c]
    paths = draw(a.n, a.seed, a.coll)
    total_facts = 0
    per_conv: dict[str, Counter] = {c: Counter() for c in convs}
    classes: dict[str, Counter] = {c: Counter() for c in convs}
    shown: Counter = Counter()
    everything = []
    for p in paths:
        text = read_doc(p, a.max_chars)
        orig = _facts(text)
        total_facts += len(orig)
        for c in convs:
            for d in compare(text, c, orig):
                per_conv[c][d["class"]] += 1
                label = d["kind"] + ":" + d["class"] + (":" + d["field"] if d["field"] else "")
                classes[c][label] += 1
                doc = f"{p.parent.name}/{p.name}"
                everything.append({"doc": doc, **d})
                if shown[c] < a.show:
                    shown[c] += 1
                    f = d["orig"] or d["conv_fact"]
                    s, e = f["start"], f["end"]
                    ctx = (text[max(0, s - 15):s] + "[" + text[s:e] + "]" + text[e:e + 15]).replace("\n", "⏎")
                    print(f"{c:12} {label:28} {doc}  {ctx}\n    orig: {_brief(d['orig'], text)}\n    conv: {_brief(d['conv_fact'], text)}")
    print(f"# {len(paths)} documents (seed {a.seed}{', ' + a.coll if a.coll else ''}), {total_facts} facts in the originals")
    print(f"{'conversion':14}{'differences':>12}{'lost':>7}{'gained':>8}{'span':>7}{'field':>7}   top classes")
    for c in convs:
        k = per_conv[c]
        top = ", ".join(f"{lab} {n}" for lab, n in classes[c].most_common(5))
        print(f"{c:14}{sum(k.values()):>12}{k['lost']:>7}{k['gained']:>8}{k['span']:>7}{k['field']:>7}   {top}")
    if a.json:
        Path(a.json).write_text(json.dumps({"seed": a.seed, "n": len(paths), "facts": total_facts,
                                            "counts": {c: dict(per_conv[c]) for c in convs},
                                            "classes": {c: dict(classes[c]) for c in convs},
                                            "differences": everything}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
