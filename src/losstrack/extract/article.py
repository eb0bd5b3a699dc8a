"""The article extractor: runs the steps (sentences → figures → loss context → attribution → periods →
regions) over a news text and returns :class:`~losstrack.parsers.Figure` records.

``parse_article(text, published=...)`` returns a validated claims table. Figures the extractor cannot
tie to a loser are left out rather than guessed (see ``docs/articles.md``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

import pandas as pd

from .. import actors
from ..bulletin_common import dated_category
from ..documents import from_text
from ..parsers import Figure
from ..vocab import taxonomy
from . import attribution as attr
from .attributes import is_roster
from .context import (
    BARE_FATES,
    NEWS_DAY,
    RUNNING_NOW,
    header_qualifier,
    military_context,
    of_today,
    retrospective,
)
from .dates import DATE_RE, date_matches, month_number, parse_date, written_year, written_years, yearless_days
from .dedupe import dedupe, without
from .events import LazyEvents, war_start
from .figures import THE_FIGURE, Found, from_a_stock
from .groups import drop_unsound_parents, link_group_parts
from .lexicon import cue_words, cues, lower, trie_regex
from .losers import STRIKE_CATEGORIES, attacker, names_own_losses, resolve_ref, side_word
from .numbers import parse_number
from .parts import total_to
from .periods import ANY_WEEKDAY_WORD, CYR_IN_MONTH, MONTH_SUMMARY_WORDS, Period, in_relative_clause, nearest
from .regions import find_regions, own_region, regions_between, sentence_region
from .sentence_pass import LIST_LINE, SOLDIERS_NEXT, Sent, analyse, doc_lower, sentence_cues
from .sentences import Sentence, answer_paragraphs, question_paragraphs
from .statements import statement_date
from .totals import (
    INCREMENT_AFTER,
    increment,
    risen_to,
    running_list,
    running_total,
)

_DIGIT = re.compile(r"\d")
#: "two soldiers were killed", "866 soldiers and officers have been killed", "38 members who were killed"
_THE_DEAD = re.compile(r"(?:погибш|загибл)\w*", re.IGNORECASE)  # a noun of those who died: its speaker's own, unless named
#: A side's own count of its dead: "The French Ministry of the Armed Forces lists about 2,290 dead" (not "Khartoum's
#: '1.200 dead' claim", nor "said Hamas had 10,000 dead", "reported 40 dead after a missile hit a shopping centre",
#: "counted about 1,000 dead in the communities").
_LISTS_BEFORE = re.compile(r"\b(?:lists|listed|records|recorded|registered)\s+"
                           r"(?:(?:about|some|around|roughly|nearly|almost|over|more than|at least|approximately)\s+)?$",
                           re.IGNORECASE)
_BOILERPLATE_HEDGE = re.compile(r"(?<!\w)(?:орієнтовно\s+склали|ориентировочно\s+составили)|\bcombat\s+losses\b[^:]{0,90}?"
                                r"\b(?:were|are)\s+approximately\s*:", re.IGNORECASE)
_PASSIVE_FATE = re.compile(r"(?:\s+(?:from|of)\s+(?:the|their|its|his)\s+(?:[^\W\d]+\s+){0,2}?[^\W\d]+)?"  # ("Two other
                           # soldiers from the brigade were", "... of the Parachute Regiment were"; not a numbered unit, the
                           # enemy's in each side's reports: "300 soldiers of the 47th Mechanized Brigade were killed")
                           r"(?:,\s+(?:including|among them)\s+[^,;.()]{1,60},)?"  # ("100 soldiers, including the
                           # battalion commander, were killed")
                           r"(?:\s+(?:and|or)\s+[^\W\d]+)?(?:\s+(?:who|that))?\s+(?:were|was|have been|has been|had been|are|got|"
                           r"died|have died|had died|were reported|paid the (?:supreme|ultimate) price|"
                           r"lost (?:their|his|her) li(?:ves|fe))"  # ("Two soldiers paid
                           r"(?:\s+\w+ly)?(?:\s+(?:killed|wounded|injured|captured|missing))?\b"  # the supreme price")
                           r"|(?:\s+\w+ly)?\s+(?:killed|wounded|injured|captured|missing)\b(?!\s+(?:an?|the|\d|one|two|three|"
                           r"four|five|six|seven|eight|nine|ten|dozens|hundreds|several|many|some)\b)"  # a headline's
                           # "Two more soldiers seriously wounded" (not "... soldiers killed a militant")
                           r"|\s+(?:погибл[иао]|погиб|загинул[иао]|загинув|(?:получил|отримал|дістал)[иа]?\s+(?:[^\W\d]+\s+)?"
                           r"(?:ранени[яе]|поранення)|(?:были\s+)?(?:ранены|убиты|взяты\s+в\s+плен)|поранені|"
                           r"(?:були\s+)?(?:вбиті|взяті\s+в\s+полон)|попали\s+в\s+плен|потрапили\s+в\s+полон|"
                           r"пропали\s+без\s+вести|зникли\s+безвісти|(?:числятся|считаются|числяться|вважаються)\s+"
                           r"(?:убитыми|погибшими|ранеными|пропавшими|загиблими|вбитими|пораненими|зниклими))(?!\w)",
                           re.IGNORECASE)  # ("двое военнослужащих получили тяжелые ранения")
#: "загинули 12 військовослужбовців", "погибли 5 военных", "announced the deaths of five soldiers", "признали гибель 30
#: военнослужащих": a side's own dead, as "X says two soldiers were killed" is.
_DIED_BEFORE = re.compile(r"(?<!\w)(?:загинул[иоа]|загинув|погибл[иоа]|погиб|гибель|загибель|deaths?\s+of|ранены|убиты|поранені|"
                          r"безвісти\s+зникл[иоа]|зникл[иоа]\s+безвісти|без\s+вести\s+пропал[иоа]|пропал[иоа]\s+без\s+вести|"
                          r"вбиті|поранено|ранено|(?:ранеными|убитыми|погибшими|пропавшими без вести|пораненими|загиблими|"
                          r"зниклими безвісти)\s+(?:числятся|считаются|числяться|вважаються))\s+(?:(?:понад|більше|близько|майже|"
                          r"около|более|свыше|почти|some|about|at least|more than)\s+)?$", re.IGNORECASE)
#: A list of people whose last item's passive fate is its first's too: "Pakistan said 23 soldiers and 12 officers were killed".
_LISTED_PASSIVE = re.compile(r"\s*(?:,|and|или|и|і|та)\s+(?:(?!(?i:foreign|mercenar\w*|volunteers?|militants?|fighters|"
                             r"rebels|insurgents|terrorists)\b)(?:[a-z\d][\w'’-]*|a\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:\([A-Z]{2,6}\)\s+)?[a-z][\w'’-]*|"
                             r"of\s+the(?:\s+[A-Z][\w'’-]*){1,3})\s+)"  # ("and two members of the National Guard were killed")
                             r"{1,5}?(?:(?:were|have been|had been)\s+(?:killed|wounded|injured|captured|missing)|"
                             r"(?:had|have)\s+fallen)\b")  # (not "300
# soldiers and foreign mercenaries", "150 servicemen and Wagner fighters": the other side's, named or hired; but one of a
# unit named in capitals: "Two soldiers and a Special Operations Group (SOG) policeman were killed"; "had fallen" too)
_DEVICE_WORDS = ("bomb", "explosive", "ied", "insurgent", "militant", "rebel", "terrorist", "gunm", "jihadist", "extremist",
                 "separatist", "guerril", "bandit", "attacker", "assailant")  # (one in every match of _DEVICE: a cheap test first)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")  # a word that may name a side ("an American convoy")
_OCCUPIED = re.compile(r"(?i)\boccupied\b|(?<!\w)(?:окупован|оккупирован)")  # ("a car bomb exploded in occupied Melitopol")
#: A night named by no day: "overnight", "за ніч", "минувшей ночью" (see _extract).
_UNDATED_NIGHT = re.compile(r"(?i:overnight\b(?!\s+(?:into|to)\b)|за\s+ніч|за\s+ночь|минулої\s+ночі|прошлой\s+ночью|"
                            r"минувшей\s+ночью|этой\s+ночью|цієї\s+ночі)")
#: A state's own men, named with no side ("soldiers", "troops").
_TROOPS = frozenset({"soldiers", "soldier", "troops", "servicemen", "serviceman", "service members", "marines",
                     "военнослужащих", "военнослужащий", "солдат", "військових", "військовослужбовців", "бійців"})
#: Irregular fighters' plural nouns (a state's enemies, not hired men of one side).
_REBELS = r"(?:rebels|militants|insurgents|terrorists|guerrillas|gunmen|jihadists|extremists|separatists)"
#: A hidden bomb that struck, before a figure: "a roadside bomb hit an army vehicle, injuring three soldiers"; or
#: irregulars who killed them, right before it.
_DEVICE = re.compile(r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:roadside|improvised|car|truck|suicide|bicycle|motorcycle)[\s-]+"
                     r"(?:bomb|explosive device|car bomb|bomber)s?\s+(?:\w+ly\s+)?(?:hit|struck|tore|ripped|exploded|went off|"
                     r"destroyed|damaged|killed|wounded|injured)\b|\b(?:an?|the)\s+ied\s+(?:hit|struck|exploded|went off|"
                     r"destroyed|damaged|killed|wounded|injured)\b"
                     r"|(?<![\d,]\s)(?<!\d)\b(?:" + _REBELS + r"|bandits)\s+(?:(?!and\b|or\b)\w+\s+){0,2}?"
                     r"(?:killed|wounded|injured|ambushed|captured|abducted)\s+"
                     r"(?:(?:at least|about|some|up to)\s+)?$"  # (their subject, not a count: "killed 30 militants and captured 12")
                     r"|\bthe\s+(?:attackers|assailants)\b[^.;]{0,120}?\b(?:burnt|burned|torched|destroyed|seized|captured|"
                     r"made (?:away|off) with|killed|wounded|injured)\s+(?:(?:at least|about|some|up to)\s+)?(?:\w+\s+)?$",
                     re.IGNORECASE)  # (or irregulars who struck them: "Thai army said insurgents killed 3 rangers"; "The
# attackers, who arrived in gun trucks ..., burnt two Armoured Personnel Carriers and made away with a gun truck")
#: The soldiers an attack killed: "in the attack", "в результате атаки" (see losers.attacker).
_IN_THE_ATTACK = re.compile(r"\b(?:in|during)\s+the\s+(?:\w+\s+)?(?:attack|strike|raid)\b|(?<!\w)(?:в\s+результате|"
                            r"внаслідок|при|під\s+час|во\s+время)\s+(?:\w+\s+)?(?:атак|удар)", re.IGNORECASE)
#: A machine struck by a bomb or mine, told passively after its noun ("An Abrams tank was disabled by a buried bomb"):
#: a state that tells it with no side named tells of its own (insurgents plant bombs; armies report what they hit).
_HIT_BY_DEVICE = re.compile(r"(?:\s+[^\W\d][\w-]*){0,2}?\s+(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+)?"
                            r"(?:disabled|damaged|destroyed|hit|struck|blown up|knocked out)\s+by\s+(?:an?|the)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:bomb|ied|mine|landmine|explosive device|explosion|"
                            r"rocket-propelled grenade|rpg)s?\b", re.IGNORECASE)
#: Soldiers listed before the rebels they fought, one fate after both: "Six soldiers and at least 11 communist rebels were
#: killed ..., the army said" (the soldiers are the speaking state's; not "soldiers and foreign mercenaries", one side).
_AND_REBELS = re.compile(r"\s+and\s+(?:(?:at least|about|some|more than|over|nearly|almost)\s+)?[\w,.-]+\s+(?:[\w-]+\s+){0,2}?"
                         + _REBELS + r"\s+(?:were|had been|have been)\s+(?:killed|wounded|injured|captured)\b", re.IGNORECASE)
_FALLEN = re.compile(r"\s+(?:more\s+)?fallen\s", re.IGNORECASE)  # "the names of 45 more fallen servicemen": its own dead
#: A passive "lost" before a figure: "потеряны три вертолета" (not drones "локационно потеряны", lost to jamming: no
#: loss; the Ukrainian "втрачено" is mostly that, so it is no cue).
_LOST_BEFORE = re.compile(r"(?:(?<!\w)(?<!локационно )(?:потеряны|потеряно|потерян|потеряна)|\bcost(?:\s+(?:it|them|us))?)\s+"
                          r"(?:(?:более|около|свыше|до|понад|близько|майже|about|some|nearly|almost|more than|over)\s+)?$",
                          re.IGNORECASE)  # ("According to the British official history, the first day alone cost 57,470
# casualties": the speaker's own, when no side is named)
_NIGHT_WORDS = ("night", "ночь", "ніч")
_THE_BEFORE = re.compile(r"\b(?:the|these|those)\s+$", re.IGNORECASE)  # a figure named again: "the two wounded soldiers"
#: A side's records or statement telling of its own losses: "Japanese records show the loss of two battleships".
_THE_LOSS_OF = re.compile(r"\b(?:show|shows|showed|confirm|confirms|confirmed|acknowledge|acknowledges|acknowledged|"
                          r"admit|admits|admitted|announced|reported)\s+the\s+loss(?:es)?\s+of\s+(?=\w)", re.IGNORECASE)
#: An attack or a battle (on the lower case): the lead's day of one is the day of the report's figures that give none.
_EVENT = re.compile(r"(?<!\w)(?:ambush\w*|attack\w*|strike|struck|shot down|downed|battle|raid\w*|fighting|assault\w*|"
                    r"seiz\w*|засад\w*|атак\w*|удар\w*|бо[йюяи]|боях|штурм\w*|напад\w*|обстр[іе]л\w*|сбит\w*|збит\w*)(?!\w)")
def _retro_window(text: str, sents: list, published: dt.date | None) -> Period | None:
    """The window of the past episode a retrospective is about ("Fifty Years After Yom Kippur ... on October 6, 1973,
    Egyptian and Syrian forces attacked ... By the time the ceasefire took hold on October 24"): in a text whose head
    speaks of an anniversary, the first paragraph that writes a date of a past year: from its first day to its last
    (the days written without a year are of that date's year; "Тридцать лет назад, 27 сентября 1993 года ... началось 16
    сентября, а к 30 сентября ...": 16 to 30 September 1993); with one day alone, a period with no start that only gives
    its year to the days written without one (see :func:`_in_retro`)."""
    if published is None or not retrospective(text):
        return None
    paragraphs: dict[int, list[str]] = {}
    for st in sents:
        paragraphs.setdefault(st.s.paragraph, []).append(st.s.text)
    first_month = None  # a month with its year, for when no paragraph writes a day
    for para in list(paragraphs.values())[:6]:
        joined = " ".join(para)
        dates = date_matches(joined)
        anchor = next((d for m in dates if written_year(m)
                       and (d := parse_date(m, None)) is not None and d.year <= published.year - 2), None)
        ago = _years_ago_today(joined, published)
        if ago is not None and (anchor is None or abs((ago - anchor).days) <= 200):
            anchor = min(ago, anchor or ago)  # ("Seventy years ago tonight ... By the morning of 25 April 1951": 22 to 25)
            dates = [*dates, None]
        if anchor is not None and first_month is not None \
                and (anchor.year, anchor.month) == (first_month.year, first_month.month):
            break  # (a day of the lead's month is within its episode: "в ноябре 1942 года" ... "25 ноября")
        if anchor is None:
            month = _month_of_year(joined, published)  # a month with its year ("Сорок лет назад, в июне 1982
            first_month = first_month or month  # года"): its year only, unless a later paragraph writes a day (not
            continue  # "the defeat of June 1967" in a lead whose battle is "At dawn on 21 March 1968")
        days = {anchor}  # the paragraph's other days, of the anchor's year when written without one
        for m in dates:
            if m is None:  # (the day "N years ago today" names)
                days.add(ago)
                continue
            d = parse_date(m, None) if written_year(m) else parse_date(m, published)
            if d is not None and not written_year(m):
                d = d.replace(year=anchor.year) if (d.month, d.day) != (2, 29) else None
            if d is not None and abs((d - anchor).days) <= 200:
                days.add(d)
                if (night := _NIGHT_OF.search(joined, max(0, m.start() - 16), m.start())) is not None:
                    days.add(d + dt.timedelta(days=-1 if night.group(1) else 1))  # (the morning after it, or before)
        return Period(min(days), max(days), "increment") if len(days) > 1 else Period(None, anchor, "increment")
    return Period(None, first_month, "increment") if first_month is not None else None


#: A night named by a day: "on the night of June 11" runs into the 12th, "в ночь на 31 июля" is the night before.
_NIGHT_OF = re.compile(r"(?:\bnight\s+of(?:\s+the)?|(?<!\w)(в\s+ночь\s+на|[ву]\s+ніч\s+на))\s+$", re.IGNORECASE)
#: "Seventy years ago tonight", "сегодня 80 лет назад": the news' own day, that many years back.
_YEARS_AGO_TODAY = re.compile(r"\b([\w-]+)\s+years\s+ago\s+(?:today|tonight|this\s+(?:day|morning|evening|night))\b|"
                              r"(?<!\w)(?:сегодня|сьогодні),?\s+(\w+)\s+(?:лет|года|років|роки)\s+(?:назад|тому)(?!\w)", re.IGNORECASE)


def _years_ago_today(text: str, published: dt.date) -> dt.date | None:
    """The day of ``published`` the number of years back that "N years ago today" names, or ``None``."""
    m = _YEARS_AGO_TODAY.search(text)
    n = parse_number(m.group(1) or m.group(2)) if m else None
    if not n or n >= published.year:
        return None
    try:
        return published.replace(year=published.year - n)
    except ValueError:  # (29 February)
        return published.replace(year=published.year - n, day=28)


def _month_of_year(text: str, published: dt.date) -> dt.date | None:
    """The middle of the first month written with a year at least two years before ``published`` ("in June 1982", "в
    июне 1982 года", "у червні 1982 року"), or ``None``."""
    found = sorted([(m.start(), int(m.group("y4")), month_number(m.group("m4"))) for m in date_matches(text) if m.group("my")]
                   + [(m.start(), int(m.group("y")), month_number(m.group("m") or m.group("g"))) for m in CYR_IN_MONTH.finditer(text)
                      if m.group("y")])
    return next((dt.date(y, mo, 15) for _at, y, mo in found if y <= published.year - 2), None)


_A_WAR_OF = re.compile(r"(?<!\w)(?:war|battle|offensive|campaign|operation|войн[аеыу]|війн[аиіу]|операци[ия]|операці[їя])"
                       r"(?:\s+(?:with|against|in|for|з|с|в|у|за)\s+[^\W\d][\w'’-]*)?\s+(?:of|from|between|з|с|від)\s+$")
_CLAUSE_CUT = re.compile(r"[,;:—–]|(?<!\w)(?:а|и|і|та|but|and|несмотря)\s")
_CIVIL_VESSEL = re.compile(r"(?<!\w)(?:судн\w*|суд(?:а|ов)|суден|merchant|cargo|tanker|vessel|ship|car carrier|bulk carrier|"
                           r"freighter|заложник\w*|заручник\w*)")
_WAR_TOTAL = re.compile(r"(?<!\w)(?:in total|in all|overall|altogether|in the war|since the (?:start|beginning)|всего|"
                        r"загалом|усього|загальн\w* втрат\w*|общие потери|за время войны|за час війни|з початку|с начала)(?!\w)")
_CREW = frozenset({"членів екіпажу", "члени екіпажу", "членов экипажа", "члены экипажа", "crew members", "crew member",
                   "crewmen", "crewman"})  # (synonyms.csv)
_CREWED = frozenset({"ships", "naval", "submarines", "aircraft", "helicopters"})


@lru_cache(maxsize=1)
def _hostile_losses() -> re.Pattern:
    """The losses of a hostile group named before a figure of plain people: "Потери боевиков ... оценили в 40
    человек", "втрати бойовиків склали 30 осіб", "militant losses" (on the lower case of the text before the number)."""
    hostile = trie_regex(cue_words()["hostile"])
    return re.compile(r"(?<!\w)(?:потер[ьия]\w*|втрат\w*)\s+(?:" + hostile + r")(?!\w)"
                      r"|(?<!\w)(?:" + hostile + r")(?:'s?|’s?)?\s+(?:losses|casualties)\b")


#: A state's soldiers by their common names (an armed group calls its own "fighters").
_STATE_TROOPS = re.compile(r"(?:government\s+|junta\s+|army\s+)?(?:soldiers|troops|servicemen|service\s+members)",
                           re.IGNORECASE)
#: The speaker's own forces inflicting a loss right before a figure: "The soldiers also destroyed three vehicles".
_THEY_INFLICTED = re.compile(r"\b(?:soldiers|troops|forces|units?|they|we|it)\s+(?:had\s+|has\s+|have\s+)?"
                             r"(?:also\s+|then\s+|later\s+)?(?:destroyed|killed|shot\s+down|downed|neutrali[sz]ed|"
                             r"eliminated)\s+(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)


#: An armed group's men inflicting a loss right before a figure: "The attackers also destroyed two ranger motorcycles".
_REBELS_INFLICTED = re.compile(r"\b(?:" + _REBELS + r"|attackers|assailants|(?:militia|rebel|insurgent|jihadist|terrorist|"
                               r"militant)\s+attacks(?:\s+(?:in|on|across)\s+[\w'-]+)?)\s+(?:had\s+|has\s+|have\s+)?"
                               r"(?:also\s+|then\s+|later\s+)?(?:destroyed|killed|shot\s+down|downed|seized|captured)\s+"
                               r"(?:(?!(?:to|at|in|on|by|from|near|over)\s)[\w-]+\s+){0,2}?$",
                               re.IGNORECASE)  # (not "bring the number of militants killed to 920")


def _hostile(f: Found, ftext: str, start: int) -> bool:
    """Whether a figure counts a hostile group ("40 militants"), or plain people after that group's losses, or is what
    the speaker's forces destroyed ("The soldiers also destroyed three vehicles", after its own dead)."""
    if cues()["hostile"].fullmatch(f.label.lower()) \
            or _THEY_INFLICTED.search(ftext, max(start, f.number.start - 60), f.number.start):
        return True
    clause = _CLAUSE_CUT.split(ftext[max(start, f.number.start - 80):f.number.start].lower())[-1]  # (its own clause:
    return is_roster(f.label) and _hostile_losses().search(clause) is not None  # not "потери боевиков уточняются, а ...")


#: The home side's own words before a figure in Ukrainian news: its fighters, units, defenders, regional administrations.
_HOME_MARK = re.compile(r"(?<!\w)(?:(?:бійц\w*|захисник\w*|оборонц\w*|бригад\w*|батальйон\w*|підрозділ\w*|тероборон\w*|"
                        r"прикордонник\w*|десантник\w*|нацгвард\w*)(?!\w)(?!\s+[А-ЯІЇЄҐA-Z«\"])|(?:ЗСУ|ОВА|ОДА|наш\w*)(?!\w))",
                        re.IGNORECASE)  # (not a unit named by a name: "бригада Голані", "Бійці «Вагнера»")
_WAR_SIDES = frozenset({"UKR", "RUS"})
_ABROAD = re.compile(r"(?<!\w)(?:На\s+Близькому\s+Сході|у\s+Газі|в\s+Газі|у\s+Судані|в\s+Ізраїлі|у\s+Сирії|в\s+Африці)", re.IGNORECASE)


def _home_figure(text: str, rel: int) -> bool:
    """Whether a figure of a Ukrainian text with no speaker nor side named is the home side's fight: its sentence names
    no actor and tells of Ukraine's fighters, units or officials before it (not abroad), in a text that names a side of
    the Russia–Ukraine war (not "Ракети знищили 2 літаки" on an airfield, "Під Сталінградом німці втратили", "У Судані
    загинули 70 військових"). (It looks the sentence's mentions up again: :class:`~.sentence_pass.Sent` keeps only its
    claimants, and this path is rare.)"""
    return _HOME_MARK.search(text, max(0, rel - 150), rel) is not None and not _ABROAD.search(text, 0, rel) \
        and not _WAR_SIDES.isdisjoint(attr.side(a) for a in attr.PRESENT.get()) \
        and not any(m.actor for m in attr.mentions(text))


#: The verb a subject tells a loss with, inflicted on the other side ("бійці бригади знищили шість танків", "збили") or
#: suffered ("lost": the subject's own); for a figure whose side only the text's language gives.
_HOME_VERB = re.compile(r"(?<!\w)(?:(?P<lost>втратил[иао]?|втратив|потерял[иао]?)|знищил[иао]?|знищив|підбил[иао]?|підбив|"
                        r"збил[иао]?|збив|ліквідувал[иао]?|ліквідував|уничтожил[иао]?|подбил[иао]?|сбил[иао]?|"
                        r"ликвидировал[иао]?)(?!\w)", re.IGNORECASE)
_BY_AGENT = re.compile(r"(?<!\w)(?:противником|врагом|неприятелем|ВСУ|ЗСУ|боевиками|ворогом)\s+$")  # the loser named
_UK_ENEMY = re.compile(r"(?<!\w)вор(?:ог|ога|огу|ожих|ожої|ожі|ожу)(?!\w)")  # (on the lower case)
_SOURCE = re.compile(r"\W*(?:джерело|источник|source|sources?\s+of\s+data|за даними|по данным)\s*:", re.IGNORECASE)
#: The verbs of the General Staff's daily count ("the defenders eliminated 920 Russian soldiers"): killed and wounded.
_BULLETIN_FATE = re.compile(r"\b(?:eliminated|liquidated|neutrali[sz]ed)\b|(?<!\w)(?:ліквідува\w*|ліквідовано|нейтралізува\w*|"
                            r"нейтралізовано|знешкодил\w*|ликвидирова\w*|нейтрализова\w*)",  # (and the General Staff retold
                            re.IGNORECASE)  # in Russian: "за сутки ликвидированы 96 российских военных")
#: Words that say a figure's people died (a figure that says so keeps its killed).
_DEAD = re.compile(r"irrecoverabl|irretrievabl|\bkilled\b|\bdead\b|"
                   r"(?<!\w)(?:безповоротн|безвозвратн|загибл|загинул|убит|вбит|погибш)", re.IGNORECASE)
#: A count told as one day's or month's ("the highest daily figure", "a monthly record"): no running total.
_PER_PERIOD = re.compile(r"\b(?:daily|monthly|weekly|record|highest|lowest|largest|biggest|a day|per day|a month|per month)\b|"
                         r"(?<!\w)(?:рекорд\w*|добов\w*|суточн\w*|місячн\w*|месячн\w*)", re.IGNORECASE)
_MILESTONE = re.compile(r"\b(?:passed|surpassed|exceeded|topped|crossed)\b", re.IGNORECASE)
_ABOUT_THIS = re.compile(r"\W*(?:про це|об этом|this was (?:reported|announced|stated))\b", re.IGNORECASE)
#: The outlet's own count ("Our own model suggests", "by our count", "за нашими підрахунками"): the publisher speaks.
_OUR_OWN = re.compile(r"\b(?:our|my)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:model|estimates?|count|tally|analysis|calculations?|"
                      r"data|research|investigation|database|figures|reporting)\b|\bwe\s+(?:estimate|count|calculate|found)\b|"
                      r"(?<!\w)(?:по|за)\s+(?:нашим|нашими)\s+(?:подсчетам|данным|оценкам|підрахунками|даними|оцінками)|"
                      r"\bour\s+(?:correspondent|reporter)s?\s+(?:counted|saw)\b|(?<!\w)наш(?:и)?\s+(?:корреспондент\w*|"
                      r"кореспондент\w*)\s+(?:насчитал\w*|нарахува\w*|видел\w*|бачи\w*)",
                      re.IGNORECASE)  # ("Наш корреспондент насчитал у въезда на мост три сгоревших бронетранспортера")
#: A correction's account of what a text said before ("An earlier version of this entry said 60 drones were shot down",
#: "we incorrectly reported ...", "У попередній версії новини помилково вказано ..."): its figures are withdrawn, not claimed
#: (the sentence still names who spoke, and its figure is what "the correct figure is 16" after it counts).
_RETRACTED = re.compile(r"\b(?:earlier|previous|original|initial)\s+version\s+of\s+(?:this|the)\s+[\w-]+|"
                        r"\b(?:our|an?|the|this)\s+(?:earlier|previous|\d{1,2}[:.]\d{2})\s+(?:entry|post|update|report|story|"
                        r"article|item|table)\s+(?:said|stated|reported|gave|put)\b|"
                        r"\b(?:incorrectly|wrongly|mistakenly|erroneously)\s+(?:said|stated|reported|gave|put|listed|described|wrote)\b|"
                        r"\bmisstated\b|(?<!\w)(?:у|в)\s+(?:попередній|первісній|предыдущей|первоначальной)\s+верс|"
                        r"(?<!\w)(?:помилково|ошибочно)\s+(?:було\s+|было\s+)?(?:вказа|зазнач|указа|сообща|повідомл|написа)",
                        re.IGNORECASE)
_RETRACTED_WORDS = ("version", "entry", "post", "update", "report", "story", "article", "item", "table", "incorrectly",
                    "wrongly", "mistakenly", "erroneously", "misstated", "верс", "помилково", "ошибочно")  # one of which
# every match of _RETRACTED holds (in the lower case)
_OUR_WORDS = ("our ", "my ", "we ", "наш")  # one of which every match of _OUR_OWN holds (in the lower case)
#: A sentence that sums up ("In all, ...", "Всего за время боевых действий ..."): its total frames only itself.
_SUMMING = r"(?:in total|in all|overall|altogether|a total of|всего|загалом|усього|в целом|в цілому|в общей сложности|" \
           r"загальн\w+ втрати|amounts? to|amounting to|adds? up to|в сумме|в сумі)\b"  # ("By the Oman Observer's count,
# that amounts to more than 9,100 Ukrainian servicemen": an outlet's sum of the groups' figures)
_SUMMING_UP, _OPENS_SUMMING_UP = re.compile(r"(?<!\w)" + _SUMMING, re.IGNORECASE), re.compile(r"\W*" + _SUMMING, re.IGNORECASE)
_SUMMING_WORDS = ("total", "in all", "overall", "altogether", "всего", "загалом", "усього", "целом", "цілому", "сложности",
                  "загальн", "amount", "adds up", "add up", "в сумме", "в сумі")  # one of which every match holds (lower case)


#: The rest of an entry's dated heading: its weekday ("16 листопада, понеділок.", "Monday, November 16:"), then its end.
_ENTRY_END = re.compile(r"(?:,?\s+[^\W\d]+)?\s*(?:[.:—–]|-\s)")


def _entry_day(first: str, published: dt.date | None) -> dt.date | None:
    """The day a paragraph's heading dates its entry, in a chronicle or a live blog ("16 листопада, понеділок. Сили
    оборони ... за минулу добу": that Monday's past day), if not after ``published``."""
    if published is None or not first[:1].isalnum():
        return None
    m = DATE_RE.match(first)
    if m is None and (day := ANY_WEEKDAY_WORD.match(first.lower())) is not None:  # "Monday, November 16:": a weekday first
        m = DATE_RE.match(first, len(first) - len(first[day.end():].lstrip(", ")))
    if m is None or not _ENTRY_END.match(first, m.end()):
        return None
    d = parse_date(m, published)
    return d if d is not None and d <= published else None


def _interviewee(sents: list, answers: set[int]) -> str | None:
    """Who answers an interview's or a briefing's questions: the speaker its introduction names ("the press conference
    given ... by the spokesman of Syria's Ministry of Defence"), else the enemy of the first side whose losses the
    answers name ("the brigade killed 1,140 Russian soldiers": Russia's enemy, Ukraine)."""
    first = min(answers)
    asked = question_paragraphs(sents)
    intro = [st for st in sents if st.s.paragraph < first and st.s.paragraph not in asked]  # (before the first answer)
    named = [st.source for st in intro if st.claimants and not attr.is_nobody(st.source)]
    bodies = [m.actor for st in intro for m in attr.mentions(st.s.text)
              if m.actor and not m.actor.startswith("@") and attr.is_official_body(m.actor)]
    if named or bodies:  # (a ministry's briefing; not a state merely named: "12 kilometres from the Russian border")
        return (named or bodies)[-1]
    loser = next((lo for st in sents if st.s.paragraph in answers for _f, lo in st.figs
                  if lo and not lo.startswith("@")), None)
    return attr.adversary(attr.side(loser)) if loser else None


def _outside_relative(st, cues: list) -> list:
    """A figure-less sentence's period phrases that may frame the figures after it: not a day in a relative clause, which
    dates that clause's own event ('the "Center" group, which took the town of Avdiivka on February 17, advanced')."""
    return [(o, p) for o, p in cues if not (p.start == p.end and in_relative_clause(st.s.text, o))]


def _says(low: str, pattern: re.Pattern, words: tuple[str, ...], opens: bool = False) -> bool:
    """Whether ``pattern`` matches a sentence (at its start with ``opens``), tried only when its lower case ``low``
    holds one of the ``words`` every match holds (the common case decided by substring tests)."""
    return any(w in low for w in words) and (pattern.match if opens else pattern.search)(low) is not None


_SENTENCE_ENDS = tuple('.!?')  # what a sentence may end on (before trailing white space and a closing quote)
_QUOTES_END = tuple('"”»')


def _part_placed(st, s, doc_regions) -> Found | None:
    """The part whose place is the one region a sentence names, written right after it ("destroyed 64 Ukrainian drones,
    19 of them over the Kursk region, and ... sunk a boat": the 19's, not the whole's nor the boat's), else ``None``."""
    here = regions_between(doc_regions, s.start, s.end)
    if len({r[2] for r in here}) != 1:
        return None
    pos = here[0][0]
    holder = next((g for g, _lo in reversed(st.figs) if g.number.start <= pos), None)
    return holder if holder is not None and holder.inherited and 0 <= pos - holder.end <= 30 else None


#: Between a figure and a bare fate after it that shares its noun: "11 men were killed and 27 wounded".
_FATES_AND = re.compile(r"\s+(?:(?:were|had been|have been)\s+)?(?:killed|wounded|injured|captured|missing)?,?\s+"
                        r"(?:and|і|та|и|й)\s+(?:(?:about|some|another|over|more than)\s+)?", re.IGNORECASE)
#: A denial ("Hezbollah denied taking part in the clashes"): its speaker attributes no figure around it.
_DENIED = re.compile(r"\b(?:denied|denies|deny|rejected|dismissed|refuted)\b|(?<!\w)(?:опроверг\w*|спростува\w*|"
                     r"заперечи\w*|заперечу\w*)", re.IGNORECASE)


def _other_speaker(st: Sent, by: str | None) -> bool:
    """Whether a sentence names a speaker of another side than ``by``, the speaker of a window stated earlier (which
    then does not frame its figures)."""
    return bool(st.claimants) and by is not None and attr.side(st.source) != attr.side(by)


#: A figure singled out of a larger count ("in the third quarter of this year alone"): its window frames no other.
_ALONE = re.compile(r"\balone\b", re.IGNORECASE)


def _period_before(sents: list, i: int, published, events, told: dict, day: bool = False) -> Period | None:
    """What "over the same period" in sentence ``i`` means: the period of the nearest sentence before it (in this
    paragraph or the one before) that has one — its first figure's (``told``: sentence index → that period), else its
    first period phrase ("since the start of the incursion, among them 430 over the past 24 hours. ... 398 tanks over
    the same seven months"). For "the same day" (``day``), a phrase naming one day is the first choice ("who served
    ... before leaving in 2023, died on November 11 ... Three more men ... were killed the same day": November 11)."""
    for prev in reversed(sents[max(0, i - 6):i]):
        if prev.s.paragraph < sents[i].s.paragraph - 2:  # (a heading may stand between)
            break
        if prev.s.index in told:
            return told[prev.s.index]
        cues = [p for _o, p in sentence_cues(prev, published, events) if p.span != "same"]
        days = [p for p in cues if p.start is not None and p.start == p.end] if day else []
        if cues:
            return days[-1] if days else cues[0]
    return None


#: A paragraph opening with the words of the speaker the paragraph before named: "По его словам, ...".
_HIS_WORDS = re.compile(r"\W*(?:по\s+(?:его|ее|её|их)\s+словам|за\s+(?:його|її|їхніми|їх)\s+словами|according\s+to\s+(?:him|her|them))\b",
                        re.IGNORECASE)


def _said_before_paragraph(said_by: dict, paragraph: int, who, lead: int = -1) -> dt.date | None:
    """The date ``who`` made its statement on in the paragraph before (``"Герасимов в субботу доложил ..." then "По
    словам Герасимова, ..."``) or in the news lead (paragraph ``lead``: "Ukrainian commanders said on Wednesday that ..."
    dates what a Ukrainian spokesman says two paragraphs on), unless that was a flashback: an earlier paragraph has it
    speak on a later day ("said on Friday ..." then "On April 13, it said ...": the next paragraph's "Konashenkov said"
    is not of April 13)."""
    said = said_by.get((paragraph - 1, who)) or (said_by.get((lead, who)) if 0 <= lead < paragraph - 1 else None)
    if said is None or any(d > said for (q, w), d in said_by.items() if w == who and q < paragraph - 1):
        return None
    return said


def _paragraph_claimant(attributing: list[tuple[int, str]], i: int) -> str | None:
    """The claimant of the nearest sentence in the same paragraph that attributes without figures of its own
    (``attributing``: that paragraph's ``(index, claimant)`` of such sentences, in order)."""
    best = None
    for j, who in attributing:
        if best is None or abs(j - i) < abs(best[0] - i):
            best = (j, who)
    return best[1] if best else None


def _episode_sides(st: Sent, slow: str) -> bool:
    """Whether a sentence of an anniversary text's episode names a side and no civilians: its bare fates are the battle's
    ("Chinese official figures published decades later give ... 21 killed and 98 wounded"; not "93,000 Pakistani
    prisoners, many of them ... civilian officials")."""
    return st.day is not None and not cues()["civilian"].search(slow) \
        and any(m.actor and not m.actor.startswith("@") for m in attr.mentions(st.s.text))


def _one_state_named(sents: list, i: int) -> str | None:
    """The one state sentence ``i`` and the sentence before it in its paragraph name, if they name exactly one."""
    texts = [sents[i - 1].s.text] if i and sents[i - 1].s.paragraph == sents[i].s.paragraph else []
    found = {attr.side(m.actor) for t in texts + [sents[i].s.text] for m in attr.mentions(t)
             if m.actor and not m.actor.startswith("@") and attr.is_state(attr.side(m.actor))}
    return found.pop() if len(found) == 1 else None


def _claimant_at(st: Sent, rel: int) -> str | None:
    """The speaker of a figure at ``rel``: the last claimant before it, else the first after it; a state named before
    gives way to its own body named after ("Kyiv's running tally ... , the General Staff said": UKR-GS)."""
    before = [a for p, a in st.claimants if p < rel]
    if before:
        body = next((a for p, a in st.claimants if p > rel and a != before[-1] and attr.side(a) == before[-1]), None)
        return body or before[-1]
    return st.claimants[0][1] if st.claimants else None


def extract(text: str, published: dt.date | None = None, publisher: str | None = None) -> list[Figure]:
    """All loss figures of a text as :class:`Figure` records (claimant/loser as actor ids)."""
    token, day, recent = attr.PRESENT.set(()), attr.PUBLISHED.set(published), attr.RECENT.set(())
    try:
        return _extract(text, published, publisher)
    finally:
        attr.PRESENT.reset(token)  # the document's actors (and date) do not outlive it
        attr.PUBLISHED.reset(day)
        attr.RECENT.reset(recent)


def _span(p: Period) -> str | None:
    """"week", "month" or "quarter" if a dated window is one week, one calendar month or one calendar quarter long."""
    if p.start is None or p.end is None:
        return None
    if (p.end - p.start).days == 6:
        return "week"
    if p.start.day == 1 and (p.end + dt.timedelta(days=1)).day == 1 and p.start.month == p.end.month:
        return "month"
    if p.start.day == 1 and (p.end + dt.timedelta(days=1)).day == 1 and p.start.month % 3 == 1 \
            and p.end.month == p.start.month + 2 and p.start.year == p.end.year:
        return "quarter"  # ("July 1, 2026 – September 30, 2026": what a quarterly report's "during the quarter" means)
    return None


def _years_written(text: str, out: list[Figure], published: dt.date | None) -> None:
    """A day's figures dated by a bare "25 лютого" that the text also writes with its year ("25 лютого 2022 року"): of
    that year, not of the latest 25 February (a retrospective told on an anniversary)."""
    if published is None:
        return
    # A day (or two or three) with a bare day's default year, not in the week of the news ("12 березня" in a bulletin of
    # 12 March 2025, beside "рік тому, 12 березня 2024 року", stays); with none, the scan of every date is spared.
    days = [f for f in out if f.basis == "increment" and f.period_start is not None and f.period_end is not None
            and (f.period_end - f.period_start).days <= 31 and (published - f.period_end).days > 7
            and f.period_end.year == published.year - ((f.period_end.month, f.period_end.day)
                                                       > (published.month, published.day))]
    if not days:
        return
    years = written_years(text)
    by_month: dict[int, set] = {}  # month → the years the text writes its dates of that month with
    for (mo, _d), y in years.items():
        by_month.setdefault(mo, set()).add(y)
    for f in days:
        year = years.get((f.period_end.month, f.period_end.day)) if (f.period_end - f.period_start).days <= 2 else None
        if year is None and len(by_month.get(f.period_end.month, ())) == 1 and f.period_start.month == f.period_end.month:
            year = next(iter(by_month[f.period_end.month]))  # (a month the text dates in one year only: "с 14 по 18
            # июля 1969 года ... Вечером 14 июля")
            if year > published.year - 5:
                continue  # (only a year long past: not this spring's days beside last spring's)
        if year is not None and year < f.period_end.year:
            back = f.period_end.year - year
            try:
                f.period_start, f.period_end = (f.period_start.replace(year=f.period_start.year - back),
                                                f.period_end.replace(year=year))
            except ValueError:  # (29 February of a year that has none)
                continue


def _extract(text: str, published: dt.date | None, publisher: str | None) -> list[Figure]:
    ftext = attr.fold(text)
    has_paren = "(" in ftext  # a "(+N)" increment needs one
    events = LazyEvents(ftext, published)
    low = doc_lower(ftext)
    sents = analyse(ftext, published, events, low)
    doc_regions = find_regions(ftext, low) if any(st.figs for st in sents) else []  # only figures need them
    one_para = sents[-1].s.paragraph == 0 if sents else True
    lead_end = next((st.s.end for st in sents if st.figs and (st.s.paragraph or one_para)), len(ftext))
    # (the first sentence with figures after the headline: a text about one place names it by then)
    loss_cue = cues()["loss"]
    para_end: dict[int, int] = {}  # paragraph → end of its last sentence
    para_start: dict[int, int] = {}  # paragraph → start of its first sentence
    attributing: dict[int, list] = {}  # paragraph → (index, claimant) of its sentences that attribute without figures
    said_by: dict = {}  # (paragraph, claimant) → the date of its dated statement ("Про це в понеділок, 6 січня, повідомив")
    said_before: dict = {}  # paragraph → (sentence index, date) of its first dated statement with no speaker resolved
    last_fig_para = max((st.s.paragraph for st in sents if st.figs), default=-1)
    entry_day: dict[int, dt.date | None] = {}  # paragraph → the day its entry heading names
    for j, st in enumerate(sents):
        para_end[st.s.paragraph] = max(para_end.get(st.s.paragraph, st.s.end), st.s.end)
        para_start.setdefault(st.s.paragraph, st.s.start)
        if st.claimants and not st.figs and not attr.is_nobody(st.source) and not _DENIED.search(st.s.text):
            attributing.setdefault(st.s.paragraph, []).append((j, st.source))  # (bloggers' talk attributes no figures
            # around it, nor does a denial: "Hezbollah denied taking part in the clashes")
            if j and sents[j - 1].s.paragraph != st.s.paragraph and _ABOUT_THIS.match(st.s.text):
                # "Про це повідомив ...", "This was reported by X, Y reports": opening its paragraph, it attributes the
                attributing.setdefault(sents[j - 1].s.paragraph, []).append((j, st.claimants[0][1]))  # one before
        if st.s.paragraph > last_fig_para:
            continue  # a statement date serves the figures of its paragraph and the next: none come after the last figures
        if st.s.paragraph not in entry_day:  # a chronicle's or a live blog's dated entry: "16 листопада, понеділок. ..."
            entry_day[st.s.paragraph] = _entry_day(st.s.text, published)
        st.said_at = statement_date(st.s.text, published) or (
            (0, 0, entry_day[st.s.paragraph]) if entry_day[st.s.paragraph] is not None else None)
        st.said = st.said_at[2] if st.said_at else None
        if st.said is not None:
            speaker = st.source if st.claimants else _paragraph_claimant(attributing.get(st.s.paragraph, ()), j)
            said_by.setdefault((st.s.paragraph, speaker), st.said)
            if speaker is None:
                said_before.setdefault(st.s.paragraph, (j, st.said))
    out: list[Figure] = []
    last_claimant, last_para = None, -1
    carry_period: Period | None = None
    week_by: str | None = None  # the speaker who dated the week "за неделю" means (another side's is its own)
    carry_said: dt.date | None = None  # the statement date of the paragraph's last sentence with figures
    carry_said_by: str | None = None  # and who made that statement
    carry_loser: tuple | None = None  # (claimant, loser) of the paragraph's last figure
    fp: str | None | bool = False  # the bulletin fingerprint, looked up when first needed
    headline: set[int] = set()  # indices in ``out`` of figures in a headline
    summing: set[int] = set()  # ids of figures in a headline, the lead or a sentence that sums up
    first_para = next((st.s.paragraph for st in sents if _ends_sentence(st.s.text)), -1)  # past title and byline
    headings = _headings(sents)
    lead_para: int | None = None  # the news lead: the first paragraph with figures, not a headline
    doc_period: dict = {}  # claimant → the last running-total period (or a lead's period) it stated
    told: dict[int, Period] = {}  # sentence index → the period of its first figure ("over the same period")
    at: dict[int, int] = {}  # id of a Found → index of its Figure in ``out`` (a dropped figure has none)
    claimant_para = -1  # the paragraph ``last_claimant`` was named in
    crewed: str | None = None  # the loser of the last ship or aircraft lost: whose its crew is
    last_fig = max((j for j, st in enumerate(sents) if st.figs), default=-1)
    retro = _retro_window(ftext, sents, published) if last_fig >= 0 else None  # the episode a retrospective is about
    yearless = yearless_days(ftext) if retro is not None else set()
    withdrawn: set[int] = set()  # indices in ``out`` of figures a correction withdrew
    answers = answer_paragraphs(sents)  # the answers of an interview in questions and answers
    interviewee: str | None | bool = False  # the side of the one who answers, looked up when first needed
    home = attr.home_side(ftext)  # whose unnamed fighters a text's language makes them (Ukrainian: Ukraine's)
    for i, st in enumerate(sents):
        if i > last_fig:
            break  # what the sentences after the last figures say (leads, periods, claimants) frames no figure
        s = st.s
        if s.paragraph != last_para:
            carry_period, carry_loser, carry_said = None, None, None
            if s.paragraph > last_para + 1:
                last_claimant = None
        last_para = s.paragraph
        slow = low[s.start:s.end] if low is not None else lower(s.text)
        if not st.figs:
            if st.claimants:
                last_claimant, claimant_para = st.source, s.paragraph
            if any(w in slow for w in MONTH_SUMMARY_WORDS) and (month := next(
                    (p for _o, p in sentence_cues(st, published, events) if _span(p) == "month"), None)) is not None:
                doc_period.setdefault("@month", month)  # "Батальйон ... підбив підсумки жовтня. ... за місяць": October
            if "@quarter" not in doc_period and (s.index in headings or "quarter" in slow or "квартал" in slow) and (
                    quarter := next((p for _o, p in sentence_cues(st, published, events) if _span(p) == "quarter"), None)):
                doc_period.setdefault("@quarter", quarter)  # a quarterly report's title ("..., July 1, 2026 – September
                # 30, 2026"): what its "during the quarter" means
            if loss_cue.search(slow) and (framing := _outside_relative(st, sentence_cues(st, published, events))) \
                    and not s.text.rstrip().endswith(":"):  # a lead: "inflicted losses over the past day" (a list's
                windows = [c for c in framing if c[1].basis == "increment" and c[1].start and c[1].end
                           and c[1].start != c[1].end]  # ("killed in the five-day war of August 7-12, the first account
                if windows and any(p.basis == "cumulative" and p.start is None and not p.war for _o, p in framing):
                    framing = windows  # ... since the fighting ended": the war's window, not "since" with no start)
                frame = nearest(framing, len(s.text))  # header frames its list only)
                if retro is None or frame.end is None or frame.end.year == retro.end.year \
                        or str(retro.end.year) not in s.text:  # (not a day of a retrospective's episode read in the
                    doc_period[last_claimant or publisher] = frame  # news' year: "began on April 23, 1951, ... and
                    # ended on April 25": the retro window frames it)
                    if retro is not None:  # a retrospective's episode frames its unattributed figures too ("По его
                        doc_period.setdefault(publisher, frame)  # оценке, советские войска потеряли в операции")
            elif s.paragraph == first_para and _DIGIT.search(s.text) and sentence_cues(st, published, events):
                lead = [p for o, p in st.cues if (p.basis == "increment" and p.start != p.end and p.end is not None
                                                   and (0 <= (published - p.end).days <= 1  # (or the night before it)
                                                        or (p.start is not None and _A_WAR_OF.search(slow, max(0, o - 45), o))))
                        or (p.basis == "cumulative" and p.start is not None)]  # ("the five-day war with Russia of August
                # 7-12": its window; not "As the war enters its third year, ministers met on April 3-4")
                if lead:  # the news lead's "overnight", "past week", "since the offensive began on 6 August" frames the report
                    doc_period.setdefault("@lead", lead[0])
                as_of = [p.end for _o, p in st.cues if p.basis == "cumulative" and p.start is None and p.end != published]
                if as_of:  # "This list is updated as of 13 January 2025": the running totals end that day
                    doc_period.setdefault("@as_of", as_of[0])
                week = [p for _o, p in st.cues if p.basis == "increment" and p.start and p.end and (p.end - p.start).days == 6
                        and p.span is None]  # (a dated week, not "last week")
                if week:  # "сводку ... за период с 8 по 14 марта": the report's week, which "за неделю" then means
                    doc_period.setdefault("@week", week[0])
            if lead_para is None and s.paragraph >= first_para and (_DIGIT.search(s.text) or ANY_WEEKDAY_WORD.search(slow)) \
                    and _EVENT.search(slow) and sentence_cues(st, published, events):  # (a day named by a date or a
                # weekday: "beaten back a major assault on the besieged town on Monday")
                event = [p for _o, p in st.cues if p.basis == "increment" and p.end is not None and p.start is not None
                         and (p.end - p.start).days <= 2 and 0 < (published - p.end).days <= 31
                         and (p.end != st.said or (p.start != p.end and any(w in slow for w in _NIGHT_WORDS)))]
                # (a night that ends on the statement's day is still the event's: "в ночь на среду атаковали ...,
                # сообщил в среду"; not "за минулу добу", counted back from it)
                if event:  # "Колонна ..., шедшая 16 апреля ..., попала в засаду", "On March 2 and 3, Russian paratroopers
                    doc_period.setdefault("@event", event[0])  # tried to seize ...": the day(s) of the one event the
                    # report is about, told before its figures (a statement's day is not)
            continue
        if _says(slow, _RETRACTED, _RETRACTED_WORDS):  # a correction's withdrawn figures: none is claimed, but who spoke
            if st.claimants:  # counts for the corrected figure after it
                last_claimant, claimant_para = st.source, s.paragraph
            for f, _lo in st.figs:  # ... and the figure it withdraws, told before, is no claim either ("Our 07:40 entry
                # said 21 drones were shot down over the Kirovohrad region. The Air Force has since corrected that figure")
                told_before = [at[id(g)] for prev in sents[:i] for g, _l in prev.figs
                               if id(g) in at and (g.number.value, g.category) == (f.number.value, f.category)]
                withdrawn.update(told_before[-1:])
            continue
        cues_here = sentence_cues(st, published, events)
        attr.RECENT.set(st.recent)
        if st.day is not None or attr.PUBLISHED.get() != published:  # an anniversary text's sentence of its episode:
            attr.PUBLISHED.set(st.day or published)  # its sides' enemies of the episode's year (see sentence_pass.analyse)
        head = st.header or {}
        if not cues_here and carry_period is None:  # a period stated earlier in the paragraph, or by the list's header
            for prev in reversed(sents[:i]):
                if prev.s.paragraph != s.paragraph and prev is not head.get("st"):
                    break
                prev_cues = _outside_relative(prev, sentence_cues(prev, published, events))
                if prev_cues:
                    carry_period = nearest(prev_cues, len(prev.s.text))
                    break
        para_claimant = _paragraph_claimant(attributing.get(s.paragraph, ()), i)
        region, own = sentence_region(s, para_start[s.paragraph], doc_regions, lead_end)
        answer = s.paragraph in answers  # an interview's answer: "we" and "our" are the one interviewed
        ours = not answer and not st.claimants and _says(slow, _OUR_OWN, _OUR_WORDS)  # "Our own model suggests ...": the
        # outlet's count
        if answer and interviewee is False:
            interviewee = _interviewee(sents, answers)
        sums_up = _says(slow, _SUMMING_UP, _SUMMING_WORDS)  # "In all, ...": its figures may sum up the ones after them
        uk_enemy = None  # whether the sentence speaks of "ворог" (looked up once, when a figure first asks)
        war_total = None  # whether it speaks of a war's totals (the same)
        for k, (f, loser) in enumerate(st.figs):
            rel = f.number.start - s.start
            if ours:  # (the sentence names no speaker: its publisher speaks, or nobody if unknown)
                who, carried = publisher, False
            elif answer and interviewee:  # (not the speaker a question quoted: "Russia's Defence Ministry said ... Is
                # that true?")
                who, carried = _claimant_at(st, rel) or interviewee, False
            else:
                who = _claimant_at(st, rel) or head.get("claimant") or para_claimant
                carried = who is None and last_claimant is not None and claimant_para != s.paragraph
                who = who or last_claimant
                if carried and head.get("st") is not None and head["st"].s.paragraph != claimant_para:
                    if fp is False:  # a list with a header of its own under a source line ("Джерело: Генштаб ЗСУ") is
                        fp = _source_line(sents) or attr.fingerprint(ftext)  # the source's, not the speaker of the
                    who = fp or who  # paragraph before (a spokesman's own figures before the bulletin's list)
                if who is None:
                    if fp is False:
                        fp = _source_line(sents) or attr.fingerprint(ftext)
                    who = fp or publisher
            nobody_side, by_nobody = None, attr.is_nobody(who)
            if by_nobody:  # bloggers, medical sources: no claimant, and no one else's (their side, if named, speaks for
                who, carried, nobody_side = None, False, attr.nobody_side(who)  # the loser below)
            loser = loser or head.get("loser")
            if f.label.lower() in _CREW:  # "семеро членів екіпажу загинули" after the ship struck: its crew, of its side
                if (crewed is None and (loser is None or loser.startswith("@"))) or _CIVIL_VESSEL.search(slow):
                    continue  # (not a merchant ship's crew: civilians; but a crew of a side named is its: "one Russian
                    # Su-34 crew member had been killed")
                loser = loser or crewed
            home_here = home if loser is None and not (who or nobody_side) and home is not None \
                and _home_figure(s.text, rel) else None  # with no speaker nor side named, the text's home side's
            # figure: "бійці 93-ї бригади знищили шість танків", "Голова ОДА повідомив, що загинули понад 70 військових"
            side = who or nobody_side or home_here  # whose own and whose enemy's losses the figure may be
            if loser is None and f.category.startswith("personnel") and side and not attr.is_publisher(side) and (
                    _PASSIVE_FATE.match(ftext, f.label_span[1]) or _LISTED_PASSIVE.match(ftext, f.label_span[1])
                    or (_AND_REBELS.match(ftext, f.label_span[1]) and not attr.is_group(side))
                    or _FALLEN.match(ftext, f.number.end)
                    or _DIED_BEFORE.search(ftext, max(0, f.number.start - 30), f.number.start)
                    or (_THE_DEAD.match(f.label) and st.claimants and not attr.is_outlet(side))
                    or (f.label.lower() in ("dead", "fallen") and st.claimants
                        and _LISTS_BEFORE.search(ftext, max(0, f.number.start - 40), f.number.start))):  # ("назвал цифру 3 825 погибших
                # военнослужащих": those who died, a side's own; an outlet's count of them has no side of its own)
                # "X says two soldiers were killed": its own, unless named otherwise; "40 militants": its adversary's
                loser = "@adversary" if _hostile(f, ftext, s.start) or (
                    attr.insurgent(side) and _STATE_TROOPS.fullmatch(f.label)) else "@self"  # (an armed group's
                # "17 soldiers had been captured" are the state's it fights: its own are fighters)
            if loser is None and side and not attr.is_publisher(side) \
                    and (lost := _LOST_BEFORE.search(ftext, max(0, f.number.start - 30), f.number.start)) \
                    and not _BY_AGENT.search(ftext, max(0, lost.start() - 20), lost.start()):  # "потеряны три вертолета":
                loser = "@self"  # lost, said by a side with no other side named: its own (not "противником потеряны")
            if loser is None and side and not attr.is_publisher(side) and not attr.is_outlet(side) \
                    and "the loss" in slow and (lossof := _THE_LOSS_OF.search(ftext, s.start, f.number.start)) \
                    and ";" not in ftext[lossof.end():f.number.start] and not _hostile(f, ftext, s.start) \
                    and not any(m.actor for m in attr.mentions(ftext[lossof.end():f.label_span[1]])):  # (not a side
                # named after it: "confirmed the loss of more than 4,300 Russian main battle tanks ..., together with
                # more than 130 fixed-wing combat aircraft")
                owner = [m.actor for m in attr.mentions(ftext[s.start:lossof.start()]) if m.actor]
                loser = attr.side(owner[-1]) if owner else "@self"  # "Japanese records show the loss of two
                # battleships, ..., a heavy cruiser and three destroyers", "Pakistan's army history acknowledges the loss
                # of some 40 tanks": the side whose records they are (else the speaker's own), each item of the list
            if loser is None and side and attr.is_state(attr.side(side)) and not attr.is_group(side) \
                    and _REBELS_INFLICTED.search(ftext, max(s.start, f.number.start - 60), f.number.start):
                loser = "@self"  # "The attackers also destroyed two ranger motorcycles", told by the state: its own
            if loser is None and side and not attr.is_publisher(side) and any(w in slow for w in _DEVICE_WORDS) \
                    and not attr.is_group(side) and not _hostile(f, ftext, s.start) \
                    and (dev := _DEVICE.search(ftext, max(s.start, f.number.start - 140), f.number.start)) \
                    and not _OCCUPIED.search(ftext, dev.start(), s.end) \
                    and not any(m.actor and attr.side(m.actor) != attr.side(side)
                                for m in attr.mentions(ftext[dev.start():s.end])) \
                    and not any(side_word(w) for w in _CAPITALISED.findall(ftext, dev.start(), s.end)):
                loser = "@self"  # "a roadside bomb hit an army vehicle, injuring three soldiers", said by a state with no
                # side named after the bomb but itself ("..., ISOC said"): an insurgent's bomb struck the speaker's own
                # (not "Hamas said an IED hit an Israeli tank")
            if loser is None and side and not attr.is_publisher(side) and not attr.is_group(side) \
                    and not f.category.startswith("personnel") \
                    and (hit := _HIT_BY_DEVICE.match(ftext, f.label_span[1])) \
                    and not any(m.actor for m in attr.mentions(ftext[f.number.start:hit.end()])):
                loser = "@self"
            if loser is None and side is None and (f.category in STRIKE_CATEGORIES or (
                    f.category.startswith("personnel") and _IN_THE_ATTACK.search(slow))):
                foe = next((a for prev in sents[max(0, i - 3): i + 1][::-1] if (a := attacker(prev.s.text))), None)
                loser = foe if f.category in STRIKE_CATEGORIES else attr.adversary(foe) if foe else None  # the drones
                # or boats of the side the sentence or one of the three before says attacked with them; the soldiers
                # killed "in the attack", of the side it struck (told by no one the text names: a speaker's enemy is
                # the loser otherwise)
            if loser is None and carry_loser is not None and carry_loser[0] == who and not (
                    carry_loser[1] == attr.side(who) and _hostile(f, ftext, s.start)):
                loser = carry_loser[1]  # the same speaker goes on (but "1.200 rebels" after its own dead are its enemy)
            elif loser is None and carry_loser is not None and side and (attr.is_official_body(side) or attr.is_outlet(side)) \
                    and attr.adversary(side) is None:  # (or a monitor's: "Проєкт Oryx ... налічує 39 втрачених Су-34")
                loser = carry_loser[1]  # a third party's estimate (a body with no enemy of its own) after the paragraph's other
                # figures is of their side: "Генштаб ВСУ оценивает потери российской армии в 866 190 человек.
                # Британская разведка называет цифру около 850 тысяч убитыми и ранеными"
            if loser == "@adversary" and side is None and (
                    uk_enemy if uk_enemy is not None else (uk_enemy := _UK_ENEMY.search(slow) is not None)):
                loser = "RUS"  # "втрати ворога" with no speaker: Ukrainian news's enemy, as its "окупанти", is Russia's
            told_own = loser == "@self" and names_own_losses(s.text, rel)  # "Собственные потери ... оценил в"
            if loser == "@self" and home is not None and not st.claimants and (who is None or (
                    carried and attr.side(who) != home)) and not any(m.actor for m in attr.mentions(s.text)):
                loser, who, carried = home, None if who is None else publisher, False  # "Львів поховав 1 214 своїх
                # захисників", "Чернігівщина попрощалася з 27 захисниками" (no speaker): the text's home
                # side's own, not those of a speaker carried from another paragraph (who told of others; but not when
                # the sentence names a side: "воєнкори визнали, що російські підрозділи «несуть втрати»")
            if loser is not None and loser.startswith("@"):
                ref, loser = loser, resolve_ref(loser, side)
                if loser is None and ref == "@self" and attr.is_outlet(side):
                    loser = _one_state_named(sents, i)  # "Oryx has visually confirmed the loss of 36 Su-34s" after
                    # "the workhorse of Russia's glide-bomb campaign": a monitor counts the side the paragraph names
            if loser is None and side and f.label.lower() in _TROOPS and attr.is_state(side) and any(
                    lo and lo[0] != "@" and attr.is_group(lo) and actors.side_of(lo) == side for g, lo in st.figs if g is not f):
                loser = side  # "Three soldiers and seven suspected members of the Dawlah Islamiyah-Maute group were
                # killed, the military said": beside the state's named enemy, its own soldiers
            if loser is None and by_nobody and side is None and (
                    _STATE_TROOPS.fullmatch(f.label) or SOLDIERS_NEXT.match(ftext, f.label_span[1])):
                foes = {attr.adversary(a) for a in attr.PRESENT.get() if attr.insurgent(a)}
                loser = foes.pop() if len(foes) == 1 else carry_loser[1] if carry_loser else None  # "the bodies of 19
                # soldiers", "63 wounded soldiers", told by a hospital source: in a text of one state's war on armed
                # groups, that state's soldiers (its enemies are "fighters"); else those of the figure before
            if loser is None and side and side == home_here:  # the home side's figure: the
                verb = _HOME_VERB.search(ftext, max(s.start, f.number.start - 80), f.number.start)  # enemy's if inflicted
                loser = None if verb is None else side if verb.group("lost") else attr.adversary(side)  # ("бійці бригади
                # знищили шість танків"), its own if lost ("Сама бригада ... втратила в боях 19 бійців"), else unknown
            elif loser is None and side:
                loser = attr.adversary(side)
            if loser is None and carry_loser is not None and f.label.lower() in THE_FIGURE:
                loser = carry_loser[1]  # "CSIS put the figure at nearly 1.2 million": the count before, by another speaker
            if loser is None and k and f.label.lower() in BARE_FATES and (sib := at.get(id(st.figs[k - 1][0]))) is not None \
                    and _FATES_AND.fullmatch(ftext, st.figs[k - 1][0].end, f.number.start):
                loser = out[sib].loser  # "11 men were killed and 27 wounded": the same men's
            if loser is None or (f.label.lower() in BARE_FATES and f.whole is None and not (answer and interviewee)
                                 and not military_context(s.text) and not _episode_sides(st, slow)
                                 and not any(g.category.startswith("personnel") and g.label.lower() not in BARE_FATES
                                             for g, _l in st.figs)):  # ("63 NPA members have been killed, 41 captured")
                continue  # no loser, or "80,000 wounded" with no military noun around: left out, not guessed
            if carried and loser == attr.side(who) and not told_own:  # a speaker carried from an earlier paragraph tells
                if fp is False:  # of its enemy's losses, not (unasked) of its own: this figure is not its
                    fp = _source_line(sents) or attr.fingerprint(ftext)
                who = fp or publisher
            carry_loser = (who, loser)
            if f.category in _CREWED:
                crewed = loser
            own_period = _own_period(st, k, cues_here)
            if own_period is not None and st.said is None and own_period.end == published \
                    and (lead := doc_period.get("@lead")) is not None and lead.start is not None and lead.end is not None \
                    and (lead.end - lead.start).days == 1 and (published - lead.end).days >= 1 \
                    and any(p is own_period and _UNDATED_NIGHT.match(s.text, o) for o, p in cues_here):
                own_period = lead  # "overnight" with no day of its own, in a report about an earlier dated night ("struck
                # Marinovka overnight into Nov. 19" ... "the ministry said it destroyed 112 drones overnight"): that night
            if own_period is not None and "@week" in doc_period and (own_period.span == "week" or (
                    own_period.ref and own_period.basis == "increment" and (own_period.end - own_period.start).days == 7)) \
                    and not _other_speaker(st, week_by):
                # ("over the week" counts seven days back from its end; the lead's dated week is its seven days)
                own_period = doc_period["@week"]  # "за неделю", "over the week" in a report whose lead names its week
            event = doc_period.get("@event")
            if event is not None and (f.number.value >= 5000 or (who or "").endswith("-GS") or (
                    war_total if war_total is not None else (war_total := _WAR_TOTAL.search(slow) is not None))):
                event = None  # (not a war's totals: "Russia has lost 720,000 troops in the war")
            period = (own_period or carry_period or doc_period.get(who) or doc_period.get("@lead")
                      or doc_period.get("@head") or event or Period(None, published, "cumulative"))
            if f.label.lower() in THE_FIGURE and own_period is not None and own_period.basis == "increment" and out \
                    and out[-1].basis == "cumulative" and out[-1].period_end is not None and own_period.end is not None:
                period = Period(out[-1].period_start, own_period.end, "cumulative")  # "CSIS put the figure at nearly 1.2
                # million in June": the running count before, as of June
            running = period.basis == "increment" and total_to(s.text, max(0, rel - 220), rel) is not None
            if lead_para is None and _ends_sentence(s.text) and not running:  # (a running toll is no news lead: "...,
                lead_para = s.paragraph  # bringing the American death toll from the attack to four")
            if period.basis == "increment" and s.paragraph == lead_para and not _ALONE.search(s.text, rel):
                doc_period.setdefault("@lead", period)  # the lead's window frames later figures (not one singled out
                # from a larger count: "had also lost about 290 tanks in the third quarter of this year alone")
            elif period.basis == "increment" and s.index in headings and cues_here:  # and failing it, the headline's
                doc_period.setdefault("@head", period)  # ("ВСУ за сутки потеряли ...")
            if period.basis == "cumulative" and period.start is not None:
                # A list's running totals do not frame the prose after it ("On the Pokrovsk direction, the defenders
                # neutralized 187 occupiers that day"), nor does a summing-up total under a day's lead ("Всего ... на
                # курском направлении" in the MoD summary: the groups' losses after it are the day's)
                lead = doc_period.get("@lead")
                if not head and not (lead is not None and lead.basis == "increment"
                                     and _says(slow, _OPENS_SUMMING_UP, _SUMMING_WORDS, opens=True)):
                    doc_period[who] = period
            elif period.basis == "cumulative" and not period.war and doc_period.get(who) is not None:
                # "In all, the enemy lost 54 tanks" after "since the start of the incursion on August 6": that count
                period = Period(doc_period[who].start, period.end, "cumulative")
            if period.ref and (doc_period.get("@lead") or doc_period.get("@head")) is not None:  # "over the week" in a
                period = doc_period.get("@lead") or doc_period["@head"]  # weekly summary: its week
            if period.span == "sameday" and st.said is not None:  # "said on Monday that ... shot down ... that day"
                period = Period(st.said, st.said, "increment")
            elif period.span in ("same", "sameday"):  # "over the same period": the period named before it
                same_at = next((o for o, p in cues_here if p.span == period.span), len(s.text))
                before = nearest([(o, p) for o, p in cues_here if o < same_at and p.span not in ("same", "sameday")],
                                 same_at) \
                    or _period_before(sents, i, published, events, told, period.span == "sameday")
                # ("destroyed 23 vehicles on Tuesday, and a drone the same day": the sentence's own day first)
                lead = doc_period.get("@lead")
                if period.span == "sameday" and (before is None or before.basis != "increment") \
                        and lead is not None and lead.basis == "increment":
                    before = lead  # "over the same day" after a running list: the day the lead's figures are of
                period = before or Period(None, published, "cumulative")
            if period.span is None and period.basis == "increment" and (span := _span(period)):
                if span == "week" and "@week" not in doc_period:
                    week_by = who
                doc_period.setdefault("@" + span, period)  # a dated week ("с 1 по 7 февраля") or month ("in November")
            elif period.span and "@" + period.span in doc_period and not (
                    period.span == "week" and _other_speaker(st, week_by)):  # is what a later "за неделю"/"in
                # the month" means (a week its speaker's: not another's, "Госпогранслужба Украины ... за неделю")
                period = doc_period["@" + period.span]
            if period.basis == "cumulative" and period.end == published and "@as_of" in doc_period:
                period = period._replace(end=doc_period["@as_of"])
            said = st.said or (carry_said if not st.claimants or attr.side(st.source) == attr.side(carry_said_by) else None) \
                or said_by.get((s.paragraph, who)) or _said_before_paragraph(said_by, s.paragraph, who, first_para)
            if said is None and who is not None and (undated := said_before.get(s.paragraph)) and undated[0] < i:
                said = undated[1]  # "X's operations room gave its own tally on Tuesday. ...": a statement dated earlier
                # in the paragraph with no speaker resolved
            elif said is None and (undated := said_before.get(s.paragraph - 1)) and _HIS_WORDS.match(s.text):
                said = undated[1]  # "... в пятницу рассказал командир отряда. ¶ По его словам, за две недели боев ...":
                # his words, told that day
            if said is not None and own_period is None and carry_period is None and period.basis == "increment" \
                    and period.start is not None and period.end is not None and period.start < period.end \
                    and (said - period.end).days > 7 and doc_period.get(who) is None \
                    and period in (doc_period.get("@lead"), doc_period.get("@head")) \
                    and said_by.get((s.paragraph, who)) == said:
                period = Period(None, published, "cumulative")  # "X said in September that ... had suffered about 4,700
                # casualties" under a lead about June: another statement, months later, of a count of its own (but a
                # lead's one day, a battle's, is what later statements tell of)
            if said is not None and period.end == published and said != published:
                # "..., the ministry said on Monday": a total as of Monday; "the past day" counts back from Monday
                back = published - said
                period = period._replace(start=period.start - back if period.basis == "increment" and period.start else period.start,
                                         end=said)
            elif st.said is not None and period.end is not None and period.end > st.said and own_period is None:
                # "said on Monday that its fighters had destroyed four tanks" under a lead about Tuesday: not after Monday
                period = Period(st.said, st.said, "increment") if period.basis == "increment" else period._replace(end=st.said)
            if own_period is None and period.basis == "cumulative" and period.start is None and period.end is not None \
                    and len(st.figs) == 1 and _ONE_THING.fullmatch(ftext, f.number.start, f.number.end):
                period = Period(period.end, period.end, "increment")  # "Ukraine said Wednesday it sank a large Russian
                # landing ship": one thing lost, the sentence's only figure, told the day it happened (not a running total)
            elif own_period is None and st.said is not None and period == Period(None, st.said, "cumulative") \
                    and _ONE_CLASH.search(s.text):
                period = Period(st.said, st.said, "increment")  # "said in a statement on Monday evening that its forces
                # had repelled an attack ..., killing 14 federal soldiers": that day's clash, not a running total
            if retro is not None:
                period = _in_retro(period, retro, published, slow, yearless)
            inc = has_paren and (INCREMENT_AFTER.match(ftext, f.number.end) or INCREMENT_AFTER.match(ftext, f.end))
            if (inc or running_list(ftext, head)) and period.basis == "increment" and own_period is None:
                # "tanks ‒ 9,186 (+9)": a number with the day's change after it is the running total, not the day's
                period = running_total(doc_period.get(who), period.end, war=True)
            elif period.basis == "increment" and period == own_period and risen_to(s.text, rel, slow) \
                    and not _PER_PERIOD.search(s.text) and (
                    period.start == period.end or (_span(period) == "month" and _MILESTONE.search(s.text, max(0, rel - 30), rel)
                                                   and any(o > rel and p == period for o, p in cues_here))):
                # "rose to 11,462 on January 1", "surpassed 3,700 in December" (a month after a milestone verb, not
                # "reached 4,000 in May"; no daily or monthly record): a running total as of that day or month
                period = running_total(doc_period.get(who), period.end)._replace(end=period.end)
            elif period.basis == "increment" and ((rose := risen_to(s.text, rel, slow))
                                                  or (toll := total_to(s.text, max(0, rel - 220), rel))) \
                    and not any((rose or toll.start() < pos)  # (a window before "bring ... to" is its subject's: "The 42
                                and pos < (st.figs[k + 1][0].number.start - s.start if k + 1 < len(st.figs) else len(s.text))
                                for pos, _p in cues_here):  # killed ... on Sunday and Monday bring the number ... to 920")
                period = running_total(doc_period.get(who), period.end)  # "the number ... rose to 20,103 after ... 29
                # more in the past 24 hours": the 29's window
            if period.war:
                period = Period(war_start(loser, attr.side(who)), period.end, period.basis)
            elif period.basis == "cumulative" and period.start is not None and period.start.day == 1 \
                    and (began := war_start(loser, attr.side(who))) is not None \
                    and (began.year, began.month) == (period.start.year, period.start.month):
                period = period._replace(start=began)  # "since February 2022": the war's first day (the invasion of 24
                # February), not the month's
            qualifier = f.qualifier  # "losses were approximately: 1,000 troops, ...": the header's hedge (a header
            if qualifier == "exact" and (hedge := header_qualifier(s.text[:rel])) \
                    and not _BOILERPLATE_HEDGE.search(s.text, 0, rel):  # sentence's hedge is not carried to the lines
                qualifier = hedge  # after it; the General Staff's "total combat losses ... were approximately:",
                # "орієнтовно склали:" is its bulletin's boilerplate, no hedge of its lines even in the same sentence)
            parent = at.get(id(st.found[f.parent])) if f.parent is not None else None
            earlier = at.get(id(f.whole)) if f.whole is not None and parent is None else None
            if earlier is not None:  # "Of them, 470 were killed": a part of a figure of an earlier sentence
                w = out[earlier]
                if not cues_here:
                    period = Period(w.period_start, w.period_end, w.basis)
                parent = earlier if taxonomy().is_same_or_ancestor(w.category, f.category) else None
            if _THE_BEFORE.search(s.text, max(0, rel - 7), rel) \
                    and any((g.category, g.value) == (f.category, f.number.value) for g in out):
                continue  # "the two wounded soldiers, aged 24 and 31": the figure told before, named again
            at[id(f)] = len(out)
            where = own_region(own, f.number.start, st.figs[k + 1][0].number.start if k + 1 < len(st.figs) else s.end) \
                if own and (region is None or own[0][0] < st.figs[-1][0].number.start < own[-1][0]) else region
            # (places all told after the figures, or all before them, are theirs together, the first the nearest:
            # "killed and five wounded ... at Mahurunga village ... in Mtwara Region"; a sentence of the whole front
            # has none but the figures' own)
            if where is not None and not own and (holder := _part_placed(st, s, doc_regions)) is not None:
                where = where if f is holder else None  # "64 drones, 19 of them over the Kursk region": the part's place
            if earlier is not None and (where is None or not regions_between(doc_regions, s.start, s.end)):
                where = out[earlier].region  # the parts of an earlier figure are where it is, unless they name a place
            if s.index in headings:
                headline.add(len(out))  # a headline or a live blog's heading: its figures sum up the body's
            # The General Staff's "eliminated 920 soldiers" is its word for every loss: casualties. The verb must be the
            # figure's own (after the figure before it), and the figure must not say its dead ("171 – безповоротно") nor
            # be a whole whose parts were counted under its killed.
            lead_in = max(0, rel - 40, st.figs[k - 1][0].end - s.start if k else 0)
            if f.category == "personnel_killed" and who == "UKR-GS" and _BULLETIN_FATE.search(s.text, lead_in, rel) \
                    and not _DEAD.search(s.text, lead_in, min(len(s.text), f.end - s.start + 30)) \
                    and not any(g.parent is not None and st.found[g.parent] is f for g, _lo in st.figs):
                f.category = "personnel_casualties"
            out.append(_figure(s, f, who, loser, period, where, parent, qualifier))
            if s.index in headings or (s.paragraph == lead_para and len(st.figs) <= 2) or sums_up:
                summing.add(id(out[-1]))  # a figure that may sum up the ones after it (see groups.py); a list in the
                # lead is one group's report, not the day's total
            told.setdefault(s.index, period)
            if k and (total_to(s.text, max(0, rel - 220), rel) or risen_to(s.text, rel, slow)):
                step = at.get(id(st.figs[k - 1][0]))  # "28 more killed, bringing its toll to 632": the 28 is a part of it
                w = out[step] if step is not None else None
                if w is not None and w.parent is None and w.category == f.category and w.value < f.number.value and (
                        w.basis == "increment" or (w.period_start is None and st.said is not None)):
                    w.parent = len(out) - 1
                    if w.basis == "cumulative":  # "announced on Wednesday the deaths of five soldiers, bringing to 20
                        w.period_start, w.period_end, w.basis = st.said, st.said, "increment"  # ...": that day's five
            step_value = parse_number(inc.group(1).rstrip(", .")) if inc else None
            if step_value:  # (a "(+0)" line reports no loss: its total stands, no zero increment is claimed)
                a = inc.start(1)
                b = a + len(inc.group(1).rstrip(", .\u00a0"))
                out.append(increment(s, f, who, loser, said or published, where, a, b, step_value, len(out) - 1,
                                     out[-1].category))
        carry_period = nearest(cues_here, len(s.text)) or carry_period
        if st.said:  # "That brings the total to ...": the same statement goes on (not another speaker's: "A study
            carry_said, carry_said_by = st.said, (st.source if st.claimants else None)  # released in June put ... .
            # Zelensky said 58,000 ...")
        if st.claimants:
            last_claimant, claimant_para = st.source, s.paragraph
        elif ours:  # "Of those, between 190,000 and 350,000 have probably died": the outlet's model still speaks
            last_claimant, claimant_para = publisher, s.paragraph
    _years_written(text, out, published)
    out = without(out, withdrawn)
    out = dedupe(out, headline)
    link_group_parts(out, summing)
    drop_unsound_parents(out)
    return out


def _ends_sentence(text: str) -> bool:
    """Whether a text ends on closing punctuation, or a closing quote after it (then white space), without a regex
    scan (a headline ending on a quoted name, "… три танки та 16 «шахедів»", ends no sentence)."""
    t = text.rstrip()
    if t.endswith(_QUOTES_END):
        return t[:-1].rstrip().endswith(_SENTENCE_ENDS)
    return t.endswith(_SENTENCE_ENDS)


def _source_line(sents: list[Sent]) -> str | None:
    """The actor a source line names ("Джерело: Генштаб ЗСУ", "Source: General Staff of the Armed Forces of Ukraine"):
    the claimant of the figures nothing else attributes."""
    for st in sents:
        if _SOURCE.match(st.s.text):
            return next((m.actor for m in attr.mentions(st.s.text) if m.actor and not m.actor.startswith("@")), None)
    return None


#: A figure told of the episode ("killed in the war", "під час Іловайської операції"), not a running total of today
#: ("has lost", "so far").
_OF_THE_EPISODE = re.compile(r"\b(?:in|during|throughout|of)\s+the\s+(?:[\w'-]+\s+){0,2}?(?:war|battle|fighting|offensive|operation|"
                             r"campaign|conflict|siege|attack)\b|\bat the time\b|\bin the first (?:days?|week)\b|(?<!\w)(?:під "
                             r"час|в ходе|в ході|в боях|у боях|в бою|у бою|за время|за час|тоді|тогда|в те дни|у ті дні)(?!\w)")


#: Days after which an episode is history: a total its anniversary text gives as of today is the episode's (a war of
#: today is told "so far", "today").
_LONG_AGO = 5 * 365


def _in_retro(period: Period, retro: Period, published: dt.date, slow: str, yearless: set) -> Period:
    """A figure's period in a retrospective of the episode ``retro``: a total told of the episode with no start, as of
    the news ("2,656 Israeli soldiers were killed in the war"; of an episode long over, any total not told of today,
    a single day's when that is all the head gives), is the episode's (not "Russia has lost 409,000 troops"); so is a
    window counted back from the news in a text of long ago ("over the three days of the battle");
    days written without their year that fall in the episode's span ("27 Chinese tanks on February 17 and 18 alone")
    are of its year, not the latest such days (not "on Thursday", nor "За минулу добу, 10 березня" in the news' week)."""
    if (published - retro.end).days <= 2 * 365:  # an episode long over only: not "в ходе войны Россия потеряла 409
        return period  # тысяч" two years into a war, nor "Two years on ... On February 20, Russian forces lost 1,200"
    long_ago = (published - retro.end).days > _LONG_AGO
    if period.basis == "cumulative" and period.start is None and period.end == published \
            and (retro.start is not None or long_ago) \
            and (_OF_THE_EPISODE.search(slow) or (long_ago and not of_today(slow))) \
            and not RUNNING_NOW.search(slow):
        return retro if retro.start is not None else Period(retro.end, retro.end, "increment")
    year = (retro.start or retro.end).year
    if period.basis == "increment" and period.start is not None and period.end is not None \
            and period.start.year >= published.year - 1 and period.start.year != year \
            and ((period.start.month, period.start.day) in yearless or (period.end.month, period.end.day) in yearless) \
            and not ((published - period.end).days <= 7 and NEWS_DAY.search(slow)):
        try:
            shifted = Period(period.start.replace(year=year), period.end.replace(
                year=year + (period.end.year - period.start.year)), "increment")
        except ValueError:  # (29 February of a year that has none)
            return period
        first, last = (retro.start or retro.end) - dt.timedelta(days=100), retro.end + dt.timedelta(days=100)  # (the
        # episode and the season around it: "the sinking of the Belgrano on May 2" in a text about 11–12 June 1982, "At
        # Turtucaia, on 6 September" in one about the crossing of 23 November 1916)
        if first <= shifted.start <= shifted.end <= last:
            return shifted
    if long_ago and period.basis == "increment" and period.start is not None and period.end is not None \
            and period.start.day == 1 and (period.start.year, period.start.month) == (period.end.year, period.end.month) \
            and period.start.year >= published.year - 1 and period.start.year != year and not NEWS_DAY.search(slow):
        month = period.start.replace(year=year)  # a month named without its year in a text of long ago ("за листопад
        last = month.replace(day=calendar.monthrange(year, month.month)[1])  # армія втратила"): the episode's, whole
        if (retro.start or retro.end) - dt.timedelta(days=100) <= month <= retro.end + dt.timedelta(days=100):
            return Period(month, last, "increment")
    if long_ago and period.basis == "increment" and period.end == published and retro.start is not None \
            and (published.month, published.day) not in yearless and not of_today(slow):
        return retro  # days counted back from the news in a text of long ago: the episode's ("over the three days of
        # the battle")
    return period


def _headings(sents: list[Sent]) -> set[int]:
    """Sentences that are a headline or a live blog's heading: a line with no closing punctuation that ends its
    paragraph (after a timestamp line, say), not a list line (unless it opens the text: "Втрати ворога за тиждень: 7 640
    окупантів і 29 танків" is the headline), not in the text's last paragraph."""
    last = sents[-1].s.paragraph if sents else -1
    return {st.s.index for k, st in enumerate(sents)
            if st.s.paragraph != last and sents[k + 1].s.paragraph != st.s.paragraph
            and not _ends_sentence(st.s.text) and not st.s.text.rstrip().endswith(":")
            and "\n" not in st.s.text and (st.s.index == 0 or not LIST_LINE.match(st.s.text))}


_ANOTHER_CLAUSE = re.compile(r"\b(?:and|bringing|brought|the|which|that|its|their|і|та|и|а)\b", re.IGNORECASE)
#: The parts of the figures before, told after a comma ("..., including five who died on Saturday").
_PART_AFTER = re.compile(r",\s*(?:including|among them|of whom|включая|в том числе|зокрема|у тому числі|з них|из них)\s",
                         re.IGNORECASE)
_NEW_CLAUSE = re.compile(r";|,\s*(?:and|but|while|whereas|а|але|но|и|і|та)\s", re.IGNORECASE)


def _own_period(st: Sent, k: int, cues: list):
    """The period phrase of the ``k``-th figure of a sentence: one between it and the next figure, else one between
    the figure before and it, else one before it; else, for an item of a list ("5 tanks and 300 soldiers in the past
    day"), the nearest. None when a phrase further on belongs to another clause ("sunk a ship, bringing to 27 ...")."""
    if not cues:
        return None
    s, f = st.s, st.figs[k][0]
    rel = f.number.start - s.start
    if (part := _PART_AFTER.search(s.text, f.end - s.start)) is not None:  # "Eight soldiers had been killed and 19
        # wounded, he said, including five who died on Saturday": the part's own day, not the whole's (but "..., including
        # four Pantsir units, during the month": the list's, after the part's clause)
        close = s.text.find(",", part.end())
        cues = [c for c in cues if not part.start() <= c[0] < (len(s.text) if close < 0 else close)]
        if not cues:
            return None
    if from_a_stock(s.text, f, s.start):  # ("Of the 31 Abrams tanks the United States sent to Ukraine in 2023, ...,
        cues = [c for c in cues if not f.label_span[0] - s.start <= c[0] < rel]  # 24 have been lost": not 2023)
        if not cues:
            return None
    nxt = st.figs[k + 1][0].number.start - s.start if k + 1 < len(st.figs) else len(s.text)
    ahead, behind = nearest(cues, rel, rel, nxt), nearest(cues, rel, st.figs[k - 1][0].end - s.start if k else 0, rel)
    earlier = behind or nearest([c for c in cues if c[0] < rel], rel)  # (or the list's, before its first figure)
    if ahead is not None and earlier is not None and _NEW_CLAUSE.search(
            s.text, f.end - s.start, next(o for o, p in cues if p is ahead)):
        ahead = None  # "в 2024 году ВСУ потеряли 560 тысяч ..., а всего с начала СВО ...", "за минулий тиждень ... 46
        # бойових броньованих машин, а з початку листопада — понад 4,5 тисячі": the next clause's phrase
    own = ahead or behind
    if own is not None and own.basis == "increment" and own.start is not None and own.start == own.end:
        at = next(o for o, p in cues if p is own)
        since = next((p for o, p in cues if at < o < min(nxt, at + 45) and p.basis == "cumulative" and p.start is not None
                      and not _ANOTHER_CLAUSE.search(s.text, at, o)), None)
        if since is not None:  # "put the figure at 995,460 on Wednesday, counting in total since February 24, 2022":
            return since._replace(end=own.end)  # a running total as of that day (not "..., bringing the number ... since")
    if own is not None:  # after it first: "sunk a ship overnight, bringing to 27 the number ... since 2022"
        return own
    before = [c for c in cues if c[0] < rel]
    if before:
        return nearest(before, rel)
    gap = s.text[f.end - s.start: nxt]
    return nearest(cues, rel) if k + 1 < len(st.figs) and len(gap) <= 60 and ";" not in gap else None


def _gs_category_on(s: Sentence, f: Found, who: str | None, end: dt.date | None) -> str:
    """A General Staff figure's category on its date from the bulletin parsers' drift table (``crosswalks/ua_gs.csv``:
    its "vehicles" and "автомобільної техніки" before May 2022 are military vehicles, fuel tanks being counted apart);
    else the category its label names (and a personnel figure's own fate: "300 Russian personnel were killed"; but the
    people the General Staff says were "destroyed" are its personnel count, killed and wounded: "Сили оборони знищили
    1 210 російських окупантів, повідомляє Генштаб")."""
    if who != "UKR-GS" or end is None:
        return f.category
    if f.category.startswith("personnel"):
        return "personnel_casualties" if f.category == "personnel_killed" and _destroyed_before(s, f) else f.category
    return next((cat for src in ("gs_uk", "gs_en") if (cat := dated_category("ua_gs", src, f.label, end)[0])), f.category)


_ONE_THING = re.compile(r"an?|one", re.IGNORECASE)  # the number of a singular figure ("a", "an", "one")
#: One clash told in a dated statement: an attack repelled or an ambush, its toll after ", killing".
_ONE_CLASH = re.compile(r"\b(?:repelled|repulsed|foiled|thwarted)\s+(?:an?|the)\s+(?:\w+\s+)?(?:attack|assault|offensive|raid)\b"
                        r"[^.;]*?,\s*(?:killing|capturing|wounding)\b", re.IGNORECASE)


def _destroyed_before(s: Sentence, f: Found) -> bool:
    """Whether the verb nearest before a figure (in the 60 characters before it) is "destroyed" ("знищили 1 210
    окупантів"), not an explicit killing ("destroyed 12 tanks and killed 1,200 soldiers")."""
    rel = (f.number.start if f.fate_at is None else f.fate_at) - s.start  # (a list's items: the verb heading it)
    window = lower(s.text[max(0, rel - 60): rel])
    # (a word that is both, "знищили", counts as destroyed: it is written last)
    last = {m.end(): kind for kind in ("killed", "destroyed") for m in cues()[kind].finditer(window)}
    return bool(last) and last[max(last)] == "destroyed"


def _figure(s: Sentence, f: Found, who, loser, period: Period, region, parent, qualifier) -> Figure:
    n = f.number
    if period.start is not None and period.end is not None and period.start > period.end:
        # two readings disagree (a start resolved against the publication day, an end moved back to the statement's
        # day): the start is the one in doubt, so it is left unknown rather than failing the document's schema check
        period = period._replace(start=None)
    return Figure(
        label=f.label, value=n.value, value_high=n.value_high, qualifier=qualifier, quote=s.text,
        span=(n.start, n.end), category=_gs_category_on(s, f, who, period.end), model=f.model, claimant=actors.reported(who),
        loser=actors.of_day(loser, period.end),
        region=region,
        period_start=period.start, period_end=period.end, basis=period.basis, parent=parent,
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
        Outlet (actor id or alias); claimant of figures the text does not attribute. Without it, a
        dateline such as ``(Reuters)`` names the publisher. An outlet ``actors.csv`` does not know is
        kept as the document's publisher but claims nothing: those figures get no claimant.

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
