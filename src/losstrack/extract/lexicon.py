"""The words the extractor looks for, compiled once from the shared vocabularies and cue lists.

Category labels come from ``synonyms.csv`` and ``models.csv`` (so parsers and the pipeline agree);
cue words (loss verbs, aid/production verbs, speech verbs, fates) from ``data/cues.csv``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..vocab import models, qualifier_phrases, read_table, synonyms


def _alternation(words) -> str:
    return "|".join(sorted({re.escape(w) for w in words}, key=len, reverse=True))


def _flex(label: str) -> str:
    """A regex for a normalised label that accepts the spellings normalisation folds together."""
    parts = []
    for word in label.split(" "):
        w = re.escape(word)
        w = w.replace("armor", "armou?r").replace("defense", "defen[cs]e")
        parts.append(w)
    body = r"[\s\-‐‑–/]+".join(parts)
    return body + r"(?:e?s)?" if re.search(r"[a-z]$", label) else body


@lru_cache(maxsize=1)
def label_pattern() -> re.Pattern:
    """Any category label or named system, as a whole word/phrase (plural forms included)."""
    labels = set(synonyms()) | set(models())
    alts = sorted((_flex(x) for x in labels), key=len, reverse=True)
    return re.compile(r"(?<![\w\-])(?:" + "|".join(alts) + r")(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=1)
def cues() -> dict[str, re.Pattern]:
    """Cue kind → compiled pattern (kinds: loss, not_loss, speech, speech_noun, killed, wounded, ...)."""
    by_kind: dict[str, list[str]] = {}
    for row in read_table("cues.csv"):
        by_kind.setdefault(row["kind"], []).append(row["phrase"].lower())
    return {
        kind: re.compile(r"(?<![\w])(?:" + _alternation(words) + r")(?![\w])", re.IGNORECASE)
        for kind, words in by_kind.items()
    }


@lru_cache(maxsize=1)
def qualifier_pattern() -> re.Pattern:
    """A hedge phrase right before a number ("more than", "about", "up to", ...), anchored at the end."""
    return re.compile(r"(?<![\w])(" + _alternation(qualifier_phrases()) + r")\s*$", re.IGNORECASE)
