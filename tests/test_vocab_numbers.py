"""Numbers in three languages, the shared vocabularies (labels, named systems, actors, cue words) and the Russian
MoD summary parser on its "в том числе" parts, bare nouns and prose phrases."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import losstrack
from losstrack.actors import resolve
from losstrack.bulletin_common import DriftError
from losstrack.documents import from_text, read_document
from losstrack.extract.numbers import VAGUE, find_numbers, parse_number
from losstrack.parsers import detect
from losstrack.pipeline import claims_for
from losstrack.vocab import category_of, models, normalize_label, parse_table

from .conftest import FIXTURES

RU_MOD = FIXTURES / "ru_mod_parts"


def _nums(text: str) -> list[tuple[str, int, int | None]]:
    return [(text[n.start:n.end], n.value, n.value_high) for n in find_numbers(text)]


# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize("text, value", [
    ("втратили 2,1 тисячі особового складу", 2100),  # Ukrainian decimal comma with a scale word
    ("потери составили 1,5 тысячи человек", 1500),
    ("понад 31 тисячу військовослужбовців", 31000),  # accusative of the scale word
    ("более 16 тысяч военных", 16000),
    ("около 20 тысячами", 20000),
    ("5 мільйонів", 5_000_000),
    ("2 миллиона", 2_000_000),
    ("12 миллионов", 12_000_000),
    ("півтори тисячі окупантів", 1500),
    ("полторы тысячи военных", 1500),
    ("0,5 тис. осіб", 500),
    ("1.2 million", 1_200_000),
    ("2.5 thousand", 2500),
    ("5.000", 5000),
    ("5 000", 5000),
    ("1.3m Russian soldiers", 1_300_000),  # a suffix glued to the digits ...
    ("passed 1m killed and wounded", 1_000_000),
    ("a trench 5 m deep", 5),  # ... but never apart from them (metres)
    ("более сотни самолетов", 100),  # after a hedge, "сотни" is the genitive of "сотня" (a hundred), not "hundreds"
    ("понад тисячі дронів", 1000),
    ("понад сотня танків", 100),
    ("23 тысячи 647 танков", 23647),  # thousands written out, then the rest
    ("5 тисяч 120 окупантів", 5120),
    ("четверо бойцов", 4),  # a collective numeral counts people
    ("троє військових", 3),
])
def test_scaled_and_separated_numbers(text, value):
    assert [v for _s, v, _h in _nums(text)] == [value]


def test_glued_suffix_in_a_range_and_not_before_a_hyphen():
    assert [(v, h) for _s, v, h in _nums("between 900,000 and 1.3m soldiers")] == [(900_000, 1_300_000)]
    assert _nums("a 100m-long trench") == []


def test_a_dates_day_is_no_ranges_start():
    assert [(v, h) for _s, v, h in _nums("the heaviest losses came on November 20 – 1,430 troops")] == [(20, None), (1430, None)]
    assert [(v, h) for _s, v, h in _nums("from January 4 to 10")] == [(4, 10)]  # a window of days stays one


@pytest.mark.parametrize("text, value", [
    ("трех танков", 3), ("трёх танков", 3), ("двух бронемашин", 2), ("двох танків", 2), ("трьох БМП", 3),
    ("чотирьох гармат", 4), ("п'яти дронів", 5), ("п’яти дронів", 5), ("одну гаубицу", 1), ("сто двадцать", 120),
    ("двісті п'ятдесят", 250), ("семьдесят пять", 75), ("more than a dozen", 12), ("twenty-three", 23),
])
def test_inflected_and_compound_number_words(text, value):
    assert [v for _s, v, _h in _nums(text)][-1] == value


def test_one_and_a_half_alone_is_not_a_count():
    assert parse_number("полтора") is None and _nums("полтора года") == []


@pytest.mark.parametrize("text, low, high", [
    ("dozens of tanks", 24, 99), ("several dozen drones", 24, 99), ("hundreds of troops", 200, 999),
    ("thousands of soldiers", 2000, 9999), ("a few hundred troops", 200, 999), ("десятки танков", 24, 99),
    ("десятков военных", 24, 99), ("сотен танков", 200, 999), ("сотень окупантів", 200, 999),
    ("десятки тисяч військових", 20000, 99999), ("tens of thousands of troops", 20000, 99999),
])
def test_vague_words_are_documented_ranges(text, low, high):
    (_s, v, h), = _nums(text)
    assert (v, h) == (low, high)
    assert VAGUE["dozens"] == (24, 99) and VAGUE["hundreds"] == (200, 999) and VAGUE["thousands"] == (2000, 9999)


def test_a_quoted_vague_word_reads_on_to_its_noun():
    text = 'He said the army had killed "dozens" of fighters.'
    n, = find_numbers(text)
    assert text[n.start:n.end] == 'dozens"' and (n.value, n.value_high) == (24, 99)
    df = losstrack.parse_article('The RSF said it had killed "dozens" of army soldiers in Omdurman.',
                                 published=dt.date(2025, 1, 12))
    assert df[["category", "value", "value_high", "loser"]].values.tolist() == [["personnel_killed", 24, 99, "SDN-SAF"]]


@pytest.mark.parametrize("text", ["Т-90М", "Су-25", "Д-30", "С-300", "T-72B3", "47th brigade", "2022-2023"])
def test_numbers_inside_names_are_not_counts(text):
    assert all(v >= 2022 for _s, v, _h in _nums(text)) or _nums(text) == []


# --------------------------------------------------------------------------- labels and named systems


@pytest.mark.parametrize("label, category", [
    ("пикапа", "vehicles"), ("пикапов", "vehicles"), ("пікапів", "vehicles"),
    ("pickup trucks", "vehicles"), ("бронемашины", "armored_combat_vehicles"),
    ("бронемашин", "armored_combat_vehicles"), ("одиниць бронетехніки", "armored_combat_vehicles"),
    ("prisoners of war", "personnel_captured"), ("prisoners", "personnel_captured"), ("пленных", "personnel_captured"),
    ("полонених", "personnel_captured"), ("air defense missile launchers", "air_defense"),
    ("air defence launchers", "air_defense"), ("anti-ship cruise missile launchers", "missile_launchers"),
    ("special military vehicles", "vehicles"), ("специальной военной автомобильной техники", "vehicles"),
    ("самоходная артиллерийская установка", "artillery"), ("uncrewed surface vessels", "naval"),
    ("боевых машин пехоты Bradley", "infantry_fighting_vehicles"), ("гаубица Д-30", "artillery"),
])
def test_labels_name_their_category(label, category):
    assert category_of(label) == category


@pytest.mark.parametrize("written, model, category", [
    ("SU-25", "Su-25", "aircraft"), ("su-25", "Su-25", "aircraft"), ("Д-30", "D-30", "artillery"),  # Cyrillic names
    ("D-30", "D-30", "artillery"), ("С-300", "S-300", "air_defense"), ("Kh-59", "Kh-59", "cruise_missiles"),  # are
    ("Krab", "Krab", "artillery"), ("Т-90М", "T-90M", "tanks"), ("Панцир-С1", "Pantsir-S1", "air_defense"),  # recorded in Latin
    ("MQ-9 Reaper", "MQ-9 Reaper", "uav"), ("Ka-27", "Ka-27", "helicopters"),
])
def test_named_systems_are_normalised_to_the_table_spelling(written, model, category):
    assert models()[normalize_label(written)] == (model, category)


def test_model_spelling_is_normalised_in_articles():
    df = losstrack.parse_article("Azerbaijan's Defense Ministry said it had shot down two Armenian SU-25 jets.",
                                 published=dt.date(2020, 10, 4))
    assert df[["category", "value", "model"]].values.tolist() == [["aircraft", 2, "Su-25"]]


# --------------------------------------------------------------------------- actors and cue words


@pytest.mark.parametrize("name, actor", [
    ("Сирський", "UKR"), ("Сырский", "UKR"), ("Тарнавський", "UKR"), ("Tarnavskyi", "UKR"),  # commanders: armed forces
    ("US officials", "USA"), ("Putin", "RUS-GOV"), ("Путин", "RUS-GOV"), ("Russian President", "RUS-GOV"),
    ("Шойгу", "RUS-MOD"), ("Міноборони України", "UKR-MOD"), ("Минобороны России", "RUS-MOD"),
])
def test_actor_aliases(name, actor):
    assert resolve(name) == actor


@pytest.mark.parametrize("text, claimant, loser", [
    ("Міноборони Росії заявило, що ЗСУ втратили 195 танків.", "RUS-MOD", "UKR"),
    ("Водночас у Міністерстві оборони Росії стверджують, що ЗСУ втратили 195 танків.", "RUS-MOD", "UKR"),
    ("В Минобороны России заявили, что ВСУ потеряли 195 танков.", "RUS-MOD", "UKR"),
    ("Міноборони України повідомило, що ЗСУ знищили 195 російських танків.", "UKR-MOD", "RUS"),
    ("Сирський повідомив, що ворог втратив 87 танків.", "UKR", "RUS"),
    ("Later, the Russian ministry said Ukraine had lost 195 tanks.", "RUS-MOD", "UKR"),  # a ministry named by its state
    # a state the registry has no general staff for: its armed forces speak (never Ukraine's General Staff)
    ("Генеральный штаб вооруженных сил Мали сообщил, что нейтрализовано 87 боевиков JNIM.", "MLI", "MLI-JNIM"),
    ("The General Staff of the Armed Forces of Mali said 87 JNIM fighters were killed.", "MLI", "MLI-JNIM"),
])
def test_ministry_of_which_state(text, claimant, loser):
    df = losstrack.parse_article(text, published=dt.date(2024, 11, 5))
    assert df[["claimant", "loser", "value"]].values.tolist() == [[claimant, loser, df["value"].iloc[0]]]
    assert df["value"].iloc[0] in (195, 87)


@pytest.mark.parametrize("text, category", [
    ("Ethiopia's military said it had neutralised more than 3,000 TPLF fighters.", "personnel_killed"),
    ("Минобороны России сообщило, что уничтожено до 45 украинских военнослужащих.", "personnel_killed"),
    ("Міноборони Росії заявило, що ЗСУ втратили 20 800 військовослужбовців убитими та пораненими.",
     "personnel_casualties"),
    # euphony and joined verbs (eighth session)
    ("Генштаб ЗСУ повідомив, що ворог утратив 310 військових убитими й пораненими.", "personnel_casualties"),
    ("За даними Генштабу ЗСУ, ліквідовано та поранено близько 9 200 окупантів.", "personnel_casualties"),
    ("По данным Минобороны России, за неделю убиты и ранены 1 200 военнослужащих ВСУ.", "personnel_casualties"),
    ("Генштаб ЗСУ повідомив, що Сили оборони знищили 11,5 тис. БпЛА.", "uav"),
    # one soldier without a numeral, his fate before or after him
    ("По данным Минобороны России, в ходе операции погиб военнослужащий морской пехоты.", "personnel_killed"),
    ("Минобороны России сообщило, что пилот погиб, будучи обстрелянным с земли.", "personnel_killed"),
    ("Сырский сообщил, что в плен взяты 4 российских военных.", "personnel_captured"),
    ("The Somali army said it had counted at least 50 bodies of Kenyan soldiers at the camp.", "personnel_killed"),
    # the noun's form after 2-4 (and 22, 262, ...): Russian genitive singular, Ukrainian nominative plural
    ("Минобороны России сообщило, что за сутки уничтожены 262 боевика.", "personnel_killed"),
    ("Turkey's Defense Ministry said its forces had neutralized 27 PKK/YPG terrorists.", "personnel_killed"),
    ("Генштаб ЗСУ повідомив, що за місяць знищено 38 наземних роботизованих комплексів.", "ground_robotic_systems"),
    ("Міноборони Росії повідомило, що знищено три бойовики.", "personnel_killed"),  # (people "знищено": killed, as
    # "уничтожены 262 боевика"; only the General Staff's own count of them is casualties)
])
def test_fate_cue_words(text, category):
    df = losstrack.parse_article(text, published=dt.date(2024, 11, 5))
    assert df["category"].tolist() == [category]


# --------------------------------------------------------------------------- Russia's MoD summary parser


def _claims(name):
    doc = read_document(RU_MOD / name, RU_MOD)
    spec = detect(doc)
    assert spec is not None and spec.name == "ru_mod"
    c = claims_for(doc, spec, spec.run(doc))
    by_id = dict(zip(c["claim_id"], c["category"] + " " + c["value"].astype(str)))
    return c, [(r.category, r.value, r.model if isinstance(r.model, str) else None, by_id.get(r.parent_id))
               for r in c[c["basis"] == "increment"].itertuples()]


def test_ru_mod_parts_bare_nouns_and_prose():
    c, day = _claims("ru_mod_ru_2023-07-02.txt")
    assert day == [
        ("personnel_casualties", 180, None, None), ("tanks", 3, None, None), ("tanks", 2, "Leopard", "tanks 3"),
        ("armored_combat_vehicles", 6, None, None),
        ("infantry_fighting_vehicles", 4, "Bradley", "armored_combat_vehicles 6"),
        ("armored_personnel_carriers", 1, "M113", "armored_combat_vehicles 6"),  # "… Bradley и 1 БТР M113": a part too
        ("artillery", 1, "D-30", None),  # "а также гаубица Д-30": a noun with no numeral is one
        ("personnel_killed", 35, None, None),  # "уничтожено до 35 военнослужащих": destroyed troops are killed
        ("armored_combat_vehicles", 1, None, None), ("vehicles", 2, None, None),
        ("other", 1, None, None),  # "склад боеприпасов": an ammunition depot, mapped to `other` in ru_mod.csv
        ("artillery", 1, "Akatsiya", None),
        ("uav", 21, None, None), ("cruise_missiles", 1, "Storm Shadow", None),  # HIMARS rockets are munitions
    ]
    inc = c[c["basis"] == "increment"]
    assert set(inc.loc[inc["value"].isin([180, 6]), "region"]) == {"Донецком направлении"}  # "на этом направлении"
    assert inc.loc[inc["category"] == "personnel_killed", "qualifier"].tolist() == ["up_to"]
    assert inc.loc[inc["category"] == "personnel_casualties", "qualifier"].tolist() == ["more_than"]
    assert len(c[c["basis"] == "cumulative"]) == 8 and set(c["claimant"]) == {"RUS-MOD"} and set(c["loser"]) == {"UKR"}


def test_ru_mod_english_including():
    c, day = _claims("ru_mod_en_2023-07-02.txt")
    assert day == [("personnel_casualties", 90, None, None), ("tanks", 5, None, None), ("tanks", 2, "Leopard", "tanks 5"),
                   ("artillery", 1, None, None), ("military_vehicles", 2, None, None), ("uav", 14, None, None)]
    assert set(c.loc[c["value"] == 90, "region"]) == {"Zaporozhye direction"}


def test_ru_mod_unknown_label_in_an_official_list_fails_naming_it():
    doc = read_document(RU_MOD / "ru_mod_ru_unknown_label.txt", RU_MOD)
    with pytest.raises(DriftError, match="робота-собаки"):
        detect(doc).run(doc)


def _summary_claims(text: str, published: dt.date):
    """The parser a build would pick for ``text`` and the claims table it gives."""
    doc = from_text(text, origin="summary.txt", published=published)
    spec = detect(doc)
    return spec, claims_for(doc, spec, spec.run(doc))


def test_ru_mod_summary_with_including_phrase_parses():
    text = ("Сводка Министерства обороны Российской Федерации (20 июня 2023 г.)\n\nНа Запорожском направлении потери "
            "противника составили до 130 военнослужащих, 11 танков, 14 боевых бронированных машин, в том числе 6 боевых "
            "машин пехоты Bradley, а также самоходная артиллерийская установка «Акация».\n\nВсего с начала проведения "
            "специальной военной операции уничтожены: 432 самолета, 237 вертолетов.\n")
    spec, c = _summary_claims(text, dt.date(2023, 6, 20))
    ifv = c[c["category"] == "infantry_fighting_vehicles"].iloc[0]
    assert spec.name == "ru_mod" and ifv["value"] == 6 and ifv["model"] == "Bradley"
    assert c.set_index("claim_id").loc[ifv["parent_id"], "value"] == 14


def test_ru_mod_calibres_quoted_models_and_makers():
    text = ("Сводка Министерства обороны Российской Федерации (5 июля 2023 г.)\n\nПротивник потерял до 520 военнослужащих, "
            "два танка, в том числе «Леопард», 155-мм гаубицу «Паладин» производства США и две 152-мм гаубицы Д-20.\n\n"
            "In the Kherson direction, the enemy lost up to 40 troops, a 155mm M777 howitzer made in the USA and two "
            "pickup trucks.\n\nВсего с начала проведения специальной военной операции уничтожены: 440 самолетов.\n")
    _spec, c = _summary_claims(text, dt.date(2023, 7, 5))
    day = c[c["basis"] == "increment"]
    got = [(r.category, r.value, r.model if isinstance(r.model, str) else None) for r in day.itertuples()]
    assert got == [("personnel_casualties", 520, None), ("tanks", 2, None), ("tanks", 1, "Leopard"),
                   ("artillery", 1, "Paladin"), ("artillery", 2, "D-20"), ("personnel_casualties", 40, None),
                   ("artillery", 1, "M777"), ("military_vehicles", 2, None)]


def test_ru_mod_vague_words_are_ranges_and_stray_commas_are_skipped():
    text = ("Сводка Министерства обороны Российской Федерации (5 июля 2023 г.)\n\nВ районе Работино уничтожены десятки "
            "украинских военнослужащих и два танка, .\n\nВсего с начала проведения специальной военной операции "
            "уничтожены: 440 самолетов.\n")
    _spec, c = _summary_claims(text, dt.date(2023, 7, 5))
    day = c[c["basis"] == "increment"]
    got = [(r.category, r.value, None if pd.isna(r.value_high) else int(r.value_high), r.qualifier)
           for r in day.itertuples()]
    assert got == [("personnel_killed", 24, 99, "range"), ("tanks", 2, None, "exact")]


def test_a_data_row_with_an_unquoted_comma_names_its_file_and_line():
    # a pattern's "{1,2}" written unquoted in a data file splits the row: a clear error, not a crash deep in a parser
    raw = "# a comment\nword,state,actor\nnas|the nas,SSD,SSD-NAS\n\\d{1,2}th front,COL,COL-FARCD\n"
    with pytest.raises(ValueError, match=r"local_aliases\.csv, line 4: 4 fields, the header has 3"):
        parse_table("local_aliases.csv", raw)
    assert parse_table("local_aliases.csv", raw.replace("\\d{1,2}th front", '"\\d{1,2}th front"'))[1] == {
        "word": "\\d{1,2}th front", "state": "COL", "actor": "COL-FARCD"}
