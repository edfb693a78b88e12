"""The plain-text ticker parser, on tickers we wrote in the seed's style."""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.errors import InputError
from domain.extraction import extract_claims
from domain.parsing import parse_ticker_text
from infra.ingest import read_updates


def parse(text: str) -> list:
    return parse_ticker_text(text, "t.txt", "ticker")


def test_entries_end_at_their_agency_tag(fixture_path: Path) -> None:
    updates = parse((fixture_path / "frontticker.txt").read_text())
    assert [u.agencies for u in updates] == [("dpa",), ("ap",), ("sda", "dpa"), ("afp",)]


def test_headlines_are_kept_and_entries_without_one_have_none(fixture_path: Path) -> None:
    updates = parse((fixture_path / "frontticker.txt").read_text())
    assert [u.headline for u in updates] == [
        "Luftalarm in Odesa",
        None,
        None,
        "Kämpfe um Kupjansk dauern an",
    ]


def test_the_agency_tag_is_not_part_of_the_body(fixture_path: Path) -> None:
    first = parse((fixture_path / "frontticker.txt").read_text())[0]
    assert first.body.endswith("teilte die Militärverwaltung mit.")


def test_date_precision_is_kept_and_time_stamps_are_added(fixture_path: Path) -> None:
    updates = parse((fixture_path / "frontticker.txt").read_text())
    assert [u.published.text for u in updates] == [
        "2025-02-14",
        "2025-02-14",
        "2025-02-14T14:32",
        "2025-02-14T16:05",
    ]


def test_a_month_date_with_a_clock_time_invents_no_day(fixture_path: Path) -> None:
    updates = parse((fixture_path / "english.txt").read_text())
    assert updates[0].published.day is None
    assert updates[0].published.text == "2025-02 09:14 GMT"
    assert updates[0].published.precision == "month"


def test_english_tickers_are_recognised(fixture_path: Path) -> None:
    updates = parse((fixture_path / "english.txt").read_text())
    assert [u.language for u in updates] == ["en", "en"]
    assert [u.agencies for u in updates] == [("reuters",), ("ap",)]


def test_a_banner_stamp_carries_time_and_headline() -> None:
    text = "date 2024-05-02\n\n+++ 07:45 Angriff auf Lwiw +++\n\nDrei Raketen trafen die Stadt. (rtr)\n"
    [update] = parse(text)
    assert (update.headline, update.published.text) == ("Angriff auf Lwiw", "2024-05-02T07:45")


@pytest.mark.parametrize("stamp", ["Update 07:45:", "[07:45]", "Aktualisiert 07:45 Uhr –"])
def test_update_and_bracketed_stamps_carry_time_and_headline(stamp: str) -> None:
    text = f"date 2024-05-02\n\n{stamp} Angriff auf Lwiw\n\nDrei Raketen trafen die Stadt. (rtr)\n"
    [update] = parse(text)
    assert (update.headline, update.published.text) == ("Angriff auf Lwiw", "2024-05-02T07:45")


def test_an_agency_of_several_words_closes_its_entry() -> None:
    text = (
        "date 2024-05-02\n\nUkraine receives funds\n\nThe money arrived, officials said. (Kyiv Independent)\n\n"
        "Zelensky appeals for air defence\n\nHe asked for more systems. (AP)\n"
    )
    first, second = parse(text)
    assert (first.headline, first.agencies) == ("Ukraine receives funds", ("kyiv independent",))
    assert second.headline == "Zelensky appeals for air defence"


@pytest.mark.parametrize(
    ("date", "published"), [("13.11.2024", "2024-11-13T07:45"), ("11.2024", "2024-11 07:45")]
)
def test_a_date_written_the_german_way_is_read(date: str, published: str) -> None:
    [update] = parse(
        f"date {date}\n\n+++ 07:45 Angriff auf Lwiw +++\n\nDrei Raketen trafen die Stadt. (rtr)\n"
    )
    assert update.published.text == published


def test_each_entry_remembers_the_line_it_starts_on(fixture_path: Path) -> None:
    updates = parse((fixture_path / "frontticker.txt").read_text())
    assert [u.source.line for u in updates] == [1, 5, 7, 11]


def test_a_bad_date_names_file_and_line() -> None:
    with pytest.raises(InputError, match=r"^t\.txt:1: date: .*month 13"):
        parse("date 2024-13 Kopfzeile\n\nText. (dpa)\n")


def test_an_empty_file_is_refused() -> None:
    with pytest.raises(InputError, match="no ticker entry"):
        parse("\n\n")


def test_a_bracket_at_paragraph_end_that_is_no_agency_stays_in_the_text() -> None:
    [update] = parse("date 2024-05\n\nEs sprach ein Vertreter.\nEr kam vom Bündnis (Nato)\n")
    assert update.agencies == ()
    assert update.body.endswith("(Nato)")


def test_source_ids_survive_a_corrected_body_and_an_inserted_entry() -> None:
    before = parse("date 2024-05\n\nKopf A\n\nText eins. (dpa)\n\nText zwei. (afp)\n")
    after = parse(
        "date 2024-05\n\nNeu oben\n\nGanz neu. (rtr)\n\nKopf A\n\nText eins, korrigiert. (dpa)"
        "\n\nText zwei. (afp)\n"
    )
    assert [u.source_id for u in before] == [u.source_id for u in after[1:]]


def test_a_file_saved_with_a_byte_order_mark_and_crlf_reads_like_any_other(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes("\ufeffdate 2025-01-02 Kopf\r\n\r\nRussland griff Kiew an. (dpa)\r\n".encode())
    [update] = read_updates(path)
    assert (update.headline, update.published.day, update.agencies) == ("Kopf", 2, ("dpa",))


def test_a_stamp_before_a_finished_sentence_opens_an_entry_with_that_body() -> None:
    text = (
        "date 2025-04 Live: the war in Ukraine\n\n"
        "Update 06:40: Drones hit Kharkiv overnight, the mayor said. (Reuters)\n\n"
        "Update 08:15: Two people were hurt in Sumy. (AP)\n"
    )
    first, second = parse(text)
    assert (first.published.text, first.body, first.agencies) == (
        "2025-04 06:40",
        "Drones hit Kharkiv overnight, the mayor said.",
        ("reuters",),
    )
    assert (second.headline, second.published.text, second.body) == (
        None,
        "2025-04 08:15",
        "Two people were hurt in Sumy.",
    )


@pytest.mark.parametrize(
    ("stamp", "published"), [("10.15am GMT", "2025-01-07T10:15 GMT"), ("9:40 p.m.", "2025-01-07T21:40")]
)
def test_a_twelve_hour_stamp_is_a_stamp_not_part_of_the_headline(stamp: str, published: str) -> None:
    text = f"date 2025-01-07\n\n{stamp}\nStrike on Zaporizhzhia\n\nTwo people were killed. (Reuters)\n"
    [update] = parse(text)
    assert update.headline == "Strike on Zaporizhzhia"
    assert update.published.text == published


def test_a_weekday_before_the_clock_is_part_of_the_stamp_and_markup_leaves_the_headline() -> None:
    text = (
        "date 2025-01-07\n\nMontag, 14:32 Uhr\n**Angriff auf Charkiw**\n\n"
        "Russische Truppen haben Charkiw angegriffen. (dpa)\n"
    )
    [update] = parse(text)
    assert update.headline == "Angriff auf Charkiw"
    assert update.published.text == "2025-01-07T14:32"


def test_a_short_entry_without_telling_words_takes_the_language_of_its_file() -> None:
    text = (
        "date 2024-11 07:00 GMT\n\nRussia launched 60 drones at Ukraine overnight and air defences shot "
        "down 45 of them, the air force said. (Reuters)\n\n08:00 GMT\n\nRussian shelling kills three in Kherson.\n"
    )
    updates = parse_ticker_text(text, "short.txt", "short")
    assert [u.language for u in updates] == ["en", "en"]


def test_a_clock_before_a_capital_with_no_mark_between_opens_an_entry() -> None:
    text = (
        "date 2025-04 Live: Russia-Ukraine\n\n"
        "06:45 Ukraine's air force said it had shot down 16 of 21 drones.\n\n"
        "10:20 Russian troops advanced near Toretsk, analysts said.\n"
    )
    first, second = parse(text)
    assert (first.published.text, first.body) == (
        "2025-04 06:45",
        "Ukraine's air force said it had shot down 16 of 21 drones.",
    )
    assert (second.published.text, second.body) == (
        "2025-04 10:20",
        "Russian troops advanced near Toretsk, analysts said.",
    )


def test_a_decimal_figure_opening_a_paragraph_is_no_clock() -> None:
    [update] = parse("date 2025-04 Kopf\n\n7.45 Millionen Menschen sind geflohen. (dpa)\n")
    assert update.body.startswith("7.45 Millionen")


@pytest.mark.parametrize(
    "stamp",
    [
        "13.11.2024, 14:32 Uhr",
        "Mittwoch, 13. November 2024, 14:32 Uhr",
        "November 13, 2024 14:32",
        "2024-11-13 14:32",
    ],
)
def test_a_stamp_that_names_its_day_dates_the_entry(stamp: str) -> None:
    updates = parse(
        f"date 2024-10\n\n{stamp}\n\nRussland greift Odessa an\n\nBei einem Angriff auf Odessa wurden zwei Menschen verletzt. (dpa)\n"
    )
    assert [(u.published.text, u.headline) for u in updates] == [
        ("2024-11-13T14:32", "Russland greift Odessa an")
    ]


def test_a_day_line_dates_every_entry_below_it_until_the_next() -> None:
    text = (
        "Mittwoch, 13. November 2024\n\n14:32 Uhr: Angriff auf Odessa\n\nZwei Menschen wurden verletzt. (dpa)\n\n"
        "09:10 Uhr: Lage in Kupjansk\n\nDie Kämpfe dauern an. (afp)\n\n"
        "Dienstag, 12. November 2024\n\n22:05 Uhr: Drohnen über Kiew\n\nDie Flugabwehr war im Einsatz. (rtr)\n"
    )
    assert [u.published.text for u in parse(text)] == [
        "2024-11-13T14:32",
        "2024-11-13T09:10",
        "2024-11-12T22:05",
    ]


def test_a_day_the_calendar_lacks_names_its_line() -> None:
    with pytest.raises(InputError, match=r"t\.txt:3: date: 2024-02 has no day 31"):
        parse("date 2024-02\n\n31.02.2024, 10:00 Uhr\n\nText. (dpa)\n")


@pytest.mark.parametrize("name", ["no_figures_de.txt", "no_figures_en.txt"])
def test_news_of_rates_swaps_grain_and_evacuations_reports_no_war_figures(
    fixture_path: Path, name: str
) -> None:
    updates = parse((fixture_path / name).read_text())
    assert len(updates) >= 6
    assert [claim for update in updates for claim in extract_claims(update)] == []


def test_entries_of_two_days_at_the_same_time_keep_their_days_in_their_ids() -> None:
    text = (
        "Mittwoch, 13. November 2024\n\n08:00 Uhr: Lage in Kupjansk\n\nDie Kämpfe dauern an. (afp)\n\n"
        "Dienstag, 12. November 2024\n\n08:00 Uhr: Lage in Kupjansk\n\nDie Kämpfe dauern an. (afp)\n"
    )
    assert [u.source_id.split("|")[0] for u in parse(text)] == ["2024-11-13T08:00", "2024-11-12T08:00"]


@pytest.mark.parametrize(
    ("tag", "agencies"),
    [
        ("(Quelle: dpa)", ("dpa",)),
        ("(mit Material von dpa und AFP)", ("dpa", "afp")),
        ("(with reporting by Reuters)", ("reuters",)),
    ],
)
def test_a_tag_with_words_before_its_agencies_still_closes_the_entry(
    tag: str, agencies: tuple[str, ...]
) -> None:
    updates = parse(
        f"Angriff auf Odessa\n\nZwei Menschen wurden verletzt. {tag}\n\nNeue Lage\n\nDie Kämpfe dauern an. (afp)\n"
    )
    assert [(u.headline, u.agencies) for u in updates] == [
        ("Angriff auf Odessa", agencies),
        ("Neue Lage", ("afp",)),
    ]
    assert updates[0].body == "Zwei Menschen wurden verletzt."


def test_a_stamp_may_open_with_an_abbreviated_weekday() -> None:
    text = "Mi, 13.11.2024 | 14:32 Uhr\n\nZwei Menschen wurden verletzt.\n\nWed 13 November 2024 09:10\n\nFighting goes on.\n"
    assert [(u.published.text, u.headline) for u in parse(text)] == [
        ("2024-11-13T14:32", None),
        ("2024-11-13T09:10", None),
    ]


def test_a_stamp_line_then_a_headline_line_then_the_body_in_one_block() -> None:
    text = "date 2024-11\n\n14:32\nRussland greift Kiew an\nRussland hat Kiew mit 20 Drohnen angegriffen. (dpa)\n"
    [update] = parse(text)
    assert (update.headline, update.body) == (
        "Russland greift Kiew an",
        "Russland hat Kiew mit 20 Drohnen angegriffen.",
    )
