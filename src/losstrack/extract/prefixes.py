"""The possible first characters of a regex's matches, read from the pattern itself (``re``'s own parser).

A scan that tries a long alternation at every word start spends most of its time on words that cannot begin
any alternative. :func:`start_guard` gives a lookahead on the first two characters every match begins with;
put before the alternation, it rejects those words at once and changes no match. Derived from the pattern, it
stays right when the pattern is edited.
"""

from __future__ import annotations

try:  # Python 3.11+
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # older Python
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

from .lexicon import trie_regex

_IGNORECASE = 2  # re.IGNORECASE (SRE_FLAG_IGNORECASE)
_MAX_CHARS = 64  # a character set larger than this counts as "any character"
_SPACE = "\x01"  # stands for any white space character (``\s``) in a prefix; written ``\s`` in the guard


class _Unknown(Exception):
    """A construct whose first characters are not worked out here (the caller then does without a guard)."""


def _chars(op, av) -> set[str] | None:
    """The characters one LITERAL or IN item matches, or ``None`` for "any" (categories, negations, large sets)."""
    if op is _c.LITERAL:
        return {chr(av)}
    if op is _c.IN:
        out: set[str] = set()
        for iop, iav in av:
            if iop is _c.LITERAL:
                out.add(chr(iav))
            elif iop is _c.RANGE and iav[1] - iav[0] < _MAX_CHARS:
                out.update(chr(x) for x in range(iav[0], iav[1] + 1))
            elif iop is _c.CATEGORY and iav is _c.CATEGORY_SPACE:
                out.add(_SPACE)
            else:  # NEGATE, another CATEGORY, a wide RANGE
                return None
        return out if len(out) <= _MAX_CHARS else None
    return None


def _walk(seq, opens: set[str], k: int) -> tuple[set[str], set[str]]:
    """Push the prefixes ``opens`` (shorter than ``k``) through a parsed sequence: (finished, still open). A finished
    prefix shorter than ``k`` means any character may follow."""
    final: set[str] = set()
    for op, av in seq:
        if not opens:
            break
        opens, f = _step(op, av, opens, k)
        final |= f
    return final, opens


def _step(op, av, opens: set[str], k: int) -> tuple[set[str], set[str]]:
    """(still open, finished) after one parsed item."""
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):  # zero width: constrains nothing here (a superset stays right)
        return opens, set()
    if op in (_c.LITERAL, _c.IN, _c.ANY, _c.NOT_LITERAL):
        chars = _chars(op, av)
        if chars is None:  # any character: what was read so far is all that is known
            return set(), set(opens)
        ext = {p + ch for p in opens for ch in chars}
        done = {x for x in ext if len(x) >= k}
        return ext - done, done
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & _IGNORECASE:
            raise _Unknown("case-insensitive group")
        final, rest = _walk(sub, opens, k)
        return rest, final
    if op is _c.BRANCH:
        final, rest = set(), set()
        for alt in av[1]:
            f, r = _walk(alt, opens, k)
            final |= f
            rest |= r
        return rest, final
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        lo, hi, item = av
        final, collected, cur = set(), set(opens) if lo == 0 else set(), set(opens)
        rounds = 0
        while cur and rounds < min(hi, k + 1):
            f, cur = _walk(item, cur, k)
            final |= f
            rounds += 1
            if rounds >= lo:
                collected |= cur
        if cur:  # stopped by the cap: those prefixes may go on (kept open, a superset)
            collected |= cur
        return collected, final
    raise _Unknown(str(op))


def start_prefixes(pattern: str, k: int = 2) -> set[str] | None:
    """Strings one of which every match of ``pattern`` (compiled without flags) starts with (a string shorter than
    ``k``: any characters after it); ``None`` when not worked out or when a match may start anywhere."""
    try:
        parsed = _parser.parse(pattern)
        if parsed.state.flags & _IGNORECASE:
            return None
        final, opens = _walk(parsed, {""}, k)
    except _Unknown:
        return None
    out = final | opens
    if "" in out:
        return None
    return {p for p in out if not any(p != q and p.startswith(q) for q in out)}  # "a" covers "ac"


def start_guard(pattern: str, k: int = 2) -> str:
    """A lookahead on the first characters every match of ``pattern`` begins with ("" when none is known)."""
    starts = start_prefixes(pattern, k)
    return "" if not starts else "(?=" + trie_regex(sorted(starts), literal=True).replace(_SPACE, r"\s") + ")"
