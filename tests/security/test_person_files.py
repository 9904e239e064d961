"""The files of a person's record are HR's, admin's and the person's (migration 0061), as
real logins: a psql review read a colleague's ID-and-bank letter and a user's medical
certificate, names and contents, with one SELECT on ``documents``."""

from __future__ import annotations

import uuid

import pytest
from logins import Person
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dicel_desktop.db.migrate import earlier_revision
from dicel_desktop.domain import permissions as perm
from dicel_desktop.domain.errors import NotAllowed, NotFound
from dicel_desktop.domain.roles import Role
from dicel_desktop.services import documents

BANK_LETTER = b"SECRET: acct 000123456 BK"
MEDICAL = b"diagnosis: ..."


def _attach(person: Person, table: str, owner: uuid.UUID, name: str, content: bytes):
    """A file attached by ``person`` as psql would: its id."""
    with person.engine.begin() as conn:
        return conn.scalar(
            text(
                "INSERT INTO documents (owner_table, owner_id, file_name, media_type, content)"
                " VALUES (:t, :o, :n, 'application/pdf', :c) RETURNING id"
            ),
            {"t": table, "o": owner, "n": name, "c": content},
        )


def _listed(person: Person) -> dict[str, bytes]:
    """Every file name ``person`` reads in ``documents``, with its content (plain SELECT)."""
    with person.engine.connect() as conn:
        rows = conn.execute(text("SELECT file_name, content FROM documents"))
        return {name: bytes(content) for name, content in rows}


def _sees_files(person: Person, table: str, owner: uuid.UUID) -> bool:
    with person.engine.connect() as conn:
        return conn.scalar(text("SELECT dicel_can_see_files(:t, :o)"), {"t": table, "o": owner})


@pytest.fixture
def people(logins):
    """HR's file on eric's employee record, an admin's on his user record, and HR's on
    josiane's own employee record; eric's supervisor, finance and josiane look."""
    hr = logins.person(Role.HR)
    admin = logins.person(Role.ADMIN)
    boss = logins.person(Role.EMPLOYEE, first_name="Boss")
    eric = logins.person(Role.EMPLOYEE, first_name="Eric", supervisor=boss)
    josiane = logins.person(Role.EMPLOYEE, first_name="Josiane")
    finance = logins.person(Role.FINANCE)
    files = {
        "national_id_and_bank_letter.pdf": _attach(
            hr, "employees", eric.employee_id, "national_id_and_bank_letter.pdf", BANK_LETTER
        ),
        "medical_certificate.pdf": _attach(
            admin, "users", eric.user_id, "medical_certificate.pdf", MEDICAL
        ),
        "josiane_contract.pdf": _attach(
            hr, "employees", josiane.employee_id, "josiane_contract.pdf", b"her contract"
        ),
    }
    return dict(
        hr=hr, admin=admin, boss=boss, eric=eric, josiane=josiane, finance=finance, files=files
    )


ERICS = {"national_id_and_bank_letter.pdf", "medical_certificate.pdf"}


def test_a_colleague_neither_lists_nor_reads_another_persons_files(people):
    josiane, eric = people["josiane"], people["eric"]
    # The review's SELECT: her own file, nothing of eric's (names included).
    seen = _listed(josiane)
    assert set(seen) == {"josiane_contract.pdf"}
    assert seen["josiane_contract.pdf"] == b"her contract"
    assert not _sees_files(josiane, "employees", eric.employee_id)
    assert not _sees_files(josiane, "users", eric.user_id)
    assert _sees_files(josiane, "employees", josiane.employee_id)
    assert _sees_files(josiane, "users", josiane.user_id)
    # She still sees his records (their public columns), as everyone does.
    with josiane.engine.connect() as conn:
        assert conn.scalar(
            text("SELECT dicel_can_see_record('employees', :e)"), {"e": eric.employee_id}
        )
    # What the window's Documents tab reads (services.documents).
    with josiane.session() as session:
        assert documents.list_documents(session, "employees", eric.employee_id) == []
        assert documents.list_documents(session, "users", eric.user_id) == []
        assert not documents.can_see_files(session, "employees", eric.employee_id)
        for name in ERICS:
            with pytest.raises(NotFound):
                documents.read_content(session, people["files"][name])
        (own,) = documents.list_documents(session, "employees", josiane.employee_id)
        assert own.file_name == "josiane_contract.pdf"

    # Nor does she write there: attaching is refused, replacing and removing touch nothing.
    with pytest.raises(DBAPIError) as refused, josiane.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO documents (owner_table, owner_id, file_name, media_type, content)"
                " VALUES ('employees', :e, 'x.txt', 'text/plain', 'x')"
            ),
            {"e": eric.employee_id},
        )
    assert refused.value.orig.sqlstate == "42501"
    with josiane.engine.begin() as conn:
        for statement in (
            "UPDATE documents SET content = 'forged' WHERE id = :d",
            "DELETE FROM documents WHERE id = :d",
        ):
            changed = conn.execute(
                text(statement), {"d": people["files"]["medical_certificate.pdf"]}
            )
            assert changed.rowcount == 0, statement
    with josiane.session() as session, pytest.raises(NotAllowed):
        documents.attach(session, "users", eric.user_id, "mine.pdf", None, b"%PDF-1.4 x")


def test_the_person_hr_and_admin_read_a_persons_files(people):
    eric = people["eric"]
    assert set(_listed(eric)) >= ERICS
    assert _listed(eric)["national_id_and_bank_letter.pdf"] == BANK_LETTER
    for reader in ("hr", "admin"):
        seen = _listed(people[reader])
        assert set(seen) >= ERICS | {"josiane_contract.pdf"}, reader
        assert seen["medical_certificate.pdf"] == MEDICAL, reader
        assert _sees_files(people[reader], "users", eric.user_id), reader
    # Those who change a person's record still attach, replace and remove its files.
    hr, admin = people["hr"], people["admin"]
    second = _attach(hr, "employees", eric.employee_id, "contract.pdf", b"contract")
    with hr.session() as session:
        info = documents.document_info(session, second)
        documents.remove(session, second, info.updated_at)
        session.commit()
    _attach(admin, "users", eric.user_id, "photo.pdf", b"%PDF-1.4 photo")


@pytest.mark.parametrize("who", ["finance", "boss"])
def test_finance_and_a_supervisor_do_not_read_a_persons_files(people, who):
    """Finance reads an employee's pay columns, a supervisor their report's leave: neither
    reads the person's date of birth or address, nor so their HR file."""
    viewer, eric = people[who], people["eric"]
    assert not set(_listed(viewer)) & (ERICS | {"josiane_contract.pdf"})
    assert not _sees_files(viewer, "employees", eric.employee_id)
    assert not _sees_files(viewer, "users", eric.user_id)
    with viewer.session() as session:
        assert documents.list_documents(session, "employees", eric.employee_id) == []
        with pytest.raises(NotFound):
            documents.read_content(session, people["files"]["national_id_and_bank_letter.pdf"])
    # Their own records' files stay theirs (none attached here: the question is asked).
    assert _sees_files(viewer, "employees", viewer.employee_id)


def test_files_of_records_everyone_reads_whole_stay_everyones(people, logins):
    """A department's, a holiday's file: its record is everyone's, columns and all, so its
    files are too; only those who change the record attach them (checked with the person
    tables' answer beside them, so this test too needs migration 0061)."""
    admin, josiane = people["admin"], people["josiane"]
    department = logins.department("OPS")
    _attach(admin, "departments", department, "org_chart.pdf", b"chart")
    assert "org_chart.pdf" in _listed(josiane)
    assert _sees_files(josiane, "departments", department)
    with pytest.raises(DBAPIError) as refused, josiane.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO documents (owner_table, owner_id, file_name, media_type, content)"
                " VALUES ('departments', :d, 'x.txt', 'text/plain', 'x')"
            ),
            {"d": department},
        )
    assert refused.value.orig.sqlstate == "42501"
    assert not _sees_files(josiane, "employees", people["eric"].employee_id)


# --------------------------------------------------------------------------- the catalogue


def test_the_migration_names_the_person_tables_and_columns_of_the_permission_table():
    _0061 = earlier_revision("0061_a_persons_files_are_for_hr_and_themselves")
    assert {table for table, _own in _0061.PERSON_TABLES} == perm.PERSON_TABLES
    assert set(_0061.PERSON_COLUMNS) == {
        (table, column)
        for table, columns in perm.SENSITIVE_COLUMNS.items()
        for column in columns
        if column != "password_hash"
    }
    # HR and admin read them all; finance reads employees' but not users'.
    for role, reads in ((Role.HR, True), (Role.ADMIN, True), (Role.FINANCE, False)):
        assert (
            all(
                perm.rights(role, table).select
                and (
                    perm.rights(role, table).read_columns is None
                    or column in perm.rights(role, table).read_columns
                )
                for table, column in _0061.PERSON_COLUMNS
            )
            is reads
        ), role


def test_every_table_read_in_part_was_weighed():
    """A record some role reads only in part shares its files with that role whole: the
    person tables are guarded (0061), a pay period's (HR without the account that paid
    it) was weighed and left to HR. A new partial read must be weighed too."""
    partial = {
        table
        for tables in perm.PERMISSIONS.values()
        for table, r in tables.items()
        if r.select and r.read_columns is not None
    }
    assert partial == perm.PERSON_TABLES | {"payroll_periods"}


def test_a_link_to_a_persons_file_is_read_only_by_who_reads_the_file(people, logins):
    """A code review asked whether ``users.profile_image`` (a link column, 0008) showed
    colleagues a link to a file 0061 keeps from them. It is not a public column: the
    roles that read it are the ones that read every person's files (HR, admin), and the
    person reads their own through ``dicel_my_profile``."""
    person_links = {(t, c) for t, c in documents.LINK_COLUMNS if t in perm.PERSON_TABLES}
    assert person_links == {("users", "profile_image")}
    for table, column in person_links:
        assert column not in perm.PUBLIC_COLUMNS[table]
        readers = {role for role in Role if column in perm.readable_columns(role, table, [column])}
        assert readers == {Role.HR, Role.ADMIN}
    colleague = logins.person(Role.EMPLOYEE, first_name="Colleague")
    with pytest.raises(DBAPIError) as refused, colleague.engine.connect() as conn:
        conn.execute(text("SELECT profile_image FROM users"))
    assert refused.value.orig.sqlstate == "42501"
