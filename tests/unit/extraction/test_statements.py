"""Figures a sentence denies or doubts are not claims, whatever their kind."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from domain.extraction import extract_from_text
from domain.extraction.sentences import split_sentences
from domain.parsing.language import detect_language
from tests.unit.extraction.helpers import claims


def test_a_denied_figure_is_no_claim() -> None:
    assert claims("Das Verteidigungsministerium dementierte, dass 400 Soldaten getötet worden seien.") == []
    assert claims("Moscow denied that its troops had captured Vovchansk.") == []


def test_a_doubted_figure_is_no_claim() -> None:
    assert claims("Es ist unklar, ob die 15 Drohnen tatsächlich abgeschossen wurden.") == []


def test_soldiers_lost_per_day_are_no_troop_count() -> None:
    assert claims("Analysten schätzen, dass Russland jeden Tag 1.200 Soldaten verliert.", "troops") == []


def test_a_figure_the_kremlin_rejects_is_not_reported() -> None:
    german = "Der Kreml wies Berichte zurück, wonach 5.000 russische Soldaten getötet worden seien."
    english = "Moscow rejected reports that 5,000 Russian soldiers had been killed."
    assert claims(german) == []
    assert claims(english) == []


def test_what_a_denier_asserts_after_the_colon_is_reported() -> None:
    text = (
        "Das Verteidigungsministerium in Moskau hat die Einnahme der Stadt Bachmut verkündet. "
        "Kiew bestreitet das: Die Kämpfe gingen weiter, teilte Vize-Verteidigungsministerin Hanna Maljar mit."
    )
    found = [(c["place"], c["status"], c["reported_by"]) for c in claims(text, "front")]
    assert found == [
        ("Bakhmut", "capture", "Russian Defence Ministry"),
        ("Bakhmut", "combat", "Hanna Maliar"),
    ]


def test_history_accidents_debates_and_conditions_are_no_claims() -> None:
    texts = [
        "Im Zweiten Weltkrieg wurden in der Schlacht um Kursk Hunderttausende Soldaten getötet.",
        "In der Schlacht um Kursk wurden 1943 Hunderttausende Soldaten getötet.",
        "Bei einem Verkehrsunfall in Lwiw sind zwei Menschen ums Leben gekommen.",
        "Der Bundestag debattiert am Donnerstag über die Lieferung von Taurus-Marschflugkörpern an die Ukraine.",
        "Putin said Russia could send up to 100,000 more troops if needed.",
    ]
    assert [claims(text) for text in texts] == [[], [], [], [], []]


def test_each_item_of_a_list_is_a_sentence_of_its_own() -> None:
    text = (
        "Russland hat die Ukraine in der Nacht angegriffen:\n"
        "- In Saporischschja wurden zwei Menschen getötet und neun verletzt.\n"
        "- In Charkiw wurden 14 Menschen verletzt."
    )
    found = [(c["killed"], c["injured"], c["place"], c["evidence"]) for c in claims(text, "casualty")]
    assert found == [
        (2, 9, "Zaporizhzhia", "In Saporischschja wurden zwei Menschen getötet und neun verletzt."),
        (None, 14, "Kharkiv", "In Charkiw wurden 14 Menschen verletzt."),
    ]


def test_what_a_denier_goes_on_saying_is_reported() -> None:
    text = (
        "Russia said it had captured the small town of Soledar. "
        "Ukraine's military denied this, saying fighting in Soledar was continuing."
    )
    found = [(c["place"], c["status"], c["reported_by"]) for c in claims(text, "front")]
    assert found == [
        ("Soledar", "capture", "Russian government"),
        ("Soledar", "combat", "Ukrainian Armed Forces"),
    ]


def test_the_mark_of_a_list_item_is_no_part_of_its_evidence() -> None:
    text = "- Ukraine fired six ATACMS missiles at the Bryansk region, adding that five were shot down.\n- Two people were injured in Sumy."
    assert [c["evidence"][:7] for c in claims(text, "interception")] == ["Ukraine"]


def test_any_mix_of_ticker_sentences_is_read_without_an_error(fixture_path: Path) -> None:
    """Sentences of our fixture tickers in random order and company (a fixed seed): the
    extractor returns claims or none for each mix, and never raises."""
    sentences = [
        sentence.text
        for path in sorted(fixture_path.glob("*.txt"))
        for paragraph in path.read_text().split("\n\n")
        for sentence in split_sentences(paragraph)
    ]
    mixes = random.Random(7)
    for _ in range(300):
        body = " ".join(mixes.sample(sentences, mixes.randint(1, 5)))
        extract_from_text(body, mixes.choice([None, "Angriff auf Charkiw", body[:40]]), detect_language(body))


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("The regiment said on June 18. Russian troops had taken the village in May.", 2),
        ("Die Truppen zogen am 18. Juni ab. Die 47. Brigade hält die Stellung.", 2),
    ],
)
def test_an_english_date_ends_a_sentence_and_a_german_ordinal_does_not(body: str, count: int) -> None:
    assert len(split_sentences(body)) == count
