"""Which compiled patterns cost most on real text, and which of them lost the engine's fast search.

``python benchmarks/audit_patterns.py [--chars 300000] [--seed 18] [--top 30] [--min-len 80]``
wraps ``regex.compile`` and ``fastre.compile`` (before govtext's modules are imported), runs
``extract_facts`` and ``parse`` on each document of the sample ``bench.py`` draws (each document
once) and prints, per compiled pattern (its compile site, its length and engine):

- ``use s``: the CPU seconds spent in its calls (``search``, ``match``, ``finditer``, …) during the run,
  and ``scanned``: the characters those calls were given (end − start), so that a pattern run over
  whole texts stands out from one tried at a few positions;
- ``scan s``: the CPU seconds of one ``finditer`` over every document of the sample, against
  ``trivial s`` (the same for a one-character pattern): a ratio of tens or hundreds on a pattern
  whose required part is a rare character says that the engine tries every position (an
  alternative that starts with a lookaround, an optional group before the required part, …).

The wrapper slows every call a little; the figures are for ranking, ``bench.py`` stays the measure
of record.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
import traceback
from pathlib import Path

import regex

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

_clock = time.process_time
SITES: dict[int, dict] = {}      # id(compiled) -> record
_regex_compile = regex.compile


def _site() -> str:
    for fr in reversed(traceback.extract_stack()[:-2]):
        if "/govtext/" in fr.filename and not fr.filename.endswith("fastre.py"):
            return f"{fr.filename.split('/govtext/')[-1]}:{fr.lineno}"
    return "?"


class _Counted:
    """A compiled pattern that counts the time and the characters of its calls."""

    __slots__ = ("_p", "_r")

    def __init__(self, p, rec):
        self._p, self._r = p, rec

    def __getattr__(self, name):
        attr = getattr(self._p, name)
        if name not in {"search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"}:
            return attr
        rec = self._r

        def call(*a, **k):
            text = a[1] if name in {"sub", "subn"} else (a[0] if a else k.get("string", ""))
            pos = a[2 if name in {"sub", "subn"} else 1] if len(a) > (2 if name in {"sub", "subn"} else 1) else k.get("pos", 0)
            end = (a[3 if name in {"sub", "subn"} else 2] if len(a) > (3 if name in {"sub", "subn"} else 2)
                   else k.get("endpos", len(text) if isinstance(text, str) else 0))
            t = _clock()
            got = attr(*a, **k)
            if name == "finditer":
                got = list(got)
            rec["use"] += _clock() - t
            rec["calls"] += 1
            if name in {"match", "fullmatch"}:
                rec["anchored"] += 1
            elif isinstance(text, str) and isinstance(pos, int) and isinstance(end, int):
                rec["scanned"] += max(0, min(end, len(text)) - pos)
            return iter(got) if name == "finditer" else got
        return call


def _wrap(compile_fn):
    def compile_(pattern, flags=0, *a, **k):
        p = compile_fn(pattern, flags, *a, **k)
        if not isinstance(pattern, str) or isinstance(p, _Counted):
            return p
        key = (str(pattern), flags, type(p).__module__)
        rec = SITES.setdefault(hash(key), {"site": _site(), "pattern": str(pattern), "flags": flags, "obj": p,
                                           "engine": "re" if type(p).__module__ == "re" else "regex",
                                           "use": 0.0, "calls": 0, "anchored": 0, "scanned": 0})
        return _Counted(p, rec)
    return compile_


def scan_time(p, texts, reps: int = 1) -> tuple[float, int]:
    best, n = None, 0
    for _ in range(reps):
        t = _clock()
        n = 0
        for text in texts:
            for _m in p.finditer(text):
                n += 1
        d = _clock() - t
        best = d if best is None else min(best, d)
    return best, n


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=300_000)
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--top", type=int, default=30, help="patterns shown, by time in use")
    ap.add_argument("--min-len", type=int, default=80, help="scan-time only patterns at least this long")
    ap.add_argument("--no-run", action="store_true", help="only compile (import and one short text), no use figures")
    args = ap.parse_args(argv)

    regex.compile = _wrap(_regex_compile)
    from govtext.text import fastre
    fastre.compile = _wrap(fastre.compile.__wrapped__ if hasattr(fastre.compile, "__wrapped__") else fastre.compile)
    # fastre.compile calls regex.compile for what re cannot take: count it once, as fastre's
    import govtext
    from bench import sample

    docs = sample(args.chars, args.seed)
    texts = [t for _c, _n, t in docs]
    for text in texts:
        govtext.extract_facts(text)
        govtext.parse(text)

    trivial_regex = scan_time(_regex_compile("元"), texts, 50)[0]
    trivial_re = scan_time(re.compile("元"), texts, 50)[0]
    print(f"{len(texts)} documents, {sum(map(len, texts)):,} characters; trivial scan: regex {trivial_regex:.4f} s, "
          f"re {trivial_re:.4f} s")
    recs = sorted(SITES.values(), key=lambda r: -r["use"])
    print(f"{len(recs)} patterns; their calls took {sum(r['use'] for r in recs):.2f} s CPU in all "
          f"(extract_facts and parse on every document)")
    by_file: dict[str, float] = {}
    for r in recs:
        by_file[r["site"].split(":")[0]] = by_file.get(r["site"].split(":")[0], 0.0) + r["use"]
    print("by compile site's module: " + ", ".join(f"{f} {s:.3f}" for f, s in
                                                  sorted(by_file.items(), key=lambda x: -x[1])[:16]))
    print(f"{'use s':>7} {'calls':>7} {'match':>7} {'scanned':>11} {'scan s':>7} {'×triv':>6} {'hits':>6} eng   len  site")
    for r in recs[: args.top]:
        if len(r["pattern"]) >= args.min_len or r["scanned"] > 10 * sum(map(len, texts)) // 100:
            s, n = scan_time(r["obj"], texts)
            triv = trivial_re if r["engine"] == "re" else trivial_regex
            extra = f"{s:7.3f} {s / triv:6.0f} {n:6d}"
        else:
            extra = f"{'':7} {'':6} {'':6}"
        print(f"{r['use']:7.3f} {r['calls']:7d} {r['anchored']:7d} {r['scanned']:11,d} {extra} {r['engine']:5} {len(r['pattern']):5d}  "
              f"{r['site']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
