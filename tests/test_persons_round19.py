"""Round 19: appointments by 推为/推举, the titles 首领 and 协领, and 通电话 (no name)."""
import pytest

from govtext.extract import extract_facts


def _persons(text):
    return [(f.name, f.title, f.org) for f in extract_facts(text, kinds=["person"])]


@pytest.mark.parametrize("text, expected", [
    ("1907年5月，“光复军”成立，徐锡麟被推为首领，秋瑾任协领。", [("徐锡麟", "首领", None), ("秋瑾", "协领", None)]),
    ("王芳被推为组长，刘强任副组长。", [("王芳", "组长", None), ("刘强", "副组长", None)]),
    ("会议推举王建国为主任。", [("王建国", "主任", None)]),
    ("李明被推举为村民委员会主任。", [("李明", "主任", "村民委员会")]),
    ("塔利班首领阿洪扎达发表声明。", [("阿洪扎达", "首领", "塔利班")]),
    # near misses: no name after the verb or the title
    ("推举代表参加会议。", []),
    ("柯西金提出要同我国领导人通电话。", []),
    ("部落首领们聚在一起。", []),
])
def test_round19_persons(text, expected):
    assert _persons(text) == expected
