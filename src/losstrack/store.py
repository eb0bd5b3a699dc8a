"""Parquet storage: atomic, self-describing writes and validated, dtype-preserving reads.

Every file carries ``losstrack.schema_version``, ``losstrack.taxonomy_version``, the table name and
the build's provenance in its Parquet key-value metadata. Writes go to a temporary file in the same
folder, are fsynced, then renamed over the old file, so a reader never sees half a file.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from . import __version__
from .schema import MODELS, SCHEMA_VERSION
from .validate import check
from .vocab import TAXONOMY_VERSION

META_PREFIX = b"losstrack."


class StoreError(RuntimeError):
    """A table that is missing, unreadable, or from an incompatible schema version."""


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_path(path: Path):
    """Yield a temporary path in ``path``'s folder; on success fsync it and rename it over ``path``.

    On any error (or a kill before the rename) ``path`` keeps its previous content.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (temp file in the same folder, fsync, rename)."""
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)


def table_metadata(table: str, provenance: dict | None = None) -> dict[bytes, bytes]:
    """The key-value metadata written into every Parquet file of the store."""
    meta = {
        "table": table,
        "schema_version": SCHEMA_VERSION,
        "taxonomy_version": TAXONOMY_VERSION,
        "losstrack_version": __version__,
        "provenance": json.dumps(provenance or {}, sort_keys=True, default=str),
    }
    return {META_PREFIX + k.encode(): v.encode() for k, v in meta.items()}


def write_table(df: pd.DataFrame, path: Path, table: str, provenance: dict | None = None) -> Path:
    """Write a table as Parquet atomically, with the losstrack metadata; returns the path."""
    arrow = pa.Table.from_pandas(df.reset_index(drop=True), preserve_index=False)
    arrow = arrow.replace_schema_metadata({**(arrow.schema.metadata or {}), **table_metadata(table, provenance)})
    with atomic_path(path) as tmp:
        pq.write_table(arrow, tmp, compression="zstd")
    return Path(path)


def read_metadata(path: Path) -> dict[str, str]:
    """The losstrack metadata of a Parquet file (``schema_version``, ``taxonomy_version``, ...)."""
    meta = pq.read_schema(path).metadata or {}
    return {k[len(META_PREFIX):].decode(): v.decode() for k, v in meta.items() if k.startswith(META_PREFIX)}


def load(table: str = "claims", path: str | os.PathLike = "data", *, validate: bool = True) -> pd.DataFrame:
    """Read a table of a built dataset back, validated, with the dtypes it was written with.

    Parameters
    ----------
    table : str
        ``"claims"``, ``"documents"``, or another table the build wrote (e.g. ``"items"``).
    path : path-like
        The dataset folder (``data`` by default) or the Parquet file itself.
    validate : bool
        Check the table against its pandera schema (raises ``ValidationFailed`` with the report).
    """
    p = Path(path)
    file = p if p.suffix == ".parquet" else p / f"{table}.parquet"
    if not file.exists():
        raise StoreError(f"{file} does not exist: run `losstrack build` first (or pass path=...)")
    try:
        meta = read_metadata(file)
        df = pq.read_table(file).to_pandas()
    except (OSError, pa.ArrowException) as exc:
        raise StoreError(f"{file} is not a readable Parquet file: {exc}") from exc
    version = meta.get("schema_version")
    if version is not None and version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        raise StoreError(f"{file} has schema version {version}; this losstrack reads {SCHEMA_VERSION}")
    if validate and table in MODELS:
        df = check(df, table)
    return df
