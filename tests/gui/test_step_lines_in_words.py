"""A step's dated line in the reader's words (domain/step_lines.py): a French risk
officer reads "Clôturée le 6 décembre 2026 : …" where the database keeps "Closed on
2026-12-06: …", and saving the risk keeps the stored line byte for byte."""

from __future__ import annotations

import datetime as dt
import re

from helpers import WAIT_MS
from PySide6.QtCore import QLocale
from sqlalchemy import text

from dicel_desktop.gui import translations
from dicel_desktop.gui.cell_format import CellFormatter, LocaleFormats
from dicel_desktop.services.list_query import ListQuery
from dicel_desktop.services.listing import Listing

RISKS = "risk_assessments"
BEFORE = "Deux serrures."
NOTE = "Contrôle hebdomadaire."


def _closed_risk(logins, officer):
    with logins.superuser().begin() as conn:
        risk = conn.scalar(
            text(
                "INSERT INTO risk_assessments (risk_category, risk_description, likelihood,"
                " impact, mitigation_measures, status) VALUES ('Theft', 'Cash in the safe',"
                " 3, 4, :m, 'mitigating') RETURNING id"
            ),
            {"m": BEFORE},
        )
    with officer.engine.begin() as conn:
        conn.execute(text("SELECT dicel_close_risk_assessment(:r, :n)"), {"r": risk, "n": NOTE})
    return risk


def _stored(person, risk, column="mitigation_measures"):
    with person.session() as session:
        return session.execute(
            text(f"SELECT {column} FROM risk_assessments WHERE id = :i"), {"i": risk}
        ).scalar()


def _closing_day(stored: str) -> dt.date:
    (day,) = re.findall(r"^Closed on (\d{4}-\d{2}-\d{2}): ", stored, re.MULTILINE)
    return dt.date.fromisoformat(day)


def _open(qtbot, desk, person, risk):
    window = desk(person).open(RISKS, risk)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    return window


def _save(qtbot, window):
    window.save()
    qtbot.waitUntil(lambda: not window.is_busy, timeout=WAIT_MS)
    assert not window.form.is_dirty(), window.message.text()


def test_a_french_window_shows_the_step_line_in_words_and_saving_keeps_it(
    qtbot, logins, desk, restore_language
):
    translations.install_translators("fr")
    officer = logins.person("risk")
    risk = _closed_risk(logins, officer)
    stored = _stored(officer, risk)
    day = QLocale().toString(_closing_day(stored), "d MMMM yyyy")  # "6 décembre 2026"

    window = _open(qtbot, desk, officer, risk)
    box = window.form.editors["mitigation_measures"]
    assert box.text.toPlainText() == f"{BEFORE}\nClôturée le {day} : {NOTE}"

    # Another field changed and saved: the measures are as stored.
    window.form.editors["risk_category"].set_value("Vol")
    window.form.editors["risk_category"].edited.emit()
    _save(qtbot, window)
    assert _stored(officer, risk, "risk_category") == "Vol"
    assert _stored(officer, risk) == stored

    # A line added to the measures: the step's line goes back as it was written.
    box.text.setPlainText(box.text.toPlainText() + "\nCaméra posée.")
    _save(qtbot, window)
    assert _stored(officer, risk) == stored + "\nCaméra posée."
    assert box.text.toPlainText() == f"{BEFORE}\nClôturée le {day} : {NOTE}\nCaméra posée."


def test_an_edited_step_line_is_refused_and_the_typed_text_stays(
    qtbot, logins, desk, restore_language
):
    translations.install_translators("fr")
    officer = logins.person("risk")
    risk = _closed_risk(logins, officer)
    stored = _stored(officer, risk)
    window = _open(qtbot, desk, officer, risk)
    box = window.form.editors["mitigation_measures"]
    typed = box.text.toPlainText().replace(NOTE, "Rien.")
    box.text.setPlainText(typed)
    window.save()
    qtbot.waitUntil(lambda: not window.is_busy, timeout=WAIT_MS)
    assert window.form.is_dirty()
    assert box.text.toPlainText() == typed
    assert _stored(officer, risk) == stored


def test_the_list_shows_the_step_line_in_words(qapp, restore_language):
    translations.install_translators("fr")
    listing = Listing(ListQuery(RISKS, ("mitigation_measures",)))
    cells = CellFormatter(listing, LocaleFormats.from_qlocale())
    row = (None, None, "Deux serrures.\nClosed on 2026-12-06: Contrôle.")
    assert cells.format_row(row) == ("Deux serrures. Clôturée le 6 décembre 2026 : Contrôle.",)


def test_a_changed_step_line_is_quoted_as_the_box_showed_it_and_putting_it_back_saves(
    qtbot, logins, desk, restore_language
):
    """The database quotes the line it keeps as it reads ("Closed on 2026-12-06:
    Controle hebdomadaire."): the French window quotes it as its box showed it, accents
    and all, and that line typed back in its place is saved (eye32 #1: the quoted line
    typed back was refused again)."""
    translations.install_translators("fr")
    officer = logins.person("risk")
    risk = _closed_risk(logins, officer)
    stored = _stored(officer, risk)
    day = QLocale().toString(_closing_day(stored), "d MMMM yyyy")
    shown = f"Clôturée le {day} : {NOTE}"
    window = _open(qtbot, desk, officer, risk)
    box = window.form.editors["mitigation_measures"]

    box.text.setPlainText(f"{BEFORE}\n{shown} Vérifié le 7.\nCaméra posée.")
    window.save()
    qtbot.waitUntil(lambda: not window.is_busy, timeout=WAIT_MS)
    said = window.form.error_text("mitigation_measures")
    assert said.startswith(f"« {shown} »"), said
    assert "était affichée, ou fermez sans enregistrer" in said, said
    assert _stored(officer, risk) == stored

    box.text.setPlainText(f"{BEFORE}\n{shown}\nCaméra posée.")
    _save(qtbot, window)
    assert _stored(officer, risk) == stored + "\nCaméra posée."


def test_one_field_marked_is_said_as_one(qtbot, logins, desk, restore_language):
    """eye32 #7: one field marked, the banner said "corrigez les champs signalés"."""
    translations.install_translators("fr")
    officer = logins.person("risk")
    window = _open(qtbot, desk, officer, _closed_risk(logins, officer))
    window.form.editors["risk_category"].set_value(None)
    window.form.editors["risk_category"].edited.emit()
    window.save()
    assert window.message.text() == (
        "Rien n\u2019a été enregistré : corrigez le champ signalé ci-dessous."
    )
    window.form.editors["risk_description"].set_value(None)
    window.form.editors["risk_description"].edited.emit()
    window.save()
    assert "corrigez les champs signalés" in window.message.text()
