"""What someone's leaving does, said before the click (migration 0120's window half):
Terminate employment… and Suspend… name the approved payslip the step cuts to the days
worked, a pending one holds the step with DW492's reason; the deactivation dialog names
the IT assets the person still holds; and the payslip's "Prorated on …" line reads in
the reader's words. As real logins, against the suite's PostgreSQL."""

from __future__ import annotations

import pytest
import shiboken6
from finance_data import november_payslip
from helpers import WAIT_MS, record_ready, shown_dialog, step_button
from sqlalchemy import text

from dicel_desktop.gui import translations
from dicel_desktop.gui.cell_format import CellFormatter, LocaleFormats
from dicel_desktop.gui.workflows.case_step_dialog import CaseStepDialog
from dicel_desktop.gui.workflows.cases import step_label
from dicel_desktop.services.list_query import ListQuery
from dicel_desktop.services.listing import Listing

pytestmark = pytest.mark.usefixtures("rwanda")  # amounts as a Rwandan desktop writes them

EMPLOYEES = "employees"


def _window(qtbot, desk, person, employee_id):
    return record_ready(qtbot, desk(person).open(EMPLOYEES, employee_id))


def _step_dialog(qtbot, window, action: str) -> CaseStepDialog:
    button = step_button(window, action, EMPLOYEES)
    assert button.isEnabled(), button.toolTip()
    button.click()
    dialog = shown_dialog(qtbot, window, CaseStepDialog)
    assert dialog.payslip_cut is not None
    qtbot.waitUntil(lambda: not dialog.payslip_cut.asking, timeout=WAIT_MS)
    return dialog


def test_terminating_says_the_approved_payslip_it_cuts_and_the_database_cuts_it(
    qtbot, logins, desk
):
    hr = logins.person("hr")
    clerk = logins.person("finance", first_name="Claude", last_name="Habimana")
    november_payslip(logins, clerk.employee_id, "approved")
    window = _window(qtbot, desk, hr, clerk.employee_id)
    dialog = _step_dialog(qtbot, window, "terminate")
    assert dialog.payslip_cut.isVisible()
    # 500,000 x 10 / 30 = 166,667: as the trigger computes it.
    assert dialog.payslip_cut.text() == (
        "The approved payslip of November 2026 will be cut to the days worked: 10 of 30"
        " days, basic 166,667 RWF instead of 500,000 RWF; its allowances in proportion,"
        " its deductions and net computed again."
    )
    dialog.take_button.click()
    qtbot.waitUntil(
        lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=WAIT_MS
    )
    with logins.superuser().connect() as conn:
        basic = conn.scalar(
            text("SELECT basic_salary FROM payroll_records WHERE employee_id = :e"),
            {"e": clerk.employee_id},
        )
    assert basic == 166667


def test_a_month_already_paid_says_what_to_recover(qtbot, logins, desk, restore_language):
    """eye34 #3: the pay day is the 25th; someone leaving on the 10th of a month already
    paid was paid 20 days too many. Nothing can be cut: the dialog says what to recover."""
    hr = logins.person("hr")
    clerk = logins.person("finance", first_name="Claude", last_name="Habimana")
    november_payslip(logins, clerk.employee_id, "paid")
    window = _window(qtbot, desk, hr, clerk.employee_id)
    dialog = _step_dialog(qtbot, window, "terminate")
    assert dialog.payslip_cut.isVisible()
    # 500,000 - 500,000 x 10 / 30 = 333,333 paid for the 20 days after the 10th.
    assert dialog.payslip_cut.text() == (
        "The payslip of November 2026 was already paid in full: 20 days after the day pay"
        " stops, about 333,333 RWF basic paid for them. Ask Finance to recover it."
    )
    assert "paid up to" not in dialog.question.text()
    dialog.reject()
    translations.install_translators("fr")
    window = _window(qtbot, desk, hr, clerk.employee_id)
    dialog = _step_dialog(qtbot, window, "terminate")
    assert dialog.payslip_cut.text() == (
        "Le bulletin de paie de novembre 2026 a déjà été payé en entier : 20 jours après"
        " l\u2019arrêt de la paie, environ 333\u202f333 RWF de salaire de base payés pour ces"
        " jours. Demandez aux Finances de les récupérer."
    )


def test_suspending_says_it_in_french(qtbot, logins, desk, restore_language):
    """A suspension pays nothing from today: an approved payslip of 30 days begun 9 days
    ago keeps 9. Its days are counted from today, not the month's first (review34 F8:
    with this month's payslip the test read "0 of 31 days" on every 1st)."""
    translations.install_translators("fr")
    hr = logins.person("hr")
    clerk = logins.person("finance", first_name="Claude", last_name="Habimana")
    with logins.superuser().begin() as conn:
        conn.execute(
            text(
                "INSERT INTO payroll_records (employee_id, pay_period_start, pay_period_end,"
                " basic_salary, allowances, net_salary, status)"
                " VALUES (:e, dicel_company_day() - 9, dicel_company_day() + 20, 500000, 0,"
                " 480000, 'approved')"
            ),
            {"e": clerk.employee_id},
        )
    window = _window(qtbot, desk, hr, clerk.employee_id)
    dialog = _step_dialog(qtbot, window, "suspend")
    assert dialog.payslip_cut.isVisible()
    said = dialog.payslip_cut.text()
    assert said.startswith("Le bulletin de paie approuvé de "), said
    # 500,000 x 9 / 30, as the trigger computes it.
    assert (
        ": 9 jours sur 30, salaire de base 150\u202f000 RWF au lieu de 500\u202f000 RWF" in said
    ), said


def test_a_pending_payslip_holds_the_step_and_says_what_to_do(qtbot, logins, desk):
    hr = logins.person("hr")
    clerk = logins.person("finance", first_name="Claude", last_name="Habimana")
    november_payslip(logins, clerk.employee_id, "pending")
    window = _window(qtbot, desk, hr, clerk.employee_id)
    (button,) = [b for b in window.step_buttons if b.text() == step_label("terminate", EMPLOYEES)]
    assert not button.isEnabled()
    assert window.steps.note.isVisible()
    said = window.steps.note.text()
    assert said.startswith(
        "Claude Habimana's payslip from 1 November 2026 to 30 November 2026 is still pending"
    ), said
    assert "Cancel that payroll run first" in said


def test_the_prorated_line_reads_in_french(qapp, restore_language):
    translations.install_translators("fr")
    listing = Listing(ListQuery("payroll_records", ("notes",)))
    cells = CellFormatter(listing, LocaleFormats.from_qlocale())
    row = (
        None,
        None,
        "Prorated on 2026-12-06: terminated on 2026-11-10, paid 10 of the month's 30 days"
        " (basic 500,000, allowances 50,000, net 480,000 before).",
    )
    (shown,) = cells.format_row(row)
    assert shown == (
        "Proratisé le 6 décembre 2026 : fin de contrat le 10 novembre 2026, payé 10 jours"
        " sur les 30 du mois (avant : base 500\u202f000, indemnités 50\u202f000,"
        " net 480\u202f000)."
    )


def _deactivate_dialog(qtbot, logins, admin, clerk):
    from dicel_desktop.gui.admin.deactivate_dialog import DeactivateDialog
    from dicel_desktop.gui.worker import DbWorker
    from dicel_desktop.services import users

    with admin.engine.connect() as conn:
        summary = users.get_user(conn, clerk.user_id)
    worker = DbWorker(admin.session_factory)
    dialog = DeactivateDialog(worker, summary)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.asking, timeout=WAIT_MS)
    return dialog, worker


def test_the_deactivation_names_the_assets_the_person_still_holds(qtbot, logins):
    """0120 never refuses a deactivation for what the person holds: the administrator is
    told which assets, before the click, as they may read them; the deactivation goes
    through all the same."""
    admin = logins.person("admin", employee=False)
    clerk = logins.person("finance", first_name="Claude", last_name="Habimana")
    with logins.superuser().begin() as conn:
        for tag, name, status in (
            ("LAP-T-12", "Dell Latitude 5440", "active"),
            # With IT or the repairer, not the person: nothing to recover from them, and
            # it goes back into service only to an active login (DW499; fix35).
            ("PHN-T-3", "Samsung Galaxy A54", "in_repair"),
            ("LAP-T-1", "HP ProBook", "retired"),  # no longer anyone's to give back
        ):
            conn.execute(
                text(
                    "INSERT INTO it_assets (asset_tag, asset_name, asset_type, assigned_to,"
                    " status) VALUES (:t, :n, 'Laptop', :u, :s)"
                ),
                {"t": tag, "n": name, "u": clerk.user_id, "s": status},
            )
    dialog, worker = _deactivate_dialog(qtbot, logins, admin, clerk)
    try:
        assert dialog.held.isVisible()
        assert (
            dialog.held.text() == "Still holds: LAP-T-12 Dell Latitude 5440; ask IT to recover it."
        )
        assert dialog.ok_button.isEnabled()
        dialog.accept()
        qtbot.waitUntil(lambda: not dialog.is_busy and not dialog.isVisible(), timeout=WAIT_MS)
        with logins.superuser().connect() as conn:
            active = conn.scalar(
                text("SELECT is_active FROM users WHERE id = :u"), {"u": clerk.user_id}
            )
        assert active is False
    finally:
        worker.shutdown()


def test_nothing_is_said_of_someone_who_holds_nothing(qtbot, logins):
    admin = logins.person("admin", employee=False)
    clerk = logins.person("finance")
    dialog, worker = _deactivate_dialog(qtbot, logins, admin, clerk)
    try:
        assert not dialog.held.isVisible()
        assert dialog.held.text() == ""
    finally:
        worker.shutdown()


@pytest.mark.parametrize(
    ("language", "kept", "said"),
    [
        ("fr", 0, "aux jours travaillés : 0 jour sur 31,"),
        ("fr", 1, "aux jours travaillés : 1 jour sur 31,"),
        ("fr", 2, "aux jours travaillés : 2 jours sur 31,"),
        ("en", 1, "to the days worked: 1 of 31 days,"),
        ("rw", 1, "iminsi yakozwe: umunsi 1 kuri 31,"),
    ],
)
def test_the_days_kept_are_counted_as_each_language_counts(restore_language, language, kept, said):
    """eye34 #8: a termination on the 28th, with the month's pay stopping before it, read
    « 0 jours sur 31 »; French counts 0 and 1 in the singular."""
    import datetime as dt
    from decimal import Decimal

    from dicel_desktop.gui.workflows.payslip_cut_line import (
        payslip_cut_text,
        payslip_overpaid_text,
    )
    from dicel_desktop.services.leaving import CutPayslip, OverpaidPayslip

    translations.install_translators(language)
    month = dt.date(2026, 12, 1), dt.date(2026, 12, 31)
    cut = CutPayslip(*month, kept, 31, Decimal(500000), Decimal(0), "RWF")
    assert said in payslip_cut_text([cut])
    over = payslip_overpaid_text([OverpaidPayslip(*month, 1, Decimal(16129), "RWF")])
    one_day = {"fr": "1 jour après", "en": "1 day after", "rw": "umunsi 1 nyuma"}[language]
    assert one_day in over, over
