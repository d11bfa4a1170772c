"""Where ``extract_facts`` (or ``parse``) spends its time, by sampling the running stack: no per-call overhead.

``python benchmarks/profile_sample.py [--chars 300000] [--seed 18] [--parse] [--top 35] [--kinds person,target]
[--by-file] [--lines] [--repeat 2]`` warms up on
``corpus/`` (dictionaries, compiled patterns), then runs each document of the sample ``bench.py``
draws once while a thread reads the main thread's stack every millisecond. It prints, per govtext
function, the share of samples where it is the innermost govtext frame (its own time, with the
library calls it makes: a pattern's matching counts for the function that runs it, also inside a
generator) and where it is anywhere on the stack. ``--kinds`` samples ``extract_facts(kinds=...)`` (the
kinds asked for run too), ``--by-file`` adds the own shares summed per module, ``--lines`` per line of the innermost frame, ``--repeat`` runs the
sample several times for more samples.

cProfile's figures mislead here: it charges every Python call a fixed overhead, so the many small
calls of the extractors look several times dearer than the regular-expression engines' C code
(round 11: cProfile put ``extract_facts`` at 4.3 s for a sample it runs in about 0.6 s of CPU).
"""
from __future__ import annotations

import argparse
import collections
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))


def _key(frame) -> str:
    code = frame.f_code
    return f"{code.co_filename.split('/src/')[-1]}:{code.co_firstlineno}({code.co_name})"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=300_000)
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--parse", action="store_true", help="sample parse instead of extract_facts")
    ap.add_argument("--top", type=int, default=35)
    ap.add_argument("--kinds", help="comma-separated kinds: extract_facts(kinds=...) (with the kinds they ask for)")
    ap.add_argument("--by-file", action="store_true", help="also sum the own shares per module")
    ap.add_argument("--lines", action="store_true", help="also count the innermost govtext frame's current line")
    ap.add_argument("--repeat", type=int, default=1, help="run the sample this many times (more samples)")
    args = ap.parse_args(argv)

    import govtext
    from bench import sample

    for path in sorted((ROOT / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        govtext.extract_facts(text), govtext.parse(text)
    docs = sample(args.chars, args.seed)
    sys.setswitchinterval(0.0005)  # let the sampler in often
    main_id, own, anywhere, count, done = threading.get_ident(), collections.Counter(), collections.Counter(), [0], []
    lines = collections.Counter()

    def sampler():
        while not done:
            time.sleep(0.001)
            frame = sys._current_frames().get(main_id)
            if frame is None:
                continue
            count[0] += 1
            seen, inner, inner_line = set(), None, None
            while frame is not None:
                k = _key(frame)
                if inner is None and k.startswith("govtext/"):
                    inner, inner_line = k, f"{k} line {frame.f_lineno}"
                if k not in seen:
                    seen.add(k)
                    anywhere[k] += 1
                frame = frame.f_back
            if inner:
                own[inner] += 1
                lines[inner_line] += 1

    thread = threading.Thread(target=sampler, daemon=True)
    thread.start()
    fn = govtext.parse if args.parse else govtext.extract_facts
    if args.kinds and not args.parse:
        kinds = args.kinds.split(",")
        fn = lambda text, _f=govtext.extract_facts: _f(text, kinds=kinds)  # noqa: E731
        fn.__name__ = f"extract_facts(kinds={args.kinds})"
    start = time.process_time()
    for _ in range(args.repeat):
        for _c, _n, text in docs:
            fn(text)
    spent = time.process_time() - start
    done.append(True)
    thread.join()
    n = max(count[0], 1)
    print(f"{fn.__name__}: {sum(len(t) for _c, _n, t in docs):,} characters, {spent:.2f} s CPU, {count[0]} samples")
    print("own (innermost govtext frame)")
    for k, v in own.most_common(args.top):
        print(f"{100 * v / n:5.1f}%  {k}")
    if args.lines:
        print("own, per line")
        for k, v in lines.most_common(args.top):
            print(f"{100 * v / n:5.1f}%  {k}")
    if args.by_file:
        files = collections.Counter()
        for k, v in own.items():
            files[k.split(":")[0]] += v
        print("own, per module")
        for k, v in files.most_common(args.top):
            print(f"{100 * v / n:5.1f}%  {k}")
    print("anywhere on the stack")
    for k, v in [kv for kv in anywhere.most_common() if kv[0].startswith("govtext/")][:args.top]:
        print(f"{100 * v / n:5.1f}%  {k}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
