"""Which compiled patterns would run faster on the standard library's ``re`` engine, measured per pattern.

``python benchmarks/profile_regex.py [--chars 150000] [--seed 18] [--parse] [--top 40]`` replaces
``regex.compile`` (before govtext is imported) with a wrapper that compiles each pattern with both
engines (``re`` through :func:`govtext.text.fastre.translate`, so the class escapes mean what
``regex`` makes them mean), runs every call (``search``, ``match``, ``fullmatch``, ``finditer``,
``sub``, ``split``, ``findall``) through both on the same arguments, times each (CPU time) and
compares the results (spans and groups). It prints, per compile site (file and line), the CPU
seconds of both engines and the differing calls; a site worth moving to
:func:`govtext.text.fastre.compile` has a clear gain and no difference. Patterns already compiled
with ``fastre`` are not seen (use it on a tree where the site still calls ``regex.compile``).
"""
from __future__ import annotations

import argparse
import re
import sys
import time
import warnings
from collections import defaultdict
from pathlib import Path

import regex

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

STATS: dict[tuple[str, str], list] = {}  # (site, pattern) -> [calls, regex s, re s, differing calls, why not re]
_compile = regex.compile
_clock = time.process_time


def _key(m):
    return None if m is None else (m.span(), m.groups())


_CONVERT = {
    "search": _key, "match": _key, "fullmatch": _key,
    "finditer": lambda it: [_key(m) for m in it], "findall": lambda r: r,
    "sub": lambda r: r, "subn": lambda r: r, "split": lambda r: r,
}


class _Both:
    """A ``regex`` pattern that also runs each call through ``re`` and keeps the figures."""

    def __init__(self, pattern, flags, compiled, site):
        from govtext.text.fastre import translate

        self._rx = compiled
        self._re = None
        self._st = STATS.setdefault((site, str(pattern)), [0, 0.0, 0.0, 0, ""])
        done = translate(pattern, flags) if isinstance(pattern, str) else None
        if done is None:
            self._st[4] = "not translatable"
            return
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                self._re = re.compile(*done)
        except re.error as e:
            self._st[4] = f"re refuses: {e}"[:40]

    def __getattr__(self, name):
        return getattr(self._rx, name)

    def _run(self, name, *a, **k):
        st = self._st
        st[0] += 1
        if {"overlapped", "partial", "concurrent", "timeout"} & k.keys():
            st[4] = "regex-only argument"
            return getattr(self._rx, name)(*a, **k)
        t = _clock()
        got = getattr(self._rx, name)(*a, **k)
        if name == "finditer":
            got = list(got)
        st[1] += _clock() - t
        if self._re is not None:
            t = _clock()
            other = getattr(self._re, name)(*a, **k)
            if name == "finditer":
                other = list(other)
            st[2] += _clock() - t
            conv = _CONVERT[name]
            if conv(got) != conv(other):
                st[3] += 1
        return iter(got) if name == "finditer" else got


for _name in _CONVERT:
    setattr(_Both, _name, lambda self, *a, _n=_name, **k: self._run(_n, *a, **k))


def _site_compile(pattern, flags=0, *a, **k):
    compiled = _compile(pattern, flags, *a, **k)
    frame = sys._getframe(1)
    while "regex" in frame.f_code.co_filename or frame.f_code.co_filename.endswith("functools.py"):
        frame = frame.f_back
    site = frame.f_code.co_filename.split("govtext/")[-1] + f":{frame.f_lineno}"
    return _Both(pattern, flags, compiled, site)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=150_000)
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--parse", action="store_true", help="parse each document as well")
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args(argv)
    regex.compile = _site_compile
    try:
        import govtext
        from bench import sample

        for path in sorted((HERE.parent / "corpus").glob("*.txt")):  # compiles and first loads: not counted
            text = path.read_text(encoding="utf-8")
            govtext.extract_facts(text), govtext.parse(text)
        for st in STATS.values():
            st[0:4] = [0, 0.0, 0.0, 0]
        for _c, _n, text in sample(args.chars, args.seed):
            govtext.extract_facts(text)
            if args.parse:
                govtext.parse(text)
    finally:
        regex.compile = _compile
    sites: dict[str, list] = defaultdict(lambda: [0, 0.0, 0.0, 0, 0, set()])
    for (site, _p), (calls, t_rx, t_re, bad, why) in STATS.items():
        s = sites[site]
        s[0] += calls
        s[1] += t_rx
        s[2] += t_re if not why and not bad else t_rx
        s[3] += bad
        s[4] += 1
        if why:
            s[5].add(why)
    total = sum(st[1] for st in STATS.values())
    print(f"CPU seconds in compiled-pattern calls: {total:.2f} (regex)")
    print(f"{'gain':>7}{'regex':>8}{'re':>8}{'calls':>8}{'diff':>6}  site (patterns)")
    for site, (calls, t_rx, t_re, bad, n, why) in sorted(sites.items(), key=lambda kv: kv[1][2] - kv[1][1])[:args.top]:
        note = f"  [{'; '.join(sorted(why))}]" if why else ""
        print(f"{t_rx - t_re:>7.3f}{t_rx:>8.3f}{t_re:>8.3f}{calls:>8}{bad:>6}  {site} ({n}){note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
