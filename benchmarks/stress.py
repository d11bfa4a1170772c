"""Stress benchmark: every pathological input at full size, and how time grows with size.

``python benchmarks/stress.py [--size 1000000]`` runs ``extract_facts`` and ``parse`` on each
input at size/10 and at size, prints seconds and the growth ratio (10× the input should take
at most 12× the time), and writes ``benchmarks/stress_results.json``.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pathological import INPUTS  # noqa: E402


def timed(fn, text: str, repeat: int = 1) -> float:
    """Best of ``repeat`` runs, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - t)
    return best


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "stress_results.json")
    args = ap.parse_args(argv)
    import govtext

    funcs = {"extract_facts": govtext.extract_facts}
    try:
        funcs["parse"] = govtext.parse
    except AttributeError:
        pass
    warm = sorted((Path(__file__).resolve().parent.parent / "corpus").glob("*.txt"))
    for fn in funcs.values():  # load lexicons, jieba and its tagger outside the timings
        fn(warm[0].read_text(encoding="utf-8") if warm else "热身：修路资金500万元，2014年3月")
    results = {}
    print(f"{'input':<22}{'func':<15}{'small s':>10}{'full s':>10}{'ratio':>8}")
    for name, make in INPUTS.items():
        small, full = make(args.size // 10), make(args.size)
        for fname, fn in funcs.items():
            ts, tf = timed(fn, small, repeat=3), timed(fn, full)
            ratio = tf / ts if ts > 0 else float("inf")
            results[f"{name}/{fname}"] = {"small_s": ts, "full_s": tf, "ratio": ratio}
            flag = "" if ratio <= 12 else "  <-- superlinear"
            print(f"{name:<22}{fname:<15}{ts:>10.3f}{tf:>10.3f}{ratio:>8.1f}{flag}")
    args.out.write_text(json.dumps({"size": args.size, "results": results}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
