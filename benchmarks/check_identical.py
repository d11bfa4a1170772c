"""Check that optimizations leave outputs identical: dump, then diff against a baseline.

``python benchmarks/check_identical.py --write BASE.jsonl`` records ``extract_facts`` and
``parse`` output (``model_dump_json``) for every text in ``corpus/`` and ``tests/fixtures/heldout*/``,
small pathological inputs and, when ``../shared/realcorpus/`` is there, every real document annotated
in ``tests/fixtures/real*/sources.tsv`` (whole) and a seeded sample of the real corpus
(``--real-chars``, default 300,000, seed 5, drawn as ``bench.py`` draws); ``--check BASE.jsonl``
recomputes and reports every difference (for the held-out documents of ``tests/fixtures/realheldout*/``
only that they differ, not their facts). Keep the baseline outside the repository.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def real_inputs(chars: int, seed: int) -> list[tuple[str, str]]:
    """(name, text) for the real documents of the gold fixtures and a seeded real-corpus sample."""
    from bench import REALCORPUS, sample

    if not REALCORPUS.is_dir():
        return []
    seen: dict[str, str] = {}
    for tsv in sorted(ROOT.glob("tests/fixtures/real*/sources.tsv")):
        for line in tsv.read_text(encoding="utf-8").splitlines():
            cells = line.split("\t")
            if line.startswith("#") or len(cells) < 2 or cells[0] == "stem":
                continue
            path = REALCORPUS / cells[1]
            if path.is_file():
                seen.setdefault(f"real:{cells[1]}", path.read_text(encoding="utf-8"))
    if chars:
        for collection, name, text in sample(chars, seed):
            seen.setdefault(f"real:{collection}/{name}", text)
    return sorted(seen.items())


def held_out_names() -> set[str]:
    """Names (as :func:`real_inputs` gives them) of the documents of the held-out gold sets
    (``tests/fixtures/realheldout*/sources.tsv``): a difference there is reported, never shown."""
    names = set()
    for tsv in sorted(ROOT.glob("tests/fixtures/realheldout*/sources.tsv")):
        for line in tsv.read_text(encoding="utf-8").splitlines():
            cells = line.split("\t")
            if not line.startswith("#") and len(cells) >= 2 and cells[0] != "stem":
                names.add(f"real:{cells[1]}")
    return names


def inputs(real_chars: int = 300_000, seed: int = 5) -> list[tuple[str, str]]:
    """(name, text) for every document and a 2,000-character sample of each pathological input."""
    paths = sorted(ROOT.glob("corpus/*.txt")) + sorted(ROOT.glob("tests/fixtures/heldout*/*.txt"))
    out = [(str(p.relative_to(ROOT)), p.read_text(encoding="utf-8")) for p in paths]
    sys.path.insert(0, str(HERE))
    from pathological import INPUTS

    out += [(f"pathological:{name}", make(2000)) for name, make in INPUTS.items()]
    out += real_inputs(real_chars, seed)
    return out


def dump(name: str, text: str) -> dict:
    import govtext
    from govtext.extract import Context

    facts = govtext.extract_facts(text)
    ctx = Context(text, doc_date="2020-05-06")
    dated = govtext.extract_facts(text, doc_date="2020-05-06", context=ctx)
    doc = govtext.parse(text)
    return {
        "name": name,
        "facts": [json.loads(f.model_dump_json()) for f in facts],
        "facts_dated": [json.loads(f.model_dump_json()) for f in dated],
        "parse": json.loads(doc.model_dump_json()),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--write", type=Path, help="write the baseline here")
    g.add_argument("--check", type=Path, help="compare against this baseline")
    ap.add_argument("--real-chars", type=int, default=300_000,
                    help="characters of the seeded real-corpus sample (0: none; default 300,000)")
    ap.add_argument("--seed", type=int, default=5, help="the seed of the real-corpus sample (default 5)")
    args = ap.parse_args(argv)
    rows = [dump(n, t) for n, t in inputs(args.real_chars, args.seed)]
    if args.write:
        with args.write.open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
        print(f"wrote {len(rows)} documents to {args.write}")
        return 0
    base = {}
    for line in args.check.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        base[r["name"]] = r
    hidden = held_out_names()
    bad = 0
    for r in rows:
        b = base.get(r["name"])
        if b is None:
            print(f"NEW      {r['name']} (not in baseline)")
            continue
        for part in ("facts", "facts_dated", "parse"):
            if r[part] != b[part]:
                bad += 1
                print(f"DIFFERS  {r['name']} {part}")
                if r["name"] in hidden:
                    print("   (a held-out document: its facts are not shown)")
                elif part != "parse":
                    old = {json.dumps(x, sort_keys=True, ensure_ascii=False) for x in b[part]}
                    new = {json.dumps(x, sort_keys=True, ensure_ascii=False) for x in r[part]}
                    for x in sorted(old - new)[:5]:
                        print("   -", x[:200])
                    for x in sorted(new - old)[:5]:
                        print("   +", x[:200])
    print(f"{len(rows)} documents, {bad} differences")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
