"""Front claims, on sentences written for these tests."""

from __future__ import annotations

import pytest

from domain.extraction.places import transliterate
from tests.unit.extraction.helpers import claims, keys

FIELDS = ("place", "status", "actor")


def test_a_capture_of_a_village_the_gazetteer_lacks() -> None:
    text = "Russische Truppen haben nach eigenen Angaben das Dorf Nowomychajliwka eingenommen."
    assert keys(text, "front", *FIELDS) == [("Novomykhailivka", "capture", "RU")]


def test_a_withdrawal() -> None:
    text = "Die ukrainische Armee hat ihre Truppen aus Awdijiwka abgezogen."
    assert keys(text, "front", *FIELDS) == [("Avdiivka", "withdrawal", "UA")]


def test_a_strike_on_a_city() -> None:
    text = "Charkiw wurde in der Nacht erneut mit Gleitbomben angegriffen."
    assert keys(text, "front", "place", "status") == [("Kharkiv", "strike")]


def test_a_capital_that_speaks_for_its_government_is_no_front_place() -> None:
    text = "Nach Angaben aus Moskau wird um Tschassiw Jar weiterhin heftig gekämpft."
    assert keys(text, "front", "place", "status") == [("Chasiv Yar", "combat")]


def test_a_critical_situation() -> None:
    text = "Die Lage bei Pokrowsk sei äußerst angespannt, sagte ein Armeesprecher."
    assert keys(text, "front", "place", "status") == [("Pokrovsk", "critical")]


def test_an_english_advance() -> None:
    text = "Ukrainian forces have advanced near Robotyne, the general staff said."
    assert keys(text, "front", *FIELDS) == [("Robotyne", "advance", "UA")]


def test_history_in_the_pluperfect_is_no_current_status() -> None:
    assert claims("Im Herbst 2022 hatten ukrainische Truppen Cherson zurückerobert.", "front") == []


def test_a_region_is_named_as_an_oblast() -> None:
    text = "Russische Einheiten haben im Gebiet Sumy eine neue Offensive begonnen."
    assert keys(text, "front", "place", "status") == [("Sumy Oblast", "attack")]


def test_dort_points_back_to_the_last_place() -> None:
    text = "Die Kämpfe um Torezk dauern an. Die Lage dort sei kritisch."
    assert keys(text, "front", "place", "status") == [("Toretsk", "combat"), ("Toretsk", "critical")]


def test_an_entry_states_a_place_status_once() -> None:
    text = "Kyjiw wurde mit Raketen beschossen. Auch am Abend wurde Kyjiw erneut angegriffen."
    assert keys(text, "front", "place", "status") == [("Kyiv", "strike")]


def test_english_names_are_not_transliterated_again() -> None:
    text = "Russian troops have captured the village of Pishchane, the defence ministry in Moscow said."
    [claim] = claims(text, "front")
    assert (claim["place"], claim["status"], claim["reported_by"]) == (
        "Pishchane",
        "capture",
        "Russian Defence Ministry",
    )


def test_repelled_attacks_belong_to_the_party_named_before_them() -> None:
    german = "Ukrainische Soldaten wehrten nach eigenen Angaben zwölf russische Angriffe bei Lyman ab."
    english = "Ukrainian troops repelled several Russian assaults near Lyman."
    assert keys(german, "front", "place", "status", "actor") == [("Lyman", "attack", "RU")]
    assert keys(english, "front", "place", "status", "actor") == [("Lyman", "attack", "RU")]


def test_a_capitals_forces_act_for_its_country() -> None:
    text = "Kyiv's forces advanced near Kupiansk."
    assert keys(text, "front", "place", "status", "actor") == [("Kupiansk", "advance", "UA")]


def test_a_village_named_in_the_genitive_is_a_place() -> None:
    text = "Das Verteidigungsministerium in Moskau meldete die Einnahme des Dorfes Ternowe."
    assert keys(text, "front", "place", "status", "actor") == [("Ternove", "capture", "RU")]


def test_a_compound_offensive_is_an_attack() -> None:
    text = "Russland hat eine Großoffensive bei Kupjansk begonnen."
    assert keys(text, "front", "place", "status", "actor") == [("Kupiansk", "attack", "RU")]


def test_entering_a_town_is_an_advance_and_being_pushed_back_a_withdrawal() -> None:
    entered = "Russian troops entered the outskirts of Kurakhove, the military said."
    pushed = "Ukrainian troops have been pushed back from positions near Kurakhove."
    assert keys(entered, "front", "place", "status", "actor") == [("Kurakhove", "advance", "RU")]
    assert keys(pushed, "front", "place", "status", "actor") == [("Kurakhove", "withdrawal", "UA")]


def test_about_to_capture_is_an_advance() -> None:
    text = "Russische Truppen stehen kurz vor der Einnahme von Kurachowe."
    assert keys(text, "front", "place", "status", "actor") == [("Kurakhove", "advance", "RU")]


def test_a_region_that_only_locates_captured_villages_was_not_captured() -> None:
    text = "Russian troops captured three villages in the Donetsk region."
    assert keys(text, "front", "place", "status") == [("Donetsk Oblast", "advance")]


def test_preparing_a_new_offensive_is_preparation() -> None:
    text = "Russian forces are preparing a new offensive towards Kupiansk, Ukrainian intelligence warned."
    assert keys(text, "front", "status", "reported_by") == [
        ("offensive_preparation", "Ukrainian intelligence")
    ]


def test_explosions_heard_in_a_city_are_a_strike() -> None:
    german = "In Saporischschja waren in der Nacht mehrere Explosionen zu hören."
    english = "Explosions were heard in Dnipro overnight."
    assert keys(german, "front", "place", "status") == [("Zaporizhzhia", "strike")]
    assert keys(english, "front", "place", "status") == [("Dnipro", "strike")]


def test_an_attack_a_party_repels_is_its_opponents() -> None:
    german = "Die ukrainische Armee wehrte nach eigenen Angaben einen Angriff bei Kupjansk ab."
    english = "Russian forces repulsed an assault near Kupiansk, the defence ministry in Moscow said."
    assert keys(german, "front", "place", "status", "actor") == [("Kupiansk", "attack", "RU")]
    assert keys(english, "front", "place", "status", "actor") == [("Kupiansk", "attack", "UA")]


def test_a_compound_attack_on_a_place_is_a_strike() -> None:
    text = "Bei einem Gleitbombenangriff auf Charkiw sind 17 Menschen verletzt worden."
    assert keys(text, "front", "place", "status", "actor") == [("Kharkiv", "strike", "RU")]
    counter = "Die ukrainische Armee startete einen Gegenangriff auf russische Stellungen bei Pokrowsk."
    assert ("Pokrovsk", "strike") not in [k[:2] for k in keys(counter, "front", "place", "status", "actor")]


def test_an_attack_that_wounds_people_in_a_city_is_a_strike() -> None:
    text = "Dozens of people were injured in the attack on Zaporizhzhia, officials said."
    assert [k[:2] for k in keys(text, "front", "place", "status", "actor")] == [("Zaporizhzhia", "strike")]
    ground = "Russian troops attacked Ukrainian positions near Toretsk."
    assert [k[:2] for k in keys(ground, "front", "place", "status", "actor")] == [("Toretsk", "attack")]


def test_encircling_a_town_is_an_advance_on_it() -> None:
    text = "Russische Einheiten haben die Stadt Wuhledar nach Angaben Kiews weitgehend eingekesselt."
    assert keys(text, "front", "place", "status", "actor") == [("Vuhledar", "advance", "RU")]
    english = "Russian forces have nearly surrounded the town of Pokrovsk."
    assert keys(english, "front", "place", "status", "actor") == [("Pokrovsk", "advance", "RU")]


def test_a_capital_after_on_is_the_place_struck_not_its_government() -> None:
    text = "The death toll from the Russian missile strike on Kyiv has risen to 23."
    assert keys(text, "front", "place", "status", "actor") == [("Kyiv", "strike", "RU")]
    speaking = "Kyiv has denied the reports."
    assert keys(speaking, "front", "place", "status", "actor") == []


def test_the_country_that_owns_the_struck_region_is_not_the_striker() -> None:
    text = "Bei Drohnenangriffen auf die russische Region Belgorod sind zwei Menschen ums Leben gekommen."
    assert keys(text, "front", "place", "status", "actor") == [("Belgorod Oblast", "strike", "UA")]
    english = "Ukrainian drones struck the Russian city of Ryazan overnight."
    assert keys(english, "front", "place", "status", "actor") == [("Ryazan", "strike", "UA")]


def test_most_of_them_in_a_sector_places_the_fighting_there() -> None:
    text = "Binnen 24 Stunden gab es 186 Gefechte an der Front, die meisten davon im Abschnitt Pokrowsk."
    assert keys(text, "front", "place", "status", "actor") == [("Pokrovsk", "combat", None)]
    english = "There were 150 clashes along the front, most of them near Pokrovsk."
    assert keys(english, "front", "place", "status", "actor") == [("Pokrovsk", "combat", None)]


def test_more_ways_of_giving_up_and_taking_a_place() -> None:
    cases = {
        "Ukrainian forces retreated from Avdiivka, the army said.": ("Avdiivka", "withdrawal", "UA"),
        "Die ukrainischen Truppen zogen sich aus Wuhledar zurück.": ("Vuhledar", "withdrawal", "UA"),
        "The town of Toretsk fell to Russian forces after months of fighting.": ("Toretsk", "capture", "RU"),
        "Die Stadt Awdijiwka ist an die russischen Truppen gefallen.": ("Avdiivka", "capture", "RU"),
        "Die Frontlinie bei Kupjansk sei stabil, sagte ein Sprecher.": ("Kupiansk", "stable", None),
    }
    for text, expected in cases.items():
        assert keys(text, "front", "place", "status", "actor") == [expected], text
    assert keys("Nach Angaben aus Kiew gab es keine Verluste.", "front", "place", "status", "actor") == []


def test_build_ups_breakthroughs_closing_in_and_worsening_situations() -> None:
    cases = {
        "Russia is building up forces near Kharkiv for a new offensive.": (
            "Kharkiv",
            "offensive_preparation",
            "RU",
        ),
        "The situation around Pokrovsk is deteriorating, the commander said.": ("Pokrovsk", "critical", None),
        "Die Lage bei Kurachowe hat sich deutlich verschlechtert.": ("Kurakhove", "critical", None),
        "Russian troops broke through Ukrainian defences near Velyka Novosilka.": (
            "Velyka Novosilka",
            "advance",
            "RU",
        ),
        "Russische Truppen stehen kurz vor Pokrowsk.": ("Pokrovsk", "advance", "RU"),
        "Russian forces are within three kilometres of Pokrovsk.": ("Pokrovsk", "advance", "RU"),
    }
    for text, expected in cases.items():
        assert keys(text, "front", "place", "status", "actor") == [expected], text


def test_troops_pulling_back_from_a_place_withdraw() -> None:
    text = "Ukrainian units have pulled back from positions around the village of Pishchane, the army said."
    assert keys(text, "front", "place", "status", "actor") == [("Pishchane", "withdrawal", "UA")]


def test_an_ordered_pull_out_from_the_town_named_before_is_a_withdrawal() -> None:
    text = (
        "Russische Einheiten sind in die Stadt Tschassiw Jar eingedrungen. "
        "Die ukrainische Führung ordnete den Abzug ihrer Truppen aus der Stadt an."
    )
    assert ("Chasiv Yar", "withdrawal", "UA") in keys(text, "front", "place", "status", "actor")


def test_trying_to_take_a_place_is_an_attack_not_a_capture() -> None:
    cases = {
        "Russische Truppen versuchen weiter, die Stadt Torezk zu erobern.": ("Toretsk", "attack", "RU"),
        "Russian forces are trying to capture the town of Siversk.": ("Siversk", "attack", "RU"),
        "Russische Truppen haben die Stadt Torezk erobert.": ("Toretsk", "capture", "RU"),
    }
    for text, expected in cases.items():
        assert keys(text, "front", "place", "status", "actor") == [expected], text


def test_the_town_of_a_named_place_is_that_place_not_the_one_before() -> None:
    text = (
        "Russian troops captured the village of Pishchane and were advancing towards "
        "the town of Kostiantynivka, the Kremlin said."
    )
    assert keys(text, "front", "place", "status") == [("Pishchane", "capture"), ("Kostiantynivka", "advance")]


def test_a_capital_preparing_an_offensive_acts_and_is_not_the_place() -> None:
    text = "Moscow is preparing a new offensive in the Zaporizhzhia region, the general said."
    assert keys(text, "front", "place", "status", "actor") == [
        ("Zaporizhzhia Oblast", "offensive_preparation", "RU")
    ]


def test_places_listed_after_several_villages_taken_are_captured() -> None:
    text = "Ukrainische Truppen haben im Gebiet Charkiw mehrere Dörfer befreit, darunter Hrakowe."
    assert keys(text, "front", "place", "status", "actor") == [("Hrakove", "capture", "UA")]


def test_a_list_of_struck_places_shares_the_strike_across_commas() -> None:
    text = "Russland hat in der Nacht Drohnenangriffe auf Charkiw, Sumy und Poltawa geflogen."
    assert sorted(keys(text, "front", "place", "status")) == [
        ("Kharkiv", "strike"),
        ("Poltava", "strike"),
        ("Sumy", "strike"),
    ]


@pytest.mark.parametrize(
    ("german", "english"),
    [("Klischtschijiwka", "Klishchiivka"), ("Marjinka", "Marinka"), ("Tschassiw Jar", "Chasiv Yar")],
)
def test_german_spellings_of_unknown_places_become_the_english_ones(german: str, english: str) -> None:
    assert transliterate(german) == english


def test_the_owner_of_a_struck_place_named_acting_is_the_striker() -> None:
    acting = "Die Ukraine hat die Krim nach russischen Angaben in der Nacht mit Drohnen angegriffen."
    struck = "Die ukrainische Stadt Charkiw wurde in der Nacht mit Raketen beschossen."
    assert keys(acting, "front", *FIELDS) == [("Crimea", "strike", "UA")]
    assert keys(struck, "front", *FIELDS) == [("Kharkiv", "strike", "RU")]


def test_years_of_fighting_before_a_withdrawal_are_how_it_came_about() -> None:
    text = "Ukraine's military said it had pulled its troops out of Vuhledar after more than two years of fighting."
    assert keys(text, "front", *FIELDS) == [("Vuhledar", "withdrawal", "UA")]


def test_a_town_that_has_fallen_is_captured_but_fallen_soldiers_are_not() -> None:
    fallen_town = "Die Kleinstadt Welyka Nowosilka ist nach Angaben russischer Militärblogger gefallen."
    fallen_soldiers = "Bei Bachmut sind nach Angaben der Armee drei Soldaten gefallen."
    assert keys(fallen_town, "front", *FIELDS) == [("Velyka Novosilka", "capture", "RU")]
    assert claims(fallen_soldiers, "front") == []


def test_troops_attacking_with_a_separable_verb_attack() -> None:
    text = "Russische Truppen greifen die Stadt Tschassiw Jar nach ukrainischen Angaben weiter an."
    assert keys(text, "front", *FIELDS) == [("Chasiv Yar", "attack", "RU")]


def test_a_town_shelled_with_artillery_is_struck() -> None:
    assert keys("Russland beschoss die Stadt Cherson mit Artillerie.", "front", *FIELDS) == [
        ("Kherson", "strike", "RU")
    ]


def test_the_side_encircled_is_not_the_one_advancing() -> None:
    text = "Die ukrainischen Verteidiger von Kurachowe sind nach Angaben russischer Militärblogger fast eingekesselt."
    assert keys(text, "front", *FIELDS) == [("Kurakhove", "advance", "RU")]


def test_claiming_control_of_a_town_is_a_capture() -> None:
    text = "Russia's defence ministry claimed control of the town of Selydove in the Donetsk region."
    assert keys(text, "front", *FIELDS) == [("Selydove", "capture", "RU")]


def test_an_unqualified_attack_on_a_city_far_from_the_front_is_a_strike() -> None:
    assert keys("Lwiw wurde in der Nacht angegriffen.", "front", "place", "status") == [("Lviv", "strike")]
    assert keys("Russische Truppen greifen Kupjansk an.", "front", "place", "status") == [
        ("Kupiansk", "attack")
    ]


def test_forces_reporting_on_themselves_speak_through_their_command() -> None:
    text = "Ukrainische Truppen haben nach eigenen Angaben das Dorf Robotyne zurückerobert."
    assert [c["reported_by"] for c in claims(text, "front")] == ["Ukrainian Armed Forces"]


def test_every_village_of_a_listed_capture_is_captured() -> None:
    text = "Russian forces have captured the villages of Novoolenivka and Ulakly, the Russian defence ministry said."
    assert sorted(keys(text, "front", *FIELDS)) == [
        ("Novoolenivka", "capture", "RU"),
        ("Ulakly", "capture", "RU"),
    ]


def test_a_place_under_a_sides_control_is_captured_by_that_side() -> None:
    german = "Die Kleinstadt Sudscha ist nach Angaben Kiews vollständig unter Kontrolle der ukrainischen Streitkräfte."
    english = "The town of Sudzha is now under Ukrainian control, Kyiv said."
    assert keys(german, "front", *FIELDS, "reported_by") == [
        ("Sudzha", "capture", "UA", "Ukrainian government")
    ]
    assert keys(english, "front", *FIELDS) == [("Sudzha", "capture", "UA")]


def test_a_place_long_held_under_control_is_no_capture() -> None:
    text = "Im seit 2014 unter russischer Kontrolle stehenden Donezk gab es Explosionen."
    assert [c["status"] for c in claims(text, "front")] != ["capture"]


def test_troops_moving_into_a_city_advance_and_the_nearest_force_acts() -> None:
    text = (
        "Nach dem Rückzug der russischen Armee vom Westufer des Dnipro sind ukrainische Soldaten "
        "in die Gebietshauptstadt Cherson eingerückt."
    )
    assert sorted(keys(text, "front", *FIELDS)) == [
        ("Kherson", "advance", "UA"),
        ("Kherson", "withdrawal", "RU"),
    ]


def test_the_dnipro_after_an_article_or_a_bank_is_the_river() -> None:
    assert claims("Ukrainische Truppen setzten über den Dnipro und griffen an.", "front") == []
    assert keys("In Dnipro ist eine Rakete eingeschlagen.", "front", "place", "status") == [
        ("Dnipro", "strike")
    ]


def test_a_situation_named_without_a_place_is_that_of_the_place_before() -> None:
    text = "Um die Kleinstadt Soledar wird weiter erbittert gekämpft. Die Lage sei „sehr schwierig“, sagte Selenskyj."
    assert keys(text, "front", "place", "status") == [("Soledar", "combat"), ("Soledar", "critical")]


def test_a_contested_town_that_is_taken_is_only_taken() -> None:
    text = "Die russische Armee hat die seit Monaten umkämpfte Stadt Awdijiwka vollständig eingenommen."
    assert keys(text, "front", *FIELDS) == [("Avdiivka", "capture", "RU")]
    assert keys("Die Stadt Awdijiwka ist seit Wochen umkämpft.", "front", "place", "status") == [
        ("Avdiivka", "combat")
    ]


def test_a_village_in_poland_keeps_its_polish_spelling() -> None:
    text = "In dem polnischen Dorf Przewodów sind beim Einschlag einer Rakete zwei Menschen getötet worden."
    assert {c["place"] for c in claims(text)} == {"Przewodów"}


def test_trying_to_encircle_is_an_attack_and_a_situation_described_after_is_at_the_same_place() -> None:
    text = (
        "Russian troops are trying to encircle Ukrainian units near Kurakhove, the commander said, "
        "describing the situation as extremely difficult."
    )
    assert sorted(keys(text, "front", *FIELDS)) == [
        ("Kurakhove", "attack", "RU"),
        ("Kurakhove", "critical", None),
    ]


def test_a_capture_reported_as_hearsay_is_a_capture_not_an_attempt() -> None:
    assert keys("Russische Truppen sollen das Dorf Krynky erobert haben.", "front", "status") == [
        ("capture",)
    ]
    assert keys("Russische Truppen versuchen, das Dorf Krynky zu erobern.", "front", "status") == [
        ("attack",)
    ]


def test_having_to_withdraw_and_making_headway_are_front_moves() -> None:
    withdrawal = "Ukrainische Truppen mussten sich aus dem Dorf Staromajorske zurückziehen."
    headway = "Die ukrainischen Truppen kämen in Richtung Tokmak voran, sagte General Olexander Tarnawskyj."
    assert keys(withdrawal, "front", *FIELDS) == [("Staromaiorske", "withdrawal", "UA")]
    assert keys(headway, "front", *FIELDS, "reported_by") == [
        ("Tokmak", "advance", "UA", "Oleksandr Tarnavskyi")
    ]


def test_the_country_that_concentrates_troops_acts_not_the_troops_it_means_to_push_back() -> None:
    text = "Russland hat rund 50.000 Soldaten in der Region Kursk zusammengezogen, um die ukrainischen Truppen zurückzudrängen."
    assert ("Kursk Oblast", "offensive_preparation", "RU") in keys(text, "front", *FIELDS)


def test_troops_fighting_alongside_russian_forces_are_north_koreas() -> None:
    text = "North Korean troops are fighting alongside Russian forces in the Kursk region."
    german = "In Kursk hätten sie an der Seite russischer Einheiten Kampfhandlungen aufgenommen."
    assert keys(text, "front", *FIELDS) == [("Kursk Oblast", "combat", "KP")]
    assert keys(german, "front", *FIELDS) == [("Kursk", "combat", "KP")]


def test_reinforcing_troops_near_places_prepares_an_offensive_there() -> None:
    text = "Russland verstärke seine Truppen bei Wremiwka, Huljajpole und Robotyne."
    english = "Russia has reinforced its troops near Vremivka, Huliaipole and Robotyne."
    expected = [(p, "offensive_preparation", "RU") for p in ("Huliaipole", "Robotyne", "Vremivka")]
    assert sorted(keys(text, "front", *FIELDS)) == expected
    assert sorted(keys(english, "front", *FIELDS)) == expected


def test_an_offensive_named_as_a_cause_is_no_attack_report() -> None:
    text = "Durch die ukrainische Offensive seien in Kursk etwa 50.000 russische Soldaten gebunden."
    assert claims(text, "front") == []


def test_every_village_listed_after_darunter_shares_the_status() -> None:
    text = "Die ukrainische Armee hat mehrere Dörfer im Süden befreit, darunter Blahodatne und Makariwka."
    assert keys(text, "front", *FIELDS) == [("Blahodatne", "capture", "UA"), ("Makarivka", "capture", "UA")]


def test_troops_pushed_back_near_a_place_english_text_names_without_an_introducer() -> None:
    text = "Ukraine said its forces had pushed Russian troops back from positions near Krynky."
    assert keys(text, "front", *FIELDS) == [("Krynky", "withdrawal", "RU")]
    assert claims("Russian troops advanced around Christmas, officials said.", "front") == []


def test_forces_that_have_taken_a_town_captured_it() -> None:
    assert keys("Russian forces have taken Kurakhove, Russia's defence ministry said.", "front", *FIELDS) == [
        ("Kurakhove", "capture", "RU")
    ]
    assert claims("Ukraine has taken steps to protect Kharkiv.", "front") == []


def test_the_push_a_capture_came_in_is_background() -> None:
    text = "Im Zuge ihres Vorstoßes im Gebiet Charkiw hat die ukrainische Armee nach Kiewer Angaben die Stadt Kupjansk zurückerobert."
    assert keys(text, "front", *FIELDS, "reported_by") == [
        ("Kupiansk", "capture", "UA", "Ukrainian government")
    ]


def test_working_forward_regaining_and_holding_positions_are_front_moves() -> None:
    assert keys(
        "Russische Einheiten haben sich bis an den Stadtrand von Pokrowsk vorgearbeitet.", "front", *FIELDS
    ) == [("Pokrovsk", "advance", "RU")]
    assert keys(
        "Die ukrainische Armee hat die Kontrolle über das Dorf Pjatychatky zurückgewonnen.", "front", *FIELDS
    ) == [("Piatykhatky", "capture", "UA")]
    assert keys(
        "Ukrainian forces are holding their positions in Chasiv Yar.", "front", "place", "status"
    ) == [("Chasiv Yar", "stable")]


def test_a_region_after_and_other_places_in_locates_the_list() -> None:
    text = (
        "In Bachmut, Wuhledar und anderen Orten im Donbass griffen die russischen Truppen ununterbrochen an."
    )
    assert sorted(keys(text, "front", *FIELDS)) == [("Bakhmut", "attack", "RU"), ("Vuhledar", "attack", "RU")]


def test_a_town_in_a_sides_hands_or_given_up_changed_hands() -> None:
    assert keys("Die Stadt Wuhledar ist nun in russischer Hand.", "front", *FIELDS) == [
        ("Vuhledar", "capture", "RU")
    ]
    assert keys("Die ukrainischen Truppen mussten die Stadt Awdijiwka aufgeben.", "front", *FIELDS) == [
        ("Avdiivka", "withdrawal", "UA")
    ]


def test_unnamed_villages_retaken_near_a_town_leave_the_town_as_it_was() -> None:
    assert claims("Kiew meldete die Rückeroberung von zwei Dörfern bei Bachmut.", "front") == []


def test_a_capital_that_contradicts_speaks_and_the_town_it_means_is_the_place() -> None:
    text = (
        "Moskau meldete, Soledar im Gebiet Donezk sei eingenommen worden. "
        "Kiew widersprach und erklärte, die Kämpfe um die Stadt dauerten an."
    )
    found = [(c["place"], c["status"], c["reported_by"]) for c in claims(text, "front")]
    assert found == [
        ("Soledar", "capture", "Russian government"),
        ("Soledar", "combat", "Ukrainian government"),
    ]


def test_explosions_reported_in_and_damage_in_a_city_are_strikes() -> None:
    assert keys("Explosions were reported in Kyiv and Lviv.", "front", "place", "status") == [
        ("Kyiv", "strike"),
        ("Lviv", "strike"),
    ]
    assert keys(
        "Beschädigt wurde auch das Wasserkraftwerk in Saporischschja.", "front", "place", "status"
    ) == [("Zaporizhzhia", "strike")]


def test_controlling_a_town_fully_is_a_capture_not_a_long_held_control_and_most_of_it_an_advance() -> None:
    text = "Syrskyj meldete, ukrainische Truppen kontrollierten die Kleinstadt Sudscha in der Region Kursk vollständig."
    assert keys(text, "front", *FIELDS) == [("Sudzha", "capture", "UA")]
    assert claims("Russland kontrolliert seit 2014 die Krim.", "front") == []
    assert keys("Russian forces now control most of Bakhmut.", "front", "status") == [("advance",)]


def test_a_chief_of_staff_announcing_a_recapture_is_its_source_and_actor() -> None:
    text = "Generalstabschef Waleri Gerassimow verkündete, das Gebiet Kursk sei vollständig zurückerobert."
    assert keys(text, "front", *FIELDS, "reported_by") == [
        ("Kursk Oblast", "capture", "RU", "Valery Gerasimov")
    ]


def test_a_missile_that_struck_with_words_between_verb_and_particle_is_a_strike() -> None:
    text = "Vor dem Dramatheater in Tschernihiw schlug am Vormittag eine russische Rakete ein."
    assert keys(text, "front", *FIELDS) == [("Chernihiv", "strike", "RU")]


def test_the_offensive_a_capture_came_during_is_background() -> None:
    text = "Ukrainian forces have recaptured the city of Kupiansk during their counteroffensive in the Kharkiv region."
    assert keys(text, "front", *FIELDS) == [("Kupiansk", "capture", "UA")]


def test_fierce_battles_are_combat_and_ukraines_army_reports() -> None:
    assert ("Toretsk", "combat") in keys(
        "Fierce battles continue around Toretsk, where Russian forces have gained ground.",
        "front",
        "place",
        "status",
    )
    text = "The front line near Kupiansk has stabilised, Ukraine's army said."
    assert keys(text, "front", "place", "status", "reported_by") == [
        ("Kupiansk", "stable", "Ukrainian Armed Forces")
    ]


def test_a_town_the_body_only_points_back_to_is_the_one_in_the_headline() -> None:
    body = "Das russische Verteidigungsministerium teilte mit, die Stadt sei vollständig eingenommen worden."
    assert keys_with_headline(body, "Russland meldet Einnahme von Kurachowe") == [
        ("Kurakhove", "capture", "RU")
    ]
    assert keys_with_headline(body, "Moskau meldet Erfolg") == []


def keys_with_headline(body: str, headline: str) -> list[tuple[object, ...]]:
    return [(c["place"], c["status"], c["actor"]) for c in claims(body, "front", headline=headline)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Russische Truppen warfen am Nachmittag vier Gleitbomben auf Charkiw ab.", "Kharkiv"),
        ("Über Saporischschja wurden erneut Gleitbomben abgeworfen.", "Zaporizhzhia"),
        ("Russland feuerte in der Nacht zwölf Raketen auf Dnipro ab.", "Dnipro"),
        ("Russland nahm Odessa in der Nacht mit Drohnen ins Visier.", "Odesa"),
        ("Odessa wurde in der Nacht erneut mit Drohnen attackiert.", "Odesa"),
        ("Russian forces dropped four guided bombs on Kherson on Thursday.", "Kherson"),
        ("Russia fired eleven missiles at Lviv overnight.", "Lviv"),
        ("Russian drones targeted Mykolaiv overnight.", "Mykolaiv"),
        ("Russian shells pounded Nikopol on Sunday.", "Nikopol"),
        ("A Russian missile slammed into an apartment block in Kryvyi Rih.", "Kryvyi Rih"),
        ("Sumy came under heavy fire on Sunday morning.", "Sumy"),
    ],
)
def test_bombs_dropped_missiles_fired_and_towns_targeted_are_strikes(text: str, place: str) -> None:
    assert keys(text, "front", "place", "status") == [(place, "strike")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kherson has been shelled almost daily since Ukrainian forces recaptured it in November 2022.",
            [("Kherson", "strike")],
        ),
        (
            "Cherson wird fast täglich beschossen, seitdem die ukrainische Armee die Stadt im November 2022 "
            "zurückerobert hat.",
            [("Kherson", "strike")],
        ),
        ("Seit dem Sommer 2024 rücken russische Truppen auf Pokrowsk vor.", [("Pokrovsk", "advance")]),
        (
            "Die seit 2022 besetzte Stadt Melitopol wurde in der Nacht mit Drohnen angegriffen.",
            [("Melitopol", "strike")],
        ),
    ],
)
def test_a_dated_clause_of_since_or_after_tells_history_not_news(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert keys(text, "front", "place", "status") == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Die russische Armee hat Nowoseliwka eingenommen.", "Novoselivka"),
        ("Russland hat nach eigenen Angaben Stepowe erobert.", "Stepove"),
        ("Russland hat nach eigenen Angaben Awdijiwka erobert.", "Avdiivka"),
        ("Russland meldet die Einnahme von Perschotrawnewe.", "Pershotravneve"),
        ("Russian forces captured Novoselivka, the ministry said.", "Novoselivka"),
    ],
)
def test_the_object_of_a_capture_is_a_place_without_an_introducer(text: str, place: str) -> None:
    assert keys(text, "front", "place", "status") == [(place, "capture")]


def test_a_capitalised_german_noun_taken_is_no_place() -> None:
    assert claims("Die Armee hat mehrere Stellungen eingenommen.", "front") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Im Donbass ist die Lage schwierig. Russische Truppen erobern dort immer weitere Ortschaften.",
            [("Donbas", "critical"), ("Donbas", "advance")],
        ),
        (
            "Russian forces keep capturing more villages in the Donetsk region.",
            [("Donetsk Oblast", "advance")],
        ),
        ("Russland hat im Gebiet Donezk mehrere Dörfer erobert.", [("Donetsk Oblast", "advance")]),
        (
            "Russland hat die Stadt Kurachowe und zwei Dörfer in der Umgebung erobert.",
            [("Kurakhove", "capture")],
        ),
    ],
)
def test_unnamed_places_taken_in_an_area_are_an_advance_there(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert keys(text, "front", "place", "status") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia is preparing an offensive in the south, in particular towards Zaporizhzhia, a spokesman said.",
        "Russland bereitet eine Offensive im Süden vor, hauptsächlich in Richtung Saporischschja.",
    ],
)
def test_the_place_an_offensive_is_prepared_towards_in_particular_is_its_place(text: str) -> None:
    assert keys(text, "front", "place", "status") == [("Zaporizhzhia", "offensive_preparation")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Lage im Raum Pokrowsk verschärft sich zusehends.", [("Pokrovsk", "critical")]),
        ("The situation near Pokrovsk is getting worse, the army said.", [("Pokrovsk", "critical")]),
        (
            "Inzwischen kontrolliere die Ukraine rund 1.000 Quadratkilometer russischen Territoriums, "
            "darunter die Kleinstadt Sudscha.",
            [("Sudzha", "capture")],
        ),
        (
            "Ukraine now controls about 1,000 square kilometres of Russian territory, including the town of Sudzha.",
            [("Sudzha", "capture")],
        ),
    ],
)
def test_a_worsening_situation_is_critical_and_a_town_among_the_ground_held_is_captured(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert keys(text, "front", "place", "status") == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Russian forces have reached the administrative border of the Dnipropetrovsk region.",
            "Dnipropetrovsk Oblast",
        ),
        (
            "Russische Truppen haben erstmals die Verwaltungsgrenze des Gebiets Dnipropetrowsk erreicht.",
            "Dnipropetrovsk Oblast",
        ),
        ("Russische Einheiten erreichten den Stadtrand von Pokrowsk.", "Pokrovsk"),
    ],
)
def test_troops_reaching_a_border_or_outskirts_advance_there(text: str, place: str) -> None:
    assert keys(text, "front", "place", "status") == [(place, "advance")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russische Truppen versuchen seit Tagen, die Stadt Tschassiw Jar einzunehmen.",
            ("Chasiv Yar", "attack", "RU"),
        ),
        ("Russian forces tried to capture Toretsk.", ("Toretsk", "attack", "RU")),
        ("Russian troops stormed the village of Krynky but were repelled.", ("Krynky", "attack", "RU")),
        ("Ukraine is holding the line in Chasiv Yar.", ("Chasiv Yar", "stable", "UA")),
        (
            "Die ukrainischen Verteidiger halten weiter die Stellung in Tschassiw Jar.",
            ("Chasiv Yar", "stable", "UA"),
        ),
    ],
)
def test_trying_to_take_a_town_is_an_attack_and_holding_the_line_is_stable(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert keys(text, "front", "place", "status", "actor") == [expected]


def test_an_aside_between_commas_keeps_the_place_before_it() -> None:
    text = (
        "The situation in Bakhmut remains extremely difficult. "
        "On the flanks of the city, however, Ukrainian units were advancing."
    )
    assert keys(text, "front", "place", "status", "actor") == [
        ("Bakhmut", "critical", None),
        ("Bakhmut", "advance", "UA"),
    ]


def test_the_battle_in_which_a_force_lost_its_fighters_is_no_fighting_now() -> None:
    text = (
        "Wagner chief Yevgeny Prigozhin has given a figure for his force's losses in the battle for Bakhmut."
    )
    assert claims(text, "front") == []


def test_an_assault_with_tanks_and_infantry_on_a_town_is_a_ground_attack() -> None:
    text = (
        "Russische Truppen haben nach Angaben ukrainischer Behördenvertreter einen Großangriff mit Panzern, "
        "Infanterie und schwerer Artillerie auf die ostukrainische Stadt Awdijiwka begonnen."
    )
    assert keys(text, "front", "place", "status", "actor", "reported_by") == [
        ("Avdiivka", "attack", "RU", "Ukrainian officials")
    ]


def test_a_town_under_a_sides_control_by_someones_account_is_captured() -> None:
    text = "Die Kleinstadt Sudscha ist nach Angaben von Oberbefehlshaber Olexander Syrskyj vollständig unter ukrainischer Kontrolle."
    assert keys(text, "front", "place", "status", "actor") == [("Sudzha", "capture", "UA")]


def test_a_missile_that_struck_far_from_its_particle_is_a_strike() -> None:
    text = "Am Vormittag schlug eine russische Rakete auf dem zentralen Platz von Tschernihiw vor dem Dramatheater ein."
    assert keys(text, "front", "place", "status") == [("Chernihiv", "strike")]


@pytest.mark.parametrize(
    "text",
    [
        "In Kursk kämpfen Nordkoreaner. Der ukrainische Vorstoß binde dort rund 50.000 russische Soldaten.",
        "Kyiv's incursion ties down around 50,000 Russian troops in Kursk.",
    ],
)
def test_a_push_named_for_the_troops_it_ties_down_is_no_front_move(text: str) -> None:
    assert [c for c in claims(text, "front") if c["status"] in {"advance", "attack"}] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukrainian troops were forced to withdraw from Avdiivka.", ("Avdiivka", "withdrawal")),
        ("Ukraine lost control of the town of Selydove.", ("Selydove", "withdrawal")),
        ("Die Ukraine hat die Kontrolle über Selydowe verloren.", ("Selydove", "withdrawal")),
        ("Russian troops are closing in on Pokrovsk.", ("Pokrovsk", "advance")),
        ("Russian forces are pressing towards Kurakhove.", ("Kurakhove", "advance")),
        ("Kyiv says its forces are holding out in Chasiv Yar.", ("Chasiv Yar", "stable")),
        ("Die Verteidiger von Tschassiw Jar halten stand.", ("Chasiv Yar", "stable")),
    ],
)
def test_withdrawing_losing_control_closing_in_and_holding_out(text: str, expected: tuple[str, str]) -> None:
    assert keys(text, "front", "place", "status") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces claimed to have captured the town of Toretsk, a claim Kyiv denied.",
        "Russland meldete die Einnahme von Torezk, was Kiew bestritt.",
    ],
)
def test_a_claim_denied_in_an_aside_is_still_reported_and_not_by_the_denier(text: str) -> None:
    found = claims(text, "front")
    assert [(c["place"], c["status"]) for c in found] == [("Toretsk", "capture")]
    assert found[0]["reported_by"] != "Ukrainian government"


def test_a_denial_of_the_whole_claim_still_drops_it() -> None:
    assert claims("Kiew bestritt, dass Torezk gefallen sei.", "front") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukrainian troops pushed Russian forces out of the village of Klishchiivka.",
            [("Klishchiivka", "capture")],
        ),
        (
            "Die Ukraine hat russische Truppen aus dem Dorf Klischtschijiwka vertrieben.",
            [("Klishchiivka", "capture")],
        ),
        ("Hunderttausende Menschen wurden aus Mariupol vertrieben.", []),
    ],
)
def test_troops_driven_out_of_a_village_lost_it_and_people_driven_out_are_no_front(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert keys(text, "front", "place", "status") == expected


def test_the_sector_that_has_part_of_the_clashes_is_where_they_are() -> None:
    text = "Das ukrainische Militär meldete 158 Gefechte an der Front, davon 52 im Abschnitt Pokrowsk."
    assert keys(text, "front", "place", "status") == [("Pokrovsk", "combat")]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow's Defence Ministry said its troops had seized the village of Novopil, which Kyiv denied.",
        "Das russische Verteidigungsministerium erklärte, seine Truppen hätten das Dorf Nowopil eingenommen; "
        "die ukrainische Armee widersprach.",
    ],
)
def test_forces_a_speaker_calls_its_own_act_for_that_speaker(text: str) -> None:
    assert keys(text, "front", "place", "status", "actor")[0] == ("Novopil", "capture", "RU")


def test_a_general_staff_in_the_capital_is_a_source_not_a_struck_city() -> None:
    text = "Laut dem Generalstab in Kiew griffen russische Truppen Tschassiw Jar erneut an."
    assert ("Kyiv", "strike") not in keys(text, "front", "place", "status")


def test_troops_stepping_up_their_attacks_on_a_town_attack_it_on_the_ground() -> None:
    text = "Russische Soldaten haben ihre Angriffe auf Tschassiw Jar deutlich ausgeweitet."
    assert keys(text, "front", "place", "status", "actor") == [("Chasiv Yar", "attack", "RU")]


@pytest.mark.parametrize(
    "text",
    [
        "Russische Truppen haben Nowopil im Gebiet Donezk eingenommen.",
        "Russian troops seized ground near Novopil in the Donetsk region.",
    ],
)
def test_a_name_the_region_after_it_places_is_a_front_place(text: str) -> None:
    assert [place for place, _ in keys(text, "front", "place", "status")] == ["Novopil"]


def test_a_german_noun_before_a_region_is_no_place() -> None:
    text = "Russische Truppen setzen ihre Angriffe in Richtung von Siedlungen im Gebiet Donezk fort."
    assert "Siedlungen" not in [place for place, _ in keys(text, "front", "place", "status")]


def test_the_offensive_that_dates_a_toll_is_no_front_news() -> None:
    text = "Seit Beginn der russischen Offensive sind in Wowtschansk 40 Zivilisten getötet worden."
    assert keys(text, "front", "place", "status") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian troops are now less than 8 km from Kostiantynivka.", ("Kostiantynivka", "advance", "RU")),
        (
            "Kyiv's commander said his troops now control about 500 square kilometres in the Kursk region.",
            ("Kursk Oblast", "advance", "UA"),
        ),
    ],
)
def test_closing_distance_and_territory_held_are_an_advance(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert keys(text, "front", "place", "status", "actor") == [expected]


def test_preparing_for_assaults_towards_a_place_is_offensive_preparation_by_the_enemy_named() -> None:
    text = (
        '"The Russians have been getting ready for weeks, preparing for assaults towards Orikhiv," '
        "Ukrainian army spokesman Dmytro Lykhovii said."
    )
    assert keys(text, "front", "place", "status", "actor") == [("Orikhiv", "offensive_preparation", "RU")]


@pytest.mark.parametrize(
    "text",
    [
        "In autumn 2022 Ukrainian forces launched a counteroffensive to retake Kherson.",
        "Im Herbst 2022 starteten ukrainische Truppen eine Gegenoffensive bei Cherson.",
    ],
)
def test_a_sentence_that_opens_with_a_past_year_is_history(text: str) -> None:
    assert keys(text, "front", "place", "status") == []


def test_the_area_of_a_governor_named_before_an_apposition_is_the_place_struck() -> None:
    text = "Der Gouverneur der Region Brjansk, Alexander Bogomas, meldete nach ukrainischem Beschuss drei Verletzte."
    assert keys(text, "front", "place", "status", "actor") == [("Bryansk Oblast", "strike", "UA")]


def test_special_forces_of_a_side_are_its_forces() -> None:
    text = "Ukrainische Spezialeinheiten haben vor der Krim ein russisches Schiff mit Seedrohnen beschädigt."
    assert keys(text, "front", "place", "status", "actor") == [("Crimea", "strike", "UA")]


@pytest.mark.parametrize(
    "text",
    [
        "In Charkiw wurden zwölf Menschen verletzt. Eine Gleitbombe traf ein Wohnhaus im Zentrum.",
        "Twelve people were injured in Kharkiv. A glide bomb hit an apartment block in the centre.",
    ],
)
def test_a_weapon_hitting_something_right_after_a_place_hits_that_place(text: str) -> None:
    assert ("Kharkiv", "strike") in keys(text, "front", "place", "status")


def test_a_capital_that_opened_a_front_is_the_state_not_a_place_of_fighting() -> None:
    text = "Fighting has raged near Vovchansk since Moscow opened a new front in the Kharkiv region in May."
    assert "Moscow" not in [place for place, _ in keys(text, "front", "place", "status")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russische Truppen haben die Kontrolle über die Stadt Torezk übernommen.",
            ("Toretsk", "capture", "RU"),
        ),
        ("Russische Soldaten stehen inzwischen vor den Toren von Pokrowsk.", ("Pokrovsk", "advance", "RU")),
        ("Russian troops crossed the Oskil river near Kupiansk.", ("Kupiansk", "advance", "RU")),
    ],
)
def test_control_taken_gates_reached_and_a_river_crossed(text: str, expected: tuple[str, str, str]) -> None:
    assert keys(text, "front", "place", "status", "actor") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainische Truppen waren dort vor zwei Wochen in die Stadt Sudscha eingedrungen.",
        "Ukrainian troops had entered the town of Sudzha two weeks ago.",
    ],
)
def test_a_pluperfect_weeks_ago_tells_how_it_came_to_be(text: str) -> None:
    assert keys(text, "front", "place", "status") == []


@pytest.mark.parametrize(
    "text",
    [
        "Die ukrainischen Streitkräfte haben einen russischen Vorstoß bei Kupjansk gestoppt.",
        "Ukrainian forces halted a Russian advance near Kupiansk.",
    ],
)
def test_an_advance_that_was_stopped_is_an_attack(text: str) -> None:
    assert keys(text, "front", "place", "status", "actor") == [("Kupiansk", "attack", "RU")]


def test_the_troops_are_the_force_the_sentence_before_named() -> None:
    text = "Die ukrainische Armee hat im Süden Gegenangriffe gestartet. Bei Robotyne seien die Truppen vorgerückt."
    assert keys(text, "front", "place", "status", "actor") == [("Robotyne", "advance", "UA")]


def test_a_range_of_drones_fired_at_a_city_struck_it() -> None:
    text = "Russia fired 40–45 drones at Odesa overnight."
    assert keys(text, "front", "place", "status") == [("Odesa", "strike")]


def test_the_recapture_of_a_region_is_a_capture() -> None:
    text = "Russia's chief of general staff announced the complete recapture of the Belgorod region."
    assert keys(text, "front", "place", "status", "actor") == [("Belgorod Oblast", "capture", "RU")]


@pytest.mark.parametrize(
    "text",
    [
        "Die russischen Truppen seien aus Kruhljakiwka vertrieben worden, teilte der Generalstab mit.",
        "Russian troops were driven out of the village of Krynky, the Ukrainian army said.",
        "Die Ukraine hat russische Truppen aus dem Dorf Klischtschijiwka vertrieben.",
    ],
)
def test_the_force_driven_out_lost_the_place_to_its_enemy(text: str) -> None:
    assert [(status, actor) for _, status, actor in keys(text, "front", "place", "status", "actor")] == [
        ("capture", "UA")
    ]


def test_the_enemy_a_ukrainian_speaker_sees_gathering_forces_is_russia() -> None:
    text = "„Der Feind sammelt Kräfte in Richtung Saporischschja“, sagte Selenskyj."
    assert keys(text, "front", "place", "status", "actor") == [
        ("Zaporizhzhia", "offensive_preparation", "RU")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine has pulled its troops back from positions near Robotyne.",
            ("Robotyne", "withdrawal", "UA"),
        ),
        ("Russian troops stormed Krynky but were repelled.", ("Krynky", "attack", "RU")),
    ],
)
def test_troops_pulled_back_and_a_village_stormed(text: str, expected: tuple[str, str, str]) -> None:
    assert keys(text, "front", "place", "status", "actor") == [expected]


def test_whose_weapons_struck_a_place_in_its_own_country_is_the_striker() -> None:
    text = "Die Krim-Brücke wurde in der Nacht von ukrainischen Seedrohnen angegriffen."
    assert keys(text, "front", "place", "status", "actor") == [("Crimean Bridge", "strike", "UA")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russische Truppen nehmen das Dorf Nowopil ein.", ("Novopil", "capture")),
        ("Russische Truppen beschießen Cherson erneut.", ("Kherson", "strike")),
    ],
)
def test_the_present_tense_of_capturing_and_shelling(text: str, expected: tuple[str, str]) -> None:
    assert keys(text, "front", "place", "status") == [expected]


def test_the_sector_named_before_is_where_the_assaults_were() -> None:
    text = (
        "Die Lage bei Pokrowsk bleibt angespannt. Russische Truppen hätten 52 Mal versucht, "
        "ukrainische Stellungen in dem Frontabschnitt zu stürmen."
    )
    assert ("Pokrovsk", "attack", "RU") in keys(text, "front", "place", "status", "actor")


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine said it had sunk a Russian landing ship off the coast of Crimea with sea drones.",
        "Die Ukraine hat nach eigenen Angaben vor der Krim ein russisches Landungsschiff versenkt.",
    ],
)
def test_a_ship_sunk_off_a_coast_struck_it(text: str) -> None:
    assert keys(text, "front", "place", "status", "actor") == [("Crimea", "strike", "UA")]


@pytest.mark.parametrize(
    "text",
    [
        "Getroffen wurden Energieanlagen in mehreren Regionen, unter anderem in Charkiw und Sumy.",
        "Power plants were hit in several regions, such as Kharkiv and Sumy.",
    ],
)
def test_places_named_after_several_regions_struck_are_struck(text: str) -> None:
    assert sorted(keys(text, "front", "place", "status")) == [("Kharkiv", "strike"), ("Sumy", "strike")]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Russische Truppen versuchen, Kostjantyniwka von Süden her einzukreisen.", "attack"),
        ("Russische Truppen haben Kostjantyniwka eingekreist.", "advance"),
    ],
)
def test_encircling_in_german_words_for_it(text: str, status: str) -> None:
    assert keys(text, "front", "place", "status", "actor") == [("Kostiantynivka", status, "RU")]


def test_the_advance_a_capture_came_during_in_the_dative_is_background() -> None:
    text = (
        "Ukrainische Truppen haben bei ihrem Vorstoß in das russische Gebiet Kursk die Kleinstadt "
        "Sudscha vollständig eingenommen."
    )
    assert keys(text, "front", "place", "status") == [("Sudzha", "capture")]


@pytest.mark.parametrize(
    "text",
    [
        "City authorities in Sumy said 11 people had died in a Russian missile strike on an apartment block.",
        "City authorities in Sumy said 11 people, two of them children, had died in a missile strike on a block.",
    ],
)
def test_a_towns_own_authorities_speak_from_the_town_struck(text: str) -> None:
    assert keys(text, "front", "place", "status") == [("Sumy", "strike")]


def test_a_capitals_officials_speak_for_the_state_not_from_a_place_struck() -> None:
    assert claims("Officials in Kyiv said a missile strike had damaged a school.", "front") == []


@pytest.mark.parametrize(
    "text",
    [
        "Kurakhove, one of the larger towns in the Donetsk region, has been captured by Russian forces.",
        "Kurachowe, eine der größeren Städte im Gebiet Donezk, ist von russischen Truppen eingenommen worden.",
    ],
)
def test_the_place_a_sentence_opens_with_is_the_subject_after_its_apposition(text: str) -> None:
    assert keys(text, "front", "place", "status", "actor") == [("Kurakhove", "capture", "RU")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Five people were killed in a Russian missile strike in Sumy.", "Sumy"),
        ("A Russian drone strike in Odesa killed two people.", "Odesa"),
    ],
)
def test_a_missile_or_drone_strike_in_a_city_strikes_it(text: str, place: str) -> None:
    assert keys(text, "front", "place", "status") == [(place, "strike")]


@pytest.mark.parametrize(
    "text",
    [
        "Die ukrainischen Truppen haben nach zwei Jahren Kampf die Stadt Wuhledar verlassen.",
        "Ukrainian troops have left the town of Vuhledar.",
    ],
)
def test_troops_leaving_a_town_withdraw_from_it(text: str) -> None:
    assert keys(text, "front", "place", "status", "actor") == [("Vuhledar", "withdrawal", "UA")]


def test_drones_leaving_the_airspace_are_no_withdrawal() -> None:
    text = "Zwei Drohnen hätten den ukrainischen Luftraum Richtung Russland verlassen."
    assert claims(text, "front") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainische Spezialeinheiten haben auf der Krim ein russisches Luftabwehrsystem vom Typ S-400 zerstört.",
        "Ukrainian forces destroyed a Russian S-400 air defence system in Crimea.",
    ],
)
def test_destroying_a_military_target_in_a_place_strikes_it(text: str) -> None:
    assert keys(text, "front", "place", "status", "actor") == [("Crimea", "strike", "UA")]


def test_drones_destroyed_over_a_city_are_no_strike_of_it() -> None:
    assert claims("Die Luftabwehr hat über Kiew 20 Drohnen zerstört.", "front") == []


def test_the_fights_of_one_sector_counted_alone_place_the_combat_there() -> None:
    text = "An der Front gab es binnen eines Tages 158 Gefechte, allein 45 davon im Abschnitt Pokrowsk."
    assert keys(text, "front", "place", "status") == [("Pokrovsk", "combat")]


def test_an_attack_on_a_town_fended_off_without_air_weapons_is_a_ground_attack() -> None:
    text = "Die Ukraine hat nach eigenen Angaben einen russischen Angriff auf die Stadt Wuhledar abgewehrt."
    assert keys(text, "front", "place", "status", "actor") == [("Vuhledar", "attack", "RU")]


def test_an_air_attack_fended_off_is_still_a_strike() -> None:
    text = "Die Flugabwehr hat einen russischen Drohnenangriff auf Kiew abgewehrt."
    assert keys(text, "front", "place", "status") == [("Kyiv", "strike")]


@pytest.mark.parametrize(
    "text",
    [
        "Die Wagner-Söldner kontrollieren nach britischer Einschätzung inzwischen den Großteil von Bachmut.",
        "Russian forces have captured most of Bakhmut.",
    ],
)
def test_taking_most_of_a_town_is_an_advance_not_its_capture(text: str) -> None:
    assert keys(text, "front", "place", "status", "actor") == [("Bakhmut", "advance", "RU")]


def test_a_situation_under_control_is_stable() -> None:
    text = "The situation in Pokrovsk is under control, the military said."
    assert keys(text, "front", "place", "status") == [("Pokrovsk", "stable")]


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops raised the flag over the village of Staromaiorske.",
        "Ukrainische Soldaten hissten die Flagge über dem Dorf Staromajorske.",
    ],
)
def test_raising_the_flag_over_a_village_captures_it(text: str) -> None:
    assert keys(text, "front", "place", "status", "actor") == [("Staromaiorske", "capture", "UA")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Russian forces pushed deeper into the Kharkiv region.", "Kharkiv Oblast"),
        ("Russian troops edged closer to Pokrovsk.", "Pokrovsk"),
        ("Russische Truppen sind bei Otscheretyne durchgebrochen.", "Ocheretyne"),
    ],
)
def test_pushing_deeper_edging_closer_and_breaking_through_advance(text: str, place: str) -> None:
    assert keys(text, "front", "place", "status", "actor") == [(place, "advance", "RU")]


@pytest.mark.parametrize(
    "text",
    [
        "In Kiew hat es nach Angaben von Bürgermeister Vitali Klitschko mehrere Explosionen gegeben.",
        "There were several explosions in Kyiv overnight, the mayor said.",
    ],
)
def test_explosions_there_were_in_a_city_are_a_strike(text: str) -> None:
    assert keys(text, "front", "place", "status") == [("Kyiv", "strike")]


@pytest.mark.parametrize(
    "text",
    [
        "Two North Korean soldiers were captured in Kursk, Zelenskyy said.",
        "Ukrainian forces captured two North Korean soldiers in the Kursk region.",
        "Ukrainische Soldaten haben im Gebiet Kursk zwei nordkoreanische Soldaten gefangen genommen.",
    ],
)
def test_soldiers_taken_prisoner_are_no_place_captured(text: str) -> None:
    assert claims(text, "front") == []


def test_a_capitals_pleas_are_its_states_not_a_strike_on_it() -> None:
    text = "Germany will send another Patriot system to Ukraine after Kyiv's pleas for protection from air strikes."
    assert claims(text, "front") == []


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces have taken control of Novobakhmutivka and Semenivka, villages northwest of Avdiivka.",
        "Russian forces captured Novobakhmutivka and Semenivka, two villages near Avdiivka.",
    ],
)
def test_names_an_apposition_calls_villages_are_places(text: str) -> None:
    assert keys(text, "front", "place", "status") == [
        ("Novobakhmutivka", "capture"),
        ("Semenivka", "capture"),
    ]


def test_its_troops_belong_to_the_subject_not_to_a_party_in_a_phrase() -> None:
    text = (
        "Die russische Armee habe in den ukrainischen Sektoren Wremiwka und Robotyne ihre Truppen verstärkt."
    )
    assert {actor for _, _, actor in keys(text, "front", "place", "status", "actor")} == {"RU"}


@pytest.mark.parametrize(
    "text",
    [
        "Russland griff mit Drohnen an. In Kiew entstanden Schäden an mehreren Gebäuden.",
        "Russia attacked with drones. Damage was reported in Kyiv.",
    ],
)
def test_damage_reported_in_a_city_after_an_attack_is_a_strike(text: str) -> None:
    assert keys(text, "front", "place", "status") == [("Kyiv", "strike")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Ukrainische Drohnen haben ein Öldepot im russischen Gebiet Brjansk in Brand gesetzt.",
            "Bryansk Oblast",
        ),
        ("Ukrainian drones set an oil depot in the Bryansk region on fire.", "Bryansk Oblast"),
        ("Zwei Menschen starben, als russische Bomben in Charkiw einschlugen.", "Kharkiv"),
    ],
)
def test_setting_a_target_on_fire_and_bombs_that_hit_strike_the_place(text: str, place: str) -> None:
    assert keys(text, "front", "place", "status") == [(place, "strike")]


@pytest.mark.parametrize(
    "text",
    [
        "Russische Truppen haben die Ortschaft Kurachowe eingenommen. Die Ukraine bestätigte, dass sich "
        "ihre Truppen aus der Ortschaft zurückgezogen hätten.",
        "Russian forces have captured the village of Kurakhove, Moscow said. Kyiv confirmed that its "
        "troops had pulled out of the village.",
    ],
)
def test_a_withdrawal_from_the_village_named_before_is_a_withdrawal_from_it(text: str) -> None:
    assert keys(text, "front", "place", "status", "actor") == [
        ("Kurakhove", "capture", "RU"),
        ("Kurakhove", "withdrawal", "UA"),
    ]


def test_a_capital_that_confirms_is_its_government_not_a_place() -> None:
    text = "Kyiv confirmed that Ukrainian troops had withdrawn from Kurakhove."
    assert keys(text, "front", "place", "reported_by") == [("Kurakhove", "Ukrainian government")]


@pytest.mark.parametrize(
    "text",
    [
        "Selenskyj hat vor einer neuen russischen Offensive im Raum Pokrowsk gewarnt.",
        "Selenskyj warnte vor einer russischen Offensive bei Pokrowsk.",
        "Zelensky warned of a new Russian offensive near Pokrovsk.",
    ],
)
def test_a_warning_of_an_offensive_is_its_preparation(text: str) -> None:
    assert keys(text, "front", "place", "status", "actor") == [("Pokrovsk", "offensive_preparation", "RU")]


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainische Drohnen haben ein Schiff im Hafen von Sewastopol auf der Krim getroffen.",
        "Ukrainian missiles hit a ship in Sevastopol in annexed Crimea.",
    ],
)
def test_the_peninsula_after_a_city_locates_the_city(text: str) -> None:
    assert keys(text, "front", "place", "status") == [("Sevastopol", "strike")]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's forces pushed Russian troops out of several positions near the village of Krynky.",
        "Ukrainische Truppen haben russische Stellungen bei Robotyne erobert.",
    ],
)
def test_positions_taken_near_a_place_are_ground_gained(text: str) -> None:
    assert keys(text, "front", "status", "actor") == [("advance", "UA")]


def test_troops_of_another_clause_are_no_prisoners_of_a_capture() -> None:
    text = "Russia captured Avdiivka after Ukrainian troops left their positions."
    assert keys(text, "front", "place", "status", "actor") == [
        ("Avdiivka", "capture", "RU"),
        ("Avdiivka", "withdrawal", "UA"),
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Zwei Zivilisten starben bei Beschuss der russischen Grenzstadt Schebekino.", "Shebekino"),
        ("Ukrainische Drohnen trafen das Frontdorf Pischtschane.", "Pishchane"),
    ],
)
def test_a_compound_of_town_or_village_introduces_a_place(text: str, place: str) -> None:
    assert keys(text, "front", "place", "status") == [(place, "strike")]


@pytest.mark.parametrize(
    "text",
    [
        "Russische Einheiten haben bei Wowtschansk mehrere hundert Meter Boden gutgemacht.",
        "Russian units gained several hundred metres of ground near Vovchansk.",
    ],
)
def test_ground_made_good_is_an_advance(text: str) -> None:
    assert keys(text, "front", "place", "status", "actor") == [("Vovchansk", "advance", "RU")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Russische Truppen haben Krasnohoriwka eingenommen.", "Krasnohorivka"),
        ("Russian troops have captured Krasnohorivka.", "Krasnohorivka"),
        ("Russian troops have captured Graivoron.", "Graivoron"),
    ],
)
def test_front_villages_are_known_by_name_alone(text: str, place: str) -> None:
    assert keys(text, "front", "place") == [(place,)]


@pytest.mark.parametrize(
    "text",
    [
        "Die ukrainische Armee hat sich aus drei Dörfern westlich von Awdijiwka zurückgezogen.",
        "Ukrainian troops withdrew from two villages west of Avdiivka.",
    ],
)
def test_leaving_villages_near_a_town_is_a_withdrawal_there(text: str) -> None:
    assert keys(text, "front", "place", "status", "actor") == [("Avdiivka", "withdrawal", "UA")]


def test_villages_taken_west_of_a_town_are_ground_gained_there() -> None:
    text = "Russische Truppen haben drei Dörfer westlich von Awdijiwka erobert."
    assert keys(text, "front", "place", "status", "actor") == [("Avdiivka", "advance", "RU")]


def test_the_adjective_of_the_region_struck_is_not_the_owner_of_the_drones() -> None:
    text = (
        "Die Ukraine hat einen Militärflugplatz in der russischen Region Woronesch mit Drohnen angegriffen."
    )
    assert keys(text, "front", "place", "status", "actor") == [("Voronezh Oblast", "strike", "UA")]


def test_the_offensive_a_capture_came_in_is_background_in_english_too() -> None:
    text = "In their counteroffensive in the Kharkiv region, Ukrainian soldiers have recaptured Kupiansk."
    assert keys(text, "front", "place", "status") == [("Kupiansk", "capture")]


@pytest.mark.parametrize(
    ("text", "place", "status"),
    [
        ("In the Kharkiv region, Ukrainian soldiers have advanced.", "Kharkiv Oblast", "advance"),
        ("Near Pokrovsk, Russian troops are attacking.", "Pokrovsk", "attack"),
    ],
)
def test_a_place_in_an_opening_phrase_is_where_the_clause_after_it_happens(
    text: str, place: str, status: str
) -> None:
    assert keys(text, "front", "place", "status") == [(place, status)]


def test_an_assault_with_tanks_infantry_and_artillery_is_a_ground_attack() -> None:
    text = (
        "Russische Truppen haben mit Panzern, Infanterie und schwerer Artillerie einen Großangriff auf "
        "Awdijiwka begonnen, wie ukrainische Vertreter mitteilten."
    )
    assert keys(text, "front", "place", "status", "reported_by") == [
        ("Avdiivka", "attack", "Ukrainian officials")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Two years ago, Russian forces occupied Kherson before withdrawing in November.",
        "Vor zwei Jahren hatten russische Truppen Cherson besetzt.",
    ],
)
def test_what_happened_years_ago_is_history(text: str) -> None:
    assert keys(text, "front", "place") == []


@pytest.mark.parametrize(
    "text",
    [
        "Die russische Armee nähert sich nach Angaben von Militärbeobachtern der Stadt Kurachowe.",
        "Russian forces are closing in on Kurakhove.",
    ],
)
def test_closing_in_on_a_town_is_an_advance_and_observers_are_no_named_source(text: str) -> None:
    assert keys(text, "front", "place", "status", "reported_by") == [("Kurakhove", "advance", None)]


@pytest.mark.parametrize(
    ("text", "place", "status", "actor"),
    [
        (
            "Ukraine launched a surprise incursion into Russia's Kursk region.",
            "Kursk Oblast",
            "advance",
            "UA",
        ),
        ("Russian forces are trying to surround Vuhledar.", "Vuhledar", "attack", "RU"),
    ],
)
def test_an_incursion_advances_and_an_attempt_to_surround_attacks(
    text: str, place: str, status: str, actor: str
) -> None:
    assert keys(text, "front", "place", "status", "actor") == [(place, status, actor)]


@pytest.mark.parametrize(
    "text",
    [
        "Selenskyj sprach von 11.000 Nordkoreanern im Gebiet Kursk, von denen einige bereits gegen ukrainische "
        "Soldaten kämpften.",
        "Im Gebiet Kursk sind nach Darstellung der USA tausende Nordkoreaner gegen ukrainische Truppen im Einsatz.",
        "North Korean troops fought Ukrainian forces in the Kursk region.",
    ],
)
def test_the_force_that_fights_against_another_is_the_actor(text: str) -> None:
    assert keys(text, "front", "place", "status", "actor") == [("Kursk Oblast", "combat", "KP")]


def test_the_capital_a_source_sits_in_does_not_make_an_attack_a_strike_from_the_air() -> None:
    text = "Der Generalstab in Kiew meldete 30 abgewehrte russische Angriffe bei Pokrowsk."
    assert keys(text, "front", "place", "status", "actor", "reported_by") == [
        ("Pokrovsk", "attack", "RU", "Ukrainian General Staff")
    ]


@pytest.mark.parametrize(
    ("text", "claims_found"),
    [
        ("Die Russen stehen vor Pokrowsk.", [("Pokrovsk", "advance", "RU")]),
        ("Russische Truppen stehen bereits vor der Stadt Kurachowe.", [("Kurakhove", "advance", "RU")]),
        ("Die Soldaten stehen vor Problemen in Pokrowsk.", []),
    ],
)
def test_troops_that_stand_before_a_town_have_advanced_to_it(text: str, claims_found: list) -> None:
    assert keys(text, "front", "place", "status", "actor") == claims_found


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Der russische Vormarsch auf Pokrowsk geht weiter.", "advance"),
        ("Ukrainische Truppen haben den russischen Vormarsch bei Pokrowsk gestoppt.", "attack"),
    ],
)
def test_a_vormarsch_on_a_town_advances_and_one_stopped_attacked(text: str, status: str) -> None:
    assert keys(text, "front", "place", "status", "actor") == [("Pokrovsk", status, "RU")]


@pytest.mark.parametrize(
    "text",
    [
        "Bei Kurachowe haben russische Einheiten eine weitere Ortschaft eingenommen.",
        "Russian forces captured another village near Kurakhove.",
    ],
)
def test_one_more_unnamed_village_taken_near_a_town_is_ground_gained_there(text: str) -> None:
    assert keys(text, "front", "place", "status", "actor") == [("Kurakhove", "advance", "RU")]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's forces are under heavy pressure near Toretsk.",
        "Die ukrainischen Truppen stehen bei Torezk unter massivem Druck.",
    ],
)
def test_troops_under_heavy_pressure_describe_a_critical_situation(text: str) -> None:
    assert keys(text, "front", "place", "status") == [("Toretsk", "critical")]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Die Lage bei Pokrowsk bleibt nach Angaben des Generalstabs angespannt, aber stabil.", "stable"),
        ("The situation around Pokrovsk is tense but stable, the general staff said.", "stable"),
        ("The situation near Pokrovsk is difficult but under control.", "stable"),
        ("Die Lage bei Pokrowsk ist stabil, aber angespannt.", "critical"),
    ],
)
def test_what_follows_but_is_the_verdict_on_a_situation(text: str, status: str) -> None:
    assert keys(text, "front", "place", "status") == [("Pokrovsk", status)]


@pytest.mark.parametrize(
    "text",
    [
        "Um Tschassiw Jar wird gekämpft. Russische Einheiten seien am Stadtrand vorgerückt, hieß es.",
        "Fighting continued around Chasiv Yar. Russian troops advanced on the outskirts, the army said.",
    ],
)
def test_the_outskirts_are_those_of_the_town_named_before(text: str) -> None:
    assert ("Chasiv Yar", "advance", "RU") in keys(text, "front", "place", "status", "actor")


@pytest.mark.parametrize(
    "text",
    [
        "About 1,500 North Korean soldiers have returned to the front in Kursk after pulling back for weeks.",
        "Nordkoreanische Soldaten sind nach ihrem Rückzug vor einigen Wochen an die Front in Kursk zurückgekehrt.",
    ],
)
def test_a_pull_back_that_troops_have_returned_from_is_no_withdrawal(text: str) -> None:
    assert "withdrawal" not in [status for _, status in keys(text, "front", "place", "status")]


@pytest.mark.parametrize(
    "text",
    [
        "Russische Einheiten haben sich bis auf wenige Kilometer an die Stadt Kurachowe herangekämpft.",
        "Die russischen Truppen kämpfen sich langsam an Kurachowe heran.",
        "Russian troops have fought their way into the centre of Kurakhove.",
    ],
)
def test_fighting_ones_way_towards_a_town_is_an_advance(text: str) -> None:
    assert keys(text, "front", "place", "status", "actor") == [("Kurakhove", "advance", "RU")]


@pytest.mark.parametrize(
    "text",
    [
        "Bei Kupjansk konnten die ukrainischen Verteidiger nach eigenen Angaben mehrere Angriffe abwehren.",
        "Ukrainian troops managed to repel several assaults near Kupiansk.",
    ],
)
def test_attacks_defenders_could_repel_are_the_other_sides(text: str) -> None:
    assert keys(text, "front", "place", "status", "actor") == [("Kupiansk", "attack", "RU")]


@pytest.mark.parametrize(
    "text",
    [
        "Russische Einheiten seien in Kurachowe eingedrungen und kontrollierten inzwischen etwa die Hälfte des Stadtgebiets.",
        "Russian forces now control about half of Kurakhove, Ukrainian military bloggers said.",
        "Russian troops now control about 80 per cent of Kurakhove.",
    ],
)
def test_controlling_a_share_of_a_town_is_an_advance_not_its_capture(text: str) -> None:
    assert keys(text, "front", "place", "status") == [("Kurakhove", "advance")]


def test_the_sites_affected_by_an_attack_were_struck() -> None:
    text = (
        "Russland hat in der Nacht die Energieinfrastruktur angegriffen. Betroffen waren nach Angaben "
        "des Netzbetreibers Anlagen in den Regionen Lwiw und Riwne."
    )
    assert keys(text, "front", "place", "status") == [("Lviv Oblast", "strike"), ("Rivne Oblast", "strike")]
    assert claims("In Charkiw sind 3000 Haushalte von Stromausfällen betroffen.", "front") == []


@pytest.mark.parametrize(
    "text",
    [
        "Russia's defence ministry said its troops had taken control of the villages of Makiivka in the Luhansk region and Hrodivka in the Donetsk region.",
        "Russland meldete die Einnahme der Dörfer Makijiwka im Gebiet Luhansk und Hrodiwka im Gebiet Donezk.",
    ],
)
def test_villages_listed_each_with_its_region_are_all_taken(text: str) -> None:
    assert keys(text, "front", "place", "status") == [("Makiivka", "capture"), ("Hrodivka", "capture")]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's military said its forces had pulled back from Hrodivka to more favourable positions.",
        "Die ukrainischen Truppen haben sich aus Hrodiwka zurückgezogen.",
    ],
)
def test_a_village_troops_pulled_back_from_is_a_withdrawal(text: str) -> None:
    assert keys(text, "front", "place", "status", "actor") == [("Hrodivka", "withdrawal", "UA")]


def test_a_capital_in_the_genitive_after_darstellung_is_the_source_not_the_place() -> None:
    text = "Die russische Armee bereitet nach Darstellung Kiews eine Offensive an der Südfront vor."
    assert claims(text, "front") == []


def test_forces_drawn_together_in_the_subjunctive_prepare_an_offensive() -> None:
    text = "Vor allem in Richtung Saporischschja zögen die Russen seit Wochen Kräfte zusammen, sagte Armeesprecher Wladyslaw Woloschyn."
    assert keys(text, "front", "place", "status", "actor") == [
        ("Zaporizhzhia", "offensive_preparation", "RU")
    ]


def test_blasts_heard_in_cities_are_strikes() -> None:
    text = "The air force called it the biggest air attack of the war, with blasts heard in Kyiv, Lviv and Odesa."
    assert keys(text, "front", "place", "status") == [
        ("Kyiv", "strike"),
        ("Lviv", "strike"),
        ("Odesa", "strike"),
    ]


def test_full_control_said_after_a_long_object_is_still_a_capture() -> None:
    text = (
        "Nach Angaben von Oberbefehlshaber Olexander Syrskyj kontrollieren ukrainische Truppen die Kleinstadt "
        "Sudscha in der Region Kursk inzwischen vollständig."
    )
    assert keys(text, "front", "place", "status", "actor") == [("Sudzha", "capture", "UA")]


@pytest.mark.parametrize(
    "text",
    [
        "In Ramenskoje kam eine Frau ums Leben, als eine Drohne in ein Wohnhaus stürzte.",
        "A drone crashed into a residential building in Ramenskoye.",
    ],
)
def test_a_drone_crashing_into_a_building_strikes_the_town(text: str) -> None:
    assert keys(text, "front", "place", "status") == [("Ramenskoye", "strike")]


def test_a_town_right_after_an_adjective_source_is_the_place_taken() -> None:
    text = "Die ukrainische Armee hat im Gebiet Charkiw nach Kiewer Angaben Kupjansk wieder eingenommen."
    assert keys(text, "front", "place", "status", "actor") == [("Kupiansk", "capture", "UA")]


def test_an_attack_jet_is_no_attack_on_the_place_it_was_downed_over() -> None:
    assert (
        claims("Ukraine said it had shot down a Russian Su-25 attack jet over the Donetsk region.", "front")
        == []
    )


def test_fighting_for_the_place_points_back_past_a_capital_that_kept_silent() -> None:
    text = (
        "Russische Truppen hätten die Ortschaft Pogrebki zurückerobert. Kiew äußerte sich dazu nicht. "
        "Ukrainische Militärblogger berichteten dagegen von heftigen Kämpfen um den Ort."
    )
    assert keys(text, "front", "place", "status") == [("Pogrebki", "capture"), ("Pogrebki", "combat")]


def test_the_troops_of_the_next_sentence_are_the_state_that_massed_them() -> None:
    text = (
        "Russland hat rund 45.000 Soldaten in der Region Saporischschja zusammengezogen. "
        "Die Truppen bereiteten sich auf eine Offensive in Richtung Orichiw vor."
    )
    assert keys(text, "front", "place", "actor") == [("Zaporizhzhia Oblast", "RU"), ("Orikhiv", "RU")]


def test_every_name_of_a_list_of_oblasts_is_an_oblast_struck_oxford_comma_or_not() -> None:
    text = "Energy facilities were hit in Lviv, Ivano-Frankivsk, Kharkiv, and Poltava oblasts, the minister said."
    assert keys(text, "front", "place") == [
        ("Lviv Oblast",),
        ("Ivano-Frankivsk Oblast",),
        ("Kharkiv Oblast",),
        ("Poltava Oblast",),
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Kyiv's forces launched a counterattack near Kupiansk.", "Kupiansk"),
        (
            "Die ukrainische Armee startete einen Gegenangriff auf russische Stellungen bei Pokrowsk.",
            "Pokrovsk",
        ),
    ],
)
def test_a_counterattack_is_an_attack_by_who_launched_it(text: str, place: str) -> None:
    assert keys(text, "front", "place", "status", "actor") == [(place, "attack", "UA")]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Torezk steht nach Einschätzung von Militärexperten kurz vor dem Fall.", "critical"),
        ("Toretsk is on the verge of falling, analysts say.", "critical"),
        ("Russland meldet die vollständige Eroberung von Torezk.", "capture"),
        ("Die Ukrainer halten Torezk weiterhin.", "stable"),
        ("Ukrainian forces still hold parts of Toretsk.", "stable"),
    ],
)
def test_a_town_about_to_fall_taken_or_still_held(text: str, status: str) -> None:
    assert keys(text, "front", "place", "status") == [("Toretsk", status)]


@pytest.mark.parametrize(
    "text",
    [
        "Die russische Armee hat zwei weitere Ortschaften eingenommen. Es handle sich um die Dörfer Illinka und Dalnje im Gebiet Donezk.",
        "Russia said it had captured two more villages. They are the villages of Illinka and Dalne in the Donetsk region.",
    ],
)
def test_places_named_in_the_next_sentence_take_the_status_left_unplaced(text: str) -> None:
    assert [k[1:] for k in keys(text, "front", "place", "status", "actor")] == [
        ("capture", "RU"),
        ("capture", "RU"),
    ]
    assert keys(text, "front", "place")[0] == ("Illinka",)


def test_preparing_for_weeks_to_attack_towards_a_place_prepares_an_offensive_there() -> None:
    text = "Voloshyn said Russia had been preparing for several weeks to attack in the direction of Zaporizhzhia."
    assert keys(text, "front", "place", "status", "actor") == [
        ("Zaporizhzhia", "offensive_preparation", "RU")
    ]


def test_a_city_that_came_under_missile_fire_was_struck() -> None:
    text = "The Ukrainian capital Kyiv came under missile fire on Wednesday morning for the first time since August."
    assert keys(text, "front", "place", "status", "actor") == [("Kyiv", "strike", "RU")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukrainische Truppen halten weiterhin Stellungen in Pokrowsk.", ("Pokrovsk", "UA")),
        ("Russian forces still hold the town of Vovchansk.", ("Vovchansk", "RU")),
        ("Die Front bei Saporischschja ist nach Angaben Kiews stabil.", ("Zaporizhzhia", None)),
    ],
)
def test_whoever_holds_a_place_is_the_actor_of_its_stable_status_and_a_stable_front_has_none(
    text: str, expected: tuple[str, str | None]
) -> None:
    assert keys(text, "front", "place", "actor") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Russia's FSB security service said it had detained two people suspected of plotting attacks in Moscow on behalf of Ukraine.",
        "Der russische Geheimdienst FSB hat nach eigenen Angaben einen Anschlag in Moskau vereitelt.",
    ],
)
def test_an_attack_foiled_by_arrests_is_no_strike(text: str) -> None:
    assert keys(text, "front", "place", "status") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ukrainische Truppen haben das Dorf Pischtschane östlich von Kupjansk zurückerobert.", "Pishchane"),
        ("Russian forces captured the village of Ivanivske, south-west of Bakhmut.", "Ivanivske"),
        ("Russian troops captured Pishchane, 10 km south of Kupiansk.", "Pishchane"),
    ],
)
def test_a_town_that_only_locates_a_village_by_its_bearing_is_not_the_place_taken(
    text: str, place: str
) -> None:
    assert keys(text, "front", "place", "status") == [(place, "capture")]


@pytest.mark.parametrize(
    "text",
    [
        "Nach Einschätzung von Militärexperten droht die Einkesselung der dort verbliebenen Einheiten in Kurachowe.",
        "Ukrainian troops in Kurakhove risk being encircled, analysts said.",
    ],
)
def test_a_threatened_encirclement_is_a_critical_situation_not_an_advance(text: str) -> None:
    assert keys(text, "front", "place", "status", "actor") == [("Kurakhove", "critical", None)]


def test_armed_forces_stepping_up_attacks_on_a_town_attack_it_on_the_ground() -> None:
    text = "Die russischen Streitkräfte haben ihre Angriffe auf die Stadt Kurachowe verstärkt."
    assert keys(text, "front", "place", "status", "actor") == [("Kurakhove", "attack", "RU")]


@pytest.mark.parametrize(
    "follow_up",
    [
        "Russische Truppen seien in den östlichen Stadtteil Kanal vorgedrungen.",
        "Russische Truppen seien bis ins Stadtzentrum vorgedrungen.",
        "Russian troops have entered the eastern district of the town.",
    ],
)
def test_a_district_or_the_centre_of_the_town_named_before_is_that_town(follow_up: str) -> None:
    text = f"Heftige Kämpfe um Tschassiw Jar. {follow_up}"
    assert ("Chasiv Yar", "advance", "RU") in keys(text, "front", "place", "status", "actor")


def test_a_country_named_as_where_the_fighting_is_does_not_fight() -> None:
    text = "Im Osten der Ukraine dauern die schweren Kämpfe um die Stadt Tschassiw Jar an."
    assert keys(text, "front", "place", "status", "actor") == [("Chasiv Yar", "combat", None)]


def test_the_place_an_english_verb_takes_as_its_object_is_the_one_it_speaks_of() -> None:
    text = "Russian forces are pressing towards Kostiantynivka and have captured the settlement of Oleksandropil."
    assert keys(text, "front", "place", "status") == [
        ("Kostiantynivka", "advance"),
        ("Oleksandropil", "capture"),
    ]


@pytest.mark.parametrize(
    "history",
    [
        "Russian troops had captured the village in early June during their push toward the regional capital.",
        "Russische Truppen hatten den Ort Anfang Juni eingenommen.",
    ],
)
def test_how_a_place_changed_hands_weeks_before_is_history(history: str) -> None:
    text = f"Ukrainian forces have liberated the village of Andriivka in Sumy Oblast. {history}"
    assert keys(text, "front", "place", "status", "actor") == [("Andriivka", "capture", "UA")]


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainische Truppen kontrollieren nach Worten von Oberbefehlshaber Olexander Syrskyj die russische Kleinstadt Sudscha im Gebiet Kursk nun vollständig.",
        "Ukrainian troops are now in full control of Sudzha.",
    ],
)
def test_full_control_of_a_town_is_its_capture(text: str) -> None:
    assert keys(text, "front", "place", "status", "actor") == [("Sudzha", "capture", "UA")]


def test_a_capitals_own_attack_names_no_strike_on_it() -> None:
    text = "Russia said it had destroyed 337 Ukrainian drones, in what looked like Kyiv's biggest drone attack on Russian territory so far."
    assert [p for p, _ in keys(text, "front", "place", "status")] == []


def test_a_town_retaken_as_part_of_an_offensive_is_captured_whole() -> None:
    text = "Ukrainian soldiers have recaptured the city of Kupiansk as part of their counteroffensive in the Kharkiv region."
    assert keys(text, "front", "place", "status") == [("Kupiansk", "capture")]
