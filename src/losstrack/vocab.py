"""The project's vocabularies — category tree, label synonyms, qualifiers — loaded from ``losstrack/data``.

Every parser and check reads the vocabularies from here, so a new label or category is a data edit
(one CSV row), never a code edit.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

#: Bumped whenever ``categories.csv`` changes (a node added; nodes are never renamed).
TAXONOMY_VERSION = "1.0.0"

BASES = ("cumulative", "increment")


class UnknownLabelError(ValueError):
    """Raised when labels cannot be mapped to a category; lists every unknown label at once."""

    def __init__(self, labels, where: str = ""):
        self.labels = sorted(set(labels))
        listing = ", ".join(repr(x) for x in self.labels)
        super().__init__(
            f"{len(self.labels)} label(s) not in the synonym table{' of ' + where if where else ''}: "
            f"{listing}. Add them to losstrack/data/synonyms.csv (or the source's crosswalk)."
        )


def read_table(name: str) -> list[dict[str, str]]:
    """Rows of a CSV data file shipped in ``losstrack/data`` (lines starting with ``#`` are comments). A row with more
    fields than the header (an unquoted comma, as in a pattern's "{1,2}") is an error that names the file and line."""
    return parse_table(name, resources.files("losstrack").joinpath("data", name).read_text(encoding="utf-8"))


def parse_table(name: str, raw: str) -> list[dict[str, str]]:
    """:func:`read_table` of the text ``raw`` of the data file ``name``."""
    numbered = [(n, ln) for n, ln in enumerate(raw.splitlines(), 1) if ln.strip() and not ln.lstrip().startswith("#")]
    if not numbered:
        return []
    header, *rows = csv.reader(ln for _n, ln in numbered)
    out = []
    for (n, line), row in zip(numbered[1:], rows):
        if len(row) > len(header):
            raise ValueError(f"losstrack/data/{name}, line {n}: {len(row)} fields, the header has {len(header)} "
                             f"({', '.join(header)}); quote a field that holds a comma: {line!r}")
        out.append({k: (row[i] if i < len(row) else "").strip() for i, k in enumerate(header)})
    return out


# --------------------------------------------------------------------------- categories


@dataclass(frozen=True)
class Taxonomy:
    """The category tree: ``parent[node]`` is the node's parent (``None`` at the top)."""

    parent: dict[str, str | None]
    description: dict[str, str]

    @property
    def nodes(self) -> tuple[str, ...]:
        return tuple(self.parent)

    def ancestors(self, node: str) -> list[str]:
        """The node's ancestors, nearest first (not including the node)."""
        out, cur = [], self.parent[node]
        while cur is not None:
            out.append(cur)
            cur = self.parent[cur]
        return out

    def descendants(self, node: str) -> list[str]:
        """Every node below ``node`` (not including it)."""
        kids = [n for n, p in self.parent.items() if p == node]
        return [d for k in kids for d in (k, *self.descendants(k))]

    def is_same_or_ancestor(self, ancestor: str, node: str) -> bool:
        """True when ``ancestor`` is ``node`` itself or above it in the tree."""
        return ancestor == node or ancestor in self.ancestors(node)


@lru_cache(maxsize=1)
def taxonomy() -> Taxonomy:
    """The category tree from ``categories.csv``."""
    rows = read_table("categories.csv")
    parent = {r["category"]: (r["parent"] or None) for r in rows}
    for node, par in parent.items():
        if par is not None and par not in parent:
            raise ValueError(f"categories.csv: parent {par!r} of {node!r} is not a category")
    return Taxonomy(parent=parent, description={r["category"]: r["description"] for r in rows})


def categories() -> tuple[str, ...]:
    """All category ids."""
    return taxonomy().nodes


# --------------------------------------------------------------------------- labels

_SPELLING = [(re.compile(r"armou?r"), "armor"), (re.compile(r"defen[cs]e"), "defense"), (re.compile(r"ё"), "е")]
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212/]+")


def normalize_label(label: str) -> str:
    """Lower-case, unify spelling variants and separators: the key under which synonyms are looked up."""
    s = label.lower().strip().strip(".,;:()[]\"'")
    for pat, rep in _SPELLING:
        s = pat.sub(rep, s)
    s = s.replace("’s", "'s")
    return _SEPARATORS.sub(" ", s).strip()


def _singular(key: str) -> str | None:
    for suffix, rep in (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("sses", "ss"), ("s", "")):
        if key.endswith(suffix) and len(key) > len(suffix) + 1:
            return key[: -len(suffix)] + rep
    return None


@lru_cache(maxsize=1)
def synonyms() -> dict[str, str]:
    """Normalised label → category, from ``synonyms.csv``."""
    tree = taxonomy()
    table: dict[str, str] = {}
    for row in read_table("synonyms.csv"):
        if row["category"] not in tree.parent:
            raise ValueError(f"synonyms.csv: {row['label']!r} maps to unknown category {row['category']!r}")
        table[normalize_label(row["label"])] = row["category"]
    return table


def category_of(label: str, table: dict[str, str] | None = None) -> str | None:
    """The category a label names, or ``None`` when it is not in the table.

    Tries the normalised label, then its singular, so "tanks" and "tank" both match.
    """
    table = synonyms() if table is None else table
    key = normalize_label(label)
    if key in table:
        return table[key]
    sing = _singular(key)
    if sing is not None and sing in table:
        return table[sing]
    # "United States-made HIMARS": a trailing head noun or a named system still names the category.
    words = key.split()
    for i in range(len(words)):
        tail = " ".join(words[i:])
        for k in (tail, _singular(tail)):
            if k is None:
                continue
            if i > 0 and k in table:
                return table[k]
            if (entry := model_entry(k)) is not None:
                return entry[1]
    return None


#: A model's modernised version, written with a suffix the table does not list: "су 24м", "su 25sm", "mi 8mt", "t 90m";
#: its base is two or three letters and a number, or a tank's "t" ("a 50m" is fifty metres, not an A-50M).
_MODEL_BASE = r"(?:(?!(?:as|at|an|in|on|to|by|of|is|it|or|up|no)\b)[^\W\d_]{2,3}|t|т) \d{1,3}"
_MODERNISED = re.compile(rf"({_MODEL_BASE})(m|sm|mt|м|см|мт)")
_LATIN_SUFFIX = {"m": "M", "sm": "SM", "mt": "MT", "м": "M", "см": "SM", "мт": "MT"}


def modernised_spellings(key: str) -> list[str]:
    """The suffixed spellings of a normalised model name that :func:`model_entry` reads back ("су 24" → "су 24м", …)."""
    return [key + x for x in _LATIN_SUFFIX] if re.fullmatch(_MODEL_BASE, key) else []


def model_entry(key: str) -> tuple[str, str] | None:
    """(model, category) of a normalised model name, or of the model it modernises ("су 24м" → ("Su-24M", "aircraft"))."""
    named = models()
    if key in named:
        return named[key]
    m = _MODERNISED.fullmatch(key)
    base = named.get(m.group(1)) if m else None
    return (base[0] + _LATIN_SUFFIX[m.group(2)], base[1]) if base else None


@lru_cache(maxsize=None)
def crosswalk(name: str) -> dict[str, str]:
    """Normalised label → category from ``data/crosswalks/<name>.csv`` (columns ``label``, ``category``, ...).

    A source-specific table: its labels are the source's own, so drift is a data edit.
    """
    tree = taxonomy()
    table = {}
    for row in read_table(f"crosswalks/{name}.csv"):
        if row["category"] not in tree.parent:
            raise ValueError(f"crosswalks/{name}.csv: {row['label']!r} maps to unknown category {row['category']!r}")
        table[normalize_label(row["label"])] = row["category"]
    return table


def check_known(labels, cats, where: str = "") -> None:
    """Raise :class:`UnknownLabelError` listing every label whose category (same position in ``cats``) is None."""
    unknown = [x for x, c in zip(labels, cats) if c is None]
    if unknown:
        raise UnknownLabelError(unknown, where)


def map_labels(labels, table: dict[str, str] | None = None, where: str = "") -> list[str]:
    """Map every label to its category; raise :class:`UnknownLabelError` listing all unknown ones."""
    labels = list(labels)
    cats = [category_of(x, table) for x in labels]
    check_known(labels, cats, where)
    return cats  # type: ignore[return-value]


# --------------------------------------------------------------------------- qualifiers


@lru_cache(maxsize=1)
def qualifier_vocabulary() -> tuple[str, ...]:
    """The allowed ``qualifier`` values."""
    return tuple(r["qualifier"] for r in read_table("qualifier_vocab.csv"))


@lru_cache(maxsize=1)
def qualifier_phrases() -> dict[str, str]:
    """Lower-cased hedge phrase → qualifier (e.g. "more than" → ``more_than``)."""
    vocab = set(qualifier_vocabulary())
    out = {}
    for row in read_table("qualifiers.csv"):
        if row["qualifier"] not in vocab:
            raise ValueError(f"qualifiers.csv: unknown qualifier {row['qualifier']!r}")
        out[row["phrase"].lower()] = row["qualifier"]
    return out


# --------------------------------------------------------------------------- named systems


@lru_cache(maxsize=1)
def models() -> dict[str, tuple[str, str]]:
    """Normalised model name → (model as the table records it, category), from ``models.csv`` (a Cyrillic name is
    recorded under its Latin spelling, ``same_as``)."""
    tree = taxonomy()
    out = {}
    for row in read_table("models.csv"):
        if row["category"] not in tree.parent:
            raise ValueError(f"models.csv: {row['model']!r} maps to unknown category {row['category']!r}")
        out[normalize_label(row["model"])] = (row["same_as"] or row["model"], row["category"])
    return out
