"""Who reports a figure: people before their offices, administrations by region, subjects
that report on themselves."""

from __future__ import annotations

import pytest

from domain.extraction import extract_from_text
from domain.extraction.sources import attributed_source, candidates
from tests.unit.extraction.helpers import claims, keys


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Das teilte Armeesprecher Wladyslaw Woloschyn am Abend mit.", "Vladyslav Voloshyn"),
        ("Das sagte der Luftwaffenchef Mykola Oleschtschuk im Fernsehen.", "Mykola Oleshchuk"),
        ("The air force's spokesman, Yurii Ihnat, said the raid had been repelled.", "Yuriy Ignat"),
        ("Das sagte Armeesprecher Dmytro Lychowij am Mittwoch.", "Dmytro Lykhovyi"),
    ],
)
def test_a_speaker_named_after_a_military_office_is_the_source(sentence: str, source: str) -> None:
    assert attributed_source(sentence) == source


def test_a_ministry_spokesperson_speaks_for_the_ministry() -> None:
    sentence = "Die Gespräche gingen weiter, sagte Außenamtssprecher Vedant Patel in Washington."
    assert attributed_source(sentence) == "US State Department"


def test_an_office_and_a_person_apart_in_the_sentence_stay_two_candidates() -> None:
    sentence = "Die Luftwaffe meldete am Morgen Explosionen, Selenskyj sagte am Abend mehr dazu."
    names = {source.name for source in candidates(sentence)}
    assert names == {"Ukrainian Air Force", "Volodymyr Zelensky"}


def test_a_regional_military_administration_is_named_after_the_oblast_its_city_lies_in() -> None:
    text = (
        "In Kramatorsk sind nach Angaben der regionalen Militärverwaltung drei Menschen "
        "getötet und elf verletzt worden."
    )
    assert keys(text, "casualty", "killed", "reported_by") == [
        (3, "Donetsk Regional Military Administration")
    ]


def test_a_regional_administration_without_military_in_its_name_keeps_it_out() -> None:
    text = "In Poltawa wurden nach Angaben der Gebietsverwaltung vier Menschen verletzt."
    assert keys(text, "casualty", "injured", "reported_by") == [(4, "Poltava Regional Administration")]


def test_an_institution_that_corrects_a_figure_is_its_source() -> None:
    text = (
        "Das Innenministerium hat die Zahl der Toten in Odessa auf sieben korrigiert, "
        "es seien sieben Menschen getötet worden."
    )
    assert [source for (source,) in keys(text, "casualty", "reported_by")] == ["Ukrainian Interior Ministry"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Russland hat die Einnahme des Dorfes Krasnohoriwka gemeldet.", "Russian government"),
        ("Russia has claimed the capture of the village of Klishchiivka.", "Russian government"),
        ("Die Ukraine hat eigenen Angaben zufolge 40 Drohnen abgeschossen.", "Ukrainian government"),
    ],
)
def test_a_country_reporting_its_own_action_is_its_government(sentence: str, source: str) -> None:
    assert attributed_source(sentence) == source


def test_an_administration_named_in_a_sentence_without_a_place_takes_the_place_before() -> None:
    text = (
        "Bei einem Drohnenangriff auf Sumy sind zwei Menschen getötet worden. "
        "Neun weitere wurden nach Angaben der Gebietsverwaltung verletzt."
    )
    assert {source for (source,) in keys(text, "casualty", "reported_by")} == {"Sumy Regional Administration"}


def test_army_figures_without_a_country_are_the_ukrainian_armed_forces() -> None:
    sentence = "Die Luftabwehr hat nach Armeeangaben in der Nacht alle 12 Drohnen abgeschossen."
    assert attributed_source(sentence) == "Ukrainian Armed Forces"


def test_names_in_english_text_are_kept_as_spelled() -> None:
    text = (
        "Canada will send 400 million dollars in military aid to Ukraine, Prime Minister Justin Trudeau said."
    )
    assert keys(text, "aid_pledge", "reported_by") == [("Justin Trudeau",)]


def test_a_western_name_after_a_title_keeps_its_spelling_in_german_text() -> None:
    text = "Norwegen stellt der Ukraine 2,5 Milliarden Kronen bereit. Das gab Ministerpräsident Jonas Gahr Støre bekannt."
    [claim] = claims(text, "aid_pledge")
    assert claim["reported_by"] == "Jonas Gahr Støre"


def test_a_german_spelled_ukrainian_name_after_a_title_is_transliterated() -> None:
    text = "Polizeichef Iwan Wyhiwskyj sagte, fünf Menschen seien verletzt worden."
    [claim] = claims(text, "casualty")
    assert claim["reported_by"] == "Ivan Vyhivskyi"


def test_institutions_named_in_either_language() -> None:
    cases = {
        "Nach Angaben des südkoreanischen Generalstabs sind 3000 weitere nordkoreanische Soldaten in Russland.": (
            "troops",
            "South Korean military",
        ),
        "Russian forces captured the village of Pishchane, the Institute for the Study of War said.": (
            "front",
            "Institute for the Study of War (ISW)",
        ),
        "Die EU hat 4,2 Milliarden Euro an Finanzhilfen freigegeben, teilte die EU-Kommission mit.": (
            "aid_pledge",
            "European Commission",
        ),
        "Die russische Armee hat nach eigenen Angaben das Dorf Nowomychajliwka eingenommen.": (
            "front",
            "Russian Defence Ministry",
        ),
    }
    for text, (kind, source) in cases.items():
        found = claims(text, kind)
        assert [c["reported_by"] for c in found] == [source], text


def test_a_claim_the_ministry_makes_names_it_as_the_source() -> None:
    text = "Das russische Verteidigungsministerium behauptet, es seien mehr als 2.000 ukrainische Soldaten getötet worden."
    [claim] = claims(text, "casualty")
    assert claim["reported_by"] == "Russian Defence Ministry"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Die russische Armee bereitet nach Angaben des ukrainischen Militärsprechers Wladyslaw Woloschyn "
            "eine Offensive vor.",
            "Vladyslav Voloshyn",
        ),
        (
            "Den Großteil habe man nach Kursk gebracht, erklärte ein Sprecher des US-Außenministeriums.",
            "US State Department",
        ),
        (
            "Selenskyj hatte von 11.000 Nordkoreanern gesprochen, die gegen die ukrainische Armee kämpften.",
            "Volodymyr Zelensky",
        ),
    ],
)
def test_the_source_is_the_one_the_attribution_names(sentence: str, source: str) -> None:
    assert attributed_source(sentence) == source


def test_a_named_speaker_in_the_next_sentence_beats_a_vague_side() -> None:
    text = (
        "Russland hat bei Kupjansk nach ukrainischen Angaben mehr als 100.000 Soldaten zusammengezogen. "
        "Das sagte der Sprecher der Streitkräftegruppe Ost, Serhij Tscherewatyj."
    )
    [claim] = claims(text, "troops")
    assert claim["reported_by"] == "Serhii Cherevatyi"


def test_kyivs_city_administration_is_its_military_administration() -> None:
    text = "Die Zahl der Todesopfer in Kiew ist nach Angaben der Stadtverwaltung auf 31 gestiegen."
    [claim] = claims(text, "casualty")
    assert claim["reported_by"] == "Kyiv City Military Administration"


def test_a_demand_is_the_demanders_whoever_spoke_before() -> None:
    text = (
        "Der Außenminister Andrij Sybiha sagte, er sei zuversichtlich. "
        "Die Führung in Kyjiw fordert dringend mehr weitreichende Waffen."
    )
    [claim] = claims(text, "aid_pledge")
    assert (claim["status"], claim["reported_by"]) == ("demanded", "Ukrainian government")


def test_a_front_report_takes_its_source_from_the_sentence_that_gives_it() -> None:
    text = (
        "Nach mehr als zwei Jahren Kampf haben die ukrainischen Truppen die Stadt Wuhledar aufgegeben. "
        "Das Kommando habe den Rückzug genehmigt, teilte die operativ-strategische Gruppe Chortyzja mit."
    )
    found = [(c["status"], c["reported_by"]) for c in claims(text, "front")]
    assert found == [("withdrawal", "Khortytsia operational-strategic group")]


def test_a_countrys_possessive_before_an_agency_names_its_country() -> None:
    text = "North Korean troops. South Korea's spy agency estimates that around 11,000 North Korean soldiers are in Kursk."
    [claim] = claims(text, "troops")
    assert claim["reported_by"] == "South Korean intelligence"


def test_a_woman_minister_is_a_person_not_her_ministry() -> None:
    text = "Die Kämpfe in Bachmut gingen weiter, teilte die stellvertretende Verteidigungsministerin Hanna Maljar mit."
    assert [c["reported_by"] for c in claims(text, "front")] == ["Hanna Maliar"]


def test_officials_of_an_institution_speak_for_it() -> None:
    text = "Pentagon officials estimate that around 12,000 North Korean soldiers are now deployed in Russia."
    assert [c["reported_by"] for c in claims(text, "troops")] == ["US Defense Department"]


def test_an_agency_that_assumes_a_figure_is_its_source() -> None:
    text = "Der südkoreanische Geheimdienst geht davon aus, dass rund 300 nordkoreanische Soldaten getötet wurden."
    assert [c["reported_by"] for c in claims(text, "casualty")] == ["South Korean intelligence"]


def test_a_first_name_ending_in_ij_is_spelled_ii() -> None:
    assert attributed_source("Das sagte General Serhij Najew am Morgen.") == "Serhii Naiev"


def test_a_capital_that_admits_a_withdrawal_is_its_government() -> None:
    text = (
        "Moskau hat den Abzug seiner Einheiten aus Lyman im Gebiet Donezk eingeräumt. "
        "Selenskyj zufolge ist die Stadt inzwischen vollständig befreit."
    )
    found = [(c["status"], c["reported_by"]) for c in claims(text, "front")]
    assert found == [("withdrawal", "Russian government"), ("capture", "Volodymyr Zelensky")]


def test_the_police_reporting_a_toll_in_ukraine_is_the_national_police() -> None:
    text = "In Kramatorsk sind nach Angaben der Polizei mindestens drei Menschen getötet worden."
    assert [c["reported_by"] for c in claims(text, "casualty")] == ["National Police of Ukraine"]


def test_the_police_of_a_russian_city_is_russian() -> None:
    text = "In der russischen Stadt Belgorod sind nach Angaben der Polizei drei Menschen getötet worden."
    assert [c["reported_by"] for c in claims(text, "casualty")] == ["Russian police"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Das sagte Ministerpräsident Dick Schoof am Montag.", "Dick Schoof"),
        ("Das sagte Regierungschef Michail Mischustin am Montag.", "Mikhail Mishustin"),
        ("Das sagte Gouverneur Roman Mrotschko am Montag.", "Roman Mrochko"),
    ],
)
def test_a_sch_alone_marks_a_slavic_name_only_after_a_slavic_first_name(sentence: str, source: str) -> None:
    assert attributed_source(sentence) == source


def test_an_air_defence_reporting_on_itself_is_the_air_force() -> None:
    text = "Die ukrainische Luftabwehr hat in der Nacht nach eigenen Angaben 56 von 88 russischen Drohnen abgeschossen."
    assert [c["reported_by"] for c in claims(text, "interception")] == ["Ukrainian Air Force"]


def test_the_police_belong_to_the_place_not_to_the_attacker_named_first() -> None:
    text = "Bei russischem Raketenbeschuss auf Kramatorsk sind nach Angaben der Polizei drei Menschen getötet worden."
    assert [c["reported_by"] for c in claims(text, "casualty")] == ["National Police of Ukraine"]


def test_nach_worten_von_names_the_speaker() -> None:
    text = "Nach Worten von Wagner-Chef Jewgeni Prigoschin sind in Bachmut etwa 20.000 seiner Kämpfer getötet worden."
    assert [c["reported_by"] for c in claims(text, "casualty")] == ["Yevgeny Prigozhin"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Die Truppen haben Wuhledar geräumt, teilte die Gruppe Chortyzja mit.",
            "Khortytsia operational-strategic group",
        ),
        (
            "Russische Truppen rückten bei Robotyne vor, teilte die Gruppe Tawrija mit.",
            "Tavria operational-strategic group",
        ),
    ],
)
def test_each_operational_strategic_group_is_named_for_itself(sentence: str, source: str) -> None:
    assert [c["reported_by"] for c in claims(sentence, "front")] == [source]


def test_prosecutors_reporting_a_toll_are_the_regional_prosecutors_office() -> None:
    text = "A Russian missile hit a building in Sumy, killing eight people and injuring 49, prosecutors said."
    assert [c["reported_by"] for c in claims(text, "casualty")] == ["Sumy regional prosecutor's office"]


@pytest.mark.parametrize(
    "sentence",
    [
        "About 300 North Korean soldiers have been killed in Kursk, a South Korean lawmaker said, "
        "citing the country's intelligence agency.",
        "Rund 300 nordkoreanische Soldaten seien in Kursk getötet worden, sagte ein südkoreanischer "
        "Abgeordneter unter Berufung auf den Geheimdienst des Landes.",
    ],
)
def test_the_agency_a_speaker_cites_is_the_source_and_the_country_is_the_speakers(sentence: str) -> None:
    assert [c["reported_by"] for c in claims(sentence, "casualty")] == ["South Korean intelligence"]


@pytest.mark.parametrize(
    "text",
    [
        "Die russische Armee hat Nowoseliwka eingenommen, teilte das Verteidigungsministerium in Moskau mit. "
        "Nach Einschätzung westlicher Militärexperten stehen die Russen zudem kurz vor der Einnahme von Kurachowe.",
        "Russian forces captured Novoselivka, the Russian defence ministry said. "
        "According to military bloggers, Russian troops are also advancing on Kurakhove.",
    ],
)
def test_a_sentence_citing_experts_or_bloggers_takes_no_other_sentences_source(text: str) -> None:
    found = {c["place"]: c["reported_by"] for c in claims(text, "front")}
    assert found == {"Novoselivka": "Russian Defence Ministry", "Kurakhove": None}


def test_each_item_of_a_summary_list_has_only_its_own_source() -> None:
    text = (
        "- Ukraine's military said it had recaptured the village of Andriivka in the Sumy region.\n"
        "- The European Union approved a new €1bn tranche for Ukraine."
    )
    assert [c["reported_by"] for c in claims(text, "front")] == ["Ukrainian Armed Forces"]
    assert [c["reported_by"] for c in claims(text, "aid_pledge")] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops have broken through north of Kupiansk, Russian military bloggers said.",
        "Ukrainian military sources said Russian troops had advanced near Kupiansk.",
    ],
)
def test_bloggers_and_sources_of_a_military_are_not_the_military(text: str) -> None:
    assert [c["reported_by"] for c in claims(text, "front")] == [None]


def test_a_president_giving_a_figure_is_its_source() -> None:
    text = (
        "President Zelensky gave a figure for Ukraine's losses: 31,000 Ukrainian soldiers have been killed."
    )
    assert [c["reported_by"] for c in claims(text, "casualty")] == ["Volodymyr Zelensky"]


def test_the_city_administration_of_kyiv_is_its_military_administration() -> None:
    text = "The death toll in Kyiv has risen to 31, including four children, the city administration said."
    assert [c["reported_by"] for c in claims(text, "casualty")] == ["Kyiv City Military Administration"]


def test_the_city_authorities_in_german_are_the_citys() -> None:
    text = "Die Zahl der Toten in Sumy ist auf elf gestiegen, teilten die städtischen Behörden mit."
    assert [c["reported_by"] for c in claims(text, "casualty")] == ["Sumy city authorities"]


def test_a_governor_describing_the_situation_is_its_source() -> None:
    text = "Um Wowtschansk wird heftig gekämpft; Gouverneur Oleh Synjehubow beschrieb die Lage dort als äußerst schwierig."
    assert {c["reported_by"] for c in claims(text, "front")} == {"Oleh Syniehubov"}


def test_a_country_confirming_speaks_through_the_ministry_named_next() -> None:
    text = (
        "Russland hat den Abzug seiner Truppen aus Lyman bestätigt. Die Einheiten seien auf günstigere "
        "Linien verlegt worden, teilte das Verteidigungsministerium mit."
    )
    assert [c["reported_by"] for c in claims(text, "front")] == ["Russian Defence Ministry"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Landesweit wurden nach vorläufigen Zahlen des Zivilschutzes elf Menschen getötet.",
            "State Emergency Service of Ukraine",
        ),
        ("Moskau kündigte an, seine Einheiten aus der Gegend um Isjum abzuziehen.", "Russian government"),
    ],
)
def test_figures_of_a_body_and_a_capital_announcing_have_their_source(text: str, source: str) -> None:
    assert {c["reported_by"] for c in claims(text, "casualty") + claims(text, "front")} == {source}


def test_a_minister_calling_the_situation_difficult_is_its_source() -> None:
    text = "Vize-Verteidigungsministerin Hanna Maljar bezeichnete die Lage in Bachmut als weiterhin äußerst schwierig."
    assert [c["reported_by"] for c in claims(text, "front")] == ["Hanna Maliar"]


def test_the_body_that_raised_a_toll_is_its_source() -> None:
    text = "Die Generalstaatsanwaltschaft hat die Zahl der Toten nach dem Angriff auf Poltawa auf 51 erhöht."
    assert [c["reported_by"] for c in claims(text, "casualty")] == ["Prosecutor General's Office of Ukraine"]


def test_the_state_department_is_american_whatever_country_the_entry_is_about() -> None:
    text = "More than 10,000 North Korean troops have been sent to Russia and most are in Kursk, the State Department said."
    assert [c["reported_by"] for c in claims(text, "troops")] == ["US State Department"]


def test_kyivs_military_leadership_is_the_ukrainian_government() -> None:
    text = "Kyiv's military leadership describes the situation in the Donbas as particularly difficult."
    assert [c["reported_by"] for c in claims(text, "front")] == ["Ukrainian government"]


def test_his_account_points_back_to_the_person_named_before() -> None:
    text = (
        "Bürgermeister Vitali Klitschko rief die Bewohner auf, in den Schutzräumen zu bleiben. "
        "Nach seinen Angaben wurden im Stadtteil Darnyzja drei Menschen verletzt."
    )
    assert [c["reported_by"] for c in claims(text, "casualty")] == ["Vitali Klitschko"]


def test_a_capitals_possessive_before_an_agency_names_its_country() -> None:
    text = "Moscow's foreign intelligence service said 5,000 mercenaries were fighting for Ukraine."
    found = claims(
        "Kyiv's military intelligence said about 8,000 North Korean troops were in Kursk.", "troops"
    )
    assert found[0]["reported_by"] == "Ukrainian intelligence"
    assert [source.name for source in candidates(text)] == ["Russian intelligence"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Zwölf von 15 Drohnen seien abgeschossen worden, hieß es aus Kiew.", "Ukrainian government"),
        ("Aus Moskau hieß es, 20 von 24 Drohnen seien zerstört worden.", "Russian government"),
    ],
)
def test_what_was_said_from_a_capital_is_its_governments(text: str, source: str) -> None:
    assert claims(text, "interception")[0]["reported_by"] == source


def test_forces_that_claim_a_capture_speak_through_their_command() -> None:
    text = "Russian forces claimed to have taken the village of Urozhaine."
    assert claims(text, "front")[0]["reported_by"] == "Russian Defence Ministry"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Russland hat nach Erkenntnissen westlicher Geheimdienste rund 40.000 Soldaten bei Kursk.",
            "Western intelligence",
        ),
        (
            "Schweden liefert der Ukraine Munition für 300 Millionen Euro, teilte die Regierung in Stockholm mit.",
            "Swedish government",
        ),
    ],
)
def test_western_services_and_a_government_named_by_its_seat(text: str, source: str) -> None:
    assert claims(text)[0]["reported_by"] == source


def test_a_bare_military_administration_in_the_city_of_kyiv_is_the_citys() -> None:
    text = "In Kiew starben nach Angaben der Militärverwaltung zwölf Menschen."
    assert claims(text, "casualty")[0]["reported_by"] == "Kyiv City Military Administration"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Lettland liefert der Ukraine Drohnen für 20 Millionen Euro. "
            "Das teilte Verteidigungsminister Andris Sprūds in Riga mit.",
            "Andris Sprūds",
        ),
        (
            "Spanien liefert der Ukraine Munition für 50 Millionen Euro, sagte Regierungschef Pedro Sanchez.",
            "Pedro Sanchez",
        ),
        (
            "Die Ukraine will 100.000 weitere Soldaten einberufen, sagte der Sekretär des Sicherheitsrats, "
            "Olexander Lytwynenko.",
            "Oleksandr Lytvynenko",
        ),
    ],
)
def test_names_in_their_own_alphabet_and_after_an_office_are_the_speakers(text: str, source: str) -> None:
    assert claims(text)[0]["reported_by"] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "In Krywyj Rih kamen nach Angaben des Gouverneurs vier Menschen ums Leben.",
            "Dnipropetrovsk Regional Military Administration",
        ),
        (
            "Four people were killed in the Mykolaiv region, its governor said.",
            "Mykolaiv Regional Military Administration",
        ),
        ("Four people were killed in Belgorod, the regional governor said.", "Belgorod governor"),
        (
            "In Cherson wurden zwei Menschen getötet, teilte der Gouverneur mit.",
            "Kherson Regional Military Administration",
        ),
        (
            "In Cherson wurden zwei Menschen getötet, teilte der Gouverneur der Region, Olexander Prokudin, mit.",
            "Oleksandr Prokudin",
        ),
    ],
)
def test_an_unnamed_governor_speaks_for_the_region_he_heads(text: str, source: str) -> None:
    assert claims(text, "casualty")[0]["reported_by"] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("North Korea has sent about 2,000 more soldiers to Russia, Seoul said.", "South Korean government"),
        (
            "Russland hat nach britischen Erkenntnissen rund 40.000 Soldaten bei Kursk.",
            "British intelligence",
        ),
    ],
)
def test_a_capital_that_speaks_and_a_countrys_findings(text: str, source: str) -> None:
    assert claims(text, "troops")[0]["reported_by"] == source


def test_a_source_the_sentence_names_wins_over_what_was_said_from_a_capital() -> None:
    text = "Die Luftwaffe habe 30 von 40 Drohnen abgeschossen, hieß es aus Kiew."
    assert claims(text, "interception")[0]["reported_by"] == "Ukrainian Air Force"


@pytest.mark.parametrize(
    "text",
    [
        "Die russische Seite sprach von heftigen Kämpfen bei Sudscha.",
        "The Russian side reported heavy fighting near Sudzha.",
    ],
)
def test_one_side_of_the_war_speaks_for_its_government(text: str) -> None:
    assert keys(text, "front", "place", "reported_by") == [("Sudzha", "Russian government")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Oleh Kiper, the governor of the Odesa region, said two people were injured.", "Oleh Kiper"),
        (
            "Serhiy Popko, head of the city's military administration, said two people were injured.",
            "Serhiy Popko",
        ),
        (
            "The head of Kyiv's military administration, Tymur Tkachenko, said two people were injured.",
            "Tymur Tkachenko",
        ),
        (
            "Der Leiter der Kyjiwer Militärverwaltung, Tymur Tkatschenko, sprach von zwei Verletzten.",
            "Tymur Tkachenko",
        ),
    ],
)
def test_a_person_the_sentence_names_beside_an_office_speaks(text: str, source: str) -> None:
    assert keys(text, "casualty", "reported_by") == [(source,)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Britain will give Ukraine £500m, foreign secretary James Cleverly told a conference.",
            "James Cleverly",
        ),
        (
            "Britain will give Ukraine £500m, the defence secretary, John Healey, told parliament.",
            "John Healey",
        ),
    ],
)
def test_titles_in_lower_case_or_before_a_name_in_commas(text: str, source: str) -> None:
    assert keys(text, "aid_pledge", "reported_by") == [(source,)]


@pytest.mark.parametrize(
    "text",
    [
        "Moskau meldete die Einnahme von Soledar. Die ukrainische Armee bestritt dies: In Soledar werde gekämpft.",
        "Moscow said it had taken Soledar. The Ukrainian army denied it: fighting continued in Soledar.",
    ],
)
def test_who_denies_a_report_is_the_source_of_what_it_says_instead(text: str) -> None:
    assert ("Soledar", "combat", "Ukrainian Armed Forces") in keys(
        text, "front", "place", "status", "reported_by"
    )


def test_after_according_to_an_institution_who_acts_is_not_the_source() -> None:
    text = (
        "Nach Angaben des Pentagons sprachen Austin und Umjerow über nordkoreanische Soldaten. "
        "Austin habe die Zusage bekräftigt, die Hilfe für die Ukraine aufzustocken."
    )
    assert keys(text, "aid_pledge", "donor", "reported_by") == [("US", "US Defense Department")]


def test_the_leadership_named_by_its_capitals_adjective_is_the_government() -> None:
    text = "Die Kiewer Führung fordert dringend mehr weitreichende Waffen."
    assert keys(text, "aid_pledge", "status", "reported_by") == [("demanded", "Ukrainian government")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Ukrainian troops pulled back from the village of Shevchenko, the spokesperson, Nazar Voloshyn, said.",
            "Nazar Voloshyn",
        ),
        ("Armeesprecher Woloschyn sagte, Russland greife Pokrowsk an.", "Vladyslav Voloshyn"),
        ("Wladyslaw Woloschyn sagte, Russland greife Pokrowsk an.", "Vladyslav Voloshyn"),
    ],
)
def test_a_known_surname_after_another_first_name_is_another_person(text: str, source: str) -> None:
    assert [c["reported_by"] for c in claims(text, "front")] == [source]


def test_who_is_told_is_not_who_tells() -> None:
    text = "Japan will give Ukraine $3 billion, Prime Minister Shigeru Ishiba told Zelensky in a phone call."
    assert keys(text, "aid_pledge", "donor", "reported_by") == [("JP", "Shigeru Ishiba")]


def test_a_truppengruppierung_is_the_group_of_forces() -> None:
    text = (
        "Die ukrainischen Truppen haben sich aus Wuhledar zurückgezogen. "
        "Das teilte das Kommando der Truppengruppierung Chortyzja mit."
    )
    assert keys(text, "front", "reported_by") == [("Khortytsia operational-strategic group",)]


def test_russias_military_is_its_defence_ministry() -> None:
    text = "Russia's military said it downed 48 Ukrainian drones over the Kursk region."
    assert keys(text, "interception", "intercepted", "reported_by") == [(48, "Russian Defence Ministry")]


def test_a_ministrys_spokesperson_speaks_for_the_ministry() -> None:
    text = "Most of the 10,000 North Koreans are in the Kursk region, State Department spokesman Vedant Patel said."
    assert keys(text, "troops", "count", "reported_by") == [(10_000, "US State Department")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ukrainischen Medienberichten zufolge wurden in Charkiw fünf Menschen verletzt.", "Ukrainian media"),
        (
            "In Charkiw wurden fünf Menschen verletzt, wie die Polizei mitteilte.",
            "National Police of Ukraine",
        ),
        ("In Charkiw wurden nach Polizeiangaben fünf Menschen verletzt.", "National Police of Ukraine"),
        ("Five people were injured in Kharkiv, Ukrainian police said.", "National Police of Ukraine"),
    ],
)
def test_the_police_and_the_media_as_sources(text: str, source: str) -> None:
    assert keys(text, "casualty", "reported_by") == [(source,)]


def test_a_slavic_first_name_in_german_spelling_marks_the_name_for_english() -> None:
    text = "Drei Menschen wurden in Cherson getötet, schrieb Gouverneur Olexander Prokudin auf Telegram."
    assert keys(text, "casualty", "reported_by") == [("Oleksandr Prokudin",)]


def test_the_military_leadership_in_kyiv_is_the_government() -> None:
    text = "Die Militärführung in Kyjiw hatte die Lage im Donbass zuletzt als besonders schwierig bezeichnet."
    assert keys(text, "front", "place", "reported_by") == [("Donbas", "Ukrainian government")]


def test_the_countrys_ministry_belongs_to_the_country_the_sentence_speaks_of() -> None:
    text = (
        "Canada has pledged another $2bn in financial support for Ukraine's budget, the country's "
        "finance ministry said."
    )
    assert keys(text, "aid_pledge", "donor", "reported_by") == [("CA", "Canadian Finance Ministry")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The front near Kupiansk is stable, the army's spokesperson Nazar Voloshyn said.", "Nazar Voloshyn"),
        ("The front near Kupiansk is stable, army spokesman Nazar Voloshyn said.", "Nazar Voloshyn"),
        ("Laut Woloschyn ist die Lage bei Kupjansk stabil.", "Vladyslav Voloshyn"),
        ("Die Lage bei Kupjansk sei stabil, sagte Armeesprecher Wladyslaw Woloschyn.", "Vladyslav Voloshyn"),
    ],
)
def test_another_first_name_after_a_title_is_another_person(text: str, source: str) -> None:
    assert keys(text, "front", "reported_by") == [(source,)]


def test_a_middle_initial_belongs_to_the_name() -> None:
    text = "Finnland gibt der Ukraine 200 Millionen Euro, sagte Verteidigungsminister Antti K. Häkkänen."
    assert keys(text, "aid_pledge", "reported_by") == [("Antti K. Häkkänen",)]


def test_a_spokesman_of_the_army_speaks_for_the_armed_forces() -> None:
    text = "Die Truppen haben sich aus dem Dorf Pischtschane zurückgezogen. Das teilte ein Sprecher der Armee mit."
    assert keys(text, "front", "status", "reported_by") == [("withdrawal", "Ukrainian Armed Forces")]


def test_a_warning_names_its_speaker() -> None:
    text = "Selenskyj hat vor einem russischen Großangriff auf Charkiw gewarnt."
    assert keys(text, "front", "reported_by") == [("Volodymyr Zelensky",)]


def test_who_has_given_a_figure_is_its_source() -> None:
    text = "Zelensky has given a figure for the losses: 31,000 Ukrainian soldiers have been killed."
    assert keys(text, "casualty", "killed", "reported_by") == [(31000, "Volodymyr Zelensky")]


def test_he_said_points_back_past_a_person_who_only_acts_in_the_sentence() -> None:
    text = (
        "Defence minister Sergei Shoigu spoke about the mobilisation. In the call-up ordered by President "
        "Vladimir Putin, 300,000 reservists are to be drafted, he said."
    )
    assert keys(text, "troops", "count", "reported_by") == [(300000, "Sergei Shoigu")]


def test_a_leader_named_after_his_institution_is_the_source() -> None:
    text = (
        "According to Kremlin leader Vladimir Putin, nearly 700,000 Russian soldiers are fighting in Ukraine."
    )
    assert keys(text, "troops", "reported_by") == [("Vladimir Putin",)]


def test_city_officials_are_the_city_authorities() -> None:
    text = "Nine people were killed in a Russian missile strike on Sumy, city officials said."
    assert keys(text, "casualty", "reported_by") == [("Sumy city authorities",)]


def test_the_border_guard_service_is_a_source() -> None:
    text = "Russia has massed 20,000 soldiers near the Sumy border, Ukraine's border guard service said."
    assert keys(text, "troops", "reported_by") == [("Ukrainian Border Guard Service",)]


@pytest.mark.parametrize(
    "text",
    [
        "Russland behauptet, das Dorf Nowoselowka eingenommen zu haben.",
        "Russia claims its troops took the village of Novoselivka.",
    ],
)
def test_a_country_that_claims_is_its_government(text: str) -> None:
    assert keys(text, "front", "reported_by") == [("Russian government",)]


def test_an_institution_named_bare_is_the_one_named_before() -> None:
    text = (
        "Nordkoreanische Soldaten haben nach Angaben des südkoreanischen Geheimdienstes hohe Verluste erlitten. "
        "Mindestens 100 seien getötet worden, sagte ein Abgeordneter nach einer Unterrichtung durch den Geheimdienst."
    )
    assert keys(text, "casualty", "killed", "reported_by") == [(100, "South Korean intelligence")]


def test_an_article_das_before_a_source_hands_nothing_over() -> None:
    text = (
        "Ukrainische Truppen haben die Stadt Kupjansk zurückerobert, wie Kiew mitteilte. "
        "Das russische Verteidigungsministerium kündigte an, seine Einheiten abzuziehen."
    )
    assert keys(text, "front", "place", "reported_by") == [("Kupiansk", "Ukrainian government")]


@pytest.mark.parametrize(
    "text",
    [
        "Zum Nato-Gipfel hat Berlin der Ukraine ein Waffenpaket im Wert von 700 Millionen Euro zugesagt.",
        "Berlin hat der Ukraine ein Waffenpaket im Wert von 700 Millionen Euro zugesagt.",
    ],
)
def test_a_capital_that_pledges_is_its_government_either_word_order(text: str) -> None:
    assert keys(text, "aid_pledge", "donor", "reported_by") == [("DE", "German government")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("In Charkiw wurden drei Menschen verletzt, sagte der Bürgermeister.", "Kharkiv mayor"),
        ("Die Zahl der Toten in Sumy stieg auf 21, teilte die Bürgermeisterin der Stadt mit.", "Sumy mayor"),
        ("Three people were killed in Dnipro, the city's mayor said.", "Dnipro mayor"),
        ("Three people were killed in Kharkiv, the mayor, Ihor Terekhov, said.", "Ihor Terekhov"),
        (
            "In Charkiw wurden drei Menschen verletzt, sagte der Bürgermeister der Stadt, Ihor Terechow.",
            "Ihor Terekhov",
        ),
    ],
)
def test_an_unnamed_mayor_speaks_as_the_mayor_of_the_city_named(text: str, source: str) -> None:
    assert claims(text, "casualty")[0]["reported_by"] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Rund 50.000 russische Soldaten stehen an der Grenze, sagte Geheimdienstsprecher Andrij Jussow.",
            "Andrii Yusov",
        ),
        (
            "Russland hat nach ukrainischen Geheimdienstinformationen rund 50.000 Soldaten an der Grenze zusammengezogen.",
            "Ukrainian intelligence",
        ),
    ],
)
def test_a_compound_office_names_its_speaker_and_a_compound_of_findings_attributes(
    text: str, source: str
) -> None:
    assert claims(text, "troops")[0]["reported_by"] == source


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        (
            "Präsident Wolodymyr Selenskyj rechnet damit, dass bald bis zu 15.000 Soldaten aus Nordkorea kämpfen.",
            "troops",
            "Volodymyr Zelensky",
        ),
        (
            "Die ukrainische Armee spricht von einer äußerst schwierigen Lage bei Kurachowe.",
            "front",
            "Ukrainian Armed Forces",
        ),
    ],
)
def test_who_expects_or_speaks_of_a_figure_reports_it(text: str, kind: str, source: str) -> None:
    assert claims(text, kind)[0]["reported_by"] == source


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Belgorod's governor Vyacheslav Gladkov said two people were injured in Shebekino.", "Shebekino"),
        (
            "Kharkiv's regional governor Oleh Syniehubov said a drone strike injured five people in Kupiansk.",
            "Kupiansk",
        ),
    ],
)
def test_the_place_of_a_possessive_speaker_is_not_the_place_of_the_toll(text: str, place: str) -> None:
    assert keys(text, "casualty", "injured", "place")[0][1] == place


def test_an_institution_opening_its_own_sentence_is_not_the_earlier_speakers_claim() -> None:
    text = (
        "Schweden stellt der Ukraine ein Paket im Wert von 1,2 Milliarden Euro bereit. Das teilte "
        "Verteidigungsminister Pål Jonson mit. Es ist das 17. Paket. Die EU-Kommission hat zudem "
        "eine weitere Tranche über 4,1 Milliarden Euro freigegeben."
    )
    assert keys(text, "aid_pledge", "donor", "reported_by") == [
        ("SE", "Pål Jonson"),
        ("EU", "European Commission"),
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Pjöngjang soll bis zu 100.000 Soldaten nach Russland schicken wollen, berichtet CNN.", "CNN"),
        (
            "Selenskyj sagte dem Sender CNN, 11.000 nordkoreanische Soldaten kämpften in Kursk.",
            "Volodymyr Zelensky",
        ),
    ],
)
def test_a_broadcaster_reports_what_it_found_not_what_it_was_told(text: str, source: str) -> None:
    assert claims(text, "troops")[0]["reported_by"] == source


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops have entered the outskirts of Toretsk, according to DeepState.",
        "Die russischen Truppen seien in Torezk eingedrungen, schrieb der ukrainische Militärblog DeepState.",
    ],
)
def test_the_deepstate_map_project_reports_front_moves(text: str) -> None:
    assert claims(text, "front")[0]["reported_by"] == "DeepState"


def test_a_spokesmans_country_comes_from_the_body_not_from_the_headlines_subject() -> None:
    body = (
        "Washington zufolge sind tausende Soldaten aus Nordkorea in der Region Kursk im Einsatz. Der Großteil der "
        "über 10.000 nach Russland entsandten nordkoreanischen Soldaten sei nach Kursk verlegt worden, erklärte "
        "Außenamtssprecher Vedant Patel."
    )
    found = extract_from_text(body, "Nordkoreanische Truppen in Kursk", "de")
    assert [(c.kind, c.reported_by) for c in found if c.kind == "troops"] == [
        ("troops", "US State Department")
    ]


def test_the_federal_defence_ministry_is_germanys() -> None:
    text = "Berlin hat der Ukraine ein Waffenpaket über 2,7 Milliarden Euro zugesagt, teilte das Bundesverteidigungsministerium mit."
    assert claims(text, "aid_pledge")[0]["reported_by"] == "German Defence Ministry"


def test_a_capital_that_announces_aid_after_a_long_aside_is_its_government() -> None:
    text = "Berlin hat am Rande des Nato-Gipfels in Vilnius ein weiteres Militärpaket für Kiew im Wert von knapp 700 Millionen Euro angekündigt."
    assert claims(text, "aid_pledge")[0]["reported_by"] == "German government"


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        (
            "Rund 700.000 russische Soldaten sind nach Worten von Wladimir Putin in der Ukraine im Einsatz, sagte der Kremlchef.",
            "troops",
            "Vladimir Putin",
        ),
        (
            "Die sieben großen Industriestaaten haben sich darauf geeinigt, Kiew ein Darlehen von 50 Milliarden US-Dollar zu gewähren.",
            "aid_pledge",
            "G7 leaders",
        ),
    ],
)
def test_the_kremlin_chief_is_putin_and_the_seven_industrial_nations_the_g7(
    text: str, kind: str, source: str
) -> None:
    assert claims(text, kind)[0]["reported_by"] == source


def test_the_pentagon_chief_named_speaks_for_himself() -> None:
    text = "Bei der Sitzung in Ramstein kündigte Pentagonchef Lloyd Austin neue Militärhilfe über 250 Millionen Dollar an."
    assert claims(text, "aid_pledge")[0]["reported_by"] == "Lloyd Austin"


def test_who_presented_figures_before_a_colon_reports_them() -> None:
    text = (
        "Erstmals hat Verteidigungsminister Sergej Schoigu Zahlen zu den eigenen Verlusten vorgelegt: "
        "5937 russische Soldaten seien seit Beginn der Invasion ums Leben gekommen."
    )
    assert claims(text, "casualty")[0]["reported_by"] == "Sergei Shoigu"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Japan will der Ukraine 4,5 Milliarden Dollar zur Verfügung stellen, hieß es aus Tokio.",
            "Japanese government",
        ),
        (
            "Aus Ottawa hieß es, Kanada werde der Ukraine 500 Millionen Dollar Militärhilfe leisten.",
            "Canadian government",
        ),
        (
            "Stockholm kündigte an, der Ukraine weitere 1,2 Milliarden Euro Militärhilfe zu geben.",
            "Swedish government",
        ),
    ],
)
def test_the_capitals_of_donors_speak_for_their_governments(text: str, source: str) -> None:
    assert claims(text, "aid_pledge")[0]["reported_by"] == source


def test_according_to_a_country_is_its_government() -> None:
    text = "North Korea has sent between 10,000 and 12,000 soldiers to Russia, according to South Korea."
    assert claims(text, "troops")[0]["reported_by"] == "South Korean government"


def test_a_bare_general_staff_is_ukraines_even_after_russian_attacks_are_named() -> None:
    text = "Ukrainian forces repelled 120 Russian attacks, with the heaviest fighting near Pokrovsk, the General Staff said."
    assert claims(text, "front")[0]["reported_by"] == "Ukrainian General Staff"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Two people were killed in Kharkiv, the Ukrainian president's office said.",
            "Office of the President of Ukraine",
        ),
        (
            "Nach Angaben des Präsidialamts in Kiew wurden zwei Menschen getötet.",
            "Office of the President of Ukraine",
        ),
        ("Präsidialamtschef Andrij Jermak sagte, zwei Menschen seien getötet worden.", "Andriy Yermak"),
    ],
)
def test_the_presidential_office_reports_unless_its_head_is_named(text: str, source: str) -> None:
    assert claims(text, "casualty")[0]["reported_by"] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Der Chef der Militärverwaltung von Kiew, Serhij Popko, teilte mit, zwei Menschen seien verletzt worden.",
            "Serhii Popko",
        ),
        ("Zwei Menschen wurden verletzt, so Klitschko.", "Vitali Klitschko"),
        ("Zwei Menschen wurden verletzt, so der Bürgermeister von Kiew.", "Kyiv mayor"),
    ],
)
def test_the_person_named_after_an_office_and_its_city_and_so_x_report(text: str, source: str) -> None:
    assert claims(text, "casualty")[0]["reported_by"] == source


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        (
            "76 von 90 Drohnen seien abgeschossen worden, heißt es in einer Mitteilung der Luftwaffe.",
            "interception",
            "Ukrainian Air Force",
        ),
        ("Zwei Menschen wurden getötet, berichtete der Sender Suspilne.", "casualty", "Suspilne"),
    ],
)
def test_a_statement_that_heisst_es_and_the_public_broadcaster_report(
    text: str, kind: str, source: str
) -> None:
    assert claims(text, kind)[0]["reported_by"] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Russia launched 96 drones overnight. Ukrainian forces withdrew from Vodiane, the military said.",
            "Ukrainian Armed Forces",
        ),
        ("Russian forces captured the village of Vodiane, the military said.", "Russian Defence Ministry"),
        (
            "Ukrainische Truppen zogen sich aus Wodjane zurück, teilte die Armee mit.",
            "Ukrainian Armed Forces",
        ),
    ],
)
def test_a_bare_military_speaks_for_the_forces_its_sentence_names(text: str, source: str) -> None:
    assert claims(text, "front")[0]["reported_by"] == source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die russische Schwarzmeerflotte habe fünf unbemannte Boote zerstört, teilte das Verteidigungsministerium mit.",
            "Russian Defence Ministry",
        ),
        (
            "Die ukrainische Luftabwehr habe 20 russische Drohnen abgeschossen, teilte das Verteidigungsministerium mit.",
            "Ukrainian Defence Ministry",
        ),
    ],
)
def test_a_defence_ministry_reporting_weapons_stopped_is_the_defenders(text: str, expected: str) -> None:
    assert keys(text, "interception", "reported_by") == [(expected,)]


@pytest.mark.parametrize(
    ("text", "source", "place"),
    [
        ("Laut Kiew wurden in Charkiw drei Menschen getötet.", "Ukrainian government", "Kharkiv"),
        ("Kiew zufolge wurden in Charkiw drei Menschen getötet.", "Ukrainian government", "Kharkiv"),
        ("According to Kyiv, three people were killed in Kharkiv.", "Ukrainian government", "Kharkiv"),
    ],
)
def test_a_capital_cited_as_a_source_reports_and_is_not_where_people_died(
    text: str, source: str, place: str
) -> None:
    assert keys(text, "casualty", "reported_by", "place") == [(source, place)]


def test_moscow_cited_as_a_source_reports_the_drones_it_shot_down() -> None:
    text = "Moskau zufolge wurden 30 ukrainische Drohnen abgeschossen."
    assert keys(text, "interception", "reported_by", "attacker") == [("Russian government", "UA")]


def test_a_governor_of_the_region_named_in_apposition_is_the_person() -> None:
    text = (
        "Nach Angaben des Gouverneurs des Gebiets, Andrej Worobjow, wurde in Ramenskoje eine Frau verletzt."
    )
    assert keys(text, "casualty", "reported_by") == [("Andrei Vorobyov",)]


@pytest.mark.parametrize(
    ("text", "kind", "person"),
    [
        (
            "Mehr als 3.000 tschetschenische Kämpfer sind nach Angaben von Ramsan Kadyrow in der Ukraine im Einsatz.",
            "troops",
            "Ramzan Kadyrov",
        ),
        ("According to Andriy Kovalenko, Russian troops attacked Kupiansk.", "front", "Andriy Kovalenko"),
    ],
)
def test_a_name_cited_without_a_title_reports(text: str, kind: str, person: str) -> None:
    assert keys(text, kind, "reported_by") == [(person,)]


def test_the_citys_authorities_are_its_city_authorities() -> None:
    text = "Eleven people were killed in a Russian missile attack on Sumy, the city's authorities said."
    assert keys(text, "casualty", "reported_by") == [("Sumy city authorities",)]


def test_the_person_a_wie_clause_names_reports_rather_than_a_countrys_side() -> None:
    text = (
        "Nach ukrainischen Angaben hat Russland über 100.000 Soldaten konzentriert, "
        "wie Serhij Tscherewatyj, Sprecher der Streitkräftegruppe Ost, mitteilte."
    )
    assert keys(text, "troops", "reported_by") == [("Serhii Cherevatyi",)]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Eine Frau kam in Ramenskoje ums Leben, so Gouverneur Andrej Worobjow.", "Andrei Vorobyov"),
        ("In Kiew wurden zwei Menschen verletzt, so Bürgermeister Vitali Klitschko.", "Vitali Klitschko"),
    ],
)
def test_so_and_a_titled_name_at_the_end_reports(text: str, person: str) -> None:
    assert keys(text, "casualty", "reported_by") == [(person,)]


def test_kim_jong_un_is_no_un_and_an_ankuendigte_clause_names_its_speaker() -> None:
    text = (
        "5000 Militärbauarbeiter will Nordkorea nach russischen Angaben ins Gebiet Kursk entsenden, "
        "wie Sicherheitsratssekretär Sergej Schoigu nach einem Treffen mit Kim Jong Un ankündigte."
    )
    assert keys(text, "troops", "reported_by") == [("Sergei Shoigu",)]


def test_he_said_after_a_name_is_the_speaker_named_before_not_that_name() -> None:
    text = (
        "Russian defence minister Sergei Shoigu said 5,937 Russian soldiers had been killed. "
        "Some 300,000 reservists are to be called up in the mobilisation ordered by President Vladimir Putin, he said."
    )
    assert keys(text, "troops", "reported_by") == [("Sergei Shoigu",)]
