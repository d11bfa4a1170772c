"""govtext benchmark on real documents: govtext, jieba.lcut and JioNLP in one interleaved run.

Run with ``make bench`` (or ``python benchmarks/bench.py [--chars 600000] [--seed 18]``). It reads a
sample of ``../shared/realcorpus/`` (every collection, documents in a seeded order until the
collection's share of ``--chars`` is reached) and the fact-dense passages of the held-out
fixtures (``tests/fixtures/heldout*/``), and measures:

- each document is read ONCE by govtext: documents alternate between ``extract_facts`` and
  ``parse``, so no text warms a cache for a second call on itself (caches of recurring short
  windows still carry from document to document, as in any corpus run);
- ``jieba.lcut`` (the yardstick) and JioNLP's ``extract_money`` + ``extract_time`` (the
  ``[bench]`` extra) run on every document, document by document in turn with govtext, so that
  machine load hits all alike; the ratios compare rates on the same documents;
- the peak memory (VmHWM) of one fresh worker process that parses the whole sample once.

Figures are printed and written to ``benchmarks/results.json``; ``docs/benchmarks-figures.md``
records them.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import random
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
REALCORPUS = ROOT.parent / "shared" / "realcorpus"
MAX_DOC_CHARS = 40_000  # a longer document would stand for its whole collection


def sample(chars: int, seed: int) -> list[tuple[str, str, str]]:
    """``(collection, file name, text)``: each collection's documents in a seeded order, whole,
    until the collection holds its share of ``chars`` (or has no more)."""
    folders = sorted(p for p in REALCORPUS.iterdir() if p.is_dir()) if REALCORPUS.is_dir() else []
    if not folders:
        sys.exit(f"{REALCORPUS}: the real corpus is not there (../shared/realcorpus beside the project)")
    share = chars // len(folders)
    rng = random.Random(seed)
    out = []
    for folder in folders:
        paths = sorted(folder.glob("*.txt"))
        rng.shuffle(paths)
        taken = 0
        for path in paths:
            text = path.read_text(encoding="utf-8")
            if len(text) > MAX_DOC_CHARS or not text.strip():
                continue
            out.append((folder.name, path.name, text))
            taken += len(text)
            if taken >= share:
                break
    return out


def dense_passages() -> list[tuple[str, str, str]]:
    """The held-out fixtures: short passages full of facts."""
    return [("fact-dense (held-out fixtures)", p.name, p.read_text(encoding="utf-8"))
            for p in sorted(ROOT.glob("tests/fixtures/heldout*/*.txt"))]


def peers() -> dict:
    """The yardsticks: ``jieba.lcut`` always, JioNLP money + time when the [bench] extra is there."""
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    fns = {"jieba_lcut": jieba.lcut}
    try:
        import jionlp as jio
    except ImportError:
        return fns
    logging.getLogger().setLevel(logging.CRITICAL)  # JioNLP logs tracebacks for strings it cannot read

    def jionlp_money_time(text: str):
        jio.ner.extract_money(text)
        jio.ner.extract_time(text)

    fns["jionlp_money_time"] = jionlp_money_time
    return fns


def measure(docs: list[tuple[str, str, str]], others: dict) -> dict[str, dict[str, list[float]]]:
    """``{collection: {function: [characters, seconds]}}``: each document once through
    ``extract_facts`` or ``parse`` (alternating), and through every peer, one after the other."""
    import govtext

    govtext_fns = [("extract_facts", govtext.extract_facts), ("parse", govtext.parse)]
    totals: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(lambda: [0.0, 0.0]))
    for i, (collection, _name, text) in enumerate(docs):
        mine = govtext_fns[i % 2]
        calls = [mine, *others.items()]
        if i % 4 >= 2:
            calls.reverse()  # no function always runs first on a document
        for name, fn in calls:
            start = time.perf_counter()
            fn(text)
            spent = time.perf_counter() - start
            for key in (collection, "all"):
                totals[key][name][0] += len(text)
                totals[key][name][1] += spent
                if name in ("jieba_lcut", "jionlp_money_time"):  # the same documents as govtext's call
                    totals[key][f"{name}@{mine[0]}"][0] += len(text)
                    totals[key][f"{name}@{mine[0]}"][1] += spent
    return totals


def rates(totals: dict[str, list[float]]) -> dict:
    """Characters per second of each function, and the ratios on the same documents."""
    cps = {name: chars / secs for name, (chars, secs) in totals.items() if secs > 0}
    out = {k: cps.get(k) for k in ("extract_facts", "parse", "jieba_lcut", "jionlp_money_time")}
    out["chars"] = int(totals["jieba_lcut"][0]) if "jieba_lcut" in totals else 0

    def ratio(mine: str, peer: str):
        a, b = cps.get(mine), cps.get(f"{peer}@{mine}")
        return a / b if a and b else None

    out["extract_facts_vs_jieba"] = ratio("extract_facts", "jieba_lcut")
    out["parse_vs_jieba"] = ratio("parse", "jieba_lcut")
    out["extract_facts_vs_jionlp"] = ratio("extract_facts", "jionlp_money_time")
    return out


def peak_worker_mb(docs: list[tuple[str, str, str]]) -> float:
    """VmHWM of a fresh process that parses every document of the sample once (one worker)."""
    paths = [str(REALCORPUS / c / n) for c, n, _t in docs]
    code = ("import sys, json, govtext; paths = json.loads(sys.stdin.read()); "
            "[govtext.parse(open(p, encoding='utf-8').read()) for p in paths]; "
            "print(next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM')) / 1024)")
    out = subprocess.run([sys.executable, "-c", code], input=json.dumps(paths), capture_output=True,
                         text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=600_000, help="characters of the real-corpus sample (default 600,000)")
    ap.add_argument("--seed", type=int, default=18, help="the seed of the document order")
    ap.add_argument("--out", type=Path, default=HERE / "results.json")
    args = ap.parse_args(argv)

    import govtext

    docs = sample(args.chars, args.seed)
    dense = dense_passages()
    others = peers()
    for path in sorted((ROOT / "corpus").glob("*.txt")):  # first calls load dictionaries: not timed
        text = path.read_text(encoding="utf-8")
        govtext.parse(text), govtext.extract_facts(text), [fn(text) for fn in others.values()]
    totals = measure(docs, others)
    dense_totals = measure(dense, others)
    results = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "sample": {"chars": sum(len(t) for _c, _n, t in docs), "documents": len(docs), "seed": args.seed,
                   "max_doc_chars": MAX_DOC_CHARS},
        "all": rates(totals["all"]),
        "collections": {c: {**rates(t), "documents": sum(1 for d in docs if d[0] == c)}
                        for c, t in sorted(totals.items()) if c != "all"},
        "fact_dense": {**rates(dense_totals["all"]), "documents": len(dense)},
        "peak_worker_mb": peak_worker_mb(docs),
    }
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(report(results))
    return 0


def report(r: dict) -> str:
    def k(x):
        return "     n/a" if x is None else f"{x / 1000:7,.0f}k"

    def x(v):
        return "  n/a" if v is None else f"{v:5.2f}"

    s = r["sample"]
    lines = [
        f"real-corpus sample: {s['chars']:,} characters, {s['documents']} documents (seed {s['seed']}); "
        "each document read once by govtext",
        f"{'collection':<32}{'chars':>9} {'extract':>8} {'parse':>8} {'jieba':>8} {'JioNLP':>8}"
        f" {'ef/jieba':>8} {'parse/jieba':>11} {'ef/JioNLP':>9}",
    ]
    rows = [*r["collections"].items(), ("all", r["all"]), ("fact-dense passages", r["fact_dense"])]
    for name, v in rows:
        lines.append(f"{name:<32}{v['chars']:>9,} {k(v['extract_facts'])} {k(v['parse'])} {k(v['jieba_lcut'])} "
                     f"{k(v['jionlp_money_time'])} {x(v['extract_facts_vs_jieba']):>8} "
                     f"{x(v['parse_vs_jieba']):>11} {x(v['extract_facts_vs_jionlp']):>9}")
    lines.append("(characters per second; ratios on the same documents; targets: extract_facts ≥ 2.0× jieba, "
                 "parse ≥ 1.2×, fact-dense ≥ 1.0×)")
    lines.append(f"peak memory of one worker (parses the sample once): {r['peak_worker_mb']:.0f} MB (target < 250 MB)")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
