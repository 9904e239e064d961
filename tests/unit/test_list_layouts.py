"""Each list opens with the columns a clerk of its department reads first
(services/list_layouts.py): what the row is, then the facts, codes and e-mails last."""

from __future__ import annotations

import pytest

from dicel_desktop.services.code_words import code_words
from dicel_desktop.services.columns import Kind, all_table_names, table_spec
from dicel_desktop.services.list_layouts import LIST_COLUMNS, list_entries

#: Rows named by their dates alone: a pay period is "1-31 January 2026".
_NAMED_BY_DATES = {"payroll_periods"}
#: Columns a clerk does not read a row by: contact details.
_CONTACT = ("email", "phone")


def test_every_table_declares_its_list_with_columns_it_has():
    assert set(LIST_COLUMNS) == set(all_table_names())
    for table in all_table_names():
        listable = set(table_spec(table).names)
        declared = [name for name, _width in list_entries(table)]
        assert len(declared) == len(set(declared)), table
        assert set(declared) <= listable, (table, set(declared) - listable)


@pytest.mark.parametrize("table", all_table_names())
def test_a_list_opens_with_its_columns_in_the_declared_order(table):
    spec = table_spec(table)
    declared = tuple(name for name, _width in list_entries(table))
    assert spec.default_columns == declared
    # The column chooser offers the rest after them.
    assert spec.names[: len(declared)] == declared


@pytest.mark.parametrize("table", all_table_names())
def test_the_first_column_is_what_a_clerk_reads_a_row_by(table):
    first = table_spec(table).column(table_spec(table).default_columns[0])
    if table in _NAMED_BY_DATES:
        assert first.kind is Kind.DATE
        return
    assert first.kind in (Kind.TEXT, Kind.FK), (table, first.name, first.kind)
    assert not first.name.endswith(_CONTACT) and not first.coded, (table, first.name)


@pytest.mark.parametrize("table", all_table_names())
def test_names_come_before_e_mails_and_phone_numbers(table):
    columns = [table_spec(table).column(n) for n in table_spec(table).default_columns]
    names = [i for i, c in enumerate(columns) if c.name.endswith("name") or c.kind is Kind.FK]
    contacts = [i for i, c in enumerate(columns) if c.name.endswith(_CONTACT)]
    if names and contacts:
        assert max(names) < min(contacts), table


def test_rarely_filled_and_bookkeeping_columns_are_left_to_the_chooser():
    assert "termination_date" not in table_spec("employees").default_columns
    assert "termination_date" in table_spec("employees").names  # still offered
    for table in all_table_names():
        assert "updated_at" not in table_spec(table).default_columns, table


def test_a_risk_assessment_list_says_what_the_risk_is_first():
    spec = table_spec("risk_assessments")
    assert spec.default_columns[0] == "risk_description"
    assert spec.column("risk_description").width_chars  # room for the sentence
    # Then the number that tells apart assessments of one risk (eye33 #8: last, it was
    # past the edge at 1024 pixels and such rows read alike).
    assert spec.default_columns[1] == "assessment_number"


def test_a_record_named_otherwise_shows_its_own_number_next():
    """eye33 #8: an employee's, an item's, a client's number or code was last and past the
    right edge at 1024 pixels, so rows of one name, or of a description cut short, read
    alike. A list shows its record's number first or right after what names the row (a
    user, named by two columns, by its employee number third)."""
    from dicel_desktop.domain.tables import TABLES
    from dicel_desktop.services.list_layouts import LIST_COLUMNS

    late = {}
    for table in LIST_COLUMNS:
        number = TABLES[table].number if table in TABLES else None
        shown = table_spec(table).default_columns
        if number in shown and shown.index(number) > 1:
            late[table] = shown.index(number)
    assert late == {}
    assert table_spec("users").default_columns[:3] == ("first_name", "last_name", "employee_id")


def test_people_are_listed_by_name():
    assert table_spec("employees").column("user_id").label == "Name"
    assert table_spec("users").default_columns[:2] == ("first_name", "last_name")
    assert table_spec("security_guards").column("user_id").label == "Guard"


@pytest.mark.parametrize(
    ("table", "column", "value", "words"),
    [
        ("compliance_audits", "audit_type", "data_protection", "Data protection"),
        ("clients", "client_type", "ngo", "NGO"),
        ("financial_accounts", "account_type", "mobile_money", "Mobile money"),
        ("audit_logs", "action", "UPDATE", "Changed"),
        ("audit_logs", "table_name", "purchase_orders", "Purchase orders"),
        ("documents", "owner_table", "it_assets", "IT assets"),
        ("leads", "source", "LinkedIn", "LinkedIn"),  # words already: as typed
    ],
)
def test_coded_text_reads_as_words(table, column, value, words):
    assert table_spec(table).column(column).coded
    assert code_words(table, column, value) == words


@pytest.mark.parametrize(
    ("table", "column", "labels"),
    [
        ("transactions", "transaction_type", {"credit": "Credit", "debit": "Debit"}),
        (
            "customer_feedback",
            "feedback_type",
            {
                "compliment": "Compliment",
                "complaint": "Complaint",
                "suggestion": "Suggestion",
                "service_review": "Service review",
            },
        ),
    ],
)
def test_a_closed_set_of_codes_is_a_choice_not_typed_text(table, column, labels):
    # Migrations 0025 and 0026: the database holds them to these, so the form offers them.
    spec = table_spec(table).column(column)
    assert spec.kind is Kind.STATE and not spec.coded
    assert {c.value: c.label for c in spec.choices} == labels


def test_an_admin_reads_a_settings_value_in_the_list():
    # A review: the list showed key, description, type and public, so an admin opened
    # each setting to see that VAT is 18.
    spec = table_spec("system_settings")
    shown = spec.default_columns
    assert shown.index("setting_value") == shown.index("setting_key") + 1
    labels = {c.value: c.label for c in spec.column("setting_type").choices}
    assert labels["json"] == "JSON"  # the format's name, not "Json"
    assert labels["number"] == "Number"
