"""Invoices: issuing one, recording what a client paid, and moving unpaid ones past
their due date to overdue.

Totals are the database's (triggers of migration 0014: the lines' sum, VAT at the
setting ``tax.vat_rate_percent``); a payment is a posted credit on the receiving account
whose reference is the invoice number, added with the account's balance and the
invoice's state in one transaction by ``dicel_record_invoice_payment``; a payment is taken
off again by ``dicel_reverse_invoice_payment`` (migration 0066): a debit of it on its
account naming the payment, the reason kept on the invoice. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from dicel_desktop.domain.amounts import Amount
from dicel_desktop.domain.entry_rules import INVOICE_DAYS_AFTER_ISSUE, INVOICE_DAYS_BEFORE_ISSUE
from dicel_desktop.domain.errors import Conflict, DicelError, InvalidInput
from dicel_desktop.domain.states import PaymentMethod
from dicel_desktop.services.forms import refuse_too_long
from dicel_desktop.services.record_facts import COMPANY_CLOCK_SQL
from dicel_desktop.services.units import call_function

__all__ = [
    "PAYMENT_METHODS",
    "Account",
    "CompanyDetails",
    "InvoiceBalance",
    "InvoiceClient",
    "InvoiceDocument",
    "InvoiceLine",
    "Payment",
    "active_accounts",
    "company_details",
    "invoice_balance",
    "invoice_document",
    "invoice_payments",
    "issue_invoice",
    "mark_overdue",
    "record_payment",
    "reverse_payment",
    "what_stops_cancelling",
    "what_stops_issuing",
    "what_stops_reversing",
]

#: How money arrives or leaves (the codes the demo company and the payslips use).
PAYMENT_METHODS = tuple(method.value for method in PaymentMethod)


@dataclass(frozen=True)
class Account:
    id: uuid.UUID
    name: str
    number: str
    currency: str
    balance: Decimal
    #: ``account_type``: bank, mobile_money, cash, savings, ...
    kind: str = "bank"


@dataclass(frozen=True)
class InvoiceBalance:
    """What an invoice totals, what has been paid on it and what is still owed."""

    number: str
    client: str | None
    status: str
    currency: str
    total: Decimal
    paid: Decimal
    due_date: dt.date
    #: The first day a payment may be received on: the invoice's date, or the day it was
    #: written if earlier (DW348, migration 0092).
    earliest: dt.date | None = None
    #: Today in the company's days, as the database counts DW309 (migration 0069).
    today: dt.date | None = None
    #: The company's wall clock as this was read (``record_facts.COMPANY_CLOCK_SQL``):
    #: today moves on from it at the company's midnight (``company_day_source``).
    clock: dt.datetime | None = None

    @property
    def outstanding(self) -> Decimal:
        return self.total - self.paid


def issue_invoice(session: Session, invoice_id: uuid.UUID) -> None:
    """Draft -> sent: its lines and totals are fixed from now on."""
    call_function(
        session,
        "SELECT public.dicel_issue_invoice(:invoice)",
        {"invoice": invoice_id},
        table="invoices",
    )


def cancel_invoice(session: Session, invoice_id: uuid.UUID, note: str | None = None) -> None:
    """Draft, sent or overdue, with nothing received -> cancelled; ``note`` is added to its
    notes."""
    call_function(
        session,
        "SELECT public.dicel_cancel_invoice(:invoice, :note)",
        {"invoice": invoice_id, "note": note or None},
        table="invoices",
    )


def record_payment(
    session: Session,
    invoice_id: uuid.UUID,
    account_id: uuid.UUID,
    amount: Decimal,
    paid_on: dt.date,
    payment_method: str | None,
    reference: str | None = None,
    shown_paid: Decimal | None = None,
) -> uuid.UUID:
    """Book a client's payment of an invoice on the receiving account; returns the
    transaction's id. The payer's reference (a cheque number, a MoMo transaction id) is
    as long as a transaction's reference number may be, else refused (field_too_long).
    ``shown_paid``: what the person was shown as paid so far; a payment or reversal
    booked since refuses this one (``paid_since_shown``, migration 0143), naming it."""
    reference = refuse_too_long("transactions", "reference_number", reference, field="reference")
    return call_function(
        session,
        "SELECT public.dicel_record_invoice_payment(:invoice, :account, :amount, :paid_on,"
        " :method, :reference, CAST(:shown_paid AS numeric))",
        {
            "invoice": invoice_id,
            "account": account_id,
            "amount": amount,
            "paid_on": paid_on,
            "method": payment_method,
            "reference": reference,
            "shown_paid": shown_paid,
        },
        table="invoices",
    )


@dataclass(frozen=True)
class Payment:
    """A payment of an invoice (a posted credit referencing its number), and whether a
    reversal has taken it off again."""

    id: uuid.UUID
    number: str
    paid_on: dt.date
    amount: Decimal
    currency: str
    account: str | None
    #: The reversal's number, once reversed (migration 0066).
    reversed_by: str | None = None
    #: What the account it arrived on holds now, and whether it is open: a reversal
    #: takes the payment off it, never below zero nor on a closed one (migration 0074).
    account_balance: Decimal | None = None
    account_active: bool = True

    @property
    def reversible(self) -> bool:
        return self.reversed_by is None


def what_stops_reversal(payment: Payment) -> DicelError | None:
    """Why ``dicel_reverse_invoice_payment`` would refuse this payment for its account
    (DW344 closed, DW345 holding less than the payment), as read with it; None when
    nothing does. The database asks again under the account's lock."""
    if not payment.account_active:
        return Conflict(
            "reversal_account_closed",
            account=payment.account or "",
            transaction=payment.number,
            field="transaction",
        )
    held = payment.account_balance or Decimal(0)
    if held < payment.amount:
        return Conflict(
            "reversal_account_short",
            account=payment.account or "",
            transaction=payment.number,
            balance=Amount(held, payment.currency),
            needed=Amount(payment.amount, payment.currency),
            currency=payment.currency,
            field="transaction",
        )
    return None


def invoice_payments(session: Session, invoice_id: uuid.UUID) -> list[Payment]:
    """The invoice's payments, oldest first, each with its reversal if it has one (what
    ``dicel_invoice_paid`` counts, before the reversals are taken off)."""
    rows = session.execute(
        sa.text(
            "SELECT t.id, t.transaction_number, t.transaction_date, t.amount, t.currency,"
            " a.account_name, r.transaction_number AS reversed_by,"
            " coalesce(a.balance, 0) AS account_balance,"
            " coalesce(a.is_active, true) AS account_active"
            " FROM public.invoices i"
            " JOIN public.transactions t ON t.reference_number = i.invoice_number"
            "  AND t.transaction_type = 'credit' AND t.status = 'posted'"
            "  AND t.currency = i.currency"
            " LEFT JOIN public.financial_accounts a ON a.id = t.account_id"
            " LEFT JOIN public.transactions r ON r.reverses_transaction_id = t.id"
            " WHERE i.id = :invoice"
            " ORDER BY t.transaction_date, t.transaction_number"
        ),
        {"invoice": invoice_id},
    ).all()
    return [
        Payment(
            r.id,
            r.transaction_number,
            r.transaction_date,
            r.amount,
            r.currency,  # the invoice's: the join asks it
            r.account_name,
            r.reversed_by,
            r.account_balance,
            r.account_active,
        )
        for r in rows
    ]


def reverse_payment(session: Session, transaction_id: uuid.UUID, reason: str) -> uuid.UUID:
    """Take a payment off its invoice: a debit of it on the same account, the invoice's
    paid amount and state moved back, ``reason`` kept on the invoice; returns the
    reversal's id. Refused once it is reversed, for anything but an invoice's payment,
    on a cancelled invoice, and without a reason."""
    return call_function(
        session,
        "SELECT public.dicel_reverse_invoice_payment(:transaction, :reason)",
        {"transaction": transaction_id, "reason": reason},
        table="invoices",
    )


def what_stops_reversing(session: Session, invoice_id: uuid.UUID) -> DicelError | None:
    """Why Reverse payment… has nothing to do on the invoice: no payment of it is left
    unreversed; None when one is (or the invoice is not to be read). One read."""
    try:
        balance = invoice_balance(session, invoice_id)
        payments = invoice_payments(session, invoice_id) if balance is not None else []
    finally:
        session.rollback()
    if balance is None or any(p.reversible for p in payments):
        return None
    return Conflict("invoice_nothing_to_reverse", invoice=balance.number)


def mark_overdue(session: Session) -> int:
    """Sent invoices past their due date with nothing received become overdue (a partly
    paid one stays partially paid); how many did."""
    return call_function(
        session, "SELECT public.dicel_mark_overdue_invoices()", {}, table="invoices"
    )


def invoice_balance(session: Session, invoice_id: uuid.UUID) -> InvoiceBalance | None:
    """The invoice's total, paid and outstanding amounts (None: not there, or not seen)."""
    row = (
        session.execute(
            sa.text(
                "SELECT i.invoice_number, c.company_name, i.status, i.currency,"
                " i.total_amount, public.dicel_invoice_paid(i.id) AS paid, i.due_date,"
                " least(i.invoice_date, public.dicel_company_day(i.created_at)) AS earliest,"
                " public.dicel_company_day() AS today,"
                f" {COMPANY_CLOCK_SQL} AS clock"
                " FROM public.invoices i LEFT JOIN public.clients c ON c.id = i.client_id"
                " WHERE i.id = :invoice"
            ),
            {"invoice": invoice_id},
        )
        .mappings()
        .one_or_none()
    )
    if row is None:
        return None
    return InvoiceBalance(
        number=row["invoice_number"],
        client=row["company_name"],
        status=row["status"] or "draft",
        currency=row["currency"] or "RWF",
        total=row["total_amount"],
        paid=row["paid"],
        due_date=row["due_date"],
        earliest=row["earliest"],
        today=row["today"],
        clock=row["clock"],
    )


def what_stops_issuing(session: Session, invoice_id: uuid.UUID) -> DicelError | None:
    """Why ``dicel_issue_invoice`` would refuse the draft now, of what its form shows: a
    total not above zero (DW494), or a date more than ``INVOICE_DAYS_BEFORE_ISSUE`` days
    before the company's day or ``INVOICE_DAYS_AFTER_ISSUE`` after it (DW495; migration
    0118); None when neither, or it is not to be read. One read, as the caller."""
    try:
        row = session.execute(
            sa.text(
                "SELECT i.invoice_number, i.invoice_date, i.subtotal, i.total_amount,"
                " i.currency, public.dicel_company_day() - :before AS earliest,"
                " public.dicel_company_day() + :after AS latest, l.lined, l.lines_total"
                " FROM public.invoices i, LATERAL (SELECT count(*) > 0 AS lined,"
                " coalesce(sum(l.total_price), 0) AS lines_total FROM public.invoice_items l"
                " WHERE l.invoice_id = i.id) l WHERE i.id = :id"
            ),
            {
                "id": invoice_id,
                "before": INVOICE_DAYS_BEFORE_ISSUE,
                "after": INVOICE_DAYS_AFTER_ISSUE,
            },
        ).one_or_none()
    finally:
        session.rollback()
    if row is None:
        return None
    # Without lines it is DW306, which the person meets at Issue as before. Read from
    # the lines as the function reads them (VAT never turns a total's sign); the stored
    # total said when it is theirs (a row a superuser loaded keeps none).
    if row.lined and row.lines_total <= 0:
        total = row.total_amount if row.subtotal == row.lines_total else row.lines_total
        return InvalidInput(
            "invoice_for_nothing",
            invoice=row.invoice_number,
            amount=Amount.parse(total, row.currency) or total,
            currency=row.currency,
        )
    if row.invoice_date is not None and not row.earliest <= row.invoice_date <= row.latest:
        return InvalidInput(
            "invoice_dated_far",
            invoice=row.invoice_number,
            date=row.invoice_date.isoformat(),
            earliest=row.earliest.isoformat(),
            latest=row.latest.isoformat(),
        )
    return None


def what_stops_cancelling(session: Session, invoice_id: uuid.UUID) -> DicelError | None:
    """Why migration 0060 would refuse cancelling the invoice now: money was received on
    it (DW335); None when nothing does, or it is not to be read. One read, as the caller."""
    try:
        balance = invoice_balance(session, invoice_id)
    finally:
        session.rollback()
    if balance is None or not balance.paid:
        return None
    return Conflict(
        "invoice_money_received",
        amount=Amount.parse(balance.paid, balance.currency) or balance.paid,
        currency=balance.currency,
        invoice=balance.number,
    )


def paying_days(
    session: Session, approved: dt.datetime | dt.date | None, fallback: dt.date | None
) -> tuple[dt.date | None, dt.datetime]:
    """(the first day money approved at ``approved`` may be paid on, the company's wall
    clock now), in the company's days as the database counts them for DW338 and DW309
    (migration 0069), not on this computer's clock: today is the clock's day, and moves
    on with it (``record_facts.company_day_source``). ``approved``: the approval's moment
    (or its day); None where none was recorded: ``fallback``."""
    row = session.execute(
        sa.text(
            f"SELECT public.dicel_company_day(CAST(:approved AS timestamptz)), {COMPANY_CLOCK_SQL}"
        ),
        {"approved": approved if isinstance(approved, dt.datetime) else None},
    ).one()
    first = row[0] if isinstance(approved, dt.datetime) else approved
    return first or fallback, row[1]


def active_accounts(session: Session, currency: str) -> list[Account]:
    """The accounts money in ``currency`` may arrive on or leave from, by name."""
    rows = session.execute(
        sa.text(
            "SELECT id, account_name, account_number, currency, coalesce(balance, 0) AS balance,"
            " coalesce(account_type, '') AS account_type"
            " FROM public.financial_accounts"
            " WHERE coalesce(is_active, true) AND currency = :currency"
            " ORDER BY account_name, id"
        ),
        {"currency": currency},
    ).all()
    return [
        Account(r.id, r.account_name, r.account_number, r.currency, r.balance, r.account_type)
        for r in rows
    ]


# --------------------------------------------------------------------------- the printed invoice


@dataclass(frozen=True)
class CompanyDetails:
    """What a document the company sends out says of it (settings ``company.*``)."""

    name: str | None = None
    address: str | None = None
    tin: str | None = None
    phone: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class InvoiceClient:
    """Whom an invoice is billed to, as its reader may read the client."""

    name: str | None = None
    contact: str | None = None
    address: str | None = None
    tax_number: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class InvoiceLine:
    description: str
    quantity: Decimal
    unit_price: Decimal
    total: Decimal


@dataclass(frozen=True)
class InvoiceDocument:
    """One invoice with what printing it needs: no internal notes, nor who wrote it."""

    number: str
    invoice_date: dt.date
    due_date: dt.date
    currency: str
    status: str
    subtotal: Decimal
    tax: Decimal
    total: Decimal
    #: What has been received on it, as ``invoice_balance`` counts it (payments less
    #: their reversals); None when the reader may not count payments (recovery,
    #: compliance: no EXECUTE on ``dicel_invoice_paid``).
    paid: Decimal | None
    paid_date: dt.date | None
    client: InvoiceClient
    lines: tuple[InvoiceLine, ...]
    company: CompanyDetails

    @property
    def balance(self) -> Decimal | None:
        """What is still owed on it (None when the payments are not known)."""
        return None if self.paid is None else self.total - self.paid


#: The client's columns an invoice prints, in ``InvoiceClient``'s order.
_CLIENT_COLUMNS = ("company_name", "contact_person", "address", "tax_number", "email", "phone")


def company_details(session: Session) -> CompanyDetails:
    """The company's name, address, TIN, phone and e-mail, for every login
    (``dicel_company_details``, migration 0099: the settings table is admin's)."""
    row = session.execute(sa.text("SELECT * FROM public.dicel_company_details()")).one()
    return CompanyDetails(row.name, row.address, row.tin, row.phone, row.email)


def invoice_document(session: Session, invoice_id: uuid.UUID) -> InvoiceDocument | None:
    """The invoice as it prints, under the caller's own grants: None when it is not
    there or they may not read it; the client's columns they may not read left empty;
    what was paid only where they may count payments. Asked first, not tried: a refused
    statement would abort the worker's transaction."""
    client_grants = ", ".join(
        f"has_column_privilege('public.clients', '{column}', 'SELECT')"
        for column in _CLIENT_COLUMNS
    )
    may_read, may_count, *client_grants = session.execute(
        sa.text(
            "SELECT has_table_privilege('public.invoices', 'SELECT')"
            "       AND has_table_privilege('public.invoice_items', 'SELECT'),"
            "       has_function_privilege('public.dicel_invoice_paid(uuid)', 'EXECUTE'),"
            f"      {client_grants}"
        )
    ).one()
    if not may_read:
        return None
    paid = "public.dicel_invoice_paid(i.id)" if may_count else "NULL::numeric"
    row = (
        session.execute(
            sa.text(
                "SELECT i.invoice_number, i.invoice_date, i.due_date, i.currency, i.status,"
                " i.subtotal, coalesce(i.tax_amount, 0) AS tax_amount, i.total_amount,"
                f" i.paid_date, i.client_id, {paid} AS paid"
                " FROM public.invoices i WHERE i.id = :invoice"
            ),
            {"invoice": invoice_id},
        )
        .mappings()
        .one_or_none()
    )
    if row is None:
        return None
    client = InvoiceClient()
    if row["client_id"] is not None and any(client_grants):
        readable = ", ".join(
            f"c.{column}" if granted else "NULL"
            for column, granted in zip(_CLIENT_COLUMNS, client_grants, strict=True)
        )
        found = session.execute(
            sa.text(f"SELECT {readable} FROM public.clients c WHERE c.id = :client"),
            {"client": row["client_id"]},
        ).one_or_none()
        if found is not None:
            client = InvoiceClient(*found)
    lines = session.execute(
        sa.text(
            "SELECT description, quantity, unit_price,"
            " coalesce(total_price, quantity * unit_price) AS total"
            " FROM public.invoice_items WHERE invoice_id = :invoice"
            # As they were added (the lines' list shows the newest first); lines stored
            # in one transaction before migration 0144 tie on created_at: by their
            # words then, the same at every print, rather than by a random uuid.
            " ORDER BY created_at, description, id"
        ),
        {"invoice": invoice_id},
    ).all()
    return InvoiceDocument(
        number=row["invoice_number"],
        invoice_date=row["invoice_date"],
        due_date=row["due_date"],
        currency=row["currency"] or "RWF",
        status=row["status"] or "draft",
        subtotal=row["subtotal"],
        tax=row["tax_amount"],
        total=row["total_amount"],
        paid=row["paid"],
        paid_date=row["paid_date"],
        client=client,
        lines=tuple(InvoiceLine(r.description, r.quantity, r.unit_price, r.total) for r in lines),
        company=company_details(session),
    )
