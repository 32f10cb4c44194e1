"""The side-by-side comparison of two headlines."""

from app.analysis.insights.headline import analyze_headline, compare


def test_compare_side_by_side():
    a = analyze_headline("She Lost Her Job at 52 and Built a Bakery That Employs 30", "bakery")
    b = analyze_headline("You Won't Believe What This Baker Did Next!!", "bakery")
    rows = {row.name: row for row in compare(a, b)}
    assert {"band", "overall", "score", "risk", "red_flags", "characters", "type"} <= set(rows)
    assert rows["overall"].shown_a == str(a.overall)
    assert rows["band"].shown_a == a.band
    assert rows["risk"].shown_b == "high"
    assert rows["risk"].better == "a"
    assert rows["red_flags"].better == "a"
    assert rows["red_flags"].value_a == 0
    assert rows["red_flags"].value_b >= 1
    assert rows["numbers"].better == "a"
    assert rows["keyphrase"].value_a == "middle"
    assert rows["keyphrase"].value_b == "missing"
    assert rows["keyphrase"].better == "a"
    assert rows["type"].better == "neither"
    for row in rows.values():
        assert row.better in {"a", "b", "same", "neither"}
        assert set(row.to_dict()) == {
            "name", "label", "value_a", "value_b", "better", "shown_a", "shown_b",
        }  # fmt: skip


def test_compare_shows_one_unit_per_row():
    a = analyze_headline("A Practical Guide to PostgreSQL Indexes")
    b = analyze_headline("Why Bad Indexes Make Your Database Miserable")
    for row in compare(a, b):
        percent = [shown.endswith("%") for shown in (row.shown_a, row.shown_b)]
        assert percent[0] == percent[1], row  # never 44 % next to -0.36
        assert row.shown_a
        assert row.shown_b
    rows = {row.name: row for row in compare(a, b)}
    assert rows["sentiment"].shown_b.startswith(("−", "+"))
    assert rows["risk"].shown_a == "low"
    assert rows["risk"].better == "same"  # two low-risk headlines: no tick for either


def test_compare_identical_headlines_is_all_same():
    a = analyze_headline("A Practical Guide to PostgreSQL Indexes")
    rows = compare(a, a)
    assert all(row.better in {"same", "neither"} for row in rows)


def test_appeal_bought_with_clickbait_gets_no_tick():
    """A teaser drew more clicks in the news-feed tests; the comparison must not mark that
    as better beside a band that says it is weak."""
    honest = analyze_headline("Why I Stopped Using Notion for My Daily Notes")
    bait = analyze_headline("I Tried This for 30 Days and Here's What Happened")
    assert bait.score > honest.score
    assert bait.risk == "high"
    for a, b, honest_side in ((honest, bait, "a"), (bait, honest, "b")):
        rows = {row.name: row for row in compare(a, b)}
        assert rows["overall"].better == honest_side
        assert rows["score"].better == "neither"
        assert "A/B" in rows["score"].label  # says what appeal measures


def test_the_higher_appeal_is_marked_between_two_clean_titles():
    a = analyze_headline("She Lost Her Job at 52 and Built a Bakery That Employs 30")
    b = analyze_headline("A Practical Guide to PostgreSQL Indexes")
    assert a.risk == b.risk == "low"
    assert a.score > b.score
    assert {row.name: row for row in compare(a, b)}["score"].better == "a"
