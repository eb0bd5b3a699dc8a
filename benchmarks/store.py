"""Store benchmark: 1 million synthetic claims — write+validate and load, side by side with bare pyarrow.

Run: ``python benchmarks/store.py [N]``. Prints the median of 3 runs of each step. Targets (issue 6):
full write with validation ≤ 3× a bare pyarrow write; load ≤ 1.2× a bare pyarrow read.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from losstrack import store
from losstrack.actors import actor_ids
from losstrack.schema import columns, empty
from losstrack.validate import check
from losstrack.vocab import categories


def synthetic_claims(n: int, seed: int = 0) -> pd.DataFrame:
    """``n`` valid claims: ~100 per document, 1% "including" children of an MLRS parent, 1% ranges."""
    rng = np.random.default_rng(seed)
    cats = np.array([c for c in categories() if c != "mlrs"])
    actors = np.array(sorted(actor_ids()))
    docs = np.array([f"d{i:016x}" for i in range(n // 100 + 1)])
    value = rng.integers(0, 50_000, n)
    qual = rng.choice(["exact", "approx", "more_than", "at_least", "up_to"], n)
    is_range = rng.random(n) < 0.01
    qual[is_range] = "range"
    high = pd.array(np.where(is_range, value + rng.integers(1, 500, n), 0), dtype="Int64")
    high[~is_range] = pd.NA
    published = pd.Timestamp("2022-02-24") + pd.to_timedelta(rng.integers(0, 1500, n), unit="D")
    span = rng.integers(0, 5000, n)
    df = pd.DataFrame({
        "claim_id": [f"c{i:016x}" for i in range(n)],
        "document_id": docs[np.arange(n) // 100],
        "published": published.astype("datetime64[us]"),
        "claimant": rng.choice(actors, n),
        "loser": rng.choice(actors, n),
        "region": rng.choice(np.array(["Kursk", "Donetsk", None], dtype=object), n),
        "category": rng.choice(cats, n),
        "label": rng.choice(["tanks", "artillery systems", "personnel", "UAV operational-tactical level"], n),
        "model": None,
        "value": value,
        "qualifier": qual,
        "value_high": high,
        "period_start": pd.NaT,
        "period_end": published.astype("datetime64[us]"),
        "basis": rng.choice(["cumulative", "increment"], n),
        "parent_id": None,
        "quote": [f"The enemy lost {v} units in the reported period, the statement said (row {i})." for i, v in enumerate(value)],
        "span_start": pd.array(span, dtype="Int64"),
        "span_end": pd.array(span + 6, dtype="Int64"),
        "parser": "article/1.0",
        "source_url": None,
        "flags": rng.choice(np.array([None, "correction", "derived;correction"], dtype=object), n, p=[0.98, 0.01, 0.01]),
    })
    # every 100th row is an MLRS total, the next its "including HIMARS" part
    parents = np.arange(0, n - 1, 100)
    df.loc[parents, ["category", "qualifier"]] = ["mlrs", "exact"]
    df.loc[parents + 1, ["category", "model", "qualifier"]] = ["mlrs", "HIMARS", "exact"]
    df.loc[parents, "value"] = 1000
    df.loc[parents + 1, "value"] = 3
    df.loc[parents + 1, "parent_id"] = df.loc[parents, "claim_id"].to_numpy()
    df.loc[np.concatenate([parents, parents + 1]), "value_high"] = pd.NA
    return empty("claims").pipe(lambda e: pd.concat([e, df[columns("claims")]], ignore_index=True)) if n < 10 else df


def timed(fn, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main(n: int = 1_000_000) -> None:
    t = time.perf_counter()
    df = check(synthetic_claims(n), "claims")  # coerced to the stored dtypes once, like a build's output
    print(f"generated {len(df):,} claims in {time.perf_counter() - t:.1f}s")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        bare, bare_zstd, ours = tmp / "bare.parquet", tmp / "bare_zstd.parquet", tmp / "claims.parquet"

        def bare_write():
            pq.write_table(pa.Table.from_pandas(df, preserve_index=False), bare)

        def bare_write_zstd():
            pq.write_table(pa.Table.from_pandas(df, preserve_index=False), bare_zstd, compression="zstd")

        def validate_only():
            check(df, "claims")

        def write_only():
            store.write_table(df, ours, "claims", validated=True)

        def full_write():
            store.write_table(check(df, "claims"), ours, "claims", validated=True)

        rows = [("bare pyarrow write (snappy)", timed(bare_write)),
                ("bare pyarrow write (zstd)", timed(bare_write_zstd)),
                ("losstrack validate (ClaimsModel)", timed(validate_only)),
                ("losstrack atomic write (zstd+fsync)", timed(write_only)),
                ("losstrack validate + write", timed(full_write))]
        base_w = rows[0][1]
        print(f"\n{'write step':<40}{'seconds':>9}{'× bare':>8}")
        for name, s in rows:
            print(f"{name:<40}{s:>9.2f}{s / base_w:>8.2f}")

        loaded = store.load("claims", ours)
        assert loaded.dtypes.to_dict() == df.dtypes.to_dict() and len(loaded) == len(df)
        reads = [("bare pyarrow read → pandas", timed(lambda: pq.read_table(bare).to_pandas())),
                 ("bare pyarrow read of the zstd file", timed(lambda: pq.read_table(ours).to_pandas())),
                 ("losstrack.load (default: trusted file)", timed(lambda: store.load("claims", ours))),
                 ("losstrack.load(validate=True)", timed(lambda: store.load("claims", ours, validate=True)))]
        base_r = reads[0][1]
        print(f"\n{'read step':<40}{'seconds':>9}{'× bare':>8}")
        for name, s in reads:
            print(f"{name:<40}{s:>9.2f}{s / base_r:>8.2f}")
        print(f"\nfile sizes: bare snappy {bare.stat().st_size / 1e6:.0f} MB, losstrack zstd {ours.stat().st_size / 1e6:.0f} MB")
        print(f"targets: validate+write ≤ 3× bare write → {rows[-1][1] / base_w:.2f}×; "
              f"load ≤ 1.2× bare read → {reads[2][1] / base_r:.2f}× "
              f"({reads[2][1] / reads[1][1]:.2f}× a bare read of the same zstd file)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
