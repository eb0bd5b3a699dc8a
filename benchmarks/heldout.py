"""Held-out accuracy of the article extractor: full-length news texts written blind to the extractor.

Loads ``tests/heldout`` (``NNN_slug.txt`` + golden ``NNN_slug.yaml``, the format of ``tests/articles``), runs
:func:`losstrack.parse_article` on each text and prints precision/recall/F1 per attribute (a figure matches on
(category, value); an attribute counts when its figure matches and it agrees). With ``--show``, lists per text
the missed and spurious figures and, for matched figures, every attribute that differs. With ``--as-built``,
each text goes instead to the parser ``losstrack build`` would pick for a ``.txt`` file (``parsers.detect``:
e.g. a General Staff post goes to the bulletin parser), through the same pipeline.

Usage::

    python benchmarks/heldout.py [--corpus tests/heldout] [--show] [--as-built]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _fmt(rec: dict) -> str:
    """A claim record in one short line: category value [qualifier] loser<-claimant period region parent."""
    q = rec["qualifier"] if rec["qualifier"] != "exact" else ""
    if rec["value_high"] is not None:
        q = f"{q} ..{rec['value_high']}"
    bits = [f"{rec['category']} {rec['value']}", q, f"loser={rec['loser']}", f"claimant={rec['claimant']}",
            f"{rec['period_start']}..{rec['period_end']} {rec['basis']}"]
    for k in ("region", "model", "parent"):
        if rec[k] is not None:
            bits.append(f"{k}={rec[k]}")
    return " ".join(b for b in bits if b)


def _as_built(c):
    """Claims of a case through the parser ``build`` would pick for ``NAME.txt``, and that parser's name."""
    from losstrack.documents import from_text
    from losstrack.parsers import detect
    from losstrack.pipeline import claims_for

    doc = from_text(c.text, published=c.published, origin=f"{c.name}.txt", publisher=c.publisher)
    spec = detect(doc)
    return claims_for(doc, spec, spec.run(doc)), spec.name


def run(folder: Path, as_built: bool = False) -> list[tuple[str, list[dict], list[dict]]]:
    """(name, expected, got) per case of the corpus; a text the extractor fails on gets no figures."""
    import losstrack
    from losstrack.extract.scoring import load_corpus, records

    out = []
    for c in load_corpus(folder):
        try:
            if as_built:
                claims, parser = _as_built(c)
                if parser != "article":
                    print(f"{c.name}: routed to parser {parser!r}", file=sys.stderr)
            else:
                claims = losstrack.parse_article(c.text, published=c.published, publisher=c.publisher)
            got = records(claims)
        except Exception as exc:  # noqa: BLE001 - a failing text must not hide the others' scores
            print(f"{c.name}: extractor failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            got = []
        out.append((c.name, c.expected, got))
    return out


def show(results) -> None:
    """Print, per text, missed and spurious figures and wrong attributes of matched ones."""
    from losstrack.extract.scoring import FIELDS, match

    for name, exp, got in results:
        pairs = match(exp, got)
        matched_e = {id(e) for e, _ in pairs}
        matched_g = {id(g) for _, g in pairs}
        missed = [e for e in exp if id(e) not in matched_e]
        spurious = [g for g in got if id(g) not in matched_g]
        wrong = [(e, g, [k for k in FIELDS if e[k] != g[k]]) for e, g in pairs]
        wrong = [w for w in wrong if w[2]]
        if not (missed or spurious or wrong):
            print(f"== {name}: all {len(exp)} figures right")
            continue
        print(f"== {name}: expected {len(exp)}, extracted {len(got)}, matched {len(pairs)}")
        for e in missed:
            print(f"  MISSED    {_fmt(e)}")
        for g in spurious:
            print(f"  SPURIOUS  {_fmt(g)}")
        for e, g, keys in wrong:
            diffs = ", ".join(f"{k}: {e[k]!r} != {g[k]!r}" for k in keys)
            print(f"  WRONG     {e['category']} {e['value']}: {diffs}  (expected != got)")


def main(argv=None) -> int:
    """Score the held-out corpus and print the table (and the per-text details with ``--show``)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "tests" / "heldout")
    ap.add_argument("--show", action="store_true", help="list missed/spurious figures and wrong attributes per text")
    ap.add_argument("--as-built", action="store_true", help="use the parser `losstrack build` would pick per text")
    args = ap.parse_args(argv)

    import pandas as pd

    from losstrack.extract.scoring import score

    results = run(args.corpus, as_built=args.as_built)
    table = score([(e, g) for _, e, g in results])
    how = "parser chosen by build (parsers.detect)" if args.as_built else "losstrack.parse_article"
    print(f"held-out corpus: {args.corpus} ({len(results)} texts, "
          f"{sum(len(e) for _, e, _ in results)} expected figures); extractor: {how}")
    with pd.option_context("display.float_format", "{:.3f}".format, "display.width", 120):
        print(table.to_string(index=False))
    if args.show:
        print()
        show(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
