"""Figures whose label is not written after their number: a part of the figure before it ("45 drones, including 29
over the Bryansk region", "2,118 of them", "wounded 1,600 others", "Of them, 470 were killed" in the next sentence),
and one figure for two labels ("130 tanks and APCs")."""

from __future__ import annotations

import re

from .. import actors
from ..vocab import taxonomy
from .attributes import NESTING, OWN_FATE, fate, qualifier
from .found import Found, label_info, shifted
from .lexicon import cues, lower, plain, twin
from .numbers import Number, parse_number

PERSONNEL = "personnel"
_DIGIT = re.compile(r"\d")
CYRILLIC = re.compile(r"[а-яіїєґё]", re.IGNORECASE)
AND_OTHER = re.compile(r"\s+(?:and|or|и|та|і)\s+(?:other\s+|других\s+|інших\s+|иных\s+)?", re.IGNORECASE)


CYR_PLURAL_ENDS = ("ов", "ев", "ёв", "ів", "их", "ых")  # Russian and Ukrainian genitive plurals ("гелікоптерів")


def joint_category(text: str, le: int, labels, category: str, model: str | None) -> tuple[str, str | None]:
    """"130 tanks and APCs", "248 танков и других бронированных машин": one figure for both labels, in the narrowest
    category holding both (armor); the category and model unchanged when no second label follows, and ``None`` when
    no category holds both (a count of aircraft and helicopters together is of no category: left out)."""
    m = AND_OTHER.match(text, le)
    second = next((lab for lab in labels if m and lab[0] == m.end()), None)
    # a plural ("and APCs"), or "other" ("и других бронированных машин"): not a bare noun counted as one ("и бронетранспортер")
    if second is None or not (m.group(0).rstrip().endswith(("other", "других", "інших", "иных"))
                              or (second[2].lower().endswith(CYR_PLURAL_ENDS) if CYRILLIC.match(second[2])
                                  else second[2].lower().endswith("s"))):
        return category, model
    other, _model = label_info(second[2])
    if other is None or other.startswith(PERSONNEL) or other == category:
        return category, model
    tree = taxonomy()
    mine = [category, *tree.ancestors(category)]
    common = next((c for c in [other, *tree.ancestors(other)] if c in mine), None)
    return (common, None) if common else (None, None)  # ("15 літаків і гелікоптерів": no category holds both)


#: A part given without a noun: "45 drones, including 29 over the Bryansk region, 10 over ...", "of which 20 were".
_PART_CUE = re.compile(r"(?:,|\s)\s*(?:including|among them|of which|of whom|of them|of these|зокрема|у тому числі|в тому числі|"
                       r"серед них|среди них|"
                       r"в том числе|из них|з них|із них|з яких|із яких|из которых)\s*(?:(?:about|some|nearly|almost|around|approximately|more than|over|"
                       r"up to|at least|близько|майже|понад|около|почти|более|свыше)\s+)?$", re.IGNORECASE)
_PART_NEXT = re.compile(r"\s*(?:[,;.)—–‒]|$|(?:over|above|in|near|on|at|from|around|were|was|had|have|by|during|since|this|"
                        r"recruited|mobili[sz]ed|conscripted|drafted|"  # ("including 38,210 recruited from prisons")
                        r"уничтожены|уничтожено|знищені|знищено|захвачены|захоплені|повреждены|пошкоджені|"  # ("из них 3 020
                        # уничтожены": a status of the things counted)
                        r"над|в|у|на|під|под|из|з|із|были|були|убитими|вбитими|загиблими|пораненими|убитыми|погибшими|"
                        r"ранеными)(?!\w))", re.IGNORECASE)  # ("з них 58 убитими", "з них 58 ‒ убитими")
#: A running total named before its number: "bringing its military death toll to", "pushing the total since February
#: 2022 to", "bringing Russia's total personnel losses since ... to", "bring the toll of soldiers killed in ... to" (``of``: the noun it counts follows; ``to``: the number does);
#: or the total after its number: "bringing to 20 the number of troops killed".
TOTAL_TO = re.compile(r"\b(?:bring|brings|bringing|brought|push|pushes|pushing|pushed|raise|raises|raising|raised|take|takes|"
                      r"taking|took)\s+(?:(?:the|its|their|[^\W\d][\w-]*['’]s)\s+(?:[\w'’-]+\s+){0,3}?"
                      r"(?:toll|total|tally|number|count|losses|casualties)\b"  # ("bringing their losses since ... to")
                      r"(?:\s+(?P<of>of)\b)?[^;:]{0,160}?(?P<to>\bto)|to)\s+"
                      r"(?:(?:about|some|nearly|almost|more than|over|at least|approximately)\s+)?$", re.IGNORECASE)
#: A number with no noun after "and"/"а"/a comma that says its own fate ("..., а понад 900 — потрапили в полон") or its own
#: window ("1,260 troops in the past day, and 8,906 over the past week"): the noun of the figure before.
_CONJ_END = re.compile(r"(?:,\s*|\s)(?:(?:and|і|та|а|и)\s+)?(?:(?:ще|еще|ещё)\s+)?(?:(?:about|some|nearly|almost|more than|over|"
                       r"up to|at least|понад|близько|приблизно|майже|більше|около|более|свыше|почти|примерно|до)\s+)?$",
                       re.IGNORECASE)  # ("знищив 212 окупантів і ще приблизно 300 поранив")
FATE_AFTER = re.compile(r"\s*[—–-]?\s*(?:others?\s+|more\s+)?(?:(?:were|was|have been|had been|had|are|is|remain|remained)\s+)?"
                        r"(?:still\s+)?"
                        r"(?:(?:listed|registered|recorded|reported)\s+as\s+)?"
                        r"(?:killed|wounded|injured|captured|taken prisoner|missing|unaccounted for|пропали без вести|"
                        r"зникли безвісти|"
                        r"числятся пропавшими|вважаються зниклими|"
                        r"died|surrendered|потрапили в полон|здалися в полон|загинули|поранені|поранено|взяті в полон|"
                        r"попали в плен|взяты в плен|сдались в плен|погибли|ранены|убиты|загиблі|загиблими|убитые|убитыми|"
                        r"взят в плен|попал в плен|взятий у полон|взятий в полон|потрапив у полон|потрапив в полон|"
                        r"узято в полон|взято в полон|узято у полон|взято у полон|взяли в полон|узяли в полон|"  # ("а двох
                        # узято в полон")
                        r"поранив|поранила|поранили|ранил|ранила|ранили|"  # (a unit's own verb after them: "і ще 300 поранив")
                        r"погибшие|ранеными|пораненими|полоненими|зниклими безвісти|пропавшими без вести|безповоротно|"
                        r"безвозвратно|отримали поранення|дістали поранення|"
                        r"получили ранения|получили ранение|получил ранения|получил ранение|отримав поранення)(?!\w)",
                        re.IGNORECASE)  # ("и 41 получил ранения": the singular after a number ending in one)
_WINDOW_AFTER = re.compile(r"\s+(?:[—–-]\s+)?(?:(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s|(?:this|last)\s+week\b|"
                           r"since\s+the\s+(?:start|beginning)\s+of\b|"
                           r"за\s+(?:минул|останн|прошедш|последн|тиждень|неделю|добу|сутки)|"
                           r"(?:с|со|з|із|від|от)\s+(?:начала|початку))",
                           re.IGNORECASE)  # (and "из них 214 — с начала года": its own window)
#: Words one of which every :data:`TOTAL_TO` match holds (in the lower case of a plain text).
_TOTAL_TO_WORDS = ("bring", "brought", "push", "rais", "tak", "took")


def total_to(text: str, lo: int = 0, hi: int | None = None) -> re.Match | None:
    """``TOTAL_TO.search(text, lo, hi)``, skipped (``None``) when the stretch holds none of the words every match holds:
    the common case, decided by substring tests instead of a case-insensitive scan of up to 220 characters."""
    hi = len(text) if hi is None else hi
    if plain(text):  # then the lower case of the stretch is what the case-insensitive pattern compares
        low = text[lo:hi].lower()
        if not any(w in low for w in _TOTAL_TO_WORDS):
            return None
    return TOTAL_TO.search(text, lo, hi)


#: Fate verbs (English, Ukrainian, Russian) → the personnel category they give a number after them.
_FATE_OF = {"wounded": "personnel_wounded", "injured": "personnel_wounded", "captured": "personnel_captured",
            "killed": "personnel_killed", "wounding": "personnel_wounded", "injuring": "personnel_wounded",
            "capturing": "personnel_captured", "killing": "personnel_killed", "поранили": "personnel_wounded",
            "ранили": "personnel_wounded", "поранила": "personnel_wounded", "поранив": "personnel_wounded",
            "ранила": "personnel_wounded", "ранил": "personnel_wounded",  # (a unit's verb: "бригада ... поранила ще 210")
            "полонили": "personnel_captured", "взяли в полон": "personnel_captured", "взяли в плен": "personnel_captured",
            "вбили": "personnel_killed", "убили": "personnel_killed", "погибли": "personnel_killed",
            "загинули": "personnel_killed", "убиты": "personnel_killed", "были убиты": "personnel_killed",
            "ранения получили": "personnel_wounded", "получили ранения": "personnel_wounded", "ранены": "personnel_wounded",
            "были ранены": "personnel_wounded", "поранено": "personnel_wounded", "поранені": "personnel_wounded",
            "отримали поранення": "personnel_wounded", "дістали поранення": "personnel_wounded",
            "взяты в плен": "personnel_captured", "попали в плен": "personnel_captured",
            "потрапили в полон": "personnel_captured", "missing": "personnel_missing",
            "пропали без вести": "personnel_missing", "зникли безвісти": "personnel_missing"}
#: A fate verb of its own (one of :data:`_FATE_OF`) before a number with no noun, after a personnel figure: "... and
#: wounded 2,300", "погибли 192 военнослужащих, ранения получили 511".
_AND_FATE = re.compile(r"(?:(?<!\w)(?:and|і|та|и|а)|,)\s+(?P<v>" + "|".join(sorted(_FATE_OF, key=len, reverse=True))
                       + r")\s+(?:(?:ще|еще|ещё|another)\s+)?(?:(?:more than|over|about|nearly|almost|some|at least|up to|понад|більше|близько|майже|более|"
                       r"свыше|около|почти|до)\s+)?$", re.IGNORECASE)
STILL = re.compile(r"(?<!\w)(?:ще|еще|ещё|another|a further)\s+(?:(?:близько|около|about|понад|более|over)\s+)?$",
                    re.IGNORECASE)
#: A word after a number that is a noun of its own ("capturing 19 Afghan posts"), not a preposition, conjunction or
#: adverb ("and capturing nine.", "wounded 20 in the clashes", "captured 12 alive", "captured 1,140 this year").
_OWN_NOUN = re.compile(r"\s+(?!(?:and|or|but|in|on|at|of|to|for|from|with|by|during|since|over|as|near|after|before|"
                       r"around|outside|inside|across|along|between|throughout|"
                       r"this|that|last|so|yesterday|today|overnight|alive|dead|more|others?|"
                       r"і|та|и|в|у|на|під|под|за|из|з|із|ще|еще|ещё|человек|осіб|особи)\b)[^\W\d]", re.IGNORECASE)
OTHERS = re.compile(r"\s+(?:others|more)\b(?!\s+than)(?!\s+(?!was\b|has\b|is\b)[^\W\d]+s\b)", re.IGNORECASE)  # (not
# "claims two more villages": a plural noun after "more" is what the number counts)
#: A fate named between "of them" and a number with no noun: "67 130 человек, из них безвозвратные — 13 197", "з них
#: поранені – 40", "of whom wounded: 53" (the fate word's stem → category).
_OF_THEM_FATE = re.compile(r"(?<!\w)(?:of them|of whom|из них|з них|із них)\s*,?\s*(?P<w>[^\W\d]+)\s*(?:[—–:-]\s*)?"
                           r"(?:(?:about|over|more than|около|более|свыше|близько|понад)\s+)?$", re.IGNORECASE)
_FATE_STEMS = (("personnel_killed", ("безвозвратн", "безповоротн", "убит", "погибш", "загибл", "вбит", "killed", "dead")),
               ("personnel_wounded", ("ранен", "поранен", "санитарн", "санітарн", "wounded", "injured")),
               ("personnel_captured", ("пленн", "полонен", "captured")),
               ("personnel_missing", ("пропавш", "зникл", "missing")))
OF_THEM = re.compile(r"\s+(?:of them|of these|of those|of whom|из них|з них|із них)\b", re.IGNORECASE)
_PART_LIST = re.compile(r"\s*(?:,\s*(?:and\s+|и\s+|та\s+|і\s+)?|\s(?:and|и|та|і)\s+)$", re.IGNORECASE)


def part_without_label(text: str, num: Number, found: list[Found], offset: int) -> Found | None:
    """A number with no label right after "including"/"of which" (or further on in that list of parts): a part
    of the figure before it, in the same category ("destroyed 45 drones, including 29 over the Bryansk region")."""
    prev = found[-1]
    gap = text[prev.end - offset: num.start]
    near = len(gap) <= 80 and ";" not in gap
    last = next((f for f in reversed(found) if not f.inherited), None)  # the figure with a noun of its own

    def part(category: str) -> Found:
        return Found(number=shifted(num, offset), label=last.label, label_span=last.label_span, category=category,
                     model=last.model, qualifier=qualifier(text, num), inherited=True)

    if near and OTHERS.match(text, num.end):  # "killed 5 soldiers and wounded 7 others"
        if not last.category.startswith(PERSONNEL):
            return part(last.category)
        own = fate(text, num, num.end, len(text), last.label)  # (no fate of their own: the figure's, "A Russian soldier
        return part(last.category if own == "personnel_casualties" and not cues()["casualties"].search(  # surrendered
            lower(text[max(0, num.start - 40):num.end + 60])) else own)  # and two others followed"; not "had killed or
        # wounded thousands more")
    personnel = prev.category.startswith(PERSONNEL)
    named = _OF_THEM_FATE.search(gap) if near and personnel and last is not None and last.number.value > num.value \
        else None
    if named and (own := next((c for c, stems in _FATE_STEMS if named.group("w").lower().startswith(stems)), None)):
        return part(own)  # "67 130 человек, из них безвозвратные — 13 197": the dead, a fate of their own (no nesting)
    if near and personnel and _CONJ_END.search(gap) and FATE_AFTER.match(text, num.end):
        return part(fate(text, num, num.end, len(text), last.label))  # "..., а понад 900 — потрапили в полон"
    verb = _AND_FATE.search(gap) if near and personnel and not _OWN_NOUN.match(text, num.end) else None
    if verb:  # "killed over 5,600 TPLF fighters and wounded 2,300 (over the past week)": the verb's fate, the noun before
        return part(_FATE_OF[verb.group("v").lower()])
    if near and _CONJ_END.search(gap) and _WINDOW_AFTER.match(text, num.end):
        return part(last.category)  # "1,260 troops in the past day, and 8,906 over the past week"
    if total_to(gap):  # "lost 1,690 soldiers ..., pushing the total since ... to 721,490": the same noun
        whole = next((f for f in reversed(found) if not f.inherited), None)
        if whole is not None:
            return Found(number=shifted(num, offset), label=whole.label, label_span=whole.label_span,
                         category=whole.category, model=whole.model, qualifier=qualifier(text, num))
    still = STILL.search(text, max(0, num.start - 20), num.start)
    if near and still and last is not None and last.category.startswith(PERSONNEL):
        own = fate(text, num, num.end, len(text), last.label)  # "загинули 43 тисячі військових, ще 370 тисяч
        if own != "personnel_casualties" and own != last.category:  # отримали поранення": its own fate
            return part(own)
    them = OF_THEM.match(text, num.end)
    if them and len(gap) <= 120:  # "4,299 soldiers have been wounded, 2,118 of them during ..."
        whole = next((f for f in reversed(found) if not f.inherited and f.number.value > num.value), None)
        if whole is None:
            return None
        category = whole.category
        if category.startswith(PERSONNEL):  # "six of them were killed": the part's own fate, if it says one
            own = fate(text, num, them.end(), len(text), whole.label)
            category = "personnel_killed" if _FATALLY.match(text, them.end()) else \
                own if own != "personnel_casualties" else category  # ("about 2,000 of them fatally")
        return Found(number=shifted(num, offset), label=whole.label, label_span=whole.label_span, category=category,
                     model=whole.model, qualifier=qualifier(text, num), inherited=True, whole=whole)
    cue = _PART_CUE.search(gap)  # right before the number, "including" may follow a long clause about the whole
    if len(gap) > (150 if cue else 60) or ";" in gap or num.vague or not (
            _PART_NEXT.match(text, num.end) or ((cue or prev.inherited) and prev.category.startswith(PERSONNEL) and _nationals(text, num.end))):
        return None
    if prev.inherited and _PART_LIST.search(gap):  # the list of parts goes on: "..., 10 over Kursk and 6 over ..."
        whole = next(f for f in reversed(found) if not f.inherited)
    elif not prev.inherited and cue:  # the nearest figure it can be a part of: "73 drones and
        whole = next((f for f in reversed(found) if f.number.value >= num.value), None)  # three missiles, of which 60"
    else:
        return None
    if whole is None or num.value > whole.number.value:
        return None
    category = whole.category
    if category.startswith(PERSONNEL):  # "15,5 тисячі військових, з них понад 6 тисяч – безповоротно": its own fate
        own = fate(text, num, num.end, len(text), whole.label)
        category = own if own != "personnel_casualties" else category
    return Found(number=shifted(num, offset), label=whole.label, label_span=whole.label_span, category=category,
                 model=whole.model, qualifier=qualifier(text, num), inherited=True)


#: A part of people named by their nationality: "1,231 foreign mercenaries, among them 97 Britons", "including 40 Polish
#: citizens", "серед них двох громадян Непалу" (an actor's name or demonym, or "citizens"/"nationals").
_NATIONALS = re.compile(r"\s+(?:(?:[A-Z][\w-]+\s+)?(?:citizens|nationals|громадян\w*|граждан\w*)|(?P<w>[A-Z][\w-]+))(?=[\s,;.)]|$)")


def _nationals(text: str, end: int) -> bool:
    """Whether a nationality names the people of the number ending at ``end`` (see :data:`_NATIONALS`)."""
    m = _NATIONALS.match(text, end)
    return m is not None and (m.group("w") is None or actors.resolve(m.group("w")) is not None)


_RECRUITED = re.compile(r"\s+(?:(?:who\s+(?:had\s+)?been|who\s+were)\s+)?(?:recruited|enlisted|released|pardoned|drafted|from\s+"
                        r"(?:penal\s+colonies|prisons?|jails?))\b|\s+(?:завербован\w*|завербуван\w*|из\s+колоний|з\s+колоній)",
                        re.IGNORECASE)  # a description of a part, no fate: "prisoners recruited from penal colonies"
_FORMER = re.compile(r"(?:\bformer|\bex-|(?<!\w)бывш\w*|(?<!\w)колишн\w*)\s*$", re.IGNORECASE)  # a description, no fate
def described(text: str, f: Found, offset: int) -> bool:
    """Whether a part's noun describes who they were, not a fate: "former prisoners", "prisoners recruited from penal
    colonies" (a part so described has the fate of its whole)."""
    return _FORMER.search(text, max(0, f.label_span[0] - offset - 12), f.label_span[0] - offset) is not None \
        or _RECRUITED.match(text, f.label_span[1] - offset) is not None


def recruits_of_their_whole(text: str, found: list[Found], offset: int) -> None:
    """"50,471 soldiers killed, including more than 9,000 former prisoners recruited from penal colonies": a part of
    people described so is of its whole's fate, not captured (before :func:`~.attributes.nest` links it)."""
    for whole, f in zip(found, found[1:]):
        if f.category == "personnel_captured" and whole.category.startswith(PERSONNEL) and described(text, f, offset) \
                and NESTING.search(text, whole.end - offset, f.number.start - offset):
            f.category = whole.category


#: A sentence that opens on the figure of the sentence before: "Of them, 470 were killed", "З них 470 було вбито", "That
#: figure includes more than 13,000 men recruited from prisons", "Of the 913, about 100 died in accidents".
_OPENER = re.compile(r"(?:^\W*|[,:]\s*)(?:and\s+|but\s+)?(?:of them|of these|of those|of this number|of that number|of the total|"
                     r"among them|among those|з них|із них|серед них|из них|среди них|в том числе|у тому числі|в их числе|"
                     r"в їх числі|серед яких|среди которых|зокрема|в частности|in particular|"  # ("Зокрема, над
                     # Чернігівщиною сили ППО знешкодили 21 дрон": a part of the night's 94)
                     r"(?:this|that|the)\s+(?:number|figure|total|tally|toll|count)\s+(?:also\s+)?includ(?:es|ed|e)|"
                     r"(?:of|among) the (?:dead|killed|wounded|injured|captured|prisoners)|of the \d[\d,]*(?:\s+[^\W\d][\w-]*){0,2}(?=\s*,)|of the [^\W\d][\w-]*s(?=\s*,)|"  # ("Of the tanks, he says, at least six were T-72B3s")
                     r"среди погибших|серед загиблих|"
                     r"(?:это|эта|ця|це)\s+(?:число|цифра|количество|кількість)\s+(?:также\s+|також\s+)?включа\w+)(?!\w)",
                     re.IGNORECASE)
_OPENER_TWIN = twin(_OPENER)
#: What the things counted in the sentence before were, after its speaker: "According to Navy spokesman Dmytro
#: Pletenchuk, the vessels were two Serna-class landing craft and a Raptor-class patrol boat".
_THINGS_WERE = re.compile(r"(?:^\W*|,\s*)the\s+(?:vessels|ships|boats|aircraft|planes|jets|helicopters|vehicles|drones)\s+"
                          r"(?:were|included)\s+(?=(?:\d|a\b|an\b|one\b|two\b|three\b|four\b|five\b))", re.IGNORECASE)


_N_OF_THEM_FIRST = re.compile(r"\W*(?:[^\W\d]+\s+){0,2}?(?:\d[\d\s,.]*|(?P<word>[^\W\d]+(?:['’][^\W\d]+)?))\s+"  # ("Дев'ять")
                              r"(?:of them|of these|of those|of whom|из них|з них|із них|з цих|із цих|из этих)"
                              r"(?!\w)", re.IGNORECASE)


def opens_on_before(text: str, low: str | None = None) -> bool:
    """Whether a sentence opens on the figure of the sentence before ("Of them, ...", "За його словами, з них ...",
    "Понад 900 з них – загиблі"). ``low``: ``lower(text)`` if known (then a plain text is scanned with the twin)."""
    opener = _OPENER_TWIN.search(low, 0, 60) if low is not None and plain(text) else _OPENER.search(text, 0, 60)
    if opener is None and "the " in text[:100].lower():
        opener = _THINGS_WERE.search(text, 0, 110)
    if opener is not None and _DIGIT.search(text, 0, opener.start()):  # "It said 40 civilians, among them seven women":
        opener = None  # the sentence's own figure is the whole
    first = _N_OF_THEM_FIRST.match(text)  # ("Двоє з них померли": a number word too, not "Most of them")
    if first is not None and (_PRICE.search(text) or _NONE_OF.search(text, 0, first.end())):
        first = None  # "One of those costs them maybe $2,000": a price of one, no part; "Ни одну из этих цифр": none
    return opener is not None or (first is not None and (first.group("word") is None or parse_number(first.group("word"))
                                                         is not None))


#: Fate words that are also an equipment status ("20 captured", "12 destroyed"), and one right after a number ("four
#: damaged", "27 were destroyed").
STATUS_FATES = frozenset({"captured", "destroyed", "damaged", "abandoned"})
STATUS_NEXT = re.compile(r"\s+(?:(?:were|was|had been|have been)\s+)?(?:destroyed|damaged|captured|abandoned)\b",
                         re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+([^\W\d]{4,})")
_NONE_OF = re.compile(r"(?<!\w)(?:ни|ні|not|none)\s", re.IGNORECASE)
_IN_PARTICULAR = re.compile(r"\W*(?:зокрема|в частности|in particular)\b", re.IGNORECASE)
_PRICE = re.compile(r"\bcosts?\b|\$|(?<!\w)(?:коштує|стоит|стоимость|вартість)(?!\w)", re.IGNORECASE)


_FATALLY = re.compile(r"\s*,?\s*(?:fatally|mortally|смертельно)(?!\w)", re.IGNORECASE)
_CIVILIANS_NEXT = re.compile(r"\s+(?:children|civilians|women|residents|people|дітей|діти|детей|дети|мирних|мирных|цивільн\w+)"
                             r"(?!\w)")


_AGED = re.compile(r"(?:\baged|\bages|віком|возрасте|віці)\s+(?:від\s+|от\s+|between\s+|from\s+)?$", re.IGNORECASE)


def others_of_before(text: str, nums: list[Number], before: Found, offset: int) -> list[Found]:
    """A sentence that opens on "N others"/"N more" and their fate, after a sentence with people in it: more of the same
    people, with that fate ("Troops killed four dissidents ... Two others were captured"), no part of the figure before."""
    num = nums[0]
    if num.start > 20 or num.vague or not before.category.startswith(PERSONNEL) or not (o := OTHERS.match(text, num.end)):
        return []
    if FATE_AFTER.match(text, o.end()) is None:
        return []
    category = fate(text, num, o.end(), len(text), before.label)
    return [Found(number=shifted(num, offset), label=before.label, label_span=before.label_span, category=category,
                  model=None, qualifier=qualifier(text, num), inherited=True)]


def parts_of_before(text: str, nums: list[Number], found: list[Found], whole: Found, offset: int,
                    earlier: list[Found] = ()) -> list[Found]:
    """The figures of a sentence that :func:`opens_on_before`, as parts of ``whole`` (a figure of an earlier sentence):
    its own figures of the same kind, and numbers with no label of their own, each with the fate its words give. A
    sentence opening "in particular" lists parts of the figures before (``earlier``) of each one's kind: "Збито 108
    дронів і три ракети Х-101. Зокрема, над Полтавщиною ... 19 дронів і одну ракету"."""
    tree = taxonomy()
    listed = _IN_PARTICULAR.match(text) is not None
    wholes = [whole, *(w for w in reversed(earlier) if w is not whole)] if listed else [whole]
    kept = []
    for f in found:
        if f.whole is None and f.label.lower() in STATUS_FATES and not whole.category.startswith(PERSONNEL) \
                and f.number.value < whole.number.value:  # "Of those, 27 were destroyed, eight damaged and three
            f.category, f.model = whole.category, whole.model  # captured": a status of the whole's things, not prisoners
        w = next((w for w in wholes if f.number.value < w.number.value and (
            tree.is_same_or_ancestor(w.category, f.category)
            or (w.category.startswith(PERSONNEL) and f.category.startswith(PERSONNEL)))), None)
        if f.whole is None and w is not None:
            f.whole = w
            if (f.category == "personnel_casualties" and not OWN_FATE.search(f.label)) or described(text, f, offset):
                f.category = w.category  # "That figure [of the killed] includes more than 13,000 men recruited from
                # prisons", "Of these, 17,000 were former prisoners": the whole's fate
        kept.append(f)
    taken = {f.number.start - offset for f in found}
    free = [(n, whole) for n in nums if n.start not in taken and not n.vague and n.value < whole.number.value
            and not _CIVILIANS_NEXT.match(lower(text[n.end: n.end + 40]))  # ("Among the injured were four children
            and not _AGED.search(text, max(0, n.start - 20), n.start)]  # aged between three and 14")
    if free and listed:  # a number of its own list counts the things of the whole its next word names
        free = [(n, w) for n, _w in free if (w := _named_next(text, n, wholes)) is not None]
    for k, (num, w) in enumerate(free):
        category = w.category
        nxt = free[k + 1][0].start if k + 1 < len(free) else len(text)
        if category.startswith(PERSONNEL):  # its own fate ("470 were killed"), else the whole's ("20 770 — mobilised")
            own = fate(text, num, num.end, nxt, w.label)
            category = own if own != "personnel_casualties" else category
        elif fate(text, num, num.end, nxt, "") in ("personnel_killed", "personnel_wounded") \
                and not STATUS_NEXT.match(text, num.end):  # (but "Of those, 27 were destroyed": the things')
            continue  # people killed or wounded are no part of vehicles ("... hit dozens of buggies. ... Three of them
            # were killed": his men)
        kept.append(Found(number=shifted(num, offset), label=w.label, label_span=w.label_span, category=category,
                          model=w.model, qualifier=qualifier(text, num), inherited=True, whole=w))
    return sorted(kept, key=lambda f: f.number.start)


def _named_next(text: str, num: Number, wholes: list[Found]) -> Found | None:
    """The first of ``wholes`` whose noun the word after ``num`` names (by its first five letters: "ракету" of "три
    ракети Х-101"; not "1 ракету" after "117 дронів")."""
    nxt = _WORD_AFTER.match(text, num.end)
    if nxt is None:
        return None
    stem = nxt.group(1).lower()[:5]
    return next((w for w in wholes if w.number.value > num.value
                 and any(x.lower().startswith(stem) for x in w.label.split() if len(x) >= 5)), None)
