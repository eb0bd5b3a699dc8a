"""Published transcriptions of the Ukrainian General Staff's daily cumulative series (JSON on GitHub)."""

from __future__ import annotations

import json

from . import FetchError, Source

RAW = "https://raw.githubusercontent.com"
SERIES = {
    "orc-losses.json": (f"{RAW}/lod-db/orc-losses/main/russian-losses.json", "lod-db/orc-losses", "MIT"),
    "petroivaniuk-equipment.json": (
        f"{RAW}/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset/main/data/russia_losses_equipment.json",
        "PetroIvaniuk/2022-Ukraine-Russia-War-Dataset", "MIT"),
    "petroivaniuk-personnel.json": (
        f"{RAW}/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset/main/data/russia_losses_personnel.json",
        "PetroIvaniuk/2022-Ukraine-Russia-War-Dataset", "MIT"),
}


def check_series(content: bytes, url: str) -> int:
    """Number of daily rows; raises FetchError unless it is a JSON list of objects with a ``date``."""
    try:
        rows = json.loads(content)
    except ValueError as exc:
        raise FetchError(f"{url}: not valid JSON ({exc}); truncated response?") from exc
    if not isinstance(rows, list) or not rows or not all(isinstance(r, dict) and "date" in r for r in rows):
        raise FetchError(f"{url}: expected a JSON list of daily objects with a 'date' key")
    return len(rows)


def run(f, limit: int | None, names: list[str] | None = None) -> None:
    """Save each series file (``names`` from :data:`SERIES`; default all)."""
    names = names or list(SERIES)
    for name in f.progress(names[:limit] if limit else names):
        url, repo, licence = SERIES[name]
        try:
            r = f.get(url)
            n = check_series(r.content, url)
        except FetchError as exc:
            f.fail(str(exc))
            continue
        f.save(name, r.content, url, publisher=repo, licence=licence,
               title=f"General Staff of Ukraine daily losses, transcribed by {repo} ({n} days)")


SOURCE = Source("gs-series", "General Staff of Ukraine daily cumulative losses, published transcriptions (JSON)", run)
