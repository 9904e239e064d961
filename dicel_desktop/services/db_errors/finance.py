"""Expenses, invoices, accounts and payroll (migration 0014 on): the registration of their
codes (DW301-DW399, DW450, DW451, DW353, DW492, DW494, DW495, DW497, DW609,
DW901-DW903). Their sentences are in ``domain/messages/finance.py``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from dicel_desktop.domain.amounts import Amount
from dicel_desktop.domain.errors import (
    Conflict,
    InvalidInput,
    NotAllowed,
    NotFound,
)
from dicel_desktop.services.db_errors.detail import detail_params
from dicel_desktop.services.db_errors.registry import register_sqlstate

#: Amounts of money in a finance refusal's DETAIL, in the DETAIL's ``currency``.
_AMOUNT_KEYS = ("outstanding", "balance", "needed", "amount")


def _finance_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """:func:`detail_params`, with its amounts kept as numbers (``Amount``): the reader's
    locale writes them (gui/error_sentences.py), str() in English for the CLI."""
    params = detail_params(diag, values)
    currency = params.get("currency") or None
    for key in _AMOUNT_KEYS:
        if params.get(key):
            params[key] = Amount.parse(params[key], currency) or params[key]
    return params


#: Expenses, invoices, accounts and payroll (migration 0014): DW301-DW399; migration
#: 0108's DW450 and DW451.
for _state, _code, _family in (
    ("DW301", "expense_no_budget", Conflict),
    ("DW302", "expense_budget_not_active", Conflict),
    ("DW303", "expense_not_in_budget_currency", InvalidInput),
    ("DW304", "expense_without_department", InvalidInput),
    ("DW305", "invoice_without_client", InvalidInput),
    ("DW306", "invoice_without_lines", InvalidInput),
    ("DW307", "invoice_not_issued", Conflict),
    ("DW308", "payment_not_positive", InvalidInput),
    ("DW309", "date_in_future", InvalidInput),
    ("DW310", "account_not_usable", InvalidInput),
    ("DW311", "account_other_currency", InvalidInput),
    ("DW312", "payment_over_outstanding", InvalidInput),
    ("DW313", "transaction_type_unknown", InvalidInput),
    ("DW314", "invoice_payment_by_hand", NotAllowed),
    # ... and an expense's or a pay period's payment (migration 0097).
    ("DW350", "expense_payment_by_hand", NotAllowed),
    ("DW351", "payroll_payment_by_hand", NotAllowed),
    ("DW315", "account_currency_fixed", Conflict),
    # A posting on a closed account, and closing one that holds money (migration 0147).
    ("DW316", "account_closed_for_postings", InvalidInput),
    ("DW317", "account_closing_holds_money", Conflict),
    ("DW320", "payroll_not_a_month", InvalidInput),
    ("DW321", "payroll_already_run", Conflict),
    ("DW322", "payroll_payslips_exist", Conflict),
    ("DW323", "payroll_unpayable", Conflict),
    ("DW324", "payroll_nobody", Conflict),
    ("DW325", "payroll_not_approved", Conflict),
    ("DW326", "account_short", Conflict),
    ("DW327", "payment_account_short", Conflict),
    ("DW328", "own_expense_payment", NotAllowed),
    # A fraction of a franc (migration 0036).
    ("DW329", "amount_not_whole", InvalidInput),
    # ... in an expense's amount or a salary typed (migration 0039).
    ("DW330", "amount_not_whole", InvalidInput),
    # ... in francs, in any other money column a person types (migration 0089).
    ("DW346", "amount_has_cents", InvalidInput),
    # A new opportunity expected to close before today (migration 0089).
    ("DW347", "close_date_passed", InvalidInput),
    # An approver of a payroll who changed someone's pay in it (migration 0046).
    ("DW331", "payroll_pay_changed_by_approver", NotAllowed),
    # ... or whose own pay in it someone changed (migration 0046).
    ("DW332", "payroll_own_pay_changed", NotAllowed),
    # A budget line's department, category or year changed once expenses are charged
    # to it (migration 0047).
    ("DW333", "budget_spending_stays", Conflict),
    # A line with spending taken back to draft (migration 0056).
    ("DW334", "budget_draft_uncharged", Conflict),
    # An invoice with money received on it, cancelled (migration 0060).
    ("DW335", "invoice_money_received", Conflict),
    # A payment with more decimals than its currency is paid in (migration 0060).
    ("DW336", "amount_too_precise", InvalidInput),
    # A payroll run for a month that has not started (migration 0063).
    ("DW337", "payroll_month_not_started", InvalidInput),
    # Salaries or an expense paid on a day before their approval (migration 0063).
    ("DW338", "paid_before_approval", InvalidInput),
    # ... or an invoice's payment before the invoice's date (migration 0092).
    ("DW348", "paid_before_invoice", InvalidInput),
    # A payroll run for a month before those Run payroll… offers (migration 0096).
    ("DW349", "payroll_month_too_early", InvalidInput),
    # Taking a payment off its invoice (migration 0066): not a payment, a reversal, one
    # already reversed, of a cancelled invoice, without a reason.
    ("DW339", "not_an_invoice_payment", Conflict),
    ("DW340", "reversal_not_reversed", Conflict),
    ("DW341", "payment_already_reversed", Conflict),
    ("DW342", "invoice_cancelled_payment", Conflict),
    ("DW343", "reversal_reason_required", InvalidInput),
    # ... onto a closed account, or one holding less than the payment (migration 0074).
    ("DW344", "reversal_account_closed", Conflict),
    ("DW345", "reversal_account_short", Conflict),
    # Salaries paid by a method that is none of the five (migration 0108).
    ("DW451", "payment_method_unknown", InvalidInput),
    # The file an expense's receipt_url names, removed (migration 0108): DETAIL
    # ``expense`` (its number), ``file``; refused when the transaction ends, or at once
    # after SET CONSTRAINTS documents_receipt_stays IMMEDIATE (services.documents.remove).
    ("DW450", "receipt_file_stays", Conflict),
    # Issuing an invoice for nothing, or dated far from the day it goes out (migration
    # 0118).
    ("DW494", "invoice_for_nothing", InvalidInput),
    ("DW495", "invoice_dated_far", InvalidInput),
    # The record is gone, or not the caller's to see.
    ("DW399", "record_gone", NotFound),
):
    register_sqlstate(_state, _code, _family, _finance_params)


#: Terminating or suspending someone a pending payslip pays past the day their pay stops
#: (migration 0116): DETAIL ``name``, ``start``, ``end`` (the payslip's); since 0158
#: ``case`` ``untaken``: a termination on the last day it pays, the payslip run before they
#: left, which pays none of their annual leave left.
register_sqlstate(
    "DW492",
    "payroll_pending_pays_leaver",
    Conflict,
    _finance_params,
    by_param=("case", {"untaken": "payroll_pending_owes_untaken_leave"}),
)


def _run_month_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """DW353's DETAIL with the run's dates as the reader reads them ("1\u201331 December
    2026", ``period``)."""
    from dicel_desktop.services.leave_words import span

    params = detail_params(diag, values)
    try:
        start = dt.date.fromisoformat(str(params.get("start")))
        end = dt.date.fromisoformat(str(params.get("end")))
    except ValueError:
        params["period"] = f"{params.get('start', '')} \N{EN DASH} {params.get('end', '')}"
    else:
        params["period"] = span(start, end)
    return params


#: Approving, cancelling or moving unpaid leave with a working day in a month whose
#: payroll run is pending (migration 0145): DETAIL ``name``, ``start``, ``end``, ``case``
#: (whose words, migration 0149). A run approved or paid no longer holds the leave
#: (migration 0160: the next run pays the days back), so its two cases are gone.
register_sqlstate(
    "DW353",
    "unpaid_leave_waits_for_run",
    Conflict,
    _run_month_params,
    by_param=(
        "case",
        {
            "ask": "unpaid_leave_waits_for_run_ask",
            "leaving": "unpaid_leave_waits_for_run_leaving",
        },
    ),
)


#: A change of a leaver's annual leave that the run of their leaving month paid as not
#: taken (migration 0157): DETAIL ``name``, ``start``, ``end``, ``case`` (as DW353's).
register_sqlstate(
    "DW609",
    "leaver_leave_waits_for_run",
    Conflict,
    _run_month_params,
    by_param=(
        "case",
        {
            "ask": "leaver_leave_waits_for_run_ask",
            "approved": "leaver_leave_kept_by_approved_run",
            "paid": "leaver_leave_kept_by_approved_run",
        },
    ),
)


def _movement_value_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """A movement worth more than it can record (DW497, migration 0118): its value an
    amount, its quantity a number, each written in the reader's locale."""
    params = _finance_params(diag, values)
    if params.get("quantity"):
        params["quantity"] = Amount.parse(params["quantity"]) or params["quantity"]
    return params


register_sqlstate("DW497", "movement_worth_too_much", InvalidInput, _movement_value_params)


def _paid_since_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """DW352: :func:`_finance_params` and the paid amount now as an amount; ``said``
    chooses the words: a payment or a reversal, by whom (none: no login's)."""
    params = _finance_params(diag, values)
    currency = params.get("currency") or None
    if params.get("paid"):
        params["paid"] = Amount.parse(params["paid"], currency) or params["paid"]
    kind = "reversal" if params.get("kind") == "reversal" else "payment"
    params["said"] = kind if params.get("who") else f"{kind}_nobody"
    return params


#: A payment recorded on what the person was shown as paid, where a payment or a
#: reversal was booked since (migration 0143): ``who``, ``when``, ``amount`` of it,
#: ``paid`` now, ``currency``.
register_sqlstate(
    "DW352",
    "paid_since_shown",
    Conflict,
    _paid_since_params,
    by_param=(
        "said",
        {
            "reversal": "payment_reversed_since_shown",
            "payment_nobody": "paid_since_shown_nobody",
            "reversal_nobody": "paid_since_shown_nobody",
        },
    ),
)
#: The line fields a save of an invoice's or an order's line sends.
_LINE_INPUTS = ("quantity", "unit_price")


def _worth_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """A line, an invoice or an order worth more than it records (DW901-DW903, migration
    0144): the amount and the bound written in the reader's locale. A document's total
    is marked beside the line's total when a line was being saved (its COLUMN names the
    document's ``total_amount``, which the line's form does not show)."""
    params = _finance_params(diag, values)
    if params.get("most"):
        params["most"] = Amount.parse(params["most"], params.get("currency") or None)
    if any(key in values for key in _LINE_INPUTS):
        params["field"] = "total_price"
    return params


for _state, _code in (
    ("DW901", "line_worth_too_much"),
    ("DW902", "invoice_worth_too_much"),
    ("DW903", "order_worth_too_much"),
):
    register_sqlstate(_state, _code, InvalidInput, _worth_params)
