"""The extractor's shortcuts give what the full scans they stand in for give: the number scan that starts only where
a number can start, and the case-sensitive twins of case-insensitive patterns."""

from __future__ import annotations

import datetime as dt

import pytest

from losstrack.extract import numbers
from losstrack.extract.events import event_starts
from losstrack.extract.lexicon import lower
from losstrack.extract.periods import period_cues

_TRICKY = [
    "often ten tanks", "tenfold", "someone said one hundred and twenty-three soldiers", "a thousand drones",
    "between 200 and 300 troops", "(+1,170) personnel", "twenty-three", "alone, nine", "донесли сто двадцать",
    "понад тисячу", "tens of thousands of troops", "several dozen", "T-72 and 5,000", "Su-34s, 12 of them",
    "хвилину двадцять", "1.2 million", "anyone\nnine", "phone-one two",
]


@pytest.mark.parametrize("text", _TRICKY)
def test_number_scan_from_anchors_equals_full_scan(text):
    full = numbers._patterns()[0]
    low = lower(text)
    want = [(m.span(), m.lastgroup) for m in full.finditer(low)]
    assert [(m.span(), m.lastgroup) for m in numbers._matches(full, low)] == want


def test_twin_scans_equal_case_insensitive_scans():
    published = dt.date(2024, 9, 1)
    text = "The incursion, which began on August 6, cost Russia 500 tanks."
    # the lower case is plain (twins), the text with a long s is not (case-insensitive patterns): same results
    assert event_starts(text, published) == event_starts(text + " ſ", published) == {"incursion": dt.date(2024, 8, 6)}
    for sentence, want in (("In the past 72 hours, 300 Russian soldiers were killed.", (dt.date(2024, 8, 29), "increment")),
                           ("From 13 to 19 August, 300 soldiers were killed.", (dt.date(2024, 8, 13), "increment"))):
        cues = [(p.start, p.basis) for _o, p in period_cues(sentence, published, {})]
        assert cues == [want]
        assert [(p.start, p.basis) for _o, p in period_cues(sentence + " ſ", published, {})] == cues


# Shortcuts of the second speed pass: each gives what the scan it spares gives.

_DATE_TEXTS = ["from 24 february 2022 to 25.08.24", "junov 5 and 12024-05-06", "dismay 3, 2024", "з 6 августа по 13 серпня",
               "as of 12.09.2024, sept. 3rd", "no date here", "1 2 3 4 5", "march 2023 and may 9"]


@pytest.mark.parametrize("low", _DATE_TEXTS)
def test_twin_dates_equal_the_full_scan(low):
    from losstrack.extract.dates import DATE_TWIN, twin_dates

    assert [(m.span(), m.groupdict()) for m in twin_dates(low)] == [(m.span(), m.groupdict()) for m in DATE_TWIN.finditer(low)]


@pytest.mark.parametrize("text", ["Defence Ministry, DEFENCE and defence", "DeFeNcE of Kyiv", "the Defence ſ ministry",
                                  "no such word", "defencedefence"])
def test_fold_defence_equals_the_case_insensitive_substitution(text):
    from losstrack.extract.attribution import _DEFENCE, _fold_defence

    assert _fold_defence(text) == _DEFENCE.sub(r"\1s\2", text)


@pytest.mark.parametrize("text", ["It ended.", 'He said "no."  ', "A headline", "Really?\n", "ends with »", "x:", "",
                                  "три танки та 16 «шахедів»", "«Ми тримаємось.»", 'a "quote" .'])
def test_ends_sentence_equals_its_pattern(text):
    import re

    from losstrack.extract.article import _ends_sentence

    # closing punctuation, perhaps inside a closing quote (a headline ending on a quoted name ends no sentence)
    assert _ends_sentence(text) == (re.search(r"[.!?]\s*[\"”»]?\s*$", text) is not None)


@pytest.mark.parametrize("low", ["shot down a su-34", "an apc and a tank", "banana a\nb", "a", "an", "a  , x", "ana a x",
                                 "a\tx", "data an  y"])
def test_singular_twin_equals_the_twin_of_the_pattern(low):
    from losstrack.extract.figures import _SINGULAR, _SINGULAR_TWIN
    from losstrack.extract.lexicon import twin

    assert [m.span() for m in _SINGULAR_TWIN.finditer(low)] == [m.span() for m in twin(_SINGULAR).finditer(low)]


@pytest.mark.parametrize("text", ["Losses across the entire front line rose.", "Nationwide, 40 drones fell.",
                                  "Drones hit 12 regions overnight.", "Fighting on the Pokrovsk front.", "Quiet day.",
                                  "Удари по всій лінії фронту.", "Across several Areas of the east."])
def test_whole_front_equals_its_pattern(text):
    from losstrack.extract.regions import _WHOLE_FRONT, whole_front as _whole_front

    assert _whole_front(text) == (_WHOLE_FRONT.search(text) is not None)


def test_quick_tests_pass_wherever_their_patterns_match():
    """A quick test may say yes where its pattern finds nothing, never no where it finds something."""
    from losstrack.extract import figures, losers, periods

    for s in ("an average of ", "losing on average ", "в среднем ", "у середньому "):  # the words before a number
        assert figures._AVERAGE_BEFORE.search(s) and figures._may_average(s)
    for s in ("his unit had lost five men", "Their forces have suffered heavy losses"):
        assert losers._SELF_SUBJECT.search(s) and losers._may_self_subject(s)
    for s in ("from 13 to 19 January", "January 13-19", "13–14 сентября", "з 13 по 19 січня"):
        assert periods._DAY_RANGE.search(s) and periods._DAY_PAIR.search(s)
    for s in ("in 2024", "у 2023 році"):
        assert periods._IN_YEAR.search(s) and periods._YEARISH.search(s)
    for (pattern, days), samples in zip(periods._RELATIVE, (
            ("in the past 24 hours", "overnight", "за минулу добу", "в течение суток", "за последние 24 часа"),
            ("over the past seven days", "this week", "за минулий тиждень"), ("in the past month", "за последний месяц"))):
        for s in samples:
            assert pattern.search(s) and any(w in s.lower() for w in periods._RELATIVE_WORDS[days]), s


def test_hedge_words_end_every_hedge():
    """The qualifier scan runs only on a window ending on a hedge's last word: every hedge phrase does."""
    from losstrack.extract.attributes import _hedge_ends
    from losstrack.extract.lexicon import qualifier_twin
    from losstrack.vocab import qualifier_phrases

    for phrase in qualifier_phrases():
        window = f"the army lost {phrase.lower()} "
        assert qualifier_twin().search(window) and window.rstrip().endswith(_hedge_ends()), phrase


@pytest.mark.parametrize("text", ["Tanks (23, of which destroyed: 15)", "OF WHICH", "Of  which", "of whİch", "none here"])
def test_of_which_equals_its_pattern(text):
    from losstrack.extract.listings import _OF_WHICH, _of_which

    assert _of_which(text) == (_OF_WHICH.search(text) is not None)


# Shortcuts of the third speed pass.

def test_total_to_equals_its_pattern_for_every_verb():
    """:func:`~losstrack.extract.parts.total_to` skips the scan only where no match can be: each verb of the pattern
    holds one of its words (a verb added to the pattern without one fails here)."""
    import re

    from losstrack.extract.parts import TOTAL_TO, total_to

    verbs = re.match(r"\\b\(\?:([^()]*)\)", TOTAL_TO.pattern).group(1).split("|")
    assert "bringing" in verbs and "took" in verbs
    for verb in verbs:
        for text in (f"12 more died, {verb} its toll to ", f"{verb.upper()} THE TOTAL OF SOLDIERS KILLED TO ",
                     f"{verb} the ſ total to ", f"they {verb} nothing to "):
            want = TOTAL_TO.search(text)
            got = total_to(text)
            assert (got and got.span()) == (want and want.span()), text
            assert (want is not None) == ("nothing" not in text), text
            lo = len(text) // 3  # a stretch of the text: the same as the pattern's search of it
            got, want = total_to(text, lo, len(text)), TOTAL_TO.search(text, lo, len(text))
            assert (got and got.span()) == (want and want.span()), text


@pytest.mark.parametrize("text", ["Воронежской области", "на Покровському напрямку", "під Покровськом і Покровськ",
                                  "Харківщині, Курщині", "xкурскy", "нічого"])
def test_place_trie_equals_the_longest_first_alternation(text):
    import re

    from losstrack.extract.regions import _places

    pattern, stems = _places()
    alternation = re.compile("|".join(re.escape(x) for x in sorted(stems, key=len, reverse=True)))
    low = lower(text)
    assert [(m.span(), m.group(0)) for m in pattern.finditer(low)] == [(m.span(), m.group(0)) for m in alternation.finditer(low)]


@pytest.mark.parametrize("text", ["in 1943 and 2014", "12024 and 19433", "1999-2003", "x1943", "2049, 2050, 1800, 1799", "20 19 1"])
def test_year_pattern_equals_its_plain_form(text):
    import re

    from losstrack.extract.context import _YEAR

    plain_form = re.compile(r"(?<!\d)(1[89]\d\d|20[0-4]\d)(?!\d)")
    assert [(m.span(), m.group(1)) for m in _YEAR.finditer(text)] == [(m.span(), m.group(1)) for m in plain_form.finditer(text)]


@pytest.mark.parametrize("text", ["they lost more than ", "lost MORE  THAN\n", "lost about", "up to 5", "близько ", "ſome about ",
                                  "", "no hedge "])
def test_hedge_at_end_equals_the_hedge_pattern(text):
    from losstrack.extract.attributes import hedge_at_end
    from losstrack.extract.lexicon import qualifier_pattern

    got, want = hedge_at_end(text), qualifier_pattern().search(text)
    assert (got and (got.span(), got.group(1).lower())) == (want and (want.span(), want.group(1).lower()))


# Shortcuts of the sixth speed pass.

def test_generic_guard_keeps_every_mention():
    """The three-character guard before the generic references finds what the references alone find."""
    import re

    from losstrack.extract import attribution as attr

    guarded = attr._mention_pattern()
    alternatives = attr._GENERIC.pattern.replace(r"\b(?P<", "(?P<")
    bare = re.compile(guarded.pattern.replace(attr._guarded(alternatives), "(?:" + alternatives + ")"))
    assert bare.pattern != guarded.pattern
    text = lower("The ministry said on Monday. They said, the army's 5th Military Region said. Its spokesman, Col. X, "
                 "told reporters. The\tgroup said; the RSF force said. Генштаб ЗСУ повідомив, по его данным, речник "
                 "бригади. The Russian ministry said; the agency   said. It said. He said. She says. A brigade spokesman "
                 "said. The air force said. the Defense Ministry of Ukraine, general staff, officials said.")
    assert [(m.span(), m.lastgroup) for m in guarded.finditer(text)] == [(m.span(), m.lastgroup) for m in bare.finditer(text)]


def test_source_first_words_are_in_every_source_phrase():
    """A text holding none of the first words of a source's phrases matches none of them."""
    from losstrack.extract.attribution import _first_words, fingerprint
    from losstrack.extract.lexicon import cue_words

    for kind, phrases in cue_words().items():
        if kind.startswith("source:"):
            for phrase in phrases:
                assert phrase.split()[0] in _first_words(kind)
                assert fingerprint(f"It said the {phrase.replace(' ', ' - ')} went on.") == kind.split(":", 1)[1]


def test_losses_words_pass_wherever_the_losses_patterns_match():
    """The noun-less "losses ... totaled" and "put the figure at" scans run only in a sentence holding their words."""
    from losstrack.extract import figures

    for s in ("Losses that month totaled more than ", "втрати ворога склали ", "Russian casualties reached about "):
        assert figures._LOSSES_BEFORE.search(s) and figures._may_count_losses(s), s
    for s in ("Kyiv put the figure at ", "estimated the death toll at about ", "placed its total at\u00a0", "PUTS THE TALLY AT "):
        assert figures.PUT_AT.search(s) and figures._may_count_losses(s), s
    assert figures._may_count_losses("loſſes totaled ")  # (not plain: the case-insensitive patterns decide)


# Shortcuts of the sixteenth speed pass.

@pytest.mark.parametrize("alias", ["russian", "foreign", "armed-forces of ukraine", "armed  forces\tof ukraine", "general-staff",
                                   "pro russian separatists", "commander in chief", "russia backed   rebels",
                                   "ministry of defense", "nobody", "", "hamas", "islamic-state"])
def test_separated_index_equals_the_walk_over_every_alias(alias):
    import re

    from losstrack.extract.lexicon import _SEP_RE, actor_id, actor_index

    index = actor_index()
    key = re.sub(_SEP_RE, " ", alias.lower())
    walk = index.get(alias.lower()) or index.get(key) or next(
        (v for k, v in index.items() if re.sub(_SEP_RE, " ", k) == key), None)
    assert actor_id(alias) == walk


@pytest.mark.parametrize("text", ["On 24 February 2022 and March 3, 2022", "24‒25 лютого 2022 року, 6 АВГУСТА", "SEPT. 3rd, 25.08.24",
                                  "Tueſday 5 May", "İstanbul, 12 March 2024", "2024-05-06 and june 5", "ΣΑΣ 5 May 2023",
                                  "nothing dated", "February 24-25, 2022"])
def test_date_matches_equal_the_case_insensitive_scan(text):
    from losstrack.extract.dates import DATE_RE, date_matches

    def seen(m):  # (the twin's groups are of the lower case)
        return m.span(), m.lastgroup, {k: v and v.lower() for k, v in m.groupdict().items()}

    assert [seen(m) for m in date_matches(text)] == [seen(m) for m in DATE_RE.finditer(text)]


@pytest.mark.parametrize("sentence", [
    "The ministry said on Monday that 12 tanks were destroyed.", "In February, Zelensky said 31,000 soldiers had died.",
    "Shoigu said at a board meeting on June 9 that 5,937 died.",
    "Russia's Ministry of Defense on Saturday released its weekly summary.",
    "In Thursday's daily update, the ministry said 300 died.", "On Feb. 17, British Defence Intelligence said 1,000 were killed.",
    "Про це в понеділок, 6 січня, повідомив Генштаб.", "Міноборони РФ у четвер заявило про 40 загиблих.",
    "Зеленський 16 лютого заявив про 31 000 загиблих.", "Об этом во вторник сообщил Генштаб.", "The army said YESTERDAY it lost 40.",
    "It last gave a figure in September 2022, when Shoigu said 5,937.", "Officials estimated in October that 120,000 had died.",
    "Russia lost 300 troops on December 9, the ministry said.", "No statement here, 12 tanks."])
def test_statement_twins_equal_the_case_insensitive_patterns(sentence):
    """The twins on a plain sentence's lower case find what the case-insensitive patterns find on a sentence that is not
    plain (a long s at its end changes no match)."""
    from losstrack.extract.statements import statement_date

    published = dt.date(2025, 1, 10)
    assert statement_date(sentence, published) == statement_date(sentence + " ſ", published)


@pytest.mark.parametrize("sentence", ["In World War II, the Soviet Union lost 6,000 tanks.", "The RED ARMY lost 300 tanks.",
                                      "the most since the Second World War", "Israel's last war cost 119 soldiers.",
                                      "Втрати СРСР у Другої світової", "в ходе Великой Отечественной войны",
                                      "Ukraine lost 300 tanks this war.", "wwii-era guns"])
@pytest.mark.parametrize("episode", [frozenset(), frozenset({1942, 1943, 1944})])
def test_historic_war_twin_equals_the_case_insensitive_scan(sentence, episode):
    """A plain sentence's lower case scanned by the twin marks what the case-insensitive pattern marks (a long s at the
    end makes a sentence that is not plain, and changes no mark)."""
    from losstrack.extract.context import historic

    published = dt.date(2024, 3, 1)
    assert historic(sentence, published, episode=episode) == historic(sentence + " ſ", published, episode=episode)


def test_first_person_verbs_are_in_every_match():
    """:func:`~losstrack.extract.losers.loser_of` runs the first-person patterns on a plain sentence only where one of
    their verbs is: every verb of each pattern holds one of its words (a verb added to a pattern without one fails here),
    and a sentence they match is still read so."""
    import re

    from losstrack.extract import losers

    for pattern, words in ((losers._WE_KILLED, losers._WE_KILLED_WORDS), (losers._WE_LOST, losers._WE_LOST_WORDS)):
        verbs = re.search(r"\(\?:((?:destroyed|lost)\|[^()]*)\)", pattern.pattern).group(1).split("|")
        assert len(verbs) >= 3
        for verb in verbs:
            assert any(w in verb.replace(r"\w*", "") for w in words), verb
    for s in ("our drones killed about ", "наші бійці знищили ", "we have shot down ", "мы уничтожили "):
        assert losers._WE_KILLED.search(s) and any(w in s for w in losers._WE_KILLED_WORDS), s
    for s in ("We lost ", "they say they lost \"only ", "мы потеряли около ", "ми вже втратили "):
        assert losers._WE_LOST.search(s) and any(w in s.lower() for w in losers._WE_LOST_WORDS), s
