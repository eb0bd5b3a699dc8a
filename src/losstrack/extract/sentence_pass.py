"""Pass 1 of article extraction: every sentence's figures (those a loss governs), whose losses they are, the speakers
it names (generic ones resolved against the bodies named before), and its period phrases on demand."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from .. import actors
from . import attribution as attr
from .attributes import WHO_CLAUSE
from .dates import MONTH_PATTERN, WEEKDAYS
from .context import BARE_FATES, CueSpans, civilian_figure, episode_years, historic, of_today
from .figures import PUT_AT, THE_FIGURE, from_a_stock, sentence_figures
from .found import Found, label_info
from .labels import mask_labels
from .lexicon import cues, lower, plain, trie_regex
from .listings import listing_line
from .losers import concrete, its_toll, loser_of, own_side
from .numbers import parse_number
from .periods import period_cues
from .roles import assign_roles, neighbour_named, unnamed_claimants
from .sentences import Sentence, split
from .totals import INCREMENT_BRACKET

#: Nouns that name captives: a figure of them is a loss with no verb saying so.
_CAPTIVES = frozenset({"prisoners", "prisoners of war", "pows", "captives", "пленных", "военнопленных", "полонених",
                       "військовополонених"})
#: A force's strength or the means of an attack, not a loss: "UNIFIL, which has some 10,000 troops", "strikes carried
#: out by about 100 aircraft".
_STRENGTH_BEFORE = re.compile(r"(?<!\w)(?:has|have|(?:had\s+)?at\s+(?:its|their|the)\s+peak|(?<!rose )(?<!risen )(?<!grew )(?<!increased )(?<!climbed )(?<!jumped )by|налічує|насчитывает|"
                              # a place's size: "a town of some 30,000 people", "home to 30,000", "с населением 60 тысяч"
                              r"\ban?\s+(?:town|city|village|country|district|province|region|camp|garrison)\s+of|"
                              r"population\s+of|home\s+to|(?<=which )numbers|numbering|"
                              # a unit's or a base's strength: "the base, which had a strength of 112 soldiers"
                              r"\b(?:a|its|their|full|total)\s+strength\s+of|"
                              # a force's size as estimated: "The AA, estimated at more than 40,000 fighters," (not a
                              # toll: "Russian losses, estimated at 5,000")
                              r"(?<!losses, )(?<!losses )(?<!casualties, )(?<!casualties )(?<!toll, )(?<!toll )(?<!dead, )"
                              r"(?<!are )(?<!is )(?<!were )(?<!was )(?<!been )estimated\s+at|"
                              r"(?:с|з)\s+населенн?(?:ием|ям)(?:\s+(?:в|у))?)\s+(?:(?:some|about|around|roughly|nearly|"
                              r"almost|more than|over|близько|около|более|понад)\s+)?$", re.IGNORECASE)
_LIST_LINE_NEXT = re.compile(r"\s*\n\W{0,6}[^\W\d][\w /'’().-]{1,60}?\s*[‒–—\-:~=≈]\s*(?:~|≈|about|близько|около)?\s*\d")
#: The weapons an attack was made with are no loss: "Russia attacked Ukraine with 2 Iskander-M ballistic missiles and
#: 129 Shahed-type drones" (the items listed after them too).
_ATTACKED_WITH = re.compile(r"\b(?:attacked|struck|targeted|hit|shelled|bombarded|pounded)\s+(?:[\w'’-]+\s+){0,4}?with\s+"
                            r"(?:[^.;:]{0,60}?(?:,|\band)\s+)?(?:(?:about|some|over|more than|up to|at least|nearly|almost)\s+)?$",
                            re.IGNORECASE)
_DIGIT_IN = re.compile(r"\d")  # (a number between a figure and its noun: "lost 2,200 of the 3,100 tanks it fielded")
#: A strength the noun is said to have had: "87% of the 360,000 personnel it had in its ground forces", "the 3,100 tanks
#: it fielded at the start".
_HAD_AFTER = re.compile(r"\s+(?:that\s+)?(?:it|they|he|she|we)\s+(?:(?:had|has|have)(?!\s+(?:been|already|now|since|\w+ed|lost|shot|"
                        r"sunk|downed|hit|struck|taken|seen|brought|made)\b)|fielded|deployed|possessed|started\s+with)\b",
                        re.IGNORECASE)  # (not "the number of Russian warships it has destroyed": a perfect, not a having)
#: A next sentence whose subject is a pronoun for the losses the sentence before named: "Генштаб ... оновив дані про
#: загальні втрати противника. Станом на ранок 17 березня вони ... склали: ...", "... enemy losses. They amounted to".
_THEY_TOTAL = re.compile(r"\s*[^.;:!?]{0,60}?(?<!\w)(?:вони|они|they|these)\s+(?:[^\s.;:]+\s+){0,5}?(?:склали|составили|"
                         r"становили|amounted|totall?ed|stood|were)(?!\w)", re.IGNORECASE)
_THEY_WORDS = ("вони", "они", "they", "these")  # one of which every _THEY_TOTAL match holds
#: A part of a mixed toll said to be soldiers: "около 300 ... полицейских и военных, из них около 100 — военнослужащие";
#: soldiers after a fate noun ("63 wounded soldiers").
SOLDIERS_NEXT = re.compile(r"\s*[—–-]?\s*(?:were\s+)?(?:soldiers|servicemen|troops|военнослужащ\w*|військовослужбовц\w*|"
                           r"военные|військові)(?!\w)", re.IGNORECASE)
def _told_whole(f: Found, before_all: list) -> tuple | None:
    """(whole, loser) of the figure of an earlier sentence that ``f`` is a part of ("Of them, ...", "Зокрема, ..."), if
    any."""
    return next((told for told in reversed(before_all) if told[0] is f.whole), None) if f.whole is not None else None


#: A side's name as a place's adjective ("off the Yemeni coast", "in Ukrainian airspace"): no side the text names.
_A_PLACE_AFTER = re.compile(r"\s+(?:coast|coastline|waters|airspace|shores?|mainland)\b", re.IGNORECASE)


def _names_a_side(m, text: str) -> bool:
    """Whether a mention names a side the text is about: an actor, not a sponsor ("Indian-sponsored terrorists" name no
    Indian side) nor a place ("off the Yemeni coast")."""
    return bool(m.actor) and not m.actor.startswith("@") and not m.made and not _A_PLACE_AFTER.match(text, m.end)
_DROPPED = "@dropped"  # a figure found but left out (a mixed toll), in ``before_all``
#: A sentence opening on the figures of one fate of the sentence before: "Of the dead, 31 were from the 4th Brigade".
_OF_THE_FATE = re.compile(r"\W*(?:and\s+|but\s+)?(?:(?:of|among)\s+the\s+(?:(?P<killed>dead|killed)|(?P<wounded>wounded|injured)|"
                          r"(?P<captured>captured|prisoners))|(?:среди|серед|из|з|із)\s+(?:(?P<killed_>погибших|убитых|загиблих|"
                          r"вбитих)|(?P<wounded_>раненых|поранених)))(?!\w)", re.IGNORECASE)
_OF_THE_NOUN = re.compile(r"\W*(?:and\s+|but\s+)?of\s+the\s+([^\W\d][\w-]*s)\s*,", re.IGNORECASE)
#: A sentence opening on a number the sentence before gave: "Of the 30 Americans, 22 were ...", "Of the 913, about 100".
_OF_THE_NUMBER = re.compile(r"\W*(?:and\s+|but\s+)?of\s+the\s+(\d[\d,]*)(?:\s+[^\W\d][\w-]*){0,2}\s*,", re.IGNORECASE)
_JOIN = r"\s*(?:,\s*(?:and\s+|і\s+|та\s+|и\s+)?|\s(?:and|і|та|и)\s+)"  # a comma or "and" between two items
_LIST_JOIN = re.compile(r"(?:\s+[^\W\d]+)?" + _JOIN +
                        r"(?:(?:about|some|nearly|almost|more than|over|at least|around|roughly|approximately|up to|около|более|"
                        r"свыше|почти|понад|близько|майже)\s+)?")  # (a hedge before the next number)
#: Between two items of one list, with no word of their own ("23 Russian soldiers, 4 officers and 2 pilots"; not "40
#: Russian soldiers died, and 3 servicemen were wounded": a clause of its own).
_ITEM_JOIN = re.compile(_JOIN)
#: Irregular fighters' nouns: a list's soldiers after them are not theirs.
_IRREGULAR = re.compile(r"(?i)fighter|militant|rebel|insurgent|terrorist|gunm[ae]n|jihadist|guerr?ill|operative|saboteur|"
                        r"member|mercenar|бойовик|боевик|террорист|терорист|повстан|диверсант|наемник|найманц")
#: A fate with no noun joined to the figure before by its verb: "... soldiers had been killed and 21 wounded".
_FATE_JOIN = re.compile(r"(?:\s+(?:had|have|has|been|were|was|are))*\s+(?:killed|wounded|injured|captured|missing|martyred|died)"
                        r"\s*(?:,\s*(?:and\s+)?|\s(?:and|or)\s+)(?:(?:some|about|nearly|almost|more than|over|at least)\s+)?")
LIST_LINE = re.compile(r"^\W{0,6}[^\W\d][\w /'’().-]{1,60}?\s*[‒–—\-:~=≈]\s*(?:~|≈|about|близько|около)?\s*\d")


@dataclass(slots=True)
class Sent:
    """What one sentence contributes: its figures, mentions, claimants, period phrases, loss context."""

    s: Sentence
    figs: list = field(default_factory=list)  # (Found, loser) of the figures kept as losses
    found: list = field(default_factory=list)  # every figure found (``Found.parent`` indexes this list)
    claimants: list = field(default_factory=list)  # (offset in sentence, actor id)
    cues: list | None = None  # period phrases, computed when first needed (see :func:`sentence_cues`)
    said: dt.date | None = None  # the date the sentence's figures were stated ("said on Monday"), if before publication
    said_at: tuple | None = None  # :func:`~.periods.statement_date` of the sentence (where the phrase is, and the date)
    header: dict | None = None  # a list header ("... losses were approximately:") for the lines after it
    day: dt.date | None = None  # in an anniversary text, a day of its episode's year if the sentence tells the episode
    recent: tuple = ()  # the actors named up to its end, the last named first (see attribution.RECENT)

    @property
    def source(self) -> str | None:
        """The speaker the sentence leaves for the figures after it: its last claimant, but a body rather than the
        outlet relaying it ("This was reported by the General Staff on Facebook, Ukrinform reports": the General Staff)."""
        ids = [a for _o, a in self.claimants]
        return next((a for a in reversed(ids) if not attr.is_publisher(a)), ids[-1] if ids else None)


def analyse(text: str, published, events, low: str | None = None) -> list[Sent]:
    """Pass 1: figures, attribution and periods of every sentence (loss context applied). ``low`` is
    ``lower(text)`` when its slices are the lower case of the sentences (see :func:`doc_lower`)."""
    out: list[Sent] = []
    episode = episode_years(text, published)  # an anniversary text's long-past episode: its figures are its news
    then = dt.date(sorted(episode)[1], 7, 1) if episode else None  # (the first year its phrase names: episode_years
    # gives each with the years on either side)
    history: list[str] = []  # bodies and groups named so far
    reported: set[int] = set()  # the places in ``history`` of those named after a speech verb of their sentence
    speakers: list[str] = []  # the claimants of the sentences so far
    states: list[str] = []  # states named so far (whose "the Ministry of Defense" an unnamed ministry may be)
    para_from = units_from = 0  # where the states (and the role-only speakers' sides) named in the sentence's paragraph
    # begin in ``states`` (``unit_sides``)
    para, header = -1, None
    listing_side: str | None = None  # the side an Oryx-style listing is about ("Russia - 178, of which: ...")
    last_loser: str | None = None  # the loser of the last figures kept, for a speaker named by role only
    services: dict[str, str] = {}  # "air force", "navy", ... → the state whose service the text named so
    people: dict[str, str] = {}  # a speaker's name or call sign → the side of the role it was introduced with
    unplaced: list[str] = []  # the officers' names of the sentence before, if nobody in it was resolved as speaking
    before: tuple | None = None  # (Found, loser) of the last whole figure of the last sentence with figures
    before_all: list = []  # the whole figures of every sentence so far
    last_figs: tuple = (-1, -1, [])  # (index, paragraph, figures kept) of the last sentence with figures
    unit_sides: list = []  # the sides of the role-only speakers resolved so far ("a battalion commander said")
    all_ms, speech = attr.split_speech(attr.mentions(text, with_speech=True, low=low))
    attr.localise(text, all_ms, low)
    named = [m.actor for m in all_ms if _names_a_side(m, text)]
    attr.PRESENT.set(tuple(dict.fromkeys(x for a in named for x in (a, attr.side(a)))))  # whom "the enemy" means (see
    # extract), in the order the text first names them
    starts = [m.start for m in all_ms]
    last_named: dict[str, None] = {}  # the actors named so far, in the order last named (see Sent.recent)
    seen_to = 0
    first_state = next((m.actor for m in all_ms if m.generic is None and m.actor and attr.is_state(m.actor)), None)
    first_gov = next((m.actor for m in all_ms if m.generic is None and m.actor and not m.actor.startswith("@")
                      and (attr.is_state(m.actor) or _government_of_year(m.actor))), None)
    for s in split(text):
        st = Sent(s)
        t = s.text
        if s.paragraph != para:  # a header ending its paragraph ("... losses were:") opens the list after a blank line
            if not (header and header["colon"] and header["st"] is (out[-1] if out else None) and LIST_LINE.match(t)):
                header = None
            para, para_from, units_from = s.paragraph, len(states), len(unit_sides)
        lo, hi = bisect_left(starts, s.start), bisect_left(starts, s.end)
        for m in reversed(all_ms[seen_to:hi]):  # (before the offsets below are made the sentence's; a sentence's first
            # name counts as its last: "Hamas and the Houthis vowed to fight on" names Hamas first)
            if _names_a_side(m, text):
                for a in (m.actor, attr.side(m.actor)):  # (moved to the end: named last)
                    last_named.pop(a, None)
                    last_named[a] = None
        seen_to = max(seen_to, hi)
        st.recent = tuple(reversed(last_named))
        attr.RECENT.set(st.recent)
        ms = [m for m in all_ms[lo:hi] if m.end <= s.end]
        for m in ms:  # offsets in the sentence, in place: a mention lies in one sentence only, so none is shifted twice
            m.start -= s.start
            m.end -= s.start
        slow = low[s.start:s.end] if low is not None else lower(t)
        if then is not None:  # an anniversary text's sentence of its episode: enemies of the episode's year (not one
            # of today: "today", "this year", or a state's body at war today, "the Russian Defence Ministry said"; but
            # "Russian commanders said" may be the episode's)
            st.day = None if of_today(slow) or any(attr.is_official_body(m.actor) and attr.at_war_in(m.actor, published.year)
                                                   for m in ms if m.actor) else then
            attr.PUBLISHED.set(st.day or published)
        listing = listing_line(t, s.start)
        if listing and listing[0] == "side":  # "Ukraine - 212, of which: ...": whose losses the lines below list
            listing_side = listing[1]
        if listing and listing[0] == "figures" and listing_side:
            st.figs, st.found = [(f, listing_side) for f in listing[1]], listing[1]
            out.append(st)
            continue
        recalled = None  # where "Of the 30 Americans," names a figure told before again
        if before_all and ((named := _OF_THE_FATE.match(t)) is not None or (noun := _OF_THE_NOUN.match(t)) is not None):
            # "Of the dead, 31 were ...", "Of the tanks, at least six were T-72B3s": the last figure of that fate or
            # kind, not the last one
            fate_of = "personnel_" + next(k for k, v in named.groupdict().items() if v).rstrip("_") if named else \
                label_info(noun.group(1))[0]
            fallback = None if named and "among" in named.group(0).lower() else before  # ("Among the prisoners, 20
            # were ..." with no prisoners before: no part of the killed)
            whole = next(((f, lo) for f, lo in reversed(before_all) if f.category == fate_of), fallback) if fate_of else before
            before = (whole[0], None) if whole is not None and whole[1] is _DROPPED else whole  # (of a toll left out,
            # "165 soldiers and policemen died. Of the dead, 158 were soldiers": its fate, but no whole in the output)
        elif before_all and (numbered := _OF_THE_NUMBER.match(t)) is not None:  # "Of the 30 Americans, 22 were ...": the
            value = parse_number(numbered.group(1))  # figure of that number, not the last one (none if two of
            same = [(f, lo) for f, lo in before_all if f.number.value == value]  # different kinds have it)
            before = same[-1] if same and len({f.category for f, _lo in same}) == 1 else None if same else before
            recalled = numbered.start(1) if same else None
        figs, labels = sentence_figures(s, slow, before[0] if before else None,
                                        last_figs[2] if last_figs[0] == s.index - 1 and s.paragraph - last_figs[1] <= 1
                                        else ())  # (the sentence right before, in this paragraph or the one before)
        said = []
        if ms:  # sentences without figures only need claimants (and a list header its loser)
            said = [p - s.start for p in speech[bisect_left(speech, s.start): bisect_left(speech, s.end)]]
            assign_roles(t, ms, claimants_only=not figs and not t.rstrip().endswith(":"), speech_at=said)
            for x, m in zip(ms, ms[1:]):  # "у російському Міноборони заявили": the state's ministry speaks, not the state
                if x.role == "claimant" and x.generic is None and m.generic in ("mod", "gs") and 0 <= m.start - x.end <= 1:
                    x.role, m.role = None, "claimant"
                elif m.role == "claimant" and x.role is None and x.generic is None and m.generic is None and x.actor \
                        and m.actor and attr.is_official_body(x.actor) and attr.side(x.actor) == m.actor \
                        and 0 <= m.start - x.end <= 1:  # "Национальная разведывательная служба Южной Кореи сообщила":
                    x.role, m.role = "claimant", None  # the body of the state named after it speaks
        kept, strengths = [], set()
        spans = CueSpans(t, mask_labels(t, labels, slow), slow) if figs else None
        for k, f in enumerate(figs):
            rel = f.number.start - s.start
            if id(f.whole) in strengths or (f.parent is not None and id(figs[f.parent]) in strengths):
                continue  # a part of a strength is one: "which has about 1,000 personnel, 800 of them Kenyan police"
            if _strength_before(t, rel):
                strengths.add(id(f))  # (no figure itself, see the verdict below)
            if rel == recalled:
                continue  # (its number is that figure again, no new one)
            stop = figs[k + 1].number.start - s.start if k + 1 < len(figs) else min(len(t), f.end - s.start + 60)
            # (a part of the figure before is governed by no verb after it: "Of these, 17,000 were former prisoners
            # recruited from penal colonies")
            part = before is not None and _told_whole(f, before_all) is not None
            noun_end = f.label_span[0] - s.start
            if (clause := WHO_CLAUSE.match(t, f.label_span[1] - s.start)) is not None:  # (and a relative clause after it:
                noun_end = clause.end()  # "35 terrorists ..., who had gathered to infiltrate ..., were killed")
            noun = (f.number.end - s.start, noun_end)
            if from_a_stock(t, f, s.start):  # "Of the 31 Abrams tanks the United States sent to Ukraine, 24 have been
                noun = (f.label_span[0] - s.start, f.number.start - s.start)  # lost": the stock's words govern no figure
            verdict = spans.verdict(rel, stop, None if part else _list_end(t, figs, k, s.start), noun)
            if verdict is None and header is not None and (header["colon"] or LIST_LINE.match(t) or (
                    header["they"] and header["st"] is out[-1])):  # (a pronoun's losses: the next sentence only)
                verdict = header["loss"]
                if verdict and header["fate"] and f.category == "personnel_casualties" and f.label.lower() not in BARE_FATES:
                    f.category = header["fate"]  # "Reported fatalities, October 2026:" then "Soldiers – 214": killed
            if verdict is None and f.parent is not None and figs[f.parent] in kept:
                verdict = True  # a part of a loss is one: "we have taken 17 prisoners, among them two officers"
            if verdict is None and f.category == "personnel_captured" and f.label.lower() in _CAPTIVES:
                verdict = True  # "the number of prisoners taken ... reached 146": a captive is a loss (a swap is not:
                # "exchanged 146 prisoners" has its not-loss cue)
            if before is not None and ((verdict is None and (part or f.label.lower() in THE_FIGURE))
                                       or _puts_figure_at(t, rel)):
                verdict = True  # "Из них 20 770 — мобилизованные": parts of a loss are losses; "puts the figure at 719,000
                # personnel — a number most experts regard as inflated": the count the text was about, whatever follows
            if verdict and (not civilian_figure(t, f.label, f.number.start - s.start, f.label_span[1] - s.start)
                            or (f.inherited and SOLDIERS_NEXT.match(t, f.number.end - s.start))) \
                    and id(f) not in strengths and not _rate(t, rel, f.end - s.start) \
                    and not (" with " in t[max(0, rel - 60): rel] and _ATTACKED_WITH.search(t, max(0, rel - 60), rel)) \
                    and not (_HAD_AFTER.match(t, f.label_span[1] - s.start)  # (the noun's own number: not "lost 2,200
                             and not _DIGIT_IN.search(t, f.number.end - s.start, f.label_span[0] - s.start)) \
                    and not (f.label_span[1] > f.number.end and (_ATTACKERS.match(t, f.label_span[1] - s.start)
                                                                 or _STRIKERS.match(t, f.label_span[1] - s.start))):
                kept.append(f)
        counts = tuple(f.number.start - s.start for f in figs)
        if kept and historic(t, published, counts=counts, episode=episode):  # "in the 1943 Battle of Kursk, the Soviet
            # Union lost 6,000 tanks" (history beside the news; not the episode an anniversary text reports)
            kept = [f for f in kept if not historic(t, published, (f.number.start - s.start, f.end - s.start), counts, episode)]
        losers = ["@self" if own_side(t, f, s.start, ms) else loser_of(t, f, s.start, ms) for f in kept]
        if None in losers and any(m.generic == "unit" and _MEDIC.search(t, m.start, m.end) for m in ms):
            losers = ["@self" if lo is None and f.category in _MEDICS_CASES else lo for f, lo in zip(kept, losers)]
            # (the wounded a medic received are of the side she serves: "Бойова медикиня розповіла, що до їхнього
            # стабпункту привезли 14 поранених")
        if None in losers and its_toll(t):  # "..., bringing its military death toll to 632": the speaker's own
            losers = ["@self" if lo is None else lo for lo in losers]
        _share_losers(t, s.start, kept, figs, losers, ms)
        if before:  # "Of them, 470 were killed": the parts of a figure of the sentence before are its side's
            losers = [told[1] if lo is None and (told := _told_whole(f, before_all)) is not None else lo
                      for f, lo in zip(kept, losers)]
        known = next((c for x in losers if (c := concrete(x))), None)
        bordered = {id(x) for x in ms if x.generic is None and x.actor and neighbour_named(t, x.start)}
        # (a neighbour named as a place is no body that speaks: "a town near the borders with Kenya and Ethiopia,
        # officials on both sides said. ... The federal Ministry of Defence" is not Ethiopia's)
        own = bool(losers) and all(lo == "@self" for lo in losers)  # "його підрозділ втратив 11 бійців": its own losses
        h0 = len(history)  # the bodies named before this sentence
        for m in ms:
            if m.actor is None:
                here = [x.actor for x in ms if x.end <= m.start and x.generic is None and x.actor and attr.is_state(x.actor)
                        and id(x) not in bordered]
                named = [x.actor for x in ms if x.end <= m.start and x.generic is None and x.actor
                         and x.role == "claimant"] if m.generic == "unit" and not known else []
                owner = next((x.actor for x in ms if x.generic is None and x.actor and not x.actor.startswith("@")
                              and 0 <= m.start - x.end <= 1), None) if m.generic == "ref" and not m.pronoun else None
                head = next((x.actor for x in ms if x.generic is None and x.actor and not x.actor.startswith("@")
                             and 0 < x.start - m.end <= 24 and _NAME_GAP.fullmatch(t, m.end, x.start)),
                            None) if m.generic in ("gs", "mod") else None
                if head is None and m.generic in ("mil", "army", "src", "unit") and m.role == "claimant" \
                        and not _FOR_OTHERS.search(t, m.start, m.end):  # (not "a military spokesman for the rebels")
                    head = next((x.actor for x in ms if x.generic is None and x.actor and attr.is_state(x.actor)
                                 and 0 < x.start - m.end <= 60 and _SPOKE_IN.fullmatch(t, m.end, x.start)), None)
                    # ("military spokesman Andriy Lysenko told a briefing in Kyiv": the military of the capital it
                    # spoke in, see attr.body_of)
                if m.generic == "ref" and speakers and _THE_STATEMENT.fullmatch(t, m.start, m.end):
                    m.actor = speakers[-1]  # "..., the statement said": the last speaker's statement (not a group named
                    # in the quote before it: "our troops killed seven al-Shabaab militants," the statement said)
                elif m.generic == "spk":  # "..., the spokesman said": the last speaker of the sentences before (not a side
                    m.actor = speakers[-1] if speakers else None  # named in this one: "Israeli troops killed 40 Hamas
                    # fighters ..., the spokesman said")
                elif owner is not None:  # "Indian officials said": the side named right before them
                    m.actor = owner
                elif m.generic == "ref" and here and (force := _FORCE_REF.fullmatch(t, m.start, m.end)) and (
                        force.group("task") or not any(x.end <= m.start and x.actor and attr.is_group(x.actor) for x in ms)):
                    m.actor = here[-1]  # "Three personnel of the Assam Rifles were killed ..., the paramilitary force
                    # said", "... ambushed a patrol of the Joint Task Force (FTC) ..., the task force said": the state's
                    # force the sentence names (a paramilitary one only with no armed group named before it)
                elif m.generic == "ref" and first_gov and _PORTFOLIO.match(t, m.start):
                    m.actor = first_gov  # "the Ministry of Information said": the government of the text's state,
                    # not the foreign force that spoke last ("AFRICOM said ... The Ministry of Information said")
                elif head is not None:  # "начальник Генштаба Валерий Герасимов": the body of the one who heads it
                    m.actor = attr.body_of(attr.side(head) or head, m.generic)
                elif m.generic == "unit" and _MEDIC.search(t, m.start, m.end) and (
                        served := attr.side(known) if known else attr.home_side(text)):
                    m.actor = served  # a medic tells of the wounded of the side she serves (with no side named, the
                    # side whose language the text is in)
                elif m.generic == "unit" and not (states[para_from:] or here) and _MEDIC.search(t, m.start, m.end):
                    m.actor = unit_sides[-1] if unit_sides else UNIT  # (with no state named in her paragraph either,
                    # the side of the text's other role-only speakers, see _resolve_units: not the enemy of the loser
                    # named last, whose wounded she does not treat)
                elif m.generic == "unit" and services and (service := services.get(t[m.start:m.end].lower())):
                    m.actor = service  # "The Air Force said" after "the Ukrainian Air Force": that air force
                elif m.generic == "unit" and own and unit_sides[units_from:]:
                    m.actor = unit_sides[-1]  # "the 118th Brigade said its troops had killed 73 Russian soldiers ... the
                    # brigade's spokesman said the unit had lost 11 of its own": the unit that spoke in the paragraph
                elif m.generic == "unit" and own and (states[para_from:] or here):
                    # a commander telling of his unit's losses is of the side named last in the paragraph ("Втрати
                    # несуть і українські підрозділи. Командир однієї з рот розповів, що ... його підрозділ втратив ...")
                    m.actor = (states[para_from:] + here)[-1]
                elif m.generic == "unit" and m.role == "claimant" and not known and not named \
                        and not (states[para_from:] or here) and (home := attr.home_side(text)):
                    m.actor = home  # "Командир підрозділу ударних дронів ... розповів": an officer quoted in Ukrainian,
                    # no side named in his paragraph, is Ukraine's (not the enemy of the losers a Russian statement before
                    # him named)
                elif named:  # "Пресс-служба ЦАХАЛа сообщила о гибели командира 401-й бригады": the speaker's side
                    m.actor = attr.side(named[-1])
                else:
                    lead_state = next(iter(states[para_from:] + here), None)
                    if lead_state is None and not history and m.generic in ("mil", "army", "src") \
                            and not _FOR_OTHERS.search(t, m.start, m.end):
                        lead_state = first_state  # "..., the military's media wing said" in a lead naming no state:
                        # the text's first state, named later
                    ministry = m.generic == "ref" and _MINISTRY_REF.search(t, m.start, m.end) is not None
                    if ministry and speakers and speakers[-1].endswith("-MOD"):
                        bodies = [speakers[-1]]  # ("According to the ministry" after the Defence Ministry spoke: it,
                        # not the enemy state named since)
                    elif ministry and (named_min := [a for a in history if is_ministry(a)]) \
                            and _MINISTRY_WORD.search(t, m.start, m.end):
                        bodies = named_min[-1:]  # "The ministry said" after another body spoke ("Russia's Defence
                        # Ministry claimed ... Ukraine's air force said ... The ministry said"): the ministry named last
                    elif ministry:  # an armed group only named has no ministry: "army special forces killed three
                        # terrorists of the Okba Ibn Nafaa Brigade ..., the ministry said"; one that spoke by its
                        # ministry may: "Jubaland's Ministry of Security said"
                        bodies = [a for a in history if not attr.is_group(a) or a in speakers]
                    elif m.pronoun:  # "it added" is neither the side this sentence names as losing, "Its forces had
                        # killed 'dozens' of Radaa gunmen ..., it added", nor one named only in what a speaker said: "A
                        # government spokesman said ... that Sudanese troops had attacked ... Ethiopian forces ...
                        # killed more than 30 Sudanese soldiers, he said"
                        bodies = [a for i, a in enumerate(history) if i not in reported and (i < h0 or a not in losers)]
                    else:
                        bodies = history
                    m.actor = attr.resolve_generic(m, bodies, known or (last_loser if m.generic == "unit" else None),
                                                   states + here, lead_state)
                    if m.generic != "ref":  # ("the movement" is the one named before, already of its year)
                        m.actor = attr.of_year(m.actor)
                    elif m.actor is None and ministry and (states or here):
                        m.actor = (states + here)[-1]  # ("Members of the Iranian security forces were martyred ...
                        # the ministry said": with no body before, the government of the state named last)
                if m.actor is None and m.generic == "unit":
                    m.actor = UNIT  # no loser known yet: see _resolve_units
                if m.generic == "unit" and m.role == "claimant" and m.actor and not m.actor.startswith("@"):
                    unit_sides.append(attr.side(m.actor))  # (the side a medic named later serves, see above)
            if m.actor and (not m.actor.startswith("@") or m.actor == UNIT) and (
                    is_body(m.actor) or (m.generic == "unit" and (m.role == "claimant" or not _OFFICER_OF.match(t, m.start)))) \
                    and id(m) not in bordered and not m.made:  # (nor a maker: "a Turkish-made government drone")
                if said and said[0] < m.start and _THAT.search(t, said[0], m.start):  # (not the speaker after its
                    reported.add(len(history))  # verb: "..., – розповів у п'ятницю командир роти")
                history.append(m.actor)  # (an officer of a unit who is only named, "among them the commander of the
                # Nahal Brigade", is no speaker "it said" may mean)
        if None in losers and (refs := [m.end for m in ms if m.generic == "ref" and m.role == "loser" and m.actor]):
            losers = [loser_of(t, f, s.start, ms) if lo is None and any(0 <= f.number.start - s.start - e <= 30 for e in refs)
                      else lo for f, lo in zip(kept, losers)]  # ("..., while the group lost two fighters": the body
            # "the group" now names, for the figure right after it)
            known = known or next((c for x in losers if (c := concrete(x))), None)
        last_loser = known or last_loser
        for x in ms:  # "the Ukrainian Air Force": the air force "the Air Force" means later
            if x.generic is None and x.actor and attr.is_state(x.actor) and (sv := _SERVICE.match(t, x.end)):
                services[sv.group(0).strip().lower()] = x.actor
        st.claimants = unnamed_claimants(t, slow, [(m.start, m.actor) for m in ms if m.role == "claimant" and m.actor
                                                   and (not m.actor.startswith("@") or m.actor == UNIT)])
        if not st.claimants and people and (again := named_again(t, people)) is not None:
            st.claimants = [again]  # "Taras said his battalion had lost five men": the commander introduced before
        for p, a in st.claimants:
            if not attr.is_nobody(a):
                people.update(dict.fromkeys(introduced(t, p), a))
        if st.claimants and unplaced and _HE_SAID.match(t) and not attr.is_nobody(st.claimants[0][1]):
            people.update(dict.fromkeys(unplaced, st.claimants[0][1]))  # "..., Major General Markus Kangye, confirmed
            # the attack. He said ...": the officer is the speaker "he" resolves to
        unplaced = [] if st.claimants else titled_names(t)
        history.extend(a for _p, a in st.claimants)  # (with any source of no actor id: "it said" may mean it)
        speakers.extend(a for _p, a in st.claimants if not attr.is_nobody(a))
        states.extend(m.actor for m in ms if m.generic is None and m.actor and attr.is_state(m.actor) and id(m) not in bordered
                      and not m.made)
        st.figs, st.found = [(f, lo) for f, lo in zip(kept, losers) if lo != "@several"], figs  # (several losers: left out)
        if figs:  # the figure a next sentence opening "Of them, ..." would list the parts of
            before = next(((f, lo) for f, lo in reversed(st.figs) if not f.inherited), None)
            kept_ids = {id(f) for f in kept}
            last_figs = (s.index, s.paragraph, [f for f, _lo in st.figs])  # (whose parts "48 of the drones" names)
            before_all += [(f, lo) for f, lo in st.figs if not f.inherited or f.whole is None]  # (with a noun shared:
            # "killed 213 soldiers and captured 117")
            before_all += [(f, _DROPPED) for f in figs if id(f) not in kept_ids and not f.inherited]  # (order within a
            # sentence does not matter: a later sentence asks for one fate)
        colon = t.rstrip().endswith(":")
        they = False  # (a sentence naming losses whose next one lists them by a pronoun)
        if not figs and not colon:
            after = text[s.end:s.end + 140].lower()  # (lowered once, not once per word)
            they = any(w in after for w in _THEY_WORDS) and _THEY_TOTAL.match(text, s.end, s.end + 140) is not None
        if colon or they or (not figs and text.find("\n", s.end, s.end + 90) >= 0 and _LIST_LINE_NEXT.match(text, s.end, s.end + 90)):  # a header of list lines
            loss = CueSpans(t, low=slow).verdict(len(t.rstrip()), len(t))
            if loss is None and (colon or (not figs and _HEADING.fullmatch(t.strip()))):  # "The full list ... reads:" or
                loss = any(o.figs for o in out)  # a heading in brackets ("[Графік 2. Техніка]") in a text already
                # reporting losses: its lines are losses
            loss = loss or False
            if colon or loss:
                if not colon:  # "General Staff: enemy losses as of 12.09.2024" then "👉 tanks — 8 688 (+4)"
                    assign_roles(t, ms, speech_at=[p - s.start for p in speech[bisect_left(speech, s.start): bisect_left(speech, s.end)]])
                header = {"loss": loss, "colon": colon, "they": they, "st": st,
                          "claimant": st.source,
                          "loser": next((m.actor for m in ms if m.role in ("loser", "enemy") and m.actor), None),
                          "fate": _header_fate(slow)}
        st.header = header
        out.append(st)
    if then is not None:
        attr.PUBLISHED.set(published)  # (the news' own year again for what follows)
    _resolve_units(out)
    return out


_HEADING = re.compile(r"\[?[^\[\]\n]{1,60}\]")  # a bracketed heading over list lines ("[Графік 2. Техніка]", or its
# last sentence: "Техніка]")
#: An unnamed force that speaks ("the paramilitary force said", "the task force said"): see analyse.
_FORCE_REF = re.compile(r"the (?:paramilitary |armed )?force|the (?P<task>(?:joint )?task force)", re.IGNORECASE)
#: An unnamed ministry among the "ref" words ("the ministry said", "у відомстві"): no armed group only named (see analyse).
_MINISTRY_REF = re.compile(r"ministry|department|міністерств|министерств|відомств|ведомств", re.IGNORECASE)
#: The words of :data:`_MINISTRY_REF` that name a ministry itself (not "department", "відомство", which may be any
#: agency), and a registry name that is a ministry's.
_MINISTRY_WORD = re.compile(r"ministry|міністерств|министерств", re.IGNORECASE)
_A_MINISTRY = re.compile(r"\bMinistry\b")
#: "..., the statement said": the statement of the last speaker.
_THE_STATEMENT = re.compile(r"the (?:statement|communiqu[eé]|press release|report)", re.IGNORECASE)
#: A person named before the role that speaks ("said Taras, a 34-year-old battalion commander of ..."), or a call sign
#: after it ("Командир роти ... із позивним «Сокира»", "a drone operator who goes by the call sign Storm").
_NAME_BEFORE_ROLE = re.compile(r"(?-i:(?P<n>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))\s*,\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,5}$",
                               re.IGNORECASE)
_CALL_SIGN_AFTER = re.compile(r"[^.;:]{0,70}?(?:call\s*sign|позивн\w*|позывн\w*)\s+[«\"“]?(?P<n>[^»\"”,.;:]{2,25}?)[»\"”]?"
                              r"(?=[\s,.;:]|$)", re.IGNORECASE)
_NAME_AFTER_ROLE = re.compile(r"[^,.;:«»\"\d]{0,50}?(?-i:(?P<n>[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’-]+\s+[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’-]+))"
                              r"(?=[\s,.;:]|$)", re.IGNORECASE)
_NOT_NAMES = frozenset({"Brigade", "Battalion", "Regiment", "Division", "Corps", "Forces", "Force", "Army", "Guard",
                        "Command", "Group", "Staff", "General", "Ministry", "Defence", "Defense", "Air", "Navy", "National",
                        "Mechanized", "Mechanised", "Assault", "Infantry", "Marine", "Special", "Operations", "Media",
                        "Бригади", "Бригада", "Сил", "Сили", "Сухопутних", "Генштабу", "Генштаба", "Міністерства",
                        "Министерства", "Повітряних", "Воздушных", "Збройних", "Вооруженных", "Нацгвардії"})
_TITLES = frozenset({"Colonel", "General", "Major", "Captain", "Lieutenant", "Sergeant", "Commander", "Brigadier", "Lt",
                     "Col", "Gen", "Maj", "Capt", "Sgt", "Mr", "Ms", "Mrs", "Dr", "Private", "Corporal"})
_SAYS = r"(?:said|says|told|added|explained|каже|розповів|розповідає|розповіла|сказав|сказала|додав|додала|говорит|" \
        r"рассказал|рассказала|сказал|добавил|добавила|пише|пишет)(?!\w)"


def introduced(text: str, at: int) -> list[str]:
    """The names a speaking role at ``at`` is introduced with: "said Taras, a 34-year-old battalion commander" (each
    name word but titles), "Командир роти ... із позивним «Сокира»" (the call sign whole)."""
    out = []
    if (m := _NAME_BEFORE_ROLE.search(text, max(0, at - 90), at)) is not None:
        out += [w for w in m.group("n").split() if w not in _TITLES and len(w) > 2]
    if (m := _CALL_SIGN_AFTER.match(text, at)) is not None:
        out.append(m.group("n").strip())
    elif (m := _NAME_AFTER_ROLE.match(text, at)) is not None and not _NOT_NAMES.intersection(m.group("n").split()):
        out += m.group("n").split()  # ("речник Сил оборони півдня Владислав Волошин", "spokesman Andriy Lysenko")
    return out


#: An officer's rank and name ("Major General Markus Kangye", "Col. Abdirahman Mohamed").
_TITLED_NAME = re.compile(r"\b(?:General|Colonel|Captain|Major|Commander|Admiral|Lieutenant|Brigadier|Gen\.|Col\.|Capt\.|"
                          r"Maj\.|Lt\.)\s+(?P<n>(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)")
_THAT = re.compile(r"\b(?:that|що|что)\b", re.IGNORECASE)  # the reported clause after a speech verb
_HE_SAID = re.compile(r"\s*(?:He|She)\s+(?:also\s+)?(?:said|told|added)\b")


def titled_names(text: str) -> list[str]:
    """The name words of the officers a sentence names with their rank ("Major General Markus Kangye": Markus,
    Kangye), titles left out."""
    return [w for m in _TITLED_NAME.finditer(text) for w in m.group("n").split() if w not in _TITLES and len(w) > 2]


def named_again(text: str, people: dict[str, str]) -> tuple[int, str] | None:
    """A speaker named again by the name or call sign it was introduced with ("Taras said", "каже «Сокира»"): its
    position and side, else ``None``."""
    for name, actor in people.items():
        if name not in text:
            continue
        n = r"[«\"“]?" + re.escape(name) + (r"(?:а|у|ом|ові|ым|им|ого|ої|ій|ой)?" if not name.isascii() else "") + r"[»\"”]?"
        m = re.search(r"(?<!\w)" + n + r"\s*,?\s+(?:also\s+)?" + _SAYS + r"|(?<!\w)(?:" + _SAYS + r"|(?i:за словами|по словам|"
                      r"according to))\s+" + n + r"(?!\w)", text)
        if m is not None:
            return m.start(), actor
    return None


def _government_of_year(actor: str) -> bool:
    """Whether an actor is its state's government in the text's year, under another id ("Afghan forces" in 2015 are
    the Republic's, AFG-REP), not an armed group of that state."""
    state = actors.side_of(actor)
    return state is not None and state != actor and attr.of_year(state) == actor


#: A ministry named by its portfolio and no state ("the Ministry of Information", "the Ministry of Interior"; the
#: portfolios are attribution's "ref" words).
_PORTFOLIO = re.compile(r"the ministry of|the (?:information|interior|home affairs|foreign affairs|foreign|health|security) "
                        r"ministry", re.IGNORECASE)  # ("the Interior Ministry said": not the defence ministry named before)
#: A medic among the role-only speakers, and the fates of the people she tells of (her own side's).
_MEDIC = re.compile(r"medic|медик|медсестр|санінструктор", re.IGNORECASE)
_MEDICS_CASES = ("personnel_wounded", "personnel_killed", "personnel_casualties")
#: A state's service named after its adjective ("the Ukrainian Air Force"), which "the Air Force" means later on.
_SERVICE = re.compile(r"\s*(?:air force|navy|air defen[cs]e forces|border guards?)\b", re.IGNORECASE)
#: From a speaker to the capital it spoke in: its name, a speech verb and "in" ("Andriy Lysenko told a briefing in Kyiv").
_SPOKE_IN = re.compile(r"(?:\s+[A-ZА-ЯІЇЄҐ][\w'’.-]*){0,3}\s+(?:told|said|says|spoke|announced)(?:\s+(?:a|an|the)?\s*"
                       r"(?:briefing|reporters|journalists|news conference|press conference))?\s+in\s+")
#: An attack verb right after a figure's noun: the attacking force, no loss ("when hundreds of insurgents attacked").
_ATTACKERS = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:(?!\b(?:that|which|who|whom)\b)[^,;.\d]){1,80}?)?"  # ("3,000 fighters of the
                        # al-Qaeda-linked JNIM attacked"; not "killed 15 terrorists of the Hamas cell that attacked")
                        r"\s+(?:(?:had|have|has)\s+)?(?:(?:tried|attempted|sought)\s+to\s+(?:attack|target|strike|bomb|hit|"
                        r"storm|raid)|attacked|stormed|assaulted|overran|besieged|raided|напали|атаковали|штурмовали|"
                        r"атакували|штурмували)(?!\w)(?!\s+by\b)", re.IGNORECASE)  # ("some 24 Pakistani aircraft tried to
# target military installations"; no "shelled", "bombed", "targeted": "40 Russian soldiers shelled in their trenches")
#: A strike verb with its object right after a figure's noun: the striking weapons, no loss ("one of its robots destroyed
#: a Russian T-72 tank", "14 drones struck a refinery"; not "tanks destroyed the day before", "killed Monday": passives).
_STRIKERS = re.compile(r"\s+(?:(?:had|have|has)\s+)?(?:hit|struck|destroyed|shot\s+down|downed|killed|targeted|bombed|shelled|"
                       r"sank|rammed)(?=\s+(?:an?|the|its|their|enemy|(?-i:[A-Z][a-z]+))\b)"
                       r"(?!\s+(?:in|on|at|near|over|during|after|before|as|by|from|into|across|along|since|amid|outside|"
                       r"inside|for|with|and|or|but|while|when|last|this|yesterday|today|overnight)\b)"  # (a headline's
                       # capitals: "5 Gorkha Rifles Soldiers Killed In Manipur Ambush")
                       r"(?!\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:day|days|night|week|month|year|morning|evening|afternoon|"
                       r"weekend|time)\b)(?!\s+(?:" + "|".join(WEEKDAYS) + "|" + MONTH_PATTERN + r")\b)"
                       r"(?!\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:mine|landmine|ied|explosive|bomb)s?\b)", re.IGNORECASE)
# (nor "an armoured personnel carrier hit a landmine": the mine struck it)
_FOR_OTHERS = re.compile(r"\s(?:for|of)\s", re.IGNORECASE)
_OFFICER_OF = re.compile(r"(?:commander|officer)\s+(?:for|of|in)\s", re.IGNORECASE)  # "the commander of a drone unit"
_NAME_GAP = re.compile(r"\s+(?:[A-ZА-ЯІЇЄҐ][\w'’.-]*\s+)?")  # a first name between a body and its head's surname


_STRENGTH_WORDS = ("has", "have", "by", "peak", "налічує", "насчитывает", "town", "city", "village", "country", "district", "province",
                   "region", "camp", "population", "garrison", "home", "number", "estimated",
                   "населен", "strength")  # one of which every _STRENGTH_BEFORE match holds
_STRENGTH_KEYS = re.compile(trie_regex(list(_STRENGTH_WORDS), literal=True))  # (one scan for them all)


def _strength_before(t: str, rel: int) -> bool:
    """Whether :data:`_STRENGTH_BEFORE` ends right before offset ``rel``; in a plain sentence (see lexicon.plain) tried
    only when the 30 characters before hold one of its words in the lower case (most figures: a substring test). Not
    before a count of the destroyed ("Генштаб ВСУ насчитывает 11 720 уничтоженных танков": a tally, no strength)."""
    lo = max(0, rel - 30)
    if plain(t) and not _STRENGTH_KEYS.search(t[lo:rel].lower()):
        return False
    return _STRENGTH_BEFORE.search(t, lo, rel) is not None and not _DESTROYED_NEXT.match(t, rel)


#: A number, then a participle of destruction before its noun: "11 720 уничтоженных танков".
_DESTROYED_NEXT = re.compile(r"[\d\s,.]*(?:тисяч\w*|тысяч\w*)?\s+(?:уничтоженных|знищених|сбитых|збитих|подбитых|підбитих|"
                             r"destroyed|downed)(?!\w)", re.IGNORECASE)


#: A rate or a difference, not a count: "average daily Russian casualties at more than 1,000", "середньодобові втрати
#: ... 1 006 осіб", "1,200 a day", "в среднем 900 в сутки"; "Це на 910 осіб більше, ніж у березні".
_AVERAGE_BEFORE = re.compile(r"(?:\baverag\w*|(?<!\w)(?:середньодобов\w*|среднесуточн\w*|в середньому|в среднем))[^.,;:]{0,60}$",
                             re.IGNORECASE)
_PER_DAY_AFTER = re.compile(r"(?:\s+(?:killed|wounded|or|and|lost|втрачає|теряет))*\s+(?:(?:a|per|every)\s+day\b"
                            r"(?!\s+(?:earlier|before|later|after|of|when|that))|"
                            r"на\s+добу|в\s+сутки|щодня|ежедневно)", re.IGNORECASE)
_DIFFERENCE = re.compile(r"(?:\s+[^\W\d]+)?\s+(?:більше|менше|больше|меньше),?\s+(?:ніж|чем)(?!\w)", re.IGNORECASE)
_RATE_KEYS = re.compile(trie_regex(["averag", "середньо", "среднесуточ", "в среднем"], literal=True))  # one of which every
# _AVERAGE_BEFORE match holds; and one of these every _PER_DAY_AFTER match:
_PER_DAY_KEYS = re.compile(trie_regex([" day", "на добу", "в сутки", "щодня", "ежедневно"], literal=True))


def _rate(t: str, rel: int, end: int) -> bool:
    """Whether a figure is a rate (an average, "a day") or a difference ("на 910 осіб більше, ніж"), not a count. (Each
    pattern runs only where a word it needs is near: most figures are decided by substring tests.)"""
    before = t[max(0, rel - 90): rel]
    if _RATE_KEYS.search(before.lower()) and _AVERAGE_BEFORE.search(before):
        return True
    if before.endswith(("на ", "На ")) and _DIFFERENCE.match(t, end):
        return True
    after = t[end: end + 50].lower()
    return _PER_DAY_KEYS.search(after) is not None and _PER_DAY_AFTER.match(t, end) is not None


def _header_fate(low: str) -> str | None:
    """The one fate a list's header gives its people ("Reported fatalities ...:", "Killed in October:"), if it names
    that of the dead alone (not "killed and wounded", nor "losses")."""
    c = cues()
    if c["killed"].search(low) and not any(c[k].search(low) for k in ("wounded", "captured", "missing", "casualties")):
        return "personnel_killed"
    return None


def _puts_figure_at(t: str, rel: int) -> bool:
    """Whether :data:`~.figures.PUT_AT` ends right before offset ``rel`` ("puts the figure at 719,000"); every match
    ends in "at" and a hedge, so a substring test spares the search on most figures."""
    return "at" in t[max(0, rel - 24): rel].lower() and PUT_AT.search(t, max(0, rel - 70), rel) is not None


def _list_end(t: str, figs: list, k: int, offset: int) -> int:
    """Where the list a figure opens or continues ends, the verb after it governing all its items ("23 soldiers and 12
    officers were killed when two helicopters crashed": the verb after the officers, not the helicopters); a figure in
    no list: the last figure's end."""
    j = k
    while j + 1 < len(figs) and _LIST_JOIN.fullmatch(t, figs[j].end - offset, figs[j + 1].number.start - offset):
        j += 1
    return figs[j if j > k else -1].end - offset


def _share_losers(t: str, offset: int, kept: list, figs: list, losers: list, ms: list) -> None:
    """Losers a figure takes from another of its sentence, in place: a fate with no noun listed right after a figure
    counts that figure's side ("11 ELN guerrillas killed, 37 captured"); a part is its whole's side's unless its own
    words name one ("six Indian jets, including three Rafales"; not "..., 300 of them Russian"); a whole with no side
    takes the one its part's fate gives."""
    for k in range(1, len(kept)):
        if kept[k].label.lower() not in BARE_FATES:
            if losers[k] is None and losers[k - 1] and not losers[k - 1].startswith("@") \
                    and kept[k].category.startswith("personnel") and kept[k - 1].category.startswith("personnel") \
                    and _ITEM_JOIN.fullmatch(t, kept[k - 1].end - offset, kept[k].number.start - offset) \
                    and not cues()["loss"].search(lower(t[max(0, kept[k - 1].number.start - offset - 30):
                                                          kept[k - 1].number.start - offset])) \
                    and not (_IRREGULAR.search(kept[k - 1].label) and not _IRREGULAR.search(kept[k].label)):
                losers[k] = losers[k - 1]  # "23 Russian soldiers, 4 officers and 2 pilots were killed": a list's item
                # naming no side is of the side the one before names (not soldiers after irregulars: "23 Hamas fighters
                # and 2 soldiers", two sides; nor after a verb's object: "had killed 40 Russian soldiers, and 3
                # servicemen were wounded")
            continue
        a, b = kept[k - 1].end - offset, kept[k].number.start - offset
        if any(b <= m.start < kept[k].end - offset for m in ms if m.actor):
            continue  # its own words name a side ("... and 12 Ukrainian wounded")
        by_fate = _FATE_JOIN.fullmatch(t, a, b)  # "five Cambodian soldiers had been killed and 21 wounded since Thailand
        # launched ...": the 21 are the five's side (whatever the first turns out to be), not the side named after them
        if losers[k - 1] is not None and (losers[k] is None or by_fate or _LIST_JOIN.fullmatch(t, a, b)):
            losers[k] = losers[k - 1]
        elif by_fate:
            losers[k] = None
    for k, f in enumerate(kept):
        whole = figs[f.parent] if f.parent is not None else None
        w = next((j for j, g in enumerate(kept) if g is whole), None) if whole is not None else None
        if w is not None and losers[w] is not None and not any(
                f.number.start - offset <= m.start < f.end - offset for m in ms):
            losers[k] = losers[w]
        elif w is not None and losers[w] is None and losers[k] in ("@self", "@adversary"):
            losers[w] = losers[k]  # "11 soldiers, five of them from the air force, had been martyred": the fate told
            # after the part is the whole's too


UNIT = "@unit"  # a speaker named by a military role before any loser is known ("розповів речник бригади")


def _resolve_units(sents: list[Sent]) -> None:
    """Give a role-only speaker resolved too early the side whose language the text is in (a brigade or a battalion
    commander quoted in Ukrainian with no side named is Ukraine's, :func:`~.attribution.home_side`, not the enemy of the
    Ukrainians a Russian statement quoted before or after claims, nor of its own men held captive); failing that, the
    side fighting the first loser named after it (else before) in a sentence it or nobody speaks in; failing that, the
    side of the last speaker named before it ("Russia's Defense Ministry said ... A battalion commander told RIA
    Novosti that his men shot down 12 drones": not the side fighting a loser another speaker names later,
    "Separately, Ukraine's General Staff said Russia lost ..."); failing that, the side fighting any loser named."""
    at = next((i for i, st in enumerate(sents) if any(a == UNIT for _p, a in st.claimants)), None)
    if at is None:
        return
    order = sents[at:] + sents[:at][::-1]
    present = attr.PRESENT.get()  # (a loser whose enemy the text never names tells nothing of who fights it: "27
    # Egyptian soldiers" seized by the RSF do not make a Sudanese army spokesman the enemy of Egypt)
    losers = [lo for st in order if all(a == UNIT for _p, a in st.claimants)
              for _f, lo in st.figs if lo and not lo.startswith("@") and attr.adversary(lo) in present]
    prior = [a for st in reversed(sents[:at]) for _p, a in reversed(st.claimants) if a != UNIT and not attr.is_nobody(a)]
    others = [lo for st in order for _f, lo in st.figs if lo and not lo.startswith("@") and attr.adversary(lo) in present]
    who = attr.home_side(" ".join(st.s.text for st in sents[at:at + 3])) or (
        attr.adversary(losers[0]) if losers else attr.side(prior[0]) if prior else None) or (
        attr.adversary(others[0]) if others else None)
    for st in sents:
        st.claimants = [(p, who if a == UNIT else a) for p, a in st.claimants if a != UNIT or who]
        if st.header and st.header.get("claimant") == UNIT:
            st.header["claimant"] = who


def doc_lower(text: str) -> str | None:
    """``lower(text)``, whose slices are then the lower case of the sentences (lower-casing is per character
    but for the Greek final sigma, so ``None`` when the text holds a capital sigma)."""
    return None if "Σ" in text else lower(text)


def sentence_cues(st: Sent, published, events) -> list:
    """The sentence's period phrases (:func:`~.periods.period_cues`), computed once; a "(+N)" bracket dates the
    increment, not the total, so it is blanked first."""
    if st.cues is None:
        text = st.s.text
        if "(+" in text or "( +" in text:  # "(+1,170 in the past day)" dates the increment, not the total
            text = INCREMENT_BRACKET.sub(lambda m: " " * len(m.group(0)), text)
        st.cues = period_cues(text, published, events, st.said_at)
    return st.cues


@lru_cache(maxsize=1024)
def is_ministry(actor_id: str) -> bool:
    """Whether an actor is a ministry ("Ministry of Defence of Ukraine", "Gaza Health Ministry"; memoised)."""
    a = actors.registry().get(actor_id)
    return a is not None and _A_MINISTRY.search(a.name) is not None


@lru_cache(maxsize=1024)
def is_body(actor_id: str) -> bool:
    """Whether an actor is a body, group or monitor that speaks (memoised, as the registry it reads is)."""
    a = actors.registry().get(actor_id)
    return a is not None and a.kind in ("body", "group", "monitor")
