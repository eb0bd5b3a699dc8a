"""Corpus readers: split a folder, JSONL file or Parquet table into partitions and stream their records.

A corpus is cut into :class:`Partition` descriptors of at most ``batch_size`` documents each, cheaply
(a folder listing, one pass counting JSONL lines, or the Parquet footer) and without holding any text.
Each partition then reads only its own documents, so memory is bounded by the batch size, not by the
corpus size, and every engine sees exactly the same partitions (a run can be resumed with another one).

A record is a plain dict: ``origin`` (where it came from, used as its id in failures), ``text`` or
``html``, and optional ``id``, ``url``, ``published``, ``title``, ``publisher``; or ``error`` when the
record itself cannot be read (bad JSON, undecodable bytes).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..documents import DocumentError, decode, is_sidecar, read_sidecar

#: File suffixes a folder corpus reads (after removing ``.gz``); HTML goes through trafilatura.
TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
#: Fields a record may carry besides ``text``/``html``.
META_FIELDS = ("id", "url", "published", "title", "publisher")


class CorpusError(ValueError):
    """A corpus that cannot be read at all (missing, unknown format, no ``text`` column)."""


@dataclass(frozen=True)
class Partition:
    """One batch of a corpus: ``kind`` (folder, jsonl, parquet), the source, and where the batch lies.

    ``start``/``stop`` are document numbers (0-based, stop exclusive); for JSONL ``offset`` is the byte
    offset of line ``start``; for folders ``files`` lists the batch's paths relative to ``source``.
    """

    index: int
    kind: str
    source: str
    start: int
    stop: int
    offset: int = 0
    files: tuple[str, ...] = ()

    @property
    def size(self) -> int:
        """Number of documents in the partition."""
        return self.stop - self.start

    @property
    def name(self) -> str:
        """File stem of the partition's output (``part-000012``)."""
        return f"part-{self.index:06d}"


def corpus_kind(corpus: str | Path) -> str:
    """``folder``, ``jsonl`` or ``parquet`` for a corpus path; raises :class:`CorpusError` otherwise."""
    p = Path(corpus)
    if not p.exists():
        raise CorpusError(f"corpus {p} does not exist")
    if p.is_dir():
        return "folder"
    name = p.name.lower()
    if name.endswith((".jsonl", ".ndjson", ".jsonl.gz")):
        if name.endswith(".gz"):
            raise CorpusError(f"{p}: gzipped JSONL cannot be split into partitions; decompress it first")
        return "jsonl"
    if name.endswith((".parquet", ".pq")):
        return "parquet"
    raise CorpusError(f"{p}: a corpus is a folder, a .jsonl file or a .parquet file")


def _folder_files(root: Path) -> Iterator[str]:
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root)
        if not p.is_file() or is_sidecar(p) or any(part.startswith(".") for part in rel.parts):
            continue
        if p.name.lower().removesuffix(".gz").endswith(TEXT_SUFFIXES + HTML_SUFFIXES):
            yield str(rel)


def _jsonl_offsets(path: Path, batch_size: int) -> Iterator[tuple[int, int, int]]:
    """``(first_line, last_line_exclusive, byte_offset)`` per batch, by one streaming pass over newlines."""
    line = start = offset = pos = 0
    tail = False  # bytes after the last newline count as a final line
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 22):
            i = 0
            while (j := chunk.find(b"\n", i)) >= 0:
                line += 1
                pos_next = pos + j + 1
                if line - start == batch_size:
                    yield start, line, offset
                    start, offset = line, pos_next
                i = j + 1
            tail = i < len(chunk)
            pos += len(chunk)
    if tail:
        line += 1
    if line > start:
        yield start, line, offset


def plan(corpus: str | Path, batch_size: int = 1000) -> list[Partition]:
    """Cut a corpus into partitions of at most ``batch_size`` documents (no document text is read).

    Parameters
    ----------
    corpus : path-like
        A folder of ``.txt``/``.html`` files (with optional ``NAME.meta.json`` sidecars), a ``.jsonl``
        file (one JSON object per line), or a ``.parquet`` table with a ``text`` column.
    batch_size : int
        Documents per partition; memory use grows with it, not with the corpus.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    kind, src = corpus_kind(corpus), Path(corpus)
    if kind == "folder":
        parts, batch, n = [], [], 0
        for rel in _folder_files(src):
            batch.append(rel)
            if len(batch) == batch_size:
                parts.append(Partition(len(parts), kind, str(src), n, n + len(batch), files=tuple(batch)))
                n, batch = n + len(batch), []
        if batch:
            parts.append(Partition(len(parts), kind, str(src), n, n + len(batch), files=tuple(batch)))
        return parts
    if kind == "jsonl":
        return [Partition(i, kind, str(src), a, b, offset=o) for i, (a, b, o) in enumerate(_jsonl_offsets(src, batch_size))]
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(src)
    except Exception as exc:
        raise CorpusError(f"{src}: not a readable Parquet file ({exc})") from exc
    if "text" not in pf.schema_arrow.names and "html" not in pf.schema_arrow.names:
        raise CorpusError(f"{src}: a Parquet corpus needs a 'text' (or 'html') column; it has {pf.schema_arrow.names}")
    n = pf.metadata.num_rows
    return [Partition(i, kind, str(src), a, min(a + batch_size, n)) for i, a in enumerate(range(0, n, batch_size))]


def _clean(rec: dict, origin: str) -> dict:
    out = {"origin": origin}
    for k in ("text", "html", *META_FIELDS):
        v = rec.get(k)
        if v is not None and v == v:  # drop None and NaN
            out[k] = v if k in ("text", "html") else str(v) if k != "published" else v
    if rec.get("id") is not None and rec.get("id") == rec.get("id"):
        out["origin"] = str(rec["id"])
    if "text" not in out and "html" not in out:
        out["error"] = "record has neither 'text' nor 'html'"
    return out


def _read_folder(part: Partition) -> Iterator[dict]:
    root = Path(part.source)
    for rel in part.files:
        path = root / rel
        rec = {"origin": rel}
        try:
            meta = read_sidecar(path)
            text = decode(path.read_bytes(), rel)
        except (DocumentError, OSError) as exc:
            yield {**rec, "error": str(exc)}
            continue
        key = "html" if rel.lower().removesuffix(".gz").endswith(HTML_SUFFIXES) else "text"
        meta = {k: meta.get(k, meta.get("date") if k == "published" else None) for k in META_FIELDS if k != "id"}
        yield _clean({**meta, key: text}, rel)


def _read_jsonl(part: Partition) -> Iterator[dict]:
    name = Path(part.source).name
    with open(part.source, "rb") as fh:
        fh.seek(part.offset)
        for n in range(part.start, part.stop):
            raw = fh.readline()
            origin = f"{name}:{n + 1}"
            if not raw.strip():  # blank lines (e.g. a trailing one) are not documents
                continue
            try:
                rec = json.loads(raw)
                if not isinstance(rec, dict):
                    raise ValueError("line is not a JSON object")
            except ValueError as exc:
                yield {"origin": origin, "error": f"line {n + 1} is not valid JSON ({exc})"}
                continue
            yield _clean(rec, origin)


def _read_parquet(part: Partition) -> Iterator[dict]:
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(part.source)
    cols = [c for c in ("text", "html", *META_FIELDS) if c in pf.schema_arrow.names]
    name = Path(part.source).name
    row0 = 0
    for g in range(pf.num_row_groups):
        rows = pf.metadata.row_group(g).num_rows
        lo, hi = max(part.start, row0), min(part.stop, row0 + rows)
        if lo < hi:  # stream the row group in small batches, so a huge row group is never held whole
            pos = row0
            for batch in pf.iter_batches(batch_size=256, row_groups=[g], columns=cols):
                a, b = max(lo, pos), min(hi, pos + batch.num_rows)
                if a < b:
                    for i, rec in enumerate(batch.slice(a - pos, b - a).to_pylist()):
                        yield _clean(rec, f"{name}:row {a + i}")
                pos += batch.num_rows
                if pos >= hi:
                    break
        row0 += rows
        if row0 >= part.stop:
            break


def read_partition(part: Partition) -> Iterator[dict]:
    """Stream the records of one partition (one dict per document, in corpus order)."""
    return {"folder": _read_folder, "jsonl": _read_jsonl, "parquet": _read_parquet}[part.kind](part)


def iter_records(corpus: str | Path, batch_size: int = 1000) -> Iterator[dict]:
    """Stream every record of a corpus, partition after partition."""
    for part in plan(corpus, batch_size):
        yield from read_partition(part)
