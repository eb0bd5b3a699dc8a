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
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; published tables are readable like any file
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


def table_metadata(table: str, provenance: dict | None = None, validated: bool = False) -> dict[bytes, bytes]:
    """The key-value metadata written into every Parquet file of the store."""
    meta = {
        "table": table,
        "validated": "1" if validated else "0",
        "schema_version": SCHEMA_VERSION,
        "taxonomy_version": TAXONOMY_VERSION,
        "losstrack_version": __version__,
        "provenance": json.dumps(provenance or {}, sort_keys=True, default=str),
    }
    return {META_PREFIX + k.encode(): v.encode() for k, v in meta.items()}


def write_table(df: pd.DataFrame, path: Path, table: str, provenance: dict | None = None, *, validated: bool = False) -> Path:
    """Write a table as Parquet atomically, with the losstrack metadata; returns the path.

    ``validated=True`` records that ``df`` passed its pandera model, so :func:`load` may skip
    re-validating it (it still checks columns and dtypes).
    """
    arrow = pa.Table.from_pandas(df.reset_index(drop=True), preserve_index=False)
    meta = table_metadata(table, provenance, validated)
    arrow = arrow.replace_schema_metadata({**(arrow.schema.metadata or {}), **meta})
    with atomic_path(path) as tmp:
        pq.write_table(arrow, tmp, compression="zstd")
    return Path(path)


def read_metadata(path: Path) -> dict[str, str]:
    """The losstrack metadata of a Parquet file (``schema_version``, ``taxonomy_version``, ...)."""
    meta = pq.read_schema(path).metadata or {}
    return {k[len(META_PREFIX):].decode(): v.decode() for k, v in meta.items() if k.startswith(META_PREFIX)}


def migrate(df: pd.DataFrame, table: str, version: str) -> pd.DataFrame:
    """Bring a table written by an older schema version to the current layout.

    1.0.0 → 1.1.0: ``documents`` gained ``vintage`` (every document then was its first version).
    """
    if _vtuple(version) < (1, 1) and table == "documents" and "vintage" not in df:
        df = df.assign(vintage=1)
    return df


def _vtuple(version: str) -> tuple[int, ...]:
    return tuple(int(x) for x in version.split(".")[:2])


def _same_layout(df: pd.DataFrame, table: str) -> bool:
    from .schema import empty

    ref = empty(table).dtypes
    return list(df.columns) == list(ref.index) and all(str(df[c].dtype) == str(ref[c]) for c in ref.index)


def resolve(table: str, path: str | os.PathLike) -> Path:
    """The Parquet file of ``table`` in dataset folder ``path`` (through the current snapshot if any)."""
    p = Path(path)
    if p.suffix == ".parquet":
        return p
    from .snapshot import current_dir

    cur = current_dir(p)
    return (cur if cur is not None else p) / f"{table}.parquet"


def load(table: str = "claims", path: str | os.PathLike = "data", *, validate: bool | str = "auto",
         as_of=None) -> pd.DataFrame:
    """Read a table of a built dataset back, validated, with the dtypes it was written with.

    Parameters
    ----------
    table : str
        ``"claims"``, ``"documents"``, ``"versions"`` (every document version seen),
        ``"claims_history"`` (the claims of every version), or an extra table (e.g. ``"items"``).
    path : path-like
        The dataset folder (``data`` by default) or the Parquet file itself.
    validate : bool or "auto"
        Check the table against its pandera model (raises ``ValidationFailed`` with the report).
        ``"auto"`` (default) re-validates only files not validated by this schema and taxonomy
        version at write time; columns and dtypes are always checked.
    as_of : date, datetime or str, optional
        The dataset as it stood then: only document versions retrieved by that time (a date means
        the end of that day) and not yet superseded. For ``claims`` and ``documents`` (the latter
        returns the matching rows of ``versions``).
    """
    if as_of is not None:
        from .history import as_of_view

        return as_of_view(table, path, as_of)
    file = resolve(table, path)
    if not file.exists():
        raise StoreError(f"{file} does not exist: run `losstrack build` first (or pass path=...)")
    try:
        meta = read_metadata(file)
        df = pq.read_table(file).to_pandas()
    except (OSError, pa.ArrowException) as exc:
        raise StoreError(f"{file} is not a readable Parquet file: {exc}") from exc
    version = meta.get("schema_version", SCHEMA_VERSION)
    if version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        raise StoreError(f"{file} has schema version {version}; this losstrack reads {SCHEMA_VERSION}")
    if version != SCHEMA_VERSION:
        df = migrate(df, table, version)
    if table not in MODELS or validate is False:
        return df
    trusted = (validate == "auto" and meta.get("validated") == "1" and version == SCHEMA_VERSION
               and meta.get("taxonomy_version") == TAXONOMY_VERSION)
    if trusted and _same_layout(df, table):
        return df
    return check(df, table)
