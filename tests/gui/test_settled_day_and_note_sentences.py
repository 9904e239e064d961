"""The refusals of migration 0101 as a person reads them, English and French (review30
F6): a note of what was said or done (DW491) and the day a case was settled, not given
(DW429), after today (DW430), before the case began (DW431); and of 0106, how much came
back, none (DW435) or more than was involved (DW436). Raised by the database as a
recovery officer, read through ``explain`` and ``sentence``; French quotes the labels as
the form shows them ({label}, {floor_label})."""

from __future__ import annotations

import datetime as dt
import re
import uuid

import pytest
from PySide6.QtCore import QLocale
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.gui import translations
from dicel_desktop.gui.error_sentences import sentence
from dicel_desktop.services.db_errors import explain

STARTED = dt.date(2026, 6, 23)


@pytest.fixture
def refusals(logins):
    """What the officer is told for each of 0101's refusals, by SQLSTATE, explained."""
    officer = logins.person("recovery")
    with logins.superuser().begin() as conn:
        case = conn.scalar(
            text(
                "INSERT INTO recovery_cases (case_number, case_type, description,"
                " amount_involved, status, start_date) VALUES (:n, 'Debt', 'Unpaid guarding',"
                " 150000, 'in_progress', :s) RETURNING id"
            ),
            {"n": f"RC-{uuid.uuid4().hex[:8]}", "s": STARTED},
        )
        today = conn.scalar(text("SELECT current_date"))
    found = {}
    for note, amount, day in (
        ("", 150000, STARTED),
        ("Paid.", 150000, None),
        ("Paid.", 150000, today + dt.timedelta(days=1)),
        ("Paid.", 150000, STARTED - dt.timedelta(days=1)),
        # Migration 0106: how much came back.
        ("Paid.", 0, STARTED),
        ("Paid.", 150001, STARTED),
    ):
        with pytest.raises(DBAPIError) as refused, officer.engine.begin() as conn:
            conn.execute(
                text("SELECT dicel_recover_recovery_case(:i, :n, :a, :d)"),
                {"i": case, "n": note, "a": amount, "d": day},
            )
        found[refused.value.orig.sqlstate] = explain(refused.value)
    return found, today


def _today_said(said: str, today: dt.date) -> str:
    """``said`` with today's day, as the language writes it ("6 December 2026"), put
    back as {day}: the test runs on any day."""
    written = re.search(r"\b(\d{1,2}) (\w+) (\d{4})\b", said)
    assert written is not None, said
    assert (int(written[1]), int(written[3])) == (today.day, today.year), said
    assert today.isoformat() not in said, said
    return said.replace(written[0], "{day}")


def test_english(refusals, restore_language):
    found, today = refusals
    QLocale.setDefault(QLocale("en_GB"))
    said = {code: sentence(error) for code, error in found.items()}
    said["DW430"] = _today_said(said["DW430"], today)
    assert said == {
        "DW491": "Write what was said or done before this recovery case is marked recovered:"
        " the note is kept with it.",
        "DW429": "Give the actual completion date before this recovery case is marked"
        " recovered: the day it happened, today at the latest.",
        "DW430": "The actual completion date cannot be after today, {day}: give the day it"
        " happened.",
        "DW431": "The actual completion date cannot be before the start date, 23 June 2026.",
        "DW435": "Give the amount recovered before this recovery case is marked recovered: an"
        " amount above zero. If nothing came back, it is written off instead.",
        "DW436": "The amount recovered cannot be more than the amount involved, 150,000 RWF:"
        " give what came back, at most that.",
    }


def test_french_quotes_the_labels_as_the_form_shows_them(refusals, restore_language):
    found, today = refusals
    translations.install_translators("fr")
    said = {code: sentence(error) for code, error in found.items()}
    said["DW430"] = _today_said(said["DW430"], today)
    assert said == {
        "DW491": "Écrivez ce qui a été dit ou fait avant de faire passer cette fiche (dossier"
        " de recouvrement) à l\u2019état « marqué recouvré » : la note est conservée avec"
        " elle.",
        "DW429": "Indiquez « Date d\u2019achèvement réelle » avant de faire passer cette fiche"
        " (dossier de recouvrement) à l\u2019état « marqué recouvré » : le jour où"
        " c\u2019est arrivé, aujourd\u2019hui au plus tard.",
        "DW430": "« Date d\u2019achèvement réelle » ne peut pas être après"
        " aujourd\u2019hui, {day} : indiquez le jour où c\u2019est arrivé.",
        "DW431": "« Date d\u2019achèvement réelle » ne peut pas précéder « Date de début »,"
        " 23 juin 2026.",
        "DW435": "Indiquez « Montant recouvré » avant de faire passer cette fiche (dossier de"
        " recouvrement) à l\u2019état « marqué recouvré » : un montant supérieur à zéro. Si"
        " rien n\u2019a été récupéré, elle est passée en perte.",
        "DW436": "« Montant recouvré » ne peut pas dépasser « Montant en jeu », 150\u202f000"
        " RWF : indiquez ce qui a été récupéré, au plus ce montant.",
    }
