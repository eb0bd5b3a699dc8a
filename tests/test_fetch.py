"""Live fetchers, offline: recorded responses (tests/fixtures/http) served by the `responses` library."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

responses = pytest.importorskip("responses")

import losstrack  # noqa: E402
from losstrack.cli import main as cli_main  # noqa: E402
from losstrack.fetch import FetchError, fetch  # noqa: E402
from losstrack.fetch import gs_series, mod_ua, oryx, warspotting  # noqa: E402
from losstrack.fetch.http import USER_AGENT, get, session  # noqa: E402
from losstrack.lock import StoreLocked, store_lock  # noqa: E402

HTTP = Path(__file__).resolve().parent / "fixtures" / "http"
R25 = "https://www.mil.gov.ua/en/news/2024/08/25/the-total-combat-losses-of-the-enemy-from-24-02-2022-to-25-08-2024/"
R24 = "https://www.mil.gov.ua/en/news/2024/08/24/the-total-combat-losses-of-the-enemy-from-24-02-2022-to-24-08-2024/"


def body(name: str) -> bytes:
    return (HTTP / name).read_bytes()


@pytest.fixture
def web():
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        yield rsps


def plain():
    """A session without the disk cache and without backoff sleeps (retries still on)."""
    return session(cache=False, backoff=0)


def sidecar(path: Path) -> dict:
    return json.loads(path.with_name(path.name + ".meta.json").read_text())


def test_mod_ua_follows_report_links_and_saves_documents_with_sidecars(tmp_path, web):
    web.get(mod_ua.INDEX, body=body("mod-ua-index.html"), content_type="text/html")
    web.get(R25, body=body("mod-ua-2024-08-25.html"), content_type="text/html")
    web.get(R24, body=body("mod-ua-2024-08-24.html"), content_type="text/html")
    rep = fetch("mod-ua", tmp_path / "data", http=plain(), quiet=True)
    assert rep.ok and len(rep.saved) == 2 and not rep.unchanged
    saved = sorted(p.name for p in rep.saved)
    assert saved[1].startswith("2024-08-25-the-total-combat-losses")
    meta = sidecar(rep.saved[0])
    assert meta["url"] == R25 and meta["publisher"] == "UKR-MOD" and meta["published"] == "2024-08-25"
    assert meta["retrieved"].endswith("+00:00")
    assert web.calls[0].request.headers["User-Agent"] == USER_AGENT and USER_AGENT.startswith("losstrack/")
    # fetching again with the same content changes nothing on disk
    before = {p: p.stat().st_mtime_ns for p in rep.saved}
    again = fetch("mod-ua", tmp_path / "data", http=plain(), quiet=True)
    assert len(again.unchanged) == 2 and not again.saved
    assert {p: p.stat().st_mtime_ns for p in rep.saved} == before


def test_fetched_documents_are_read_by_the_build_with_their_metadata(tmp_path, web):
    web.get(R25, body=body("mod-ua-2024-08-25.html"), content_type="text/html")
    out = tmp_path / "data"
    fetch("mod-ua", out, http=plain(), quiet=True, urls=[R25])
    (tmp_path / "seeds").mkdir()
    report = losstrack.build(tmp_path / "seeds", out, plots=False, quiet=True)
    doc = report.documents.set_index("origin").loc[f"documents/mod-ua/2024-08-25-{R25.rstrip('/').split('/')[-1]}.html"]
    assert doc["url"] == R25 and doc["published"].date().isoformat() == "2024-08-25"
    assert doc["publisher"] == "UKR-MOD" and doc["vintage"] == 1
    # a revised page becomes a new vintage at the next build
    web.replace(responses.GET, R25, body=body("mod-ua-2024-08-25.html").replace(b"8600 (+12)", b"8601 (+13)"))
    assert len(fetch("mod-ua", out, http=plain(), quiet=True, urls=[R25]).saved) == 1
    report = losstrack.build(tmp_path / "seeds", out, plots=False, quiet=True)
    assert report.parsed == 1
    versions = losstrack.load("versions", out)
    assert versions["vintage"].tolist() == [1, 2] and versions["superseded"].notna().tolist() == [True, False]


def test_transient_errors_are_retried_and_hard_errors_reported_by_url(tmp_path, web):
    web.get(oryx.PAGES["russia"], status=503)
    web.get(oryx.PAGES["russia"], body=body("oryx-russia.html"), content_type="text/html")
    web.get(oryx.PAGES["ukraine"], status=404)
    rep = fetch("oryx", tmp_path / "data", http=plain(), quiet=True)
    assert [p.name for p in rep.saved] == ["russia.html"]
    assert len(rep.failed) == 1 and oryx.PAGES["ukraine"] in rep.failed[0] and "404" in rep.failed[0]
    assert sum(c.request.url == oryx.PAGES["russia"] for c in web.calls) == 2  # one retry after the 503


def test_size_limit_and_non_oryx_page(tmp_path, web):
    url = "https://example.org/big"
    web.get(url, body=b"x" * 5000)
    with pytest.raises(FetchError, match="exceeds the limit"):
        get(plain(), url, max_bytes=1000)
    cached = session(cache=tmp_path / "cache", backoff=0)
    for _ in range(2):  # a rejected response is not kept in the cache: the second call asks again
        with pytest.raises(FetchError, match="exceeds the limit"):
            get(cached, url, max_bytes=1000)
    assert sum(c.request.url == url for c in web.calls) == 3
    web.get(oryx.PAGES["russia"], body=b'{"not": "html"}', content_type="application/json")
    rep = fetch("oryx", tmp_path / "data", http=plain(), quiet=True, pages=["russia"])
    assert not rep.saved and "not an Oryx HTML page" in rep.failed[0]


def test_disk_cache_serves_repeat_requests_until_expiry(tmp_path, web):
    url = "https://example.org/page"
    web.get(url, body=b"hello")
    cached = session(cache=tmp_path / "cache", expire_hours=1, backoff=0)
    assert get(cached, url).content == b"hello"
    second = get(cached, url)
    assert second.content == b"hello" and getattr(second, "from_cache", False)
    assert len(web.calls) == 1
    assert any((tmp_path / "cache").iterdir())
    expired = session(cache=tmp_path / "cache2", expire_hours=0, backoff=0)
    get(expired, url)
    get(expired, url)
    assert len(web.calls) == 3


def test_warspotting_pages_by_start_id_and_saves_one_document(tmp_path, web, monkeypatch):
    monkeypatch.setattr(warspotting, "PAGE_SIZE", 2)
    web.get(f"{warspotting.API}/losses/russia/1/", body=body("warspotting-losses-1.json"))
    web.get(f"{warspotting.API}/losses/russia/3/", body=body("warspotting-losses-3.json"))
    web.get(f"{warspotting.API}/stats/russia/", body=body("warspotting-stats.json"))
    rep = fetch("warspotting", tmp_path / "data", http=plain(), quiet=True)
    assert rep.ok, rep.failed
    doc = json.loads((tmp_path / "data" / "documents" / "warspotting" / "losses-russia.json").read_text())
    assert [x["id"] for x in doc["losses"]] == [1, 2, 5] and doc["complete"] is True
    assert sidecar(rep.saved[0])["publisher"] == "warspotting"


def test_truncated_json_saves_nothing_and_names_the_url(tmp_path, web):
    url = f"{warspotting.API}/losses/russia/1/"
    web.get(url, body=body("warspotting-truncated.json"))
    rep = fetch("warspotting", tmp_path / "data", http=plain(), quiet=True)
    assert not rep.saved and url in rep.failed[0] and "not valid JSON" in rep.failed[0]
    assert not (tmp_path / "data" / "documents" / "warspotting").exists()


def test_gs_series_checks_shape(tmp_path, web):
    url = gs_series.SERIES["orc-losses.json"][0]
    web.get(url, body=body("gs-orc-losses.json"))
    rep = fetch("gs-series", tmp_path / "data", http=plain(), quiet=True, names=["orc-losses.json"])
    assert rep.ok and sidecar(rep.saved[0])["licence"] == "MIT"
    assert "2 days" in sidecar(rep.saved[0])["title"]
    with pytest.raises(FetchError, match="list of daily objects"):
        gs_series.check_series(b'{"date": "2024-08-25"}', url)


def test_fetch_waits_for_a_build_holding_the_store(tmp_path, web):
    with store_lock(tmp_path / "data"):
        with pytest.raises(StoreLocked, match="being written by another"):
            fetch("oryx", tmp_path / "data", http=plain(), quiet=True)
    assert not web.calls


def test_cli_fetch(tmp_path, web, capsys, monkeypatch):
    monkeypatch.setenv("LOSSTRACK_CACHE", str(tmp_path / "cache"))
    web.get(oryx.PAGES["russia"], body=body("oryx-russia.html"), content_type="text/html")
    web.get(oryx.PAGES["ukraine"], body=body("oryx-russia.html").replace(b"Russia", b"Ukraine"), content_type="text/html")
    code = cli_main(["fetch", "oryx", "--out", str(tmp_path / "data"), "-q"])
    out = capsys.readouterr().out
    assert code == 0 and "oryx: 2 new or changed, 0 unchanged, 0 failed" in out
    assert (tmp_path / "cache" / "http.sqlite").exists()
