"""A figure inside one sentence as the extractor builds it (number, label, category, qualifier, nesting), and the
cached facts about labels that every step asks."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..vocab import category_of, model_entry, models, normalize_label
from .numbers import Number


@dataclass(slots=True)
class Found:
    """A figure inside one sentence (absolute offsets)."""

    number: Number
    label: str
    label_span: tuple[int, int]
    category: str
    model: str | None
    qualifier: str
    parent: int | None = None  # index into the sentence's figure list
    inherited: bool = False  # no label of its own: a part of the figure before it ("45 drones, including 29 over ...")
    whole: "Found | None" = None  # the figure it is said to be a part of by words after it ("2,118 of them")
    fate_at: int | None = None  # where the list whose head verb gave its fate begins ("destroyed 12 tanks ... and 140
    # troops": the 12), when that verb stands before another figure

    @property
    def end(self) -> int:
        """Where the figure's words end (its number, or its label when written after the number)."""
        return max(self.number.end, self.label_span[1])


@lru_cache(maxsize=4096)
def label_info(label: str) -> tuple[str | None, str | None]:
    """(category, model) a label names, cached: the same few hundred labels recur in every text."""
    category = category_of(label)
    key = normalize_label(label)
    named = model_entry(key) or models().get(key.removesuffix("s")) or models().get(key.removesuffix("es"))
    return category, (named[0] if named else None)


def shifted(num: Number, by: int) -> Number:
    return Number(num.start + by, num.end + by, num.value, num.value_high, num.vague, num.increment, num.bare)
