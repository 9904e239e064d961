"""A payslip keeps how it is paid; an expense's receipt keeps its file.

Revision ID: 0108
Revises: 0107
Create Date: 2026-12-07

Two findings of a user-eye review (eye31 1 and 2), both wrong data:

**Mark paid wrote one method over every payslip.** ``dicel_pay_payroll`` (0014, 0063)
set ``payment_method = <the method chosen>`` on every payslip of the period: paid from
the operating account ("Bank transfer"), the 24 December payslips of staff paid by MTN
MoMo read "Bank transfer", on the payslip each receives. A payslip's method is how that
person is paid; the method chosen in Mark paid is how the money leaves the account the
one debit is made on, and it was kept nowhere else: the debit (``transactions``) has no
method column, and its description said only "Salaries December 2026". Now:

* each payslip keeps its own method; one with none takes the method chosen
  (``coalesce(r.payment_method, v_method)``), as before 0108 every one did;
* the debit's description says how it left the account, as the demo's own salary
  entries do: "Salaries December 2026 (bank transfer)", "(MTN MoMo)". The description
  stays a note finance may correct (0040), the method is the payer's word for the
  transfer;
* a method that is none of the five (``bank_transfer``, ``mtn_momo``, ``airtel_money``,
  ``cheque``, ``cash``) is refused (``DW451``, DETAIL ``method``, COLUMN
  ``payment_method``): it used to reach only the payslips' CHECK, and now that they
  may all keep their own, it would have been written into the description unchecked.

Same signature (``dicel_pay_payroll(uuid, uuid, date, text)``): CREATE OR REPLACE keeps
its owner and grants.

A payslip is given its person's method when it is made (``payroll_records_method``, a
BEFORE INSERT trigger, function ``dicel_payslip_method``): ``dicel_run_payroll`` left it
empty, so outside the demo every payslip still took the method chosen at Mark paid. From
the employee's ``bank_details``: a bank account is ``bank_transfer``; a MoMo number
``airtel_money`` on Airtel's prefixes (+250 72, +250 73) and ``mtn_momo`` otherwise
(MTN's 78 and 79); none, or a method typed on the payslip, stays as it is.

**An expense's receipt could be removed from Documents.** ``expenses.receipt_url`` names
one of the expense's own files (``dicel-document:<id>``, 0008). Removing that file from
the Documents panel left the column naming a file that is gone, and another finance
login approved the expense "with a receipt" (the decision never read the file). Chosen:
the database refuses it (``DW450``, DETAIL ``expense`` (its number), ``file``; TABLE
``expenses``, COLUMN ``receipt_url``), rather than emptying ``receipt_url`` in the same
transaction while the expense is pending. Why:

* 0040 made the receipt part of what a decision is about: ``receipt_url`` is frozen
  once the expense is decided, and a decided expense's files can no longer be removed
  (DL003). Emptying the column from a trigger on ``documents`` would let a file removal
  change the expense's row behind its form: its version token (``updated_at``) would
  move (0064 declined that for every file change, as it turns a person's own save into
  a conflict), and a receipt would go without anyone choosing "no receipt".
* Choosing the receipt is changing the Receipt field (Attach…, Replace…, emptied and
  saved), and that already counts as shaping the expense (0033, 0040). Refusing the
  removal sends the person there: Replace… on the field puts a new file in its place
  (the same document, new content), and an emptied field, once saved, lets the file
  go from Documents.

``documents_receipt_stays`` is a constraint trigger, AFTER DELETE, DEFERRABLE INITIALLY
DEFERRED, for documents of expenses: at the end of the transaction (or of the statement,
``SET CONSTRAINTS documents_receipt_stays IMMEDIATE``, which the desktop's Remove does to
have its refusal at once), no expense's ``receipt_url`` names a removed file. Deferred, so
that an expense deleted while pending still takes its files along
(``expenses_documents_follow`` deletes them BEFORE the row goes: by commit, the row is
gone and names nothing). Its function (``dicel_receipt_stays``) is SECURITY DEFINER, as
``dicel_record_hold`` is, so it reads the expense whoever removes the file. Nobody
passes, the owner and a superuser included: the rule is about the data, not a lock on
a person.

A downgrade gives back 0063's ``dicel_pay_payroll`` and drops the trigger and its
function.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    DEFINER,
    create_owned_function,
    earlier_revision,
    execute_sql,
    replaced,
)

revision: str = "0108"
down_revision: str | None = "0107"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0063 = earlier_revision("0063_pay_follows_its_approval_and_its_month")

# --------------------------------------------------------------------------- pay

PAY_PAYROLL_SIGNATURE = "dicel_pay_payroll(uuid, uuid, date, text)"
#: The methods a payslip or a payment may have (``PaymentMethod``; the CHECK of 0014),
#: frozen here.
PAYMENT_METHODS = ("bank_transfer", "mtn_momo", "airtel_money", "cheque", "cash")
#: How each reads in the debit's description (the demo's own salary entries say
#: "(bank transfers)", "(MTN MoMo)").
METHOD_WORDS = {
    "bank_transfer": "bank transfer",
    "mtn_momo": "MTN MoMo",
    "airtel_money": "Airtel Money",
    "cheque": "cheque",
    "cash": "cash",
}
_METHODS_SQL = ", ".join(f"'{m}'" for m in PAYMENT_METHODS)
_WORDS_SQL = " ".join(f"WHEN '{m}' THEN '{w}'" for m, w in METHOD_WORDS.items())

_ACCOUNT_LOCKED = (
    """    -- The account's row lock: two payments from it never both spend the same money."""
)
_METHOD_CHECKED = f"""    -- Migration 0108: the method of the transfer is one of the five; it is written
    -- into the debit's description and onto any payslip that has none.
    IF v_method NOT IN ({_METHODS_SQL}) THEN
        RAISE EXCEPTION USING ERRCODE = 'DW451', MESSAGE = 'not a payment method',
            DETAIL = json_build_object('method', v_method)::text,
            COLUMN = 'payment_method';
    END IF;
{_ACCOUNT_LOCKED}"""

_DESCRIPTION = """            'Salaries ' || to_char(v_period.period_start, 'FMMonth YYYY'),"""
_DESCRIPTION_WITH_METHOD = f"""            -- Migration 0108: how the money left the account, kept on its debit.
            'Salaries ' || to_char(v_period.period_start, 'FMMonth YYYY')
                || ' (' || CASE v_method {_WORDS_SQL} END || ')',"""

_ONE_METHOD = """       SET status = 'paid', payment_date = v_paid_on, payment_method = v_method"""
_EACH_ITS_OWN = """       -- Migration 0108: each payslip keeps how its person is paid (a MoMo number
       -- stays MoMo when the batch leaves a bank account); one with none takes the
       -- transfer's method.
       SET status = 'paid', payment_date = v_paid_on,
           payment_method = coalesce(r.payment_method, v_method)"""


def _pay_payroll() -> str:
    # 0063's text is already a CREATE OR REPLACE (``earlier_function``).
    create = replaced(_0063.PAY_PAYROLL, _ACCOUNT_LOCKED, _METHOD_CHECKED)
    create = replaced(create, _DESCRIPTION, _DESCRIPTION_WITH_METHOD)
    return replaced(create, _ONE_METHOD, _EACH_ITS_OWN)


PAY_PAYROLL = _pay_payroll()

# --------------------------------------------------------------------------- a payslip's method

PAYSLIP_METHOD_SIGNATURE = "public.dicel_payslip_method()"
#: Airtel Rwanda's mobile prefixes (after +250): a MoMo number of theirs is paid by
#: Airtel Money, any other (MTN's 78, 79) by MTN MoMo.
AIRTEL_PREFIXES = ("72", "73")
_AIRTEL_SQL = ", ".join(f"'{p}'" for p in AIRTEL_PREFIXES)
PAYSLIP_METHOD = f"""
CREATE FUNCTION {PAYSLIP_METHOD_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_details jsonb;
    v_number text;
BEGIN
    -- Migration 0108: a payslip is paid as its person is (a MoMo number, a bank
    -- account), unless a method was written on it.
    IF NEW.payment_method IS NOT NULL THEN
        RETURN NEW;
    END IF;
    SELECT e.bank_details INTO v_details FROM public.employees e WHERE e.id = NEW.employee_id;
    IF jsonb_typeof(v_details) <> 'object' THEN
        RETURN NEW;
    END IF;
    IF coalesce(v_details ->> 'momo', '') <> '' THEN
        v_number := regexp_replace(v_details ->> 'momo', '[^0-9]', '', 'g');
        v_number := regexp_replace(v_number, '^(250|0)', '');
        NEW.payment_method := CASE WHEN left(v_number, 2) IN ({_AIRTEL_SQL})
                                   THEN 'airtel_money' ELSE 'mtn_momo' END;
    ELSIF coalesce(v_details ->> 'account_number', v_details ->> 'bank', '') <> '' THEN
        NEW.payment_method := 'bank_transfer';
    END IF;
    RETURN NEW;
END
$$"""
PAYSLIP_METHOD_TRIGGER = "payroll_records_method"
CREATE_PAYSLIP_METHOD_TRIGGER = (
    f"CREATE TRIGGER {PAYSLIP_METHOD_TRIGGER} BEFORE INSERT ON public.payroll_records"
    f" FOR EACH ROW EXECUTE FUNCTION {PAYSLIP_METHOD_SIGNATURE}"
)

# --------------------------------------------------------------------------- the receipt

RECEIPT_STAYS_SIGNATURE = "public.dicel_receipt_stays()"
#: What a link column holds before the document's id (0008's ``LINK_PREFIX``), frozen.
LINK_PREFIX = "dicel-document:"
RECEIPT_STAYS = f"""
CREATE FUNCTION {RECEIPT_STAYS_SIGNATURE} RETURNS trigger
LANGUAGE plpgsql {DEFINER}
AS $$
DECLARE
    v_number text;
BEGIN
    -- Migration 0108: a removed file is not the receipt an expense still names. Read
    -- when the transaction ends (a deferred constraint trigger): an expense deleted
    -- with its files names nothing by then.
    SELECT e.expense_number INTO v_number
      FROM public.expenses e
     WHERE e.id = OLD.owner_id AND e.receipt_url = '{LINK_PREFIX}' || OLD.id::text;
    IF FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'DW450', MESSAGE = 'this file is an expense''s receipt',
            DETAIL = json_build_object('expense', v_number, 'file', OLD.file_name)::text,
            TABLE = 'expenses', COLUMN = 'receipt_url';
    END IF;
    RETURN NULL;
END
$$"""
RECEIPT_TRIGGER = "documents_receipt_stays"
CREATE_RECEIPT_TRIGGER = (
    f"CREATE CONSTRAINT TRIGGER {RECEIPT_TRIGGER} AFTER DELETE ON public.documents"
    " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.owner_table = 'expenses')"
    f" EXECUTE FUNCTION {RECEIPT_STAYS_SIGNATURE}"
)


def upgrade() -> None:
    # CREATE OR REPLACE keeps the function's owner and grants.
    execute_sql(PAY_PAYROLL)
    create_owned_function(PAYSLIP_METHOD, PAYSLIP_METHOD_SIGNATURE)
    execute_sql(CREATE_PAYSLIP_METHOD_TRIGGER)
    create_owned_function(RECEIPT_STAYS, RECEIPT_STAYS_SIGNATURE)
    execute_sql(CREATE_RECEIPT_TRIGGER)


def downgrade() -> None:
    execute_sql(f"DROP TRIGGER {PAYSLIP_METHOD_TRIGGER} ON public.payroll_records")
    execute_sql(f"DROP FUNCTION {PAYSLIP_METHOD_SIGNATURE}")
    execute_sql(f"DROP TRIGGER {RECEIPT_TRIGGER} ON public.documents")
    execute_sql(f"DROP FUNCTION {RECEIPT_STAYS_SIGNATURE}")
    execute_sql(_0063.PAY_PAYROLL)
