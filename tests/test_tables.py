"""Plain-text tables in articles (losstrack.extract.tables): rewritten as lists, figures traced back to their cells."""

from __future__ import annotations

from losstrack import parse_article
from losstrack.extract.sentences import split
from losstrack.extract.tables import expand

WEEKLY = """Russian losses reported by Ukraine's General Staff, 17-23 November 2026

| Category | 17-23 Nov | Total since 24.02.2022 |
|---|---|---|
| Personnel | 7,410 | 1,172,340 |
| Tanks | 38 | 11,412 |
| UAVs (tactical level) | 2,640 | 88,120 |

The figures cannot be verified independently.
"""


def test_a_pipe_table_becomes_one_list_per_column_of_figures():
    rows = [(r.category, r.value, r.basis, str(r.period_start.date()), str(r.period_end.date()), r.claimant, r.loser)
            for r in parse_article(WEEKLY, published="2026-11-24").itertuples()]
    assert rows == [
        ("personnel_casualties", 7410, "increment", "2026-11-17", "2026-11-23", "UKR-GS", "RUS"),
        ("tanks", 38, "increment", "2026-11-17", "2026-11-23", "UKR-GS", "RUS"),
        ("uav", 2640, "increment", "2026-11-17", "2026-11-23", "UKR-GS", "RUS"),
        ("personnel_casualties", 1172340, "cumulative", "2022-02-24", "2026-11-24", "UKR-GS", "RUS"),
        ("tanks", 11412, "cumulative", "2022-02-24", "2026-11-24", "UKR-GS", "RUS"),
        ("uav", 88120, "cumulative", "2022-02-24", "2026-11-24", "UKR-GS", "RUS"),
    ]


def test_a_table_figure_quotes_its_row_and_points_at_its_cell():
    claims = parse_article(WEEKLY, published="2026-11-24")
    tanks = claims[claims["value"] == 11412].iloc[0]
    assert tanks["quote"] == "| Tanks | 38 | 11,412 |"
    assert WEEKLY[int(tanks["span_start"]):int(tanks["span_end"])] == "11,412"


def test_rows_of_days_under_category_headings_are_read_row_by_row():
    text = ("Russian losses over the past week, according to Ukraine's General Staff\n\n"
            "Date      Personnel   Tanks   Artillery\n"
            "Nov 21    1,180       5       34\n"
            "Nov 22    1,210       3       41\n")
    rows = [(r.category, r.value, str(r.period_start.date())) for r in parse_article(text, published="2026-11-27").itertuples()]
    assert rows == [("personnel_casualties", 1180, "2026-11-21"), ("tanks", 5, "2026-11-21"), ("artillery", 34, "2026-11-21"),
                    ("personnel_casualties", 1210, "2026-11-22"), ("tanks", 3, "2026-11-22"), ("artillery", 41, "2026-11-22")]


def test_text_without_a_table_of_figures_is_left_alone():
    assert expand("Ukraine said it shot down 40 drones.  Russia said 12 missiles hit targets.\nNo table here.") is None
    assert expand("UkraineWorld | Monday 23 November 2026 | Weekly data\n\nThe week in review.") is None
    prose = "Name    Role\nOlena    medic\nTaras    driver\n"  # columns, but no column of figures
    assert expand(prose) is None


def test_the_rewritten_text_maps_back_to_the_original():
    e = expand(WEEKLY)
    pos = e.text.index("2,640")
    assert WEEKLY[e.to_original(pos):e.to_original(pos + 5)] == "2,640"
    assert e.row_of(pos) == "| UAVs (tactical level) | 2,640 | 88,120 |"
    assert e.row_of(0) is None


def test_a_time_stamp_is_left_out_of_the_entrys_sentence():
    text = "10:42 The ministry said 40 drones were shot down.\n\n[11.15am] - Kyiv said 12 tanks were destroyed."
    assert [s.text for s in split(text)] == ["The ministry said 40 drones were shot down.", "Kyiv said 12 tanks were destroyed."]
    assert [s.text for s in split("12:03\n\nThe ministry said 40 drones were shot down.")][0] == "12:03"


def test_a_threads_post_numbers_are_left_out_but_not_a_fraction():
    text = "2/ Since the operation began, troops have eliminated 47.\n\n(3/7) The troops destroyed 3 trucks.\n\n1/2 of them left."
    assert [s.text for s in split(text)] == ["Since the operation began, troops have eliminated 47.",
                                             "The troops destroyed 3 trucks.", "1/2 of them left."]


def test_cyrillic_initials_do_not_end_a_sentence():
    text = "Потери, по данным историков под руководством Г. Ф. Кривошеева, составили 12 031 человек. Это много."
    assert len(split(text)) == 2


def test_rows_of_sides_under_columns_of_fighters_give_each_cell_its_side_and_the_captions_fate():
    text = ("Reported fatalities, 1-31 October 2026 (source: ACLED)\n\n"
            "Country       | Soldiers | JNIM fighters | Civilians\n"
            "Burkina Faso  |      214 |           540 |       430\n"
            "Mali          |       88 |           310 |       190\n")
    rows = [(r.category, r.value, r.loser, r.claimant) for r in parse_article(text, published="2026-11-12").itertuples()]
    assert rows == [("personnel_killed", 214, "BFA", "ACLED"), ("personnel_killed", 540, "MLI-JNIM", "ACLED"),
                    ("personnel_killed", 88, "MLI", "ACLED"), ("personnel_killed", 310, "MLI-JNIM", "ACLED")]
