"""The normalized view: what it cleans, and that every clean character maps back exactly."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import corpus_text, STEMS
from govtext.text.normalize import normalize

CASES = [
    # (id, raw, expected clean text)
    ("spaces-in-date", "（2014年 3月 9日）", "（2014年3月9日）"),
    ("space-before-number", "共召开各类座谈会 4794個", "共召开各类座谈会4794个"),
    ("traditional", "遼寧撫順市黨的群眾路線", "辽宁抚顺市党的群众路线"),
    ("fullwidth-digits", "全区１２个单位，下降９０％", "全区12个单位，下降90%"),
    ("fullwidth-decimal", "修建村村通４．２４公里", "修建村村通4.24公里"),
    ("ascii-punct-near-cjk", "來源:遼寧日報,2014", "来源：辽宁日报，2014"),
    ("ascii-brackets-with-cjk", "928個村(社區)", "928个村（社区）"),
    ("time-colon-kept", "2014年10月24日14:32", "2014年10月24日14:32"),
    ("latin-spaces-kept", "hello world", "hello world"),
    ("small-semicolon", "作報告﹔帶頭", "作报告；带头"),
    # Hong Kong / Taiwan variant characters OpenCC's t2s leaves
    ("hk-variant-wei", "《城市市容和環境衞生管理條例》", "《城市市容和环境卫生管理条例》"),
    ("hk-variant-xu", "敍利亞政府代表團", "叙利亚政府代表团"),
    ("hk-variant-tai", "政務服務枱", "政务服务台"),
    ("simplified-zhu-kept", "成绩显著的单位", "成绩显著的单位"),
    # regional and old words t2s leaves (lexicons/script_phrases.tsv)
    ("tw-word-zuobiao", "配置三座標測量儀", "配置三坐标测量仪"),
    ("tw-word-suizhe", "隨著經濟發展", "随着经济发展"),
    ("zhu-word-after-kept", "隨著名專家調研", "随著名专家调研"),
    ("tw-word-zhuli", "以四個環節為著力點，著重抓好", "以四个环节为着力点，着重抓好"),
    ("zhu-word-before-kept", "成效顯著重要指標", "成效显著重要指标"),
    ("fullwidth-digits-keep-their-space", "已发布 ２１ ２１ 批", "已发布21 21批"),
    # spaces web and PDF conversion leave inside numbers
    ("space-after-decimal-point", "比重下降8. 1个百分点", "比重下降8.1个百分点"),
    ("space-after-fullwidth-point", "增長３６．　５％", "增长36.5%"),
    ("space-between-digit-groups", "共1 250人，投入12 480.5万元", "共1250人，投入12480.5万元"),
    ("two-numbers-kept", "2019 2020年", "2019 2020年"),
    ("four-digit-group-kept", "编号 1234 567", "编号1234 567"),
    ("sentence-point-space-kept", "第3条. 5项", "第3条. 5项"),
    # a full-width comma as a thousands separator (only groups of three after one to three digits)
    ("fullwidth-thousands", "由8，300万增加到12，480.50万", "由8,300万增加到12,480.50万"),
    ("fullwidth-comma-list-kept", "分别为1，2，3和2019，2020年，12，3456人", "分别为1，2，3和2019，2020年，12，3456人"),
]


@pytest.mark.parametrize("raw,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_clean_text(raw, expected):
    assert normalize(raw).text == expected


WRAPS = [
    # a full newspaper line wrapped in the middle of a word, with a blank line in between
    ("blank-line-inside-sentence",
     "2014年2月25日，洮北区召开全区党的群众路线教育实践活动工\n\n作会议，标志着",
     "工作会议"),
    ("wrap-inside-number", "各级党员领导干部讲党课709场（次），平均每人15\n\n条。相互批评也直截了当" * 1, "15条"),
    # a PDF wrap after a decimal point, a comma or before a percent sign
    ("wrap-after-decimal-point", "二氧化碳排放完成国家下达目标，国控断面水质优良比例达到95.\n2%，城市空气质量持续改善", "95.2%"),
    ("wrap-before-percent", "二氧化碳排放完成国家下达目标，国控断面水质优良比例达到95.2\n%，城市空气质量持续改善", "95.2%"),
    ("wrap-after-sign", "考核指标：车辆对航空器主动感知距离不低于规定值，分辨率≤\n10μT，灵敏度优于30nT", "分辨率≤10μT"),
    ("wrap-after-private-decimal-point", "天然气省内管道运输价格由现行的每立方米0\ue010\n2元降到0\ue01018元，支持", "0.2元"),
    ("wrap-after-comma", "作为智慧城市建设的核心组成部分，智慧社区建设具有见效快、\n惠民利民的特征，智慧社区", "见效快、惠民"),
    ("wrap-before-decimal-number", "全面完成并好于预期，国内生产总值从五年前的五十四万亿元增加到\n17.3万亿元，居民", "增加到17.3万亿元"),
]


@pytest.mark.parametrize("raw,joined", [c[1:] for c in WRAPS], ids=[c[0] for c in WRAPS])
def test_layout_wraps_are_joined(raw, joined):
    assert joined in normalize(raw).text


BREAKS = [
    ("sentence-end", "这是一场精神洗礼；\n这是一次作风锤炼；", "洗礼；\n这是"),
    ("short-heading", "……\n\n示范引领 真学深思\n洮北区坚持把打牢思想根基作为搞好教育实践活动的基础，注重学", "真学深思\n洮北"),
    ("enumerated-next", "根据中央、省委和市委部署，我区党的群众路线教育实践活\n一、把握总体要求", "活\n一、"),
    ("traditional-article-next", "並報告本年度上半年國民經濟和社會發展計劃、預算的執行情況報告，聽取和審議審計工作報告\n\n第十六條 縣級以上人民政府", "报告\n第十六条"),
    ("numbered-next", "根据中央、省委和市委部署，我区党的群众路线教育实践活动，\n2.把握总体要求", "，\n2.把握"),
    ("short-line-ends-in-comma", "各位代表：\n各位代表，\n现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协各位委员提出意见。", "代表，\n现在"),
]


@pytest.mark.parametrize("raw,kept", [c[1:] for c in BREAKS], ids=[c[0] for c in BREAKS])
def test_real_breaks_are_kept(raw, kept):
    assert kept in normalize(raw).text


def _check_map(raw: str) -> None:
    nt = normalize(raw)
    assert len(nt.offsets) == len(nt.text) + 1
    assert nt.offsets[-1] == len(raw)
    prev = -1
    for i in range(len(nt.text)):
        o = nt.offsets[i]
        assert prev < o < len(raw)
        prev = o
    # every span maps to a raw slice that starts and ends on the mapped characters
    for i in range(0, len(nt.text), max(1, len(nt.text) // 50)):
        for j in (i + 1, min(len(nt.text), i + 7)):
            s, e = nt.to_raw(i, j)
            assert 0 <= s < e <= len(raw)
            assert raw[s] is not None and e - s >= j - i


@pytest.mark.parametrize("stem", STEMS)
def test_offset_map_on_corpus(stem):
    _check_map(corpus_text(stem))


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_offset_map_on_any_string(raw):
    _check_map(raw)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("中文字，。、 \n\u3000１２3４%％年月日萬個(),:")), max_size=80))
def test_offset_map_on_chinese_like_strings(raw):
    _check_map(raw)


def test_rejects_non_str():
    with pytest.raises(TypeError):
        normalize(b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize("raw", ["\udcff遼寧\ud800", "\ud800" * 5, "萬\udc80個"], ids=["mixed", "only", "inner"])
def test_lone_surrogates_survive(raw):
    nt = normalize(raw)
    _check_map(raw)
    assert "\ud800" in nt.text or "\udcff" in nt.text or "\udc80" in nt.text


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(categories=["Cs", "Lo", "Nd", "Zs", "Cc"]), max_size=60))
def test_offset_map_with_surrogates_and_controls(raw):
    _check_map(raw)


# normalize_lines: many lines at once, each exactly as normalize() reads it alone
_LINE_CHARS = list("中文字遼寧日報萬個後發，。、 \u3000１２3４%％年月日(),:（）—\t") + ["\udcff"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(_LINE_CHARS), max_size=30), max_size=8))
def test_normalize_lines_is_normalize_per_line(lines):
    from govtext.text.normalize import normalize_lines

    assert normalize_lines(lines) == [normalize(line).text for line in lines]


@pytest.mark.parametrize("stem", STEMS)
def test_normalize_lines_on_corpus(stem):
    from govtext.text.normalize import normalize_lines

    lines = corpus_text(stem).splitlines()
    assert normalize_lines(lines) == [normalize(line).text for line in lines]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINE_CHARS + ["\n", "\r", "\r\n", "\u2028", "\x0b"]), max_size=80).map("".join))
def test_simplified_lines_is_per_line_opencc(raw):
    from govtext.text.normalize import simplified_lines, to_simplified

    pos, expected = 0, []
    for line in raw.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        simple = to_simplified(body)
        expected.append((pos, body, simple if len(simple) == len(body) else body))
        pos += len(line)
    assert list(simplified_lines(raw)) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(_LINE_CHARS + ["\r"]), max_size=20), max_size=8))
def test_to_simplified_lines_is_per_line(lines):
    from govtext.text.normalize import to_simplified, to_simplified_lines

    assert to_simplified_lines(lines) == [to_simplified(line) for line in lines]
