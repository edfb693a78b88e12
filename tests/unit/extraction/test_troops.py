"""Troop claims, on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.unit.extraction.helpers import claims, keys

FIELDS = ("country", "count", "qualifier")


def test_the_adjective_names_the_force() -> None:
    text = (
        "Nach Schätzungen des Pentagons sind inzwischen rund 12.000 nordkoreanische Soldaten "
        "in Russland stationiert."
    )
    assert keys(text, "troops", *FIELDS) == [("KP", 12000, "about")]


def test_the_subject_names_the_force_and_a_range_is_at_least_its_low_end() -> None:
    text = "Russland hat nach Angaben Kiews 2500 bis 3000 Soldaten in die Region verlegt."
    assert keys(text, "troops", *FIELDS) == [("RU", 2500, "at_least")]


def test_english_conscripts() -> None:
    text = "The Kremlin plans to call up 160,000 conscripts this spring."
    assert keys(text, "troops", *FIELDS) == [("RU", 160000, "exact")]


def test_ukrainian_troops_defending() -> None:
    text = "Ukraine said about 20,000 Ukrainian troops were defending the town."
    assert keys(text, "troops", *FIELDS) == [("UA", 20000, "about")]


def test_vague_thousands_are_no_figure() -> None:
    assert claims("Tausende Soldaten wurden an die Front verlegt.", "troops") == []


def test_weapons_of_a_force_are_not_troops() -> None:
    text = "Auch 37 von 90 Drohnen der russischen Streitkräfte seien zerstört worden."
    assert claims(text, "troops") == []


def test_killed_soldiers_and_losses_are_tolls_not_troop_counts() -> None:
    killed = "Die Ukraine meldet 1.100 getötete russische Soldaten an einem Tag."
    losses = "Der Generalstab beziffert die russischen Verluste seit Kriegsbeginn auf 600.000 Soldaten."
    assert claims(killed, "troops") == []
    assert keys(killed, "casualty", "killed", "victims", "reported_by") == [
        (1100, "soldiers", "Ukrainian government")
    ]
    assert claims(losses, "troops") == []


def test_the_country_whose_agency_reports_is_not_the_force() -> None:
    text = "South Korea's spy agency said North Korea has sent an additional 3,000 troops to Russia."
    [claim] = claims(text, "troops")
    assert (claim["country"], claim["count"]) == ("KP", 3000)


def test_soldiers_of_no_named_country_are_no_troop_figure() -> None:
    assert claims("Rund 600 Soldaten nahmen an einer Übung in Litauen teil.", "troops") == []


def test_the_adjective_of_a_force_names_the_country_of_its_soldiers() -> None:
    text = (
        "Russian forces are building up near the border, with an estimated 40,000 soldiers "
        "now stationed in the Bryansk region, Ukrainian intelligence said."
    )
    [claim] = claims(text, "troops")
    assert (claim["country"], claim["count"], claim["qualifier"]) == ("RU", 40000, "about")


def test_the_country_nearest_before_the_count_is_the_force() -> None:
    text = "Ukraine says the attack failed, while Seoul estimates that North Korea has deployed some 11,000 soldiers."
    assert keys(text, "troops", "country", "count") == [("KP", 11000)]


def test_soldiers_from_a_country_named_after_them_are_that_countrys() -> None:
    german = "Im Gebiet Kursk kämpfen nach Angaben aus Kiew inzwischen etwa 12.000 Soldaten aus Nordkorea."
    english = "Some 3,000 troops from North Korea have arrived in Russia, Seoul said."
    assert keys(german, "troops", "country", "count") == [("KP", 12_000)]
    assert keys(english, "troops", "country", "count") == [("KP", 3_000)]


def test_troops_in_or_sent_to_a_country_are_placed_there() -> None:
    inside = "Nach Angaben des Kremls kämpfen derzeit rund 700.000 russische Soldaten in der Ukraine."
    sent = "Nordkorea hat nach südkoreanischen Angaben rund 3.000 Soldaten nach Russland verlegt."
    assert keys(inside, "troops", "country", "place") == [("RU", "Ukraine")]
    assert keys(sent, "troops", "country", "place") == [("KP", "Russia")]


def test_special_forces_are_troops() -> None:
    text = "Nach Erkenntnissen des südkoreanischen Geheimdienstes sind etwa 1.500 nordkoreanische Spezialkräfte in Russland."
    assert keys(text, "troops", "country", "count", "qualifier", "place") == [("KP", 1500, "about", "Russia")]


@pytest.mark.parametrize(
    "text",
    [
        "Die russischen Streitkräfte verlieren derzeit mehr als 1.200 Soldaten pro Tag durch Tod oder Verwundung.",
        "Die ukrainische Armee verliert nach Darstellung des russischen Verteidigungsministeriums täglich "
        "mehr als 1000 Soldaten.",
    ],
)
def test_soldiers_lost_each_day_are_losses_not_troops(text: str) -> None:
    assert claims(text, "troops") == []


def test_troops_massed_after_a_town_was_lost_are_troops() -> None:
    text = "Nachdem die Ukraine Awdijiwka verloren hatte, zog Russland dort 40.000 Soldaten zusammen."
    assert keys(text, "troops", "country", "count") == [("RU", 40000)]


def test_a_number_put_on_troops_named_before_it_is_a_troop_count() -> None:
    english = "Zelensky earlier put the number of North Korean soldiers in Kursk at 11,000."
    german = "Selenskyj bezifferte die Zahl der nordkoreanischen Soldaten in Kursk auf 11.000."
    assert keys(english, "troops", *FIELDS) == [("KP", 11000, "exact")]
    assert keys(german, "troops", *FIELDS) == [("KP", 11000, "exact")]


def test_a_count_given_after_troops_were_named_is_of_those_troops() -> None:
    text = (
        "Russland zieht nach Angaben des Grenzschutzes Truppen an der Grenze zum Gebiet Sumy zusammen. "
        "Sprecher Andrij Demtschenko sprach von etwa 20.000 Soldaten."
    )
    assert keys(text, "troops", *FIELDS, "reported_by") == [("RU", 20000, "about", "Andrii Demchenko")]


def test_troops_whose_number_a_leader_gives_after_naming_them() -> None:
    text = "Präsident Wladimir Putin hat die Zahl der in der Ukraine eingesetzten russischen Soldaten mit fast 700.000 angegeben."
    assert keys(text, "troops", *FIELDS, "reported_by") == [("RU", 700000, "about", "Vladimir Putin")]


def test_soldiers_freed_in_a_prisoner_exchange_are_no_force() -> None:
    assert (
        claims(
            "Etwa 1.000 ukrainische Soldaten wurden im Rahmen eines Gefangenenaustauschs freigelassen.",
            "troops",
        )
        == []
    )


def test_a_capitals_assessment_is_its_governments() -> None:
    text = "Nordkorea hat nach Einschätzung Seouls rund 3.000 weitere Soldaten nach Russland geschickt."
    assert [c["reported_by"] for c in claims(text, "troops")] == ["South Korean government"]


def test_soldiers_trained_abroad_are_no_deployed_force() -> None:
    text = "Seit Beginn des Krieges hat Großbritannien mehr als 10.000 ukrainische Soldaten ausgebildet."
    assert claims(text, "troops") == []


@pytest.mark.parametrize(
    "text",
    [
        "Für eine mögliche Friedensmission in der Ukraine wären nach Schätzung von Experten bis zu 40.000 "
        "europäische Soldaten nötig.",
        "A peacekeeping mission would need as many as 40,000 European troops, experts said.",
    ],
)
def test_troops_a_plan_would_need_are_no_troop_count(text: str) -> None:
    assert claims(text, "troops") == []


def test_the_ukrainian_military_in_the_genitive_is_the_armed_forces() -> None:
    text = "Russland hat nach Angaben des ukrainischen Militärs an der Grenze etwa 35.000 Soldaten zusammengezogen."
    assert keys(text, "troops", "count", "reported_by") == [(35000, "Ukrainian Armed Forces")]


@pytest.mark.parametrize(
    "text",
    [
        "Some North Korean soldiers in Kursk were fighting. Kyiv's incursion ties down around 50,000 Russian troops "
        "in the area.",
        "Einige Nordkoreaner kämpfen in Kursk. Kiews Offensive bindet dort rund 50.000 russische Soldaten.",
    ],
)
def test_a_capital_whose_state_acts_is_not_where_the_troops_are(text: str) -> None:
    assert keys(text, "troops", "count", "place") == [(50000, "Kursk")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Russland hat nach Angaben Kiews rund 620.000 Soldaten in der Ukraine im Einsatz.", "Ukraine"),
        ("Kyiv has about 880,000 soldiers under arms.", None),
    ],
)
def test_a_capital_speaking_or_acting_is_not_where_the_troops_are(text: str, place: str | None) -> None:
    assert keys(text, "troops", "place") == [(place,)]


def test_troops_a_country_is_ready_to_send_if_something_happens_are_no_count() -> None:
    text = "Britain is ready to deploy up to 10,000 troops to Ukraine as part of a peacekeeping force if a ceasefire is agreed."
    assert claims(text, "troops") == []


def test_seouls_military_is_the_south_korean_military() -> None:
    text = "Some 3,000 more North Korean soldiers have arrived in Russia, Seoul's military said."
    assert keys(text, "troops", "count", "reported_by") == [(3000, "South Korean military")]


def test_two_places_joined_by_a_hyphen_name_the_sector() -> None:
    text = "Russland hat im Frontabschnitt Lyman-Kupjansk mehr als 100.000 Soldaten zusammengezogen."
    assert keys(text, "troops", "count", "place") == [(100000, "Kupiansk")]


def test_deminers_sent_by_a_country_are_troops() -> None:
    text = "North Korea will send 1,000 deminers and 5,000 military construction workers to the Kursk region."
    assert keys(text, "troops", "country", "count") == [("KP", 1000), ("KP", 5000)]


def test_soldiers_who_surrendered_are_no_troop_count() -> None:
    assert claims("The Kremlin said 1,500 Ukrainian soldiers had surrendered in Kursk.", "troops") == []


def test_a_capital_speaking_in_the_headline_is_not_where_troops_are() -> None:
    found = claims(
        "Ukraine's intelligence chief said Russia had about 695,000 soldiers deployed in and around Ukraine.",
        "troops",
        headline="Kyiv: Russia has 695,000 troops in Ukraine",
    )
    assert [c["place"] for c in found] == ["Ukraine"]


def test_a_capital_that_struggles_is_the_state_not_where_the_troops_are() -> None:
    text = "Ukraine has called up some 40,000 new soldiers this winter, as Kyiv struggles to fill its ranks."
    assert keys(text, "troops", "country", "count", "place") == [("UA", 40_000, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine has some 900,000 people under arms, the defence minister said.",
        "In der Ukraine stehen rund 900.000 Menschen unter Waffen, sagte der Verteidigungsminister.",
    ],
)
def test_people_under_arms_are_the_force(text: str) -> None:
    assert keys(text, "troops", "country", "count") == [("UA", 900_000)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("North Korea has sent about 2,000 soldiers to Russia, the spy agency said.", 2000),
        ("Russland hat nach Angaben aus Kiew 2000 Soldaten an die Grenze verlegt.", 2000),
    ],
)
def test_two_thousand_troops_are_a_count_not_a_year(text: str, count: int) -> None:
    assert [c for _, c in keys(text, "troops", "country", "count")] == [count]


@pytest.mark.parametrize(
    "text",
    [
        "North Korea has sent about 3,000 more troops to Russia, adding to the 11,000 already deployed there.",
        "Nordkorea hat nach Angaben aus Seoul weitere 3.000 Soldaten nach Russland geschickt, zusätzlich zu "
        "den 11.000 bereits dort stationierten.",
    ],
)
def test_a_count_with_the_troops_left_out_counts_the_troops_before(text: str) -> None:
    assert keys(text, "troops", "country", "count") == [("KP", 3000), ("KP", 11000)]


def test_soldiers_a_side_claims_to_have_killed_are_a_toll_not_a_force() -> None:
    text = "Russia said its forces had repelled attacks, claiming to have killed more than 250 Ukrainian soldiers."
    assert claims(text, "troops") == []
    assert keys(text, "casualty", "killed", "victims") == [(250, "soldiers")]


def test_the_country_right_after_the_troops_is_where_they_are() -> None:
    text = "Zelensky said Russia had about 640,000 troops inside Ukraine and was massing more in the Sumy region."
    assert keys(text, "troops", "count", "place") == [(640_000, "Ukraine")]


@pytest.mark.parametrize("written", ["11'000", "11’000", "11\u00a0000"])
def test_swiss_and_spaced_thousands_are_one_number(written: str) -> None:
    text = f"Nordkorea hat nach Angaben Seouls rund {written} Soldaten nach Russland geschickt."
    assert keys(text, "troops", "country", "count") == [("KP", 11_000)]


def test_troops_in_a_countrys_region_are_in_the_region() -> None:
    text = "Zelensky said some of the 11,000 North Korean soldiers in Russia's Kursk border region were fighting."
    assert keys(text, "troops", "count", "place") == [(11_000, "Kursk")]


def test_an_alliances_troops_are_no_states_force() -> None:
    assert claims("Die Nato will 300.000 Soldaten in erhöhte Bereitschaft versetzen.", "troops") == []


@pytest.mark.parametrize(
    "text",
    [
        "Seoul said North Korea had sent 3,000 more soldiers to Russia, adding to the 11,000 dispatched last year.",
        "Nordkorea hat weitere 3000 Soldaten nach Russland geschickt, zusätzlich zu den 11.000 im Herbst entsandten.",
    ],
)
def test_the_troops_sent_before_with_their_noun_left_out_count(text: str) -> None:
    assert keys(text, "troops", "country", "count") == [("KP", 3000), ("KP", 11000)]


def test_the_country_whose_estimate_it_is_does_not_own_the_soldiers() -> None:
    text = "Russland rekrutiert nach Einschätzung des Pentagons derzeit rund 30.000 neue Soldaten pro Monat."
    assert keys(text, "troops", "country", "count", "reported_by") == [("RU", 30000, "US Defense Department")]


def test_what_a_relative_clause_says_of_the_troops_does_not_make_them_trainees() -> None:
    text = "Rund 3000 nordkoreanische Soldaten, die in Russland ausgebildet wurden, sind an die Front verlegt worden."
    assert keys(text, "troops", "country", "count") == [("KP", 3000)]


def test_soldiers_a_donor_trained_are_no_force() -> None:
    assert (
        keys("Großbritannien hat bislang 40.000 ukrainische Soldaten ausgebildet.", "troops", "count") == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "North Korea has sent more than 10,000 troops to Russia, most of them to the Kursk region.",
        "Nordkorea hat mehr als 10.000 Soldaten nach Russland geschickt, die meisten davon in das Gebiet Kursk.",
    ],
)
def test_troops_sent_to_a_country_most_of_them_to_one_region_are_in_that_region(text: str) -> None:
    assert keys(text, "troops", "count", "place") == [(10000, "Kursk Oblast")]


def test_a_condition_after_a_figure_with_a_thousands_dot_is_still_a_condition() -> None:
    text = "Nordkorea könnte bis zu 100.000 Soldaten schicken, falls Russland dies verlange."
    assert keys(text, "troops", "count") == []


@pytest.mark.parametrize(
    "text",
    [
        "Bis zu 15.000 Soldaten aus Nordkorea kämpfen bald für Russland. Derzeit seien etwa 11.000 von ihnen "
        "in der Region Kursk stationiert.",
        "North Korea has sent 15,000 troops to Russia. About 11,000 of them are now in the Kursk region.",
    ],
)
def test_a_share_of_the_troops_counted_before_is_a_count_of_the_same_force(text: str) -> None:
    assert ("KP", 11000, "about", "Kursk Oblast") in keys(text, "troops", *FIELDS, "place")


def test_a_share_of_them_killed_is_no_troop_count() -> None:
    text = "Nordkorea hat 12.000 Soldaten geschickt, 3.000 von ihnen seien getötet worden."
    assert keys(text, "troops", *FIELDS) == [("KP", 12000, "exact")]


@pytest.mark.parametrize(
    "text",
    [
        "Damit belaufe sich die Gesamtzahl der nordkoreanischen Truppen in Russland auf etwa 14.000, teilte der NIS mit.",
        "The total number of North Korean troops in Russia has risen to about 14,000, the NIS said.",
    ],
)
def test_a_total_number_of_troops_counts_the_force_and_the_nis_is_south_korean_intelligence(
    text: str,
) -> None:
    assert keys(text, "troops", "country", "count", "qualifier", "reported_by") == [
        ("KP", 14000, "about", "South Korean intelligence")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Darunter sollen auch mehrere Tausend nordkoreanische Soldaten sein.",
        "Russia has sent several thousand North Korean troops to Kursk.",
    ],
)
def test_several_thousand_troops_give_no_figure(text: str) -> None:
    assert claims(text, "troops") == []


def test_officers_are_troops() -> None:
    text = "Etwa 500 nordkoreanische Offiziere sind bereits in Russland, sagte Budanow."
    assert keys(text, "troops", "country", "count", "qualifier") == [("KP", 500, "about")]


@pytest.mark.parametrize(
    "text",
    [
        "Laut Pentagon befinden sich 10.000 nordkoreanische Soldaten in Russland, davon 8.000 in Kursk.",
        "The Pentagon estimates that 10,000 North Korean troops are in Russia, with 8,000 of them in Kursk.",
    ],
)
def test_a_share_named_after_the_whole_is_its_own_count_where_it_is(text: str) -> None:
    assert keys(text, "troops", "country", "count", "place") == [
        ("KP", 10000, "Russia"),
        ("KP", 8000, "Kursk"),
    ]


def test_losses_in_a_clause_after_the_count_leave_the_count_standing() -> None:
    text = "Zelenskiy said that 11,000 North Korean soldiers were in Kursk and that some had already suffered losses."
    assert keys(text, "troops", "country", "count", "place") == [("KP", 11000, "Kursk")]


def test_where_a_speaker_spoke_is_not_where_troops_gather_there() -> None:
    text = (
        "Russland ziehe an der Grenze zum Gebiet Charkiw Truppen zusammen, sagte Selenskyj in Kyjiw. "
        "Nach Angaben des Geheimdienstes sammeln sich dort inzwischen mehr als 40.000 russische Soldaten."
    )
    assert keys(text, "troops", "count", "place") == [(40000, "Kharkiv Oblast")]


def test_chechen_fighters_are_russias_troops() -> None:
    text = "Mehr als 3.000 tschetschenische Kämpfer sind derzeit in der Ukraine im Einsatz."
    assert keys(text, "troops", "country", "count", "qualifier") == [("RU", 3000, "more_than")]


def test_the_capital_that_names_a_war_is_not_where_the_troops_are() -> None:
    text = (
        "Putin said there were 617,000 Russian soldiers in what Moscow calls its special military operation."
    )
    assert keys(text, "troops", "count", "place") == [(617000, None)]


@pytest.mark.parametrize(
    "text",
    [
        "5000 Soldaten will Nordkorea nach Russland schicken.",
        "1000 Minenräumer will Nordkorea ins Gebiet Kursk entsenden.",
    ],
)
def test_the_state_named_after_the_figures_verb_sends_the_troops(text: str) -> None:
    assert keys(text, "troops", "country") == [("KP",)]
