"""The last counted sentences that did not agree with their number (plural38), read where
each dialog shows them, in English and French, for 0, 1 and 2 (and half a day where days
can be half):

- the approval refusal's total (DW106): « à 1 jours ouvrés », "1 working days" (DW115,
  a holiday removed, says its total in the same words; it is 2 at least there);
- the several-items line's allowance: "0 of 1 days left" (the noun follows the allowance
  in English);
- none left to request (DW105): "has only 0 days left", « il ne reste que 0 jour »;
- a pay period's payslips (its window's summary and the several-items line): "1
  payslips", « 0 bulletins »;
- the export's progress: "1 rows", « 0 lignes »;
- Move stock's "only … in stock": "There are only 1 in stock", "only 0 in stock".

The refusals come from the database itself (``leave_team``: real leave functions)."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from leave_team import NEXT_YEAR, leave_facts, make_team, several_dialog, week
from logins import open_logins

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.roles import Role
from dicel_desktop.gui import translations
from dicel_desktop.gui.error_sentences import sentence
from dicel_desktop.gui.export_dialog import ExportDialog
from dicel_desktop.gui.records.summary_line import period_summary
from dicel_desktop.gui.workflows.bulk_decision_dialog import BulkDecisionDialog
from dicel_desktop.gui.workflows.move_stock_dialog import MoveStockDialog
from dicel_desktop.services import leave
from dicel_desktop.services.export import ExportFormat
from dicel_desktop.services.inbox import WaitingItem
from dicel_desktop.services.leave import Balance
from dicel_desktop.services.listing import ListQuery
from dicel_desktop.services.payroll import PeriodTotals
from dicel_desktop.services.stock import ItemStock


@pytest.fixture
def team(db_dsn):
    for logins in open_logins(db_dsn):
        yield make_team(logins)


def _refused(call) -> DicelError:
    with pytest.raises(DicelError) as refused:
        call()
    return refused.value


def _decide(person, request) -> None:
    with person.session() as session:
        leave.decide_leave(session, request, True, None)


def _file(person, dates):
    with person.session() as session:
        return leave.request_leave(session, "annual", *dates, "Family visit")


# --------------------------------------------------------------------------- refusals


def test_an_approval_refused_over_the_allowance_counts_its_total_in_words(team, restore_language):
    """DW106 from the database: a total of 1 and of 2 (an allowance lowered to 0 after the
    requests were filed), in the services' English and in the window's two languages."""
    one = _file(team.clerk, week(0, days=1))
    two = _file(team.mate, week(0, days=2))
    team.setting("leave.allowance.annual", "0")  # HR lowered it since
    refusals = [_refused(lambda r=request: _decide(team.boss, r)) for request in (one, two)]
    assert {r.code for r in refusals} == {"leave_approval_over_balance"}
    assert f"in {NEXT_YEAR} to 1 working day, over the allowance of 0 (0 already" in (
        refusals[0].message
    )
    assert "to 2 working days, over the allowance of 0" in refusals[1].message
    english = [sentence(r) for r in refusals]
    assert "to 1 working day, over the allowance of 0 (0 already taken)" in english[0]
    assert "to 2 working days, over the allowance of 0" in english[1]
    translations.install_translators("fr")
    french = [sentence(r) for r in refusals]
    assert f"pris en {NEXT_YEAR} à 1 jour ouvré, au-delà du droit de 0" in french[0], french
    assert f"pris en {NEXT_YEAR} à 2 jours ouvrés, au-delà du droit de 0" in french[1], french


def test_none_left_to_request_is_said_as_none(team, restore_language):
    """DW105 with nothing left: its own sentence, not "only 0 days" / « que 0 jour »; one
    day left still says "only 1 day"."""
    team.setting("leave.allowance.annual", "0")
    none_left = _refused(lambda: _file(team.clerk, week(0, days=3)))
    team.setting("leave.allowance.annual", "1")
    one_left = _refused(lambda: _file(team.clerk, week(0, days=3)))
    assert none_left.code == "leave_over_balance_none_left", none_left.code
    assert one_left.code == "leave_over_balance"
    assert none_left.message.startswith(
        f"This request needs 3 working days, but no day of annual leave is left for "
        f"{NEXT_YEAR} (0 a year: 0 taken, 0 waiting for a decision). Request another type"
    ), none_left.message
    assert "has only 1 day left" in sentence(one_left)
    assert "only 0" not in sentence(none_left)
    translations.install_translators("fr")
    said = sentence(none_left)
    assert f"mais il ne reste plus aucun jour de congé annuel pour {NEXT_YEAR} (0 par an" in said
    assert "que 0" not in said
    assert "il ne reste que 1 jour de congé annuel" in sentence(one_left)


# --------------------------------------------------------------------------- leave line


#: An allowance of 0, 1 and 2 days, nothing taken, a one-day request: left once approved.
ALLOWANCE_LEFT = {
    "en": ["0 of 1 day left for 2027.", "1 of 2 days left for 2027."],
    "fr": ["il restera 0 jour sur 1 pour 2027.", "il restera 1 jour sur 2 pour 2027."],
}
ALLOWANCE_TAKEN = {
    "en": ["; 0 of 0 days taken in 2027.", "; 0 of 1 day taken in 2027.", "; 1 of 2 days taken"],
    "fr": [" ; 0 jour pris sur 0 en 2027.", " ; 0 jour pris sur 1 en", " ; 1 jour pris sur 2 en"],
}


def test_the_several_items_line_counts_an_allowance_of_one_day(qtbot, worker, restore_language):
    approving = several_dialog(qtbot, worker, approve=True)
    rejecting = several_dialog(qtbot, worker, approve=False)
    for language in ("en", "fr"):
        translations.install_translators(language)
        left = [
            approving._leave_fact(
                leave_facts(
                    1, Balance("annual", 2027, Decimal(allowance), 0, 0, Decimal(allowance))
                )
            )
            for allowance in (1, 2)
        ]
        assert all(
            line.endswith(end) for line, end in zip(left, ALLOWANCE_LEFT[language], strict=True)
        ), left
        taken = [
            rejecting._leave_fact(
                leave_facts(1, Balance("annual", 2027, Decimal(allowance), taken, 0, None))
            )
            for allowance, taken in ((0, 0), (1, 0), (2, 1))
        ]
        assert all(
            end in line for line, end in zip(taken, ALLOWANCE_TAKEN[language], strict=True)
        ), taken


# --------------------------------------------------------------------------- payroll


def _totals(employees: int) -> PeriodTotals:
    return PeriodTotals(
        dt.date(2026, 11, 1), dt.date(2026, 11, 30), "pending", employees,
        Decimal(500_000) * employees, Decimal(0), Decimal(0), Decimal(400_000) * employees,
        None, None,
    )  # fmt: skip


PAYSLIPS = {
    "en": ["0 payslips · gross pay 0 RWF", "1 payslip · gross pay 500,000 RWF", "2 payslips ·"],
    "fr": ["0 bulletin · brut 0 RWF", "1 bulletin · brut 500\u202f000 RWF", "2 bulletins ·"],
}
PAYSLIPS_NET = {
    "en": ["0 payslips, ", "1 payslip, ", "2 payslips, "],
    "fr": ["0 bulletin, ", "1 bulletin, ", "2 bulletins, "],
}


def test_a_pay_periods_payslips_agree_with_their_count(qtbot, worker, restore_language):
    """The pay period window's summary line, and the several-items line of a run."""
    item = WaitingItem("payroll", uuid.uuid4(), "November 2026", None, None, None, None, "Eric")
    several = BulkDecisionDialog(worker, [item], approve=True)
    qtbot.addWidget(several)
    for language in ("en", "fr"):
        translations.install_translators(language)
        summaries = [period_summary(_totals(n)) for n in (0, 1, 2)]
        assert all(
            said.startswith(start)
            for said, start in zip(summaries, PAYSLIPS[language], strict=True)
        ), summaries
        lines = [several._payroll_fact(_totals(n), item) for n in (0, 1, 2)]
        assert all(
            said.startswith(start)
            for said, start in zip(lines, PAYSLIPS_NET[language], strict=True)
        ), lines


# --------------------------------------------------------------------------- export, stock


class _NoWorker:
    def call_in_gui(self, fn, *args) -> None:  # pragma: no cover - never started
        raise AssertionError("the test starts no export")


EXPORTING = {
    "en": ["Exporting to rows.csv… 0 rows", "… 1 row", "… 2 rows", "… 1,048,575 rows"],
    "fr": [
        "Exportation vers rows.csv… 0 ligne",
        "… 1 ligne",
        "… 2 lignes",
        "… 1\u202f048\u202f575 lignes",
    ],
}


def test_the_exports_progress_counts_its_rows_as_the_language_does(
    qtbot, tmp_path, restore_language
):
    for language, said in EXPORTING.items():
        translations.install_translators(language)
        dialog = ExportDialog(
            _NoWorker(), ListQuery("security_guards", ("guard_number",)), tmp_path / "rows.csv",
            ExportFormat.CSV,
        )  # fmt: skip
        qtbot.addWidget(dialog)
        shown = []
        for done in (0, 1, 2, 1_048_575):
            dialog._on_run_progressed(done, 2_000_000)
            shown.append(dialog.labelText())
        assert shown[0] == said[0], shown
        assert all(text.endswith(end) for text, end in zip(shown[1:], said[1:], strict=True)), shown


STOCK = {
    "en": [
        ("not possible: none in stock", "There is none in stock."),
        ("not possible: only 1 in stock", "There is only 1 in stock."),
        ("not possible: only 2 in stock", "There are only 2 in stock."),
    ],
    "fr": [
        ("impossible : plus rien en stock", "Il n’y en a plus en stock."),  # noqa: RUF001
        ("impossible : seulement 1 en stock", "Il n’y en a que 1 en stock."),  # noqa: RUF001
        ("impossible : seulement 2 en stock", "Il n’y en a que 2 en stock."),  # noqa: RUF001
    ],
}


def test_issuing_more_than_the_stock_says_none_one_or_more(qtbot, worker, restore_language):
    """Move stock's "After" line and its button's tooltip, issuing one more than there is."""
    for language, said in STOCK.items():
        translations.install_translators(language)
        shown = []
        for stock in (0, 1, 2):
            dialog = MoveStockDialog(worker, uuid.uuid4(), role=Role.INVENTORY)
            qtbot.addWidget(dialog)
            item = ItemStock(uuid.uuid4(), "ITM-1", "Toner", None, stock, 0, None, "active")
            dialog._on_item_read(item)
            dialog.kind.setCurrentIndex(dialog.kind.findData("out"))
            dialog.quantity.setValue(stock + 1)
            shown.append((dialog.after.text(), dialog.move_button.toolTip()))
        assert shown == said, shown
