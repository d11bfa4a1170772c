"""Round 14 speed work on ``parse`` (issue 18): each faster path gives what the plain one gives."""
from __future__ import annotations

import pytest

from govtext.structure.lines import _markers, has_marker, marker, split_lines

_ROLES = sorted({r for _name, r, _p, _g, _needs in _markers()})

# lines each marker role catches, and near misses that hold a needed character but match nothing
_LINES = [
    "来源：辽宁日报", "来源:新华社 2014-10-24", "2014年10月24日14:32  来源:辽宁日报", "发布时间：2021-03-05",
    "某某市人民政府办公室 2014年3月1日", "2014-03-01 09:30", "《人民日报》（2014年3月1日 第4版）",
    "某某县人民政府办公室            2014年3月1日印发", "抄送：县委各部门", "000123", "机密★1年", "第12期", "特急",
    "首页 > 政策文件", "首页 > 信息公开 > 文件", "【字体：大 中 小】", "打印本页 关闭窗口", "浏览次数：35次",
    "某某市人民政府门户网站", "- 3 -", "DB11—2014—00123", "本报评论员", "【社论】",
    "区领导主持召开座谈会。 王维俊摄", "图为村民在田间劳作", "——海曙深入开展活动纪实", "——一论推进学习教育常态化制度化",
    "新华社北京3月5日电", "本报讯（记者 张三）", "县委办公室消息：",
    # near misses: a needed character, no marker
    "来源于群众的意见要认真听取。", "今年以来，全县上下共收到提案12件。", "网格员每日巡查，打通服务群众“最后一米”。",
    "图书馆新馆落成", "抄写员", "时间就是生命", "摄影比赛", "- 3", "首都北京", "中小企业", "年度报告", "论文集",
    "新闻发布会上，发言人说：今年将继续推进。", "首页", "东西 南北 上下 左右 前后 里外",
]


@pytest.mark.parametrize("text", _LINES)
def test_has_marker_agrees_with_marker_for_every_role(text):
    (ln,) = split_lines(text + "\n")
    for role in _ROLES:
        assert has_marker(ln, role) == (marker(ln.text, role) is not None), (text, role)


def test_the_near_misses_match_nothing_and_the_markers_do():
    lines = split_lines("\n\n".join(_LINES) + "\n")
    hits = {ln.text for ln in lines if any(has_marker(ln, role) for role in _ROLES)}
    assert "来源：辽宁日报" in hits and "打印本页 关闭窗口" in hits and "——海曙深入开展活动纪实" in hits
    assert not hits & {"来源于群众的意见要认真听取。", "图书馆新馆落成", "抄写员", "中小企业", "首都北京"}


def _random_texts(alphabet: str, n: int, seed: int) -> list[str]:
    import random

    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24))) for _ in range(n)]


# the characters that decide a run: spaces (the ideographic space is Chinese punctuation too), line
# breaks of each kind, Chinese, Latin, digits and the punctuation the folds read
_RUN_ALPHABET = " \t\u3000\u00a0\u200b\ufeff\r\n中文a1.，,:（("


@pytest.mark.parametrize("text", [
    "", "\n", "甲\n乙", "甲  \n  乙", "甲\r\n\r\n乙", "a \t\n\u3000 \n b", "\n\n 甲", "甲 \n", "甲\r", "  ",
    "甲 乙\n", "第一行\u3000\u3000\n\u3000\u3000第二行",
    *_random_texts(_RUN_ALPHABET, 400, 14),
])
def test_newline_runs_are_the_pattern_s_runs(text):
    from govtext.text.normalize import _RE_NEWLINE_RUN, _newline_runs

    assert list(_newline_runs(text)) == [m.span() for m in _RE_NEWLINE_RUN.finditer(text)]


@pytest.mark.parametrize("text", [
    "会议于14:30召开,地点:北京", "3．5亿元", "V1.2 : ok", "好!真的?", "无标点的文本", "（1）和(2)",
    *_random_texts(_RUN_ALPHABET + "．!?;", 300, 15),
])
def test_the_conditional_folds_skip_only_texts_without_their_characters(text):
    from govtext.text import normalize as N

    pats, pair = N._fold_patterns()
    expected = text  # every pattern run on every text, as before the class test
    for pattern, table, _chars in pats:
        expected = pattern.sub(lambda m: table[m.group()], expected)
    expected = N._fold_fw_groups(expected)
    if "(" in pair and ")" in pair and "(" in expected:
        expected = N._RE_ASCII_PAIR.sub(lambda m: pair["("] + m.group(1) + pair[")"], expected)
    assert N._fold_conditional(text) == expected


# texts of the kinds extractors segment: clauses around numbers, names, spaces and line breaks (jieba's
# skip blocks), letters, digits and signs inside blocks (+#&._%-), runs of unknown characters (the HMM)
_CUT_TEXTS = [
    "一个个四风顽疾", "区委书记杨超召开民主生活会", "全市新建学校15所，改造危房3.5万平方米",
    "到2025年，森林覆盖率达到60%以上", "G20峰会2014年3.5%的增长ABC123", "四风 问题\r\n整改\t落实",
    "林郑月娥表示", "郑淑娜则对汽车", "粤府办〔2020〕5号", "C++ & C# 编程_v1.2-beta", "截至目前，全县共排查隐患",
    "", " ", "\r\n", "，。、", "a", "中", "赵云飞在接受采访时说", "欧阳娜娜和司马相如",
]


@pytest.mark.parametrize("text", _CUT_TEXTS)
def test_cut_is_the_tokenizer_s_own_cut(text):
    from govtext.text.segmentation import cut, tokenizer

    assert cut(text) == (tokenizer().lcut(text, HMM=True) if text else [])


def test_the_segmenter_splits_blocks_with_jieba_s_own_patterns():
    import jieba

    from govtext.text import segmentation

    assert segmentation._RE_HAN_DEFAULT.pattern == jieba.re_han_default.pattern
    assert segmentation._RE_SKIP_DEFAULT.pattern == jieba.re_skip_default.pattern


def test_a_word_added_to_the_dictionary_reaches_cached_segments():
    import jieba

    from govtext.text.segmentation import Segmenter

    tk = jieba.Tokenizer()
    tk.initialize()
    seg = Segmenter(tk)
    before = seg.lcut("杨超访民情")
    assert before == tk.lcut("杨超访民情", HMM=True)
    tk.add_word("访民情", freq=100000)
    after = seg.lcut("杨超访民情")
    assert after == tk.lcut("杨超访民情", HMM=True) and "访民情" in after and after != before


def test_split_lines_builds_the_lines_the_dataclass_builds():
    import dataclasses

    from govtext.structure.lines import Line

    lines = split_lines("标题\n\n  正文第一段。 \n正文第二段\n")
    for ln in lines:
        fields = dataclasses.astuple(ln)
        twin = Line(*fields)
        assert ln == twin and hash(ln) == hash(twin) and repr(ln) == repr(twin)
        assert set(vars(ln)) == {f.name for f in dataclasses.fields(Line)}
        with pytest.raises(dataclasses.FrozenInstanceError):
            ln.text = "x"
