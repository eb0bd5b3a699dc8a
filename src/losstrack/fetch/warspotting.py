"""WarSpotting API v1: per-item visually confirmed losses (``/api/losses/<side>/<start_id>/``) and stats."""

from __future__ import annotations

import json

from . import FetchError, Source

API = "https://ukr.warspotting.net/api"
PAGE_SIZE = 100


def _json(f, url: str):
    r = f.get(url, params=None)
    try:
        return json.loads(r.content)
    except ValueError as exc:
        raise FetchError(f"{url}: not valid JSON ({exc}); truncated response?") from exc


def run(f, limit: int | None, side: str = "russia") -> None:
    """Page through the losses of ``side`` (100 records per call, by start id) and save them as one
    JSON document ``losses-<side>.json``; save ``stats-<side>.json`` too. ``limit`` caps the calls."""
    losses, start, calls = {}, 1, 0
    bar = f.progress(iter(int, 1), desc=f"warspotting {side}", total=None)  # endless; we break out
    for _ in bar:
        url = f"{API}/losses/{side}/{start}/"
        try:
            data = _json(f, url)
        except FetchError as exc:
            f.fail(str(exc))
            return  # never save a partial list as if it were complete
        page = data.get("losses") if isinstance(data, dict) else None
        if not isinstance(page, list) or not all(isinstance(x, dict) and "id" in x for x in page):
            f.fail(f"{url}: expected {{'losses': [{{'id': ...}}, ...]}}, got {str(data)[:120]!r}")
            return
        calls += 1
        new = {int(x["id"]): x for x in page if int(x["id"]) not in losses}
        losses.update(new)
        if len(page) < PAGE_SIZE or not new or (limit and calls >= limit):
            break
        start = max(new) + 1
    doc = {"source": f"{API}/losses/{side}/", "side": side, "complete": not (limit and calls >= limit),
           "losses": [losses[k] for k in sorted(losses)]}
    f.save(f"losses-{side}.json", json.dumps(doc, ensure_ascii=False, indent=0).encode(), f"{API}/losses/{side}/",
           title=f"WarSpotting: {side} losses ({len(losses)} records)")
    try:
        stats = _json(f, f"{API}/stats/{side}/")
        f.save(f"stats-{side}.json", json.dumps(stats, ensure_ascii=False, indent=1).encode(), f"{API}/stats/{side}/",
               title=f"WarSpotting: {side} loss counts by type")
    except FetchError as exc:
        f.fail(str(exc))


SOURCE = Source("warspotting", "WarSpotting: per-item visually confirmed losses (API v1) and stats", run,
                publisher="warspotting", licence="WarSpotting; no licence stated, cite ukr.warspotting.net")
