"""News leads: the words that open a news item's first paragraph and say who reports it.

``央视网消息（新闻联播）：…``, ``本台消息：…``, ``新华社北京3月5日电（记者 张三 李四）…``,
``本报讯（记者 王五）…``: the lead names the source (央视网, 新华社; ``本报`` names none) and maybe
the reporters, and marks the text as a news report (doc_type 报道). A text that opens with its lead
has no title: the first sentence is not one. Lead patterns live in ``lexicons/layout_markers.tsv``
(role ``lead``); reporters are read by :mod:`govtext.extract.bylines`, as the person facts are.

>>> lead = read_lead("新华社北京3月5日电（记者 张明远 李思琪）全国两会今天开幕。")
>>> lead.source, lead.authors
('新华社', ['张明远', '李思琪'])
>>> read_lead("央视网消息（新闻联播）：今天，会议在京召开。").source
'央视网'
>>> read_lead("本报讯 活动开展以来，全市上下积极行动。").source is None
True
>>> read_lead("社会各界消息灵通。") is None
True
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from govtext.extract.bylines import byline_persons
from govtext.structure.lines import marker

__all__ = ["Lead", "read_lead"]

_DEICTIC = ("本报", "本刊", "本台", "本网")   # the paper itself: no source named


@dataclass
class Lead:
    """A news lead: the source it names (``None`` for 本报), the reporters, and where it ends."""

    source: Optional[str]
    authors: list[str] = field(default_factory=list)
    end: int = 0


def read_lead(text: str) -> Optional[Lead]:
    """The lead opening ``text`` (a first paragraph, simplified), or ``None``."""
    m = marker(text.strip(), "lead")
    if not m:
        return None
    source = m["source"]
    head = text.strip()[: m.end()]
    authors = [name for _s, _e, name, _title, _org in byline_persons(head)]
    return Lead(None if source in _DEICTIC else source, authors, m.end())
