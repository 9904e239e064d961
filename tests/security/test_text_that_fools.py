"""Migrations 0077 and 0080, as real logins: a text is read as it shows. Invisible and look-alike
characters fool no rule on text (a required reason, a step's line DW021, an order's
number DW223), and the window's "blank" is the database's; a character that turns the
text round is refused (DW022); a step's line is its exact shape, so ordinary words are
typed; a posted entry's description stays (DL001); the dashboard's receivables are
what ``dicel_invoice_paid`` says is still owed. Since 0080: unassigned characters drawn
as nothing, Unicode's confusables, ASCII digits in disguise in a step line's date and an
order's number, and a text steps write lines into is of a readable length (DW023)."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from finance_data import account, client, invoice
from logins import Person
from shop import Shop
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.domain.case_flows import FLOWS, missing_text
from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.roles import Role
from dicel_desktop.domain.text_rules import folded, is_blank
from dicel_desktop.services import cases, invoicing
from dicel_desktop.services.dashboards import load_dashboard
from dicel_desktop.services.db_errors import explain
from dicel_desktop.services.listing import Between, Equals, Listing, ListQuery
from dicel_desktop.services.visibility import columns_for

#: Nothing that shows, as the review typed it: a soft hyphen, a Braille blank, a Hangul
#: filler (and its halfwidth form), a combining mark alone, U+2061, a combining grapheme
#: joiner, a record separator, a zero-width space, and mixes with blanks.
INVISIBLE = (
    "\u00ad",
    "\u2800",
    "\u3164",
    "\uffa0",
    "\u0301",
    "\u2061",
    "\u034f",
    "\x1e",
    "\u200b",
    " \u00ad\t\u2800\n\u3164 ",
    "\ufe0f\u200d",
    # Migration 0080: default-ignorable code points no character is assigned to yet,
    # drawn as nothing; Unicode 15's format characters PostgreSQL 15 does not know.
    "\u2065",
    "\ufff0",
    "\ufff8",
    "\U000e0000",
    "\U000e0002",
    "\U000e0080",
    "\U000e01f0",
    "\U000e0fff",
    "\U00013439",
    " \u2065\U000e0002 ",
    # Migration 0083: the object replacement character, drawn as nothing.
    "\ufffc",
    "\ufffc\u0301 ",
)
#: Texts that show something, the same characters around a word included.
SHOWN = (
    "x",
    "Paid",
    "\u00adPaid\u2800",
    "Pay\u200bment",
    "P\u0430yment",
    "\uff30ayment",
    "\u0420\u041e-2026-000041",
    "ok\x1eWritten off on 2026-01-01: x",
    "caf\u00e9",
    "\u00e9",
    "e\u0301",
    "\u4e2d\u6587",
    "line\r\nnext",
    # Migration 0080: look-alikes of Unicode's confusables, and marks that read as one.
    "\ua4ea\ua4f3",
    "\u13b3",
    "W\u0280\u1d0f\u2c9f\u0578",
    "2026\u02d712\u30fc05\u205a\u02d0\u05c3\ua4fd\u1361\u16ec",
    "\u0915\u0903",
    "\uab83\u13b3",
    "2O26-l2-05",
    # Migration 0083: accents decomposed and removed.
    "Wr\u00edtten \u1ecdff",
    "\ud55c\uad6d\uc5b4",
)


def _as(person: Person, fn, *args, **kwargs):
    with person.session() as session:
        return fn(session, *args, **kwargs)


def _value(engine, statement: str, **params):
    with engine.connect() as conn:
        return conn.execute(text(statement), params).scalar()


def _insert(logins, statement: str, **params) -> uuid.UUID:
    with logins.superuser().begin() as conn:
        return conn.scalar(text(statement), params)


def _refused(person: Person, statement: str, table: str, **params) -> DicelError:
    """``statement`` run as ``person`` through SQLAlchemy, refused: the refusal as the
    desktop words it."""
    with person.engine.begin() as conn, pytest.raises(DBAPIError) as refused:
        conn.execute(text(statement), params)
    return explain(refused.value, table=table)


# --------------------------------------------------------------------------- blank


def test_the_window_and_the_database_agree_on_what_shows(logins):
    """One definition of blank: ``text_rules`` in the window, ``dicel_folded`` and
    ``dicel_given_text`` in the database, on the same strings."""
    clerk = logins.person("client")  # any login: the step-lines trigger folds as the writer
    for value in (*INVISIBLE, *SHOWN):
        shown = _value(clerk.engine, "SELECT dicel_folded(:v)", v=value)
        # dicel_given_text is the workflow functions' (run as their owner).
        given = _value(logins.superuser(), "SELECT dicel_given_text(:v)", v=value)
        assert (shown, given is None) == (folded(value), is_blank(value)), repr(value)
    assert all(is_blank(v) for v in INVISIBLE)
    assert not any(is_blank(v) for v in SHOWN)
    # A case step's required text, as the window checks it before asking.
    audit = next(s for s in FLOWS["compliance_audits"].steps if s.requires)
    (column, *_rest) = audit.requires
    assert missing_text(audit, {c: "Found" for c in audit.requires}) == ()
    assert column in missing_text(audit, {c: "\u2800\u00ad" for c in audit.requires})


def _case(logins) -> uuid.UUID:
    return _insert(
        logins,
        "INSERT INTO recovery_cases (case_number, case_type, description, amount_involved,"
        " status) VALUES (:n, 'Debt', 'Unpaid guarding', 2010000, 'in_progress') RETURNING id",
        n=f"RC-{uuid.uuid4().hex[:8]}",
    )


def test_a_reason_of_invisible_characters_is_no_reason(logins):
    officer = logins.person("recovery")
    case = _case(logins)
    sql = "SELECT dicel_write_off_recovery_case(%s, %s, NULL)"
    for blank in INVISIBLE:
        assert officer.psql_refusal(sql, (case, blank)) == "DW490", repr(blank)
        with pytest.raises(DicelError) as refused:
            _as(officer, cases.take_step, "recovery_cases", "write_off", case, reason=blank)
        assert refused.value.code == "case_reason_missing"
    ticket = _insert(
        logins,
        "INSERT INTO it_support_tickets (ticket_number, category, subject, description,"
        " status) VALUES ('T-1', 'hardware', 'Printer', 'Jammed', 'in_progress') RETURNING id",
    )
    for blank in INVISIBLE:
        sql = "SELECT dicel_resolve_it_ticket(%s, %s)"
        assert logins.person("it").psql_refusal(sql, (ticket, blank)) == "DW402", repr(blank)
    assert _value(officer.engine, "SELECT status FROM recovery_cases WHERE id = :i", i=case) == (
        "in_progress"
    )


# --------------------------------------------------------------------------- direction


def test_a_character_that_turns_the_text_round_is_refused(logins):
    officer = logins.person("recovery")
    case = _case(logins)
    for control in ("\u202e", "\u202a", "\u2066", "\u2069"):
        reason = f"debtor paid {control}draob eht yb devorppa"
        sql = "SELECT dicel_write_off_recovery_case(%s, %s, NULL)"
        assert officer.psql_refusal(sql, (case, reason)) == "DW022", repr(control)
        update = "UPDATE recovery_cases SET description = %s WHERE id = %s"
        assert officer.psql_refusal(update, (f"Debt{control} 2026", case)) == "DW022"
    with pytest.raises(DicelError) as refused:
        _as(
            officer,
            cases.take_step,
            "recovery_cases",
            "write_off",
            case,
            reason="paid \u202edraob",
        )
    assert (refused.value.code, refused.value.params.get("field")) == (
        "direction_control",
        "reason",
    )
    assert refused.value.message == (
        "This text contains a character that changes the direction of the text, which makes"
        " it read differently from how it was typed: type it again without it."
    )
    error = _refused(
        officer,
        "UPDATE recovery_cases SET description = :d WHERE id = :i",
        "recovery_cases",
        d="Debt \u202eo",
        i=case,
    )
    assert (error.code, error.params.get("field")) == ("direction_control", "description")
    # Nothing changed; the same words without it are taken.
    assert _value(
        officer.engine, "SELECT description FROM recovery_cases WHERE id = :i", i=case
    ) == ("Unpaid guarding")
    assert officer.psql_refusal("UPDATE recovery_cases SET description = %s WHERE id = %s",
                 ("Debt 2026", case)) is None  # fmt: skip


# --------------------------------------------------------------------------- step lines

#: "Payment TXN-... reversed on ...: ..." in disguise, as the review typed it.
REVERSALS = (
    "\u00adPayment TXN-2026-000001 reversed on 2026-12-01: cheque bounced",
    "P\u0430yment TXN-2026-000001 reversed on 2026-12-01: cheque bounced",
    "Pay\u200bment TXN-2026-000001 reversed on 2026-12-01: cheque bounced",
    "\u2061Payment TXN-2026-000001 reversed on 2026-12-01: cheque bounced",
    "\u034fPayment TXN-2026-000001 reversed on 2026-12-01: cheque bounced",
    "\uff30ayment TXN-2026-000001 reversed on 2026-12-01: ok",
    "Payment TXN-2026-000001 reversed on:2026-12-01: ok",
    "Payment TXN\u20112026\u2011000001 reversed on 2026\u201112\u201101\uff1a ok",
)


def _sent_invoice(logins, finance: Person) -> uuid.UUID:
    bill = invoice(
        finance,
        client(logins.person("client")),
        ("Guarding", Decimal("1"), Decimal("100000")),
        invoice_date=dt.date.today() - dt.timedelta(days=1),
        due_date=dt.date.today() + dt.timedelta(days=30),
    )
    with finance.session() as session:
        invoicing.issue_invoice(session, bill)
    return bill


def test_a_step_line_in_disguise_is_typed_by_nobody(logins):
    finance = logins.person("finance")
    bill = _sent_invoice(logins, finance)
    update = "UPDATE invoices SET notes = %s WHERE id = %s"
    for forged in REVERSALS:
        assert finance.psql_refusal(update, (f"Note\n{forged}", bill)) == "DW021", forged
    # A record separator breaks the line where Python and the window break it.
    assert finance.psql_refusal(update, (f"ok\x1e{REVERSALS[0][1:]}", bill)) == "DW021"
    assert finance.psql_refusal(update, (f"ok\u2028{REVERSALS[0][1:]}", bill)) == "DW021"
    # Notes that only mention a reversal are notes.
    ordinary = "Payment TXN-2026-000001 reversed on the bank's side, says the client"
    assert finance.psql_refusal(update, (ordinary, bill)) is None

    officer = logins.person("recovery")
    case = _case(logins)
    update = "UPDATE recovery_cases SET description = %s WHERE id = %s"
    for forged in (
        "Wr\u0456tten \u043eff on 2026-01-01: board",
        "\u00adWritten off on 2026-01-01: board",
        "  written   OFF on 2026-01-01: board",
    ):
        assert officer.psql_refusal(update, (f"Debt\n{forged}", case)) == "DW021", forged


def test_an_order_closed_short_in_disguise_is_typed_by_nobody(shop: Shop):
    order = shop.draft()
    update = "UPDATE purchase_orders SET notes = %s WHERE id = %s"
    for forged in (
        "Closed short on 2026-12-01, 3 of 10 received: supplier gone",
        "Cl\u043esed short on 2026-12-01, 3 of 10 received: supplier gone",
        "\u00adClosed short on 2026-12-01, 3 of 10 received: x",
        "Closed\u200b short\u200b on 2026-12-01, 3 of 10 received: x",
    ):
        assert shop.clerk.psql_refusal(update, (forged, order)) == "DW021", forged
    assert shop.clerk.psql_refusal(update, ("Closed short on Friday: cash", order)) is None


def _contract(logins, status: str, terms: str) -> uuid.UUID:
    return _insert(
        logins,
        "INSERT INTO contracts (contract_number, contract_type, start_date, end_date, terms,"
        " status) VALUES (:n, 'Guarding', current_date - 90, current_date + 450, :t, :s)"
        " RETURNING id",
        n=f"CT-{uuid.uuid4().hex[:8]}",
        t=terms,
        s=status,
    )


def test_a_contracts_terms_say_how_it_ends_in_ordinary_words(logins):
    """0074 took any line starting "Terminated on" for the step's: a draft's terms could
    not say how the contract may be ended."""
    clerk = logins.person("client")
    draft = _contract(logins, "draft", "24/7 guarding")
    update = "UPDATE contracts SET terms = %s WHERE id = %s"
    terms = (
        "24/7 guarding, three guards\n"
        "Terminated on 30 days' written notice by either party.\n"
        "Marked expired on the end date unless renewed in writing."
    )
    assert clerk.psql_refusal(update, (terms, draft)) is None
    insert = (
        "INSERT INTO contracts (contract_type, start_date, end_date, terms) VALUES"
        " ('Guarding', current_date, current_date + 365, %s)"
    )
    assert clerk.psql_refusal(insert, (terms,)) is None
    # The steps' own lines, in any disguise, are still theirs.
    active = _contract(logins, "active", "24/7 guarding")
    for forged in (
        "Terminated on 2026-01-01: by mutual consent",
        "Marked expired on 2026-01-01: lapsed",
        "T\u0435rminated on 2026-01-01: x",
    ):
        assert clerk.psql_refusal(update, (f"24/7 guarding\n{forged}", active)) == "DW021", forged


# --------------------------------------------------------------------------- stock


def test_an_order_number_in_look_alike_letters_is_cited_by_no_movement(shop: Shop):
    lamp = shop.item("Lamp", stock=20)
    move = "SELECT dicel_move_stock(%s, %s, %s, %s, %s, %s)"
    for reference in (
        "\u0420\u041e-2026-000041",  # Cyrillic Er and O
        "\u03a1\u039f-2026-000041",  # Greek Rho and Omicron
        "P\u00adO-2026-000041",
        "PO-2026\u2061-000041",
    ):
        call = (lamp, "out", 1, "transfer", reference, "moved")
        assert shop.clerk.psql_refusal(move, call) == "DW223", repr(reference)
    assert shop.stock(lamp) == 20


# --------------------------------------------------------------------------- ledger


def _paid(logins, finance: Person) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID, uuid.UUID]:
    """An invoice of 118,000 RWF paid 50,000 then 20,000, the second reversed: (invoice,
    the standing payment, the reversed one, its reversal)."""
    bank = account(finance, opening=Decimal("500000"))
    bill = _sent_invoice(logins, finance)
    paid = []
    for amount in ("50000", "20000"):
        with finance.session() as session:
            paid.append(
                invoicing.record_payment(
                    session, bill, bank, Decimal(amount), dt.date.today(), "cheque", None
                )
            )
    _as(finance, invoicing.reverse_payment, paid[1], "Cheque bounced")
    reversal = _value(
        finance.engine,
        "SELECT id FROM transactions WHERE reverses_transaction_id = :p",
        p=paid[1],
    )
    return bill, paid[0], paid[1], reversal


def test_a_posted_entrys_words_stay(logins):
    finance = logins.person("finance")
    _bill, payment, reversed_payment, reversal = _paid(logins, finance)
    update = "UPDATE transactions SET description = %s WHERE id = %s"
    for entry in (payment, reversed_payment, reversal):
        assert finance.psql_refusal(update, ("Duplicate entry, ignore", entry)) == "DL001"
    words = _value(finance.engine, "SELECT description FROM transactions WHERE id = :i", i=reversal)
    error = _refused(
        finance,
        "UPDATE transactions SET description = :d WHERE id = :i",
        "transactions",
        d="never received",
        i=reversal,
    )
    assert (error.code, error.params.get("field")) == ("record_locked_in_state", "description")
    assert (
        _value(finance.engine, "SELECT description FROM transactions WHERE id = :i", i=reversal)
        == words
    )
    # A pending entry's words are still finance's to write (a pending entry is none of
    # finance's making: the seed's data holds some).
    pending = _insert(
        logins,
        "INSERT INTO transactions (account_id, transaction_type, amount, currency,"
        " description, transaction_date, status) SELECT account_id, 'debit', 10, 'RWF',"
        " 'Rent', current_date, 'pending' FROM transactions WHERE id = :p RETURNING id",
        p=payment,
    )
    assert finance.psql_refusal(update, ("Rent, March", pending)) is None


def test_receivables_are_what_the_database_says_is_still_owed(logins):
    """Since 0066 a reversal puts its payment back on the invoice: the dashboard's sum,
    written out for its grants, says what ``dicel_invoice_paid`` says."""
    finance = logins.person("finance")
    bill, *_payments = _paid(logins, finance)
    assert _value(finance.engine, "SELECT dicel_invoice_paid(:i)", i=bill) == Decimal("50000")
    with finance.engine.connect() as conn:
        shown = next(
            v.value
            for v in load_dashboard(conn, "finance").figures
            if v.figure.key == "receivables"
        )
    owed = _value(
        finance.engine,
        "SELECT coalesce(sum(total_amount - dicel_invoice_paid(id)), 0) FROM invoices"
        " WHERE status IN ('sent', 'partially_paid', 'overdue') AND currency = 'RWF'",
    )
    assert shown == owed
    # This invoice's part of it: its total less the payment that stands.
    total = _value(finance.engine, "SELECT total_amount FROM invoices WHERE id = :i", i=bill)
    assert owed >= total - Decimal("50000") > total - Decimal("70000")


def test_the_invoices_list_says_what_was_paid_and_is_due_as_the_database_does(logins):
    """The invoices list's "Amount paid" and "Balance due" (eye29b; the dashboard's own
    sum, ``services.invoice_balance``) say what ``dicel_invoice_paid`` says, a reversed
    payment put back, under the reader's own rights: finance and compliance read them,
    sorted and filtered by them; recovery, who may not read the payments, is not offered
    them, and the server would refuse them."""
    finance = logins.person("finance")
    bill, *_payments = _paid(logins, finance)
    number = _value(finance.engine, "SELECT invoice_number FROM invoices WHERE id = :i", i=bill)
    total = _value(finance.engine, "SELECT total_amount FROM invoices WHERE id = :i", i=bill)
    columns = ("invoice_number", "total_amount", "amount_paid", "balance_due")
    for role in ("finance", "compliance"):
        person = logins.person(role)
        assert set(columns) <= set(columns_for(Role(role), "invoices"))
        query = ListQuery(
            "invoices",
            columns,
            sort="balance_due",
            descending=True,
            filters=(Equals("invoice_number", number), Between("balance_due", 1, None)),
        )
        with person.engine.connect() as conn:
            (row,) = Listing(query).first(conn, 10)
        assert row[2:6] == (number, total, Decimal("50000"), total - Decimal("50000")), role
    # A draft owes nothing yet and a cancelled invoice nothing at all: no balance, and
    # not among those a clerk filters for what is owed.
    draft = invoice(
        finance, client(logins.person("client")), ("Patrols", Decimal("2"), Decimal("9000"))
    )
    void = _sent_invoice(logins, finance)
    with finance.session() as session:
        invoicing.cancel_invoice(session, void, "Raised twice")
    numbers = tuple(
        _value(finance.engine, "SELECT invoice_number FROM invoices WHERE id = :i", i=i)
        for i in (draft, void)
    )
    with finance.engine.connect() as conn:
        rows = Listing(ListQuery("invoices", columns, sort="invoice_number")).first(conn, 1000)
        owing = Listing(
            ListQuery("invoices", columns, filters=(Between("balance_due", 1, None),))
        ).first(conn, 1000)
    shown = {row[2]: row[2:6] for row in rows}
    assert [shown[n][3] for n in numbers] == [None, None]
    assert [shown[n][2] for n in numbers] == [Decimal("0"), Decimal("0")]  # nothing received
    assert not set(numbers) & {row[2] for row in owing}
    recovery = logins.person("recovery")
    assert not {"amount_paid", "balance_due"} & set(columns_for(Role.RECOVERY, "invoices"))
    with recovery.engine.connect() as conn, pytest.raises(DBAPIError, match="permission"):
        Listing(ListQuery("invoices", columns)).first(conn, 10)


# --------------------------------------------------------------------------- 0080

#: "Written off on 2026-12-05: balance settled" as the second review disguised it.
_WRITTEN_OFF = "Written off on 2026-12-05: balance settled"
WRITE_OFFS = (
    _WRITTEN_OFF.replace("Writ", "Wri\u2065t"),  # unassigned, default-ignorable
    _WRITTEN_OFF.replace("Writ", "Wri\U000e0002t"),
    _WRITTEN_OFF.replace("Writ", "Wri\U000e0080t"),
    _WRITTEN_OFF.replace("Writ", "Wri\ufff0t"),
    _WRITTEN_OFF.replace("Writ", "Wri\U00013439t"),  # a Unicode 15 format character
    _WRITTEN_OFF.replace("2026", "2O26"),  # a letter O for a zero
    _WRITTEN_OFF.replace("-12-", "-l2-"),  # an l for a one
    _WRITTEN_OFF.replace(":", "\u205a"),  # colons
    _WRITTEN_OFF.replace(":", "\u02d0"),
    _WRITTEN_OFF.replace(":", "\u05c3"),
    _WRITTEN_OFF.replace(":", "\ua4fd"),
    _WRITTEN_OFF.replace(":", "\u1361"),
    _WRITTEN_OFF.replace(":", "\u16ec"),
    _WRITTEN_OFF.replace(":", "\u0903"),  # a spacing mark that reads as a colon
    _WRITTEN_OFF.replace("-", "\u02d7"),  # dashes
    _WRITTEN_OFF.replace("-", "\u30fc"),
    _WRITTEN_OFF.replace("Wr", "W\u0280"),  # a Latin small capital R
    _WRITTEN_OFF.replace("W", "\ua4ea"),  # Lisu
    _WRITTEN_OFF.replace("W", "\u13b3"),  # Cherokee
    _WRITTEN_OFF.replace("W", "\uab83"),  # Cherokee, small
    _WRITTEN_OFF.replace(" on ", " \u1d0fn "),  # small capital O
    _WRITTEN_OFF.replace(" on ", " \u2c9fn "),  # Coptic
    _WRITTEN_OFF.replace(" on ", " o\u0578 "),  # Armenian
    _WRITTEN_OFF.replace("W", "VV"),  # ASCII that reads the same
    _WRITTEN_OFF.replace(" off", " 0ff"),
)


def test_a_step_line_in_any_dress_is_typed_by_nobody(logins):
    officer = logins.person("recovery")
    case = _case(logins)
    update = "UPDATE recovery_cases SET description = %s WHERE id = %s"
    for forged in WRITE_OFFS:
        assert officer.psql_refusal(update, (f"Debt\n{forged}", case)) == "DW021", repr(forged)
    finance = logins.person("finance")
    bill = _sent_invoice(logins, finance)
    for forged in (
        "Payrnent TXN-2026-000001 reversed on 2026-12-01: cheque bounced",
        "Payment TXN-2026-000001 reversed \u1d0fn 2O26-l2-Ol: cheque bounced",
    ):
        update = "UPDATE invoices SET notes = %s WHERE id = %s"
        assert finance.psql_refusal(update, (forged, bill)) == "DW021", repr(forged)
    # Ordinary words, in any script, are the person's.
    update = "UPDATE recovery_cases SET description = %s WHERE id = %s"
    for words in (
        "Written off on the books of the client, says their accountant",
        "Byanditswe ku wa 2026-12-05: \u0432\u0441\u0451 \u0445\u043e\u0440\u043e\u0448\u043e",
        "Comm\u00e9nt\u00e9 le 2026-12-05 : r\u00e9gl\u00e9",
    ):
        assert officer.psql_refusal(update, (words, case)) is None, words


def test_an_order_number_in_any_dress_is_cited_by_no_movement(shop: Shop):
    lamp = shop.item("Lamp", stock=20)
    move = "SELECT dicel_move_stock(%s, %s, %s, %s, %s, %s)"
    for reference in (
        "PO/2026/000041",
        "P.O. 2026-000041",
        "PO_2026_000041",
        "PO-2O26-OOOO41",
        "P0-2026-000041",
        "\ua4d1\ua4f3-2026-000041",  # Lisu
        "PO\u02d72026\u02d7000041",
        "see po 2026 000041",
    ):
        call = (lamp, "out", 1, "transfer", reference, "moved")
        assert shop.clerk.psql_refusal(move, call) == "DW223", repr(reference)
    assert shop.stock(lamp) == 20
    # References that are no order's number are taken.
    for reference in ("TR-2026-000041", "Shop 2 transfer, 2026", "Pool 2026-12"):
        call = (lamp, "out", 1, "transfer", reference, "moved")
        assert shop.clerk.psql_refusal(move, call) is None, reference


def test_a_text_steps_write_lines_into_is_of_a_readable_length(logins):
    """The step-lines trigger folds and splits the text: 0080 bounds it (DW023) when it
    is typed or changed; a text left as it was is not read again."""
    officer = logins.person("recovery")
    case = _case(logins)
    update = "UPDATE recovery_cases SET description = %s WHERE id = %s"
    assert officer.psql_refusal(update, ("x" * 100_000, case)) is None
    assert officer.psql_refusal(update, ("\n" * 100_001, case)) == "DW023"
    error = _refused(
        officer,
        "UPDATE recovery_cases SET description = :d WHERE id = :i",
        "recovery_cases",
        d="Debt " * 20_001,
        i=case,
    )
    assert (error.code, error.params.get("field")) == ("text_too_long", "description")
    assert error.message == (
        "This text is 100005 characters long: it may hold at most 100000. A longer account"
        " belongs in a file attached to the record."
    )
    assert _value(
        officer.engine, "SELECT description FROM recovery_cases WHERE id = :i", i=case
    ) == ("Unpaid guarding")
    # Since 0085 no longer text is held at all, a superuser's neither (the column's CHECK,
    # DW024); the row still takes changes.
    with pytest.raises(DBAPIError) as refused, logins.superuser().begin() as conn:
        conn.execute(
            text("UPDATE recovery_cases SET description = :d WHERE id = :i"),
            {"d": "y" * 100_001, "i": case},
        )
    assert refused.value.orig.sqlstate == "DW024"
    same = "UPDATE recovery_cases SET description = description WHERE id = %s"
    assert officer.psql_refusal(same, (case,)) is None


# --------------------------------------------------------------------------- 0083

#: The write-off step's line as the third review dressed it (each with an ordinary first
#: line before it).
READERS_WRITE_OFFS = (
    "Written off on 2026-12-5: balance settled",  # dates not padded
    "Written off on 2026-1-5: balance settled",
    "Written off on 26-12-05: balance settled",  # a two-digit year
    "Written off on 2026-12-05",  # nothing after the date
    "Written off on 2026-12-05 - balance settled",
    "Written off on 2026-12-05, balance settled",
    "Written off on 2026-12-05. Balance settled",
    "Written off on 2026-12-05; balance settled",
    "Written off on 05-12-2026: balance settled",  # other date formats
    "Written off on 2026/12/05: balance settled",
    "Written off on 2026.12.05: balance settled",
    "Written off on 5 December 2026: balance settled",
    "Written off on December 5, 2026: balance settled",
    "Written off le 5 d\u00e9cembre 2026 : solde r\u00e9gl\u00e9",
    "Written off ku wa 5 Ukuboza 2026: byishyuwe",
    "Written off 2026-12-05: balance settled",  # no "on"
    "- Written off on 2026-12-05: balance settled",  # a bullet, a quote mark
    '"Written off on 2026-12-05: balance settled"',
    "Written \u1ecdff on 2026-12-05: balance settled",  # accents NFKC keeps composed
    "Wri\u1e6dten off on 2026-12-05: balance settled",
    "Wr\u00edtten off on 2026-12-05: balance settled",
    "Wr\u00eftten \u00f6ff on 2026-12-05: balance settled",
    "\ufffcWritten off on 2026-12-05: balance settled",  # drawn as nothing
    "Wri\ufffctten off on 2026-12-05: balance settled",
    "\ue000Written off on 2026-12-05: balance settled",  # private use, a musical symbol
    "\U0001d159Written off on 2026-12-05: balance settled",
    "Wri\u2029tten off on 2026-12-05: balance settled",  # joined in a label, a cell
    "ok\u2029Written off on 2026-12-05: balance settled",  # broken in a text box
)


def test_a_step_line_as_a_reader_takes_it_is_typed_by_nobody(logins):
    officer = logins.person("recovery")
    case = _case(logins)
    update = "UPDATE recovery_cases SET description = %s WHERE id = %s"
    for forged in READERS_WRITE_OFFS:
        assert officer.psql_refusal(update, (f"Debt\n{forged}", case)) == "DW021", repr(forged)
    # Ordinary words, with a date or without, are the person's.
    for words in (
        "Written off items are listed in the annex",
        "Written off on the books of the client, says their accountant",
        "Written off 1 500 000 RWF in the client's books, says their accountant",
        "Byanditswe ku wa 2026-12-05: byishyuwe",
        "Comment\u00e9 le 2026-12-05 : r\u00e9gl\u00e9",
        "Le 5 d\u00e9cembre 2026, la dette a \u00e9t\u00e9 r\u00e9gl\u00e9e",
        "REPO 2026-12-05 written off on the client's side",
    ):
        assert officer.psql_refusal(update, (f"Debt\n{words}", case)) is None, words
    finance = logins.person("finance")
    bill = _sent_invoice(logins, finance)
    update = "UPDATE invoices SET notes = %s WHERE id = %s"
    for forged in (
        "Payment TXN-2026-000001 reversed 5/12/2026 - cheque bounced",
        "* Payment of the 1st reversed on 2026-12-5",
    ):
        assert finance.psql_refusal(update, (forged, bill)) == "DW021", forged
    ordinary = "Payment TXN-2026-000001 reversed on the bank's side, says the client"
    assert finance.psql_refusal(update, (ordinary, bill)) is None
    clerk = logins.person("client")
    active = _contract(logins, "active", "24/7 guarding")
    update = "UPDATE contracts SET terms = %s WHERE id = %s"
    for forged in ("Terminated 1.12.2026 by mutual consent", "\u2022 Marked expired, 26/12/1"):
        assert clerk.psql_refusal(update, (f"24/7 guarding\n{forged}", active)) == "DW021", forged
    terms = "24/7 guarding\nTerminated on 30 days' written notice by either party."
    assert clerk.psql_refusal(update, (terms, active)) is None


def test_an_order_closed_short_as_a_reader_takes_it_is_typed_by_nobody(shop: Shop):
    order = shop.draft()
    update = "UPDATE purchase_orders SET notes = %s WHERE id = %s"
    for forged in ("Closed short 2026-12-1: supplier gone", "Closed short, 1 Dec 2026"):
        assert shop.clerk.psql_refusal(update, (forged, order)) == "DW021", forged
    assert shop.clerk.psql_refusal(update, ("Closed short on Friday: cash", order)) is None


def test_a_step_line_struck_through_is_no_longer_the_steps(logins):
    """0080 compared the step lines folded: a line with U+0336 after every character
    (drawn struck through, read as cancelled) was the same line. They are compared as
    stored; a text changed around them keeps them."""
    officer = logins.person("recovery")
    case = _case(logins)
    step = "Written off on 2026-12-05: debtor insolvent"
    with logins.superuser().begin() as conn:  # as the step writes it
        conn.execute(
            text("UPDATE recovery_cases SET description = :d WHERE id = :i"),
            {"d": f"Unpaid guarding\n{step}", "i": case},
        )
    update = "UPDATE recovery_cases SET description = %s WHERE id = %s"
    struck = "".join(c + "\u0336" for c in step)
    assert officer.psql_refusal(update, (f"Unpaid guarding\n{struck}", case)) == "DW021"
    assert officer.psql_refusal(update, (f"Unpaid guarding\n{step}\u0336", case)) == "DW021"
    error = _refused(
        officer,
        "UPDATE recovery_cases SET description = :d WHERE id = :i",
        "recovery_cases",
        d=f"Unpaid guarding\n{struck}",
        i=case,
    )
    assert error.params.get("line") == step  # as it reads
    # Lines around it are the person's, a CR LF or a composed accent no change of it.
    kept = (
        f"Unpaid guarding\r\n{step}\r\nCalled the debtor",
        f"Unpaid guarding, d\u00e9biteur\n{step}",
    )
    for text_ in kept:
        assert officer.psql_refusal(update, (text_, case)) is None, repr(text_)


def test_an_order_number_as_a_reader_takes_it_is_cited_by_no_movement(shop: Shop):
    lamp = shop.item("Lamp", stock=20)
    move = "SELECT dicel_move_stock(%s, %s, %s, %s, %s, %s)"
    for reference in (
        "PO-2026-41",
        "PO 2026 41",
        "PO-26-000041",
        "Purchase order 2026-000041",
        "Purchase Order No. 000041 of 2026",
        "P\ufffcO-2026-000041",
        "for PO2026000041",
    ):
        call = (lamp, "out", 1, "transfer", reference, "moved")
        assert shop.clerk.psql_refusal(move, call) == "DW223", repr(reference)
    assert shop.stock(lamp) == 20
    # References that are no purchase order's number are taken: an order of another kind,
    # words ending in "po", a telephone number.
    for reference in (
        "order 2026-000041",
        "REPO-2026-000123",
        "EXPO 2026 1000000",
        "DEPO 2026/001234",
        "Tel PO 0788 123456",
        "PO Box 1234, Kigali 2026",
    ):
        call = (lamp, "out", 1, "transfer", reference, "moved")
        assert shop.clerk.psql_refusal(move, call) is None, reference
