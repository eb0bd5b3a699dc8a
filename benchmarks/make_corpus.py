"""Synthetic news corpus for the scaling benchmark only: N articles from templates, seeded, streamed to disk.

Each article mixes loss reports by both sides (varied verbs, number styles, qualifiers, periods,
regions, "including" parts), hard negatives (aid, production, prices, unit names, model numbers,
percentages) and neutral filler. Article ``i`` depends only on ``(seed, i)``, so any size is
reproducible and generation streams: nothing but one row group is ever held in memory.

    python benchmarks/make_corpus.py 10000 /tmp/corpus.jsonl            # JSONL
    python benchmarks/make_corpus.py 100000 /tmp/corpus.parquet --seed 7 # Parquet, row groups of 1000
    python benchmarks/make_corpus.py 200 /tmp/c.jsonl --html 0.2         # 20 % of records as HTML pages

These texts are NOT test material for extraction quality: they are templated and say nothing about
real articles. They only give the engines a realistic amount and mix of work.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

CITIES = ["KYIV", "MOSCOW", "LONDON", "WASHINGTON", "BERLIN", "WARSAW", "KHARKIV", "BRUSSELS"]
OUTLETS = ["Reuters", "AP", "AFP", "MENAFN", "Kyiv Independent", "TASS"]
REGIONS = ["Kursk", "Donetsk", "Zaporizhzhia", "Kharkiv", "Luhansk", "Kherson", "Belgorod"]
TOWNS = ["Pokrovsk", "Bakhmut", "Avdiivka", "Kupiansk", "Vuhledar", "Chasiv Yar", "Toretsk"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 12: "a dozen"}

# (claimant phrase, loser adjective) — both sides, named in several ways
RU_CLAIMS = ["The Russian Defence Ministry said", "Russia's Defense Ministry reported", "Moscow said",
             "According to the Russian Defense Ministry,", "The Russian military claimed"]
UA_CLAIMS = ["Ukraine's General Staff said", "The General Staff of the Armed Forces of Ukraine reported",
             "Kyiv said", "According to the Ukrainian military,", "Ukraine's armed forces said"]
VERBS = ["lost", "had lost", "suffered losses of"]
PERIODS = ["over the past 24 hours", "in the past day", "over the past week", "on {weekday}",
           "since the start of the incursion on August 6", "in total since February 24, 2022", ""]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# (label, low, high): personnel first, then equipment
PERSONNEL = [("soldiers", 50, 2000), ("troops", 50, 2000), ("servicemen", 20, 1500)]
EQUIPMENT = [("tanks", 1, 60), ("armoured vehicles", 1, 90), ("artillery systems", 1, 80),
             ("infantry fighting vehicles", 1, 40), ("armored personnel carriers", 1, 40),
             ("drones", 5, 400), ("air defence systems", 1, 8), ("helicopters", 1, 5), ("aircraft", 1, 4)]
NEGATIVES = [
    "The United States will send {a} Abrams tanks and {b} Bradley vehicles to Ukraine, officials said.",
    "Analysts estimate that Russia produces about {c} tanks a year at its Uralvagonzavod plant.",
    "The {u}th Brigade, equipped with T-72B3 and BMP-2 vehicles, was moved to the {region} direction.",
    "The aid package is worth ${d} million and includes {a} howitzers and ammunition.",
    "Turnout in the region was {p} percent, according to local officials.",
    "Germany pledged {a} Leopard tanks, and Poland said it would deliver {b} more by {month}.",
    "The {age}-year-old commander said the Su-34 and S-300 units had been redeployed.",
    "An earthquake of magnitude {m} killed {a} people in a neighbouring country on {weekday}.",
]
FILLER = [
    "Fighting continued along the front line, where both sides have dug in for a long campaign.",
    "Western officials said they were watching the situation closely and called for restraint.",
    "The claims could not be independently verified, and neither side discloses its own losses.",
    "Residents described heavy shelling overnight and power cuts across several districts.",
    "Diplomats in {city} met on {weekday} to discuss a possible ceasefire, without result.",
    "Military analysts said the offensive had slowed as the weather turned and supply lines stretched.",
    "The government announced new evacuation measures for villages close to the border.",
    "Officials in {city} declined to comment on the reports when contacted by journalists.",
]


def _number(r: random.Random, n: int) -> str:
    """A number in one of several written styles."""
    if n in WORDS and r.random() < 0.5:
        return WORDS[n]
    if n >= 1000 and r.random() < 0.5:
        return f"{n:,}"
    return str(n)


def _qualified(r: random.Random, lo: int, hi: int) -> str:
    n = r.randint(lo, hi)
    q = r.random()
    if q < 0.55:
        return _number(r, n)
    if q < 0.65:
        return f"about {_number(r, n)}"
    if q < 0.75:
        return f"more than {_number(r, n)}"
    if q < 0.85:
        return f"up to {_number(r, n)}"
    if q < 0.92:
        return f"at least {_number(r, n)}"
    return f"between {n} and {n + r.randint(5, 50)}"


def _loss_sentence(r: random.Random, ctx: dict) -> str:
    russian = r.random() < 0.5
    claim = r.choice(RU_CLAIMS if russian else UA_CLAIMS)
    loser = r.choice(["Ukrainian forces", "the Ukrainian army", "Kyiv's troops"] if russian
                     else ["Russian forces", "Russia", "the enemy"])
    items = []
    if r.random() < 0.8:
        label, lo, hi = r.choice(PERSONNEL)
        items.append(f"{_qualified(r, lo, hi)} {label}")
    for label, lo, hi in r.sample(EQUIPMENT, r.randint(1, 4)):
        items.append(f"{_number(r, r.randint(lo, hi))} {label}")
    if r.random() < 0.2:
        whole = r.randint(4, 20)
        part = r.randint(1, whole - 1)
        items.append(f"{whole} multiple rocket launchers, including {_number(r, part)} HIMARS")
    listed = ", ".join(items[:-1]) + (" and " if len(items) > 1 else "") + items[-1]
    period = r.choice(PERIODS).format(weekday=r.choice(WEEKDAYS))
    where = r.choice([f" in the {r.choice(REGIONS)} region", f" near {r.choice(TOWNS)}",
                      f" on the {r.choice(TOWNS)} direction", ""])
    return f"{claim} {loser} {r.choice(VERBS)} {listed}{where} {period}".rstrip() + "."


def _fill(r: random.Random, template: str, ctx: dict) -> str:
    return template.format(
        a=r.randint(2, 60), b=r.randint(2, 40), c=r.randint(200, 1600), d=r.randint(50, 900),
        u=r.randint(10, 155), p=r.randint(30, 80), age=r.randint(35, 60), m=round(r.uniform(4, 7), 1),
        region=r.choice(REGIONS), city=r.choice(CITIES).title(), weekday=r.choice(WEEKDAYS),
        month=r.choice(MONTHS),
    )


def article(seed: int, i: int) -> dict:
    """Article number ``i`` of the corpus with seed ``seed``: a record with id, title, url, published, text."""
    r = random.Random(f"{seed}:{i}")
    published = dt.date(2023, 1, 1) + dt.timedelta(days=r.randrange(700))
    ctx = {}
    paragraphs = []
    for _ in range(r.randint(3, 7)):
        kind = r.random()
        if kind < 0.45:
            sents = [_loss_sentence(r, ctx)]
            if r.random() < 0.5:
                sents.append(_fill(r, r.choice(FILLER), ctx))
        elif kind < 0.75:
            sents = [_fill(r, r.choice(NEGATIVES), ctx), _fill(r, r.choice(FILLER), ctx)]
        else:
            sents = [_fill(r, t, ctx) for t in r.sample(FILLER, 3)]
        paragraphs.append(" ".join(sents))
    city, outlet = r.choice(CITIES), r.choice(OUTLETS)
    paragraphs[0] = f"{city} ({outlet}) - {paragraphs[0]}"
    paragraphs.append(f"Story {i:08d}.")  # keeps every synthetic text unique (claim ids derive from content)
    title = f"War update {published:%d %B %Y}: report {i}"
    return {"id": f"synthetic-{seed}-{i:08d}", "title": title, "url": f"https://example.org/news/{seed}/{i}",
            "published": published.isoformat(), "text": "\n\n".join(paragraphs)}


def as_html(rec: dict) -> dict:
    """The same article as a web page with navigation and comments around it (for the HTML path)."""
    body = "".join(f"<p>{p}</p>" for p in rec["text"].split("\n\n"))
    html = (f"<html><head><title>{rec['title']}</title></head><body><nav><a href='/'>Home</a> | "
            f"<a href='/world'>World</a> | Subscribe for 5 euros</nav><article><h1>{rec['title']}</h1>{body}"
            f"</article><footer>© 2024 Example News. 120 comments</footer></body></html>")
    out = {k: v for k, v in rec.items() if k != "text"}
    out["html"] = html
    return out


def articles(n: int, seed: int = 0, html: float = 0.0) -> Iterator[dict]:
    """Stream ``n`` records; a fraction ``html`` of them carry an HTML page instead of text."""
    for i in range(n):
        rec = article(seed, i)
        if html and random.Random(f"html:{seed}:{i}").random() < html:
            rec = as_html(rec)
        yield rec


def write(n: int, path: Path, seed: int = 0, html: float = 0.0, row_group: int = 1000) -> Path:
    """Write ``n`` articles as JSONL or Parquet (by suffix), streaming one row group at a time."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pa.schema([(c, pa.string()) for c in ("id", "title", "url", "published", "text", "html")])
        with pq.ParquetWriter(path, schema, compression="zstd") as w:
            batch = []
            for rec in articles(n, seed, html):
                batch.append(rec)
                if len(batch) == row_group:
                    w.write_table(pa.Table.from_pylist(batch, schema=schema))
                    batch = []
            if batch:
                w.write_table(pa.Table.from_pylist(batch, schema=schema))
    else:
        with open(path, "w", encoding="utf-8") as fh:
            for rec in articles(n, seed, html):
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("n", type=int, help="number of articles")
    p.add_argument("path", help="output file: .jsonl or .parquet")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--html", type=float, default=0.0, help="fraction of records given as HTML pages")
    a = p.parse_args(argv)
    out = write(a.n, Path(a.path), a.seed, a.html)
    print(f"{a.n} articles → {out} ({out.stat().st_size / 1e6:.1f} MB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
