"""Own CPU time of chosen functions, timed by wrapping them: what sampling and cProfile misjudge.

``python benchmarks/profile_own.py [--chars 300000] [--seed 18] [--parse] [--dense] MODULE:FUNCTION ...``
warms up on ``corpus/``, wraps each named function (``govtext.text.postag:pos_pairs``, a method as
``govtext.text.segmentation:WordRoutes.route``) wherever a govtext module holds it (``from … import``
copies included), runs ``extract_facts`` (or ``parse``) once on each document of the sample
``bench.py`` draws, and prints per function its calls and its own CPU time (``time.process_time``):
the time inside it less the time inside the other functions named, so that nested ones are not
counted twice (``ctx.facts`` of other kinds inside an extractor: name ``govtext.extract.context:Context.facts``
to keep them out).

Why: the sampling profiler (``profile_sample.py``) charges the regex engines' matching, which releases
the interpreter between samples, to the Python line that called it (round 19: ``sentence_spans``
4% of ``parse`` sampled, 0.8% timed), and cProfile charges every Python call a fixed overhead
(the tagger's small calls look three times dearer than they are). Each wrapped call costs about a
microsecond here, so name functions called some ten thousand times or fewer; a generator's wrapper
times only its creation (name the function that consumes it).
"""
from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _resolve(spec: str):
    """``(owner, attribute name, function)`` of ``module:function`` or ``module:Class.method``."""
    module_name, _, path = spec.partition(":")
    owner = importlib.import_module(module_name)
    *outer, name = path.split(".")
    for part in outer:
        owner = getattr(owner, part)
    return owner, name, getattr(owner, name)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("functions", nargs="+", help="MODULE:FUNCTION or MODULE:Class.method")
    ap.add_argument("--chars", type=int, default=300_000, help="characters of the real-corpus sample (default 300,000)")
    ap.add_argument("--seed", type=int, default=18, help="the seed of the document order (default 18)")
    ap.add_argument("--parse", action="store_true", help="time parse instead of extract_facts")
    ap.add_argument("--dense", action="store_true", help="the fact-dense held-out passages instead of the sample")
    args = ap.parse_args(argv)

    import govtext
    from bench import dense_passages, sample

    run = govtext.parse if args.parse else govtext.extract_facts
    for path in sorted((HERE.parent / "corpus").glob("*.txt")):  # first calls load dictionaries: not timed
        run(path.read_text(encoding="utf-8"))

    own: Counter = Counter()
    calls: Counter = Counter()
    stack: list[float] = []

    def wrap(label: str, fn):
        def timed(*a, **k):
            start = time.process_time()
            stack.append(0.0)
            try:
                return fn(*a, **k)
            finally:
                spent, inner = time.process_time() - start, stack.pop()
                own[label] += spent - inner
                calls[label] += 1
                if stack:
                    stack[-1] += spent
        return timed

    patched: list[tuple[object, str, object]] = []
    for spec in args.functions:
        owner, name, fn = _resolve(spec)
        timed = wrap(spec.partition(":")[2], fn)
        if isinstance(owner, type):
            patched.append((owner, name, fn))
            setattr(owner, name, timed)
            continue
        for module in list(sys.modules.values()):  # every govtext module that imported it by name
            if getattr(module, "__name__", "").startswith("govtext") and getattr(module, name, None) is fn:
                patched.append((module, name, fn))
                setattr(module, name, timed)

    docs = dense_passages() if args.dense else sample(args.chars, args.seed)
    try:
        start = time.process_time()
        for _c, _n, text in docs:
            run(text)
        total = time.process_time() - start
    finally:
        for owner, name, fn in reversed(patched):
            setattr(owner, name, fn)
    print(f"{len(docs)} documents, {sum(len(t) for _c, _n, t in docs):,} characters; "
          f"{'parse' if args.parse else 'extract_facts'} {total:.3f} s CPU (wrappers included)")
    print(f"{'function':<48}{'calls':>8}{'own s':>9}{'share':>8}")
    for label, spent in own.most_common():
        print(f"{label:<48}{calls[label]:>8}{spent:>9.3f}{spent / total:>8.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
