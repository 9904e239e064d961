"""A ledger entry made by hand reads as no workflow's payment.

Revision ID: 0097
Revises: 0096
Create Date: 2026-12-06

Found with psql in a security review (psql28, F5), as the demo's finance manager
(eric.niyonzima@dicel.rw). DW314 (migrations 0014, 0060) keeps an invoice's payments to
``dicel_record_invoice_payment``: a hand-made transaction citing an invoice's number, or
a number shaped as one (``^INV-[0-9]{4}-[0-9]{6,}$``), is refused. But it read the
reference as stored, so ``INV-2026-000836 `` (a blank after it), ``inv-2026-000836``
and the same with en dashes for hyphens were accepted: entries that read as that invoice's
payment in Finance > Transactions while the invoice does not count them. And the
references of the two other workflows that pay, an expense's number (``EXP-2026-001601``,
``dicel_pay_expense``) and a pay period's (``PAY-202611``, ``dicel_pay_payroll``), were
not kept at all: an approved, unpaid expense "paid" by hand read as paid in the ledger,
and as paid twice once Mark paid… ran.

The reference is now read as a person reads it, as DW223 reads an order's number in a
stock movement (migration 0074): folded (``dicel_folded``: look-alike letters, fullwidth
forms and dashes as the Latin ones), upper case, anywhere in it from a word's start, the
separators between its parts whatever they are:

* ``INV``, a year and a number (run together, the number's six digits; apart, any, and
  the year's two last digits will do), or an invoice's number exactly: DW314 as before
  ("record its payments with Record payment… on the invoice");
* ``EXP``, a year and a number (as ``INV`` above): DW350 ("paid with Mark paid… on
  the expense");
* ``PAY`` or ``PAYROLL``, a year and a month (1 to 12), either first: DW351 (the same,
  on the pay period).

Asked, as before, of whoever is a DICEL user but the workflow functions' owner, on an
INSERT and on a change of the reference: the entries the functions wrote, and the rows
already stored, stay as they are.

A downgrade gives the trigger function back as 0066 left it.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import execute_sql, replaced

revision: str = "0097"
down_revision: str | None = "0096"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: SQLSTATE -> (what it refuses, its DETAIL keys): frozen here;
#: tests/unit/test_refusals_of_stop_29.py holds the registry (services/db_errors.py) to it.
REFUSALS = {
    "DW350": ("a hand-made entry citing an expense's number", ("reference",)),
    "DW351": ("a hand-made entry citing a pay period's payment", ("reference",)),
}

SIGNATURE = "dicel_check_transaction()"

#: The parts of a workflow's reference as a person reads them: any separators (or none)
#: between its parts, from a word's start, not followed by another digit.
_READ = "(^|[^A-Z0-9])"
#: A year as the workflows write one (19xx, 20xx; or its two last digits where a
#: separator follows) and a number: run together, the number has its six digits; apart,
#: any ("EXP-2026-1617" read as EXP-2026-001617, "INV-26-000998": a psql review). For a
#: pay period, a real month before or after its year ("PAY 12/2026", "Payroll
#: 2026-12"); "MoMo Pay 123456" and "Pay 150000" are a clerk's words (a code review).
_YEAR = "(19|20)[0-9]{2}"
_NUMBERED = f"({_YEAR}[^A-Z0-9]*[0-9]{{6,}}|([0-9]{{2}}|{_YEAR})[^A-Z0-9]+[0-9]+)([^0-9]|$)"
_MONTH = "(0?[1-9]|1[0-2])"
INVOICE_SHAPE = f"{_READ}INV[^A-Z0-9]*{_NUMBERED}"
EXPENSE_SHAPE = f"{_READ}EXP[^A-Z0-9]*{_NUMBERED}"
PAYROLL_SHAPE = (
    f"{_READ}PAY(ROLL)?[^A-Z0-9]*({_YEAR}[^A-Z0-9]*{_MONTH}|{_MONTH}[^A-Z0-9]+{_YEAR})([^0-9]|$)"
)

_BEFORE = """       AND (-- Migration 0060: a number shaped as an invoice's, before one has it.
            NEW.reference_number ~ '^INV-[0-9]{4}-[0-9]{6,}$'
            OR EXISTS (SELECT FROM public.invoices i
                        WHERE i.invoice_number = NEW.reference_number))
    THEN
"""
_NOW = f"""       AND (-- Migration 0060: a number shaped as an invoice's, before one has it.
            -- Migration 0097: read as a person reads it (dicel_folded, upper case).
            upper(public.dicel_folded(NEW.reference_number)) ~ '{INVOICE_SHAPE}'
            OR EXISTS (SELECT FROM public.invoices i
                        WHERE i.invoice_number = NEW.reference_number
                           OR i.invoice_number = btrim(upper(
                                  public.dicel_folded(NEW.reference_number)))))
    THEN
"""
_END_BEFORE = """    RETURN NEW;
END
"""
_END_NOW = f"""    -- Migration 0097: nor an expense's or a pay period's payment, which their
    -- workflows book (dicel_pay_expense, dicel_pay_payroll).
    IF current_user <> 'dicel_owner' AND NEW.reference_number IS NOT NULL
       AND (TG_OP = 'INSERT' OR NEW.reference_number IS DISTINCT FROM OLD.reference_number)
    THEN
        IF upper(public.dicel_folded(NEW.reference_number)) ~ '{EXPENSE_SHAPE}' THEN
            RAISE EXCEPTION USING ERRCODE = 'DW350',
                MESSAGE = 'expenses are paid on the expense',
                DETAIL = json_build_object('reference', NEW.reference_number)::text,
                TABLE = TG_TABLE_NAME, COLUMN = 'reference_number';
        END IF;
        IF upper(public.dicel_folded(NEW.reference_number)) ~ '{PAYROLL_SHAPE}' THEN
            RAISE EXCEPTION USING ERRCODE = 'DW351',
                MESSAGE = 'pay periods are paid on the pay period',
                DETAIL = json_build_object('reference', NEW.reference_number)::text,
                TABLE = TG_TABLE_NAME, COLUMN = 'reference_number';
        END IF;
    END IF;
    RETURN NEW;
END
"""


def _definition() -> str:
    return execute_sql(
        f"SELECT pg_catalog.pg_get_functiondef('public.{SIGNATURE}'::regprocedure)"
    ).fetchone()[0]


def upgrade() -> None:
    # CREATE OR REPLACE keeps the function's owner and grants.
    create = replaced(_definition(), _BEFORE, _NOW)
    execute_sql(replaced(create, _END_BEFORE, _END_NOW))


def downgrade() -> None:
    create = replaced(_definition(), _NOW, _BEFORE)
    execute_sql(replaced(create, _END_NOW, _END_BEFORE))
