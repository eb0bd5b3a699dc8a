"""Step 4b of article extraction: whose forces a figure's losses are, from the figure's own words ("69 Ukrainian tanks",
"of its soldiers", "военнослужащих ВСУ", "загиблих і поранених українських військових", "his unit had lost") and the
roles of the mentions around it ("Ukrainian forces lost", "Russian troops destroyed")."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import actors
from . import attribution as attr
from .context import CYR_FATES
from .found import Found
from .lexicon import cues, plain
from .numbers import find_numbers
from .parts import total_to

_SELF_SUBJECT = re.compile(r"\b(?:his|her|its|their|our|my)\s+(?:own\s+)?(?:unit|units|brigade|battalion|company|forces|troops|"
                           r"army|men|soldiers|side|military|regiment|platoon)\s+(?:had\s+|has\s+|have\s+)?(?:lost|suffered|"
                           r"sustained)\b[^.;]*$", re.IGNORECASE)
#: The speaker's own, right before the figure: "We lost one MiG-21", "мы потеряли 54 танка", "ми втратили понад 200".
#: Also the speaker's pronoun after its speech verb: "The army said it had lost 398", "they say they lost 40".
_WE_LOST = re.compile(r"(?:(?<!\w)(?:we|мы|ми)|\b(?:said|says|say|stated|reported|added|admitted|acknowledged|announced)\s+"
                      r"(?:that\s+)?(?:it|they))\s+(?:have\s+|had\s+|has\s+|'ve\s+|уже\s+|вже\s+)?(?:lost|потеряли|втратили)\s+"
                      r"(?:(?:people|men|soldiers|fighters|guys|людей|бійців|бойцов)\s+(?:too\s+|also\s+|тоже\s+|теж\s+)?[—–:-]\s+)?"
                      r"[\"“«]?(?:(?:about|around|some|more than|over|nearly|almost|at least|up to|only|just|около|более|почти|"
                      r"свыше|близько|понад|майже|лише|только)\s+)?$"
                      # "«Наші втрати ‒ двоє поранених»", "Our losses were three wounded"
                      r"|(?<!\w)(?:our|наші|наши)\s+(?:own\s+)?(?:losses|casualties|втрати|потери)\s*(?:[—–‒:-]|(?:are|were|склали|"
                      r"составили)(?!\w))\s*$", re.IGNORECASE)  # ('says it lost "only four" fighters',
# "We lost people too — four killed")
#: A unit named bare before its loss, with no side just before it: the speaker's ("Since January 1, he said, the company
#: has lost three men killed", "За його словами, рота втратила трьох бійців").
_THE_UNIT_LOST = re.compile(r"(?:\bthe\s+|(?<!\w))(?:company|battalion|brigade|unit|platoon|regiment|рота|батальйон|бригада|"
                            r"підрозділ|взвод|батальон|подразделение|отряд|загін)(?:\s*,\s*[^,.;]{1,30},)?"
                            r"\s+(?:has\s+|had\s+)?(?:lost|втратила|втратив|"
                            r"втратило|потеряла|потерял|потеряло)\s+"
                            r"(?:(?:in|during|в|у|на|за|під|под)\s+(?:[^\W\d]+\s+){1,3}?)?"  # ("рота потеряла в этом бою 31
                            # военнослужащего"; an aside after the unit: "Сама бригада, за її ж даними, втратила")
                            r"(?:(?:at least|about|some|more than|over|щонайменше|близько|понад|около|более)\s+)?$",
                            re.IGNORECASE)
#: "За даними бригади, ... вона втратила 1 140 воїнів": a unit named as a source, then "she" (the unit) lost: its own.
_SHE_LOST = re.compile(r"(?<!\w)(?:вона|она)\s+(?:втратила|потеряла)\s+(?:(?:понад|близько|около|более|свыше)\s+)?$",
                       re.IGNORECASE)
_A_UNIT_NAMED = re.compile(r"(?<!\w)(?:бригад|рот[аиі]|частин|батальйон|батальон)\w*", re.IGNORECASE)
_UNIT_LOST_WORDS = ("lost", "втрати", "потеря")  # one of which every _THE_UNIT_LOST match holds (in the lower case)
#: The speaker's forces, named by a common noun, losing: "по данным военных, ... при этом военные потеряли 11 человек",
#: "the army lost 11 men" (not a side named right before the noun: "российские войска потеряли").
_THE_FORCES_LOST = re.compile(r"(?:\bthe\s+|(?<!\w))(?:army|military|troops|военные|армия|войска|військові|армія|війська)\s+"
                              r"(?:has\s+|had\s+|also\s+|тоже\s+|також\s+)?(?:lost|потеряли|потеряла|втратили|втратила)\s+"
                              r"(?:(?:at least|about|some|more than|over|около|более|не менее|щонайменше|близько|понад)\s+)?$",
                              re.IGNORECASE)
#: The same in Ukrainian and Russian: "його підрозділ втратив вісім бійців", "их батальон потерял 12 человек".
_SELF_SUBJECT_CYR = re.compile(r"(?<!\w)(?:його|її|їхн\w*|свій|своя|свої|наш\w*|его|ее|их|свой|свои|і|й|и|теж|також|тоже|также)\s+"
                               r"(?:власн\w+\s+)?"
                               r"(?:підрозділ\w*|бригад\w*|батальйон\w*|рот[аиуі]|частин\w*|сил[иа]|військ\w*|подразделени\w*|"
                               r"батальон\w*|войск\w*)\s+(?:(?!противник|ворог|окупант|оккупант|неприятел)[^\W\d]+\s+){0,2}?(?:втратив|втратила|втратили|втратило|потерял[аио]?|"
                               r"лишився|лишилась|лишилися|ма[єю]\s+втрати|нес[еу]\w*\s+втрати|име[ею]т\s+потери|нес[её]т\s+потери|"
                               r"несут\s+потери)(?!\w)[^.;]*$", re.IGNORECASE)  # (and "і батальйон має втрати: ...")
#: A side admitting a loss tells of its own: "the Air Force confirmed the loss of one F-16", "Japanese records show the
#: loss of two battleships", "визнали загибель 12 бійців";
#: not the enemy's it confirms ("подтвердил потери противника": an "enemy" mention, see attribution.mentions).
_ADMITTED = re.compile(r"\b(?:confirmed|acknowledged|admitted|shows?|showed)\s+(?:the\s+)?(?:(?:far|much|[a-z]+er)\s+){0,2}(?:loss|losses|death|deaths)"
                       r"(?:\s+of|\s*:)\s+[^.;:]{0,30}$|"
                       r"(?<!\w)(?:підтвердил\w*|підтвердив|визнал\w*|визнав\w*|подтвердил\w*|признал\w*|признавал\w*)\s+"
                       r"(?:(?:гораздо|значительно|набагато|значно|[^\W\d]+(?:ие|ые|і))\s+){0,2}(?:втрату|втрати|"
                       r"загибель|потерю|потери|гибель)(?:\s*:)?\s+[^.;:]{0,30}$", re.IGNORECASE)  # (and a smaller count
# admitted before a colon: "Японская сторона признавала гораздо меньшие потери: 526 убитых")
#: A side naming "its own losses" before the figures: "назвало свои потери ...: 192 военнослужащих погибли".
_OWN_LOSSES = re.compile(r"(?<!\w)(?:свои|свої|собственные|власні|своих|собственных|своїх|власних)\s+(?:(?:данных|даних)\s+(?:о|про)\s+)?"
                         r"(?:потери|втрати|потерь|втрат|потерях|втратах)(?!\w)|\b(?:its|their)\s+own\s+(?:losses|casualties)\b",
                         re.IGNORECASE)  # (not "Собственные потери Хезболлы": the side named after it)
_OWN_LOSSES_WORDS = ("сво", "собственн", "власн", " own ")
#: A side admitting in a reported clause: "Російські воєнкори визнавали, що 155-та бригада втратила сотні бійців",
#: "Moscow admitted that the regiment had lost 40 men" (its own, when the clause names no side).
_ADMITTED_THAT = re.compile(r"(?:\b(?:admitted|acknowledged|conceded)|(?<!\w)(?:признал\w*|признавал\w*|визнал\w*|визнав\w*))"
                            r"\s*,?\s*(?:that|что|що)\s[^.;:]{0,120}$", re.IGNORECASE)
_ADMITTED_WORDS = ("confirmed", "acknowledged", "admitted", "conceded", "show", "підтверд", "визна", "подтверд", "призна")
_CONTRAST = re.compile(r";|\b(?:while|whereas|but)\b|,\s+(?:а|но|але|однак|однако)\s", re.IGNORECASE)
#: A statement's verb and its "that" between a name and "its": the name sits before the reported clause, in the
#: speaker's aside ("Burundi, which has about 3,000 troops ... with Kinshasa, confirmed on Saturday that three of its
#: soldiers were killed": Burundi's own, not Kinshasa's).
_SAID_THAT = re.compile(r"\b(?:said|says|confirmed|confirms|announced|reported|stated|claimed|acknowledged|admitted|told)\b"
                        r"[^.;:]{0,40}?\bthat\b", re.IGNORECASE)
#: A verb of attack right after a side (up to two words between) makes it the attacker: "Hamas militants killed".
_AGENT_NEXT = re.compile(r"\s*(?:[\w'-]+\s+){0,2}?(?:had\s+|have\s+|has\s+)?(?:killed|fired|hit|struck|destroyed|wounded|shot|blew|"
                         r"downed|attacked|shelled|вбили|вбив|убили|убил|знищили|знищив|уничтожили|уничтожил|ліквідували|"
                         r"ликвидировали|поранили|ранили)(?!\w)", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
#: The government's forces, a side no name gives: "government troops", "regime forces", "правительственных войск" (not
#: "anti-government militants").
_GOV = re.compile(r"(?<![\w-])(?:government|regime|pro-government)\b|(?<!\w)(?:правительственн\w*|урядов\w*)", re.IGNORECASE)
_GOV_AFTER = re.compile(r"\s+(?:of\s+the\s+)?(?:(?:government|regime)\s+(?:forces|troops|army)\b|"
                        r"(?:правительственн\w*|урядов\w*)\s+(?:войск|сил|військ)\w*)", re.IGNORECASE)
#: Where a clause after a figure begins: a loser named past it is that clause's ("..., as Ukraine reports Russian losses").
_CLAUSE_BREAK = re.compile(r";|\s(?:as|while|whereas|but)\s|,\s*(?:and|but|while|as)\s", re.IGNORECASE)
_IN_GAP = re.compile(r"\s+(?:in|among)\s+")
_ITS_UNIT = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:division|brigade|regiment|battalion|corps|army|forces|troops|units?|"
                       r"navy|fleet|air force)\b", re.IGNORECASE)
_OWNER_GAP = re.compile(r"\s+(?:(?:[^\W\d]+s\s+)?(?:of|belonging\s+to|operated\s+by|used\s+by)\s+(?:the\s+)?)?[«\"“„]?")
# ("300 soldiers of the RSF", "two Abrams tanks of the Iraqi army", "five Humvees belonging to the Hashd al-Shaabi";
# not "12 tanks west of Russian-controlled Avdiivka")
_PHRASE_END = re.compile(r"(?<!\d)[,.]|[,.](?!\d)|[;:!?()]|\s[—–-]\s")  # (not a number's separator: "1,346 killed and
# 1,997 wounded among the Vichy forces")
_CAUSE = re.compile(r"\b(?:in|by|from|during|after|amid)\b|(?<!\w)(?:внаслідок|від|через|в результате|от|після|после)(?!\w)",
                    re.IGNORECASE)
_FATE_NOUNS = frozenset({"killed", "dead", "wounded", "injured"}) | CYR_FATES
_TOLL_OF = re.compile(r"\b(?:toll|number|tally|count)\s+of\s+(?:the\s+|its\s+|our\s+)?$|(?<!\w)(?:число|количество|кількість)\s+"
                      r"(?:военнослужащих|военных|солдат|бойцов|військовослужбовців|військових|бійців|солдатів)\s*,?\s*$",
                      re.IGNORECASE)  # (and "число военнослужащих, погибших ...")
_ITS_TOLL = re.compile(r"\b(?:its|their|our)\s+(?:own\s+)?(?:military\s+)?(?:death\s+)?toll\b", re.IGNORECASE)
#: A toll put at a number: "put American losses since Jan. 17 at", "put their own dead at", "estimated its casualties at".
_OWNED_AT = re.compile(r"(?P<own>\b(?:(?:its|our)(?:\s+own)?|(?:their|his|her)\s+own)\s+)?(?:(?:military|death|casualty)\s+)?"
                       r"(?P<w>losses|dead|casualties|toll|wounded)\s+(?:[^.;:\d]{0,30}?\d{0,4}[^.;:\d]{0,10}?\s+)?at\s+"
                       r"(?:(?:about|some|nearly|almost|more than|over|around|roughly|at least|approximately|up to)\s+)?$",
                       re.IGNORECASE)
#: Between a side and the noun it owns, its empire's troops joined to it: "British and Empire casualties", "British and
#: Commonwealth losses" (one side's, under its command).
_ALLIED = re.compile(r"\s+and\s+(?:the\s+)?(?:empire|imperial|commonwealth|dominion)\s+", re.IGNORECASE)
#: Another side's word joined before a side's name: "German and" of "German and Italian losses".
_OTHER_SIDE_AND = re.compile(r"([A-ZА-ЯІЇЄҐ][\w'’-]+)\s+(?:and|и|і|та)\s+$")
#: "... members of the group", after a figure's noun: the armed group named before, or the one the speaker fights.
_OF_THE_GROUP = re.compile(r"\s+of\s+the\s+(?:group|outfit|militia|movement|organi[sz]ation)(?!\w)(?!['’]s)", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
_ITS_PLACE = re.compile(r"['’]s\s+(?:[A-Z][\w-]+\s+){1,2}(?:region|province|state|district|oblast|county|governorate)\b")
_THE_GROUPS = re.compile(r"\bof\s+the\s+(?:group|militia|movement|organi[sz]ation)['’]s?\s", re.IGNORECASE)
_THEIR = re.compile(r"\btheir\b", re.IGNORECASE)
#: A verb of loss right after a force named by its role ("ВМС втратили"; not "втрати угруповання", the enemy's).
_FORCE_LOST = re.compile(r"\s+(?:(?:has|have|had|also|reportedly)\s+)*(?:lost|втрати(?:ли|ла|ло|в)|потеря(?:ли|ла|ло|л))\b",
                        re.IGNORECASE)
#: A speaker's verb right before a figure: "Cambodia said 13 of its soldiers".
_SPEAKER_VERB_GAP = re.compile(r"\s+(?:had\s+|has\s+)?(?:said|says|confirmed|confirms|announced|reported|stated|claimed|"
                               r"acknowledged|admitted|mourned|mourns)\s+(?:that\s+)?"
                               r"(?:(?:about|some|nearly|almost|more than|over|at least)\s+)?", re.IGNORECASE)
#: The side a stock was sent to, right before its name ("the United States sent to Ukraine"); the words, a quick test.
_SENT = r"\b(?:sent|delivered|supplied|given|transferred|provided|donated|shipped)\s+to"
_SENT_TO = re.compile(_SENT + r"\s+(?:the\s+)?$", re.IGNORECASE)
_SENT_TO_WORDS = re.compile(_SENT + r"\b", re.IGNORECASE)
#: A part's opening before "their": "including two of their commanders" (the whole's people).
_PART_THEIR = re.compile(r"\b(?:including|among them)\s+$", re.IGNORECASE)
#: The dead a town or a side buries or bids farewell to are its own: "громада поховала 1 083 загиблих воїнів".
_BURIED_BEFORE = re.compile(r"(?<!\w)(?:поховал[аио]|поховав|похоронил[аио]?|попрощал\w*\s+(?:з|зі|із)|простил\w*\s+(?:с|со))\s+"
                            r"(?:[^\W\d]+\s+){0,3}$", re.IGNORECASE)
_BURIED_WORDS = ("похов", "похорон", "попрощал", "простил")
#: A first-person subject that acted before a figure ("we destroyed ... and killed"): "their" after it is the enemy's.
_WE_ACTED = re.compile(r"\b(?:we|our\s+(?:troops|forces|men|units?|soldiers|drones|fighters|brigade|battalion))\s+"
                       r"(?:have\s+|had\s+)?(?:destroyed|killed|"
                       r"shot down|hit|eliminated|captured|wiped out|took out)\b", re.IGNORECASE)
_SELF = re.compile(r"(?<!\w)(?:its|their|our|own|his|her|своих|своїх|наш\w*)(?!\w)", re.IGNORECASE)
#: "11 soldiers embraced martyrdom", "were martyred": a side's words for its own dead, never for the enemy's.
_MARTYRED = re.compile(r"[^.;]{0,40}?\b(?:embraced (?:martyrdom|shahadat)|(?:were|was|have been|had been) martyred|"
                       r"martyred)\b", re.IGNORECASE)


def _may_self_subject(window: str) -> bool:
    """Whether a window may hold :data:`_SELF_SUBJECT`: every match has one of its possessives and one of its verbs
    (looked up in the lower case of a :func:`~.lexicon.plain` window; any other window may)."""
    if not plain(window):
        return True
    low = window.lower()
    return ("lost" in low or "suffered" in low or "sustained" in low) and any(w in low for w in _POSSESSIVES)


_POSSESSIVES = ("his", "her", "its", "their", "our", "my")
#: Verbs one of which every :data:`_WE_KILLED` match holds (in the lower case); and the same of :data:`_WE_LOST`.
_WE_KILLED_WORDS = ("destroyed", "killed", "eliminated", "shot down", "knocked out", "знищи", "ліквідува", "вби", "уничтожи",
                    "ликвидирова", "убил", "сбил", "зби", "спали", "сожг", "сжег", "сжёг", "burn")
_WE_LOST_WORDS = ("lost", "потеряли", "втратили", "our", "наші", "наши")  # (one in every _WE_LOST match)


#: A unit or comrades named right after a personnel noun, with no side, or "of their own": the speaker's ("five soldiers of
#: the battalion", "дев'ятьох поранених побратимів", "17 soldiers of their own").
_OWN_UNIT_AFTER = re.compile(r"\s+(?:of\s+(?:their|its|our|his)\s+own\b|(?:of\s+(?:the|our|his|its)\s+)?"
                             r"(?:батальйону|бригади|роти|підрозділу|батальона|бригады|роты|подразделения|battalion|brigade|"
                             r"company|unit|побратимів|побратимов|сослуживцев|товаришів)(?![\w-])"
                             r"(?!\s+(?:ворога|противника|окупантів|оккупантов|рф|зсу|всу|of\b|[A-ZА-ЯІЇЄҐ])))")


#: "In his battalion, 30 wounded", "в его батальоне 30 раненых": the speaker's unit's own losses.
_IN_OWN_UNIT = re.compile(r"(?:\bin\s+(?:his|her|our|my)|(?<!\w)(?:в|у)\s+(?:его|ее|её|її|його|нашем|нашому|моем|моём|моєму|"
                          r"своем|своём|своєму))\s+(?:own\s+)?(?:battalion|company|brigade|unit|platoon|батальоне|батальйоні|"
                          r"роте|роті|бригаде|бригаді|подразделении|підрозділі|отряде|загоні|взводе|взводі)\b[^.;\d]{0,15}$",
                          re.IGNORECASE)


#: A verb of killing right before a figure: its people are the ones the subject killed.
_KILLED_BY = re.compile(r"(?:killed|destroyed|eliminated|neutrali[sz]ed|wiped out|ліквідува\w*|знищи\w*|вбили|уничтожи\w*|"
                        r"ликвидирова\w*|убили)\s+(?:[^\W\d][\w'-]*\s+){0,2}$", re.IGNORECASE)


#: A medic's verb right before wounded: they are the ones its speaker's side evacuated or treated, its own.
_EVACUATED = re.compile(r"(?:\b(?:evacuated|brought in|treated|airlifted|received|евакуюва\w*|евакуйова\w*|эвакуирова\w*|"
                        r"вивез\w*|вывез\w*|доставил\w*|пройшл[иа]|прошл[иа])"
                        r"\s+(?:[^\W\d][\w'-]*\s+){0,3}$)", re.IGNORECASE)  # ("через пункт пройшли 43 поранені"; not
# "до госпіталів Криму надійшли 300 поранених": the hospitals of either side)


#: A first person that killed or destroyed the figure right after it ("we destroyed", "наші бійці знищили"), or a speaker's
#: own men ("його пілоти знищили 23 піхотинців").
_WE_KILLED = re.compile(r"(?<!\w)(?:we|our|мы|ми|мій|моя|мої|моє|наш\w*|мой|мои|мое|(?:його|его|її|её|his|her)\s+"
                        r"(?:пілот\w*|бійц\w*|підрозділ\w*|воїн\w*|оператор\w*|пилот\w*|бойц\w*|подразделени\w*|pilots|men|"
                        r"soldiers|troops|unit|operators|fighters))(?!\w)[^.;:!?]{0,60}?(?<!\w)(?:destroyed|"
                        r"killed|eliminated|shot down|knocked out|знищи\w*|ліквідува\w*|вбили|вбив|уничтожи\w*|ликвидирова\w*|"
                        r"убили|убил|сбили|сбил|збили|збив|спалили|спалив|сожгли|сжег|сжёг|burned|burnt)\s+(?:[^\W\d][\w'-]*\s+){0,3}$",
                        re.IGNORECASE)


def names_own_losses(text: str, start: int) -> bool:
    """Whether the words before a figure call it the speaker's own losses ("Собственные потери ... оценил в 300",
    "its own losses", "On our side, ..."): said so, they are the speaker's even when the speaker was named in an earlier paragraph."""
    before = text[max(0, start - 150): start]
    return (any(w in before.lower() for w in _OWN_LOSSES_WORDS) and _OWN_LOSSES.search(before) is not None) \
        or _OUR_SIDE.search(text, max(0, start - 100), start) is not None  # ("On our side, 6 soldiers fell")


_SIDE_OF_NOUN = re.compile(r"\s+(?:[^\W\d]+\s+(?:і|й|та|и|and|or)\s+)?")  # "Russian tanks", "російських кораблів і катерів"


_NOUN_WORDS = re.compile(r"\s+[«\"“]?(?:[^\W\d][\w'-]*\s+){0,2}")  # a number's modifiers before a name ("200 armed Hamas")
_HIRED = re.compile(r"\s+(?:наемник|наёмник|найманц|mercenar|volunteer|добровольц|доброволец)", re.IGNORECASE)
_HIRED_STEMS = r"наемник|наёмник|найманц|mercenar|volunteer|добровольц|доброволец|legion|легион|легіон"
_HIRED_WORD = re.compile(_HIRED_STEMS, re.IGNORECASE)
#: A list of hired foreigners' parts before a number: "40 mercenaries, including 12 Polish and ...".
_HIRED_PARTS = re.compile(r"(?:" + _HIRED_STEMS + r")\w*,?\s+(?:including|among them|of whom|в том числе|среди них|серед них|"
                          r"зокрема|у тому числі)\s+$", re.IGNORECASE)
_COMMA = re.compile(r"\s*,\s*(?:the\s+)?")
_AND = re.compile(r"\s*,?\s*(?:and|or|и|і|й|та|или|або)\s+(?:the\s+)?", re.IGNORECASE)  # (not a comma alone: "20
# fighters of Hezbollah, Israel's military said" names the speaker after it)


def _and_another(text: str, m, later: list, limit: int) -> bool:
    """Whether the side named at ``m`` is joined by "and" to another side's name before ``limit``: "more than 200 Hamas
    and Islamic Jihad operatives", "военнослужащих Армении и Азербайджана" count the losses of two sides together (a
    figure with several losers is left out, not given to one)."""
    nxt = next((x for x in later if x.actor and not x.made and x.actor[0] != "@"), None)
    if nxt is None or nxt.start > limit or attr.side(nxt.actor) == attr.side(m.actor) or _HIRED.match(text, nxt.end):
        return False  # (foreign mercenaries and volunteers are the side's they fight for: "ВСУ и британских наемников")
    return _AND.fullmatch(text, m.end, nxt.start) is not None or (  # a comma, in a list going on: "of the Jaish-e-Mohammed,
        _COMMA.fullmatch(text, m.end, nxt.start) is not None and _AND.match(text, nxt.end) is not None)  # Lashkar-e-Taiba
    # and ..." (not "20 fighters of Hezbollah, Israel's military said")


#: Between two numbers of two sides that one noun after the second counts: "killed 17 American and nine Afghan soldiers",
#: "27 украинских и 12 польских наемников" (the word after the first number names a side: see :func:`side_word`).
SIDES_GAP = re.compile(r"\s+(?P<a>[A-ZА-ЯІЇЄҐa-zа-яіїєґ][\w'’-]+)\s+(?:and|і|та|й|и)\s+")


@lru_cache(maxsize=4096)  # a pure function of the word (the registry it reads is fixed); labels recur in every text
def side_word(word: str) -> str | None:
    """The state or armed group a word names ("Afghan", "украинских", "Taliban"; "Maoist" as in "Maoists", "American" as
    in "American forces"), or ``None`` (also for an outlet or a monitor)."""
    actor = actors.resolve(word) or actors.resolve(f"{word}s") or actors.resolve(f"{word} forces")
    return actor if actor is not None and (attr.is_state(actor) or attr.is_group(actor) or attr.is_official_body(actor)) else None


#: More nouns after a figure's noun, listed up to an "and" ("..., FARDC soldiers, Wazalendo and Burundian troops"): one
#: count of several sides' men (not "including ...", its parts).
_MORE_NOUNS = re.compile(r",\s+(?!including|among|of whom|of them|включая|в том числе|зокрема|у тому числі)"
                         r"(?:[^,.;:\d]{1,40},\s+){0,3}[^,.;:\d]{1,40}?\s+(?:and|и|і|та)\s+[^,.;:\d]{1,40}", re.IGNORECASE)
#: "31 bodies of combatants from both sides": one count of both sides' men.
_BOTH_SIDES = re.compile(r"(?:\s+[^\W\d][\w-]*){0,2}?\s+(?:(?:from|of|on)\s+both\s+sides|(?:з|із)\s+обох\s+сторін|"
                         r"(?:с|со)\s+обеих\s+сторон)(?!\w)(?!\s+(?:of|the|від|от|ріки|реки|фронту|фронта)\b)",
                         re.IGNORECASE)  # (not "on both sides of the river")


def loser_of(text: str, f: Found, off: int, ms: list[attr.Mention]) -> str | None:
    """Loser from the figure's own words ("69 Ukrainian tanks", "of its soldiers"), else the sentence's cues."""
    lo, hi = f.number.end - off, f.label_span[0] - off
    end = f.label_span[1] - off
    if text.startswith(",", end) and (more := _MORE_NOUNS.match(text, end)) is not None and len(
            {attr.side(m.actor) for m in ms if end < m.start < more.end() and m.actor and m.actor[0] != "@"}) > 1:
        return "@several"  # "more than 80 enemy fighters, FARDC soldiers, Wazalendo and Burundian troops"
    if _BOTH_SIDES.match(text, end):
        return "@several"  # "31 bodies of combatants from both sides"
    if (sides := SIDES_GAP.match(text, lo, hi)) and (actor := side_word(sides.group("a"))) \
            and find_numbers(text[sides.end(): hi]) \
            and not _HIRED_WORD.search(text, lo, f.label_span[1] - off) \
            and not _HIRED_PARTS.search(text, max(0, f.number.start - off - 60), f.number.start - off):
        return attr.side(actor)  # "17 American and nine Afghan soldiers": the 17 are American (not "40 mercenaries,
        # including 12 Polish and 8 American fighters": foreigners hired are the side's they fight for)
    if hi < lo and _SENT_TO_WORDS.search(text, 0, lo):  # "Of the 31 Abrams tanks the United States sent to Ukraine,
        # 24 have been lost": the side they were sent to
        to = next((m for m in ms if hi <= m.start < lo and m.actor and m.actor[0] != "@" and not m.made
                   and _SENT_TO.search(text, max(0, m.start - 24), m.start)), None)
        if to is not None:
            return attr.side(to.actor)
    for j, m in enumerate(ms):  # "more than 200 Hamas and Islamic Jihad operatives": two sides' losses together
        if m.actor and not m.made and m.actor[0] != "@" and lo <= m.start <= lo + 30 and _NOUN_WORDS.fullmatch(text, lo, m.start):
            if _and_another(text, m, ms[j + 1:], m.end + 30):
                return "@several"
            break
    for m in ms:  # (a name may hold the label, "11 ELN guerrillas", or be it: "26 Peshmerga")
        if lo <= m.start and (m.end <= hi or (m.start <= hi and m.end <= f.label_span[1] - off)) and m.actor and not m.made:
            return attr.side(m.actor)
    if hi < lo:  # a noun before its number: the side named right before the noun ("кількість знищених російських
        for m in ms:  # кораблів і катерів ... зросла до 27")
            if m.actor and not m.made and m.actor[0] != "@" and (
                    (m.end <= hi and _SIDE_OF_NOUN.fullmatch(text, m.end, hi)) or m.start < hi < m.end):
                other = _OTHER_SIDE_AND.search(text, max(0, m.start - 40), m.start)
                if other is not None and side_word(other.group(1)) not in (None, m.actor):
                    return "@several"  # "German and Italian losses are put at 38,300": two sides' together
                return attr.side(m.actor)  # (or a name that holds it: "the American death toll ... to four")
    if f.category == "personnel_wounded" \
            and (evac := _EVACUATED.search(text, max(0, f.number.start - off - 45), f.number.start - off)) \
            and not any(m.actor and evac.start() - 30 <= m.start <= f.label_span[1] - off + 25 for m in ms):
        return "@self"  # "her crew evacuated 23 wounded", "brought in 19 wounded marines": its speaker's side's (not
        # "вивезли 17 поранених українських бійців", "Russian helicopters airlifted 40 wounded": the side named)
    if (hi - lo >= 6 and _GOV.search(text, lo, hi)) or _GOV_AFTER.match(text, f.label_span[1] - off):
        return "@gov"  # "143 government soldiers", "143 военнослужащих правительственных войск": the state's forces
    start = f.number.start - off
    of_the_group = _OF_THE_GROUP.match(text, f.label_span[1] - off) is not None
    if of_the_group or (hi - lo >= 10 and _THE_GROUPS.search(text, lo, hi)):
        # "about 500 of the group's fighters", "28 members of the group had been killed or captured": the armed group
        groups = [m for m in ms if m.end <= start and m.actor and m.actor[0] != "@" and attr.is_group(m.actor)]
        if groups:  # named before it
            return groups[-1].actor
        if of_the_group:
            return "@adversary"  # (named in an earlier sentence: the group the speaker fights)
    if _PART_THEIR.search(text, max(0, start - 14), start) and _THEIR.search(text, lo, hi):
        return None  # "neutralised 26 terrorists, including two of their commanders": theirs are the whole's people
    if hi - lo >= 3 and _SELF.search(text, lo, hi) and (said := next(
            (m for m in ms if m.role == "claimant" and m.actor and m.actor[0] != "@"
             and _SPEAKER_VERB_GAP.fullmatch(text, m.end, start)), None)) is not None:
        return attr.side(said.actor)  # "when Cambodia said 13 of its soldiers had been killed": the speaker's own
    if hi - lo >= 3 and _SELF.search(text, lo, hi):  # (no word of _SELF is shorter than 3)
        # "cost Ukraine one of its F-16s", "The ministry said Russia lost 30 of its men": the side named before it in its
        # clause; not the attacker ("Hamas militants killed three of its soldiers"), nor a modifier of another figure
        # ("shot down 12 Russian drones and lost two of its own aircraft"), nor one past a contrast ("killed 37 Boko
        # Haram fighters, while two of its marines died": the speaker's own)
        named = [m for m in ms if m.end <= start and m.actor and m.actor[0] != "@" and not m.made
                 and m.role not in ("claimant", "agent") and m.generic is None and not _CONTRAST.search(text, m.end, start)
                 and not _AGENT_NEXT.match(text, m.end) and not _DIGIT.search(text, max(0, m.start - 12), m.start)
                 and not _SAID_THAT.search(text, m.end, start) and not attr.is_outlet(m.actor)  # (nor one
                 # before the reported clause, nor an outlet it was told to: "told the Telegraph that forty-one of its",
                 and not _ITS_PLACE.match(text, m.end)  # nor a place's state: "camps in Myanmar's Sagaing region",
                 and not _BY_BEFORE.search(text, max(0, m.start - 8), m.start)]  # nor the agent: "strikes by the Indian
        # Army on its camps ... had killed three of its senior members": the speaking outfit's own)
        if named:
            return attr.side(named[-1].actor)
        if _THEIR.search(text, lo, hi) and _WE_ACTED.search(text, max(0, start - 120), start):
            return "@adversary"  # "we destroyed 14 ... and killed at least 120 of their soldiers": theirs is the enemy's
        return "@self"
    before = text[max(0, start - 150): start].lower()  # (the words every match of the patterns below holds are looked
    # up in it first: most figures have none of them)
    any_case = not plain(text)  # (in a plain sentence, _WE_KILLED and _WE_LOST run only if a verb they need is in the window)
    if (any_case or any(w in before[-80:] for w in _WE_KILLED_WORDS)) \
            and _WE_KILLED.search(text, max(0, start - 80), start):  # "лише мій батальйон знищив 14 одиниць ...", "our unit's
        return "@adversary"  # drones ... killed about 140 soldiers": the first person's enemy, whoever speaks
    if (  # (else the speaker's own: "its soldiers")
            _may_self_subject(text[max(0, start - 60): start]) and _SELF_SUBJECT.search(text, max(0, start - 60), start)) \
            or (not text.isascii() and _SELF_SUBJECT_CYR.search(text, max(0, start - 70), start)) \
            or ((any_case or any(w in before[-40:] for w in _WE_LOST_WORDS)) and _WE_LOST.search(text, max(0, start - 40), start)) \
            or (f.category != "personnel_captured" and _IN_OWN_UNIT.search(text, max(0, start - 50), start)
                and not cues()["hostile"].search(text[f.number.end - off:f.label_span[1] - off + 25].lower())
                and not any(m.actor and start <= m.start <= f.label_span[1] - off + 25 for m in ms)) \
            or (_SHE_LOST.search(text, max(0, start - 40), start) and _A_UNIT_NAMED.search(text, 0, start)) \
            or (any(w in before[-80:] for w in _UNIT_LOST_WORDS)
                and (unit := _THE_UNIT_LOST.search(text, max(0, start - 80), start))
                and not any(m.actor and 0 <= unit.start() - m.end <= 25 for m in ms)) \
            or (any(w in before[-60:] for w in _BURIED_WORDS) and _BURIED_BEFORE.search(text, max(0, start - 60), start)) \
            or (any(w in before[-40:] for w in _UNIT_LOST_WORDS)
                and (forces := _THE_FORCES_LOST.search(text, max(0, start - 40), start))
                and not any(m.actor and forces.start() - 3 <= m.end and m.start < forces.end() for m in ms)) \
            or (any(w in before for w in _ADMITTED_WORDS) and _ADMITTED.search(text, max(0, start - 60), start)
                and not any(m.role == "enemy" and start - 60 <= m.start < f.label_span[1] - off for m in ms)) \
            or (any(w in before for w in _ADMITTED_WORDS) and (told := _ADMITTED_THAT.search(text, max(0, start - 150), start))
                and not any(m.actor and m.role != "claimant" and told.start() <= m.start < f.label_span[1] - off + 25
                            for m in ms)) \
            or (any(w in before for w in _OWN_LOSSES_WORDS) and (own := _OWN_LOSSES.search(text, max(0, start - 150), start))
                and not any(own.end() <= m.start < f.label_span[1] - off + 40 and m.actor and m.role != "claimant"
                            for m in ms)):  # (not "… its own losses, said
        # Ukrainian forces had lost 59,000": the side named between)
        return "@self"  # "of its soldiers"; "his unit had lost five men"; "confirmed the loss of one F-16"
    after = f.label_span[1] - off  # "до 70 военнослужащих ВСУ", "300 soldiers of the RSF": the side right after the noun
    for j, m in enumerate(ms):
        if after <= m.start <= after + 30 and m.actor and not m.made and m.actor[0] != "@" and m.role is None \
                and (_OWNER_GAP.fullmatch(text, after, m.start)
                     or (_IN_GAP.fullmatch(text, after, m.start) and _ITS_UNIT.match(text, m.end))):
            # ("2,694 casualties in Australia's 9th Division": its unit's; not "casualties in Ukraine" nor "in Russia's
            # Kursk region", places)
            if _and_another(text, m, ms[j + 1:], after + 60):
                return "@several"  # "более 200 военнослужащих Армении и Азербайджана"
            return attr.side(m.actor)
    if f.category.startswith("personnel") and _OWN_UNIT_AFTER.match(text, after) \
            and not _KILLED_BY.search(text, max(0, start - 40), start):  # "П'ятеро бійців батальйону отримали поранення":
        return "@self"  # the speaking unit's own men (not "бійців батальйону противника", nor "killed 17 soldiers of the
        # brigade": the ones its speaker killed)
    if f.label.lower() in _FATE_NOUNS:  # "80 тисяч загиблих і 400 тисяч поранених українських військових": the side
        stop = _PHRASE_END.search(text, after)  # named after the fate noun, in the same phrase, is the loser
        for m in ms:
            if after <= m.start < min(after + 60, stop.start() if stop else len(text)) and m.actor and not m.made \
                    and m.actor[0] != "@" and m.role is None and not _CAUSE.search(text, after, m.start):
                return attr.side(m.actor)  # (not the cause: "78 wounded in Indian strikes")
    ls = f.label_span[0] - off
    if ls < lo:  # label before the number ("the number of Russian troops killed ... rose to 600,000")
        for m in ms:
            if m.actor and not m.made and m.generic is None and ((0 <= ls - m.end <= 2 and not text[m.end:ls].strip(" ,"))
                                                                 or _ALLIED.fullmatch(text, m.end, ls)):
                # (and "число военнослужащих ЦАХАЛа, погибших ...": the participle after the owner's name)
                return attr.side(m.actor)
    owned = _OWNED_AT.search(text, max(0, start - 90), start) if " at " in text[max(0, start - 90): start] else None
    if owned:  # "put American losses ... at 79 killed", "put their own dead at 649": whose toll the number is
        if owned.group("own"):
            return "@self"
        for m in ms:
            if m.actor and not m.made and m.actor[0] != "@" and (0 <= owned.start("w") - m.end <= 2
                                                                 or _ALLIED.fullmatch(text, m.end, owned.start("w"))):
                return attr.side(m.actor)
    pos = f.number.start - off
    if any(m.role == "loser" and m.actor is None and m.generic in ("unit", "army", "mil") and _FORCE_LOST.match(text, m.end)
           for m in ms) and not any(m.role in ("loser", "enemy") and m.actor for m in ms):
        return "@self"  # "під час атаки ВМС втратили чотири морські дрони": a side's force named by its role lost them
    for roles in (("loser", "enemy"), ("agent",)):
        cands = [m for m in ms if m.role in roles and m.actor]
        if not cands:
            continue
        before = [m for m in cands if m.end <= pos]
        if not before and _CLAUSE_BREAK.search(text, pos, cands[0].start):
            continue  # "Russia Claims It Destroyed Three HIMARS ... as Ukraine Reports Heavy Russian Losses": another clause's
        m = before[-1] if before else cands[0]
        if m.role == "enemy" and len(before) > 1 and before[-2].actor[0] != "@" and m.start - before[-2].end <= 2:
            m = before[-2]  # "російські окупанти втратили", "Russian invaders lost": the side named
        if m.role == "agent" and attr.is_group(m.actor) and cues()["hostile"].fullmatch(f.label.lower()):
            return m.actor  # "JNIM attacked Djibo ..., 400 terrorists neutralised": the attacking group's own fighters
        if m.role == "agent":  # its adversary; the one that speaks, if it is one (see resolve_ref)
            return STRUCK + m.actor if any(c.role == "claimant" for c in ms) else attr.adversary(m.actor)
        return attr.side(m.actor)
    return None


#: A loser written as this prefix and an attacker's id: the attacker's adversary, the speaker's side if it is one.
STRUCK = "@struck:"


def concrete(loser: str | None) -> str | None:
    """A loser as an actor id before its speaker is known: an id as is, an attacker's (:data:`STRUCK`) adversary; no
    other reference ("@self")."""
    if loser and loser.startswith(STRUCK):
        return attr.adversary(loser[len(STRUCK):])
    return loser if loser and not loser.startswith("@") else None


def own_toll(t: str, f: Found, off: int, ms: list) -> bool:
    """"Their deaths bring the toll of soldiers killed in ... to 25": a side's toll of its soldiers, none named in it."""
    ls, le = f.label_span[0] - off, f.label_span[1] - off
    if not f.category.startswith("personnel") or f.category == "personnel_captured":
        return False  # (prisoners taken are the enemy's)
    of = _TOLL_OF.search(t, max(0, ls - 30), ls)  # "The overall toll of soldiers killed ... stands at 692", "brings to 419
    if of is not None:  # ... the number of soldiers killed": its own; not "the number of militants killed"
        return not cues()["hostile"].search(t[of.end():le].lower()) and not any(of.end() <= m.start < le and m.actor
                                                                                 for m in ms)
    if f.label_span[0] >= f.number.start:
        return False
    toll = total_to(t, max(0, f.number.start - off - 220), f.number.start - off)
    return toll is not None and toll.group("of") is not None and not any(toll.end("of") <= m.start < le and m.actor for m in ms) \
        and not cues()["hostile"].search(t[toll.end("of"):le].lower())


def resolve_ref(ref: str, who: str | None) -> str | None:
    """A loser written as "@self" (the speaker's own side), "@adversary" (its enemy) or "@gov" (the government's
    forces: the home state of the armed groups the text names, else the speaker's state), for the speaker ``who``."""
    if ref == "@self":  # (an outlet with no id in the registry, a monitor or a publisher has no forces of its own)
        reg = actors.registry()
        return attr.side(who) if who in reg and reg[who].kind not in ("monitor", "publisher") else None
    if ref == "@gov":
        reg = actors.registry()
        home = {reg[a].side for a in attr.PRESENT.get() if a in reg and reg[a].kind == "group"}
        home = {a for a in home if a and attr.is_state(a)}
        if len(home) > 1:  # groups of several homes ("Islamic State" and "Jabhat al-Nusra" in Syria): the one the text
            home &= set(attr.PRESENT.get())  # names as a state
        if len(home) == 1:
            return home.pop()
        own = attr.side(who) if who and who in reg else None
        return own if own and attr.is_state(own) else None
    if ref.startswith(STRUCK):  # "The Lebanese army said one soldier was killed ... when an Israeli strike hit an army
        # checkpoint": Lebanon's, not Hezbollah's (Israel's first adversary named)
        reg, agent, own = actors.registry(), attr.side(ref[len(STRUCK):]), attr.side(who) if who else None
        if own and (own in getattr(reg.get(agent), "adversaries", ()) or agent in getattr(reg.get(own), "adversaries", ())):
            return own
        return attr.adversary(agent)
    return attr.adversary(who) if who else None


def own_side(t: str, f: Found, off: int, ms: list) -> bool:
    """Whether a figure is its speaker's own loss whatever else the sentence says: martyrdom ("11 soldiers embraced
    martyrdom"), a side's toll of its soldiers naming no side ("bring the toll of soldiers killed in ... to 25"), or its
    defenders."""
    low = t.lower()
    if "overboard" in low and _OVERBOARD.match(t, f.label_span[1] - off):
        return True  # an accident aboard its own carrier: "an F/A-18E Super Hornet fighter jet fell overboard"
    if ("our side" in low or "нашого боку" in low or "нашей стороны" in low) \
            and _OUR_SIDE.search(t, max(0, f.number.start - off - 40), f.number.start - off):
        return True  # "On our side, 6 soldiers fell on the field of honour": the speaker's own
    if " had " in low or "we " in low or "our " in low or "нас " in low:
        if _WE_HAD.search(t, max(0, f.number.start - off - 50), f.number.start - off):
            return True  # "In that week we had four killed", "the brigade had 38 killed", "За місяць у нас 9 загиблих":
            # the speaker's unit's own
    return (("martyr" in low or "shahadat" in low) and _MARTYRED.match(t, f.end - off) is not None) or own_toll(t, f, off, ms) \
        or (f.label.lower() in _DEFENDERS and not any(m.actor and not m.made and m.role != "claimant"
                                                       and f.label_span[1] - off <= m.start <= f.label_span[1] - off + 30
                                                       for m in ms))


#: The speaker's own unit having losses (see :func:`own_side`): "we had four killed", "our battalion lost 12 men", "the
#: brigade had 38 killed", "у нас 9 загиблих" (a unit named with a side is not this: "Russia's 155th brigade lost 40 tanks").
_WE_HAD = re.compile(r"(?:\b(?:we|our\s+(?:own\s+)?[\w-]+)\s+(?:have\s+|has\s+)?(?:had|suffered|lost)|"
                     r"(?<![\w'’]s\s)\bthe\s+(?:brigade|battalion|unit|company|regiment|platoon|detachment)\s+(?:has\s+)?had|"
                     r"(?<!\w)(?:у|в)\s+нас(?:\s+(?:було|было|є|есть|вже|уже|тоже|теж))?)"
                     r"\s+(?:(?:about|some|nearly|almost|around|roughly|over|more than|up to|at least)\s+)?$", re.IGNORECASE)
#: "On our side, ..." right before a figure (see :func:`own_side`).
_OUR_SIDE = re.compile(r"\b(?:on|from)\s+our\s+side\b|(?<!\w)(?:з|із)\s+нашого\s+боку|с\s+нашей\s+стороны", re.IGNORECASE)
#: A machine lost over the side of its own ship (see :func:`own_side`).
_OVERBOARD = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:fell|went|was\s+lost|were\s+lost|rolled|slid)\s+overboard\b", re.IGNORECASE)


#: "Defenders" are the speaker's own ("загинули дев'ятеро захисників міста", "из 39 защитников высоты шестеро погибли"),
#: unless a side is named after them.
_DEFENDERS = frozenset({"захисників", "захисники", "захисника", "захисниками", "защитников", "защитники", "защитниками"})


def its_toll(t: str) -> bool:
    """Whether a sentence speaks of "its/their death toll": a figure it gives no side is its speaker's own loss
    ("released the names of 28 more servicemen killed, bringing its military death toll to 632")."""
    return _ITS_TOLL.search(t) is not None


#: Weapons a side attacks with, and their losses: drones, missiles, boats ("атаковали Севастополь безэкипажными катерами").
STRIKE_CATEGORIES = frozenset({"uav", "cruise_missiles", "naval", "ground_robotic_systems"})  # ("naval": uncrewed boats;
# not "ships", which an attack with missiles hits)
_STRIKE_WEAPONS = re.compile(r"\b(?:drones?|uavs?|missiles?|boats?)\b|(?<!\w)(?:дрон|беспилот|безпілот|бпла|ракет|катер)",
                             re.IGNORECASE)
#: An attack verb right after a side (up to three words between): "ВСУ атаковали Севастополь", "Russia launched 120
#: drones", "Russian forces attacked Kyiv overnight with drones".
_ATTACKS = re.compile(r"\s*(?:[\w'-]+\s+){0,3}?(?:attacked|launched|fired|targeted|атаковали|атаковала|атаковал|атакували|"
                      r"атакувала|атакував|запустили|запустила|запустив|запустил|выпустили|випустили)(?!\w)", re.IGNORECASE)


def attacker(text: str) -> str | None:
    """The side a sentence says attacked with drones, missiles or boats, whose own those weapons destroyed later are
    when no side is named for them ("ВСУ атаковали Севастополь безэкипажными катерами ... уничтожены 12 безэкипажных
    катеров"; "Russia attacked Kyiv overnight with drones. Air defences shot down 80 drones"); ``None`` if none or two."""
    if not _STRIKE_WEAPONS.search(text):
        return None
    sides = {attr.side(m.actor) for m in attr.mentions(text) if m.actor and _ATTACKS.match(text, m.end)}
    return sides.pop() if len(sides) == 1 else None
