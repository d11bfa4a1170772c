"""Fuzz extract_facts and parse for a fixed time: ``make fuzz`` or ``python tests/fuzz.py --seconds 600``.

Hypothesis drives three generators — arbitrary Unicode, Chinese-document-like pieces, and seed
documents with random edits — and every output is checked by :mod:`robust_checks` (grounded,
schema-valid, spans inside the text). Each run starts from a new seed (``--seed`` to replay); a
failure is shrunk and printed, and the exit code is 1.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "src"), str(HERE.parent / "benchmarks")]

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from([
    "2014年", "二〇一四年", "3月", "9日", "至", "15日", "底前", "万元", "余", "多", "个", "名", "%", "以上",
    "百分之", "成", "“", "”", "《", "》", "（", "）", "四风", "三严三实", "：", "，即", "区委书记", "杨超",
    "下降", "由", "降到", "个百分点", "\n", "\n\n", " ", "\u3000", "〔2014〕", "34号", "冀群组发", "１２",
    "萬", "個", "两", "百", "千", "亿", "。", "，", "、", "摄", "●", "记者", "\r", "\x00", "\udcff",
])


def _strategies():
    from robust_checks import check_document  # noqa: F401  (fail early if the checks cannot load)
    from test_robustness import edited_corpus

    pieces = st.lists(_PIECES | st.text(max_size=4), max_size=200).map("".join)
    return st.one_of(st.text(max_size=400), pieces, edited_corpus())


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=60.0, help="how long to fuzz (default 60)")
    ap.add_argument("--seed", type=int, default=None, help="replay a run")
    args = ap.parse_args(argv)
    run_seed = args.seed if args.seed is not None else random.randrange(2**32)
    import govtext
    from robust_checks import check_document, check_facts

    count = [0]

    def batch(batch_seed: int):
        @seed(batch_seed)
        @settings(max_examples=50, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(_strategies())
        def one(raw: str) -> None:
            count[0] += 1
            check_facts(raw, govtext.extract_facts(raw))
            check_document(raw, govtext.parse(raw))
        return one

    deadline = time.perf_counter() + args.seconds
    print(f"fuzzing for {args.seconds:.0f} s (seed {run_seed})", flush=True)
    k = 0
    while time.perf_counter() < deadline:  # batches of 50 examples, each from its own seed
        try:
            batch(run_seed + k)()
        except Exception as exc:  # a real failure, already shrunk by hypothesis
            print(f"FAILED after {count[0]} inputs (replay with --seed {run_seed}): {type(exc).__name__}: {exc}")
            return 1
        k += 1
    print(f"ok: {count[0]} inputs, no failure")
    return 0


if __name__ == "__main__":
    sys.exit(main())
