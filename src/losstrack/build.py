"""``losstrack.build``: parse every document under ``seeds/`` into the dataset in ``data/``.

Each document is read, handed to the parser that recognises it, turned into validated claims by the
pipeline, and recorded in the documents table with its outcome. A document that fails is reported
(with the rule and figure) and left out; every other document still lands. Builds are incremental
(only new or changed documents are parsed, see :mod:`losstrack.registry`), keep every document
version (:mod:`losstrack.history`), and switch all tables at once (:mod:`losstrack.snapshot`).
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import __version__, carry, postprocess
from .docparse import parse_document  # the build calls it through this name (tests count the calls)
from .schema import MODELS, SCHEMA_VERSION, columns, empty
from .store import write_table
from .validate import FAILURE_COLUMNS, check, validate
from .vocab import TAXONOMY_VERSION


@dataclass
class BuildReport:
    """What a build did: the tables it wrote and the documents that failed."""

    out: Path
    claims: pd.DataFrame
    documents: pd.DataFrame
    rejects: pd.DataFrame
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    plots: list[Path] = field(default_factory=list)
    seconds: float = 0.0
    parsed: int = 0
    carried: int = 0
    removed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    unchanged: bool = False

    @property
    def failed(self) -> pd.DataFrame:
        """Documents that failed, with the reason."""
        return self.documents[self.documents["status"] == "failed"][["origin", "error"]]

    @property
    def ok(self) -> bool:
        return self.failed.empty

    def summary(self) -> str:
        """A few lines for the terminal: documents, claims per category, failures."""
        n_ok = int((self.documents["status"] == "ok").sum())
        lines = [
            f"{len(self.documents)} document(s): {n_ok} ok, {len(self.failed)} failed; "
            f"{len(self.claims)} claim(s) in {self.seconds:.1f}s → {self.out}",
            "nothing changed since the last build: 0 documents parsed, dataset left as it was"
            if self.unchanged else
            f"parsed {self.parsed}, carried over {self.carried} unchanged, removed {len(self.removed)}",
        ]
        for cat, n in Counter(self.claims["category"]).most_common():
            lines.append(f"  {cat:<28} {n}")
        for name, t in self.tables.items():
            lines.append(f"  table {name}: {len(t)} row(s)")
        for origin in self.removed:
            lines.append(f"removed {origin}")
        for msg in self.skipped:
            lines.append(f"skipped {msg}")
        for row in self.failed.itertuples(index=False):
            lines.append(f"FAILED {row.origin}: {row.error}")
        return "\n".join(lines)


def _progress(items, quiet: bool, desc: str = "build"):
    """Wrap an iterable with a progress bar (done/total, rate) on a terminal; plain in a pipe or when quiet."""
    if quiet or not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    return tqdm(items, unit="doc", desc=desc, file=sys.stderr)


def build(seeds: str | Path = "seeds", out: str | Path = "data", *, plots: bool = True, quiet: bool = False,
          full: bool = False, wait: float = 0) -> BuildReport:
    """Parse the documents under ``seeds`` (and ``out/documents``) and write the dataset to ``out``.

    Writes ``claims.parquet``, ``documents.parquet``, ``rejects.parquet`` (every rule a failed
    document broke), ``versions.parquet`` and ``claims_history.parquet`` (every document version and
    its claims), any extra tables parsers produce (e.g. ``items.parquet``), ``datapackage.json``, and
    PNG plots under ``out/plots`` (unless ``plots=False``). Documents that fail are recorded, not fatal.

    Only new or changed documents are parsed (``full=True`` parses everything). All tables switch at
    once, so a build that is killed leaves the previous dataset whole. A second build on the same
    ``out`` waits ``wait`` seconds for the first, then raises :class:`~losstrack.lock.StoreLocked`.

    Returns
    -------
    BuildReport
        The tables written and the failures; ``report.ok`` is False when any document failed.
    """
    from .lock import store_lock

    t0 = time.perf_counter()
    seeds, out = Path(seeds), Path(out)
    if not seeds.is_dir():
        raise FileNotFoundError(f"seeds folder {seeds} does not exist")
    with store_lock(out, wait):
        report = _build_locked(seeds, out, quiet=quiet, full=full)
    if plots:
        from .plot import write_build_plots

        if not report.unchanged or not (out / "plots").is_dir():
            report.plots = write_build_plots(report.claims, out / "plots", documents=report.documents)
    report.seconds = time.perf_counter() - t0
    return report


def _build_locked(seeds: Path, out: Path, *, quiet: bool, full: bool) -> BuildReport:
    from . import history, registry, snapshot
    from .datapackage import write_datapackage

    manifest = snapshot.read_manifest(out)
    prev_dir = snapshot.current_dir(out)
    plan = registry.plan(registry.scan(seeds, out / registry.DOCUMENTS, exclude=out), manifest, full)
    if manifest is not None and plan.nothing_to_do:
        return _unchanged(out, prev_dir, len(plan.carry))
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    prev_docs = carry.previous(prev_dir, "documents")
    prev_seen = {} if prev_docs is None else {
        (o, d): r for o, d, r in zip(prev_docs["origin"], prev_docs["document_id"], prev_docs["retrieved"])}
    state = (manifest or {}).get("state", {})
    doc_rows, claim_parts, reject_parts, tables = [], [], [], {}
    for src in _progress(plan.parse, quiet):
        st = state.get(src.origin, {})  # same bytes parsed again (new parser): keep when it was first seen
        seen = prev_seen.get((src.origin, st.get("document_id"))) if st.get("sha256") == src.sha256 else None
        row, claims, rejects, extra = parse_document(src.path, src.root, src.origin, seen if pd.notna(seen) else None)
        doc_rows.append(row)
        claim_parts.append(claims)
        reject_parts.append(rejects)
        for name, t in extra.items():
            tables.setdefault(name, []).append(t)
    carried_origins = {s.origin for s in plan.carry}
    carried = prev_docs[prev_docs["origin"].isin(carried_origins)] if prev_docs is not None else empty("documents")
    documents = pd.concat([carried, pd.DataFrame(doc_rows, columns=columns("documents"))], ignore_index=True)
    documents, skipped = carry.dedupe(documents)
    documents = documents.sort_values("origin", ignore_index=True)
    versions, documents = history.update_versions(carry.previous(prev_dir, "versions"), documents, plan.removed, now)
    documents, failures = validate(documents, "documents")
    if len(failures):
        raise RuntimeError(f"internal error: documents table breaks its schema: {failures.to_dict('records')[:3]}")
    keep_ids = set(carried["document_id"])
    parsed_ids = {r["document_id"] for r in doc_rows}
    hist = carry.previous(prev_dir, "claims_history")
    hist_parts = [empty("claims")] + ([hist[~hist["document_id"].isin(parsed_ids)]] if hist is not None else [])
    claims_history = pd.concat([*hist_parts, *claim_parts], ignore_index=True).drop_duplicates("claim_id", ignore_index=True)
    ok_ids = documents.loc[documents["status"] == "ok", "document_id"]
    claims = claims_history[claims_history["document_id"].isin(ok_ids)]
    claims = claims.sort_values(["published", "document_id", "span_start", "claim_id"], kind="stable", ignore_index=True)
    claims = postprocess.run(claims)

    claims = check(claims, "claims")
    prev_rejects = carry.previous(prev_dir, "rejects", keep_ids)
    rejects = pd.concat([pd.DataFrame(columns=FAILURE_COLUMNS), *([prev_rejects] if prev_rejects is not None else []),
                         *reject_parts], ignore_index=True).astype("str")
    merged = carry.extra_tables(prev_dir, manifest, tables, keep_ids)
    if "items" in merged:  # Oryx items get WarSpotting's loss date, place and unit where the evidence matches
        from .items import with_loss_dates

        merged["items"] = with_loss_dates(merged["items"])[0]
    build_id = snapshot.new_build_id()
    provenance = {
        "build_id": build_id,
        "built_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "losstrack_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "taxonomy_version": TAXONOMY_VERSION,
        "seeds": str(seeds),
        "documents": len(documents),
        "parsed": len(plan.parse),
        "carried_over": len(plan.carry),
    }
    tmp = snapshot.start(out, build_id)
    out_tables = {"claims": claims, "documents": documents, "rejects": rejects, "versions": versions,
                  "claims_history": claims_history, **merged}
    for name, df in out_tables.items():
        write_table(df, tmp / f"{name}.parquet", name, provenance, validated=name in MODELS)
    write_datapackage(tmp, out_tables, documents, provenance)
    by_origin = {s.origin: s for s in plan.parse + plan.carry}
    new_state = {r.origin: {**by_origin[r.origin].state(), "document_id": r.document_id,
                            "parser": r.parser if isinstance(r.parser, str) else None}
                 for r in documents.itertuples(index=False)}
    for origin, same in skipped.items():  # remembered, so an unchanged duplicate is not parsed again
        new_state[origin] = {**by_origin[origin].state(), **new_state[same], "duplicate_of": same}
    snapshot.commit(out, tmp, {"build_id": build_id, "provenance": provenance, "vocab": registry.vocab_fingerprint(),
                               "parsers": registry.parsers_fingerprint(), "state": new_state,
                               "tables": {n: len(t) for n, t in out_tables.items()}})
    return BuildReport(out=out, claims=claims, documents=documents, rejects=rejects, tables=merged,
                       parsed=len(plan.parse), carried=len(plan.carry), removed=plan.removed,
                       skipped=[f"{o}: same content as {same}" for o, same in skipped.items()])


def _unchanged(out: Path, prev_dir: Path, n: int) -> BuildReport:
    """The report of a build that found nothing to do: the current tables, read back."""
    from .store import load

    tables = {p.stem: load(p.stem, p, validate=False) for p in sorted(prev_dir.glob("*.parquet"))}
    return BuildReport(out=out, claims=tables.pop("claims"), documents=tables.pop("documents"),
                       rejects=tables.pop("rejects"), tables={k: v for k, v in tables.items() if k not in carry.CORE},
                       carried=n, unchanged=True)
