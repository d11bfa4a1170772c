"""The span index behind every "inside a title / a guard / boilerplate" check."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from govtext.extract import extract_facts
from govtext.text.spans import SpanIndex

SPAN = st.tuples(st.integers(0, 400), st.integers(0, 400)).map(lambda p: (min(p), max(p)))
# many short spans and a few long ones that hold them (a 《》 title full of amounts)
SPANS = st.lists(SPAN, max_size=40) | st.lists(
    st.one_of(SPAN, st.integers(0, 50).map(lambda s: (s, s + 300))), max_size=60)


@given(SPANS, SPAN)
def test_overlaps_is_the_plain_check(spans, query):
    start, end = query
    expected = any(s < end and start < e for s, e in spans)
    assert SpanIndex(spans).overlaps(start, end) is expected


@given(st.lists(SPAN, max_size=30))
def test_nested_spans_are_all_seen(inner):
    outer = (0, 1000)
    index = SpanIndex([*inner, outer])
    assert all(index.overlaps(p, p + 1) for p in range(0, 1000, 37))


def test_a_quantity_inside_a_long_title_of_amounts_is_no_quantity():
    amounts = "、".join(f"{k}万元" for k in range(1, 13))
    text = f"印发《关于下达{amounts}和5个项目资金的通知》。全市新建5个项目。"
    quantities = [(f.text, f.start) for f in extract_facts(text, kinds=["quantity"])]
    assert quantities == [("5个", text.rindex("5个"))]  # the one outside the title only
