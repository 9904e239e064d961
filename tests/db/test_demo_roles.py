"""Every demo person's login role fits their job (demo/reference.POSITION_ROLES): a stock
clerk works stock, so has the Inventory tab; the login window's list says each showcase
person's job and whom they report to."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from dicel_desktop.db.engine import make_engine
from dicel_desktop.demo import demo_users
from dicel_desktop.demo.reference import DEPARTMENTS, POSITION_ROLES
from dicel_desktop.domain.roles import Role
from dicel_desktop.services.visibility import visible_modules

#: The showcase logins the README names, with their roles: unchanged.
README_LOGINS = {
    "jean.mugabo@dicel.rw": "admin",
    "aline.uwase@dicel.rw": "hr",
    "eric.niyonzima@dicel.rw": "finance",
    "claudine.mukamana@dicel.rw": "it",
    "divine.ingabire@dicel.rw": "inventory",
    "diane.mutoni@dicel.rw": "risk",
    "grace.uwimana@dicel.rw": "sales",
    "josiane.murekatete@dicel.rw": "employee",
}


@pytest.fixture
def db(pristine_demo_dsn: str) -> Iterator[psycopg.Connection]:
    with psycopg.connect(pristine_demo_dsn) as conn:
        yield conn


def test_every_position_of_the_chart_has_a_role():
    titles = {d.head_title for d in DEPARTMENTS} | {
        p.title for d in DEPARTMENTS for p in d.positions
    }
    assert titles == set(POSITION_ROLES)
    assert set(POSITION_ROLES.values()) <= {r.value for r in Role}
    for department in DEPARTMENTS:  # a head holds their department's role
        assert POSITION_ROLES[department.head_title] == department.role


def test_every_demo_person_has_the_role_of_their_position(db):
    people = db.execute(
        "SELECT u.email, u.position, u.role FROM users u JOIN employees e ON e.user_id = u.id"
    ).fetchall()
    assert len(people) >= 150
    wrong = [(email, position, role) for email, position, role in people
             if POSITION_ROLES[position] != role]  # fmt: skip
    assert not wrong


def test_stock_clerks_work_stock_and_see_the_inventory_tab(db):
    roles = {r for (r,) in db.execute("SELECT role FROM users WHERE position = 'Stock Clerk'")}
    assert roles == {"inventory"}
    assert "inventory" in {m.key for m in visible_modules(Role.INVENTORY)}


def test_only_the_managing_director_and_the_erp_administrator_administer(db):
    admins = {p for (p,) in db.execute("SELECT position FROM users WHERE role = 'admin'")}
    assert admins == {"Managing Director", "ERP Administrator"}


def test_the_readme_logins_keep_their_roles(db):
    rows = dict(db.execute("SELECT email, role FROM users WHERE email = ANY(%s)",
                           (list(README_LOGINS),)).fetchall())  # fmt: skip
    assert rows == README_LOGINS


def test_the_login_list_says_each_persons_job_and_whom_they_report_to(pristine_demo_dsn):
    engine = make_engine(pristine_demo_dsn)
    try:
        with engine.connect() as conn:
            showcase = {u.email: u for u in demo_users(conn)}
    finally:
        engine.dispose()
    md = showcase["jean.mugabo@dicel.rw"]
    assert (md.position, md.supervisor) == ("Managing Director", "")
    head = showcase["divine.ingabire@dicel.rw"]
    assert (head.position, head.supervisor) == ("Inventory Manager", "Jean Mugabo")
    assistant = showcase["josiane.murekatete@dicel.rw"]
    assert (assistant.position, assistant.supervisor) == ("Executive Assistant", "Jean Mugabo")
