"""French step questions read right whoever the record is (fix33; eye32 #9 and psql
review 33): "Marquer %1 comme abandonné ?" put a masculine participle after an enrolment
named by its person and programme, "comme pourvu" after a posting named by its title
(« l'offre », feminine), "comme embauché" after any candidate. Each question a step's
dialog asks in French either needs no agreement (a verb, a state quoted as the list shows
it, a phrase that does not vary), or agrees with the noun the record is named by."""

from __future__ import annotations

import re

import pytest

from dicel_desktop.domain.case_flows import FLOWS
from dicel_desktop.gui import translations
from dicel_desktop.gui.translations import put_in, tr_choice
from dicel_desktop.gui.workflows.case_step_dialog import step_question

#: How a question's %1 reads in French, where it is a noun of one gender: the record's
#: number (``records.Record.title``: its number first), whose kind has that gender, or
#: the phrase ``records.titles.in_question`` builds. A record named by a person (a
#: candidate, an employee, a guard, an enrolment, a review) or by a free name (a lead's
#: company, a posting's or a programme's title, a campaign, a client) has none: its
#: question must not agree with it.
GENDER_OF_RECORD = {
    "recovery_cases": "m",  # RC-2026-000012: un dossier de recouvrement
    "it_assets": "m",  # its asset tag: un matériel informatique
    "compliance_audits": "m",  # AUD-…: un audit
    "contracts": "m",  # CTR-…: un contrat
    "opportunities": "f",  # OPP-…: une opportunité
    "security_assignments": "f",  # "la vacation assurée par Sandrine Rukundo à …"
}

#: Words after "comme" that do not vary: "comme en congé", "comme de retour de congé",
#: "comme ayant reçu une réponse".
INVARIANT = {"en", "de", "ayant", "à"}
#: "le poste %1", "la formation %1": the question names the noun itself.
NAMED_NOUN = re.compile(r"\b(le|la)\s+\w+\s+%1")
AFTER_COMME = re.compile(r"\bcomme\s+(?:non\s+)?([\w\u2019'-]+)")
QUOTED_STATE = re.compile(r"à l\u2019état « ([^»]+) »")


def _questions() -> list[tuple[str, str, str]]:
    return [
        (flow.table, step.action, step_question(step, flow))
        for flow in FLOWS.values()
        for step in flow.steps
    ]


def _agrees(participle: str, gender: str) -> bool:
    feminine = participle.endswith(("e", "es"))
    return feminine if gender == "f" else not feminine


@pytest.fixture
def french(qapp, restore_language):
    translations.install_translators("fr")


def test_each_french_step_question_needs_no_agreement_or_agrees(french):
    wrong = []
    for table, action, question in _questions():
        asked = question.split("?", 1)[0]  # the question; what follows has its own subject
        for word in AFTER_COMME.findall(asked):
            if word in INVARIANT:
                continue
            noun = NAMED_NOUN.search(asked)
            gender = {"le": "m", "la": "f"}[noun.group(1)] if noun else None
            gender = gender or GENDER_OF_RECORD.get(table)
            if gender is None or not _agrees(word, gender):
                wrong.append(f"{table}.{action}: {question}")
    assert not wrong, "\n".join(wrong)


def test_a_state_quoted_in_a_french_question_is_the_one_the_list_shows(french):
    """ "Passer %1 à l'état « Abandonné » ?" needs no agreement because it names the
    state as a word of the list: it must be that word, for each table asking it."""
    wrong = []
    for table, action, question in _questions():
        flow = FLOWS[table]
        (step,) = [s for s in flow.steps if s.action == action]
        shown = tr_choice(table, flow.states(step.target).label)
        for quoted in QUOTED_STATE.findall(question):
            if quoted != shown:
                wrong.append(f"{table}.{action}: « {quoted} », the list says « {shown} »")
    assert not wrong, "\n".join(wrong)


def test_a_candidate_is_hired_or_withdraws_in_words_of_no_gender(french):
    flow = FLOWS["candidates"]
    asked = {step.action: step_question(step, flow) for step in flow.steps}
    assert put_in(asked["hire"], "Alice Uwera") == "Embaucher Alice Uwera ?"
    # No « de » before the name: « de Hélène » wanted an elision put_in cannot know
    # (eye34 #8).
    assert put_in(asked["withdraw"], "Alice Uwera") == "Enregistrer un désistement : Alice Uwera ?"
    assert put_in(asked["withdraw"], "Hélène Rwema") == (
        "Enregistrer un désistement : Hélène Rwema ?"
    )
