"""Corpus extraction: readers, the per-partition function, the local and Dask engines, re-runs, failures, HTML."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from losstrack import cli
from losstrack.corpus import (
    ManifestMismatch,
    extract_corpus,
    extract_document,
    extract_records,
    iter_records,
    plan,
    read_partition,
    read_table,
)
from losstrack.corpus.html import main_text
from losstrack.schema import columns

HERE = Path(__file__).resolve().parent / "fixtures" / "corpus"
JSONL = HERE / "articles.jsonl"  # 11 records (5 broken or repeated on purpose) and a blank last line
PAGES = HERE / "pages"  # one HTML page with a sidecar, two text files


def _sorted(df: pd.DataFrame, key: str = "claim_id") -> pd.DataFrame:
    return df.sort_values(key, kind="stable").reset_index(drop=True)


@pytest.fixture(scope="module")
def local_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("local")
    report = extract_corpus(JSONL, out, engine="local", batch_size=4, quiet=True)
    assert report.partitions == 3 and report.skipped == 0
    return out


# --- readers -------------------------------------------------------------------------------------


def test_jsonl_plan_cuts_batches_by_line_and_reads_each_batch_alone():
    parts = plan(JSONL, batch_size=4)
    assert [(p.start, p.stop) for p in parts] == [(0, 4), (4, 8), (8, 12)]
    one_by_one = [r["origin"] for p in parts for r in read_partition(p)]
    assert one_by_one == [r["origin"] for r in iter_records(JSONL, batch_size=100)]
    assert one_by_one[:3] == ["ru-mod-1", "ru-mod-1-reprint", "ua-gs-1"]
    assert "articles.jsonl:7" in one_by_one  # the truncated line is named by its line number
    assert len(one_by_one) == 11  # the blank last line is not a document


def test_parquet_partitions_span_row_groups(tmp_path):
    rows = [{"id": f"r{i}", "text": f"Kyiv said Russia lost {i + 10} tanks.", "published": "2024-01-0" + str(1 + i % 9)}
            for i in range(10)]
    path = tmp_path / "docs.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=3)
    parts = plan(path, batch_size=4)
    assert [(p.start, p.stop) for p in parts] == [(0, 4), (4, 8), (8, 10)]
    got = [r for p in parts for r in read_partition(p)]
    assert [r["origin"] for r in got] == [r["id"] for r in rows]
    assert [r["text"] for r in got] == [r["text"] for r in rows]


def test_parquet_without_text_column_is_refused(tmp_path):
    path = tmp_path / "bad.parquet"
    pq.write_table(pa.Table.from_pylist([{"body": "x"}]), path)
    with pytest.raises(ValueError, match="'text'"):
        plan(path)


# --- the per-partition function --------------------------------------------------------------------


def test_partition_validation_gives_exactly_the_pipelines_per_document_claims():
    records = list(iter_records(JSONL))
    batch = extract_records(records, partition=0)
    per_doc = [extract_document(r) for r in records]
    reference = pd.concat([c for c, _ in per_doc if len(c)], ignore_index=True)
    # the reprint repeats ru-mod-1: the per-document path extracts it twice, the partition once
    reference = reference.drop_duplicates("claim_id")
    pd.testing.assert_frame_equal(_sorted(batch.claims), _sorted(reference))
    assert len(batch.claims) >= 10
    failed_alone = {f["origin"] for _, f in per_doc if f is not None}
    assert failed_alone == set(batch.failures.loc[batch.failures["stage"] != "duplicate", "origin"])


def test_bad_documents_land_in_failures_and_the_rest_goes_on(local_out):
    failures = read_table(local_out, "failures").set_index("origin")
    assert set(failures.index) == {"ru-mod-1-reprint", "bad-date", "no-body", "articles.jsonl:7", "not-text"}
    assert "not an ISO date" in failures.loc["bad-date", "reason"]
    assert "neither 'text' nor 'html'" in failures.loc["no-body", "reason"]
    assert "not valid JSON" in failures.loc["articles.jsonl:7", "reason"]
    assert failures.loc["ru-mod-1-reprint", "stage"] == "duplicate"
    docs = read_table(local_out, "documents")
    assert list(docs.columns) == columns("documents")
    assert set(docs["origin"]) == {"ru-mod-1", "ua-gs-1", "aid-1", "html-1", "ru-mod-2", "ua-gs-2"}
    claims = read_table(local_out, "claims")
    assert set(claims["document_id"]) <= set(docs["document_id"])
    by_doc = claims.groupby("document_id").size()
    assert by_doc.sum() == docs["n_claims"].sum()
    assert docs.loc[docs["origin"] == "aid-1", "n_claims"].item() == 0  # aid is not a loss
    assert claims["claim_id"].is_unique


def test_a_document_breaking_the_schema_is_peeled_out_of_its_partition(monkeypatch):
    import losstrack.corpus.extract as ce

    real = ce.claim_rows

    def negative_for_ru_mod_2(doc, spec, result):
        rows = real(doc, spec, result)
        if "Pokrovsk" in doc.text:
            rows[0]["value"] = -140  # breaks value >= 0
        return rows

    clean = extract_records(iter_records(JSONL), partition=0)
    monkeypatch.setattr(ce, "claim_rows", negative_for_ru_mod_2)
    out = extract_records(iter_records(JSONL), partition=0)
    bad = out.failures[out.failures["origin"] == "ru-mod-2"]
    assert len(bad) == 1 and bad["stage"].item() == "validate" and "value" in bad["reason"].item()
    assert "Pokrovsk" not in " ".join(out.claims["quote"])
    docs = out.documents.set_index("origin")
    assert docs.loc["ru-mod-2", "status"] == "failed"
    others = clean.claims[clean.claims["document_id"] != docs.loc["ru-mod-2", "document_id"]]
    pd.testing.assert_frame_equal(out.claims, others.reset_index(drop=True))  # the other documents still land


# --- HTML ------------------------------------------------------------------------------------------


def test_html_goes_through_trafilatura_main_text(tmp_path):
    import trafilatura

    html = (PAGES / "kursk-update.html").read_text()
    text, meta = main_text(html)
    assert "Subscribe" not in text and "Most read" not in text and "comments" not in text
    assert text.replace("\n\n", "\n") == trafilatura.extract(html, include_comments=False, include_tables=True)
    assert meta["title"] == "Kursk: ministry reports losses"

    report = extract_corpus(PAGES, tmp_path / "out", engine="local", quiet=True)
    assert report.documents == 3 and report.failures == 0
    claims = read_table(tmp_path / "out", "claims")
    docs = read_table(tmp_path / "out", "documents").set_index("origin")
    page = claims[claims["document_id"] == docs.loc["kursk-update.html", "document_id"]]
    assert set(zip(page["category"], page["value"])) >= {("tanks", 69), ("infantry_fighting_vehicles", 27)}
    for row in page.itertuples():  # spans point into the main text, not the markup
        assert text[row.span_start:row.span_end].replace(",", "") in (str(row.value), f"{row.value:,}".replace(",", ""))
    assert docs.loc["kursk-update.html", "url"] == "https://example.org/kursk-update"  # from the sidecar
    assert str(docs.loc["kursk-update.html", "published"])[:10] == "2024-08-25"


# --- engines, re-runs ------------------------------------------------------------------------------


def test_dask_local_cluster_output_equals_the_local_engine_row_for_row(local_out, tmp_path):
    out = tmp_path / "dask"
    report = extract_corpus(JSONL, out, engine="dask", workers=2, batch_size=4, quiet=True)
    assert report.engine == "dask" and report.workers == 2 and report.partitions == 3
    for table in ("claims", "failures"):
        for part in sorted((local_out / table).glob("part-*.parquet")):
            mine, theirs = pd.read_parquet(part), pd.read_parquet(out / table / part.name)
            pd.testing.assert_frame_equal(mine, theirs)  # same partition, same rows, same order
    a, b = read_table(local_out, "claims"), read_table(out, "claims")
    assert len(a) == len(b) > 0 and list(a["claim_id"]) == list(b["claim_id"])
    docs_a, docs_b = read_table(local_out, "documents"), read_table(out, "documents")
    pd.testing.assert_frame_equal(docs_a.drop(columns="retrieved"), docs_b.drop(columns="retrieved"))
    again = extract_corpus(JSONL, out, engine="dask", workers=2, batch_size=4, quiet=True)
    assert again.skipped == 3 and again.documents == 0 and again.startup_seconds == 0  # no cluster started


def test_local_cluster_settings_are_known_dask_keys_with_valid_values():
    import dask
    import distributed  # noqa: F401  (loads Dask's distributed.* defaults)
    from dask.utils import parse_timedelta

    from losstrack.corpus.engines import LOCAL_CLUSTER_CONFIG

    for key, value in LOCAL_CLUSTER_CONFIG.items():
        default = dask.config.get(key)  # KeyError for a misspelt key, which Dask would silently ignore
        assert type(value) is type(default) or isinstance(default, str), key
        if key.endswith("interval"):
            assert 0 < parse_timedelta(value) <= 2, key  # housekeeping slowed down, not switched off


def test_rerun_skips_done_partitions_and_redoes_only_a_missing_one(local_out, tmp_path):
    out = tmp_path / "rerun"
    shutil.copytree(local_out, out)
    before = read_table(out, "claims")
    mtimes = {p.name: p.stat().st_mtime_ns for p in (out / "claims").glob("*.parquet")}
    (out / "claims" / "part-000001.parquet").unlink()  # as if the run died while writing partition 1

    report = extract_corpus(JSONL, out, engine="local", batch_size=4, quiet=True)
    assert report.skipped == 2 and report.documents == 4
    after = read_table(out, "claims")
    pd.testing.assert_frame_equal(before, after)  # no duplicated or lost rows
    now = {p.name: p.stat().st_mtime_ns for p in (out / "claims").glob("*.parquet")}
    assert now["part-000000.parquet"] == mtimes["part-000000.parquet"]
    assert now["part-000002.parquet"] == mtimes["part-000002.parquet"]
    assert not list(out.rglob("*.tmp"))  # atomic writes leave no temporary files

    again = extract_corpus(JSONL, out, engine="local", batch_size=4, quiet=True)
    assert again.skipped == 3 and again.documents == 0


def test_rerun_with_another_batch_size_is_refused(local_out, tmp_path):
    out = tmp_path / "other"
    shutil.copytree(local_out, out)
    with pytest.raises(ManifestMismatch, match="batch_size"):
        extract_corpus(JSONL, out, engine="local", batch_size=5, quiet=True)


def test_cli_extract_writes_the_dataset_and_exits_1_when_documents_failed(tmp_path, capsys):
    code = cli.main(["extract", str(JSONL), "--out", str(tmp_path / "o"), "--batch-size", "6", "-q"])
    assert code == 1  # five records failed
    printed = capsys.readouterr().out
    assert "11 document(s)" in printed and "5 failure(s)" in printed
    assert len(list((tmp_path / "o" / "claims").glob("part-*.parquet"))) == 2
    assert json.loads((tmp_path / "o" / "_corpus.json").read_text())["batch_size"] == 6
    ok = cli.main(["extract", str(PAGES), "--out", str(tmp_path / "p"), "-q"])
    assert ok == 0


def test_dask_engine_uses_a_running_scheduler_given_its_address(local_out, tmp_path):
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp://", host="127.0.0.1",
                      dashboard_address=None) as cluster:
        report = extract_corpus(JSONL, tmp_path / "remote", engine="dask", scheduler=cluster.scheduler_address,
                                batch_size=4, quiet=True)
    assert report.documents == 11 and report.skipped == 0
    pd.testing.assert_frame_equal(read_table(local_out, "claims"), read_table(tmp_path / "remote", "claims"))
