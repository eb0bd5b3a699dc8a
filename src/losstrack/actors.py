"""The actor registry: states, official bodies, armed groups, monitors and publishers, with their aliases.

``claimant`` and ``loser`` in every table are ids from here (ISO 3166-1 alpha-3 for states, ids such as
``RUS-MOD`` or ``UKR-GS`` for bodies). The registry lives in ``losstrack/data/actors.csv``; every state without a
defence-ministry row gets one, ``<ISO3>-MOD``, to resolve "the defence ministry" by, but claims made by it are reported
under the state (:func:`reported`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .vocab import read_table


@dataclass(frozen=True)
class Actor:
    """One entry of the registry."""

    id: str
    kind: str  # state | body | group | monitor | publisher
    name: str
    side: str | None  # the state the actor speaks for
    adversaries: tuple[str, ...]  # whose losses are this actor's "enemy" losses
    aliases: tuple[str, ...]


@lru_cache(maxsize=1)
def registry() -> dict[str, Actor]:
    """All actors by id."""
    out = {}
    for r in read_table("actors.csv"):
        out[r["id"]] = Actor(
            id=r["id"],
            kind=r["kind"],
            name=r["name"],
            side=r["side"] or None,
            adversaries=tuple(a for a in r["adversary"].split("|") if a),
            aliases=tuple(a.strip().lower() for a in r["aliases"].split("|") if a.strip()),
        )
    for a in [a for a in out.values() if a.kind == "state" and f"{a.id}-MOD" not in out]:
        # every state has a defence ministry: "Cambodia's Ministry of National Defence" is KHM-MOD even when no row
        # names it (a ministry is found as a generic body next to its state; it has no aliases of its own)
        out[f"{a.id}-MOD"] = Actor(id=f"{a.id}-MOD", kind="body", name=f"Ministry of Defence of {a.name}", side=a.id,
                                   adversaries=a.adversaries, aliases=())
    for a in out.values():
        for ref in (a.side, *a.adversaries):
            if ref and ref not in out:
                raise ValueError(f"actors.csv: {a.id} refers to unknown actor {ref!r}")
    return out


@lru_cache(maxsize=1)
def _listed() -> frozenset[str]:
    return frozenset(r["id"] for r in read_table("actors.csv"))


def reported(actor_id: str | None) -> str | None:
    """The id a claim is reported under: a defence ministry made up for a state that ``actors.csv`` gives none ("Niger's
    defense ministry said") is the state itself, as users look ids up in that table; every other id is itself."""
    if actor_id is None or actor_id in _listed():
        return actor_id
    made = registry().get(actor_id)
    return made.side if made is not None and made.kind == "body" and made.side else actor_id


@lru_cache(maxsize=1)
def _predecessors() -> dict[str, tuple[str, str]]:
    return {r["actor"]: (r["predecessor"], r["until"]) for r in read_table("predecessors.csv")}


def of_day(actor_id: str | None, day) -> str | None:
    """The actor whose forces ``actor_id`` named on ``day`` (a date): before 26 December 1991, Russia's were the Soviet
    Union's (``predecessors.csv``); every other id is itself."""
    if actor_id is None or day is None or actor_id not in _predecessors():
        return actor_id
    predecessor, until = _predecessors()[actor_id]
    return predecessor if day.isoformat() < until else actor_id


def actor_ids() -> tuple[str, ...]:
    """Every registered actor id (the vocabulary of ``claimant`` and ``loser``)."""
    return tuple(registry())


def _key(name: str) -> str:
    """Alias lookup key: lower case, one apostrophe, US spelling of "defense"."""
    return re.sub(r"\s+", " ", name.lower().replace("’", "'").replace("defence", "defense")).strip()


def _flex(alias: str) -> str:
    return re.escape(alias).replace("defense", "defen[cs]e").replace("'", "['’]").replace(r"\ ", r"\s+")


@lru_cache(maxsize=1)
def _alias_index() -> tuple[re.Pattern, dict[str, str]]:
    index: dict[str, str] = {}
    for a in registry().values():
        for alias in (a.name, *a.aliases):
            index.setdefault(_key(alias), a.id)
    alts = sorted(index, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w])(" + "|".join(_flex(x) for x in alts) + r")(?![\w])", re.IGNORECASE)
    return pattern, index


@lru_cache(maxsize=1)
def loss_owners() -> dict[str, str]:
    """Demonyms the aliases leave out that still name a state before a word only a side's people suffer ("losses",
    "casualties", "prisoners", "dead", "wounded"): a supplier's "German tanks" and "French missiles" name no side, but
    "Historians estimate German losses at ..." and "took 2,000 German prisoners" do. Read off the aliases: a state with
    "german soldiers" and no "german" has "german" here (words of four letters or more: not "us")."""
    index = {_key(x) for a in registry().values() for x in (a.name, *a.aliases)}
    out: dict[str, str] = {}
    for a in registry().values():
        if a.kind != "state":
            continue  # (not an army named by its people: "Sudanese soldiers" are the SAF's, "Sudanese dead" civilians)
        for alias in a.aliases:
            stem = alias.removesuffix(" soldiers")
            if stem != alias and " " not in stem and len(stem) >= 4 and _key(stem) not in index:
                out.setdefault(stem, a.id)
    return out


def find_actors(text: str) -> list[tuple[int, int, str]]:
    """Every alias of a registered actor in ``text`` as ``(start, end, actor_id)``, longest match first."""
    pattern, index = _alias_index()
    return [(m.start(), m.end(), index[_key(m.group(0))]) for m in pattern.finditer(text)]


def resolve(name: str) -> str | None:
    """The id of the actor a name or alias refers to, or ``None``."""
    if name in registry():
        return name
    return _alias_index()[1].get(_key(name))


@lru_cache(maxsize=1)
def _compact_index() -> dict[str, str]:
    """Ids, names and aliases with everything but letters and digits removed ("kyivindependent" → KYIV-INDEPENDENT)."""
    index: dict[str, str] = {}
    for a in registry().values():
        for name in (a.id, a.name, re.sub(r"\s*\(.*?\)", "", a.name), *a.aliases):
            index.setdefault(_compact(name), a.id)
    return index


def _compact(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.lower().removeprefix("the "))


def resolve_publisher(name: str) -> str | None:
    """The id of the outlet a ``publisher=`` value names: an id or alias (:func:`resolve`), else the same compared
    without case, spaces and punctuation, "the" or a web address's "www." and domain ending ("Dawn", "the hindu",
    "kyivindependent.com" → DAWN, THE-HINDU, KYIV-INDEPENDENT). Never used on article text, where such loose matches
    would fire on ordinary words ("at dawn")."""
    found = resolve(name)
    if found is not None:
        return found
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", name.strip().lower()).split("/")[0]
    host = re.sub(r"\.(?:com|org|net|co\.uk|ua|ru|in|pk|news|info)$", "", host)
    return _compact_index().get(_compact(name)) or _compact_index().get(_compact(host))


def side_of(actor_id: str) -> str | None:
    """The state an actor speaks for (a state is its own side)."""
    a = registry().get(actor_id)
    return a.side if a else None


@lru_cache(maxsize=1)
def adversary_years() -> dict[tuple[str, str], list[tuple[int, int]]]:
    """(side, adversary) → the (first, last) years of their wars, from ``data/adversary_years.csv`` (pairs not listed
    are at war in every year): which adversary an undated "enemy" means in an old text."""
    out: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for r in read_table("adversary_years.csv"):
        out.setdefault((r["actor"], r["adversary"]), []).append((int(r["first_year"] or 0), int(r["last_year"] or 9999)))
    return out


def at_war(side: str, adversary: str, year: int | None) -> bool:
    """Whether ``side`` fought ``adversary`` in ``year`` (always, when the year is unknown or the pair has no row)."""
    spans = adversary_years().get((side, adversary), [(0, 9999)])
    return year is None or any(first <= year <= last for first, last in spans)


def dated_war(side: str, adversary: str, year: int | None) -> bool:
    """Whether a row of ``adversary_years.csv`` dates a war of the pair in ``year`` (a war of that year, not a standing
    rivalry with no row)."""
    return year is not None and any(first <= year <= last for first, last in adversary_years().get((side, adversary), ()))


def war_over(side: str, adversary: str, year: int | None) -> bool:
    """Whether every war ``adversary_years.csv`` dates for the pair ended before ``year`` (India and the LTTE in 2024)."""
    spans = adversary_years().get((side, adversary))
    return year is not None and bool(spans) and all(last < year for _first, last in spans)


def adversary_of(actor_id: str) -> str | None:
    """The main adversary of an actor's side (whose losses "enemy losses" means), or ``None``."""
    a = registry().get(actor_id)
    return a.adversaries[0] if a and a.adversaries else None
