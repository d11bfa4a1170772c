"""Round 17, values of numbers (quantities, money, percentages, dates).

- ``N或N以上`` / ``N或N以下``: the joining words and the closing words are data
  (``same_count_or``, ``same_count_at_least``, ``same_count_at_most`` of
  ``lexicons/quantity_contexts.tsv``); every word listed there joins the two counts into one bound.
Own sentences, with near misses.
"""
from __future__ import annotations

import pytest

from govtext.lexicons import load_rows, split_alts
from sentences import grounded


def _words(role: str) -> list[str]:
    return split_alts(next(r["words"] for r in load_rows("quantity_contexts.tsv") if r["role"] == role))


def _quantities(sentence: str) -> list[tuple]:
    return [(f.text, f.value, f.unit, f.qualifier) for f in grounded(sentence, "quantity")]


@pytest.mark.parametrize("word", _words("same_count_or"))
def test_every_same_count_word_joins_one_bound(word):
    assert _quantities(f"由两人{word}两人以上组成。") == [(f"两人{word}两人以上", 2, "人", "at_least")]
    assert _quantities(f"处5年{word}5年以下有期徒刑。") == [(f"5年{word}5年以下", 5, "年", "at_most")]


def test_the_closing_words_are_read_from_the_lexicon():
    assert _words("same_count_at_least") == ["以上"]
    assert _words("same_count_at_most") == ["以下"]


@pytest.mark.parametrize("sentence,expected", [
    # 和 joins members of a list, not a count to its own bound: two facts
    ("由两人和两人以上组成。", [("两人", 2, "人", None), ("两人以上", 2, "人", "over")]),
    # a different count after 或: two facts
    ("处3年或5年以下有期徒刑。", [("3年", 3, "年", None), ("5年以下", 5, "年", "under")]),
    # a different unit after 或: two facts
    ("安排两名或两人以上。", [("两名", 2, "名", None), ("两人以上", 2, "人", "over")]),
])
def test_near_misses_stay_two_facts(sentence, expected):
    assert _quantities(sentence) == expected


# (sentence, [(text, value, unit, qualifier)]): 或以上 / 或以下 after a count bound it as 及以上 / 及以下 do
OR_ABOVE_CASES = [
    ("配备2人或以上标注人员。", [("2人或以上", 2, "人", "over")]),
    ("导弹精度达到10千米或以下。", [("10千米或以下", 10, "千米", "under")]),
    ("涉及3个或以上部门。", [("3个或以上", 3, "个", "over")]),
    ("2人及以上共同申请。", [("2人及以上", 2, "人", "over")]),
    # near misses: the same count repeated is one inclusive bound; 或 before another count is a list
    ("由两个或者两个以上单位组成。", [("两个或者两个以上", 2, "个", "at_least")]),
    ("安排3人或5人。", [("3人", 3, "人", None), ("5人", 5, "人", None)]),
    ("经理或以上职级人员。", []),
]


@pytest.mark.parametrize("sentence,expected", OR_ABOVE_CASES)
def test_or_above(sentence, expected):
    assert _quantities(sentence) == expected


def test_or_above_on_percent_and_money():
    assert [(f.text, f.qualifier) for f in grounded("占比80%或以上。", "percent")] == [("80%或以上", "over")]
    assert [(f.text, f.value, f.qualifier) for f in grounded("处5万元或以上罚款。", "money")] == [("5万元或以上", 50000, "over")]


# 人民币 after an amount names its currency once a scale closes the number, in digits or in words
RMB_AFTER_CASES = [
    ("投资总额超过五百万美元或者二千万人民币。", [("超过五百万美元", 5000000, "USD"), ("二千万人民币", 20000000, "CNY")]),
    ("注册资本一亿二千万人民币。", [("一亿二千万人民币", 120000000, "CNY")]),
    ("注册资本2000万人民币。", [("2000万人民币", 20000000, "CNY")]),
    # near misses: a plain number before 人民币 names no amount
    ("兑换五百人民币。", []),
    ("兑换500人民币。", []),
]


@pytest.mark.parametrize("sentence,expected", RMB_AFTER_CASES)
def test_renminbi_after_a_scale(sentence, expected):
    assert [(f.text, f.value, f.currency) for f in grounded(sentence, "money")] == expected


# (sentence, [(text, value, value_max, unit)]): a range of latitudes or longitudes is one position, no count
# and no minus sign; a minus right after a range word is the sign of the upper end
def _ranges(sentence: str) -> list[tuple]:
    return [(f.text, f.value, f.value_max, f.unit) for f in grounded(sentence, "quantity")]


POSITION_AND_SIGN_CASES = [
    ("保护区地理坐标为北纬34°23′－34°31′，东经111°07′－111°22′之间。", []),
    ("位于东经111°07′至111°22′之间。", []),
    ("渔区位于北纬30°-35°，面积300平方公里。", [("300平方公里", 300, None, "平方公里")]),
    ("位于北纬30度至东经35度之间。", []),
    ("冷藏温度为-5℃~-3℃。", [("-5℃~-3℃", -5, -3, "℃")]),
    ("夜间气温-10℃—-5℃。", [("-10℃—-5℃", -10, -5, "℃")]),
    ("冷冻温度为-20℃～-18℃。", [("-20℃～-18℃", -20, -18, "℃")]),
    # near misses: a dash between positive ends, a negative lower end and a positive upper end
    ("气温5℃-10℃。", [("5℃-10℃", 5, 10, "℃")]),
    ("气温-10℃~5℃。", [("-10℃~5℃", -10, 5, "℃")]),
    ("夜间气温-5℃。", [("-5℃", -5, None, "℃")]),
]


@pytest.mark.parametrize("sentence,expected", POSITION_AND_SIGN_CASES)
def test_positions_and_negative_ranges(sentence, expected):
    assert _ranges(sentence) == expected


# (raw text, [(text, value)]): a bare amount after a money cue ends where the raw text breaks its line, even
# where the normalized view joins the two lines (a headline over its story); a space alone does not end it
HEADLINE_CASES = [
    ("重点项目签约 协议投资390亿\n\n今天（12月13日），", [("390亿", 39000000000)]),
    ("协议投资390亿\n今天上午，", [("390亿", 39000000000)]),
    ("协议投资390亿，今天上午", [("390亿", 39000000000)]),
    # near misses: a word right after the amount on the same line, a space alone
    ("投资3亿建设新城。", []),
    ("协议投资390亿 今天上午", []),
]


@pytest.mark.parametrize("text,expected", HEADLINE_CASES)
def test_bare_amount_ends_at_a_line_break(text, expected):
    assert [(f.text, f.value) for f in grounded(text, "money")] == expected


# (sentence, [(text, value, qualifier)]): 节省 names money before a bare 万/亿 amount (money_cues.tsv); 拿出 does not
# (a peer negative, JioNLP: 他一次就拿出了三百万 has no currency, FACTS.md §2)
SAVED_AND_SET_ASIDE_CASES = [
    ("但每年为公司节省超过200万，并且大幅提高产品质量。", [("超过200万", 2000000, "over")]),
    ("他一次就拿出了三百万。", []),
    # near misses: a unit after the number makes it a quantity, no amount
    ("每年节省3万吨标准煤。", []),
    ("节省时间2万小时。", []),
    ("拿出3万个岗位。", []),
]


@pytest.mark.parametrize("sentence,expected", SAVED_AND_SET_ASIDE_CASES)
def test_saved_and_set_aside_amounts(sentence, expected):
    assert [(f.text, f.value, f.qualifier) for f in grounded(sentence, "money")] == expected


# (sentence, [(text, value, unit)]): 千赫, 兆赫, 吉赫 (frequencies, the short forms of 千赫兹 …) and 席 (seats)
UNIT_ROW_CASES = [
    ("航空器应当配备121.5兆赫航空紧急频率。", [("121.5兆赫", 121.5, "兆赫")]),
    ("使用500千赫频率发出遇险信号。", [("500千赫", 500, "千赫")]),
    ("工作在5吉赫频段。", [("5吉赫", 5, "吉赫")]),
    ("频率为100兆赫兹。", [("100兆赫兹", 100, "兆赫兹")]),
    ("阅览座位应当达到1200席以上。", [("1200席以上", 1200, "席")]),
    ("在议会中赢得3席。", [("3席", 3, "席")]),
    # near misses: 席 inside another word, 一席 an idiom
    ("国家主席出席会议。", []),
    ("在行业中占有一席之地。", []),
    ("三席地而坐。", []),
    ("获得5席位。", []),
]


@pytest.mark.parametrize("sentence,expected", UNIT_ROW_CASES)
def test_frequency_and_seat_units(sentence, expected):
    assert [(f.text, f.value, f.unit) for f in grounded(sentence, "quantity")] == expected
