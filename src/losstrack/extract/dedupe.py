"""One claim, one row: a figure a text tells twice (a headline, a summary line, a quote repeating the body) is
kept once, the most detailed telling; a headline figure that rounds a body figure is that figure."""

from __future__ import annotations

import re

from ..parsers import Figure


def _claim_key(f: Figure) -> tuple:
    return f.category, f.value, f.value_high, f.loser, f.basis, f.period_end, f.model


def _same_claim(a: Figure, b: Figure, root, lists: dict) -> bool:
    """Whether two figures of the same :func:`_claim_key` (category, value, loser, basis, end) are one claim told twice
    (a headline or a summary repeating the body): no conflicting start or region, parts of one whole (``root`` maps a
    figure's index to the one kept for it: two tellings of a total are one whole), and not items of two lists that
    share less than half their other items ("320 troops, 3 tanks, 2 APCs" and "470 troops, 3 tanks" are two groups'
    losses; ``lists`` maps a sentence to the :func:`_item` of its figures)."""
    if a.quote == b.quote and a.span != b.span and a.label.lower() != b.label.lower() and _listed_apart(a, b):
        return False  # two nouns of one sentence with "and" or a comma between count two things: "поражены большой
        # десантный корабль и патрульный катер" (not "Один бронетранспортер БТР-60ПБ был подбит": one, named twice)
    if a.quote != b.quote:
        sa, sb = lists[a.quote] - {_item(a)}, lists[b.quote] - {_item(b)}
        if ((len(sa) > 1 and len(sb) > 1) or (_personnel(sa) and _personnel(sb) and _item(a)[0] != "personnel")) \
                and 2 * len(sa & sb) < min(len(sa), len(sb)):  # (a lead's "4,130 troops and 54 tanks" sums up the
            return False  # list; a retelling shares most items, two groups' lists one by chance, or none when each
            # has its own men beside a machine count: "до 165 военнослужащих, танк, три автомобиля" and "до 240
            # военнослужащих, три автомобиля"; but "11 rebels" told again beside another fate is one count)
    return ((a.period_start == b.period_start or a.period_start is None or b.period_start is None)
            and (a.region == b.region or a.region is None or b.region is None)
            and (a.parent is None or b.parent is None or root(a.parent) == root(b.parent)))  # parts of two wholes are two


_LIST_SEPARATOR = re.compile(r",|(?<!\w)(?:and|и|і|та|й)(?!\w)")


def _listed_apart(a: Figure, b: Figure) -> bool:
    """Whether the labels of two figures of one sentence have a list's separator between them (or either label is
    not written as such, as a list header's "of which destroyed Tanks" is not)."""
    i, j = a.quote.find(a.label), a.quote.find(b.label)
    if i < 0 or j < 0:
        return True
    lo, hi = (i + len(a.label), j) if i < j else (j + len(b.label), i)
    return _LIST_SEPARATOR.search(a.quote, lo, hi) is not None


def _item(f: Figure) -> tuple:
    """A figure as an item of its sentence's list: its value and category, one for all personnel (a headline's "920
    soldiers" is the body's "eliminated 920", whatever the fate each names)."""
    return "personnel" if f.category.startswith("personnel") else f.category, f.value


def _personnel(items: set) -> bool:
    return any(kind == "personnel" for kind, _value in items)


def _detail(f: Figure) -> tuple:
    return (f.claimant is not None, f.parent is not None, f.period_start is not None, f.region is not None,
            f.qualifier != "exact")


_VAGUE_PERSONNEL = ("personnel", "personnel_casualties")  # a headline's personnel "lost" with no fate of their own


def _rounds(h: Figure, b: Figure) -> bool:
    """Whether a headline figure ``h`` tells the body figure ``b``, perhaps rounded ("over 11,000" for 11,030); the same
    number by the same claimant is that figure even if the headline's terse wording gave it another loser ("Shabaab
    claims over 100 soldiers killed" for "more than 100 Kenyan soldiers")."""
    if (h.category, h.value, h.qualifier, h.value_high, h.claimant) == (b.category, b.value, b.qualifier, b.value_high,
                                                                         b.claimant):
        return True
    if h.category in _VAGUE_PERSONNEL and b.category.startswith("personnel") and h.claimant in (None, b.claimant) \
            and (h.value, h.qualifier, h.value_high) == (b.value, b.qualifier, b.value_high):
        return True  # (and a headline's people "lost" with no fate and no speaker: "..., lose 11 soldiers in base
        # attack" for "11 soldiers were killed", whatever loser its terse wording gave)
    if (h.loser, h.value_high) != (b.loser, b.value_high) or not (
            h.category == b.category or (h.category in _VAGUE_PERSONNEL and b.category.startswith("personnel"))):
        return False  # (a headline's "lost more than 400 fighters" may be the body's "more than 400 killed")
    if h.value == b.value:
        return True
    rounded = h.value >= 100 and h.value % 100 == 0 and abs(b.value - h.value) <= 0.1 * b.value
    return rounded and (b.value > h.value if h.qualifier in ("more_than", "at_least") else True)


def _names_its_whole(whole: Figure, part: Figure) -> bool:
    """Whether a part is its whole told again by model: the same category and count, the model only the part's ("a
    crewed aircraft: a Russian Su-34")."""
    return (whole.category, whole.value, whole.value_high, whole.loser) == (part.category, part.value, part.value_high,
                                                                            part.loser) \
        and whole.model is None and part.model is not None


def _milestone(f: Figure) -> bool:
    """A running total told as a round milestone passed: "losses exceeded 1 million", "more than 500,000" (one
    significant digit), which a precise total told elsewhere in the text is."""
    if f.qualifier not in ("more_than", "at_least") or f.basis != "cumulative" or f.value < 1000 or f.value_high:
        return False
    digits = str(f.value)
    return digits[1:] == "0" * (len(digits) - 1)


def dedupe(out: list[Figure], headline: set[int] = frozenset()) -> list[Figure]:
    """One figure per claim: of the figures that tell the same claim, the one with most detail (the first of equals);
    a headline figure that tells a body figure (perhaps rounded) is that figure. Parent links move to the one kept."""
    keep_of: dict[int, int] = {}  # index → index of the figure that stands for it
    groups: dict[tuple, list[int]] = {}  # claim key → indices of the figures with it
    lists: dict[str, set] = {}  # sentence → the items of its figures
    for f in out:
        lists.setdefault(f.quote, set()).add(_item(f))

    def root(i: int) -> int:
        while keep_of.get(i, i) != i:
            i = keep_of[i]
        return i

    milestones = {i for i, f in enumerate(out) if _milestone(f)}  # (a lead's "перевищили 1 мільйон" for the list's
    named_as = {f.parent: i for i, f in enumerate(out) if f.parent is not None and _names_its_whole(out[f.parent], f)}
    for i, f in enumerate(out):  # 1 000 340, told like a headline)
        if i in named_as:  # "a crewed aircraft: a Russian Su-34 was shot down": the whole is its one named part
            keep_of[i] = named_as[i]
            continue
        if i in headline or i in milestones:
            body = next((j for j in range(len(out)) if j != i and j not in headline and j not in milestones
                         and _rounds(f, out[j]) and (i in headline or (f.claimant, f.period_end) == (
                                 out[j].claimant, out[j].period_end))), None)  # (not a past total: "passed 1 million on
            # June 12" in an August text)
            if body is not None:
                keep_of[i] = body
                continue
        group = groups.setdefault(_claim_key(f), [])
        twin = next((j for j in group if keep_of.get(j) == j and _same_claim(out[j], f, root, lists)
                     and (out[j].claimant == f.claimant or (out[j].claimant is None and f.value > 1))), None)
        # (an author's lead, "Troops have killed six gunmen", is the spokesman's "neutralising six of the terrorists"
        # after it: one claim, the spokesman's; not one death told by the author after a side's other one)
        group.append(i)
        if twin is None:
            keep_of[i] = i
        elif _detail(f) > _detail(out[twin]):
            for k, v in keep_of.items():
                if v == twin:
                    keep_of[k] = i
            keep_of[i] = i
        else:
            keep_of[i] = twin
    for i in keep_of:  # follow chains (a headline figure → a body figure → the twin kept for it)
        while keep_of[keep_of[i]] != keep_of[i]:
            keep_of[i] = keep_of[keep_of[i]]
    kept = sorted(set(keep_of.values()))
    if len(kept) == len(out):
        return out
    new_index = {old: n for n, old in enumerate(kept)}
    for n, old in enumerate(kept):
        f = out[old]
        if f.parent is not None:
            p = new_index[keep_of[f.parent]]
            f.parent = p if p != n else None
    return [out[old] for old in kept]


def without(out: list[Figure], drop: set[int]) -> list[Figure]:
    """The figures but those at ``drop`` (a correction withdrew them); parent links move to the new indices, and a
    part of a dropped whole has none."""
    if not drop:
        return out
    new_index = {old: n for n, old in enumerate(i for i in range(len(out)) if i not in drop)}
    kept = [f for i, f in enumerate(out) if i not in drop]
    for f in kept:
        if f.parent is not None:
            f.parent = new_index.get(f.parent)
    return kept
