"""A statement's date in a sentence ("the ministry said on Monday", "Shoigu said at a board meeting on June 9",
"сообщило во вторник", "Про це в понеділок, 6 січня, повідомив"): the day the figures were stated, which ends their
running totals and anchors "the past 24 hours"."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .dates import (
    CYR_MONTH_WINDOWS,
    CYR_MONTHS,
    CYR_WEEKDAYS,
    DATE_RE,
    WEEKDAYS,
    month_number,
    month_year,
    parse_date,
)
from .dates import MONTH_PATTERN as _MONTH
from .dates import weekday_before as _weekday_before
from .lexicon import cues, plain, trie_regex, twin

#: "Yesterday", "накануне" (the eve, said of the text's own day): the day before publication.
_YESTERDAY = (r"(?:yesterday|вчора|вчера)(?!['’]s)|накануне(?!\s+(?:переговор|встреч|визит|саммит|выбор|праздник|дня|"
              r"годовщин|нового|наступлен|удар|атак))")  # (not "yesterday's strikes", "накануне переговоров": the eve of
#: The verbs of a statement its date is read around (a speaker's verb, in English, Ukrainian and Russian).
_SPOKE = (r"said|says|reported|claimed|announced|stated|told|wrote|posted|заявил[аио]?|сообщил[аио]?|доложил[аио]?|объявил[аио]?|"
          r"оголосив|оголосила|оголосило|оголосили|"
          r"сообщал[аио]?|заявлял[аио]?|повідомляв|повідомляла|повідомляли|повідомляло|"
          r"подв[её]л\s+итоги|подвела\s+итоги|підбив\s+підсумки|підбила\s+підсумки|summed\s+up|"
          r"повідомив|повідомила|повідомили|повідомило|заявив|заявила|заявили|заявило|написав|написала|написал|зазначив|"
          r"отметил|стверджували|стверджував|стверджувала|стверджувало|утверждали|утверждал|утверждала|утверждало|"
          r"рассказал[аио]?|розповів|розповіла|розповіли|розповіло|сказал[аио]?|сказав|сказала|сказали|"
          r"оцінив|оцінила|оцінило|оцінили|оценил[аио]?")  # ("Британська розвідка в неділю оцінила, що ...")
#: A statement's date: "said on Monday", "said yesterday", "said Monday", "said at a board meeting on June 9", "заявил во вторник",
#: "повідомили 9 червня". The date is when the figures were stated, not when the losses happened.
#: "told reporters", "told AFP", "told the ministry's board meeting": a hearer of up to five words, none a number, a verb
#: or "that", not opening on "of" (not "told AFP two soldiers died on Monday": the day is the deaths')
_TOLD = (r"told(?!\s+of\b)(?:\s+(?!(?:that|how|what|a\s+total|one|two|three|four|five|six|seven|eight|nine|ten|died|were|was|"
         r"had|have|has|are|is)\b|\d|\w+ed\b)[\w.'’]+){1,5}?")  # ("told the Assembly of the Republic on Tuesday")
_SAID_ON = re.compile(
    r"\b(?:said|says|reported|claimed|announced|stated|added|wrote|estimated|assessed|confirmed|noted|declared|posted|acknowledged|admitted|"
    r"released|published|issued|dated|gave\s+(?:its|their|his|her)\s+(?:own\s+)?(?:tally|figures|count|estimate|update)"
    r"(?:\s+of\s+the\s+[\w-]+)?|(?:gave|painted)\s+an?\s+(?:very\s+)?different\s+(?:picture|account|version)|(?:называл|назвал|називав|назвав)[аио]?\s+(?:цифр[уы]|число)|" + _TOLD + r"|заявил[аио]?|заявляет|сообщил[аио]?|сообщает|доложил[аио]?|повідомив|повідомила|повідомили|"
    r"повідомило|повідомляє|заявив|заявила|заявили|заявило|доповів|доповіла|написав|написала|написал|зазначив|отметил|"
    r"объявил[аио]?|оголосив|оголосила|оголосило|оголосили|утверждал[аио]?|стверджував|стверджувала|стверджували|"
    r"стверджувало)"
    r"(?:(?:\s+[^\W\d][\w'-]*){0,6}?\s+(?:in|at|on|during|на|в|во|у)\s+(?:(?:a|an|its|his|her|their|the)\s+)?"
    r"(?:[\w'-]+\s+){0,3}?(?:statement|meeting|briefing|conference|address|post|update|interview|report|session|summary|"
    r"speech|assessment|estimate|analysis|bulletin|letter|совещании|брифинге|заседании|коллегии|конференции|"
    r"обращении|брифінгу|нараді|засіданні|колегії|конференції|зверненні|telegram|телеграме|телеграмі)"
    r"(?:\s+(?:sent|submitted|presented|delivered|released|published)\s+to\s+(?:the\s+)?[\w'-]+)?)?"
    r",?\s+(?:late\s+|early\s+)?(?:(?P<yd>" + _YESTERDAY + r")(?!\w)|"
    r"(?:on\s+the\s+(?:morning|afternoon|evening|night)\s+of\s+|on\s+|в\s+|во\s+|у\s+)?"
    r"(?:(?P<wd>" + "|".join(WEEKDAYS) + r")\b|(?P<cwd>" + "|".join(CYR_WEEKDAYS) + r")(?!\w)|(?=\d|" + _MONTH + r")))",
    re.IGNORECASE)
#: The date before the verb, opening the sentence: "On Monday, the ministry said", "Про це в понеділок, 6 січня,
#: повідомив", "Об этом во вторник сообщил" (only words between: "On Monday, Russia lost 12 tanks, the ministry said"
#: dates the loss). Its statement may open it: "In its daily briefing on Monday, the ministry said", "In a statement
#: issued in Nairobi on Monday, the spokesperson said" (where it was issued, then its day).
#: A statement's participle and its place, between the statement and its date: "issued in Nairobi", "presented in Vilnius".
_ISSUED_IN = r"(?:(?:issued|released|published|posted|sent|presented)\s+(?:(?:in|from)\s+[\w-]+\s+)?)"
_IN_ITS_UPDATE = (r"(?:in\s+(?:an?|its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}?(?:update|statement|briefing|report|post|"
                  r"bulletin|summary|address|interview)\s+" + _ISSUED_IN + r"?)?")
_ON_SAID = re.compile(
    r"(?:^\W*(?:(?:напомним|нагадаємо|нагадаємо також),?\s+)?" + _IN_ITS_UPDATE + r"|(?<!\w)(?:про це|об этом)\s+(?:[^\W\d]+\s+){0,2}?)(?:(?P<yd>" + _YESTERDAY + r")(?!\w)|(?:on\s+|(?:в|во|у)\s+)"
    r"(?:(?P<wd>" + "|".join(WEEKDAYS) + r")\b|(?P<cwd>" + "|".join(CYR_WEEKDAYS) + r")(?!\w)))"
    r"(?:,?\s+\d{1,2}(?:\s+[^\W\d]+)?|,?\s+[^\W\d]+\s+\d{1,2}(?!\d))?,?\s+(?:[^\W\d][\w'.-]*,?\s+){0,8}?"
    r"(?:" + _SPOKE + r")(?!\w)", re.IGNORECASE)
#: A date opening the sentence, then its speaker and verb: "On Feb. 17, British Defence Intelligence said", "In an update
#: on Feb. 17, ..." (only words between: "On Feb. 17, Russia lost 12 tanks, the ministry said" dates the loss).
_ON_DATE = re.compile(r"^\W*(?:" + _IN_ITS_UPDATE + r"on\s+(?=\d|" + _MONTH + r")|(?:(?:лише|лишь|только|тоді ж|тогда же)\s+)?"
                      r"(?=\d{1,2}\s+(?:" + "|".join(CYR_MONTHS) + r")))", re.IGNORECASE)  # ("Лише 25 березня 2022 року
# заступник начальника Генштабу РФ Сергій Рудской заявив")
_THEN_SAID = re.compile(r",?\s+(?:(?:року|года|г\.)\s+)?(?:[^\W\d][\w'.’-]*,?\s+){0,8}?(?:said|says|reported|claimed|announced|"
                        r"stated|told|wrote|posted|estimated|" + _SPOKE + r")(?!\w)", re.IGNORECASE)
#: "puts ... at 398": a verb stating a count.
_PUT_AT = r"puts?\b(?=[^.;]{0,80}?\bat\s+(?:[a-z]+\s+){0,2}\d)"
#: The weekday between the speaker and the verb: "Russia's Ministry of Defense on Saturday released its weekly summary",
#: "Міноборони РФ у четвер заявило", "Генштаб в п'ятницю повідомив".
_WD_SAID = re.compile(
    r"(?<!\w)(?:(?P<yd>" + _YESTERDAY + r")|(?:on|в|во|у)\s+(?:(?P<wd>" + "|".join(WEEKDAYS) + r")\b|(?P<cwd>"
    + "|".join(CYR_WEEKDAYS) + r")(?!\w)))"
    r"(?:,?\s+(?:\d{1,2}\s+[^\W\d]+|[^\W\d]+\.?\s+\d{1,2}),?)?"  # (and its date: "у суботу, 22 лютого, стверджували")
    r",?\s+(?:also\s+|again\s+|уже\s+|також\s+|также\s+|(?:утром|вечером|днем|днём|вранці|уранці|ввечері|увечері)\s+)?"
    r"(?:" + _SPOKE + r"|" + _PUT_AT + r"|"  # ("в четверг утром сообщило")
    # publishing a report dates it; publishing "the names of 28 more servicemen killed" dates the loss
    r"(?:released|published|issued|опубликовал[аио]?|оприлюднив|оприлюднило|оприлюднила)\s+(?:its|a|the|their|his|her|свою|свій|своє|свої|свой)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:summary|report|update|statement|bulletin|briefing|figures|data|estimate|сводку|звіт|зведення|"
    r"отчет|отчёт|дані|данные))(?!\w)", re.IGNORECASE)
#: An aside between commas that dates a statement: "The YPG, in a statement on March 18, said" (not "Russia lost 300
#: troops on December 9, said ...", nor "..., which claimed the capture of Toretsk on Feb. 10, said").
_ASIDE = re.compile(r"\s*(?:in|у|в|во)\s+(?:a|an|its|their|the|his|her)?\s*[^\W\d][^,\d]{0,40}?\s(?:on|від|от)?\s*$",
                    re.IGNORECASE)
_ON_BEFORE = re.compile(r"(?:\bon|(?<!\w)(?:у|в|во))\s+$", re.IGNORECASE)
#: A speech verb right after a date: "Зеленський 16 лютого заявив", "Shoigu on June 9 said", "The YPG, in a statement on
#: March 18, said" (after a comma only in such an aside: see :data:`_ASIDE`).
_THEN_VERB = re.compile(r"(?P<comma>,)?\s+(?:also\s+|again\s+|також\s+|также\s+)?(?:" + _SPOKE + r")(?!\w)", re.IGNORECASE)
#: A weekday's statement named by its possessive: "In Thursday's daily update, the ministry said", "Monday's briefing".
_WD_POSSESSIVE = re.compile(r"(?:^\W*|\b(?:in|according to|per)\s+)(?:(?P<wd>" + "|".join(WEEKDAYS) + r")['’]s|"
                            r"(?:its|their|his|her|the)\s+(?P<wd2>" + "|".join(WEEKDAYS) + r"))\s+(?:[\w-]+\s+){0,2}?(?:update|briefing|"
                            r"statement|summary|report|bulletin|address|post|tally|figures)\b", re.IGNORECASE)
#: A weekday's statement named after it, anywhere in a sentence with a speech verb: "UK Defence Intelligence put Russian
#: casualties at more than 1.2 million in its update on Tuesday".
_IN_ITS_ON = re.compile(r"\bin\s+(?:its|their|his|her|an?|the)\s+(?:[\w-]+\s+){0,2}?(?:update|statement|briefing|summary|report|"
                        r"bulletin|assessment|estimate|address|post)\s+" + _ISSUED_IN + r"?(?:late\s+|early\s+)?on\s+(?P<wd>"
                        + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
#: A subordinate or relative clause opening before a weekday: its statement is not the sentence's.
_CLAUSE_BEFORE = re.compile(r"(?<!\w)(?:which|that|who|after|while|when|before|який|яка|яке|які|що|который|которое|"
                            r"которая|которые|что|после того как)\s+(?:[^\W\d][\w'’-]*\s+){0,4}$", re.IGNORECASE)
_VERB = (r"(?:said|says|reported|claimed|announced|stated|estimated|assessed|assesses|wrote|released|published|issued|" + _PUT_AT + r"|"
         + _TOLD + r"|заявил[аио]?|"
         r"сообщил[аио]?|сообщал[аио]?|заявлял[аио]?|заявив|заявила|заявили|заявило|повідомив|повідомила|повідомили|"
         r"повідомляв|повідомляла|назвав|назвала|назвал|называл[аио]?)")
_A_MONTH = (r"(?P<m>january|february|march|april|may|june|july|august|september|october|november|december|"
            + "|".join(CYR_MONTH_WINDOWS) + r")(?:\s+(?P<y>\d{4})(?:\s+(?:року|года|г\.))?)?(?![\w.])")
#: A month as a statement's time: "Zelensky said in February", "officials estimated in October that", "In February,
#: Zelensky said", "заявив у лютому 2024 року", "said in an interview in October": the figures stand as of the month's
#: end.
_MONTH_WORDS = re.compile(trie_regex(["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                       "october", "november", "december", *CYR_MONTH_WINDOWS], literal=True))
_SAID_IN_MONTH = re.compile(rf"\b{_VERB}\s+(?:(?:in|during|on)\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+)?(?:interview|"
                            rf"statement|speech|briefing|post|address|update)\s+)?(?:in|в|у|во)\s+(?:(?:a|an|its|their|his|her)\s+)?{_A_MONTH}(?:\s+(?:report|"
                            r"assessment|update|estimate|statement|briefing|analysis|study))?", re.IGNORECASE)  # ("estimated in a
# January report that")
#: The month between the speaker and the verb: "Зеленский в феврале заявил", "the ministry in March said".
_MONTH_SAID = re.compile(rf"(?<!\w)(?:in|в|у|во)\s+{_A_MONTH}\s+(?:со\s+ссылкой\s+на\s+[^\W\d]+\s+|з\s+посиланням\s+на\s+"
                         rf"[^\W\d]+\s+)?{_VERB}(?!\w)(?!\s+by\b)", re.IGNORECASE)  # (not "losses in
# May reported by the General Staff": a participle)
_TOLD_WORDS = ("йшлося", "ішлося", "шла речь", "речь шла")  # a statement's month with no verb of _SAID_KEYS
#: The month of a statement told after it: "last gave a figure in September 2022, when it said 5,937", "у лютому 2024
#: року, тоді йшлося про 31 000 загиблих".
_MONTH_WHEN_SAID = re.compile(rf"(?<!\w)(?:in|в|у|во)\s+{_A_MONTH},?\s+(?:when|коли|когда|тогда|тоді)\s+"
                              rf"(?:[^\W\d][\w'-]*\s+){{0,4}}?(?:{_VERB}|{'|'.join(_TOLD_WORDS)})(?!\w)", re.IGNORECASE)
#: The same of a day: "last disclosed its own death toll on September 21, when Defense Minister Sergei Shoigu said".
_DAY_WHEN_SAID = re.compile(rf",?\s+when\s+(?:[^\W\d][\w'.-]*\s+){{0,5}}?{_VERB}(?!\w)", re.IGNORECASE)
_ON_ANY = re.compile(r"\bon\s+(?=\d|" + _MONTH + r")", re.IGNORECASE)
_IN_MONTH_SAID = re.compile(rf"(?:^|[:;])\W*(?:in|last|в|у|во)\s+{_A_MONTH},?\s+(?:[^\W\d][\w'.’-]*,?\s+){{0,12}}?{_VERB}(?!\w)",
                            re.IGNORECASE)  # ("In November, Gen. Mark Milley, the chairman of ..., said")
_DIGIT = re.compile(r"\d")
_THAT = re.compile(r",\s*(?:что|що|that)(?!\w)", re.IGNORECASE)  # a reported clause after the verb's comma
_SINCE_THEN = re.compile(r"(?<!\w)(?:відтоді|з того часу|с тех пор|since then|since that day)(?!\w)")
_YESTERDAY_WORD = re.compile(_YESTERDAY)  # (on the lower case)
_WEEKDAY_WORDS = re.compile(trie_regex([*WEEKDAYS, *CYR_WEEKDAYS], literal=True))  # a trie: found by a quick prefix scan
_PUT_DATED = re.compile(r"\b(?:puts?|dated)\b")
_SAID_KEYS = re.compile(trie_regex(["said", "says", "подв", "підбив", "підбил", "summed", "gave", "назв", "назыв", "назив", "acknowledg", "admitt", "report", "claim", "announc", "stated", "added", "wrote", "estimat", "assess", "confirm",
                                     "noted", "declar", "posted", "told", "стверд", "утвержд", "оцін", "оцен", "releas", "publish", "issued", "заяв", "сообщ", "доло", "повідом", "допов", "оприлюдн", "опублик", "объяв", "оголос", "расска", "розпов", "сказа",
                                     "напис"],
                                    literal=True))  # a trie (no key is a prefix of another, so it finds what the alternation did)


def _dates_before(s: str, keys: list[int]):
    """Dates ending within a few characters before a speech verb (a digit among the 25 characters before it)."""
    for k in keys:
        lo = max(0, k - 25)
        if _DIGIT.search(s, lo, k):
            yield from (d for d in DATE_RE.finditer(s, lo, k) if k - d.end() <= 8)


#: The sentence-wide statement patterns, and their case-sensitive twins for the lower case of a plain sentence (see
#: lexicon.twin: the same spans; groups in lower case, which the month and weekday lookups fold anyway).
_PATTERNS = (_IN_MONTH_SAID, _SAID_IN_MONTH, _MONTH_SAID, _MONTH_WHEN_SAID, _SAID_ON, _ON_DATE, _ON_SAID, _WD_SAID,
             _WD_POSSESSIVE, _IN_ITS_ON)
_TWINS = tuple(twin(p) for p in _PATTERNS)


def statement_date(s: str, published: dt.date | None) -> tuple[int, int, dt.date] | None:
    """(start, end, date) of a sentence's statement date ("the ministry said on Monday", "Shoigu said at a board
    meeting on June 9", "сообщило во вторник"), if not after ``published``: the figures were stated that day, so
    running totals end then and "the past 24 hours" counts back from it; the phrase itself dates no loss."""
    if published is None:
        return None
    low = s.lower()
    t = low if plain(s) else s  # the text the patterns below scan
    (in_month_said, said_in_month, month_said, month_when_said, said_on, on_date, on_said, wd_said, wd_possessive,
     in_its_on) = _TWINS if t is low else _PATTERNS
    keys = [k.start() for k in _SAID_KEYS.finditer(low)]
    if "put" in low or "dated" in low:  # (whole words: not "Putin", "deputy", "disputed", "updated")
        keys = sorted(keys + [k.start() for k in _PUT_DATED.finditer(low)])
    month_first = in_month_said.search(t) if ":" in s or ";" in s else in_month_said.match(t)  # "In February, X
    # said", "...: last August, US officials told" (anchored at the start unless a colon or semicolon opens a clause)
    if month_first is not None and month_first.start() and keys and keys[0] < month_first.start():
        month_first = None  # ("X said on Friday that ... in the past day; last August, it said, ...": the first verb's)
    if month_first is not None and s.startswith(",", month_first.end()) and not _THAT.match(s, month_first.end()):
        month_first = None  # "In October alone, the Ministry of Defence said, Russia lost ...": an aside in the clause
        # the month dates
    if month_first is not None and any(cues()[kind].search(low, month_first.start(), low.rfind(" ", 0, month_first.end()))
                                       for kind in ("loss", "killed", "wounded")):  # (a loss word before the speech
        # verb, which may be one itself: "claimed")
        month_first = None  # "In March, a BLA attack on the same camp killed four soldiers, the ISPR said at the time":
        # the month of the loss its clause tells, not of the statement
    month = None
    told = keys or month_first or any(w in low for w in _TOLD_WORDS)
    if told and _MONTH_WORDS.search(low):  # a month named: "said in February", "In February, X said"
        month = (said_in_month.search(t) or month_said.search(t) if keys else None) or month_first \
            or month_when_said.search(t)
    if month:
        mo = month_number(month.group("m"))
        y = int(month.group("y")) if month.group("y") else month_year(mo, published)
        if y <= published.year:
            return month.start(), month.end(), min(dt.date(y, mo, calendar.monthrange(y, mo)[1]), published)
    if not keys or not (_DIGIT.search(low) or _WEEKDAY_WORDS.search(low) or _YESTERDAY_WORD.search(low)):  # no speech
        return None  # verb, or no weekday, "yesterday" or digit: the common case, decided before the costly patterns
    found = [m for k in keys if (m := said_on.match(t, k))]  # tried where a verb is
    dated = on_date.match(t) if _DIGIT.search(low) else None  # "On Feb. 17, British Defence Intelligence said"
    when = DATE_RE.match(s, dated.end()) if dated else None
    if when and (said := _THEN_SAID.match(s, when.end())) and (d := parse_date(when, published)) and d <= published \
            and not any(cues()[kind].search(low, when.end(), said.end()) for kind in ("loss", "killed", "wounded")) \
            and not _SINCE_THEN.search(low):  # (nor "24 лютого 2022 року Путін оголосив ..., а відтоді Росія втратила":
        # the day the count starts)
        return dated.start(), when.end(), d  # (not "5 мая под Бахмутом погибли двое военнослужащих ВСУ, сообщило ...":
        # the day of the loss the clause tells)
    for on in (_ON_ANY.finditer(s) if "when" in low else ()):  # "..., on September 21, when Shoigu said 5,937"
        when = DATE_RE.match(s, on.end())
        if when and _DAY_WHEN_SAID.match(s, when.end()) and (d := parse_date(when, published)) and d <= published:
            return on.start(), when.end(), d
    opening = on_said.match(t)  # "On Monday, the ministry said", "Про це в понеділок ... повідомив"
    if _WEEKDAY_WORDS.search(low) or _YESTERDAY_WORD.search(low):
        # "X on Saturday released", "X yesterday said", but not after an undated verb of the sentence ("said ..., after the ministry on
        # Sunday claimed") nor in a clause of its own ("the ministry, which on Monday released its summary, said")
        found += [m for m in wd_said.finditer(t) if not any(k < m.start() for k in keys)
                  and not _CLAUSE_BEFORE.search(s, max(0, m.start() - 30), m.start())]
        found += wd_possessive.finditer(t)
        found += in_its_on.finditer(t)
    # the first in the sentence is its main statement ("X on Saturday released its summary ..., whose capture it first
    # announced on Monday")
    dated = []  # (start, end, date) of each statement phrase
    for m in found + ([opening] if opening else []):
        g = m.groupdict()
        if g.get("yd"):
            dated.append((m.start(), m.end(), published - dt.timedelta(days=1)))
        elif g.get("wd") or g.get("cwd") or g.get("wd2"):
            dated.append((m.start(), m.end(), _weekday_before(published, g.get("wd") or g.get("cwd") or g.get("wd2"))))
        elif when := DATE_RE.match(s, m.end()):
            dated.append((m.start(), when.end(), parse_date(when, published)))
    for when in _dates_before(s, keys):  # "Зеленський 16 лютого заявив": the date between the speaker and the verb
        if when.start() > 3 and (verb := _THEN_VERB.match(s, when.end())) \
                and not _CLAUSE_BEFORE.search(s, max(0, when.start() - 30), when.start()) \
                and not (verb.group("comma") and not _ASIDE.match(s, s.rfind(",", 0, when.start()) + 1, when.start())):
            on = _ON_BEFORE.search(s, max(0, when.start() - 4), when.start())  # (with its "on": no loss's day either)
            dated.append((on.start() if on else when.start(), when.end(), parse_date(when, published)))
    for start, end, d in sorted(dated, key=lambda x: x[0]):
        if d is not None and d <= published and (published - d).days <= 366:
            return start, end, d
    return None
