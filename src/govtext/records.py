"""Every record govtext produces: facts (one discriminated union on ``kind``) and documents.

All facts are frozen pydantic models that forbid unknown fields and point back into the
ORIGINAL input: ``text == input[start:end]`` always holds. Normalized fields are simplified
Chinese. See ``docs/facts.md`` (generated from these models) and the fact specification.

>>> from govtext.records import Money, FACT_ADAPTER
>>> m = Money(text="500万元", start=0, end=5, value=5000000)
>>> m.model_dump(mode="json")["value"]
5000000
>>> type(FACT_ADAPTER.validate_python(m.model_dump())).__name__
'Money'
"""
from __future__ import annotations

from typing import Annotated, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

Number = Union[int, float]
Qualifier = Optional[Literal["approx", "over", "at_least", "under", "at_most"]]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class FactBase(_Record):
    """Fields every fact carries: its kind and its grounding in the original input."""

    kind: str = Field(description="The fact kind; fixed by each model.")
    text: str = Field(description="The surface exactly as in the input: input[start:end].")
    start: int = Field(ge=0, description="Start offset (characters) in the original input.")
    end: int = Field(ge=0, description="End offset (exclusive) in the original input.")


class Date(FactBase):
    """A date, partial date or date range: ``2014年2月25日`` → ``2014-02-25``."""

    kind: Literal["date"] = "date"
    value: str = Field(description="ISO 8601 as precise as the text: 2014-02-25, 2014-03, 2014, 2014-10-24T14:32, --07-10, "
                                   "---09 (a day alone), T18:00 (a clock time alone); hours always with minutes.")
    end_value: Optional[str] = Field(None, description="End of a range, else null.")
    inferred_year: bool = Field(False, description="True when the year came from context, not from the span.")
    part: Optional[Literal["early", "mid", "late"]] = Field(
        None, description="上旬/初/伊始/上半年 early, 中旬 mid, 下旬/底/末/下半年 late.")
    relation: Optional[Literal["before", "after"]] = Field(None, description="前/之前 before; 后/以后/起 after.")


class Quantity(FactBase):
    """A count or measure: ``606个基层党组织`` → value 606, unit 个, entity 基层党组织."""

    kind: Literal["quantity"] = "quantity"
    value: Number = Field(description="The number: 1万余 → 10000, 百余 → 100, 两轮 → 2; the lower end of a range.")
    unit: Optional[str] = Field(description="Classifier or unit, simplified, parenthesised alternatives dropped; Latin symbols as written (168cm → cm); null for a count written without one before its noun (1.4亿农村人口).")
    entity: Optional[str] = Field(None, description="The counted noun phrase, simplified, or null.")
    qualifier: Qualifier = Field(None, description="null exact; approx 约/左右/近, over 余/多/以上, at_least 不少于/至少, under 以下/不到/不足, at_most 不超过/最多; the stronger bound wins.")
    value_max: Optional[Number] = Field(None, description="Upper end of a range (2-3个), else null.")


class Money(FactBase):
    """An amount of money normalized to yuan: ``3139.8万元`` → 31398000."""

    kind: Literal["money"] = "money"
    value: Number = Field(description="Yuan: 500万元 → 5000000, 2.6亿元 → 260000000.")
    currency: str = Field("CNY", description="ISO 4217 code; CNY unless the text names another currency.")
    qualifier: Qualifier = Field(None, description="null exact; approx 约/左右/近, over 余/多/以上, at_least 不少于/至少, under 以下/不到/不足, at_most 不超过/最多; the stronger bound wins.")
    value_max: Optional[Number] = Field(None, description="Upper end of a range in yuan (20万至50万元 → 500000), else null.")
    subject: Optional[str] = Field(None, description="What the money is, from the same clause (追缴违纪资金1.2亿元 → 违纪资金), simplified, or null.")


class Percent(FactBase):
    """A percentage: ``90%`` → 90, ``七成`` → 70, ``3.5‰`` → 0.35, ``0.8个百分点`` → 0.8."""

    kind: Literal["percent"] = "percent"
    value: Number = Field(description="Percent: 90% → 90, 百分之三十 → 30, 七成 → 70, 3.5‰ → 0.35, 五分之一 → 20, 0.8个百分点 → 0.8.")
    qualifier: Qualifier = Field(None, description="null exact; approx 约/左右/近, over 余/多/以上, at_least 不少于/至少, under 以下/不到/不足, at_most 不超过/最多; the stronger bound wins.")
    value_max: Optional[Number] = Field(None, description="Upper end of a range written with one sign (5—10% → value 5, value_max 10), else null; 5%—10% is two percentages.")


class Change(FactBase):
    """An increase or decrease: ``公务接待费下降90%`` → decrease, by_value 90, unit %."""

    kind: Literal["change"] = "change"
    direction: Literal["increase", "decrease"] = Field(description="增加/提高/上升 … increase; 下降/减少/压缩 … decrease.")
    subject: Optional[str] = Field(None, description="What changed (公务接待费), simplified, or null.")
    from_value: Optional[Number] = Field(None, description="Starting level of 由A降到B / 从A增加到B, in the base unit (yuan for money).")
    to_value: Optional[Number] = Field(None, description="Level reached (B of 由A降到B, 30 of 下降至30%以下).")
    by_value: Optional[Number] = Field(None, description="Amount of the change (下降90% → 90); null when only the levels are written.")
    unit: Optional[str] = Field(None, description="'%', '元', '个百分点', '倍' or the quantity unit.")
    basis: Optional[str] = Field(None, description="What it is compared with: year_on_year (同比), previous_period (环比, 较上月), previous_year (较上年, 比去年), else the written base (比2010年 → 2010年), or null.")


class Slogan(FactBase):
    """A named numbered formula (提法): ``九破九立``, ``四风``, ``两代表一委员``."""

    kind: Literal["slogan"] = "slogan"
    name: str = Field(description="Canonical name: simplified, without quotation marks.")
    components: list[str] = Field(default_factory=list, description="Parts when the text spells the formula out in place.")
    expected_components: Optional[int] = Field(
        None, description="How many parts the numerals of the name promise (九破九立 → 9 pairs = 9), when known; "
        "a components list of another length is a reported mismatch."
    )


class DocTitle(FactBase):
    """A titled work in 《》: ``《信访案件包保制度》`` → title, doc_type 制度."""

    kind: Literal["doc_title"] = "doc_title"
    title: str = Field(description="The title inside 《》, simplified.")
    doc_type: Optional[str] = Field(None, description="The 文种 the title ends in (通知, 意见, 办法 …), null for books and films.")


class DocNumber(FactBase):
    """An official document number (发文字号): ``冀群组发〔2014〕34号``."""

    kind: Literal["doc_number"] = "doc_number"
    number: str = Field(description="The whole number as normalized text: 冀群组发〔2014〕34号.")
    prefix: Optional[str] = Field(None, description="Issuer code (机关代字) before the year: 冀群组发.")
    year: Optional[int] = Field(None, description="The year in 〔〕, [], （） or 【】.")
    serial: Optional[int] = Field(None, description="The serial number before 号.")


class Person(FactBase):
    """An official or author named with a role: ``区委书记杨超`` → name 杨超, title 区委书记."""

    kind: Literal["person"] = "person"
    name: str = Field(description="The personal name, simplified, spaces removed.")
    title: Optional[str] = Field(None, description="Official title (区委书记), or 摄影 / 作者 / 记者 for credits and bylines.")
    org: Optional[str] = Field(None, description="Organization written before the title (海曙区, 吉林日报社), else null.")


class Target(FactBase):
    """A quantitative goal set for the future: ``到2027年，森林覆盖率达到46%以上`` → level 46 %, >=, 2027."""

    kind: Literal["target"] = "target"
    subject: Optional[str] = Field(None, description="The indicator, simplified, without place words: 森林覆盖率, 地区生产总值.")
    measure: Literal["level", "growth", "reduction"] = Field(description="level (达到, 控制在, 完成), growth (增长, 提高) or reduction (下降, 减少, 压减).")
    value: Number = Field(description="The number in its base unit (yuan for money, percent as a number); the lower end of a range.")
    value_max: Optional[Number] = Field(None, description="Upper end of a range (5%—5.5%), else null.")
    unit: Optional[str] = Field(None, description="'%', '元', '个百分点', or the quantity unit; null for a bare index.")
    comparator: Literal["=", "approx", ">=", "<="] = Field(description="= exact or a range; approx 左右/约; >= 以上/不低于/突破; <= 以内/不超过.")
    deadline: Optional[str] = Field(None, description="ISO year or month it is due by (到2027年 → 2027, 年底前 → the document year's -12), else null.")
    strength: Optional[Literal["firm", "aim"]] = Field(None, description="firm (确保, 必须, 约束性), aim (力争, 争取, 预期), or null.")


# The one list of fact models; the union, the kind names and the kind -> model table follow from it.
FACT_TYPES: tuple[type[FactBase], ...] = (Date, Quantity, Money, Percent, Change, Slogan, DocTitle, DocNumber, Person, Target)
Fact = Annotated[Union[FACT_TYPES], Field(discriminator="kind")]
FACT_ADAPTER: TypeAdapter = TypeAdapter(Fact)
FACT_MODELS: dict[str, type[FactBase]] = {model.model_fields["kind"].default: model for model in FACT_TYPES}
FACT_KINDS: tuple[str, ...] = tuple(FACT_MODELS)


# --------------------------------------------------------------------------- documents


class Span(_Record):
    """A stretch of the original input."""

    start: int = Field(ge=0, description="Start offset in the input.")
    end: int = Field(ge=0, description="End offset (exclusive) in the input.")


class Region(_Record):
    """Administrative place a document belongs to: 吉林省 / 白城市 / 洮北区."""

    province: Optional[str] = Field(None, description="Province-level division (吉林省, or a municipality such as 北京市).")
    city: Optional[str] = Field(None, description="Prefecture-level division (白城市), or null.")
    county: Optional[str] = Field(None, description="County-level division (洮北区, 某某县), or null.")
    code: Optional[str] = Field(None, description="The administrative division code of the finest level found.")


class Section(_Record):
    """A numbered or headed part of a document (``一、把握总体要求``, ``（一）指导思想``)."""

    index: int = Field(description="Position in Document.sections.")
    level: int = Field(ge=1, description="1 for 一、, 2 for （一）, 3 for 1．, 4 for （1）; 1 for unnumbered headings.")
    number: Optional[str] = Field(None, description="The enumerator as printed: 一、 （一） 1． …")
    title: str = Field(description="Heading text without its enumerator, normalized.")
    start: int = Field(description="Start of the heading in the input.")
    end: int = Field(description="End of the section (start of the next section of the same or a higher level, or of the body's end).")
    heading_end: int = Field(description="End of the heading text.")
    parent: Optional[int] = Field(None, description="Index of the enclosing section.")
    path: list[str] = Field(default_factory=list, description="Titles from the top level down to this section.")


class Paragraph(_Record):
    """A paragraph of the input, layout wraps inside it joined."""

    start: int = Field(description="Start offset in the input.")
    end: int = Field(description="End offset (exclusive) in the input.")
    section: Optional[int] = Field(None, description="Index of the innermost section holding it.")
    role: Literal["body", "heading", "caption", "byline", "title", "meta", "boilerplate"] = Field(
        "body", description="What the paragraph is: body text, a section heading, a photo caption, a byline, "
        "the title block, metadata lines (document number, date, source) or boilerplate.")


class Sentence(_Record):
    """A sentence of a paragraph, ended by 。！？ or an ellipsis (with closing quotes), or the paragraph's end."""

    start: int = Field(description="Start offset in the input.")
    end: int = Field(description="End offset (exclusive) in the input.")
    paragraph: int = Field(description="Index of its paragraph in Document.paragraphs.")
    section_path: list[str] = Field(default_factory=list, description="Titles of the sections holding it, outermost first.")


class Document(_Record):
    """One parsed document: metadata, structure and facts. ``govtext.parse(text)`` builds it."""

    id: Optional[str] = Field(None, description="Stable identifier: the path relative to the corpus root, or the record's id field.")
    title: Optional[str] = Field(None, description="The headline or official title (标题), normalized, even when PDF order puts it last.")
    subtitle: Optional[str] = Field(None, description="The line under the headline (副题, ``——…纪实``), without its dash.")
    kicker: Optional[str] = Field(None, description="The line above a news headline (引题), e.g. ``…活动综述``.")
    doc_type: Optional[str] = Field(None, description="文种 of an official document (通知, 实施意见 …) or the genre of news writing (综述, 纪实, 报道 …).")
    issuer: Optional[str] = Field(None, description="Issuing organ (发文机关), e.g. 中共魏都区委; null for news reports.")
    doc_number: Optional[str] = Field(None, description="The document number (发文字号) of the document itself.")
    date: Optional[str] = Field(None, description="成文日期 or publication date, ISO 8601; null when the text has none.")
    recipients: list[str] = Field(default_factory=list, description="Addressees (主送机关), one per organ.")
    authors: list[str] = Field(default_factory=list, description="Reporters and authors named in the byline.")
    source: Optional[str] = Field(None, description="Publishing medium (来源), e.g. 辽宁日报.")
    index_no: Optional[str] = Field(None, description="索引号 of a government information-disclosure block, e.g. 000014349/2019-00006.")
    topics: list[str] = Field(default_factory=list, description="Subject categories (主题分类) and keywords (主题词) of a disclosure block.")
    published: Optional[str] = Field(None, description="Publication date of the page (发布日期, 发布时间), ISO 8601.")
    region: Optional[Region] = Field(None, description="The administrative region the document belongs to.")
    sections: list[Section] = Field(default_factory=list, description="Numbered or headed parts, in order, with their hierarchy.")
    paragraphs: list[Paragraph] = Field(default_factory=list, description="Paragraphs in text order.")
    sentences: list[Sentence] = Field(default_factory=list, description="Sentences in text order.")
    boilerplate: list[Span] = Field(default_factory=list, description="Navigation, share buttons, editor credits, continuation markers.")
    facts: list[Fact] = Field(default_factory=list, description="Every fact of the document, in text order.")
    encoding: Optional[str] = Field(None, description="Encoding the file was read with, when read from bytes.")
    sha256: Optional[str] = Field(None, description="Hash of the text, for de-duplication and resume.")
    chars: int = Field(0, description="Length of the input text.")
    text: Optional[str] = Field(
        None, description="The input text itself, when kept: `govtext convert` writes it so the store can show "
        "each fact's sentence and keyword-in-context; `parse` leaves it out unless asked (keep_text=True)."
    )


DOCUMENT_ADAPTER: TypeAdapter = TypeAdapter(Document)


def fact_schema() -> dict:
    """The JSON Schema of one fact (the discriminated union)."""
    return FACT_ADAPTER.json_schema()


def document_schema() -> dict:
    """The JSON Schema of a Document record, as written by ``govtext convert``."""
    return Document.model_json_schema()
