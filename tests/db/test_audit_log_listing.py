"""The audit log's list, as admin reads it, says what happened: a sign-in as such (not
"Changed · Users"), which record (its number or name) and which fields a change
changed, and the address without "/32". Worked out in the list's SQL, keyset-paged."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from finance_data import client, invoice
from helpers import first_page_plan
from sqlalchemy import text

from dicel_desktop.services import invoicing
from dicel_desktop.services.code_words import code_words
from dicel_desktop.services.list_query import ListQuery
from dicel_desktop.services.listing import Listing

COLUMNS = ("user_id", "action", "table_name", "record_id", "created_at", "ip_address")


def _rows(admin, **query):
    listing = Listing(ListQuery("audit_logs", COLUMNS, **query))
    with admin.session() as session:
        rows = listing.first(session.connection(), 50)
        more = listing.after(session.connection(), (rows[-1][1], rows[-1][0]), 50) if rows else []
    # A row is (id, sort key, the columns...).
    return [dict(zip(COLUMNS, row[2 : 2 + len(COLUMNS)], strict=True)) for row in rows], more


def test_the_audit_log_says_logins_records_fields_and_plain_addresses(logins):
    admin = logins.person("admin", first_name="Jean", last_name="Mugabo")
    finance = logins.person("finance", first_name="Eric")
    with finance.session() as session:
        session.execute(text("SELECT * FROM public.dicel_record_login()")).all()
        session.commit()
    bill = invoice(
        finance,
        client(logins.person("client"), "Akagera Logistics Ltd"),
        ("Guarding", Decimal("1"), Decimal("100000")),
        invoice_date=dt.date.today() - dt.timedelta(days=1),
        due_date=dt.date.today() + dt.timedelta(days=30),
    )
    with finance.session() as session:
        invoicing.issue_invoice(session, bill)
    with finance.session() as session:
        number = session.scalar(
            text("SELECT invoice_number FROM invoices WHERE id = :i"), {"i": bill}
        )

    rows, _more = _rows(admin)
    logins_seen = [r for r in rows if r["action"] == "LOGIN"]
    assert logins_seen, [r for r in rows if r["table_name"] == "users"]
    assert code_words("audit_logs", "action", "LOGIN") == "Logged in"
    (login,) = [r for r in logins_seen if r["user_id"].startswith("Eric")]
    assert login["table_name"] == "users"
    assert login["record_id"] == "Eric Tester"
    # A change of the invoice: its number and the fields the step changed, as labelled.
    changes = [r for r in rows if r["table_name"] == "invoices" and r["action"] == "UPDATE"]
    assert changes, rows
    said = changes[0]["record_id"]
    assert said.startswith(f"{number}: "), said
    assert "Status" in said.split(": ", 1)[1]
    assert "Updated at" not in said
    created = [r for r in rows if r["table_name"] == "invoices" and r["action"] == "INSERT"]
    assert created and created[0]["record_id"] == number
    # Addresses without the prefix length the cast wrote ("127.0.0.1/32").
    addresses = {r["ip_address"] for r in rows if r["ip_address"]}
    assert addresses and not any("/" in a for a in addresses), addresses


def test_the_audit_log_pages_by_record_as_by_any_column(logins):
    admin = logins.person("admin")
    for _ in range(3):
        logins.person("employee")
    listing = Listing(ListQuery("audit_logs", COLUMNS, sort="record_id"))
    with admin.session() as session:
        conn = session.connection()
        whole = listing.first(conn, 12)
        first = listing.first(conn, 5)
        rest = listing.after(conn, (first[-1][1], first[-1][0]), 7)
    assert len(whole) == 12
    assert [r[0] for r in first + rest] == [r[0] for r in whole]
    # Sorted by what the record column is made of (its table, then the record), not by
    # its words: those are worked out for the page's rows only (code review: sorting by
    # them made the server work out every entry's words, ten seconds a page).
    keys = [r[1] for r in whole]
    assert keys == sorted(keys, key=lambda k: k.encode()) or keys == sorted(keys)
    assert all(
        k.startswith(r[2 + COLUMNS.index("table_name")] + " ")
        for k, r in zip(keys, whole, strict=True)
    )


def test_a_files_change_lists_what_changed_not_the_owner_it_names(logins):
    """A documents entry names the file's owner on both sides (migration 0084): the list
    says the file name changed, not "Attached to" or its id."""
    admin = logins.person("admin", first_name="Jean", last_name="Mugabo")
    with admin.engine.begin() as conn:
        document = conn.scalar(
            text(
                "INSERT INTO documents (owner_table, owner_id, file_name, media_type, content)"
                " VALUES ('users', :u, 'x.txt', 'text/plain', 'x') RETURNING id"
            ),
            {"u": admin.user_id},
        )
        conn.execute(
            text("UPDATE documents SET file_name = 'y.txt' WHERE id = :d"), {"d": document}
        )
    rows, _more = _rows(admin)
    (renamed,) = [r for r in rows if r["table_name"] == "documents" and r["action"] == "UPDATE"]
    said = renamed["record_id"]
    assert said.endswith("File name"), said
    assert "Attached to" not in said and "Owner" not in said, said


def test_the_audit_log_filters_its_action_as_it_shows_it(logins):
    """A sign-in shows as "Logged in", and is stored as an UPDATE of users: filtering by
    "Logged in" found nothing, and "Changed" counted every sign-in (so did the
    administration dashboard's audit figure, stop 34)."""
    from dicel_desktop.services.list_query import Equals, OneOf

    admin = logins.person("admin")
    finance = logins.person("finance")
    with finance.session() as session:
        session.execute(text("SELECT * FROM public.dicel_record_login()")).all()
        session.commit()
    signed_in, _more = _rows(admin, filters=(OneOf("action", ("LOGIN",)),))
    assert signed_in and {r["action"] for r in signed_in} == {"LOGIN"}
    changed, _more = _rows(admin, filters=(Equals("action", "UPDATE"),))
    assert changed and {r["action"] for r in changed} == {"UPDATE"}


#: What a French window shows of each action (``ListQuery.said``, as the grid passes it).
FRENCH_ACTIONS = (
    (
        "action",
        (("INSERT", "Créé"), ("UPDATE", "Modifié"), ("DELETE", "Supprimé"), ("LOGIN", "Connexion")),
    ),
)


ENGLISH_ACTIONS = (
    (
        "action",
        (
            ("INSERT", "Created"),
            ("UPDATE", "Changed"),
            ("DELETE", "Deleted"),
            ("LOGIN", "Logged in"),
        ),
    ),
)


def test_the_quick_search_finds_an_action_by_the_word_shown(logins):
    """« Modifié », "Changed" and "Logged in" found nothing in the audit log's search box:
    it matched the stored code only (UPDATE, LOGIN; eye34 #5). A word shown for an action
    now finds its entries, a sign-in as "Logged in" and not as "Changed"."""
    admin = logins.person("admin")
    finance = logins.person("finance")
    with finance.session() as session:
        session.execute(text("SELECT * FROM public.dicel_record_login()")).all()
        session.commit()
    for typed, said, shown in (
        ("Logged in", (), {"LOGIN"}),
        ("Logged in", ENGLISH_ACTIONS, {"LOGIN"}),
        ("Connexion", FRENCH_ACTIONS, {"LOGIN"}),
        ("changed", (), {"UPDATE"}),
        ("Modifié", FRENCH_ACTIONS, {"UPDATE"}),
        ("modifie", FRENCH_ACTIONS, {"UPDATE"}),
        ("Créé", FRENCH_ACTIONS, {"INSERT"}),
    ):
        rows, _more = _rows(admin, search=typed, said=said)
        assert rows and {r["action"] for r in rows} == shown, (typed, rows[:3])
    # "in" is too short to name anything alone (the demo's sign-ins hold no "in": the
    # window found none); after "Logged" it ends the same words, and names the sign-in.
    listing = Listing(ListQuery("audit_logs", COLUMNS, search="Logged in", said=ENGLISH_ACTIONS))
    assert listing._state_hits == ((("action", ("LOGIN",)),), (("action", ("LOGIN",)),))
    alone = Listing(ListQuery("audit_logs", COLUMNS, search="in", said=ENGLISH_ACTIONS))
    assert alone._state_hits == ((),)


def test_an_action_word_keeps_the_audit_search_on_its_index(logins, db_engine):
    """The action has no index of its own: its word's arm goes through the search
    document's trigram index, as the word's other arms do, not a scan of the log."""
    listing = Listing(ListQuery("audit_logs", COLUMNS, search="Connexion", said=FRENCH_ACTIONS))
    with db_engine.connect() as conn:
        plan = first_page_plan(listing, conn)  # not the walk in time order
    assert "ix_audit_logs_quick_search_trgm" in plan, plan
    assert "Seq Scan on audit_logs" not in plan, plan


def test_a_closed_code_gets_a_word_arm_only_with_a_condition_that_keeps_the_index(
    monkeypatch,
):
    """review35b F5: which closed code a word finds through the search document was decided
    in two places; a closed code added on an indexed table (here the entry's table, were
    it made one) got an arm ``table_name IN (...)`` with no index, a scan of the whole log
    for every search. It gets an arm only where ``audit_words.SHOWN_AMONG`` says how."""
    from dicel_desktop.services import listing_words as words_module

    closed = {**words_module.CLOSED_CODES, ("audit_logs", "table_name"): ("documents", "users")}
    monkeypatch.setattr(words_module, "CLOSED_CODES", closed)
    listing = Listing(ListQuery("audit_logs", COLUMNS, search="Documents"))
    assert listing._state_hits == ((),)
    # The action, which has its condition, still gets its arm.
    listing = Listing(ListQuery("audit_logs", COLUMNS, search="Deleted"))
    assert listing._state_hits == ((("action", ("DELETE",)),),)


def test_a_sign_in_opens_as_logged_in_as_the_list_says_it(logins):
    """Opening a sign-in from the audit log said Action "Changed" where the list and its
    search say "Logged in" (review35b, seen while checking): the record reads the action
    as the list does (``audit_words.SHOWN_AS``)."""
    from dicel_desktop.services import records

    admin = logins.person("admin")
    finance = logins.person("finance", first_name="Eric")
    with finance.session() as session:
        session.execute(text("SELECT * FROM public.dicel_record_login()")).all()
        session.commit()
    with logins.superuser().connect() as conn:
        sign_in, changed = (
            conn.scalar(
                text(
                    "SELECT id FROM audit_logs WHERE action = 'UPDATE' AND table_name = 'users'"
                    f" AND {condition} ORDER BY created_at DESC LIMIT 1"
                )
            )
            for condition in (
                "new_values - 'last_login' = '{}'::jsonb",
                "NOT new_values ? 'last_login'",
            )
        )
    assert sign_in is not None and changed is not None
    opened = admin.call(records.load_record, "audit_logs", "admin", sign_in)
    assert opened.values["action"] == "LOGIN"
    assert code_words("audit_logs", "action", opened.values["action"]) == "Logged in"
    # Its record by name, as the list's Record column, not its id (eye35b #6).
    assert opened.values["record_id"] == "Eric Tester"
    opened = admin.call(records.load_record, "audit_logs", "admin", changed)
    assert opened.values["action"] == "UPDATE"
