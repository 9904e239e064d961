"""What a person typed is thrown away only when they say so, from the keyboard (keys38,
findings 3 and 5): Esc in "Request leave" closed it and lost the type, the dates and the
reason; the record window's "Save the changes…?" asks, but its Discard had no Alt letter.
Every button of the question has a letter of its own, in English, French and
Kinyarwanda."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

import pytest
from helpers import WAIT_MS
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPlainTextEdit,
)
from shop import Shop, open_shop

from dicel_desktop.gui import translations
from dicel_desktop.gui.questions import DiscardGuard
from dicel_desktop.gui.workflows.leave_request_dialog import LeaveRequestDialog

pytestmark = pytest.mark.usefixtures("rwanda")


def _letter(text: str) -> str | None:
    found = re.search(r"&(.)", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _letters_of(box: QMessageBox) -> dict[str, str]:
    """Each button's text by its Alt letter; every button has one, none shared."""
    letters = {}
    for button in box.buttons():
        letter = _letter(button.text())
        assert letter is not None, f"{button.text()!r} has no Alt letter"
        assert letter not in letters, (button.text(), letters)
        letters[letter] = button.text()
    return letters


def _press_letter(qtbot, box: QMessageBox, role: QMessageBox.StandardButton) -> None:
    # The offscreen platform activates no window of its own (a window manager would).
    qtbot.waitExposed(box)
    box.activateWindow()
    if QApplication.activeWindow() is not box:
        QApplication.setActiveWindow(box)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box, timeout=WAIT_MS)
    letter = _letter(box.button(role).text())
    key = getattr(Qt.Key, f"Key_{letter.upper()}", None)
    assert key is not None, letter  # a letter a keyboard has as a key of its own
    qtbot.keyClick(box, key, Qt.KeyboardModifier.AltModifier)


def _request_leave(qtbot, host, worker) -> LeaveRequestDialog:
    under = host().window()
    dialog = LeaveRequestDialog.open_for(under, worker)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.leave_type, timeout=WAIT_MS)
    return dialog


@pytest.mark.parametrize("language", ["en", "fr", "rw"])
def test_esc_in_request_leave_asks_before_the_typing_goes(
    qtbot, host, worker, restore_language, language
):
    translations.install_translators(language)
    dialog = _request_leave(qtbot, host, worker)
    qtbot.keyClick(dialog.leave_type, Qt.Key.Key_Down)  # Sick leave
    for _ in range(3):  # the two days, then the reason
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.reason
    qtbot.keyClicks(dialog.reason, "Family visit")

    qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.discard_guard.question is not None, timeout=WAIT_MS)
    box = dialog.discard_guard.question
    assert dialog.isVisible()
    assert set(_letters_of(box).values()) == {
        box.button(QMessageBox.StandardButton.Discard).text(),
        box.button(QMessageBox.StandardButton.Cancel).text(),
    }
    # Esc on the question keeps the typing: Cancel is its default and its Esc.
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.discard_guard.question is None, timeout=WAIT_MS)
    assert dialog.isVisible()
    assert dialog.reason.toPlainText() == "Family visit"
    assert dialog.leave_type.currentIndex() == 1

    # Cancel asks too; the Discard letter throws it away.
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: dialog.discard_guard.question is not None, timeout=WAIT_MS)
    box = dialog.discard_guard.question
    with qtbot.waitSignal(dialog.rejected, timeout=WAIT_MS):
        _press_letter(qtbot, box, QMessageBox.StandardButton.Discard)


@pytest.mark.parametrize(
    ("language", "keep", "leave", "back"),
    [
        ("en", "&Keep typing", "Cancel", "Back"),
        ("fr", "&Continuer la saisie", "Annuler", "Retour"),
        ("rw", "&Komeza kwandika", "Reka", "Subira inyuma"),
    ],
)
def test_the_answer_that_keeps_the_typing_is_not_the_word_that_left(
    qtbot, restore_language, language, keep, leave, back
):
    """eye39 #2: in Kinyarwanda "Ureka ibyo wanditse?" offered [Ntubike] [Reka]: "Reka",
    the dialog's own Cancel the person pressed to leave, was the answer that KEPT the
    typing, and read as "yes, leave it": pressed, the person was back in the dialog. The
    keeping answer says so, in no word of the buttons that leave (Cancel, a step's Back)."""
    translations.install_translators(language)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, dialog)
    left = {
        buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", ""),
        QCoreApplication.translate("CaseStepDialog", "&Back").replace("&", ""),
    }
    assert left == {leave, back}
    guard = DiscardGuard(dialog, lambda: True)
    dialog.show()
    assert not guard.may_close()
    box = guard.question
    kept = box.button(QMessageBox.StandardButton.Cancel)
    assert kept.text() == keep
    assert box.defaultButton() is kept  # Enter and Esc still keep the typing
    assert len(_letters_of(box)) == 2
    box.reject()


def test_nothing_typed_esc_closes_request_leave_at_once(qtbot, host, worker):
    dialog = _request_leave(qtbot, host, worker)
    with qtbot.waitSignal(dialog.rejected, timeout=WAIT_MS):
        qtbot.keyClick(dialog.leave_type, Qt.Key.Key_Escape)
    assert dialog.discard_guard.question is None


@pytest.fixture
def shop(db_dsn) -> Iterator[Shop]:
    yield from open_shop(db_dsn)


@pytest.mark.parametrize("language", ["en", "fr", "rw"])
def test_the_record_windows_question_has_a_letter_for_each_answer(
    qtbot, shop, desk, restore_language, language
):
    translations.install_translators(language)
    order = shop.draft()
    window = desk(shop.clerk).open("purchase_orders", order)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    notes = window.form.editors["notes"].findChild(QPlainTextEdit)
    notes.setFocus()
    qtbot.keyClicks(notes, " keyboard")
    qtbot.keyClick(notes, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.question is not None, timeout=WAIT_MS)
    box = window.question
    assert len(_letters_of(box)) == 3  # Save, Discard, Cancel: a letter each
    with qtbot.waitSignal(window.finished, timeout=WAIT_MS):
        _press_letter(qtbot, box, QMessageBox.StandardButton.Discard)
    with shop.su.connect() as conn:
        from sqlalchemy import text

        saved = conn.scalar(text("SELECT notes FROM purchase_orders WHERE id = :o"), {"o": order})
    assert "keyboard" not in (saved or "")


# ------------------------------------------------------------------ decision dialogs


def _expense_decision(qtbot, logins, desk):
    """The finance manager's "Approve…" dialog of a clerk's expense, its facts read."""
    from finance_data import budget
    from logins import new_expense

    from dicel_desktop.gui.workflows.expense_decision_dialog import ExpenseDecisionDialog

    clerk = logins.person("finance", first_name="Aline", department="FIN")
    manager = logins.person("finance", first_name="Jean", department="FIN")
    fin = logins.department("FIN")
    budget(manager, fin, "Fuel", allocated=Decimal("90000"))
    expense = new_expense(clerk, department_id=fin, amount=Decimal("5000.00")).id
    window = desk(manager).open("expenses", expense)
    qtbot.waitUntil(
        lambda: (
            window.record is not None
            and not window.is_busy
            and window.panels_ready
            and not window.steps.asking
            and all(b.isVisible() for b in window.step_buttons)
        ),
        timeout=WAIT_MS,
    )
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)

    def shown():
        return [d for d in window.findChildren(ExpenseDecisionDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1, timeout=WAIT_MS)
    dialog = shown()[0]
    qtbot.waitUntil(lambda: not dialog.is_busy and dialog.note.hasFocus(), timeout=WAIT_MS)
    return dialog


def test_esc_in_a_decision_dialog_asks_before_the_note_goes(qtbot, logins, desk):
    """discard38: the expense decision (a FormStepDialog, as the pay period's and the
    payments') keeps a typed note on Esc until the person says Discard."""
    dialog = _expense_decision(qtbot, logins, desk)
    qtbot.keyClicks(dialog.note, "Fuel for the Huye trip")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.discard_guard.question is not None, timeout=WAIT_MS)
    box = dialog.discard_guard.question
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Cancel: the note stays
    qtbot.waitUntil(lambda: dialog.discard_guard.question is None, timeout=WAIT_MS)
    assert dialog.isVisible()
    assert dialog.note.toPlainText() == "Fuel for the Huye trip"

    # The Cancel button asks too; Discard closes.
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: dialog.discard_guard.question is not None, timeout=WAIT_MS)
    with qtbot.waitSignal(dialog.rejected, timeout=WAIT_MS):
        dialog.discard_guard.question.button(QMessageBox.StandardButton.Discard).click()


def test_esc_with_nothing_typed_closes_a_decision_dialog(qtbot, logins, desk):
    dialog = _expense_decision(qtbot, logins, desk)
    with qtbot.waitSignal(dialog.rejected, timeout=WAIT_MS):
        qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)
    assert dialog.discard_guard.question is None


def test_the_dialogs_own_closing_never_asks(qtbot, logins, desk):
    """The dialog closes itself (someone else decided, a refusal ended it): its own
    reject() closes at once, note or not; only the person's Esc and Cancel ask."""
    dialog = _expense_decision(qtbot, logins, desk)
    qtbot.keyClicks(dialog.note, "typed")
    with qtbot.waitSignal(dialog.rejected, timeout=WAIT_MS):
        dialog.reject()
    assert dialog.discard_guard.question is None


# ------------------------------------------------------------------ the last dialogs (discard39)


def _ask_and_keep(qtbot, dialog, box_text) -> None:
    """Esc asks; the question's Cancel (its Esc) keeps the dialog and what was typed."""
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.discard_guard.question is not None, timeout=WAIT_MS)
    box = dialog.discard_guard.question
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.discard_guard.question is None, timeout=WAIT_MS)
    assert dialog.isVisible()
    assert box_text() != ""


def _discard_by_button(qtbot, dialog, button) -> None:
    """The dialog's own Cancel (Back) asks too; Discard closes it."""
    button.click()
    qtbot.waitUntil(lambda: dialog.discard_guard.question is not None, timeout=WAIT_MS)
    with qtbot.waitSignal(dialog.rejected, timeout=WAIT_MS):
        dialog.discard_guard.question.button(QMessageBox.StandardButton.Discard).click()


def _order_decision(qtbot, shop, desk, *, finance: bool = False):
    """The manager's "Approve…" dialog of a submitted order, its facts read; ``finance``:
    the finance officer's of one above the limit, which the manager approved."""
    from dicel_desktop.gui.workflows.decide_purchase_order_dialog import (
        DecidePurchaseOrderDialog,
    )
    from dicel_desktop.services import purchasing

    order = shop.draft(lines=[(shop.torch, 100, "12000")] if finance else None)
    with shop.clerk.session() as session:
        purchasing.submit_purchase_order(session, order)
    if finance:
        with shop.manager.session() as session:
            purchasing.decide_purchase_order(session, order, True)
    window = desk(shop.finance if finance else shop.manager).open("purchase_orders", order)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    dialog = DecidePurchaseOrderDialog.open_for(window, window.worker, order, approve=True)
    qtbot.waitUntil(
        lambda: not dialog.is_busy and dialog.approve_button.isEnabled(), timeout=WAIT_MS
    )
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT_MS)
    qtbot.waitUntil(dialog.note.hasFocus, timeout=WAIT_MS)
    return dialog, order


def test_esc_in_the_purchase_order_decision_asks_before_the_note_goes(qtbot, shop, desk):
    """Esc closed the order's decision dialog and lost the note typed (a StepDialog had
    no question); the question's Cancel keeps it, Cancel of the dialog asks too."""
    dialog, order = _order_decision(qtbot, shop, desk)
    qtbot.keyClicks(dialog.note, "Stock is low")
    _ask_and_keep(qtbot, dialog, dialog.note.toPlainText)
    assert dialog.note.toPlainText() == "Stock is low"
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    _discard_by_button(qtbot, dialog, cancel)
    assert shop.status(order) == "pending"


def test_esc_with_no_note_closes_the_purchase_order_decision(qtbot, shop, desk):
    dialog, _order = _order_decision(qtbot, shop, desk)
    with qtbot.waitSignal(dialog.rejected, timeout=WAIT_MS):
        qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)
    assert dialog.discard_guard.question is None


def test_a_refused_decision_is_moved_on_before_the_order_is_read_again(qtbot, shop, desk):
    """After "Already approved by …" the order is read again; the dialog is moved on from
    the refusal, not from that read's end: an Esc during the read closes, unasked."""
    from dicel_desktop.services import purchasing

    dialog, order = _order_decision(qtbot, shop, desk, finance=True)
    qtbot.keyClicks(dialog.note, "Looks fine")
    with shop.finance2.session() as session:
        purchasing.decide_purchase_order(session, order, True)
    read_again: list[bool] = []
    real_read = dialog.read

    def read(*args, **kwargs):
        # The dialog as the refusal leaves it, the moment its read starts.
        read_again.append(dialog.typed_by_person())
        real_read(*args, **kwargs)

    dialog.read = read
    dialog.approve_button.click()
    qtbot.waitUntil(lambda: bool(read_again), timeout=WAIT_MS)
    assert read_again == [False]  # nothing asked for the note of a step that cannot be
    assert dialog.moved_on.startswith("Already approved by ")
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=WAIT_MS)
    assert not dialog.approve_button.isEnabled()
    assert dialog.note.toPlainText() == "Looks fine"  # there to copy
    with qtbot.waitSignal(dialog.rejected, timeout=WAIT_MS):
        qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)
    assert dialog.discard_guard.question is None


def _move_stock(qtbot, shop, desk):
    from dicel_desktop.domain.roles import Role
    from dicel_desktop.gui.workflows.move_stock_dialog import MoveStockDialog

    window = desk(shop.clerk).open("inventory_items", shop.torch)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    dialog = MoveStockDialog.open_for(window, window.worker, shop.torch, Role.INVENTORY)
    qtbot.waitUntil(lambda: dialog.item is not None and not dialog.is_busy, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT_MS)
    return dialog


@pytest.mark.parametrize("box", ["reference_number", "notes"])
def test_esc_in_move_stock_asks_before_a_reference_or_notes_go(qtbot, shop, desk, box):
    """Esc in Move stock closed it, the delivery note's number or the notes typed lost."""
    dialog = _move_stock(qtbot, shop, desk)
    line = getattr(dialog, box)
    line.setFocus()
    qtbot.keyClicks(line, "DN-2291")
    _ask_and_keep(qtbot, dialog, line.text)
    assert line.text() == "DN-2291"
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    _discard_by_button(qtbot, dialog, cancel)
    assert shop.stock(shop.torch) == 0


def test_esc_in_move_stock_asks_for_a_quantity_and_not_for_nothing(qtbot, shop, desk):
    dialog = _move_stock(qtbot, shop, desk)
    with qtbot.waitSignal(dialog.rejected, timeout=WAIT_MS):
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Escape)
    assert dialog.discard_guard.question is None
    dialog = _move_stock(qtbot, shop, desk)
    dialog.quantity.setFocus()
    dialog.quantity.selectAll()
    qtbot.keyClicks(dialog.quantity, "12")
    _ask_and_keep(qtbot, dialog, dialog.quantity.text)
    assert dialog.quantity.value() == 12


def test_esc_in_receive_asks_before_the_numbers_typed_go(qtbot, shop, desk):
    """Receive… lost the numbers that arrived on Esc; untouched, it closes at once."""
    from dicel_desktop.gui.workflows.receive_purchase_order_dialog import (
        ReceivePurchaseOrderDialog,
    )
    from dicel_desktop.services import purchasing

    order = shop.draft()
    with shop.clerk.session() as session:
        purchasing.submit_purchase_order(session, order)
    with shop.manager.session() as session:
        purchasing.decide_purchase_order(session, order, True)
    window = desk(shop.clerk).open("purchase_orders", order)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)

    def receiving() -> ReceivePurchaseOrderDialog:
        dialog = ReceivePurchaseOrderDialog.open_for(window, window.worker, order)
        qtbot.waitUntil(lambda: not dialog.is_busy and bool(dialog.quantities), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT_MS)
        (box,) = dialog.quantities.values()
        qtbot.waitUntil(box.hasFocus, timeout=WAIT_MS)
        return dialog

    dialog = receiving()
    with qtbot.waitSignal(dialog.rejected, timeout=WAIT_MS):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert dialog.discard_guard.question is None
    dialog = receiving()
    (box,) = dialog.quantities.values()
    qtbot.keyClicks(box, "4")
    _ask_and_keep(qtbot, dialog, box.text)
    assert box.value() == 4
    _discard_by_button(qtbot, dialog, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    assert shop.stock(shop.torch) == 0


def test_a_receipt_someone_else_took_first_closes_unasked_and_is_not_offered(qtbot, shop, desk):
    """review39 #3: refused because another desktop received the whole order meanwhile,
    Receive stayed on to be refused again, and Esc asked about the number typed."""
    from dicel_desktop.gui.workflows.receive_purchase_order_dialog import (
        ReceivePurchaseOrderDialog,
    )
    from dicel_desktop.services import purchasing

    order = shop.draft()
    with shop.clerk.session() as session:
        purchasing.submit_purchase_order(session, order)
    with shop.manager.session() as session:
        purchasing.decide_purchase_order(session, order, True)
    window = desk(shop.clerk).open("purchase_orders", order)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    dialog = ReceivePurchaseOrderDialog.open_for(window, window.worker, order)
    qtbot.waitUntil(lambda: not dialog.is_busy and bool(dialog.quantities), timeout=WAIT_MS)
    (box,) = dialog.quantities.values()
    (line,) = dialog.facts.lines
    qtbot.waitUntil(box.hasFocus, timeout=WAIT_MS)
    qtbot.keyClicks(box, "1")
    with shop.clerk.session() as session:  # another desktop receives it all
        assert purchasing.receive_purchase_order(session, order, {line.id: line.awaited}) == (
            "received"
        )
    dialog.receive_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy and dialog.message.isVisible(), timeout=WAIT_MS)
    assert dialog.moved_on == dialog.message.text()
    assert not dialog.receive_button.isEnabled()
    assert dialog.receive_button.toolTip() == dialog.moved_on
    with qtbot.waitSignal(dialog.rejected, timeout=WAIT_MS):
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
    assert dialog.discard_guard.question is None


def _ticket_step(qtbot, logins, desk, action: str):
    """An IT technician's dialog of ``action`` on a ticket an employee filed."""
    from sqlalchemy import text

    from dicel_desktop.gui.workflows.case_step_dialog import CaseStepDialog
    from dicel_desktop.gui.workflows.cases import step_label

    requester = logins.person("employee")
    tech = logins.person("it")
    with requester.engine.begin() as conn:
        ticket = conn.scalar(
            text(
                "INSERT INTO it_support_tickets (category, subject, description)"
                " VALUES ('Hardware', 'Screen flickers', 'Since Monday.') RETURNING id"
            )
        )
    window = desk(tech).open("it_support_tickets", ticket)
    label = step_label(action, "it_support_tickets")
    qtbot.waitUntil(
        lambda: (
            window.record is not None
            and not window.is_busy
            and any(b.text() == label and b.isEnabled() for b in window.step_buttons)
        ),
        timeout=WAIT_MS,
    )
    (button,) = [b for b in window.step_buttons if b.text() == label]
    button.click()
    qtbot.waitUntil(lambda: window.findChild(CaseStepDialog) is not None, timeout=WAIT_MS)
    dialog = window.findChild(CaseStepDialog)
    qtbot.waitUntil(lambda: not dialog.is_busy and dialog.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT_MS)
    return dialog, ticket


def test_esc_in_a_case_step_asks_before_the_resolution_goes(qtbot, logins, desk):
    """Esc in Resolve… closed it, the resolution typed lost; Back asks too."""
    dialog, _ticket = _ticket_step(qtbot, logins, desk, "resolve")
    qtbot.waitUntil(dialog.resolution.hasFocus, timeout=WAIT_MS)
    qtbot.keyClicks(dialog.resolution, "Reseated the cable.")
    _ask_and_keep(qtbot, dialog, dialog.resolution.toPlainText)
    assert dialog.resolution.toPlainText() == "Reseated the cable."
    _discard_by_button(qtbot, dialog, dialog.back_button)


def test_esc_with_nothing_typed_closes_a_case_step(qtbot, logins, desk):
    dialog, _ticket = _ticket_step(qtbot, logins, desk, "resolve")
    with qtbot.waitSignal(dialog.rejected, timeout=WAIT_MS):
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
    assert dialog.discard_guard.question is None


def test_a_case_step_someone_took_first_closes_unasked_and_is_not_offered(qtbot, logins, desk):
    """Once "Already resolved by …" is said, the step cannot be taken (its button off,
    saying why) and Esc closes, the resolution typed left unasked: it was there to copy."""
    from dicel_desktop.services import cases

    dialog, ticket = _ticket_step(qtbot, logins, desk, "resolve")
    qtbot.keyClicks(dialog.resolution, "Same fix.")
    first = logins.person("it", first_name="Jean", last_name="Mugabo")
    with first.session() as session:
        cases.resolve(session, "it_support_tickets", ticket, "Reset the driver.")
    dialog.take_button.click()
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Already"), timeout=WAIT_MS)
    assert not dialog.take_button.isEnabled()
    assert dialog.take_button.toolTip().startswith("Already resolved by Jean Mugabo at ")
    assert dialog.back_button.isDefault()
    with qtbot.waitSignal(dialog.rejected, timeout=WAIT_MS):
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
    assert dialog.discard_guard.question is None
