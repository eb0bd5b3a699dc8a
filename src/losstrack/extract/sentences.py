"""Split a text into paragraphs and sentences, keeping character offsets into the original text.

Sentences end at ``.``, ``!`` or ``?`` before a capital, digit or quote (not after common
abbreviations or inside numbers), at a blank line, and at a line break that ends a line of a list
or a sentence. A soft-wrapped line (no punctuation at its end) continues the sentence. A live blog's
time stamp before an entry ("10:42 The ministry said ...") or a thread's post number ("2/ ...") is left
out of the entry's first sentence. :func:`answer_paragraphs` tells which paragraphs answer an interview's
questions.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Sentence(NamedTuple):
    """One sentence: ``text`` is ``document[start:end]``, in paragraph ``paragraph``, ``index``-th of the document."""

    start: int
    end: int
    text: str
    paragraph: int
    index: int  # position in the document


_ABBREV = re.compile(
    r"(?:\b(?:U\.S|U\.K|Gen|Lt|Col|Maj|Sgt|Capt|Mr|Mrs|Ms|Dr|St|No|approx|est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|incl|i\.e|e\.g|ед|од|г|р)|\b[A-ZА-ЯІЇЄҐ])\.$"
)
_SCALE_ABBREV = re.compile(r"\b(?:тыс|тис|млн|млрд)\.$")  # "39 тыс. 465": no end before a digit
#: ... nor before a weapon's acronym ("11,5 тис. БпЛА", "2 тыс. ББМ"; not "500 тис. ЦАХАЛ повідомив": a new sentence)
_ACRONYM = re.compile(r"\d|(?:БпЛА|БПЛА|ББМ|БМП|БТР|РСЗВ|РСЗО|ППО|ПВО|ЗРК|ОТРК|САУ)(?!\w)")
_END = re.compile(r"[.!?]+[\"'”’)\]»]*(?=\s+[\"'“‘(\[«„]?[A-ZА-ЯІЇЄҐ0-9])")
_PARA = re.compile(r"\n\s*\n")
#: a live blog's time stamp before an entry's first word ("10:42 The General Staff said", "[09:15] ...",
#: "11.30am - ...") or a thread's post number ("2/ Since the operation began ..."): not part of the sentence, whose
#: subject it would otherwise hide
_TIME_STAMP = re.compile(
    r"(?:\(?\d{1,2}/\d{0,2}\)?(?=\s)|"  # (or a thread's post number: "2/", "2/7", "(2/7)")
    r"\[?(?:[01]?\d|2[0-3])(?::[0-5]\d(?:\s?(?:[ap]\.?m\.?))?|\.[0-5]\d\s?[ap]\.?m\.?))"
    r"(?:\s(?:GMT|UTC|CET|EET|EEST|MSK|BST|ET|EST|EDT|PT|local time|Kyiv time|за київським часом|по московскому времени|мск))?"
    r"\]?(?:\s*[-–—|:]\s*|\s+)(?=[\"'“«]?[A-ZА-ЯІЇЄҐ])"
)
_LIST_START = re.compile(r"\s*(?:[-–—‒•*·]\s|\d+[.)]\s|[a-zа-яіїєґ][\w /’'-]{0,60}\s[-–—‒:]\s*\d)")


def _line_breaks(block: str) -> list[int]:
    """Offsets in ``block`` after which a line break ends a sentence."""
    cuts = []
    pos = block.find("\n")
    while pos >= 0:
        k = pos  # ``block[:pos].rstrip()`` is ``block[:k]`` (not sliced: paragraphs may hold many lines)
        while k > 0 and block[k - 1].isspace():
            k -= 1
        if k and (block[k - 1] in ".!?:;," or _LIST_START.match(block, pos + 1) or k - block.rfind("\n", 0, k) < 60):
            cuts.append(pos)
        pos = block.find("\n", pos + 1)
    return cuts


def split(text: str) -> list[Sentence]:
    """Paragraphs and sentences of ``text`` with offsets (``text[s.start:s.end] == s.text``)."""
    out: list[Sentence] = []
    para_bounds, pos = [], 0
    for m in _PARA.finditer(text):
        para_bounds.append((pos, m.start()))
        pos = m.end()
    para_bounds.append((pos, len(text)))
    for p_i, (p0, p1) in enumerate(para_bounds):
        block = text[p0:p1]
        cuts = set(_line_breaks(block))
        for m in _END.finditer(block):
            before = block[max(0, m.start() - 6): m.start() + 1]
            if not _ABBREV.search(before) and not (_SCALE_ABBREV.search(before) and _ACRONYM.match(block[m.end():].lstrip())):
                cuts.add(m.end())
        start = 0
        for cut in sorted(cuts) + [len(block)]:
            piece = block[start:cut]
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            stamp = _TIME_STAMP.match(piece)
            if stamp and stamp.end() < len(piece):
                lead, piece = lead + stamp.end(), piece[stamp.end():]
            if piece:
                s0 = p0 + start + lead
                out.append(Sentence(s0, s0 + len(piece), piece, p_i, len(out)))
            start = cut
    return out


#: The tags of an interview or a briefing printed as questions and answers: "Q: ...", "QUESTION (Reuters): ...", "A: ...",
#: "SPOKESMAN: ...", "Відповідь: ...". A speaker's tag is one to three capitalised words (a name or a role).
QUESTION_TAG = re.compile(r"(?i:q|question|питання|вопрос|reporter|journalist|interviewer|moderator|host|presenter|"
                          r"ведущий|ведучий|ведуча|ведущая|журналист|журналіст|корреспондент|кореспондент)"
                          r"(?:\s*\([^()\n]{0,40}\))?\s*[:：]\s")
_ANSWER_TAG = re.compile(r"(?:A|Answer|Відповідь|Ответ|(?P<who>[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ'’.-]+(?:\s+[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ'’.-]+){0,2}))"
                         r"(?:\s*\([^()\n]{0,40}\))?\s*[:：]\s")
_NOT_A_SPEAKER = frozenset({"UPDATE", "UPDATED", "CORRECTION", "BREAKING", "EDITOR'S NOTE", "NOTE", "WATCH", "READ MORE",
                            "LIVE", "ANALYSIS", "OPINION", "CLAIM", "VERDICT", "FACT CHECK"})


def _paragraph_ends(sents: list) -> tuple[dict[int, str], dict[int, str]]:
    """The text of each paragraph's first and last sentence (``sents``: :class:`Sentence` records, or records with one
    as ``.s``)."""
    firsts, lasts = {}, {}
    for x in sents:
        s = getattr(x, "s", x)
        firsts.setdefault(s.paragraph, s.text)
        lasts[s.paragraph] = s.text
    return firsts, lasts


def question_paragraphs(sents: list) -> set[int]:
    """The paragraphs that ask an interview's or a briefing's questions: those opening with a question's tag ("Q:",
    "ВЕДУЩИЙ:"), or, in an interview printed as a dialogue of dashes ("— Скільки штурмів ви відбили? — Близько 140."),
    the dashed paragraphs that end on a question mark (at least two of them)."""
    return _asked(*_paragraph_ends(sents))


def _asked(firsts: dict[int, str], lasts: dict[int, str]) -> set[int]:
    """:func:`question_paragraphs` of a text's paragraph ends (see :func:`_paragraph_ends`)."""
    tagged = {p for p, t in firsts.items() if QUESTION_TAG.match(t)}
    if tagged:
        return tagged
    asked = {p for p, t in firsts.items() if _DASH_LINE.match(t) and _ASKS.search(lasts[p])}
    return asked if len(asked) >= 2 else set()


def answer_paragraphs(sents: list) -> set[int]:
    """The paragraphs that answer the questions of an interview or a briefing (each opening with an answer's tag, all
    of one speaker; or, in a dialogue of dashes, each dashed paragraph right after a question), in a text that also asks
    them; empty for any other text. ``sents`` hold :class:`Sentence` records, or records with one as ``.s``."""
    firsts, lasts = _paragraph_ends(sents)
    asked = _asked(firsts, lasts)
    if not asked:
        return set()
    if not any(QUESTION_TAG.match(firsts[p]) for p in asked):  # a dialogue of dashes
        return {p for p, t in firsts.items() if p - 1 in asked and p not in asked and _DASH_LINE.match(t)}
    tags = {p: m for p, t in firsts.items() if p not in asked and (m := _ANSWER_TAG.match(t))
            and m.group("who") not in _NOT_A_SPEAKER}
    speakers = {m.group("who") for m in tags.values() if m.group("who")}
    return set(tags) if len(speakers) <= 1 else set()  # (several speakers answering: whose "we" each is is not known)


#: A paragraph of a dialogue printed with dashes, and a question's end (its mark, a closing quote or bracket after it).
_DASH_LINE = re.compile(r"[—–-]\s")
_ASKS = re.compile(r"\?[\s\"”»)]*$")
