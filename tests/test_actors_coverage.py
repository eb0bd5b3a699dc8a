"""Coverage and consistency of the actor table (``losstrack/data/actors.csv``): other wars, their bodies and groups,
more outlets, and the aliases that must NOT be in it because they fire in ordinary text (see docs/actors.md)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import pytest

import losstrack
from losstrack import actors
from losstrack.documents import dateline_publisher
from losstrack.extract.scoring import records
from losstrack.vocab import read_table

#: Aliases deliberately shared by two actors (the first row wins when a text is read). Anything else is a mistake.
DELIBERATE_SHARED = {"kremlin": {"RUS", "RUS-GOV"}}

#: Every alias of at most three characters, each checked by hand for ordinary-word collisions (see docs/actors.md).
#: A new short alias must be reviewed and added here.
REVIEWED_SHORT = {
    "abc", "afp", "afu", "ap", "bbc", "bla", "cbs", "cnn", "drc", "dw", "fla", "gur", "hts", "hur", "idf", "isw",
    "kpa", "lna", "m23", "msb", "nbc", "nug", "nyt", "paf", "pdf", "pkk", "rbc", "rdf", "ria", "rsf", "sac", "saf",
    "sdf", "sna", "tdf", "ttp", "uk", "ypg", "всу", "гур", "дрк", "зсу", "м23", "пкк", "рбк", "риа", "рф", "сдс",
    "хтш", "юар", "uae", "оаэ", "gna", "нкр", "jna", "egc", "vdp", "gsf", "jdf", "ybs",
    "ссо",  # Ukraine's Special Operations Forces (twenty-ninth session): no word in Russian or Ukrainian; Russia's own
    # forces of that name are rarely in the news, so the risk is kept
    # other wars (Colombia, East Africa, the Philippines, China, Iraq, Palestine): none is a word in English, Russian or
    # Ukrainian. Kept with a known risk (docs/actors.md): "eln" (the European Leadership Network), "emc" (electromagnetic
    # compatibility), "npa" (Norwegian People's Aid, Japan's National Police Agency), "pla" (the 3D-printing plastic),
    # "чад" (Russian/Ukrainian "fumes", rare in news).
    "agc", "eln", "emc", "kdf", "npa", "pij", "pla", "pmf", "prc", "кнр", "чад",
    "krg",  # the Kurdistan Regional Government (seventh session): no word in English, Russian or Ukrainian
    "sbu", "сбу",  # Ukraine's Security Service (ninth session): no word in English, Russian or Ukrainian
    "pmr", "пмр",  # Transnistria's "Pridnestrovian Moldavian Republic" (thirteenth session): no word in English, Russian or Ukrainian
    "ова", "ода",  # Ukraine's regional military/state administrations, whose heads speak for Ukraine (seventeenth
    # session): "ода" is also "ode", which war news does not write
    "3r",  # the Central African Republic's 3R group (eighteenth session): a digit and a letter, no word anywhere
    "bsf",  # India's Border Security Force (eighteenth session): no word in English, Russian or Ukrainian
    "иг",  # the Islamic State in Russian ("боевиков ИГ", eleventh session): only the rare plural genitive of "иго" (yoke)
    # fifteenth session: "vrs" (the Army of Republika Srpska; also a "video relay service", not in war news), "lra"
    # (the Lord's Resistance Army), "brn" (Barisan Revolusi Nasional; Brunei's ISO code, never printed in news text):
    # none is a word in English, Russian or Ukrainian. Left out as ambiguous: "opm" (the US Office of Personnel
    # Management), "ola" (a name, a ride-hailing firm), "stc" (Saudi Telecom), "nrf" (the NATO Response Force), "kla"
    # (KLA Corporation), "uçk" (also North Macedonia's NLA of 2001), "tni" (the Transnational Institute), "rdk"/"рдк"
    # (Russian "district house of culture"), "rvc"; see docs/actors.md.
    "vrs", "lra", "brn",
    "knf",  # Bangladesh's Kuki-Chin National Front (twenty-second session): no word in English, Russian or Ukrainian
    "fsb", "фсб",  # Russia's Federal Security Service (its border guards fight; twenty-second session): no word either
    "нак",  # Russia's National Antiterrorism Committee (thirtieth session): no word in Russian or Ukrainian
    "сбс",  # Ukraine's Unmanned Systems Forces (thirtieth session): no word in Russian or Ukrainian
    "crp",  # Lubanga's Convention for the Popular Revolution in Ituri (thirtieth session): no word; also the medical
    # "C-reactive protein", which war news does not print
}

#: Words and names that must not resolve to any actor: ordinary words, or abbreviations another war uses.
MUST_NOT_RESOLVE = [
    "rt", "nv", "ft", "dawn", "the hindu", "the independent", "independent", "economist", "guardian", "times", "post",
    "army", "military", "is", "aa", "kia", "iaf", "nis", "tripoli", "junta", "legion",
    "суспільне", "громадське", "свобода", "известия", "коммерсант", "мали", "малі", "газа", "рпк", "настоящее время",
    # generic words for the other side: never an actor
    "insurgents", "rebels", "guerrillas", "dissidents", "separatists", "jihadists", "militants", "gangs",
    # left out of the rows of other wars (see docs/actors.md): shared abbreviations, ordinary words, names of two groups
    "adf",  # Allied Democratic Forces, Ambazonia Defence Forces, Australian Defence Force
    "iscap",  # IS Central Africa Province: the ADF's and, until 2022, Mozambique's insurgents
    "ahlu sunnah wal jamaah",  # Mozambique's insurgents, and a Somali militia fighting al-Shabaab
    "let", "jem", "asg", "fds", "bir", "cpc", "roc", "car", "цар", "того", "farc", "splm", "ism", "khorasan", "juba",
    # left out of the fifteenth session's rows (see docs/actors.md): the Sea of Azov and a crypto exchange; other
    # bodies' abbreviations (US Office of Personnel Management, Saudi Telecom, NATO Response Force, KLA Corporation,
    # the Transnational Institute, a Russian "district house of culture"); a name; a river and its valley; a verb;
    # ideologies and peoples that are no armed group; the Macedonian NLA's UÇK; Russian "present/peace" words
    "azov", "азов", "kraken", "кракен", "opm", "ola", "stc", "nrf", "kla", "uçk", "tni", "рдк", "rdk", "amal", "jordan",
    "jordan valley", "polish", "japanese", "finnish", "italian", "serbian", "serbs", "serb forces", "maoist",
    "maoist rebels", "papuan", "oromo", "security belt", "nazi forces", "saigon", "sarajevo", "warsaw", "барс",
    "русич", "восток", "спарта", "kosovo",
]


def _rows():
    return read_table("actors.csv")


def test_table_loads_with_unique_ids():
    rows = _rows()
    dupes = [i for i, n in Counter(r["id"] for r in rows).items() if n > 1]
    assert dupes == []
    reg = actors.registry()
    assert len(rows) > 100 and set(r["id"] for r in rows) <= set(reg)
    made = set(reg) - {r["id"] for r in rows}  # a defence ministry for every state without a row for one
    states = {r["id"] for r in rows if r["kind"] == "state"}
    assert made == {f"{s}-MOD" for s in states} - {r["id"] for r in rows}
    assert all(reg[m].kind == "body" and reg[m].side == m[:-4] and reg[m].aliases == () for m in made)


def test_kinds_sides_and_adversaries_refer_to_registered_actors():
    reg = actors.registry()
    for a in reg.values():
        assert a.kind in {"state", "body", "group", "monitor", "publisher"}, a.id
        for ref in (a.side, *a.adversaries):
            assert ref is None or ref in reg, (a.id, ref)
        if a.kind == "state":
            assert a.side == a.id, a.id
        if a.kind in ("body", "group"):  # a body speaks for a state; a group is located in one
            assert a.side and reg[a.side].kind == "state", a.id
        if a.kind == "publisher":
            assert a.side is None and a.adversaries == (), a.id
        if a.kind == "monitor":  # a monitor counting one side's dead only lists that side (Mediazona: Russia's)
            assert a.side is None and len(a.adversaries) <= 1, a.id


def test_id_convention():
    for a in actors.registry().values():
        if a.kind in ("body", "group"):
            assert a.id.startswith(a.side + "-"), a.id  # UKR-GS, COD-M23, PAK-MOD
        if a.kind == "state":
            assert re.fullmatch(r"[A-Z]{3}|NATO", a.id), a.id  # ISO 3166 alpha-3; an alliance fights as one side
        if a.kind == "publisher":
            assert re.fullmatch(r"[A-Z][A-Z0-9-]*", a.id), a.id


def _normalised_index() -> dict[str, set[str]]:
    """Alias → actor ids, with both matchers' normalisations (case, apostrophes, defence/defense, separators)."""
    out: dict[str, set[str]] = defaultdict(set)
    for a in actors.registry().values():
        for alias in (a.name, *a.aliases):
            low = alias.lower().replace("’", "'").replace("ё", "е").replace("defence", "defense")
            key = re.sub(r"[\s/-]+", " ", low).strip()
            out[key].add(a.id)
    return out


def test_no_alias_names_two_actors_except_the_documented_ones():
    shared = {k: v for k, v in _normalised_index().items() if len(v) > 1}
    assert shared == DELIBERATE_SHARED


def test_short_aliases_are_the_reviewed_ones():
    short = {k for k in _normalised_index() if len(k) <= 3}
    assert short == REVIEWED_SHORT


@pytest.mark.parametrize("word", MUST_NOT_RESOLVE)
def test_ordinary_words_are_not_aliases(word):
    assert actors.resolve(word) is None
    assert actors.find_actors(f"x {word} x") == []


@pytest.mark.parametrize("name, expected", [
    # English
    ("Pakistan's military", "PAK"), ("ISPR", "PAK"), ("Inter-Services Public Relations", "PAK"),
    ("Indian Air Force", "IND"), ("India's Defence Ministry", "IND-MOD"), ("IRGC", "IRN"),
    ("Islamic Revolutionary Guard Corps", "IRN"), ("Tatmadaw", "MMR"), ("State Administration Council", "MMR"),
    ("Arakan Army", "MMR-AA"), ("MNDAA", "MMR-MNDAA"), ("M23", "COD-M23"), ("FARDC", "COD"), ("Rwandan", "RWA"),
    ("Hayat Tahrir al-Sham", "SYR-HTS"), ("Syrian Democratic Forces", "SYR-SDF"), ("Syrian National Army", "SYR-SNA"),
    ("Turkish Defence Ministry", "TUR-MOD"), ("PKK", "TUR-PKK"), ("JNIM", "MLI-JNIM"), ("Wagner Group", "RUS-WAGNER"),
    ("Burkinabe", "BFA"), ("Boko Haram", "NGA-BOKOHARAM"), ("al-Shabaab", "SOM-SHABAAB"), ("Haftar", "LBY-LNA"),
    ("Saudi-led coalition", "SAU-COALITION"), ("Islamic State", "IRQ-IS"), ("Tbilisi", "GEO"), ("Belarusian", "BLR"),
    ("DPRK", "PRK"), ("South Korea's spy agency", "KOR-NIS"), ("Kadyrov", "RUS-AKHMAT"),
    ("Peshmerga", "IRQ-KRG"), ("Ministry of Peshmerga", "IRQ-KRG"), ("Maute group", "PHL-MAUTE"),
    ("Afghan National Army", "AFG-REP"), ("Islamic Republic of Afghanistan", "AFG-REP"), ("ЦАХАЛа", "ISR-IDF"),
    ("Бригады Изз ад-Дина аль-Кассама", "PSE-HAMAS"),
    # Ukrainian
    ("Міністерство оборони Індії", "IND-MOD"), ("Індії", "IND"), ("Пакистану", "PAK"), ("Ірану", "IRN"),
    ("північнокорейські", "PRK"), ("Туреччини", "TUR"), ("М'янми", "MMR"), ("Радіо Свобода", "RFERL"),
    ("Інтерфакс-Україна", "INTERFAX-UKRAINE"), ("ГУР", "UKR"),
    # Russian
    ("Министерство обороны Индии", "IND-MOD"), ("Индия", "IND"), ("Пакистана", "PAK"), ("Ирана", "IRN"),
    ("КНДР", "PRK"), ("северокорейских", "PRK"), ("Сирии", "SYR"), ("хуситы", "YEM-HOUTHI"), ("Радио Свобода", "RFERL"),
    ("ТАСС", "TASS"),
    # publishers, by name, alias or (for names left out as aliases) exact id
    ("The Guardian", "GUARDIAN"), ("The New York Times", "NYT"), ("Kyiv Post", "KYIV-POST"), ("Meduza", "MEDUZA"),
    ("The Moscow Times", "MOSCOW-TIMES"), ("Financial Times", "FT"), ("Times of India", "TIMES-OF-INDIA"),
    ("Yonhap", "YONHAP"), ("DAWN", "DAWN"), ("RT", "RT"), ("NV", "NV"), ("THE-HINDU", "THE-HINDU"),
    ("UNIAN", "UNIAN"), ("Syrian Observatory for Human Rights", "SOHR"), ("SANDF", "ZAF"), ("Rajiv Ghai", "IND"),
    # other wars: Colombia, Mozambique, the Sahel and Lake Chad, Central and East Africa, Asia, the Middle East
    ("Colombian armed forces", "COL"), ("fuerzas militares", "COL"), ("ELN", "COL-ELN"),
    ("Ejército de Liberación Nacional", "COL-ELN"), ("dissidents of the former FARC", "COL-FARCD"),
    ("Estado Mayor Central", "COL-FARCD"), ("Segunda Marquetalia", "COL-FARCD"), ("33rd Front", "COL-FARCD"),
    ("Gulf Clan", "COL-CLAN"), ("Clan del Golfo", "COL-CLAN"), ("FADM", "MOZ"), ("Mozambican defence forces", "MOZ"),
    ("Islamic State Mozambique Province", "MOZ-IS"), ("Ansar al-Sunna", "MOZ-IS"), ("Nigerien", "NER"),
    ("Niger State", "NGA"), ("Niger Delta", "NGA"), ("Chadian army", "TCD"), ("Cameroonian", "CMR"),
    ("Amba Boys", "CMR-AMBA"), ("Islamic State Sahel Province", "MLI-ISSP"), ("IS Sahel", "MLI-ISSP"),
    ("ISGS", "MLI-ISSP"), ("Beninese", "BEN"), ("Togolese", "TGO"), ("Central African Republic", "CAF"),
    ("Allied Democratic Forces", "COD-ADF"), ("CODECO", "COD-CODECO"), ("Wazalendo", "COD-WAZALENDO"),
    ("SSPDF", "SSD"), ("SPLA-IO", "SSD-SPLMIO"), ("SPLM-N", "SDN-SPLMN"), ("KDF", "KEN"), ("UPDF", "UGA"),
    ("TPDF", "TZA"), ("Armed Forces of the Philippines", "PHL"), ("New People's Army", "PHL-NPA"), ("NPA", "PHL-NPA"),
    ("Abu Sayyaf", "PHL-ASG"), ("Haitian National Police", "HTI"), ("Viv Ansanm", "HTI-VIVANSANM"),
    ("People's Liberation Army", "CHN"), ("PLA", "CHN"), ("Taiwanese", "TWN"), ("FANB", "VEN"), ("ISIS-K", "AFG-ISKP"),
    ("Islamic State Khorasan Province", "AFG-ISKP"), ("Islamic Jihad", "PSE-PIJ"), ("al-Quds Brigades", "PSE-PIJ"),
    ("Hashd al-Shaabi", "IRQ-PMF"), ("Kataib Hezbollah", "IRQ-PMF"), ("Lashkar-e-Taiba", "PAK-LET"),
    ("Jaish-e-Mohammed", "PAK-JEM"), ("Karen National Liberation Army", "MMR-KNU"),
    ("Колумбии", "COL"), ("колумбийских", "COL"), ("Армии национального освобождения", "COL-ELN"),
    ("Мозамбика", "MOZ"), ("Нигера", "NER"), ("нігерських", "NER"), ("Республики Чад", "TCD"), ("Камеруну", "CMR"),
    ("Центральноафриканской Республики", "CAF"), ("Уганды", "UGA"), ("кенійські", "KEN"), ("Філіппін", "PHL"),
    ("Китая", "CHN"), ("НОАК", "CHN"), ("Тайваню", "TWN"), ("Венесуэлы", "VEN"), ("ИГИЛ-К", "AFG-ISKP"),
    ("Исламский джихад", "PSE-PIJ"), ("Джаиш-е-Мухаммад", "PAK-JEM"),
    # transliterations other outlets use (eighth session)
    ("Hizbullah", "LBN-HEZBOLLAH"), ("Hizballah", "LBN-HEZBOLLAH"), ("Huthis", "YEM-HOUTHI"), ("Ansarallah", "YEM-HOUTHI"),
    ("Taleban", "AFG"), ("Izz ad-Din al-Qassam Brigades", "PSE-HAMAS"),
    # other wars (eighth session, from heldout12's actor table)
    ("Argentine", "ARG"), ("Australian", "AUS"), ("French army", "FRA"), ("NATO", "NATO"), ("ISAF", "NATO"),
    ("Yugoslav army", "YUG"), ("Gaddafi's forces", "LBY-GADDAFI"), ("National Transitional Council", "LBY-NTC"),
    ("AQIM", "MLI-AQIM"), ("чеченские боевики", "RUS-ICHKERIA"), ("Mujahideen Shura Council", "IRQ-INS"),
])
def test_resolves(name, expected):
    assert actors.resolve(name) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kyiv Post reported on Monday", ["KYIV-POST"]),  # the longest alias wins over "kyiv"
    ("said Interfax-Ukraine", ["INTERFAX-UKRAINE"]),
    ("fighters of the Turkish-backed Syrian National Army", ["SYR-SNA"]),
    ("the Pakistani Taliban claimed", ["PAK-TTP"]),
    ("Free Syrian Army units", ["SYR-SNA"]),
    ("at dawn, the independent monitor said", []),
    ("the Israeli Air Force (IAF) said", ["ISR"]),  # "IAF" is left out: Israel's and India's air forces share it
    ("у складі військ КНДР", ["PRK"]),
    ("South Sudan's army", ["SSD"]),  # not Sudan
    ("the Sudan People's Liberation Army-North", ["SDN-SPLMN"]),  # not China's People's Liberation Army
    ("the People's Republic of China and the Republic of China", ["CHN", "TWN"]),
    ("the Karen National Liberation Army", ["MMR-KNU"]),  # not the ELN's "National Liberation Army"
    ("По данным Армии национального освобождения Таанг", ["MMR-TNLA"]),  # nor in Russian
    ("the Islamic State Khorasan Province (ISIS-K)", ["AFG-ISKP", "AFG-ISKP"]),  # not IRQ-IS
    ("attacks in Lower Juba", []),  # Somalia's Juba valley is not South Sudan's capital
    ("the Australian Defence Force (ADF)", ["AUS"]),  # Australia (not the Allied Democratic Forces: "ADF" is no alias)
    ("the worst-hit region is the Sahel", []),
])
def test_find_actors_in_text(text, expected):
    assert [aid for _s, _e, aid in actors.find_actors(text)] == expected


@pytest.mark.parametrize("actor, adversary", [
    ("IND", "PAK"), ("PAK", "IND"), ("IND-MOD", "PAK"), ("IRN", "ISR"), ("COD", "COD-M23"), ("COD-M23", "COD"),
    ("TUR", "TUR-PKK"), ("SOM-SHABAAB", "SOM"), ("PRK", "UKR"), ("MMR", "MMR-PDF"), ("SAU-COALITION", "YEM-HOUTHI"),
    ("COL", "COL-ELN"), ("COL-ELN", "COL"), ("COL-FARCD", "COL"), ("MOZ", "MOZ-IS"), ("MOZ-IS", "MOZ"),
    ("NER", "MLI-ISSP"), ("MLI-ISSP", "MLI"), ("TCD", "NGA-BOKOHARAM"), ("CMR", "CMR-AMBA"), ("UGA", "COD-ADF"),
    ("COD-ADF", "COD"), ("SSD", "SSD-SPLMIO"), ("PHL", "PHL-NPA"), ("TWN", "CHN"), ("AFG-ISKP", "AFG"),
    ("PSE-PIJ", "ISR"), ("PAK-LET", "IND"), ("COD-WAZALENDO", "COD-M23"),
])
def test_adversaries(actor, adversary):
    assert actors.adversary_of(actor) == adversary


def test_a_group_named_army_does_not_become_a_states_army():
    """The extractor reads "Myanmar's army" as the body whose name is "<word> Army" on that side: the Arakan Army's
    display name carries "(AA)" so that it does not fullmatch, and Myanmar's army stays MMR."""
    from losstrack.extract.attribution import military_of

    for state in ("MMR", "PAK", "IND", "SYR", "LBY", "COD", "SOM", "NGA", "TUR", "IRN", "IRQ", "MLI", "COL", "MOZ", "CMR",
                  "CAF", "SSD", "PHL", "HTI", "CHN", "AFG", "PSE"):
        assert military_of(state) == state


@pytest.mark.parametrize("text, publisher, claimant, loser", [
    ("ISPR said 40 Indian soldiers were killed along the Line of Control.", None, "PAK", "IND"),
    ("Turkey's defence ministry said 17 PKK terrorists were neutralised in northern Iraq.", None, "TUR-MOD", "TUR-PKK"),
    ("M23 rebels said they had killed 300 Congolese soldiers near Goma.", "Reuters", "COD-M23", "COD"),
    ("Минобороны Индии заявило, что индийские военные сбили 5 пакистанских самолетов.", None, "IND-MOD", "PAK"),
    ("North Korean troops in Kursk have suffered about 4,000 casualties, South Korea's spy agency said.", None,
     "KOR-NIS", "PRK"),
    ("Russian forces lost 1,200 troops in the past day.", "The Guardian", "GUARDIAN", "RUS"),
    # other wars: the new states and groups give figures a loser (they used to be dropped) and a claimant
    ("Colombia's army said it had killed 11 ELN guerrillas in Catatumbo since January 24.", None, "COL", "COL-ELN"),
    ("The ELN said it killed 30 fighters of the 33rd Front.", None, "COL-ELN", "COL-FARCD"),
    ("Армия Колумбии заявила, что уничтожила 11 боевиков Армии национального освобождения.", None, "COL", "COL-ELN"),
    ("Islamic State Mozambique Province said it killed 23 Mozambican soldiers in Macomia.", None, "MOZ-IS", "MOZ"),
    ("The Rwanda Defence Force said it had killed 60 Islamic State Mozambique fighters in Macomia.", None, "RWA",
     "MOZ-IS"),
    ("Mozambique's army said it had killed 40 insurgents in Cabo Delgado.", None, "MOZ", "MOZ-IS"),
    ("JNIM said it killed 54 Beninese soldiers near the border with Burkina Faso.", None, "MLI-JNIM", "BEN"),
    ("The UPDF said it had killed 40 Allied Democratic Forces rebels in Ituri.", None, "UGA", "COD-ADF"),
    ("Cameroon's army said it killed 12 Amba Boys fighters in Bamenda.", None, "CMR", "CMR-AMBA"),
    ("The Coalition of Patriots for Change said it killed 10 Central African soldiers.", None, "CAF-CPC", "CAF"),
    ("SPLM-IO said it killed 40 SSPDF soldiers in Nasir.", None, "SSD-SPLMIO", "SSD"),
    ("Kenya Defence Forces said it killed 20 al-Shabaab militants in Lamu.", None, "KEN", "SOM-SHABAAB"),
    ("The Armed Forces of the Philippines said 10 NPA rebels were killed in a clash in Negros.", None, "PHL", "PHL-NPA"),
    ("Israel's army said it killed 20 Islamic Jihad militants in Jenin.", None, "ISR-IDF", "PSE-PIJ"),
    ("The Taliban said its forces killed 15 ISKP fighters in Nangarhar.", None, "AFG", "AFG-ISKP"),
    ("Indian army said it killed 100 Lashkar-e-Taiba terrorists.", None, "IND", "PAK-LET"),
    ("Министерство обороны Китая заявило, что 4 китайских военных погибли в долине Галван.", None, "CHN-MOD", "CHN"),
    # "Chinese-made" names a supplier, not a side; China is not among India's adversaries, so it is not "the enemy"
    ("India said it destroyed a Chinese-made HQ-9 air defence system near Lahore.", None, "IND", "PAK"),
])
def test_articles_about_other_wars_get_claimant_and_loser(text, publisher, claimant, loser):
    recs = records(losstrack.parse_article(text, published="2025-05-10", publisher=publisher))
    assert len(recs) == 1
    assert (recs[0]["claimant"], recs[0]["loser"]) == (claimant, loser)


def test_an_outlet_named_like_a_word_does_not_claim_ordinary_sentences():
    """Why "dawn" (and "the hindu", "the independent", "the irrawaddy") are not aliases: with "dawn" as an alias the
    extractor read "At dawn, the ministry said ..." as Dawn speaking (measured; see docs/actors.md)."""
    recs = records(losstrack.parse_article("At dawn, the ministry said 12 Ukrainian tanks were destroyed near Pokrovsk.",
                                           published="2025-01-01"))
    assert [r["value"] for r in recs] == [12]
    assert recs[0]["claimant"] != "DAWN"


@pytest.mark.parametrize("text, publisher", [
    ("KYIV (Interfax-Ukraine) - Ukraine's forces ...", "INTERFAX-UKRAINE"),
    ("(CNN) — Russian forces ...", "CNN"),
    ("ISLAMABAD (Bloomberg) - Pakistan ...", "BLOOMBERG"),
])
def test_dateline_names_new_outlets(text, publisher):
    assert dateline_publisher(text) == publisher


@pytest.mark.parametrize("name, expected", [
    # English
    ("TPNPB", "IDN-TPNPB"), ("Free Papua Movement", "IDN-TPNPB"), ("West Papua National Liberation Army", "IDN-TPNPB"),
    ("Indonesian military", "IDN"), ("CPI (Maoist)", "IND-NAXAL"), ("Naxalites", "IND-NAXAL"), ("Maoists", "IND-NAXAL"),
    ("Oromo Liberation Army", "ETH-OLA"), ("OLA fighters", "ETH-OLA"), ("Shene", "ETH-OLA"),
    ("Southern Transitional Council", "YEM-STC"), ("STC forces", "YEM-STC"), ("Presidential Leadership Council", "YEM"),
    ("National Resistance Front", "AFG-NRF"), ("Ahmad Massoud", "AFG-NRF"), ("Ahmad Shah Massoud", "AFG-UF"),
    ("ARBiH", "BIH"), ("Bosnian army", "BIH"), ("Army of Republika Srpska", "BIH-VRS"), ("Bosnian Serb forces", "BIH-VRS"),
    ("VRS", "BIH-VRS"), ("Bosnian Croat forces", "BIH-HVO"), ("Serbian police", "SRB"), ("Kosovo Liberation Army", "YUG-KLA"),
    ("Imperial Japanese Army", "JPN"), ("Finnish troops", "FIN"), ("Polish Home Army", "POL"), ("Italian troops", "ITA"),
    ("Jordanian army", "JOR"), ("Arab Legion", "JOR"), ("Viet Cong", "VNM-VC"), ("ARVN", "VNM-RVN"),
    ("South Vietnamese forces", "VNM-RVN"), ("North Vietnamese army", "VNM"), ("Socialist Republic of Vietnam", "VNM"),
    ("Lord's Resistance Army", "UGA-LRA"), ("Joseph Kony", "UGA-LRA"), ("Barisan Revolusi Nasional", "THA-BRN"),
    ("Shining Path", "PER-SL"), ("Sendero Luminoso", "PER-SL"), ("Algerian army", "DZA"), ("FDLR", "COD-FDLR"),
    ("Jaish al-Adl", "IRN-JAA"), ("PJAK", "IRN-PJAK"), ("Amal Movement", "LBN-AMAL"),
    ("Al-Aqsa Martyrs' Brigades", "PSE-AMB"), ("Kuwaiti", "KWT"), ("Wehrmacht", "DEU"), ("Red Army", "SUN"),
    ("Janjaweed", "SDN-RSF"), ("Rwandan Patriotic Front", "RWA"),
    # units on the Russia-Ukraine front: aliases of their states, never bare words (the Sea of Azov, a crypto exchange)
    ("Azov brigade", "UKR"), ("Kraken unit", "UKR"), ("International Legion", "UKR"), ("Russian Volunteer Corps", "UKR"),
    ("Freedom of Russia Legion", "UKR"), ("Georgian Legion", "UKR"), ("Dzhokhar Dudayev Battalion", "UKR"),
    ("Storm-Z", "RUS"), ("Rusich", "RUS"), ("Sparta battalion", "RUS"), ("Vostok battalion", "RUS"),
    ("Combat Army Reserve of the Country", "RUS"),
    # Ukrainian
    ("Рух за вільне Папуа", "IDN-TPNPB"), ("Індонезії", "IDN"), ("маоїстів", "IND-NAXAL"), ("наксалітів", "IND-NAXAL"),
    ("Армії визволення Оромо", "ETH-OLA"), ("Південної перехідної ради", "YEM-STC"), ("Фронту національного опору", "AFG-NRF"),
    ("Боснії і Герцеговини", "BIH"), ("армії Республіки Сербської", "BIH-VRS"), ("Армії визволення Косова", "YUG-KLA"),
    ("Сербії", "SRB"), ("Японії", "JPN"), ("Фінляндії", "FIN"), ("Польщі", "POL"), ("Італії", "ITA"), ("Йорданії", "JOR"),
    ("В'єтконгу", "VNM-VC"), ("Вʼєтконгу", "VNM-VC"), ("Південного В'єтнаму", "VNM-RVN"), ("Армії опору Господа", "UGA-LRA"),
    ("Сяючого шляху", "PER-SL"), ("Алжиру", "DZA"), ("полку «Азов»", "UKR"), ("спецпідрозділ «Кракен»", "UKR"),
    ("Російського добровольчого корпусу", "UKR"), ("легіону «Свобода Росії»", "UKR"), ("Грузинського легіону", "UKR"),
    ("загонів Шторм-Z", "RUS"), ("Червоної армії", "SUN"),
    # Russian
    ("Движения за свободное Папуа", "IDN-TPNPB"), ("Индонезии", "IDN"), ("маоистов", "IND-NAXAL"),
    ("наксалитов", "IND-NAXAL"), ("Армии освобождения Оромо", "ETH-OLA"), ("Южного переходного совета", "YEM-STC"),
    ("Фронта национального сопротивления", "AFG-NRF"), ("Боснии и Герцеговины", "BIH"),
    ("армии Республики Сербской", "BIH-VRS"), ("Армии освобождения Косова", "YUG-KLA"), ("Сербии", "SRB"),
    ("Японии", "JPN"), ("Квантунской армии", "JPN"), ("Финляндии", "FIN"), ("Польши", "POL"), ("Италии", "ITA"),
    ("Иордании", "JOR"), ("Вьетконга", "VNM-VC"), ("Южного Вьетнама", "VNM-RVN"), ("Армии сопротивления Господа", "UGA-LRA"),
    ("Сияющего пути", "PER-SL"), ("Алжира", "DZA"), ("ФДЛР", "COD-FDLR"), ("Кувейта", "KWT"), ("полка «Азов»", "UKR"),
    ("азовцев", "UKR"), ("Русского добровольческого корпуса", "UKR"), ("легиона «Свобода России»", "UKR"),
    ("Шторм-Z", "RUS"), ("ДШРГ «Русич»", "RUS"), ("батальона «Спарта»", "RUS"), ("батальон «Восток»", "RUS"),
    ("Боевого армейского резерва страны", "RUS"), ("вермахта", "DEU"), ("Красной армии", "SUN"),
])
def test_resolves_fifteenth_session(name, expected):
    assert actors.resolve(name) == expected


@pytest.mark.parametrize("text, expected", [
    # the longest alias wins, so a unit or a qualified group is not its state's or a namesake's
    ("the West Papua National Liberation Army", ["IDN-TPNPB"]),  # not the ELN's "National Liberation Army"
    ("бойовики Армии национального освобождения Западного Папуа", ["IDN-TPNPB"]),  # nor in Russian
    ("Bosnian Serb forces and Bosnian Croat forces fought the Bosnian army", ["BIH-VRS", "BIH-HVO", "BIH"]),
    ("the Georgian Legion", ["UKR"]),  # not Georgia
    ("the Dzhokhar Dudayev Battalion", ["UKR"]),  # not the Chechen separatists of the 1990s (RUS-ICHKERIA)
    ("the Russian Volunteer Corps and the Freedom of Russia Legion", ["UKR", "UKR"]),  # not Russia
    ("the Socialist Republic of Vietnam", ["VNM"]),  # not South Vietnam
    ("drones over the Sea of Azov and the Azovstal plant", []),
    ("Israeli forces raided the northern Jordan Valley", ["ISR"]),  # the valley is not the kingdom
    ("Kyiv's neo-Nazi forces", ["UKR"]),  # "nazi forces" is no alias of Germany
    ("Russia destroyed three Polish-made Krab howitzers", ["RUS"]),  # a supplier's demonym names no side
    ("Rusich and Sparta battalion fighters", ["RUS", "RUS"]),
])
def test_find_actors_in_text_fifteenth_session(text, expected):
    assert [aid for _s, _e, aid in actors.find_actors(text)] == expected


@pytest.mark.parametrize("actor, adversary", [
    ("IDN", "IDN-TPNPB"), ("IDN-TPNPB", "IDN"), ("IND-NAXAL", "IND"), ("ETH-OLA", "ETH"), ("YEM-STC", "YEM-HOUTHI"),
    ("AFG-NRF", "AFG"), ("BIH", "BIH-VRS"), ("BIH-VRS", "BIH"), ("SRB", "YUG-KLA"), ("YUG-KLA", "SRB"), ("JPN", "USA"),
    ("FIN", "SUN"), ("POL", "DEU"), ("JOR", "ISR"), ("VNM-VC", "VNM-RVN"), ("VNM-RVN", "VNM"), ("UGA-LRA", "UGA"),
    ("THA-BRN", "THA"), ("PER-SL", "PER"), ("DZA", "MLI-AQIM"), ("COD-FDLR", "RWA"), ("IRN-JAA", "IRN"), ("KWT", "IRQ"),
])
def test_adversaries_fifteenth_session(actor, adversary):
    assert actors.adversary_of(actor) == adversary


def test_fifteenth_session_wars_by_year():
    assert actors.at_war("SRB", "YUG-KLA", 1999) and not actors.at_war("SRB", "YUG-KLA", 2008)
    assert actors.at_war("YEM-STC", "YEM", 2019) and not actors.at_war("YEM-STC", "YEM", 2022)
    assert actors.at_war("YEM-STC", "YEM", 2025) and actors.at_war("YEM-STC", "YEM-HOUTHI", 2022)
    assert actors.at_war("JPN", "USA", 1944) and not actors.at_war("JPN", "USA", 1950)
    assert actors.at_war("DZA", "FRA", 1958) and not actors.at_war("DZA", "FRA", 2020)
    assert actors.at_war("POL", "SUN", 1939) and not actors.at_war("POL", "SUN", 1944)


def test_fifteenth_session_states_armies_are_the_states():
    from losstrack.extract.attribution import military_of

    for state in ("IDN", "BIH", "SRB", "JPN", "FIN", "POL", "ITA", "JOR", "DZA", "KWT", "ETH", "YEM", "VNM", "YUG", "UGA",
                  "THA", "PER", "IRN", "LBN"):
        assert military_of(state) == state


@pytest.mark.parametrize("text, published, claimant, loser", [
    ("The TPNPB said it killed 5 Indonesian soldiers in Intan Jaya.", "2025-05-10", "IDN-TPNPB", "IDN"),
    ("Indonesia's military said it had killed 18 members of the Free Papua Movement in Intan Jaya.", "2025-05-15",
     "IDN", "IDN-TPNPB"),
    ("Рух за вільне Папуа заявив, що його бійці вбили 5 індонезійських військових.", "2025-05-10", "IDN-TPNPB", "IDN"),
    ("Силовики Индии уничтожили 31 боевика-маоиста в штате Чхаттисгарх.", "2025-02-10", None, "IND-NAXAL"),
    ("The Ethiopian army said it killed 150 OLA fighters in western Oromia.", "2025-03-10", "ETH", "ETH-OLA"),
    ("Армия освобождения Оромо заявила, что убила 50 эфиопских военных.", "2025-03-10", "ETH-OLA", "ETH"),
    ("The Southern Transitional Council said its forces killed 30 Houthi fighters near al-Dhalea.", "2024-03-10",
     "YEM-STC", "YEM-HOUTHI"),
    ("The Taliban said they killed 40 NRF fighters in Panjshir.", "2022-05-10", "AFG", "AFG-NRF"),
    ("The National Resistance Front said it killed 25 Taliban fighters in Andarab.", "2022-05-10", "AFG-NRF", "AFG"),
    ("Армия Республики Сербской потеряла 200 солдат, заявила боснийская армия.", "1995-08-05", "BIH", "BIH-VRS"),
    ("Serbian forces killed 45 Kosovo Liberation Army fighters, the Serbian police said.", "1999-01-15", "SRB",
     "YUG-KLA"),
    ("Finland's army said Soviet forces lost 126,000 troops in the Winter War.", "2024-11-30", "FIN", "SUN"),
    ("The Viet Cong lost 45,000 fighters during the Tet Offensive, the US military said.", "2025-01-30", "USA",
     "VNM-VC"),
    ("В'єтконг втратив 45 тисяч бійців.", "2025-01-30", None, "VNM-VC"),
    ("The UPDF said it killed 20 LRA rebels in Garamba.", "2008-12-20", "UGA", "UGA-LRA"),
    ("Thai army said 3 BRN insurgents were killed in Narathiwat.", "2024-05-10", "THA", "THA-BRN"),
    ("Peru's army said it killed 6 Shining Path guerrillas in the VRAEM.", "2023-02-20", "PER", "PER-SL"),
    ("Минобороны России заявило, что уничтожило 30 боевиков полка «Азов».", "2024-02-20", "RUS-MOD", "UKR"),
    ("ГУР повідомило, що бійці Російського добровольчого корпусу знищили 20 російських військових.", "2024-03-15",
     "UKR", "RUS"),
    ("The Russian defence ministry said it killed 50 fighters of the Freedom of Russia Legion in Belgorod.", "2024-03-15",
     "RUS-MOD", "UKR"),
    ("Ukraine's army said 40 Storm-Z fighters were killed near Bakhmut.", "2023-03-15", "UKR", "RUS"),
    ("Georgian Legion said it lost 3 fighters near Bakhmut.", "2023-03-15", "UKR", "UKR"),
])
def test_articles_about_the_fifteenth_sessions_wars_get_claimant_and_loser(text, published, claimant, loser):
    recs = records(losstrack.parse_article(text, published=published))
    assert len(recs) == 1
    assert (recs[0]["claimant"], recs[0]["loser"]) == (claimant, loser)
