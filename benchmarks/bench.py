"""govtext benchmarks: throughput, per-extractor time, start-up cost, memory, peers, conversion.

Run with ``make bench`` (or ``python benchmarks/bench.py [--seconds 3] [--no-convert]``).
Figures are printed and written to ``benchmarks/results.json``; ``docs/benchmarks.md`` records
them. Peers run in the same process on the same texts: ``jieba.lcut`` always, JioNLP's
``extract_money`` + ``extract_time`` when the ``[bench]`` extra is installed.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = ROOT / "corpus"


def texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]


def throughput(fn, docs: list[str], seconds: float) -> float:
    """Characters per second of ``fn`` over ``docs``, after one warm-up pass, for ≥ ``seconds``."""
    for d in docs:
        fn(d)
    chars = sum(map(len, docs))
    rounds, start = 0, time.perf_counter()
    while True:
        for d in docs:
            fn(d)
        rounds += 1
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return chars * rounds / elapsed


def in_fresh_process(code: str, repeat: int = 5) -> float:
    """Best of ``repeat`` runs of ``code`` in a new interpreter; ``code`` prints seconds."""
    best = float("inf")
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        best = min(best, float(out.stdout.strip().splitlines()[-1]))
    return best


def per_extractor(docs: list[str], seconds: float) -> dict[str, float]:
    """Exclusive seconds per document-pass for normalization and for each extractor."""
    from govtext.extract.context import Context
    from govtext.extract.registry import DEFAULT_KINDS
    from govtext.text.normalize import normalize

    totals = {"normalize": 0.0, **{k: 0.0 for k in DEFAULT_KINDS}}
    rounds, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds or rounds == 0:
        for d in docs:
            t = time.perf_counter()
            norm = normalize(d)
            totals["normalize"] += time.perf_counter() - t
            for kind in DEFAULT_KINDS:
                ctx = Context(d, norm=norm)
                _ = ctx.boilerplate, ctx.anchor_date
                for other in DEFAULT_KINDS:
                    if other != kind:
                        ctx.facts(other)
                t = time.perf_counter()
                ctx._facts.pop(kind, None)
                ctx.facts(kind)
                totals[kind] += time.perf_counter() - t
        rounds += 1
    return {k: v / rounds for k, v in totals.items()}


def convert_rate(workers: int, corpus_dir: Path) -> float | None:
    """Documents per second of ``govtext convert`` with ``workers`` processes (None if absent)."""
    govtext_cli = shutil.which("govtext", path=str(Path(sys.executable).parent)) or shutil.which("govtext")
    if govtext_cli is None:
        return None
    n = sum(1 for p in corpus_dir.rglob("*") if p.is_file())
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "facts.jsonl"
        t = time.perf_counter()
        proc = subprocess.run([govtext_cli, "convert", str(corpus_dir), "-o", str(out), "--workers", str(workers),
                               "--quiet", "--errors", str(Path(tmp) / "err.jsonl")], capture_output=True, text=True)
        elapsed = time.perf_counter() - t
        if proc.returncode not in (0, 1):
            print(proc.stderr, file=sys.stderr)
            return None
    return n / elapsed


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=3.0, help="minimum measuring time per figure")
    ap.add_argument("--no-convert", action="store_true", help="skip the conversion benchmark")
    ap.add_argument("--out", type=Path, default=HERE / "results.json")
    args = ap.parse_args(argv)

    import govtext

    docs = texts()
    results: dict = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "corpus_chars": sum(map(len, docs)),
    }
    results["import_s"] = in_fresh_process(
        "import time; t=time.perf_counter(); import govtext; print(time.perf_counter()-t)")
    results["first_call_s"] = in_fresh_process(
        "import time, pathlib; p=sorted(pathlib.Path('corpus').glob('*.txt'))[0].read_text(encoding='utf-8'); "
        "import govtext; t=time.perf_counter(); govtext.extract_facts(p); print(time.perf_counter()-t)", repeat=3)
    results["extract_facts_cps"] = throughput(govtext.extract_facts, docs, args.seconds)
    if hasattr(govtext, "parse") or "parse" in getattr(govtext, "_LAZY", {}):
        try:
            results["parse_cps"] = throughput(govtext.parse, docs, args.seconds)
        except AttributeError:
            results["parse_cps"] = None
    results["per_extractor_ms_per_corpus_pass"] = {
        k: round(v * 1000, 2) for k, v in per_extractor(docs, args.seconds).items()}

    import jieba

    jieba.setLogLevel(60)
    results["jieba_lcut_cps"] = throughput(jieba.lcut, docs, args.seconds)
    try:
        import logging

        logging.getLogger().setLevel(logging.CRITICAL)  # JioNLP logs tracebacks for strings it cannot read
        import jionlp as jio  # the [bench] extra

        def jio_money_time(text: str):
            jio.ner.extract_money(text)
            jio.ner.extract_time(text)

        results["jionlp_money_time_cps"] = throughput(jio_money_time, docs, args.seconds)
    except ImportError:
        results["jionlp_money_time_cps"] = None
    results["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    if not args.no_convert:
        bench_corpus = HERE / "_corpus"
        maker = HERE / "make_corpus.py"
        if maker.exists():
            if not bench_corpus.exists():
                subprocess.run([sys.executable, str(maker), "--out", str(bench_corpus)], check=True)
            r1, r2 = convert_rate(1, bench_corpus), convert_rate(2, bench_corpus)
            results["convert_docs_per_s"] = {"1": r1, "2": r2}
            results["convert_speedup_2_over_1"] = (r2 / r1) if r1 and r2 else None

    ef = results["extract_facts_cps"]
    results["ratio_vs_jieba"] = ef / results["jieba_lcut_cps"]
    jio_cps = results["jionlp_money_time_cps"]
    results["ratio_vs_jionlp"] = ef / jio_cps if jio_cps else None

    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(report(results))
    return 0


def report(r: dict) -> str:
    def k(x):
        return "n/a" if x is None else f"{x / 1000:,.0f}k chars/s"

    lines = [
        f"corpus: {r['corpus_chars']:,} characters, {len(list(CORPUS.glob('*.txt')))} documents",
        f"import govtext            {r['import_s'] * 1000:8.1f} ms      (target ≤ 300 ms)",
        f"first extract_facts call  {r['first_call_s'] * 1000:8.1f} ms      (target ≤ 1500 ms)",
        f"extract_facts             {k(r['extract_facts_cps'])}",
        f"parse                     {k(r.get('parse_cps'))}",
        f"jieba.lcut                {k(r['jieba_lcut_cps'])}",
        f"JioNLP money+time         {k(r['jionlp_money_time_cps'])}",
        f"ratio extract_facts/jieba     {r['ratio_vs_jieba']:.2f}   (target ≥ 0.7)",
        "ratio extract_facts/JioNLP    "
        + ("n/a" if r["ratio_vs_jionlp"] is None else f"{r['ratio_vs_jionlp']:.2f}") + "   (target ≥ 1.0, stretch 1.5)",
        f"peak RSS                  {r['peak_rss_mb']:8.1f} MB",
        "per extractor (ms per pass over the corpus, exclusive):",
    ]
    for name, ms in sorted(r["per_extractor_ms_per_corpus_pass"].items(), key=lambda kv: -kv[1]):
        lines.append(f"  {name:<12}{ms:9.2f}")
    conv = r.get("convert_docs_per_s")
    if conv:
        lines.append(f"convert: 1 worker {conv['1'] or 0:.1f} docs/s, 2 workers {conv['2'] or 0:.1f} docs/s, "
                     f"speed-up {r['convert_speedup_2_over_1'] or 0:.2f} (target ≥ 1.7)")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
