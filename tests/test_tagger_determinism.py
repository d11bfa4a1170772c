"""The tagger's words for a text depend on the text alone: not on what the process tagged or
extracted before (its caches of blocks, HMM runs and word probabilities), nor on the order of
calls, nor on the string hash seed. Each case runs in a fresh interpreter."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# windows of the kind extractors tag: a name after a title, the words before a number, clauses
# cut at different places in one sentence (their blocks overlap), unknown runs for the HMM
TEXTS = [
    "区长胡玉华主持会议", "区委书记杨超召开民主生活会", "全市新建学校15所", "新建学校15所", "市新建学校",
    "杨超访民情，察民忧", "察民忧", "杨超访民情", "了对党", "少则", "林郑月娥表示", "累计发放补贴资金",
    "帮助落实修路资金500万元", "基层党组织、14169名党员", "一个个四风顽疾，民主生活会",
    "G20峰会2014年3.5%的增长ABC123", "四风 问题\r\n整改\t落实", "截至目前，全县共排查隐患",
]


def _run(code: str, seed: str) -> list:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run([sys.executable, "-c", code], input=json.dumps(TEXTS, ensure_ascii=False),
                         capture_output=True, text=True, check=True, env=env, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


_FRESH = ("import sys, json; texts = json.loads(sys.stdin.read()); from govtext.text.postag import tagger; "
          "print(json.dumps([tagger().lcut(t) for t in texts], ensure_ascii=False))")

# warmed: documents extracted and parsed first (every extractor's windows fill the caches), then
# the texts tagged in reverse order, each twice
_WARMED = ("import sys, json, glob; texts = json.loads(sys.stdin.read()); import govtext; "
           "docs = [open(p, encoding='utf-8').read() for p in sorted(glob.glob('corpus/*.txt'))[:3]]; "
           "[(govtext.extract_facts(d), govtext.parse(d)) for d in docs]; "
           "from govtext.text.postag import tagger, pos_pairs; "
           "got = {t: tagger().lcut(t) for t in reversed(texts)}; "
           "assert all(list(pos_pairs(t)) == tagger().lcut(t) == got[t] for t in texts); "
           "print(json.dumps([got[t] for t in texts], ensure_ascii=False))")


def test_tagging_is_the_same_fresh_and_warmed():
    fresh = _run(_FRESH, "1")
    assert fresh == _run(_WARMED, "1")
    assert fresh == _run(_FRESH, "2") == _run(_WARMED, "3")
    assert fresh[0][:2] == [["区长", "nnt"], ["胡玉华", "nr"]]


def test_a_word_added_to_the_tokenizer_reaches_cached_cuts():
    """The tagger's caches are keyed by text: a word added to the tokenizer afterwards (its total
    changes) empties them, so the next cut sees the word."""
    code = ("from govtext.text.postag import Tagger, tagger; import jieba; "
            "tk = jieba.Tokenizer(); tk.initialize(); t = Tagger(tk, dict(tagger().tags)); "
            "a = t.lcut('杨超访民情'); tk.add_word('访民情', freq=100000, tag='v'); t.tags['访民情'] = 'v'; "
            "b = t.lcut('杨超访民情'); print(a != b and ('访民情', 'v') in b)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip().splitlines()[-1] == "True"
