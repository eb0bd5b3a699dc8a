"""``losstrack.build``: parse every document under ``seeds/`` into the dataset in ``data/``.

Each document is read, handed to the parser that recognises it, turned into validated claims by the
pipeline, and recorded in the documents table with its outcome. A document that fails is reported
(with the rule and figure) and left out; every other document still lands.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import __version__, postprocess
from .documents import Document, DocumentError, iter_paths, read_document
from .parsers import ParseError, ParseResult, detect
from .pipeline import DocumentFailed, claims_for
from .schema import MODELS, SCHEMA_VERSION, columns, empty
from .store import write_table
from .validate import FAILURE_COLUMNS, validate
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
            f"{len(self.claims)} claim(s) in {self.seconds:.1f}s → {self.out}"
        ]
        for cat, n in Counter(self.claims["category"]).most_common():
            lines.append(f"  {cat:<28} {n}")
        for name, t in self.tables.items():
            lines.append(f"  table {name}: {len(t)} row(s)")
        for row in self.failed.itertuples(index=False):
            lines.append(f"FAILED {row.origin}: {row.error}")
        return "\n".join(lines)


def _doc_row(doc: Document | None, origin: str, sha: str, doc_id: str, parser: str | None, kind: str,
             status: str, error: str | None, n: int, meta: dict | None = None) -> dict:
    meta = meta or {}
    published = meta.get("published") or (doc.published if doc else None)
    return {
        "document_id": doc_id,
        "origin": origin,
        "kind": kind,
        "title": meta.get("title") or (doc.title if doc else None),
        "publisher": meta.get("publisher") or (doc.publisher if doc else None),
        "url": doc.url if doc else None,
        "licence": doc.licence if doc else None,
        "published": published,
        "retrieved": dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
        "sha256": sha,
        "parser": parser,
        "status": status,
        "error": error,
        "n_claims": n,
    }


def parse_document(path: Path, root: Path):
    """Read and parse one file. Returns ``(doc_row, claims, rejects, tables)``; never raises for bad input."""
    import hashlib

    from .documents import document_id_for

    origin = str(path.relative_to(root))
    raw = path.read_bytes()
    sha, doc_id = hashlib.sha256(raw).hexdigest(), document_id_for(raw)
    doc = spec = None
    try:
        doc = read_document(path, root)
        doc_id = doc.document_id
        spec = detect(doc)
        if spec is None:
            raise ParseError("no parser recognises this document")
        result: ParseResult = spec.run(doc)
        claims = claims_for(doc, spec, result)
        tables = {name: t.assign(document_id=doc_id) if "document_id" not in t else t for name, t in result.tables.items()}
        row = _doc_row(doc, origin, sha, doc_id, spec.tag, spec.kind, "ok", None, len(claims), result.meta)
        return row, claims, pd.DataFrame(columns=FAILURE_COLUMNS), tables
    except (DocumentError, ParseError, DocumentFailed) as exc:
        rejects = getattr(exc, "failures", pd.DataFrame(columns=FAILURE_COLUMNS))
        error = f"{type(exc).__name__}: {exc}"
    except Exception as exc:  # a parser bug must not sink the other documents; report it by name
        rejects, error = pd.DataFrame(columns=FAILURE_COLUMNS), f"unexpected {type(exc).__name__}: {exc}"
    if rejects.empty:
        rejects = pd.DataFrame([{"document_id": doc_id, "rule": "document", "failure_case": error}], columns=FAILURE_COLUMNS)
    row = _doc_row(doc, origin, sha, doc_id, spec.tag if spec else None, spec.kind if spec else "unknown",
                   "failed", error, 0)
    return row, empty("claims"), rejects.assign(document_id=rejects["document_id"].fillna(doc_id)), {}


def _progress(paths, quiet: bool):
    """Wrap an iterable with a progress bar on a terminal; plain iteration in a pipe or when quiet."""
    if quiet or not sys.stderr.isatty():
        return paths
    from tqdm import tqdm

    return tqdm(paths, unit="doc", desc="build", file=sys.stderr)


def build(seeds: str | Path = "seeds", out: str | Path = "data", *, plots: bool = True, quiet: bool = False) -> BuildReport:
    """Parse every document under ``seeds`` and write the dataset to ``out``.

    Writes ``claims.parquet``, ``documents.parquet``, ``rejects.parquet`` (every rule a failed
    document broke), any extra tables parsers produce (e.g. ``items.parquet``), and PNG plots under
    ``out/plots`` (unless ``plots=False``). Documents that fail are recorded, not fatal.

    Returns
    -------
    BuildReport
        The tables written and the failures; ``report.ok`` is False when any document failed.
    """
    t0 = time.perf_counter()
    seeds, out = Path(seeds), Path(out)
    if not seeds.is_dir():
        raise FileNotFoundError(f"seeds folder {seeds} does not exist")
    paths = list(iter_paths(seeds))
    doc_rows, claim_parts, reject_parts = [], [], []
    tables: dict[str, list[pd.DataFrame]] = {}
    for path in _progress(paths, quiet):
        row, claims, rejects, extra = parse_document(path, seeds)
        doc_rows.append(row)
        claim_parts.append(claims)
        reject_parts.append(rejects)
        for name, t in extra.items():
            tables.setdefault(name, []).append(t)
    claims = pd.concat([empty("claims"), *claim_parts], ignore_index=True) if claim_parts else empty("claims")
    claims = claims.sort_values(["published", "document_id", "span_start", "claim_id"], kind="stable", ignore_index=True)
    claims = postprocess.run(claims)
    documents = pd.DataFrame(doc_rows, columns=columns("documents")) if doc_rows else empty("documents")
    documents, failures = validate(documents, "documents")
    if len(failures):
        raise RuntimeError(f"internal error: documents table breaks its schema: {failures.to_dict('records')[:3]}")
    rejects = pd.concat([pd.DataFrame(columns=FAILURE_COLUMNS), *reject_parts], ignore_index=True).astype("str")
    provenance = {
        "built_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "losstrack_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "taxonomy_version": TAXONOMY_VERSION,
        "seeds": str(seeds),
        "documents": len(documents),
    }
    write_table(claims, out / "claims.parquet", "claims", provenance)
    write_table(documents, out / "documents.parquet", "documents", provenance)
    write_table(rejects, out / "rejects.parquet", "rejects", provenance)
    merged = {}
    for name, parts in tables.items():
        merged[name] = pd.concat(parts, ignore_index=True)
        if name in MODELS:
            merged[name] = validate(merged[name], name)[0]
        write_table(merged[name], out / f"{name}.parquet", name, provenance)
    report = BuildReport(out=out, claims=claims, documents=documents, rejects=rejects, tables=merged)
    if plots:
        from .plot import write_build_plots

        report.plots = write_build_plots(claims, out / "plots")
    report.seconds = time.perf_counter() - t0
    return report
