"""The article extractor: exact comparison with the hand-written corpus in tests/articles/, the seed's nine
claims, and unit tests of each step (numbers, sentences, figures, attribution, periods, regions)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import losstrack
from losstrack.extract import attribution as attr
from losstrack.extract.article import extract
from losstrack.extract.figures import find_in_sentence
from losstrack.extract.numbers import find_numbers, parse_number
from losstrack.extract.periods import find_period, nearest, period_cues
from losstrack.extract.regions import find_regions
from losstrack.extract.roles import assign_roles
from losstrack.extract.scoring import FIELDS, load_corpus, records, score
from losstrack.extract.sentences import split

CORPUS = Path(__file__).parent / "articles"
CASES = load_corpus(CORPUS)
SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_d2d0dd8e3b4725b0.txt"


def _key(rec: dict) -> tuple:
    return tuple(str(rec[k]) for k in FIELDS)


def test_corpus_is_large_and_varied():
    assert len(CASES) >= 60
    negatives = [c for c in CASES if not c.expected]
    assert len(negatives) >= 15
    assert {r["claimant"] for c in CASES for r in c.expected} >= {"RUS-MOD", "UKR-GS", "ISR-IDF", "SDN-SAF", "oryx", None}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_article_matches_golden(case):
    got = records(losstrack.parse_article(case.text, published=case.published, publisher=case.publisher))
    assert sorted(got, key=_key) == sorted(case.expected, key=_key)


def test_seed_gives_exactly_the_nine_claims():
    df = losstrack.parse_article(SEED.read_text(encoding="utf-8"))
    got = {(r.category, r.value, r.qualifier, r.model if isinstance(r.model, str) else None) for r in df.itertuples()}
    assert got == {
        ("personnel_killed", 5000, "more_than", None), ("tanks", 69, "exact", None),
        ("infantry_fighting_vehicles", 27, "exact", None), ("armored_personnel_carriers", 55, "exact", None),
        ("armored_combat_vehicles", 350, "exact", None), ("artillery", 34, "exact", None),
        ("air_defense", 5, "exact", None), ("mlrs", 11, "exact", None), ("mlrs", 3, "exact", "HIMARS"),
    }
    assert set(df["claimant"]) == {"RUS-MOD"} and set(df["loser"]) == {"UKR"} and set(df["region"]) == {"Kursk"}
    assert set(df["basis"]) == {"cumulative"} and set(df["published"].dt.date) == {dt.date(2024, 8, 25)}
    himars = df[df["model"] == "HIMARS"].iloc[0]
    assert df.set_index("claim_id").loc[himars["parent_id"], "value"] == 11
    killed = df[df["category"] == "personnel_killed"].iloc[0]
    assert killed["period_start"].date() == dt.date(2024, 8, 6)


def test_scores_are_computed_per_attribute():
    exp = [{**{k: None for k in FIELDS}, "category": "tanks", "value": 5, "loser": "UKR"}]
    got = [{**exp[0], "loser": "RUS"}, {**exp[0], "value": 7}]
    table = score([(exp, got)]).set_index("attribute")
    assert table.loc["figure", "recall"] == 1.0 and table.loc["figure", "precision"] == 0.5
    assert table.loc["loser", "tp"] == 0


# --------------------------------------------------------------------------- step 1: numbers


@pytest.mark.parametrize(
    "text,value",
    [("5,000", 5000), ("5 000", 5000), ("5.000", 5000), ("1.2 million", 1_200_000), ("2.5 thousand", 2500),
     ("twenty-three", 23), ("a dozen", 12), ("five", 5), ("600 850", 600850), ("три", 3), ("1,5 тыс", 1500)],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_find_numbers_ranges_vague_increments_and_names():
    nums = find_numbers("between 200 and 300 troops, 10–15 tanks, dozens of drones, 8,512 (+11), T-72B3, Su-34, 47th")
    assert [(n.value, n.value_high) for n in nums if not n.increment] == [(200, 300), (10, 15), (24, 99), (8512, None)]
    assert [n.value for n in nums if n.increment] == [11]
    assert parse_number("a billion") == 1_000_000_000
    # separators inside a hyphenated range ("1,100-1,200") and the Russian MoD's "39 тыс. 465"
    assert [(n.value, n.value_high) for n in find_numbers("1,100-1,200 soldiers; 39 тыс. 465 БПЛА")] == [(1100, 1200), (39465, None)]


# --------------------------------------------------------------------------- step 2: sentences


def test_sentences_keep_offsets_and_split_lists():
    text = "Gen. Syrskyi said the U.S. sent aid. Russia lost 5 tanks.\n\nLosses:\n- tanks: 4\n- APCs: 2"
    sents = split(text)
    assert all(text[s.start:s.end] == s.text for s in sents)
    assert [s.text for s in sents] == ["Gen. Syrskyi said the U.S. sent aid.", "Russia lost 5 tanks.", "Losses:",
                                       "- tanks: 4", "- APCs: 2"]
    assert [s.paragraph for s in sents] == [0, 0, 1, 1, 1]


# --------------------------------------------------------------------------- step 3: figures


def _figs(text):
    return [(f.number.value, f.category, f.model, f.qualifier, f.parent) for f in find_in_sentence(split(text)[0])]


def test_figures_label_after_and_before():
    assert _figs("lost 12 tanks, 7 IFVs and up to 140 troops killed") == [
        (12, "tanks", None, "exact", None), (7, "infantry_fighting_vehicles", None, "exact", None),
        (140, "personnel_killed", None, "up_to", None)]
    assert _figs("tanks ‒ 8,786, artillery systems – 19,455") == [(8786, "tanks", None, "exact", None),
                                                                  (19455, "artillery", None, "exact", None)]
    assert _figs("the number of tanks destroyed rose to 8,786")[0][:2] == (8786, "tanks")


def test_figures_nesting_and_list_ones():
    assert _figs("11 MLRS, including three HIMARS") == [(11, "mlrs", None, "exact", None), (3, "mlrs", "HIMARS", "exact", 0)]
    assert _figs("15 armoured vehicles: seven tanks and eight APCs") == [
        (15, "armor", None, "exact", None), (7, "tanks", None, "exact", 0), (8, "armored_personnel_carriers", None, "exact", 0)]
    assert _figs("up to 160 servicemen, a tank and two guns")[1][:2] == (1, "tanks")


def test_model_numbers_unit_names_and_dates_are_not_figures():
    assert _figs("Russia deployed T-72B3 tanks, Su-34 jets and S-300 systems") == []
    assert _figs("the 47th Brigade destroyed 3 tanks")[0][:2] == (3, "tanks")
    assert _figs("five Leopard 2 tanks were lost") == [(5, "tanks", "Leopard 2", "exact", None)]
    assert _figs("since February 24, 2022 the number of tanks rose to 8,786")[0][:2] == (8786, "tanks")


# --------------------------------------------------------------------------- step 4: attribution


def test_roles_of_mentions():
    text = attr.fold("According to Russia's Defence Ministry, Ukrainian forces lost 12 tanks")
    ms = attr.mentions(text)
    assign_roles(text, ms)
    assert [(m.actor, m.role) for m in ms] == [("RUS-MOD", "claimant"), ("UKR", "loser")]


def test_groups_are_their_own_side_and_enemy_is_the_adversary():
    assert attr.side("PSE-HAMAS") == "PSE-HAMAS" and attr.side("RUS-MOD") == "RUS"
    assert attr.adversary("UKR-GS") == "RUS" and attr.adversary("SDN-RSF") == "SDN-SAF"


def test_both_sides_in_one_text_and_generic_references():
    figs = extract("Russia's Defence Ministry released figures. It said the enemy lost 40 tanks.\n\n"
                   "Kyiv said Russian forces lost 25 tanks, while Moscow said 17 Ukrainian tanks were destroyed.",
                   dt.date(2024, 1, 10))
    assert [(f.value, f.claimant, f.loser) for f in figs] == [(40, "RUS-MOD", "UKR"), (25, "UKR", "RUS"), (17, "RUS", "UKR")]


def test_unattributed_figures_take_the_publisher_else_null():
    text = "Russian forces have lost 12 tanks near Bakhmut."
    assert [f.claimant for f in extract(text, dt.date(2024, 1, 10), "REUTERS")] == ["REUTERS"]
    assert [f.claimant for f in extract(text, dt.date(2024, 1, 10))] == [None]


# --------------------------------------------------------------------------- step 5: periods


@pytest.mark.parametrize(
    "sentence,start,end,basis",
    [("in the past 24 hours", "2024-08-24", "2024-08-25", "increment"),
     ("over the past week", "2024-08-18", "2024-08-25", "increment"),
     ("since February 24, 2022", "2022-02-24", "2024-08-25", "cumulative"),
     ("since the start of the incursion on August 6", "2024-08-06", "2024-08-25", "cumulative"),
     ("on Tuesday", "2024-08-20", "2024-08-20", "increment"),
     ("in total since the start of the special military operation", "2022-02-24", "2024-08-25", "cumulative"),
     ("з 24.02.22 по 25.08.24", "2022-02-24", "2024-08-25", "cumulative"),
     ("за минулу добу", "2024-08-24", "2024-08-25", "increment"),
     ("in July", "2024-07-01", "2024-07-31", "increment")],
)
def test_periods(sentence, start, end, basis):
    p = find_period(sentence, dt.date(2024, 8, 25), {})
    assert (str(p.start), str(p.end), p.basis) == (start, end, basis)


def test_period_of_statement_day_is_ignored_and_nearest_phrase_wins():
    assert find_period("the ministry said on Tuesday", dt.date(2024, 8, 25), {}) is None
    s = "38 drones overnight, and 600,000 troops in total"
    cues = period_cues(s, dt.date(2024, 8, 25), {})
    assert nearest(cues, 0).basis == "increment" and nearest(cues, s.index("600")).basis == "cumulative"


# --------------------------------------------------------------------------- step 6: regions


def test_regions():
    names = [r[2] for r in find_regions("in the Kursk region, near Bakhmut, on the Pokrovsk direction, near Maroun al-Ras")]
    assert names == ["Kursk", "Bakhmut", "Pokrovsk", "Maroun al-Ras"]


# --------------------------------------------------------------------------- loss context and attributes


def test_loss_context_cues():
    from losstrack.extract.context import CueSpans
    from losstrack.extract.labels import mask_labels

    text = "Russia lost 12 tanks, while the US pledged 31 Abrams tanks and 11 Multiple Launch Rocket Systems"
    spans = CueSpans(text, mask_labels(text))
    assert spans.verdict(text.index("12"), text.index("31")) is True
    assert spans.verdict(text.index("31"), text.index("11")) is False
    text = "642 aircraft and 283 helicopters have been destroyed"
    spans = CueSpans(text)
    assert spans.verdict(0, 3, tail=text.index("have")) is True


def test_fates_and_roster_words():
    assert [f[1] for f in _figs("140 soldiers were killed or wounded, 25 troops taken prisoner")] == [
        "personnel_casualties", "personnel_captured"]
    assert _figs("personnel ‒ about 38750 (+200) persons were liquidated")[0][1] == "personnel_casualties"


def test_bulletin_fingerprint_names_the_claimant():
    assert attr.fingerprint("UAV operational-tactical level ‒ 13697 (+39)") == "UKR-GS"
    assert attr.fingerprint("since the beginning of the special military operation") == "RUS-MOD"
    assert attr.fingerprint("Russia lost 12 tanks") is None


def test_label_before_number_keeps_noun_fate_and_side():
    figs = extract("The number of Russian troops killed or wounded has risen to 600,000, according to the UK.",
                   dt.date(2024, 9, 12))
    assert [(f.value, f.category, f.claimant, f.loser) for f in figs] == [(600000, "personnel_casualties", "GBR", "RUS")]
