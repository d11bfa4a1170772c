"""Score extraction against gold annotations, exactly as the project's reference scorer does.

A predicted fact matches a gold fact when the kinds agree and the spans overlap (greedy,
one-to-one, largest overlap first, value matches winning ties); it matches "with value"
when the key fields of its kind agree too (numbers within 0.5%). Document metadata
(title, doc_type, issuer, doc_number, date) is scored as accuracy against ``<stem>.meta.json``.

Gold for documents kept elsewhere (real documents that stay in ``../shared/realcorpus/``) names its
texts in ``<gold set>/sources.tsv`` (columns ``stem``, ``path`` relative to the corpus root given as
``corpus``, and an optional window ``start``/``end``: only facts overlapping the window are scored,
for gold written on an excerpt of a long document). Beside P/R/F1, :class:`EvalResult` reports how
often the described noun is right on span-matched facts (``quantity.entity``, ``money.subject``,
``change.subject``): the same head noun, i.e. equal, or one ending with the other, at least two
characters long.

>>> g = [{"kind": "money", "start": 0, "end": 5, "value": 5000000}]
>>> p = [{"kind": "money", "start": 0, "end": 5, "value": 5000000.0}]
>>> stats, misses = match(g, p)
>>> stats["money"]["value"], misses
(1, [])
"""
from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from govtext.extract import extract_facts
from govtext.structure import parse

__all__ = ["KEYS", "ATTRIBUTES", "META_FIELDS", "EvalResult", "match", "prf", "evaluate", "format_table",
           "same_head", "read_sources"]

KEYS: dict[str, tuple[str, ...]] = {
    "date": ("value", "end_value"),
    "quantity": ("value", "unit"),
    "money": ("value",),
    "percent": ("value",),
    "change": ("direction", "by_value", "from_value", "to_value"),
    "slogan": ("name",),
    "doc_title": ("title",),
    "doc_number": ("number",),
    "person": ("name",),
    "target": ("value", "measure", "comparator"),
}
# fields that say what a fact is about, scored on span-matched facts by head noun
ATTRIBUTES: dict[str, str] = {"quantity": "entity", "money": "subject", "change": "subject", "target": "subject"}
META_FIELDS = ("title", "doc_type", "issuer", "doc_number", "date")
_NUMERIC = ("value", "by_value", "from_value", "to_value")
_OPTIONAL = ("by_value", "from_value", "to_value", "end_value")


def _num_equal(a, b) -> bool:
    try:
        fa, fb = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return math.isclose(fa, fb, rel_tol=0.005, abs_tol=1e-9)


def field_equal(key: str, gold, pred) -> bool:
    """Gold/pred agreement for one field (numbers within 0.5%, strings ignoring spaces)."""
    if gold is None:
        return pred is None
    if key in _NUMERIC and not isinstance(gold, str):
        return _num_equal(gold, pred)
    if isinstance(gold, str) and isinstance(pred, str):
        return gold.replace(" ", "") == pred.replace(" ", "")
    return gold == pred


def value_match(kind: str, gold: dict, pred: dict) -> bool:
    for key in KEYS.get(kind, ()):
        g = gold.get(key)
        if key in _OPTIONAL and g is None:
            continue  # only checked where the gold states it
        if not field_equal(key, g, pred.get(key)):
            return False
    return True


def same_head(gold: Optional[str], pred: Optional[str]) -> bool:
    """Do two noun phrases share their head: equal, or one ends with the other (at least two characters)?

    >>> same_head("问题线索", "排查问题线索"), same_head("专项资金", "资金"), same_head("党员", "员")
    (True, True, False)
    >>> same_head(None, None), same_head("党员", None)
    (True, False)
    """
    if gold is None or pred is None:
        return gold is None and pred is None
    g, p = gold.replace(" ", ""), pred.replace(" ", "")
    if g == p:
        return True
    short, long_ = sorted((g, p), key=len)
    return len(short) >= 2 and long_.endswith(short)


def _overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def _new_stats() -> dict[str, int]:
    return {"gold": 0, "pred": 0, "span": 0, "value": 0, "attr": 0}


def match(gold: list[dict], pred: list[dict], attr_misses: Optional[list] = None):
    """Per-kind counts and the list of misses ``(why, gold, pred)`` for one document; value-matched
    facts whose described noun differs go to ``attr_misses`` when given."""
    stats: dict[str, dict[str, int]] = defaultdict(_new_stats)
    misses: list[tuple[str, Optional[dict], Optional[dict]]] = []
    kinds = {f["kind"] for f in gold} | {f.get("kind") for f in pred}
    for kind in sorted(k for k in kinds if k):
        g = [f for f in gold if f["kind"] == kind]
        p = [f for f in pred if f.get("kind") == kind and isinstance(f.get("start"), int)]
        stats[kind]["gold"] += len(g)
        stats[kind]["pred"] += len(p)
        pairs = []
        for i, gf in enumerate(g):
            for j, pf in enumerate(p):
                ov = _overlap(gf, pf)
                if ov > 0:
                    pairs.append((value_match(kind, gf, pf), ov, i, j))
        pairs.sort(reverse=True)
        used_g: set[int] = set()
        used_p: set[int] = set()
        for vm, _ov, i, j in pairs:
            if i in used_g or j in used_p:
                continue
            used_g.add(i)
            used_p.add(j)
            stats[kind]["span"] += 1
            stats[kind]["value"] += int(vm)
            attr = ATTRIBUTES.get(kind)
            if attr:
                right = same_head(g[i].get(attr), p[j].get(attr))
                stats[kind]["attr"] += int(right)
                if vm and not right and attr_misses is not None:
                    attr_misses.append((f"wrong {attr}", g[i], p[j]))
            if not vm:
                misses.append(("wrong value", g[i], p[j]))
        misses += [("missed", g[i], None) for i in range(len(g)) if i not in used_g]
        misses += [("spurious", None, p[j]) for j in range(len(p)) if j not in used_p]
    return stats, misses


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else (1.0 if not n_pred else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class EvalResult:
    """Per-kind rows ``{kind: {gold, pred, span: (P,R,F1), value: (P,R,F1)}}``, metadata accuracy, misses."""

    rows: dict[str, dict] = field(default_factory=dict)
    meta: dict[str, Optional[float]] = field(default_factory=dict)
    misses: list[tuple[str, str, Optional[dict], Optional[dict]]] = field(default_factory=list)
    attributes: dict[str, tuple[int, int]] = field(default_factory=dict)
    """``{kind: (right, span-matched)}`` for the described noun (:data:`ATTRIBUTES`)."""
    attr_misses: list[tuple[str, str, Optional[dict], Optional[dict]]] = field(default_factory=list)
    """Value-matched facts whose described noun is wrong: ``(stem, why, gold, pred)``."""

    def to_json(self) -> dict:
        return {"facts": self.rows, "meta": self.meta,
                "attributes": {k: {"right": r, "matched": n} for k, (r, n) in self.attributes.items()}}


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def read_sources(path: Path) -> dict[str, tuple[str, Optional[int], Optional[int]]]:
    """``{stem: (path, window start, window end)}`` from a gold set's ``sources.tsv``."""
    out: dict[str, tuple[str, Optional[int], Optional[int]]] = {}
    header: Optional[list[str]] = None
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            if header[:2] != ["stem", "path"]:
                raise ValueError(f"{path}:{lineno}: the header must start with stem, path")
            continue
        row = dict(zip(header, cells))
        stem = row["stem"]
        if stem in out:
            raise ValueError(f"{path}:{lineno}: duplicate stem {stem!r}")
        start, end = row.get("start") or None, row.get("end") or None
        out[stem] = (row["path"], int(start) if start else None, int(end) if end else None)
    return out


def _in_window(fact: dict, window: tuple[Optional[int], Optional[int]]) -> bool:
    start, end = window
    return (start is None or fact["end"] > start) and (end is None or fact["start"] < end)


def evaluate(
    corpus: Path,
    gold: Path,
    pred_dir: Optional[Path] = None,
    predict: Optional[Callable[[str], list[dict]]] = None,
    parse_meta: Optional[Callable[[str], dict]] = None,
) -> EvalResult:
    """Score ``<corpus>/<stem>.txt`` against ``<gold>/<stem>.jsonl`` (and ``.meta.json``).

    When ``gold`` has a ``sources.tsv`` beside it (in ``gold`` or its parent), each stem's text is
    ``<corpus>/<path>`` and only facts overlapping its window are scored.
    """
    corpus, gold = Path(corpus), Path(gold)
    sources_file = next((p for p in (gold / "sources.tsv", gold.parent / "sources.tsv") if p.exists()), None)
    sources = read_sources(sources_file) if sources_file else {}
    if predict is None:
        def predict(text: str) -> list[dict]:
            return [f.model_dump(mode="json") for f in extract_facts(text)]

    if parse_meta is None:
        def parse_meta(text: str) -> dict:
            return parse(text).model_dump(mode="json")

    total: dict[str, dict[str, int]] = defaultdict(_new_stats)
    meta_total: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    result = EvalResult()
    gold_files = sorted(gold.glob("*.jsonl"))
    if not gold_files:
        raise FileNotFoundError(f"{gold}: no gold files (<stem>.jsonl)")
    for gold_file in gold_files:
        stem = gold_file.stem
        rel, wstart, wend = sources.get(stem, (f"{stem}.txt", None, None))
        text_path = corpus / rel
        if not text_path.exists():
            raise FileNotFoundError(f"{text_path}: text for gold file {gold_file.name} not found")
        text = text_path.read_text(encoding="utf-8")
        gold_facts = _read_jsonl(gold_file)
        if pred_dir is not None:
            pf = Path(pred_dir) / f"{stem}.jsonl"
            pred = _read_jsonl(pf) if pf.exists() else []
        else:
            pred = predict(text)
        if wstart is not None or wend is not None:
            pred = [f for f in pred if isinstance(f.get("start"), int) and _in_window(f, (wstart, wend))]
        attr_misses: list = []
        stats, misses = match(gold_facts, pred, attr_misses)
        result.attr_misses += [(stem, *m) for m in attr_misses]
        for kind, s in stats.items():
            for k, v in s.items():
                total[kind][k] += v
        result.misses += [(stem, *m) for m in misses]
        meta_file = gold / f"{stem}.meta.json"
        if meta_file.exists() and pred_dir is None:
            gold_meta = json.loads(meta_file.read_text(encoding="utf-8"))
            try:
                got = parse_meta(text)
            except Exception as exc:  # a failing parse scores zero, as in the reference scorer
                got = {"_error": repr(exc)}
            for name in META_FIELDS:
                if name in gold_meta:
                    meta_total[name][1] += 1
                    meta_total[name][0] += int(field_equal(name, gold_meta[name], got.get(name)))
    agg = _new_stats()
    for kind in sorted(total):
        s = total[kind]
        for k in agg:
            agg[k] += s[k]
        if kind in ATTRIBUTES and s["span"]:
            result.attributes[kind] = (s["attr"], s["span"])
        result.rows[kind] = {"gold": s["gold"], "pred": s["pred"],
                             "span": prf(s["span"], s["pred"], s["gold"]),
                             "value": prf(s["value"], s["pred"], s["gold"])}
    result.rows["all"] = {"gold": agg["gold"], "pred": agg["pred"],
                          "span": prf(agg["span"], agg["pred"], agg["gold"]),
                          "value": prf(agg["value"], agg["pred"], agg["gold"])}
    result.meta = {f: (c / n if n else None) for f, (c, n) in meta_total.items()}
    return result


def format_table(result: EvalResult, show: int = 0, attributes: bool = False) -> str:
    """The score table in the reference scorer's exact layout (``attributes=True`` adds a line on
    entities and subjects, which the reference scorer does not print)."""
    lines = [f"{'kind':<11}{'gold':>6}{'pred':>6}   span P/R/F1        value P/R/F1"]
    for kind, r in result.rows.items():
        sp, vp = r["span"], r["value"]
        lines.append(f"{kind:<11}{r['gold']:>6}{r['pred']:>6}   "
                     f"{sp[0]:.3f}/{sp[1]:.3f}/{sp[2]:.3f}  {vp[0]:.3f}/{vp[1]:.3f}/{vp[2]:.3f}")
    if attributes and result.attributes:
        lines.append("described noun right (same head) on span-matched facts: " + ", ".join(
            f"{kind}.{ATTRIBUTES[kind]}={r / n:.3f} ({r}/{n})" for kind, (r, n) in sorted(result.attributes.items())))
    if result.meta:
        lines.append("metadata accuracy: " + ", ".join(f"{f}={v:.2f}" for f, v in result.meta.items() if v is not None))
    if show:
        per_kind: dict[str, int] = defaultdict(int)
        for stem, why, g, p in result.misses:
            kind = (g or p).get("kind")
            if per_kind[kind] < show:
                per_kind[kind] += 1
                lines.append(f"  [{stem}] {why}: gold={json.dumps(g, ensure_ascii=False) if g else '-'} "
                             f"pred={json.dumps(p, ensure_ascii=False) if p else '-'}")
    return "\n".join(lines)
