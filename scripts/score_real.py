#!/usr/bin/env python3
"""Score fact extraction on gold written for real documents that stay in ``../shared/realcorpus/``.

A gold set (``tests/fixtures/realgold``, ``tests/fixtures/realtargets``) holds ``sources.tsv``
(``stem``, ``path`` under ``../shared/realcorpus/``, optional window ``start``/``end``),
``ann/<stem>.ann`` (annotations as surfaces, see ``scripts/locate_gold.py``) and
``gold/<stem>.jsonl`` (located facts). The table has the reference scorer's layout, plus how
often the described noun (quantity entity, money and change subject) is right on matched facts.

    python scripts/score_real.py tests/fixtures/realgold --show 5
    python scripts/score_real.py tests/fixtures/realgold --kind target --json

To score another version of govtext (the "first score" of a set), dump its predictions with that
version's interpreter, then score them here (dumping needs nothing of this repository's code):

    /work/baseline/.venv/bin/python scripts/score_real.py tests/fixtures/realgold --dump /tmp/preds
    python scripts/score_real.py tests/fixtures/realgold --pred-dir /tmp/preds
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REALCORPUS = ROOT.parent / "shared" / "realcorpus"


def _sources(base: Path) -> dict[str, str]:
    """``{stem: path under ../shared/realcorpus}`` of a gold set (:func:`govtext.evaluation.read_sources`)."""
    from govtext.evaluation import read_sources

    return {stem: rel for stem, (rel, _start, _end) in read_sources(base / "sources.tsv").items()}


def dump(base: Path, out: Path) -> None:
    """Write the installed govtext's facts for every stem of the set to ``out/<stem>.jsonl``."""
    from govtext import extract_facts

    out.mkdir(parents=True, exist_ok=True)
    for stem, rel in _sources(base).items():
        text = (REALCORPUS / rel).read_text(encoding="utf-8")
        facts = [f.model_dump(mode="json") for f in extract_facts(text)]
        (out / f"{stem}.jsonl").write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in facts), encoding="utf-8")
    print(f"{out}: {len(_sources(base))} documents")


def _predictor(kinds: list[str], seen: dict[str, list[dict]]):
    """The installed govtext's facts of ``kinds`` (all when empty), kept in ``seen`` by text."""
    from govtext import extract_facts

    def predict(text: str) -> list[dict]:
        facts = [f.model_dump(mode="json") for f in extract_facts(text) if not kinds or f.kind in kinds]
        seen[text] = facts
        return facts

    return predict


# fields outside the key fields that a set is also judged on, counted on value-matched facts
SECONDARY = {"target": ("deadline",)}


def _secondary(base: Path, gold: Path, pred_dir, seen: dict[str, list[dict]]) -> dict:
    """``{(kind, field): (right, value-matched)}``: e.g. how often a matched target's deadline is right.
    Pairs are formed as the scorer forms them (largest overlap first, value matches win ties)."""
    from govtext.evaluation import field_equal, value_match

    out: dict = {}
    for stem, rel in _sources(base).items():
        gold_file = gold / f"{stem}.jsonl"
        if not gold_file.exists():
            continue
        gfacts = [json.loads(l) for l in gold_file.read_text(encoding="utf-8").splitlines() if l.strip()]
        if pred_dir is not None:
            pf = Path(pred_dir) / f"{stem}.jsonl"
            preds = [json.loads(l) for l in pf.read_text(encoding="utf-8").splitlines() if l.strip()] if pf.exists() else []
        else:
            preds = seen.get((REALCORPUS / rel).read_text(encoding="utf-8"), [])
        for kind, fields in SECONDARY.items():
            g = [f for f in gfacts if f["kind"] == kind]
            p = [f for f in preds if f.get("kind") == kind]
            pairs = sorted(((value_match(kind, gf, pf), min(gf["end"], pf["end"]) - max(gf["start"], pf["start"]), i, j)
                            for i, gf in enumerate(g) for j, pf in enumerate(p)
                            if min(gf["end"], pf["end"]) > max(gf["start"], pf["start"])), reverse=True)
            used_g, used_p = set(), set()
            for vm, _ov, i, j in pairs:
                if i in used_g or j in used_p:
                    continue
                used_g.add(i)
                used_p.add(j)
                if not vm:
                    continue
                for name in fields:
                    right, n = out.get((kind, name), (0, 0))
                    out[(kind, name)] = (right + int(field_equal(name, g[i].get(name), p[j].get(name))), n + 1)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("set", type=Path, help="gold set folder (with sources.tsv, gold/)")
    ap.add_argument("--show", type=int, default=0, help="print up to N misses per kind")
    ap.add_argument("--kind", action="append", default=[], help="score only these kinds (repeatable)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--pred-dir", type=Path, help="score saved predictions (<stem>.jsonl) instead of running govtext")
    ap.add_argument("--dump", type=Path, metavar="DIR", help="only write the installed govtext's predictions to DIR")
    args = ap.parse_args(argv)
    if not REALCORPUS.is_dir():
        print(f"{REALCORPUS}: the real corpus is not beside the project", file=sys.stderr)
        return 2
    if args.dump:
        dump(args.set, args.dump)
        return 0
    from govtext.evaluation import evaluate, format_table

    seen: dict[str, list[dict]] = {}
    predict = None if args.pred_dir else _predictor(args.kind, seen)
    gold = args.set / "gold"
    if args.kind:  # score a subset: gold and predictions restricted to the kinds asked for
        import tempfile

        tmp = Path(tempfile.mkdtemp())
        for f in gold.glob("*.jsonl"):
            lines = [l for l in f.read_text(encoding="utf-8").splitlines() if l.strip() and json.loads(l)["kind"] in args.kind]
            (tmp / f.name).write_text("".join(l + "\n" for l in lines), encoding="utf-8")
        (tmp / "sources.tsv").write_text((args.set / "sources.tsv").read_text(encoding="utf-8"), encoding="utf-8")
        gold = tmp
        if args.pred_dir:
            ptmp = Path(tempfile.mkdtemp())
            for f in args.pred_dir.glob("*.jsonl"):
                lines = [l for l in f.read_text(encoding="utf-8").splitlines() if l.strip() and json.loads(l)["kind"] in args.kind]
                (ptmp / f.name).write_text("".join(l + "\n" for l in lines), encoding="utf-8")
            args.pred_dir = ptmp
    result = evaluate(REALCORPUS, gold, pred_dir=args.pred_dir, predict=predict)
    secondary = _secondary(args.set, gold, args.pred_dir, seen)
    if args.json:
        out = result.to_json()
        out["secondary"] = {f"{k}.{f}": {"right": r, "matched": n} for (k, f), (r, n) in secondary.items()}
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(format_table(result, show=args.show, attributes=True))
        if secondary:
            print("on value-matched facts: " + ", ".join(
                f"{k}.{f}={r / n:.3f} ({r}/{n})" for (k, f), (r, n) in sorted(secondary.items()) if n))
        if args.show:
            for stem, why, g, p in result.attr_misses[: args.show * 4]:
                print(f"  [{stem}] {why}: gold={json.dumps(g, ensure_ascii=False)} pred={json.dumps(p, ensure_ascii=False)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
