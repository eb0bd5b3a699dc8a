"""The tables' contract: pandera models for the claims and documents tables, and their column order.

The models are the single source of truth for column names, order, dtypes and descriptions; the
Parquet writer, the loader and ``datapackage.json`` all read them from here.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from .actors import actor_ids
from .vocab import BASES, categories, qualifier_vocabulary

#: Bumped when a column is added, removed or changes type (see ``store.migrate`` for older files).
SCHEMA_VERSION = "1.1.0"  # 1.1.0: documents.vintage; tables versions + claims_history

DATE = "datetime64[us]"

#: Tokens allowed in the ``flags`` column (``;``-separated); a flagged row is kept, not fixed.
FLAGS = (
    "correction",  # a cumulative total lower than the previous report: an official correction
    "implausible_change",  # a day-over-day change outside the plausible band for the category
    "unsure_category",  # the extractor could not tie the figure to a category with confidence
    "unsure_loser",  # the extractor could not tell whose losses these are
    "unsure_claimant",
    "derived",  # computed by losstrack from other rows (e.g. Oryx counts per category)
)


def _flag_tokens_ok(s: pd.Series) -> pd.Series:
    ok = set(FLAGS)
    # vectorised: judge each distinct value once (1M rows have a handful of distinct flag strings)
    bad = [v for v in s.dropna().unique() if not all(t in ok for t in str(v).split(";") if t)]
    return ~s.isin(bad) if bad else pd.Series(True, index=s.index)


class Table(pa.DataFrameModel):
    """Base of every losstrack table: exactly the declared columns, in order, coerced to their dtypes."""

    class Config:
        strict = True
        ordered = True
        coerce = True


class ClaimsModel(Table):
    """One row per reported figure: who claimed it, about whom, what, how many, for when, from where."""

    claim_id: Series[str] = pa.Field(unique=True, description="Stable id: same document + same figure → same id")
    document_id: Series[str] = pa.Field(description="Id of the source document (from its sha256)")
    published: Series[DATE] = pa.Field(nullable=True, description="Date of the document")
    claimant: Series[str] = pa.Field(
        nullable=True, isin=list(actor_ids()), description="Actor id of who asserts the figure"
    )
    loser: Series[str] = pa.Field(isin=list(actor_ids()), description="Actor id of whose forces suffered it")
    region: Series[str] = pa.Field(nullable=True, description="Theatre or region, if the text names one")
    category: Series[str] = pa.Field(isin=list(categories()), description="Node of the category tree")
    label: Series[str] = pa.Field(description="The phrase as written, e.g. 'anti-aircraft missile systems'")
    model: Series[str] = pa.Field(nullable=True, description="A named system such as 'HIMARS'")
    value: Series[int] = pa.Field(ge=0, description="The figure (low end of a range)")
    qualifier: Series[str] = pa.Field(isin=list(qualifier_vocabulary()), description="exact, approx, at_least, ...")
    value_high: Series[pd.Int64Dtype] = pa.Field(nullable=True, description="High end of a range, else null")
    period_start: Series[DATE] = pa.Field(nullable=True, description="Start of the period the figure covers")
    period_end: Series[DATE] = pa.Field(nullable=True, description="End of the period (as-of date for totals)")
    basis: Series[str] = pa.Field(isin=list(BASES), description="cumulative (running total) or increment (change)")
    parent_id: Series[str] = pa.Field(nullable=True, description="claim_id of the whole this is an 'including' part of")
    quote: Series[str] = pa.Field(description="The sentence (or table row) the figure came from")
    span_start: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description="Offset of the figure in the text")
    span_end: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description="End offset of the figure")
    parser: Series[str] = pa.Field(description="Parser name/version that produced the row")
    source_url: Series[str] = pa.Field(nullable=True, description="Original URL of the figure, where the source gives one")
    flags: Series[str] = pa.Field(nullable=True, description="';'-separated flags (e.g. correction); kept, not fixed")

    @pa.check("flags", name="flag_vocabulary")
    def _flags(cls, s: Series[str]) -> Series[bool]:
        return _flag_tokens_ok(s)

    @pa.dataframe_check(name="value_high_only_for_ranges_and_above_value")
    def _ranges(cls, df: pd.DataFrame) -> Series[bool]:
        is_range = df["qualifier"] == "range"
        has_high = df["value_high"].notna()
        above = (df["value_high"] > df["value"]).fillna(False).astype(bool)
        return (is_range & has_high & above) | (~is_range & ~has_high)

    @pa.dataframe_check(name="period_start_not_after_period_end")
    def _period(cls, df: pd.DataFrame) -> Series[bool]:
        both = df["period_start"].notna() & df["period_end"].notna()
        return ~both | (df["period_start"] <= df["period_end"])

    @pa.dataframe_check(name="span_start_before_span_end")
    def _span_order(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["span_start"].isna() & df["span_end"].isna()) | (df["span_start"] < df["span_end"]).fillna(False)

    @pa.dataframe_check(name="parent_in_same_document_same_or_broader_category_and_not_smaller")
    def _parent(cls, df: pd.DataFrame) -> Series[bool]:
        from .vocab import taxonomy

        has = df["parent_id"].notna()
        ok = pd.Series(True, index=df.index)
        if not has.any():
            return ok
        tree = taxonomy()
        allowed = pd.MultiIndex.from_tuples([(a, n) for n in tree.nodes for a in (n, *tree.ancestors(n))])
        child = df[has]
        pid = child["parent_id"].astype(object)
        cand = df.loc[df["claim_id"].isin(pid.unique()), ["claim_id", "document_id", "category", "value"]]
        p = cand.drop_duplicates("claim_id").set_index("claim_id").reindex(pid)
        p.index = child.index
        pair_ok = pd.MultiIndex.from_arrays([p["category"].astype(object), child["category"].astype(object)]).isin(allowed)
        ok[has] = (
            (p["document_id"] == child["document_id"]).fillna(False).astype(bool)
            & pd.Series(pair_ok, index=child.index)
            & (p["value"] >= child["value"]).fillna(False).astype(bool)
        )
        return ok

    @pa.dataframe_check(name="cumulative_total_went_down", raise_warning=True)
    def _cumulative_down(cls, df: pd.DataFrame) -> Series[bool]:
        """Warn (never fail) when an official series' running total is below its previous date: an
        official correction (the rows are flagged ``correction`` by the build, see ``postprocess``)."""
        from .parsers import all_parsers
        from .postprocess import SERIES_KINDS, cumulative_drops

        # only rows of series parsers can drop; find them per distinct parser tag (fast at 1M rows)
        kinds = {n for n, spec in all_parsers().items() if spec.kind in SERIES_KINDS}
        tags = [t for t in df["parser"].dropna().unique() if str(t).split("/")[0] in kinds]
        sub = df[df["parser"].isin(tags)] if tags else df.iloc[:0]
        return not (len(sub) and bool(cumulative_drops(sub).any()))


class DocumentsModel(Table):
    """One row per source document: where it came from and how parsing went."""

    document_id: Series[str] = pa.Field(unique=True, description="sha256-derived id of the raw bytes")
    origin: Series[str] = pa.Field(description="Path (relative to the seeds folder) or URL of the document")
    kind: Series[str] = pa.Field(description="Source kind (article, bulletin, series, oryx, ...)")
    title: Series[str] = pa.Field(nullable=True, description="Title, if known")
    publisher: Series[str] = pa.Field(nullable=True, description="Outlet or body that published it, if known")
    url: Series[str] = pa.Field(nullable=True, description="Original URL, if known")
    licence: Series[str] = pa.Field(nullable=True, description="Licence of the document, if known")
    published: Series[DATE] = pa.Field(nullable=True, description="Date of the document")
    retrieved: Series[DATE] = pa.Field(nullable=True, description="When the document was read or fetched")
    sha256: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{64}$", description="sha256 of the raw bytes")
    parser: Series[str] = pa.Field(nullable=True, description="Parser name/version used")
    status: Series[str] = pa.Field(isin=["ok", "failed"], description="ok, or failed (see error)")
    error: Series[str] = pa.Field(nullable=True, description="Why the document failed, naming the rule")
    n_claims: Series[int] = pa.Field(ge=0, description="Number of claims it contributed")
    vintage: Series[int] = pa.Field(ge=1, description="Version of the content at this origin: 1, then +1 per revision")


class VersionsModel(Table):
    """Append-only history: one row per version (vintage) of each document the store has seen."""

    document_id: Series[str] = pa.Field(description="sha256-derived id of this version's raw bytes")
    origin: Series[str] = pa.Field(description="Path or URL the version was read from")
    vintage: Series[int] = pa.Field(ge=1, description="1 for the first content seen at this origin, +1 per revision")
    published: Series[DATE] = pa.Field(nullable=True, description="Date of the document")
    retrieved: Series[DATE] = pa.Field(description="When this version was fetched or first read (valid from)")
    superseded: Series[DATE] = pa.Field(nullable=True, description="When a newer version replaced it or it was removed (valid until)")
    sha256: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{64}$", description="sha256 of the raw bytes")
    parser: Series[str] = pa.Field(nullable=True, description="Parser name/version used")
    status: Series[str] = pa.Field(isin=["ok", "failed"], description="ok, or failed")
    n_claims: Series[int] = pa.Field(ge=0, description="Number of claims it contributed")


#: Table name → model. ``claims_history`` holds the claims of every document version (see ``versions``).
MODELS = {"claims": ClaimsModel, "documents": DocumentsModel, "versions": VersionsModel, "claims_history": ClaimsModel}


def columns(table: str) -> list[str]:
    """Column names of a table, in their fixed order."""
    return list(MODELS[table].to_schema().columns)


def empty(table: str) -> pd.DataFrame:
    """An empty, correctly typed table."""
    schema = MODELS[table].to_schema()
    return schema.coerce_dtype(pd.DataFrame({c: pd.Series([], dtype=object) for c in schema.columns}))


# --------------------------------------------------------------------------- visually confirmed items (issue 5)

ITEM_SOURCES = ("oryx", "oryx_data", "warspotting")


class ItemsModel(Table):
    """One row per visually confirmed item (Oryx page, oryx_data scraper CSV, WarSpotting): per item, not per link."""

    item_id: Series[str] = pa.Field(description="Stable id from owner, source category, model and case number")
    document_id: Series[str] = pa.Field(description="Id of the source document")
    source: Series[str] = pa.Field(isin=list(ITEM_SOURCES), description="oryx (pages), oryx_data (scraper CSV) or warspotting")
    owner: Series[str] = pa.Field(nullable=True, isin=list(actor_ids()), description="Actor id whose equipment it was (null: Oryx's 'Unknown')")
    category: Series[str] = pa.Field(nullable=True, isin=list(categories()), description="Canonical category (via the source's crosswalk)")
    source_category: Series[str] = pa.Field(nullable=True, description="The source's own category heading or type")
    model: Series[str] = pa.Field(nullable=True, description="Model as written, e.g. 'T-62M'")
    origin: Series[str] = pa.Field(nullable=True, str_matches=r"^[A-Z]{3}$", description="Country of manufacture, ISO alpha-3 or historic (SUN)")
    status: Series[str] = pa.Field(nullable=True, description="Canonical status, e.g. 'captured and later destroyed' (null: not recognised)")
    status_text: Series[str] = pa.Field(nullable=True, description="The status as written")
    counted_as: Series[str] = pa.Field(nullable=True, isin=["destroyed", "damaged", "abandoned", "captured", "sunk"],
                                       description="The heading count this item adds to")
    case_number: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description="The source's own number for this item")
    case_numbers: Series[str] = pa.Field(nullable=True, description="All numbers of the link the item came from, e.g. '53,54,55'")
    note: Series[str] = pa.Field(nullable=True, description="Names, weapons, causes in the link text ('with 23mm ZU-23')")
    evidence_url: Series[str] = pa.Field(nullable=True, description="Evidence link as written")
    evidence_key: Series[str] = pa.Field(nullable=True, description="Normalised evidence key (join key), e.g. 'postimg:GpC9Lftt'")
    as_of: Series[DATE] = pa.Field(nullable=True, description="Date of the page or dataset snapshot")
    first_seen: Series[DATE] = pa.Field(nullable=True, description="When a scraper first saw the row (oryx_data), not the loss date")
    loss_date: Series[DATE] = pa.Field(nullable=True, description="Date of the loss (WarSpotting, or joined to Oryx)")
    place: Series[str] = pa.Field(nullable=True, description="Nearest location (WarSpotting)")
    latitude: Series[float] = pa.Field(nullable=True, ge=-90, le=90, description="WGS84 latitude")
    longitude: Series[float] = pa.Field(nullable=True, ge=-180, le=180, description="WGS84 longitude")
    unit: Series[str] = pa.Field(nullable=True, description="Unit the item belonged to (WarSpotting)")
    source_id: Series[str] = pa.Field(nullable=True, description="The source's own record id (WarSpotting id)")

    class Config:
        unique = ["document_id", "item_id"]


class ReconciliationModel(Table):
    """Printed heading counts against parsed items, one row per (page, section, category, status) cell."""

    document_id: Series[str] = pa.Field(description="Id of the page")
    page: Series[str] = pa.Field(description="Origin (path) of the page")
    owner: Series[str] = pa.Field(nullable=True, description="Section (actor id) the heading belongs to")
    category: Series[str] = pa.Field(description="The heading's category as printed ('(section)' for a side's headline)")
    status: Series[str] = pa.Field(description="A printed status bucket, or 'total'")
    printed: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description="Count printed in the heading (null: not printed)")
    parsed: Series[int] = pa.Field(ge=0, description="Items parsed under the heading with that status")
    diff: Series[int] = pa.Field(description="parsed - printed (0 when they agree)")
    tolerance: Series[int] = pa.Field(ge=0, description="Largest |diff| accepted for this cell before the page fails")


class RejectedRowsModel(Table):
    """Rows of imported files that were not imported, with the reason (e.g. a headline parsed as a category)."""

    document_id: Series[str] = pa.Field(description="Id of the file")
    origin: Series[str] = pa.Field(description="Path of the file")
    line: Series[int] = pa.Field(ge=1, description="Line number in the file (header = 1)")
    reason: Series[str] = pa.Field(description="Why the row was rejected")
    content: Series[str] = pa.Field(description="The row as read (first fields)")


MODELS.update(items=ItemsModel, reconciliation=ReconciliationModel, rejected_rows=RejectedRowsModel)


class OryxCountsModel(Table):
    """Counts per type or system from another Oryx scraper's CSVs (oryx_data), every real row kept."""

    document_id: Series[str] = pa.Field(description="Id of the file")
    line: Series[int] = pa.Field(ge=2, description="Line number in the file where the row starts")
    owner: Series[str] = pa.Field(isin=list(actor_ids()), description="Actor id whose losses these are")
    equipment_type: Series[str] = pa.Field(nullable=True, description="Oryx category as the scraper wrote it ('All Types' = page total)")
    system: Series[str] = pa.Field(nullable=True, description="Model (totals_by_system files)")
    category: Series[str] = pa.Field(nullable=True, isin=list(categories()), description="Canonical category (null: a total or a system row)")
    date: Series[DATE] = pa.Field(nullable=True, description="date_recorded: when the scraper saw these counts")
    destroyed: Series[int] = pa.Field(ge=0)
    damaged: Series[int] = pa.Field(ge=0)
    abandoned: Series[int] = pa.Field(ge=0)
    captured: Series[int] = pa.Field(ge=0)
    total: Series[int] = pa.Field(ge=0)


MODELS.update(oryx_counts=OryxCountsModel)


class SeriesCorrectionsModel(Table):
    """A published series' own correction deltas (PetroIvaniuk), one row per (date, figure); kept apart from
    the claims because they are the maintainer's edits, not the General Staff's figures."""

    document_id: Series[str] = pa.Field(nullable=True, description="Id of the corrections file")
    date: Series[DATE] = pa.Field(description="Day the correction applies to")
    day: Series[pd.Int64Dtype] = pa.Field(nullable=True, description="War day number, as in the file")
    label: Series[str] = pa.Field(description="The file's key, e.g. 'special equipment'")
    category: Series[str] = pa.Field(description="Canonical category of the key")
    delta: Series[int] = pa.Field(description="Signed change the maintainer applied")


MODELS.update(series_corrections=SeriesCorrectionsModel)
