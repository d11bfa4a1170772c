"""How long the citation links of a 10,000-document store take to build (target: under 30 s).

Run with ``make bench`` (or ``python benchmarks/bench_links.py [--docs 10000]``). The store is
synthetic but made of real reference rows: the ``doc_title`` and ``doc_number`` facts of the
documents of ``../shared/realcorpus/`` (the seed corpus and the links test corpus when it is
absent), with their texts, replicated until there are ``--docs`` documents. Each copy keeps the
text (so every reference, its context and its relation are real) and gets a title of its own,
so copies cite the originals as the originals cite each other. Timed: opening the store
(DuckDB reads the JSONL), then ``store.citations()`` (windows from SQL, references, relations,
resolution), then ``store.graph()``. Figures go to ``benchmarks/links_results.json``.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
REAL = ROOT.parent / "shared" / "realcorpus"


def sources() -> tuple[str, list[Path]]:
    if REAL.is_dir():
        return "../shared/realcorpus", sorted(REAL.glob("*/[0-9]*.txt"))
    return "corpus/ and tests/fixtures/links/", sorted([*ROOT.glob("corpus/*.txt"), *ROOT.glob("tests/fixtures/links/*.txt")])


def base_rows(paths: list[Path]) -> list[dict]:
    """One converted record per document: metadata from parse's header reading, and only the
    facts links reads (doc_title, doc_number), to keep the set-up short."""
    from govtext import parse

    rows = []
    for p in paths:
        text = p.read_text(encoding="utf-8", errors="replace")
        doc = parse(text, id=str(p.relative_to(p.parents[1])), keep_text=True)
        facts = [f.model_dump(mode="json") for f in doc.facts if f.kind in ("doc_title", "doc_number")]
        rows.append({"id": doc.id, "title": doc.title, "doc_type": doc.doc_type, "issuer": doc.issuer,
                     "doc_number": doc.doc_number, "date": doc.date,
                     "region": doc.region.model_dump() if doc.region else None, "facts": facts, "text": text})
    return rows


def replicate(rows: list[dict], n_docs: int, path: Path) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as out:
        k = 0
        while n < n_docs:
            for row in rows:
                if n >= n_docs:
                    break
                copy = dict(row)
                if k:
                    copy["id"] = f"copy{k}/{row['id']}"
                    copy["title"] = f"{row['title'] or '无题'}（第{k}份）"
                    copy["doc_number"] = None
                out.write(json.dumps(copy, ensure_ascii=False) + "\n")
                n += 1
            k += 1
    return n


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--out", type=Path, default=HERE / "links_results.json")
    args = ap.parse_args(argv)

    import govtext

    where, paths = sources()
    t0 = time.perf_counter()
    rows = base_rows(paths)
    setup = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        store_path = Path(tmp) / "links.jsonl"
        n = replicate(rows, args.docs, store_path)
        t0 = time.perf_counter()
        store = govtext.open(store_path)
        store.con.execute("SET enable_progress_bar = false")
        opened = time.perf_counter() - t0
        t0 = time.perf_counter()
        table = store.citations()
        built = time.perf_counter() - t0
        t0 = time.perf_counter()
        graph = store.graph()
        graphed = time.perf_counter() - t0
        store.close()
    result = {
        "source": where, "base_documents": len(rows), "documents": n, "references": int(len(table)),
        "resolved": int(table["target_id"].notna().sum()), "edges": graph.number_of_edges(),
        "open_s": round(opened, 2), "citations_s": round(built, 2), "graph_s": round(graphed, 2),
        "setup_s": round(setup, 1), "target_s": 30.0, "python": platform.python_version(), "cpus": os.cpu_count(),
    }
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"links of {n:,} documents ({len(rows):,} real ones from {where}, replicated)")
    print(f"  references {result['references']:,}, resolved {result['resolved']:,}, graph edges {result['edges']:,}")
    print(f"  open store        {opened:6.2f} s")
    print(f"  store.citations() {built:6.2f} s   (target < 30 s)")
    print(f"  store.graph()     {graphed:6.2f} s")
    return 0 if built < 30 else 1


if __name__ == "__main__":
    sys.exit(main())
