"""An invoice's payments are the ones recorded on it; an account's currency and its
transactions are decided one after the other; a payment has its currency's decimals; an
approved expense's description stays.

Revision ID: 0060
Revises: 0059
Create Date: 2026-12-05

Found with psql in a review, as the demo's finance logins:

**A payment booked before its invoice existed counted as paid.** ``DW314`` (migration
0014's ``dicel_check_transaction``) refused a hand-made transaction referencing the number
of an invoice that exists, so finance posted a credit of 500,000 RWF referencing
``INV-2026-001010`` while no invoice had that number; the next invoice got it, and once
issued ``dicel_invoice_paid`` counted the 500,000 (its payments are the posted credits
referencing its number): a real payment was refused as more than outstanding (DW312) and
the invoice could be cancelled with the money on it. The schema contract has no link
column from a transaction to an invoice (the reference is the link, as for an expense's
payment, migration 0023), so the link stays the reference and only the payment function
writes one: ``DW314`` now also refuses, from any path but the workflow functions' owner,
a reference shaped as an invoice number is (``dicel_doc_number('INV', n)``: ``INV-``, a
year, ``-``, six digits or more), whether or not that invoice exists yet. And
``dicel_cancel_invoice`` refuses an invoice with money on it (``DW335``, DETAIL
``invoice``, ``amount``, ``currency``): a sent or overdue invoice with posted credits
(loaded with the data, or booked before this revision) keeps them, and its money is
reversed first. A paid or partly paid invoice is refused as before (DW004).

**An account's currency changed under a transaction being posted.** One finance session
changed a new account's currency RWF -> USD (allowed: no transaction names it, DW315,
migration 0029) while another posted an RWF transaction on it; each checked against what
it saw, both committed, and the USD account held francs. ``dicel_check_transaction`` now
reads the account's currency under the account's row lock (``FOR NO KEY UPDATE``, the lock
the balance's trigger takes anyway a moment later: a shared lock upgraded there would
deadlock two postings on one account). A posting waits for a currency change in progress
and then reads the new currency (DW311); a currency change waits for a posting in
progress, and its trigger (which runs once the UPDATE holds the row, its query seeing what
committed meanwhile) then finds the transaction (DW315). ``dicel_record_invoice_payment``
reads its account under ``FOR UPDATE``, as ``dicel_pay_expense`` and
``dicel_pay_payroll`` do.

**A USD payment with a third decimal left its invoice stuck.** ``117.996`` on a 118.00
invoice was less than owed, so the invoice became partially paid, and was stored rounded
to 118.00 (``transactions.amount`` is NUMERIC(15,2)): nothing more could be paid and it
could not be cancelled. ``dicel_record_invoice_payment`` refuses an amount with more
decimals than its currency is paid in (``DW336``, DETAIL ``amount``, ``currency``,
``places``: 2; a currency without a minor unit is DW329's, migration 0036). Refused, not
rounded: the amount booked is the one typed.

**Finance edited an approved expense's description,** which approvals treat as part of
what is decided (DW005, migration 0027): ``expenses_locked`` (migration 0007, 0040) now
freezes ``description`` too once the expense is decided.

A downgrade gives back 0014's and 0036's functions and 0040's lock.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import earlier_function, earlier_revision, execute_sql, replaced

revision: str = "0060"
down_revision: str | None = "0059"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0014 = earlier_revision("0014_finance_flows")
_0036 = earlier_revision("0036_whole_francs")
_0040 = earlier_revision("0040_payments_and_evidence_stay")


def _0014_function(signature: str) -> str:
    return earlier_function(_0014, signature, _0014._sql)


# --------------------------------------------------------------------------- transactions

CHECK_SIGNATURE = "dicel_check_transaction()"

#: What ``dicel_doc_number('INV', n)`` makes of an invoice's number: a hand-made
#: reference of this shape could become an invoice's payment once that invoice exists.
INVOICE_NUMBER_SHAPE = "^INV-[0-9]{4}-[0-9]{6,}$"

_ACCOUNT_READ = """        SELECT a.account_name, a.currency INTO v_account
          FROM public.financial_accounts a WHERE a.id = NEW.account_id;"""
_ACCOUNT_HELD = """        -- Migration 0060: under the account's row lock (the one the balance's trigger
        -- takes), so that a change of its currency and this transaction are decided
        -- one after the other, each seeing the other.
        SELECT a.account_name, a.currency INTO v_account
          FROM public.financial_accounts a WHERE a.id = NEW.account_id
           FOR NO KEY UPDATE;"""

_INVOICE_EXISTS = (
    "AND EXISTS (SELECT FROM public.invoices i WHERE i.invoice_number = NEW.reference_number)"
)
_INVOICE_SHAPED = f"""AND (-- Migration 0060: a number shaped as an invoice's, before one has it.
            NEW.reference_number ~ '{INVOICE_NUMBER_SHAPE}'
            OR EXISTS (SELECT FROM public.invoices i
                        WHERE i.invoice_number = NEW.reference_number))"""


def _check_transaction() -> str:
    create = _0014_function(CHECK_SIGNATURE)
    create = replaced(create, _ACCOUNT_READ, _ACCOUNT_HELD)
    return replaced(create, _INVOICE_EXISTS, _INVOICE_SHAPED)


CHECK_TRANSACTION = _check_transaction()

# --------------------------------------------------------------------------- cancel

CANCEL_SIGNATURE = "dicel_cancel_invoice(uuid, text)"

_CANCEL_DECLARE = """    v_status text;
BEGIN"""
_CANCEL_DECLARE_PAID = """    v_status text;
    v_invoice public.invoices%ROWTYPE;
    v_paid numeric;
BEGIN"""

_CANCEL_UPDATE = """    -- Nothing received yet: a payment booked on it stays, and so does the invoice.
    UPDATE public.invoices i"""
_CANCEL_PAID_FIRST = (
    """    -- Migration 0060: under the invoice's row lock (a payment takes it too), an
    -- invoice that would be cancelled has nothing received on it.
    SELECT * INTO v_invoice FROM public.invoices i WHERE i.id = v_id FOR UPDATE;
    IF FOUND AND v_invoice.status IN ('draft', 'sent', 'overdue') THEN
        v_paid := public.dicel_invoice_paid(v_id);
        IF v_paid <> 0 THEN
            RAISE EXCEPTION USING ERRCODE = 'DW335',
                MESSAGE = 'money received on the invoice',
                DETAIL = json_build_object('invoice', v_invoice.invoice_number,
                    'amount', v_paid, 'currency', v_invoice.currency)::text;
        END IF;
    END IF;
"""
    + _CANCEL_UPDATE
)


def _cancel_invoice() -> str:
    create = _0014_function(CANCEL_SIGNATURE)
    create = replaced(create, _CANCEL_DECLARE, _CANCEL_DECLARE_PAID)
    return replaced(create, _CANCEL_UPDATE, _CANCEL_PAID_FIRST)


CANCEL_INVOICE = _cancel_invoice()

# --------------------------------------------------------------------------- payment

PAYMENT_SIGNATURE = _0036.SIGNATURE

#: Decimals an amount of a currency with a minor unit is paid in (transactions.amount
#: is NUMERIC(15,2)); those without one are 0036's ``WHOLE_CURRENCIES`` (DW329).
MINOR_PLACES = 2

_PAYMENT_ACCOUNT = (
    "SELECT * INTO v_account FROM public.financial_accounts a WHERE a.id = v_account_id;"
)
_PAYMENT_ACCOUNT_HELD = """-- Migration 0060: under the account's row lock, as the other payments take it: its
    -- currency does not change between this check and the credit.
    SELECT * INTO v_account FROM public.financial_accounts a WHERE a.id = v_account_id
       FOR UPDATE;"""

_AFTER_WHOLE = """    SELECT c.company_name INTO v_client"""
_PLACES = f"""    -- Migration 0060: no more decimals than the currency is paid in. An amount stored
    -- rounded would leave the invoice partly paid with nothing left to pay.
    IF v_invoice.currency NOT IN ({", ".join(f"'{c}'" for c in _0036.WHOLE_CURRENCIES)})
       AND v_amount <> round(v_amount, {MINOR_PLACES}) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW336', MESSAGE = 'more decimals than the currency',
            DETAIL = json_build_object('amount', v_amount, 'currency', v_invoice.currency,
                'places', {MINOR_PLACES})::text,
            COLUMN = 'amount';
    END IF;
{_AFTER_WHOLE}"""


def _payment() -> str:
    create = _0036._body(whole=True)
    create = replaced(create, _PAYMENT_ACCOUNT, _PAYMENT_ACCOUNT_HELD)
    return replaced(create, _AFTER_WHOLE, _PLACES)


PAYMENT = _payment()

# --------------------------------------------------------------------------- expenses

#: (trigger, table, state argument, columns before, columns now), frozen here;
#: tests/security/test_catalog.py compares them with the registry.
((_NAME, _TABLE, _STATE, _BEFORE_0040, _NOW_0040),) = [
    r for r in _0040.RELOCKED if r[0] == "expenses_locked"
]
RELOCKED = ((_NAME, _TABLE, _STATE, _NOW_0040, (*_NOW_0040, "description")),)


def upgrade() -> None:
    # CREATE OR REPLACE keeps each function's owner and grants.
    execute_sql(CHECK_TRANSACTION)
    execute_sql(CANCEL_INVOICE)
    execute_sql(PAYMENT)
    for name, table, state, _before, now in RELOCKED:
        execute_sql(f"DROP TRIGGER {name} ON public.{table}")
        execute_sql(_0040._lock_trigger(name, table, state, now))


def downgrade() -> None:
    for name, table, state, before, _now in RELOCKED:
        execute_sql(f"DROP TRIGGER {name} ON public.{table}")
        execute_sql(_0040._lock_trigger(name, table, state, before))
    execute_sql(_0036._body(whole=True))
    execute_sql(_0014_function(CANCEL_SIGNATURE))
    execute_sql(_0014_function(CHECK_SIGNATURE))
