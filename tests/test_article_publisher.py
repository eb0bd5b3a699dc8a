"""An outlet the actor registry does not know: the document still lands; unattributed figures get no claimant."""

import losstrack

TEXT = ("Ukraine has lost at least 3,700 tanks since February 2022.\n\n"
        "Russian forces lost 40 tanks near Pokrovsk last week, according to the General Staff.")


def test_unknown_publisher_claims_nothing():
    df = losstrack.parse_article(TEXT, published="2024-11-05", publisher="Kharkiv Evening Courier")
    by_value = df.set_index("value")
    assert by_value.loc[40, "claimant"] == "UKR-GS"
    assert by_value.loc[3700, "loser"] == "UKR"
    assert by_value["claimant"].isna().loc[3700]


def test_known_publisher_alias_is_claimant():
    df = losstrack.parse_article(TEXT, published="2024-11-05", publisher="Reuters")
    assert df.set_index("value").loc[3700, "claimant"] == "REUTERS"


def test_publisher_given_loosely_resolves():
    """``publisher=`` may be a name without "the", another case, or a web address; text never matches this loosely."""
    for name, expected in [("the hindu", "THE-HINDU"), ("Dawn", "DAWN"), ("https://www.reuters.com/world/", "REUTERS"),
                           ("kyivindependent.com", "KYIV-INDEPENDENT"), ("Kharkiv Evening Courier", None)]:
        assert losstrack.actors.resolve_publisher(name) == expected, name
    df = losstrack.parse_article(TEXT, published="2024-11-05", publisher="reuters.com")
    assert df.set_index("value").loc[3700, "claimant"] == "REUTERS"
    df = losstrack.parse_article("At dawn, Russia said it had destroyed 12 Ukrainian tanks.", published="2024-11-05")
    assert df["claimant"].tolist() == ["RUS"]
