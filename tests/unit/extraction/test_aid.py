"""Aid pledge claims, on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.unit.extraction.helpers import claims, keys

FIELDS = ("donor", "amount", "currency")


def test_a_pledge_in_euros() -> None:
    text = "Die Niederlande sagen der Ukraine weitere 400 Millionen Euro für Munition zu."
    [claim] = claims(text, "aid_pledge")
    assert (claim["donor"], claim["amount"], claim["currency"]) == ("NL", 400_000_000, "EUR")
    assert (claim["aid_kind"], claim["status"]) == ("military", "pledged")


def test_english_billions_with_a_symbol() -> None:
    text = "Japan will provide Ukraine with $4.5 billion in additional financial aid."
    [claim] = claims(text, "aid_pledge")
    assert (claim["donor"], claim["amount"], claim["currency"], claim["aid_kind"]) == (
        "JP",
        4_500_000_000,
        "USD",
        "financial",
    )


def test_a_conversion_in_brackets_is_the_same_pledge() -> None:
    text = "Die USA haben ein Hilfspaket über 50 Milliarden Dollar (rund 46 Milliarden Euro) gebilligt."
    assert keys(text, "aid_pledge", *FIELDS) == [("US", 50_000_000_000, "USD")]
    assert claims(text, "aid_pledge")[0]["status"] == "approved"


def test_a_call_for_aid_is_demanded_with_no_donor() -> None:
    text = "Selenskyj forderte vom Westen weitere Luftabwehrsysteme für die Ukraine."
    [claim] = claims(text, "aid_pledge")
    assert (claim["donor"], claim["status"]) == (None, "demanded")


def test_a_total_so_far_is_cumulative() -> None:
    text = (
        "Insgesamt hat Deutschland der Ukraine bisher Militärhilfe im Wert von 28 Milliarden Euro zugesagt."
    )
    [claim] = claims(text, "aid_pledge")
    assert (claim["donor"], claim["amount"], claim["cumulative"]) == ("DE", 28_000_000_000, True)


def test_fear_of_cuts_is_no_pledge() -> None:
    assert (
        claims(
            "Die Regierung in Kiew fürchtet, dass die USA ihre Hilfen für die Ukraine kürzen.", "aid_pledge"
        )
        == []
    )


def test_canadian_dollars_and_swedish_crowns() -> None:
    assert keys(
        "Kanada stellt der Ukraine 500 Millionen kanadische Dollar zur Verfügung.", "aid_pledge", *FIELDS
    ) == [("CA", 500_000_000, "CAD")]
    assert keys("Schweden sagt der Ukraine Hilfen über 7,1 Milliarden Kronen zu.", "aid_pledge", *FIELDS) == [
        ("SE", 7_100_000_000, "SEK")
    ]


def test_items_without_an_amount_are_one_pledge() -> None:
    text = (
        "Norwegen will der Ukraine sechs Kampfjets vom Typ F-16 überlassen. "
        "Die ersten zwei Maschinen sollen im Sommer übergeben werden."
    )
    assert keys(text, "aid_pledge", *FIELDS) == [("NO", None, None)]


def test_listed_items_belong_to_the_package_of_the_entry() -> None:
    text = (
        "Frankreich kündigte ein Militärpaket im Wert von 300 Millionen Euro für die Ukraine an. "
        "Es umfasst unter anderem zwölf Haubitzen."
    )
    assert keys(text, "aid_pledge", *FIELDS) == [("FR", 300_000_000, "EUR")]


def test_weapons_promised_are_military_aid() -> None:
    [claim] = claims("Frankreich will der Ukraine weitere Mirage-Kampfjets liefern.", "aid_pledge")
    assert (claim["donor"], claim["aid_kind"], claim["status"]) == ("FR", "military", "pledged")


def test_an_approved_sum_for_ukraine_is_a_pledge_without_an_aid_noun() -> None:
    text = "The Netherlands approved another 400 million euros for Ukraine's armed forces."
    assert keys(text, "aid_pledge", "donor", "amount", "currency", "status") == [
        ("NL", 400_000_000, "EUR", "approved")
    ]


def test_a_dollar_conversion_in_brackets_is_no_second_pledge() -> None:
    text = "Norway announced an aid package worth 5 billion kroner ($470 million)."
    assert keys(text, "aid_pledge", "amount", "currency") == [(5_000_000_000, "NOK")]


def test_the_acting_institution_is_the_source_when_nobody_reports_the_pledge() -> None:
    text = "Das US-Repräsentantenhaus hat ein Hilfspaket für die Ukraine über 20 Milliarden Dollar gebilligt."
    assert keys(text, "aid_pledge", "donor", "amount", "reported_by") == [
        ("US", 20_000_000_000, "US House of Representatives")
    ]


def test_ukraine_receiving_a_sum_is_the_donors_pledge() -> None:
    german = "Die Ukraine erhält von der EU weitere 1,5 Milliarden Euro."
    english = "Ukraine will receive 900 million dollars from the World Bank."
    assert keys(german, "aid_pledge", "donor", "amount", "currency") == [("EU", 1_500_000_000, "EUR")]
    assert keys(english, "aid_pledge", "donor", "amount", "currency") == [("WB", 900_000_000, "USD")]


def test_hyphenated_systems_delivered_are_a_pledge_without_amount() -> None:
    text = "Spanien liefert der Ukraine drei weitere Hawk-Systeme."
    assert keys(text, "aid_pledge", "donor", "aid_kind", "amount") == [("ES", "military", None)]


def test_ukraine_needing_weapons_is_a_demand_but_a_relative_clause_is_not() -> None:
    demand = "Selenskyj sagte, die Ukraine braucht mindestens fünf weitere Patriot-Systeme."
    aside = "Wir müssen der Ukraine geben, was sie braucht, sagte der Minister."
    assert keys(demand, "aid_pledge", "status", "aid_kind") == [("demanded", "military")]
    assert claims(aside, "aid_pledge") == []


def test_a_share_in_an_initiative_is_a_pledge_in_zloty_too() -> None:
    german = "Belgien beteiligt sich mit 80 Millionen Euro an der Munitionsinitiative."
    english = "Poland will send another aid package worth 250 million zloty."
    assert keys(german, "aid_pledge", "donor", "amount", "currency", "aid_kind") == [
        ("BE", 80_000_000, "EUR", "military")
    ]
    assert keys(english, "aid_pledge", "donor", "amount", "currency") == [("PL", 250_000_000, "PLN")]


def test_ukraines_share_of_a_larger_package_is_the_pledge() -> None:
    english = "The US Senate approved a $90 billion aid bill, including $55 billion for Ukraine."
    german = "Der US-Senat billigte ein Paket über 90 Milliarden Dollar, davon 55 Milliarden Dollar für die Ukraine."
    for text in (english, german):
        assert keys(text, "aid_pledge", "donor", "amount", "reported_by") == [
            ("US", 55_000_000_000, "US Senate")
        ]


def test_a_separable_verb_stellt_bereit_pledges() -> None:
    text = "Die Bundesregierung stellt der Ukraine weitere 900 Millionen Euro für Waffenkäufe bereit."
    assert keys(text, "aid_pledge", "donor", "amount", "status") == [("DE", 900_000_000, "pledged")]


def test_weapons_handed_over_are_a_delivered_pledge() -> None:
    german = "Belgien hat der Ukraine die ersten F-16-Kampfjets übergeben."
    english = "Sweden has delivered two air defence systems to Ukraine."
    assert keys(german, "aid_pledge", "donor", "status", "aid_kind") == [("BE", "delivered", "military")]
    assert keys(english, "aid_pledge", "donor", "status", "aid_kind") == [("SE", "delivered", "military")]


def test_weapons_sent_to_ukraine_worth_a_sum_are_a_pledge() -> None:
    english = "The United States will send Ukraine artillery shells worth $300 million, the Pentagon said."
    conditional = "The Pentagon said it would send Ukraine weapons worth $300 million."
    german = "Die USA schicken der Ukraine Munition im Wert von 300 Millionen Dollar."
    for text in (english, conditional, german):
        assert keys(text, "aid_pledge", *FIELDS) == [("US", 300_000_000, "USD")], text


def test_a_sum_in_a_donors_own_currency_names_the_donor() -> None:
    text = "Der Bundesrat hat weitere 1,5 Milliarden Franken für den Wiederaufbau der Ukraine beschlossen."
    [claim] = claims(text, "aid_pledge")
    assert (claim["donor"], claim["amount"], claim["currency"], claim["status"]) == (
        "CH",
        1_500_000_000,
        "CHF",
        "approved",
    )


def test_aid_made_available_is_pledged() -> None:
    text = "Die EU hat der Ukraine seit Kriegsbeginn Hilfen von insgesamt mehr als 130 Milliarden Euro bereitgestellt."
    [claim] = claims(text, "aid_pledge")
    assert (claim["donor"], claim["amount"], claim["status"], claim["cumulative"]) == (
        "EU",
        130_000_000_000,
        "pledged",
        True,
    )


def test_hyphenated_weapons_are_military_and_separable_verbs_set_the_status() -> None:
    [tanks] = claims("Australien sagte der Ukraine 49 Abrams-Panzer zu.", "aid_pledge")
    assert (tanks["donor"], tanks["aid_kind"], tanks["status"]) == ("AU", "military", "pledged")
    [tranche] = claims("Der IWF gab eine weitere Tranche über 880 Millionen Dollar frei.", "aid_pledge")
    assert (tranche["donor"], tranche["amount"], tranche["status"]) == ("IMF", 880_000_000, "approved")
    [jets] = claims("Frankreich liefert der Ukraine Mirage-Kampfjets.", "aid_pledge")
    assert (jets["donor"], jets["aid_kind"], jets["status"]) == ("FR", "military", "pledged")


def test_sums_written_the_short_ways() -> None:
    cases = {
        "Britain pledged $1.2bn in new military aid for Ukraine.": ("GB", 1_200_000_000, "USD"),
        "The EU agreed a €500m package of ammunition for Ukraine.": ("EU", 500_000_000, "EUR"),
        "Germany will provide EUR 500 million in humanitarian aid to Ukraine.": ("DE", 500_000_000, "EUR"),
        "Die Niederlande sagten der Ukraine 1,5 Mrd. Euro zu.": ("NL", 1_500_000_000, "EUR"),
        "Denmark will send Ukraine aid worth 1.3 billion Danish crowns.": ("DK", 1_300_000_000, "DKK"),
    }
    for text, expected in cases.items():
        assert keys(text, "aid_pledge", *FIELDS) == [expected], text
    assert claims("The front line moved 500 m in a week near Pokrovsk.", "aid_pledge") == []
    [dutch] = claims("Die Niederlande sagten der Ukraine 1,5 Mrd. Euro zu.", "aid_pledge")
    assert dutch["status"] == "pledged"


def test_asking_allies_for_weapons_is_a_demand() -> None:
    for text in (
        "Ukraine has asked its western partners for more Patriot air defence systems.",
        "Selenskyj bat die Verbündeten erneut um weitere Flugabwehrsysteme.",
    ):
        assert keys(text, "aid_pledge", "status", "aid_kind") == [("demanded", "military")], text


def test_money_for_air_defence_is_military_aid() -> None:
    text = "Dänemark stellt der Ukraine weitere 800 Millionen Kronen für die Luftverteidigung bereit."
    [claim] = claims(text, "aid_pledge")
    assert (claim["donor"], claim["currency"], claim["aid_kind"]) == ("DK", "DKK", "military")


def test_a_sentence_giving_the_worth_of_a_delivery_keeps_its_status() -> None:
    text = (
        "Spanien hat der Ukraine zehn weitere Leopard-Panzer geliefert. "
        "Das Paket hat einen Wert von rund 1,1 Milliarden Euro, sagte die Verteidigungsministerin."
    )
    [claim] = claims(text, "aid_pledge")
    assert (claim["donor"], claim["amount"], claim["status"]) == ("ES", 1_100_000_000, "delivered")


def test_a_bare_dollar_in_an_entry_about_canadian_dollars_is_canadian() -> None:
    text = (
        "Kanada stellt der Ukraine weitere 500 Millionen kanadische Dollar an Militärhilfe bereit. "
        "Damit steigt die Hilfe Kanadas seit 2022 auf insgesamt mehr als 4 Milliarden Dollar."
    )
    assert keys(text, "aid_pledge", *FIELDS) == [("CA", 500_000_000, "CAD"), ("CA", 4_000_000_000, "CAD")]


def test_a_loan_from_the_profits_of_frozen_assets_is_a_financial_pledge() -> None:
    text = "Japan will lend Ukraine about $3 billion from the profits of frozen Russian assets, the finance ministry said."
    [claim] = claims(text, "aid_pledge")
    assert (claim["donor"], claim["amount"], claim["aid_kind"]) == ("JP", 3_000_000_000, "financial")
    assert claim["reported_by"] == "Japanese Finance Ministry"


def test_a_budget_year_does_not_make_military_aid_financial() -> None:
    text = "Großbritannien stockt seine Militärhilfe im laufenden Haushaltsjahr um 500 Mio. Pfund auf."
    [claim] = claims(text, "aid_pledge")
    assert claim["aid_kind"] == "military"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Litauen überweist der Ukraine weitere 15 Millionen Euro für Drohnen.",
            ("LT", 15_000_000, "delivered"),
        ),
        (
            "Der Bundestag hat vier Milliarden Euro an Militärhilfe für die Ukraine bewilligt.",
            ("DE", 4_000_000_000, "approved"),
        ),
        (
            "Ukraine has so far received 10 billion euros from the EU's Ukraine Facility.",
            ("EU", 10_000_000_000, "delivered"),
        ),
    ],
)
def test_money_sent_approved_or_received(text: str, expected: tuple[str, int, str]) -> None:
    [claim] = claims(text, "aid_pledge")
    assert (claim["donor"], claim["amount"], claim["status"]) == expected


def test_calling_on_allies_to_provide_systems_is_a_demand() -> None:
    text = "Zelensky called on Western allies to provide at least seven more Patriot systems."
    [claim] = claims(text, "aid_pledge")
    assert (claim["status"], claim["reported_by"]) == ("demanded", "Volodymyr Zelensky")


def test_a_year_before_the_items_is_not_their_count() -> None:
    text = "Belgien will der Ukraine bis 2028 insgesamt 30 F-16-Kampfjets liefern."
    [claim] = claims(text, "aid_pledge")
    assert claim["items"] == "30 F-16"


def test_loans_are_financial_aid() -> None:
    [claim] = claims("The UK pledged £2.26bn in loans to Ukraine.", "aid_pledge")
    assert (claim["amount"], claim["currency"], claim["aid_kind"]) == (2_260_000_000, "GBP", "financial")


def test_helping_or_supporting_with_a_sum_is_a_pledge() -> None:
    japan = "Japan will der Ukraine beim Wiederaufbau mit weiteren 15,8 Milliarden Yen helfen."
    germany = "Deutschland will die Produktion weitreichender Waffen in der Ukraine mit fünf Milliarden Euro unterstützen."
    assert keys(japan, "aid_pledge", "donor", "amount", "currency") == [("JP", 15_800_000_000, "JPY")]
    assert keys(germany, "aid_pledge", "donor", "amount", "currency", "aid_kind") == [
        ("DE", 5_000_000_000, "EUR", "military")
    ]


def test_handing_over_artillery_is_a_pledge_without_an_amount() -> None:
    text = "Dänemark kündigt an, seine gesamte Artillerie an die Ukraine abzugeben."
    assert keys(text, "aid_pledge", "donor", "amount", "aid_kind", "status") == [
        ("DK", None, "military", "announced")
    ]


def test_a_later_payout_does_not_make_a_pledge_delivered() -> None:
    text = (
        "Die EU will der Ukraine im kommenden Jahr 18 Milliarden Euro zur Verfügung stellen. "
        "Das Geld soll in monatlichen Tranchen ausgezahlt werden."
    )
    assert keys(text, "aid_pledge", "amount", "status") == [(18_000_000_000, "pledged")]


def test_granting_a_loan_is_a_pledge() -> None:
    text = "Großbritannien gewährt der Ukraine einen Kredit über 2,26 Milliarden Pfund, sagte Finanzministerin Rachel Reeves."
    assert keys(text, "aid_pledge", "donor", "amount", "aid_kind", "status", "reported_by") == [
        ("GB", 2_260_000_000, "financial", "pledged", "Rachel Reeves")
    ]


def test_arms_a_donor_has_delivered_are_aid_without_ukraine_named() -> None:
    text = (
        "Bisher hat Deutschland nach Regierungsangaben Waffen im Wert von rund 5,2 Milliarden Euro geliefert."
    )
    assert keys(text, "aid_pledge", "donor", "amount", "status", "cumulative", "reported_by") == [
        ("DE", 5_200_000_000, "delivered", True, "German government")
    ]


def test_money_a_lender_pays_out_is_delivered_financial_aid() -> None:
    text = "Die EU-Kommission zahlte der Ukraine weitere 4,1 Mrd. Euro aus."
    assert keys(text, "aid_pledge", "donor", "amount", "aid_kind", "status") == [
        ("EU", 4_100_000_000, "financial", "delivered")
    ]


def test_sending_arms_of_a_stated_worth_is_a_pledge() -> None:
    text = "Litauen schickt der Ukraine weitere Munition und Generatoren im Wert von 15 Millionen Euro."
    assert keys(text, "aid_pledge", "donor", "amount", "aid_kind", "status") == [
        ("LT", 15_000_000, "military", "pledged")
    ]


def test_a_disbursement_granted_is_a_delivery() -> None:
    text = "Die EU-Kommission hat der Ukraine eine weitere Auszahlung von 4,05 Milliarden Euro aus der Ukraine-Fazilität gewährt."
    assert keys(text, "aid_pledge", "donor", "amount", "aid_kind", "status") == [
        ("EU", 4_050_000_000, "financial", "delivered")
    ]


def test_having_asked_partners_for_air_defence_is_a_demand() -> None:
    text = "Präsident Selenskyj hat die westlichen Partner erneut um mehr Flugabwehrsysteme gebeten."
    assert keys(text, "aid_pledge", "donor", "aid_kind", "status", "reported_by") == [
        (None, "military", "demanded", "Volodymyr Zelensky")
    ]


def test_releasing_money_to_ukraine_is_an_approval() -> None:
    text = "Die EU gibt der Ukraine 2,5 Mrd. US-Dollar frei."
    assert keys(text, "aid_pledge", "donor", "amount", "currency", "status") == [
        ("EU", 2_500_000_000, "USD", "approved")
    ]


def test_promises_after_a_colon_and_packages_with_a_prefix_are_aid() -> None:
    colon = "Als erstes Land sagt Großbritannien der Ukraine Kampfpanzer zu: Premier Rishi Sunak versprach 14 Challenger-2-Panzer."
    prefixed = (
        "Ein neues US-Militärpaket im Wert von 2,5 Milliarden Dollar umfasst 59 Bradley-Schützenpanzer."
    )
    assert keys(colon, "aid_pledge", "donor", "aid_kind", "status") == [("GB", "military", "pledged")]
    assert keys(prefixed, "aid_pledge", "donor", "amount", "aid_kind") == [("US", 2_500_000_000, "military")]


def test_an_organisation_that_needs_a_sum_demands_it() -> None:
    text = "Für die Ukraine-Hilfe und für Flüchtlinge benötigen die Vereinten Nationen in diesem Jahr 5,6 Milliarden Dollar."
    assert keys(text, "aid_pledge", "donor", "amount", "status", "reported_by") == [
        (None, 5_600_000_000, "demanded", "UN")
    ]


def test_agreeing_approving_and_raising_aid_have_their_status() -> None:
    agreed = "Die EU-Staaten haben sich auf 50 Milliarden Euro Hilfe für die Ukraine verständigt."
    approved = "Das US-Repräsentantenhaus billigte rund 61 Milliarden Dollar für die Ukraine."
    raised = "Großbritannien erhöht seine Militärhilfe für die Ukraine um 500 Millionen Pfund."
    assert keys(agreed, "aid_pledge", "donor", "amount", "status") == [("EU", 50_000_000_000, "approved")]
    assert keys(approved, "aid_pledge", "donor", "amount", "status") == [("US", 61_000_000_000, "approved")]
    assert keys(raised, "aid_pledge", "donor", "amount", "status") == [("GB", 500_000_000, "pledged")]


def test_arms_announced_for_a_sum_are_aid() -> None:
    text = (
        "Die Bundesregierung kündigte zum Nato-Gipfel weitere Rüstungsgüter für knapp 700 Millionen Euro an."
    )
    assert keys(text, "aid_pledge", "donor", "amount", "aid_kind", "status") == [
        ("DE", 700_000_000, "military", "announced")
    ]


def test_topping_up_a_fund_asking_for_systems_and_raising_to_a_total_are_aid() -> None:
    top_up = "EU countries will top up the fund for weapons deliveries to Ukraine by 5 billion euros."
    asking = "Zelensky is asking allies for at least seven more Patriot systems."
    total = "Britain is increasing its military aid for Ukraine by 500 million pounds, bringing the total to 3 billion pounds."
    assert keys(top_up, "aid_pledge", "donor", "amount", "status") == [("EU", 5_000_000_000, "pledged")]
    assert keys(asking, "aid_pledge", "status", "aid_kind") == [("demanded", "military")]
    assert keys(total, "aid_pledge", "amount", "status", "cumulative") == [
        (500_000_000, "pledged", False),
        (3_000_000_000, "pledged", True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Großbritannien liefert der Ukraine 100.000 Drohnen. Das Paket im Wert von 350 Millionen Pfund "
        "sei Teil einer Rekordhilfe von 4,5 Milliarden Pfund in diesem Jahr, sagte Verteidigungsminister John Healey.",
        "Britain will send Ukraine 100,000 drones. The 350 million pound package is part of a record "
        "4.5 billion pounds of military aid this year, Defence Secretary John Healey said.",
    ],
)
def test_the_whole_a_package_is_part_of_is_a_total(text: str) -> None:
    assert keys(text, "aid_pledge", "amount", "cumulative") == [(350_000_000, False), (4_500_000_000, True)]


@pytest.mark.parametrize(
    "text",
    [
        "Seit Kriegsbeginn hat die Bundesregierung Militärhilfe im Umfang von rund 28 Milliarden Euro "
        "geleistet oder zugesagt.",
        "Since the start of the full-scale invasion, Germany has provided or pledged military aid worth "
        "around 28 billion euros.",
    ],
)
def test_aid_given_since_the_war_began_is_a_total(text: str) -> None:
    assert keys(text, "aid_pledge", "amount", "cumulative") == [(28_000_000_000, True)]


def test_money_flowing_through_a_loan_is_financial_aid() -> None:
    text = (
        "Japan will der Ukraine weitere drei Milliarden Dollar zur Verfügung stellen. "
        "Das Geld solle im Rahmen des G7-Kredits fließen."
    )
    assert keys(text, "aid_pledge", "donor", "aid_kind") == [("JP", "financial")]


def test_the_one_who_pledges_reports_it_not_the_speaker_of_the_next_sentence() -> None:
    text = (
        "US-Verteidigungsminister Lloyd Austin hat seinem ukrainischen Kollegen weitere Militärhilfe zugesichert. "
        "Die Lage im Donbass sei nach Angaben der ukrainischen Führung äußerst schwierig."
    )
    assert keys(text, "aid_pledge", "donor", "reported_by") == [("US", "Lloyd Austin")]


@pytest.mark.parametrize(
    "text",
    [
        "US Secretary of State Antony Blinken promised a firm response to North Korea's military support for Russia.",
        "Nordkorea unterstützt Russland mit Munition; die USA versprachen eine harte Antwort.",
    ],
)
def test_support_for_russia_is_no_pledge_to_ukraine(text: str) -> None:
    assert claims(text, "aid_pledge") == []


def test_a_commitment_to_step_up_aid_is_a_pledge_and_a_ministers_ministry_reports_it() -> None:
    text = "According to Austin's ministry, Austin reaffirmed Biden's commitment to step up aid to Ukraine."
    assert keys(text, "aid_pledge", "donor", "status", "reported_by") == [
        ("US", "pledged", "US Defense Department")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Germany will pay for two more Patriot air defence systems for Ukraine at a cost of about $2 billion, "
        "Chancellor Friedrich Merz said.",
        "Deutschland will zwei weitere Patriot-Systeme für die Ukraine im Wert von rund zwei Milliarden Dollar "
        "bezahlen, sagte Kanzler Friedrich Merz.",
    ],
)
def test_a_donor_paying_for_arms_for_ukraine_pledges_their_cost(text: str) -> None:
    assert keys(text, "aid_pledge", "donor", "amount", "currency", "status") == [
        ("DE", 2_000_000_000, "USD", "pledged")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das EU-Parlament stimmte einem Kredit über 35 Milliarden Euro zu.",
            ("EU", 35_000_000_000, "financial", "approved", "European Parliament"),
        ),
        (
            "The Netherlands will donate €400 million worth of drones to Ukraine.",
            ("NL", 400_000_000, "military", "pledged", None),
        ),
        (
            "The US Congress passed a $61 billion aid package for Ukraine.",
            ("US", 61_000_000_000, "unspecified", "approved", "US Congress"),
        ),
        (
            "Japan pledged $4.5 billion in economic aid to Ukraine.",
            ("JP", 4_500_000_000, "financial", "pledged", None),
        ),
    ],
)
def test_parliaments_consenting_donations_and_economic_aid(text: str, expected: tuple[object, ...]) -> None:
    assert keys(text, "aid_pledge", "donor", "amount", "aid_kind", "status", "reported_by") == [expected]


def test_a_total_that_refers_back_keeps_the_pledge_and_a_financial_year_is_no_financial_aid() -> None:
    text = (
        "Britain is increasing its military aid to Ukraine by another £500 million. "
        "That brings British support in the current financial year to a total of £3 billion, Sunak said."
    )
    assert keys(text, "aid_pledge", "amount", "aid_kind", "status", "cumulative") == [
        (500_000_000, "military", "pledged", False),
        (3_000_000_000, "military", "pledged", True),
    ]


def test_a_later_sentence_promising_the_same_pledge_firms_it_up() -> None:
    text = (
        "Britain wants to be the first Western country to supply Ukraine with battle tanks. "
        "Prime Minister Rishi Sunak promised President Zelensky 14 Challenger 2 tanks."
    )
    assert keys(text, "aid_pledge", "donor", "status", "reported_by") == [("GB", "pledged", "Rishi Sunak")]


def test_a_body_appealing_for_money_demands_it_and_gives_nothing() -> None:
    text = "The United Nations is appealing for $5.6 billion this year for its aid work in Ukraine."
    assert keys(text, "aid_pledge", "donor", "amount", "status") == [(None, 5_600_000_000, "demanded")]


def test_a_summit_where_a_government_announces_aid_is_no_donor() -> None:
    text = (
        "At the start of the NATO summit in Vilnius, the German government announced another arms package "
        "for Ukraine worth almost €700 million."
    )
    assert keys(text, "aid_pledge", "donor", "amount", "reported_by") == [
        ("DE", 700_000_000, "German government")
    ]


def test_wanting_to_give_jets_is_a_pledge() -> None:
    text = "Denmark wants to give Ukraine 19 F-16 fighter jets, Prime Minister Mette Frederiksen said."
    assert keys(text, "aid_pledge", "donor", "status") == [("DK", "pledged")]


def test_opening_accession_talks_is_no_aid() -> None:
    text = "Die Staats- und Regierungschefs der EU haben beschlossen, Beitrittsverhandlungen mit der Ukraine aufzunehmen."
    assert claims(text, "aid_pledge") == []


def test_a_loan_repaid_from_frozen_russian_central_bank_assets_is_a_pledge() -> None:
    text = (
        "The G7 countries want to give Ukraine a $50 billion loan, to be repaid with interest earned on "
        "frozen Russian central bank assets."
    )
    assert keys(text, "aid_pledge", "donor", "amount", "aid_kind") == [("G7", 50_000_000_000, "financial")]


def test_us_dollars_name_no_donor() -> None:
    text = "Einen Kredit über 50 Milliarden US-Dollar wollen die G7-Staaten der Ukraine gewähren."
    assert keys(text, "aid_pledge", "donor", "amount", "currency") == [("G7", 50_000_000_000, "USD")]


def test_a_delivery_a_donor_intends_is_a_pledge() -> None:
    text = "Belgien will der Ukraine noch in diesem Jahr die ersten F-16-Kampfjets übergeben."
    assert keys(text, "aid_pledge", "donor", "status") == [("BE", "pledged")]


@pytest.mark.parametrize(
    "text",
    [
        "Die EU-Staaten stocken den Topf für Waffenlieferungen an die Ukraine um fünf Milliarden Euro auf.",
        "EU member states are topping up the fund for arms deliveries to Ukraine by €5 billion.",
        "EU member states are adding €5 billion to the fund for arms deliveries to Ukraine.",
    ],
)
def test_a_body_of_states_that_tops_up_a_fund_approves_it(text: str) -> None:
    assert keys(text, "aid_pledge", "donor", "status") == [("EU", "approved")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Germany has delivered weapons worth €28 billion to Ukraine since the start of the war.",
            ("DE", 28_000_000_000, "delivered", True),
        ),
        (
            "The EU has so far provided €118 billion in support to Ukraine.",
            ("EU", 118_000_000_000, "delivered", True),
        ),
        (
            "The Netherlands pledged another €3.5bn for next year, Defence Minister Ruben Brekelmans said on X.",
            ("NL", 3_500_000_000, "pledged", False),
        ),
    ],
)
def test_aid_given_so_far_is_delivered_and_a_total_and_a_pledged_sum_needs_no_ukraine_named(
    text: str, expected: tuple[object, ...]
) -> None:
    assert keys(text, "aid_pledge", "donor", "amount", "status", "cumulative") == [expected]


def test_the_largest_package_so_far_is_a_package_not_a_total() -> None:
    text = "Sweden will provide Ukraine with military support worth 18 billion kronor, its largest package so far."
    assert keys(text, "aid_pledge", "amount", "cumulative") == [(18_000_000_000, False)]


def test_a_demand_without_a_sum_is_no_total() -> None:
    text = "Die Führung in Kyjiw fordert dringend mehr Waffen und eine insgesamt entschlossenere Hilfe."
    assert keys(text, "aid_pledge", "status", "cumulative") == [("demanded", False)]


@pytest.mark.parametrize(
    "text",
    [
        "Die Slowakei will der Ukraine keine weiteren Waffen liefern.",
        "Hungary will not send weapons to Ukraine.",
    ],
)
def test_refusing_to_send_arms_is_no_pledge(text: str) -> None:
    assert claims(text, "aid_pledge") == []


def test_the_worth_of_an_arms_order_in_the_next_sentence_is_its_amount() -> None:
    text = (
        "Kanada will der Ukraine 20 gepanzerte Fahrzeuge liefern. Der Auftrag hat einen Wert "
        "von 90 Millionen Kanadischen Dollar, teilte die Regierung in Ottawa mit."
    )
    assert keys(text, "aid_pledge", "donor", "amount", "currency") == [("CA", 90_000_000, "CAD")]


def test_aircraft_a_donor_delivers_are_military_aid() -> None:
    text = "Norway has delivered two surveillance aircraft to Ukraine, the government in Oslo said."
    assert keys(text, "aid_pledge", "donor", "aid_kind", "status") == [("NO", "military", "delivered")]


def test_a_reaffirmed_commitment_to_increase_aid_is_a_pledge() -> None:
    text = "Blinken reaffirmed President Joe Biden's commitment to increase aid to Ukraine."
    assert keys(text, "aid_pledge", "donor", "status") == [("US", "pledged")]


@pytest.mark.parametrize(
    "text",
    [
        "Washington hat Kiew erlaubt, mit gelieferten ATACMS-Raketen Ziele in Russland anzugreifen.",
        "The White House has allowed Ukraine to use US-supplied long-range missiles against targets in Russia.",
    ],
)
def test_permission_to_use_weapons_already_given_is_no_pledge(text: str) -> None:
    assert claims(text, "aid_pledge") == []


def test_the_total_a_payment_to_ukraine_brings_the_sum_to_is_a_cumulative_figure() -> None:
    text = (
        "Japan paid a further 1.2 billion dollars to Ukraine, bringing total payments under the "
        "scheme to 4.5 billion dollars, the finance ministry said."
    )
    assert keys(text, "aid_pledge", "amount", "cumulative") == [(1_200_000_000, False), (4_500_000_000, True)]


def test_the_group_of_seven_is_the_g7() -> None:
    text = "The Group of Seven agreed to lend Ukraine $50 billion backed by frozen Russian assets."
    assert keys(text, "aid_pledge", "donor", "amount") == [("G7", 50_000_000_000)]


def test_congress_passing_a_package_is_the_us_approving_it() -> None:
    text = "Congress passed a $40 billion aid package for Ukraine."
    assert keys(text, "aid_pledge", "donor", "amount", "status") == [("US", 40_000_000_000, "approved")]


def test_a_delivery_is_not_folded_into_the_donors_running_total() -> None:
    text = (
        "Die Bundesregierung hat der Ukraine nach eigenen Angaben weitere zehn Schützenpanzer geliefert. "
        "Insgesamt hat Deutschland seit Kriegsbeginn Militärhilfe im Wert von rund 28 Milliarden Euro zugesagt."
    )
    assert keys(text, "aid_pledge", "amount", "status", "cumulative", "reported_by") == [
        (None, "delivered", False, "German government"),
        (28_000_000_000, "pledged", True, "German government"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kiew bittet Deutschland um weitere Patriot-Systeme.",
        "Ukraine asked Germany for more Patriot systems.",
    ],
)
def test_the_country_asked_for_aid_is_the_donor_of_the_demand(text: str) -> None:
    assert keys(text, "aid_pledge", "donor", "status", "reported_by") == [
        ("DE", "demanded", "Ukrainian government")
    ]


def test_what_the_speaker_adds_is_no_status_of_the_pledge() -> None:
    text = 'Norway will donate all its remaining howitzers to Ukraine, the minister said, adding that Kyiv needs them "now".'
    assert keys(text, "aid_pledge", "donor", "status") == [("NO", "pledged")]


def test_a_loan_backed_by_assets_is_not_approved_by_that_word() -> None:
    text = "The EU disbursed 3 billion euros to Ukraine, a tranche of a loan backed by frozen Russian assets."
    assert keys(text, "aid_pledge", "donor", "status") == [("EU", "delivered")]


@pytest.mark.parametrize(
    "text",
    [
        "Dänemark will der Ukraine seine Artillerie überlassen. Das kündigte die Regierungschefin an. "
        "Zudem sagte sie der Ukraine Munition im Wert von 200 Millionen Euro zu.",
        "Denmark will hand Ukraine all its artillery. She also pledged ammunition worth 200 million euros.",
    ],
)
def test_a_pledge_made_by_she_or_he_is_the_donors_named_before(text: str) -> None:
    assert ("DK", 200_000_000) in keys(text, "aid_pledge", "donor", "amount")


@pytest.mark.parametrize(
    "text",
    [
        "Germany raised its military aid for Ukraine from 4 billion euros to 8 billion euros.",
        "Deutschland erhöht seine Militärhilfe für die Ukraine von vier Milliarden Euro auf acht Milliarden Euro.",
        "Pistorius said Germany would double its military aid to Ukraine to 8 billion euros from 4 billion euros.",
    ],
)
def test_the_level_before_a_rise_is_no_pledge_of_its_own(text: str) -> None:
    assert keys(text, "aid_pledge", "amount", "status") == [(8_000_000_000, "pledged")]


def test_the_body_that_asks_after_the_german_verb_is_no_donor() -> None:
    text = (
        "Für ihre Hilfe in der Ukraine bitten die Vereinten Nationen in diesem Jahr um 5,6 Milliarden Dollar."
    )
    assert keys(text, "aid_pledge", "donor", "status", "reported_by") == [(None, "demanded", "UN")]


def test_the_federal_cabinet_is_germany() -> None:
    text = "Das Bundeskabinett hat zusätzliche drei Milliarden Euro für die Ukraine gebilligt."
    assert keys(text, "aid_pledge", "donor", "status") == [("DE", "approved")]


def test_a_sentence_giving_its_worth_refers_back_to_the_package() -> None:
    text = (
        "Deutschland hat der Ukraine das bisher größte Rüstungspaket in Aussicht gestellt. "
        "Nach Angaben des Verteidigungsministeriums beläuft sich sein Wert auf mehr als 2,7 Milliarden Euro."
    )
    assert keys(text, "aid_pledge", "donor", "amount") == [("DE", 2_700_000_000)]


@pytest.mark.parametrize(
    ("text", "donor", "items"),
    [
        ("Poland has sent 14 Leopard tanks to Ukraine.", "PL", "14 Leopard tanks"),
        ("The US supplied Ukraine with 31 Abrams tanks.", "US", "31 Abrams tanks"),
        ("Poland sent a dozen MiG-29 jets to Ukraine.", "PL", None),
    ],
)
def test_arms_sent_in_the_past_are_delivered(text: str, donor: str, items: str | None) -> None:
    assert keys(text, "aid_pledge", "donor", "status", "items") == [(donor, "delivered", items)]


def test_the_yen_sign_is_yen() -> None:
    assert keys("Japan pledged ¥200bn to Ukraine.", "aid_pledge", "amount", "currency") == [
        (200_000_000_000, "JPY")
    ]


@pytest.mark.parametrize(
    ("text", "donor", "amount"),
    [
        ("Die Schweiz gibt der Ukraine 1,5 Milliarden Franken.", "CH", 1_500_000_000),
        ("Die USA geben der Ukraine weitere 300 Millionen Dollar für Munition.", "US", 300_000_000),
    ],
)
def test_a_donor_that_gives_ukraine_a_sum_pledges_it(text: str, donor: str, amount: int) -> None:
    assert keys(text, "aid_pledge", "donor", "amount", "status") == [(donor, amount, "pledged")]


def test_giving_ukraine_the_blame_is_no_aid() -> None:
    assert claims("Russland gibt der Ukraine die Schuld an dem Angriff.", "aid_pledge") == []


def test_a_clause_with_a_donor_of_its_own_gives_its_amount_that_donor() -> None:
    text = (
        "Germany's parliament approved the delivery of a third Patriot system, while the Netherlands "
        "said it would give Ukraine 400 million euros for drones."
    )
    assert keys(text, "aid_pledge", "donor", "amount") == [("NL", 400_000_000)]


def test_an_item_count_with_thousands_is_whole() -> None:
    text = "Czech President Petr Pavel said the initiative to buy shells for Ukraine had secured funding for 500,000 rounds."
    assert [c["items"] for c in claims(text, "aid_pledge")] == ["500,000 rounds"]


def test_the_sum_set_aside_for_a_pledge_named_before_is_its_amount() -> None:
    text = (
        "Die EU-Staaten haben sich darauf verständigt, der Ukraine eine Million Artilleriegeschosse zu liefern. "
        "Dafür sollen zwei Milliarden Euro bereitgestellt werden."
    )
    assert ("EU", 2_000_000_000) in keys(text, "aid_pledge", "donor", "amount")


@pytest.mark.parametrize(
    ("text", "donor", "status"),
    [
        ("The Senate approved $61 billion in aid for Ukraine late on Tuesday.", "US", "approved"),
        ("The EU has earmarked 5 billion euros for arms deliveries to Ukraine.", "EU", "pledged"),
        ("The World Bank will disburse $1.5 billion to Ukraine next month.", "WB", "pledged"),
        ("Japan has committed $12 billion to Ukraine since the start of the war.", "JP", "pledged"),
    ],
)
def test_more_ways_of_committing_money(text: str, donor: str, status: str) -> None:
    assert keys(text, "aid_pledge", "donor", "status") == [(donor, status)]


def test_aid_a_donor_provides_is_pledged() -> None:
    text = "Österreich leistet humanitäre Hilfe von 10 Millionen Euro für die Ukraine."
    assert keys(text, "aid_pledge", "donor", "aid_kind", "status") == [("AT", "humanitarian", "pledged")]


@pytest.mark.parametrize(
    ("text", "donors"),
    [
        ("Deutschland und Frankreich sagten der Ukraine je 500 Millionen Euro zu.", ["DE", "FR"]),
        ("Norway, Denmark and Sweden will each provide 100 million euros to Ukraine.", ["NO", "DK", "SE"]),
    ],
)
def test_a_sum_each_of_several_donors_gives_is_one_pledge_per_donor(text: str, donors: list[str]) -> None:
    assert [c["donor"] for c in claims(text, "aid_pledge")] == donors


def test_a_sum_several_donors_give_together_is_one_pledge() -> None:
    text = "Norway, Denmark and Sweden will together provide 1 billion euros to Ukraine."
    assert keys(text, "aid_pledge", "donor", "amount") == [("NO", 1_000_000_000)]


def test_the_sum_of_a_further_package_is_no_running_total() -> None:
    text = "Deutschland und Belgien haben der Ukraine weitere Militärhilfe im Wert von insgesamt 1,4 Milliarden Euro zugesagt."
    assert keys(text, "aid_pledge", "amount", "cumulative") == [(1_400_000_000, False)]


@pytest.mark.parametrize(
    "text",
    [
        "Japan pledged another $3bn for Ukraine, taking its total contribution to $12bn.",
        "Japan pledged another $3bn for Ukraine, raising its total to $12bn.",
    ],
)
def test_taking_or_raising_the_total_to_an_amount_is_a_running_total(text: str) -> None:
    assert keys(text, "aid_pledge", "amount", "cumulative") == [
        (3_000_000_000, False),
        (12_000_000_000, True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "As EU leaders met in Brussels, Sweden announced 300 million euros in military aid for Ukraine.",
        "Während die Nato-Außenminister in Brüssel berieten, kündigte Schweden 300 Millionen Euro Militärhilfe "
        "für die Ukraine an.",
    ],
)
def test_who_acts_in_a_clause_of_occasion_before_the_main_clause_is_no_donor(text: str) -> None:
    assert keys(text, "aid_pledge", "donor", "amount") == [("SE", 300_000_000)]


def test_combat_vehicles_are_military_aid_and_the_government_is_the_donors() -> None:
    text = "Finland will give Ukraine 180 million euros, including armoured combat vehicles, the government said."
    assert keys(text, "aid_pledge", "donor", "aid_kind", "reported_by") == [
        ("FI", "military", "Finnish government")
    ]


def test_the_whole_value_of_one_package_is_no_running_total() -> None:
    text = "Spanien will der Ukraine 20 Leopard-Panzer liefern. Das Paket habe einen Gesamtwert von 900 Millionen Euro."
    assert keys(text, "aid_pledge", "amount", "cumulative", "items") == [
        (900_000_000, False, "20 Leopard-Panzer")
    ]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Germany will deliver three more IRIS-T systems and twenty Leopard tanks to Ukraine.",
            "three IRIS-T systems, twenty Leopard tanks",
        ),
        ("Deutschland liefert der Ukraine drei IRIS-T-Systeme.", "drei IRIS-T-Systeme"),
    ],
)
def test_counted_arms_are_the_pledges_items_with_their_kind(text: str, items: str) -> None:
    assert keys(text, "aid_pledge", "items") == [(items,)]


def test_a_pledge_a_next_sentence_says_was_announced_is_announced() -> None:
    text = (
        "Britain will give Ukraine £2bn in military aid. Prime Minister Keir Starmer announced this in Kyiv."
    )
    assert keys(text, "aid_pledge", "status") == [("announced",)]


@pytest.mark.parametrize(
    ("text", "pledges"),
    [
        (
            "Bundeskanzler Olaf Scholz lehnt die Lieferung von Taurus-Marschflugkörpern an die Ukraine weiter ab.",
            [],
        ),
        ("Germany ruled out sending Taurus missiles to Ukraine.", []),
        (
            "Germany refused to send Taurus missiles but pledged 500 million euros in military aid to Ukraine.",
            [("DE", 500_000_000)],
        ),
    ],
)
def test_a_refusal_is_no_pledge_but_leaves_a_pledged_amount_beside_it(text: str, pledges: list) -> None:
    assert keys(text, "aid_pledge", "donor", "amount") == pledges


def test_more_of_the_same_after_the_source_sentence_is_the_donors_pledge_too() -> None:
    text = (
        "Litauen will der Ukraine Munition im Wert von 30 Millionen Euro liefern. Das kündigte die "
        "Verteidigungsministerin an. Darüber hinaus sollen Drohnen für weitere zehn Millionen Euro beschafft werden."
    )
    assert keys(text, "aid_pledge", "donor", "amount") == [("LT", 30_000_000), ("LT", 10_000_000)]


def test_a_pledge_a_cabinet_decided_in_the_next_sentence_is_approved() -> None:
    text = "Die Niederlande stellen der Ukraine 3,5 Milliarden Euro Militärhilfe bereit. Das beschloss das Kabinett."
    assert keys(text, "aid_pledge", "amount", "status") == [(3_500_000_000, "approved")]


def test_the_aid_it_sums_up_to_is_a_running_total() -> None:
    text = (
        "Schweden stellt der Ukraine 50 Millionen Euro für Drohnen bereit. Damit summiere sich die schwedische "
        "Militärhilfe auf mehr als sieben Milliarden Euro."
    )
    assert keys(text, "aid_pledge", "amount", "cumulative") == [(50_000_000, False), (7_000_000_000, True)]


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("The US announced a $275-million military aid package for Ukraine.", 275_000_000, "USD"),
        (
            "Norway will finance a 300-million-euro package of artillery shells for Ukraine.",
            300_000_000,
            "EUR",
        ),
        ("Deutschland schnürt ein 500-Millionen-Euro-Paket für die Ukraine.", 500_000_000, "EUR"),
    ],
)
def test_a_hyphenated_amount_before_its_noun_is_an_amount(text: str, amount: int, currency: str) -> None:
    assert keys(text, "aid_pledge", "amount", "currency") == [(amount, currency)]


def test_the_seven_major_industrial_nations_are_the_g7() -> None:
    text = "Die sieben großen Industriestaaten wollen der Ukraine einen Kredit von 50 Milliarden US-Dollar geben."
    assert keys(text, "aid_pledge", "donor", "amount") == [("G7", 50_000_000_000)]


def test_the_headline_names_the_donor_the_body_leaves_out() -> None:
    claims_found = claims(
        "Kiew erhält einen Kredit über 1,5 Milliarden Dollar.", "aid_pledge", headline="Kredit der Weltbank"
    )
    assert [(c["donor"], c["amount"]) for c in claims_found] == [("WB", 1_500_000_000)]


@pytest.mark.parametrize(
    ("text", "donor", "status"),
    [
        ("The first F-16 jets from Denmark have arrived in Ukraine.", "DK", "delivered"),
        ("Germany is sending Ukraine another IRIS-T air defence system.", "DE", "pledged"),
        ("Spain agreed to send Ukraine Patriot missiles worth 1 billion euros.", "ES", "pledged"),
        ("The European Parliament signed off on a €35bn loan for Ukraine.", "EU", "approved"),
    ],
)
def test_arms_arriving_or_being_sent_and_a_parliaments_approval(text: str, donor: str, status: str) -> None:
    assert keys(text, "aid_pledge", "donor", "status") == [(donor, status)]


def test_kuendigte_dies_an_in_the_next_sentence_announces_the_pledge() -> None:
    text = (
        "Großbritannien stellt der Ukraine Militärhilfe über 2,5 Milliarden Pfund bereit. "
        "Premierminister Rishi Sunak kündigte dies in Kiew an."
    )
    assert keys(text, "aid_pledge", "status", "reported_by") == [("announced", "Rishi Sunak")]


def test_the_eu_heads_of_state_are_the_european_council_and_items_keep_their_qualifier() -> None:
    assert keys(
        "Auf ein 50 Milliarden Euro schweres Hilfspaket für die Ukraine haben sich die EU-Staats- und "
        "Regierungschefs verständigt.",
        "aid_pledge",
        "reported_by",
    ) == [("European Council",)]
    assert keys(
        "Selenskyj verlangt von den Verbündeten mindestens sieben Patriot-Systeme.", "aid_pledge", "items"
    ) == [("mindestens sieben Patriot-Systeme",)]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Deutschland sagte der Ukraine 100.000 Schuss Artilleriemunition zu.",
            "100.000 Schuss Artilleriemunition",
        ),
        ("Die EU stellt der Ukraine 1.000.000 Schuss Munition bereit.", "1.000.000 Schuss Munition"),
    ],
)
def test_a_thousands_dot_inside_a_pledge_does_not_end_its_verb(text: str, items: str) -> None:
    assert keys(text, "aid_pledge", "items") == [(items,)]


def test_the_bank_a_pledge_is_paid_through_is_no_donor() -> None:
    text = (
        "Japan will provide Ukraine with an additional $4.5 billion in financial support, Prime Minister Fumio "
        "Kishida said. The funds, which will be disbursed through the World Bank, are meant to keep services running."
    )
    assert keys(text, "aid_pledge", "donor", "amount") == [("JP", 4500000000)]


def test_the_money_of_a_package_is_no_count_of_the_arms_it_includes() -> None:
    text = (
        "The Pentagon announced a new $275 million package including HIMARS ammunition and artillery shells."
    )
    assert keys(text, "aid_pledge", "amount", "items") == [(275000000, None)]


def test_a_parliament_that_approves_aid_reports_it() -> None:
    text = "Der Bundestag hat weitere vier Milliarden Euro für die Ukraine im kommenden Jahr gebilligt."
    assert keys(text, "aid_pledge", "donor", "status", "reported_by") == [("DE", "approved", "Bundestag")]


def test_the_eu_member_states_are_the_eu_as_donor() -> None:
    text = "Die EU-Mitgliedstaaten erhöhen die Mittel für Waffenlieferungen an Kiew um fünf Milliarden Euro."
    assert keys(text, "aid_pledge", "donor", "amount", "reported_by") == [
        ("EU", 5000000000, "EU member states")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Der US-Senat hat ein Hilfspaket über 95 Milliarden Dollar gebilligt, davon 61 Milliarden für die Ukraine.",
        "The Senate approved a $95 billion package, including $61 billion for Ukraine.",
    ],
)
def test_ukraines_share_without_its_currency_is_the_pledge(text: str) -> None:
    assert keys(text, "aid_pledge", "donor", "amount", "currency") == [("US", 61000000000, "USD")]


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        ("Die ersten F-16-Kampfjets aus Dänemark sind in der Ukraine eingetroffen.", "DK"),
        ("The first F-16 jets from Denmark have arrived in Ukraine.", "DK"),
        ("Die Niederlande haben die Lieferung von 24 F-16 abgeschlossen.", "NL"),
        ("Germany delivered a fourth IRIS-T system to Ukraine.", "DE"),
    ],
)
def test_arms_that_arrived_or_were_handed_over_are_delivered_military_aid(text: str, donor: str) -> None:
    assert keys(text, "aid_pledge", "donor", "status", "aid_kind") == [(donor, "delivered", "military")]


def test_checking_whether_to_send_arms_is_no_pledge() -> None:
    assert claims("Die USA prüfen, ob sie der Ukraine weitere ATACMS-Raketen liefern.", "aid_pledge") == []


def test_another_donors_money_in_an_entry_about_aid_is_a_pledge_even_without_ukraine_named() -> None:
    text = (
        "Germany has pledged an additional 3 billion euros in military aid for Ukraine, Chancellor Olaf Scholz said. "
        "Separately, the Netherlands will allocate 500 million euros for long-range drones, Ruben Brekelmans announced."
    )
    assert keys(text, "aid_pledge", "donor", "amount") == [("DE", 3000000000), ("NL", 500000000)]


def test_the_country_giving_more_money_later_in_the_entry_is_the_donor_named_before() -> None:
    text = (
        "Die Niederlande haben der Ukraine 18 F-16-Kampfjets zugesagt. Das kündigte Verteidigungsminister "
        "Ruben Brekelmans an. Die ersten Maschinen sollen bis Jahresende eintreffen. Zudem stellt das Land "
        "400 Millionen Euro für die Produktion von Drohnen bereit."
    )
    assert keys(text, "aid_pledge", "donor", "amount") == [("NL", 400000000)]


@pytest.mark.parametrize(
    "text",
    [
        "Norwegen will seine zivile und militärische Hilfe für die Ukraine auf 35 Milliarden Kronen verdoppeln.",
        "Denmark pledged $500 million in military and humanitarian aid to Ukraine.",
    ],
)
def test_aid_of_two_kinds_at_once_is_of_no_one_kind(text: str) -> None:
    assert keys(text, "aid_pledge", "aid_kind") == [("unspecified",)]


def test_the_budget_committee_approving_money_makes_it_no_budget_aid() -> None:
    text = (
        "Der Haushaltsausschuss des Bundestages hat weitere 3 Milliarden Euro für die Ukraine freigegeben. "
        "Das Geld soll vor allem in die Luftverteidigung fließen."
    )
    assert keys(text, "aid_pledge", "amount", "aid_kind", "status") == [
        (3_000_000_000, "military", "approved")
    ]


def test_a_completed_delivery_of_many_vehicles_is_delivered() -> None:
    text = "Kanada hat die Lieferung von 50 gepanzerten Fahrzeugen an die Ukraine abgeschlossen."
    assert keys(text, "aid_pledge", "donor", "status") == [("CA", "delivered")]


def test_aid_a_donor_has_rendered_is_delivered() -> None:
    text = "Die USA haben der Ukraine seit Kriegsbeginn Militärhilfe im Umfang von mehr als 60 Milliarden Dollar geleistet."
    assert keys(text, "aid_pledge", "donor", "status", "cumulative") == [("US", "delivered", True)]


def test_last_years_sum_a_pledge_doubles_is_no_pledge_of_its_own() -> None:
    text = "Pistorius said Germany would raise its military support for Ukraine to 8 billion euros next year, twice the 4 billion euros of 2023."
    assert keys(text, "aid_pledge", "amount") == [(8_000_000_000,)]


def test_aid_a_leader_ankuendigte_is_announced() -> None:
    text = "Im kommenden Jahr stellt London der Ukraine Militärhilfe von 2,5 Milliarden Pfund bereit, wie Premier Rishi Sunak ankündigte."
    assert keys(text, "aid_pledge", "status") == [("announced",)]


def test_money_the_un_appeals_for_for_its_work_in_ukraine_is_a_demand() -> None:
    text = "The United Nations is appealing for $5.6 billion this year for its work in Ukraine and for refugees in neighbouring countries."
    assert keys(text, "aid_pledge", "donor", "amount", "status", "reported_by") == [
        (None, 5_600_000_000, "demanded", "UN")
    ]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Prime Minister Rishi Sunak promised President Zelensky 14 Challenger 2 tanks.",
            "14 Challenger 2 tanks",
        ),
        ("Deutschland liefert 18 Leopard 2 Panzer.", "18 Leopard 2 Panzer"),
    ],
)
def test_a_models_number_is_part_of_the_items_name_not_their_count(text: str, items: str) -> None:
    assert keys(text, "aid_pledge", "items") == [(items,)]


def test_the_largest_package_so_far_is_a_record_not_a_running_total() -> None:
    text = "The German government has announced its largest arms package for Ukraine so far, worth more than 2.7 billion euros."
    assert keys(text, "aid_pledge", "amount", "cumulative") == [(2_700_000_000, False)]
