"""Build a benchmark corpus of N documents (default 2,000) from corpus/, in varied encodings.

Each document is one seed text with its paragraphs rotated by a different amount (so no two
files are identical) and its numbers left as they are, written as UTF-8, UTF-8 with a BOM,
GBK or GB18030 (simplified texts) or Big5 (the traditional-script text, where every character
has a Big5 code). A few sub-folders mimic a scraped tree.

    python benchmarks/make_corpus.py [--n 2000] [--out benchmarks/_corpus]
"""
from __future__ import annotations

import argparse
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent / "corpus"
SIMPLIFIED_ENCODINGS = ["utf-8", "utf-8-sig", "gbk", "gb18030"]


def _encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _variant(text: str, k: int) -> str:
    paragraphs = text.split("\n")
    if len(paragraphs) < 3:
        return text
    head, body = paragraphs[:2], paragraphs[2:]
    shift = k % len(body)
    return "\n".join(head + body[shift:] + body[:shift])


def make_corpus(n: int = 2000, out: Path = HERE / "_corpus") -> Path:
    """Write ``n`` documents under ``out`` (replacing it); returns ``out``."""
    seeds = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    if out.exists():
        shutil.rmtree(out)
    for i in range(n):
        stem, text = seeds[i % len(seeds)]
        text = _variant(text, i // len(seeds))
        cleaned = text.replace("\xa0", " ")
        if _encodable(cleaned, "big5"):  # the traditional-script seed
            text, encoding = cleaned, ("big5" if i % 2 else "utf-8")
        else:
            encoding = SIMPLIFIED_ENCODINGS[(i // len(seeds)) % len(SIMPLIFIED_ENCODINGS)]
            if not _encodable(text, encoding):
                encoding = "utf-8"
        path = out / f"batch{i % 7}" / f"{i:05d}_{stem[:3]}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode(encoding))
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--out", type=Path, default=HERE / "_corpus")
    args = ap.parse_args()
    print(make_corpus(args.n, args.out))
