"""Compare extracted claims with hand-written golden files: load a corpus, score precision/recall/F1.

A golden file (``NAME.yaml`` beside ``NAME.txt``) holds ``published``, optional ``publisher``,
``defaults`` (values for fields a claim leaves out) and ``claims``: a list of mappings with
``category``, ``value`` and optionally ``qualifier``, ``value_high``, ``loser``, ``claimant``,
``period_start``, ``period_end`` (defaults to ``published``), ``basis``, ``region``, ``model`` and
``parent`` (written ``"<category> <value>"`` of the whole the claim is part of).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

#: Fields compared, in the order a claim record lists them.
FIELDS = ("category", "value", "qualifier", "value_high", "loser", "claimant", "period_start", "period_end",
          "basis", "region", "model", "parent")
_BUILTIN = {"qualifier": "exact", "value_high": None, "loser": None, "claimant": None, "period_start": None,
            "basis": "cumulative", "region": None, "model": None, "parent": None}
#: Attribute groups scored after a figure is matched on (category, value).
ATTRIBUTES = {
    "qualifier": ("qualifier", "value_high"),
    "loser": ("loser",),
    "claimant": ("claimant",),
    "period": ("period_start", "period_end", "basis"),
    "parent": ("parent",),
    "region": ("region",),
    "model": ("model",),
}


@dataclass
class Case:
    """One corpus text with its expected claims."""

    name: str
    text: str
    published: dt.date | None
    publisher: str | None
    expected: list[dict]


def _date(v):
    if v is None or isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(str(v))


def load_case(txt: Path) -> Case:
    """Read ``NAME.txt`` and its golden ``NAME.yaml``."""
    import yaml

    golden = yaml.safe_load(txt.with_suffix(".yaml").read_text(encoding="utf-8"))
    published = _date(golden.get("published"))
    defaults = {**_BUILTIN, "period_end": published, **(golden.get("defaults") or {})}
    expected = []
    for c in golden.get("claims") or []:
        rec = {k: c.get(k, defaults.get(k)) for k in FIELDS}
        for k in ("period_start", "period_end"):
            rec[k] = _date(rec[k])
        expected.append(rec)
    return Case(txt.stem, txt.read_text(encoding="utf-8"), published, golden.get("publisher"), expected)


def load_corpus(folder: Path) -> list[Case]:
    """Every case of a corpus folder, sorted by name."""
    return [load_case(p) for p in sorted(Path(folder).glob("*.txt"))]


def records(claims: pd.DataFrame) -> list[dict]:
    """A claims table as comparable records (parent written as ``"<category> <value>"``)."""
    by_id = {r.claim_id: f"{r.category} {r.value}" for r in claims.itertuples()}
    out = []
    for r in claims.itertuples():
        rec = {}
        for k in FIELDS:
            if k == "parent":
                v = by_id.get(r.parent_id) if isinstance(r.parent_id, str) else None
            else:
                v = getattr(r, k)
            if v is None or (not isinstance(v, str) and pd.isna(v)):
                v = None
            elif k in ("period_start", "period_end"):
                v = pd.Timestamp(v).date()
            elif k in ("value", "value_high"):
                v = int(v)
            rec[k] = v
        out.append(rec)
    return out


def match(expected: list[dict], got: list[dict]) -> list[tuple[dict, dict]]:
    """Pairs matched one-to-one on (category, value), preferring pairs that agree on more fields."""
    pairs, used = [], set()
    for e in expected:
        best, best_score = None, -1
        for j, g in enumerate(got):
            if j in used or (g["category"], g["value"]) != (e["category"], e["value"]):
                continue
            score = sum(g[k] == e[k] for k in FIELDS)
            if score > best_score:
                best, best_score = j, score
        if best is not None:
            used.add(best)
            pairs.append((e, got[best]))
    return pairs


def score(results: list[tuple[list[dict], list[dict]]]) -> pd.DataFrame:
    """Precision, recall and F1 for figures and each attribute over (expected, got) pairs of documents.

    A figure counts when matched on (category, value); an attribute counts when the figure matches
    *and* the attribute agrees, so attribute scores are never above the figure score.
    """
    n_exp = sum(len(e) for e, _ in results)
    n_got = sum(len(g) for _, g in results)
    tp = {"figure": 0, **{a: 0 for a in ATTRIBUTES}}
    for exp, got in results:
        for e, g in match(exp, got):
            tp["figure"] += 1
            for a, keys in ATTRIBUTES.items():
                tp[a] += all(e[k] == g[k] for k in keys)
    rows = []
    for a, t in tp.items():
        p = t / n_got if n_got else 1.0
        r = t / n_exp if n_exp else 1.0
        rows.append({"attribute": a, "tp": t, "expected": n_exp, "extracted": n_got, "precision": p, "recall": r,
                     "f1": 2 * p * r / (p + r) if p + r else 0.0})
    return pd.DataFrame(rows)
