"""A module's people made once and cloned for each test (``from prepared_people import
Prepared``).

``shop.open_shop`` and ``leave_team.make_team`` make seven or eight real logins (a login
role, a users row, an HR record each) on the test's own database: most of what a test of
orders or leave costs. :class:`Prepared` makes them once, on a database of its own that
becomes a template, and gives each test a clone of it (CREATE DATABASE ... TEMPLATE, as
``db_dsn`` is made) with the same people logged in there: every test still starts on a
database of its own, as the builder left it, and what it writes is its own.

Login roles are cluster-wide, so the clones share them: a test must not change the
prepared people's roles themselves (password, role, expiry; none of the files using this
does). People a test makes itself (``logins.person``) are its own and dropped after it.
The prepared roles are dropped with the template at the end of the module.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import psycopg
import pytest
from helpers import drop_database, dsn_for
from logins import Logins, Person, _dsn_as
from psycopg import sql
from revision_templates import clone, make_template
from sqlalchemy import Engine

from dicel_desktop.db.engine import make_engine
from dicel_desktop.domain.roles import Role


class Prepared:
    """``build(logins)`` (a dataclass of ``Person``s, ``Logins`` and superuser engines,
    or None) made once on a template database; ``each()`` yields it re-bound to a test's
    clone, ``databases()`` a clone's URL alone."""

    def __init__(
        self,
        pg_superuser_dsn: str,
        admin: psycopg.Connection,
        template_db: str,
        build: Callable[[Logins], Any],
    ):
        self._dsn = pg_superuser_dsn
        self._admin = admin
        self.name = f"prepared_{uuid.uuid4().hex[:8]}"
        clone(admin, template_db, self.name)
        self._logins = Logins(dsn_for(pg_superuser_dsn, self.name))
        try:
            self._made = build(self._logins)
        except BaseException:
            for engine in self._logins._engines:
                engine.dispose()
            self.drop()
            raise
        for engine in self._logins._engines:
            engine.dispose()
        make_template(admin, self.name)

    def each(self, logins_class: type[Logins] = Logins) -> Iterator[Any]:
        """The prepared people on a new clone of the template, for one test; the clone,
        its engines and whoever the test made are gone after it."""
        for dsn in self.databases():
            logins = logins_class(dsn)
            try:
                yield _rebound(self._made, logins)
            finally:
                logins.close()

    def databases(self) -> Iterator[str]:
        """A ``db_dsn`` fixture's body: the libpq URL (superuser) of a new clone of the
        template, dropped after the test."""
        name = f"test_{uuid.uuid4().hex[:8]}"
        clone(self._admin, self.name, name)
        try:
            yield dsn_for(self._dsn, name)
        finally:
            drop_database(self._admin, name)

    @classmethod
    def for_module(cls, pg_superuser_dsn, admin, template_db, build) -> Iterator[Prepared]:
        """A module fixture's body: the prepared people, dropped after the module."""
        prepared = cls(pg_superuser_dsn, admin, template_db, build)
        try:
            yield prepared
        finally:
            prepared.drop()

    def drop(self) -> None:
        """The template, then the prepared login roles (no database holds them now)."""
        drop_database(self._admin, self.name)
        for email in self._logins._emails:
            self._admin.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(email)))


def _rebound(value: Any, logins: Logins) -> Any:
    """``value`` with its people's engines, its logins and its superuser engines on
    ``logins``' database (the same ids, e-mails and passwords)."""
    if isinstance(value, Logins):
        return logins
    if isinstance(value, Engine):
        return logins.superuser()
    if isinstance(value, Person):
        engine = make_engine(
            _dsn_as(logins.db_dsn, value.email, value.password), pool_pre_ping=False
        )
        logins._engines.append(engine)
        return dataclasses.replace(value, engine=engine)
    if isinstance(value, dict):
        return {key: _rebound(item, logins) for key, item in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: _rebound(getattr(value, f.name), logins)
            for f in dataclasses.fields(value)
            if f.init
        }
        return dataclasses.replace(value, **changes)
    return value


@dataclass
class Cast:
    """One person of each role, each as ``logins.person(role)`` makes them."""

    logins: Logins
    people: dict[Role, Person]


def make_cast(logins: Logins) -> Cast:
    return Cast(logins, {role: logins.person(role) for role in Role})


@dataclass
class CastLogins(Logins):
    """Logins whose ``person(role)``, asked with no more than the role, hands out the
    cast's person of that role first (once each): a person the test would have made just
    so, already made. Asked for anything more (a name, a department), it makes one."""

    spare: dict[Role, Person] = field(default_factory=dict)

    def person(self, role: Role | str, **kwargs: Any) -> Person:
        role = Role(role)
        if not kwargs and role in self.spare:
            return self.spare.pop(role)
        return super().person(role, **kwargs)


def cast_logins(prepared: Prepared) -> Iterator[CastLogins]:
    """A ``logins`` fixture's body on a module's prepared cast (``make_cast``)."""
    for cast in prepared.each(CastLogins):
        cast.logins.spare = dict(cast.people)
        yield cast.logins


def once_a_module(name: str, build: Callable[[Logins], Any], each=None) -> tuple[Any, Any]:
    """The two fixtures a module assigns (``_prepared_shop, shop = once_a_module("shop",
    build_shop)``): ``_prepared_<name>``, what ``build`` made, once a module, and
    ``<name>``, a test's clone of it (``each(prepared)``: ``Prepared.each`` unless given,
    e.g. ``cast_logins``). Pytest finds fixtures by their ``name``, not the attribute."""
    prepared_name = f"_prepared_{name}"

    @pytest.fixture(scope="module", name=prepared_name)
    def prepared(pg_superuser_dsn, _admin, template_db):
        yield from Prepared.for_module(pg_superuser_dsn, _admin, template_db, build)

    @pytest.fixture(name=name)
    def cloned(request):
        made = request.getfixturevalue(prepared_name)
        yield from (each(made) if each is not None else made.each())

    return prepared, cloned
