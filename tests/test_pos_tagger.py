"""One part-of-speech tagger for every extractor: jieba gives the user words' tags to the first
POSTokenizer that runs over a Tokenizer (and clears them there), so two taggers tagged
differently depending on which extractor ran first."""
from __future__ import annotations

import subprocess
import sys


def test_one_shared_tagger():
    from govtext.extract import entity_cues, names
    from govtext.text.postag import tagger

    text = "区委书记杨超召开民主生活会"
    assert list(entity_cues.pos_cut(text)) == names.pos_cut(text) == tagger().lcut(text)


def test_user_word_tags_whichever_tagger_is_built_first():
    """govtext's tagger takes its words' tags from the word lists, not from the tokenizer's
    hand-over, so jieba's own POSTokenizer built first (postag.pos_tokenizer) cannot starve it."""
    code = ("from govtext.text.postag import pos_tokenizer; from govtext.text.segmentation import user_words; pos_tokenizer(); "
            "from govtext.text.postag import tagger; t = tagger(); "
            "print(all(t.tags[w] == tag for w, _f, tag in user_words() if tag))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"


def test_entities_are_the_same_after_a_full_parse():
    code = ("import govtext; from govtext.extract.noun_phrases import following_phrase; "
            "govtext.parse('区委书记杨超落实资金500万元。'); print(following_phrase('基层党组织、14169名党员', 'count'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "基层党组织"
