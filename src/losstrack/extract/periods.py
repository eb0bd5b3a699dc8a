"""Step 5 of article extraction: the period a figure covers, and whether it is a running total
(``cumulative``) or a change over the period (``increment``).

A sentence may hold several period phrases ("38 drones overnight, ... 600,000 in total"); each figure
takes the nearest one. Understood: "from February 24, 2022 to August 25, 2024", "з 24.02.22 по 25.08.24",
"since August 6", "since the start of the incursion on August 6", "since the incursion began" (start found
elsewhere in the text, in ``data/events.csv``, or — for "the war"/"the invasion" — the start of the
war between the figure's sides), "in total", "in the past 24 hours", "overnight", "за минулу добу",
"over the past week", "last month", "in May", "yesterday", "on Tuesday", "on March 3". A weekday or date
of a statement ("said on Tuesday", :mod:`.statements`) dates the statement, not the losses: relative phrases count
back from it. Dates are read by :mod:`.dates`; relative dates resolve against the document's ``published`` date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import NamedTuple

from .dates import (
    CYR_MONTH_WINDOWS as _CYR_MONTH_WINDOWS,
)
from .dates import (
    CYR_MONTHS as _CYR_MONTHS,
)
from .dates import (
    CYR_WEEKDAYS,
    CYR_WEEKDAYS_GEN,
    DATE_RE,
    WEEKDAYS,
    holiday_before,
    month_number,
    month_year,
    parse_date,
    twin_dates,
)
from .dates import (
    MONTH_PATTERN as _MONTH,
)
from .dates import (
    date_at as _date_at,
)
from .dates import (
    day_before as _day,
)
from .dates import (
    weekday_before as _weekday_before,
)
from .events import EVENT_NOUN as _EVENT_NOUN
from .events import EVENT_NOUN_RE as _EVENT_NOUN_RE
from .events import START_VERBS
from .events import WAR_NOUNS as _WAR_NOUNS
from .events import event_start_in as _event_start_in
from .events import event_starts as _event_starts
from .events import start_dates as _start_dates
from .lexicon import plain, trie_regex, twin
from .numbers import parse_number
from .statements import statement_date

#: "в ноябре", "у листопаді 2022", "за ноябрь": a month, perhaps with its year (Russian and Ukrainian).
CYR_IN_MONTH = re.compile(r"(?<!\w)(?:(?:за|в|у|во)\s+(?P<m>" + "|".join(_CYR_MONTH_WINDOWS) + r")|(?:підсумк\w*|итог\w*)\s+"
                          r"(?P<g>" + "|".join(_CYR_MONTHS) + r"))(?:\s+(?P<y>\d{4}))?(?!\w)",
                          re.IGNORECASE)  # (and a month's summing-up: "підбив підсумки жовтня", "итоги октября")
MONTH_SUMMARY_WORDS = ("підсумк", "итог")  # (one in every summing-up match of CYR_IN_MONTH)

class Period(NamedTuple):
    """A period: ``start``–``end`` (either may be unknown) and its ``basis``, cumulative or increment (a named
    tuple: immutable and cheap to create)."""

    start: dt.date | None
    end: dt.date | None
    basis: str
    war: bool = False  # "since the war began" with no date: the start of the war between the figure's sides
    ref: bool = False  # "over the week": the week the text spoke of (its lead's window), if it named one
    span: str | None = None  # "week"/"month" for "past week", "за неделю", "in the month" counted back: the dated week
    # or month the text named before ("с 1 по 7 февраля", "in November"), if any; "same": the period of the figure
    # before; "sameday": the day the sentence's statement was made ("said on Monday that ... that day"), else "same"


_HAS_DIGIT = re.compile(r"\d")
#: Quick tests that spare the scans they stand for: every match of :data:`_IN_YEAR` holds a year, every match of
#: :data:`_DAY_RANGE` two day numbers joined by its separators.
_YEARISH = re.compile(r"(?:19|20)\d\d")
_DAY_PAIR = re.compile(r"\d\s*(?:по|до|to|and|through|-|–|и|і|та)\s*\d", re.IGNORECASE)
_TAIL_CUT = re.compile(r"[;\n]|\b(?:while|but|and the)\b")
#: Every word a guard in :func:`period_cues` looks for, found in one scan (the longest at each place).
_GUARD = re.compile(trie_regex(['half', 'половин', 'quarter', 'квартал', 'минулого тижня', 'минулому тижні', 'прошлой неделе',
                                'минувшей неделе', 'weekend', 'the weekend', 'выходных', 'вихідних', 'ніч', 'ночь', 'night', 'a week', 'the week', 'із ', 'со ', 'by ', 'as of', 'станом на', 'hours to', 'days to', 'days ending', 'week ending', 'концу', 'кінця', 'конец', 'кінець', 'по состоянию на', 'данным на', 'даними на', 'доби', 'суток', 'all', 'between', 'covering', 'day', 'from', 'last', 'over the day', 'overnight', 'past', 'previous', 'since', 'so far', 'starting', 'this morning', 'this week', 'throughout', 'course of', 'to date', 'today', 'total', 'yesterday', 'всего', 'вчера', 'вчора', 'від', 'з ', 'за ', 'загалом', 'начала', 'період', 'початку', 'с ', 'сегодня', 'сьогодні', 'целом', 'течение', 'протягом', 'the month', 'the same', 'же період', 'же период', 'самий період', 'ж дня', 'же дня', 'же день', 'that day', 'this year', 'року', 'году',
    'года'] + list(CYR_WEEKDAYS) + list(_CYR_MONTH_WINDOWS), literal=True))
_FROM = re.compile(r"\b(?:from|з|с|від|between|covering)\s+$", re.IGNORECASE)  # ("its weekly summary, covering February 24
# to March 1")
_TO = re.compile(r"\s*,?\s*(?:(?:года|року|г\.)\s+)?(?:to|until|till|through|and|по|до|-|–)\s*", re.IGNORECASE)  # ("from Feb.
# 24, 2022, to June 9, 2025")
_DASH = re.compile(r"\s*[–—]\s*")
_NAMED_MONTH = re.compile(r"[^\W\d]{3}")
_SINCE = re.compile(r"\b(?:since|з початку|с начала|від початку|starting|throughout the|over the course of the|"
                    r"за (?:всё |все |весь )?время|за (?:весь )?час(?=\s+(?:" + _EVENT_NOUN + r"))|"  # "за время вторжения"
                    r"(?:с|со|з|із|від)(?=\s+\d{1,2}\s+(?:"
                    + "|".join(_CYR_MONTHS) + r")|\s+(?:" + "|".join(_CYR_MONTHS) + r")\s+(?:19|20)\d\d(?!\d)"  # ("з лютого
                    # 2022-го")
                    r"|\s+(?:19|20)\d\d\s+(?:года|року|г\.)|\s+(?:" + "|".join(CYR_WEEKDAYS_GEN)
                    + r")(?!\s+(?:по|до|і|и|та)\s)))\b", re.IGNORECASE)  # "с 6 августа", "від 6 серпня", "с 2015 года",
# "від понеділка" (not "з понеділка до середи")
_TOTAL = re.compile(r"\b(?:in total|in all|overall|altogether|so far|to date|всего|загалом|в целом|за весь період|"
                    r"total(?:ed|led)?|cumulative)\b", re.IGNORECASE)
#: "over the same period", "over the same seven days", "за тот же период": the period of the figure before.
_SAME = re.compile(r"\b(?:(?:over|in|during|for) the same (?:period|time|[\w-]+ (?:hours|days|weeks|months))|(?:on )?the same day|that day|"
                   r"за (?:тот же|той же|цей же|той самий|этот же) (?:период|період|час|время)|того ж дня|того же дня|"
                   r"за (?:те же|ті ж|ті самі) (?:сутки|доби)|за (?:ту же|ту ж|ту саму) (?:добу|неделю|тиждень)|"
                   r"в тот же день|у той же день|в ту же ночь|у ту ж ніч|у ту саму ніч)(?!\w)", re.IGNORECASE)
_SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|reported|claimed|announced|stated|added|told|wrote|estimated|confirmed|update|statement|published|"
    r"released|issued|briefing|report)\s+(?:late\s+|early\s+)?(?:on\s+)?$", re.IGNORECASE)
#: A window of days within one month: "з 13 по 19 січня", "from 13 to 19 January", "between January 13 and 19".
_DAY_RANGE = re.compile(
    rf"\b(?:з|с|від|from|between|on)\s+(?P<a1>\d{{1,2}})\s*(?:по|до|to|and|-|–)\s*(?P<b1>\d{{1,2}})(?:st|nd|rd|th)?\s+"
    rf"(?P<m1>{_MONTH})(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|\b(?:between\s+|from\s+)?(?P<m2>{_MONTH})\s+(?P<a2>\d{{1,2}})\s*(?:-|–|to|and|through)\s*(?P<b2>\d{{1,2}})(?!\d)"
    rf"(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|(?<![\w.])(?P<a3>\d{{1,2}})(?:\s*[-–]\s*|\s+(?:и|і|та|and|to)\s+)(?P<b3>\d{{1,2}})\s+(?P<m3>{_MONTH})(?:,?\s+(?P<y3>\d{{4}}))?",
    re.IGNORECASE)  # ("7 и 8 января 1988 года", "14 and 15 July", "the night of 1 to 2 November")
#: "in the first ten days of January": the month's first N days.
_FIRST_DAYS = re.compile(rf"\b(?:in|during|over)\s+the\s+first\s+(?P<n>[\w-]+)\s+days\s+of\s+(?P<m>{_MONTH})(?:\s+(?P<y>\d{{4}}))?(?!\w)"
                         # "за 28 днів лютого", "за первые 10 дней марта": the month's first days
                         rf"|(?<!\w)(?:за|протягом|в\s+течение)\s+(?:(?:перші|первые)\s+)?(?P<n2>\d{{1,2}})\s+(?:днів|дні|дней|дня)\s+"
                         rf"(?P<m2>{_MONTH})(?:\s+(?P<y2>\d{{4}}))?(?!\w)", re.IGNORECASE)
#: "in the first half of September", "в первой половине сентября", "за першу половину вересня": a half month.
_HALF_MONTH = re.compile(rf"(?<!\w)(?:(?:in|during|over)\s+the\s+(?P<en>first|second)\s+half\s+of"
                         rf"|(?:в|у|во|за)\s+(?P<cy>перв|втор|перш|друг)\w*\s+половин\w*)\s+(?P<m>{_MONTH})"
                         rf"(?:,?\s+(?P<y>\d{{4}}))?(?!\w)", re.IGNORECASE)
#: "in the third quarter of this year", "in the first quarter of 2026", "у третьому кварталі", "в третьем квартале 2025
#: года": a calendar quarter (of the year named, else the last one begun by the day of publication).
_QUARTER = re.compile(r"(?<!\w)(?:(?:in|during|over|for)\s+the\s+(?P<en>first|second|third|fourth|final|last)\s+quarter"
                      r"(?:\s+of\s+(?:(?P<this>this|the)\s+year|(?P<prev>last)\s+year|(?P<y>(?:19|20)\d\d)))?"
                      r"|(?:в|у|во|за)\s+(?P<cy>перш|перв|друг|втор|трет|четверт|останн|последн)\w*\s+квартал\w*"
                      r"(?:\s+(?:(?P<cthis>цього|этого)\s+(?:року|года)|(?P<cprev>минулого|прошлого)\s+(?:року|года)|"
                      r"(?P<cy_y>(?:19|20)\d\d)(?:\s+(?:року|года|г\.))?))?)(?!\w)", re.IGNORECASE)
_QUARTER_NO = {"first": 1, "перш": 1, "перв": 1, "second": 2, "друг": 2, "втор": 2, "third": 3, "трет": 3, "fourth": 4,
               "четверт": 4}
_STARTED_BEFORE = re.compile(rf"\b(?:{'|'.join(START_VERBS)}|escalated|since|from|{_EVENT_NOUN})\s+(?:on\s+)?$",
                             re.IGNORECASE)  # "the invasion on February 24, 2022" dates the event, not a loss
_RELATIVE = [
    (re.compile(r"\b(?:(?:past|last|previous)\s+(?:24\s+hours|twenty-four hours|day)|over the day|overnight|last night|"
                r"(?<!\w)(?:минулої|цієї|минувшей|прошлой|этой)\s+(?:ночі|ночью)|"  # ("Минулої ночі ... загинули двоє бійців")
                r"in a day(?!-)|a day earlier|"  # (not "in a day-long battle": how long, not which day)
                r"the day['’]s(?= losses| toll| tally| figures)|"  # ("listed four tanks ... among the day's losses")
                r"за (?:минулу |останню |прошедшие |минувшие |последние |истекшие )?(?:добу|сутки)|"
                r"за (?:минулу |минувшую |прошедшую |прошлую )?(?:ночь|ніч)|"  # ("о 118 беспилотниках, уничтоженных за ночь")
                r"протягом (?:минулої |останньої )?доби|в течение (?:последних |минувших |прошедших )?суток|"
                r"(?:минулої|останньої) доби|(?:минувших|прошедших) суток|"  # ("минулої доби Сили оборони знешкодили")
                r"за останні 24 години|за последние 24 часа)\b", re.IGNORECASE), 1),
    (re.compile(r"\b(?:(?:past|previous)\s+(?:seven days|7 days|week)|last\s+(?:seven|7)\s+days|(?<=the )last\s+week|this week|(?:in|within) a week|"
                r"(?:lasting|that lasted)\s+(?:a|one)\s+week|a\s+week-long|"  # "in an operation lasting a week"
                r"за (?:минулий |останній |прошедшую |минувшую |последнюю )?(?:тиждень|неделю)|"
                r"в течение (?:последней |прошедшей )?недели|протягом (?:минулого |останнього )?тижня)\b", re.IGNORECASE), 7),
    (re.compile(r"\b(?:past|previous)\s+(?:30 days|month)\b|\b(?:in|over|during) the month\b|"
                r"\bза (?:минулий |прошедший |последний |останній |минувший )?(?:місяць|месяц)\b", re.IGNORECASE), 30),
    (re.compile(r"\b(?:during|in|over|for|throughout) the quarter\b|(?<!\w)(?:за|протягом|в течение) (?:квартал|кварталу)(?!\w)",
                re.IGNORECASE), 91),  # ("during the quarter" of a quarterly report: its dated quarter, see article._span)
]
#: "in the past 72 hours", "over the last three days", "in three weeks of attacks", "за останні 3 доби", "за последние
#: 10 дней": N units back from publication.
_LAST_N = re.compile(
    r"\b(?:(?:past|last|previous|over|in|within|during)\s+(?:the\s+)?(?:past\s+|last\s+)?(?P<n>[\w-]+)\s+(?P<u>hours|days|weeks|months)"
    r"|за (?:минулі |останні |прошедшие |последние |минувшие )?(?P<n2>[\w-]+)\s+(?P<u2>години|годин|доби|діб|днів|дні|"
    r"часов|часа|суток|дней|дня|тижні|тижнів|недели|недель|місяці|місяців|месяца|месяцев))\b", re.IGNORECASE)
_UNIT_DAYS = {"hours": 1 / 24, "години": 1 / 24, "годин": 1 / 24, "часов": 1 / 24, "часа": 1 / 24, "days": 1, "доби": 1,
              "діб": 1, "днів": 1, "дні": 1, "суток": 1, "дней": 1, "дня": 1, "weeks": 7, "тижні": 7, "тижнів": 7,
              "недели": 7, "недель": 7, "months": 30, "місяці": 30, "місяців": 30, "месяца": 30, "месяцев": 30}
_BACK = re.compile(r"past|last|previous|минул|останн|прошедш|последн|минувш", re.IGNORECASE)  # (a window back from now)
_UNIT_HINT = re.compile("hours|days|weeks|months|годин|доби|діб|днів|дні|часов|часа|суток|дней|дня|тижн|недел|місяц|месяц")
_LAST_MONTH = re.compile(r"\blast month\b", re.IGNORECASE)
#: A speech verb, then words with no number nor clause break, before "last night": the night is the statement's.
_TOLD_THEN = re.compile(r"\b(?:said|says|told|announced|reported|stated|wrote|claimed)\b[^,.;:\d]*$", re.IGNORECASE)
#: "since they were first thrown into combat in December": the month a running count starts
_SINCE_CLAUSE = re.compile(r"(?:\bsince|(?<!\w)(?:с начала|со начала|от начала|з початку|від початку|із початку|с момента|"
                           r"з моменту))\s+"
                           r"(?:[^\W\d][\w'-]*\s+){1,10}?$", re.IGNORECASE)  # ("с начала штурма города в сентябре", "since the
# rebels began their push on the town on October 25")
_IN_MONTH = re.compile(rf"\b(?:in|during|throughout|last|(?:bombing|attack|strike|raid|offensive|assault|ambush|battle|massacre|"
                       rf"shelling|explosion|blast|crash|fighting|clashes|war)\s+of(?=\s+(?:{_MONTH})\s+\d{{4}}))\s+(?P<m>{_MONTH})"
                       rf"(?:\s+(?P<y>\d{{4}}))?(?![\w])", re.IGNORECASE)  # ("the Kabul airport bombing of August 2021";
# not "the Taliban takeover of August 2021 ended a war in which 2,400 US troops died")
_YESTERDAY = re.compile(r"\byesterday\b|\bвчора\b|\bвчера\b|(?<!\w)(?:вчорашн|вчерашн)\w*", re.IGNORECASE)  # ("під час вчорашніх
# боїв": yesterday's fighting)
#: "last" before a weekday in Ukrainian and Russian ("в минулу суботу", "в прошлую субботу"; see _WEEKDAY).
_LAST_WORDS = r"(?:минулу|минулий|минулого|прошлую|прошлый|прошлое|минувшую|минувший)"
_LAST_WEEKDAY_WORDS = ("минул", "прошл", "минувш")  # (one in every match of _WEEKDAY's last two forms)
_TODAY = re.compile(r"\btoday\b|\bthis morning\b|\bсьогодні\b|\bсегодня\b", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(?:on|(?:early|small)\s+hours\s+of)\s+(" + "|".join(WEEKDAYS) + r")\b|\b(" + "|".join(WEEKDAYS) + r")'s\b|"
                      r"(?<!\w)(?:в|во|у)\s+(?:" + _LAST_WORDS + r"\s+)?(" + "|".join(CYR_WEEKDAYS) + r")(?!\w)|"
                      r"(?<!\w)(?:минулої|минулого|прошлой|прошлого|минувшей|минувшего)\s+(" + "|".join(CYR_WEEKDAYS_GEN)
                      + r")(?!\w)", re.IGNORECASE)  # ("минулої суботи", "в прошлую субботу": the last one)
_COMPARED = re.compile(r"\b(?:than|ніж|чем|compared (?:with|to)|порівняно з|по сравнению с|від|от)\s+$", re.IGNORECASE)
#: A "when" clause after a month ("більше, ніж у вересні, коли втрати росіян становили 29 480"): its figures are of that
#: month, even after a comparison.
_WHEN_AFTER = re.compile(r"\s*,\s*(?:when|коли|когда)\b", re.IGNORECASE)
_IN_YEAR = re.compile(r"\b(?:in|during|throughout|for)\s+(?P<y>(?:19|20)\d{2})\b(?!\s*[-–/])"
                      r"|(?<!\w)(?:у|в|за)\s+(?P<y2>(?:19|20)\d{2})\s*(?:році|року|рік|году|год|г\.|р\.)", re.IGNORECASE)
_WEEK_TO = re.compile(r"\b(?:in|over|during|for)\s+the\s+(?P<u>week|seven days|7 days|24 hours)\s+(?:to|ending|through|up to)\s+",
                      re.IGNORECASE)
_NIGHT_TO = re.compile(r"(?<!\w)(?:(?:у|в|за)\s+ніч\s+(?:проти|на)|(?:в|за)\s+ночь\s+на|(?:in\s+)?the\s+night\s+(?:of|to|into)|overnight\s+(?:into|to)"
                       # "Ночью с 11 на 12 октября", "у ніч з 6 на 7 вересня": the night before the second day
                       r"|(?:ночью|в\s+ночь|(?:у|в)\s+ніч|вночі|уночі)\s+(?:с|со|з|із)\s+\d{1,2}\s+(?:на|по))"
                       r"\s+", re.IGNORECASE)
_ANY_WEEKDAY = "|".join([*WEEKDAYS, *CYR_WEEKDAYS, *CYR_WEEKDAYS_GEN])
_WEEKEND = re.compile(r"\b(?:over|at|during|on|this|last|the past)\s+(?:the\s+)?weekend\b|(?<!\w)(?:на|в|у)\s+(?:минувших\s+|"
                      r"прошлых\s+|прошедших\s+|минулих\s+|этих\s+|цих\s+)?(?:выходных|вихідних)(?!\w)", re.IGNORECASE)
_WEEKDAY_WINDOW = re.compile(rf"(?:(?<!\w)(?:between|from|з|с|від)|\b(?:began|started)\s+(?:late\s+|early\s+)?on)\s+"
                             rf"(?P<a>{_ANY_WEEKDAY})\s+(?:(?:night\s+|evening\s+)?and\s+(?:lasted|continued|went\s+on)\s+"
                             rf"(?:into|until|till|through)|and|to|through|until|по|до)\s+"
                             rf"(?P<b>{_ANY_WEEKDAY})(?!\w)", re.IGNORECASE)  # (and "an attack that began late on Thursday
# and lasted into Friday morning")
#: "on Saturday and Sunday", "в субботу и воскресенье", "у суботу та неділю": the two days and those between.
_WEEKDAY_PAIR = re.compile(rf"(?:\bon|(?<!\w)(?:в|во|у))\s+(?P<a>{_ANY_WEEKDAY})\s+(?:and|и|і|та|й)\s+(?:on\s+|в\s+|во\s+|у\s+)?"
                           rf"(?P<b>{_ANY_WEEKDAY})(?!\w)", re.IGNORECASE)
ANY_WEEKDAY_WORD = re.compile(trie_regex([*WEEKDAYS, *CYR_WEEKDAYS, *CYR_WEEKDAYS_GEN], literal=True))  # one in every match
_NIGHT_WEEKDAY = re.compile(r"(" + "|".join([*WEEKDAYS, *CYR_WEEKDAYS]) + r")(?!\w)", re.IGNORECASE)
_CYR_DAY_MONTH = re.compile(r"\d\s+(?:" + "|".join(_CYR_MONTHS) + r")", re.IGNORECASE)  # a quick test for the two below
_CYR_DATE = re.compile(r"(?<![\w.(–-])\d{1,2}\s+(?:" + "|".join(_CYR_MONTHS) + r")(?!\w)", re.IGNORECASE)
_CYR_DATE_BEFORE = re.compile(r"(?<!\w)(?:з|с|со|із|від|от|до|по|на|станом на|по состоянию на|даними на|данным на|між|между|"
                              r"–|-|і|и|та)\s+$", re.IGNORECASE)
#: "since 2014", "з 2014 року", "since the start of 2025".
_SINCE_YEAR = re.compile(r"\s+(?:the\s+(?:start|beginning)\s+of\s+)?(\d{4})(?:\s+(?:року|года|г\.))?"
                         r"(?![\d,.]\d|\s*(?:[-–]|to\b))")
#: A clause after "since" that ends on its year: "since operations in the VRAEM began in 2008", "since the first arrived
#: in 2022" (the count starts on 1 January of it; the year is no window of its own).
_SINCE_CLAUSE_YEAR = re.compile(r"\s+(?:[^\W\d][\w'’-]*\s+){1,6}?(?:began|started|erupted|broke\s+out|resumed|arrived)\s+in\s+"
                                r"((?:19|20)\d\d)(?!\d)", re.IGNORECASE)
_SINCE_WEEKDAY = re.compile(r"\s+(" + "|".join(WEEKDAYS + list(CYR_WEEKDAYS_GEN)) + r")(?!\w)", re.IGNORECASE)
#: A clause after "since" that ends on its weekday: "since the fighting began on Sunday", "since the rebels attacked
#: army positions on Wednesday".
_SINCE_CLAUSE_WEEKDAY = re.compile(r"\s*(?:[^\W\d][\w'’-]*\s+){1,7}?(?:on|в|во|у)\s+(" + "|".join(WEEKDAYS + list(CYR_WEEKDAYS))
                                   + r")(?!\w)", re.IGNORECASE)
_THE_WEEK = re.compile(r"\b(?:over|during|in|for) the week\b", re.IGNORECASE)
_SPEAKER_NEXT = re.compile(r",?\s+(?:[^\W\d][\w'.-]*\s+){1,8}?(?:said|says|reported|announced|stated|claimed|told)\b")
_OF_DAY_WORDS = ("early hours of ", "small hours of ", "morning of ", "evening of ", "afternoon of ", "dawn of ")  # (one
# in every "of" _ON_DATE)
_ON_DATE = re.compile(r"\b(?:[Oo]n|(?:(?:early|small)\s+hours|morning|evening|afternoon|dawn)\s+of)\s+(?=\d|[A-Z])")
# ("in the early hours of 17 April"; not "within 72 hours of October 7")
#: "а відтоді", "с тех пор" after a date: the date starts a running count.
_SINCE_THEN = re.compile(r"(?<!\w)(?:відтоді|з того часу|с тех пор|с того времени)(?!\w)", re.IGNORECASE)
_YEAR_NEXT = re.compile(r",?\s+((?:19|20)\d\d)(?!\d)")  # the year after a feast: "on Christmas Day 2022"
_FROM_N = re.compile(r"\bfrom\s+[\d,.]+(?:\s+[^\W\d]+)?\s+$", re.IGNORECASE)  # "from 300,000 on New Year's Day": compared
_HOLIDAY_WORDS = ("christmas", "easter", "good friday", "new year")
#: A feast that dates a loss: "on Good Friday", "on Christmas Day", "on New Year's Eve" (see :func:`~.dates.holiday_before`).
_HOLIDAY = re.compile(r"\bon\s+(?P<h>Good\s+Friday|Easter(?:\s+(?:Sunday|Monday))?|Christmas(?:\s+(?:Day|Eve))?|"
                      r"New\s+Year['’]s\s+(?:Day|Eve))(?!\w)", re.IGNORECASE)  # (Western: not "on Orthodox Christmas")
#: "this year", "цього року", "в этом году", "з початку року": a running total since 1 January.
_THIS_YEAR = re.compile(r"\bthis year\b|(?<!\w)(?:цього року|у цьому році|в этом году|(?:з|від|із) початку (?:цього )?року|"
                        r"с начала (?:этого |текущего )?года)(?!\w)", re.IGNORECASE)
#: "in the first ten months of the year", "за первые десять месяцев года", "за перші десять місяців року".
_FIRST_MONTHS = re.compile(r"(?:\bin\s+the\s+first|(?<!\w)за\s+(?:первые|перші))\s+(?P<n>[\w-]+)\s+"
                           r"(?:months|месяц\w*|місяц\w*)\s+(?:of\s+(?:the|this)\s+year|(?:этого\s+|текущего\s+)?года|"
                           r"(?:цього\s+)?року)(?!\w)", re.IGNORECASE)
_YEAR_START = re.compile(r"\bsince\s+(?:the\s+)?(?:start|beginning)\s+of\s+(?:the|this)\s+year\b", re.IGNORECASE)


#: (since, total, relative, in-month, yesterday, today, weekday, speech-before, started-before) as written, and
#: their twins for plain sentences (see :func:`~.lexicon.twin`).
_CI = (_SINCE, _TOTAL, _RELATIVE, _IN_MONTH, _YESTERDAY, _TODAY, _WEEKDAY, _SPEECH_BEFORE, _STARTED_BEFORE)
_MONTH_KEYS = re.compile(trie_regex(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
                                       *(m[:3] for m in _CYR_MONTHS)], literal=True))  # substrings, as a trie
#: For each window of :data:`_RELATIVE` (in days), words one of which every match holds (in lower case).
_RELATIVE_WORDS = {1: ("hours", "day", "overnight", "night", "добу", "сутки", "доби", "суток", "години", "часа", "ночі", "ночью",
                       "ночь", "ніч"),
                   7: ("days", "week", "тиждень", "неделю", "недели", "тижня"), 30: ("days", "month", "місяць", "месяц"),
                   91: ("quarter", "квартал")}
_RELATIVE_KEYS = re.compile("past|last|previous|over the day|overnight|a day|the day['’]s|week|the month|quarter")
_CS = tuple([(twin(r), d) for r, d in p] if isinstance(p, list) else twin(p) for p in _CI)
_DAY_RANGE_TWIN = twin(_DAY_RANGE)
_LAST_N_TWIN = twin(_LAST_N)
_IN_YEAR_TWIN = twin(_IN_YEAR)
#: An operation named after a duration ("за три місяці операції", "in two months of the offensive"); not "days of
#: fighting", which are the days just past.
_EVENT_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+)?)?(operation|offensive|incursion|invasion|war|операції|операции|наступу|"
                          r"наступления|вторгнення|вторжения|війни|войны)\b", re.IGNORECASE)


class _Scan(NamedTuple):
    """One sentence as the period scans read it: the text, the text they scan (``t``: its lower case for a plain
    sentence, see :func:`~.lexicon.twin`), the guard words found, and the patterns that go with ``t``."""

    s: str
    t: str
    low: str
    found: set
    published: dt.date | None
    events: dict
    said: tuple | None
    pats: tuple  # since, total, relative, in-month, yesterday, today, weekday, speech-before, started-before

    def has(self, *keys: str) -> bool:
        """Whether one of the guard words was found (a cheap test before each scan)."""
        return not self.found.isdisjoint(keys)

    def stated(self, pos: int) -> bool:
        """Whether ``pos`` lies in the sentence's statement date ("said on Monday"), which dates no loss."""
        return self.said is not None and self.said[0] <= pos < self.said[1]


def period_cues(s: str, published: dt.date | None, events: dict[str, dt.date], said: tuple | None | bool = False
                ) -> list[tuple[int, Period]]:
    """Every period phrase in a sentence as ``(offset, Period)``; relative phrases count back from the sentence's
    :func:`statement_date` (``said``, looked up here unless given) if it has one, else from ``published``."""
    said = statement_date(s, published) if said is False else said
    if said is not None:
        published = said[2]
    low = s.lower()
    found = set(_GUARD.findall(low))
    t = low if plain(s) else s  # the text the patterns below scan: see :func:`~.lexicon.twin`
    sc = _Scan(s, t, low, found, published, events, said, _CS if t is low else _CI)
    in_month = sc.pats[3]
    # In the lower case, a month name needs one of these words; so does a relative phrase in ASCII text (the
    # other phrases are Cyrillic). Case-insensitive scans of ``s`` itself are not guarded.
    month_ok = t is not low or _MONTH_KEYS.search(low) is not None
    cyr_weekday = not found.isdisjoint(CYR_WEEKDAYS) or (not s.isascii() and any(w in low for w in _LAST_WEEKDAY_WORDS))
    cyr_month = (not found.isdisjoint(_CYR_MONTH_WINDOWS) or any(w in low for w in MONTH_SUMMARY_WORDS)) \
        and CYR_IN_MONTH.search(s) is not None
    digit = _HAS_DIGIT.search(s) is not None
    years = list((_IN_YEAR_TWIN if t is low else _IN_YEAR).finditer(t)) if published and digit and _YEARISH.search(s) else []
    if not found and "on " not in low and not (month_ok and in_month.search(t)) and "month" not in low and not cyr_weekday \
            and not (digit and any(w in low for w in _OF_DAY_WORDS)) \
            and not (digit and month_ok and _DAY_PAIR.search(s)) \
            and not cyr_month and not years and not (digit and not s.isascii() and _CYR_DAY_MONTH.search(s)):
        return []  # no period word at all: the common case, decided with three scans
    out = _dated_windows(sc, digit, month_ok)
    out += _since(sc, bool(out))
    out += _relative(sc, out)
    out += _calendar(sc, digit, month_ok, cyr_month, cyr_weekday, years, bool(out))
    return _settle(sc, out, digit)


def _dated_windows(sc: _Scan, digit: bool, month_ok: bool) -> list[tuple[int, Period]]:
    """"from February 24, 2022 to August 25, 2024", "з 24.02.22 по 25.08.24", "з 13 по 19 січня"."""
    s, t, published, out = sc.s, sc.t, sc.published, []
    dates = (twin_dates(t) if t is sc.low else list(DATE_RE.finditer(t))) if digit and (sc.has(
        "from", "з ", "с ", "від", "between", "covering") or "–" in s or "—" in s) else []
    for a, b in zip(dates, dates[1:]):
        if (_FROM.search(s, max(0, a.start() - 12), a.start()) and _TO.fullmatch(s, a.end(), b.start())) or (
                _DASH.fullmatch(s, a.end(), b.start()) and _NAMED_MONTH.search(a.group(0)) and _NAMED_MONTH.search(b.group(0))):
            # ("31 декабря – 1 января": two dates with a dash between are a window too)
            da, db = parse_date(a, published), parse_date(b, published)
            if da and db and da > db and not _YEAR_IN.search(a.group(0)):  # "з 1 січня по 31 грудня 2025 року": the
                da = _in_year(da, db.year) if _in_year(da, db.year) <= db else _in_year(da, db.year - 1)  # first takes the
                # second's year
            if da and db and da <= db:
                # a running total counts from a war's or an event's start; any other window is a change over it
                basis = "cumulative" if da in _start_dates() or da in sc.events.values() else "increment"
                out.append((a.start(), Period(da, db, basis)))
    for m in (_FIRST_DAYS.finditer(s) if published and (("first" in sc.low and "days of" in sc.low) or "дн" in sc.low) else ()):
        n, mo = parse_number(m.group("n") or m.group("n2")), month_number(m.group("m") or m.group("m2"))
        y = int(m.group("y") or m.group("y2")) if m.group("y") or m.group("y2") else month_year(mo, published)
        if n and 1 <= n <= 31 and dt.date(y, mo, 1) <= published:
            last = min(dt.date(y, mo, min(int(n), calendar.monthrange(y, mo)[1])), published)
            out.append((m.start(), Period(dt.date(y, mo, 1), last, "increment")))
    for m in (_HALF_MONTH.finditer(s) if published and ("half" in sc.low or "половин" in sc.low) else ()):
        mo = month_number(m.group("m"))
        y = int(m.group("y")) if m.group("y") else month_year(mo, published)
        second = (m.group("en") or m.group("cy")).lower() in ("second", "втор", "друг")
        start = dt.date(y, mo, 16 if second else 1)
        if start <= published:
            last = min(dt.date(y, mo, calendar.monthrange(y, mo)[1] if second else 15), published)
            out.append((m.start(), Period(start, last, "increment")))
    for m in (_QUARTER.finditer(s) if published and ("quarter" in sc.low or "квартал" in sc.low) else ()):
        out += _quarter(m, published)
    for m in ((_DAY_RANGE_TWIN if t is sc.low else _DAY_RANGE).finditer(t) if not out and month_ok and digit and _DAY_PAIR.search(s) else ()):
        month = m.group("m1") or m.group("m2") or m.group("m3")  # "з 13 по 19 січня", "January 13-19", "13–14 сентября"
        mo = month_number(month)
        d1, d2 = int(m.group("a1") or m.group("a2") or m.group("a3")), int(m.group("b1") or m.group("b2") or m.group("b3"))
        y = m.group("y1") or m.group("y2") or m.group("y3")
        try:
            end = dt.date(int(y), mo, d2) if y else (parse_date(DATE_RE.match(f"{d2} {month}"), published))
            start = end.replace(day=d1) if end else None
        except (ValueError, TypeError):
            continue
        if start and end and start < end and (published is None or end <= published):
            out.append((m.start(), Period(start, end, "increment")))
    return out


def _quarter(m: re.Match, published: dt.date) -> list[tuple[int, Period]]:
    """The window of a :data:`_QUARTER` match (none for a quarter not begun by ``published``)."""
    word = (m.group("en") or m.group("cy")).lower()
    y = m.group("y") or m.group("cy_y")
    year = int(y) if y else published.year - 1 if (m.group("prev") or m.group("cprev")) else published.year
    q = _QUARTER_NO.get(word)
    if q is None:  # "the last quarter": the last one finished (of the year named, its fourth)
        q = 4 if y or m.group("prev") or m.group("cprev") else (published.month - 1) // 3
        if q == 0:
            year, q = year - 1, 4
    start = dt.date(year, 3 * q - 2, 1)
    if not (y or m.group("this") or m.group("prev") or m.group("cthis") or m.group("cprev")) and start > published:
        year -= 1  # ("in the fourth quarter" said in May: last year's)
        start = dt.date(year, 3 * q - 2, 1)
    if start > published:
        return []
    end = min(dt.date(year, 3 * q, calendar.monthrange(year, 3 * q)[1]), published)
    return [(m.start(), Period(start, end, "increment"))]


_SUPERLATIVE = re.compile(r"\b(?:smallest|largest|highest|lowest|biggest|fewest|the least|the most|worst|best|first time|"
                          r"record|heaviest|deadliest)\b[^.;]*$", re.IGNORECASE)
#: A superlative before "since": "наймасованішу атаку від початку повномасштабної війни", "самую массированную атаку с
#: начала войны", "the largest attack since the start of the war", "the bloodiest in Europe since 1945" compare, they
#: date no count.
#: A superlative's noun phrase of any length before "since", with no number in it: "in the most serious incident on the
#: Syrian front since the fall of the Assad regime in December 2024" compares, it counts nothing from then.
#: (Not "The most recent figures from Ukraine show that since February 2022 ...": a clause of its own.)
_SUPERLATIVE_FAR = re.compile(r"\bthe\s+(?:most|worst|deadliest|largest|biggest|heaviest|bloodiest|fiercest)\b"
                              r"(?!\s+recent\b)(?:(?!\b(?:that|show|shows|showed|said|says)\b)[^\d.;,]){0,70}$",
                              re.IGNORECASE)
_SUPERLATIVE_ANY = re.compile(r"(?:\b(?:smallest|largest|highest|lowest|biggest|fewest|the least|the most|worst|heaviest|"
                              r"deadliest|bloodiest|costliest|greatest|fiercest|record)\b|(?<!\w)(?:най(?:більш|менш|масован|масштабн|важч|гірш|потужн|смертоносн|"
                              r"крупн|довш|тривал)\w*|наибол\w+|самы[йхме]|самая|самую|самое|самой|крупнейш\w*|рекордн\w*))"
                              r"(?:\s+[^\W\d][\w'’-]*){0,3}\s+$", re.IGNORECASE)  # (its noun right after it: not "Amid the
# heaviest fighting, Russia has lost 1,200 troops since Monday")
_YEAR_IN = re.compile(r"\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2}")
#: After "since"/"с начала"/"з початку": a month ("the start of November", "декабря") or a season ("the summer", "літа").
_MONTH_OR_SEASON = re.compile(
    r"\s*(?:the\s+(?:start|beginning)\s+of\s+)?(?:(?P<m>" + _MONTH + r")(?:\s+(?P<y>\d{4}))?|(?P<this>(?:the|this)\s+month|"
    r"месяца|місяця)|(?:the\s+)?(?P<season>summer|"
    r"spring|autumn|fall|winter|літа|весни|осені|зими|лета|весны|осени|зимы)(?!\s+(?:of|offensive|counteroffensive|campaign)\b))"
    r"(?!\w)", re.IGNORECASE)  # (not "since the fall of Avdiivka", "since the spring offensive")
_SEASON_MONTH = {"spring": 3, "весни": 3, "весны": 3, "summer": 6, "літа": 6, "лета": 6, "autumn": 9, "fall": 9, "осені": 9,
                 "осени": 9, "winter": 12, "зими": 12, "зимы": 12}


def _in_year(d: dt.date, year: int) -> dt.date:
    """``d`` in another year (29 February becomes 28 February in a year without it)."""
    return d.replace(year=year, day=min(d.day, calendar.monthrange(year, d.month)[1]))


def _part_start(m: re.Match, published: dt.date) -> dt.date:
    """The first day of the month or season a :data:`_MONTH_OR_SEASON` match names, the last one begun by ``published``
    ("the month": the month of publication)."""
    if m.group("this"):  # "since the start of the month", "с начала месяца": this month
        return published.replace(day=1)
    mo = month_number(m.group("m")) if m.group("m") else _SEASON_MONTH[m.group("season").lower()]
    y = int(m.group("y")) if m.group("y") else published.year - (mo > published.month)
    return dt.date(y, mo, 1)


#: A toll "in/during the <event>" the text dates elsewhere ("the toll in the ground operation").
_IN_EVENT = re.compile(rf"\b(?:toll|losses|casualties)\s+(?:in|during)\s+(?:the|its|this)\s+(?:[\w'-]+\s+){{0,2}}?"
                       rf"(?P<noun>{_EVENT_NOUN})\b", re.IGNORECASE)


_DURING_WORDS = ("during", "course of", "в ходе", "в ході", "під час", "во время", "fell in", "died in", "killed in")
_DURING_EVENT = re.compile(rf"(?:\b(?:during|in the course of|(?:fell|died|killed)\s+in)\s+(?:the|its|this)\s+|(?<!\w)(?:в ходе|в ході|під час|во время)\s+)"
                           rf"(?:[\w'-]+\s+){{0,2}}?(?P<noun>{_EVENT_NOUN})\b", re.IGNORECASE)  # (every match holds a word above)


#: "since July, when ...", "since January 2022, when ...", "since 2015, when ...": the time a "when" clause tells of.
_SINCE_WHEN = re.compile(r"\s+(?:(?P<m>" + _MONTH + r")(?:\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(?P<y>\d{4}))?|"
                         r"(?P<yo>\d{4}))\s*,\s+when\b", re.IGNORECASE)


def _point(m: re.Match, published: dt.date) -> Period:
    """The day, month or year a :data:`_SINCE_WHEN` match names (the last one by ``published``), as a window."""
    if m.group("yo"):
        y = int(m.group("yo"))
        return Period(dt.date(y, 1, 1), min(dt.date(y, 12, 31), published), "increment")
    mo = month_number(m.group("m"))
    y = int(m.group("y")) if m.group("y") else month_year(mo, published)
    if m.group("d") and 1 <= int(m.group("d")) <= calendar.monthrange(y, mo)[1]:
        return Period(dt.date(y, mo, int(m.group("d"))), dt.date(y, mo, int(m.group("d"))), "increment")
    return Period(dt.date(y, mo, 1), min(dt.date(y, mo, calendar.monthrange(y, mo)[1]), published), "increment")


def _since(sc: _Scan, dated: bool) -> list[tuple[int, Period]]:
    """Running totals: "since August 6", "since the start of the incursion (on August 6)", "since Friday", "since the
    start of this year", a named event ("с начала СВО"), "in total" (start unknown)."""
    s, t, published, events, out = sc.s, sc.t, sc.published, sc.events, []
    since_re, total_re = sc.pats[0], sc.pats[1]
    points: list[tuple[int, Period]] = []  # (after the running counts: a sentence's first period is its "since")
    for m in (since_re.finditer(t) if sc.has("since", "початку", "начала", "starting", "с ", "з ", "від", "із ", "со ", "за ",
                                            "throughout", "course of") else ()):
        if published and (when := _SINCE_WHEN.match(s, m.end())):  # "the deadliest since January 2022, when the faction
            points.append((when.end(), _point(when, published)))  # killed four soldiers": that month's figures, not a
            # running count (which a figure before "since" still is: "1,745 had been killed since June 2014, when ...")
        if _SUPERLATIVE_ANY.search(s, max(0, m.start() - 60), m.start()) or _SUPERLATIVE_FAR.search(
                s, max(0, m.start() - 90), m.start()):
            continue  # "the most massive attack since the start of the full-scale war": a comparison
        tail = s[m.end(): m.end() + 70]
        cut = _TAIL_CUT.search(tail)
        tail = tail[: cut.start()] if cut else tail
        tail_t = t[m.end(): m.end() + len(tail)]
        d = next((x for x in (twin_dates(tail_t) if t is sc.low else DATE_RE.finditer(tail_t)) if parse_date(x, published)), None)
        ev = _event_start_in(tail, published)
        if ev is not None:
            out.append((m.start(), Period(ev[1], published, "cumulative")))
        elif d is not None:
            start = parse_date(d, published)
            if d.group("my") and start is not None:  # "since the invasion began in February 2022": the war's start
                start = next((x for x in sorted(_start_dates()) if (x.year, x.month) == (start.year, start.month)
                              and _EVENT_NOUN_RE.search(tail_t)), start)
            out.append((m.start(), Period(start, published, "cumulative")))
        elif published and (se := _SEASON_OF.search(tail)) and int(se.group("y")) <= published.year:
            out.append((m.start(), Period(dt.date(int(se.group("y")), _SEASON_FIRST[se.group("s").lower()], 1), published,
                                          "cumulative")))  # "since the first jets arrived in the summer of 2024"
        elif published and (yr := _SINCE_YEAR.match(s, m.end())) and 1900 < int(yr.group(1)) <= published.year:
            out.append((m.start(), Period(dt.date(int(yr.group(1)), 1, 1), published, "cumulative")))  # "since 2014"
        elif published and (yr := _SINCE_CLAUSE_YEAR.match(s, m.end())) and 1900 < int(yr.group(1)) <= published.year:
            out.append((m.start(), Period(dt.date(int(yr.group(1)), 1, 1), published, "cumulative")))  # "since operations
            # in the VRAEM began in 2008"
        elif published and (wd := _SINCE_WEEKDAY.match(s, m.end())):  # "since Friday": the last Friday
            out.append((m.start(), Period(_weekday_before(published, wd.group(1)), published, "cumulative")))
        elif published and (wd := _SINCE_CLAUSE_WEEKDAY.match(tail)):  # "since the rebels attacked army positions on
            out.append((m.start(), Period(_weekday_before(published, wd.group(1)), published, "cumulative")))  # Wednesday"
        elif _YEAR_START.match(s, m.start()) and published:
            out.append((m.start(), Period(dt.date(published.year, 1, 1), published, "cumulative")))
        elif published and (part := _MONTH_OR_SEASON.match(s, m.end())) and not _SUPERLATIVE.search(
                s, max(0, m.start() - 50), m.start()):
            # "since the start of November", "с начала декабря", "з початку літа" (not "the smallest monthly figure
            # since February", a comparison)
            out.append((m.start(), Period(_part_start(part, published), published, "cumulative")))
        else:
            noun = _EVENT_NOUN_RE.search(tail)
            if noun:
                start = _event_start(noun.group(0), events)
                out.append((m.start(), Period(start, published, "cumulative",
                                              war=start is None and noun.group(0).lower() in _WAR_NOUNS)))
    if not dated and not out and sc.has("since", "початку", "начала", "starting", "total", "всего", "загалом"):
        ev = _event_start_in(s, published)
        since = since_re.search(t)
        if ev is not None and (since or total_re.search(t)) \
                and not (since and _SUPERLATIVE_ANY.search(s, max(0, since.start() - 60), since.start())):
            out.append((ev[0], Period(ev[1], published, "cumulative")))
    for m in (total_re.finditer(t) if sc.has("total", "all", "so far", "to date", "всего", "загалом", "целом", "період") else ()):
        out.append((m.start(), Period(None, published, "cumulative")))
    for m in (_IN_EVENT.finditer(s) if ("in the " in sc.low or "during the " in sc.low)
              and any(w in sc.low for w in ("toll", "losses", "casualties")) else ()):  # (words every match holds)
        here = _event_starts(s[m.start():], published)  # "the IDF's death toll in the ground operation in Gaza, which
        start = _event_start(m.group("noun"), here or events)  # began on October 27": a running count from the
        if start is not None:  # event's start, the one this sentence dates if it dates one
            out.append((m.start(), Period(start, published, "cumulative")))
    for m in (_DURING_EVENT.finditer(s) if any(w in sc.low for w in _DURING_WORDS) else ()):
        # "during the operation, which began on March 27", "в ходе операции, начавшейся 27 марта", "466 of whom fell in
        # the ground operation in Gaza that began on October 27": from the start the
        # sentence itself gives the event (an undated "during the attack" is no running count)
        start = _event_start(m.group("noun"), _event_starts(s[m.start():], published))
        if start is not None:
            out.append((m.start(), Period(start, published, "cumulative")))
    return out + points


#: "last week" (not "the last week", seven days back), "минулого тижня", "на прошлой неделе": the week before this one.
_LAST_WEEK = re.compile(r"(?<!the )(?<!\w)last\s+week\b(?!['’])|(?<!\w)(?:минулого\s+тижня|на\s+минулому\s+тижні|"
                        r"на\s+(?:прошлой|минувшей)\s+неделе)(?!\w)", re.IGNORECASE)
_RELEASED = re.compile(r"\b(?:released|published|issued|posted)\s+(?:on\s+)?$", re.IGNORECASE)


def _relative(sc: _Scan, before: list[tuple[int, Period]]) -> list[tuple[int, Period]]:
    """Windows counted back: "the same period" (the one before), "in the past 24 hours", "за тиждень", "in the month",
    "over the week" (the lead's), "in the past 72 hours", "за три місяці операції" (the operation's run so far)."""
    s, t, low, published, out = sc.s, sc.t, sc.low, sc.published, []
    for m in (_SAME.finditer(s) if sc.has("the same", "же період", "же период", "самий період", "ж дня", "же дня", "же день", "that day", "за ",
                                            "ночь", "ніч") else ()):
        if _RELEASED.search(s, max(0, m.start() - 24), m.start()):
            continue  # "In its weekly summary, released the same day, ...": the summary's day, not a loss's
        day = m.group(0).lower().endswith(("day", "дня", "день"))  # "that day", "того ж дня": a day, not a window
        out.append((m.start(), Period(None, published, "increment", span="sameday" if day else "same")))
    relative_ok = t is not low or not s.isascii() or _RELATIVE_KEYS.search(low) is not None
    for pat, days in (sc.pats[2] if relative_ok and sc.has("past", "last", "previous", "over the day", "overnight", "day", "за ", "this week", "a week", "the week", "доби", "суток", "течение", "протягом", "the month", "quarter", "ночі", "ночью") else ()):
        if t is low and not any(w in low for w in _RELATIVE_WORDS[days]):
            continue  # none of the words every match holds (the twin scans the lower case: exact)
        for m in pat.finditer(t):
            if days == 1 and m.group(0).endswith("night") and _TOLD_THEN.search(s, max(0, m.start() - 60), m.start()):
                continue  # "told a press conference in Benghazi last night that ...": when it was said
            span = {7: "week", 30: "month", 91: "quarter"}.get(days)
            start = _month_before(published) if span == "month" and published else _day(published, days)
            out.append((m.start(), Period(start, published, "increment", span=span)))
    for m in (_LAST_WEEK.finditer(s) if published and ("last week" in low or "тижн" in low or "недел" in low) else ()):
        monday = published - dt.timedelta(days=published.weekday() + 7)  # "last week", "минулого тижня": the calendar
        out.append((m.start(), Period(monday, monday + dt.timedelta(days=6), "increment", span="week")))  # week before
        # this one (vague: a window the sentence dates outright stands over it)
    for m in (_THE_WEEK.finditer(s) if "the week" in low else ()):
        if not any(0 <= o - m.end() <= 8 for o, _p in before):  # (not "in the week from June 28 to July 4": its dates)
            out.append((m.start(), Period(_day(published, 7), published, "increment", ref=True)))
    if _UNIT_HINT.search(low):
        taken = {o for o, _p in before + out}
        for m in (_LAST_N_TWIN if t is low else _LAST_N).finditer(t):
            n = parse_number(m.group("n") or m.group("n2"))
            per_unit = _UNIT_DAYS[(m.group("u") or m.group("u2")).lower()]
            if n and n * per_unit < 0.25 and not _BACK.search(m.group(0)):
                continue  # "за два часа уничтожила", "within two hours": how long it took, no window back from the news
                # (not "За 12 годин ворог втратив": a report's window)
            if n and m.start() not in taken:
                days = max(1, round(n * per_unit))
                ev = _EVENT_AFTER.match(s, m.end())  # "за три місяці операції": the dated operation's run so far
                if ev and (start := sc.events.get(ev.group(1).lower())) is not None:
                    out.append((m.start(), Period(start, published, "cumulative")))
                else:
                    out.append((m.start(), Period(_day(published, days), published, "increment")))
    return out


#: Events of a day or so: the day written after one ("repelled an attack on Sunday, killing 31") is the loss's day.
_SHORT_EVENT = re.compile(r"(?:attack|assault|raid|clashes|fighting|battle|ambush)\b", re.IGNORECASE)
_AN_EVENT = re.compile(r"\b(?:an?|one)\s+(?:[\w'-]+\s+){0,3}?$", re.IGNORECASE)  # "in a follow-up ground operation on
# Wednesday": one operation of that day, not a campaign's start
_START_OF_BEFORE = re.compile(r"\b(?:since|start of|beginning of|outbreak of)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:on\s+)?$",
                              re.IGNORECASE)  # "since the start of the battles on"


def _event_dated(started_before: re.Pattern, t: str, pos: int, recent: bool = True) -> bool:
    """Whether the day at ``pos`` dates an event's start ("the invasion on February 24, 2022", "the offensive launched
    on Monday", "since the start of the battles on Dec. 12", "triggered by Hamas's attack on October 7, 2023"), which
    is no loss's day; an attack or a raid of a ``recent`` day (a weekday, a date in the week before publication) is
    the day of its losses ("repelled an attack on Sunday, killing 31"), as is "an operation on Wednesday"."""
    if _START_OF_BEFORE.search(t, max(0, pos - 60), pos) or _SINCE_CLAUSE.search(t, max(0, pos - 80), pos):
        return True  # (and "since the rebels began their push on the town on October 25")
    m = started_before.search(t, 0, pos)
    return m is not None and (not recent or (_SHORT_EVENT.match(m.group(0)) is None
                                             and not _AN_EVENT.search(t, max(0, m.start() - 40), m.start())))


#: A rise ("rose by 25% to 3,200 tanks over the year"): the year is the rise's, not a window of the total.
_ROSE = re.compile(r"\b(?:rose|risen|increased|grew|climbed|jumped)\b|(?<!\w)(?:зросл\w*|зріс|выросл\w*|вырос)(?!\w)",
                   re.IGNORECASE)
#: "за рік", "за год", "over the year": the year a round-up sums up (see :func:`_the_year`).
_OVER_THE_YEAR_WORDS = ("за рік", "за год", "протягом року", "в течение года", "over the year", "during the year")
_OVER_THE_YEAR = re.compile(r"(?<!\w)(?:" + "|".join(_OVER_THE_YEAR_WORDS) + r")(?!\w)", re.IGNORECASE)


def _the_year(published: dt.date) -> Period:
    """The year "за рік" means: the last calendar year in the first half of January (a year's round-up), this year so
    far in December (as "this year"), else the twelve months before publication."""
    if published.month == 1 and published.day <= 15:
        return Period(dt.date(published.year - 1, 1, 1), dt.date(published.year - 1, 12, 31), "increment")
    if published.month == 12:
        return Period(dt.date(published.year, 1, 1), published, "cumulative")
    return Period(_day(published, 365), published, "increment")


_COMMA_GAP = re.compile(r",?\s*")
#: An operation of N days that ended on the weekday after it: "in a three-day operation that ended on Monday".
_DAYS_ENDED = re.compile(r"\b(?P<n>[\w-]+)-day\s+(?:[\w-]+\s+){1,2}?(?:that|which)\s+(?:ended|concluded)\s*(?:on\s*)?$",
                         re.IGNORECASE)


#: From one month to another: "с августа по октябрь", "з серпня по жовтень", "from August to October (2025)".
_A_MONTH_WORD = r"(?:" + _MONTH + "|" + "|".join(_CYR_MONTH_WINDOWS) + r")(?!\w)"  # ("октябрь", "жовтень" too; not
# "Mariupol" or "Novoazovsk", whose first letters are a month's)
_MONTH_RANGE = re.compile(r"(?<!\w)(?:from|between|с|со|з|із|від)\s+(?P<a>" + _A_MONTH_WORD + r")\s+(?:to|and|through|until|по|"
                          r"до)\s+(?P<b>" + _A_MONTH_WORD + r")(?:\s+(?P<y>\d{4}))?(?!\w)", re.IGNORECASE)


def _month_range(m: re.Match, published: dt.date) -> list[tuple[int, Period]]:
    """The window of a :data:`_MONTH_RANGE` match (none if not begun by ``published``): the first month's first day to
    the second's last (or ``published``)."""
    a, b = month_number(m.group("a")), month_number(m.group("b"))
    y = int(m.group("y")) if m.group("y") else month_year(b, published)
    start = dt.date(y - (a > b), a, 1)
    end = min(dt.date(y, b, calendar.monthrange(y, b)[1]), published)
    return [(m.start(), Period(start, end, "increment"))] if start <= end else []


def _calendar(sc: _Scan, digit: bool, month_ok: bool, cyr_month: bool, cyr_weekday: bool, years: list,
              any_before: bool) -> list[tuple[int, Period]]:
    """Named spans: "last month", "in May"/"за листопад" (not a month compared with, a statement's or an event's
    start), "in 2024", "this year", "у ніч на 15 січня", "yesterday", "today", "on Tuesday", "on March 3", and a bare
    Ukrainian/Russian date ("1 лютого ГУР знищило ...")."""
    s, t, low, published, out = sc.s, sc.t, sc.low, sc.published, []
    _since_re, _total, _rel, in_month, yesterday, today, weekday, speech_before, started_before = sc.pats
    if published:
        for m in (_LAST_MONTH.finditer(s) if "last month" in low else ()):
            last = published.replace(day=1) - dt.timedelta(days=1)
            out.append((m.start(), Period(last.replace(day=1), last, "increment")))
        for m in (_MONTH_RANGE.finditer(s) if month_ok or not s.isascii() else ()):
            out += _month_range(m, published)
        cyr_months = CYR_IN_MONTH.finditer(s) if cyr_month else ()
        for m in [*(in_month.finditer(t) if month_ok else ()), *cyr_months]:
            # "since they were first thrown into combat in December": a running count from that month
            since = _SINCE_CLAUSE.search(s, max(0, m.start() - 70), m.start())
            if (_COMPARED.search(s, max(0, m.start() - 25), m.start()) and not _WHEN_AFTER.match(s, m.end())) \
                    or (since and _SUPERLATIVE_FAR.search(s, max(0, since.start() - 90), since.start())) \
                    or sc.stated(m.start()) or (
                    not since and started_before.search(t, max(0, m.start() - 40), m.start())):  # "a siege that began in June"
                continue  # "45,720, 3,040 more than in October": the month compared with, not the figure's; "said in
                # October": the statement's month
            mo = month_number(m.group("m") or m.group("g"))
            y = int(m.group("y")) if m.group("y") else month_year(mo, published)
            end = min(dt.date(y, mo, calendar.monthrange(y, mo)[1]), published)
            if since:  # (from a war's start in that month: "since the full-scale invasion began in February 2022"; not
                # "since the first aircraft arrived in August 2024", no event)
                start = next((x for x in sorted(_start_dates()) if (x.year, x.month) == (y, mo)
                              and _EVENT_NOUN_RE.search(s, since.start(), m.start())), dt.date(y, mo, 1))
                out.append((since.start(), Period(start, published, "cumulative")))
            else:
                out.append((m.start(), Period(dt.date(y, mo, 1), end, "increment")))
    for m in years:  # "in 2024", "у 2024 році"
        y = int(m.group("y") or m.group("y2"))
        if y <= published.year and not _COMPARED.search(s, max(0, m.start() - 25), m.start()) \
                and not _FOUNDED.search(s, max(0, m.start() - 60), m.start()) \
                and not _SINCE_CLAUSE_YEAR.search(s, max(0, m.start() - 80), m.end()):  # (nor the start of a running
            # count: "Since operations in the VRAEM began in 2008")
            # a finished year is a window; the current one, a running total since 1 January (not a body's founding: "a
            # self-defence group formed among the Zande community in 2023")
            out.append((m.start(), Period(dt.date(y, 1, 1), min(dt.date(y, 12, 31), published),
                                          "cumulative" if y == published.year else "increment")))
    firsts = []  # (the spans of "in the first ten months of this year": no running total since 1 January)
    for m in (_FIRST_MONTHS.finditer(s) if published and any(w in sc.low for w in ("month", "месяц", "місяц")) else ()):
        n = parse_number(m.group("n"))  # "in the first ten months of the year": 1 January to the Nth month's end
        if n and 1 <= n < 12:
            y = published.year - (n >= published.month)
            out.append((m.start(), Period(dt.date(y, 1, 1), dt.date(y, int(n), calendar.monthrange(y, int(n))[1]),
                                          "increment")))
            firsts.append(m.span())
    for m in (_THIS_YEAR.finditer(s) if published and sc.has("this year", "року", "года", "году") else ()):
        if not any(a <= m.start() < b for a, b in firsts):
            out.append((m.start(), Period(dt.date(published.year, 1, 1), published, "cumulative")))
    for m in (_WEEK_TO.finditer(s) if published and digit and ("week" in low or "days" in low or "hours" in low) else ()):
        d = _date_at(s, m.end(), published)  # "in the week to Nov. 2", "in the seven days ending March 3"
        if d is not None:
            back = 1 if m.group("u").startswith("24") else 6
            out.append((m.start(), Period(d - dt.timedelta(days=back), d, "increment")))
    for m in (_NIGHT_TO.finditer(s) if published and ("ніч" in low or "ночь" in low or "ночі" in low or "night" in low) else ()):
        # "у ніч на 15 січня": the night before the 15th; "the night of May 6" (or "of May 6-7"): the night after the
        # 6th; "у ніч на суботу", "overnight into Saturday": that weekday's night
        d = _date_at(s, m.end(), published)
        if d is None and (wd := _NIGHT_WEEKDAY.match(s, m.end())):
            d = _weekday_before(published, wd.group(1))
        if d is not None:
            night_of = m.group(0).rstrip().lower().endswith(" of")
            out.append((m.start(), Period(d, min(d + dt.timedelta(days=1), published), "increment") if night_of
                        else Period(d - dt.timedelta(days=1), d, "increment")))
    for m in (yesterday.finditer(t) if sc.has("yesterday", "вчора", "вчера") else ()):
        if not sc.stated(m.start()):  # ("said yesterday" dates the statement)
            d = _day(published, 1)
            out.append((m.start(), Period(d, d, "increment")))
    for m in (today.finditer(t) if sc.has("today", "this morning", "сьогодні", "сегодня") else ()):
        out.append((m.start(), Period(published, published, "increment")))
    for m in (_OVER_THE_YEAR.finditer(s) if published and ("рік" in low or "год" in low or "year" in low)
              and (t is not low or any(w in low for w in _OVER_THE_YEAR_WORDS)) else ()):  # (a plain text: its phrases)
        if not sc.stated(m.start()) and not _ROSE.search(s, 0, m.start()):  # (not "rose by 25% to 3,200 tanks over
            out.append((m.start(), _the_year(published)))  # the year": a running total's rise, not its window)
    windows = []  # "between Thursday and Saturday", "с четверга по субботу": the days from the one to the other
    spans = _WEEKDAY_WINDOW.finditer(s) if published and (sc.has("between", "from", "з ", "с ", "від") or "began" in low
                                                         or "started" in low) \
        and (t is not low or ANY_WEEKDAY_WORD.search(low)) else ()  # (a plain text: a weekday named)
    pairs = _WEEKDAY_PAIR.finditer(s) if published and (cyr_weekday or any(w in low for w in WEEKDAYS)) else ()
    for m in [*spans, *pairs]:
        if not sc.stated(m.start()):
            end = _weekday_before(published, m.group("b"))
            out.append((m.start(), Period(_weekday_before(end, m.group("a")), end, "increment")))
            windows.append(m.span())
    for m in (_WEEKEND.finditer(s) if published and sc.has("weekend", "the weekend", "выходных", "вихідних") else ()):
        if not sc.stated(m.start()):  # "over the weekend", "на минувших выходных": the last Saturday and Sunday
            sunday = _weekday_before(published, "sunday")
            out.append((m.start(), Period(sunday - dt.timedelta(days=1), sunday, "increment")))
    for m in (weekday.finditer(t) if (cyr_weekday or ("day" in low and ("on " in low or "day's" in low or "hours of" in low)))
              and (cyr_weekday or not s.isascii() or any(w in low for w in WEEKDAYS)) else ()):  # an ASCII text names one
        if published and not sc.stated(m.start()) and not speech_before.search(t, 0, m.start()) \
                and not _event_dated(started_before, t, m.start()) and not any(a <= m.start() < b for a, b in windows):
            d = _weekday_before(published, m.group(1) or m.group(2) or m.group(3) or m.group(4))
            when = DATE_RE.match(s, _COMMA_GAP.match(s, m.end()).end())  # "on Monday, 9 November": that date
            d = written if when and (written := parse_date(when, published)) and written <= published else d
            lasted = _DAYS_ENDED.search(s, max(0, m.start() - 70), m.start()) if "ended" in low or "conclu" in low else None
            n = parse_number(lasted.group("n")) if lasted else None  # "in a three-day operation that ended on
            first = d - dt.timedelta(days=int(n) - 1) if n and 1 < n <= 31 else d  # Monday": its days up to then
            out.append((m.start(), Period(first, d, "increment")))
    for m in (_HOLIDAY.finditer(s) if published and "on " in low and any(w in low for w in _HOLIDAY_WORDS) else ()):
        if not sc.stated(m.start()) and not speech_before.search(t, 0, m.start()) \
                and not _COMPARED.search(s, max(0, m.start() - 25), m.start()) and not _FROM_N.search(s, 0, m.start()):
            # "on Good Friday", "on Christmas Day" (not "a statement released on Christmas Day", "from 300,000 on New
            # Year's Day": the day of a statement or of a figure compared with)
            year = _YEAR_NEXT.match(s, m.end())  # ("on Christmas Day 2022": that year's)
            d = holiday_before(dt.date(int(year.group(1)), 12, 31) if year else published, m.group("h"))
            if d > published:
                continue
            out.append((m.start(), Period(d, d, "increment")))
    for m in (_ON_DATE.finditer(s) if "on " in low or (digit and any(w in low for w in _OF_DAY_WORDS)) else ()):
        d = _date_at(s, m.end(), published)  # first: most "on X" are no date, and the tests below scan the whole prefix
        if d and not (sc.stated(m.start()) or speech_before.search(t, 0, m.start())
                      or _event_dated(started_before, t, m.start(), recent=published is not None and 0 <= (published - d).days <= 7)):
            if (any_before or out) and _SPEAKER_NEXT.match(s, DATE_RE.match(s, m.end()).end()):
                continue  # "On May 13, Pakistan's ISPR said 11 ... between May 6 and May 10": the statement's day
            out.append((m.start(), Period(d, d, "increment")))
    if not any_before and not out and digit and not s.isascii():  # "1 лютого ГУР знищило ...", "14 марта сбит": a bare
        for m in _CYR_DATE.finditer(s):  # Ukrainian/Russian date (no "з/с/до/по/на/станом на" before it) dates the loss
            d = _date_at(s, m.start(), published)
            if d and not _CYR_DATE_BEFORE.search(s, max(0, m.start() - 25), m.start()) and not sc.stated(m.start()) \
                    and not started_before.search(t, 0, m.start()):
                since = _SINCE_THEN.search(s, m.end())  # "24 лютого 2022 року ..., а відтоді Росія втратила": a start
                out.append((since.start(), Period(d, published, "cumulative")) if since else (m.start(), Period(d, d, "increment")))
    return out


#: A season of a year in a "since" clause, and its first month: "since the first jets arrived in the summer of 2024".
_SEASON_OF = re.compile(r"\b(?P<s>spring|summer|autumn|fall)\s+of\s+(?P<y>\d{4})\b", re.IGNORECASE)
_SEASON_FIRST = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}
#: A body's founding or a document's publication before its year ("a self-defence group formed among the Zande community
#: in 2023", "the Defence Ministry's official history, published in 1992"): no window.
_FOUNDED = re.compile(r"\b(?:formed|founded|created|established|set\s+up|published|written|compiled|printed|declassified)\s+"
                      r"(?:[\w'-]+\s+){0,5}?$", re.IGNORECASE)
#: A relative clause: a day in it dates that clause's event ('the "Center" group, which took the town of Avdiivka on
#: February 17, advanced further west'), not the losses of the sentences after it.
RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|котор\w+|який|яка|яке|які)\s+[^,;.]{3,120},")


def in_relative_clause(text: str, offset: int) -> bool:
    """Whether ``offset`` of ``text`` lies in a relative clause (:data:`RELATIVE_CLAUSE`)."""
    return "," in text and any(m.start() <= offset < m.end() for m in RELATIVE_CLAUSE.finditer(text))


def _settle(sc: _Scan, out: list[tuple[int, Period]], digit: bool) -> list[tuple[int, Period]]:
    """The phrases that stand: an explicit window over a vague one or its first day alone ("за минулий тиждень, з 13 по
    19 січня"); "as of November 8" ends the running totals; "in total since X" takes X as the start."""
    published = sc.published
    if out and ("than" in sc.low or "ніж" in sc.low or "чем" in sc.low):  # "more than in any month since the start of
        out = [(o, p) for o, p in out if not _COMPARISON.search(sc.s, max(0, o - 60), o)  # the year": compared with
               or (p.basis == "increment" and _WHEN_AFTER.search(sc.s, o, o + 40))]  # (but not a month with its "when"
        # clause: "більше, ніж у вересні, коли втрати росіян становили 29 480")
    out = [(o, p) for o, p in out if not (p.basis == "cumulative" and p.start is None and not p.war
                                          and _SUPERLATIVE_ANY.search(sc.s, max(0, o - 60), o))]  # "the second-highest
    # weekly total since …": a record, no running total
    windows = [p for _o, p in out if p.basis == "increment" and p.start and p.end and (p.end - p.start).days >= 1
               and p.end != published]
    if windows:
        at = [o for o, p in out if p in windows]  # (and "з 1 січня" of "з 1 січня по 31 грудня" is no "since 1 January")
        out = [(o, p) for o, p in out if p in windows or not ((p.basis == "increment" and (
            p.end == published or any(p.start == w.start and p.end == w.start for w in windows)))
            or (p.basis == "cumulative" and any(0 < w - o <= 4 for w in at)))]
    as_ofs = _as_of(sc.s, published) if digit and (sc.has("as of", "by ", "станом на", "по состоянию на", "данным на",
                                                          "даними на", "концу", "кінця", "конец", "кінець")
                                                   or "к " in sc.low) else []
    if as_ofs:  # "as of November 8": running totals end that day
        as_of = as_ofs[0]
        out = [(o, p._replace(end=as_of[1]) if p.basis == "cumulative" and p.end == published else p) for o, p in out]
        if not any(p.basis == "cumulative" for _o, p in out):
            out.append((as_of[0], Period(None, as_of[1], "cumulative")))
        out += [(o, Period(None, d, "cumulative")) for o, d in as_ofs[1:]]  # "з 9 680 станом на 1 січня 2025 року до
        # 11 462 станом на 1 січня 2026 року": each total its own day
    if any(p.basis == "cumulative" and (p.start or p.war) for _o, p in out):  # "in total since X": X is the start
        out = [(o, p) for o, p in out if not (p.basis == "cumulative" and p.start is None and not p.war)]
    starts = {}  # one "since" read two ways ("since they were first sent into battle in December": the battle the text
    for o, p in out:  # named, or December): the month written, the later start
        if p.basis == "cumulative" and p.start is not None:
            starts[o] = max(starts.get(o, p.start), p.start)
    return [(o, p) for o, p in out if not (p.basis == "cumulative" and p.start is not None and p.start < starts[o])]


#: "than in any month since …", "ніж за будь-який місяць з …", "than in the same period of August": a period compared with.
_COMPARISON = re.compile(r"(?<!\w)(?:than|ніж|чем)\s+(?:(?:in|during|for|over|за|в|у)\s+(?:(?:any|every|all|будь-\w+|любо\w*|"
                         r"всі\w*|все\w*|the same|the previous|last|a year|тот же|той же|той самий|цей же|минул\w*|прошл\w*|"
                         r"попередн\w*|предыдущ\w*)(?!\w)[^,;.:\d]{0,40})?|(?:the same|тот же|той же|той самий|цей же)(?!\w)"
                         r"[^,;.:\d]{0,40})?$", re.IGNORECASE)  # (not "more than any other unit last month": its own month)
_AS_OF = re.compile(r"\b(?:as of|by|станом на|по состоянию на|(?:данным|даними|данных|даних) на)\s+"
                    r"|(?<!\w)(?:к|до|на)\s+(?=(?:концу|кінця|конец|кінець)\s)"
                    r"|(?<!\w)к\s+(?=\d{1,2}\s+(?:" + "|".join(_CYR_MONTHS) + r")(?!\w))", re.IGNORECASE)  # ("к 19 июня")
_AS_OF_WEEKDAY = re.compile(r"(" + "|".join(WEEKDAYS) + r")\b(?!['’])(?:,?\s+(?=\d|" + _MONTH + r"))?", re.IGNORECASE)
#: "by the end of 2023", "к концу 2025 года", "до кінця 2024 року": the last day of that year (or month)
_END_OF = re.compile(rf"(?:the end of|концу|кінця|конец|кінець)\s+(?:(?P<m>{_MONTH})(?:\s+(?P<y>\d{{4}}))?(?![\w.])|"
                     rf"(?P<yy>\d{{4}})(?!\d))", re.IGNORECASE)  # (a month with no year: the last one by the news)


def _as_of(s: str, published: dt.date | None) -> list[tuple[int, dt.date]]:
    """(offset, date) of each "as of <date>" ("as of 12.09.2024", "станом на 8 листопада", "by November 8", "by the end
    of 2023", "by the end of September") whose date is not after ``published``."""
    out = []
    for m in _AS_OF.finditer(s):
        wd = _AS_OF_WEEKDAY.match(s, m.end())  # "as of Sunday, June 1", "by Thursday"
        d = _date_at(s, wd.end() if wd else m.end(), published)
        if d is None and wd and published is not None:
            d = _weekday_before(published, wd.group(1))
        end = _END_OF.match(s, m.end()) if d is None else None
        if end is not None and (end.group("y") or end.group("yy") or published is not None):
            mo = month_number(end.group("m")) if end.group("m") else 12
            y = int(end.group("y") or end.group("yy") or published.year - (mo > published.month))
            d = dt.date(y, mo, calendar.monthrange(y, mo)[1])
        if d is not None and (published is None or d <= published):
            out.append((m.start(), d))
    return out


def _event_start(noun: str, events: dict[str, dt.date]) -> dt.date | None:
    """The start the text gave for an event noun; for any noun but "war"/"invasion", the text's one event start if it
    gave only one ("since the fighting began" in a text about one offensive)."""
    key = noun.lower().replace("-", "")
    if key in events:
        return events[key]
    if key not in _WAR_NOUNS and len(set(events.values())) == 1:
        return next(iter(events.values()))
    return None


def _month_before(d: dt.date) -> dt.date:
    """The same day a calendar month before ``d`` (the month's last day when it has no such day)."""
    first = d.replace(day=1) - dt.timedelta(days=1)
    return first.replace(day=min(d.day, first.day))


def nearest(cues: list[tuple[int, Period]], pos: int, lo: int = 0, hi: int | None = None) -> Period | None:
    """The period phrase closest to a figure at ``pos`` (``None`` when there is none); with ``lo``/``hi`` (where the
    figures before and after it stand), only a phrase in that stretch: in "from Feb 24 to Nov 15 ... 719,090
    personnel, including 1,740 over the past day" the past day belongs to the 1,740."""
    if not cues:
        return None
    if hi is not None:
        cues = [c for c in cues if lo <= c[0] < hi]
        if not cues:
            return None
    return min(cues, key=lambda c: abs(c[0] - pos))[1]


def find_period(sentence: str, published: dt.date | None, events: dict[str, dt.date]) -> Period | None:
    """The period of a sentence's first period phrase, or ``None`` when it says nothing about time."""
    cues = period_cues(sentence, published, events)
    return min(cues, key=lambda c: c[0])[1] if cues else None
