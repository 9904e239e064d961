"""The files attached to a person's record are HR's and the person's, not the company's.

Revision ID: 0061
Revises: 0060
Create Date: 2026-12-05

Found with psql in a review, as the demo's real logins: HR attached
'national_id_and_bank_letter.pdf' to an employee's record, an administrator attached
'medical_certificate.pdf' to a user's; an employee then ran ``SELECT owner_table,
file_name, convert_from(content, 'UTF8') FROM documents`` and read both, names and
contents. Migration 0008's ``documents_read`` asks only ``dicel_can_see_record``, and
everyone sees every ``users`` and ``employees`` row through their public columns
(``permissions.PUBLIC_COLUMNS``), so a person's files were everyone's.

A record's files now need ``dicel_can_see_files(table, id)`` (STABLE SECURITY DEFINER,
EXECUTE for dicel_user: the record window's Documents tab asks it too). For a table of
``PERSON_TABLES`` (``users``, ``employees``: the two records of a person) it is true
for the person themselves (their own users row, their own employee record) and for
whoever reads every sensitive column of both records (``PERSON_COLUMNS``: 0008 asks the
grants, so the permission table stays the one source of rights: HR and admin today; never
``password_hash``, which nobody reads). Not:

* finance, which reads an employee's pay columns to pay them but not the person's date
  of birth or address: identity papers, medical certificates and contracts are HR's
  file, and the bank details a payment needs are a column finance already reads;
* a supervisor, who reads none of a report's sensitive columns: what they need about a
  report's absence (a sick note) is attached to the leave request, which they see with
  its files.

For every other table it is ``dicel_can_see_record`` as before. The other tables everyone
reads (departments, holidays, the training catalogue) are read whole by everyone, so
their files are as public as their rows; ``payroll_periods`` is the only other table a
role reads in part (HR, without the account and the debit that paid it), and HR runs and
approves the period whose papers they are.

Row security on ``documents``: ``documents_read`` asks ``dicel_can_see_files`` (the
other tables' files straight ``dicel_can_see_record``, as before: the same answer at the
old cost of one call a row), so a person's files are neither listed nor read
(``file_name`` says enough: "medical certificate"); ``documents_attach``, ``documents_replace`` and ``documents_remove`` ask
it besides ``dicel_can_change_record``, so nobody ever writes a file they may not read.
Those who change a person's record (HR on employees, admin on both) read its files, so
no writer loses a right today; a role given UPDATE on a person's public columns later
would not gain the files with it. Refusals stay row security's: no row (SELECT, UPDATE,
DELETE) or ``42501`` (INSERT), as for any record one may not change.

A downgrade gives back 0008's policies and drops the function.
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import (
    SEARCH_PATH,
    create_owned_function,
    earlier_revision,
    execute_sql,
)

revision: str = "0061"
down_revision: str | None = "0060"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


_0008 = earlier_revision("0008_documents")

#: The two records of a person: (table, the caller's own row of it).
PERSON_TABLES: tuple[tuple[str, str], ...] = (
    ("users", "public.dicel_current_user_id()"),
    ("employees", "public.dicel_current_employee_id()"),
)

#: The sensitive columns of a person's records (``permissions.SENSITIVE_COLUMNS`` but
#: ``password_hash``, which no role reads), frozen with this revision: whoever reads them
#: all reads a person's files. tests/security/test_person_files.py checks they agree.
PERSON_COLUMNS: tuple[tuple[str, str], ...] = (
    ("users", "address"),
    ("users", "date_of_birth"),
    ("users", "salary"),
    ("employees", "bank_details"),
    ("employees", "salary"),
    ("employees", "tax_info"),
)

_READS_A_PERSON = "\n           AND ".join(
    f"has_column_privilege(session_user, 'public.{table}'::regclass, '{column}', 'SELECT')"
    for table, column in PERSON_COLUMNS
)

_PERSON_SQL = "\n".join(
    f"    IF p_table = '{table}' AND p_id = {own} THEN\n        RETURN true;\n    END IF;"
    for table, own in PERSON_TABLES
)
_PERSON_TABLES_SQL = ", ".join(f"'{table}'" for table, _own in PERSON_TABLES)

SIGNATURE = "public.dicel_can_see_files(text, uuid)"

CAN_SEE_FILES = f"""
CREATE FUNCTION public.dicel_can_see_files(p_table text, p_id uuid) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER {SEARCH_PATH}
AS $$
BEGIN
    IF NOT public.dicel_can_see_record(p_table, p_id) THEN
        RETURN false;
    END IF;
    IF p_table NOT IN ({_PERSON_TABLES_SQL}) THEN
        RETURN true;
    END IF;
    -- Migration 0061: everyone sees a person's records through their public columns;
    -- their files are the person's own and those of whoever reads all of the person.
{_PERSON_SQL}
    RETURN {_READS_A_PERSON};
END
$$"""

#: dicel_can_see_files, with the other tables' rows asked straight of
#: dicel_can_see_record, as before: one function call a row, not two (CASE keeps the
#: order).
_SEES = (
    f"CASE WHEN owner_table IN ({_PERSON_TABLES_SQL})"
    " THEN public.dicel_can_see_files(owner_table, owner_id)"
    " ELSE public.dicel_can_see_record(owner_table, owner_id) END"
)
_CHANGES = f"public.dicel_can_change_record(owner_table, owner_id) AND {_SEES}"

#: (policy, ALTER POLICY tail): what 0008's policies become.
POLICIES: tuple[tuple[str, str], ...] = (
    ("documents_read", f"USING ({_SEES})"),
    ("documents_attach", f"WITH CHECK ({_CHANGES})"),
    ("documents_replace", f"USING ({_CHANGES}) WITH CHECK ({_CHANGES})"),
    ("documents_remove", f"USING ({_CHANGES})"),
)


def _policies_0008() -> tuple[tuple[str, str], ...]:
    """0008's policies as ALTER POLICY tails (their CREATE tails without ``FOR ...``)."""
    found = []
    for name, tail in _0008.POLICIES:
        command, rest = tail.split(" ", 2)[1:]
        assert tail.startswith(f"FOR {command} "), name
        found.append((name, rest))
    return tuple(found)


def upgrade() -> None:
    create_owned_function(CAN_SEE_FILES, SIGNATURE)
    # EXECUTE for dicel_user: migrations/env.py runs sync-grants after the upgrade.
    for name, tail in POLICIES:
        execute_sql(f"ALTER POLICY {name} ON public.documents {tail}")


def downgrade() -> None:
    for name, tail in _policies_0008():
        execute_sql(f"ALTER POLICY {name} ON public.documents {tail}")
    execute_sql(f"DROP FUNCTION {SIGNATURE}")
