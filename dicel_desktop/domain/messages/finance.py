"""Expenses, invoices and payroll (migration 0014 on): the words of their error codes.

Part of :data:`dicel_desktop.domain.errors.MESSAGES` (see :mod:`dicel_desktop.domain.messages`).
"""

from __future__ import annotations

from collections.abc import Mapping

from dicel_desktop.domain.translatable import QT_TRANSLATE_NOOP

MESSAGES: Mapping[str, str] = {
    # --- expenses, invoices and payroll (migration 0014; params from the DETAIL data)
    "expense_no_budget": QT_TRANSLATE_NOOP(
        "errors",
        "There is no {year} budget for {category} in {department}, so this expense cannot "
        "be approved: create that budget line first (Finance, Budgets), then approve it.",
    ),
    "expense_budget_not_active": QT_TRANSLATE_NOOP(
        "errors",
        "The {year} budget for {category} in {department} is {state}: no expense is "
        "approved against it. A draft line is activated and a frozen one unfrozen in "
        "Finance, Budgets; against a closed line, reject the expense.",
    ),
    "expense_not_in_budget_currency": QT_TRANSLATE_NOOP(
        "errors",
        "This expense is in {currency}, and budgets are kept in RWF, so it cannot be "
        "approved as it is. Ask whoever filed it to record it in RWF (whoever changes it "
        "cannot approve it), or reject it.",
    ),
    "expense_without_department": QT_TRANSLATE_NOOP(
        "errors",
        "This expense names no department, so no budget can carry it and it cannot be "
        "approved as it is. Ask whoever filed it to set its department (whoever changes it "
        "cannot approve it), or reject it.",
    ),
    "invoice_without_client": QT_TRANSLATE_NOOP(
        "errors", "Invoice {invoice} names no client: choose one before issuing it."
    ),
    "invoice_without_lines": QT_TRANSLATE_NOOP(
        "errors", "Invoice {invoice} has no lines: add what is billed before issuing it."
    ),
    # Migration 0118: an invoice issued is for something (DW494), dated near the day it
    # goes out (DW495: entry_rules.INVOICE_DAYS_BEFORE_ISSUE, ..._AFTER_ISSUE).
    "invoice_for_nothing": QT_TRANSLATE_NOOP(
        "errors",
        "Invoice {invoice} totals {amount} {currency}: an invoice is issued for what the "
        "client owes. Correct its lines first, or cancel it.",
    ),
    "invoice_dated_far": QT_TRANSLATE_NOOP(
        "errors",
        "Invoice {invoice} is dated {date}: it can be issued only when dated from {earliest} "
        "to {latest}. Correct its date first.",
    ),
    # Migration 0118: a movement worth more than it can record (DW497).
    "movement_worth_too_much": QT_TRANSLATE_NOOP(
        "errors",
        "{item}: {quantity} of it are worth {amount} {currency}, more than one movement can "
        "record. Check the quantity, or record it as several movements.",
    ),
    # Migration 0144: a line, an invoice or an order worth more than it can record
    # (DW901-DW903): numeric(12,2) overflowed in bare words (money40 #2).
    "line_worth_too_much": QT_TRANSLATE_NOOP(
        "errors",
        "This line would be worth {amount} {currency}, more than one line can record (at "
        "most {most} {currency}). Check the quantity and the unit price, or split it into "
        "several lines.",
    ),
    "invoice_worth_too_much": QT_TRANSLATE_NOOP(
        "errors",
        "With this line, invoice {invoice} would total {amount} {currency} with VAT, more "
        "than one invoice can record (at most {most} {currency}). Put the rest on another "
        "invoice.",
    ),
    "order_worth_too_much": QT_TRANSLATE_NOOP(
        "errors",
        "With this line, order {order} would total {amount} {currency}, more than one order "
        "can record (at most {most} {currency}). Put the rest on another order.",
    ),
    "invoice_not_issued": QT_TRANSLATE_NOOP(
        "errors",
        "Invoice {invoice} is still a draft: issue it before recording a payment on it.",
    ),
    "payment_not_positive": QT_TRANSLATE_NOOP("errors", "A payment must be more than zero."),
    "date_in_future": QT_TRANSLATE_NOOP(
        "errors", "{date} is in the future: give the day the money actually moved."
    ),
    # Migration 0063: money is paid on or after its approval (DW338).
    "paid_before_approval": QT_TRANSLATE_NOOP(
        "errors",
        "{date} is before the payment was approved, on {approved}: give the day the money "
        "actually moved, on or after its approval.",
    ),
    # Migration 0108: the method of a payroll's transfer is one of the five (DW451).
    "payment_method_unknown": QT_TRANSLATE_NOOP(
        "errors",
        "“{method}” is not a way of paying: choose bank transfer, MTN MoMo, Airtel Money, "
        "cheque or cash.",
    ),
    # Migration 0108: the file an expense's Receipt names stays while it names it (DW450).
    "receipt_file_stays": QT_TRANSLATE_NOOP(
        "errors",
        "This file is the receipt of {expense}: replace it with Replace… on the Receipt "
        "field instead.",
    ),
    # Migration 0092: an invoice is paid on or after its date (DW348).
    "paid_before_invoice": QT_TRANSLATE_NOOP(
        "errors",
        "{date} is earlier than invoice {invoice} itself ({earliest}): give the day the "
        "money actually arrived.",
    ),
    "account_not_usable": QT_TRANSLATE_NOOP(
        "errors", "That account is closed or no longer exists: choose an active one."
    ),
    "account_other_currency": QT_TRANSLATE_NOOP(
        "errors",
        "{account} holds {account_currency}, not {currency}: choose an account in {currency}.",
    ),
    "account_currency_fixed": QT_TRANSLATE_NOOP(
        "errors",
        "{account} has transactions in {account_currency}: its currency cannot become "
        "{currency}. Open an account in {currency} instead.",
    ),
    # Migration 0147: a closed account takes no posting (DW316), and an account is
    # closed once it holds nothing (DW317).
    "account_closed_for_postings": QT_TRANSLATE_NOOP(
        "errors",
        "{account} is closed: nothing new is written on it. Choose an active account, or "
        "make this one active again first.",
    ),
    "account_closing_holds_money": QT_TRANSLATE_NOOP(
        "errors",
        "{account} still holds {balance} {currency}: move the money to another account "
        "first, then close it.",
    ),
    "budget_spending_stays": QT_TRANSLATE_NOOP(
        "errors",
        "Expenses of {amount} {currency} are already charged to this budget, so its "
        "department, category and fiscal year can no longer change; its allocated amount "
        "can still be revised. For another department, category or year, add a budget.",
    ),
    # Migration 0056: a line with spending is no draft.
    "budget_draft_uncharged": QT_TRANSLATE_NOOP(
        "errors",
        "Expenses of {amount} {currency} are already charged to this budget, so it cannot "
        "go back to draft: a draft budget has nothing charged to it. Freeze it to stop "
        "further expenses.",
    ),
    "payment_over_outstanding": QT_TRANSLATE_NOOP(
        "errors",
        "Only {outstanding} {currency} is still owed on this invoice: a payment cannot be more.",
    ),
    "amount_not_whole": QT_TRANSLATE_NOOP(
        "errors",
        "Amounts in {currency} are whole, without decimals: {amount} {currency} cannot be "
        "paid. Type a whole amount.",
    ),
    # An amount grouped by three with the other mark (« 150,000 » in French), said by
    # the money box in the person's marks (gui/numbers.money_grouped_elsewhere).
    "amount_grouped_elsewhere": QT_TRANSLATE_NOOP("errors", "{problem}"),
    # Migration 0089: an amount in francs typed with cents, in any form (DW346).
    "amount_has_cents": QT_TRANSLATE_NOOP(
        "errors", "Rwandan francs have no cents: type a whole amount."
    ),
    # Migration 0089: a new opportunity expected to close before today (DW347).
    "close_date_passed": QT_TRANSLATE_NOOP(
        "errors",
        "A new opportunity cannot be expected to close on a day already past: choose today"
        " or a later day.",
    ),
    # Migration 0060: a payment in cents with a third decimal (DW336).
    "amount_too_precise": QT_TRANSLATE_NOOP(
        "errors",
        "Amounts in {currency} have at most {places} decimals: {amount} {currency} cannot be "
        "paid. Type the amount to the cent.",
    ),
    # Migration 0060: money on an invoice stays with it (DW335).
    "invoice_money_received": QT_TRANSLATE_NOOP(
        "errors",
        "{amount} {currency} has already been received on invoice {invoice}, so it cannot be "
        "cancelled.",
    ),
    # Migration 0066: taking a payment off its invoice (DW339-DW343).
    "not_an_invoice_payment": QT_TRANSLATE_NOOP(
        "errors",
        "{transaction} is not a payment of an invoice, so it cannot be reversed on one.",
    ),
    "reversal_not_reversed": QT_TRANSLATE_NOOP(
        "errors",
        "{transaction} is itself the reversal of {reversed}: it is not reversed in turn. If "
        "the money did arrive, record it again with Record payment… on the invoice.",
    ),
    "payment_already_reversed": QT_TRANSLATE_NOOP(
        "errors",
        "Payment {transaction} was already reversed by {reversal} on {date}: nothing more "
        "was taken off the invoice.",
    ),
    "invoice_cancelled_payment": QT_TRANSLATE_NOOP(
        "errors",
        "Invoice {invoice} is cancelled: its payments are no longer reversed on it.",
    ),
    "reversal_reason_required": QT_TRANSLATE_NOOP(
        "errors",
        "Say why the payment is reversed (a bounced cheque, recorded on the wrong invoice): "
        "the reason stays with the invoice.",
    ),
    # Migration 0074: a reversal is written on an open account that holds the money
    # (DW344, DW345).
    "reversal_account_closed": QT_TRANSLATE_NOOP(
        "errors",
        "Payment {transaction} arrived on {account}, which is closed: nothing more is "
        "written on it, so the payment cannot be reversed there. Make the account active "
        "again first if the money really left it.",
    ),
    "reversal_account_short": QT_TRANSLATE_NOOP(
        "errors",
        "{account} holds {balance} {currency}; reversing payment {transaction} takes "
        "{needed} {currency} off it, below zero. Record the money that covers it first "
        "(a transfer to the account), then reverse the payment.",
    ),
    "invoice_nothing_to_reverse": QT_TRANSLATE_NOOP(
        "errors", "No payment of invoice {invoice} is left to reverse."
    ),
    "transaction_type_unknown": QT_TRANSLATE_NOOP(
        "errors",
        "“{type}” is not a kind of transaction: a transaction is a credit (money in) or a "
        "debit (money out).",
    ),
    "invoice_payment_by_hand": QT_TRANSLATE_NOOP(
        "errors",
        "{invoice} is an invoice: record its payments with Record payment… on the invoice, "
        "so that the invoice follows them.",
    ),
    # Migration 0097: nor an expense's or a pay period's, which their workflows book.
    "expense_payment_by_hand": QT_TRANSLATE_NOOP(
        "errors",
        "{reference} reads as an expense's number: an expense is paid with Mark paid… on "
        "the expense, which books its transaction. Give this entry another reference.",
    ),
    "payroll_payment_by_hand": QT_TRANSLATE_NOOP(
        "errors",
        "{reference} reads as a pay period's payment: salaries are paid with Mark paid… on "
        "the pay period, which books their transaction. Give this entry another reference.",
    ),
    "payroll_not_a_month": QT_TRANSLATE_NOOP(
        "errors", "A pay period is one calendar month, from its first day to its last."
    ),
    # Migration 0063: a month runs from its first day on (DW337).
    "payroll_month_not_started": QT_TRANSLATE_NOOP(
        "errors",
        "The month from {start} to {end} has not started yet: its payroll can be run from "
        "its first day on.",
    ),
    # Migration 0116: a termination or suspension after the month's run (DW492).
    "payroll_pending_pays_leaver": QT_TRANSLATE_NOOP(
        "errors",
        "{name}'s payslip from {start} to {end} is still pending and pays the whole "
        "period. Cancel that payroll run first, then take this step, then run the month "
        "again: the new run pays them only up to the day their pay stops. Nothing was "
        "changed.",
    ),
    # Migration 0158: a termination on the last day a pending payslip pays, the payslip
    # run before the person left (DW492, DETAIL ``case`` ``untaken``); approved, the
    # next month's run settles the leave (migration 0159).
    "payroll_pending_owes_untaken_leave": QT_TRANSLATE_NOOP(
        "errors",
        "{name}'s payslip from {start} to {end} is still pending and was run before they "
        "left: it pays none of the annual leave they did not take. Cancel that payroll run "
        "first, then take this step, then run the month again: the new run pays that leave. "
        "Or take this step once that run is approved: the next month's run then pays that "
        "leave as a final settlement. Nothing was changed.",
    ),
    # Migration 0145: a decision on unpaid leave in a month whose run is pending (DW353),
    # in words for who asks (migration 0149, DETAIL ``case``): HR or finance, who may
    # cancel the run ("run"); anyone else ("ask"); the termination that cancels the
    # leave ("leaving"). A run approved or paid no longer keeps the leave (migration
    # 0160: the next run pays the days back).
    "unpaid_leave_waits_for_run": QT_TRANSLATE_NOOP(
        "errors",
        "The payroll of {period} has been run and waits for approval, with {name}'s unpaid "
        "leave as it stood then. Cancel that payroll run first, then change this leave, "
        "then run the month again. Nothing was changed.",
    ),
    "unpaid_leave_waits_for_run_ask": QT_TRANSLATE_NOOP(
        "errors",
        "The payroll of {period} has been run and waits for approval, with {name}'s unpaid "
        "leave as it stood then: HR or Finance must cancel that payroll run before this "
        "leave can change. Nothing was changed.",
    ),
    "unpaid_leave_waits_for_run_leaving": QT_TRANSLATE_NOOP(
        "errors",
        "Terminating {name} cancels their approved unpaid leave in {period}, and that "
        "month's payroll has been run and waits for approval. Cancel that payroll run "
        "first, then terminate, then run the month again. Nothing was changed.",
    ),
    # Migration 0157: a change of a leaver's annual leave that the run of their leaving
    # month paid as not taken (DW609), in words for who asks, as DW353's.
    "leaver_leave_waits_for_run": QT_TRANSLATE_NOOP(
        "errors",
        "The payroll of {period} has been run and waits for approval, paying {name} for "
        "the annual leave they had not taken as it stood then. Cancel that payroll run "
        "first, then change this leave, then run the month again. Nothing was changed.",
    ),
    "leaver_leave_waits_for_run_ask": QT_TRANSLATE_NOOP(
        "errors",
        "The payroll of {period} has been run and waits for approval, paying {name} for "
        "the annual leave they had not taken as it stood then: HR or Finance must cancel "
        "that payroll run before this leave can change. Nothing was changed.",
    ),
    "leaver_leave_kept_by_approved_run": QT_TRANSLATE_NOOP(
        "errors",
        "The payroll of {period} is signed and paid {name} for the annual leave they had "
        "not taken: the leave stays as that payroll counted it. Nothing was changed.",
    ),
    # Migration 0096: nor a month before the ones Run payroll… offers (DW349).
    "payroll_month_too_early": QT_TRANSLATE_NOOP(
        "errors",
        "The month from {start} to {end} is too far back: payroll runs for the {months} "
        "months before the next one due at most, the earliest beginning on {earliest}.",
    ),
    "payroll_already_run": QT_TRANSLATE_NOOP(
        "errors",
        "Payroll for {start} to {end} was already run by {who} on {day}, and is {state}: a "
        "period runs only once.",
    ),
    "payroll_payslips_exist": QT_TRANSLATE_NOOP(
        "errors", "There are payslips for {start} to {end} already: a period runs only once."
    ),
    "payroll_unpayable": QT_TRANSLATE_NOOP(
        "errors",
        "These employees have no salary in RWF, so the payroll cannot pay them: {employees}. "
        "Complete their HR records, then run the payroll.",
    ),
    "payroll_nobody": QT_TRANSLATE_NOOP(
        "errors", "No one was employed from {start} to {end}: there is nobody to pay."
    ),
    "payroll_pay_changed_by_approver": QT_TRANSLATE_NOOP(
        "errors",
        "You changed the pay of employee {employee} (salary, employment status or dates, or "
        "bank details) since their last approved payslip: someone else must approve this "
        "pay period.",
    ),
    "payroll_own_pay_changed": QT_TRANSLATE_NOOP(
        "errors",
        "Your own pay in this period was changed since your last approved payslip: "
        "someone else must approve this pay period.",
    ),
    "payroll_not_approved": QT_TRANSLATE_NOOP(
        "errors",
        "This pay period is not approved yet: someone other than whoever ran it approves "
        "it, then it can be paid.",
    ),
    "account_short": QT_TRANSLATE_NOOP(
        "errors",
        "{account} holds {balance} {currency}; the salaries need {needed} {currency}. Move "
        "money to it first, or pay from another account.",
    ),
    "payment_account_short": QT_TRANSLATE_NOOP(
        "errors",
        "{account} holds {balance} {currency}; this payment needs {needed} {currency}. Move "
        "money to it first, or pay from another account.",
    ),
    "own_expense_payment": QT_TRANSLATE_NOOP(
        "errors", "You filed this expense yourself: another finance officer must pay it."
    ),
    # Migration 0143: a payment on what was shown as paid, booked since (DW352).
    "paid_since_shown": QT_TRANSLATE_NOOP(
        "errors",
        "A payment of {amount} {currency} was recorded on this invoice by {who} at {when}, "
        "after you opened it. Check that yours is not the same payment: nothing was "
        "recorded.",
    ),
    "payment_reversed_since_shown": QT_TRANSLATE_NOOP(
        "errors",
        "A payment of {amount} {currency} on this invoice was reversed by {who} at {when}, "
        "after you opened it. Check what is still owed: nothing was recorded.",
    ),
    "paid_since_shown_nobody": QT_TRANSLATE_NOOP(
        "errors",
        "What was paid on this invoice changed at {when}, after you opened it. Check what "
        "is still owed: nothing was recorded.",
    ),
}
