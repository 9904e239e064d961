"""French sentences that put « de » before a person's name read « la vacation de Hélène
Rwema » where French writes « d'Hélène » (eye34 #8): they are put so that no name ever
needs the elision. And a posting whose closing date passed said its applications « ont
été closes », as if someone had closed them."""

from __future__ import annotations

import pytest

from dicel_desktop.domain.errors import Conflict
from dicel_desktop.gui import translations
from dicel_desktop.gui.error_sentences import describe_error

HELENE = "Hélène Rwema"


@pytest.mark.parametrize(
    "code",
    [
        "administrator_employment",
        "administrator_employment_changed",
        "administrator_pay_changed",
        "administrator_attendance",
    ],
)
def test_an_administrators_name_is_never_after_de(restore_language, code):
    translations.install_translators("fr")
    said = describe_error(Conflict(code, name=HELENE))
    assert HELENE in said and f"de {HELENE}" not in said, said


def test_a_guards_shift_is_named_without_de(restore_language):
    translations.install_translators("fr")
    from PySide6.QtCore import QCoreApplication

    said = QCoreApplication.translate("RecordWindow", "the shift of %1 at %2 (%3)")
    assert said.startswith("la vacation") and "de %1" not in said, said


def test_a_posting_past_its_closing_date_says_the_date_passed(restore_language):
    translations.install_translators("fr")
    said = describe_error(
        Conflict("posting_opened_after_closing", date="2026-10-28", today="2026-12-06")
    )
    assert "closes" not in said, said
    assert said.startswith(
        "La date de clôture de cette offre d\u2019emploi, le 28 octobre 2026, est passée"
    )


def test_a_leave_to_cancel_is_named_by_its_dates_not_as_asked_by_them(restore_language):
    # review35b F2: « Annuler le congé annuel demandé par mar. 3 - sam. 7 mars 2026 » read
    # the dates as the person who asked (the rewording of « de » before names caught it).
    # eyefix41: the question names the person too, with « pour », not « de ».
    translations.install_translators("fr")
    import datetime as dt

    from PySide6.QtCore import QCoreApplication, QLocale

    from dicel_desktop.gui.workflows.leave_step_dialog import whose_leave
    from dicel_desktop.gui.workflows.leave_texts import days_text, leave_type_text, span_text

    template = QCoreApplication.translate("CancelLeaveDialog", "Cancel %1's %2 (%3, %4)?")
    assert "de %1" not in template
    said = (
        whose_leave(template, HELENE, False, "")
        .replace("%2", leave_type_text("annual").lower())
        .replace("%3", span_text(dt.date(2026, 3, 3), dt.date(2026, 3, 7), QLocale("fr")))
        .replace("%4", days_text(5))
    )
    assert said == (
        "Annuler ce congé annuel pour Hélène Rwema (mar. 3 \N{EN DASH} sam. 7 mars 2026,"
        " 5 jours ouvrés) ?"
    )


@pytest.mark.parametrize(
    ("context", "source"),
    [
        ("EndLeaveEarlyDialog", "End %1's %2 (%3, %4) early?"),
        (
            "LeaveEnded",
            "Terminating %1 cancels this leave, which starts after the termination date: %2.",
        ),
        (
            "LeaveEnded",
            "This pending leave of %1 has days up to the termination date and stays for the"
            " supervisor or HR to decide, so that the final payslip counts it: %2.",
        ),
    ],
)
def test_the_leave_steps_put_no_de_before_a_name(restore_language, context, source):
    translations.install_translators("fr")
    from PySide6.QtCore import QCoreApplication

    said = QCoreApplication.translate(context, source)
    assert said != source and "de %1" not in said and "d\u2019%1" not in said, said
