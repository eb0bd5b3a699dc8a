"""Step 4 of article extraction: who claims a figure (claimant) and whose forces suffered it (loser).

Mentions of actors come from the registry's aliases plus generic references ("the Defense Ministry",
"the General Staff", "Генштаб", "the ministry", "it said"), which resolve to the body named earlier, or
else to the side opposed to the figure's loser. A mention is a *claimant* when a speech cue governs it
("according to X", "X said", "X's latest update"), a *loser* when a loss cue does ("Ukrainian forces
lost", "losses for Ukraine", "Потери ВСУ"), and an *agent* when it destroyed something (its adversary is
then the loser). "enemy" means the claimant's adversary. An armed group (Hamas, the RSF) is its own
side: "300 RSF fighters" are the RSF's losses, not Sudan's.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .. import actors
from .lexicon import actor_id, actor_index, cues, lower, plain, trie_regex, twin

_GENERIC = re.compile(
    r"\b(?P<mod>defen[cs]e minister|minister of defen[cs]e|министр\w* обороны|міністр\w* оборони|defen[cs]e ministry|ministry of (?:national )?defen[cs]e|(?:national )?defen[cs]e ministry|defen[cs]e department|mod|міноборони|минобороны|"
    r"міністерств\w* оборони|министерств\w* обороны)(?!\w)"
    r"|\b(?P<gs>general staff|генштаб\w*|генеральн\w+ штаб\w*)"
    r"|\b(?P<pron>(?:по|за)\s+(?:его|ее|её|их|його|її|їхніми|їх)\s+(?:данным|даними|подсчетам|підрахунками|оценкам|оцінками|словами|словам)|"
    r"according to (?:its|their|his|her) (?:count|data|figures|estimates?|tally))(?!\w)"
    r"|\b(?P<mil>(?:the\s+|an?\s+)?(?:army|military)(?:'s)?(?:\s+spokes(?:man|woman|person)(?:\s+[\w.'-]+){0,4}?)?)\b"
    r"(?=\s+(?:also\s+|further\s+|then\s+)?(?:said|says|reported|claimed|added|stated|announced|noted|estimated|told))"
    r"|\b(?P<ref>(?<=according to )(?:the ministry|the department|the agency)(?=\W)|(?:(?:(?:the\s+|an?\s+)?(?:ministry|idf)(?:'s)?\s+spokes(?:man|woman|person)(?:\s+[\w.'-]+){0,4}?)|"
    r"the ministry|the department|the (?!defen[cs]e )[\w'-]+ ministry|officials|it|they|he|she|the agency|the statement|"
    r"the group|the party|the movement|"
    r"the militia|the organi[sz]ation|the rebels|the militants|the insurgents|the paramilitary|the paramilitaries|"
    r"the report|the update|the body|міністерство|министерство|відомство|ведомство)\b"
    r"(?=\s+(?:also\s+|further\s+|then\s+)?(?:said|says|reported|claimed|added|stated|announced|noted|estimated|told|"
    r"повідомил\w*|сообщил\w*|заявил\w*|додал\w*|добавил\w*)))"
    # a speaker named only by a military role: "a brigade spokesman", "the air force said", "речник ОТУ «Харків»"
    r"|\b(?P<unit>spokes(?:man|woman|person)\s+(?:for|of)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:brigade|battalion|regiment|"
    r"corps|division)|(?:brigade|battalion|regiment|unit|corps|division|air force|navy|"
    r"command|grouping)(?:'s)?\s+(?:spokes(?:man|woman|person)|press (?:service|office)|commander|officer)"
    r"|(?:air force|navy)(?=\s+(?:also\s+)?(?:said|says|reported|added|stated|announced|claimed))"
    r"|речни(?:к|ка|ця|ці)|спікер(?:ка|ки)?|спикер|прес-служб[аи]|пресс-служб[аы]|прес-секретар\w*|пресс-секретар\w*|"
    r"командир(?:а|ом)?|командувач(?:а)?|командующ(?:ий|его)|угрупованн(?:я|і)|группировк(?:а|и|е))(?!\w)",
    re.IGNORECASE,
)
_UK_OCCUPIERS = frozenset({"окупантів", "окупанти", "рашистів"})
_ENEMY_WORDS = ("enemy", "enemy's", "adversary", "occupiers", "occupying forces", "invaders", "противника", "ворога",
                "окупантів", "окупанти", "противник", "врага", "оккупантов", "рашистів", "ворог", "враг", "ворожої", "ворожих",
                "ворожу", "ворожі", "вражеской", "вражеских", "вражескую")
#: A short place or time phrase between a side and its verb: a preposition and one to three words.
_PLACE_PHRASE = (r"(?:in|on|near|at|around|across|during|along|within|на|в|у|під|біля|за|під час|около|под|возле)\s+"
                 r"(?:[^\W\d]+\s+){1,3}?")
_LOSS_AFTER = re.compile(
    r"^(?:'s)?\s*(?:armed forces\s+|forces\s+|troops\s+|army\s+|military\s+|side\s+|units\s+|navy\s+|"
    r"air force\s+|fighters\s+|militants\s+|"
    r"(?:війська|військові|сили|окупанти|загарбники|войска|военные|силы|оккупанты|армія|армия|підрозділи|подразделения)\s+)?"
    r"(?:" + _PLACE_PHRASE + r")?"  # "російська армія на Харківському напрямку втратила", "Russian forces near Bakhmut lost"
    r"(?:(?:has|have|had|also|reportedly|already|so far|now|been|likely|probably|"
    r"allegedly|reportedly|may have|might have|could have)\s+)*"
    r"(?:lost|loses|losing|suffered|suffers|suffering|sustained|incurred|losses|loss|casualties|death toll|"
    r"потеряли|потеряла|потерял|втратили|втратила|втратив|втрати|потери|лишились|лишилась|лишился|лишилися|лишився)(?!\w)",
    re.IGNORECASE,
)
_LOSS_BEFORE = re.compile(
    r"(?:(?:losses|loss|casualties|toll)\s+(?:of|for|among|to|suffered by)\s+(?:the\s+)?"  # not "in": "Russian losses in Ukraine"
    r"|\bcost(?:s|ing)?\s+(?:the\s+)?"  # "the offensive had cost the RSF 1,800 fighters"
    r"|(?:потери|втрати|потерь|втрат)\s+)$",
    re.IGNORECASE,
)
_AGENT_AFTER = re.compile(
    r"^(?:'s)?\s*(?:armed forces\s+|forces\s+|troops\s+|army\s+|military\s+|air defen[cs]es?\s+|units\s+|"
    r"fighters\s+|drones\s+|navy\s+|air force\s+|defenders\s+|defense forces\s+|сили оборони\s+|"
    r"(?:війська|військові|сили|захисники|оборонці|бійці|войска|военные|силы|защитники|бойцы|підрозділи|подразделения)\s+)?"
    r"(?:" + _PLACE_PHRASE + r")?"
    r"(?:(?:has|have|had|also|reportedly|successfully)\s+)*"
    r"(?:destroyed|shot down|downed|killed|eliminated|hit|struck|repelled|captured|neutrali[sz]ed|took out|"
    r"knocked out|wiped out|intercepted|знищили|знищило|знищила|знищив|уничтожили|уничтожило|уничтожила|уничтожил|збили|збило|"
    r"збила|збив|сбили|сбило|сбила|сбил|ліквідували|ліквідувало|ліквідувала|уразили|уразило|поразили|поразило)(?!\w)",
    re.IGNORECASE,
)
_AUX = re.compile(r"\b(?:has|have|had)\b", re.IGNORECASE)
_FATE_NOUN_PHRASE = re.compile(r"\s+(?:or|and)\s+(?:wounded|injured|captured|missing)\b", re.IGNORECASE)
_SPEECH_BEFORE = re.compile(
    r"(?:according to|cited by|citing|figures from|data from|estimates? (?:by|from)|reported by|claimed by|"
    r"(?:statement|report|summary|update|bulletin|briefing) (?:by|from|of)|"
    r"(?:говорится|сказано|отмечается|йдеться|зазначається|сказано) (?:в|у|во) (?:сводке|сообщении|заявлении|зведенні|"
    r"повідомленні|заяві)|в сводке|у зведенні|в сообщении|у повідомленні|"
    r"по данным|за даними|по информации|за інформацією|"
    r"(?:повідомили|повідомляють|заявили|зазначили|уточнили|сообщили|сообщают|уточнили|отметили) (?:в|у|во))\s+"
    r"(?:the\s+|a\s+)?(?:latest\s+|daily\s+|new\s+)?(?:[\w'’]+\s+){0,2}$"
    # Ukrainian and Russian put the speaker after the verb: "Про це повідомив речник ...", "сообщили в Минобороны"
    r"|(?<!\w)(?:повідоми\w*|заяви\w*|сообщи\w*|допові(?:в|ла|ли)|доложил\w*|зазначи\w*|отметил\w*|розпові(?:в|ла|ли)|"
    r"рассказал\w*|сказа(?:в|ла|ли|л)|передає|передает|інформує|информирует)\s+(?:в\s+|у\s+|во\s+)?(?:[^\W\d]+\s+)?$",
    re.IGNORECASE,
)
_POSSESSIVE_LOSS = re.compile(r"'s\s+(?:[\w-]+\s+){0,3}?(?:losses|loss|casualties|death toll)\b", re.IGNORECASE)
_LOSS_HINT = re.compile(r"(?i)loss|casualt|toll|cost|потер|втрат")
_HEADLINE = re.compile(r"\s*:\s")
_MADE = re.compile(r"[\s-]*(?:made|supplied|built|provided|produced|donated|designed|origin)\b", re.IGNORECASE)
_MADE_TWIN = twin(_MADE)
_DEFENCE = re.compile(r"(?i)(defen)c(e)")
_WORD_CHAR = re.compile(r"\w")


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    actor: str | None  # resolved id, or None while generic and unresolved
    generic: str | None = None  # "mod", "gs", "mil" (the army, a military spokesman), "unit" (a brigade spokesman),
    # "ref" (the ministry, it)
    role: str | None = None  # claimant | loser | agent | enemy
    made: bool = False  # "United States-made": names a supplier, not a side


def fold(text: str) -> str:
    """The text with spelling variants folded (same length, so offsets stay valid)."""
    if "’" in text or "‘" in text:
        text = text.replace("’", "'").replace("‘", "'")
    if "ё" in text or "Ё" in text:
        text = text.replace("ё", "е").replace("Ё", "Е")
    return _fold_defence(text) if "efenc" in text or "EFENC" in text else text


def _fold_defence(text: str) -> str:
    """``_DEFENCE.sub(r"\1s\2", text)`` ("Defence" → "Defense", the other letters' case kept); in a plain text the words are
    found in its lower case (of the same length), several times faster than the case-insensitive scan."""
    if not plain(text):
        return _DEFENCE.sub(r"\1s\2", text)
    low = text.lower()
    parts, pos = [], 0
    i = low.find("defence")
    while i >= 0:
        parts += (text[pos:i + 5], "s")
        pos = i + 6
        i = low.find("defence", i + 7)
    parts.append(text[pos:])
    return "".join(parts)


#: "Baku has not published any figures", "Russia does not disclose its losses": no statement, so no speaker.
_NEGATED = re.compile(r"\b(?:not|never|n't|no longer|declined to|refused to)\b|(?<!\w)(?:не|ні|отказал\w*|відмовил\w*)(?!\w)",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _speech_after() -> re.Pattern:
    return re.compile(r"^(?:'s)?[\s,]*(?:[\w'-]+[\s,]+){0,3}?(?:" + cues()["speech"].pattern + r")", re.IGNORECASE)


#: After a mention that a preceding speech verb governs, the clause ends ("..., said the ministry.",
#: "said the ministry on Tuesday", "said the ministry in a statement"); otherwise the mention is the
#: subject of the reported clause ("said Russian forces had taken ...").
_CLAUSE_END = re.compile(
    r"^\s*(?:$|[.,;:!?)\]\"”»]|(?:in|on|at|via)\s+(?:a|an|its|their|the|his|her|\w+day|\d)\b|(?:told|added|wrote|noted)\b|—|–|-\s"
    r"|(?:в|во|у|на)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|понеділок|вівторок|середу|четвер|"
    r"п'ятницю|суботу|неділю|telegram|телеграм|заявлении|заяві|сообщении|повідомленні|сводке|зведенні|\d))",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _speech_ending() -> re.Pattern:
    return re.compile(r"(?:" + cues()["speech"].pattern + r")\s+(?:the\s+|by\s+the\s+|by\s+|in\s+|at\s+|в\s+|у\s+)?$",
                      re.IGNORECASE)


def mentions(text: str, with_speech: bool = False, low: str | None = None) -> list[Mention]:
    """Actor mentions in a folded text (see :func:`fold`): registry aliases, generic references ("the Defense
    Ministry", "it said") and "the enemy", found in one pass over the lower-cased text. With
    ``with_speech`` the speech/report words found in the same pass come too (``generic="speech"``, see
    :func:`split_speech`). ``low`` is ``lower(text)`` if already known."""
    found = []
    low = lower(text) if low is None else low
    for g in _mention_pattern().finditer(low):
        kind, start, end = g.lastgroup, g.start(), g.end()
        if kind == "actor":
            aid = actor_id(g.group(0))  # (lower case)
            if aid:
                found.append(Mention(start, end, aid))
        elif kind == "speech":
            found.append(Mention(start, end, None, generic="speech"))
        elif kind == "enemy":  # Ukrainian "окупанти" (occupiers) are always Russia's forces, whoever speaks
            found.append(Mention(start, end, "RUS" if g.group(0) in _UK_OCCUPIERS else "@adversary", role="enemy"))
        elif kind == "pron":  # "по его данным", "according to its count": the body named before speaks
            found.append(Mention(start, end, None, generic="ref", role="claimant"))
        else:
            found.append(Mention(start, end, None, generic=kind))
    found = _merge_body_of_state(found, low)
    # "Kyiv's air force", "Ethiopia's army": the role belongs to the side just named, which speaks
    found = [m for k, m in enumerate(found) if not (m.generic in ("unit", "mil") and k and found[k - 1].actor
                                                     and m.start - found[k - 1].end <= 3)]
    made = _MADE_TWIN if plain(text) else _MADE  # the twin on the lower case of a plain text: see lexicon.twin
    for m in found:
        m.made = made.match(low, m.end) is not None
    return found if with_speech else [m for m in found if m.generic != "speech"]


@lru_cache(maxsize=1)
def _mention_pattern() -> re.Pattern:
    """One pass for every kind of mention: registry aliases, generic bodies, references, "the enemy"."""
    body = "|".join(p for p in (
        rf"(?P<actor>{trie_regex(actor_index())})(?![\w])",
        rf"(?P<enemy>{trie_regex(_ENEMY_WORDS)})(?![\w])",
        rf"(?P<speech>{trie_regex(_speech_words())})(?![\w])",
        _GENERIC.pattern.replace(r"\b(?P<", "(?P<"),
    ))
    # Scanned on lower-cased text. Every alternative starts with a word character, so "(?=\w)" (a quick test
    # that rejects the ends of words) changes nothing but speed; checked for the vocabularies here.
    words = [*actor_index(), *_ENEMY_WORDS, *_speech_words()]
    start = r"\b(?=\w)" if all(re.match(r"\w", w) for w in words) else r"\b"
    return re.compile(start + "(?:" + body + ")")


_OF_GAP = re.compile(r"\s*(?:of\s+(?:the\s+)?)?")
_POSS_GAP = re.compile(r"(?:'s)?\s+")


def _merge_body_of_state(found: list[Mention], low: str) -> list[Mention]:
    """"Министерство обороны России", "the Ministry of Defence of Ukraine", "General Staff of Ukraine": a
    generic body followed by a state is that state's body (one mention, not two)."""
    reg = actors.registry()
    out: list[Mention] = []
    skip = False
    for a, b in zip(found, found[1:] + [None]):
        if skip:
            skip = False
            continue
        mil = _STATE_MILITARY.match(low, a.end) if a.actor and a.generic is None and is_state(a.actor) else None
        if mil and (b is None or b.start >= mil.end()):  # "Sudan's army", "the Russian military": its armed forces
            out.append(Mention(a.start, mil.end(), military_of(a.actor)))
            continue
        if (a.generic in ("mod", "gs") and b is not None and b.actor and b.generic is None
                and _OF_GAP.fullmatch(low, a.end, b.start) and is_state(b.actor)
                and f"{b.actor}-{a.generic.upper()}" in reg):
            out.append(Mention(a.start, b.end, f"{b.actor}-{a.generic.upper()}"))
            skip = True
            continue
        if (b is not None and b.generic in ("mod", "gs") and a.actor and a.generic is None and is_state(a.actor)
                and _POSS_GAP.fullmatch(low, a.end, b.start)
                and f"{a.actor}-{b.generic.upper()}" in reg):  # "Ukraine's General Staff", "Armenian Defence Ministry"
            out.append(Mention(a.start, b.end, f"{a.actor}-{b.generic.upper()}"))
            skip = True
            continue
        out.append(a)
    return out


@lru_cache(maxsize=1024)
def is_state(actor_id: str) -> bool:
    """Whether the registry knows the actor as a state (memoised, as the registry it reads is)."""
    a = actors.registry().get(actor_id)
    return a is not None and a.kind == "state"


_STATE_MILITARY = re.compile(r"(?:'s)?\s+(?:army|military|armed forces|defen[cs]e forces)(?!\w)")
_MILITARY_NAME = re.compile(r"(?i)(?:\w+\s+)?(?:armed forces|army|defen[cs]e forces|military)")  # "Sudanese Armed Forces"


@lru_cache(maxsize=256)
def military_of(state: str) -> str:
    """The body or group that is a state's armed forces (named so in ``actors.csv``: "Israel Defense Forces"), else
    the state itself (a General Staff or a ministry speaks for the army, but is not "the army")."""
    return next((a.id for a in actors.registry().values() if a.kind in ("body", "group") and actors.side_of(a.id) == state
                 and _MILITARY_NAME.fullmatch(a.name)), state)


@lru_cache(maxsize=1)
def _speech_words() -> tuple[str, ...]:
    from ..vocab import read_table

    return tuple(r["phrase"].lower() for r in read_table("cues.csv") if r["kind"] in ("speech", "speech_noun"))


def split_speech(found: list[Mention]) -> tuple[list[Mention], list[int]]:
    """Separate the speech/report words :func:`mentions` also returns (as ``generic="speech"``)."""
    return [m for m in found if m.generic != "speech"], [m.start for m in found if m.generic == "speech"]


def assign_roles(text: str, ms: list[Mention], claimants_only: bool = False, speech_at: list[int] | None = None) -> None:
    """Tag each mention as claimant, loser or agent from the cue words around it.

    Speech and report words are located once per sentence; the exact patterns run only for mentions
    that have one close by. ``claimants_only`` skips the loser/agent tests (sentences without figures).
    """
    if any(m.generic == "speech" for m in ms):
        ms_all = ms
        ms, speech_at = split_speech(ms_all)
    if speech_at is None:
        c, low = cues(), lower(text)
        speech_at = [m.start() for m in c["speech"].finditer(low)] + [m.start() for m in c["speech_noun"].finditer(low)]
    patterns, twins = _role_patterns()
    all_plain = plain(text)  # then so is every slice of it
    for m in ms:
        if m.role == "enemy" or m.made:
            continue
        near_before = near_after = False
        for p in speech_at:
            near_before = near_before or m.start - 50 <= p < m.start
            near_after = near_after or m.end <= p <= m.end + 45
        after, before = text[m.end: m.end + 80], text[max(0, m.start - 50): m.start]
        r = patterns
        if all_plain or (plain(after) and plain(before)):  # scan the lower case with case-sensitive twins (see lexicon.twin)
            after, before, r = after.lower(), before.lower(), twins
        if r.possessive_loss.match(after):  # "Russia's visually confirmed tank losses"
            m.role = "loser"
        elif r.headline.match(after) and not _WORD_CHAR.search(text, 0, m.start):  # "Генштаб ЗСУ: втрати ворога ..."
            m.role = "claimant"
        elif near_before and r.speech_before.search(before):
            m.role = "claimant"
        elif near_after and (said := r.speech_after.match(after)) and not r.loss_after.match(after) \
                and not r.agent_after.match(after) and not _NEGATED.search(after, 0, said.end()) and not any(
                    m.end + 3 < o.start < m.end + said.end()
                    or (m.end + said.end() <= o.start <= m.end + said.end() + 3 and _CLAUSE_END.match(text[o.end:o.end + 40]))
                    for o in ms):
            m.role = "claimant"  # "Ethiopia's army said"; not "76 Boko Haram fighters, the army said" nor "40 украинских
            # беспилотников, сообщило Минобороны": the speaker nearer the verb, or right after it
        elif near_after and r.possessive_speech.match(after):
            m.role = "claimant"
        elif not claimants_only and (r.loss_after.match(after) or (r.loss_hint.search(before) and r.loss_before.search(before))):
            m.role = "loser"
        elif not claimants_only and (ag := r.agent_after.match(after)) and not (
                _FATE_NOUN_PHRASE.match(after, ag.end()) and not _AUX.search(ag.group(0))):
            m.role = "agent"  # not "Russian troops killed or wounded" (a noun phrase: the troops are the losses)
        elif near_before and r.speech_ending.search(before) and _CLAUSE_END.match(after):
            m.role = "claimant"  # "..., said the ministry." — not "said Russian forces had taken ..."
    if not any(m.role == "claimant" for m in ms):
        _subject_claimant(text, ms, speech_at)


_SUBJECT_VERB = re.compile(r"(?:said|says|stated|claimed|reported|announced|told|added|wrote|confirmed|counted|"
                           r"estimated|заяв\w*|повідом\w*|сообщ\w*)(?!\w)", re.IGNORECASE)
_SUBJECT_BREAK = re.compile(r"(?<![\w-])\d[\d,.]*(?![\w-])|[;:\"“”«»]|\b(?:lost|loses|destroyed|killed|shot|downed|suffered|hit|struck|that|who|which)\b",
                            re.IGNORECASE)


def _subject_claimant(text: str, ms: list[Mention], speech_at: list[int]) -> None:
    """With no claimant found otherwise, the actor named in the subject of a speech verb speaks: "The spokesperson for
    a Ukrainian brigade operating near Pokrovsk stated that ..." (the first mention before the verb, in its clause)."""
    for p in speech_at:
        if not _SUBJECT_VERB.match(text, p):
            continue
        for n, m in enumerate(ms):
            if (m.role is None and not m.made and m.actor != "@adversary" and m.end <= p and p - m.end <= 120
                    and not _SUBJECT_BREAK.search(text, m.end, p) and not any(m.end <= o.start < p for o in ms[n + 1:])):
                m.role = "claimant"  # ("The Israeli military did not respond to ..., but said that ...")
                return


class _RolePatterns(NamedTuple):
    possessive_loss: re.Pattern
    headline: re.Pattern
    speech_before: re.Pattern
    speech_after: re.Pattern
    loss_after: re.Pattern
    agent_after: re.Pattern
    possessive_speech: re.Pattern
    loss_hint: re.Pattern
    loss_before: re.Pattern
    speech_ending: re.Pattern


@lru_cache(maxsize=1)
def _role_patterns() -> tuple[_RolePatterns, _RolePatterns]:
    """The patterns :func:`assign_roles` tests, as written and as case-sensitive twins for lower-cased plain text."""
    ci = _RolePatterns(_POSSESSIVE_LOSS, _HEADLINE, _SPEECH_BEFORE, _speech_after(), _LOSS_AFTER, _AGENT_AFTER,
                       _possessive_speech(), _LOSS_HINT, _LOSS_BEFORE, _speech_ending())
    return ci, _RolePatterns(*(twin(p) for p in ci))


@lru_cache(maxsize=1)
def _possessive_speech() -> re.Pattern:
    """"X's latest update", "Kyiv's count": a possessive whose noun is a report."""
    return re.compile(r"^'s\s+(?:[\w-]+\s+){0,2}?(?:" + cues()["speech_noun"].pattern + r")", re.IGNORECASE)


def fingerprint(text: str) -> str | None:
    """The publisher whose bulletin wording the text uses ("UAV operational-tactical level" → UKR-GS,
    "special military operation" → RUS-MOD), from the ``source:<actor>`` rows of ``cues.csv``; ``None``
    when no or several sources match. Used only for figures nothing else attributes."""
    low = lower(text)
    hits = {kind.split(":", 1)[1] for kind, pat in cues().items() if kind.startswith("source:") and pat.search(low)}
    return hits.pop() if len(hits) == 1 else None


def resolve_generic(m: Mention, history: list[str], loser_side: str | None, states: list[str] = ()) -> str | None:
    """Resolve "the Defense Ministry", "the General Staff", "it said" against earlier bodies or the loser; an
    unnamed ministry with neither is that of the state named last before it (``states``: "The Armed Forces of
    Azerbaijan ..., the Ministry of Defense said")."""
    reg = actors.registry()
    if m.generic == "mil":  # "the army said": the last armed force named ("Sudan's army ... from the RSF ... the army"),
        named = next((a for a in reversed(history) if _MILITARY_NAME.fullmatch(reg[a].name)), None)  # else the side
        return named or (adversary(loser_side) if loser_side else None) or (history[-1] if history else None)  # fighting the loser
    if m.generic == "ref":
        return history[-1] if history else None
    if m.generic == "unit":  # a brigade's or the air force's spokesman speaks for the side fighting the loser
        adv = adversary(loser_side) if loser_side else None
        return adv or (side(history[-1]) if history else None)
    suffix = "MOD" if m.generic == "mod" else "GS"
    for aid in reversed(history):
        if aid.endswith("-" + suffix):
            return aid
    if loser_side:
        adv = actors.adversary_of(loser_side)
        if adv and f"{adv}-{suffix}" in reg:
            return f"{adv}-{suffix}"
    for aid in reversed(history):  # "Russia ... the Defense Ministry": the body of the state named before
        if f"{side(aid)}-{suffix}" in reg:
            return f"{side(aid)}-{suffix}"
    if suffix == "MOD" and states and f"{states[-1]}-MOD" in reg:
        return f"{states[-1]}-MOD"
    if suffix == "GS" and "UKR-GS" in reg:
        return "UKR-GS"  # the one General Staff that publishes daily enemy losses
    return None


@lru_cache(maxsize=1024)
def side(actor_id: str | None) -> str | None:
    """The side an actor fights for: a state's body → the state; an armed group → the group itself (memoised, as
    the actor registry it reads is)."""
    if actor_id is None or actor_id.startswith("@"):
        return actor_id
    a = actors.registry().get(actor_id)
    if a is not None and a.kind == "group":
        return actor_id
    return actors.side_of(actor_id) or actor_id


#: The actors a document names (and their sides), set by the article extractor for the document it reads: an actor
#: with several adversaries (Israel: Hamas, Hezbollah, Iran) fights the one the text names.
PRESENT: ContextVar[frozenset] = ContextVar("present_actors", default=frozenset())


def adversary(actor_id: str | None) -> str | None:
    """Whose losses the actor's "enemy" means: an armed group's adversary, else its state's; of several, the first the
    document names (:data:`PRESENT`), else the first listed."""
    if actor_id is None or actor_id.startswith("@"):
        return None
    return _adversary(actor_id, PRESENT.get())


@lru_cache(maxsize=4096)
def _adversary(actor_id: str, present: frozenset) -> str | None:
    a = actors.registry().get(actor_id)
    listed = a.adversaries if a is not None and a.adversaries else ()
    if not listed:
        s = actors.registry().get(side(actor_id) or actor_id)
        listed = s.adversaries if s is not None else ()
    return next((x for x in listed if x in present), listed[0] if listed else None)
