"""The words the extractor looks for, compiled once from the shared vocabularies and cue lists.

Category labels come from ``synonyms.csv`` and ``models.csv`` (so parsers and the pipeline agree);
cue words (loss verbs, aid/production verbs, speech verbs, fates) from ``data/cues.csv``; actor aliases
from ``actors.csv``. Word lists become *trie* regexes (common prefixes factored out), which Python's
``re`` scans many times faster than a flat alternation of hundreds of phrases.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..vocab import modernised_spellings, models, qualifier_phrases, read_table, synonyms

_SEP = "\x00"  # placeholder for "any run of spaces, hyphens or slashes" inside a phrase
_SEP_RE = r"[\s\-‐‑–/]+"


def trie_regex(words, literal: bool = False) -> str:
    """A regex matching exactly the given phrases (lower case), with shared prefixes factored out.

    A space (or the internal separator placeholder) inside a phrase matches any run of spaces, hyphens
    or slashes (with ``literal``: the phrases exactly as given); the longest phrase wins because alternatives
    are ordered longest-first at each node.
    """
    trie: dict = {}
    for w in words:
        if not w:
            continue
        node = trie
        for ch in (w if literal else w.lower().replace(" ", _SEP)):
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict) -> str:
    end = "" in node
    branches = []
    for ch in sorted((c for c in node if c), key=lambda c: (c == _SEP, c)):
        piece = (_SEP_RE if ch == _SEP else re.escape(ch)) + _emit(node[ch])
        branches.append(piece)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if end else body


def _variants(label: str):
    """Literal spellings a normalised label stands for: armour/armor, plurals, a model's modernised versions."""
    forms = {label}
    if "armor" in label:
        forms.add(label.replace("armor", "armour"))
    out = set()
    for f in forms:
        out.add(f)
        if re.search(r"[a-z]$", f):
            out.update({f + "s", f + "es"})
            if f.endswith("y"):
                out.add(f[:-1] + "ies")
        elif re.search(r"\d$", f):
            out.add(f + "s")
            out.update(modernised_spellings(f))  # a model's modernised version: "Су-24М", "Su-25SM", "Mi-8MT", "T-90M"
    return out


def lower(text: str) -> str:
    """``text.lower()`` with the same length (the few characters whose lower case is longer are kept), so the
    case-sensitive patterns below can scan lower-cased text and offsets still point into the original."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


@lru_cache(maxsize=1)
def label_pattern() -> re.Pattern:
    """Any category label or named system, as a whole word/phrase (plural forms included).

    Case-sensitive on lower-case phrases: scan :func:`lower` text (2-4x faster than ``re.IGNORECASE``).
    """
    words = {v for x in set(synonyms()) | set(models()) for v in _variants(x)}
    return re.compile(r"(?<![\w\-])" + trie_regex(words) + r"(?![\w])")


#: Ukrainian euphony: a word opening with "в" before a consonant may be written with "у" ("втратив" / "утратив", "взяв у
#: полон" / "узяв у полон"). Not the other way: "уражено" is no "вражено" (impressed).
_EUPHONY = re.compile(r"(?<![\w'’-])в(?=[бвгґджзйклмнпрстфхцчшщ])")


@lru_cache(maxsize=1)
def cue_words() -> dict[str, list[str]]:
    """Cue kind → its phrases in lower case, from ``data/cues.csv``, with the euphonic twin of the first word in each
    that opens with "в" and a consonant."""
    by_kind: dict[str, list[str]] = {}
    for row in read_table("cues.csv"):
        phrase = row["phrase"].lower()
        words = by_kind.setdefault(row["kind"], [])
        words.append(phrase)
        twin_ = _EUPHONY.sub("у", phrase, count=1)
        if twin_ != phrase and phrase[:2] not in ("в ", "у "):
            words.append(twin_)
    return by_kind


def cue_pattern(words) -> re.Pattern:
    """Any of the phrases as a whole word or phrase (one trie): the form of every :func:`cues` pattern."""
    return re.compile(r"(?<![\w])(?:" + trie_regex(words) + r")(?![\w])")


@lru_cache(maxsize=1)
def cues() -> dict[str, re.Pattern]:
    """Cue kind → compiled pattern (kinds: loss, not_loss, speech, speech_noun, killed, wounded, ...).

    Like :func:`label_pattern`, the patterns are lower case: scan :func:`lower` text.
    """
    return {kind: cue_pattern(words) for kind, words in cue_words().items()}


@lru_cache(maxsize=1)
def qualifier_words() -> str:
    """The hedge phrases ("more than", "about", "близько") as one regex (no anchors)."""
    return trie_regex(qualifier_phrases())


@lru_cache(maxsize=1)
def qualifier_pattern() -> re.Pattern:
    """A hedge phrase right before a number ("more than", "about", "up to", ...), anchored at the end."""
    return re.compile(r"(?<![\w])(" + qualifier_words() + r")\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def qualifier_twin() -> re.Pattern:
    """:func:`qualifier_pattern` for lower-cased plain text (see :func:`twin`)."""
    return twin(qualifier_pattern())


def twin(p: re.Pattern) -> re.Pattern:
    """The case-sensitive twin of a case-insensitive pattern written in lower case: on the lower case of a
    :func:`plain` text it finds exactly what the original finds on the text, several times faster. (``re``
    folds case by comparing lower cases, except for the few letters of :func:`plain`; the pattern must be
    written in lower case, without escaped characters: checked here.)"""
    body = re.sub(r"\\.|\(\?P<|^\(\?i\)", "", p.pattern)
    if body != body.lower() or re.search(r"[\u212a\u017f\u0130\u0131]|\\[uxU]", p.pattern):
        raise ValueError(f"no case-sensitive twin for {p.pattern!r}: upper case or escaped characters")
    return re.compile(p.pattern.removeprefix("(?i)"), p.flags & ~re.IGNORECASE)


def _fold_exceptions() -> re.Pattern | None:
    """Characters a text must not hold for :func:`twin` patterns: letters ``re`` folds together with a different
    lower case ("ı" with "i", "ſ" with "s", "ᲀ" with "в", Greek variants; from ``re``'s own table), "İ" (whose
    lower case is two characters) and the Greek capital sigma (lower case depends on context)."""
    try:
        from re._casefix import _EXTRA_CASES
    except ImportError:  # another Python: only ASCII texts count as plain
        return None
    chars = {chr(c) for k, v in _EXTRA_CASES.items() for c in (k, *v)}
    chars = {c for c in chars if not ("a" <= c <= "z" or "\u0400" <= c <= "\u04ff")} | {"\u0130", "\u03a3"}
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


_FOLD_EXCEPTIONS = _fold_exceptions()


def plain(text: str) -> bool:
    """Whether case-insensitive patterns may scan the text's lower case with their :func:`twin` instead."""
    if text.isascii():
        return True
    return _plain_short(text) if len(text) <= 1000 else _plain_long(text)  # (the steps of a sentence ask it many times)


def _scan_plain(text: str) -> bool:
    """:func:`plain` of a non-ASCII text, by a scan for the letters whose case folding the twins cannot follow."""
    return _FOLD_EXCEPTIONS is not None and _FOLD_EXCEPTIONS.search(text) is None


# Memoised: a short text's dictionary lookup is about twice as fast as the scan; a long sentence keeps its hash, so
# asked once per figure it is scanned once, not once per figure.
_plain_short = lru_cache(maxsize=2048)(_scan_plain)
_plain_long = lru_cache(maxsize=16)(_scan_plain)


@lru_cache(maxsize=1)
def actor_index() -> dict[str, str]:
    """Folded alias (defence → defense, ’ → ') → actor id, for every actor of ``actors.csv``."""
    from .. import actors
    from .attribution import fold

    index: dict[str, str] = {}
    for a in actors.registry().values():
        for alias in (a.name.lower(), *a.aliases):
            index.setdefault(fold(alias).lower(), a.id)
    return index


def actor_id(alias: str) -> str | None:
    """The actor id of an alias as matched in a text (any separators)."""
    index = actor_index()
    low = alias.lower()
    if low in index:
        return index[low]
    key = re.sub(_SEP_RE, " ", low)
    return index.get(key) or _separated_index().get(key)


@lru_cache(maxsize=1)
def _separated_index() -> dict[str, str]:
    """:func:`actor_index` keyed by each alias with its separators as one space (the first alias of a key wins, as the
    walk over the index it stands in for found): a word that is no alias ("the foreign ministry") is one lookup, not a
    walk over every alias."""
    out: dict[str, str] = {}
    for k, v in actor_index().items():
        out.setdefault(re.sub(_SEP_RE, " ", k), v)
    return out


@lru_cache(maxsize=1)
def actor_pattern() -> tuple[re.Pattern, dict[str, str]]:
    """Every actor alias as one regex, and alias → actor id."""
    index = actor_index()
    return re.compile(r"(?<![\w])(?:" + trie_regex(index) + r")(?![\w])", re.IGNORECASE), index


def find_actors(text: str) -> list[tuple[int, int, str]]:
    """Actor aliases in a folded text as ``(start, end, actor_id)``."""
    pattern, _index = actor_pattern()
    out = []
    for m in pattern.finditer(text):
        aid = actor_id(m.group(0))
        if aid:
            out.append((m.start(), m.end(), aid))
    return out
