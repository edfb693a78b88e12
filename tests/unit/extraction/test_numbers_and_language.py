"""Numbers in either notation, and which language a short entry is in."""

from __future__ import annotations

import pytest

from domain.extraction.numbers import find_numbers
from domain.parsing.language import detect_language
from tests.unit.extraction.helpers import keys


def test_words_both_languages_share_do_not_make_german_english() -> None:
    text = "Norwegen will der Ukraine 2,5 Milliarden Kronen an Hilfen in diesem Jahr geben."
    assert detect_language(text) == "de"


def test_a_decimal_comma_in_english_text_is_read_not_rejected() -> None:
    [number] = find_numbers("The fund grows by 3,5 percent.", "en")
    assert number.value == 3.5


def test_thousands_separators_follow_the_language_where_they_fit() -> None:
    assert [n.value for n in find_numbers("Es waren 12.500 Soldaten.", "de")] == [12500]
    assert [n.value for n in find_numbers("There were 12,500 soldiers.", "en")] == [12500]


def test_a_short_german_pledge_with_a_decimal_comma_is_extracted() -> None:
    text = "Japan will der Ukraine zusätzlich 4,5 Milliarden Dollar an Finanzhilfe bereitstellen."
    assert keys(text, "aid_pledge", "donor", "amount", "currency") == [("JP", 4_500_000_000, "USD")]


def test_an_die_and_um_die_before_a_number_mean_about() -> None:
    assert keys(
        "Bei dem Angriff wurden an die 100 Menschen verletzt.", "casualty", "injured", "qualifier"
    ) == [(100, "about")]


@pytest.mark.parametrize(
    ("text", "value"), [("five hundred drones", 500), ("two hundred thousand troops", 200_000)]
)
def test_english_hundreds_multiply(text: str, value: int) -> None:
    assert [n.value for n in find_numbers(text, "en")] == [value]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ukraine downed all three Iskander missiles Russia launched overnight.", "en"),
        ("Russian shelling kills three in Kherson.", "en"),
        ("Russland meldet Drohnenangriffe.", "de"),
    ],
)
def test_without_function_words_the_endings_tell_the_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_a_tie_of_endings_goes_to_the_language_around() -> None:
    assert detect_language("Kyiv hit overnight.", default="en") == "en"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("injured 10-15 people", [(10.0, 15.0)]),
        ("Kh-101 missiles and Shahed-136 drones", []),
        ("a 24-hour period", []),
    ],
)
def test_two_figures_joined_by_a_hyphen_are_a_range_but_a_models_number_is_none(
    text: str, values: list
) -> None:
    assert [(n.value, n.high) for n in find_numbers(text, "en")] == values


def test_forty_odd_is_about_forty() -> None:
    [number] = find_numbers("Russia fired 40-odd missiles", "en")
    assert (number.value, number.qualifier, number.end) == (40.0, "about", 19)


def test_a_lower_case_billion_in_a_german_entry_is_the_english_one() -> None:
    english = find_numbers("Japan will give Ukraine $4.5 billion, Tokyo said.", "de")
    german = find_numbers("Die Staaten der Welt geben eine Billion Euro aus.", "de")
    assert [n.value for n in english] == [4_500_000_000]
    assert [n.value for n in german] == [1_000_000_000_000]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The UK will give Ukraine 500m pounds of military aid.", 500_000_000),
        ("The UK will give Ukraine £500m of military aid.", 500_000_000),
    ],
)
def test_a_glued_m_before_money_is_million(text: str, amount: int) -> None:
    assert keys(text, "aid_pledge", "amount") == [(amount,)]


def test_a_glued_m_without_money_is_metres() -> None:
    assert [n.value for n in find_numbers("Russian troops advanced 500m near Pokrovsk.", "en")] == [500]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("increase the number of troops by 180,000 to 1.5 million", 1500000),
        ("Germany will give Ukraine 1 to 1.5 billion euros", 1000000000),
    ],
)
def test_a_range_shares_its_scale_only_where_its_low_end_is_written_in_it(text: str, value: int) -> None:
    assert max(n.count for n in find_numbers(text, "en")) == value
