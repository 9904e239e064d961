"""French step buttons read as actions on the record (eye33 #4; fix34): « Marquer retiré »
and « Marquer pourvu » agreed with nobody; each now says « Marquer comme … » with the
record's gender, names its noun (« Marquer le poste comme pourvu »), or is a verb
(« Terminer », « Enregistrer le désistement »). A shift is one noun, its cancelling
button and its question alike."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from dicel_desktop.domain.case_flows import FLOWS
from dicel_desktop.gui import translations
from dicel_desktop.gui.workflows.case_step_dialog import step_button_text, step_question
from dicel_desktop.gui.workflows.cases import step_label

#: The gender of the noun a French reader gives a record of the table in a button that
#: marks it (« le dossier », « la piste », « la vacation »). A record named by a person
#: (a candidate, an employee, an enrolment) has none: its buttons do not agree.
GENDER = {
    "recovery_cases": "m",
    "it_assets": "m",
    "customer_feedback": "m",  # un avis
    "leads": "f",  # une piste commerciale
    "contracts": "m",
    "opportunities": "f",
    "clients": "m",
    "suppliers": "m",
    "inventory_items": "m",
    "security_guards": "m",  # un agent de sécurité
    "security_assignments": "f",  # une vacation
}
INVARIANT = {"en", "non", "prise"}  # « comme en congé », « comme non qualifiée »
AFTER_COMME = re.compile(r"\bcomme\s+(?:non\s+)?([\w\u2019'-]+)")


@pytest.fixture
def french(qapp, restore_language):
    translations.install_translators("fr")


def _plain(text: str) -> str:
    return text.replace("&", "").removesuffix("…")


def test_no_french_step_button_marks_without_comme():
    """Every button the .ts translates as « Marquer … », in every steps' context and the
    payment dialog, says what the record is marked as."""
    root = ET.parse(translations.I18N_DIR / "dicel_fr.ts").getroot()
    bare = [
        f"{context.findtext('name')}: {said}"
        for context in root.iter("context")
        for message in context.iter("message")
        if (said := _plain(message.findtext("translation") or "")).startswith("Marquer ")
        and "%1" not in said
        and not said.startswith(("Marquer comme ", "Marquer le poste comme "))
    ]
    assert bare == []


def test_a_french_step_button_agrees_with_its_record(french):
    wrong = []
    for flow in FLOWS.values():
        gender = GENDER.get(flow.table)
        for step in flow.steps:
            for said in (step_label(step.action, flow.table), step_button_text(step.action)):
                for word in AFTER_COMME.findall(_plain(said)):
                    if word in INVARIANT or gender is None:
                        continue
                    if word.endswith("e") != (gender == "f"):
                        wrong.append(f"{flow.table}.{step.action}: {_plain(said)}")
    assert wrong == []
    assert _plain(step_label("withdraw", "candidates")) == "Enregistrer le désistement"
    assert _plain(step_label("fill", "job_postings")) == "Marquer le poste comme pourvu"


def test_a_shifts_cancelling_names_the_noun_its_question_names(french):
    flow = FLOWS["security_assignments"]
    (cancel,) = [step for step in flow.steps if step.action == "cancel"]
    button = _plain(step_button_text("cancel", "security_assignments"))
    assert button == "Annuler la vacation"
    assert "vacation" in step_question(cancel, flow)
    assert "affectation" not in step_question(cancel, flow)
