"""The article parser: runs the extraction steps over a news text and declares itself as a plugin.

``parse_article(text, published=...)`` returns a validated claims table. Figures the extractor cannot
tie to a loser are left out rather than guessed (see README, "What the extractor leaves out").
"""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd

from .. import actors
from ..documents import from_text
from ..parsers import Figure
from . import attribution as attr
from .figures import Found, find_in_sentence
from ..vocab import category_of
from .lexicon import cues
from .periods import Period, event_starts, find_period
from .regions import find_regions, region_for
from .sentences import Sentence, split

_INCREMENT_AFTER = re.compile(r"^\s*\(\s*\+\s*(\d[\d,. ]*)\s*\)")
_SELF = re.compile(r"\b(?:its|their|our|own)\b", re.IGNORECASE)


def _is_loss(sent: Sentence, f: Found) -> bool:
    """A figure counts only in a loss context: the cue word nearest to it in its clause must be a loss
    cue ("destroyed", "lost"), not an aid/production/stock cue ("will send", "produces")."""
    c = cues()
    text = sent.text
    rel = f.number.start - sent.start
    lo = text.rfind(";", 0, rel) + 1
    hi = text.find(";", rel)
    hi = len(text) if hi < 0 else hi
    clause = text[lo:hi]
    at = rel - lo
    dist = lambda m: min(abs(m.start() - at), abs(m.end() - at))  # noqa: E731
    pos = [dist(m) for m in c["loss"].finditer(clause)]
    if not pos:
        return False
    neg = [dist(m) for m in c["not_loss"].finditer(clause)]
    return not neg or min(pos) < min(neg)


def _loser_of(sent: Sentence, f: Found, ms: list[attr.Mention]) -> str | None:
    """Loser from the figure's own words ("69 Ukrainian tanks", "of its soldiers"), else the sentence's cues."""
    lo, hi = f.number.end, f.label_span[0]
    between = [m for m in ms if lo <= sent.start + m.start and sent.start + m.end <= hi]
    for m in between:
        if m.actor:
            return attr.side(m.actor)
    if _SELF.search(sent.text[lo - sent.start: hi - sent.start]):
        return "@self"
    pos = f.number.start - sent.start
    for roles in (("loser", "enemy"), ("agent",)):
        cands = [m for m in ms if m.role in roles and m.actor]
        if not cands:
            continue
        before = [m for m in cands if m.end <= pos]
        m = before[-1] if before else cands[0]
        return attr.side(m.actor) if m.role != "agent" else _adversary(m.actor)
    return None


def _adversary(actor_id: str) -> str | None:
    if actor_id == "@adversary":
        return None
    return actors.adversary_of(attr.side(actor_id))


def extract(text: str, published: dt.date | None = None, publisher: str | None = None) -> list[Figure]:
    """All loss figures of a text as :class:`Figure` records (claimant/loser as actor ids or ``@`` refs)."""
    sents = split(text)
    events = event_starts(text, published)
    doc_regions = find_regions(text)
    history: list[str] = []
    per_sent = []  # (sentence, figures, claimant, losers)
    for s in sents:
        figs = [f for f in find_in_sentence(s) if _is_loss(s, f)]
        ms = attr.mentions(s.text)
        attr.assign_roles(s.text, ms)
        losers = [_loser_of(s, f, ms) for f in figs]
        claimant = None
        for m in ms:
            if m.actor is None:
                known = next((x for x in losers if x and not x.startswith("@")), None)
                m.actor = attr.resolve_generic(m, history, known)
            if m.actor and not m.actor.startswith("@") and actors.registry()[m.actor].kind == "body":
                history.append(m.actor)
        claimants = [m for m in ms if m.role == "claimant" and m.actor and not m.actor.startswith("@")]
        if claimants:
            first_fig = figs[0].number.start - s.start if figs else len(s.text)
            before = [m for m in claimants if m.start < first_fig]
            claimant = (before[-1] if before else claimants[0]).actor
            history.append(claimant)
        per_sent.append((s, figs, claimant, losers))
    out: list[Figure] = []
    last_claimant, last_para = None, -1
    carry_period: Period | None = None
    carry_loser: str | None = None
    for i, (s, figs, claimant, losers) in enumerate(per_sent):
        if s.paragraph != last_para:
            carry_period, carry_loser = None, None
            if s.paragraph > last_para + 1:
                last_claimant = None
        last_para = s.paragraph
        if not figs:
            if claimant:
                last_claimant = claimant
            continue
        who = claimant or _paragraph_claimant(per_sent, i) or last_claimant or publisher
        if claimant:
            last_claimant = claimant
        period = find_period(s.text, published, events) or carry_period or Period(None, published, "cumulative")
        carry_period = period
        s_regions = find_regions(s.text)
        region = region_for(s_regions, doc_regions)
        at: dict[int, int] = {}  # index in figs → index in out
        for k, (f, loser) in enumerate(zip(figs, losers)):
            loser = loser or carry_loser
            if loser is None and who and actors.adversary_of(who):
                loser = "@adversary"
            if loser is None:
                continue  # no loser: left out rather than guessed
            carry_loser = loser if not loser.startswith("@") else carry_loser
            parent = at.get(f.parent) if f.parent is not None else None
            at[k] = len(out)
            out.append(_figure(s, f, who, loser, period, region, parent))
            inc = _INCREMENT_AFTER.match(text[f.number.end:])
            if inc:
                start = f.number.end + inc.start(1)
                out.append(_increment(s, f, who, loser, published, region, start, start + len(inc.group(1).rstrip(", .")), inc))
    return out


def _paragraph_claimant(per_sent, i: int) -> str | None:
    """The claimant of the nearest sentence in the same paragraph that attributes without figures of its own."""
    para = per_sent[i][0].paragraph
    best = None
    for j, (s, figs, claimant, _l) in enumerate(per_sent):
        if s.paragraph == para and claimant and not figs:
            if best is None or abs(j - i) < abs(best[0] - i):
                best = (j, claimant)
    return best[1] if best else None


def _figure(s: Sentence, f: Found, who, loser, period: Period, region, parent: int | None) -> Figure:
    n = f.number
    return Figure(
        label=f.label,
        value=n.value,
        value_high=n.value_high,
        qualifier=f.qualifier,
        quote=s.text,
        span=(n.start, n.end),
        category=f.category if f.category != category_of(f.label) else None,
        model=f.model,
        claimant=who,
        loser=loser,
        region=region,
        period_start=period.start,
        period_end=period.end,
        basis=period.basis,
        parent=parent,
    )


def _increment(s, f: Found, who, loser, published, region, start, end, inc) -> Figure:
    from .numbers import parse_number

    day0 = published - dt.timedelta(days=1) if published else None
    return Figure(
        label=f.label, value=parse_number(inc.group(1)) or 0, quote=s.text, span=(start, end),
        category=f.category if f.category.startswith("personnel") else None, model=f.model,
        claimant=who, loser=loser, region=region, period_start=day0, period_end=published, basis="increment",
    )


def parse_article(text: str, *, published=None, document_id: str | None = None, publisher: str | None = None) -> pd.DataFrame:
    """Extract every reported loss figure of a news text as a validated claims table.

    Parameters
    ----------
    text : str
        The article. A leading ``date YYYY-MM-DD`` line sets ``published`` when it is not given.
    published : date or ISO string, optional
        The article's date; relative dates ("on Tuesday", "in the past 24 hours") resolve against it.
    document_id : str, optional
        Id to use instead of the content-derived one.
    publisher : str, optional
        Outlet (actor id or alias); claimant of figures the text does not attribute.

    Returns
    -------
    pandas.DataFrame
        The claims table (see :class:`losstrack.schema.ClaimsModel`); raises
        :class:`losstrack.pipeline.DocumentFailed` if a figure breaks the schema.
    """
    from ..parsers import get
    from ..pipeline import claims_for

    doc = from_text(text, published=published, document_id=document_id, publisher=publisher)
    spec = get("article")
    return claims_for(doc, spec, spec.run(doc))
