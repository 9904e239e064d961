"""One database for the whole security suite, with real logins and data about them.

Every case logs in over TCP as a real DICEL login (never ``SET ROLE`` from a superuser,
which would leave ``session_user`` the superuser and so fool every policy), runs one real
statement in a savepoint or a transaction, and rolls it back. Logins, their connections
and the base data are made once per session, so the role x table matrix stays fast.

People (``World.people``), each with a login, a users row and an employee record:

* one per role, keyed by the role's value (``"hr"``, ``"finance"``, ...);
* ``boss`` (role employee) supervises ``employee`` and ``report2``;
* ``peer`` (role employee) is supervised by ``hr``;
* ``intern`` and ``report2`` are employee records without a login; ``employee``
  supervises ``intern`` (so a report's report is one level too far for ``boss``).

Every employee has one row in each of the five HR tables about a person (a pending
leave request among them) and every login an IT ticket; every person's leave request has
a document attached (``rows["documents"]``); every other table but users, employees and
audit_logs holds one minimal row.
"""

from __future__ import annotations

import datetime as dt
import secrets
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from urllib.parse import urlsplit

import psycopg
from minimal_rows import REFERENCES_WANTED_BY_A_CHECK, minimal_row
from psycopg import sql
from psycopg.conninfo import make_conninfo
from psycopg.types.json import Jsonb

from dicel_desktop.db.models import Base
from dicel_desktop.domain import permissions as perm
from dicel_desktop.domain.roles import Role

#: What DICEL Desktop sets as application_name; the audit log records it as user_agent.
APPLICATION_NAME = "DICEL Desktop/test (pytest)"

#: The five HR tables about a person (by employee) and the one by requester.
EMPLOYEE_TABLES = (
    "leave_requests",
    "attendance_records",
    "payroll_records",
    "performance_reviews",
    "training_enrollments",
)
RLS_TABLES = (*EMPLOYEE_TABLES, "it_support_tickets")

#: A Monday some weeks ahead: a leave request a person may file today.
LEAVE_DAY = dt.date.today() + dt.timedelta(days=42 - dt.date.today().weekday())

#: Department codes of the people of each role.
_DEPARTMENT_OF = {
    Role.ADMIN: "ADM",
    Role.HR: "HR",
    Role.FINANCE: "FIN",
    Role.IT: "IT",
    Role.SECURITY: "SEC",
    Role.COMPLIANCE: "CMP",
    Role.INVENTORY: "INV",
    Role.CLIENT: "CLI",
    Role.SALES: "SAL",
    Role.CX: "CX",
    Role.RISK: "RSK",
    Role.RECOVERY: "REC",
    Role.EMPLOYEE: "OPS",
}


@dataclass
class Person:
    key: str
    role: Role
    employee_id: uuid.UUID
    employee_number: str
    salary: Decimal
    email: str | None = None
    password: str | None = None
    user_id: uuid.UUID | None = None
    #: Ids of this person's rows in each table about them.
    rows: dict[str, uuid.UUID] = field(default_factory=dict)


@dataclass
class World:
    #: Superuser URL of the suite's database.
    superuser_dsn: str
    people: dict[str, Person]
    departments: dict[str, uuid.UUID]
    _connections: dict[str, psycopg.Connection] = field(default_factory=dict)

    def dsn(self, key: str) -> str:
        """A libpq string that logs in as ``key`` over TCP with its password."""
        person = self.people[key]
        assert person.email and person.password, f"{key} has no login"
        parts = urlsplit(self.superuser_dsn)
        host = parts.hostname if parts.hostname and not parts.hostname.startswith("/") else None
        return make_conninfo(
            self.superuser_dsn,
            user=person.email,
            password=person.password,
            host=host or "127.0.0.1",
            application_name=APPLICATION_NAME,
        )

    def connect(self, key: str) -> psycopg.Connection:
        """The session's autocommit connection of ``key``'s login (made once)."""
        conn = self._connections.get(key)
        if conn is None or conn.closed:
            conn = psycopg.connect(self.dsn(key), autocommit=True)
            self._connections[key] = conn
        return conn

    def connect_superuser(self) -> psycopg.Connection:
        conn = self._connections.get("__superuser__")
        if conn is None or conn.closed:
            conn = psycopg.connect(self.superuser_dsn, autocommit=True)
            self._connections["__superuser__"] = conn
        return conn

    def close(self) -> None:
        for conn in self._connections.values():
            conn.close()
        self._connections.clear()


# --------------------------------------------------------------------------- attempts


@dataclass(frozen=True)
class Outcome:
    ok: bool
    sqlstate: str | None = None
    rowcount: int = -1
    rows: tuple = ()
    message: str = ""

    @property
    def denied(self) -> bool:
        return self.sqlstate == "42501"


def attempt(conn: psycopg.Connection, statement, params=None) -> Outcome:
    """Run one statement in a transaction (or savepoint) of its own and roll it back."""
    try:
        with conn.transaction():
            cur = conn.execute(statement, params)
            rows = tuple(cur.fetchall()) if cur.description else ()
            outcome = Outcome(ok=True, rowcount=cur.rowcount, rows=rows)
            raise psycopg.Rollback()
    except psycopg.Error as exc:
        return Outcome(ok=False, sqlstate=exc.sqlstate, message=str(exc).splitlines()[0])
    return outcome


def insert_statement(table: str, row: dict[str, object]) -> tuple[sql.Composed, list]:
    if not row:  # every column has a default (security_guards, patrol_routes)
        return sql.SQL("INSERT INTO {} DEFAULT VALUES").format(sql.Identifier(table)), []
    names = list(row)
    statement = sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
        sql.Identifier(table),
        sql.SQL(", ").join(map(sql.Identifier, names)),
        sql.SQL(", ").join(sql.Placeholder() * len(names)),
    )
    return statement, [adapt(v) for v in row.values()]


def adapt(value: object) -> object:
    return Jsonb(value) if isinstance(value, dict) else value


def with_parents(conn: psycopg.Connection, table: str, row: dict[str, object]) -> dict:
    """``row`` with each required reference pointing at a row the base data holds (a
    purchase order's line at the purchase order)."""
    for column in Base.metadata.tables[table].columns:
        wanted = not column.nullable or (table, column.name) in REFERENCES_WANTED_BY_A_CHECK
        if not wanted or not column.foreign_keys:
            continue
        (fk,) = column.foreign_keys
        parent = sql.Identifier(fk.column.table.name)
        row[column.name] = conn.execute(
            sql.SQL("SELECT id FROM {} ORDER BY id LIMIT 1").format(parent)
        ).fetchone()[0]
    return row


def _programme_taking_place(conn: psycopg.Connection) -> object:
    """A training programme still to come or under way: one of the base data's, or a
    new one."""
    found = conn.execute(
        "SELECT id FROM training_programs WHERE status IN ('scheduled', 'in_progress')"
        " ORDER BY id LIMIT 1"
    ).fetchone()
    if found is None:
        found = conn.execute(
            "INSERT INTO training_programs (title) VALUES ('First aid') RETURNING id"
        ).fetchone()
    return found[0]


def valid_row(world: World, key: str, table: str) -> dict[str, object]:
    """A row ``key`` could rightly insert: a minimal one, about ``key`` where it matters.

    An IT ticket names no requester: the server files it as the caller (migration 0007).
    """
    # Columns only workflows write are not given: the server fills them (an invoice's
    # totals follow its lines, migration 0014).
    only_workflows = perm.FUNCTION_ONLY_COLUMNS.get(table, frozenset())
    row = {c: v for c, v in minimal_row(table).items() if c not in only_workflows}
    row = with_parents(world.connect_superuser(), table, row)
    person = world.people[key]
    if table in EMPLOYEE_TABLES:
        row["employee_id"] = person.employee_id
    if table in ("performance_reviews", "attendance_records", "training_enrollments"):
        # Nobody reviews themselves (migration 0028), records their own attendance
        # (migration 0076) or enrols themselves (migration 0095): a review, an
        # attendance, an enrolment is of someone else.
        other = "peer" if key == "employee" else "employee"
        row["employee_id"] = world.people[other].employee_id
    if table == "training_enrollments":
        # In a programme that takes place (migration 0107: DW440, DW441).
        row["training_program_id"] = _programme_taking_place(world.connect_superuser())
    if table == "leave_requests":
        # As leave can be filed (migration 0012): ahead, clear of the base data's request.
        row["start_date"] = row["end_date"] = LEAVE_DAY
    elif table == "documents":
        # Everyone may change their own pending leave request, so attach files to it.
        row |= {"owner_table": "leave_requests", "owner_id": person.rows["leave_requests"]}
    return row


# --------------------------------------------------------------------------- logins


def _make_login(engine, person: Person, department: str) -> None:
    """A login with its users row, made the way an admin makes one (migration 0004)."""
    from dicel_desktop.services.users import create_user

    person.email = f"{person.key}.{secrets.token_hex(4)}@security-test.dicel.rw"
    person.password = secrets.token_urlsafe(16)
    with engine.begin() as sa_conn:
        person.user_id = create_user(
            sa_conn,
            email=person.email,
            first_name=person.key.capitalize(),
            last_name="Tester",
            role=person.role,
            password=person.password,
            department_code=department,
            employee_number=person.employee_number,
        )


def build_people(
    conn: psycopg.Connection, engine
) -> tuple[dict[str, Person], dict[str, uuid.UUID]]:
    departments = {}
    for role, code in _DEPARTMENT_OF.items():
        departments[code] = conn.execute(
            "INSERT INTO departments (name, code) VALUES (%s, %s) RETURNING id",
            (role.label, code),
        ).fetchone()[0]

    people: dict[str, Person] = {}

    def employee(key: str, role: Role, salary: int) -> Person:
        number = f"T-{key.upper()}"
        employee_id = conn.execute(
            "INSERT INTO employees (employee_number, department_id, position, hire_date,"
            " salary, bank_details, tax_info) VALUES (%s, %s, %s, %s, %s, %s, %s)"
            " RETURNING id",
            (
                number,
                departments[_DEPARTMENT_OF[role]],
                f"{role.label} officer",
                dt.date(2024, 3, 1),
                Decimal(salary),
                Jsonb({"iban": f"RW00-{key}"}),
                Jsonb({"tin": f"TIN-{key}"}),
            ),
        ).fetchone()[0]
        person = Person(key, role, employee_id, number, Decimal(salary))
        people[key] = person
        return person

    for i, role in enumerate(Role):
        employee(role.value, role, 500_000 + 1000 * i)
    employee("boss", Role.EMPLOYEE, 900_000)
    employee("peer", Role.EMPLOYEE, 610_000)
    employee("report2", Role.EMPLOYEE, 620_000)
    employee("intern", Role.EMPLOYEE, 150_000)
    for report, supervisor in (
        ("employee", "boss"),
        ("report2", "boss"),
        ("peer", "hr"),
        ("intern", "employee"),
    ):
        conn.execute(
            "UPDATE employees SET supervisor_id = %s WHERE id = %s",
            (people[supervisor].employee_id, people[report].employee_id),
        )

    for person in people.values():
        if person.key in ("report2", "intern"):
            continue
        _make_login(engine, person, _DEPARTMENT_OF[person.role])

    program = conn.execute(
        "INSERT INTO training_programs (title) VALUES ('Fire safety') RETURNING id"
    ).fetchone()[0]
    for person in people.values():
        for table in EMPLOYEE_TABLES:
            row = minimal_row(table) | {"employee_id": person.employee_id}
            if table == "training_enrollments":
                row["training_program_id"] = program
            if table == "payroll_records":
                row |= {"basic_salary": person.salary, "net_salary": person.salary}
            if table == "performance_reviews":
                # Shared with the employee: a draft is not theirs to read (migration 0045).
                row["status"] = "submitted"
            statement, params = insert_statement(table, row)
            person.rows[table] = conn.execute(
                sql.SQL("{} RETURNING id").format(statement), params
            ).fetchone()[0]
        if person.user_id is not None:
            statement, params = insert_statement(
                "it_support_tickets",
                minimal_row("it_support_tickets") | {"requester_id": person.user_id},
            )
            person.rows["it_support_tickets"] = conn.execute(
                sql.SQL("{} RETURNING id").format(statement), params
            ).fetchone()[0]

    for person in people.values():
        statement, params = insert_statement(
            "documents",
            minimal_row("documents")
            | {"owner_id": person.rows["leave_requests"], "file_name": f"{person.key}.pdf"},
        )
        person.rows["documents"] = conn.execute(
            sql.SQL("{} RETURNING id").format(statement), params
        ).fetchone()[0]

    done = {"users", "employees", "audit_logs", "departments", "training_programs", *RLS_TABLES}
    done.add("documents")
    # Parents first: a purchase order's lines and approvals point at it.
    for table in [t.name for t in Base.metadata.sorted_tables if t.name not in done]:
        statement, params = insert_statement(table, with_parents(conn, table, minimal_row(table)))
        conn.execute(statement, params)
    return people, departments
