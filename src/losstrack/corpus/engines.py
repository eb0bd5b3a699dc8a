"""Engines that run the per-partition extraction: ``local`` (one process, in order) and ``dask`` (distributed).

Both run :func:`process_partition` — read one partition, :func:`~losstrack.corpus.extract.extract_records`,
write its files — on the same partitions, so their outputs are the same files with the same rows.
The Dask engine hands the partitions to ``dask.bag`` and lets a ``distributed`` scheduler run them: a
``LocalCluster`` of ``workers`` single-threaded processes, or any scheduler at ``scheduler`` (whose
workers must see the corpus and the output folder at the same paths).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__
from .extract import article_spec, extract_records
from .readers import Partition, corpus_kind, plan, read_partition
from .writer import check_manifest, is_done, write_partition

ENGINES = ("local", "dask")

#: Dask settings of the ``LocalCluster`` the ``dask`` engine starts (a cluster at ``scheduler`` keeps its own).
#: The statistical profiler keeps an hour of per-second call trees, so worker memory grew with run time
#: (+130 MB per worker in 15 minutes of a 1M-document run); off, it stays flat. The other three are
#: housekeeping timers whose defaults are tuned for interactive dashboards: an event-loop health check
#: every 20 ms, psutil system metrics every 500 ms, the nannies' worker-memory poll every 100 ms. Idle,
#: they cost the client/scheduler process 4.4 % of a core and each worker 2 %, CPU the extraction
#: needs when every core runs a worker; with these values 0.7 % and 0.2-0.3 % (docs/scale.md). The
#: memory limits are still enforced, checked twice a second.
LOCAL_CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "500ms",
}


def process_partition(part: Partition, out: str, provenance: dict) -> dict:
    """Extract and write one partition unless it is already done; return its counts and timing."""
    t0 = time.perf_counter()
    if is_done(Path(out), part):
        return {"partition": part.index, "skipped": True, "records": part.size, "bytes": 0, "claims": 0,
                "failures": 0, "seconds": 0.0}
    tables = extract_records(read_partition(part), partition=part.index)
    write_partition(Path(out), part, {"claims": tables.claims, "documents": tables.documents,
                                      "failures": tables.failures}, provenance)
    return {"partition": part.index, "skipped": False, "records": tables.n_records, "bytes": tables.n_bytes,
            "claims": len(tables.claims), "failures": len(tables.failures), "seconds": time.perf_counter() - t0}


@dataclass
class ExtractReport:
    """What an extraction run did; ``summaries`` has one dict per partition."""

    out: Path
    engine: str
    workers: int
    partitions: int
    summaries: list[dict] = field(default_factory=list)
    seconds: float = 0.0
    plan_seconds: float = 0.0
    startup_seconds: float = 0.0  # starting the LocalCluster / connecting to the scheduler

    def _sum(self, key: str, skipped: bool = False) -> int:
        return sum(s[key] for s in self.summaries if s["skipped"] == skipped)

    @property
    def documents(self) -> int:
        """Documents extracted in this run (skipped partitions not counted)."""
        return self._sum("records")

    @property
    def claims(self) -> int:
        return self._sum("claims")

    @property
    def failures(self) -> int:
        return self._sum("failures")

    @property
    def skipped(self) -> int:
        """Partitions skipped because an earlier run had written them."""
        return sum(1 for s in self.summaries if s["skipped"])

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def mb_per_s(self) -> float:
        return self._sum("bytes") / 1e6 / self.seconds if self.seconds else 0.0

    def summary(self) -> str:
        """One line for the terminal."""
        return (f"{self.engine} ({self.workers} worker(s)): {self.partitions} partition(s), {self.skipped} already "
                f"done; {self.documents} document(s) → {self.claims} claim(s), {self.failures} failure(s) in "
                f"{self.seconds:.1f}s ({self.docs_per_s:.0f} docs/s, {self.mb_per_s:.2f} MB/s) → {self.out}")


def _progress(total: int, quiet: bool):
    """A documents/s progress bar on a terminal; ``None`` in a pipe or when quiet."""
    if quiet or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", desc="extract", file=sys.stderr, smoothing=0.1)


def _warm_up() -> None:
    """Import the extractor and load its tables (vocabularies, cues) in this process."""
    from .extract import extract_document

    extract_document({"origin": "warm-up", "text": "Kyiv said Russia lost 3 tanks.", "published": "2024-01-01"})


def _run_local(todo: list[Partition], out: str, provenance: dict) -> Iterable[dict]:
    for part in todo:
        yield process_partition(part, out, provenance)


def _run_dask(todo: list[Partition], out: str, provenance: dict, workers: int, scheduler: str | None,
              report: ExtractReport):
    import dask
    import dask.bag as db
    from distributed import Client, LocalCluster, as_completed

    if not todo:  # every partition is done: no cluster to start
        return
    t0 = time.perf_counter()
    if scheduler:
        cluster, client = None, Client(scheduler)
    else:
        with dask.config.set(LOCAL_CLUSTER_CONFIG):
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=40)
        client = Client(cluster)
    try:
        client.run(_warm_up)  # import and load the extractor's tables on every worker before timing the work
        report.startup_seconds = time.perf_counter() - t0
        bag = db.from_sequence(todo, npartitions=len(todo)).map(process_partition, out=out, provenance=provenance)
        futures = client.compute(bag.to_delayed())
        for fut in as_completed(futures):
            yield from fut.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def extract_corpus(corpus: str | Path, out: str | Path, *, engine: str = "local", workers: int = 1,
                   scheduler: str | None = None, batch_size: int = 1000, max_partitions: int | None = None,
                   quiet: bool = False) -> ExtractReport:
    """Extract the claims of every document of a corpus into a partitioned Parquet dataset.

    Parameters
    ----------
    corpus : path-like
        A folder of text/HTML files, a ``.jsonl`` file or a ``.parquet`` table (see :func:`plan`).
    out : path-like
        Output folder (``claims/``, ``documents/``, ``failures/``, one file per partition). Re-running
        into the same folder skips the partitions already written.
    engine : {"local", "dask"}
        ``local`` runs the partitions one after another in this process; ``dask`` on a distributed
        cluster.
    workers : int
        Worker processes of the ``LocalCluster`` the ``dask`` engine starts (one thread each).
    scheduler : str, optional
        Address of a running ``distributed`` scheduler to use instead of a ``LocalCluster``.
    batch_size : int
        Documents per partition; peak memory grows with it, not with the corpus.
    max_partitions : int, optional
        Extract at most this many (not yet done) partitions, e.g. to try a corpus on its first batches;
        a later run without it completes the rest.
    quiet : bool
        No progress bar (there is none in a pipe anyway).

    Returns
    -------
    ExtractReport
        Counts, timing and throughput of the run.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if workers < 1:
        raise ValueError("workers must be at least 1")
    t0 = time.perf_counter()
    out = Path(out)
    parts = plan(corpus, batch_size)
    spec = article_spec()
    report_plan = time.perf_counter() - t0
    manifest = {"corpus": str(Path(corpus).resolve()), "kind": corpus_kind(corpus), "batch_size": batch_size,
                "partitions": len(parts), "documents": sum(p.size for p in parts), "parser": spec.tag}
    check_manifest(out, manifest)
    provenance = {"losstrack_version": __version__, "corpus": manifest["corpus"], "parser": spec.tag}
    report = ExtractReport(out=out, engine=engine, workers=workers if engine == "dask" else 1, partitions=len(parts))
    done = [p for p in parts if is_done(out, p)]
    report.summaries += [{"partition": p.index, "skipped": True, "records": p.size, "bytes": 0, "claims": 0,
                          "failures": 0, "seconds": 0.0} for p in done]
    todo = [p for p in parts if not is_done(out, p)][:max_partitions]
    report.plan_seconds = report_plan
    bar = _progress(sum(p.size for p in todo), quiet)
    runs = _run_local(todo, str(out), provenance) if engine == "local" else \
        _run_dask(todo, str(out), provenance, workers, scheduler, report)
    try:
        for s in runs:
            report.summaries.append(s)
            if bar is not None:
                bar.update(s["records"])
    finally:
        if bar is not None:
            bar.close()
    report.seconds = time.perf_counter() - t0
    return report
