"""``losstrack extract``: extract claims from a whole corpus into a partitioned Parquet dataset."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser(
        "extract",
        help="extract claims from a corpus (folder, JSONL or Parquet) into partitioned Parquet, locally or on Dask",
        description="Run the article extractor over every document of CORPUS (a folder of .txt/.html files, a "
        ".jsonl file, or a .parquet table with a 'text' column and optional id, url, published, title) and write "
        "OUT/claims/, OUT/documents/ and OUT/failures/, one Parquet file per partition. Re-running into the "
        "same OUT skips partitions already written. Exits 1 if any document failed (after writing the rest).",
    )
    p.add_argument("corpus", metavar="CORPUS", help="folder, .jsonl or .parquet corpus")
    p.add_argument("--out", required=True, help="output folder")
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local: one process; dask: a distributed cluster (default: local)")
    p.add_argument("--workers", type=int, default=2, help="worker processes of the local Dask cluster (default: 2)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="address of a running Dask scheduler (instead of a local cluster)")
    p.add_argument("--batch-size", type=int, default=1000, help="documents per partition (default: 1000)")
    p.add_argument("--max-partitions", type=int, metavar="N",
                   help="extract at most N partitions not yet done (try a corpus on its first batches)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..corpus import extract_corpus

    report = extract_corpus(args.corpus, args.out, engine=args.engine, workers=args.workers,
                            scheduler=args.scheduler, batch_size=args.batch_size,
                            max_partitions=args.max_partitions, quiet=args.quiet)
    print(report.summary())
    return 1 if report.failures else 0
