"""Time per Oryx page: losstrack's full parse beside a bare BeautifulSoup parse and a bare lxml parse.

For each real page in ``../shared/data/oryx/pages`` prints its size, the best-of-N wall time of
(a) ``BeautifulSoup(html, "lxml")`` alone — building the tree, nothing else —, (b) ``lxml.html.fromstring``
alone, and (c) losstrack's whole ``oryx_page`` parser (tree, headings, items, status vocabulary, evidence
keys, reconciliation, derived figures; caches cleared before every run), plus the page's printed and
parsed totals. Usage: ``python benchmarks/oryx.py [SHARED_DATA_DIR] [--repeat N]``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import lxml.html
from bs4 import BeautifulSoup

from losstrack.documents import read_document
from losstrack.items import _evidence_key
from losstrack.oryx_status import parse_case
from losstrack.parsers import detect

ARGS = [a for i, a in enumerate(sys.argv[1:], 1) if not a.startswith("-") and sys.argv[i - 1] != "--repeat"]
ROOT = Path(ARGS[0]) if ARGS else Path(__file__).resolve().parents[2] / "shared" / "data"
REPEAT = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 3
PAGES = ("russia", "ukraine", "aircraft", "naval")


def best(fn, repeat: int = REPEAT) -> float:
    """Best wall time of ``repeat`` runs (the least disturbed by other processes on a shared machine)."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def full_parse(spec, doc):
    parse_case.cache_clear()
    _evidence_key.cache_clear()
    return spec.run(doc)


def main() -> int:
    folder = ROOT / "oryx" / "pages"
    if not folder.is_dir():
        print(f"no Oryx pages under {folder}", file=sys.stderr)
        return 1
    print(f"best of {REPEAT} runs per page; times in seconds")
    print(f"{'page':<10}{'gz KB':>7}{'html KB':>9}{'bs4 tree':>10}{'lxml tree':>11}{'losstrack':>11}"
          f"{'MB/s':>7}{'items':>8}{'printed':>9}{'parsed':>8}")
    for name in PAGES:
        path = folder / f"{name}.html.gz"
        doc = read_document(path, folder)
        spec = detect(doc)
        t_bs = best(lambda: BeautifulSoup(doc.text, "lxml"))
        t_lxml = best(lambda: lxml.html.fromstring(doc.text))
        t_ours = best(lambda: full_parse(spec, doc))
        result = full_parse(spec, doc)
        rec = result.tables["reconciliation"]
        tot = rec[(rec["category"] == "(section)") & (rec["status"] == "total")]
        size = len(doc.text.encode("utf-8"))
        print(f"{name:<10}{path.stat().st_size / 1024:>7.0f}{size / 1024:>9.0f}{t_bs:>10.3f}{t_lxml:>11.3f}"
              f"{t_ours:>11.3f}{size / 1e6 / t_ours:>7.1f}{len(result.tables['items']):>8}"
              f"{int(tot['printed'].sum()):>9}{int(tot['parsed'].sum()):>8}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
