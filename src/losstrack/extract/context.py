"""Loss context of a figure: whether loss or not-loss cue words govern it (lost, destroyed vs. send, produce,
launched), the hedge a list header gives its lines ("losses were approximately:"), whether a bare fate
("80,000 wounded") speaks of soldiers or of civilians, and whether a sentence tells of a past war."""

from __future__ import annotations

import datetime as dt
import re
from copy import copy
from functools import lru_cache

from ..vocab import qualifier_phrases
from .attributes import NESTING
from .dates import MONTH_PATTERN, WEEKDAYS
from .lexicon import cues, lower, plain, qualifier_words, twin
from .numbers import parse_number

_MILITARY = re.compile(
    r"\b(?:troops|soldiers?|servicem[ae]n|service members|personnel|fighters|militants|military|army|forces|idf|"
    r"mujahideen|mujahedeen|mujahidin|insurgents|rebels|guerrillas|jihadists|terrorists|marines|paratroopers|"
    r"commanders?|divisions?|brigades?|battalions?|regiments?|platoons?|"
    r"defen[cs]e ministry|ministry of defen[cs]e|department of (?:national )?defen[cs]e|general staff|"
    r"combatants|мобіліз\w*|військов\w*|военнослужащ\w*|солдат\w*|бойовик\w*|боевик\w*|особов\w*|личн\w+ состав\w*)\b"
    r"|\b(?:took|take|takes|taking)\s+[^.;]{0,30}?\bprisoners\b",
    re.IGNORECASE,
)
_LOSER_ROLE = re.compile(r"\b(?:has|have|had)\s+(?:suffered|lost|sustained)\b|\blost\s+[\w,.]+\s+(?:killed|dead)\b|"
                         r"\bcasualties\b|(?<!ministry)'s\s+toll\b|"
                         r"\blosses\b(?!\s+(?:of|among)\s+(?:civilians|life|lives|people))", re.IGNORECASE)  # "Russian losses"
_CLAUSE_WORDS = re.compile(r"[^\W\d_]+")
_SINCE_SUBJECT = re.compile(r"(?<!\w)(?:since|відколи|с тех пор как|з того часу як)\s+(?:[^\W\d][\w'’-]*\s+){0,3}$")
_A_PLACE = re.compile(r"\s+(?:pads?|sites?|positions?)\b")
_IN_THE = re.compile(r"\b(?:in|during)\s+(?:the|that|this)\s+$")  # "killed in the exchange": a fight, not a swap
_OF_FIRE = re.compile(r"\s+(?:of\s+)?(?:fire|gunfire|shots)\b")  # "an exchange of fire", "exchanged fire": fighting
_BY = re.compile(r"\s+by\b")
#: The wounded or dead a hospital or a medic received: "the hospital had received 27 wounded soldiers" (not aid).
_THE_HURT = re.compile(r"\s+(?:[\w,.-]+\s+){0,3}?(?:wounded|injured|bodies|dead)\b")
#: The ISPR's idiom with the number inside: "sending 27 terrorists to hell" sends no aid.
_TO_HELL = re.compile(r"\s+(?:[\w,.\"'-]+\s+){1,5}?to hell\b")
_SPACES = re.compile(r"\s+")
#: The end of a passive's auxiliary: "would be", "were", "had been", "will be" (a figure's own verb follows).
_PASSIVE_END = re.compile(r"\b(?:would|will|were|was|are|is|had|have|has)\s+(?:be\s+|been\s+)?$", re.IGNORECASE)
_ACTS_ON = re.compile(r"(?:hit|struck|reached)\s+(?:their\s+)?targets\b", re.IGNORECASE)  # ("17 drones hit targets")
_NOT_SUBJECT = re.compile(r"[,;:(](?!\d)|\b(?:who|which|that|whom|of them|of whom)\b", re.IGNORECASE)
_PART_BEFORE = re.compile(r"(?:\bof\s+(?:whom|them|these|those)|\bincluding|\bamong\s+them)\W*(?:[\w-]+\s+){0,3}$",
                          re.IGNORECASE)
#: Fate words that can stand for the noun ("120,000 killed"); they count only in a military context.
BARE_FATES = {"killed", "dead", "deaths", "killed in action", "wounded", "injured", "captured", "missing",
               "missing in action", "prisoners", "prisoners of war"}
#: The same in Russian and Ukrainian (participles standing for the noun: "загиблих", "погибших").
CYR_FATES = frozenset({"загиблих", "поранених", "вбитих", "убитых", "раненых", "погибших", "погибшие", "загиблі", "убитые",
                       "раненые", "поранені",
                       # the instrumental of "потеряли убитыми 85, ранеными – 72", "462 военнослужащих погибшими"
                       "убитыми", "ранеными", "погибшими", "пленными", "вбитими", "пораненими", "загиблими", "полоненими",
                       "убитым", "раненым", "погибшим", "вбитим", "пораненим", "загиблим",  # (after 21, 31, ...: "71 пораненим")
                       "пропавших без вести", "пропавшими без вести", "пропавшие без вести", "зниклих безвісти",
                       "зниклими безвісти", "зниклі безвісти"})


class CueSpans:
    """Where loss and not-loss cues sit in one sentence (not-loss cues looked up with labels blanked, so
    the "launch" of "Multiple Launch Rocket Systems" does not count)."""

    def __init__(self, text: str, masked: str | None = None, low: str | None = None):
        c = cues()
        self.text = text
        low = lower(text) if low is None else low
        self.pos = [m.span() for m in c["loss"].finditer(low)]
        # a participle with "by" modifies the noun before ("29 drones launched by Russia"): it governs no figure
        self.neg = [m.span() for m in c["not_loss"].finditer(low if masked is None else masked)
                    if not _BY.match(low, m.end()) and not _A_PLACE.match(low, m.end())  # (nor "launch pads": places,
                    and not (m.start() and low[m.start() - 1] == "-")  # nor "14 Western-supplied artillery systems": an
                    # adjective of its noun, wherever the noun's figure stands,
                    and not _OF_FIRE.match(low, m.end())  # nor "an exchange of fire",
                    and not (low.startswith("exchange", m.start()) and _IN_THE.search(low, max(0, m.start() - 12), m.start())
                             and not low.startswith(" for", m.end()))  # nor "sunk in the exchange" (a fight),
                    and not (low.startswith(("receiv", "evacuat"), m.start()) and _THE_HURT.match(low, m.end()))  # nor
                    # "received 27 wounded soldiers", "evacuated 148 wounded soldiers",
                    and not (low.startswith(("sen", "dispatch"), m.start()) and _TO_HELL.match(low, m.end()))  # nor
                    # "sending 27 terrorists to hell",
                    and not _SINCE_SUBJECT.search(low, max(0, m.start() - 40), m.start())]  # nor "since Azerbaijan
        # launched its offensive": a running count's start)
        if self.pos and self.neg:  # a not-loss word inside a loss phrase ("получили" of "получили ранения") is that phrase,
            # and a loss word inside a not-loss phrase ("ураження" of "залучив для ураження") this one
            pos = [(p, q) for p, q in self.pos if not any(a <= p and q <= b and q - p < b - a for a, b in self.neg)]
            self.neg = [(a, b) for a, b in self.neg if not any(p <= a and b <= q and b - a < q - p for p, q in self.pos)]
            self.pos = pos

    @staticmethod
    def _last_end(spans, lo: int, hi: int) -> int:
        best = -1
        for s, e in spans:
            if s >= lo and e <= hi and e > best:
                best = e
        return best

    @staticmethod
    def _first(spans, lo: int, hi: int) -> int | None:
        for s, e in spans:
            if s >= lo and e <= hi:
                return s
        return None

    def verdict(self, rel: int, stop: int, tail: int | None = None, noun: tuple[int, int] | None = None) -> bool | None:
        """True/False when loss or not-loss cues govern a figure at ``rel``; ``None`` when no cue does. A not-loss
        word inside the figure's own noun phrase (``noun``: from the number's end to its label) describes the noun
        ("400 mobilised Russian soldiers were killed"), it governs nothing."""
        if not self.pos and not self.neg:
            return None
        if noun is not None and any(noun[0] <= a and b <= noun[1] for a, b in self.neg):
            self = copy(self)  # (a shallow copy: the spans of the other figures stay)
            self.neg = [(a, b) for a, b in self.neg if not (noun[0] <= a and b <= noun[1])]
        start = own = self.text.rfind(";", 0, rel) + 1
        a_pos, a_neg = self._first(self.pos, rel, stop), self._first(self.neg, rel, stop)
        if a_neg is not None and (a_pos is None or a_neg <= a_pos) and a_neg - rel <= 60 \
                and (_PASSIVE_END.search(self.text, rel, a_neg) or _ACTS_ON.match(self.text, a_neg)) \
                and not _NOT_SUBJECT.search(self.text, rel, a_neg) \
                and not _PART_BEFORE.search(self.text, max(0, rel - 30), rel):
            return False  # its own passive verb: "announced that 2,500 more troops would be deployed" (not the "killed"
            # before it; but not "46 soldiers wounded, 12 of them seriously, who were evacuated", nor a part: "of whom
            # more than 34,000 were recruited from prisons")
        if own and a_neg is not None and (a_pos is None or a_neg < a_pos) \
                and not any(own <= a < rel for a, _b in self.pos + self.neg):
            return False  # its own clause after a semicolon says it is no loss: "lost two F-16s; 12 pilots are still in
            # training" (not the verb before the semicolon)
        while start > 0 and not any(start <= a < rel for a, _b in self.pos + self.neg):
            prev = self.text.rfind(";", 0, start - 1) + 1  # a list split by semicolons: "lost: 1,210 troops; 9 tanks"
            if len(_CLAUSE_WORDS.findall(self.text, prev, start)) > 6 and not any(prev <= a < start for a, _b in self.pos + self.neg):
                break
            start = prev
        neg, pos = self._last_end(self.neg, start, rel), self._last_end(self.pos, start, rel)
        after_loss = a_pos is not None and (a_neg is None or a_neg > a_pos)
        if neg > pos:  # a not-loss verb right before the number governs it ("used 5,600 drones to hit ...")
            return after_loss and len(_CLAUSE_WORDS.findall(self.text, neg, rel)) > 2
        if pos >= 0 or after_loss:
            return True
        if tail is not None:  # a list sharing a verb written after it: "642 aircraft, ... have been destroyed"
            end = self.text.find(";", tail)
            end = end if end >= 0 else len(self.text)
            t_pos, t_neg = self._first(self.pos, tail, end), self._first(self.neg, tail, end)
            if t_pos is not None and (t_neg is None or t_neg > t_pos):
                return True
            if t_neg is not None:
                return False
        return None


def header_qualifier(text: str) -> str | None:
    """The hedge that opens a list ("losses were approximately:", "орієнтовно склали:"), if any."""
    if ":" not in text:
        return None
    m = _header_q().search(text)
    return qualifier_phrases().get(_SPACES.sub(" ", m.group(1).lower())) if m else None


@lru_cache(maxsize=1)
def _header_q() -> re.Pattern:
    return re.compile(r"(?<!\w)(" + qualifier_words() + r")(?:\s+\w+)?\s*:", re.IGNORECASE)


#: Labels that name no one in particular: after civilians in the same sentence they are civilians too.
_ANYONE = BARE_FATES | CYR_FATES | {"persons", "people", "осіб", "людей", "человек", "чоловік", "погибли", "загинули",
                                    "ранены"}


_POLICE = r"(?:police(?:men|women)?|police officers|gendarmes|поліцейськ\w*|полицейск\w*)"
_POLICE_NOUN = re.compile(r"(?<!military )\bpolice\s+$", re.IGNORECASE)  # before "officers", "personnel" (not the
# military police)
_POLICE_AND = re.compile(r"(?<!\w)" + _POLICE + r"\s+(?:and|or|та|і|и)\s+$", re.IGNORECASE)
_AND_POLICE = re.compile(r"\s+(?:and|or|та|і|и)\s+" + _POLICE + r"\b", re.IGNORECASE)


_CIVIL_RANGERS = re.compile(r"(?i)\b(?:park|forest|wildlife|game|national park)\s+rangers?$")
_DASH_GAP = re.compile(r"\s*[—–:-]?\s*")


def civilian_figure(text: str, label: str, num_start: int, label_end: int | None = None) -> bool:
    """Whether a figure counts civilians: its label names no one in particular ("wounded", "человек") and civilians
    are named before it in the sentence, with no soldiers between ("63 civilians have been killed and 292 wounded",
    "погибли 22 мирных жителя, ранены 140 человек"), or the sentence says its toll does not tell them from fighters, or
    civilians are among its parts ("431 человек, в том числе ... 71 мирный житель") or most of it ("в основном мирные
    жители", "mostly civilians")."""
    if label_end is not None and (_AND_POLICE.match(text, label_end) or _POLICE_AND.search(
            text, max(0, label_end - len(label) - 30), label_end - len(label))):  # "165 soldiers and policemen died",
        return True  # "300 молдавских полицейских и военных": a mixed toll (police are not the military), left out
    if label_end is not None and _CIVIL_RANGERS.search(text, max(0, label_end - len(label) - 12), label_end):
        return True  # "5 park rangers": wardens, not the army's rangers
    if label_end is not None and _POLICE_NOUN.search(text, max(0, label_end - len(label) - 8), label_end - len(label)):
        return True  # "31 soldiers and 12 police officers have been killed": the police are not the military
    if label.lower() not in _ANYONE:
        return False
    low = lower(text)
    if label_end is not None and cues()["civilian"].match(low, label_end + 1):  # "1 492 погибших мирных жителях": the
        return True  # people the fate noun is said of, named right after it
    mixed = cues()["mixed"].search(low)  # "... 42,603 killed, without distinguishing between civilians and fighters"
    if mixed and cues()["civilian"].search(low, mixed.end(), mixed.end() + 40):  # (not "не розрізняє вбитих і поранених")
        return True
    mostly = cues()["mostly"].search(low, num_start, num_start + 80)  # "погибли ... 20 тысяч человек, в основном мирные
    if mostly and cues()["civilian"].match(low, _DASH_GAP.match(low, mostly.end()).end()):  # жители", "серед яких
        # більшість — цивільні": a toll mostly of civilians
        return True
    part = NESTING.search(low, num_start, num_start + 80)  # "погиб 431 человек, в том числе ... 71 мирный житель":
    if part and cues()["civilian"].search(low, part.end(), part.end() + 160):  # civilians among its parts
        return True
    low = low[:num_start]
    last = None
    for last in cues()["civilian"].finditer(low):  # noqa: B007 - the last civilian word before the number
        pass
    return last is not None and last.group(0) != "people" and not _MILITARY.search(low, last.end())


def military_context(text: str) -> bool:
    """Whether a sentence speaks of the military ("soldiers", "troops", "has suffered"): bare fates need it."""
    return bool(_MILITARY.search(text) or _LOSER_ROLE.search(text))


#: A past war a sentence tells of: a year long before the text ("the 1943 Battle of Kursk", "in the 1988-1994 war"), a
#: war named ("World War II", "the last war"), or a state or army of the past ("the Soviet Union lost about 15,000 soldiers
#: in Afghanistan"). "since 2014", "since the Second World War" only compare with it.
_HISTORIC_WAR = re.compile(r"world war (?:ii|two|2)|second world war|wwii|great patriotic war|другої світової|второй мировой|"
                           r"великої вітчизняної|великой отечественной|soviet union|ussr|red army|wehrmacht|срср|ссср|"
                           r"советск\w+ союз\w*|радянськ\w+ союз\w*|красн\w+ арми\w*|червон\w+ арм\w*|"
                           r"stalingrad|сталинград\w*|сталінград\w*|"  # (the city's name since 1961 is Volgograd)
                           r"\b(?:last|previous|earlier)\s+war\b|(?:прошлой|предыдущей|минулої|попередньої)\s+(?:войн|війн)\w*",
                           re.IGNORECASE)  # ("Israel's last war, against Hezbollah in 2006, cost the lives of 119 soldiers")
_HISTORIC_WAR_TWIN = twin(_HISTORIC_WAR)  # for the lower case of a plain sentence (see lexicon.twin)
#: The states and armies of the past among :data:`_HISTORIC_WAR`'s marks (an anniversary text's own sides).
_PAST_STATE = re.compile(r"soviet union|ussr|red army|wehrmacht|срср|ссср|советск\w+ союз\w*|радянськ\w+ союз\w*|красн\w+ арми\w*|"
                         r"червон\w+ арм\w*|stalingrad|сталинград\w*|сталінград\w*", re.IGNORECASE)
#: A year a text was published in ("the Defence Ministry's official history, published in 1992, lists"): no war's.
_PUBLISHED_IN = re.compile(r"\b(?:published|written|released|compiled|issued|printed|revised|declassified)\s+(?:in\s+)?$",
                           re.IGNORECASE)
#: "since the start of": a year after it dates a start, not a past war.
_START_BEFORE = re.compile(r"since|start of|beginning of|outbreak of|з початку|від початку|с начала", re.IGNORECASE)
#: A war or battle named by an earlier year: "the 2020 war", "the April battles of 2016", "войны 2020 года".
_WAR_OF_YEAR = re.compile(r"(?:\b(?:war|battles?|conflict|clashes)\s+(?:of|in)\s+\d{4}|\d{4}\s+(?:war|conflict)\b|"
                          r"(?<!\w)(?:войн\w*|війн\w*|боев|боїв|конфликт\w*|конфлікт\w*)\s+\d{4}\s+(?:года|року))", re.IGNORECASE)
#: A year 1800-2049 not inside a longer number; "(?<!\d\d)" after its first digit is "(?<!\d)" before it, written so
#: that the pattern opens on a digit ("1"/"2"), which ``re`` jumps to (2.4 times faster than a scan opening on the test).
_YEAR = re.compile(r"(1(?<!\d\d)[89]\d\d|2(?<!\d\d)0[0-4]\d)(?!\d)")
#: "Mirage 2000": a name before the number, not a month ("May 1943") or a sentence's first word.
_MODEL_BEFORE = re.compile(r"(?<=\w\s)(?!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))[A-Z][\w-]*[\s-]$")
#: A running count's start told by a clause: "since the Bundeswehr deployed there in January 2002" (not history).
_SINCE_CLAUSE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?(?:[^\W\d][\w'’-]*\s+){1,6}(?:in|on)\s+(?:(?:" + MONTH_PATTERN
                                  + r")\.?\s+)?$", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"(?<!\w)(?:(?:since|from|after|than in|than during|з|с|со|від|після|после|з часів|со времен|"
                           r"від часів|until|till|до|by)"
                           r"(?:\s+the)?|(?:since|from|з|с|со|від)\s+(?:(?:" + MONTH_PATTERN + r")\.?|\d{1,2}),?"
                           r"(?:\s+(?:(?:" + MONTH_PATTERN + r")\.?|\d{1,2}),?)?)\s+$", re.IGNORECASE)  # ("since June
# 2014", "с 10 июня 2014 года": a start's month and day between)


#: A look back at a past episode, by its anniversary, in a text's head: see :func:`retrospective`.
_RETROSPECTIVE = re.compile(r"(?<!\w)(?:years (?:ago|on|after|later|since)|anniversary|лет (?:назад|спустя)|года (?:назад|спустя)|"
                            r"років (?:тому|потому)|роки (?:тому|потому)|року тому|годовщин\w*|річниц\w*|юбиле\w*|ювіле\w*|"
                            r"(?:лет|года|років|роки) (?:со дня|с того дня|с начала|з дня|від дня|від початку)|"
                            # (or a review of a history: "рецензия на книгу ... Маньчжурская операция 1945 года")
                            r"book review|review of|рецензи\w*|рецензі\w*)(?!\w)")


def retrospective(text: str) -> bool:
    """Whether a text looks back at a past episode by its anniversary ("Forty years ago", "В годовщину") or reviews a
    book about it ("рецензия на книгу"), in its head."""
    return _RETROSPECTIVE.search(lower(text[:600])) is not None


#: A running total as of today: "has now lost", "so far", "досі".
RUNNING_NOW = re.compile(r"\b(?:has|have)\s+(?:now\s+)?(?:been\s+)?[a-z]+(?:ed|lost|seen)\b|\bso far\b|\bto date\b|"
                         r"(?<!\w)(?:досі|на сьогодні|на сегодня|к настоящему времени)(?!\w)")


#: Words that tie a figure to the days of the news: "за минулу добу, 10 березня", "On Saturday, October 7".
NEWS_DAY = re.compile(r"\b(?:today|yesterday|overnight|past (?:day|24 hours)|last night|this (?:week|month|year)|"
                      + "|".join(WEEKDAYS)
                      + r")\b|(?<!\w)(?:сьогодні|сегодня|вчора|вчера|за (?:минулу |останню )?"
                      r"добу|за (?:минувшие |прошедшие |последние )?сутки|понеділ\w*|вівтор\w*|серед[уиа]|четвер\w*|"
                      r"п'ятниц\w*|субот\w*|неділ\w*|понедельник\w*|вторник\w*|сред[уы]|четверг\w*|пятниц\w*|"
                      r"воскресень\w*|в этом (?:году|месяце)|цього (?:року|місяця)|у цьому (?:році|місяці))(?!\w)")


def of_today(slow: str) -> bool:
    """Whether a sentence (lower case) speaks of the days of the news or a running total as of today, not of a past
    episode a retrospective is about."""
    return NEWS_DAY.search(slow) is not None or RUNNING_NOW.search(slow) is not None


#: The count of years right before an anniversary phrase ("Thirty" of "Thirty years ago", "80" of "80 лет назад").
_YEARS_BACK = re.compile(r"(?<!\w)([\w-]+)\s+$")


def episode_years(text: str, published: dt.date | None) -> frozenset[int]:
    """The years of the long-past episode an anniversary text is about: the year its head writes after its anniversary
    phrase, if over five years before ``published`` ("Ровно 80 лет назад, 8 января 1940 года", "Десять років тому, 29
    серпня 2014 року"; not "Two years after the invasion began on February 24, 2022"), each with the years next to it (a
    winter war of 1939–40). Its sentences writing those years tell the episode the text reports, not history beside
    the news."""
    if published is None:
        return frozenset()
    head = lower(text[:600])
    years = set()
    for m in _RETROSPECTIVE.finditer(head):  # the first year written after the phrase is the one it counts from (else the
        near = next((y for y in _YEAR.finditer(head, m.end()) if int(y.group(1)) != published.year), None) or next(
            reversed(list(_YEAR.finditer(head, max(0, m.start() - 100), m.start()))), None)  # one just before it: "In
        # 1973, fifty years ago"; not the byline's year after a headline's "75 years on")
        if near is not None and int(near.group(1)) < published.year - 5:  # (as old as :func:`historic` counts history)
            years.add(int(near.group(1)))
        elif near is None and (ago := _YEARS_BACK.search(head, max(0, m.start() - 40), m.start())) is not None:
            n = parse_number(ago.group(1))  # no year written in the head: the one the count of years names ("Thirty
            if n and 5 < n < published.year:  # years ago today" in 2021: 1991)
                years.add(published.year - n)
    if not years:  # a count of years further on ("Eighty-five years on, with the last veterans gone" closing a letter
        low = lower(text)  # about Crete in 1941): the year it counts back to, if the head writes that year
        for m in _YEARS_ON.finditer(low):
            n = parse_number(m.group(1))
            if n and 5 < n < published.year and str(published.year - n) in head:
                years.add(published.year - n)
    return frozenset(y + d for y in years for d in (-1, 0, 1, 2, 3))  # (a war of several years: Korea, 1950–53)


_YEARS_ON = re.compile(r"(?<!\w)([\w-]+)\s+(?:years (?:ago|on|after|later|since)|лет (?:назад|спустя)|років (?:тому|потому))(?!\w)")


_WW2 = frozenset(range(1939, 1946))  # the years of the world war every :data:`_HISTORIC_WAR` war name but the past states' is


def historic(text: str, published: dt.date | None, at: tuple[int, int] | None = None,
             counts: tuple[int, ...] = (), episode: frozenset[int] = frozenset()) -> bool:
    """Whether a sentence tells of a past war: a year more than five years before ``published``, a war or battle named
    by a year two or more years before it, a named world war or a state or army of the past, not after "since"/"from"
    (its figures are history, not claims about the war the text reports). With ``at`` (a
    figure's span), a mark more than 80 characters after it does not count ("killed on May 6-7, among them men linked
    to the hijacking of IC-814 in 1999" is not history). ``counts`` are the starts of the sentence's figures: a figure's
    own number is a count, not a year ("lost 2000 tanks"). In an anniversary text, the ``episode`` years it is about
    (:func:`episode_years`) and the states and armies of the past it names are no marks (a world war still is, unless the
    episode is of its years)."""
    if published is None:
        return False
    marks = [m for m in _YEAR.finditer(text) if int(m.group(1)) not in episode and (int(m.group(1)) < published.year - 5 or (
                 int(m.group(1)) < published.year - 1 and _WAR_OF_YEAR.search(text, max(0, m.start() - 30), m.end() + 12)
                 and not _START_BEFORE.search(text, max(0, m.start() - 30), m.start())))
             and not _MODEL_BEFORE.search(text, max(0, m.start() - 20), m.start()) and m.start() not in counts
             and not _PUBLISHED_IN.search(text, max(0, m.start() - 25), m.start())]
    low = text.lower()
    if any(w in low for w in ("war", "світов", "миров", "вітчизнян", "отечествен", "soviet", "ussr", "red army", "wehrmacht",
                              "срср", "ссср", "союз", "арми", "армі", "stalingrad", "сталинград", "сталінград")):
        wars = _HISTORIC_WAR_TWIN.finditer(low) if plain(text) else _HISTORIC_WAR.finditer(text)  # (the same spans)
        marks += [m for m in wars if not (episode and (_PAST_STATE.fullmatch(m.group(0)) or not episode.isdisjoint(_WW2)))]
        # (nor, in an anniversary text of a battle of the Second World War, that war: "the Battle of Crete ... May 1941")
    return any(not _SINCE_BEFORE.search(text, max(0, m.start() - 30), m.start())
               and not _SINCE_CLAUSE_BEFORE.search(text, max(0, m.start() - 80), m.start())
               and (at is None or m.start() <= at[1] + 80) for m in marks)
