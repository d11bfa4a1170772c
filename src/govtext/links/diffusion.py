"""How a formula or a document spreads across regions: first mentions and adoption curves.

Input is one row per document that mentions the thing followed (a slogan, a cited title, a
cited number), with the document's ``doc_id``, ``date``, ``title``, ``issuer`` and region
columns ``province``, ``city``, ``county`` (as the store's ``documents`` table has them).

:func:`first_mentions` gives, for each region of a level, the first document that mentions it,
its date, and the lag in days from the first mention anywhere. A document whose region (at that
level) or date is unknown is kept as a row of its own, flagged ``no_region`` / ``no_date``, and
left out of the curve. :func:`adoption_curve` gives the cumulative count of regions by date; its
``plot()`` draws it with matplotlib.

>>> import pandas as pd
>>> m = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "date": ["2026-01-20", "2026-02-03", "2026-01-25", None],
...                   "province": ["河北省", "云南省", "河北省", "山东省"], "city": None, "county": None,
...                   "title": None, "issuer": None})
>>> first_mentions(m, "province")[["region", "doc_id", "date", "lag_days", "documents", "flag"]].values.tolist()
[['河北省', 'a', '2026-01-20', 0.0, 2, None], ['云南省', 'b', '2026-02-03', 14.0, 1, None], ['山东省', 'd', None, nan, 1, 'no_date']]
>>> adoption_curve(m, "province")[["date", "region", "regions"]].values.tolist()
[['2026-01-20', '河北省', 1], ['2026-02-03', '云南省', 2]]
"""
from __future__ import annotations

from typing import Optional

import pandas as pd

__all__ = ["first_mentions", "adoption_curve", "AdoptionCurve", "LEVELS", "DIFFUSION_COLUMNS"]

LEVELS = ("province", "city", "county")
DIFFUSION_COLUMNS = ["region", "province", "doc_id", "date", "lag_days", "documents", "title", "issuer", "flag"]


def _check_level(level: str) -> str:
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}: use province, city or county")
    return level


def _day(date: Optional[str]):
    """A comparable timestamp for an ISO date of any precision (2026, 2026-02, 2026-02-03)."""
    if not isinstance(date, str) or len(date) < 4 or not date[:4].isdigit():
        return pd.NaT
    parts = date[:10].split("-")
    parts += ["01"] * (3 - len(parts))
    return pd.to_datetime("-".join(parts[:3]), errors="coerce")


def first_mentions(mentions: pd.DataFrame, level: str = "province") -> pd.DataFrame:
    """Per region of ``level``: its first mentioning document, date, lag (days) from the first
    mention anywhere, and how many of its documents mention it; then the flagged documents."""
    _check_level(level)
    df = mentions.copy()
    for col in ("doc_id", "date", "province", "city", "county", "title", "issuer"):
        if col not in df.columns:
            df[col] = None
    df = df.drop_duplicates("doc_id")
    df["_day"] = df["date"].map(_day)
    df["_region"] = df[level].astype(object).where(df[level].notna() & (df[level].astype(str) != ""), None)
    known = df[df["_region"].notna() & df["_day"].notna()].sort_values(["_day", "doc_id"], kind="stable")
    start = df["_day"].min()  # the first dated mention anywhere, placed or not
    rows = []
    counts = df[df["_region"].notna()].groupby("_region")["doc_id"].count()
    for region, group in known.groupby("_region", sort=False):
        first = group.iloc[0]
        rows.append({"region": region, "province": first["province"], "doc_id": first["doc_id"],
                     "date": first["date"], "lag_days": float((first["_day"] - start).days),
                     "documents": int(counts.get(region, len(group))), "title": first["title"],
                     "issuer": first["issuer"], "flag": None, "_day": first["_day"]})
    rows.sort(key=lambda r: (r["_day"], r["doc_id"]))
    dated = {r["region"] for r in rows}
    for _, doc in df.sort_values("doc_id").iterrows():
        no_region = not isinstance(doc["_region"], str)
        if not no_region and (pd.notna(doc["_day"]) or doc["_region"] in dated):
            continue  # dated and placed, or an undated document of a region with a dated first mention
        flags = [f for f, bad in (("no_region", no_region), ("no_date", pd.isna(doc["_day"]))) if bad]
        rows.append({"region": None if no_region else doc["_region"], "province": doc["province"], "doc_id": doc["doc_id"],
                     "date": doc["date"] if isinstance(doc["date"], str) else None, "lag_days": float("nan"),
                     "documents": 1, "title": doc["title"], "issuer": doc["issuer"], "flag": ",".join(flags)})
    out = pd.DataFrame(rows, columns=DIFFUSION_COLUMNS)
    for col in ("region", "province", "doc_id", "date", "title", "issuer", "flag"):
        out[col] = out[col].astype(object).where(out[col].notna(), None)
    out["lag_days"] = out["lag_days"].astype("float64")
    out["documents"] = out["documents"].astype("int64")
    return out


class AdoptionCurve(pd.DataFrame):
    """The cumulative count of regions by date (``date``, ``region``, ``doc_id``, ``regions``),
    a DataFrame with a :meth:`plot` that draws it as a step chart."""

    _metadata = ["label"]

    @property
    def _constructor(self):
        return AdoptionCurve

    def plot(self, ax=None, label: Optional[str] = None, annotate: bool = True, **kwargs):  # type: ignore[override]
        """Draw the curve on ``ax`` (a new figure when None), each step labelled with its region
        when ``annotate``; returns the axes."""
        import matplotlib.pyplot as plt

        if ax is None:
            _, ax = plt.subplots(figsize=(8, 4))
        days = [_day(d) for d in self["date"]]
        ax.step(days, self["regions"], where="post", marker="o", label=label or getattr(self, "label", None), **kwargs)
        if annotate:
            for day, count, region in zip(days, self["regions"], self["region"]):
                ax.annotate(str(region), (day, count), textcoords="offset points", xytext=(4, -10), fontsize=8)
        ax.set_xlabel("date of first mention")
        ax.set_ylabel("regions")
        if label or getattr(self, "label", None):
            ax.legend()
        ax.figure.autofmt_xdate()
        return ax


def adoption_curve(mentions: pd.DataFrame, level: str = "province", label: Optional[str] = None) -> AdoptionCurve:
    """Cumulative count of regions of ``level`` by the date of their first mention (flagged
    documents left out)."""
    first = first_mentions(mentions, level)
    first = first[first["flag"].isna()].reset_index(drop=True)
    curve = AdoptionCurve({"date": first["date"], "region": first["region"], "doc_id": first["doc_id"],
                           "regions": pd.Series(range(1, len(first) + 1), dtype="int64")})
    curve.label = label
    return curve
