"""Step 4 of article extraction: the actors a sentence mentions, who claims a figure (claimant) and whose forces
suffered it (loser).

Mentions of actors come from the registry's aliases plus generic references ("the Defense Ministry",
"the General Staff", "Генштаб", "the ministry", "it said"), which resolve to the body named earlier, or
else to the side opposed to the figure's loser. The role of each mention (claimant, loser, agent) is read by
:mod:`.roles`. "enemy" means the claimant's adversary. An armed group (Hamas, the RSF) is its own
side: "300 RSF fighters" are the RSF's losses, not Sudan's.
"""

from __future__ import annotations

import datetime as dt
import re
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from .. import actors
from .lexicon import actor_id, actor_index, cue_words, cues, lower, plain, trie_regex, twin
from .prefixes import start_guard

_TALIBAN_STATE = frozenset({"AFG", "AFG-MOD"})  # ids of the Taliban's Afghanistan (since August 2021)
#: The Republic's years: from the Interim Administration (after the Taliban's first fall) until the Taliban took Kabul.
_REPUBLIC = (dt.date(2001, 12, 22), dt.date(2021, 8, 15))
#: The Democratic Republic's years: from the Saur Revolution until the mujahideen took Kabul.
_DRA = (dt.date(1978, 4, 27), dt.date(1992, 4, 28))


def of_year(actor_id: str | None) -> str | None:
    """The actor an id names on the document's date (:data:`PUBLISHED`): while the Republic held Kabul, "Afghan forces"
    and "Afghanistan's defence ministry" were the Republic's (AFG-REP), the Taliban the insurgents (AFG); from 1978 to 1992
    the Democratic Republic's (AFG-DRA)."""
    day = PUBLISHED.get()
    if actor_id in _TALIBAN_STATE and day is not None and _REPUBLIC[0] <= day < _REPUBLIC[1]:
        return "AFG-REP"
    if actor_id in _TALIBAN_STATE and day is not None and _DRA[0] <= day < _DRA[1]:
        return "AFG-DRA"
    return actor_id


_TALIBAN = re.compile(r"taliban|taleban|талиб|таліб|islamic emirate|исламский эмират|ісламський емірат|mujahid|муджахид|муджахід")
# (its names, and its spokesman Zabihullah Mujahid's: the Taliban whatever the year)
#: An unnamed officer or source of the military (see :data:`_GENERIC`'s "mil"; generic "src"): armed groups have none,
#: and a state's unnamed sources are cited for what its army does not announce, its own losses.
_UNNAMED_OFFICER = re.compile(r"(?:commander|officer|officials?|sources?|insiders?)$")
_PRONOUNS = frozenset({"it", "they", "he", "she", "воно", "оно", "the minister"})  # the pronouns of :data:`_GENERIC`'s
# "ref" (the neuter Cyrillic one is a body's: "Російське Міноборони ... воно заявило"; "the minister added" is the person
# who spoke before, as "he" is, not a side the sentence names: "... killed more than 700 ISIS fighters, the minister added")
#: The words of a "ref" that mean an armed group ("the group", "the militants", "группировка"): see ``Mention.group``.
_GROUP_REF = re.compile(r"group|outfit|movement|militia|organi[sz]ation|rebels|militants|insurgents|paramilitar|faction|"
                        r"группировк|угруповання|боевики|бойовики")
#: A Ukrainian/Russian speaker named by a pronoun after the speech verb, past a quote: "«...», – розповідає він".
_PRONOUN_AFTER = re.compile(r"\s+(?P<p>він|вона|вони|он|она|они)(?!\w)")
_GENERIC = re.compile(
    r"\b(?P<mod>defen[cs]e minister|minister of defen[cs]e|министр\w* обороны|міністр\w* оборони|defen[cs]e ministry|ministry of (?:national )?defen[cs]e|(?:national )?defen[cs]e ministry|defen[cs]e department|mod|міноборони|минобороны|"
    r"міністерств\w* оборони|министерств\w* обороны|(?:военн|оборонн)\w+ ведомств\w*|(?:військов|оборонн)\w+ відомств\w*|"
    r"(?<=ському )відомстві|(?<=ском )ведомстве|(?<=ського )відомства|(?<=ского )ведомства|"  # ("у російському
    # відомстві заявили", "за версією російського відомства": the state's ministry)
    r"(?:(?<=сообщили в )|(?<=заявили в )|(?<=уточнили в )|(?<=повідомили в )|(?<=повідомили у )|(?<=заявили у ))"
    r"(?:ведомстве|відомстві)|(?<=в )ведомстве(?= (?:заявили|сообщили|утверждают|уточнили|добавили))|"
    r"(?<=у )відомстві(?= (?:заявили|повідомили|стверджують|уточнили|додали|заявляють)))(?!\w)"  # ("трое
    # военнослужащих были ранены, сообщили в ведомстве", "Також у відомстві заявили": the ministry named before)
    r"|\b(?P<gs>general staff|генштаб\w*|генеральн\w+ штаб\w*|(?<=по данным )штаба|(?<=за даними )штабу)"
    r"|\b(?P<pron>(?:по|за)\s+(?:его|ее|её|их|його|її|їхніми|їх)\s+(?:(?:ж|же)\s+)?(?:данным|даними|подсчетам|підрахунками|оценкам|оцінками|словами|словам)|"
    r"according to (?:its|their|his|her) (?:count|data|figures|estimates?|tally)|"
    # "Там же сообщили", "Там лише заявили": the body named before speaks again
    r"там(?:\s+(?:же|лише|только|также|також|тоже|теж))?(?=\s+(?:заяви|сообщи|повідоми|утвержда|стверджу|уточни|добави|"
    r"дода|отмети|зазначи|призна|визна)\w*))(?!\w)"
    r"|\b(?P<army>(?<=за даними )армії|(?<=по данным )армии|(?<=сообщили в )армии|(?<=заявили в )армии|"
    r"(?<=повідомили в )армії|(?<=повідомили у )армії|(?<=заявили в )армії|(?<=заявили у )армії|"
    r"(?<=сообщили в )(?:пограничном )?управлении|(?<=повідомили в )(?:прикордонному )?управлінні|"  # ("пограничники ФСБ
    # уничтожили ..., сообщили в пограничном управлении": the force named before)
    r"(?:официальн\w+ )?представител\w* армии|"
    r"(?:офіційн\w+ )?представни\w* армії|(?<=according to )the (?:army|military|joint command)(?=\W)|"
    r"(?<=according to )(?:one|an|another) (?:senior )?(?:army |military )?officer(?=\W)|"  # (an unnamed one: "src")
    r"(?<=released by )the (?:army|military)(?=\W)|the\s+joint\s+command(?:\s+of\s+the\s+armed\s+forces)?(?=,?\s+(?:also\s+)?"
    r"(?:said|says|reported|added|claimed|stated)\b)|"  # ("..., the Joint Command of the Armed Forces said": the army)
    r"(?<=according to )the \d+(?:st|nd|rd|th) (?:[\w-]+ ){0,2}?"
    r"(?:division|brigade|regiment|battalion)(?=\W)|(?:the|his|her|their)\s+(?:division|brigade|regiment|battalion|corps)"
    r"(?=,?\s+(?:also\s+)?(?:said|says|reported|added|claimed|stated)\b))(?!\w)"  # ("за даними армії": the army named
    # before; "..., the division said", "..., his battalion said": the army's unit)
    r"|\b(?P<mil>(?:(?:the\s+|an?\s+)?(?:(?:senior|regional|local|top|high-ranking)\s+)?(?:army|military)(?:'s)?"
    r"(?:\s+spokes(?:man|woman|person)(?:,?\s+[\w.'-]+){0,6}?|"
    r"\s+(?:media|press)\s+(?:wing|office|service)|\s+(?:commander|officer|officials?|sources?|insiders?)|"
    r"\s+(?:[\w-]+\s+){0,3}?(?:division|brigade|corps|command|battalion|regiment|region|zone|sector)(?:\s+in\s+[\w'-]+(?:\s+[\w'-]+)?)?)?"
    # (a senior officer or military source speaking unnamed: "A senior officer in Maiduguri, who asked not to be named,
    # said"; the police, the state's: "a soldier was killed by a sniper ..., police said")
    r"|an?\s+senior\s+officer|(?:the\s+|local\s+|provincial\s+)?police(?:\s+(?:officials?|sources?))?"
    r"|(?:an?\s+)?security\s+(?:sources?|officials?)))\b"  # ("a security source in Diyala told": the state's)
    r"(?=(?:\s+in\s+[\w'-]+)?(?:,\s+who\s+[^;:]{1,140}?,)?"
    r",?\s+(?:also\s+|further\s+|then\s+|has\s+|have\s+|had\s+)?(?:said|says|reported|claimed|added|stated|announced|noted|estimated|told|"
    r"replied|posted|wrote|tweeted|did not|didn't|declined|has not|had not))"  # ("the army did not comment": no speaker, but the body "its spokesman" is;
    # "the army's 6th Infantry Division in El Fasher said": the army's unit speaks for the army)
    r"|\b(?P<spk>the (?:spokes(?:man|woman|person)|general|colonel|commander|officer))"
    r"(?=\s+(?:also\s+|further\s+|then\s+)?(?:said|says|added|told|stated))"
    # ("..., the spokesman said": the speaker of a sentence before, see sentence_pass.analyse)
    r"|\b(?P<ref>(?<=according to )(?:the ministry|the department|the agency)(?=\W)|(?:(?:(?:the\s+|an?\s+)?(?:ministry|idf)(?:'s)?\s+spokes(?:man|woman|person)(?:\s+[\w.'-]+){0,4}?)|"
    r"the ministry of (?:information|interior|internal affairs|home affairs|foreign affairs|(?:public )?health|security)|"
    r"the ministry|the minister|the department|the (?!defen[cs]e )[\w'-]+ ministry|officials|it|they|he|she|воно|оно|the agency|"
    r"the statement|"
    r"the (?:paramilitary |armed |rebel |militant |jihadist |insurgent |separatist )?(?:group|force|outfit)|the (?:joint )?task force|"
    r"the party|the movement|"
    r"the militia|the organi[sz]ation|the rebels|the militants|the insurgents|the paramilitary|the paramilitaries|"
    r"the report|the update|the body|the (?:media|press) (?:centre|center|office|service)|"
    r"міністерство|министерство|відомство|ведомство|группировка|угруповання|боевики|"
    r"бойовики)\b"  # ("боевики утверждают, что убили ...", "группировка заявила": the group named before)
    r"(?=\s+(?:also\s+|further\s+|then\s+|has\s+|have\s+|had\s+)?(?:said|says|reported|claimed|added|stated|announced|noted|estimated|told|"
    r"acknowledged|admitted|conceded|повідомил\w*|сообщил\w*|заявил\w*|додал\w*|добавил\w*|утвержда\w*|стверджу\w*|заявля\w*|"
    r"lost|потерял\w*|втратил\w*|втратив)(?!\w)))"  # ("adding that it had lost three soldiers", "а сама группировка
    # потеряла двух бойцов": the body named before lost them)
    # "its spokesman, Brigadier General Nabil Abdallah, said": the body named before speaks
    r"|\b(?P<its>(?:its|their)\s+(?:(?:military|army|official|chief)\s+)?(?:spokes(?:man|woman|person)|"
    r"(?:media|press)\s+(?:centre|center|office|service|wing))"
    r"(?=(?:\s*,?\s+[\w.'-]+){0,5}?,?\s+(?:said|says|told|added|stated)"
    r"|,\s+[^,;:.\d]{1,80},\s+(?:said|says|told|added|stated)\b)"
    # "Its latest assessment is that Russia has suffered ...": the body named before speaks (twenty-fifth session)
    r"|\b(?P<its_view>(?:its|their)\s+(?:latest\s+|current\s+|updated\s+|own\s+)?(?:assessment|estimate|view))"
    r"(?=\s+(?:is|was)\s+that\b)"  # ("The SDF gave its own version. In a statement, its
    # media centre said": the body named before; "Its military spokesman, speaking to reporters in Las Anod on
    # Thursday, said")
    # "A spokesman for the group, who identified himself as Abu Jihad, told ...": the group named before
    r"|(?:an?|the)\s+spokes(?:man|woman|person)\s+for\s+the\s+(?:group|movement|militants|rebels|insurgents|"
    r"militia|organi[sz]ation|faction)(?=(?:,\s+who\s+[^;:]{1,140}?,)?\s+(?:also\s+)?(?:said|says|told|added|stated|claimed)))"
    # a speaker named only by a military role: "a brigade spokesman", "the air force said", "речник ОТУ «Харків»"
    r"|\b(?P<unit>(?:spokes(?:man|woman|person)|commander|officer|operator|pilot|gunner)\s+(?:for|of|in|with)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:brigade|battalion|regiment|corps|division|unit|company|platoon|squadron|detachment|operation|offensive|"
    r"task force)|(?:brigade|battalion|regiment|company|platoon|squadron|detachment|unit|corps|division|air force|navy|"
    r"command|grouping)(?:'s)?\s+(?:spokes(?:man|woman|person)|press (?:service|office)|commander|officer)"
    r"|(?:air force|navy|the\s+\d+(?:st|nd|rd|th)\s+(?:[a-z-]+\s+){0,3}?(?:brigade|battalion|regiment|division|corps))"
    r"(?=\s+(?:also\s+)?(?:said|says|reported|reports|added|adds|stated|states|announced|announces|"
    r"claimed|claims))"  # ("the 118th Separate Mechanised Brigade said": a unit by its number, a side's)
    r"|(?<=за даними )(?:бригади|батальйону)|(?<=по данным )(?:бригады|батальона)|(?<=у )бригаді(?= (?:заявили|повідомили))|"
    r"(?:бригада|батальйон|батальон)(?=(?:,\s+(?:що|яка|який|которая|который)\s+[^,.;]{1,60},)?(?:\s+(?:у|в|во)\s+[^\W\d]+)?"
    r" (?:повідомила|заявила|повідомив|заявив|сообщила|сообщил|заявил)(?!\w))"  # ("Бригада, що тримає оборону на цій
    # ділянці, у середу повідомила")
    r"|речни(?:к|ка|ця|ці)|спікер(?:ка|ки)?|спикер|прес-служб[аиі]|пресс-служб[аые]|пресслужб[аиі]|прес-секретар\w*|пресс-секретар\w*|"
    r"командир(?:а|ом)?|командувач(?:а)?|командующ(?:ий|его)|угрупованн(?:я|і)|группировк(?:а|и|е)|повітрян\w+ сил\w*|"
    r"(?<=за даними )командування|(?<=по данным )командования|"  # ("За даними командування, знищено два бомбардувальники")
    r"начальни(?:к|ка) служби зв['’ʼ]язків з громадськістю|начальни(?:к|ка) пресс-службы|"  # (a unit's press officer)
    r"військово-морськ\w+ сил\w*|вмс(?!\s+(?:сша|рф|росії|россии|британії|франції|туреччини|ізраїлю))|"  # (the navy by its
    # abbreviation, a unit of the text's side: "під час атаки ВМС втратили чотири морські дрони"; not "ВМС США")
    r"(?:бойов(?:а|ий)\s+|combat\s+|army\s+|military\s+)?(?:medic|медик(?:иня)?|медсестра|санінструктор(?:ка)?))"
    r"(?!\w)",  # (a medic of a brigade or a division's hospital speaks for the army it serves: "A medic at the
    # division's military hospital said 61 soldiers had been killed", "Бойова медикиня ... розповіла")
    re.IGNORECASE,
)
_ROLE_OF = re.compile(r"\s+(?:(?:of|for)\s+(?:the\s+)?)?(?:[^\W\dA-ZА-ЯІЇЄҐ][\w-]*\s+){0,3}")  # lower-case words only
_IN_PLACE = re.compile(r"\b(?:in|across)\s+(?:neighbou?ring\s+)?(?:the\s+)?$", re.IGNORECASE)  # a state named as a scene
_NAME_BETWEEN = re.compile(r"(?:'s)?,?\s+(?:(?:chief|head|commander|начальник|глава|голова)\s+)?(?:[A-ZА-ЯІЇЄҐ][\w'’.-]+\s+){1,2}")
_US = re.compile(r"(?<![\w.])US(?= (?:[A-Z]|\d))")  # (upper case, before a name: see mentions)
_UK_OCCUPIERS = frozenset({"окупантів", "окупанти", "рашистів"})
_ENEMY_WORDS = ("enemy", "enemy's", "adversary", "occupiers", "occupying forces", "invaders", "противника", "ворога",
                "окупантів", "окупанти", "противник", "врага", "оккупантов", "рашистів", "ворог", "враг", "ворожої", "ворожих",
                "ворожу", "ворожі", "вражеской", "вражеских", "вражескую")
_MADE = re.compile(r"[\s-]*(?:made|supplied|built|provided|produced|donated|designed|origin|sponsored|flagged|registered)\b"
                   r"(?!\s+(?:no|any|a|an|the|it|its|their|his|her|clear|public|up|gains?|progress|headway)\b)",
                   re.IGNORECASE)  # (a ship's flag names no side: "a Liberian-flagged tanker"; a verb with its object
# does not: "Russia's Ministry of Defence made no mention of losses", "Ukraine provided no figures")
_MADE_TWIN = twin(_MADE)
_MADE_WORDS = ("made", "supplied", "built", "provided", "produced", "donated", "designed", "origin",
               "sponsored", "flagged", "registered")  # one in every match
_DEFENCE = re.compile(r"(?i)(defen)c(e)")


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    actor: str | None  # resolved id, or None while generic and unresolved
    generic: str | None = None  # "mod", "gs", "army" (the army, its spokesman), "src" (its unnamed sources or
    # officer), "mil" (the military, a military spokesman), "unit" (a brigade spokesman),
    # "ref" (the ministry, it)
    role: str | None = None  # claimant | loser | agent | enemy
    made: bool = False  # "United States-made": names a supplier, not a side
    pronoun: bool = False  # a "ref" that is a pronoun ("it said", "по его словам"): may mean a source of no actor id
    group: bool = False  # a "ref" that names an armed group ("the group said", "a spokesman for the rebels"): the
    # group named last, not the last speaker


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


@lru_cache(maxsize=1)
def _local_aliases() -> tuple[tuple[re.Pattern, str, str], ...]:
    from ..vocab import read_table

    return tuple((re.compile(r"(?<!\w)(?:" + r["word"] + r")(?!\w)"), r["state"], r["actor"])
                 for r in read_table("local_aliases.csv"))


def local_group(words: str) -> bool:
    """Whether the words are one that ``local_aliases.csv`` reads as an armed group in some text ("EPP", "the CNA"):
    enough to count "six EPP members" as fighters; whose they are, the text's mentions decide."""
    low = lower(words.strip())
    return any(w.fullmatch(low) and is_group(a) for w, _state, a in _local_aliases())


def localise(text: str, ms: list[Mention], low: str | None = None) -> list[Mention]:
    """The mentions of a text with the words ``local_aliases.csv`` lists read as the state's own armed group, in a text
    that names the state and no other bearer of the word: "the Taliban" of a Pakistani text naming no Afghanistan are
    the TTP, "bandits" in a Nigerian text the North-West's gangs (mentions changed in place, new ones added in order)."""
    named = {m.actor for m in ms}
    low = lower(text) if low is None else low
    for word, state, actor in _local_aliases():
        if state not in named or not (hits := list(word.finditer(low))):
            continue
        cover = [next((m for m in ms if m.start <= h.start() < m.end), None) for h in hits]  # (the mention of each)
        cover = [None if m is not None and m.actor == actor else m for m in cover]  # ("ISIS-Somalia" is its own)
        meant = {m.actor for m in cover if m is not None and m.actor}  # what the word names elsewhere ("AFG")
        others = {m.actor.split("-")[0] for m in ms if m.actor and all(m is not c for c in cover)}  # (their countries)
        fronts = {x.split("-")[0] for a in meant for x in getattr(actors.registry().get(a), "adversaries", ())} - {state}
        if ({a.split("-")[0] for a in meant} | fronts) & others:
            continue  # (Afghanistan named by another name too, its republic's or its own: the Taliban are its; nor the
            # Islamic State in a text naming Somalia and Mozambique, another of its fronts)
        for h, m in zip(hits, cover):
            if m is not None and m.actor in meant and low[m.start:h.start()].strip() in ("", "the"):
                m.actor = actor  # (not a name that qualifies the word: "Afghan Taliban fighters" are Afghanistan's)
            elif m is None and not any(n.start <= h.start() < n.end for n in ms):
                ms.append(Mention(h.start(), h.end(), actor))
                for n in ms:  # its own ministry: "the National Unity Government's Ministry of Defence" speaks for it
                    if n.generic in ("mod", "gs") and _POSS_GAP.fullmatch(low, h.end(), n.start):
                        n.actor, n.generic = actor, None
        ms.sort(key=lambda m: m.start)
    return ms


#: An alias ending in its loss word ("american losses", "american death toll"): the side that lost, never a speaker.
_LOSS_ALIAS = re.compile(r"\s(?:losses|casualties|death toll|dead)$")


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
            if not _TALIBAN.search(g.group(0)):
                aid = of_year(aid)
            if aid:  # (an alias that holds its loss word, "American losses", names the loser as "German losses" does)
                found.append(Mention(start, end, aid, role="loser" if _LOSS_ALIAS.search(g.group(0)) else None))
        elif kind == "owner":  # "German losses", "2,000 German prisoners": the state whose people they are (a loser,
            found.append(Mention(start, end, actors.loss_owners()[g.group(0)], role="loser"))  # never a speaker)
        elif kind == "speech":
            found.append(Mention(start, end, None, generic="speech"))
            pron = _PRONOUN_AFTER.match(low, end) if not low[start].isascii() else None
            if pron:  # "каже він": the pronoun (the speaker named before) speaks
                found.append(Mention(pron.start("p"), pron.end(), None, generic="ref", role="claimant", pronoun=True))
        elif kind == "enemy":  # Ukrainian "окупанти" (occupiers) are always Russia's forces, whoever speaks
            found.append(Mention(start, end, "RUS" if g.group(0) in _UK_OCCUPIERS else "@adversary", role="enemy"))
        elif kind in ("pron", "its", "its_view"):  # "по его данным", "according to its count", "its spokesman ... said": the body
            found.append(Mention(start, end, None, generic="ref", role="claimant", pronoun=kind == "pron",  # named
                                 group=_GROUP_REF.search(g.group(0)) is not None))  # before speaks
        elif kind == "ref" and (state := _state_ministry(g.group(0))):  # "the Russian ministry said": Russia's
            found.append(Mention(start, end, body_of(state, "mod")))
        elif kind == "unit" and _OFFICER_OF_A.match(low, start) and (
                (_CAPITALISED.search(text, start + 10, end) and not _SAYS_AFTER.match(low, end)
                 and not SAID_NAME_BEFORE.search(text, max(0, start - 90), start))
                or _KILLED_BEFORE.search(low, max(0, start - 30), start)):
            continue  # "the commander of an Israeli tank battalion" names a side; "killed the commander of a tank
            # battalion" names a loss: no speaker (but "The commander of a Ukrainian infantry battalion defending the
            # town, who uses the call sign Bison, said" speaks)
        elif kind == "unit" and _RU_GROUPING.match(text, start):  # "группировка войск «Восток» сообщила": one of the
            found.append(Mention(start, end, "RUS-MOD"))  # Russian groups of forces, whose ministry reports by group
        elif kind in ("mil", "army") and (_UNNAMED_OFFICER.search(g.group(0)) or "police" in g.group(0)):
            # "military sources said", "a senior officer ... said", "police said": a state's own, unnamed
            found.append(Mention(start, end, None, generic="src"))
        elif kind == "army" or (kind == "mil" and ("army" in g.group(0) or g.group(0).startswith("the military"))):
            # "the army", "army spokesman", "the military said", "the military's media wing said": a state's army (not
            # "their military spokesman": a group's)
            found.append(Mention(start, end, None, generic="army"))
        else:
            found.append(Mention(start, end, None, generic=kind, pronoun=g.group(0) in _PRONOUNS,
                                 group=kind == "ref" and _GROUP_REF.search(g.group(0)) is not None))
    found = _merge_body_of_state(found, low)
    _acronyms_defined(text, found)
    if "US " in text:  # "the US Eighth Army", "the US 72nd Heavy Tank Battalion": the capitals, not the pronoun "us"
        us = [Mention(u.start(), u.end(), "USA") for u in _US.finditer(text)
              if not any(m.start <= u.start() < m.end for m in found)]
        found = sorted(found + us, key=lambda m: m.start) if us else found
    # "Kyiv's air force", "Ethiopia's army": the role belongs to the side just named, which speaks; "начальник
    # Генштаба Валерий Герасимов", "the General Staff chief, Valery Gerasimov": the person named after a role speaks
    found = [m for k, m in enumerate(found) if not (
        (m.generic in ("unit", "mil", "army", "src") and k and found[k - 1].actor and m.start - found[k - 1].end <= 3
         and not _STOP_BETWEEN.search(text, found[k - 1].end, m.start)  # (not across a sentence's end: "... near the
         # border with Benin. A senior military source told")
         and ("," not in text[found[k - 1].end:m.start]  # (not "against the LTTE, an Army spokesman said"; but "In
              or _IN_PLACE.search(text, max(0, found[k - 1].start - 20), found[k - 1].start)))  # Burkina Faso, the army")
        or (m.generic in ("unit", "mil", "army", "src", "gs", "mod") and k + 1 < len(found) and found[k + 1].actor
            and found[k + 1].generic is None and _kind(found[k + 1].actor) == "body"
            and _NAME_BETWEEN.fullmatch(text, m.end, found[k + 1].start)))]
    seat = [k for k, m in enumerate(found[:-1]) if m.generic in ("gs", "mod") and m.actor is None
            and (nxt := found[k + 1]).actor and nxt.generic is None and _kind(nxt.actor) == "state"
            and _SEAT.fullmatch(text, m.end, nxt.start)]
    for k in reversed(seat):  # "The General Staff in Kyiv put Russian losses at": the body of the state whose capital it
        found[k].actor = body_of(found[k + 1].actor, found[k].generic)  # sits in (the capital names no speaker)
        del found[k + 1]
    for k, m in enumerate(found[:-1]):  # "пресс-службы вооруженных сил Пакистана", "the press service of the IDF": the
        nxt = found[k + 1]  # role is of the side named right after it (a few lower-case words between)
        if m.generic == "unit" and nxt.actor and nxt.generic is None and nxt.start - m.end <= 30 \
                and _ROLE_OF.fullmatch(text, m.end, nxt.start):
            m.actor, m.generic = nxt.actor, None
    if plain(text):  # the twin on the lower case (see lexicon.twin), tried only if one of its words is there at all
        if any(w in low for w in _MADE_WORDS):
            for m in found:
                m.made = _MADE_TWIN.match(low, m.end) is not None
    else:
        for m in found:
            m.made = _MADE.match(low, m.end) is not None
    return found if with_speech else [m for m in found if m.generic != "speech"]


_STOP_BETWEEN = re.compile(r"[.!?;]")  # (not a colon: "INDIA: Police said" is India's police)
_OFFICER_OF_A = re.compile(r"(?:commander|officer|operator|pilot|gunner)\s")
_CAPITALISED = re.compile(r"\b[A-Z]")
_SAYS_AFTER = re.compile(r"(?:\s+[^,.;:\d]{1,50}?)?(?:,\s+who\s+[^;:.]{1,140}?,)?,?\s+(?:also\s+)?(?:said|says|told|added|"
                           r"stated|claimed)\b")  # (a role, its place or clause, then its speech verb)
#: A speech verb and a person's name before the role that is that person ("said Taras, a 34-year-old battalion commander
#: of the 118th Mechanized Brigade"): the role speaks.
SAID_NAME_BEFORE = re.compile(r"\b(?:said|says|told)\s+(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+,\s+(?:an?|the)\s+"
                              r"(?:[\w'’-]+\s+){0,5}$")
_KILLED_BEFORE = re.compile(r"\b(?:killed|wounded|captured|eliminated|among them|including)\s+(?:the\s+|a\s+|an\s+)?$")
#: The Russian groups of forces since 2022 (the ministry's daily summary is told by them; Ukraine's are "угруповання",
#: or named otherwise: «Хортица», «Таврия»).
_RU_GROUPING = re.compile(r"(?:группировк\w*\s+(?:войск\s+)?|угрупованн\w*\s+(?:військ\s+)?(?:рф\s+)?)[«\"“](?:Север|Запад|Центр|Юг|"
                          r"Восток|Днепр|Южная|Северная|Западная|Восточная|Центральная)[»\"”]", re.IGNORECASE)  # (and
# in Ukrainian, under its Russian name: "угруповання «Восток»")
_SEAT = re.compile(r"\s+in\s+")  # between a body and the capital it sits in ("the General Staff in Kyiv")
#: An acronym defined in brackets right after a name: "the Armed Forces of the Philippines (AFP)".
_DEFINED = re.compile(r"\s*\(\s*([A-Z][A-Za-z]{1,7})\s*\)")
_DEFINED_IN = re.compile(_DEFINED.pattern + "$")  # (the end of an alias: "kachin independence army (kia)")


def _acronyms_defined(text: str, found: list[Mention]) -> None:
    """An acronym a text defines names that actor throughout it, whatever the registry's alias means elsewhere: "the
    Armed Forces of the Philippines (AFP) said" is the army, not Agence France-Presse; one no alias has is added where
    the text writes it ("the Kachin Independence Army (KIA) ... The KIA said": not "killed in action", which no alias may
    mean in general)."""
    defined: dict[str, str] = {}
    new: dict[str, str] = {}
    spots = set()  # where the text defines them
    for a, b in zip(found, [*found[1:], None]):
        d = (_DEFINED.match(text, a.end) or _DEFINED_IN.search(text, a.start, a.end)) \
            if a.actor and a.generic is None and not a.actor.startswith("@") else None  # (an alias may hold it)
        if d is None:
            continue
        if b is not None and b.start == d.start(1):
            if b.actor and b.actor != a.actor and b.generic is None:
                defined[d.group(1)] = a.actor
        elif d.group(1).isupper():
            new[d.group(1)] = a.actor
            spots.add(d.start(1))
    if defined:
        for m in found:
            if m.generic is None and text[m.start:m.end] in defined:
                m.actor = defined[text[m.start:m.end]]
    for word, actor in new.items():
        for h in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text):
            if h.start() not in spots and not any(n.start <= h.start() < n.end for n in found):
                found.append(Mention(h.start(), h.end(), actor))
    if new:
        found.sort(key=lambda m: m.start)


@lru_cache(maxsize=1)
def _mention_pattern() -> re.Pattern:
    """One pass for every kind of mention: registry aliases, generic bodies, references, "the enemy"."""
    body = "|".join(p for p in (
        rf"(?P<actor>{trie_regex(actor_index())})(?![\w])",
        rf"(?P<owner>{trie_regex(actors.loss_owners())})(?=\s+(?:losses|casualties|prisoners|dead|wounded)(?!\w))",
        rf"(?P<enemy>{trie_regex(_ENEMY_WORDS)})(?![\w])",
        rf"(?P<speech>{trie_regex(_speech_words())})(?![\w])",
        _guarded(_GENERIC.pattern.replace(r"\b(?P<", "(?P<")),
    ))
    # Scanned on lower-cased text. Every alternative starts with a word character, so "(?=\w)" (a quick test
    # that rejects the ends of words) changes nothing but speed; checked for the vocabularies here.
    words = [*actor_index(), *_ENEMY_WORDS, *_speech_words()]
    start = r"\b(?=\w)" if all(re.match(r"\w", w) for w in words) else r"\b"
    return re.compile(start + "(?:" + body + ")")


def _guarded(alternatives: str) -> str:
    """The generic references behind a lookahead on their possible first three characters (read from the pattern, see
    :mod:`.prefixes`): most words begin none of them, and are then spared the many alternatives (three rather than two
    also spare the common words that part from every reference at their third letter: "that", "this", "three")."""
    return start_guard(alternatives, 3) + "(?:" + alternatives + ")"


#: Between a generic body and its state: "the Ministry of Defence of Ukraine", "General Staff of the Armed Forces of
#: Mali", "Генеральный штаб вооруженных сил Мали", "Міністерство оборони України".
_OF_GAP = re.compile(r"\s*(?:of\s+(?:the\s+)?)?(?:(?:armed forces|вооруженных сил|збройних сил)\s+(?:of\s+(?:the\s+)?)?)?"
                     r"[«\"“]?")  # (a state's name in quotes: "Министерство обороны «Исламского Эмирата»")
_POSS_GAP = re.compile(r"(?:'s)?\s+")


def _merge_body_of_state(found: list[Mention], low: str) -> list[Mention]:
    """"Министерство обороны России", "the Ministry of Defence of Ukraine", "General Staff of Ukraine": a
    generic body followed by a state is that state's body (one mention, not two; see :func:`body_of`)."""
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
                and _OF_GAP.fullmatch(low, a.end, b.start) and is_state(b.actor)):
            out.append(Mention(a.start, b.end, body_of(b.actor, a.generic)))
            skip = True
            continue
        if (b is not None and b.generic in ("mod", "gs") and a.actor and a.generic is None and is_state(a.actor)
                and _POSS_GAP.fullmatch(low, a.end, b.start)):  # "Ukraine's General Staff", "Armenian Defence Ministry"
            out.append(Mention(a.start, b.end, body_of(a.actor, b.generic)))
            skip = True
            continue
        out.append(a)
    return out


_STATE_MINISTRY = re.compile(r"the ([\w'-]+) ministry")


def _state_ministry(ref: str) -> str | None:
    """The state of "the Russian ministry" (a reference naming its state's adjective), else ``None``."""
    m = _STATE_MINISTRY.match(ref)
    aid = actor_id(m.group(1)) if m else None
    return aid if aid and is_state(aid) else None


def body_of(state: str, kind: str) -> str:
    """A state's ministry of defence (``kind`` "mod") or general staff ("gs"): its own id if the registry has one
    ("UKR-GS"), else the state's armed forces (:func:`military_of`: Mali's General Staff speaks for Mali)."""
    aid = f"{state}-{kind.upper()}"
    return aid if aid in actors.registry() else military_of(state)


@lru_cache(maxsize=1024)
def _kind(actor_id: str) -> str | None:
    """The registry's kind of an actor (state, body, group, monitor, publisher), or None (memoised, as the registry it
    reads is)."""
    a = actors.registry().get(actor_id)
    return a.kind if a is not None else None


def is_official_body(actor_id: str) -> bool:
    """Whether the registry knows the actor as a state's body (a ministry, a general staff, an intelligence service)."""
    return _kind(actor_id) == "body"


def is_state(actor_id: str) -> bool:
    """Whether the registry knows the actor as a state."""
    return _kind(actor_id) == "state"


def is_group(actor_id: str) -> bool:
    """Whether the registry knows the actor as an armed group."""
    return _kind(actor_id) == "group"


def is_outlet(actor_id: str | None) -> bool:
    """Whether the registry knows the actor as an outlet or a monitor (a count's publisher, not a side)."""
    return actor_id is not None and _kind(actor_id) in ("publisher", "monitor")


def is_publisher(actor_id: str) -> bool:
    """Whether the registry knows the actor as a publisher (an outlet, which may only relay another's figures)."""
    return _kind(actor_id) == "publisher"


_STATE_MILITARY = re.compile(r"(?:'s)?\s+(?:army|military|armed forces|defen[cs]e forces)(?!\w)")
_MILITARY_NAME = re.compile(r"(?i)(?:\w+\s+)?(?:armed forces|army|defen[cs]e forces|military)")  # "Sudanese Armed Forces"


@lru_cache(maxsize=256)
def military_of(state: str) -> str:
    """The body or group that is a state's armed forces (named so in ``actors.csv``: "Israel Defense Forces"), else
    the state itself (a General Staff or a ministry speaks for the army, but is not "the army")."""
    return next((a.id for a in actors.registry().values() if a.kind in ("body", "group") and actors.side_of(a.id) == state
                 and _MILITARY_NAME.fullmatch(a.name)), state)


def insurgent(actor_id: str | None) -> bool:
    """Whether an actor is an armed group fighting its own state or that state's army, named in the document, whose own
    men are "fighters": not a state's army the registry keeps as a group ("Sudanese Armed Forces"), nor a government
    holding the state that year (Afghanistan's republic before 2021, whose enemy's id then means itself), nor a group at
    war with a foreign state (the Houthis and the United States)."""
    if not is_group(actor_id) or _MILITARY_NAME.fullmatch(actors.registry()[actor_id].name):
        return False
    foe, home = adversary(actor_id), actors.side_of(actor_id)
    return foe is not None and foe in PRESENT.get() and of_year(foe) != actor_id and home is not None \
        and foe in (home, military_of(home))


@lru_cache(maxsize=1)
def _speech_words() -> tuple[str, ...]:
    from ..vocab import read_table

    return tuple(r["phrase"].lower() for r in read_table("cues.csv") if r["kind"] in ("speech", "speech_noun"))


def split_speech(found: list[Mention]) -> tuple[list[Mention], list[int]]:
    """Separate the speech/report words :func:`mentions` also returns (as ``generic="speech"``)."""
    return [m for m in found if m.generic != "speech"], [m.start for m in found if m.generic == "speech"]


def fingerprint(text: str) -> str | None:
    """The publisher whose bulletin wording the text uses ("UAV operational-tactical level" → UKR-GS,
    "special military operation" → RUS-MOD), from the ``source:<actor>`` rows of ``cues.csv``; ``None``
    when no or several sources match. Used only for figures nothing else attributes."""
    low = lower(text)
    hits = {kind.split(":", 1)[1] for kind, pat in cues().items() if kind.startswith("source:")
            and any(w in low for w in _first_words(kind)) and pat.search(low)}
    return hits.pop() if len(hits) == 1 else None


@lru_cache(maxsize=None)
def _first_words(kind: str) -> frozenset[str]:
    """The first words of a cue kind's phrases: every match of its pattern holds one as written (a phrase's words are
    literal, only the spaces between them vary), so a text with none of them is spared the scan."""
    return frozenset(p.split()[0] for p in cue_words()[kind])


def resolve_generic(m: Mention, history: list[str], loser_side: str | None, states: list[str] = (),
                    lead_state: str | None = None) -> str | None:
    """Resolve "the Defense Ministry", "the General Staff", "it said" against earlier bodies or the loser; an
    unnamed ministry with neither is that of the state named last before it (``states``: "The Armed Forces of
    Azerbaijan ..., the Ministry of Defense said"); an unnamed army with neither, that of the state its paragraph
    names first (``lead_state``: "Mali's army retook the town. The army's 5th Military Region said ...")."""
    reg = actors.registry()
    if m.pronoun:  # "it said": the last speaker, a research body of no actor id too ("The Royal United Services
        # Institute estimated ... Ukraine, it said, ..."), not bloggers or sources
        spoke = [a for a in history if not is_nobody(a) or is_nobody(a, org=True)]
        return spoke[-1] if spoke else None
    if m.generic == "ref":
        spoke = [a for a in history if not is_nobody(a)]
        groups = [a for a in spoke if is_group(a) and not _MILITARY_NAME.fullmatch(reg[a].name)] if m.group else ()
        # (not a group the registry keeps for a state's army: "группировка" after Sudan's army spoke is the RSF)
        return groups[-1] if groups else spoke[-1] if spoke else None
    history = [a for a in history if not a.startswith("@")]  # (bodies only: no unresolved unit, no source of no id)
    if m.generic in ("mil", "army", "src"):  # "the army said": the last armed force named ("Sudan's army ... from the
        named = next((a for a in reversed(history) if _MILITARY_NAME.fullmatch(reg[a].name)), None)  # RSF ... the army"),
        if named:  # else
            return named
        if m.generic == "src" and loser_side and is_state(loser_side):  # "Army sources said 76 Indian soldiers were
            return military_of(loser_side)  # injured": a state's own losses, told by its unnamed sources
        if loser_side:  # the side fighting the loser: the one the text named first, if it did ("Chadian soldiers ...
            # the army said its troops had neutralised 17 Boko Haram fighters": Chad's, not Nigeria's)
            foes = reg[loser_side].adversaries if loser_side in reg else ()
            adv = next((x for x in states if x in foes), None) or adversary(loser_side)
            if m.generic in ("army", "src") and adv is not None and is_group(adv) and is_state(loser_side):
                return military_of(loser_side)  # an armed group has no army: "Al-Shabaab fighters stormed a Somali army
                # base, killing 17 soldiers, the army said" is Somalia's army telling its own losses
            return adv
        last = history[-1] if history else None  # else the last body named; but an armed group has no army ("The RSF
        if m.generic in ("army", "src") and last is not None and reg[last].kind == "group" and (foe := adversary(last)):
            # said ... The army did not comment"): the army is the state's it fights; but a militia whose enemy is
            # another armed group fights beside its state's army ("the Popular Mobilization Forces ... an army officer")
            return military_of(actors.side_of(last) if is_group(foe) else foe)
        if last is None and lead_state:  # ("Military spokesman Yahya Saree" after the Houthis are named: theirs)
            return military_of(lead_state)  # (not the enemy named after it: "Kyiv came under attack from Russia")
        return last
    if m.generic == "unit":  # a brigade's or the air force's spokesman speaks for the side fighting the loser
        adv = adversary(loser_side) if loser_side else None
        return adv  # (no loser yet: resolved by the losers after it, see sentence_pass._resolve_units)
    suffix = "MOD" if m.generic == "mod" else "GS"
    for aid in reversed(history):
        if aid.endswith("-" + suffix):
            return aid
    if loser_side:
        foes = reg[loser_side].adversaries if loser_side in reg else ()
        foes = {*foes, *(side(x) for x in foes)}  # (and the state of a foe's coalition or body)
        named = next((x for x in states if x in foes), None)  # (a state the text names that fights it: "Saudi forces
        adv = named or adversary(loser_side)  # repelled ... Houthi militiamen ..., the Ministry of Defense said"), else
        if adv and f"{adv}-{suffix}" in reg:  # the one at war with it that year
            return f"{adv}-{suffix}"
        if named and suffix == "MOD":
            return named  # (a state with no ministry in the registry speaks through its own id)
    for aid in reversed(history):  # "Russia ... the Defense Ministry": the body of the state named before
        if f"{side(aid)}-{suffix}" in reg:
            return f"{side(aid)}-{suffix}"
    if suffix == "MOD" and states and f"{states[-1]}-MOD" in reg:
        return f"{states[-1]}-MOD"
    present = PRESENT.get()
    year = _year()
    if suffix == "GS" and "UKR-GS" in reg and (not present or "UKR" in present) and (year is None or year >= 2014):
        return "UKR-GS"  # the one General Staff that publishes daily enemy losses (in a text about that war)
    if suffix == "GS" and history and is_state(side(history[-1]) or ""):  # "the general staff said" again after "the
        return side(history[-1])  # Ivorian armed forces' general staff said": the one named before (not "the borders
        # with Burkina Faso and Ghana" between)
    if suffix == "GS":  # a General Staff of another war ("Первый заместитель начальника Генштаба Манилов" in 2000): the
        named = sorted(a for a in present if is_state(a))  # state named last before it, else the text's one state
        return states[-1] if states else named[0] if len(named) == 1 else None
    return None


#: The letters only Ukrainian of the languages read here writes: a text holding them is in Ukrainian.
_UKRAINIAN_LETTERS = re.compile(r"[іїєґІЇЄҐ]")


def home_side(text: str) -> str | None:
    """The side a text's unnamed soldiers are on when nothing else says: a text in Ukrainian is Ukraine's (news in
    Ukrainian quoting "командир батальйону" with no side named); other languages serve several sides, so none."""
    return "UKR" if len(_UKRAINIAN_LETTERS.findall(text)) >= 3 else None


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


#: A speaker with no actor id (bloggers, medical sources, an unknown institute): its figures have no claimant. Written
#: "@nobody", "@nobody-org" (a research body, which "it said" may mean later) and either with ":SIDE" (Russian
#: bloggers, whose enemy's losses the figures are unless they name their loser).
NOBODY = "@nobody"


def nobody(org: bool = False, side: str | None = None) -> str:
    """The :data:`NOBODY` claimant of a source with no actor id (``org``: a research body; ``side``: the side that
    qualifies it)."""
    return NOBODY + ("-org" if org else "") + (f":{side}" if side else "")


def is_nobody(actor_id: str | None, org: bool = False) -> bool:
    """Whether a claimant is a :data:`NOBODY` (with ``org``: one a pronoun may mean)."""
    return actor_id is not None and actor_id.startswith(NOBODY + "-org" if org else NOBODY)


def nobody_side(actor_id: str) -> str | None:
    """The side that qualifies a :data:`NOBODY` ("Russian military bloggers": RUS), if any."""
    return actor_id.partition(":")[2] or None
#: The actors a document names (and their sides), set by the article extractor for the document it reads: an actor
#: with several adversaries (Israel: Hamas, Hezbollah, Iran) fights the one the text names (in the order it first names them).
PRESENT: ContextVar[tuple] = ContextVar("present_actors", default=())
#: The date the document was published (``None`` if unknown), set with :data:`PRESENT`: whom "the enemy" means when the
#: text names none of an actor's adversaries, and whom a name meant then (:func:`of_year`).
PUBLISHED: ContextVar[dt.date | None] = ContextVar("published", default=None)
#: The actors named up to the end of the sentence being read, the last named first (set with :data:`PRESENT` by the
#: article extractor, sentence by sentence): of an actor's several adversaries the text names, the one named last before
#: the figure ("Mali's army repelled an IS Sahel attack ... JNIM blocks fuel", "боевики «Джебхат ан-Нусры» ... в Идлибе
#: было уничтожено более 850 боевиков" after "Исламского государства" earlier).
RECENT: ContextVar[tuple] = ContextVar("recent_actors", default=())


def _year() -> int | None:
    day = PUBLISHED.get()
    return day.year if day is not None else None


def at_war_in(actor_id: str | None, year: int) -> bool:
    """Whether the actor's side fights a war dated in ``year`` (a row of ``adversary_years.csv``): a side of today's
    news in an anniversary text ("the Russian Defence Ministry said" in 2024)."""
    if actor_id is None or actor_id.startswith("@"):
        return False
    home = side(actor_id) or actor_id
    a = actors.registry().get(home)
    return a is not None and any(actors.dated_war(home, x, year) for x in a.adversaries)


def adversary(actor_id: str | None) -> str | None:
    """Whose losses the actor's "enemy" means: an armed group's adversary, else its state's; of several, the one the
    document names (:data:`PRESENT`) last before the sentence's end (:data:`RECENT`), else first after it, that was at
    war with it in the document's year, else the first named so, else the first listed at war that year
    (``adversary_years.csv``)."""
    if actor_id is None or actor_id.startswith("@"):
        return None
    return _adversary(actor_id, PRESENT.get(), _year(), RECENT.get())


@lru_cache(maxsize=4096)
def _adversary(actor_id: str, present: tuple, year: int | None, recent: tuple = ()) -> str | None:
    a = actors.registry().get(actor_id)
    listed = a.adversaries if a is not None and a.adversaries else ()
    if not listed:
        s = actors.registry().get(side(actor_id) or actor_id)
        listed = s.adversaries if s is not None else ()
    home = side(actor_id) or actor_id
    named = sorted((x for x in listed if x in present and not (is_group(x) and actors.war_over(home, x, year))),
                   key=lambda x: (0, recent.index(x)) if x in recent and is_group(x) else (1, present.index(x)))
    # (the armed group named last before, else the first named; a state named last may be a place: "near the border with
    # Niger"; not the
    # LTTE, India's enemy of 1987-90, named in passing in 2024; a state stays a rival after its war: North Korea for the
    # United States)
    if named:  # of those named, the first at war with it that year (Baghdad in 2003: the Iraqi state, not the insurgents
        # after it)
        first = next((x for x in named if actors.at_war(home, x, year)), named[0])
        if is_state(first) and not actors.dated_war(home, first, year):  # a war dated that year before a standing rivalry
            return next((x for x in named if actors.dated_war(home, x, year)), first)  # of states: India's enemy in 1987
        return first  # is the LTTE, not Pakistan recalled for 1971; but Israel's stays Hamas when the Houthis are named
    reg = actors.registry()  # none of its own named: a group named that lists it as its enemy ("the terrorists" of a text
    foes = sorted((x for x in present if x in reg and reg[x].kind == "group" and x != home and home in reg[x].adversaries),
                  key=lambda x: (reg[x].side != home, x))  # (its own country's groups first)
    if foes and reg[foes[0]].side != home and any(y in reg and reg[y].kind == "group" and reg[y].side == home
                                                  and actors.at_war(home, y, year) for y in listed):
        foes = []  # (a foreign group is no enemy before its own insurgents at war with it that year: Mozambique's,
        # not the Islamic State that claims their attacks; the Maute group in Marawi, not the Islamic State it follows)
    if foes:  # (an armed group: naming the BLA, Pakistan's army's enemy is the BLA, not India)
        return next((x for x in foes if actors.at_war(home, x, year)), foes[0])
    if not listed:
        return None
    # none named: the first at war with it that year ("боевики" in 1999: Chechens)
    return next((x for x in listed if actors.at_war(home, x, year)), listed[0])
