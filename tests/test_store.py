"""The store: incremental builds, vintages and as_of, snapshots, locks, crash safety, readers, datapackage."""

from __future__ import annotations

import dataclasses
import json
import os
import random
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import losstrack
build_mod = sys.modules["losstrack.build"]
from losstrack import store
from losstrack.cli import main as cli_main
from losstrack.lock import StoreLocked, store_lock
from losstrack.schema import columns


def article(tanks: int, artillery: int, day: int = 20, outlet: str = "Reuters") -> str:
    """A short wire article in the seed's style, with the figures we choose."""
    return (
        f"date 2024-08-{day:02d} ({outlet}) Russia's Defense Ministry said on Tuesday that Ukrainian forces had "
        f"lost {tanks} tanks, {artillery} artillery pieces and 12 multiple launch rocket systems in the Kursk "
        "region since the incursion began on August 6.\n"
    )


def write_seed(seeds: Path, name: str, text: str, **meta) -> Path:
    seeds.mkdir(parents=True, exist_ok=True)
    p = seeds / name
    p.write_text(text, encoding="utf-8")
    side = p.with_name(p.name + ".meta.json")
    if meta:
        side.write_text(json.dumps(meta), encoding="utf-8")
    else:
        side.unlink(missing_ok=True)
    return p


def run(seeds, out, **kw):
    return losstrack.build(seeds, out, plots=False, quiet=True, **kw)


def tanks(claims: pd.DataFrame) -> list[int]:
    return sorted(claims.loc[claims["category"] == "tanks", "value"].tolist())


@pytest.fixture
def counted(monkeypatch):
    """Counts calls of parse_document (i.e. documents actually parsed)."""
    calls = []
    real = build_mod.parse_document

    def spy(path, *a, **k):
        calls.append(Path(path).name)
        return real(path, *a, **k)

    monkeypatch.setattr(build_mod, "parse_document", spy)
    return calls


# --------------------------------------------------------------------------- incremental builds


def test_second_build_with_nothing_changed_parses_nothing(tmp_path, counted):
    seeds, out = tmp_path / "seeds", tmp_path / "data"
    for i in range(3):
        write_seed(seeds, f"a{i}.txt", article(60 + i, 30 + i))
    first = run(seeds, out)
    assert first.ok and first.parsed == 3 and len(counted) == 3
    before = os.readlink(out / "current")
    second = run(seeds, out)
    assert second.unchanged and second.parsed == 0 and second.carried == 3
    assert len(counted) == 3  # no further parse
    assert "nothing changed" in second.summary() and "0 documents parsed" in second.summary()
    assert os.readlink(out / "current") == before  # no new snapshot written
    assert tanks(second.claims) == [60, 61, 62]


def test_only_changed_documents_are_parsed_and_removed_seed_loses_its_claims(tmp_path, counted):
    seeds, out = tmp_path / "seeds", tmp_path / "data"
    for i in range(3):
        write_seed(seeds, f"a{i}.txt", article(60 + i, 30 + i))
    run(seeds, out)
    write_seed(seeds, "a1.txt", article(99, 31))
    (seeds / "a2.txt").unlink()
    counted.clear()
    rep = run(seeds, out)
    assert counted == ["a1.txt"]
    assert (rep.parsed, rep.carried, rep.removed) == (1, 1, ["a2.txt"])
    claims = losstrack.load("claims", out)
    assert tanks(claims) == [60, 99]
    docs = losstrack.load("documents", out)
    assert sorted(docs["origin"]) == ["a0.txt", "a1.txt"]
    assert set(claims["document_id"]) == set(docs["document_id"])
    assert "removed a2.txt" in rep.summary()


def test_sidecar_change_or_parser_version_change_reparses(tmp_path, counted, monkeypatch):
    seeds, out = tmp_path / "seeds", tmp_path / "data"
    write_seed(seeds, "a.txt", article(60, 30))
    write_seed(seeds, "b.txt", article(61, 31))
    run(seeds, out)
    write_seed(seeds, "b.txt", article(61, 31), publisher="Reuters", url="https://example.org/b")
    counted.clear()
    run(seeds, out)
    assert counted == ["b.txt"]
    docs = losstrack.load("documents", out).set_index("origin")
    assert docs.loc["b.txt", "url"] == "https://example.org/b"

    from losstrack.parsers import all_parsers

    spec = all_parsers()["article"]
    monkeypatch.setitem(all_parsers(), "article", dataclasses.replace(spec, version="999"))
    counted.clear()
    rep = run(seeds, out)
    assert sorted(counted) == ["a.txt", "b.txt"] and rep.parsed == 2
    assert set(losstrack.load("claims", out)["parser"]) == {"article/999"}


def test_failed_document_is_carried_over_and_still_reported(tmp_path, counted):
    seeds, out = tmp_path / "seeds", tmp_path / "data"
    write_seed(seeds, "good.txt", article(60, 30))
    (seeds / "bad.txt.gz").write_bytes(b"\x1f\x8b\x08\x00truncated")
    assert not run(seeds, out).ok
    counted.clear()
    rep = run(seeds, out)
    assert counted == [] and not rep.ok
    assert "gzip" in rep.summary()
    rejects = pd.read_parquet(out / "rejects.parquet")
    assert (rejects["failure_case"].str.contains("gzip")).any()


def test_sidecar_metadata_reaches_documents_table(tmp_path):
    seeds, out = tmp_path / "seeds", tmp_path / "data"
    write_seed(seeds, "a.txt", article(60, 30), publisher="Reuters", url="https://example.org/a",
               date="2024-08-21", licence="CC-BY-4.0", title="Kursk losses")
    run(seeds, out)
    d = losstrack.load("documents", out).iloc[0]
    assert (d["url"], d["licence"], d["title"]) == ("https://example.org/a", "CC-BY-4.0", "Kursk losses")
    assert d["publisher"] == losstrack.actors.resolve("Reuters") or d["publisher"] == "Reuters"
    assert d["published"] == pd.Timestamp("2024-08-21")
    assert len(d["sha256"]) == 64 and d["document_id"].startswith("d") and d["vintage"] == 1


def test_same_content_twice_is_one_document(tmp_path):
    seeds, out = tmp_path / "seeds", tmp_path / "data"
    write_seed(seeds, "a.txt", article(60, 30))
    write_seed(seeds, "copy.txt", article(60, 30))
    rep = run(seeds, out)
    assert len(rep.documents) == 1 and tanks(rep.claims) == [60]
    assert any("copy.txt" in s for s in rep.skipped)
    assert run(seeds, out).unchanged  # the skipped copy is remembered, not parsed again


# --------------------------------------------------------------------------- vintages


def test_revised_document_is_a_new_vintage_and_as_of_gives_older_figures(tmp_path):
    seeds, out = tmp_path / "seeds", tmp_path / "data"
    write_seed(seeds, "mod.txt", article(69, 34), retrieved="2024-08-20T09:00:00Z")
    write_seed(seeds, "other.txt", article(10, 5, day=22), retrieved="2024-08-22T09:00:00Z")
    run(seeds, out)
    write_seed(seeds, "mod.txt", article(75, 34), retrieved="2024-08-28T09:00:00Z")
    run(seeds, out)

    assert tanks(losstrack.load("claims", out)) == [10, 75]
    assert tanks(losstrack.load("claims", out, as_of="2024-08-25")) == [10, 69]
    assert tanks(losstrack.load("claims", out, as_of="2024-08-21")) == [69]
    assert losstrack.load("claims", out, as_of="2024-08-01").empty
    assert tanks(losstrack.load("claims", out, as_of=pd.Timestamp("2024-08-28 09:00"))) == [10, 75]

    v = losstrack.load("versions", out)
    mod = v[v["origin"] == "mod.txt"].sort_values("vintage")
    assert mod["vintage"].tolist() == [1, 2]
    assert mod["superseded"].iloc[0] == pd.Timestamp("2024-08-28 09:00") and pd.isna(mod["superseded"].iloc[1])
    docs = losstrack.load("documents", out).set_index("origin")
    assert docs.loc["mod.txt", "vintage"] == 2
    # how the source revised the figure: both vintages' claims, with their validity
    from losstrack.history import revisions

    rev = revisions(out, origin="mod.txt")
    tank = rev[rev["category"] == "tanks"]
    assert tank["value"].tolist() == [69, 75] and tank["vintage"].tolist() == [1, 2]
    assert tank["retrieved"].tolist() == [pd.Timestamp("2024-08-20 09:00"), pd.Timestamp("2024-08-28 09:00")]


def test_revision_without_sidecar_is_dated_by_the_build_and_reparse_keeps_first_seen(tmp_path, monkeypatch):
    seeds, out = tmp_path / "seeds", tmp_path / "data"
    write_seed(seeds, "a.txt", article(69, 34))
    run(seeds, out)
    first = losstrack.load("documents", out)["retrieved"].item()
    from losstrack.parsers import all_parsers

    spec = all_parsers()["article"]
    monkeypatch.setitem(all_parsers(), "article", dataclasses.replace(spec, version="999"))
    assert run(seeds, out).parsed == 1
    assert losstrack.load("documents", out)["retrieved"].item() == first  # same content, same vintage
    assert losstrack.load("versions", out)["vintage"].tolist() == [1]
    write_seed(seeds, "a.txt", article(70, 34))
    run(seeds, out)
    v = losstrack.load("versions", out).sort_values("vintage")
    assert v["vintage"].tolist() == [1, 2] and v["retrieved"].iloc[0] == first
    assert v["retrieved"].iloc[1] > first and v["superseded"].iloc[0] == v["retrieved"].iloc[1]
    assert tanks(losstrack.load("claims", out, as_of=first)) == [69]


def test_removed_document_stays_in_the_past(tmp_path):
    seeds, out = tmp_path / "seeds", tmp_path / "data"
    write_seed(seeds, "gone.txt", article(69, 34), retrieved="2024-08-20")
    write_seed(seeds, "kept.txt", article(5, 6), retrieved="2024-08-20")
    run(seeds, out)
    (seeds / "gone.txt").unlink()
    run(seeds, out)
    assert tanks(losstrack.load("claims", out)) == [5]
    assert tanks(losstrack.load("claims", out, as_of="2024-08-21")) == [5, 69]


# --------------------------------------------------------------------------- snapshots, migration


def test_old_layout_folder_is_taken_over_and_old_documents_file_migrates(tmp_path):
    """A dataset folder written by schema 1.0.0 (plain files, documents without ``vintage``)."""
    seeds, out = tmp_path / "seeds", tmp_path / "data"
    write_seed(seeds, "a.txt", article(60, 30))
    rep = run(seeds, tmp_path / "tmp")
    out.mkdir()
    old_cols = ["document_id", "origin", "kind", "title", "publisher", "url", "licence", "published",
                "retrieved", "sha256", "parser", "status", "error", "n_claims"]  # frozen 1.0.0 layout
    old = rep.documents[old_cols]
    table = pa.Table.from_pandas(old, preserve_index=False)
    table = table.replace_schema_metadata({**table.schema.metadata, b"losstrack.schema_version": b"1.0.0",
                                           b"losstrack.table": b"documents"})
    pq.write_table(table, out / "documents.parquet")
    docs = losstrack.load("documents", out)
    assert list(docs.columns) == columns("documents") and docs["vintage"].tolist() == [1]
    store.write_table(rep.claims, out / "claims.parquet", "claims")
    run(seeds, out)
    assert (out / "claims.parquet").is_symlink() and (out / "documents.parquet").is_symlink()
    assert tanks(pd.read_parquet(out / "claims.parquet")) == [60]


def test_without_symlinks_the_pointer_is_a_file_and_tables_are_copies(tmp_path, monkeypatch):
    from losstrack import snapshot

    def no_symlinks(*_a, **_k):
        raise OSError("symbolic links are not supported here")

    monkeypatch.setattr(snapshot.os, "symlink", no_symlinks)
    seeds, out = tmp_path / "seeds", tmp_path / "data"
    write_seed(seeds, "a.txt", article(60, 30))
    run(seeds, out)
    write_seed(seeds, "a.txt", article(61, 30))
    run(seeds, out)
    assert (out / "current").is_file() and not (out / "claims.parquet").is_symlink()
    assert tanks(pd.read_parquet(out / "claims.parquet")) == [61] == tanks(losstrack.load("claims", out))


def test_incompatible_major_version_is_refused(tmp_path):
    df = pd.DataFrame({"x": [1]})
    table = pa.Table.from_pandas(df).replace_schema_metadata({b"losstrack.schema_version": b"2.0.0"})
    pq.write_table(table, tmp_path / "claims.parquet")
    with pytest.raises(store.StoreError, match="schema version 2.0.0"):
        losstrack.load("claims", tmp_path)


def test_load_revalidates_a_file_not_marked_validated(tmp_path):
    seeds = tmp_path / "seeds"
    write_seed(seeds, "a.txt", article(60, 30))
    claims = run(seeds, tmp_path / "d").claims.copy()
    claims.loc[0, "value"] = -5
    store.write_table(claims, tmp_path / "claims.parquet", "claims")  # validated=False
    with pytest.raises(losstrack.ValidationFailed, match="greater_than_or_equal_to"):
        losstrack.load("claims", tmp_path / "claims.parquet")


# --------------------------------------------------------------------------- readers and datapackage


def _family(t: pa.DataType) -> str:
    if pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t):
        return "string"
    if pa.types.is_timestamp(t):
        return f"timestamp[{t.unit}]"
    return str(t)


def test_duckdb_polars_and_pyarrow_read_the_same_rows_and_types(tmp_path):
    duckdb = pytest.importorskip("duckdb")
    pl = pytest.importorskip("polars")
    seeds, out = tmp_path / "seeds", tmp_path / "data"
    for i in range(3):
        write_seed(seeds, f"a{i}.txt", article(60 + i, 30 + i))
    losstrack.build(seeds, out, plots=False, quiet=True)
    for name in ("claims", "documents", "versions"):
        f = str(out / f"{name}.parquet")
        arrow = pq.read_table(f)
        polars = pl.read_parquet(f).to_arrow()
        duck = duckdb.sql(f"SELECT * FROM read_parquet('{f}')").to_arrow_table()
        assert arrow.num_rows == polars.num_rows == duck.num_rows > 0
        fam = [(n, _family(arrow.schema.field(n).type)) for n in arrow.column_names]
        assert [(n, _family(polars.schema.field(n).type)) for n in polars.column_names] == fam
        assert [(n, _family(duck.schema.field(n).type)) for n in duck.column_names] == fam
        key = arrow.column_names[0]
        assert sorted(polars[key].to_pylist()) == sorted(arrow[key].to_pylist()) == sorted(duck[key].to_pylist())
    fam = dict((n, _family(pq.read_schema(out / "claims.parquet").field(n).type)) for n in columns("claims"))
    assert fam["published"].startswith("timestamp") and fam["value"] == "int64" and fam["value_high"] == "int64"


def test_datapackage_describes_every_table_and_validates_with_frictionless(tmp_path):
    frictionless = pytest.importorskip("frictionless")
    seeds, out = tmp_path / "seeds", tmp_path / "data"
    write_seed(seeds, "a.txt", article(60, 30), licence="CC-BY-4.0", url="https://example.org/a")
    run(seeds, out)
    desc = json.loads((out / "datapackage.json").read_text())
    by_name = {r["name"]: r for r in desc["resources"]}
    assert [f["name"] for f in by_name["claims"]["schema"]["fields"]] == columns("claims")
    value = next(f for f in by_name["claims"]["schema"]["fields"] if f["name"] == "value")
    assert value["type"] == "integer" and value["constraints"]["minimum"] == 0 and value["description"]
    assert {"name": "CC-BY-4.0", "title": "CC-BY-4.0"} in desc["licenses"]
    assert {"path": "https://example.org/a"}.items() <= desc["sources"][0].items()
    report = frictionless.validate(str(out / "datapackage.json"))
    assert report.valid, report.flatten(["type", "note"])[:5]
    assert {t.name: t.stats.get("rows") for t in report.tasks}["claims"] == len(losstrack.load("claims", out)) > 0


# --------------------------------------------------------------------------- locks, crashes, progress


def test_second_writer_gets_a_clear_message(tmp_path, capsys):
    seeds, out = tmp_path / "seeds", tmp_path / "data"
    write_seed(seeds, "a.txt", article(60, 30))
    with store_lock(out):
        with pytest.raises(StoreLocked, match=rf"being written by another losstrack process \(pid {os.getpid()}"):
            run(seeds, out)
        code = cli_main(["build", "--seeds", str(seeds), "--out", str(out), "-q", "--no-plots"])
    assert code == 1 and "being written by another losstrack process" in capsys.readouterr().err
    assert not (out / "current").exists()  # nothing was written while locked
    assert run(seeds, out).ok  # the lock is free again


def _child_build(seeds, out, full, wait):
    """Body of a forked build process: exit code 0 (built), 3 (store locked) or 1 (anything else)."""
    try:
        losstrack.build(seeds, out, plots=False, quiet=True, full=full, wait=wait)
    except StoreLocked:
        os._exit(3)
    except BaseException:
        os._exit(1)
    os._exit(0)


def _spawn(seeds, out, full=False, wait=0.0):
    """A build in a separate process (forked: no interpreter start-up, so kills land mid-build)."""
    import multiprocessing

    proc = multiprocessing.get_context("fork").Process(target=_child_build, args=(seeds, out, full, wait))
    proc.start()
    return proc


def _state(out: Path) -> tuple[list[int], set[str]]:
    """Tanks figures and a consistency check across the tables of the current dataset."""
    claims = losstrack.load("claims", out)
    docs = losstrack.load("documents", out)
    plain = pd.read_parquet(out / "claims.parquet")
    assert len(plain) == len(claims)
    assert set(claims["document_id"]) == set(docs["document_id"])
    return tanks(claims), set(docs["document_id"])


def test_killed_builds_leave_the_previous_dataset_whole(tmp_path):
    """SIGKILL full rebuilds at random moments: the dataset always loads, whole, old or new — never mixed."""
    seeds, out = tmp_path / "seeds", tmp_path / "data"
    n = 12

    def write_all(base):
        for i in range(n):
            write_seed(seeds, f"a{i:02d}.txt", article(base + i, 30))
        return [base + i for i in range(n)]

    previous = write_all(100)
    t0 = time.perf_counter()
    proc = _spawn(seeds, out)
    proc.join(120)
    took = time.perf_counter() - t0
    assert proc.exitcode == 0 and _state(out)[0] == previous
    rng = random.Random(6)
    kept = 0
    for attempt in range(4):
        new = write_all(1000 * (attempt + 1))
        proc = _spawn(seeds, out, full=True)
        time.sleep(rng.uniform(0.1, 1.0) * took)
        proc.kill()  # SIGKILL: no cleanup handlers run
        proc.join()
        figures, _ = _state(out)  # loads, whole and consistent, after every kill
        assert figures in (previous, new)
        kept += figures == previous
        previous = figures
    assert kept, "every kill landed after the build finished; no mid-build kill was exercised"
    assert run(seeds, out).ok and _state(out)[0] == new
    assert not list((out / "snapshots").glob(".tmp-*"))  # leftovers of killed builds are cleaned
    assert len(list((out / "snapshots").iterdir())) <= 3


def _die_at(target: str, after: int, seeds, out):
    """Forked child: run a full build that SIGKILLs itself on call number ``after`` of ``target``."""
    import signal

    from losstrack import snapshot

    owner, name = (build_mod, "write_table") if target == "write_table" else (snapshot, target)
    real, calls = getattr(owner, name), []

    def dying(*a, **k):
        calls.append(1)
        if len(calls) == after:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*a, **k)

    setattr(owner, name, dying)
    _child_build(seeds, out, True, 0)


@pytest.mark.parametrize("target,after", [("write_table", 1), ("write_table", 4), ("_swap_link", 1), ("_gc", 1)])
def test_kill_at_each_step_of_the_write(tmp_path, target, after):
    """Deterministic kills: while writing tables, after sealing the snapshot, after the swap."""
    import multiprocessing

    seeds, out = tmp_path / "seeds", tmp_path / "data"
    write_seed(seeds, "a.txt", article(60, 30))
    run(seeds, out)
    write_seed(seeds, "a.txt", article(61, 30))
    proc = multiprocessing.get_context("fork").Process(target=_die_at, args=(target, after, seeds, out))
    proc.start()
    proc.join(60)
    assert proc.exitcode == -9  # it really died there
    expected = [61] if target == "_gc" else [60]  # _gc runs after the pointer swap
    assert _state(out)[0] == expected
    rep = run(seeds, out)
    assert rep.ok and _state(out)[0] == [61]
    assert not list((out / "snapshots").glob(".tmp-*"))


def test_two_concurrent_builds_do_not_corrupt_the_store(tmp_path):
    seeds, out = tmp_path / "seeds", tmp_path / "data"
    for i in range(10):
        write_seed(seeds, f"a{i:02d}.txt", article(100 + i, 30))
    procs = [_spawn(seeds, out, wait=30), _spawn(seeds, out, wait=0)]
    for p in procs:
        p.join(120)
    codes = [p.exitcode for p in procs]
    assert codes[0] == 0 and codes[1] in (0, 3), codes  # 3: told the store is locked
    assert _state(out)[0] == [100 + i for i in range(10)]
    both = [_spawn(seeds, out, full=True, wait=60) for _ in range(2)]
    for p in both:
        p.join(120)
    assert [p.exitcode for p in both] == [0, 0]  # the second waited for the first
    assert _state(out)[0] == [100 + i for i in range(10)]


def test_progress_on_a_terminal_and_quiet_in_a_pipe(tmp_path, capsys, monkeypatch):
    seeds = tmp_path / "seeds"
    for i in range(3):
        write_seed(seeds, f"a{i}.txt", article(60 + i, 30))
    losstrack.build(seeds, tmp_path / "d1", plots=False)
    assert capsys.readouterr().err == ""  # stderr is not a terminal under pytest
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    losstrack.build(seeds, tmp_path / "d2", plots=False)
    err = capsys.readouterr().err
    assert "3/3" in err and "doc/s" in err
    losstrack.build(seeds, tmp_path / "d3", plots=False, quiet=True)
    assert capsys.readouterr().err == ""


def test_cli_build_reports_nothing_changed(tmp_path, capsys):
    seeds, out = tmp_path / "seeds", tmp_path / "data"
    write_seed(seeds, "a.txt", article(60, 30))
    assert cli_main(["build", "--seeds", str(seeds), "--out", str(out), "-q", "--no-plots"]) == 0
    assert cli_main(["build", "--seeds", str(seeds), "--out", str(out), "-q", "--no-plots"]) == 0
    assert "nothing changed" in capsys.readouterr().out
