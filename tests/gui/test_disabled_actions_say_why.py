"""Every action a record window offers but holds off says why (user-eye review: an
active policy's Save said only "Save (Ctrl+S)", Move stock's button said nothing until
an adjustment's notes were typed): over the demo company's records, one of each state
of each kind, as the administrator."""

from __future__ import annotations

from helpers import WAIT_MS
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog
from sqlalchemy import text

from dicel_desktop.db.engine import make_engine
from dicel_desktop.demo import demo_users
from dicel_desktop.domain.tables import TABLES
from dicel_desktop.services.forms import table_fields


def _records(dsn: str) -> tuple[str, list[tuple[str, object]]]:
    """The administrator, and one record of each state of each kind in the demo company."""
    engine = make_engine(dsn)
    found = []
    try:
        with engine.connect() as conn:
            admin = next(u.email for u in demo_users(conn) if u.role == "admin")
            for table in TABLES:
                fields = table_fields(table)
                state = "status" if "status" in fields else None
                query = (
                    f"SELECT DISTINCT ON ({state}) id FROM {table} ORDER BY {state}, id"
                    if state
                    else f"SELECT id FROM {table} ORDER BY id LIMIT 1"
                )
                found += [(table, rid) for (rid,) in conn.execute(text(query))]
    finally:
        engine.dispose()
    return admin, found


def _name(button: QAbstractButton) -> str:
    return button.text().replace("&", "").removesuffix("…").strip().casefold()


def test_every_held_button_of_a_record_window_says_why(qtbot, demo_window, demo_dsn):
    admin, records = _records(demo_dsn)
    window = demo_window(admin)
    silent = []
    for table, record in records:
        shown = window.records.open(table, record)
        qtbot.waitUntil(lambda s=shown: not s.is_busy and s.record is not None, timeout=WAIT_MS)
        qtbot.waitUntil(lambda s=shown: not s.steps.asking, timeout=WAIT_MS)
        # A step offered at once (a leave request its decider opens) has read its facts.
        for dialog in shown.findChildren(QDialog):
            qtbot.waitUntil(lambda d=dialog: not getattr(d, "is_busy", False), timeout=WAIT_MS)
        QApplication.processEvents()
        for button in shown.findChildren(QAbstractButton):
            if not button.isVisibleTo(shown) or button.isEnabled() or not button.text():
                continue
            said = button.toolTip().strip()
            bare = said.split("(")[0].strip().casefold().removesuffix("…")
            if not said or bare == _name(button):
                silent.append(f"{table} {shown.record.title}: {button.text()!r} {said!r}")
        shown.close()
    assert silent == [], "\n".join(silent)


def test_a_policy_in_force_says_what_it_is_and_that_a_review_changes_it(qtbot, logins, desk):
    """It said "It has left its first stage: ... can no longer change." and its Save,
    held off, "Save (Ctrl+S)"."""
    officer = logins.person("compliance")
    with logins.superuser().begin() as conn:
        policy = conn.scalar(
            text(
                "INSERT INTO compliance_policies (policy_name, policy_category, status,"
                " review_date) VALUES ('Gifts', 'Ethics', 'active', current_date + 30)"
                " RETURNING id"
            )
        )
    window = desk(officer).open("compliance_policies", policy)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    said = "This policy is in force: start a review to change it."
    assert window.subtitle.text() == said
    assert not window.save_button.isEnabled()
    assert window.save_button.toolTip() == said
