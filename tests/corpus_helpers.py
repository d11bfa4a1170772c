"""Small corpora for the conversion and store tests, built from the seed documents."""
from __future__ import annotations

import json
from pathlib import Path

from conftest import STEMS, corpus_text

ENCODINGS = ["utf-8", "utf-8-sig", "gbk", "gb18030"]


def varied_corpus(root: Path, n: int = 10, whole: bool = False) -> list[str]:
    """``n`` documents (head slices of the seed texts, so they stay small, or ``whole`` texts)
    in varied encodings, some in sub-folders; returns their expected ids."""
    ids = []
    for i in range(n):
        stem = STEMS[i % len(STEMS)]
        text = corpus_text(stem) if whole else corpus_text(stem)[: 600 + 37 * i]
        encoding = ENCODINGS[i % len(ENCODINGS)]
        rel = f"{'sub/' if i % 3 == 0 else ''}{i:03d}_{stem[:3]}.txt"
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode(encoding, errors="ignore"))
        ids.append(rel)
    return sorted(ids)


def read_lines(path: Path) -> list[dict]:
    """Every line of a JSONL file parsed (fails on a corrupt line)."""
    data = path.read_bytes()
    assert not data or data.endswith(b"\n"), "torn final line"
    return [json.loads(line) for line in data.splitlines() if line.strip()]
