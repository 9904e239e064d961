"""What paying money out shares (salaries, an expense): the account it leaves, each with
what it holds and the usual one chosen; a warning as soon as the chosen one holds less
than the payment needs (the database refuses it then), with Mark paid off while it does
(one sentence for one problem, not the warning, the refusal and "Nothing was done";
eye30s #9); the day; and Mark paid."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QPushButton, QWidget

from dicel_desktop.domain.errors import DicelError, InvalidInput
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.editors.dates import TODAY
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.form_step_dialog import (
    WARNING_COLOUR,
    FormStepDialog,
    coloured,
    fact_label,
    money_text,
)
from dicel_desktop.gui.workflows.money_fields import (
    AccountCombo,
    MethodFollowsAccount,
    date_editor,
)
from dicel_desktop.services import invoicing
from dicel_desktop.services.invoicing import Account
from dicel_desktop.services.record_facts import company_day_source


class PaymentOutDialog(FormStepDialog):
    """A subclass adds its facts, then calls :meth:`add_payment_fields` (and any field
    of its own) and :meth:`add_pay_button` with what pays. It keeps :attr:`needed` (what
    the payment takes; None until known) and :attr:`shortfall_sentence` (its own words,
    ``%1`` the amount missing) current, and calls :meth:`refresh` when they change."""

    def __init__(self, worker: DbWorker, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.currency = currency
        self.accounts_read = False
        #: The day the payment was approved (``paid_from``): none is paid before it.
        self.approved_on: dt.date | None = None
        self.needed: Decimal | None = None
        self.shortfall_sentence = self.tr("This account holds %1 less than the payment.")
        #: How it was paid, when the payment says (salaries): it follows the account.
        self.method: QComboBox | None = None
        self.method_follower: MethodFollowsAccount | None = None
        #: Words of the name of the account this payment usually leaves (salaries: the
        #: payroll account), preferred among those that hold it.
        self.usual_names: tuple[str, ...] = ()

    def add_payment_fields(self) -> None:
        self.account = AccountCombo(self.tr("Paid from account"))
        self.add_field("account_id", self.tr("Paid from &account"), self.account, required=True)
        self.shortfall = coloured(fact_label(), WARNING_COLOUR)
        self.shortfall.hide()
        self.form.addRow(self.shortfall)
        self.paid_on = date_editor("paid_on", self.tr("Paid on"))
        self.paid_on.set_value("today")  # this desktop's, until the company's is read
        self.add_field("paid_on", self.tr("Paid &on"), self.paid_on, required=True)
        self.account.currentIndexChanged.connect(self._on_account_current_index_changed)

    def add_pay_button(self, pay: Callable[[], None]) -> QPushButton:
        self.pay_button = self.add_button(
            self.tr("Mark &paid"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.pay_button.setDefault(True)
        self.pay_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.pay_button.clicked.connect(pay)
        self.account.setFocus()
        self.load(invoicing.active_accounts, self.currency, then=self.show_accounts)
        return self.pay_button

    def choose_usual_account(self) -> None:
        """The account this payment usually leaves, knowing what it needs (if known)."""
        self.account.choose_usual(self.needed, self.usual_names)

    def ready(self) -> bool:
        """Whether everything the payment needs has been read."""
        return self.accounts_read and bool(self.account.accounts) and self.needed is not None

    def short(self) -> bool:
        """Whether the chosen account holds less than the payment needs (refused)."""
        account = self.account.current_account()
        return account is not None and self.needed is not None and account.balance < self.needed

    # ----------------------------------------------------------------- shared

    def show_accounts(self, accounts: list[Account]) -> None:
        self.account.set_accounts(accounts)
        self.accounts_read = True
        self.choose_usual_account()
        if not accounts:
            self.say(
                self.tr("No active account holds %1: open one in Finance first.").replace(
                    "%1", self.currency
                )
            )
        self.refresh()

    def refresh(self) -> None:
        """The button and the warning, after anything the payment depends on came: off
        while the account is short, the warning saying why."""
        self.pay_button.setEnabled(self.ready() and not self.short())
        self._show_shortfall()

    def paid_from(self, approved: object, fallback: dt.date | None) -> None:
        """Offer the days from the approval's (``approved``: its moment, or None when none
        was recorded: ``fallback``) to today, which the database takes (migration 0063:
        DW338 before, DW309 after). Days as the database counts them, in the company's
        time zone (migration 0069), read from it: until they come, nothing is refused
        here and the calendar offers this computer's days."""
        self.approved_on = None
        day = approved if isinstance(approved, dt.date) else None
        if isinstance(approved, dt.datetime):
            day = approved.astimezone().date() if approved.tzinfo else approved.date()
        self.paid_on.set_range(day or fallback, TODAY)
        moment = approved if isinstance(approved, dt.date) else None
        self.load(invoicing.paying_days, moment, fallback, then=self._show_paying_days)

    def _show_paying_days(self, days: tuple[dt.date | None, dt.datetime]) -> None:
        first, clock = days
        self.approved_on = first
        # The day proposed (not one the person typed) and offered last is the company's,
        # moving on at its midnight while the dialog stays open.
        self.paid_on.count_today_by(company_day_source(clock))
        self.paid_on.set_range(first, TODAY)

    def paid_on_value(self) -> dt.date | None:
        """The day typed, or None after saying what is wrong with it."""
        try:
            day = self.paid_on.value()
        except DicelError as error:
            self.say(describe_error(error))
            return None
        approved = self.approved_on
        if day is not None and approved is not None and day < approved:
            # The database's own refusal (DW338), said before asking it.
            self.say(
                describe_error(
                    InvalidInput(
                        "paid_before_approval", date=day.isoformat(), approved=approved.isoformat()
                    )
                )
            )
            return None
        return day

    @slot_while_whole(int, keeps="worker")
    def _on_account_current_index_changed(self, _index: int) -> None:
        self.refresh()

    def set_method_field(self, method: QComboBox) -> None:
        """The payment's How (after :meth:`add_payment_fields`): it follows the account
        until the person chooses it (``MethodFollowsAccount``)."""
        self.method = method
        self.method_follower = MethodFollowsAccount(self.account, method)

    def _show_shortfall(self) -> None:
        account = self.account.current_account()
        needed = self.needed
        if account is None or needed is None or account.balance >= needed:
            self.shortfall.hide()
            return
        missing = money_text(needed - account.balance, self.currency)
        self.shortfall.setText(self.shortfall_sentence.replace("%1", missing))
        self.shortfall.show()
