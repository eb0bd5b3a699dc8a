"""The partitioned output: one Parquet file per partition and table, written atomically, skipped when done.

Layout of an output folder ``OUT``::

    OUT/_corpus.json                     what was extracted (corpus, batch size, partitions) — a re-run must match
    OUT/claims/part-000000.parquet       validated claims (ClaimsModel) of partition 0
    OUT/documents/part-000000.parquet    one row per document (DocumentsModel)
    OUT/failures/part-000000.parquet     documents that failed: origin, document_id, stage, reason

Each file is written with :func:`losstrack.store.write_table` (temporary file, fsync, rename); the
claims file is written last, so a partition is done exactly when its claims file exists. A killed
run leaves at worst a partition without claims, which the next run redoes and overwrites: no
duplicated rows. ``pd.read_parquet(OUT / "claims")`` reads the whole dataset.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from ..store import atomic_write_bytes, write_table
from .readers import Partition

TABLES = ("failures", "documents", "claims")  # write order: claims last marks the partition done
MANIFEST = "_corpus.json"


class FailuresModel(pa.DataFrameModel):
    """One row per corpus document that gave no claims because it failed, and why."""

    origin: Series[str] = pa.Field(description="Record id: the 'id' field, file path, or FILE:line / FILE:row N")
    document_id: Series[str] = pa.Field(nullable=True, description="Content-derived id, when the text could be read")
    partition: Series[int] = pa.Field(ge=0, description="Partition number")
    stage: Series[str] = pa.Field(isin=["read", "parse", "validate", "duplicate"], description="Where it failed")
    reason: Series[str] = pa.Field(description="The error, naming the rule or the problem")

    class Config:
        strict = True
        ordered = True
        coerce = True


class ManifestMismatch(ValueError):
    """An output folder that holds partitions of another corpus or another batch size."""


def partition_path(out: Path, table: str, part: Partition) -> Path:
    """``OUT/<table>/<part-NNNNNN>.parquet``."""
    return Path(out) / table / f"{part.name}.parquet"


def is_done(out: Path, part: Partition) -> bool:
    """Whether a partition was completely written by an earlier run (its claims file exists)."""
    return partition_path(out, "claims", part).exists()


def check_manifest(out: Path, manifest: dict) -> None:
    """Write ``OUT/_corpus.json``, or check that an existing one describes the same corpus and batches.

    Raises :class:`ManifestMismatch` so that partitions of two different runs are never mixed.
    """
    path = Path(out) / MANIFEST
    if path.exists():
        old = json.loads(path.read_text(encoding="utf-8"))
        diff = {k: (old.get(k), v) for k, v in manifest.items() if old.get(k) != v}
        if diff:
            raise ManifestMismatch(
                f"{out} holds the output of another extraction ({', '.join(f'{k}: {a!r} ≠ {b!r}' for k, (a, b) in diff.items())}); "
                "use an empty --out folder, or the same corpus and batch size to resume"
            )
        return
    atomic_write_bytes(path, json.dumps(manifest, indent=2, sort_keys=True).encode())


def write_partition(out: Path, part: Partition, tables: dict[str, pd.DataFrame], provenance: dict) -> None:
    """Write one partition's tables atomically, claims last (see the module docstring)."""
    tables = dict(tables)
    tables["failures"] = FailuresModel.validate(tables["failures"], lazy=True)
    for name in TABLES:
        write_table(tables[name], partition_path(out, name, part), name, {**provenance, "partition": part.index},
                    validated=True)  # every table was validated against its model just before


def read_table(out: str | Path, table: str = "claims") -> pd.DataFrame:
    """Read one table of an extraction output (every partition) into pandas.

    For corpora too big for memory, use ``dask.dataframe.read_parquet(OUT / table)`` or
    ``pyarrow.dataset`` on the same folder instead.
    """
    folder = Path(out) / table
    files = sorted(folder.glob("part-*.parquet"))
    if not files:
        raise FileNotFoundError(f"{folder} has no partitions: run `losstrack extract` first")
    return pd.concat([pd.read_parquet(f) for f in files], ignore_index=True)
