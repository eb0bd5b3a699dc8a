"""``losstrack fetch SOURCE``: download source documents into the store (cached, polite), for the next build."""

from __future__ import annotations


def register(sub) -> None:
    from ..fetch import sources

    srcs = sources()
    p = sub.add_parser(
        "fetch",
        help="download a source's documents into OUT/documents (then run `losstrack build`)",
        description="Download documents of SOURCE into OUT/documents/SOURCE/ with a .meta.json sidecar "
        "(URL, retrieval time, publisher, licence). Responses are cached on disk (see --cache-dir, "
        "--expire); requests time out, retry with backoff and are size-limited. Unchanged documents are "
        "left as they are; changed ones become new vintages at the next build. Sources: "
        + "; ".join(f"{s.name}: {s.description}" for s in srcs.values()),
    )
    p.add_argument("source", choices=sorted(srcs), metavar="SOURCE", help=", ".join(sorted(srcs)))
    p.add_argument("--out", default="data", help="dataset folder (default: data)")
    p.add_argument("--limit", type=int, help="at most this many documents (or API calls)")
    p.add_argument("--url", action="append", dest="urls", help="(mod-ua) fetch this report URL; repeatable")
    p.add_argument("--cache-dir", help="HTTP cache folder (default: ~/.cache/losstrack or $LOSSTRACK_CACHE)")
    p.add_argument("--no-cache", action="store_true", help="do not use the on-disk HTTP cache")
    p.add_argument("--expire", type=float, default=6, metavar="HOURS", help="cached responses stay fresh this long (default 6)")
    p.add_argument("--wait", type=float, default=0, metavar="SECONDS", help="wait this long for a build holding the store")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..fetch import fetch

    cache = False if args.no_cache else args.cache_dir
    if args.urls and args.source != "mod-ua":
        raise ValueError("--url is for the mod-ua source only")
    options = {"urls": args.urls} if args.urls else {}
    report = fetch(args.source, args.out, limit=args.limit, quiet=args.quiet, cache=cache,
                   expire_hours=args.expire, wait=args.wait, **options)
    print(report.summary())
    return 0 if report.ok else 1
