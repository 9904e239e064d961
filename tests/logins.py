"""Real DICEL logins for tests that act as a person (``from logins import open_logins``).

A test database (``db_dsn``) holds no users; :class:`Logins` makes people the way an admin
does (``services.users.create_user``, so each has a login role, a users row and, with
``employee=True``, an HR record linked to it) and gives a SQLAlchemy engine and session
factory logged in as each. Login roles are cluster-wide: they are dropped when the test
ends. A module declares its fixture as
``def logins(db_dsn): yield from open_logins(db_dsn)``.
"""

from __future__ import annotations

import datetime as dt
import secrets
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from urllib.parse import quote, urlsplit, urlunsplit

import psycopg
import pytest
from helpers import admin_connect
from psycopg import sql
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from dicel_desktop.db.engine import make_engine
from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.roles import Role
from dicel_desktop.services import users


@dataclass
class Person:
    role: Role
    email: str
    password: str
    user_id: uuid.UUID
    employee_id: uuid.UUID | None
    engine: Engine

    def session(self) -> Session:
        return sessionmaker(self.engine)()

    @property
    def session_factory(self) -> sessionmaker[Session]:
        return sessionmaker(self.engine)

    def call(self, fn, *args, **kwargs):
        """``fn(session, *args, **kwargs)`` in a session of this person's, as the window's
        worker runs a service operation (the operation commits its own work)."""
        with self.session() as session:
            return fn(session, *args, **kwargs)

    def refused(self, fn, *args, **kwargs) -> DicelError:
        """The refusal ``fn`` meets when this person calls it (``call``); fails the test
        when it is done instead."""
        with pytest.raises(DicelError) as refused:
            self.call(fn, *args, **kwargs)
        return refused.value

    def refusal(self, statement: str, *params) -> psycopg.Error | None:
        """The error with which the database refuses ``statement`` from this person in a
        transaction of their engine (None: it was done, and committed)."""
        try:
            with self.engine.begin() as conn:
                conn.exec_driver_sql(statement, params)
        except DBAPIError as error:
            return error.orig
        return None

    def psql(self, **kwargs) -> psycopg.Connection:
        """A plain connection as this person, as psql opens one (the caller closes it)."""
        url = self.engine.url.set(drivername="postgresql")
        return psycopg.connect(url.render_as_string(hide_password=False), **kwargs)

    def psql_refusal(self, statement: str, params=()) -> str | None:
        """The SQLSTATE with which the database refuses ``statement`` from this person on a
        plain connection, as psql would get it (None: it was done, and rolled back)."""
        with self.psql() as conn:
            try:
                conn.execute(statement, params)
            except psycopg.Error as error:
                return error.sqlstate
            conn.rollback()
        return None


@dataclass
class Logins:
    db_dsn: str
    _engines: list[Engine] = field(default_factory=list)
    _emails: list[str] = field(default_factory=list)
    _superuser: Engine | None = None

    def superuser(self) -> Engine:
        """The one superuser engine of these logins (one pool, not one per person made)."""
        if self._superuser is None:
            self._superuser = make_engine(self.db_dsn, pool_pre_ping=False)
            self._engines.append(self._superuser)
        return self._superuser

    def department(self, code: str) -> uuid.UUID:
        with self.superuser().begin() as conn:
            found = conn.scalar(text("SELECT id FROM departments WHERE code = :c"), {"c": code})
            if found is None:
                found = conn.scalar(
                    text("INSERT INTO departments (name, code) VALUES (:n, :c) RETURNING id"),
                    {"n": f"Department {code}", "c": code},
                )
        return found

    def person(
        self,
        role: Role | str,
        *,
        first_name: str | None = None,
        last_name: str = "Tester",
        department: str | None = None,
        employee: bool = True,
        supervisor: Person | None = None,
        salary: Decimal = Decimal("500000"),
    ) -> Person:
        role = Role(role)
        email = f"{role.value}-{uuid.uuid4().hex[:8]}@test.dicel.rw"
        password = secrets.token_urlsafe(12)
        self._emails.append(email)
        number = None
        employee_id = None
        department_id = self.department(department) if department else None
        if employee:
            number = f"T-{uuid.uuid4().hex[:6].upper()}"
            with self.superuser().begin() as conn:
                employee_id = conn.scalar(
                    text(
                        "INSERT INTO employees (employee_number, department_id, position,"
                        " hire_date, salary, supervisor_id)"
                        " VALUES (:n, :d, 'Clerk', :h, :s, :sup) RETURNING id"
                    ),
                    {
                        "n": number,
                        "d": department_id,
                        "h": dt.date(2024, 1, 15),
                        "s": salary,
                        "sup": supervisor.employee_id if supervisor else None,
                    },
                )
        with self.superuser().begin() as conn:
            user_id = users.create_user(
                conn,
                email=email,
                first_name=first_name or role.value.capitalize(),
                last_name=last_name,
                role=role,
                password=password,
                department_code=department,
                employee_number=number,
            )
        engine = make_engine(_dsn_as(self.db_dsn, email, password), pool_pre_ping=False)
        self._engines.append(engine)
        return Person(role, email, password, user_id, employee_id, engine)

    def close(self) -> None:
        for engine in self._engines:
            engine.dispose()
        with admin_connect(self.db_dsn) as admin:
            for email in self._emails:
                admin.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s",
                    (email,),
                )
                exists = admin.execute(
                    "SELECT 1 FROM pg_roles WHERE rolname = %s", (email,)
                ).fetchone()
                if exists:
                    role = sql.Identifier(email)
                    admin.execute(sql.SQL("DROP OWNED BY {}").format(role))
                    admin.execute(sql.SQL("DROP ROLE {}").format(role))


def _dsn_as(dsn: str, user: str, password: str) -> str:
    parts = urlsplit(dsn)
    host = parts.netloc.rsplit("@", 1)[-1]
    if not parts.hostname:  # a socket folder in the query: logins need TCP and a password
        host = "127.0.0.1" + (f":{parts.port}" if parts.port else "")
    netloc = f"{quote(user, safe='')}:{quote(password, safe='')}@{host}"
    return urlunsplit(parts._replace(netloc=netloc))


def new_expense(person: Person, **values):
    """An expense filed by ``person`` through the records service (values override)."""
    from dicel_desktop.services import records

    with person.session() as session:
        return records.create_record(
            session,
            "expenses",
            person.role,
            {
                "expense_category": "Fuel",
                "amount": Decimal("25000.00"),
                "expense_date": dt.date(2026, 3, 2),
                "description": "Generator diesel",
                **values,
            },
        )


def new_review(hr: Person, about: Person, rating: int = 4) -> uuid.UUID:
    """A draft performance review of ``about``, written by ``hr`` (an INSERT, as the form
    makes it): its id."""
    with hr.engine.begin() as conn:
        return conn.scalar(
            text(
                "INSERT INTO performance_reviews"
                " (employee_id, review_date, review_period_start, review_period_end,"
                " overall_rating, goals_achieved)"
                " VALUES (:e, current_date, current_date - 180, current_date, :r,"
                " 'Opened the Huye office.') RETURNING id"
            ),
            {"e": about.employee_id, "r": rating},
        )


def open_logins(db_dsn: str) -> Iterator[Logins]:
    made = Logins(db_dsn)
    try:
        yield made
    finally:
        made.close()
