"""A total told once and then broken down sentence by sentence: the Russian MoD's "Ukraine lost a total of about 1,335
troops over the past 24 hours" followed by each battlegroup's "up to 170 servicemen", "up to 230 servicemen", ... The
groups' figures are parts of the total (``parent``) when the total is told as one (in a headline, the lead or a
sentence that sums up) and they are at least two, come after it (or, with none after, before it: an outlet's sum told
last), tell the same claim (category, claimant, loser, period) and add up to no more than it."""

from __future__ import annotations

from ..parsers import Figure
from ..vocab import taxonomy

#: How far a hedged total ("about 1,335", "более 2,3 тысячи") may fall short of the sum of its parts.
_HEDGED_SLACK = {"approx": 1.05, "more_than": 1.1, "at_least": 1.1}


def _same_claim(a: Figure, b: Figure) -> bool:
    return (a.category, a.claimant, a.loser, a.basis, a.period_start, a.period_end) == \
        (b.category, b.claimant, b.loser, b.basis, b.period_start, b.period_end)


def link_group_parts(out: list[Figure], totals: set[int]) -> None:
    """Set ``parent`` of the later figures that break a total down (in place; a figure with a parent is left alone).
    ``totals``: ids of the figures told as totals."""
    for t in sorted(range(len(out)), key=lambda i: -out[i].value):
        total = out[t]
        if id(total) not in totals or total.value_high is not None or total.basis != "increment" or total.parent is not None:
            continue
        for span in (range(t + 1, len(out)), range(t)):  # (after it; else, for a sum told last, before it: "Всего, по
            # подсчетам «Подъёма», за сутки ВСУ потеряли более 1 300" after each group's "до 165 военнослужащих")
            parts = [i for i in span if out[i].parent in (None, t) and out[i].quote != total.quote  # (with parts linked
                     # to it already: "94 of the drones ... 23 over the Kyiv region, ... 31 of the drones destroyed")
                     and out[i].value_high is None and out[i].value < total.value and _same_claim(out[i], total)]
            if len(parts) >= 2 and sum(out[i].value for i in parts) <= total.value * _HEDGED_SLACK.get(total.qualifier, 1):
                for i in parts:
                    out[i].parent = t
                break


def drop_unsound_parents(out: list[Figure]) -> None:
    """Unlink a part that does not fit its whole (a category not the same as or below the whole's, or a larger value),
    in place: a link a later step made unsound (a category changed after nesting) is dropped rather than failing the
    whole document's schema check."""
    tree = taxonomy()
    for f in out:
        if f.parent is not None and not (tree.is_same_or_ancestor(out[f.parent].category, f.category)
                                         and out[f.parent].value >= f.value):
            f.parent = None
