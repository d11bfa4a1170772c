"""Slogans, round 16 (issue 14). Sentences written for the tests, with near misses.

- Fixed names recognized unquoted (slogans.tsv): ``两权分离``, ``三资`` (realgold16), ``三权分置``, ``双减``,
  ``四个不摘``, ``四史``, ``三新一高``, ``三个区分开来``, ``四下基层``, ``四有``, ``八八战略`` (Zhejiang, 2003),
  ``四化同步`` (十八大), ``三北`` (the shelterbelt program: 西北、华北、东北), ``新三样`` (the three new export
  goods), ``三反五反`` (the 1951–52 campaigns).
  ``四个中心`` (Beijing's four roles) and ``四千`` (“四千”精神) only quoted: unquoted, 四个中心 is also a count of
  centres (建设四个中心) and 四千 a number; quoted, 四个中心 is the name, though 中心 heads organ names.
- An unquoted known name whose last character opens one of the most common words (双减少: 减少) cuts that word,
  unless a word starts right after the name (双控制度: 双控 + 制度).
- Numeral words that are no formula (slogan_exclusions.tsv): vehicles named by their wheels (“三轮车”“四轮车”: a
  regulation that defines them in quotes and then uses them dozens of times), a census by its round (“五经普”:
  the fifth national economic census, an ordinal), a top-ten selection of archaeological finds.
"""
import pytest

from govtext.extract import extract_facts


def _slogans(text: str) -> list[str]:
    return [f.name for f in extract_facts(text, kinds=["slogan"])]


@pytest.mark.parametrize("text, expected", [
    ("加强三北防护林体系建设。", ["三北"]),
    ("“三北”工程攻坚战全面启动。", ["三北"]),
    ("外贸新三样出口增长较快。", ["新三样"]),
    ("电动汽车、锂电池、光伏产品“新三样”出口增长近30%。", ["新三样"]),
    ("进行“三反”“五反”等各个战线的斗争。", ["三反", "五反"]),
    ("开展三反五反运动。", ["三反五反"]),
    ("更好地服务“四个中心”和科技创新中心建设。", ["四个中心"]),
    ("以“十大工程”为主路径。", ["十大工程"]),  # a top-ten of works to do, no ranking
    # a doubled numeral is no longer number when the name is known (八八战略: eight advantages, eight measures)
    ("深入实施“八八战略”，奋力谱写新篇章。", ["八八战略"]),
    ("坚持以八八战略为总纲。", ["八八战略"]),
    ("弘扬“四千”精神。", ["四千"]),  # 走遍千山万水、说尽千言万语、想尽千方百计、吃尽千辛万苦
    ("推进“四化同步”发展。", ["四化同步"]),  # 工业化、信息化、城镇化、农业现代化 (not the 四化 of 四个现代化)
    ("推动四化同步发展。", ["四化同步"]),
    ("推进四化建设。", ["四化"]),
    # established national formulas, often written unquoted in news and reports
    ("深化农村承包地三权分置改革。", ["三权分置"]),
    ("全面落实双减政策。", ["双减"]),
    ("严格落实四个不摘要求。", ["四个不摘"]),
    ("深入开展四史宣传教育。", ["四史"]),
    ("落实三新一高要求。", ["三新一高"]),
    ("落实三个区分开来要求。", ["三个区分开来"]),
    ("坚持和落实四下基层制度。", ["四下基层"]),
    ("建立并实施能源消耗总量和强度双控制度。", ["双控"]),
    ("经营责任制是实行两权分离的有益探索。", ["两权分离"]),  # 所有权与经营权 (realgold16)
    ("企业性质 □中央企业 □地方国企 □民营 □三资", ["三资"]),  # 三资企业 (realgold16)
    ("鼓励兴办三资企业。", ["三资"]),
    ("培养四有新人。", ["四有"]),  # 有理想、有道德、有文化、有纪律
    ("坚持一个中心，两个基本点的基本路线。", ["一个中心、两个基本点"]),  # written with a comma
    ("实现两个根本转变。", ["两个根本性转变"]),  # 控制 is common, but 制度 starts after the name
    # the bodies a people's congress oversees: government, court, procuratorate (+ supervisory commission since 2018)
    ("常务委员会听取和审议“一府两院”专项工作报告。", ["一府两院"]),
    ("加强对一府两院的监督。", ["一府两院"]),
    ("听取“一府一委两院”工作报告。", ["一府一委两院"]),
])
def test_formulas_found(text, expected):
    assert _slogans(text) == expected


@pytest.mark.parametrize("text", [
    "建设四个中心，服务全市企业。",  # unquoted: a count of centres
    "项目总投资四千万元。",  # 四千 unquoted is a number
    "弘扬四千精神。",  # (unquoted 四千 stays a number: the name counts only quoted)
    "两县八八年合并。",
    "用水用电实现双减少。",  # the name's last character opens a very common word (减少)
    "查阅第四史料。",
    "统筹用好第三资金渠道。",
    "盘活三资金。",
    "十个村中，第四有一口井。",
    "（二）“三轮车”“四轮车”，是指设计有三个车轮的机动车。载货三轮车、载货四轮车不得载人。",
    "驾驶两轮电动车应当佩戴头盔。",
    "“五经普”二三产业法人单位从业人员比“四经普”增长29.8%。",
    "开展第七次全国人口普查（“七人普”）。",
    "武王墩一号墓入选“全国十大考古新发现”。",
])
def test_no_formula(text):
    assert _slogans(text) == []


def test_bare_count_of_rounds_stays_a_measure():
    # 两轮 before a verb is a count of rounds (a measure), as before the wheel exclusion
    assert _slogans("开展“两轮”督导。") == []
