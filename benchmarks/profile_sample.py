"""Where ``extract_facts`` (or ``parse``) spends its time, by sampling the running stack: no per-call overhead.

``python benchmarks/profile_sample.py [--chars 300000] [--seed 18] [--parse] [--top 35]`` warms up on
``corpus/`` (dictionaries, compiled patterns), then runs each document of the sample ``bench.py``
draws once while a thread reads the main thread's stack every millisecond. It prints, per govtext
function, the share of samples where it is the innermost govtext frame (its own time, with the
library calls it makes: a pattern's matching counts for the function that runs it, also inside a
generator) and where it is anywhere on the stack.

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
    args = ap.parse_args(argv)

    import govtext
    from bench import sample

    for path in sorted((ROOT / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        govtext.extract_facts(text), govtext.parse(text)
    docs = sample(args.chars, args.seed)
    sys.setswitchinterval(0.0005)  # let the sampler in often
    main_id, own, anywhere, count, done = threading.get_ident(), collections.Counter(), collections.Counter(), [0], []

    def sampler():
        while not done:
            time.sleep(0.001)
            frame = sys._current_frames().get(main_id)
            if frame is None:
                continue
            count[0] += 1
            seen, inner = set(), None
            while frame is not None:
                k = _key(frame)
                if inner is None and k.startswith("govtext/"):
                    inner = k
                if k not in seen:
                    seen.add(k)
                    anywhere[k] += 1
                frame = frame.f_back
            if inner:
                own[inner] += 1

    thread = threading.Thread(target=sampler, daemon=True)
    thread.start()
    fn = govtext.parse if args.parse else govtext.extract_facts
    start = time.process_time()
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
    print("anywhere on the stack")
    for k, v in [kv for kv in anywhere.most_common() if kv[0].startswith("govtext/")][:args.top]:
        print(f"{100 * v / n:5.1f}%  {k}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
