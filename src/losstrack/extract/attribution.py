"""Step 4 of article extraction: who claims a figure (claimant) and whose forces suffered it (loser).

Mentions of actors come from the registry's aliases plus generic references ("the Defense Ministry",
"the General Staff", "the ministry", "it said"), which resolve to the body named earlier, or else to
the side opposed to the figure's loser. A mention is a *claimant* when a speech cue governs it
("according to X", "X said", "X's latest update"), a *loser* when a loss cue does ("Ukrainian forces
lost", "losses for Ukraine", "12 Ukrainian tanks"), and an *agent* when it destroyed something (its
adversary is then the loser). "enemy" means the claimant's adversary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import actors
from .lexicon import cues

_GENERIC = re.compile(
    r"\b(?P<mod>defen[cs]e ministry|ministry of defen[cs]e|defen[cs]e department|mod)\b"
    r"|\b(?P<gs>general staff)\b"
    r"|\b(?P<ref>the ministry|the military|the army|the department|officials|it|they|the agency|the statement)\b(?=\s+(?:also\s+)?(?:said|says|reported|claimed|added|stated|announced|noted|estimated|told))",
    re.IGNORECASE,
)
_ENEMY = re.compile(r"\b(?:enemy|enemy's|adversary|occupiers|occupying forces|invaders|противника|ворога|окупантів|противник)\b", re.IGNORECASE)
_LOSS_AFTER = re.compile(
    r"^(?:'s|’s)?\s*(?:armed forces\s+|forces\s+|troops\s+|army\s+|military\s+|side\s+|units\s+)?(?:(?:has|have|had|also|reportedly|already|so far|now)\s+)*"
    r"(?:lost|losing|suffered|suffering|sustained|incurred|losses|loss|casualties|death toll)\b",
    re.IGNORECASE,
)
_LOSS_BEFORE = re.compile(r"\b(?:losses|loss|casualties|toll)\s+(?:of|for|among|to|in|on)\s+(?:the\s+)?$", re.IGNORECASE)
_AGENT_AFTER = re.compile(
    r"^(?:'s|’s)?\s*(?:armed forces\s+|forces\s+|troops\s+|army\s+|military\s+|air defen[cs]es?\s+|units\s+|fighters\s+|drones\s+)?(?:(?:has|have|had|also|reportedly)\s+)*"
    r"(?:destroyed|shot down|downed|killed|eliminated|hit|struck|repelled|captured|neutrali[sz]ed|took out|knocked out|wiped out|intercepted)\b",
    re.IGNORECASE,
)
_SPEECH_BEFORE = re.compile(
    r"(?:according to|cited by|citing|figures from|data from|estimates? (?:by|from)|reported by|claimed by)\s+"
    r"(?:the\s+|a\s+)?(?:latest\s+|daily\s+)?(?:[\w'’]+\s+){0,2}$",
    re.IGNORECASE,
)


@dataclass
class Mention:
    start: int
    end: int
    actor: str | None  # resolved id, or None while generic and unresolved
    generic: str | None = None  # "mod", "gs", "ref"
    role: str | None = None  # claimant | loser | agent | enemy


def mentions(text: str) -> list[Mention]:
    """Actor mentions in a sentence (specific aliases first, then generic references not inside them)."""
    found = [Mention(s, e, a) for s, e, a in actors.find_actors(text)]
    taken = [(m.start, m.end) for m in found]
    for g in _GENERIC.finditer(text):
        if any(s <= g.start() < e for s, e in taken):
            continue
        kind = "mod" if g.group("mod") else "gs" if g.group("gs") else "ref"
        found.append(Mention(g.start(), g.end(), None, generic=kind))
    for g in _ENEMY.finditer(text):
        found.append(Mention(g.start(), g.end(), "@adversary", role="enemy"))
    return sorted(found, key=lambda m: m.start)


def assign_roles(text: str, ms: list[Mention]) -> None:
    """Tag each mention as claimant, loser or agent from the cue words around it."""
    c = cues()
    for m in ms:
        if m.role == "enemy":
            continue
        after, before = text[m.end: m.end + 80], text[max(0, m.start - 40): m.start]
        speech_after = re.match(r"^(?:'s|’s)?[^.;\d]{0,30}?(?:" + c["speech"].pattern + r")", after, re.IGNORECASE)
        if _SPEECH_BEFORE.search(before):
            m.role = "claimant"
        elif re.match(r"^(?:'s|’s)\s+(?:[\w-]+\s+){0,2}(?:" + c["speech_noun"].pattern + r")", after, re.IGNORECASE):
            m.role = "claimant"
        elif _LOSS_AFTER.match(after) or _LOSS_BEFORE.search(before):
            m.role = "loser"
        elif speech_after:
            m.role = "claimant"
        elif re.search(r"(?:" + c["speech"].pattern + r")\s+(?:the\s+|by\s+the\s+|by\s+)?$", before, re.IGNORECASE):
            m.role = "claimant"
        elif _AGENT_AFTER.match(after):
            m.role = "agent"


def resolve_generic(m: Mention, history: list[str], loser_side: str | None) -> str | None:
    """Resolve "the Defense Ministry", "the General Staff", "it said" against earlier bodies or the loser."""
    reg = actors.registry()
    if m.generic == "ref":
        return history[-1] if history else None
    suffix = "MOD" if m.generic == "mod" else "GS"
    for aid in reversed(history):
        if aid.endswith("-" + suffix):
            return aid
    if loser_side:
        adv = actors.adversary_of(loser_side)
        if adv and f"{adv}-{suffix}" in reg:
            return f"{adv}-{suffix}"
    if suffix == "GS" and "UKR-GS" in reg:
        return "UKR-GS"  # the one General Staff that publishes daily enemy losses
    return None


def side(actor_id: str | None) -> str | None:
    if actor_id is None or actor_id == "@adversary":
        return actor_id
    return actors.side_of(actor_id) or actor_id
