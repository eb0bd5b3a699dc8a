"""The category label a number counts: right after it ("69 tanks", "three US-made HIMARS", "4,200 destroyed,
damaged, abandoned or captured Russian tanks"), right before it ("tanks ‒ 8,786"), or governing it in the same clause
("the number of tanks destroyed rose to 8,786", "bring the toll of soldiers killed in ... to 25"); and a named model
written after a generic label ("9 танков Leopard")."""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import itemgetter

from .. import actors
from . import attribution as attr
from .attributes import hedge_at_end
from .context import BARE_FATES
from .found import label_info
from .lexicon import label_pattern, lower, plain, twin
from .losers import side_word
from .numbers import Number
from .parts import total_to

#: Words that may stand between a number and its label ("12 enemy tanks", "three US-made HIMARS").
_STOP = {
    "and", "or", "but", "at", "in", "on", "by", "from", "to", "with", "near", "for", "against", "into", "per",
    "than", "while", "which", "that", "who", "was", "is", "were", "are", "had", "has", "have", "been", "be",
    "the", "a", "an", "this", "these", "those", "their", "its", "his", "her", "as", "since", "over", "after",
    "before", "during", "between", "about", "up", "down", "out", "off", "each", "every", "per", "year", "years",
    "day", "days", "week", "weeks", "month", "months", "hours", "km", "kilometres", "kilometers", "miles",
    "rockets", "rocket", "shells", "shell", "rounds", "munitions", "ammunition", "bombs", "bomb", "warheads", "снарядов", "снаряда",
    "ракет", "бомб", "боеприпасов",
    "machine", "submachine",  # ("two heavy machine guns": small arms, not artillery)
    "photos", "photographs", "portraits", "names", "фотографій", "фотографий", "фото", "портретів", "портретов", "імен", "имен"}
# (a count of pictures or names of the fallen is no count of them: "понад 5 тисяч фотографій полеглих захисників")
_OF = re.compile(r"\s*(?:more\s+)?(?:(?:the\s+)?(?:number|toll|total|tally|count)\s+of\s+(?:the\s+)?|"
                 r"of\s+(?:the\s+|their\s+|its\s+|our\s+|his\s+)?|"
                 r"launchers\s+of\s+(?:the\s+|an?\s+)?(?=[A-ZА-ЯІЇЄҐ«\"]|[\w-]*\d)|"  # "four launchers of the S-400 Triumf",
                 # "two launchers of a Patriot air-defence system": the system
                 r"(?:were|are|was|being|have been|has been|had been)\s+)?", re.IGNORECASE)  # "brought to 25 the number of"
_DIGIT = re.compile(r"\d")
_start = itemgetter(0)
_LETTER = re.compile(r"[^\W\d_]")  # a name with digits ("68 M23 rebels") is a modifier; a number is not
_INC = re.compile(r"\s*\(\s*\+\s*\d[^()]{0,40}\)")
_NAME_GAP = re.compile(r"\s+(?:[^\W\d][\w’'-]*\s+)?")  # between a name and the noun it qualifies: a space, or one word
#: A noun of things after a group's name, which the name qualifies: "14 Houthi missiles", "4 Taliban compounds" (not
#: "27 Taliban in Helmand", "30 Houthis fighting in Hodeidah").
_OTHER_NOUN = re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:missiles?|launchers?|compounds?|caches?|positions?|targets?|sites?|"
                         r"weapons?|depots?|hideouts?|bases?|camps?|boats?|vessels?|rockets?|facilities|facility|tunnels?|"
                         r"vehicles?|trucks?|attacks?|strikes?)\b")
_WORD = re.compile(r"\s*([\w’'.\-]+(?:/[\w’'.\-]+)*|\((?-i:[A-ZА-ЯІЇЄҐ][\w-]{1,9})\))")  # ("PKK/YPG terrorists": a slash
# joins two names; "Kenya Defence Forces (KDF) soldiers": a name's abbreviation in brackets)
#: A list of loss statuses before the noun (Oryx style): "destroyed, damaged, abandoned or captured".
_STATUSES = re.compile(r"(?:(?:destroyed|damaged|abandoned|captured|knocked-out|lost)(?:\s*,\s*|\s+(?:or|and)\s+)){1,4}"
                       r"(?:destroyed|damaged|abandoned|captured|knocked-out|lost)\s+", re.IGNORECASE)
_OTHER = re.compile(r"\s+other\b", re.IGNORECASE)
_SKIPPED = frozenset(' "”»')  # after a modifier word, before the next
_QUOTES = re.compile(r"[\"”»]?\s*[\"«“„]")
_BEFORE_SEP = re.compile(r"\s*[‒–—\-:=]\s*$|\s+(?:of|at|to)\s+$|\s*\(\s*$")
_GOVERN = re.compile(
    r"(?<!\w)(?:rose|risen|increased|climbed|grew|reached|reaches|passed|surpassed|exceeded|topped|stands?|stood|totals?|totaled|totalled|"
    r"amounted|amounts?|"
    r"came|comes|is|was|are|were|now|at|to|of|hit|"
    r"зросла|зросло|зріс|зросли|сягнула|сягнуло|сягнув|досягла|досягло|становить|становлять|склала|склало|склали|"
    r"выросло|выросла|вырос|выросли|достигла|достигло|достиг|составляет|составляют|составила|составило|составили|составлять|"
    r"становити|складати|досягати|достигать|перевищили|перевищила|перевищило|перевищив|превысили|превысила|превысило|"
    r"превысил|перевалили|перевалило)"  # ("втрати ... в особовому складі ... перевищили 1,5 мільйона")
    r"\s+(?:to\s+|at\s+|до\s+|from\s+|з\s+|із\s+|с\s+|от\s+|від\s+)?(?:some\s+|about\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+|between\s+|близько\s+|около\s+|понад\s+|более\s+)?$",
    re.IGNORECASE,
)
_GOVERN_TWIN = twin(_GOVERN)


_OF_TYPE = re.compile(r"\b(?:типу|типа|type|of the type)\b", re.IGNORECASE)  # "34 ударні БпЛА типу Shahed"


def mask_labels(text: str, labels=None, low: str | None = None) -> str:
    """The text with every category label blanked out (same length), so cue words inside labels don't count.

    ``labels`` (from :func:`sentence_figures`) and ``low`` (``lower(text)``) spare a second scan when known.
    """
    if labels is None:
        return label_pattern().sub(lambda m: " " * len(m.group(0)), lower(text))
    low = lower(text) if low is None else low
    parts, pos = [], 0
    for ls, le, _lab in labels:
        parts += (low[pos:ls], " " * (le - ls))
        pos = le
    parts.append(low[pos:])
    return "".join(parts)

#: A label followed by one of these names an attack, not a thing lost: "Tower 22 drone attack", "a one-way drone attack".
_ATTACK_AFTER = re.compile(r"(?:-\w+)?\s+(?:attacks?|strikes?|raids?|assaults?|swarms?)\b", re.IGNORECASE)  # (English
# compounds only: "знищили 5 танків ударами дронів" names the means, the tanks are lost)
#: "The number of U.S. service members wounded in Sunday's attack on Tower 22, a small base ..., has risen to more than
#: 40": a subject this long still governs its number when it opens with "the number of".
_NUMBER_OF = re.compile(r"\b(?:the\s+)?(?:number|toll|count|tally|число|количество|кількість)\s+(?:of\s+)?"
                        r"(?:[\w.'’-]+\s+){0,3}$", re.IGNORECASE)


def attack_after(text: str, pos: int, labels) -> bool:
    """Whether the label ending at ``pos`` names the weapon of an attack ("a drone attack on Tower 22"), not a thing
    lost; "41 Ka-52 attack helicopters", "strike drones" are things (another label follows the attack word)."""
    m = _ATTACK_AFTER.match(text, pos)
    if m is None or text[pos - 1:pos] in ("s", "S"):  # a plural noun before a verb ("14 drones attack positions")
        return False
    k = bisect_left(labels, pos + 1, key=_start)  # the next label: the attack word's own ("attack helicopters") or after it
    return not (k < len(labels) and (labels[k][0] <= m.end() or not text[m.end():labels[k][0]].strip()))


def find_labels(text: str, low: str | None = None):
    out = []
    for m in label_pattern().finditer(lower(text) if low is None else low):
        a, b = m.span()
        out.append((a, b, text[a:b]))
    return out


_AND_FAMILIES = re.compile(r"\s+(?:and|with)\s+(?:their\s+)?(?:families|relatives|dependants|dependents|wives)\b", re.IGNORECASE)


def _a_group(words: str) -> bool:
    """Whether the words before a noun name an armed group ("Abu Sayyaf", "Hamas")."""
    actor = actors.resolve(words.strip()) if words.strip() else None
    return attr.is_group(actor) if actor is not None else bool(words.strip()) and attr.local_group(words)


_CREW_WORD = re.compile(r"crew|pilot|airm[ae]n|navigator|член\w* экипаж|член\w* екіпаж|пилот|льотчик|л[её]тчик|штурман",
                        re.IGNORECASE)  # a machine's crew (see label_after)


#: A "numbers of the week" line: "8 940 — столько военнослужащих ... потеряли ВСУ", "46 – that's how many tanks ...": the
#: number first, its noun after a dash and "so many".
_SO_MANY = re.compile(r"\s*[—–]\s*(?:столько|стільки|that'?s\s+how\s+many|this\s+many|the\s+number\s+of)\s+", re.IGNORECASE)


_FATE_WORDS = frozenset({"killed", "wounded", "injured", "captured", "dead", "missing"})
_POSSESSIVE_GAP = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}")  # a possessive and up to two modifiers before a noun
_MAKER_BEFORE = re.compile(r"(?<![\w-])(?!Project\s)[A-Z][a-z]+\s+$")  # ("a Bell 412"; a ship's project is no type)


def label_after(text: str, pos: int, labels) -> tuple[int, int, str] | None:
    """The label that a number ending at ``pos`` counts, allowing up to four modifier words between (names with digits
    among them: "68 M23 rebels"; other numbers not)."""
    inc = _INC.match(text, pos) if "(" in text else None  # (every match holds one)
    pos = inc.end() if inc else pos
    m = (_SO_MANY.match(text, pos) if "—" in text or "–" in text else None) or _OF.match(text, pos)
    cur = m.end() if m else pos
    q = _QUOTES.match(text, cur)  # 'killed "about 30" Armenian soldiers', "50 «русских наемников»"
    cur = q.end() if q else cur
    st = _STATUSES.match(text, cur)  # "4,200 destroyed, damaged, abandoned or captured Russian tanks"
    cur = st.end() if st else cur
    for _ in range(5):
        k = bisect_left(labels, cur, key=_start)  # the first label at or after ``cur`` (the labels are sorted by start)
        if k < len(labels) and (labels[k][0] == cur or not text[cur:labels[k][0]].strip()):
            if k + 1 < len(labels) and _POSSESSIVE_GAP.fullmatch(text, labels[k][1], labels[k + 1][0]):
                return labels[k + 1]  # "14 of the rebels' armed pickups": the pickups, whoever owned them
            if side_word(labels[k][2]) is not None:  # a group's name before a noun qualifies it: "60 Houthi drones",
                if k + 1 < len(labels) and _NAME_GAP.fullmatch(text, labels[k][1], labels[k + 1][0]) \
                        and labels[k + 1][2].lower() not in _FATE_WORDS:  # "Taliban fighters" (not "1,204 khwarij
                    return labels[k + 1]  # killed": the group's name is the noun, the fate its fate)
                if _OTHER_NOUN.match(text, labels[k][1]):  # ("14 Houthi missiles", "4 Taliban compounds": not people)
                    return None
            if k + 1 < len(labels) and not text[labels[k][1]:labels[k + 1][0]].strip() and labels[k][2].isascii() \
                    and (label_info(labels[k][2])[0] or "").startswith("personnel") \
                    and not (label_info(labels[k + 1][2])[0] or "personnel").startswith("personnel"):
                return labels[k + 1]  # a people's noun as a modifier of a machine: "12 militant quadcopters" (in
                # English: "двоє пілотів дронів" are pilots)
            if k + 1 < len(labels) and not text[labels[k][1]:labels[k + 1][0]].strip() and label_info(labels[k][2])[1] \
                    and _CREW_WORD.match(labels[k + 1][2]):
                return labels[k + 1]  # a model before its crew names their machine: "one Su-34 crew member", "two Su-34
                # pilots" (not "two Su-30SM fighters": jets)
            if labels[k][2].lower() == "members" and (not _a_group(text[pos:labels[k][0]])
                                                       or _AND_FAMILIES.match(text, labels[k][1])):
                return None  # members of a group only: "36 Abu Sayyaf members" (not "12 members of parliament", nor
                # "1,250 Boko Haram members and their families": a count of civilians too)
            return labels[k]
        w = _WORD.match(text, cur)  # else words stand before it (and before every later label): skip one modifier
        if w and w.group(1).lower() in ("and", "or") and _OTHER.match(text, w.end()):
            w = _WORD.match(text, w.end())  # "17,000 Hamas and other terror operatives": "and other" modifies the noun
        if not w or (w.group(1).lower() in _STOP and w.group(1) != "IS") \
                or (_DIGIT.search(w.group(1)) and not _LETTER.search(w.group(1))
                    and not _MAKER_BEFORE.search(text, max(0, cur - 16), cur)):  # ("47 IS militants": the group, not "is";
            return None  # a type's number after its maker is a modifier: "a Bell 412 helicopter")
        if w.group(1).endswith((",", ";", ".")) and not w.group(1).endswith("."):
            return None
        cur = w.end()
        while cur < len(text) and text[cur] in _SKIPPED:  # (and a modifier's closing quote: 'seven "apostate" soldiers')
            cur += 1
    return None


def model_after(text: str, pos: int, labels) -> str | None:
    """A named system written right after a generic label: "9 танков Leopard", "5 бронемашин HMMWV"."""
    for ls, _le, lab in labels:
        if ls > pos:
            gap = text[pos:ls]
            if not plain(gap) or "type" in gap.lower() or "тип" in gap.lower():  # words every _OF_TYPE match holds
                gap = _OF_TYPE.sub("", gap)
            return None if gap.strip(" \"«“'") else label_info(lab)[1]
    return None


def label_before(text: str, start: int, labels, nums_before: list[Number]) -> tuple[int, int, str] | None:
    """A label written before the number: "tanks ‒ 8,786" or "the number of tanks ... rose to 8,786"."""
    prev_end = max((n.end for n in nums_before), default=0)
    lead = text[:start]
    q = hedge_at_end(lead)
    core = lead[: q.start()] if q else lead
    for ls, le, lab in reversed(labels):
        if le > len(core) or ls < prev_end or attack_after(text, le, labels):
            continue  # ("wounded in Sunday's drone attack has risen to 40": the drone is no noun of the 40)
        between = core[le:]
        if q and not between.strip() and le == len(core.rstrip()):  # "personnel ~ 628 930": the hedge separates
            return ls, le, lab
        if _BEFORE_SEP.fullmatch(between) or _BEFORE_SEP.search(between) and len(between.strip()) <= 2:
            return ls, le, lab
        span = lead[le:]  # (or with the hedge: "tank losses ... surpassed 3,700", "passed" being both verb and hedge)
        if ";" not in between and ":" not in between and (_governs(between) or _governs(span)):
            noun = _noun_before_fates(text, (ls, le, lab), labels)
            if _words(between) <= 10 or (_words(between) <= 40 and _NUMBER_OF.search(text, max(0, noun[0] - 60), noun[0])):
                return noun
        break
    toll = total_to(text, max(prev_end, start - 220), start)  # "bring the toll of soldiers killed in ... to 25"
    if toll is not None and toll.group("of"):
        return next((lab for lab in labels if toll.end("of") <= lab[0] <= toll.end("of") + 25 and lab[1] <= toll.start("to")), None)
    if toll is not None:  # "Their deaths bring the IDF's death toll in ..., which began on October 27, to 286": the noun
        return next((lab for lab in reversed(labels) if prev_end <= lab[0] and 0 <= toll.start() - lab[1] <= 3), None)
    return None


def _words(between: str) -> int:
    """The words of a stretch, numbers not counted: a date inside a long subject ("the number of soldiers killed since
    the ground operation began on 27 October 2023 reached 358") does not part the noun from its verb."""
    return sum(1 for w in between.split() if not w.strip(",.").replace(",", "").replace(".", "").isdigit())


def _governs(between: str) -> bool:
    """Whether the words between a label and its number end with a verb that governs the number ("rose to")."""
    return (_GOVERN_TWIN.search(between.lower()) if plain(between) else _GOVERN.search(between)) is not None


_FATE_GLUE = re.compile(r"\s+(?:(?:killed|dead|wounded|injured|captured|missing|or|and|in action)\s+)*", re.IGNORECASE)


def _noun_before_fates(text: str, lab: tuple[int, int, str], labels) -> tuple[int, int, str]:
    """"troops killed or wounded ... rose to N": the label is the noun, the fate words only qualify it."""
    k = labels.index(lab)
    while k > 0 and lab[2].lower() in BARE_FATES and _FATE_GLUE.fullmatch(text + " ", labels[k - 1][1], lab[0]):
        k -= 1
        lab = labels[k]
    return lab
