"""The fields the payment steps share: the account money arrives on or leaves from (with
its balance), how it moved, an amount and a day, each built from a field description so
that it reads and checks numbers and dates as the record forms do."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QComboBox

from dicel_desktop.domain.mobile_money import mobile_money_method
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.editors.dates import DateEditor
from dicel_desktop.gui.editors.numbers import MoneyEditor
from dicel_desktop.gui.workflows.form_step_dialog import money_text
from dicel_desktop.services.form_types import FieldKind, FieldSpec
from dicel_desktop.services.invoicing import PAYMENT_METHODS, Account


def method_label(code: str) -> str:
    """How a payment method reads ("MTN MoMo"), translated."""
    words = {
        "bank_transfer": QCoreApplication.translate("PaymentMethod", "Bank transfer"),
        "mtn_momo": QCoreApplication.translate("PaymentMethod", "MTN MoMo"),
        "airtel_money": QCoreApplication.translate("PaymentMethod", "Airtel Money"),
        "cheque": QCoreApplication.translate("PaymentMethod", "Cheque"),
        "cash": QCoreApplication.translate("PaymentMethod", "Cash"),
    }
    return words.get(code, code.replace("_", " ").capitalize())


#: Methods named by a brand, which keeps its capital inside a sentence.
_BRANDS = frozenset({"mtn_momo", "airtel_money"})


def method_in_sentence(code: str) -> str:
    """How a payment method reads inside a sentence: "by bank transfer", "par virement
    bancaire" (not "par Virement bancaire", eye30r 10), but "by MTN MoMo"."""
    label = method_label(code)
    return label if code in _BRANDS else label[:1].lower() + label[1:]


def method_combo(accessible_name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible_name)
    for code in PAYMENT_METHODS:
        combo.addItem(method_label(code), code)
    return combo


#: Where day-to-day money moves first: a current account, then a wallet or the till; an
#: account of another kind (savings, a fixed deposit) only when no other will do.
_EVERYDAY = {"bank": 0, "mobile_money": 1, "cash": 2}


#: Characters of an account's name shown before it is cut short ("Operating account,
#: Ikaze Commercial Bank" fits).
_NAME_CHARS = 44


def names_a_word(name: str, words: Sequence[str]) -> bool:
    """Whether ``name`` says one of ``words`` as a whole word, whatever its case ("Compte
    de paie" says "paie", "Compte des paiements" does not)."""
    said = name.casefold()
    return any(re.search(rf"\b{re.escape(word.casefold())}\b", said) for word in words)


class AccountCombo(QComboBox):
    """Active accounts by name, each with its balance; the chosen one's id."""

    def __init__(self, accessible_name: str) -> None:
        super().__init__()
        self.setAccessibleName(accessible_name)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.accounts: list[Account] = []

    def set_accounts(self, accounts: Sequence[Account]) -> None:
        self.clear()
        self.accounts = list(accounts)
        metrics = self.fontMetrics()
        # A long name is cut short, never the balance: the box is as wide as its widest
        # item (the dialog grows with it), the name given at most this much of it.
        room = metrics.averageCharWidth() * _NAME_CHARS
        for index, account in enumerate(self.accounts):
            money = money_text(account.balance, account.currency)
            name = metrics.elidedText(account.name, Qt.TextElideMode.ElideRight, room)
            self.addItem(f"{name} — {money}")
            self.setItemData(index, f"{account.name} — {money}", Qt.ItemDataRole.ToolTipRole)
        # Never narrower than its widest item: the dialog's layout grows the window.
        self.setMinimumWidth(self.sizeHint().width())
        self.setEnabled(bool(self.accounts))

    def current_account(self) -> Account | None:
        index = self.currentIndex()
        return self.accounts[index] if 0 <= index < len(self.accounts) else None

    def current_id(self) -> uuid.UUID | None:
        account = self.current_account()
        return account.id if account is not None else None

    def choose(self, account_id: uuid.UUID) -> None:
        for index, account in enumerate(self.accounts):
            if account.id == account_id:
                self.setCurrentIndex(index)

    def choose_usual(self, needed: Decimal | None = None, named: Sequence[str] = ()) -> None:
        """The account a clerk would take: one whose name says a word of ``named`` (whole
        words: "paie" is not said by "paiements", code review 31, F3)
        (salaries leave the "Payroll account", eye31 #1), even when it holds less than
        ``needed`` (the shortfall says so: money is moved there first); else, of those
        holding ``needed`` (all of them when money arrives, or when none holds it), the
        first everyday one, in list order."""
        said = [a for a in self.accounts if names_a_word(a.name, named)]
        holding = [a for a in self.accounts if needed is None or a.balance >= needed]
        candidates = said or holding or self.accounts
        if candidates:
            usual = min(candidates, key=lambda a: _EVERYDAY.get(a.kind, len(_EVERYDAY)))
            self.choose(usual.id)


#: Words of a mobile-money account's name or number that name its network ("MTN MoMo
#: merchant wallet", "AIRTEL-0733500100"), as whole words. "MoMo" alone is not one of
#: them: people say it of any wallet, so the number decides.
_NETWORK_WORDS = ((re.compile(r"\bairtel\b"), "airtel_money"), (re.compile(r"\bmtn\b"), "mtn_momo"))
_WALLET_METHODS = ("mtn_momo", "airtel_money")


def method_of_account(account: Account, methods: Sequence[str]) -> str | None:
    """How money usually moves through ``account``, among ``methods``: a cash account in
    cash, a mobile-money one by its network, a bank account by bank transfer. None for an
    account of another kind (savings, a fixed deposit): no usual way.

    A wallet's network: the one its name or number names in words, which wins (finance
    named it; code review 31, F2); else its number's, by the rule the payslips follow
    (:func:`~dicel_desktop.domain.mobile_money.mobile_money_method`: Airtel Money on
    +250 72 and 73); else, a number without digits, the first mobile-money method."""
    wanted: str | None = None
    if account.kind == "cash":
        wanted = "cash"
    elif account.kind == "bank":
        wanted = "bank_transfer"
    elif account.kind == "mobile_money":
        number = account.number or ""
        said = f"{account.name} {number}".casefold()
        wanted = next((code for word, code in _NETWORK_WORDS if word.search(said)), None)
        if wanted is None and any(c.isdigit() for c in number):
            wanted = mobile_money_method(number)
        if wanted is None:
            wanted = next((code for code in methods if code in _WALLET_METHODS), None)
    return wanted if wanted in methods else None


class MethodFollowsAccount(QObject):
    """Sets a payment's How (``method``, a :func:`method_combo`) from the account chosen
    in ``account`` (:func:`method_of_account`), until the person chooses a method
    themselves: theirs is then kept whatever account they choose afterwards (eye30s #9:
    "Bank transfer" stayed selected with Petty cash)."""

    def __init__(self, account: AccountCombo, method: QComboBox) -> None:
        super().__init__(method)
        self._account = account
        self._method = method
        #: The person chose the method: it no longer follows the account.
        self.chosen = False
        account.currentIndexChanged.connect(self._on_account_current_index_changed)
        method.activated.connect(self._on_method_activated)
        self.follow()

    def follow(self) -> None:
        account = self._account.current_account()
        if self.chosen or account is None:
            return
        methods = [self._method.itemData(i) for i in range(self._method.count())]
        code = method_of_account(account, methods)
        if code is not None:
            self._method.setCurrentIndex(methods.index(code))

    @slot_while_whole(int, keeps="_account")
    def _on_account_current_index_changed(self, _index: int) -> None:
        self.follow()

    @slot_while_whole(int, keeps="_account")
    def _on_method_activated(self, _index: int) -> None:
        self.chosen = True


def amount_editor(label: str) -> MoneyEditor:
    # NUMERIC(15,2) as transactions.amount, more than zero; whole francs for RWF, as the
    # database takes them (migration 0036).
    spec = FieldSpec(
        "amount", label, FieldKind.MONEY, required=True, minimum=0, minimum_exclusive=True,
        precision=15, scale=2, table="transactions",
    )  # fmt: skip
    return MoneyEditor(spec, whole_units=True)


def date_editor(key: str, label: str) -> DateEditor:
    return DateEditor(FieldSpec(key, label, FieldKind.DATE, required=True))
