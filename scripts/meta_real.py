#!/usr/bin/env python3
"""Score ``govtext.parse``'s metadata on the real corpus (``../shared/realcorpus``), as
``../shared/eval/meta_score.py`` does, but parsing without facts (``parse(text, facts=False)``:
the metadata are the same, the run is many times faster).

usage, from the project root:
    .venv/bin/python scripts/meta_real.py                    # every collection, every document
    .venv/bin/python scripts/meta_real.py --subset           # the stratified subset tests/test_realcorpus_meta.py scores
    .venv/bin/python scripts/meta_real.py --show 10 --field title --collection jiangxi_portal_html
    .venv/bin/python scripts/meta_real.py --dump out/meta.jsonl   # every document's metadata, also where no meta.jsonl exists

The subset (``--subset``) takes every document of each collection with fewer than 400 documents
and every tenth document (by file order) of the larger ones (the 2,331 regulations).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REALCORPUS = SHARED / "realcorpus"
SUBSET_ALL_BELOW = 400   # collections smaller than this are scored whole
SUBSET_STEP = 10         # larger ones: every tenth document


def meta_score_module():
    """``../shared/eval/meta_score.py`` itself (its FIELDS and its agrees())."""
    spec = importlib.util.spec_from_file_location("meta_score", SHARED / "eval" / "meta_score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_rows(coll: Path, subset: bool) -> list[dict]:
    rows = [json.loads(line) for line in (coll / "meta.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    if subset and len(list(coll.glob("*.txt"))) >= SUBSET_ALL_BELOW:
        rows = rows[::SUBSET_STEP]
    return rows


def score(corpus: Path = REALCORPUS, subset: bool = False, only: tuple[str, ...] = ()):
    """``(per, misses)``: per[collection][field] = [right, scored]; misses[field] = [(file, gold, got)]."""
    import govtext

    ms = meta_score_module()
    per = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    misses = defaultdict(list)
    for coll in ms.collections(corpus):
        if only and coll.name not in only:
            continue
        for gold in gold_rows(coll, subset):
            text = (coll / gold["file"]).read_text(encoding="utf-8")
            doc = govtext.parse(text, facts=False).model_dump(mode="json")
            for f in ms.FIELDS:
                if f not in gold:
                    continue
                ok = ms.agrees(gold[f], doc.get(f))
                per[coll.name][f][1] += 1
                per[coll.name][f][0] += ok
                if not ok:
                    misses[f].append((f"{coll.name}/{gold['file']}", gold[f], doc.get(f)))
    return per, misses


def macro(per) -> dict:
    from statistics import mean

    fields = {f for fs in per.values() for f in fs if fs[f][1]}
    return {f: mean(fs[f][0] / fs[f][1] for fs in per.values() if fs[f][1]) for f in fields}


def table(per) -> str:
    fields = ("title", "doc_type", "issuer", "doc_number", "date")
    out = [f"{'collection':<26}" + "".join(f"{f:>12}" for f in fields)]
    for c, fs in sorted(per.items()):
        out.append(f"{c:<26}" + "".join(f"{(f'{fs[f][0]}/{fs[f][1]}' if fs[f][1] else '-'):>12}" for f in fields))
    m = macro(per)
    out.append(f"{'macro (mean of collections)':<26}" + "".join(f"{(f'{m[f]:.2f}' if f in m else '-'):>12}" for f in fields))
    return "\n".join(out)


def dump(path: Path, corpus: Path = REALCORPUS) -> None:
    import govtext

    keep = ("title", "subtitle", "doc_type", "issuer", "doc_number", "date", "recipients", "authors", "source",
            "index_no", "topics", "published")
    with path.open("w", encoding="utf-8") as out:
        for coll in sorted(p for p in corpus.iterdir() if p.is_dir()):
            for f in sorted(coll.glob("*.txt")):
                doc = govtext.parse(f.read_text(encoding="utf-8"), facts=False).model_dump(mode="json")
                row = {"file": f"{coll.name}/{f.name}", **{k: doc.get(k) for k in keep}}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=REALCORPUS)
    ap.add_argument("--subset", action="store_true", help="score the stratified subset the test suite scores")
    ap.add_argument("--collection", action="append", default=[], help="only this collection (repeatable)")
    ap.add_argument("--show", type=int, default=0, help="print up to N misses per field")
    ap.add_argument("--field", action="append", default=[], help="with --show: only these fields")
    ap.add_argument("--dump", type=Path, help="write every document's metadata as JSONL and stop")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"{args.corpus}: no such folder", file=sys.stderr)
        return 2
    if args.dump:
        dump(args.dump, args.corpus)
        return 0
    per, misses = score(args.corpus, args.subset, tuple(args.collection))
    print(table(per))
    for f, rows in misses.items():
        if args.field and f not in args.field:
            continue
        for where, g, p in rows[: args.show]:
            print(f"  {f} {where}: want {json.dumps(g, ensure_ascii=False)} got {json.dumps(p, ensure_ascii=False)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
