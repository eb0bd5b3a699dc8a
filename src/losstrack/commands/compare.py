"""``losstrack compare``: two transcriptions of the same official series side by side, with the days they disagree."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser(
        "compare",
        help="compare two transcriptions of one official series (e.g. two published General Staff JSON files)",
        description="Compare two transcriptions of the same official daily series per category and date. "
        "Each side is one or more documents (parsed with the parser that recognises them), or, with "
        "--data, a parser name whose claims are taken from DATA/claims.parquet. Prints the days in "
        "common, agreeing and disagreeing per category, then every disagreement.",
    )
    p.add_argument("--a", nargs="+", required=True, metavar="SRC", help="first transcription: file(s), or a parser name with --data")
    p.add_argument("--b", nargs="+", required=True, metavar="SRC", help="second transcription: file(s), or a parser name with --data")
    p.add_argument("--data", help="dataset folder (with claims.parquet) to take --a/--b parser names from")
    p.add_argument("--category", action="append", help="only this category (repeatable)")
    p.add_argument("--csv", help="also write the full side-by-side table to this CSV file")
    p.set_defaults(func=run)


def _side(srcs, data):
    if data is None:
        return srcs
    from ..store import load

    claims = load("claims", data)
    names = claims["parser"].astype(str).str.split("/").str[0]
    return claims[names.isin(srcs)]


def run(args) -> int:
    import pandas as pd

    from ..series import compare, compare_summary, disagreements

    cmp = compare(_side(args.a, args.data), _side(args.b, args.data), categories=args.category)
    with pd.option_context("display.width", 200, "display.max_rows", 500, "display.max_colwidth", 60):
        print(compare_summary(cmp).to_string(index=False))
        dis = disagreements(cmp)
        print(f"\n{len(dis)} disagreeing (category, day) pair(s)")
        if len(dis):
            print(dis[["category", "date", "value_a", "value_b", "diff", "url_b"]].to_string(index=False))
    if args.csv:
        cmp.to_csv(args.csv, index=False)
    return 0
