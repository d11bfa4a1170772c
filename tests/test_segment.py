"""Segmentation: govtext's lexicons keep policy words whole, on a private jieba instance."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from govtext.extract.persons import official_titles
from govtext.lexicons import lexicon_dir, load_rows
from govtext.text.organs import fused_titles
from govtext.text.postag import tagger
from govtext.text.segmentation import cut, generated_words, tokenize, tokenizer, user_words

WHOLE = [
    # (id, sentence, word that must be one token)
    ("slogan-single", "一个个四风顽疾得到彻底根治", "四风"),
    ("slogan-paired", "牢固树立了九破九立的思想", "九破九立"),
    ("slogan-mixed", "认真贯彻落实一学三促四抓的要求", "一学三促四抓"),
    ("title", "区委书记杨超访民情", "区委书记"),
    ("title-deputy", "常务副区长主持会议", "常务副区长"),
    ("meeting", "召开专题民主生活会", "专题民主生活会"),
    ("org", "省委督导组进驻", "督导组"),
]


@pytest.mark.parametrize("sentence,word", [c[1:] for c in WHOLE], ids=[c[0] for c in WHOLE])
def test_lexicon_words_stay_whole(sentence, word):
    assert word in cut(sentence)


@pytest.mark.parametrize("raw,word", [
    ("使得一个个四\n风顽疾", "四风"),
    ("堅決剎四風，", "四风"),
], ids=["line-wrap", "traditional"])
def test_tokens_carry_raw_offsets(raw, word):
    tokens = tokenize(raw)
    hit = [t for t in tokens if t.text == word]
    assert hit
    assert raw[hit[0].start:hit[0].end].replace("\n", "") in (word, "四風")


@pytest.mark.parametrize("lexicon,row,word,sentence,segmented", [
    ("slogans.tsv", "七争七创\tpaired\t\t\t\tno", "七争七创", "开展七争七创活动", ['开展', '七争七创', '活动']),
    ("official_titles.tsv", "场长\tinstitution\t林场\t", "林场场长", "林场场长王建国介绍情况",
     ['林场场长', '王建国', '介绍', '情况']),
], ids=["slogan", "title"])
def test_a_row_added_to_a_users_lexicons_reaches_the_segmenter(tmp_path, lexicon, row, word, sentence, segmented):
    """The generated word lists are built from the TSVs of the lexicon directory in use."""
    mine = tmp_path / "lexicons"
    shutil.copytree(lexicon_dir(), mine)
    with (mine / lexicon).open("a", encoding="utf-8") as fh:
        fh.write(row + "\n")
    code = f"from govtext.text.segmentation import cut; print(cut({sentence!r}))"
    env = {**os.environ, "GOVTEXT_LEXICONS": str(mine)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert out.stdout.strip() == repr(segmented)
    assert word not in cut(sentence)  # govtext's own lexicons: not a word


def test_no_generated_list_is_kept_on_disk():
    assert set(generated_words()) == {"officials.txt", "slogans.txt"}
    for name in generated_words():
        assert not (lexicon_dir() / "words" / name).exists(), name


# ---------------------------------------------------------------- the generated lists checked against their TSV
# (in the style of dateparser's data-integrity tests: what the segmenter holds is what the lexicon says)

@pytest.mark.parametrize("row", load_rows("official_titles.tsv"), ids=lambda row: row["title"])
def test_every_title_form_is_one_segmenter_word_tagged_as_a_title(row):
    tk = tokenizer()
    for form in [row["title"], *(written for written, _level in fused_titles(row))]:
        assert cut(form) == [form]
        # the tag as the tagger holds it (jieba moves a tokenizer's user tags into the first
        # part-of-speech tagger built on it, so the tokenizer's own table may be empty by now)
        assert tagger().tags.get(form) == "nnt", form
        assert tk.FREQ[form] >= 2000, form


def test_the_segmenter_holds_the_person_extractors_title_forms():
    # the person extractor and the segmenter read the same written forms of official_titles.tsv
    words = {w for w, _f, _t in generated_words()["officials.txt"]}
    assert words == set(official_titles())


def test_a_title_the_dictionary_counts_higher_keeps_its_count():
    listed = {w: f for w, f, _t in generated_words({"主席": 20859})["officials.txt"]}
    assert listed["主席"] == 20859 and listed["区委副书记"] == 2000


def test_every_slogan_name_is_in_the_user_dictionary():
    words = {w for w, _f, _t in user_words()}
    for row in load_rows("slogans.tsv"):
        if row["name"].isalnum():
            assert row["name"] in words


def test_user_dictionary_is_loaded_into_the_private_tokenizer():
    tk = tokenizer()
    for word, _freq, _tag in user_words():
        assert tk.FREQ.get(word, 0) > 0, word


def test_word_lists_have_no_duplicates():
    words = [w for w, _f, _t in user_words()]
    assert len(words) == len(set(words)), sorted({w for w in words if words.count(w) > 1})


def test_global_jieba_is_untouched():
    import jieba

    tokenizer()
    assert tokenizer() is not jieba.dt
    assert "九破九立" not in jieba.dt.FREQ


def test_import_govtext_loads_no_dictionary():
    code = "import sys, govtext; print(sorted(m for m in ('jieba', 'spacy', 'govtext.text.segmentation') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_tokenizer_is_built_once():
    assert tokenizer() is tokenizer()


def test_empty_text():
    assert tokenize("") == [] and cut("") == []
