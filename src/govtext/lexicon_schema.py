"""The row model of every TSV lexicon: what each column may hold, checked when the file is loaded.

:func:`govtext.lexicons.load_rows` validates each row against the model of its file (pydantic), and
a bad row raises :class:`govtext.lexicons.LexiconError` naming the file, the line and the column.
Columns keep their text (callers read strings); a model only says which strings are allowed. The
layout lexicons (layout_markers, bylines, organ_heads) leave their role and kind columns to the
code that defines those roles (``structure/``).

>>> sorted(ROW_MODELS)[:3]
['appointment_verbs.tsv', 'boilerplate.tsv', 'bylines.tsv']
>>> QualifierRow(word="约", qualifier="approx", position="before").position
'before'
"""
from __future__ import annotations

from typing import Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

__all__ = ["ROW_MODELS", "Row", "TARGET_CUE_VALUES"]

def _pattern(value: str) -> str:
    try:
        regex.compile(value)
    except regex.error as exc:
        raise ValueError(f"not a regular expression: {exc}") from None
    return value


def _alternatives(value: str) -> str:
    """``a|b|c``: alternatives to match literally (no empty one)."""
    if value and any(not part.strip() for part in value.split("|")):
        raise ValueError(f"an empty alternative in {value!r}")
    return value


def _shaped(pattern: str, what: str):
    """A check that a cell is ``what``: it matches ``pattern`` whole."""
    shape = regex.compile(pattern)

    def check(value: str) -> str:
        if not shape.fullmatch(value):
            raise ValueError(f"not {what}: {value!r}")
        return value

    return check


class Row(BaseModel):
    """One row: every column a string, no column the file does not name."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class AppointmentVerbRow(Row):
    word: str
    role: Literal["verb", "link", "between"]
    link: str = ""

    @model_validator(mode="after")
    def _verb_has_link(self):
        if (self.role == "verb") != bool(self.link):
            raise ValueError("a verb names the word linking the name to the post (为, 的); other rows leave it empty")
        return self


class BoilerplateRow(Row):
    name: str
    pattern: str
    scope: Literal["line", "match", "tail"]
    _check = field_validator("pattern")(_pattern)


class BylineRow(Row):
    marker: str
    title: str
    place: str
    keep: Literal["", "yes", "no"] = ""


class ChangeBaseRow(Row):
    word: str
    role: Literal["basis", "compare", "around", "close"]
    value: Literal["year_on_year", "previous_period", "previous_year", "-"]

    @model_validator(mode="after")
    def _basis_has_value(self):
        if (self.role == "basis") != (self.value != "-"):
            raise ValueError("a basis row names its basis (year_on_year, previous_period, previous_year); other rows have -")
        return self


class ChangeMoodRow(Row):
    cue: str
    role: Literal["verb", "sentence", "obtain", "later", "estimate", "funds", "norm", "each", "condition"]
    not_after: str = ""
    _check = field_validator("not_after")(_alternatives)


class ChangeVerbRow(Row):
    verb: str
    direction: Literal["increase", "decrease", "either", "level"]
    reading: Literal["by", "to", "rate", "percent", "-"]
    not_followed_by: str = ""
    not_preceded_by: str = ""
    object: Literal["", "measure", "rate"] = ""
    needs: Literal["", "time_base", "no_other_base"] = ""
    _check = field_validator("not_followed_by", "not_preceded_by")(_alternatives)

    @model_validator(mode="after")
    def _level_reads_nothing(self):
        if (self.direction == "level") != (self.reading == "-"):
            raise ValueError("level verbs have reading -, change verbs by, to, rate or percent")
        if self.direction == "either" and self.reading != "to":
            raise ValueError("a verb of either direction reads a to-value (its direction comes from the from- and to-values)")
        return self


class CharmapRow(Row):
    from_: str = Field(alias="from")
    to: str
    when: Literal["always", "digits", "near_cjk", "pair_cjk"]


class CitationCueRow(Row):
    name: str
    relation: Literal["basis", "implements", "forwards", "issues", "amends", "repeals", "amended_by"]
    side: Literal["before", "after"]
    pattern: str
    gap: str
    reach: Literal["clause", "sentence"]
    _check = field_validator("pattern")(_pattern)
    _gap = field_validator("gap")(_shaped(r"\d{1,3}", "a number of characters"))


class CitationTitleEndRow(Row):
    ending: str
    what: str = ""


class ScriptPhraseRow(Row):
    """A word OpenCC's t2s leaves in a regional or old form, and its simplified form of the same length."""

    from_: str = Field(alias="from")
    to: str

    @model_validator(mode="after")
    def _same_length(self):
        if not self.from_ or len(self.from_) != len(self.to):
            raise ValueError(f"{self.from_!r} → {self.to!r}: a word and its form must have the same length")
        return self


class ConjunctionRow(Row):
    word: str
    joins: Literal["members", "alternatives", "clauses", "companions"]
    mark: Literal["", "yes"] = ""

    @field_validator("word")
    @classmethod
    def _one_character(cls, word: str) -> str:
        if len(word) != 1:
            raise ValueError(f"a joiner is one character (tested with `in`), not {word!r}")
        return word


class CurrencyRow(Row):
    surface: str
    currency: str
    position: Literal["after", "before", "both"]
    minor: str = ""
    not_followed_by: str = ""
    cue: str = ""

    _check = field_validator("currency")(_shaped(r"[A-Z]{3}", "an ISO 4217 code"))
    _minor = field_validator("minor")(_shaped(r"(?:0\.\d*[1-9])?", "a fraction of the main unit (0.1)"))
    _alts = field_validator("not_followed_by", "cue")(_alternatives)


class DateWordRow(Row):
    word: str
    role: Literal["and", "approx", "between", "calendar", "century", "compare", "cue_adverb", "day", "day_cue", "daytime",
                  "era", "half", "month", "name", "part", "plan", "quarter", "quarter_ref", "range",
                  "relation", "week", "weekday", "year", "years", "yu_word", "recurring", "until_now", "zai_word",
                  "time_zone", "shi_word", "article_not", "article_end",
                  "first_period", "quoted_title"]
    value: str = ""
    not_followed_by: str = ""
    alone: Literal["", "yes"] = ""
    _check = field_validator("not_followed_by")(_alternatives)

    @model_validator(mode="after")
    def _era_has_its_first_year(self):
        if self.role == "era" and not regex.fullmatch(r"[1-9]\d{2,3}", self.value):
            raise ValueError("an era row gives its first year in the Gregorian calendar (1662)")
        if self.role == "zai_word" and not (len(self.word) > 1 and self.word.endswith("在")):
            raise ValueError("a zai_word row is a word of two or more characters ending in 在 (现在)")
        if self.role == "shi_word" and not (len(self.word) > 1 and self.word.startswith("时")):
            raise ValueError("a shi_word row is a word of two or more characters opening with 时 (时间)")
        return self


class DefinitionMarkerRow(Row):
    marker: str
    role: Literal["frame", "gloss", "lead_in", "list_tail", "item_step", "abbreviation"]


class DivisionStopnameRow(Row):
    surface: str
    reason: str


class _Division(Row):
    """The columns a current and a former division share."""

    code: str
    name: str
    level: Literal["province", "city", "county"]
    parent: str = ""
    until: str = ""
    successor: str = ""

    _check = field_validator("code")(_shaped(r"\d{6}", "a six-digit division code"))


class DivisionRow(_Division):
    short: str = ""
    former: str = ""


class FormerDivisionRow(_Division):
    note: str = ""


class DocTypeRow(Row):
    doc_type: str
    base: str
    category: Literal["official", "subtype", "news", "companion", "none"]


class DurationFactorRow(Row):
    unit: str
    smaller: str
    factor: str
    _check = field_validator("factor")(_shaped(r"[1-9]\d*", "a whole number"))


class EntityCueRow(Row):
    word: str
    role: Literal["filler", "governing", "light", "skip", "stop", "copula", "ditransitive", "amount", "measure",
                  "facility", "modifier", "payment", "milestone", "reference", "reach", "predicate", "noun", "state"]
    after_noun: Literal["", "noun", "object"] = ""


class EntityFrameRow(Row):
    word: str
    frame: Literal["duration", "place", "locative", "compared", "people", "dimension", "allocation", "aside", "age",
                   "purpose", "capacity", "after_count", "record", "aged", "commemorate", "lifespan"]


class PairedTermRow(Row):
    word: str
    first: str
    second: str


class LayoutMarkerRow(Row):
    name: str
    role: str  # one of structure.lines.ROLES, checked where the roles are defined
    pattern: str
    genre: str = ""
    needs: str = ""  # characters of which every line the pattern matches contains one (a prefilter)
    _check = field_validator("pattern")(_pattern)


class NameFollowerRow(Row):
    word: str
    kind: Literal["address", "conduct", "particle", "possessive", "preposition", "time", "verb"]


class NumberingRow(Row):
    name: str
    level: Literal["1", "2", "3", "4"]
    pattern: str
    _check = field_validator("pattern")(_pattern)


class OfficialTitleRow(Row):
    title: str
    category: Literal["academic", "delegate", "foreign", "government", "institution", "judiciary", "legislature",
                      "media", "military", "occupation", "party"]
    prefixes: str = ""
    name_first: Literal["", "yes", "only"] = ""
    _check = field_validator("prefixes")(_alternatives)


class OrganHeadRow(Row):
    head: str
    kind: str


class PageChromeRow(Row):
    word: str
    kind: Literal["toolbar", "size", "share", "footer", "links"]
    alone: Literal["yes", "no"]


class PageFieldRow(Row):
    label: str
    field: Literal["index_no", "topics", "keywords", "genre", "column", "issuer", "date", "published", "title",
                   "doc_number", "source", "authors", "ignore"]
    block: Literal["disclosure", "page"]


class QualifierRow(Row):
    word: str
    qualifier: Literal["approx", "over", "under", "at_least", "at_most"]
    position: Literal["before", "after", "both", "before_scale", "verb"]
    not_followed_by: str = ""
    plan_bound: Literal["", "yes"] = ""
    _check = field_validator("not_followed_by")(_alternatives)


class QuantityExclusionRow(Row):
    phrase: str
    reason: Literal["idiom", "institution", "name", "slogan", "campaign", "phase"]
    unit: str = ""
    side: Literal["", "after", "before", "both"] = ""
    _check = field_validator("unit")(_alternatives)

    @model_validator(mode="after")
    def _side_with_unit(self) -> "QuantityExclusionRow":
        if bool(self.unit) != bool(self.side):
            raise ValueError("unit and side go together (the units a phrase next to a count names)")
        return self


class SloganExclusionRow(Row):
    entry: str
    type: Literal["regex", "word"]
    reason: str = ""
    unless_next: str = ""
    _check = field_validator("unless_next")(_alternatives)

    @model_validator(mode="after")
    def _regex_entry(self) -> "SloganExclusionRow":
        if self.type == "regex":
            _pattern(self.entry)
        return self


class SloganRow(Row):
    name: str
    formula: Literal["counted", "list", "mixed", "paired", "phrase", "single"]
    components: str = ""
    aliases: str = ""
    first_seen: str = ""
    unquoted: Literal["yes", "no", "defined"] = "no"
    _check = field_validator("aliases")(_alternatives)


class StateRow(Row):
    name: str
    short: str = ""
    aliases: str = ""
    _check = field_validator("short", "aliases")(_alternatives)


# target_cues.tsv: each role and the values its rows may carry (None: any text, parts separated by |)
TARGET_CUE_VALUES: dict[str, "tuple[str, ...] | None"] = {
    "intro": ("aim", "firm", "-"),
    "strength": ("aim", "firm"),
    "goal": ("-",),
    "deadline": ("year", "next_year", "year_end"),
    "deadline_prep": ("-",),
    "verb": ("growth", "growth_add", "reduction", "level", "level>=", "level<="),
    "action": ("-", "name", "drop"),
    "adverb": ("-", "indicator", "disposal", "approx"),
    "scope": ("-",),
    "past": ("-",),
    "basis": ("-",),
    "past_opener": ("-",),
    "heading_past": ("-",),
    "heading_goal": ("-", "year"),
    "not_unit": ("-",),
    "duration_subject": ("-",),
    "subject_tail": ("-",),
    "split": None,
    "hypothetical": ("-",),
    "revised": ("-",),
    "cumulative": ("-",),
    "plan_doc": ("-", "says", "yearly"),
    "goal_set": ("-",),
    "call": ("-", "quota"),
    "negation": ("-",),
}


class TargetCueRow(Row):
    cue: str
    role: Literal[tuple(TARGET_CUE_VALUES)]  # type: ignore[valid-type]
    value: str
    not_after: str = ""
    reach: Literal["", "sentence", "clause"] = ""
    _check = field_validator("not_after")(_alternatives)

    @model_validator(mode="after")
    def _value_of_its_role(self) -> "TargetCueRow":
        if self.reach and self.role not in ("strength", "adverb", "hypothetical"):
            raise ValueError(f"only strength, adverb and hypothetical rows have a reach, not {self.role} rows")
        allowed = TARGET_CUE_VALUES[self.role]
        if allowed is None:
            if not self.value:
                raise ValueError(f"role {self.role} needs a value")
            _alternatives(self.value)
        elif self.value not in allowed:
            raise ValueError(f"value {self.value!r} is not one of {', '.join(allowed)} for role {self.role}")
        return self


class UnitRow(Row):
    unit: str
    category: str
    aliases: str = ""
    canonical_as: str = ""
    arabic_only: Literal["", "yes"] = ""
    not_followed_by: str = ""
    size_label: Literal["", "yes"] = ""
    only_before: str = ""
    _check = field_validator("aliases", "not_followed_by", "only_before")(_alternatives)


ROW_MODELS: dict[str, type[Row]] = {
    "appointment_verbs.tsv": AppointmentVerbRow,
    "boilerplate.tsv": BoilerplateRow,
    "bylines.tsv": BylineRow,
    "change_bases.tsv": ChangeBaseRow,
    "change_moods.tsv": ChangeMoodRow,
    "change_verbs.tsv": ChangeVerbRow,
    "charmap.tsv": CharmapRow,
    "citation_cues.tsv": CitationCueRow,
    "citation_title_ends.tsv": CitationTitleEndRow,
    "conjunctions.tsv": ConjunctionRow,
    "currencies.tsv": CurrencyRow,
    "date_words.tsv": DateWordRow,
    "definition_markers.tsv": DefinitionMarkerRow,
    "division_stopnames.tsv": DivisionStopnameRow,
    "divisions.tsv": DivisionRow,
    "divisions_former.tsv": FormerDivisionRow,
    "doc_types.tsv": DocTypeRow,
    "duration_factors.tsv": DurationFactorRow,
    "entity_cues.tsv": EntityCueRow,
    "entity_frames.tsv": EntityFrameRow,
    "layout_markers.tsv": LayoutMarkerRow,
    "name_followers.tsv": NameFollowerRow,
    "numbering.tsv": NumberingRow,
    "official_titles.tsv": OfficialTitleRow,
    "organ_heads.tsv": OrganHeadRow,
    "page_chrome.tsv": PageChromeRow,
    "page_fields.tsv": PageFieldRow,
    "paired_terms.tsv": PairedTermRow,
    "qualifiers.tsv": QualifierRow,
    "quantity_exclusions.tsv": QuantityExclusionRow,
    "script_phrases.tsv": ScriptPhraseRow,
    "slogan_exclusions.tsv": SloganExclusionRow,
    "slogans.tsv": SloganRow,
    "states.tsv": StateRow,
    "target_cues.tsv": TargetCueRow,
    "units.tsv": UnitRow,
}


class ChangeLinkRow(Row):
    word: str
    role: Literal["adverb", "link"]


class PersonWordRow(Row):
    word: str
    role: Literal["level", "group", "modifier", "held_post", "counter", "body_end"]


class PredicateWordRow(Row):
    word: str
    role: Literal["link", "state"]


class DocNumberMarkRow(Row):
    word: str
    role: Literal["order", "published", "code_end", "order_issuer", "order_stop"]


ROW_MODELS["docnumber_marks.tsv"] = DocNumberMarkRow


class QuantityContextRow(Row):
    role: Literal["span_before", "plan_name", "plan_gap_stop", "days_after", "days_before", "provision_after",
                  "money_clause", "ge_time_unit", "noun_phrase_stop", "session_word", "round_count_verb",
                  "place_suffix", "place_modifier", "magnitude_before", "magnitude_after", "quoted_name_head",
                  "lasting_verb", "same_count_or", "same_count_at_least", "same_count_at_most", "deictic_pair"]
    words: str
    not_after: str = ""

    @model_validator(mode="after")
    def _words_and_guards(self):
        words = [w.strip() for w in self.words.split("|") if w.strip()]
        if not words:
            raise ValueError(f"{self.role}: no words")
        if self.role in ("plan_gap_stop", "noun_phrase_stop") and any(len(w) != 1 for w in words):
            raise ValueError(f"{self.role} {self.words!r}: one character each")
        for pair in filter(None, (p.strip() for p in self.not_after.split("|"))):
            word, _, char = pair.partition("=")
            if word not in words or len(char) != 1:
                raise ValueError(f"not_after {pair!r}: word=character, the word one of the row's words")
        return self


ROW_MODELS["quantity_contexts.tsv"] = QuantityContextRow


ROW_MODELS.update({"change_links.tsv": ChangeLinkRow, "person_words.tsv": PersonWordRow,
                   "predicate_words.tsv": PredicateWordRow})


class SloganWordRow(Row):
    """``slogan_words.tsv``: words the slogan rules read by role (glued function characters before
    a name, heads of mottos named by their count of characters, heads of event names)."""

    word: str
    role: Literal["glued_before", "motto_head", "event_head", "layout_part"]
    note: str = ""

    @model_validator(mode="after")
    def _one_character_glue(self) -> "SloganWordRow":
        if self.role == "glued_before" and len(self.word) != 1:
            raise ValueError("a glued_before word is one character")
        if self.role == "layout_part" and len(self.word) != 1:
            raise ValueError("a layout_part word is one character")
        return self


ROW_MODELS["slogan_words.tsv"] = SloganWordRow


class ChangeCueRow(Row):
    word: str
    role: Literal["span", "restates", "measure_unit", "bound", "measure_noun", "comparison", "beneficiary", "list_adverb",
                  "term", "duration_noun", "noun_stop", "now", "period", "duration_unit", "disposal", "present_base",
                  "average", "lead", "period_open"]
    not_followed_by: str = ""
    _check = field_validator("not_followed_by")(_alternatives)


ROW_MODELS.update({"change_cues.tsv": ChangeCueRow})


class EntityWordRow(Row):
    word: str
    # aspect adverb, age group, preposition taking the count, verb of adding, end of a statistic's name,
    # verb of existence, support verb inside a subject, indefinite amount word, character marking a
    # comparison base as a time, word for funds, word naming only the sum of an amount, conjunction of
    # clauses, pronoun of the rest, one-character prefix the tagger splits off a compound, classifier
    # that is an administrative unit or a country, word for how many times something was done, noun for
    # people named by their role, verb of works done on a building, site or land, classifier that is
    # itself the body it counts, classifier of items or kinds, end of a noun for people
    class_: Literal["aspect", "age", "object_p", "added", "stat_end", "existential", "support", "indefinite",
                    "time_base", "funds", "sum", "conjunction", "other", "bound", "place_unit",
                    "frequency", "role_head", "compound_head", "money_end", "place_end", "attribute", "coverage", "works",
                    "counted_unit", "kind_unit", "people_end"] = Field(alias="class")

    @model_validator(mode="after")
    def _one_character_time_base(self) -> "EntityWordRow":
        if self.class_ in ("time_base", "place_unit") and len(self.word) != 1:
            raise ValueError(f"a {self.class_} word is one character")
        return self


ROW_MODELS["entity_words.tsv"] = EntityWordRow


class EntitySubjectWordRow(Row):
    """``entity_subject_words.tsv``: the word classes the change-subject readers compose into patterns
    (time leads, period ends, reckoning verbs, adverbs after a base, connectives, prepositions of manner
    and disposal, level verbs, frequencies, verbs of a rate)."""

    word: str
    class_: Literal["time_lead", "part_lead", "period_end", "discount", "reckon", "base_adverb", "lead_pronoun",
                    "manner_p", "disposal_p", "level_tail", "frequency", "rate_up", "rate_down",
                    "tail_adverb", "partition", "reckon_base", "cause", "record", "holder", "per_classifier",
                    "sum_classifier", "relief", "sum_head", "payer"] = Field(alias="class")


ROW_MODELS["entity_subject_words.tsv"] = EntitySubjectWordRow


class DateYearCueRow(Row):
    """date_year_cues.tsv: the words around a two-digit year written alone (24年全市将…)."""

    word: str
    role: Literal["prep", "stop", "count_lead"]
    far: Literal["", "yes"] = ""


ROW_MODELS["date_year_cues.tsv"] = DateYearCueRow


class DatePageWordRow(Row):
    """date_page_words.tsv: the words of a page's head and foot lines that tell which full date is the
    document's own (dateline labels, the label of a date alone, time labels, enacting and issuing verbs)."""

    word: str
    dateline: Literal["", "yes"] = ""
    lead: Literal["", "yes"] = ""
    time: Literal["", "yes"] = ""
    enacted: Literal["", "yes"] = ""
    issued: Literal["", "yes"] = ""
    own: Literal["", "yes"] = ""


ROW_MODELS["date_page_words.tsv"] = DatePageWordRow


class ExceedWordRow(Row):
    """``exceed_words.tsv``: verbs of exceeding before an amount that names a class (收入超50亿元企业)."""

    word: str
    lead: Literal["yes", "no"]


ROW_MODELS["exceed_words.tsv"] = ExceedWordRow


class TargetYearMarkRow(Row):
    """target_year_marks.tsv: a word beside a year that makes it no goal's deadline (a start, a base, a status date)."""

    word: str
    role: Literal["before", "before_base", "after", "status"]
    note: str = ""


ROW_MODELS["target_year_marks.tsv"] = TargetYearMarkRow


class TargetLinkRow(Row):
    """target_links.tsv: a verb or link between an outcome's indicator and its value, dropped to read the indicator."""

    word: str
    note: str = ""


ROW_MODELS["target_links.tsv"] = TargetLinkRow


class TargetWordRow(Row):
    """target_words.tsv: the small word classes the target reader composes its patterns from (deadline
    year ends, list joins, spans of years, bases of a comparison)."""

    word: str
    role: Literal["year_end", "by", "join", "future", "within", "compare", "from", "base_year", "now", "cause", "batch",
                  "then_verb", "then_close", "requirement", "upgrade",
                  "member_unit", "source", "forecast", "share_noun", "then_adverb", "class_noun", "self_verb", "self_ref",
                  "obligation", "beneficiary", "distribute", "product", "propose_verb",
                  "policy_noun", "content_verb"]
    note: str = ""


ROW_MODELS["target_words.tsv"] = TargetWordRow


class ScriptKeepWordRow(Row):
    """script_keep_words.tsv: a two-character word in which a character script_phrases.tsv folds keeps its own
    reading (著名, 显著): no phrase is folded where such a word runs across its edge."""

    word: str
    note: str = ""
    _two = field_validator("word")(_shaped(r"\p{Han}{2}", "two Chinese characters"))


ROW_MODELS["script_keep_words.tsv"] = ScriptKeepWordRow


class NumeralWordRow(Row):
    """numeral_words.tsv: the word classes beside a numeral that decide whether it counts, shares or names
    (一类 grades, 成 in words and idioms, 八成 as an adverb)."""

    role: Literal["class_grade", "cheng_word", "cheng_idiom", "cheng_adverb", "cheng_adverb_topic",
                  "cheng_adverb_this", "cheng_adverb_verb", "own_text",
                  "capital_word", "coordinate", "day_of_month_before", "place_word"]
    words: str
    unless_next: str = ""

    @model_validator(mode="after")
    def _words_and_pairs(self):
        words = [w.strip() for w in self.words.split("|") if w.strip()]
        if not words:
            raise ValueError(f"{self.role}: no words")
        if self.role in ("cheng_word", "cheng_adverb_this", "cheng_adverb_verb", "capital_word", "day_of_month_before") and any(len(w) != 1 for w in words):
            raise ValueError(f"{self.role} {self.words!r}: one character each")
        if self.role == "cheng_idiom" and any("成" not in w[1:] for w in words):
            raise ValueError(f"{self.role} {self.words!r}: 成 after the numeral in each")
        for pair in filter(None, (p.strip() for p in self.unless_next.split("|"))):
            word, _, nxt = pair.partition("=")
            if word not in words or not nxt or (self.role == "cheng_adverb_this" and len(nxt) != 1):
                raise ValueError(f"unless_next {pair!r}: word=next, the word one of the row's words"
                                 " (after a cheng_adverb_this word, one character)")
        return self


ROW_MODELS["numeral_words.tsv"] = NumeralWordRow


class MoneyCueRow(Row):
    """money_cues.tsv: a word that makes a bare 万/亿 number an amount of money (利润突破一个亿), or a link
    word that may stand between such a cue and the number."""

    word: str
    role: Literal["cue", "link"]
    needs: str = ""
    note: str = ""
    _alts = field_validator("needs")(_alternatives)


ROW_MODELS["money_cues.tsv"] = MoneyCueRow


class OpenccTriggerRow(Row):
    """opencc_triggers.tsv (generated by scripts/gen_opencc_triggers.py): the characters of one dictionary
    of OpenCC's t2s without which a text converts to itself, and the opencc version they were read from."""

    source: str
    opencc: str = Field(pattern=r"^\d+(?:\.\d+)*$")
    chars: str


ROW_MODELS["opencc_triggers.tsv"] = OpenccTriggerRow
