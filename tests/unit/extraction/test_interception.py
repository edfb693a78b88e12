"""Interception claims, on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.unit.extraction.helpers import claims, keys

FIELDS = ("weapon", "launched", "intercepted", "lost")


def test_x_of_y_counts_launched_and_intercepted() -> None:
    text = "Die Luftwaffe meldete, sie habe in der Nacht elf von neunzehn Marschflugkörpern abgefangen."
    assert keys(text, "interception", *FIELDS) == [("cruise_missile", 19, 11, None)]


def test_abgeschossen_by_the_attacker_means_launched() -> None:
    text = "Russland hat nach Angaben aus Kiew in der Nacht 40 Raketen auf die Hauptstadt abgeschossen."
    assert keys(text, "interception", *FIELDS) == [("missile", 40, None, None)]


def test_abgeschossen_by_air_defence_means_shot_down() -> None:
    text = "Die Flugabwehr habe über dem Süden 35 Drohnen abgeschossen, teilte das Militär mit."
    assert keys(text, "interception", *FIELDS) == [("drone", None, 35, None)]


def test_only_one_reaching_its_target_means_the_rest_were_neutralised() -> None:
    german = "Nur eine von 213 Drohnen erreichte ihr Ziel, teilte die Luftwaffe mit."
    english = "Only one of 213 drones reached its target, the air force said."
    assert keys(german, "interception", *FIELDS) == [("drone", 213, 212, None)]
    assert keys(english, "interception", *FIELDS) == [("drone", 213, 212, None)]


def test_a_detection_count_alone_is_no_interception() -> None:
    assert claims("Das Radar erfasste am Abend 60 Drohnen über dem Norden des Landes.", "interception") == []


def test_a_detection_count_is_the_base_of_the_shot_down_share() -> None:
    text = "The air force said it detected 45 drones and shot down 38 of them."
    assert keys(text, "interception", *FIELDS) == [("drone", 45, 38, None)]


def test_russian_claims_about_ukrainian_drones_name_the_attacker_ua() -> None:
    text = (
        "Das russische Verteidigungsministerium erklärte, die Luftabwehr habe über den "
        "Gebieten Brjansk und Kursk 27 ukrainische Drohnen zerstört."
    )
    [claim] = claims(text, "interception")
    assert (claim["intercepted"], claim["attacker"]) == (27, "UA")
    assert claim["reported_by"] == "Russian Defence Ministry"


def test_english_russian_claim() -> None:
    text = "Russia's defence ministry said its air defence units downed 19 Ukrainian drones overnight."
    [claim] = claims(text, "interception")
    assert (claim["intercepted"], claim["attacker"]) == (19, "UA")


def test_two_weapons_in_one_sentence_are_two_claims() -> None:
    text = (
        "Russland griff in der Nacht mit 58 Drohnen und vier ballistischen Raketen an; "
        "die Flugabwehr zerstörte 41 Drohnen."
    )
    assert sorted(keys(text, "interception", *FIELDS)) == [
        ("ballistic_missile", 4, None, None),
        ("drone", 58, 41, None),
    ]


def test_lost_drones_join_the_claim_of_their_attack() -> None:
    text = "Von den 75 Drohnen wurden 50 abgeschossen, 20 weitere seien lokal verloren gegangen."
    assert keys(text, "interception", *FIELDS) == [("drone", 75, 50, 20)]


def test_lost_in_the_next_sentence_joins_the_claim() -> None:
    text = "Die Luftabwehr fing 30 von 44 Drohnen ab. Weitere zwölf Drohnen seien vom Radar verschwunden."
    [claim] = claims(text, "interception")
    assert (claim["launched"], claim["intercepted"], claim["lost"]) == (44, 30, 12)
    assert claim["evidence"] == text


def test_all_intercepted_counts_both() -> None:
    text = "Die Flugabwehr hat alle zwölf Raketen abgefangen, die auf Lwiw zuflogen."
    assert keys(text, "interception", *FIELDS) == [("missile", 12, 12, None)]


def test_glide_bombs_dropped_are_launched() -> None:
    text = "Russische Kampfflugzeuge warfen nach ukrainischen Angaben 30 Gleitbomben auf die Region ab."
    assert keys(text, "interception", *FIELDS) == [("glide_bomb", 30, None, None)]


def test_drones_that_are_delivered_are_no_interception() -> None:
    assert claims("Schweden liefert der Ukraine 100 Drohnen.", "interception") == []


def test_evidence_and_span_point_into_the_body() -> None:
    body = "Erster Satz ohne Zahl. Die Flugabwehr schoss 7 von 9 Raketen ab."
    [claim] = claims(body, "interception")
    start, end = claim["span"]
    assert body[start:end] == claim["evidence"] == "Die Flugabwehr schoss 7 von 9 Raketen ab."


def test_davon_in_the_next_sentence_completes_the_attack() -> None:
    text = (
        "Russland griff in der Nacht mit vier ballistischen Raketen und 112 Drohnen an. "
        "Davon seien 74 Drohnen abgeschossen worden."
    )
    assert sorted(keys(text, "interception", *FIELDS)) == [
        ("ballistic_missile", 4, None, None),
        ("drone", 112, 74, None),
    ]


def test_a_capital_that_reports_is_its_government() -> None:
    [claim] = claims("Kiew meldet den Abschuss von 20 russischen Marschflugkörpern.", "interception")
    assert (claim["intercepted"], claim["reported_by"]) == (20, "Ukrainian government")


def test_launched_and_shot_down_in_two_sentences_are_one_claim_per_weapon() -> None:
    text = (
        "In der Nacht griff Russland mit 58 Drohnen und vier Raketen an. "
        "Die Luftabwehr habe 39 Drohnen und drei Raketen zerstört, hieß es von der Luftwaffe. "
        "Zwölf weitere Drohnen seien durch elektronische Gegenmaßnahmen nicht ans Ziel gelangt."
    )
    assert keys(text, "interception", *FIELDS) == [("drone", 58, 39, 12), ("missile", 4, 3, None)]


def test_english_launch_and_outcomes_in_two_sentences_are_one_claim() -> None:
    text = (
        "Russia fired 71 drones at Ukraine overnight, the air force said. "
        "Air defence downed 50 of the drones, while 15 were lost to electronic warfare."
    )
    assert keys(text, "interception", *FIELDS) == [("drone", 71, 50, 15)]


def test_more_shot_down_than_launched_is_not_the_same_attack() -> None:
    text = (
        "Russland setzte zehn Drohnen ein. Insgesamt habe die Flugabwehr seit Montag 60 Drohnen abgeschossen."
    )
    assert keys(text, "interception", *FIELDS) == [("drone", 10, None, None), ("drone", None, 60, None)]


def test_the_army_that_shoots_down_is_the_defender() -> None:
    text = "The Ukrainian army said it had downed 31 of 40 drones overnight."
    assert keys(text, "interception", "launched", "intercepted", "attacker") == [(40, 31, "RU")]


def test_outcomes_in_a_relative_clause_after_the_launch() -> None:
    text = "Russia attacked the country with 120 drones, of which 85 were shot down and 30 were jammed."
    assert keys(text, "interception", *FIELDS) == [("drone", 120, 85, 30)]


def test_interceptions_take_the_one_place_the_entry_says_was_struck() -> None:
    text = (
        "Russland hat Dnipro in der Nacht mit Drohnen angegriffen. "
        "Die Flugabwehr habe 17 von 21 Drohnen abgeschossen, teilte die Luftwaffe mit."
    )
    assert keys(text, "interception", "launched", "intercepted", "place") == [(21, 17, "Dnipro")]


def test_x_der_y_counts_like_x_von_y() -> None:
    text = "Die Luftverteidigung zerstörte 14 der 19 Marschflugkörper."
    assert keys(text, "interception", *FIELDS) == [("cruise_missile", 19, 14, None)]


def test_an_adjectival_participle_counts_as_shot_down() -> None:
    text = "Die ukrainische Luftwaffe meldete 44 abgewehrte Drohnen."
    assert keys(text, "interception", *FIELDS) == [("drone", None, 44, None)]


def test_a_possessive_ukraines_military_is_the_ukrainian_source() -> None:
    text = "Ukraine's military said it had downed all 12 missiles and 40 of 46 drones."
    assert keys(text, "interception", "weapon", "launched", "intercepted", "reported_by", "attacker") == [
        ("missile", 12, 12, "Ukrainian Armed Forces", "RU"),
        ("drone", 46, 40, "Ukrainian Armed Forces", "RU"),
    ]


def test_all_of_a_launched_weapon_shot_down_without_a_count() -> None:
    english = "Russia fired 9 missiles and 30 drones overnight; all of the missiles and 21 of the drones were downed."
    german = "Russland feuerte acht Raketen ab, alle Raketen wurden abgefangen."
    assert keys(english, "interception", *FIELDS) == [("missile", 9, 9, None), ("drone", 30, 21, None)]
    assert keys(german, "interception", *FIELDS) == [("missile", 8, 8, None)]


def test_what_russia_reports_shot_down_is_ukrainian() -> None:
    text = "Nach russischen Angaben wurden über der Region Kursk 14 Raketen abgefangen."
    assert keys(text, "interception", "intercepted", "attacker") == [(14, "UA")]


def test_one_count_for_drones_and_missiles_is_a_mixed_attack() -> None:
    mixed = "Russland hat die Ukraine in der Nacht mit mehr als 80 Drohnen und Raketen angegriffen."
    each = "Russia attacked with 35 drones and three missiles."
    assert keys(mixed, "interception", *FIELDS) == [("mixed", 80, None, None)]
    assert keys(each, "interception", *FIELDS) == [("drone", 35, None, None), ("missile", 3, None, None)]


def test_the_russian_military_shooting_down_reports_ukrainian_weapons() -> None:
    text = "The Russian military said it had intercepted six ATACMS missiles over Crimea."
    assert keys(text, "interception", "intercepted", "attacker", "reported_by") == [
        (6, "UA", "Russian Defence Ministry")
    ]


def test_vanished_from_the_radars_are_lost() -> None:
    text = "In der Nacht seien 21 von 25 Drohnen abgeschossen worden, drei weitere seien von den Radaren verschwunden."
    assert keys(text, "interception", *FIELDS) == [("drone", 25, 21, 3)]


def test_drones_that_did_not_reach_their_targets_are_lost() -> None:
    german = "Neun Drohnen seien abgeschossen worden, vier weitere hätten ihr Ziel nicht erreicht."
    english = "Russia launched 44 drones; 30 were shot down and 9 failed to reach their targets."
    assert keys(german, "interception", *FIELDS) == [("drone", None, 9, 4)]
    assert keys(english, "interception", *FIELDS) == [("drone", 44, 30, 9)]


def test_more_than_before_a_count_is_a_qualifier_not_more_of_them() -> None:
    text = "Russia dropped more than 700 glide bombs on Ukraine last week, Zelensky said."
    assert keys(text, "interception", "weapon", "launched", "attacker") == [("glide_bomb", 700, "RU")]


def test_a_count_of_them_without_a_weapon_completes_the_attack_before() -> None:
    text = (
        "Russland hat in der Nacht 55 Kampfdrohnen gestartet. "
        "40 davon seien abgeschossen worden, zwölf weitere seien durch elektronische Abwehr umgeleitet worden."
    )
    assert keys(text, "interception", *FIELDS) == [("drone", 55, 40, 12)]


def test_english_of_those_completes_the_attack_before() -> None:
    text = (
        "Russia attacked Ukraine with 90 drones overnight. "
        "Of those, 60 were shot down and 25 were lost due to electronic warfare, the air force said."
    )
    assert keys(text, "interception", *FIELDS) == [("drone", 90, 60, 25)]


def test_of_them_after_two_weapons_is_ambiguous_and_adds_nothing() -> None:
    text = "Russland griff mit 40 Drohnen und sechs Raketen an. Davon seien 30 abgefangen worden."
    assert sorted(keys(text, "interception", *FIELDS)) == [
        ("drone", 40, None, None),
        ("missile", 6, None, None),
    ]


def test_of_them_with_no_attack_before_is_no_claim() -> None:
    text = "Die Lage im Osten bleibt schwierig. Davon seien 30 abgefangen worden."
    assert keys(text, "interception", *FIELDS) == []


def test_none_of_them_intercepted_is_zero() -> None:
    text = "In der Nacht griff Russland mit sieben Iskander-Raketen an, von denen keine abgefangen werden konnte."
    assert keys(text, "interception", *FIELDS) == [("ballistic_missile", 7, 0, None)]


def test_english_none_of_which_were_intercepted_is_zero() -> None:
    text = "Russia fired four ballistic missiles at Kharkiv, none of which were intercepted, officials said."
    assert keys(text, "interception", *FIELDS) == [("ballistic_missile", 4, 0, None)]


def test_counts_before_of_which_are_the_base_of_the_outcomes_after() -> None:
    text = (
        "Die Luftwaffe sprach von 479 Drohnen und 20 Raketen, "
        "von denen 277 Drohnen und 19 Raketen abgeschossen worden seien."
    )
    assert sorted(keys(text, "interception", *FIELDS)) == [
        ("drone", 479, 277, None),
        ("missile", 20, 19, None),
    ]
    english = "The air force counted 60 drones, of which 45 were shot down."
    assert keys(english, "interception", *FIELDS) == [("drone", 60, 45, None)]


def test_shot_down_or_jammed_together_counts_as_neutralised() -> None:
    text = (
        "Russia launched 728 drones at Ukraine overnight, the air force said. "
        "Air defences shot down or jammed 718 of the drones."
    )
    assert keys(text, "interception", *FIELDS) == [("drone", 728, 718, None)]
    german = "Die Flugabwehr habe 40 von 50 Drohnen abgeschossen oder elektronisch unterdrückt."
    assert keys(german, "interception", *FIELDS) == [("drone", 50, 40, None)]


def test_a_target_named_after_the_weapons_is_not_their_owner() -> None:
    text = (
        "Russia fired 35 missiles and 58 drones at Ukrainian energy facilities overnight, "
        "Ukraine's air force said, adding that its air defences destroyed 21 missiles and 34 drones."
    )
    found = sorted(
        (c["weapon"], c["launched"], c["intercepted"], c["attacker"]) for c in claims(text, "interception")
    )
    assert found == [("drone", 58, 34, "RU"), ("missile", 35, 21, "RU")]


def test_drones_stopped_by_electronic_means_are_lost() -> None:
    text = (
        "Nach Angaben der ukrainischen Luftwaffe setzte das russische Militär 112 Drohnen ein. "
        "78 Drohnen seien abgeschossen worden, 29 weitere seien durch elektronische Abwehrmittel gestoppt worden."
    )
    assert keys(text, "interception", *FIELDS) == [("drone", 112, 78, 29)]


def test_the_party_that_fires_is_the_attacker_and_all_of_them_shot_down_counts_them() -> None:
    text = (
        "Die Ukraine hat nach russischen Angaben in der Nacht 105 Drohnen auf russisches Gebiet abgefeuert. "
        "Die russische Luftabwehr habe alle abgefangen, teilte das Verteidigungsministerium in Moskau mit."
    )
    found = [
        (c["weapon"], c["launched"], c["intercepted"], c["attacker"]) for c in claims(text, "interception")
    ]
    assert found == [("drone", 105, 105, "UA")]
    english = "Ukraine's air force said Russia launched 101 drones overnight."
    assert [c["attacker"] for c in claims(english, "interception")] == ["RU"]


def test_all_of_a_weapon_stopped_in_the_next_sentence_completes_its_launch() -> None:
    text = (
        "Russia launched 41 missiles and 57 drones at Ukraine overnight, the air force said. "
        "Air defences shot down 30 of the missiles and all of the drones."
    )
    found = sorted((c["weapon"], c["launched"], c["intercepted"]) for c in claims(text, "interception"))
    assert found == [("drone", 57, 57), ("missile", 41, 30)]


def test_a_launch_and_its_outcome_one_sentence_apart_are_one_claim() -> None:
    text = (
        "In der Nacht griff Russland die Ukraine mit 38 Raketen an. "
        "Ziel seien vor allem Kraftwerke im Westen gewesen, schrieb der Energieminister. "
        "Die Flugabwehr habe 29 Raketen abgeschossen, meldete die Luftwaffe."
    )
    assert keys(text, "interception", "weapon", "launched", "intercepted") == [("missile", 38, 29)]


def test_all_of_a_named_weapon_shot_down_later_completes_its_launch() -> None:
    text = (
        "Russland griff in der Nacht mit 60 Drohnen und fünf Marschflugkörpern an. "
        "Die Flugabwehr habe 44 Drohnen zerstört, teilte die Luftwaffe mit. "
        "Zwölf weitere seien vom Radar verschwunden. "
        "Alle Marschflugkörper wurden nach Angaben des Militärs abgeschossen."
    )
    assert keys(text, "interception", *FIELDS) == [("drone", 60, 44, 12), ("cruise_missile", 5, 5, None)]


def test_further_ones_without_a_weapon_add_to_the_sentence_before() -> None:
    text = (
        "The air force said 71 of 90 drones had been shot down overnight. "
        "Another 15 were lost to electronic jamming, it said."
    )
    assert keys(text, "interception", *FIELDS) == [("drone", 90, 71, 15)]


def test_a_sentence_opening_with_the_rest_of_the_weapons_adds_their_fate() -> None:
    text = (
        "The air force said it shot down 30 of the 35 drones launched overnight. "
        "Of the remaining drones, four were lost from radar."
    )
    assert keys(text, "interception", *FIELDS) == [("drone", 35, 30, 4)]


def test_a_model_designation_between_count_and_weapon_keeps_them_together() -> None:
    text = "Die Flugabwehr habe in der Nacht drei Ch-101 Marschflugkörper abgeschossen, teilte die Luftwaffe mit."
    assert keys(text, "interception", *FIELDS) == [("cruise_missile", None, 3, None)]


def test_the_adjective_of_the_target_after_the_weapons_is_not_their_owner() -> None:
    text = (
        "Russland hat in der Nacht mit 43 Raketen und 74 Drohnen die ukrainische Energieinfrastruktur angegriffen. "
        "Nach Angaben der Luftwaffe wurden 30 Raketen und 47 Drohnen abgeschossen."
    )
    found = keys(text, "interception", "weapon", "launched", "intercepted", "attacker")
    assert found == [("missile", 43, 30, "RU"), ("drone", 74, 47, "RU")]


def test_an_interception_takes_the_struck_place_its_sentence_names() -> None:
    text = (
        "Russische Drohnen trafen in der Nacht Wohnhäuser in Charkiw und Sumy. "
        "Über Sumy habe die Flugabwehr zwölf von 15 Drohnen abgeschossen. "
        "Zudem seien zwei Raketen abgefangen worden."
    )
    assert keys(text, "interception", "weapon", "place") == [("drone", "Sumy"), ("missile", "Sumy")]


def test_a_count_of_what_was_tracked_is_the_base_of_the_outcomes_after_it() -> None:
    text = "Insgesamt zählte die Luftwaffe 64 Drohnen. 51 davon seien abgeschossen worden, 13 hätten ihr Ziel nicht erreicht."
    assert keys(text, "interception", *FIELDS) == [("drone", 64, 51, 13)]
    assert claims("Insgesamt zählte die Luftwaffe in der Nacht 64 Drohnen.", "interception") == []


def test_the_parts_of_a_mixed_count_are_counts_of_their_own() -> None:
    text = "Es seien 54 Flugobjekte abgeschossen worden, darunter 44 Drohnen und zehn Raketen, teilte die Luftwaffe mit."
    found = keys(text, "interception", "weapon", "intercepted")
    assert found == [("mixed", 54), ("drone", 44), ("missile", 10)]


def test_a_bare_count_of_weapons_reported_is_the_base_of_the_next_sentence() -> None:
    text = "Die Luftwaffe meldete in der Nacht 80 Drohnen. Davon seien 61 abgeschossen worden."
    assert keys(text, "interception", *FIELDS) == [("drone", 80, 61, None)]
    assert claims("Die Luftwaffe meldete in der Nacht 80 Drohnen über dem Osten.", "interception") == []


def test_a_count_with_its_own_whole_is_read_even_over_a_region() -> None:
    text = "Die Luftverteidigung habe über dem Gebiet 14 der 17 Schahed-Drohnen unschädlich gemacht."
    assert keys(text, "interception", *FIELDS) == [("drone", 17, 14, None)]


def test_the_weapons_a_sides_air_defence_stops_are_its_enemys() -> None:
    text = (
        "In der Nacht hat die ukrainische Luftverteidigung nach Angaben der Militärverwaltung in Kiew "
        "alle 30 Marschflugkörper und Drohnen abgewehrt."
    )
    assert keys(text, "interception", "weapon", "launched", "intercepted", "attacker") == [
        ("mixed", 30, 30, "RU")
    ]


def test_a_tracked_count_is_the_whole_of_the_share_that_follows_it() -> None:
    counted = "Insgesamt zählte die Luftwaffe 62 Drohnen, von denen 41 abgeschossen wurden."
    reported = "Die Luftwaffe meldete 62 Drohnen, 41 davon wurden abgeschossen."
    assert keys(counted, "interception", *FIELDS) == [("drone", 62, 41, None)]
    assert keys(reported, "interception", *FIELDS) == [("drone", 62, 41, None)]


def test_a_nationwide_count_is_not_placed_at_the_city_struck() -> None:
    text = (
        "In der Nacht haben russische Drohnen die Hauptstadt Kiew angegriffen. "
        "Insgesamt zählte die Luftwaffe landesweit 62 Drohnen, von denen 41 abgeschossen wurden."
    )
    assert keys(text, "interception", "launched", "place") == [(62, None)]


def test_the_air_force_reporting_is_no_owner_of_the_weapons_it_counts() -> None:
    text = (
        "Russland hat die Ukraine nach Angaben der ukrainischen Luftwaffe mit 112 Drohnen angegriffen. "
        "Davon seien 76 Drohnen abgeschossen worden."
    )
    assert keys(text, "interception", *FIELDS, "attacker") == [("drone", 112, 76, None, "RU")]


def test_a_later_share_of_as_many_weapons_as_were_launched_completes_that_launch() -> None:
    text = (
        "In der Nacht hat Russland 35 Shahed-Drohnen und vier Marschflugkörper auf die Ukraine abgefeuert. "
        "Alle Drohnen und drei der vier Marschflugkörper seien abgefangen worden."
    )
    assert keys(text, "interception", *FIELDS) == [("drone", 35, 35, None), ("cruise_missile", 4, 3, None)]


def test_the_number_of_weapons_shot_down_named_before_the_figure_is_a_count() -> None:
    german = "Russland griff mit 60 Drohnen an. Die Zahl der abgeschossenen Drohnen lag bei 41."
    english = "The number of drones shot down overnight rose to 52, the air force said."
    assert keys(german, "interception", *FIELDS) == [("drone", 60, 41, None)]
    assert keys(english, "interception", *FIELDS) == [("drone", None, 52, None)]


def test_drones_that_disappeared_from_radar_are_lost() -> None:
    text = "Of 90 drones, 42 were downed and 41 disappeared from radar, probably jammed."
    assert keys(text, "interception", *FIELDS) == [("drone", 90, 42, 41)]


def test_all_after_a_tracked_count_stopped_all_of_it() -> None:
    text = "Die Luftwaffe zählte 13 Marschflugkörper; alle wurden abgefangen."
    assert keys(text, "interception", *FIELDS) == [("cruise_missile", 13, 13, None)]


def test_x_out_of_y_counts_launched_and_intercepted() -> None:
    text = "The air force said it had intercepted 25 out of 30 drones."
    assert keys(text, "interception", *FIELDS) == [("drone", 30, 25, None)]


def test_a_countrys_air_defence_stops_its_enemys_weapons() -> None:
    text = "Ukraine's air defence downed all 12 drones launched at Odesa overnight."
    assert keys(text, "interception", *FIELDS, "attacker") == [("drone", 12, 12, None, "RU")]


def test_the_force_named_stopping_drones_is_the_defender() -> None:
    text = "Ukrainian forces neutralised 41 drones; 19 more failed to reach their targets."
    assert keys(text, "interception", *FIELDS, "attacker") == [("drone", None, 41, 19, "RU")]


def test_x_of_about_y_counts_and_a_share_of_a_count_is_no_shot_down_figure() -> None:
    assert keys(
        "Die Luftwaffe meldete den Abschuss von 25 der rund 30 Drohnen.", "interception", *FIELDS
    ) == [("drone", 30, 25, None)]
    assert claims("Mehr als die Hälfte der 60 Drohnen wurde abgeschossen.", "interception") == []


def test_a_count_with_its_own_verb_after_an_earlier_share_takes_that_verb() -> None:
    text = "Von 90 Drohnen wurden 37 zerstört und 47 gingen verloren."
    assert keys(text, "interception", *FIELDS) == [("drone", 90, 37, 47)]


def test_a_city_attacked_or_named_as_a_target_is_no_attacker() -> None:
    attacked = "Acht Drohnen haben am Morgen Moskau angegriffen. Fünf davon seien abgeschossen worden."
    target = "Die ukrainische Luftabwehr hat bei einem Angriff auf Kiew sämtliche 18 Raketen abgeschossen."
    assert keys(attacked, "interception", "launched", "intercepted", "attacker") == [(8, 5, None)]
    assert keys(target, "interception", "launched", "intercepted", "attacker") == [(18, 18, "RU")]
    assert keys(
        "Moskau hat in der Nacht 40 Raketen auf die Ukraine abgefeuert.", "interception", "attacker"
    ) == [("RU",)]


def test_drones_shot_down_by_a_ministrys_account_from_its_capital_are_shot_down() -> None:
    text = "Laut Verteidigungsministerium in Moskau wurden 144 ukrainische Drohnen über neun Regionen abgeschossen."
    assert keys(text, "interception", *FIELDS, "attacker") == [("drone", None, 144, None, "UA")]


def test_kinds_of_one_weapon_named_by_a_word_before_it_are_counted_apart() -> None:
    text = "Six attack drones and three reconnaissance drones were also downed."
    assert keys(text, "interception", *FIELDS) == [("drone", None, 6, None), ("drone", None, 3, None)]
    assert keys(
        "Russia launched 90 attack drones overnight; 37 of the drones were shot down.",
        "interception",
        *FIELDS,
    ) == [("drone", 90, 37, None)]


def test_drones_shot_down_over_many_regions_have_no_one_place() -> None:
    text = (
        "Russian air defences shot down 144 Ukrainian drones over nine regions overnight. "
        "A woman was killed in Ramenskoye when a drone hit a residential building."
    )
    assert keys(text, "interception", "intercepted", "place") == [(144, None)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Allein über dem Gebiet Brjansk seien 40 Drohnen abgeschossen worden.", "Bryansk Oblast"),
        ("Über Kiew wurden in der Nacht 20 Drohnen abgeschossen.", "Kyiv"),
        ("Air defences shot down 14 drones over Odesa overnight.", "Odesa"),
        ("Air defences destroyed 337 Ukrainian drones, 91 of them over the Moscow region.", None),
        ("Über 40 Drohnen wurden über der Ukraine abgeschossen.", None),
    ],
)
def test_the_place_weapons_were_stopped_over_is_the_interceptions_place(text: str, place: str | None) -> None:
    assert [c["place"] for c in claims(text, "interception")][:1] == [place]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Russland feuerte drei Raketen ab, von denen eine abgefangen wurde.", (3, 1, None)),
        ("Russland feuerte drei Raketen ab. Eine davon wurde abgeschossen.", (3, 1, None)),
        (
            "Von den 60 Kampfdrohnen wurden 52 abgeschossen. Acht weitere seien nach Funkstörungen abgestürzt.",
            (60, 52, 8),
        ),
        (
            "Russia launched 50 drones; 30 were shot down and 15 were electronically neutralised.",
            (50, 30, 15),
        ),
    ],
)
def test_one_of_them_and_weapons_downed_by_jamming_are_outcomes(
    text: str, figures: tuple[int, int | None, int | None]
) -> None:
    assert keys(text, "interception", "launched", "intercepted", "lost") == [figures]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow's mayor Sergei Sobyanin said air defences had destroyed 34 drones approaching the capital, "
        "while Russia's defence ministry said 337 Ukrainian drones had been downed over 10 regions.",
        "Bürgermeister Sergej Sobjanin sagte, 34 Drohnen seien vor Moskau abgeschossen worden, während das "
        "Verteidigungsministerium von 337 abgeschossenen Drohnen über zehn Regionen sprach.",
    ],
)
def test_two_clauses_reporting_counts_of_one_weapon_are_two_claims_each_with_its_speaker(text: str) -> None:
    found = keys(text, "interception", "intercepted", "reported_by")
    assert [count for count, _ in found] == [34, 337]
    assert found[1][1] == "Russian Defence Ministry"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Die russische Hauptstadt ist in der Nacht mit mindestens elf Drohnen angegriffen worden.",
            "Moscow",
        ),
        ("The Ukrainian capital was attacked with 14 drones overnight.", "Kyiv"),
    ],
)
def test_a_country_named_capital_is_that_city_and_no_attacker(text: str, place: str) -> None:
    assert keys(text, "front", "place", "status") == [(place, "strike")]
    assert keys(text, "interception", "place", "attacker") == [(place, None)]


def test_a_city_attacked_by_drones_all_of_which_were_shot_down() -> None:
    text = "Russia's capital was attacked by 20 drones overnight, all of which were shot down."
    assert keys(text, "interception", "launched", "intercepted") == [(20, 20)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Russische Truppen griffen mit drei Kinschal-Raketen an, die alle abgefangen wurden.", (3, 3)),
        ("Russia fired six missiles, which were all shot down.", (6, 6)),
        (
            "Die russische Armee hat nach eigenen Angaben 45 ukrainische Drohnen über der Krim abgeschossen.",
            (None, 45),
        ),
        ("Russland hat in der Nacht 40 Raketen auf Kiew abgeschossen.", (40, None)),
    ],
)
def test_all_of_which_were_stopped_and_the_enemys_weapons_a_side_shot_down(
    text: str, figures: tuple[int | None, int | None]
) -> None:
    assert keys(text, "interception", "launched", "intercepted") == [figures]


def test_a_count_over_a_region_with_no_whole_before_it_is_a_count() -> None:
    text = (
        "Das russische Verteidigungsministerium teilte mit, die Luftabwehr habe über dem Gebiet Kursk "
        "27 ukrainische Drohnen zerstört."
    )
    assert keys(text, "interception", "intercepted", "attacker", "place") == [(27, "UA", "Kursk Oblast")]


def test_an_attack_on_a_city_and_many_others_gives_its_counts_no_one_place() -> None:
    text = (
        "Russland hat am Montag Kyjiw und zahlreiche weitere Städte mit Raketen angegriffen. "
        "Die russischen Streitkräfte feuerten 84 Marschflugkörper ab, 43 davon habe die Luftabwehr zerstört."
    )
    assert keys(text, "interception", "launched", "place") == [(84, None)]


def test_a_strike_with_missiles_on_a_place_counts_them_and_strikes_it() -> None:
    text = (
        "A strike with two ballistic missiles on a military training institute in Poltava killed 41 people, "
        "President Zelensky said."
    )
    assert keys(text, "interception", "weapon", "launched", "place") == [("ballistic_missile", 2, "Poltava")]
    assert keys(text, "front", "place", "status") == [("Poltava", "strike")]


def test_outcomes_of_a_launch_in_the_sentence_before_join_it_whatever_a_later_sentence_counts() -> None:
    text = (
        "Russland startete in der Nacht 298 Drohnen und 69 Raketen. Davon wurden laut Luftwaffe 139 Drohnen und "
        "45 Raketen abgeschossen, 127 weitere Drohnen seien elektronisch abgewehrt worden. "
        "Moskau meldete den Abschuss von 110 ukrainischen Drohnen."
    )
    assert keys(text, "interception", "weapon", "launched", "intercepted", "lost", "attacker") == [
        ("drone", 298, 139, 127, "RU"),
        ("missile", 69, 45, None, "RU"),
        ("drone", None, 110, None, "UA"),
    ]


def test_a_capital_named_by_its_country_and_a_force_that_fires_are_no_defenders() -> None:
    text = "In der Nacht griff Russland die ukrainische Hauptstadt mit Raketen und Drohnen an. 48 Raketen wurden abgeschossen."
    assert keys(text, "interception", "attacker") == [("RU",)]
    fired = (
        "Die russischen Streitkräfte feuerten 84 Marschflugkörper ab, 43 davon habe die Luftabwehr zerstört."
    )
    assert keys(fired, "interception", "attacker") == [("RU",)]


def test_missiles_that_hit_a_place_were_launched_and_the_injured_are_no_weapons() -> None:
    hit = "Zwei ballistische Raketen trafen ein militärisches Ausbildungsinstitut in Poltawa."
    assert keys(hit, "interception", "weapon", "launched") == [("ballistic_missile", 2)]
    people = "At least five people were killed and 27 injured when the missile struck the building in Dnipro."
    assert claims(people, "interception") == []


def test_an_elided_compound_counts_its_own_weapons() -> None:
    text = "Außerdem wurden sechs Kampf- und drei Aufklärungsdrohnen abgeschossen."
    assert keys(text, "interception", "weapon", "intercepted") == [("drone", 6), ("drone", 3)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Russia launched a combined strike with 4 Kh-101 cruise missiles, 2 Iskander-M ballistic missiles and "
            "45 Shahed drones; air defences destroyed all cruise missiles and 38 drones.",
            [("cruise_missile", 4, 4, None), ("ballistic_missile", 2, None, None), ("drone", 45, 38, None)],
        ),
        (
            "Overnight, Russia attacked with 87 Shahed attack drones and decoy drones. "
            "By 9 a.m., 42 had been shot down and 40 lost in location.",
            [("drone", 87, 42, 40)],
        ),
    ],
)
def test_named_types_count_under_their_noun_and_a_bare_outcome_completes_the_launch(
    text: str, figures: list[tuple[object, ...]]
) -> None:
    assert keys(text, "interception", *FIELDS) == figures


def test_what_was_neutralised_splits_into_the_shot_down_and_the_jammed() -> None:
    text = (
        "Russia fired 472 drones at Ukraine overnight, Ukraine's air force said. "
        "It said 385 drones and decoys had been neutralised, 292 of them shot down and 93 jammed."
    )
    assert keys(text, "interception", *FIELDS) == [("drone", 472, 292, 93)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Die ukrainische Luftwaffe hat nach eigenen Angaben einen russischen Kampfjet vom Typ Su-34 abgeschossen.",
            [("aircraft", None, 1, None)],
        ),
        (
            "Ukraine's air force said it had shot down a Russian Su-34 fighter jet.",
            [("aircraft", None, 1, None)],
        ),
        ("Ein Kampfjet griff ein Dorf an.", []),
        (
            "Insgesamt wurden 26 Flugobjekte registriert, darunter 20 Drohnen und sechs Raketen; "
            "22 davon wurden abgeschossen.",
            [("mixed", 26, 22, None)],
        ),
    ],
)
def test_a_single_aircraft_shot_down_counts_and_of_them_after_the_parts_is_of_the_whole(
    text: str, figures: list[tuple[object, ...]]
) -> None:
    assert keys(text, "interception", *FIELDS) == figures


def test_counts_over_a_list_of_regions_have_no_one_place() -> None:
    text = "Russian air defence systems destroyed 41 Ukrainian drones over the Bryansk, Kursk and Belgorod regions overnight."
    assert keys(text, "interception", "intercepted", "place") == [(41, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Russland feuerte in der Nacht 80 Drohnen und vier Iskander-Raketen ab. 60 Drohnen wurden "
        "abgeschossen. Zwölf weitere verschwanden vom Radar. Keine der Raketen wurde abgefangen.",
        "Russia fired 80 drones and four Iskander missiles overnight. 60 drones were shot down. "
        "Twelve more were lost. None of the missiles were intercepted.",
        "Russland feuerte in der Nacht 80 Drohnen und vier Iskander-Raketen ab. 60 Drohnen wurden "
        "abgeschossen. Die Raketen konnten nicht abgefangen werden.",
        "Russia fired 80 drones and four Iskander missiles overnight. 60 drones were shot down. "
        "The missiles were not intercepted.",
    ],
)
def test_none_of_the_named_weapons_stopped_is_zero_intercepted(text: str) -> None:
    found = keys(text, "interception", "weapon", "launched", "intercepted")
    assert found[-1][1:] == (4, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Rund 25 von der Ukraine auf Kursk abgefeuerte Drohnen wurden nach Angaben Moskaus abgeschossen.",
        "Russian air defences downed 25 drones fired by Ukraine at Kursk overnight.",
    ],
)
def test_weapons_an_agent_sent_at_a_place_are_its_own_and_the_place_was_struck(text: str) -> None:
    assert keys(text, "interception", "intercepted", "launched", "attacker") == [(25, None, "UA")]
    assert keys(text, "front", "place", "status", "actor") == [("Kursk", "strike", "UA")]


def test_half_a_million_is_one_number() -> None:
    text = "Russia has massed half a million troops in occupied Ukraine, Zelensky said."
    assert keys(text, "troops", "country", "count") == [("RU", 500_000)]


def test_a_launch_the_sentence_before_puts_in_an_attack_is_joined_by_its_outcome() -> None:
    text = (
        "Russland hat in der Nacht erneut Kraftwerke im ganzen Land angegriffen. Dabei wurden nach "
        "Angaben der Luftwaffe 80 Raketen und 60 Drohnen eingesetzt. Die Flugabwehr habe 70 Raketen "
        "und 45 Drohnen abgeschossen."
    )
    assert keys(text, "interception", "weapon", "launched", "intercepted") == [
        ("missile", 80, 70),
        ("drone", 60, 45),
    ]


def test_a_count_of_weapons_used_with_no_attack_in_sight_is_no_claim() -> None:
    assert claims("Die Messe zeigte neue Technik. Dort wurden 40 Drohnen eingesetzt.", "interception") == []


def test_a_sides_army_that_attacked_with_weapons_sent_them() -> None:
    text = "Die russische Armee hat die Ukraine mit 70 Drohnen angegriffen; die Luftabwehr habe 50 davon zerstört."
    assert keys(text, "interception", "launched", "intercepted", "attacker") == [(70, 50, "RU")]


@pytest.mark.parametrize(
    "text",
    [
        "Drei ballistische Raketen haben ein Ausbildungszentrum in Poltawa getroffen.",
        "Three ballistic missiles struck a training centre in Poltava.",
    ],
)
def test_a_count_of_weapons_that_hit_a_place_is_a_launch(text: str) -> None:
    assert keys(text, "interception", "weapon", "launched", "intercepted") == [("ballistic_missile", 3, None)]


def test_an_attack_firing_missiles_and_drones_launched_both() -> None:
    text = "Russia attacked overnight, firing 60 missiles and 90 drones; the air force said it destroyed 50 of the missiles."
    assert keys(text, "interception", "weapon", "launched", "intercepted") == [
        ("missile", 60, 50),
        ("drone", 90, None),
    ]


def test_a_strike_a_later_paragraph_reports_gives_no_place_to_an_earlier_interception() -> None:
    text = (
        "Russia fired 40 missiles at Ukraine overnight, and air defences shot down 30 of them.\n\n"
        "Separately, Ukrainian drones struck an oil depot in Russia's Rostov region."
    )
    assert keys(text, "interception", "launched", "place") == [(40, None)]


def test_weapons_annihilated_were_stopped() -> None:
    text = "Russland feuerte 30 Marschflugkörper ab. Von den 30 Marschflugkörpern wurden 28 vernichtet."
    assert keys(text, "interception", "launched", "intercepted") == [(30, 28)]


def test_reported_downing_of_drones_is_an_interception() -> None:
    text = "Russia's defence ministry reported downing 75 Ukrainian drones overnight."
    assert keys(text, "interception", "intercepted", "attacker") == [(75, "UA")]


@pytest.mark.parametrize(
    "text",
    [
        "KYIV, Ukraine (AP) — Russia launched 60 drones at Ukraine overnight, and 45 were shot down.",
        "KIEW (dpa) - Russland hat die Ukraine mit 60 Drohnen angegriffen, 45 wurden abgeschossen.",
    ],
)
def test_a_wire_dateline_is_not_part_of_the_first_sentence(text: str) -> None:
    found = claims(text, "interception")
    assert [(c["launched"], c["intercepted"], c["attacker"]) for c in found] == [(60, 45, "RU")]
    assert not found[0]["evidence"].startswith(("KYIV", "KIEW"))


@pytest.mark.parametrize(
    "text",
    [
        "Die Luftabwehr fängt 40 von 50 russischen Drohnen ab.",
        "Die ukrainische Flugabwehr schießt 40 von 50 russischen Drohnen ab.",
        "Russland schickt 50 Drohnen los, die Flugabwehr zerstört 40.",
        "Russland greift Kiew mit 50 Drohnen an, 40 werden abgeschossen.",
        "Russland startet 50 Drohnen, die Luftabwehr holt 40 vom Himmel.",
    ],
)
def test_the_present_tense_of_headlines_reports_launches_and_outcomes(text: str) -> None:
    assert keys(text, "interception", "launched", "intercepted", "attacker") == [(50, 40, "RU")]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's air defences shoot down 40 of 50 Russian drones.",
        "Russia fires 50 drones at Ukraine; air defences down 40.",
        "Russia launches 50 drones at Ukraine, 40 are intercepted.",
        "Ukraine downs 40 of 50 Russian drones overnight.",
    ],
)
def test_english_headlines_in_the_present_report_launches_and_outcomes(text: str) -> None:
    assert keys(text, "interception", "launched", "intercepted", "attacker") == [(50, 40, "RU")]


def test_a_weapon_named_in_a_compound_of_several_names_is_that_weapon() -> None:
    text = "Russland meldete den Abschuss von vier Storm-Shadow-Marschflugkörpern über der Krim."
    assert keys(text, "interception", "weapon", "intercepted", "attacker") == [("cruise_missile", 4, "UA")]
    assert keys(text, "front", "place", "status") == []


def test_not_all_of_the_named_weapons_stopped_says_no_count() -> None:
    text = "Russland feuerte vier Iskander-Raketen ab. Die Raketen konnten nicht alle abgefangen werden."
    assert keys(text, "interception", "launched", "intercepted") == [(4, None)]


def test_all_of_the_weapons_counted_as_detected_stopped_is_all_intercepted() -> None:
    text = (
        "Russland griff Kiew an. Nach Angaben der Luftwaffe wurden 315 Drohnen und sieben Raketen "
        "registriert, davon seien 277 Drohnen und alle Raketen abgeschossen worden."
    )
    assert keys(text, "interception", "weapon", "launched", "intercepted") == [
        ("drone", 315, 277),
        ("missile", 7, 7),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Russland griff Odessa mit Raketen an. Die Luftabwehr habe drei von fünf Raketen abgefangen, "
        "teilte die ukrainische Marine mit.",
        "Russland griff an. Nach Angaben der ukrainischen Luftstreitkräfte wurden drei von fünf Raketen abgefangen.",
    ],
)
def test_the_defenders_reporting_service_does_not_own_the_weapons(text: str) -> None:
    assert keys(text, "interception", "launched", "intercepted", "attacker") == [(5, 3, "RU")]


def test_a_second_count_of_a_weapon_with_its_own_verb_adds_to_its_claim() -> None:
    text = (
        "Russland startete 298 Drohnen und 69 Raketen, davon wurden 139 Drohnen und 45 Raketen "
        "abgeschossen und 127 Drohnen elektronisch abgewehrt."
    )
    assert keys(text, "interception", "weapon", "launched", "intercepted", "lost") == [
        ("drone", 298, 139, 127),
        ("missile", 69, 45, None),
    ]


def test_one_site_among_those_hit_does_not_place_the_interception() -> None:
    text = (
        "Of the 88 missiles Russia launched overnight, air defences shot down 37, the air force said. "
        "Among the sites hit was the hydroelectric plant in Zaporizhzhia."
    )
    assert keys(text, "interception", "launched", "intercepted", "place") == [(88, 37, None)]


def test_the_count_a_source_spoke_of_before_its_outcomes_is_the_whole() -> None:
    text = (
        "Das russische Verteidigungsministerium sprach von acht Drohnen: Fünf seien abgeschossen und "
        "drei durch elektronische Kampfführung von ihrem Kurs abgebracht worden."
    )
    assert keys(text, "interception", "launched", "intercepted", "lost") == [(8, 5, 3)]


def test_weapons_that_left_the_airspace_are_neither_stopped_nor_lost() -> None:
    text = (
        "It said 37 of 90 drones were destroyed, while 47 were lost from radar and two left "
        "Ukrainian airspace towards Belarus."
    )
    assert keys(text, "interception", "launched", "intercepted", "lost") == [(90, 37, 47)]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine downed 20 of the 25 Shahed drones Russia launched overnight.",
        "Von den 25 Drohnen, mit denen Russland in der Nacht angriff, wurden 20 abgeschossen.",
    ],
)
def test_the_country_that_shoots_down_defends_and_the_one_that_attacks_owns_the_weapons(text: str) -> None:
    assert keys(text, "interception", "launched", "intercepted", "attacker") == [(25, 20, "RU")]


def test_the_noun_attack_is_no_launch() -> None:
    assert keys(
        "Bei dem Angriff wurden 20 Drohnen abgeschossen.", "interception", "launched", "intercepted"
    ) == [(None, 20)]


def test_a_named_type_before_a_generic_noun_says_what_the_weapons_are() -> None:
    text = "Russia fired 4 Kh-101 cruise missiles and 2 Iskander missiles; air defences shot down three cruise missiles."
    assert keys(text, "interception", "weapon", "launched", "intercepted") == [
        ("cruise_missile", 4, 3),
        ("ballistic_missile", 2, None),
    ]


def test_all_of_a_named_type_shot_down_counts_them() -> None:
    text = "Ukraine's air force said it downed all three Iskander missiles Russia launched overnight."
    assert keys(text, "interception", "weapon", "launched", "intercepted") == [("ballistic_missile", 3, 3)]


def test_two_reports_of_one_attack_from_two_sides_stay_two_claims() -> None:
    text = (
        "Während die Ukraine von 30 abgefeuerten Drohnen sprach, meldete das russische "
        "Verteidigungsministerium den Abschuss von 50 ukrainischen Drohnen."
    )
    assert keys(text, "interception", "launched", "intercepted", "reported_by") == [
        (30, None, "Ukrainian government"),
        (None, 50, "Russian Defence Ministry"),
    ]


def test_a_launch_and_its_outcome_joined_by_while_stay_one_claim() -> None:
    text = "Russia launched 50 drones, while Ukraine said it shot down 40."
    assert keys(text, "interception", "launched", "intercepted") == [(50, 40)]


def test_a_bare_count_goes_on_from_the_outcome_named_last() -> None:
    text = (
        "Russia fired 154 drones and three ballistic missiles, the air force said, adding that "
        "103 drones were shot down and 51 failed to reach their targets."
    )
    assert keys(text, "interception", "weapon", "launched", "intercepted", "lost") == [
        ("drone", 154, 103, 51),
        ("ballistic_missile", 3, None, None),
    ]


def test_of_the_total_named_first_the_counts_after_are_shares() -> None:
    text = "Von den insgesamt 100 Drohnen seien 80 abgeschossen worden, 15 seien lokal verloren gegangen."
    assert keys(text, "interception", "launched", "intercepted", "lost") == [(100, 80, 15)]


def test_all_of_them_after_a_dash_were_stopped() -> None:
    text = "Russland feuerte drei Kinschal-Raketen ab – alle wurden abgefangen."
    assert keys(text, "interception", "launched", "intercepted") == [(3, 3)]


def test_a_weapon_listed_beside_counts_given_an_outcome_later_is_launched() -> None:
    text = (
        "Die Luftwaffe zählte vier ballistische Raketen, 15 Marschflugkörper und 70 Drohnen. "
        "Abgefangen wurden zwölf Marschflugkörper und 51 Drohnen."
    )
    assert keys(text, "interception", "weapon", "launched", "intercepted") == [
        ("ballistic_missile", 4, None),
        ("cruise_missile", 15, 12),
        ("drone", 70, 51),
    ]


def test_a_count_tracked_alone_with_no_outcome_is_no_claim() -> None:
    text = "Die Luftwaffe zählte über dem Süden 30 Drohnen. Der Alarm dauerte drei Stunden."
    assert keys(text, "interception", "launched") == []


def test_neither_of_two_missiles_intercepted_is_none_stopped() -> None:
    assert keys(
        "Russia also fired two ballistic missiles, neither of which was intercepted.",
        "interception",
        "launched",
        "intercepted",
    ) == [(2, 0)]
    assert keys(
        "Zudem feuerte Russland zwei ballistische Raketen ab, keine der beiden wurde abgefangen.",
        "interception",
        "launched",
        "intercepted",
    ) == [(2, 0)]


def test_a_participle_after_the_weapons_describes_them_and_the_verb_gives_the_outcome() -> None:
    text = "Officials said 45 drones launched by Russia overnight were shot down over the south."
    assert keys(text, "interception", "launched", "intercepted") == [(None, 45)]


def test_weapons_joined_to_a_shot_down_count_share_its_verb() -> None:
    text = "Air defences destroyed 31 drones and two missiles fired by Russia at the capital."
    assert keys(text, "interception", "weapon", "launched", "intercepted") == [
        ("drone", None, 31),
        ("missile", None, 2),
    ]


def test_a_participle_with_an_origin_is_still_the_launch_when_nothing_else_is_said() -> None:
    text = "Russia attacked the city with 40 drones launched from Crimea, the governor said."
    assert keys(text, "interception", "launched", "intercepted") == [(40, None)]


@pytest.mark.parametrize(
    "text",
    [
        "The air force said it had shot down 60 of the 70 missiles and all but five of the 40 drones.",
        "Russia launched 70 missiles and 40 drones. Air defences shot down 60 of the missiles and all but five "
        "of the drones.",
    ],
)
def test_all_but_a_few_stopped_leaves_those_few(text: str) -> None:
    assert keys(text, "interception", "weapon", "launched", "intercepted") == [
        ("missile", 70, 60),
        ("drone", 40, 35),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Russia attacked with 40 drones overnight. Air defences downed all but five of them.",
        "Russland griff in der Nacht mit 40 Drohnen an. Die Flugabwehr schoss alle bis auf fünf ab.",
    ],
)
def test_all_but_a_few_of_them_in_the_next_sentence_completes_the_launch(text: str) -> None:
    assert keys(text, "interception", "launched", "intercepted") == [(40, 35)]


@pytest.mark.parametrize(
    ("text", "place", "attacker"),
    [
        ("Über der Hauptstadt hat die ukrainische Flugabwehr sechs Marschflugkörper zerstört.", "Kyiv", "RU"),
        (
            "Russia's defence ministry said 14 Ukrainian drones were shot down over the capital.",
            "Moscow",
            "UA",
        ),
    ],
)
def test_the_capital_they_were_stopped_over_is_the_defenders(text: str, place: str, attacker: str) -> None:
    assert keys(text, "interception", "place", "attacker") == [(place, attacker)]


def test_weapons_stopped_over_a_countrys_own_city_were_the_other_sides() -> None:
    text = "Über der ukrainischen Hauptstadt hat die Luftabwehr in der Nacht sechs Marschflugkörper zerstört."
    assert keys(text, "interception", "attacker") == [("RU",)]


def test_weapons_all_of_which_were_stopped_are_launched_and_stopped() -> None:
    text = (
        "Russia used 20 cruise missiles, of which 18 were downed, as well as 9 Shahed drones, "
        "all of which were destroyed."
    )
    assert keys(text, "interception", "weapon", "launched", "intercepted") == [
        ("cruise_missile", 20, 18),
        ("drone", 9, 9),
    ]


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("Russland griff in der Nacht mit drei Ch-59-Lenkraketen an.", "missile"),
        ("Russland griff in der Nacht mit 40 Shahed-Kampfdrohnen an.", "drone"),
    ],
)
def test_a_model_before_a_compound_weapon_noun_is_one_weapon(text: str, weapon: str) -> None:
    assert keys(text, "interception", "weapon") == [(weapon,)]


def test_a_country_that_speaks_of_a_count_reports_it_and_a_regions_share_places_none() -> None:
    text = "Russland sprach von 41 abgefangenen Drohnen, davon 20 über dem Gebiet Woronesch."
    assert keys(text, "interception", "intercepted", "reported_by", "place") == [
        (41, "Russian government", None)
    ]


def test_a_group_named_before_a_count_whose_verb_is_left_out_is_that_counts_group() -> None:
    text = (
        "Russland griff mit 150 Drohnen und 20 Raketen an. "
        "Von den Raketen seien 15 abgeschossen worden, von den Drohnen 90."
    )
    assert keys(text, "interception", "weapon", "launched", "intercepted") == [
        ("drone", 150, 90),
        ("missile", 20, 15),
    ]


def test_both_of_the_missiles_after_a_shot_down_count_were_shot_down() -> None:
    text = "The air force said it had intercepted 16 of the 21 drones and both of the two missiles Russia launched."
    assert keys(text, "interception", "weapon", "launched", "intercepted") == [
        ("drone", 21, 16),
        ("missile", 2, 2),
    ]


def test_the_launchers_participle_does_not_make_the_shot_down_count_a_launch() -> None:
    text = "Die Luftwaffe hat in der Nacht 40 der 60 von Russland gestarteten Drohnen abgeschossen."
    assert keys(text, "interception", "launched", "intercepted", "attacker") == [(60, 40, "RU")]


@pytest.mark.parametrize(
    "text",
    [
        "The air force said it destroyed a dozen drones overnight, out of 15 launched by Russia.",
        "Die Flugabwehr schoss in der Nacht zwölf russische Drohnen ab, von insgesamt 15 gestarteten.",
    ],
)
def test_out_of_a_count_launched_is_the_whole_of_the_shot_down(text: str) -> None:
    assert keys(text, "interception", "launched", "intercepted") == [(15, 12)]


@pytest.mark.parametrize(
    "text",
    [
        "Das Verteidigungsministerium in Moskau hat die Zerstörung von 24 ukrainischen Drohnen gemeldet.",
        "Russia's defence ministry reported the destruction of 24 Ukrainian drones.",
    ],
)
def test_the_destruction_of_drones_reported_is_their_interception(text: str) -> None:
    assert keys(text, "interception", "intercepted", "attacker") == [(24, "UA")]


def test_hitting_a_country_with_weapons_launches_them() -> None:
    text = "Russia hit Ukraine with four ballistic missiles and 188 drones; 76 drones were shot down and 95 were lost."
    assert keys(text, "interception", "weapon", "launched", "intercepted", "lost", "attacker") == [
        ("ballistic_missile", 4, None, None, "RU"),
        ("drone", 188, 76, 95, "RU"),
    ]


def test_a_count_of_them_with_a_breakdown_of_named_weapons_completes_the_launch() -> None:
    text = (
        "Russland habe 38 Raketen abgefeuert, teilte die Luftwaffe mit. "
        "30 davon seien abgefangen worden, darunter elf Kinschal-Raketen."
    )
    assert keys(text, "interception", "launched", "intercepted") == [(38, 30)]


@pytest.mark.parametrize(
    "text",
    [
        "Korrektur: Demnach feuerte Russland 37 und nicht 38 Raketen ab, von denen 30 abgefangen wurden.",
        "Correction: Russia fired 37 missiles, not 38, and 30 were shot down.",
    ],
)
def test_the_figure_a_correction_rejects_is_no_count(text: str) -> None:
    assert keys(text, "interception", "launched", "intercepted") == [(37, 30)]


@pytest.mark.parametrize(
    "text",
    [
        "Die Luftwaffe zählte landesweit 80 Drohnen, 60 davon wurden abgeschossen. Über Sumy selbst seien zwölf "
        "Drohnen abgefangen worden.",
        "Russia launched 80 drones overnight and 60 were shot down. Over Kyiv alone, 20 drones were destroyed.",
    ],
)
def test_the_share_stopped_over_one_place_itself_is_part_of_the_count(text: str) -> None:
    assert keys(text, "interception", "launched", "intercepted") == [(80, 60)]


def test_a_models_letter_ends_the_sentence_and_the_named_type_makes_the_noun_ballistic() -> None:
    text = (
        "Die Luftwaffe berichtete von 56 Drohnen und zwei Raketen vom Typ Iskander-M. "
        "31 Drohnen seien abgeschossen worden."
    )
    assert keys(text, "interception", "weapon", "launched", "intercepted") == [
        ("drone", 56, 31),
        ("ballistic_missile", 2, None),
    ]


def test_taking_down_drones_is_shooting_them_down() -> None:
    text = "Air defences took down 50 of 69 drones, while 12 more were lost to electronic warfare."
    assert keys(text, "interception", "launched", "intercepted", "lost") == [(69, 50, 12)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Insgesamt seien 45 Drohnen und vier Raketen im Anflug gewesen, 38 Drohnen habe man abgefangen.",
            [("drone", 45, 38), ("missile", 4, None)],
        ),
        ("Of 60 incoming drones, 48 were shot down.", [("drone", 60, 48)]),
    ],
)
def test_weapons_im_anflug_or_incoming_were_launched(text: str, figures: list) -> None:
    assert keys(text, "interception", "weapon", "launched", "intercepted") == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "The air force reported downing 41 of 72 drones and both Iskander-M missiles launched overnight.",
            [("drone", 72, 41), ("ballistic_missile", 2, 2)],
        ),
        ("Russia fired two missiles; both were shot down.", [("missile", 2, 2)]),
        ("Russland feuerte zwei Raketen ab – beide wurden abgefangen.", [("missile", 2, 2)]),
    ],
)
def test_both_weapons_without_a_digit_count_two(text: str, figures: list) -> None:
    assert keys(text, "interception", "weapon", "launched", "intercepted") == figures


@pytest.mark.parametrize(
    "text",
    [
        "Russland setzte fünf ballistische Raketen vom Typ Iskander-M ein. Von den Raketen habe keine abgefangen werden können.",
        "Russland feuerte fünf Iskander-M-Raketen ab. Keine davon konnte abgefangen werden.",
        "Russia fired five Iskander-M missiles at Kharkiv. None of them were shot down.",
    ],
)
def test_none_of_the_weapons_launched_before_stopped_is_zero_intercepted(text: str) -> None:
    assert keys(text, "interception", "weapon", "launched", "intercepted") == [("ballistic_missile", 5, 0)]


def test_a_jet_downed_at_the_front_lends_its_place_to_no_later_drone_count() -> None:
    text = (
        "Die ukrainische Luftwaffe hat einen russischen Kampfjet vom Typ Su-34 über der Region Donezk abgeschossen. "
        "Zudem seien in der Nacht 42 von 55 russischen Drohnen abgefangen worden, teilte die Luftwaffe mit."
    )
    assert keys(text, "interception", "weapon", "place") == [("aircraft", "Donetsk Oblast"), ("drone", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Wie die ukrainische Luftwaffe mitteilte, wurden in der Nacht von sechs russischen Raketen vier abgeschossen.",
        "In der Nacht wurden von 6 russischen Raketen 4 abgeschossen.",
    ],
)
def test_of_a_count_of_weapons_then_a_bare_count_is_the_whole_and_its_share(text: str) -> None:
    assert keys(text, "interception", "weapon", "launched", "intercepted") == [("missile", 6, 4)]


def test_drones_jammed_off_their_course_are_lost() -> None:
    text = (
        "Laut russischem Verteidigungsministerium wurden fünf der acht beteiligten Drohnen von der Luftabwehr "
        "abgeschossen, die übrigen drei seien durch elektronische Störsysteme von ihrem Kurs abgelenkt worden."
    )
    assert keys(text, "interception", "launched", "intercepted", "lost") == [(8, 5, 3)]


def test_a_long_shot_down_phrase_with_a_regional_part_after_counts_the_whole() -> None:
    text = (
        "Laut Moskauer Verteidigungsministerium schoss die russische Flugabwehr in der Nacht über neun Regionen "
        "144 ukrainische Drohnen ab, davon 20 über dem Moskauer Gebiet."
    )
    assert keys(text, "interception", "launched", "intercepted", "attacker") == [(None, 144, "UA")]


def test_out_of_a_count_opening_the_sentence_is_the_whole() -> None:
    text = "Out of 90 drones, air defences shot down 42, while 41 disappeared from radar, probably due to jamming."
    assert keys(text, "interception", "launched", "intercepted", "lost") == [(90, 42, 41)]


def test_a_separable_launch_verb_may_span_a_long_clause() -> None:
    text = (
        "Am Dienstag feuerte die Ukraine nach russischen Angaben erstmals sechs ATACMS-Raketen auf ein Ziel in der "
        "Region Brjansk ab. Fünf davon seien abgeschossen worden, teilte das Verteidigungsministerium in Moskau mit."
    )
    assert keys(text, "interception", "launched", "intercepted", "attacker") == [(6, 5, "UA")]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Die Luftwaffe meldete den Abschuss eines Marschflugkörpers vom Typ Ch-59.",
            [("cruise_missile", None, 1)],
        ),
        (
            "Die Luftabwehr hat 25 von 28 russischen Drohnen sowie einen Marschflugkörper abgeschossen.",
            [("drone", 28, 25), ("cruise_missile", None, 1)],
        ),
        (
            "Ukraine said it had shot down a Russian Su-25 attack jet over the Donetsk region.",
            [("aircraft", None, 1)],
        ),
        ("Trümmer einer abgeschossenen Drohne beschädigten ein Wohnhaus in Kiew.", []),
    ],
)
def test_one_weapon_named_with_an_article_counts_one_but_debris_of_one_counts_none(
    text: str, figures: list
) -> None:
    assert keys(text, "interception", "weapon", "launched", "intercepted") == figures


def test_a_bare_count_opening_a_sentence_is_of_the_weapons_its_next_clause_names() -> None:
    text = (
        "Russland griff die Ukraine in der Nacht mit 188 Drohnen vom Typ Shahed und Täuschdrohnen an. "
        "76 wurden abgeschossen, 96 Täuschdrohnen gingen lokal verloren, teilte die Luftwaffe mit."
    )
    assert keys(text, "interception", "launched", "intercepted", "lost") == [(188, 76, 96)]


@pytest.mark.parametrize(
    "text",
    [
        "Russland setzte in der Nacht insgesamt 93 Luftangriffswaffen ein. 81 Ziele wurden abgefangen.",
        "Russia used 93 air attack weapons overnight. 81 targets were shot down, the air force said.",
    ],
)
def test_air_attack_weapons_and_the_targets_stopped_are_a_mixed_count(text: str) -> None:
    assert keys(text, "interception", "weapon", "launched", "intercepted") == [("mixed", 93, 81)]


@pytest.mark.parametrize(
    "text",
    [
        "Russland hat die ukrainische Stadt Dnipro mit einer Interkontinentalrakete angegriffen.",
        "Eine russische Rakete schlug am Vormittag in Tschernihiw ein.",
        "Die Ukraine setzte eine neue Langstreckendrohne ein.",
    ],
)
def test_one_weapon_that_struck_is_a_strike_not_a_count(text: str) -> None:
    assert claims(text, "interception") == []


def test_drones_neutralised_by_electronic_warfare_are_lost_not_shot_down() -> None:
    text = "Russia attacked with 58 drones; 31 were shot down and 25 were neutralised by electronic warfare."
    assert keys(text, "interception", "launched", "intercepted", "lost") == [(58, 31, 25)]


def test_each_item_of_a_summary_is_its_own_story_so_a_strike_in_another_lends_no_place() -> None:
    text = (
        "• Russland hat in der Nacht 96 Drohnen eingesetzt; 64 Drohnen wurden abgeschossen.\n"
        "• In der Region Sumy wurden bei einem Angriff auf einen Bus neun Menschen getötet."
    )
    assert keys(text, "interception", "launched", "intercepted", "place") == [(96, 64, None)]


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Air defences downed 14 of 16 Kalibr cruise missiles launched from ships in the Black Sea.", "RU"),
        ("Die Luftabwehr schoss 14 von 16 Marschflugkörpern vom Typ Kalibr ab.", "RU"),
        ("Über der Region Brjansk seien acht ATACMS-Raketen abgefangen worden.", "UA"),
    ],
)
def test_a_weapon_type_only_one_side_fires_names_the_attacker(text: str, attacker: str) -> None:
    assert claims(text, "interception")[0]["attacker"] == attacker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia's defence ministry said its air defences had shot down 11 Ukrainian drones over the Kursk region and two over the Belgorod region overnight.",
            [(11, "Kursk Oblast"), (2, "Belgorod Oblast")],
        ),
        (
            "Über Nacht seien 20 Drohnen über dem Gebiet Brjansk, sieben über dem Gebiet Kursk und drei über Moskau zerstört worden.",
            [(20, "Bryansk Oblast"), (7, "Kursk Oblast"), (3, "Moscow")],
        ),
    ],
)
def test_weapons_stopped_over_several_places_are_counted_per_place(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert keys(text, "interception", "intercepted", "place") == expected


def test_a_count_over_one_place_and_a_count_of_people_stay_apart() -> None:
    text = "Air defences destroyed 15 drones over Kyiv and two people were injured by debris."
    assert keys(text, "interception", "intercepted", "place") == [(15, "Kyiv")]


@pytest.mark.parametrize(
    "text",
    [
        "Die Schwarzmeerflotte habe fünf Seedrohnen zerstört, teilte das Verteidigungsministerium mit.",
        "Die Schwarzmeerflotte habe fünf unbemannte Boote zerstört.",
        "Russia's Black Sea Fleet destroyed five unmanned boats, the defence ministry said.",
    ],
)
def test_sea_drones_stopped_by_the_black_sea_fleet_are_ukraines(text: str) -> None:
    assert keys(text, "interception", "weapon", "intercepted", "attacker") == [("drone", 5, "UA")]


def test_a_german_subject_before_its_auxiliary_is_the_defender_when_the_clause_ends_in_shooting_down() -> (
    None
):
    text = "Die Ukraine habe in der Nacht 20 Drohnen abgeschossen."
    assert keys(text, "interception", "intercepted", "attacker") == [(20, "RU")]


def test_a_strike_in_an_earlier_item_of_a_summary_lends_no_place_to_the_nights_drones() -> None:
    text = (
        "- Russia struck Kharkiv overnight with drones, injuring 17 people, according to the mayor.\n"
        "- Ukraine's air force said it shot down 64 of the 117 drones Russia launched overnight."
    )
    assert keys(text, "interception", "launched", "place") == [(117, None)]


def test_aircraft_of_a_named_air_force_are_that_sides() -> None:
    text = "Zudem seien zwei Kampfflugzeuge vom Typ Su-24 der ukrainischen Luftwaffe abgeschossen worden."
    assert keys(text, "interception", "weapon", "intercepted", "attacker") == [("aircraft", 2, "UA")]


@pytest.mark.parametrize(
    "text",
    [
        "Russland feuerte 12 Raketen ab, neun davon konnten nicht abgefangen werden.",
        "Russia launched 12 missiles, nine of which could not be intercepted.",
    ],
)
def test_weapons_that_could_not_be_shot_down_got_through(text: str) -> None:
    assert keys(text, "interception", "launched", "intercepted") == [(12, 3)]


def test_a_count_not_shot_down_alone_is_no_count_shot_down() -> None:
    assert keys("Neun Raketen konnten nicht abgefangen werden.", "interception", "intercepted") == []


def test_shahed_drones_spelled_the_german_way_are_russias() -> None:
    text = "Die Luftabwehr schoss nach eigenen Angaben 30 von 35 Schahed-Drohnen ab."
    assert keys(text, "interception", "launched", "intercepted", "attacker") == [(35, 30, "RU")]


def test_weapons_aimed_at_the_countrys_grid_are_of_no_one_city_whose_plant_was_hit() -> None:
    text = (
        "In der Nacht setzte Russland 88 Raketen gegen die ukrainische Energieversorgung ein; laut Luftwaffe "
        "wurden 37 Raketen abgeschossen. In Saporischschja wurde das Wasserkraftwerk getroffen."
    )
    assert keys(text, "interception", "launched", "place") == [(88, None)]


def test_drones_that_took_part_were_launched_and_the_reporting_state_is_no_attacker() -> None:
    text = (
        "Moscow was targeted by a drone attack in the morning. According to Russia's defence ministry, eight drones "
        "took part: five were shot down by air defence systems and three were diverted by electronic warfare."
    )
    assert keys(text, "interception", "launched", "intercepted", "lost", "attacker") == [(8, 5, 3, "UA")]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine says it has downed a Russian A-50 surveillance plane over the Sea of Azov.",
        "Die Ukraine hat ein russisches Aufklärungsflugzeug vom Typ A-50 abgeschossen.",
    ],
)
def test_a_spy_plane_shot_down_counts_one_aircraft(text: str) -> None:
    assert keys(text, "interception", "weapon", "intercepted", "attacker") == [("aircraft", 1, "RU")]
