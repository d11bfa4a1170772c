"""Where ``extract_facts`` spends its time: each fact kind's own time against ``jieba.lcut`` on the same documents.

``python benchmarks/profile_kinds.py [--chars 150000] [--seed 18] [--dense]`` reads the sample
``bench.py`` draws (or, with ``--dense``, the fact-dense held-out passages, timed only: nothing
is printed from them), runs ``jieba.lcut`` and ``extract_facts`` on each document in turn and
prints, per kind, the time its extractor spent outside the other kinds it asked for
(``ctx.facts(other)``), as a fraction of ``jieba.lcut``'s time. CPU time (``time.process_time``)
is used, so that other processes on a shared machine weigh less on the figures than on wall time.

The figures say which extractor to look at; ``bench.py`` stays the measure of record.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=150_000, help="characters of the real-corpus sample (default 150,000)")
    ap.add_argument("--seed", type=int, default=18, help="the seed of the document order (default 18)")
    ap.add_argument("--dense", action="store_true", help="the fact-dense held-out passages instead of the sample")
    args = ap.parse_args(argv)

    import jieba

    import govtext
    from bench import dense_passages, sample
    from govtext.extract.context import Context

    jieba.setLogLevel(60)
    jieba.initialize()
    for path in sorted((HERE.parent / "corpus").glob("*.txt")):  # first calls load dictionaries: not timed
        text = path.read_text(encoding="utf-8")
        govtext.extract_facts(text), jieba.lcut(text)

    own: Counter = Counter()
    stack: list[float] = []
    facts, init = Context.facts, Context.__init__

    def timed_facts(self, kind):
        if kind in self._facts:
            return self._facts[kind]
        start = time.process_time()
        stack.append(0.0)
        try:
            return facts(self, kind)
        finally:
            spent, inner = time.process_time() - start, stack.pop()
            own[kind] += spent - inner
            if stack:
                stack[-1] += spent

    def timed_init(self, *a, **k):
        start = time.process_time()
        init(self, *a, **k)
        own["(normalize)"] += time.process_time() - start

    Context.facts, Context.__init__ = timed_facts, timed_init
    docs = dense_passages() if args.dense else sample(args.chars, args.seed)
    spent = {"jieba": 0.0, "extract_facts": 0.0}
    try:
        for i, (_c, _n, text) in enumerate(docs):
            calls = [("jieba", jieba.lcut), ("extract_facts", govtext.extract_facts)]
            for name, fn in (calls if i % 2 else calls[::-1]):
                start = time.process_time()
                fn(text)
                spent[name] += time.process_time() - start
    finally:
        Context.facts, Context.__init__ = facts, init
    jieba_s = spent["jieba"]
    print(f"{len(docs)} documents, {sum(len(t) for _c, _n, t in docs):,} characters; "
          f"extract_facts at {jieba_s / spent['extract_facts']:.2f}x jieba.lcut (CPU time)")
    print(f"{'kind':<14}{'seconds':>9}{'x jieba':>9}")
    for kind, secs in own.most_common():
        print(f"{kind:<14}{secs:>9.2f}{secs / jieba_s:>9.2f}")
    rest = spent["extract_facts"] - sum(own.values())
    print(f"{'(the rest)':<14}{rest:>9.2f}{rest / jieba_s:>9.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
