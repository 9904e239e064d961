"""A payment's How follows the account chosen until the person chooses it
(gui/workflows/money_fields.py: MethodFollowsAccount; eye30s #9, "Bank transfer" stayed
selected with Petty cash). The combo boxes alone: no database."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest

from dicel_desktop.gui.workflows.money_fields import (
    AccountCombo,
    MethodFollowsAccount,
    method_combo,
)
from dicel_desktop.services.invoicing import Account


def _account(name: str, kind: str, number: str = "100104577801") -> Account:
    return Account(uuid.uuid4(), name, number, "RWF", Decimal(1_000_000), kind)


BANK = _account("Operating account, Ikaze Commercial Bank", "bank")
MOMO = _account("MTN MoMo merchant wallet", "mobile_money", "MOMO-0788500100")
AIRTEL = _account("Merchant wallet 2", "mobile_money", "AIRTEL-0733500100")
WALLET = _account("Field wallet", "mobile_money", "0722000000")
#: Its words name MTN, its number is on Airtel's prefix: finance's words win.
NAMED = _account("MTN field wallet", "mobile_money", "+250 733 000 111")
#: "MoMo" names no network: the number does.
MOMO_AIRTEL = _account("MoMo wallet, Huye", "mobile_money", "0731 000 222")
#: No digits to read: the first mobile-money method.
UNNUMBERED = _account("Wallet of the shop", "mobile_money", "SHOP-WALLET")
TILL = _account("Petty cash, head office", "cash", "CASH-HQ-01")
DEPOSIT = _account("Fixed deposit, Umurage Savings Bank", "savings")


@pytest.fixture
def fields(qtbot):
    account = AccountCombo("Paid from account")
    method = method_combo("How it was paid")
    qtbot.addWidget(account)
    qtbot.addWidget(method)
    follower = MethodFollowsAccount(account, method)
    account.set_accounts(
        [BANK, MOMO, AIRTEL, WALLET, NAMED, MOMO_AIRTEL, UNNUMBERED, TILL, DEPOSIT]
    )
    return account, method, follower


def _choose_method(method, code: str) -> None:
    """As a person picks it in the list (``activated``; a program's choice is not)."""
    index = method.findData(code)
    method.setCurrentIndex(index)
    method.activated.emit(index)


def test_the_method_follows_the_kind_and_operator_of_the_account(fields):
    account, method, _follower = fields
    expected = [
        (BANK, "bank_transfer"),
        (MOMO, "mtn_momo"),
        (AIRTEL, "airtel_money"),  # by its number
        (WALLET, "airtel_money"),  # says neither: its number, 072, is Airtel's
        (NAMED, "mtn_momo"),  # named MTN: the name wins over the number
        (BANK, "bank_transfer"),
        (MOMO_AIRTEL, "airtel_money"),  # "MoMo" names no network: its number, 073
        (UNNUMBERED, "mtn_momo"),  # no number to read: the first mobile-money method
        (TILL, "cash"),
        (DEPOSIT, "cash"),  # no usual way: what was there stays
        (BANK, "bank_transfer"),
    ]
    for chosen, code in expected:
        account.choose(chosen.id)
        assert method.currentData() == code, chosen.name


def test_a_method_the_person_chose_is_kept_when_the_account_changes(fields):
    account, method, follower = fields
    account.choose(BANK.id)
    _choose_method(method, "cheque")
    assert follower.chosen
    for chosen in (TILL, MOMO, BANK):
        account.choose(chosen.id)
        assert method.currentData() == "cheque"
