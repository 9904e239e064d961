"""The step and administration dialogs' own boxes keep what is pasted, however long: a
payment's reference, a movement's reference number and the new user's names, position
and employee number were cut at their column's length without a word (a pasted
132-character reference became 100). Now the text stays whole, the sentence under the
box says how long it is and may be, and the dialog's action sends nothing meanwhile,
putting the focus on the box; shortened, the action works."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from finance_data import account, balance, client, invoice, sql_value
from helpers import WAIT_MS
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from sqlalchemy import text

from dicel_desktop.domain.errors import InvalidInput
from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.admin.new_user_dialog import NewUserDialog
from dicel_desktop.gui.editors.common import LengthLimit
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.invoice_payment_dialog import InvoicePaymentDialog
from dicel_desktop.gui.workflows.move_stock_dialog import MoveStockDialog
from dicel_desktop.services import invoicing

pytestmark = pytest.mark.usefixtures("rwanda")

#: A pasted reference, longer than the 100 characters its column keeps.
LONG = "MTN-MoMo-" + "0123456789" * 12 + "END"
assert len(LONG) == 132


def _sentence(length: int, most: int) -> str:
    return f"This text is {length} characters long: it may hold at most {most}. Shorten it to save."


def _paste(line, words: str) -> None:
    """``words`` pasted into ``line`` as a person does (Ctrl+V's slot)."""
    QApplication.clipboard().setText(words)
    line.setFocus()
    line.selectAll()
    line.paste()


def _shorten(qtbot, line, by: int) -> None:
    """Backspace ``by`` characters at the end of ``line``."""
    line.end(False)
    for _ in range(by):
        qtbot.keyClick(line, "\b")


@pytest.fixture
def worker_of(qapp):
    made: list[DbWorker] = []

    def make(person) -> DbWorker:
        worker = DbWorker(person.session_factory)
        made.append(worker)
        return worker

    yield make
    for worker in made:
        worker.shutdown()


def test_a_long_payment_reference_stays_whole_and_is_shortened_before_recording(
    qtbot, logins, desk
):
    finance = logins.person("finance", first_name="Eric")
    bank = account(finance, opening=Decimal("100"))
    bill = invoice(
        finance, client(logins.person("client")), ("Guarding", Decimal("1"), Decimal("118000"))
    )
    with finance.session() as session:
        invoicing.issue_invoice(session, bill)
    window = desk(finance).open("invoices", bill)
    qtbot.waitUntil(lambda: window.record is not None and not window.is_busy, timeout=WAIT_MS)
    dialog = InvoicePaymentDialog.open_for(window)
    qtbot.waitUntil(dialog.record_button.isEnabled, timeout=WAIT_MS)

    _paste(dialog.reference, LONG)
    assert dialog.reference.text() == LONG  # whole: not cut at 100
    sentence = dialog.reference_limit.sentence
    assert sentence.isVisible() and sentence.text() == _sentence(132, 100)
    assert dialog.reference.accessibleDescription() == _sentence(132, 100)

    dialog.amount.setFocus()
    dialog.record_button.click()
    assert dialog.isVisible() and not dialog.is_busy
    assert dialog.focusWidget() is dialog.reference
    assert dialog.reference.text() == LONG and sentence.isVisible()
    assert balance(finance, bank) == Decimal("100.00")  # nothing recorded

    _shorten(qtbot, dialog.reference, 32)
    assert not sentence.isVisible() and dialog.reference.accessibleDescription() == ""
    owed = dialog.amount.value()  # all of it, with its tax
    with qtbot.waitSignal(dialog.step_taken, timeout=WAIT_MS):  # then it closes
        dialog.record_button.click()
    assert balance(finance, bank) == Decimal("100.00") + owed
    said = sql_value(
        finance,
        "SELECT description FROM transactions WHERE account_id = :a AND reference_number"
        " IS NOT NULL",
        a=bank,
    )
    assert said.endswith(f"({LONG[:100]})")


def test_a_long_reference_number_stays_whole_and_is_shortened_before_moving_stock(
    qtbot, shop, worker_of
):
    dialog = MoveStockDialog(worker_of(shop.clerk), shop.torch, role=Role.INVENTORY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.item is not None and not dialog.is_busy, timeout=WAIT_MS)
    dialog.quantity.setValue(3)

    _paste(dialog.reference_number, LONG)
    assert dialog.reference_number.text() == LONG
    sentence = dialog.reference_limit.sentence
    assert sentence.isVisible() and sentence.text() == _sentence(132, 100)
    assert dialog.reference_number.accessibleDescription() == _sentence(132, 100)

    dialog.notes.setFocus()
    dialog.move_button.click()
    assert dialog.isVisible() and not dialog.is_busy
    assert dialog.focusWidget() is dialog.reference_number
    assert dialog.reference_number.text() == LONG and dialog.quantity.value() == 3
    assert shop.stock(shop.torch) == 0  # nothing moved

    _shorten(qtbot, dialog.reference_number, 32)
    assert not sentence.isVisible()
    dialog.move_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert shop.stock(shop.torch) == 3
    with shop.su.connect() as conn:
        kept = conn.scalar(
            text("SELECT reference_number FROM inventory_transactions WHERE item_id = :i"),
            {"i": shop.torch},
        )
    assert kept == LONG[:100]


def test_long_notes_of_a_movement_stay_whole_and_are_shortened_before_moving_stock(
    qtbot, shop, worker_of
):
    """A movement's notes are measured as a reason (2,000 characters, DW020): the box
    kept QLineEdit's default 32,767 and sent a longer text for the database to refuse."""
    dialog = MoveStockDialog(worker_of(shop.clerk), shop.torch, role=Role.INVENTORY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.item is not None and not dialog.is_busy, timeout=WAIT_MS)
    dialog.quantity.setValue(2)
    notes = "Issued to the night shift at the main gate. " * 50  # 2,200 characters
    _paste(dialog.notes, notes)
    assert dialog.notes.text() == notes
    sentence = dialog.notes_limit.sentence
    assert sentence.isVisible()
    assert sentence.text() == (
        "This text is 2,199 characters long: it may hold at most 2,000. Shorten it to save."
    )

    dialog.reference_number.setFocus()
    dialog.move_button.click()
    assert dialog.isVisible() and not dialog.is_busy
    assert dialog.focusWidget() is dialog.notes and dialog.notes.text() == notes
    assert shop.stock(shop.torch) == 0  # nothing moved

    dialog.notes.setText(notes[:1000])
    assert not sentence.isVisible()
    dialog.move_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert shop.stock(shop.torch) == 2


def test_long_names_stay_whole_in_new_user_and_are_shortened_before_creating(
    qtbot, logins, worker_of
):
    admin = logins.person("admin", employee=False)
    dialog = NewUserDialog(worker_of(admin))
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    email = f"long-{uuid.uuid4().hex[:8]}@test.dicel.rw"
    logins._emails.append(email)  # dropped when the test ends
    ui.emailEdit.setText(email)
    ui.firstNameEdit.setText("Aline")
    _paste(ui.lastNameEdit, LONG)
    _paste(ui.employeeNumberEdit, LONG[:60])
    ui.passwordEdit.setText("Murakoze-2026")
    ui.passwordAgainEdit.setText("Murakoze-2026")
    assert ui.lastNameEdit.text() == LONG and ui.employeeNumberEdit.text() == LONG[:60]
    last, number = dialog.limits["last_name"].sentence, dialog.limits["employee_number"].sentence
    assert last.isVisible() and last.text() == _sentence(132, 100)
    assert number.isVisible() and number.text() == _sentence(60, 50)
    assert ui.employeeNumberEdit.accessibleDescription() == _sentence(60, 50)

    def users_named() -> int:
        with admin.engine.connect() as conn:
            return conn.scalar(text("SELECT count(*) FROM users WHERE email = :e"), {"e": email})

    # Create user: nothing sent, the focus on the first box too long, all kept.
    ui.passwordAgainEdit.setFocus()
    dialog.ok_button.click()
    assert dialog.isVisible() and not dialog.is_busy
    assert dialog.focusWidget() is ui.lastNameEdit
    assert ui.lastNameEdit.text() == LONG and ui.employeeNumberEdit.text() == LONG[:60]
    assert ui.passwordEdit.text() == "Murakoze-2026"
    _shorten(qtbot, ui.lastNameEdit, 32)
    assert not last.isVisible()
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.focusWidget() is ui.employeeNumberEdit
    assert users_named() == 0

    _shorten(qtbot, ui.employeeNumberEdit, 10)
    assert not number.isVisible() and ui.employeeNumberEdit.accessibleDescription() == ""
    # Since migration 0128 a login takes only an employee's number (DU019): the number
    # shortened to fit names nobody, so the clerk clears it and creates the login.
    ui.employeeNumberEdit.clear()
    with qtbot.waitSignal(dialog.succeeded, timeout=WAIT_MS):
        dialog.ok_button.click()
    assert users_named() == 1
    with admin.engine.connect() as conn:
        row = conn.execute(
            text("SELECT last_name, employee_id FROM users WHERE email = :e"), {"e": email}
        ).one()
    assert tuple(row) == (LONG[:100], None)


def test_a_paste_past_a_line_edits_own_default_limit_is_kept_whole(qtbot):
    """QLineEdit cuts at 32,767 characters unless told otherwise: a box with a limit
    keeps a longer paste too, and says its whole length."""
    line = QLineEdit()
    qtbot.addWidget(line)
    limit = LengthLimit(line, 100)
    _paste(line, "x" * 40_000)
    assert len(line.text()) == 40_000
    assert limit.sentence.text() == _sentence(40_000, 100).replace("40000", "40,000")


def test_the_services_refusal_of_a_long_text_is_shown_under_its_field(qtbot, worker):
    """What create_user refuses (for a caller that did not hold back) is said under the
    field it names, not above the buttons."""
    dialog = NewUserDialog(worker)
    qtbot.addWidget(dialog)
    dialog.show()
    refused = InvalidInput(
        "field_too_long", label="Position", limit=100, length=132, field="position"
    )
    dialog.show_refusal(refused)
    assert dialog.error_text("position") == (
        "Position can be at most 100 characters long; it is 132."
    )
    assert not dialog.message.isVisible()


def test_each_sentence_shows_whole_and_close_under_its_box(qtbot, logins):
    """Three boxes too long in New user: each sentence showed a line and a half (the
    dialog did not grow); in Move stock a sentence of two lines had three lines' gap
    under it (the form sized it for another width)."""
    admin = logins.person("admin")
    worker = DbWorker(admin.session_factory)
    try:
        dialog = NewUserDialog(worker)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        ui = dialog.ui
        for line in (ui.lastNameEdit, ui.positionEdit, ui.employeeNumberEdit):
            _paste(line, LONG)
        dialog.layout().activate()
        for key in ("last_name", "position", "employee_number"):
            limit = dialog.limits[key]
            sentence, box = limit.sentence, limit.line
            lines = sentence.heightForWidth(sentence.width())
            assert sentence.isVisible() and sentence.height() >= lines, key  # whole
            assert sentence.height() <= lines + 2, key  # no gap under it
            assert sentence.y() >= box.geometry().bottom(), key  # under its box
            assert sentence.geometry().bottom() <= dialog.height(), key  # inside
    finally:
        worker.shutdown()


def test_a_refusal_under_a_field_leaves_no_gap_under_it(qtbot, logins, restore_language):
    """Eye35b #8: « Le matricule EMP-000001 a déjà un compte : … » under the number had
    some two lines of blank space under it, before « Mot de passe » (the form sized the
    wrapped sentence for another width). The next row follows it."""
    from dicel_desktop.gui import translations

    translations.install_translators("fr")
    admin = logins.person("admin")
    worker = DbWorker(admin.session_factory)
    try:
        dialog = NewUserDialog(worker)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        ui = dialog.ui
        ui.emailEdit.setText("nadine.test@dicel.rw")
        ui.firstNameEdit.setText("Nadine")
        ui.lastNameEdit.setText("Test")
        with admin.session() as session:
            number = session.scalar(
                text("SELECT employee_number FROM employees WHERE id = :id"),
                {"id": admin.employee_id},
            )
        ui.employeeNumberEdit.setText(number)
        ui.passwordEdit.setText("dicel-demo-123")
        ui.passwordAgainEdit.setText("dicel-demo-123")
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: dialog.error_text("employee_number") != "", timeout=30_000)
        QApplication.processEvents()
        sentence = dialog.findChild(QLabel, "employee_numberError")
        assert "a déjà un compte" in sentence.text()
        lines = sentence.heightForWidth(sentence.width())
        assert sentence.isVisible() and sentence.height() >= lines  # whole
        assert sentence.height() <= lines + 2  # no gap under it
        assert ui.passwordEdit.geometry().top() - sentence.geometry().bottom() <= (
            ui.formLayout.verticalSpacing() + 2
        )
        # Wider, the sentence takes fewer lines, and still no gap.
        dialog.resize(dialog.width() + 200, dialog.height())
        dialog.layout().activate()
        assert sentence.height() <= sentence.heightForWidth(sentence.width()) + 2
    finally:
        worker.shutdown()
