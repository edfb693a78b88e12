"""Casualty claims, on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.unit.extraction.helpers import claims, keys

FIELDS = ("killed", "injured", "qualifier")


def test_killed_and_injured_with_a_qualifier() -> None:
    text = (
        "Bei dem Angriff auf Odessa wurden nach Angaben des Gouverneurs mindestens sieben "
        "Menschen getötet und 21 weitere verletzt."
    )
    assert keys(text, "casualty", *FIELDS) == [(7, 21, "at_least")]


def test_a_toll_that_rose_is_the_new_total() -> None:
    assert keys("Die Zahl der Toten ist inzwischen auf 23 gestiegen.", "casualty", *FIELDS) == [
        (23, None, "exact")
    ]


def test_a_breakdown_after_darunter_is_not_a_second_figure() -> None:
    text = "Nach Angaben der Behörden kamen zwei Menschen ums Leben, darunter ein Kind."
    assert keys(text, "casualty", *FIELDS) == [(2, None, "exact")]


def test_a_correction_keeps_only_the_corrected_figure() -> None:
    text = "Korrektur: Es wurden nicht 15, sondern 13 Menschen verletzt."
    assert keys(text, "casualty", *FIELDS) == [(None, 13, "exact")]


def test_english_figures() -> None:
    text = "At least 14 people were killed and 50 wounded in the strike, officials said."
    assert keys(text, "casualty", *FIELDS) == [(14, 50, "at_least")]


def test_a_running_total_is_cumulative_and_names_civilians() -> None:
    text = (
        "Seit Beginn des Krieges seien mehr als 12.000 Zivilisten getötet worden, teilten die "
        "Vereinten Nationen mit."
    )
    [claim] = claims(text, "casualty")
    assert (claim["killed"], claim["qualifier"], claim["victims"], claim["cumulative"]) == (
        12000,
        "more_than",
        "civilians",
        True,
    )
    assert claim["reported_by"] == "UN"


def test_readiness_to_die_is_no_casualty() -> None:
    assert claims("Tausende Kämpfer seien bereit zu sterben, sagte der Kommandeur.", "casualty") == []


def test_an_increment_gives_way_to_the_total() -> None:
    text = "One more person died in hospital, bringing the death toll to 9."
    assert keys(text, "casualty", *FIELDS) == [(9, None, "exact")]


def test_number_words_are_read() -> None:
    assert keys("Siebenunddreißig Menschen wurden verletzt.", "casualty", *FIELDS) == [(None, 37, "exact")]


def test_soldiers_killed_are_soldiers() -> None:
    text = "Das Ministerium gab an, dass 1.200 russische Soldaten getötet wurden."
    [claim] = claims(text, "casualty")
    assert (claim["killed"], claim["victims"]) == (1200, "soldiers")
    assert claims(text, "troops") == []


def test_weapon_counts_in_a_casualty_sentence_are_not_victims() -> None:
    text = "Bei einem Angriff mit drei Raketen auf Sumy wurden vier Menschen getötet."
    assert keys(text, "casualty", *FIELDS) == [(4, None, "exact")]
    assert claims(text, "casualty")[0]["place"] == "Sumy"


def test_authorities_belong_to_the_country_of_the_place() -> None:
    text = "Bei russischen Angriffen auf die Region Donezk sind nach Behördenangaben vier Zivilisten getötet worden."
    [claim] = claims(text, "casualty")
    assert (claim["killed"], claim["victims"], claim["reported_by"]) == (
        4,
        "civilians",
        "Ukrainian authorities",
    )


def test_an_english_verb_before_each_number_decides_its_role() -> None:
    text = "The shelling killed at least four civilians and wounded 17 others, the governor said."
    assert keys(text, "casualty", "killed", "injured", "qualifier") == [(4, 17, "at_least")]


def test_injuries_suffered_count_as_injured() -> None:
    text = "Mindestens 26 Menschen erlitten Verletzungen, teilte die Stadtverwaltung mit."
    assert keys(text, "casualty", "killed", "injured") == [(None, 26)]


def test_a_breakdown_between_commas_does_not_hide_the_toll() -> None:
    english = "At least nine people, among them two children, were killed in the strike on Sumy."
    german = "Mindestens neun Menschen, darunter zwei Kinder, wurden bei dem Angriff getötet."
    assert keys(english, "casualty", "killed", "qualifier") == [(9, "at_least")]
    assert keys(german, "casualty", "killed", "qualifier") == [(9, "at_least")]


def test_one_man_killed_is_not_a_soldier_but_hundreds_of_men_are() -> None:
    text = "In Nikopol ist ein Mann durch Artilleriebeschuss ums Leben gekommen."
    assert keys(text, "casualty", "killed", "victims") == [(1, "unspecified")]
    assert keys(text, "front", "place", "status") == [("Nikopol", "strike")]


def test_a_minister_putting_a_number_on_losses_is_the_source() -> None:
    text = "Verteidigungsminister Rustem Umjerow hat die Zahl der Verletzten auf 45 beziffert."
    assert keys(text, "casualty", "injured", "reported_by") == [(45, "Rustem Umerov")]


def test_a_participle_after_the_strike_gives_the_toll() -> None:
    text = "A drone hit a school in Kherson, injuring nine people, the mayor said."
    assert keys(text, "casualty", "killed", "injured") == [(None, 9)]


def test_un_figures_are_the_uns() -> None:
    text = "Nach UN-Angaben sind seit Kriegsbeginn mehr als 9.000 Zivilisten getötet worden."
    assert keys(text, "casualty", "killed", "reported_by", "cumulative") == [(9000, "UN", True)]


def test_a_weapon_after_the_toll_verb_does_not_make_the_number_a_weapon_count() -> None:
    text = "Three people died and 14 were injured when a drone hit a house in Sumy."
    assert keys(text, "casualty", "killed", "injured") == [(3, 14)]


def test_children_among_the_dead_are_a_breakdown_not_a_toll() -> None:
    assert claims("Two children were among the dead.", "casualty") == []
    assert claims("Among the injured are four children.", "casualty") == []
    assert claims("Zwei Kinder sind unter den Toten.", "casualty") == []


def test_a_toll_since_the_invasion_began_is_a_running_total() -> None:
    [claim] = claims(
        "The UN says at least 10,500 civilians have been killed since the invasion began.", "casualty"
    )
    assert (claim["killed"], claim["cumulative"]) == (10500, True)
    [claim] = claims(
        "Seit der Invasion wurden nach UN-Angaben mindestens 10.500 Zivilisten getötet.", "casualty"
    )
    assert (claim["killed"], claim["cumulative"]) == (10500, True)


def test_an_age_is_no_count_and_a_man_is_one() -> None:
    text = "Bei russischem Artilleriebeschuss von Cherson wurde ein 64-jähriger Mann getötet."
    assert keys(text, "casualty", *FIELDS) == [(1, None, "exact")]
    english = "A 72-year-old woman was killed in the shelling of Nikopol."
    assert keys(english, "casualty", *FIELDS) == [(1, None, "exact")]


def test_killed_or_wounded_together_is_neither_toll() -> None:
    english = "Ukraine's General Staff said 1,130 Russian soldiers were killed or wounded over the past day."
    german = (
        "Binnen eines Tages seien 1.130 russische Soldaten getötet oder verwundet worden, so der Generalstab."
    )
    assert claims(english, "casualty") == []
    assert claims(german, "casualty") == []
    both = "Drei Menschen wurden getötet und zwölf verletzt."
    assert keys(both, "casualty", *FIELDS) == [(3, 12, "exact")]


def test_a_worker_named_by_a_compound_noun_counts_as_one() -> None:
    text = "Bei dem Angriff auf Odessa wurde ein Hafenarbeiter getötet."
    assert keys(text, "casualty", *FIELDS) == [(1, None, "exact")]
    english = "A rescue worker was injured in the strike on Kherson."
    assert keys(english, "casualty", *FIELDS) == [(None, 1, "exact")]


def test_another_hurt_counts_one_and_bodies_recovered_are_dead() -> None:
    english = "One person was killed and another injured in the shelling of Nikopol."
    german = "Ein Mann wurde getötet, ein weiterer wurde schwer verletzt."
    assert keys(english, "casualty", *FIELDS) == [(1, 1, "exact")]
    assert keys(german, "casualty", *FIELDS) == [(1, 1, "exact")]
    assert keys("Rescuers pulled 12 bodies from the rubble in Dnipro.", "casualty", *FIELDS) == [
        (12, None, "exact")
    ]


def test_the_crimean_bridge_is_a_place_of_its_own() -> None:
    text = (
        "Bei einer Explosion auf der Krim-Brücke sind nach russischen Angaben zwei Menschen getötet worden."
    )
    assert keys(text, "casualty", "killed", "place") == [(2, "Crimean Bridge")]


def test_lives_claimed_are_deaths() -> None:
    german = "Der Angriff auf Saporischschja hat drei Menschenleben gefordert. Es gebe zudem zwölf Verletzte."
    english = "The strike claimed the lives of 14 people in Kharkiv, officials said."
    assert keys(german, "casualty", "killed", "injured") == [(3, 12)]
    assert keys(english, "casualty", "killed", "injured") == [(14, None)]


def test_a_toll_risen_to_a_new_total_counts_the_total() -> None:
    german = "Nach dem Angriff auf Dnipro ist die Zahl der Toten von 12 auf 15 gestiegen."
    english = (
        "The death toll from Monday's strike on Kyiv, which hit a children's hospital, "
        "has risen to 33, including five children, the city's military administration said."
    )
    assert keys(german, "casualty", "killed", "injured") == [(15, None)]
    [claim] = claims(english, "casualty")
    assert (claim["killed"], claim["reported_by"]) == (33, "Kyiv City Military Administration")


def test_children_counted_as_the_toll_are_the_victims() -> None:
    text = "Seit Kriegsbeginn sind nach Angaben der Generalstaatsanwaltschaft mindestens 589 Kinder getötet worden."
    [claim] = claims(text, "casualty")
    assert (claim["killed"], claim["victims"], claim["cumulative"]) == (589, "children", True)


def test_the_figure_a_correction_replaced_is_not_reported_again() -> None:
    text = (
        "Die Behörden in Odessa haben die Zahl der Toten auf 14 nach unten korrigiert. "
        "Zuvor war von 16 Toten die Rede gewesen."
    )
    assert keys(text, "casualty", "killed") == [(14,)]


def test_a_toll_split_around_the_sentence_naming_its_source_is_one_claim() -> None:
    text = (
        "Die Zahl der Todesopfer in Dnipro ist auf 23 gestiegen. "
        "Das teilte Gouverneur Serhij Lyssak mit. "
        "Rund 70 Menschen seien verletzt worden."
    )
    assert keys(text, "casualty", "killed", "injured", "reported_by") == [(23, 70, "Serhiy Lysak")]


def test_a_figure_corrected_with_not_between_commas_keeps_the_right_one() -> None:
    assert keys("Correction: 14, not 16, people were killed in Odesa.", "casualty", "killed") == [(14,)]


def test_a_clause_of_only_a_place_and_a_number_repeats_the_toll_for_that_place() -> None:
    text = "In Charkiw starben zwei Menschen, in Sumy drei."
    assert keys(text, "casualty", "killed", "place") == [(2, "Kharkiv"), (3, "Sumy")]
    assert keys("In Charkiw wurden zwei Menschen getötet, in Sumy 2024 keine.", "casualty", "killed") == [
        (2,)
    ]


def test_the_country_fought_against_is_not_where_soldiers_died() -> None:
    text = "Rund 300 nordkoreanische Soldaten sind im Kampf gegen die Ukraine getötet worden."
    assert [(c["killed"], c["place"]) for c in claims(text, "casualty")] == [(300, None)]


def test_a_toll_across_the_whole_country_has_no_place() -> None:
    text = "At least 41 people were killed across Ukraine on Monday, officials said."
    assert [(c["killed"], c["place"]) for c in claims(text, "casualty")] == [(41, None)]


def test_a_correct_figure_named_after_a_toll_replaces_it() -> None:
    english = (
        "An earlier report said 16 people were killed in Odesa. The correct figure is 14, the governor said."
    )
    german = "Zuvor war in Odessa von 16 Toten die Rede gewesen. Die richtige Zahl liege bei 14."
    assert [(c["killed"], c["place"]) for c in claims(english, "casualty")] == [(14, "Odesa")]
    assert [(c["killed"], c["place"]) for c in claims(german, "casualty")] == [(14, "Odesa")]


def test_a_toll_with_its_children_between_commas_keeps_its_verb() -> None:
    text = "Eleven people, two of them children, have now died after the strike on Sumy, and 84 were wounded."
    assert keys(text, "casualty", *FIELDS) == [(11, 84, "exact")]


def test_bodies_recovered_from_the_rubble_are_killed() -> None:
    text = "Unter den Trümmern wurden bislang 18 Leichen geborgen, teilte der Zivilschutz mit."
    assert keys(text, "casualty", *FIELDS) == [(18, None, "exact")]


def test_an_organisation_that_counted_the_dead_reports_them() -> None:
    text = "Die Vereinten Nationen haben seit Kriegsbeginn mehr als 11.000 getötete Zivilisten gezählt."
    assert [(c["killed"], c["reported_by"], c["cumulative"]) for c in claims(text, "casualty")] == [
        (11000, "UN", True)
    ]


def test_a_toll_between_two_figures_is_at_least_the_lower() -> None:
    assert keys("Zwischen 10 und 15 Menschen wurden in Odessa getötet.", "casualty", *FIELDS) == [
        (10, None, "at_least")
    ]


def test_a_toll_since_a_month_is_a_running_total_in_the_place_not_the_country_speaking() -> None:
    text = "Ukraine said 2,300 Russian troops had been killed in Kursk since August."
    assert [(c["place"], c["cumulative"]) for c in claims(text, "casualty")] == [("Kursk", True)]
    worst = "Bei dem schwersten Angriff auf Kiew seit August wurden fünf Menschen getötet."
    assert [c["cumulative"] for c in claims(worst, "casualty")] == [False]


def test_a_toll_with_a_share_of_children_between_commas_keeps_its_verb() -> None:
    text = "The U.N. mission said more than 10,000 civilians, over 560 of them children, had been killed since the invasion began."
    assert keys(text, "casualty", *FIELDS) == [(10000, None, "more_than")]


def test_a_correction_x_und_nicht_y_keeps_x() -> None:
    text = "Korrektur: Laut Gouverneur Wjatscheslaw Tschaus wurden in Tschernihiw 144 und nicht 117 Menschen verletzt."
    assert keys(text, "casualty", *FIELDS) == [(None, 144, "exact")]


def test_the_toll_named_after_among_the_is_the_total_and_one_dead_counts() -> None:
    assert keys("Unter den 16 Toten sind drei Kinder.", "casualty", *FIELDS) == [(16, None, "exact")]
    assert keys("Among the 16 dead were three children.", "casualty", *FIELDS) == [(16, None, "exact")]
    assert keys("Die Behörden meldeten einen Toten und fünf Verletzte in Charkiw.", "casualty", *FIELDS) == [
        (1, 5, "exact")
    ]


def test_the_injured_of_the_next_sentence_join_a_toll_whose_place_they_leave_unsaid() -> None:
    text = (
        "At least 12,654 civilians have been killed in Ukraine since the invasion, the UN said. "
        "More than 29,000 others have been injured."
    )
    assert keys(text, "casualty", "killed", "injured", "cumulative") == [(12654, 29000, True)]


def test_a_toll_of_another_place_in_the_next_sentence_stays_apart() -> None:
    text = "In Charkiw wurden zwei Menschen getötet. In Sumy wurden fünf Menschen verletzt."
    assert keys(text, "casualty", "killed", "injured", "place") == [(2, None, "Kharkiv"), (None, 5, "Sumy")]


def test_an_aside_between_commas_does_not_end_the_clause_of_the_injured() -> None:
    text = "One woman was killed and three people, including a four-year-old child, were injured in Kyiv."
    assert keys(text, "casualty", "killed", "injured") == [(1, 3)]


@pytest.mark.parametrize(
    "text",
    [
        "Bei einem Raketenangriff auf Dnipro wurden vier Menschen getötet, 25 weitere erlitten Verletzungen. "
        "Die Behörden korrigierten die Zahl der Toten später auf fünf.",
        "Four people were killed and 25 injured in a missile strike on Dnipro. "
        "Officials later revised the death toll to five.",
    ],
)
def test_a_toll_revised_in_the_next_sentence_takes_the_revised_figure(text: str) -> None:
    assert keys(text, "casualty", "killed", "injured") == [(5, 25)]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("In Saporischschja starb ein Mann, seine Frau wurde schwer verletzt.", (1, 1)),
        ("A woman was killed and her husband injured in the strike on Kherson.", (1, 1)),
        ("Ein 72-jähriger Mann erlag im Krankenhaus seinen Verletzungen.", (1, None)),
        ("A man succumbed to his injuries in hospital.", (1, None)),
    ],
)
def test_a_relative_counts_one_and_dying_of_ones_injuries_is_a_death(
    text: str, toll: tuple[int | None, int | None]
) -> None:
    assert keys(text, "casualty", "killed", "injured") == [toll]


@pytest.mark.parametrize(
    "text",
    [
        "Bei der Explosion auf der Brücke zwischen dem russischen Festland und der annektierten Halbinsel Krim "
        "sind drei Menschen ums Leben gekommen.",
        "Three people were killed in the explosion on the bridge between mainland Russia and the annexed "
        "Crimean peninsula.",
    ],
)
def test_the_bridge_to_crimea_is_the_crimean_bridge(text: str) -> None:
    assert keys(text, "casualty", "killed", "place") == [(3, "Crimean Bridge")]


def test_a_minister_who_had_spoken_of_a_toll_is_its_source() -> None:
    text = "In the evening, Interior Minister Denys Monastyrskyi had spoken of 14 dead and 97 injured."
    assert keys(text, "casualty", "killed", "injured", "reported_by") == [(14, 97, "Denys Monastyrskyi")]


def test_the_largest_attack_since_the_war_began_makes_the_next_toll_no_running_total() -> None:
    text = (
        "Es war offenbar der größte ukrainische Drohnenangriff auf Russland seit Kriegsbeginn. "
        "Im Gebiet Moskau wurden nach Angaben von Gouverneur Andrej Worobjow ein Mensch getötet und drei verletzt."
    )
    assert keys(text, "casualty", "killed", "injured", "cumulative") == [(1, 3, False)]


@pytest.mark.parametrize(
    "text",
    [
        "The interior ministry has revised the Kyiv death toll downwards, saying eight people, not nine, were killed.",
        "Acht Menschen, nicht neun, wurden in Kiew getötet.",
    ],
)
def test_a_figure_set_aside_between_commas_leaves_the_toll_its_verb(text: str) -> None:
    assert keys(text, "casualty", "killed") == [(8,)]


@pytest.mark.parametrize(
    "text",
    [
        "In Tschernihiw wurden nach jüngsten Angaben 144 statt 117 Menschen verletzt, darunter 15 Kinder.",
        "In Chernihiv, 144 people instead of 117 were injured, among them 15 children.",
    ],
)
def test_the_figure_instead_of_which_another_is_given_is_set_aside(text: str) -> None:
    assert keys(text, "casualty", "injured") == [(144,)]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Ein Mann und eine Frau wurden getötet.", 2),
        ("A man and a woman were killed in the strike.", 2),
        ("Zwei Kinder und ihre Mutter wurden getötet.", 3),
        ("Two children and their mother were killed.", 3),
    ],
)
def test_people_counted_side_by_side_before_one_verb_are_one_toll(text: str, killed: int) -> None:
    assert keys(text, "casualty", "killed") == [(killed,)]


def test_an_attack_that_cost_lives_killed_and_the_next_sentences_injured_join_it() -> None:
    text = (
        "Ein russischer Gleitbombenangriff auf Charkiw hat nach Behördenangaben vier Menschen das Leben gekostet. "
        "32 weitere wurden verletzt."
    )
    assert keys(text, "casualty", "killed", "injured") == [(4, 32)]


@pytest.mark.parametrize(
    "text",
    [
        "In einer früheren Version dieses Eintrags hieß es, 20 Menschen seien getötet worden. "
        "Richtig ist, dass zwölf Menschen getötet wurden.",
        "An earlier version of this entry said 20 people had been killed. In fact, 12 people were killed.",
    ],
)
def test_what_an_earlier_version_of_the_entry_said_is_no_report(text: str) -> None:
    assert keys(text, "casualty", "killed") == [(12,)]


@pytest.mark.parametrize(
    "text",
    [
        "Local officials said 9 civilians had been killed in the Belgorod region since the incursion began.",
        "Seit Beginn des ukrainischen Vorstoßes wurden im Gebiet Belgorod neun Zivilisten getötet.",
    ],
)
def test_a_toll_since_an_incursion_began_is_a_running_total(text: str) -> None:
    assert keys(text, "casualty", "killed", "cumulative") == [(9, True)]


def test_since_then_after_a_sentence_on_the_war_is_a_running_total() -> None:
    text = "Der Krieg dauert nun 500 Tage. Seither sind nach UN-Angaben 9000 Zivilisten getötet worden."
    assert keys(text, "casualty", "killed", "cumulative") == [(9000, True)]


@pytest.mark.parametrize(
    "text",
    [
        "Russland verliert nach ukrainischen Angaben täglich rund 1.200 Soldaten an Toten und Verwundeten.",
        "Britain said Russia had suffered about 1,200 dead and wounded a day in November.",
    ],
)
def test_one_count_of_dead_and_wounded_together_is_neither_toll(text: str) -> None:
    assert claims(text, "casualty") == []


@pytest.mark.parametrize(
    "text",
    [
        "Russland hat der Ukraine die Leichen von 250 gefallenen Soldaten übergeben.",
        "Ukraine received the bodies of 250 fallen soldiers from Russia in an exchange.",
    ],
)
def test_bodies_handed_over_in_an_exchange_are_no_toll(text: str) -> None:
    assert claims(text, "casualty") == []
    assert claims(text, "troops") == []


def test_bodies_recovered_from_rubble_are_the_dead() -> None:
    text = "In Cherson wurden unter den Trümmern die Leichen von fünf Menschen geborgen."
    assert keys(text, "casualty", "killed") == [(5,)]


@pytest.mark.parametrize(
    "text",
    [
        "Nach der Flut im Gebiet Cherson ertranken mindestens drei Menschen.",
        "At least three people drowned in the flooded Kherson region.",
    ],
)
def test_the_drowned_are_dead(text: str) -> None:
    assert keys(text, "casualty", "killed", "qualifier") == [(3, "at_least")]


@pytest.mark.parametrize(
    "text",
    [
        "Eine russische Gleitbombe tötete in Charkiw drei Menschen.",
        "A Russian glide bomb killed three people in Kharkiv on Sunday.",
    ],
)
def test_a_weapon_that_killed_people_in_a_place_struck_it(text: str) -> None:
    assert keys(text, "casualty", "killed", "place") == [(3, "Kharkiv")]
    assert keys(text, "front", "place", "status") == [("Kharkiv", "strike")]


def test_those_who_perished_are_dead() -> None:
    assert keys("Five people perished in Odesa after the strike.", "casualty", "killed") == [(5,)]


def test_the_present_tense_of_dying_is_a_toll() -> None:
    assert keys("Zwei Menschen sterben bei einem Angriff auf Sumy.", "casualty", "killed", "place") == [
        (2, "Sumy")
    ]


def test_officials_in_a_region_who_report_a_toll_place_it_there() -> None:
    text = "Officials in the Belgorod region reported two people injured by falling debris."
    assert keys(text, "casualty", "injured", "place") == [(2, "Belgorod Oblast")]


def test_the_city_a_report_came_from_is_not_where_people_died() -> None:
    text = "Die russischen Truppen hätten mehr als 250 ukrainische Soldaten getötet, hieß es aus Moskau."
    assert keys(text, "casualty", "killed", "place") == [(250, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Russische Angaben von 150.000 oder 300.000 Toten seien Lügen, sagte Selenskyj.",
        "Russia said 300,000 Ukrainian soldiers had been killed, figures Kyiv called exaggerated.",
        "Zelensky dismissed Russian claims of 300,000 Ukrainian dead as propaganda.",
    ],
)
def test_a_toll_the_sentence_calls_a_lie_is_no_claim(text: str) -> None:
    assert claims(text, "casualty") == []


@pytest.mark.parametrize(
    "text",
    [
        "Russia said it downed 337 drones in the biggest drone attack on Russia so far. "
        "In the Moscow region one person was killed and three were hurt.",
        "Russland meldete 337 Drohnen, es war der bisher größte Drohnenangriff auf Russland. "
        "Im Gebiet Moskau wurden ein Mensch getötet und drei verletzt.",
    ],
)
def test_the_biggest_attack_so_far_compares_and_makes_no_running_total(text: str) -> None:
    assert keys(text, "casualty", "killed", "cumulative") == [(1, False)]


@pytest.mark.parametrize(
    "text",
    [
        "Correction: An earlier version of this post said 16 people were killed in Odesa; the correct figure is 14.",
        "Korrektur: In einer früheren Version hieß es, in Odessa seien 16 Menschen getötet worden. Richtig ist: 14.",
    ],
)
def test_a_correction_that_names_the_earlier_figure_first_keeps_the_correct_one(text: str) -> None:
    assert keys(text, "casualty", "killed") == [(14,)]


def test_an_attack_that_cost_people_their_lives_killed_them() -> None:
    assert keys(
        "Der Angriff kostete mindestens 12 Menschen das Leben.", "casualty", "killed", "qualifier"
    ) == [(12, "at_least")]


def test_a_strike_on_a_city_that_claimed_lives_places_them_there() -> None:
    text = "The strike on Dnipro claimed the lives of 12 people, officials said."
    assert keys(text, "casualty", "killed", "place") == [(12, "Dnipro")]


@pytest.mark.parametrize(
    "text",
    [
        "Ein Mensch wurde getötet, ein weiterer verletzt.",
        "Eine Frau starb, eine weitere wurde verletzt.",
        "One person was killed and one other was injured.",
    ],
)
def test_one_more_with_its_noun_left_out_is_one(text: str) -> None:
    assert keys(text, "casualty", "killed", "injured") == [(1, 1)]


def test_the_injured_of_the_next_sentence_join_the_toll_whose_place_it_inherits() -> None:
    text = (
        "Bei einem Angriff auf die Stadt Dobropillja im Gebiet Donezk sind mindestens elf Menschen getötet "
        "worden. 30 weitere Menschen wurden verletzt, wie Innenminister Ihor Klymenko mitteilte."
    )
    assert keys(text, "casualty", "killed", "injured", "place") == [(11, 30, "Dobropillia")]


def test_a_duration_between_the_verb_and_the_toll_does_not_hide_the_verb() -> None:
    text = "Russischer Beschuss tötete im Gebiet Cherson binnen 24 Stunden zwei Zivilisten, vier wurden verletzt."
    assert keys(text, "casualty", "killed", "injured") == [(2, 4)]


@pytest.mark.parametrize(
    "text",
    [
        "Die Zahl der Toten in Poltawa ist auf 12 gestiegen. Ein Verletzter sei im Krankenhaus gestorben.",
        "The death toll in Poltava has risen to 12 after one of the injured died in hospital.",
    ],
)
def test_an_injured_person_who_died_is_no_count_of_injured(text: str) -> None:
    assert keys(text, "casualty", "killed", "injured") == [(12, None)]


def test_a_court_sentence_for_a_killing_is_no_toll() -> None:
    text = "A Ukrainian court sentenced a Russian soldier to 15 years in prison for killing a civilian."
    assert keys(text, "casualty", "killed") == []


def test_a_part_of_the_country_is_no_place_and_the_toll_goes_on_over_a_sentence_about_the_attack() -> None:
    text = (
        "Im Süden der Ukraine sind bei russischem Drohnenbeschuss zwei Männer getötet worden. "
        "Die Angriffe hätten Wohnviertel in Cherson getroffen. Eine Frau sei schwer verletzt worden."
    )
    assert keys(text, "casualty", "killed", "injured", "place") == [(2, 1, "Kherson")]


@pytest.mark.parametrize(
    "text",
    [
        "North Korean troops have suffered heavy casualties, with at least 100 killed, a lawmaker said.",
        "Unter den nordkoreanischen Soldaten gebe es hohe Verluste, mindestens 100 seien getötet worden.",
    ],
)
def test_the_soldiers_named_as_subject_are_the_victims_of_a_bare_count(text: str) -> None:
    assert keys(text, "casualty", "killed", "victims") == [(100, "soldiers")]


def test_a_summarys_paragraph_takes_no_place_from_the_story_before_it() -> None:
    text = (
        "Russia fired 40 drones at Ukraine overnight.\n\nUkraine's military said it struck a refinery in "
        "Russia's Saratov region.\n\nThe US pledged more ammunition.\n\nNorth Korean troops have suffered heavy "
        "casualties, with at least 100 killed, a lawmaker said."
    )
    assert keys(text, "casualty", "killed", "place") == [(100, None)]


def test_a_toll_in_the_next_paragraph_of_one_story_is_where_the_attack_struck() -> None:
    text = "Russland hat Charkiw in der Nacht mit Drohnen angegriffen.\n\nDabei wurden drei Menschen getötet."
    assert keys(text, "casualty", "killed", "place") == [(3, "Kharkiv")]


def test_a_breakdown_of_the_dead_between_keeps_the_toll_open_for_the_injured() -> None:
    text = "Die Zahl der Todesopfer in Kiew ist auf zehn gestiegen. Unter den Toten sind zwei Kinder. Die Zahl der Verletzten liegt bei 41."
    assert keys(text, "casualty", "killed", "injured") == [(10, 41)]


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Eight people were hospitalised after the attack on Kharkiv.", None, 8),
        ("Zwölf Menschen mussten nach dem Angriff auf Charkiw im Krankenhaus behandelt werden.", None, 12),
        ("The attack on Kharkiv claimed four lives.", 4, None),
        ("The strike took 12 lives in Kharkiv.", 12, None),
    ],
)
def test_treated_in_hospital_is_injured_and_lives_claimed_or_taken_are_killed(
    text: str, killed: int | None, injured: int | None
) -> None:
    assert keys(text, "casualty", "killed", "injured", "place") == [(killed, injured, "Kharkiv")]


def test_a_headline_style_present_tense_toll_counts_killed_and_injured() -> None:
    text = "Kyiv says Russian attack on power grid kills 2, injures 8 in Kharkiv."
    assert keys(text, "casualty", "killed", "injured", "place") == [(2, 8, "Kharkiv")]


def test_a_share_of_the_dead_that_were_children_counts_children() -> None:
    text = "More than 560 of those killed were children, it said."
    assert keys(text, "casualty", "killed", "victims") == [(560, "children")]


@pytest.mark.parametrize(
    "text",
    [
        "At least three people were killed in the Lviv region, and four others were injured in Mykolaiv, officials said.",
        "Mindestens drei Menschen wurden in der Region Lwiw getötet, vier weitere wurden in Mykolajiw verletzt.",
    ],
)
def test_dead_and_injured_of_two_places_in_one_sentence_are_two_tolls(text: str) -> None:
    assert keys(text, "casualty", "killed", "injured", "place") == [
        (3, None, "Lviv Oblast"),
        (None, 4, "Mykolaiv"),
    ]


def test_dead_and_injured_of_one_place_named_twice_stay_one_toll() -> None:
    text = "In Cherson wurden zwei Menschen getötet und fünf weitere in der Stadt verletzt."
    assert keys(text, "casualty", "killed", "injured", "place") == [(2, 5, "Kherson")]


def test_the_same_dead_told_again_in_the_next_sentence_are_one_toll_with_the_injured_after() -> None:
    text = (
        "Nach dem russischen Raketenangriff auf ein Wohnhaus in Dnipro ist die Zahl der Todesopfer auf 23 gestiegen. "
        "Rettungskräfte hätten bislang die Leichen von 23 Menschen geborgen, teilte der Zivilschutz mit. "
        "73 Menschen wurden demnach verletzt."
    )
    assert keys(text, "casualty", "killed", "injured", "cumulative") == [(23, 73, False)]


def test_so_far_is_a_running_total_only_where_the_entry_tells_of_no_single_attack() -> None:
    text = "Bislang wurden in der Region Cherson 120 Zivilisten getötet."
    assert keys(text, "casualty", "killed", "cumulative") == [(120, True)]


@pytest.mark.parametrize(
    "text",
    [
        "Mehr als 100 Menschen mussten nach dem Angriff auf Charkiw in Krankenhäusern behandelt werden.",
        "More than 100 people were treated in hospitals after the attack on Kharkiv.",
    ],
)
def test_people_treated_in_hospitals_are_injured(text: str) -> None:
    assert keys(text, "casualty", "injured", "qualifier", "place") == [(100, "more_than", "Kharkiv")]


@pytest.mark.parametrize(
    "text",
    [
        "25.000 seiner Söldner seien zum Sterben bereit, erklärte Prigoschin.",
        "Prigozhin said 25,000 of his fighters were willing to die.",
    ],
)
def test_fighters_ready_to_die_are_no_dead(text: str) -> None:
    assert claims(text, "casualty") == []


@pytest.mark.parametrize(
    ("text", "source", "place"),
    [
        (
            "According to Ukraine's Interior Ministry, 14 people were killed and 46 wounded.",
            "Ukrainian Interior Ministry",
            None,
        ),
        ("Kharkiv's mayor said three people were killed in the city.", "Kharkiv mayor", "Kharkiv"),
    ],
)
def test_a_possessive_owner_of_who_speaks_is_no_place_but_the_city_of_its_mayor_is(
    text: str, source: str, place: str | None
) -> None:
    assert keys(text, "casualty", "reported_by", "place") == [(source, place)]


@pytest.mark.parametrize(
    "text",
    [
        "Seit Jahresbeginn wurden in der Region Cherson 300 Zivilisten getötet.",
        "Since the start of the year, 300 civilians have been killed in the Kherson region.",
    ],
)
def test_a_toll_since_the_start_of_the_year_is_a_running_total(text: str) -> None:
    assert keys(text, "casualty", "killed", "cumulative") == [(300, True)]


@pytest.mark.parametrize(
    "text",
    [
        "Korrektur: In einer früheren Version hieß es, 14 Menschen seien getötet worden. Tatsächlich sind es zwölf.",
        "Correction: An earlier version said 14 people were killed. In fact, it was 12.",
    ],
)
def test_the_figure_in_fact_given_after_an_earlier_versions_replaces_it(text: str) -> None:
    assert keys(text, "casualty", "killed", "injured") == [(12, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Bei dem Angriff auf Cherson wurden zwei Menschen getötet. Ein Mann und eine Frau seien ihren Verletzungen erlegen. Drei weitere Menschen seien verletzt worden.",
        "Two people were killed in the attack on Kherson. A man and a woman died of their injuries in hospital. Three other people were injured.",
    ],
)
def test_people_who_died_of_their_injuries_are_dead_not_injured(text: str) -> None:
    assert keys(text, "casualty", "killed", "injured") == [(2, 3)]


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Ein Soldat (25) wurde bei dem Angriff getötet.", 1, None),
        ("Zwei Kinder im Alter von 6 und 9 Jahren wurden verletzt.", None, 2),
        ("Bei dem Angriff auf ein Hochhaus mit 9 Stockwerken starben 5 Menschen.", 5, None),
        ("Eine 82-Jährige wurde in Cherson getötet.", 1, None),
        ("Fünf Menschen wurden binnen 24 Stunden getötet.", 5, None),
    ],
)
def test_ages_and_storeys_count_no_one_and_an_aged_person_counts_one(
    text: str, killed: int | None, injured: int | None
) -> None:
    assert keys(text, "casualty", "killed", "injured") == [(killed, injured)]


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "Gouverneur Gladkow zufolge wurde ein Mann getötet, zwei Frauen erlitten Splitterverletzungen.",
            1,
            2,
        ),
        ("Zwei Soldaten erlitten Schussverletzungen.", None, 2),
        ("Es gab drei Schwerverletzte.", None, 3),
        ("Two men suffered shrapnel wounds in the attack on Kherson.", None, 2),
    ],
)
def test_compound_words_for_wounds_count_the_injured(
    text: str, killed: int | None, injured: int | None
) -> None:
    assert keys(text, "casualty", "killed", "injured") == [(killed, injured)]


def test_people_unhurt_are_no_toll() -> None:
    assert keys("Die beiden Insassen blieben unverletzt.", "casualty", "injured") == []


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Es gab drei Schwerverletzte und fünf Leichtverletzte.", "unspecified"),
        ("Drei Menschen wurden schwer und fünf leicht verletzt.", "unspecified"),
        ("Three people were seriously injured and five suffered minor injuries.", "unspecified"),
        ("Three children were badly hurt and five were slightly injured.", "children"),
    ],
)
def test_the_injured_of_two_severities_are_one_toll(text: str, victims: str) -> None:
    assert keys(text, "casualty", "injured", "victims") == [(8, victims)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Debris caused a fire at an industrial site but no one was hurt.", []),
        ("No one was killed in the attack, but one man was injured.", [(None, 1)]),
    ],
)
def test_no_one_is_no_count_of_one(text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert keys(text, "casualty", "killed", "injured") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Five people were killed in Sumy. The dead included two children.",
        "Fünf Menschen wurden in Sumy getötet. Zu den Toten zählen zwei Kinder.",
    ],
)
def test_who_was_among_the_dead_told_in_a_sentence_of_its_own_is_no_toll_of_its_own(text: str) -> None:
    assert keys(text, "casualty", "killed") == [(5,)]


@pytest.mark.parametrize(
    "text",
    [
        "It estimated that 1,000 North Koreans had been killed since December.",
        "Rund 1000 Nordkoreaner seien getötet worden.",
    ],
)
def test_north_koreans_killed_in_the_war_are_soldiers(text: str) -> None:
    assert keys(text, "casualty", "victims") == [("soldiers",)]


def test_an_attack_on_the_countrys_grid_still_kills_where_the_sentence_says() -> None:
    text = "Bei dem russischen Angriff auf die ukrainische Energieinfrastruktur wurden in Charkiw drei Menschen getötet."
    assert keys(text, "casualty", "killed", "place") == [(3, "Kharkiv")]


def test_the_town_a_battle_is_for_is_where_its_dead_fell() -> None:
    text = "Prigozhin gave a figure for his losses in the battle for Bakhmut, saying about 20,000 of his fighters had been killed there."
    assert keys(text, "casualty", "killed", "place") == [(20000, "Bakhmut")]
