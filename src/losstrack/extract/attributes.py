"""Step 3 of article extraction: attach to each figure its qualifier (hedges, ranges), the personnel fate
(killed, wounded, captured, missing, or casualties) and its "including" whole (nesting)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..vocab import normalize_label, qualifier_phrases
from .lexicon import cue_pattern, cue_words, cues, lower, plain, qualifier_pattern, qualifier_twin
from .numbers import Number

#: What opens the parts of a figure: "including", "of which", "в том числе", "серед них" (not a share with no number
#: that describes the figure: "22 were SEALs, most of them from one unit, three were airmen").
NESTING = re.compile(
    r"\b(?:including|includ(?:ed|es)|among them|among which|of which|"
    r"(?<!most )(?<!many )(?<!all )(?<!some )(?<!none )(?<!half )(?<!few )(?:of whom|of them|of these)|incl\.|in particular|"
    r"зокрема|включая|включаючи|включно з|у тому числі|в тому числі|в том числе|из них|з них|серед них|среди них)\b",
    re.IGNORECASE,
)
_POST_QUAL = re.compile(r"^(?:\s*-?\s*plus\b|\s+or\s+more\b|\s+and\s+more\b|\+(?!\s*\d))", re.IGNORECASE)
#: What opens a list of a whole's parts: a colon ("lost 15 vehicles: seven tanks, ..."), or a dash or bracket right after
#: the whole ("six Pakistani aircraft - five fighter jets and one large aircraft -", "six aircraft (five jets and ...)").
_COLON_GAP = re.compile(r"[^.;:]{0,40}:\s*$|\s*(?:\s[-–—]|[–—]|\()\s*$")
_SPACES = re.compile(r"\s+")
_AFTER_CUT = re.compile(r"[;,](?!\d)(?!\s*(?:погибших|загиблих|убитых|вбитих|раненых|поранених|пропавших|зниклих|які|которые|"
                        r"who)\b)|"
                        r"\band\s+(?:had\s+|have\s+|has\s+)?(?:wounded|injured|killed|captured|wounding|injuring|killing|capturing)(?=\s+(?:over|more than|about|some|nearly|almost|at least|up to|another)?\s*$)|\band\s+(?=\d)|\band\s+[^\W\d]+\s+$|"
                        r"\band\s+(?:capturing|captured|seizing|seized)\s+(?:an?|the|its|their|his|her)\b|"  # ("killing 26
                        # SSPDF soldiers and capturing a military truck": another object's verb)
                        r"(?<!\w)(?:и|і|й|та)\s+[^\W\d]+\s+$|"  # "взяли в плен 14 военнослужащих и уничтожили две": the next one's verb
                        r"^\s*and\s+(?!(?:wounded|injured|killed|captured)\b)[a-z]+ed\b|"  # "killed 2,380 fighters and wounded 1,600";
                        r"(?:^|[»\"”])\s*(?:и|і|й|та)\s+[^\W\d]+(?:(?<![оеіїё])в|ла|ли|ло|л)(?!\w)")  # "узяв у полон сімох
# військових і знищив танк", "убила 22 «малийских солдата и русских наёмника» и захватила бронемашину"
# "killed or wounded over 1,640 troops and destroyed a tank": a verb after "and" starts another predicate, not the fate
#: A relative clause set off by commas after a figure's noun (a few words of it first): "35 terrorists belonging to
#: Jaish-e-Mohammed, who had gathered to infiltrate ..., were killed".
WHO_CLAUSE = re.compile(r"(?:\s+[^\W\d][\w'’-]*){0,3}?,\s+(?:who|which|які|який|яка|которые|который|которая)(?!\w)"
                        r"[^,;.:]{1,120},", re.IGNORECASE)  # (and "Двох піхотинців, які вижили, взяли в полон")
#: An aside about a part after a figure's noun: ", five of them from the Pakistan Air Force,".
_ASIDE = re.compile(r"(?:\s+(?:and\s+[a-z]+\s+)?of\s+[^,;.]{1,40}?)?\s*,\s*(?:[^,;.]{0,40}?\b(?:of them|of whom|of those|among them|з них|из них|"
                    r"серед них|среди них)\b[^,;.]{0,60},|(?:including\s[^,;.]{0,110}|[^,;.\d]{1,50}),"
                    r"(?=\s*(?:were|was|had|have|has|are|is|died|embraced|lost|remain\w*)\b)|"
                    r"[^\W\d]*(?:вших|вшихся|ющих|ющихся|ящих|ящихся)(?!\w)[^,;.]{1,80},(?=\s*[^\W\d]))")
# (also after the noun's own "of" phrase, "1,026 marines of Ukraine's 36th Brigade, among them 162 officers, had laid
# down their arms"; and an "including" aside: "Five Russian peacekeepers, including the deputy commander of ..., were killed";
# an apposition before the verb: "89 officers and men of ELDYK, Greece's regiment on the island, were killed"; "Eight
# soldiers, including two officers, embraced shahadat"; a Russian participle's clause: "двое российских военнослужащих,
# находившихся в Дори в качестве инструкторов, получили легкие ранения")
#: A group "of" its number of men: its fate is the verb before the group, which may stand further back ("уничтожили в
#: Глушковском районе украинскую диверсионную группу из шести человек", "captured a group of 12 Russian soldiers").
_GROUP_OF = re.compile(r"(?P<noun>групп\w*|груп[уаи]|отряд\w*|загін|загону|squad|group|team|cell)\s+(?:из|з|із|of)\s+$",
                       re.IGNORECASE)
_ALONG_WITH = re.compile(r"\b(?:along|together)\s+with\s+(?:(?:about|some|nearly|almost|more than|over|at least|up to)\s+)?$")
_BEFORE_CUT = re.compile(r"[;,]|\band\b")
_AND_NEXT = re.compile(r"(?:\s+of\s+(?:the\s+)?[^\W\d][^.;:!?,]{0,70}?)?"  # ("Nine members of the BIFF (BIFF) and two")
                       r"\s*(?:,?\s*(?:and|и|і|та|й)\s+|,\s*)(?:(?:another|ще|еще|ещё)\s+)?(?:(?:at least|about|some|more than|over|"
                       r"up to|nearly|almost|не менее|около|более|понад|щонайменше|близько)\s+)?", re.IGNORECASE)
#: A part of the figure before, after a comma: "120 soldiers, 40 of whom ...", "..., 12 of them were wounded".
_PARTITIVE_NEXT = re.compile(r"[\w,.\s]{1,12}?\s(?:of\s+(?:whom|them|which|these|those)|з\s+них|из\s+них|із\s+них)\b",
                             re.IGNORECASE)
#: Other people with a fate of their own: "..., and nine others were wounded", "and 12 more were injured".
_OTHERS_NEXT = re.compile(r"[\w,.]+\s+(?:others|more|інших|ще|других|еще)\b", re.IGNORECASE)  # (after a comma only)
#: The passive fate a list of subjects shares, after its last subject (in the same clause).
_SHARED_FATE = re.compile(r"(?:(?!\b(?:were|was|are|is|have|has|had)\s)[^.;:!?])*?(?:\b(?:were|have been|had been)\s+(?:(?P<killed>killed)|(?P<wounded>wounded|injured)|"
                          r"(?P<captured>captured|taken prisoner)|(?P<missing>missing))\b|\b(?:had|have)\s+(?P<killed__>fallen)\b|"
                          r"(?<!\w)(?:(?P<killed_>погибли|загинули|"
                          r"были убиты|були вбиті)|(?P<wounded_>были ранены|получили ранения|отримали поранення|були поранені)))",
                          re.IGNORECASE)  # (a group per fate: its name, less a trailing "_", is the category's)
#: A whole of people, no figure of its own (civilians among them): "322 people had been killed, including ...".
_PEOPLE_WHOLE = re.compile(r"\d\s+(?:people|persons|individuals|людей|осіб|человек|чоловік)(?!\w)|\btoll\b[^.;]{0,60}?\d",
                           re.IGNORECASE)  # (or a death toll: "the death toll ... had reached 727, among them ...")
#: A part's opener before its number: "..., including 261", "серед них 12".
_PART_BEFORE = re.compile(r"(?:\b(?:including|among them|of whom)|(?<!\w)(?:зокрема|серед них|среди них|в том числе|у тому числі|"
                          r"в тому числі))\s+(?P<list>[^.;:]{0,80}?(?:,|\band\b|(?<!\w)(?:і|и|та)(?!\w))\s*)?(?:[^\W\d]+\s+){0,2}$",
                          re.IGNORECASE)  # (or a later item of its list: "including 261 SNA fighters, 39 SDF fighters")
_LIST_GO_ON = re.compile(r"[^.;:]*?(?:,|\band\b|\bи\b|\bта\b)[^.;:]*")
OWN_FATE = re.compile(r"casualt|loss|втрат|потер", re.IGNORECASE)  # a part that says "casualties" keeps it
PARTS_LIFT = {"armored_combat_vehicles": "armor", "ships": "naval"}  # "15 armoured vehicles: seven tanks, ..." is armour
# as a whole, "13 warships ..., including four destroyers and eight submarines" the navy's vessels


@lru_cache(maxsize=1)
def _hedge_ends() -> tuple[str, ...]:
    """The last words of the hedge phrases ("than" of "more than"): a text a hedge ends ends on one of them."""
    return tuple(sorted({phrase.lower().split()[-1] for phrase in qualifier_phrases()}))


def hedge_at_end(text: str) -> re.Match | None:
    """The hedge phrase a text ends on (``qualifier_pattern().search(text)``); in a plain text by the twin on the lower
    case, run only when the text ends on a hedge's last word (every match does)."""
    if plain(text):
        low = text.lower()
        return qualifier_twin().search(low) if low.rstrip().endswith(_hedge_ends()) else None
    return qualifier_pattern().search(text)


_ROSE_BEFORE = re.compile(r"(?<!\w)(?:(?:зрос\w*|вирос\w*|вырос\w*|збільши\w*|увеличи\w*|досяг\w*|дійш\w*|дош\w*)\s+до"
                          r"|(?:add(?:s|ed|ing)?|summed|sums?)\s+up\s+to)\s+$", re.IGNORECASE)


def qualifier(text: str, num: Number) -> str:
    """The hedge of a number: ``range`` for ranges, a phrase before it ("more than"), "plus"/"or more" after it."""
    if num.value_high is not None:
        return "range"
    m = hedge_at_end(text[max(0, num.start - 25): num.start])
    if m:
        if m.group(1).lower() in ("до", "up to") and _ROSE_BEFORE.search(text, max(0, num.start - 40), num.start):
            return "exact"  # "зросла до 400 тисяч", "выросло до", "added up to 29,740": rose to, a sum, not up to
        return qualifier_phrases().get(_SPACES.sub(" ", m.group(1).lower()), "exact")
    if _POST_QUAL.match(text[num.end: num.end + 10]):
        return "at_least"
    return "exact"


#: Bulletin words for "all personnel losses": "liquidated"/"eliminated" next to them is the bulletins' verb for
#: every loss they count (the General Staff's "personnel ‒ 38750 persons were liquidated"), not a fate.
_ROSTER = {"personnel", "persons", "people", "осіб", "особового складу", "особовий склад", "личного состава", "человек"}
_WEAK_KILLED = re.compile(r"\b(?:eliminated|liquidated|ліквідовано|ліквідували|ліквідовані|ликвидировано|ликвидированы)\b")


@lru_cache(maxsize=4096)
def is_roster(label: str) -> bool:
    return normalize_label(label) in _ROSTER


@lru_cache(maxsize=1)
def _any_fate() -> re.Pattern:
    """Every fate cue (casualties, killed, wounded, captured, missing) in one trie: a window where it finds nothing holds
    none of them (it finds a match wherever one of the five patterns does; one trie scans twice as fast as their
    alternation)."""
    words = cue_words()
    return cue_pattern([w for kind in ("casualties", "killed", "wounded", "captured", "missing") for w in words[kind]])


def _up_to_cut(window: str) -> str:
    """``_AFTER_CUT.split(window)[0]``: the window up to the first cut (one search, not a split of the whole window)."""
    cut = _AFTER_CUT.search(window)
    return window[:cut.start()] if cut else window


#: Killed, wounded and captured (or missing) listed together, or killed and missing: fates no narrower category holds,
#: the root ("1,091 men killed, wounded or captured", "о 60 тысячах убитых, раненых и пленных японцев", "10 were killed
#: or missing", "killed or captured"; not "killed or wounded": casualties).
ROOT_FATES = re.compile(r"\s*(?:(?:were|was|had been|have been|are|is)\s+)?"
                        r"(?:(?:killed|dead|убит\w*|вбит\w*|погибш\w*|загибл\w*)\s*,\s*(?:wounded|injured|ранен\w*|поранен\w*)"
                        r"\s*,?\s*(?:and|or|и|или|і|та|чи|й)\s+(?:captured|taken prisoner|missing|пленн\w*|пропавш\w*|"
                        r"полонен\w*|зниклих|пропал\w*)"
                        r"|(?:killed|dead)\s+(?:or|and)\s+(?:missing|captured|taken prisoner)|(?:погибл\w*|погибш\w*|убит\w*)\s+(?:и|или)\s+пропа\w*\s+без\s+вести"
                        r"|(?:загинул\w*|загибл\w*|вбит\w*)\s+(?:і|та|або|чи|й)\s+(?:зникл\w*|пропал\w*)\s+безвісти)(?!\w)",
                        re.IGNORECASE)
_ROOT_FATES_BEFORE = re.compile(r"(?:" + ROOT_FATES.pattern + r")\s+(?:(?:about|some|more than|over|at least|около|более|"
                                r"свыше|почти|не менее|близько|понад|щонайменше)\s+)?$", re.IGNORECASE)  # ("погибли и
# пропали без вести 13 пограничников")
#: Irrecoverable losses named before their verb: the dead ("Безвозвратные потери советских войск составили 960 человек").
_IRRECOVERABLE = re.compile(r"(?:(?<!\w)(?:безвозвратн|безповоротн)\w*\s+(?:потер|втрат)\w*|\birrecoverable\s+losses)"
                            r"[^.;:\d]{0,60}$", re.IGNORECASE)

#: "Sanitary" losses, the wounded and sick evacuated, named before their verb: "Санитарные потери составили 53 933 человека".
_SANITARY = re.compile(r"(?:(?<!\w)(?:санитарн|санітарн)\w*\s+(?:потер|втрат)\w*|\b(?:sanitary|medical)\s+losses)"
                       r"[^.;:\d]{0,60}$", re.IGNORECASE)

#: A conjunction right before a fate verb after a figure's noun: the verb heads the next clause (see :func:`fate`).
_NEXT_PREDICATE = re.compile(r"(?:^|\s)(?:и|і|та|й|а также|а також)\s+(?:также\s+|також\s+)?$")

#: An aside between a verb and its object that says whose words they are: ", как говорится в заявлении, «".
_AS_SAID_BEFORE = re.compile(r",\s*(?:как|як|as)\s+[^,.;]{3,40},\s*[«\"“]?$", re.IGNORECASE)


def fate(text: str, num: Number, label_end: int, next_start: int, label: str = "") -> str:
    """Personnel category from the fate words around a personnel figure (killed, wounded, ...)."""
    c = cues()
    if ROOT_FATES.match(text, label_end if label else num.end) \
            or _ROOT_FATES_BEFORE.search(text, max(0, num.start - 60), num.start):
        return "personnel"
    if _IRRECOVERABLE.search(text, max(0, num.start - 90), num.start):  # (further back than the fate words below)
        return "personnel_killed"
    if _SANITARY.search(text, max(0, num.start - 90), num.start):
        return "personnel_wounded"
    roster = is_roster(label)
    aside = _ASIDE.match(text, label_end)  # "11 soldiers, five of them from the air force, had been martyred"
    if aside is not None and _any_fate().search(lower(aside.group(0))) is not None:
        aside = None  # (a part with a fate of its own is no aside: "знешкодили 457 окупантів, з них 312 – ліквідовано,
        # 145 – поранено" are casualties, whatever the last part's fate)
    if aside is None and (aside := WHO_CLAUSE.match(text, label_end)) is not None and not text.isascii() \
            and _any_fate().search(lower(aside.group(0))) is not None:  # "35 terrorists belonging to JeM, who had
        aside = None  # gathered ..., were killed": read past it; but a Ukrainian or Russian clause that tells the fate
        # is it ("військових, які загинули у війні")
    end = min(label_end + 140, next_start if aside is None else max(next_start, aside.end() + 60))  # past the aside
    after = _up_to_cut(lower(text[aside.end() if aside else label_end: end]))
    if (root := ROOT_FATES.search(after)) is not None and _any_fate().search(after, 0, root.start()) is None:
        return "personnel"  # ("28 members of the group had been killed or captured": the first fate told after it)
    label_start = label_end - len(label)
    if label and num.end < label_start and not aside:  # "counted at least 50 bodies of Kenyan soldiers": the fate
        after = lower(text[num.end:label_start]) + " " + after  # between the number and its noun comes first
    cut, reach = num.start, 40 if text.isascii() else 60  # (Cyrillic words are longer: "уничтожила на гуляйпольском
    # направлении до 1 190 украинских военнослужащих")
    if (group := _GROUP_OF.search(text, max(0, num.start - 40), num.start)) is not None:
        cut, reach = group.start("noun"), 70  # "уничтожили ... украинскую диверсионную группу из шести человек": the
        # group's verb, further back
    if "," in text[max(0, num.start - 60): num.start] \
            and (aside := _AS_SAID_BEFORE.search(text, max(0, num.start - 60), num.start)):
        cut = aside.start()  # "уничтожив, как говорится в заявлении, «десятки» боевиков": the verb before the aside
    raw = lower(text[max(0, cut - reach): cut])
    before = _BEFORE_CUT.split(raw)[-1]
    if any(m.end() > len(raw) - len(before) for m in c["casualties"].finditer(raw)):  # "killed and wounded 231
        before = raw  # occupiers": the verbs joined by "and" are one fate, not cut at it
    elif _ALONG_WITH.search(raw):  # "35 terrorists were killed at seven launch pads, along with nine Pakistani
        before = lower(text[max(0, num.start - 100): num.start])  # soldiers": the fate of the clause before
    for window in (after, before):
        if _any_fate().search(window) is None:
            continue  # no fate word at all: the five scans below would find nothing
        if c["casualties"].search(window):
            return "personnel_casualties"
        hits = [(m.start(), kind) for kind in ("killed", "wounded", "captured", "missing") for m in c[kind].finditer(window)
                if not (roster and kind == "killed" and _WEAK_KILLED.fullmatch(m.group(0)))]
        if hits and window is after and _NEXT_PREDICATE.search(window, 0, min(hits)[0]) and _any_fate().search(before):
            continue  # "уничтожили до 70 военнослужащих ВСУ и взяли в плен 11": the next verb has its own object
        if hits:
            return "personnel_" + min(hits)[1] if window is after else "personnel_" + max(hits)[1]
    # Subjects joined by "and" share their predicate's fate: "At least 47 Wagner fighters and at least 24 Malian soldiers
    # were killed"
    if next_start < len(text) and _AND_NEXT.fullmatch(text, label_end, next_start) \
            and not _PARTITIVE_NEXT.match(text, next_start) \
            and not ("," in text[label_end:next_start] and _OTHERS_NEXT.match(text, next_start)):
        # (not "120 soldiers, 40 of whom were captured", nor "We lost six of our men, and nine others were wounded")
        shared = _SHARED_FATE.match(text, next_start, min(len(text), next_start + 120))
        if shared is not None:
            return "personnel_" + next(k for k, v in shared.groupdict().items() if v).rstrip("_")
    # A part with no fate of its own takes the fate of the whole it is counted in: "322 people had been killed in the
    # fighting ..., including 261 SNA fighters". A later item of the part list does so only for a whole of people and
    # with no other predicate between (after "40 armoured vehicles, including 12 tanks, and up to 300 soldiers", or
    # "killed 30 people, including 5 children, and Ukrainian forces lost ... 40 soldiers", the main clause goes on).
    part = _PART_BEFORE.search(text, max(0, num.start - 140), num.start)
    listed = part is not None and part.group("list") is not None
    if part is not None and not (listed and c["loss"].search(lower(text[part.start(): num.start]))):
        whole = lower(text[max(0, part.start() - 160): part.start()])
        hits = [(m.start(), kind) for kind in ("killed", "wounded", "captured", "missing") for m in c[kind].finditer(whole)]
        if hits and (not listed or _PEOPLE_WHOLE.search(whole)) and not c["casualties"].search(whole):
            return "personnel_" + max(hits)[1]
    return "personnel_casualties"


_OF_WHICH_GAP = re.compile(r"\s*,?\s*(?:of which|of whom|among them|among which|из них|з них|із них|серед яких|серед них|"
                           r"среди которых|среди них|з яких|із яких|из которых)\s*(?:[—–-]\s*)?", re.IGNORECASE)  # ("з них 21 танк, серед яких три
# Т-90М": of the 21)
_OF_THEM_AFTER = re.compile(r"\s+(?:of them|of which|of these|из них|з них|із них)(?!\w)", re.IGNORECASE)


def nest(text: str, found: list, offset: int, tree) -> None:
    """Link parts to their whole: "X, including Y", "X, of which Y", "X: Y, Z and W" (the parts listed after
    a total). The whole is the nearest earlier figure of the same or a broader category and a value at least
    the part's; a generic "armoured vehicles" total whose parts include tanks becomes ``armor``."""
    colon_whole: int | None = None
    of_them_at = -1  # the last part named by "of them" after its number
    for part in found:  # "4,299 wounded, 2,118 of them ...": the whole its own words name
        if (part.whole is not None and part.parent is None and any(f is part.whole for f in found)
                and tree.is_same_or_ancestor(part.whole.category, part.category)):
            part.parent = found.index(part.whole)
    for j in range(1, len(found)):
        prev_end = found[j - 1].end - offset
        gap = text[prev_end: found[j].number.start - offset]
        of_them = _OF_THEM_AFTER.match(text, found[j].number.end - offset) is not None and _LIST_GO_ON.fullmatch(gap)
        of_which = _OF_WHICH_GAP.fullmatch(gap) is not None  # "including 96 tanks, of which 31 were T-90Ms": of the 96
        if _COLON_GAP.match(gap) and (found[j - 1].parent is None or gap.startswith(":")):  # (a part's own parts after a
            # colon: "among them 27 tanks: nine Leopard 2 variants and four Abrams")
            colon_whole = j - 1
        elif not NESTING.search(gap) and not of_them and not of_which:
            # a list continuing after an "including" or a colon: "11 MLRS, including 3 HIMARS and 2 M270" (not after a
            # part named after its number: "three tanks, two of them German-made Leopards, and five armoured vehicles")
            if (found[j - 1].parent is None and colon_whole is None) or not _LIST_GO_ON.fullmatch(gap) or (
                    of_them_at == j - 1 and found[found[j - 1].parent].parent is None):  # (an "including" list goes on
                # past its own part's part: "20 vehicles, including 8 tanks, two of them Leopards, and 5 Bradleys")
                colon_whole = None
                continue
        if of_them:
            of_them_at = j
        for k in range(j - 1, -1, -1):
            cand = found[k]
            if (cand.parent is not None and not ((of_them or of_which) and k == j - 1) and k != colon_whole) \
                    or cand.number.value < found[j].number.value:
                continue  # (a part's own part names it right before: "8 tanks, two of them Leopards")
            cat = cand.category
            if (found[j].category == "personnel_casualties" and cat.startswith("personnel_") and cat != "personnel_casualties"
                    and not OWN_FATE.search(found[j].label)):  # "captured 68, including 11 officers": they were captured
                found[j].category = cat
            if not tree.is_same_or_ancestor(cat, found[j].category) and PARTS_LIFT.get(cat) and tree.is_same_or_ancestor(PARTS_LIFT[cat], found[j].category):
                cand.category = PARTS_LIFT[cat]
            if tree.is_same_or_ancestor(cand.category, found[j].category):
                found[j].parent = k
                break
            if colon_whole is not None and k == colon_whole:
                break
    _sum_parts(text, found, offset, tree)


#: The gap between two items of a list: a comma or "and" alone ("nine warships, two light cruisers and seven destroyers").
_ITEM_GAP = re.compile(r"\s*(?:,\s*(?:(?:and|і|та|и)\s+)?|\s+(?:and|і|та|и)\s+)", re.IGNORECASE)


def _sum_parts(text: str, found: list, offset: int, tree) -> None:
    """A total listed first and, right after it, two or more items of its category that sum to it are its parts: "it
    cost the United States nine warships, two light cruisers and seven destroyers"."""
    for i, whole in enumerate(found):
        if whole.parent is not None or any(f.parent == i for f in found):
            continue
        total, parts = 0, []
        for j in range(i + 1, len(found)):
            f = found[j]
            if f.parent is not None or f.number.value >= whole.number.value \
                    or not tree.is_same_or_ancestor(whole.category, f.category) \
                    or not _ITEM_GAP.fullmatch(text, found[j - 1].end - offset, f.number.start - offset):
                break
            total += f.number.value
            parts.append(j)
            if total >= whole.number.value:
                break
        if len(parts) >= 2 and total == whole.number.value:
            for j in parts:
                found[j].parent = i
