"""Step 2 and 3 of article extraction: tie numbers to category labels (found by :mod:`.labels`), then attach
qualifier, fate (killed, wounded, ...) and "including" nesting.

A figure is a number with a category label right after it ("69 tanks", "three United States-made
HIMARS", "dozens of drones"), right before it ("tanks ‒ 8,786", "personnel: about 32,750") or
governing it in the same clause ("the number of tanks destroyed rose to 8,786"). A number with no
label is not a figure.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort

from ..vocab import taxonomy
from . import attribution as attr
from .attributes import NESTING, ROOT_FATES, fate, nest, qualifier
from .context import BARE_FATES, CYR_FATES
from .dates import DATE_RE, DATE_TWIN, MONTH_PATTERN
from .found import Found, label_info, shifted
from .labels import attack_after, find_labels, label_after, label_before, model_after
from .lexicon import (
    cues,
    lower,
    plain,
    trie_regex,
    twin,
)
from .losers import SIDES_GAP, side_word
from .numbers import Number, find_numbers, has_word_number
from .parts import (
    AND_OTHER,
    CYR_PLURAL_ENDS,
    CYRILLIC,
    FATE_AFTER,
    OF_THEM,
    OTHERS,
    PERSONNEL,
    STATUS_FATES,
    STATUS_NEXT,
    STILL,
    joint_category,
    opens_on_before,
    others_of_before,
    part_without_label,
    parts_of_before,
    recruits_of_their_whole,
)
from .sentences import Sentence

_DIGIT = re.compile(r"\d")
_ONE_FATE = ("personnel_killed", "personnel_wounded", "personnel_captured")
#: Between two personnel figures that one fate verb governs: a place or time and a list word, no verb of their own.
_SAME_VERB_GAP = re.compile(r"[^.;:]{0,80}?(?:,\s*|\s)(?:in addition to|as well as|plus|and|і|та|и|а также)\s+"
                            r"(?:(?:some|about|around|nearly|almost|more than|over|at least|up to)\s+)?", re.IGNORECASE)
#: Between two numbers that one noun after the second counts, each with its own verb: "killed 71 and wounded 46 occupiers",
#: "знищили 12 та пошкодили 5 танків".
_SHARED_NOUN_GAP = re.compile(r"\s+(?:and|or|і|та|й|и)\s+[^\W\d]+\s+")
#: A number with no noun whose part, named after "including", has one: "losses reached 52,000, including nearly 21,000 killed".
_WHOLE_OF_PARTS = re.compile(r",?\s+(?:including|of which|among them|з них|из них|в том числе|у тому числі|зокрема)\s+"
                             r"(?:(?:about|some|nearly|almost|around|more than|over|близько|майже|понад|около|почти|более)\s+)?",
                             re.IGNORECASE)


_LOSSES_WORDS = ("losses", "casualties", "втрати", "потери", "toll")  # one of which every _LOSSES_BEFORE (or
# _TOLL_BEFORE) match holds
_COUNT_WORDS = ("figure", "number", "toll", "tally", "count", "total")  # ... and every other PUT_AT match, with "at"
_CORRECTION_WORDS = ("correct", "right", "actual", "revised", "amended", "accurate")  # (or one of these: _CORRECTED)


def _holds_count_words(low: str, at: str) -> bool:
    """Whether a lower-cased sentence holds a word of :data:`_LOSSES_WORDS`, or ``at`` (or a correction's word) and a
    word of :data:`_COUNT_WORDS`."""
    return any(w in low for w in _LOSSES_WORDS) or ((at in low or any(w in low for w in _CORRECTION_WORDS))
                                                     and any(w in low for w in _COUNT_WORDS))


def _may_have_losses(text: str, low: str | None) -> bool:
    """Whether a sentence with no label may hold a count of :data:`_LOSSES_BEFORE` or :data:`PUT_AT` (substring tests;
    the sentence's gate, coarser than :func:`_may_count_losses`: "at" with a space on each side)."""
    return _holds_count_words(lower(text) if low is None else low, " at ")


def _may_count_losses(text: str) -> bool:
    """Whether :data:`_LOSSES_BEFORE` or :data:`PUT_AT` may match in ``text``: every match holds one of their nouns (and
    "at", for :data:`PUT_AT`), looked up once per sentence in the lower case; any text that is not
    :func:`~.lexicon.plain` may. Spares the two searches before each number without a noun."""
    return not plain(text) or _holds_count_words(text.lower(), "at")


#: The hedges a number may carry after the words that govern it ("totaled more than", "put the figure at about").
_HEDGE_WORDS = (r"(?:about|some|nearly|almost|more than|over|around|roughly|at least|approximately|up to|close to|between|"
                r"близько|майже|понад|около|почти|более|свыше|до|від|от)")
#: A people's word before "losses": "Russian", "Chinese", "Turkish", and any capitalised one ("German", "French").
_DEMONYM = r"(?:\w+(?:ian|ese|ish)|(?-i:[A-ZА-ЯІЇЄҐ][\w'’-]+))"
#: "Losses that month totaled more than 38,000", "втрати ворога склали 1 200": a side's losses with no noun are its people
#: (not "equipment losses", "economic losses"; not money, not a ratio).
_LOSSES_BEFORE = re.compile(r"(?<!equipment )(?<!economic )(?<!financial )(?<!hardware )(?<!техніки )(?<!техники )"
                            r"\b(?P<w>losses|casualties|втрати|потери)\b(?:\s+(?:that|this|last|each|of|in|among|on|for|ворога|"
                            r"противника|окупантів|[\w'-]+'s|" + _DEMONYM + r"))?(?:\s+[\w'-]+){0,3}?\s+"
                            r"(?:totaled|totalled|reached|stood at|amounted to|exceeded|passed|surpassed|hit|rose to|climbed to|topped|were|are|"
                            r"rose by|grew by|increased by|risen by|grown by|risen to|"  # ("Russian casualties rose by some
                            # 390,000", "had risen by about 31,000")
                            r"put at|estimated at|reckoned at|"  # ("German and Italian losses are put at 38,300")
                            r"склали|сягнули|досягли|перевищили|составили|достигли|превысили)\s+"
                            r"(?:" + _HEDGE_WORDS + r"\s+)?$"
                            r"|(?<!equipment )(?<!economic )(?<!financial )\b(?P<of>losses|casualties)\s+of\s+"
                            r"(?:" + _HEDGE_WORDS + r"\s+)?$", re.IGNORECASE)  # ("reported Ukrainian losses of up to 1,700")
#: "Ukraine's General Staff put the figure at 995,460", "estimated the death toll at 300": a count of people named only
#: by what the sentences before were about (a side's casualties; "death toll": its killed, by :func:`fate`).
PUT_AT = re.compile(r"\b(?:put|puts|putting|placed|places|placing|estimated|estimates|estimate|estimating|set|sets)\s+"
                     r"(?:(?:the|its|their|his|her|this|that|[\w-]+'s|" + _DEMONYM + r")\s+){1,2}(?:(?:death|casualty)\s+)?"
                     r"(?P<w>figure|number|toll|tally|count|total|losses|casualties)"
                     r"(?:\s+(?:on|in|at|during|for)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+at\s+"  # ("losses on the island at")
                     r"(?:" + _HEDGE_WORDS + r"\s+)?$", re.IGNORECASE)
#: A correction's figure: "The correct figure is 16", "the figure has since been corrected to 34", "the actual number
#: was 1,200" (it counts what the figure before counted, see :data:`THE_FIGURE`).
_CORRECTED = re.compile(r"\b(?:(?:correct|right|actual|accurate|revised|amended)\s+(?P<w>figure|number|total|count|tally)\s+"
                        r"(?:is|was|should\s+(?:be|have\s+been|have\s+read))|(?P<w2>figure|number|total|count|tally)\s+"
                        r"(?:has|had|have)?\s*(?:since\s+|later\s+|now\s+)?(?:been\s+|was\s+|is\s+)(?:later\s+|since\s+)?"
                        r"(?:corrected|revised|amended)\s+to)\s+(?:" + _HEDGE_WORDS + r"\s+)?$", re.IGNORECASE)
_PEOPLE_BEFORE = re.compile(r"\b(?:people|persons|Palestinians|Israelis|Lebanese|Gazans|residents|villagers)\b")
#: "The army's toll since October 7 stands at 662", "bringing its toll since October 8 to 80": a toll with no noun is
#: of the dead (of the wounded too when it is a "casualty toll").
_TOLL_BEFORE = re.compile(r"\b(?:(?P<c>casualty)\s+)?(?P<w>toll)\b(?:\s+[^\s.;:]+){0,12}?\s+(?:(?:now\s+)?stands?\s+at|"
                          r"stood\s+at|(?:has\s+|had\s+)?(?:rose|risen|climbed|increased)\s+to|reached|to|at)\s+"
                          r"(?:" + _HEDGE_WORDS + r"\s+)?$", re.IGNORECASE)
#: "11 members of the National Liberation Army", "30 members of the 33rd Front", "members of the security forces": members
#: of a body named after "of" (kept only when :func:`_members_of` finds it an armed one).
_MEMBERS_OF = re.compile(r"\s+(?:(?:suspected|alleged|presumed|armed)\s+)?(?P<w>members)\s+of\s+(?:the\s+|its\s+|their\s+)?"
                         r"(?:what\s+(?:it|they|he|she)\s+(?:called|calls|described\s+as|termed)\s+[\"“]?(?:the\s+)?)?"
                         r"(?P<body>[^.,;:()\"“”]{1,60})")  # ('20 members of what it called "the rebel militia of Jubaland"')
#: An armed body's name or word: "National Liberation Army", "the 33rd Front", "the security forces" (not "the Abu Daqqa
#: family", "the International Committee of the Red Cross"); an abbreviation ("ELN") or a known actor also qualifies.
_ARMED_BODY = re.compile(r"(?i:\b(?:army|front|forces|brigade|guards?|liberation|corps|militias?|battalion|regiment|division|"
                         r"rebels?|armed\s+group|insurgen\w*|jihadi\w*|terror\w*|military|movement)\b)|\b[A-Z]{2,6}\b")


def _members_of(text: str, pos: int) -> re.Match | None:
    """"11 members of the National Liberation Army": a match when the body named after "members of" is an armed one."""
    m = _MEMBERS_OF.match(text, pos)
    if m is None:
        return None
    body = m.group("body")
    return m if _ARMED_BODY.search(body) or any(x.actor for x in attr.mentions(body)) \
        or _MEMBERS_OF_THE_GROUP.match(text, pos) else None


#: "23 members of the group": people of the armed group the text is about (whose they are: losers._OF_THE_GROUP).
_MEMBERS_OF_THE_GROUP = re.compile(r"\s+members\s+of\s+the\s+(?:group|outfit)\b", re.IGNORECASE)


_OF_ITS_MEMBERS = re.compile(r"\s+of\s+(?:its|their|our|his|her)\s+(?:own\s+)?(?:(?:senior|top|leading|armed|key)\s+)?"
                             r"(?P<w>members|cadres)\b|"  # "30 of its members", "three of its senior members",
                             r"\s+(?P<w2>members)\s+(?:(?:who|that)\s+(?:have|had|were|was)\s+(?:been\s+)?)?(?:killed|wounded|captured)\b",
                             re.IGNORECASE)  # "named 420 members who have been killed", "has lost 64 members killed"
#: The nouns of :data:`PUT_AT` that name no count of their own: such a figure counts what the figure before it counted.
THE_FIGURE = frozenset({"figure", "number", "tally", "count", "total"})


def _them_named_before(text: str, num: Number, labels, nums_before: list[Number],
                       verb: re.Match) -> tuple[int, int, str] | None:
    """The people "N of them" counts when no figure before names them: the last people's noun of the clause before the
    number, with no number between ("its troops pursued the attackers and killed nine of them": the attackers). ``verb``
    is the :data:`_FATE_VERB_BEFORE` match right before the number (not "stopped 49 of those assaults", "two of them
    are": no fate verb, no call)."""
    reach = 70 if verb.group("v").lower().endswith("ing") and text[:verb.start()].rstrip().endswith(",") else 45
    lo = max(max((n.end for n in nums_before), default=0), num.start - reach)  # (further back past a participle's
    # comma: "repelled the attackers after a two-hour firefight, killing 17 of them")
    fate = None  # the verb itself, a fate word ("killed"): its category, once a people's noun stands before it
    for ls, le, lab in reversed(labels):
        if le <= num.start and ls >= lo and not any(c in text[le:num.start] for c in ".;:!?"):
            if lab.lower() in BARE_FATES:
                fate = fate or (ls, le, lab)
                continue
            if (label_info(lab)[0] or "").startswith(PERSONNEL):
                return fate or (ls, le, lab)
            return None  # (the nearest noun is another's)
    return None


_FATE_VERB_BEFORE = re.compile(r"\b(?P<v>killed|killing|captured|capturing|wounded|wounding|eliminated|eliminating|"
                               r"neutrali[sz]ed|neutrali[sz]ing|arrested|detained)\s+(?:at\s+least\s+|about\s+|some\s+)?$",
                               re.IGNORECASE)
#: The fate of a :data:`_FATE_VERB_BEFORE` verb, by its first five letters.
_VERB_FATE = {"kille": "personnel_killed", "killi": "personnel_killed", "elimi": "personnel_killed",
              "neutr": "personnel_killed", "captu": "personnel_captured", "wound": "personnel_wounded"}


def _referent(f: Found, found: list[Found], before: Found | None) -> Found | None:
    """The figure "the figure" ``f`` counts again: the sentence's last named figure before it, else ``before``."""
    return next((g for g in reversed(found) if g.number.start < f.number.start and g.label.lower() not in THE_FIGURE),
                before)


def _the_figure(f: Found, before: Found) -> Found:
    """A figure named "the figure" counts what ``before`` counted (its people, whatever their fate here; or its kind)."""
    if not before.category.startswith(PERSONNEL):
        f.category, f.model = before.category, before.model
    return f


_MONEY = re.compile(r"\s*(?:\$|dollars?|euros?|pounds|rubles?|roubles?|hryvnias?|рубл\w*|гривен\w*|гривн\w*|долар\w*|доллар\w*|"
                    r"billion|million|млрд|млн|times|разів|раз|раза)", re.IGNORECASE)  # (and a ratio: "ten times higher")
#: A currency right after a number: a price or a cost ("вартість уражених літаків становить 7 мільярдів доларів"), never a
#: count of what it is the price of.
_CURRENCY_AFTER = re.compile(r"\s*(?:dollars?|euros?|pounds sterling|rubles?|roubles?|hryvnias?|рубл\w*|гривен\w*|гривн\w*|"
                             r"долар\w*|доллар\w*|євро|евро)(?!\w)", re.IGNORECASE)
_CURRENCY_BEFORE = re.compile(r"[$€£₴₽¥]\s?$")
#: "... and about 1,250 Ukrainian ones": the noun of the figure before, with a side of its own.
_ONES = re.compile(r"\s+(?:[A-Z][\w'-]*\s+)?(?P<w>ones)\b")
#: The rest of a list of ages after its first number: "21, 23 and 26 years old", "19 и 20 лет".
_AGES_AFTER = re.compile(r"(?:\s*,\s*\d{1,3})*\s*,?\s*(?:and|or|и|і|та)\s+\d{1,3}\s+(?:years?\s+old|years?\s+of\s+age|"
                         r"лет|років|роки)(?!\w)", re.IGNORECASE)
#: A place or an act a singular noun names before it ("drone workshops", "tank depots", "drone strikes"): no count of it.
_SITE_AFTER = re.compile(r"\s+(?:workshops?|factor(?:y|ies)|plants?|depots?|warehouses?|bases?|attacks|strikes|raids|"
                         r"production\s+(?:lines?|sites?|facilities))\b", re.IGNORECASE)
#: A sentence opening on a stock the figure after it is counted from: "Of the 31 M1A1 Abrams tanks the United States sent
#: to Ukraine, ..., at least 24 have now been lost".
OF_THE_OPENING = re.compile(r"\W*of\s+(?:the|its|their)\s+", re.IGNORECASE)
LOST_NEXT = re.compile(r"\s+(?:(?:have|has|had)\s+(?:now\s+|since\s+|so\s+far\s+|already\s+)?been|were|was)\s+"
                        r"(?:\w+ly\s+)?(?:lost|destroyed|damaged|captured|abandoned|shot\s+down|sunk)\b", re.IGNORECASE)


def from_a_stock(text: str, f: Found, offset: int) -> bool:
    """Whether a figure's noun is a stock's the sentence opens on (:data:`OF_THE_OPENING`): the words between them
    describe the stock ("sent to Ukraine in 2023"), they neither govern nor date the figure."""
    return f.label_span[1] <= f.number.start and OF_THE_OPENING.match(text) is not None \
        and LOST_NEXT.match(text, f.number.end - offset) is not None


#: The status of the figure before and the list going on: "... howitzers destroyed by Lancet loitering munitions and".
_SIBLING_STATUS = re.compile(r"(?:\s+[^\W\d][\w-]*)?\s+(?:were\s+|was\s+)?(?:destroyed|damaged|captured|abandoned)\b"
                             r"[^.;:\d]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)", re.IGNORECASE)  # (its noun after a model's
# name: "M777 howitzers destroyed ... and")
#: A list of parts opened since the figure before: "..., of which 30 were destroyed and", ", including".
_IN_PARTS_OF = re.compile(r"(?:of which|of them|of these|including|among them)\b[^.;]{0,80}$", re.IGNORECASE)
_TIME_UNIT = re.compile(
    r"\s*-?\s*(?:hours?|days?|weeks?|months?|years?|decades?|minutes?|km|kilomet(?:er|re)s?|miles?|metres?|meters?|"
    r"square|sq|kg|tonnes?|tons?|mm|per\s?cent|percent|%|години|годин|часов|часа|днів|дней|км|років|лет|года|год|году|рік|"
    r"році|року|"
    r"tonnes|rounds|shells|settlements|villages|towns|раза|раз|рази|разів|times|occasions)\b",  # ("Оба раза ВСУ потеряли
    # танки": how often, no count)
    re.IGNORECASE,
)
#: Nouns of a group or an amount after "a": "a handful of HIMARS", "a convoy of tanks" count no one.
_NOT_ONE = (r"(?!(?:handful|few|number|lot|lots|series|total|majority|minority|fraction|third|quarter|half|quantity|"
            r"variety|group|squad|convoy|column|batch|wave|swarm|barrage|salvo|fleet|company|battalion|brigade|platoon|"
            r"dozen|couple|pair|score|host|range|mix)\b)")
_ARTICLE_ONE = re.compile(r"(?:an?|one)\s+(?=\w)" + _NOT_ONE, re.IGNORECASE)  # (not "a number of armed pickups")
_LIST_GAP = re.compile(r"(?:\s*[«\"“][^»\"”]{1,30}[»\"”]|\s+(?-i:[A-ZА-ЯІЇЄҐ][\w-]*))?"  # (a name or model after a bare noun)
                       r"(?:\s+(?:производства|виробництва)\s+[\w-]+)?"  # "гаубица М777 производства США и ..."
                       r"(?:\s+(?:противника|врага|ворога|неприятеля))?"  # "до 190 военнослужащих противника, бронетранспортер"
                       r"\s*(?:,\s*(?:and\s+|и\s+|та\s+|і\s+|as well as\s+|а также\s+)?|\s(?:and|и|та|і)\s+)")
#: One or two modifiers before a bare Cyrillic noun in a list ("155-мм гаубицу", "американскую гаубицу"): not numbers,
#: nor words of quantity, comparison or inclusion ("еще несколько человек", "и других машин", "зокрема бійців").
_BARE_MODIFIERS = re.compile(r"(?:(?!(?:ещё|еще|ще|несколько|кілька|декілька|других|інших|иных|понад|более|около|близько|"
                             r"свыше|до|зокрема|в|у|том|тому|серед|среди|из|з|них)\s)(?:\d+-мм|[^\W\d][\w'’-]*)\s+){1,2}",
                             re.IGNORECASE)
#: Endings of Russian and Ukrainian genitive plurals ("бойцов", "танків", "военнослужащих"): a bare plural is no one.
_NUMBER_NEXT = re.compile(r"\s*[‒–—:-]?\s*\d")  # a label its number follows ("бойових броньованих машин ‒ 1 435"): no bare one
_LIST_END = re.compile(r"(?:\s*[«\"“][^»\"”]{1,30}[»\"”])?[^,;.]{0,40}?\s*(?:[,;.]|\s(?:and|и|та|і)\s|$)")
_SHOT_DOWN = re.compile(r"\b(?:shot down|shoot down|shooting down|downed|brought down|intercepted)\s+"
                        r"(?:(?!\b(?:and|or)\s+[a-z]+(?:ed|ing)\b)[^.;]){0,60}$", re.IGNORECASE)  # (over a list: "shot
# down 12 Russian drones, 3 fighters and a helicopter"; not "shot down a drone and killed 20 Taliban fighters")
_SHOT_DOWN_AFTER = re.compile(r"\s+(?:had|have|has|were|was)\s+(?:been\s+)?(?:shot down|downed|brought down|intercepted)\b",
                              re.IGNORECASE)
#: "shot down 387 drones and seven of the Kh-101 missiles": missiles named by their model are the things downed (not
#: "a strike with two Neptune missiles": munitions fired).
_INTERCEPTED = re.compile(r"\b(?:shot down|intercepted|downed|destroyed)\b|(?<!\w)(?:збили|збито|сбили|сбито|знищено|уничтожено|"
                          r"перехопили|перехвачено|перехватили)(?!\w)", re.IGNORECASE)
_BUT = re.compile(r"\b(?:but|while|whereas|however|yet)\b|;|(?<!\w)(?:але|а|но|однак|однако)(?!\w)", re.IGNORECASE)  # ("shot down
# 20 drones, but 10 Kh-101 missiles hit power plants": those hit)
#: A label followed by one of these names munitions, not the system: "15 HIMARS rockets", "снарядов".
_MUNITION = re.compile(r"\s*(?:rockets?|missiles?|shells?|rounds?|munitions?|ammunition|bombs?|warheads?|снаряд\w*|ракет\w*|"
                       r"боеприпас\w*|бомб\w*)\b(?![\s-]+launchers?\b)", re.IGNORECASE)  # (not "a BM-21 rocket launcher")
_YEAR_AFTER = re.compile(r"\b(?:in|since|of|from|by|until|year)\s+$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"(?<!\w)(?:from|з|із|від|с|со)\s+$", re.IGNORECASE)
_TO_GAP = re.compile(r"[^.;:]{0,60}?\s(?:to|до)\s+(?:(" + _HEDGE_WORDS + r"\s+))?", re.IGNORECASE)  # (1: the second's hedge)
#: A running total after a figure, its noun left out: "втратили 28 460 військових, а загалом з 24.02.2022 — близько
#: 1 555 300", "killed 1,200 soldiers last month and some 41,000 in all".
_TOTAL_GAP = re.compile(r"\s*[,;]?\s*(?:(?:а|і|и|but|and)\s+)?(?:загалом|усього|всього|всего|в\s+целом|в\s+цілому|in\s+total|"
                        r"overall|altogether)(?![\w-])(?:[^.;:]|\.(?=\d)){0,40}?$", re.IGNORECASE)
_GROUP_OF = re.compile(r"(?:\b(?:(?:groups|teams|squads|bands|pairs|cells)\s+of|(?:groups?|teams?|squads?)\s+(?:numbered|numbering))"
                       r"\s+(?:up\s+to\s+|about\s+|just\s+|only\s+)?|(?<!\w)(?:групами|группами|групи|группы|групп)\s+(?:по|із|из|з)\s+(?:до\s+)?)"
                       r"(?:[^\W\d]+(?:\s+or\s+|\s+to\s+|-))?$", re.IGNORECASE)  # (and the "three" of "two or three")
_N_OF_M = re.compile(r"\s+(?:of|out of|із|из|з)\s+(?:the\s+)?(?:(?:roughly|about|some|nearly|almost|around)\s+)?")
#: A stock the lost ones came from: "two of them from the 24 jets supplied by the Netherlands" (the 24 is no loss).
_FROM_THE = re.compile(r"\b(?:from|out of)\s+(?:the|its|their)\s+$", re.IGNORECASE)
#: Vehicles that carry aid ("25 trucks of food aid had reached Um Rawaba"): no military loss, whatever the verb.
_OF_AID = re.compile(r"\s+(?:of|with|carrying)\s+(?:[\w-]+\s+)?(?:aid|relief|supplies|food)\b", re.IGNORECASE)
_SUPPLIED = re.compile(r"\s+(?:(?:[\w-]+\s+){0,2}?(?:supplied|delivered|donated|provided|sent|pledged|transferred|received)\b)",
                       re.IGNORECASE)


_DATE_HINT = re.compile(r"(?i)\b(?:" + trie_regex([  # month names' first letters, as a trie
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "січ", "лют", "бер", "кві", "тра", "чер",
    "лип", "сер", "вер", "жов", "лис", "гру", "янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"],
    literal=True) + r")|\d[./-]\d")
_TIME_UNIT_TWIN, _YEAR_AFTER_TWIN, _DATE_HINT_TWIN = twin(_TIME_UNIT), twin(_YEAR_AFTER), twin(_DATE_HINT)


_MONTH_AFTER = re.compile(r"\s+(?:of\s+)?" + MONTH_PATTERN + r"(?!\w)", re.IGNORECASE)
_MONTH_BEFORE = re.compile(r"(?<!\w)" + MONTH_PATTERN + r"\s+$", re.IGNORECASE)


def _in_date(text: str, n: Number, low: str | None = None) -> bool:
    """Whether a number is part of a date ("February 24, 2022", "24.02.22"): searched near the number only.
    ``low``: the lower case of a plain ``text`` (see lexicon.plain), scanned with the patterns' case-sensitive twins instead."""
    if n.value_high is not None:  # "13–14 сентября", "January 13-19", "on August 8-9": a range of days
        return n.value_high <= 31 and (_MONTH_AFTER.match(text, n.end) is not None
                                       or _MONTH_BEFORE.search(text, max(0, n.start - 12), n.start) is not None)
    if n.value > 31 and not 1900 <= n.value <= 2100:
        return False
    hint, date, t = (_DATE_HINT, DATE_RE, text) if low is None else (_DATE_HINT_TWIN, DATE_TWIN, low)
    lo, hi = max(0, n.start - 16), min(len(text), n.end + 16)
    if not hint.search(t, lo, hi):  # no month name and no "24.02"/"2022-02" shape nearby
        return False
    return any(m.start() <= n.start and n.end <= m.end() for m in date.finditer(t, lo, min(len(text), n.end + 16)))


def _inside(labels, pos: int) -> bool:
    """Whether ``pos`` falls inside one of the labels (sorted, not overlapping, as the label scan returns them)."""
    for s, e, _l in labels:
        if s > pos:
            return False
        if pos < e:
            return True
    return False


#: A vague word from this low end up counts no figure: "tens of thousands were missing", "hundreds of thousands" (every
#: blind annotator leaves them out, as "several hundred" is no figure to them: no measure, only a size).
TOO_VAGUE = 20000


def candidate_numbers(text: str, labels, low: str | None = None) -> list[Number]:
    """Numbers that could be figures: not parts of dates, labels ("Leopard 2") or time/size phrases."""
    out = []
    low = lower(text) if low is None else low
    plain_low = low if plain(text) else None  # scanned with case-sensitive twins (see lexicon.twin)
    time_unit, year_after, t = (_TIME_UNIT, _YEAR_AFTER, text) if plain_low is None else (_TIME_UNIT_TWIN, _YEAR_AFTER_TWIN, low)
    for n in find_numbers(text, low):
        if n.increment or (n.vague and n.value >= TOO_VAGUE):
            continue
        start = n.start
        if _inside(labels, start) or _in_date(text, n, plain_low):
            continue
        if time_unit.match(t, n.end):
            continue
        if n.value_high is None and 1900 <= n.value <= 2100 and year_after.search(t[max(0, start - 8): start]):
            continue
        if _A_MAKER.search(text, max(0, start - 24), start):
            continue  # a type's number after its maker, no count: "a Bell 412 helicopter" ("a" counts it: one)
        if _PROJECT.search(text, max(0, start - 10), start):
            continue  # a ship's design number: "a Project 22800 Karakurt-class corvette", "корабль проекта 22160"
        if n.value <= 20 and _GROUP_OF.search(text, max(0, start - 40), start):
            continue  # "infiltration groups of two or three men", "групами по два-три піхотинці": a size, no loss
        if n.value == 1 and _ONE_OF_N.match(text, n.end):
            continue  # "he was one of three legionnaires captured": the three are the figure
        out.append(n)
    return out


_ONE_OF_N = re.compile(r"\s+of\s+(?:the\s+)?(?=\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
                       r"twenty|thirty|forty|fifty|dozens|hundreds)\b)|\s+(?:из|з|із)\s+(?:погибших|убитых|раненых|"
                       r"загиблих|вбитих|поранених)(?!\w)", re.IGNORECASE)  # ("Мать одного из погибших": one of the dead
# told of, no count)


#: "a Bell 412": an article and a capitalised name right before a number (the type's designation).
_A_MAKER = re.compile(r"(?<![\w-])(?:[Aa]n?|[Oo]ne)\s+[A-Z][a-z]+\s+$")
#: A ship's design number before a figure's place: "a Project 22800 corvette", "корабель проекту 22800".
_PROJECT = re.compile(r"(?<!\w)(?:project|проекту?|проекта|проєкту?)\s+$", re.IGNORECASE)
_LIST_ON = re.compile(r"\s*(?:,\s*(?:и\s+|і\s+|та\s+)?|\s(?:и|і|та)\s+)")


#: The endings of a plural Cyrillic noun counting no one ("танки", "пилоты"; a one-word label: in "боевую машину пехоты"
#: the last word is a singular's modifier).
_CYR_NOMINATIVE_PLURAL = ("ы", "и", "і")


def _heads_list(text: str, ls: int, le: int, span_starts: list[int]) -> bool:
    """A bare singular Cyrillic noun right after a verb of loss that opens a list of figures: "сгорели танк, шесть
    боевых машин пехоты", "знищено танк і два БТР" (the list goes on with a figure found right after it; not a plural,
    "знищено танки, 6 БМП": no one counted)."""
    if text[ls:le].lower().endswith(_CYR_NOMINATIVE_PLURAL):
        return False
    on = _LIST_ON.match(text, le)
    if on is None or on.end() not in span_starts:
        return False
    before = lower(text[max(0, ls - 25):ls])
    return any(m.end() == len(before.rstrip()) and not before[m.end():].strip() for m in cues()["loss"].finditer(before))


#: A plural genitive adjective ("русских", "російських"): its noun is counted by the number before ("убиты 23 малийских
#: солдата и русских наемника": 23 of both), never one thing of its own.
_PLURAL_GENITIVE = re.compile(r"[^\W\d]+(?:ых|их)\s", re.IGNORECASE)


def _list_ones(text: str, labels, found_spans) -> list[Number]:
    """"a tank", "an APC" inside a list of figures ("160 servicemen, a tank, four APCs"): the value 1."""
    out = []
    gap_ends = {g.end() for _s, e in found_spans for g in (_LIST_GAP.match(text, e),) if g}  # where a list goes on
    if not gap_ends:
        return out
    for pos in sorted(gap_ends):
        m = _ARTICLE_ONE.match(text, pos)
        if m:
            out.append(Number(m.start(), m.end() - 1, 1))
    ends = sorted(gap_ends)
    spans = sorted(found_spans)
    span_starts = [a for a, _b in spans]
    starts = {o[0]: o for o in labels}  # (a label right after another makes it a modifier)
    for ls, le, lab in sorted(labels):  # Russian MoD style: "до 130 военнослужащих, танк, две ББМ" — a bare noun is one
        k = bisect_right(span_starts, ls) - 1  # (a label inside a figure found: its noun; the spans are sorted)
        if (k >= 0 and ls < spans[k][1]) or lab.lower() in BARE_FATES or lab.lower() in CYR_FATES \
                or all(w in CYR_FATES or w in _AND_WORDS for w in lab.lower().split()):
            continue  # ("dozens of casualties, killed or wounded", "солдат и офицеров убитыми и ранеными": a fate word
            # is no noun to count)
        if k >= 0 and lab.isupper() and AND_OTHER.fullmatch(text, spans[k][1], ls):
            continue  # an abbreviation joined to a figure's noun shares its number ("1 997 танков и САУ")
        if k >= 0 and not text[spans[k][1]:ls].strip() and label_info(lab)[1] is not None:
            continue  # a model right after a counted noun names it ("два гелікоптери Мі-8"), no item of its own
        if CYRILLIC.match(lab) and (g := bisect_right(ends, ls)) and _PLURAL_GENITIVE.search(text, max(ends[g - 1], ls - 40), ls):
            continue  # (its adjective's case is a number's: "23 «малийских солдата и русских наемника»")
        if ls not in gap_ends and not (CYRILLIC.match(lab) and (any(
                _BARE_MODIFIERS.fullmatch(text, g, ls) for g in ends[bisect_left(ends, ls - 60): bisect_left(ends, ls)])
                or _heads_list(text, ls, le, span_starts))):
            continue  # (its modifiers may stand before it: "..., 155-мм гаубицу М777, ..."; two words, within 60 chars)
        modifier = any((o := starts.get(le + k)) is not None and not text[le:o[0]].strip() and label_info(o[2])[1] is None
                       for k in (1, 2))  # "S-400 air defence systems" (not "РСЗО HIMARS": a model names the noun)
        if (not lab.lower().endswith(CYR_PLURAL_ENDS if " " in lab else CYR_PLURAL_ENDS + _CYR_NOMINATIVE_PLURAL)
                if CYRILLIC.match(lab) else not lab.lower().endswith(_EN_PLURAL_ENDS)) \
                and not modifier and _LIST_END.match(text, le) and not _NUMBER_NEXT.match(text, le):
            out.append(Number(ls, le, 1, bare=True))
            if (g := _LIST_GAP.match(text, le)) is not None and g.end() not in gap_ends:  # the list goes on after it
                gap_ends.add(g.end())  # ("..., 155-мм гаубицу M777 производства США и станцию радиоэлектронной борьбы")
                insort(ends, g.end())
    return out


def find_in_sentence(sent: Sentence) -> list[Found]:
    """Every figure of one sentence, with qualifier, fate and nesting attached."""
    return sentence_figures(sent)[0]


#: Between two items of one list: no sentence stop and no more than a short phrase.
_LIST_STOP = re.compile(r"[.;:!?]")


def _list_head(text: str, found: list[Found], offset: int, at: int) -> int | None:
    """Where the list a figure at ``at`` ends begins (the first item's number), when figures found before it stand in
    one list with it: short gaps with no stop, no loss or fate word of their own ("12 tanks, 7 IFVs and up to 140
    troops"); None when the figure is the first of its list. (A verb governs a dozen items at most: the walk stops
    there, so a long run of figures costs no more than a short one each.)"""
    head = None
    for f in found[:-13:-1]:
        gap = text[f.end - offset: at]
        low = gap.lower()
        if len(gap) > 60 or _LIST_STOP.search(gap) or _any_fate_or_loss(low):
            break
        head = at = f.number.start - offset
    return head


def _any_fate_or_loss(low: str) -> bool:
    c = cues()
    return any(c[k].search(low) for k in ("loss", "killed", "wounded", "captured", "missing", "casualties"))


def sentence_figures(sent: Sentence, low: str | None = None, before: Found | None = None,
                     earlier: list[Found] = ()) -> tuple[list[Found], list | None]:
    """:func:`find_in_sentence`, plus the sentence's labels as ``(start, end, label)`` when they were looked up
    (``None`` when the sentence has no number). ``low`` is ``lower(sent.text)`` if already known. ``before``: the
    last figure of the sentence before, whose parts a sentence opening "Of them, ..." lists; ``earlier``: the figures
    of the sentences before, whose parts "48 of the drones" names (see :func:`_of_the_earlier`)."""
    text = sent.text
    has_num = _DIGIT.search(text) is not None or has_word_number(text, low)
    if not has_num and ((_scan(_SINGULAR, _SINGULAR_TWIN, text, low, search=True) is None
                         and not (_may_name_warship(text) and _THE_NAMED_SHIP.search(text)) and not (
            not text.isascii() and CYRILLIC.search(text) and (_scan(_CYR_LOSS_VERB, _CYR_LOSS_VERB_TWIN, text, low, search=True)
                                                              or (_may_fate_singular(text) and (_CYR_PASSIVE_FATE.search(text)
                                                                                                or _CYR_DIED.search(text))))))
                        or not cues()["loss"].search(lower(text) if low is None else low)):
        return [], None  # no number, and no "a"/"an" in a loss context ("shot down a Su-34")
    labels = find_labels(text, low)
    opener = before is not None and has_num and opens_on_before(text, low)
    if not labels and not opener and not (has_num and _may_have_losses(text, low)):
        return [], labels
    nums = candidate_numbers(text, labels, low) if has_num else []
    numbered = _figures(text, nums, labels, sent.start) if nums else []
    if numbered and (" of " in text or not text.isascii()):
        numbered = _parts_of_wholes(text, nums, numbered, sent.start)
    found = _singulars(text, labels, numbered, sent.start, low)
    if len(found) > len(numbered):  # "A Turkish soldier was martyred and two others were wounded": the others of a
        found = _others_of_singulars(text, nums, found, sent.start)  # singular figure
    if opener:
        found = parts_of_before(text, nums, found, before, sent.start, earlier)
    elif not found and nums and before is not None:
        found = others_of_before(text, nums, before, sent.start)  # "Two others were captured"
    if any(f.label.lower() in THE_FIGURE for f in found):  # "put the figure at 995,460": the count the text was about,
        # the sentence's own earlier figure if it has one ("last week's table gave 31 tanks; the correct figure is 34")
        refs = {id(f): _referent(f, found, before) for f in found if f.label.lower() in THE_FIGURE}
        found = [f if id(f) not in refs else _the_figure(f, refs[id(f)]) for f in found if refs.get(id(f), f) is not None]
    if not found:
        return [], labels
    spans = [(f.number.start - sent.start, f.end - sent.start) for f in found]
    ones = _list_ones(text, labels, spans)
    if ones:
        for _round in range(3):  # a list may hold several "a X" items in a row
            extra = [f for f in _figures(text, ones, labels, sent.start, after_only=True)
                     if all(f.number.start != g.number.start for g in found)]
            if not extra:
                break
            found = sorted(found + extra, key=lambda f: f.number.start)
            spans = [(f.number.start - sent.start, f.end - sent.start) for f in found]
            ones = _list_ones(text, labels, spans)
    if earlier and nums and " of the " in text:
        found = _of_the_earlier(text, nums, found, earlier, sent.start)
    if len(found) > 1 and _ONE_OF_THEM.search(text):
        found = _named_part(text, found, sent.start)
    if "amnest" in text or "амнист" in text or "амніст" in text or "reconciliation" in text:  # "112 BIFF members have
        found = [f for f in found if not (f.category == "personnel_captured"  # surrendered under the government's amnesty
                                          and _AMNESTY.match(text, f.number.end - sent.start))]  # programme": defectors
    recruits_of_their_whole(text, found, sent.start)
    nest(text, found, sent.start, taxonomy())
    return found, labels


#: "48 of the drones": a number counting part of a noun named before (see :func:`_of_the_earlier`).
_OF_THE_NOUN_AFTER = re.compile(r"\s+of\s+the\s+(?:(?:dead|killed|captured|wounded)\s+)?(?P<n>[^\W\d][\w-]*)(?!\s+(?:of|\d))",
                                re.IGNORECASE)  # ("Four of the dead attackers")


def _of_the_earlier(text: str, nums: list[Number], found: list[Found], earlier: list[Found], offset: int) -> list[Found]:
    """"137 drones and six Kh-101 cruise missiles [were shot down]. Over the Odesa region, 48 of the drones and two of
    the missiles were brought down": a number before "of the" and a noun of the kind of a larger figure told in a
    sentence before (or a word of its category) is a part of that figure (found here if the noun alone names no
    category)."""
    out = list(found)
    at = {f.number.start - offset: f for f in found}
    for num in nums:
        m = _OF_THE_NOUN_AFTER.match(text, num.end)
        if m is None or num.value_high is not None:
            continue
        noun = m.group("n").lower()
        if noun in BARE_FATES:
            continue  # (people by their fate: "630 of the wounded remain hospitalized" is no loss of its own)
        kind, stem = label_info(noun)[0], noun.removesuffix("s")
        whole = next((g for g in reversed(earlier) if g.number.value > num.value and g.number.value_high is None and (
            (g.category.startswith(PERSONNEL) if kind.startswith(PERSONNEL) else taxonomy().is_same_or_ancestor(
                kind, g.category)) if kind else len(stem) > 3 and (
                stem in g.category or stem in g.label.lower()))), None)  # ("the missiles": the cruise missiles)
        if whole is None:
            continue
        f = at.get(num.start)
        if f is None:
            out.append(Found(number=shifted(num, offset), label=whole.label, label_span=(offset + m.start("n"),
                             offset + m.end("n")), category=whole.category, model=whole.model,
                             qualifier=qualifier(text, num), inherited=True, whole=whole))
        elif f.whole is None and not f.inherited and taxonomy().is_same_or_ancestor(whole.category, f.category):
            f.whole = whole
    return sorted(out, key=lambda f: f.number.start) if len(out) > len(found) else out


#: "seven of their 11 tanks", "10 of the 24 Green Berets": the number before counts the noun, taken from the whole after.
_OF_THE_WHOLE = re.compile(r"\s+of\s+(?:the|their|its|his|her|our|these|those|all)\s+$", re.IGNORECASE)
#: "из 39 защитников высоты шестеро погибли", "з 60 танків ... знищено двадцять": a whole the figures after it are out of.
_OUT_OF = re.compile(r"(?<!\w)(?:из|з|із)\s+$", re.IGNORECASE)


def _parts_of_wholes(text: str, nums: list[Number], found: list[Found], offset: int) -> list[Found]:
    """Figures counted out of a whole: the part is the loss, the whole (a strength) no figure of its own. "The attackers
    lost seven of their 11 tanks" and "Из 60 танков бригады уничтожено 20": the figure takes the part's number; "из 39
    защитников высоты шестеро погибли": the whole before the figures after it is left out."""
    out = []
    for k, f in enumerate(found):
        rel = f.number.start - offset
        m = _OF_THE_WHOLE.search(text, max(0, rel - 16), rel)
        part = next((n for n in nums if n.end == m.start()), None) if m else None
        if part is not None and part.value < f.number.value and part.value_high is None and not f.inherited:
            f.number, f.qualifier = shifted(part, offset), qualifier(text, part)
        elif _OUT_OF.search(text, max(0, rel - 4), rel):
            if k + 1 < len(found) and found[k + 1].number.value < f.number.value:  # (its parts are figures of their own;
                continue  # not "зросла з 9 680 ... до 11 462": from one count to the next)
            part = next((n for n in nums if n.start >= f.end - offset and n.value < f.number.value and n.value_high is None), None)
            if part is not None:  # "Из 60 танков бригады уничтожено 20": the part, with the whole's noun
                f.number, f.qualifier = shifted(part, offset), qualifier(text, part)
        out.append(f)
    return out


_ONE_OF_THEM = re.compile(r"\b(?:one|одн\w+)\s+(?:of them|of which|of these|из них|з них|із них)\s*,?\s+(?:an?\s+)?",
                          re.IGNORECASE)


def _named_part(text: str, found: list[Found], offset: int) -> list[Found]:
    """"two howitzers, one of them a German-made PzH 2000": the part is one figure, named by the model after it (not a
    second "a PzH 2000")."""
    out = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and prev.inherited and prev.number.value == 1 == f.number.value and not f.inherited \
                and f.category == prev.category and (m := _ONE_OF_THEM.match(text, prev.number.start - offset)) \
                and f.number.start - offset <= m.end() <= f.number.end - offset + 1:
            prev.model = f.model or prev.model
            continue
        out.append(f)
    return out


#: "a"/"an"/"another" before a singular label: one ("shot down a Russian Su-34", "destroyed an APC", "has lost another
#: F-16").
_SINGULAR = re.compile(r"\b(?:a|an|another)\s+(?=\w)" + _NOT_ONE, re.IGNORECASE)
#: :func:`~.lexicon.twin` of :data:`_SINGULAR`, written to open on the letter "a" (so ``re`` jumps from one "a" to the next):
#: ``(?<!\w.)`` after it is the ``\b`` before it, and ``an?`` tries "an" and "a" as ``a|an`` does. Three times faster.
_SINGULAR_TWIN = re.compile(r"a(?<!\w.)(?:n|nother)?\s+(?=\w)" + _NOT_ONE)
#: "without losing a vehicle", "without the loss of a single aircraft": none lost.
_WITHOUT_LOSING = re.compile(r"\bwithout\s+(?:losing|the\s+loss\s+of)\s+$|"
                             # an instrument or a platform, no loss: "firing machine guns from a pickup truck"
                             r"\b(?:(?:fir\w*|launch\w*|shoot\w*|shot|dropp\w*|operat\w*|flown|flying)\s+(?:[\w-]+\s+){0,3}?from|"
                             r"mounted\s+on|aboard|using)\s+$", re.IGNORECASE)
#: "the" before a ship's class and its name is one ship: "the landing ship Novocherkassk", "the cruiser Moskva".
_THE_NAMED_SHIP = re.compile(r"\b[Tt]he\s+(?=(?:[A-Za-z-]+\s+){0,2}?(?:(?:landing|patrol|missile|reconnaissance|command)\s+ship|"
                             r"warship|cruiser|frigate|corvette|destroyer|submarine|minesweeper)\s+[\"“'‘]?[A-Z])")  # (warships only)
#: The named ship's own fate told after its name: "the Russian patrol ship Sergei Kotov went down", "... was sunk".
_SHIP_HIT_AFTER = re.compile(r"(?:[\w-]+\s+){0,3}?(?:ship|warship|cruiser|frigate|corvette|destroyer|submarine|minesweeper)\s+"
                             r"[\"“'‘]?(?:[A-Z][\w-]*[\"”'’]?\s+){1,3}(?:(?:was|were|had\s+been|has\s+been)\s+(?:(?:almost\s+certainly|"
                             r"reportedly|also|later)\s+)?(?:sunk|hit|struck|destroyed|damaged|disabled)\b|went\s+down\b|sank\b)")
_SHIP_HIT_BEFORE = re.compile(r"\b(?:sank|sunk|sink|sinking of|destroyed|destruction of|hit|struck|damaged|disabled|lost|"
                              r"loss of)\s+$", re.IGNORECASE)  # (right before: not "struck near the destroyer USS Mason")
#: A ship that acts is no loss: "A US destroyer shot down three Houthi drones", "the destroyer USS Carney, shot down".
_SHIP_ACTS = re.compile(r"[\s,]*(?:[A-Z][\w.-]*\s+){0,3}(?:(?:also|then|reportedly|later|mistakenly|accidentally)\s+)?(?:shot down|"
                        r"intercepted|fired|launched|engaged|downed|destroyed|struck|hit|sank|attacked|escorted|repelled|responded)\b")
#: Any other singular thing acting: "A U.S. aircraft mistakenly strafed Canadian troops" (only verbs with no passive
#: reading: "A Russian Su-34 shot down over Kharkiv" is a loss, so is "A Russian tank shelled by Ukrainian artillery").
_THING_ACTS = re.compile(r"[\s,]*(?:[A-Z][\w.-]*\s+){0,3}(?:(?:also|then|reportedly|later|mistakenly|accidentally)\s+)?(?:strafed|"
                         r"opened fire|fired (?:on|at|into)|attacked|bombed|shelled|dropped|struck|targeted|killed|rammed|"
                         r"hit(?=\s+(?:the|a|an|their|his|its|our|one)\s+(?!(?:[\w-]+\s+)?(?:mine|landmine|ied|explosive|bomb)s?\b)))\b"
                         r"(?!\s+by\b)")  # ("when a drone hit the trench"; not "an armoured personnel carrier hit a mine")
#: A singular soldier acting or speaking: "A Ukrainian pilot shot down two cruise missiles", "A guardsman of the National
#: Guard said his unit destroyed 3 tanks" (he is no loss).
_PERSON_ACTS = re.compile(r"(?:\s+(?:of|from|with|in)\s+(?:the\s+|a\s+|an\s+)?(?:(?!(?:was|were|is|had been|has been)\b)"
                          r"[\w'’-]+\s+){0,4}?)?[\s,]*(?:[A-Z][\w.-]*\s+){0,3}(?:(?:also|then|reportedly|later|has|had|alone|"
                          r"himself|herself)\s+)?"
                          r"(?:shot down|intercepted|fired|launched|downed|destroyed|struck|hit|attacked|repelled|killed|said|"
                          r"says|told|recalled|described|reported|claimed|shelled|bombed|flew|piloted|drove|spotted)\b"
                          r"(?!\s+by\b)")
#: ... unless the sentence tells it was lost after all ("A Russian helicopter attacked the village and was shot down").
_THING_LOST_LATER = re.compile(r"\b(?:was|were)\s+(?:later\s+|then\s+)?(?:shot down|downed|destroyed|hit|sunk|lost)\b|"
                               r"\b(?:downed|destroyed|hit|sank)\s+it\b|\bshot\s+it\s+down\b", re.IGNORECASE)
#: Singular equipment nouns (nominative/accusative) a Ukrainian/Russian loss verb may govern without a number.
_CYR_SINGULAR = frozenset({"танк", "літак", "самолет", "самолёт", "бомбардировщик", "бомбардувальник", "военнослужащий",
                           "крейсер", "фрегат", "корвет", "тральщик", "човен", "лодка", "лодку",
                           "боец", "пилот", "летчик", "військовослужбовець", "боєць", "пілот", "льотчик", "гелікоптер", "вертоліт", "вертолет", "вертолёт", "катер",
                           "гаубица", "гаубиця", "гармата", "пушка", "бронемашина", "машина",
                           "корабель", "корабль", "гаубицю", "гаубицу", "гармату", "пушку", "безпілотник", "беспилотник",
                           "бронетранспортер", "бронетранспортёр", "бмп", "бтр", "бронемашину", "бронеавтомобиль",
                           "бронеавтомобіль", "машину", "установка", "установку"})
#: A rate after a figure: "1,270 a day", "15 wounded marines on a bad night", "по 1 200 в сутки" (not "за сутки", "over
#: the past day": a period).
_RATE_AFTER = re.compile(r"(?:(?:\s+[^\W\d]+)?\s+on)?\s*(?:a|per|each|every)\s+"
                         r"(?:(?:bad|good|busy|quiet|typical|normal|average)\s+)?"
                         r"(?:day|night|week|month|year)\b(?!\s+(?:after|before|earlier|later|ago|of)\b)"
                         r"|\s*(?:на|в)\s+(?:добу|сутки|день)\b(?!\s*\d)"
                         r"|\s*(?:щодня|щодоби|ежедневно|ежесуточно)\b", re.IGNORECASE)
_AVERAGE_BEFORE = re.compile(r"\b(?:an\s+average\s+of|on\s+average|average(?:d)?(?:\s+of)?|в\s+среднем|у\s+середньому|"
                             r"в\s+середньому|в\s+среднем\s+по)\b[^.;,]{0,30}$|"
                             # "середні добові втрати росіян у жовтні в 1 070 осіб": an average day's
                             r"(?<!\w)(?:середн\w+\s+(?:добов|щоденн)|среднесуточн|средн\w+\s+(?:суточн|ежедневн))[^.;,]{0,50}$",
                             re.IGNORECASE)


def _may_average(text: str) -> bool:
    """Whether :data:`_AVERAGE_BEFORE` may match in ``text`` (its words, looked up in the lower case; any text that is
    not :func:`~.lexicon.plain` may)."""
    low = text.lower()
    return "average" in low or "среднем" in low or "середн" in low or not plain(text)


#: The label a fate told right after a number with no noun stands for (see :func:`_fate_label`).
_FATE_LABEL = {"personnel_killed": "killed", "personnel_wounded": "wounded", "personnel_captured": "captured",
               "personnel_missing": "missing in action", "personnel_casualties": "casualties"}


def _fate_label(text: str, told: re.Match, num: Number) -> tuple[int, int, str]:
    """The label of a fate told right after a number with no noun (a :data:`~.parts.FATE_AFTER` match: "а 450 взяты в
    плен" after the militiamen killed, when it is no part of them): its span, and the fate's English label."""
    start = told.end() - len(told.group(0).lstrip(" —–-"))
    return start, told.end(), _FATE_LABEL[fate(text, num, num.end, told.end() + 1, "")]


_PLACE_BEFORE = re.compile(r"\s(?:at|in|on|near|across|along|from|inside|outside)\s+(?:the\s+)?$", re.IGNORECASE)
_NOUN_NEXT = re.compile(r"\s+(?!(?:and|or|but|in|on|at|of|to|for|from|with|by|during|since|over|as|the|an?|per|more|"
                        r"others?)\b)[a-z][\w-]+")
_PEOPLE_VERB_BEFORE = re.compile(r"\b(?:captured|wounded|injured|killed|detained|arrested)\s+(?:about\s+|some\s+|over\s+)?$",
                                 re.IGNORECASE)
_OWN_NOUN_NEXT = re.compile(r"\s+(?:people|civilians|residents|children|women|villagers|worshippers|passengers|"
                            r"migrants|refugees|targets|positions|sorties|strikes|attacks|sites|buildings|houses|homes|"
                            r"villages|settlements|locations|hideouts|tunnels|shafts|rounds|shells|kilometers|"
                            r"kilometres|km|miles)\b", re.IGNORECASE)  # (a noun of its own: "hit over 150 targets")
_BRACKET = re.compile(r"[(;]")
_HEADER_SEP = re.compile(r"\s*[:‒–—-]\s*")  # a noun, then its numbers: "197 військових: 67 убитими"
_TAKEN_AFTER = re.compile(r"\s+(?:had\s+been|have\s+been|were|was)\s+(?:captured|apprehended|taken prisoner|detained)\b",
                          re.IGNORECASE)
#: A surrender under an amnesty or a reintegration programme, after a number: defectors.
_AMNESTY = re.compile(r"[^.;,\d]{0,60}?(?:\b(?:surrender(?:ed|s)?|gave themselves up|laid down their arms)\b[^.;]{0,90}?\b"
                      r"(?:amnesty|reintegration|rehabilitation|reconciliation|balik-loob)|(?<!\w)(?:сдались|здалися|сложили оружие|"
                      r"склали зброю)[^.;]{0,60}?(?:амнисти|амністі))", re.IGNORECASE)
_SOURCE_BEFORE = re.compile(r"\baccording to\s+$", re.IGNORECASE)
#: "one of its costliest aircraft", "одна из самых ...": a ranking, no count, after a copula or a conjunction (not after a
#: loss verb: "lost one of its most advanced tanks").
_DESCRIBED_AS = re.compile(r"(?:\b(?:is|was|are|were|been|remains|and|as)|,|—|–|это|є)\s+$", re.IGNORECASE)
_ONE_OF_THE_MOST = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|russia's|ukraine's)\s+(?:most\s|[\w-]+est\s)|"
                              r"\s+(?:из|з|із)\s+(?:самых|найбільш|най)", re.IGNORECASE)
#: A taking verb right before a number of wounded people: "Troops captured two wounded BIFF fighters".
_TOOK_BEFORE = re.compile(r"(?:\b(?:captured|capturing|apprehended|apprehending|took|taking|seized|seizing)|(?<!\w)(?:взяли в плен|взяли в полон|захопили|"
                          r"захватили|полонили))\s+(?:(?:about|some|over|another|at least|ещё|еще|ще)\s+)?$", re.IGNORECASE)
_WOUNDED_ONES = re.compile(r"\s+ones\b|\s*(?:[,.;)\"”]|$)")  # "capturing two wounded ones", "captured three wounded."
_AND_WOUNDED = re.compile(r"\s+(?:and|or|&)\s+(?:wounded|injured)\b", re.IGNORECASE)
_CYR_LOSS_VERB = re.compile(r"(?<!\w)(?:збили|збито|збив|збила|збило|підірвали|підірвав|подорвали|подорвал|"
                            r"знищили|знищено|знищив|знищила|знищило|уразили|уражено|уразив|"
                            r"уразило|сбили|сбит|сбито|сбил|сбило|уничтожили|уничтожен|уничтожено|уничтожил|уничтожило|поразили|"
                            r"поразил|поразила|поразило|поражен|підбили|підбито|підбив|подбили|подбит|подбито|подбил|"
                            r"уничтожила|подбила|сбила|уничтожив|знищивши|захватили|захватила|захватил|захвачен|захвачена|"
                            r"захопили|захопила|захопив|захоплено|"  # (a machine seized is lost: "захватила бронемашину")
                            r"поврежден|повреждена|повреждено|повреждены|повредили|повредил|пошкоджено|пошкодили|"
                            r"пошкоджений|пошкоджена|"  # (damaged, as the English "damaged": "был поврежден танк «Меркава»")
                            r"сбиты|уничтожены|подбиты|поражены|збиті|знищені|підбиті|уражені|"  # ("сбиты самолет МиГ-29, ...")
                            r"знищення|ураження|збиття|уничтожении|уничтожение|уничтожения|поражении|поражение|сбитии|сбитие)"
                            r"[»\"]?\s+(?=\w)",  # (and the nouns: "повідомило про знищення гелікоптера Мі-8"; a verb in
                            # quotes: "«знищено» американську БМП Bradley")
                            re.IGNORECASE)
_CYR_LOSS_VERB_TWIN = twin(_CYR_LOSS_VERB)
#: The next item of a list with no number ("..., крылатая ракета «Нептун-Д» и 283 беспилотника"): see _singulars.
_CYR_LIST_NEXT = re.compile(r"(?:,|\s(?:и|і|та|й))\s+(?=[^\W\d])")
#: Adjectives only, between such a list's separator and its noun ("крылатая ракета", not "реактивный снаряд HIMARS").
_ADJECTIVES = re.compile(r"\s*(?:[^\W\d]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|а|е|і|ні|ська|ський|ське)\s+){0,3}", re.IGNORECASE)
#: A singular fate before its soldier: "погиб военнослужащий морской пехоты", "загинув військовослужбовець".
_CYR_DIED = re.compile(r"(?<!\w)(?:погиб|загинув|убит|вбитий|убитий|ранен|поранений|был убит|був убитий)(?!\w)", re.IGNORECASE)
#: The weapon or fire a fate came by, between the verb and a noun that is then its agent, not its loss ("был сбит
#: ракетой турецкого истребителя F-16", "уничтожен огнем танка").
_BY_AGENT = re.compile(r"(?<!\w)(?:ракетой|ракетою|ракетами|огнем|огнём|вогнем|ударом|ударами|выстрелом|пострілом|"
                       r"истребителем|винищувачем)(?!\w)", re.IGNORECASE)
#: The passive fate after a singular noun: "вертолет Ми-8, совершивший вынужденную посадку, был уничтожен", "Су-24М ...
#: 24 ноября был сбит", "танк був знищений".
_CYR_PASSIVE_FATE = re.compile(r"(?<!\w)(?:(?:был[аио]?|був|була|було)\s+(?:сбит|уничтожен|подбит|поражен|збит|знищен|підбит|"
                               r"уражен|убит|вбит|поврежден|пошкоджен)\w{0,3}|(?P<own>погиб|загинув|получил ранение|отримав поранення|дістав поранення))"
                               r"(?!\w)", re.IGNORECASE)  # (``own``: a fate of the noun itself, a soldier's: "пилот погиб")
_CYR_INCLUDING = re.compile(r"(?<!\w)(?:в том числе|в т\. ?ч\.|в тому числі|у тому числі|зокрема|среди них|серед них)\s+(?=\S)",
                            re.IGNORECASE)
#: Words after a singular label that make it a modifier of another noun ("a drone attack", "a tank brigade").
_ADJUNCT = re.compile(
    r"[\s-]*(?:attacks?(?![\s-]+(?:jets?|aircraft|planes?|helicopters?|drones?|submarines?|boats?))|strikes?|raids?|assaults?|operators?|units?|brigades?|battalions?|regiments?|divisions?|"
    r"compan(?:y|ies)|crews?|pilots?|drivers?|mechanics?|commanders?|factor(?:y|ies)|plants?|production|manufactur\w*|bases?|depots?|"
    r"warehouses?|launch(?!ers?\b)\w*|fleets?|forces|troops|programs?|programmes?|industry|makers?|deliver\w*|shipments?|"
    r"supplies|package|deals?|contracts?|purchases?|school|training|exercises?|drills?|parade|museum|repair\w*|"
    r"shells?|rounds?|ammunition|munitions?|rockets?(?![\s-]+launchers?\b)|bombs?|warheads?|"  # ("an Israeli tank shell
    # hit a house"; but "a BM-21 rocket launcher" is the system)
    r"campaigns?|warfare|tactics|movements?|groups?|leaders?|positions?|camps?|hideouts?|cells?|networks?|"
    r"battles?|fights?|firefights?|duels?)\b",  # ("a gun battle"; "a
    # guerrilla campaign", "a militant group")
    re.IGNORECASE)


def _scan(pattern: re.Pattern, twin_pattern: re.Pattern, text: str, low: str | None, search: bool = False):
    """``pattern.finditer(text)`` (or ``.search``), by its case-sensitive twin on ``low`` (``lower(text)``) when the text
    is plain (see lexicon.twin)."""
    p, t = (twin_pattern, low) if low is not None and plain(text) else (pattern, text)
    return p.search(t) if search else p.finditer(t)


def _others_of_singulars(text: str, nums: list[Number], found: list[Found], offset: int) -> list[Found]:
    """``found`` plus the numbers with no figure of their own that count "others" of the figure right before them ("A
    Turkish soldier was martyred and two others were wounded", "погиб военнослужащий, еще двое получили ранения"; not
    after other people named between: "A Ukrainian
    soldier was killed and 12 civilians were wounded, and two others died later")."""
    taken = {f.number.start - offset for f in found}
    ends = [f.end - offset for f in found]  # (found is in text order)
    extra = []
    for num in nums:
        if num.start in taken or not (OTHERS.match(text, num.end)
                                      or STILL.search(text, max(0, num.start - 20), num.start)):
            continue  # ("two others were wounded", "еще двое получили ранения")
        k = bisect_right(ends, num.start)
        if k and num.start - ends[k - 1] <= 40 and not _DIGIT.search(text, ends[k - 1], num.start):
            part = part_without_label(text, num, found[:k], offset)
            if part is not None:
                extra.append(part)
    return sorted(found + extra, key=lambda f: f.number.start) if extra else found


#: The one crew member a crash or strike killed: "killing its pilot", "killing the driver".
_KILLING_ITS = re.compile(r"\bkilling\s+(?P<its>its|the|his|her|their)\s+(?=(?:pilot|co-pilot|navigator|driver|gunner|"
                          r"commander)\b(?!\s+and\b)(?!s))")


#: An ordinal running count of losses: "It is the third Mirage Ukraine has lost since France began delivering the jets",
#: "the ninth Western-supplied combat aircraft lost since the first F-16s arrived" (the count is the ordinal).
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10, "eleventh": 11, "twelfth": 12}
_ORDINAL_LOST = re.compile(r"\bthe\s+(?P<n>" + "|".join(_ORDINALS) + r"|\d{1,3}(?:st|nd|rd|th))\s+(?=[^.;,]{0,60}?\blost\b"
                           r"[^.;]{0,40}?\bsince\b)", re.IGNORECASE)


def _singulars(text: str, labels, found: list[Found], offset: int, low: str | None = None) -> list[Found]:
    """``found`` plus the singular figures of the sentence: "a"/"an" and a singular label or named system right
    after (modifiers allowed), not a modifier itself ("a drone attack"). ``low``: ``lower(text)`` if known."""
    spans = [(f.number.start - offset, f.end - offset) for f in found]
    arts = [Number(m.start(), m.end() - 1, 1) for m in _scan(_SINGULAR, _SINGULAR_TWIN, text, low)
            if not any(a <= m.start() < b for a, b in spans)
            and not _WITHOUT_LOSING.search(text, max(0, m.start() - 30), m.start())]
    if "killing " in text:  # "an F-16 had crashed during a combat mission, killing its pilot": one of its crew
        arts += [Number(m.start("its"), m.end("its"), 1) for m in _KILLING_ITS.finditer(text)]
    if " since " in text and "lost" in text:  # "It was the seventh F-16 that Ukraine has lost since ...": a running count
        arts += [Number(m.start("n"), m.end("n"), _ORDINALS.get(m.group("n").lower()) or int(m.group("n")[:-2]))
                 for m in _ORDINAL_LOST.finditer(text)]
    if _may_name_warship(text):  # "sank the cruiser Moskva", "hit the submarine Rostov-on-Don": a named ship
        arts += [Number(m.start(), m.end() - 1, 1) for m in _THE_NAMED_SHIP.finditer(text)
                 if not any(a <= m.start() < b for a, b in spans)
                 and (_SHIP_HIT_BEFORE.search(text, max(0, m.start() - 40), m.start())
                      or _SHIP_HIT_AFTER.match(text, m.end()))]  # (not "the cruiser USS
        # Gettysburg mistakenly shot down an F/A-18F": the ship acts)
        arts.sort()
    # Ukrainian and Russian have no article: a named system right after a loss verb is one ("збили російський
    # штурмовик Су-25", "уничтожен танк Leopard")
    cyrillic = not text.isascii() and CYRILLIC.search(text) is not None
    verbs = [Number(m.start(), m.end() - 1, 1) for m in _scan(_CYR_LOSS_VERB, _CYR_LOSS_VERB_TWIN, text, low)
             if not any(a <= m.end() < b for a, b in spans)] if cyrillic else []
    nexts = [Number(m.start(), m.end() - 1, 1) for m in _CYR_LIST_NEXT.finditer(text, verbs[0].end)
             if not any(a <= m.end() < b for a, b in spans)] if verbs else []  # and one in the list the verb heads
    # "3 танка, в том числе «Леопард»": a named system right after "including" is one, a part of the figure before it
    parts = [Number(m.start(), m.end() - 1, 1) for m in _CYR_INCLUDING.finditer(text)
             if not any(m.end() <= a <= m.end() + 2 for a, _b in spans)] if found and cyrillic else []  # (not "зокрема три")
    verbs += _passive_singulars(text, labels, spans) if cyrillic and labels and _may_fate_singular(text) else []
    if not arts and not verbs and not parts:
        return found
    extra_next = [f for f in _figures(text, nexts, labels, offset, after_only=True)
                  if (f.model or f.label.lower().split()[-1] in _CYR_SINGULAR)
                  and _ADJECTIVES.fullmatch(text, f.number.end - offset + 1, f.label_span[0] - offset)
                  and not any(f.number.end - offset <= a < f.label_span[0] - offset for a, _b in spans)] if nexts else []
    # ("сбиты самолет МиГ-29 ..., 6 бомб «Хаммер», крылатая ракета «Нептун-Д»"; not "..., реактивный снаряд HIMARS",
    # a munition of the named system)
    extra = [f for f in _figures(text, arts, labels, offset, after_only=True)
             if (f.model or not (f.label.lower().endswith("s") or side_word(f.label)))  # (not "a Taliban attack")
             and f.label.lower() not in BARE_FATES  # ("A Russian missile strike killed 12 ...": a verb, not one killed)
             and not _ADJUNCT.match(text, f.label_span[1] - offset)
             and not ((_SHIP_ACTS if taxonomy().is_same_or_ancestor("naval", f.category)
                       else _PERSON_ACTS if f.category.startswith(PERSONNEL) else _THING_ACTS).match(
                 text, f.label_span[1] - offset) and not _THING_LOST_LATER.search(text, f.label_span[1] - offset,
                                                                                   f.label_span[1] - offset + 300))]
    extra += [f for f in _figures(text, verbs, labels, offset, after_only=True)
              if (f.model or f.label.lower().split()[-1] in _CYR_SINGULAR)
              and not _BY_AGENT.search(text, f.number.start - offset, f.label_span[0] - offset)
              and not any(f.number.end - offset <= a < f.label_span[0] - offset for a, _b in spans)]  # (not "сбили над
    # Идлибом два ... бомбардировщика Су-24": the noun of the number between)
    extra += extra_next
    for f in _figures(text, parts, labels, offset, after_only=True):
        whole = next((w for w in reversed(found) if w.end <= f.number.start), None)
        if f.model and (label_info(f.label)[1] or not _CYR_SINGULAR.isdisjoint(f.label.lower().split())) and whole is not None:
            f.whole = whole  # (a plural noun, "зокрема танки Leopard", counts no one)
            extra.append(f)
    return sorted(found + extra, key=lambda f: f.number.start) if extra else found


_AND_WORDS = frozenset({"и", "і", "та", "й", "или", "або", "and", "or"})
_WARSHIP_WORDS = ("ship", "cruiser", "frigate", "corvette", "destroyer", "submarine", "minesweeper")
_FATE_SINGULAR_WORDS = ("был", "був", "була", "було", "погиб", "загинув", "убит", "вбит", "ранен", "поранен", "получил ранение",
                        "отримав поранення", "дістав поранення")


#: English plurals, regular and not: "89 officers and men of ELDYK" (no second figure of one man).
_EN_PLURAL_ENDS = ("s", "men", "people", "personnel")


def _may_name_warship(text: str) -> bool:
    """Whether :data:`_THE_NAMED_SHIP` may match: "the" and one of its ship words (every match holds both)."""
    low = text.lower()
    return "the " in low and any(w in low for w in _WARSHIP_WORDS)


def _may_fate_singular(text: str) -> bool:
    """Whether :data:`_CYR_PASSIVE_FATE` or :data:`_CYR_DIED` may match: every match holds one of these words."""
    low = text.lower()
    return any(w in low for w in _FATE_SINGULAR_WORDS)


def _passive_singulars(text: str, labels, spans) -> list[Number]:
    """A singular noun or named system before a passive fate in its clause ("вертолет Ми-8 ... был уничтожен"), or a
    singular soldier right after his fate ("погиб военнослужащий"): one, read as a bare noun (the first of the labels
    written together there)."""
    out = []
    for m in _CYR_DIED.finditer(text):
        lab = next((x for x in labels if m.end() <= x[0] <= m.end() + 2 and not any(a <= x[0] < b for a, b in spans)), None)
        if lab is not None and lab[2].lower() in _CYR_SINGULAR:
            out.append(Number(lab[0], lab[1], 1, bare=True))
    for m in _CYR_PASSIVE_FATE.finditer(text):
        before = [x for x in labels if x[1] <= m.start() and not any(a <= x[0] < b for a, b in spans)]
        if not before or any(c in text[before[-1][1]:m.start()] for c in ".;:!?") or m.start() - before[-1][1] > 200:
            continue
        if m.group("own") and ("," in text[before[-1][1]:m.start()] or m.start() - before[-1][1] > 60
                               or not (label_info(before[-1][2])[0] or "").startswith(PERSONNEL)):
            continue  # a soldier's own fate, in his clause ("Водитель грузовика, перевозившего танк, погиб": not the tank's)
        k = len(before) - 1
        while k and not text[before[k - 1][1]:before[k][0]].strip():
            k -= 1  # "вертолет Ми-8": the noun and its model are one label group
        group = before[k:]
        if any(label_info(x[2])[1] or not _CYR_SINGULAR.isdisjoint(x[2].lower().split()) for x in group):
            out.append(Number(group[0][0], group[0][1], 1, bare=True))
    return out


def _figures(text: str, nums: list[Number], labels, offset: int, after_only: bool = False) -> list[Found]:
    found: list[Found] = []
    skip = set()
    elided: dict[int, tuple] = {}  # number index → the label an opening "Of the N things," gives it
    average = counts_losses = None  # quick tests before the searches per number, made when first needed
    sourced = "according to" in text.lower()  # (what every _SOURCE_BEFORE match holds, looked up once)
    for i, num in enumerate(nums):
        if i in skip or (sourced and _SOURCE_BEFORE.search(text, max(0, num.start - 16), num.start)):
            continue  # (the number of a source: "according to one officer")
        if num.value < 120 and _AGES_AFTER.match(text, num.end):
            continue  # "were 21, 23 and 26 years old": ages
        if num.value == 1 and _ONE_OF_THE_MOST.match(text, num.end) \
                and _DESCRIBED_AS.search(text, max(0, num.start - 12), num.start):
            continue  # (a ranking: "the workhorse ..., and one of its costliest aircraft to lose"; not "lost one of
            # its most advanced tanks")
        if num.bare:
            lab = next((x for x in labels if x[0] == num.start), None)
        elif i + 1 < len(nums) and _N_OF_M.fullmatch(text, num.end, nums[i + 1].start):
            lab = label_after(text, nums[i + 1].end, labels)  # "22 of 28 drones": 22 drones; 28 is the total
            skip.add(i + 1)
        else:
            lab = label_after(text, num.end, labels)
            if lab is not None and lab[0] >= num.end and lab[2].isascii() and not lab[2].endswith("s") \
                    and _SITE_AFTER.match(text, lab[1]):
                continue  # "dismantled 14 drone workshops", "14 tank depots": the places, no drones or tanks
        if lab is None and i in elided:
            lab = elided.pop(i)
        if lab is not None and not after_only and OF_THE_OPENING.fullmatch(text, 0, num.start) and (j := next(
                (j for j in range(i + 1, len(nums)) if LOST_NEXT.match(text, nums[j].end)), None)) is not None \
                and label_after(text, nums[j].end, labels) is None:
            elided[j] = lab  # "Of the 31 M1A1 Abrams tanks the United States sent to Ukraine in 2023, ..., at least 24
            continue  # have now been lost": the 24 are tanks; the 31 a stock they came from
        shared = lab is None and i + 1 < len(nums) and (
            _SHARED_NOUN_GAP.fullmatch(text, num.end, nums[i + 1].start)
            or ((sides := SIDES_GAP.fullmatch(text, num.end, nums[i + 1].start)) and side_word(sides.group("a"))))
        if shared:  # "killed 71 and wounded 46 occupiers": the 71 are occupiers too (their fate is the verb before)
            lab = label_after(text, nums[i + 1].end, labels)
            if lab is not None and found and found[-1].category.startswith(PERSONNEL) \
                    and not (label_info(lab[2])[0] or "").startswith(PERSONNEL) \
                    and _PEOPLE_VERB_BEFORE.search(text, max(0, num.start - 30), num.start):
                lab, shared = None, False  # ("killed 300 militiamen, captured 45 and seized 27 combat vehicles": the 45
                # are militiamen, not vehicles)
        if lab is None and not after_only and not (found and OF_THEM.match(text, num.end)):
            lab = label_before(text, num.start, labels, nums[:i])
            if lab is not None and ((lab[2].lower() in BARE_FATES and _PLACE_BEFORE.search(text, lab[1], num.start)
                                     and _NOUN_NEXT.match(text, num.end)) or _OWN_NOUN_NEXT.match(text, num.end)):
                lab = None  # "were killed at seven launch pads": the number counts the places, not the killed (not "put
                # their own dead at 649 and"); "bomb two fuel tankers ..., killing up to 142 people": people
        them_verb = None
        if lab is None and not after_only and not found and OF_THEM.match(text, num.end) \
                and (them_verb := _FATE_VERB_BEFORE.search(text, max(0, num.start - 30), num.start)):
            lab = _them_named_before(text, num, labels, nums[:i], them_verb)  # "pursued the attackers and killed nine
            # of them"
            them_verb = them_verb if lab else None
        from_to = None  # "rose from 9,680 on 1 January to 11,462": the second number counts what the first did (and its
        if lab is None and not after_only and found and found[-1].number.start - offset == nums[i - 1].start \
                and _FROM_BEFORE.search(text, max(0, nums[i - 1].start - 8), nums[i - 1].start) \
                and (from_to := _TO_GAP.fullmatch(text, nums[i - 1].end, num.start)):  # "до" is no "up to")
            prev = found[-1]
            lab = (prev.label_span[0] - offset, prev.label_span[1] - offset, prev.label)
        if lab is None and not after_only and found and not found[-1].inherited and found[-1].number.value < num.value \
                and found[-1].number.start - offset == nums[i - 1].start \
                and _TOTAL_GAP.fullmatch(text, found[-1].end - offset, num.start):
            prev = found[-1]  # a running total after a count, its noun left out ("..., а загалом — близько 1 555 300")
            lab = (prev.label_span[0] - offset, prev.label_span[1] - offset, prev.label)
        whole_of = lab is None and i + 1 < len(nums) and _WHOLE_OF_PARTS.fullmatch(text, num.end, nums[i + 1].start)
        if whole_of:  # "losses had reached 52,000, including nearly 21,000 killed": a whole of personnel parts, its fate
            part = label_after(text, nums[i + 1].end, labels)  # its own words' (casualties, captured, ...)
            lab = (num.end, num.end, part[2]) if part and (label_info(part[2])[0] or "").startswith(PERSONNEL) else None
        losses = None
        if lab is None and counts_losses is None:
            counts_losses = not after_only and _may_count_losses(text)
        if lab is None and counts_losses and (losses := _LOSSES_BEFORE.search(text, max(0, num.start - 70), num.start)
                                                     or PUT_AT.search(text, max(0, num.start - 70), num.start)
                                                     or _TOLL_BEFORE.search(text, max(0, num.start - 90), num.start)
                                                     or _CORRECTED.search(text, max(0, num.start - 70), num.start)) \
                and not _MONEY.match(text, num.end) and "$" not in text[max(0, num.start - 2): num.start]:
            g = next((g for g in ("of", "w2") if g in losses.re.groupindex and losses.group(g)), "w")
            lab = (losses.start(g), losses.end(g), losses.group(g))  # "Losses that month totaled more than 38,000"
        if lab is None and (members := _members_of(text, num.end) or _OF_ITS_MEMBERS.match(text, num.end)):
            # "killed 11 members of the ELN", "30 of its members had been killed": its people
            w = "w" if members.group("w") else "w2"
            lab, losses = (members.start(w), members.end(w), members.group(w)), members
        if lab is not None and found and lab[2].lower() in STATUS_FATES and lab[0] >= num.end \
                and not found[-1].category.startswith(PERSONNEL) and _IN_PARTS_OF.search(text, max(0, num.start - 120), num.start):
            # "50 tanks, of which 30 were destroyed and 20 captured": a status of the tanks, not 20 prisoners
            whole = next((f for f in reversed(found) if not f.inherited and f.number.value >= num.value), None)
            if whole is not None:
                found.append(Found(number=shifted(num, offset), label=whole.label, label_span=whole.label_span,
                                   category=whole.category, model=whole.model, qualifier=qualifier(text, num),
                                   inherited=True, whole=whole))
            continue
        if found and STATUS_NEXT.match(text, num.end) and (lab is None or lab[0] < num.start
                                                             or lab[2].lower() in STATUS_FATES) \
                and not found[-1].category.startswith(PERSONNEL) \
                and _SIBLING_STATUS.fullmatch(text, found[-1].end - offset, num.start):
            # "two M777 howitzers destroyed by Lancet loitering munitions and four damaged": more of the same things,
            # with another status (not four prisoners)
            sib = found[-1]
            found.append(Found(number=shifted(num, offset), label=sib.label, label_span=sib.label_span,
                               category=sib.category, model=None, qualifier=qualifier(text, num), inherited=True))
            continue
        if lab is None and found and (ones := _ONES.match(text, num.end)):  # "4,000 Russian tanks ..., and about
            last = next((f for f in reversed(found) if not f.inherited), found[-1])  # 1,250 Ukrainian ones": its noun
            found.append(Found(number=shifted(num, offset), label=last.label, label_span=(offset + ones.start("w"),
                               offset + ones.end("w")), category=last.category, model=None, qualifier=qualifier(text, num)))
            continue
        if lab is None and found and not after_only and not _civilians_after(text, num.end):  # (not "а ранены 40
            part = part_without_label(text, num, found, offset)  # мирных жителей": civilians, no part of the soldiers)
            if part is not None:
                found.append(part)
            told = FATE_AFTER.match(text, num.end) if part is None else None
            if told is None:
                continue
            lab = _fate_label(text, told, num)  # ("..., а 450 взяты в плен": people of the figure's side, no part of it)
        if lab is None or _CURRENCY_AFTER.match(text, num.end) \
                or _CURRENCY_BEFORE.search(text, max(0, num.start - 3), num.start):
            continue  # (a sum, "$1.6 billion upgrading Abrams tanks", counts no tanks)
        ls, le, label = lab
        if _THINK.search(text, max(0, ls - 6), ls):
            continue  # "an Islamabad think tank": a research body, not one tank
        if ls >= num.end and ((_FROM_THE.search(text, max(0, num.start - 14), num.start) and _SUPPLIED.match(text, le))
                              or _OF_AID.match(text, le)):
            continue
        category, model = ("personnel_casualties", None) if losses else label_info(label)  # (a side's losses: its people)
        if losses is not None and (losses.groupdict().get("w") or "").lower() == "toll":
            if cues()["civilian"].search(lower(text[:num.start])) or _PEOPLE_BEFORE.search(text, 0, num.start):
                continue  # the toll of the people killed before it ("killed two more people, bringing the death toll
                # ... to 19", "killed 12 Palestinians ..., bringing the death toll in the West Bank ... to 480")
            if "casualty" not in losses.group(0).lower():
                category = "personnel_killed"  # a toll is of the dead ("put the toll at 63"), unless a casualty toll
        if category and label.lower() == "fighters" and (_SHOT_DOWN.search(text, max(0, num.start - 60), num.start)
                                                         or _SHOT_DOWN_AFTER.match(text, le)):
            category = "aircraft"  # "had shot down one of the Pakistani fighters": jets, not fighting men
        head_at = None
        if category is None or (model and _MUNITION.match(text, le) and not (
                category == "cruise_missiles" and (downed := _INTERCEPTED.search(text, max(0, num.start - 80), num.start))
                and not _BUT.search(text, downed.end(), num.start))) \
                or (le > num.start and not category.startswith(PERSONNEL) and attack_after(text, le, labels)):
            continue
        if (le <= num.start or ls > num.end + 1) and label.lower() in BARE_FATES and _civilians_after(text, num.end):
            continue  # "the deaths of 26 civilians": the fate before speaks of the people after; "at least 11 civilians
            # killed": the fate after, of the civilians between
        if average is None:
            average = _may_average(text)
        if _RATE_AFTER.match(text, max(le, num.end)) or (average and _AVERAGE_BEFORE.search(text, max(0, num.start - 40), num.start)):
            continue  # a rate or an average ("1,270 a day", "у середньому ... 1 524 військових на добу") is no count
        if le >= num.end and not category.startswith(PERSONNEL):  # (a bare noun's "number" is the noun itself)
            category, model = joint_category(text, le, labels, category, model)
            if category is None:
                continue
            model = model or model_after(text, le, labels)
        if label.lower() in ("wounded", "injured") and le >= num.end and (held := label_after(text, le, labels)) \
                and (label_info(held[2])[0] or "").startswith(PERSONNEL) and (
                    label_info(held[2])[0] == "personnel_captured" or _TAKEN_AFTER.match(text, held[1])
                    or _TOOK_BEFORE.search(text, max(0, num.start - 40), num.start)):
            category, label, ls, le = "personnel_captured", held[2], held[0], held[1]  # "took three wounded prisoners",
            # "three wounded attackers had been apprehended": the wounded taken are prisoners
        elif label.lower() in ("wounded", "injured") and le >= num.end and _WOUNDED_ONES.match(text, le) \
                and _TOOK_BEFORE.search(text, max(0, num.start - 40), num.start):
            category = "personnel_captured"  # "neutralising six of the terrorists and capturing two wounded ones"
        if label.lower() in BARE_FATES and _AND_WOUNDED.match(text, le) and not whole_of:  # "killed and wounded"
            category = "personnel_casualties"
        elif (label.lower() in BARE_FATES or label.lower() in CYR_FATES) and ROOT_FATES.match(text, ls) and not whole_of:
            category = PERSONNEL  # "60 тысячах убитых, раненых и пленных": every fate
        elif category.startswith(PERSONNEL) and (whole_of or category in (PERSONNEL, "personnel_casualties")):
            nxt = nums[i + 1].start if i + 1 < len(nums) else len(text)
            if le <= num.start:  # label before the number: its fate is written between ("troops killed ... rose to")
                category = fate(text, Number(le, le, 0), le, num.start, label)
                if category == "personnel_casualties" and _HEADER_SEP.fullmatch(text, le, num.start):
                    opens = (_BRACKET.search(text, num.end, nxt), NESTING.search(text, num.end, nxt))  # "втратив 197
                    cut = min((m.start() for m in opens if m is not None), default=nxt)  # військових: 67 убитими і
                    category = fate(text, num, num.end, cut, "")  # 130 ..." (not its parts': "1020 (з них убитими")
            else:
                category = fate(text, num, num.end if shared else le, nxt, "" if whole_of else label)
            prev = found[-1] if found else None
            if category == "personnel_casualties" and them_verb is not None:
                category = _VERB_FATE.get(them_verb.group("v").lower()[:5], category)  # "the attackers ..., killing 17
                # of them": the verb's fate
            elif category == "personnel_casualties" and prev is not None and prev.category in _ONE_FATE \
                    and (_SAME_VERB_GAP.fullmatch(text, prev.label_span[1] - offset, num.start)
                         or prev.label_span == (offset + ls, offset + le)):
                category = prev.category  # "killed 17,000 Hamas operatives ..., in addition to some 1,000 terrorists";
                # "killed 17 American and nine Afghan soldiers": the noun they share
            elif category == "personnel_casualties" and le > num.start and found \
                    and not cues()["casualties"].search(label.lower()) \
                    and not cues()["casualties"].search(lower(text[le:min(le + 40, nxt)])):  # (not "inflicted dozens of
                # casualties", "а около 20 военных убиты или ранены": a fate of their own)
                fate_at = _list_head(text, found, offset, num.start)
                head_fate = fate(text, Number(fate_at, fate_at, 0), fate_at, fate_at) if fate_at is not None else None
                if head_fate not in (None, "personnel_casualties"):
                    category = head_fate  # "знищив 14 одиниць техніки, серед них п'ять танків, і близько 90 піхотинців"
                    head_at = offset + fate_at
        found.append(
            Found(
                number=shifted(num, offset),
                label=label,
                label_span=(offset + ls, offset + le),
                category=category,
                model=model,
                qualifier="exact" if from_to and from_to.group(1) is None
                else qualifier(text, num),
                fate_at=head_at,
            )
        )
    return found


_SPACES = re.compile(r"\s+")


_THINK = re.compile(r"\bthink[\s-]$", re.IGNORECASE)


def _civilians_after(text: str, pos: int) -> bool:
    """Whether one of the three words right after a number names civilians ("26 civilians", "26 Israeli civilians")."""
    low = lower(text[pos: pos + 40])
    return any(cues()["civilian"].match(low, m.end()) for m in list(_SPACES.finditer(low))[:3])
