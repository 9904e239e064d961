"""A patrol log naming an incident number that no security incident has is refused by
the database (DW470, migration 0141): the security clerk's window says so beside
"Incidents reported", in their language, keeps the list as typed and saves nothing.
(stats40 left this window test unwritten.)"""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest
from helpers import WAIT_MS
from PySide6.QtCore import Qt

CLERK = "patrick.habimana@dicel.rw"
UNKNOWN = "SEC-2026-999999"

SAID = {
    "en": (
        f"There is no incident {UNKNOWN}: give the number of an incident already reported,"
        " as the list of security incidents shows it."
    ),
    "fr": (
        f"Il n’existe aucun incident « {UNKNOWN} » : indiquez le numéro d’un"  # noqa: RUF001
        " incident déjà signalé, tel que la liste des incidents de sécurité"
        " l’affiche."  # noqa: RUF001
    ),
}
NOTHING_SAVED = {"en": "Nothing was saved", "fr": "Rien n’a été enregistré"}  # noqa: RUF001


def _a_guard_and_route(demo_dsn: str) -> tuple[object, object, list[str]]:
    """The guard and route of the latest patrol, and the incident numbers the demo holds."""
    with psycopg.connect(demo_dsn, autocommit=True) as conn:
        found = conn.execute(
            "SELECT guard_id, route_id FROM patrol_logs ORDER BY start_time DESC, id LIMIT 1"
        ).fetchone()
        numbers = [
            row[0]
            for row in conn.execute(
                "SELECT incident_number FROM security_incidents ORDER BY incident_number LIMIT 1"
            )
        ]
    assert found is not None and numbers
    return found[0], found[1], numbers


def _logs(demo_dsn: str) -> int:
    with psycopg.connect(demo_dsn, autocommit=True) as conn:
        return conn.execute("SELECT count(*) FROM patrol_logs").fetchone()[0]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_incident_number_of_no_incident_is_said_beside_the_field_and_nothing_is_saved(
    qtbot, demo_dsn, demo_window, language, lang
):
    language(lang)
    guard, route, known = _a_guard_and_route(demo_dsn)
    before = _logs(demo_dsn)
    main = demo_window(CLERK)
    window = main.records.new("patrol_logs")
    qtbot.waitUntil(lambda: not window.is_busy, timeout=WAIT_MS)
    form = window.form
    form.editors["guard_id"].set_value(guard, "Guard")
    form.editors["route_id"].set_value(route, "Route")
    form.editors["start_time"].set_value(dt.datetime(2026, 12, 1, 6, 0, tzinfo=dt.UTC))
    editor = form.editors["incidents_reported"]
    tags = editor.view.tags
    typed = [*known, UNKNOWN]
    for number in typed:
        tags.input.setFocus()
        qtbot.keyClicks(tags.input, number)
        qtbot.keyClick(tags.input, Qt.Key.Key_Return)
    assert editor.value() == typed

    window.save()
    qtbot.waitUntil(lambda: not window.is_busy, timeout=WAIT_MS)
    assert form.error_text("incidents_reported") == SAID[lang]
    assert form.error_labels["incidents_reported"].isVisible()
    assert NOTHING_SAVED[lang] in window.message.text()
    assert editor.value() == typed  # the list as typed, to correct
    assert window.record is None
    assert _logs(demo_dsn) == before
