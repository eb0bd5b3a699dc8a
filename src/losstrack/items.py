"""The items table (one row per visually confirmed item): stable ids, evidence-URL keys, flags → origin, joins.

Oryx pages, the oryx_data scraper's CSVs and WarSpotting all land in this one table (``data/items.parquet``,
schema :class:`losstrack.schema.ItemsModel`); this module holds the helpers they share.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from urllib.parse import unquote, urlsplit

import pandas as pd

from .vocab import category_of, crosswalk, read_table

#: Column order of the items table (kept in step with ``schema.ItemsModel``).
ITEM_COLUMNS = [
    "item_id", "document_id", "source", "owner", "category", "source_category", "model", "origin",
    "status", "status_text", "counted_as", "case_number", "case_numbers", "note", "evidence_url",
    "evidence_key", "as_of", "first_seen", "loss_date", "place", "latitude", "longitude", "unit", "source_id",
]
DATE_COLUMNS = ("as_of", "first_seen", "loss_date")

_HOST_FIX = {"postlmg.cc": "postimg.cc", "i.postlmg.cc": "i.postimg.cc", "x.com": "twitter.com",
             "mobile.twitter.com": "twitter.com", "mobile.x.com": "twitter.com", "pic.twitter.com": "twitter.com"}
_TWEET = re.compile(r"/status(?:es)?/(\d+)")
_FAST = re.compile(r"https?://(?:(?:i\.)?post[il]mg\.cc/([A-Za-z0-9]+)(?:[/?#]|$)"
                   r"|(?:www\.|mobile\.)?(?:twitter|x)\.com/[^/?#]+/status(?:es)?/(\d+))", re.I)


def evidence_key(url: str | None) -> str | None:
    """A join key for an evidence URL: the same picture or post gives the same key however it is written.

    ``https://i.postimg.cc/GpC9Lftt/4f3.png``, ``https://postimg.cc/GpC9Lftt`` and the typo domain
    ``postlmg.cc`` → ``postimg:GpC9Lftt``; twitter.com / x.com status links → ``twitter:<status id>``;
    anything else → lower-case host (no ``www.``) + path without trailing slash, query and fragment.
    """
    if url is None or (isinstance(url, float) and url != url):
        return None
    return _evidence_key(str(url))


@lru_cache(maxsize=131072)
def _evidence_key(url: str) -> str | None:
    u = str(url).strip().replace("\\", "/")
    if not u:
        return None
    m = _FAST.match(u)  # the two common forms, without a full URL parse
    if m:
        return f"postimg:{m.group(1)}" if m.group(1) else f"twitter:{m.group(2)}"
    u = re.sub(r"^[a-z]*https?://", "https://", u, flags=re.I)  # "ihttps://..." scraper junk
    if "://" not in u:
        u = "https://" + u
    parts = urlsplit(u)
    host = (parts.hostname or "").lower().removeprefix("www.")
    host = _HOST_FIX.get(host, host)
    path = unquote(parts.path).rstrip("/")
    if host in ("postimg.cc", "i.postimg.cc"):
        seg = [s for s in path.split("/") if s]
        if seg:
            return f"postimg:{seg[0]}"
    if host == "twitter.com":
        m = _TWEET.search(path)
        if m:
            return f"twitter:{m.group(1)}"
    return f"{host}{path}" if host else None


def item_id(*parts) -> str:
    """A stable item id from the fields that identify an item (not the document: ids survive page updates)."""
    key = "|".join("" if p is None else str(p) for p in parts)
    return "i" + hashlib.sha256(key.encode()).hexdigest()[:16]


@lru_cache(maxsize=1)
def _flags() -> tuple[dict[str, str], dict[str, str]]:
    by_flag, by_name = {}, {}
    for row in read_table("flags.csv"):
        by_flag[row["flag"].lower()] = row["iso3"]
        for name in row["name"].split("|"):
            by_name[name.strip().lower()] = row["iso3"]
    return by_flag, by_name


_FLAG_FILE = re.compile(r"(Flag_of_[^/]+?)\.(?:svg|png|jpg|gif)", re.I)


def origin_from_flag(src: str | None) -> str | None:
    """ISO alpha-3 (or historic code such as SUN) of a Wikimedia flag icon URL; ``None`` if unknown."""
    if not src:
        return None
    m = _FLAG_FILE.search(unquote(src))
    return _flags()[0].get(m.group(1).lower()) if m else None


def origin_from_name(name: str | None) -> str | None:
    """ISO alpha-3 of a country name as scrapers write it ("Soviet Union" → SUN); ``None`` if unknown."""
    if not isinstance(name, str):
        return None
    return _flags()[1].get(name.strip().lower())


def canonical_categories(labels, table: str) -> tuple[dict[str, str], list[str]]:
    """Map source category names through ``crosswalks/<table>.csv``: (label → category, unknown labels)."""
    walk = crosswalk(table)
    found, unknown = {}, []
    for label in dict.fromkeys(x for x in labels if isinstance(x, str)):
        cat = category_of(label, walk)
        if cat is None:
            unknown.append(label)
        else:
            found[label] = cat
    return found, unknown


def items_frame(rows: list[dict]) -> pd.DataFrame:
    """Rows (dicts with some of :data:`ITEM_COLUMNS`) → an items table with every column, in order."""
    df = pd.DataFrame({c: [r.get(c) for r in rows] for c in ITEM_COLUMNS}, columns=ITEM_COLUMNS)
    for c in DATE_COLUMNS:
        df[c] = pd.to_datetime(df[c], errors="coerce").astype("datetime64[us]")
    for c in ("case_number",):
        df[c] = df[c].astype("Int64")
    for c in ("latitude", "longitude"):
        df[c] = pd.to_numeric(df[c], errors="coerce").astype("float64")
    return df


def join_by_evidence(items: pd.DataFrame, other: pd.DataFrame, columns=("loss_date", "place", "latitude",
                     "longitude", "unit", "source_id")) -> tuple[pd.DataFrame, dict]:
    """Fill ``columns`` of ``items`` (e.g. Oryx) from ``other`` (e.g. WarSpotting) where evidence keys match.

    Returns the joined copy and a report: ``items`` with an evidence key, ``matched``, ``rate``
    (matched / items with a key). Where several rows of ``other`` share a key, the first is used
    (one photo often shows several items; the dates agree).
    """
    right = other.dropna(subset=["evidence_key"]).drop_duplicates("evidence_key")
    right = right.set_index("evidence_key")[list(columns)]
    out = items.copy()
    keyed = out["evidence_key"].notna()
    hit = keyed & out["evidence_key"].isin(right.index)
    for c in columns:
        vals = out["evidence_key"].map(right[c])
        out[c] = out[c].where(out[c].notna() | ~hit, vals)
    n_key, n_hit = int(keyed.sum()), int(hit.sum())
    return out, {"items": len(out), "with_key": n_key, "matched": n_hit, "rate": n_hit / n_key if n_key else 0.0}


def with_loss_dates(items: pd.DataFrame) -> tuple[pd.DataFrame, dict]:
    """Give Oryx items (pages and oryx_data) WarSpotting's loss date, place, coordinates and unit by evidence URL.

    Both lists link the same photo or post for most items, so the normalised evidence key
    (:func:`evidence_key`) is the join key. Returns the items table (WarSpotting rows unchanged) and a
    report with the join rate: matched Oryx items / Oryx items whose side WarSpotting covers.

    Examples
    --------
    >>> items = losstrack.load("items")                      # doctest: +SKIP
    >>> joined, report = with_loss_dates(items)               # doctest: +SKIP
    >>> report["rate"]                                        # doctest: +SKIP
    """
    ws = items[items["source"] == "warspotting"]
    is_oryx = items["source"].isin(["oryx", "oryx_data"]) & items["owner"].isin(ws["owner"].dropna().unique())
    if ws.empty or not is_oryx.any():  # nothing to join (no WarSpotting rows, or none for these sides)
        return items, {"items": int(is_oryx.sum()), "with_key": 0, "matched": 0, "rate": 0.0, "by_source": {}}
    joined, report = join_by_evidence(items[is_oryx], ws)
    out = items.copy()
    for c in ("loss_date", "place", "latitude", "longitude", "unit"):
        out.loc[is_oryx, c] = joined[c]
    report["by_source"] = {
        s: float(joined.loc[joined["source"] == s, "loss_date"].notna().mean()) for s in joined["source"].unique()
    }
    return out, report
