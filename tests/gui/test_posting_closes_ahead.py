"""An open or on-hold job posting is not given a closing date already past (DW502,
migration 0128): the posting's window says so beside the field before saving, in the
database's sentence, and keeps what was typed (polish35). Against real PostgreSQL, as
HR."""

from __future__ import annotations

import datetime as dt

from helpers import WAIT_MS, company_a_day_off
from sqlalchemy import text


def _posting(logins, *, status: str, closing: dt.date):
    with logins.superuser().begin() as conn:
        return conn.scalar(
            text(
                "INSERT INTO job_postings (title, description, status, posted_date,"
                " closing_date) VALUES ('Accountant (Kigali)', 'Books for the head office.',"
                " :status, current_date - 20, :closing) RETURNING id"
            ),
            {"status": status, "closing": closing},
        )


def _stored(logins, posting):
    with logins.superuser().connect() as conn:
        return conn.execute(
            text("SELECT closing_date, title FROM job_postings WHERE id = :id"), {"id": posting}
        ).one()


def _open(qtbot, desk, person, posting):
    window = desk(person).open("job_postings", posting)
    qtbot.waitUntil(lambda: not window.is_busy and window.record is not None, timeout=WAIT_MS)
    return window


def test_a_past_closing_date_on_an_open_posting_is_said_before_saving(qtbot, logins, desk):
    hr = logins.person("hr")
    today = dt.date.today()
    ahead = today + dt.timedelta(days=30)
    for status in ("open", "on_hold"):
        posting = _posting(logins, status=status, closing=ahead)
        window = _open(qtbot, desk, hr, posting)
        past = today - dt.timedelta(days=3)
        window.form.editors["closing_date"].set_value(past)
        window.save()
        shown = window.form.error_text("closing_date")
        # In the state the window knows (eye35 §10), and once "nothing": the banner's.
        said = {"open": "open", "on_hold": "on hold"}[status]
        assert shown.startswith(f"This job posting is {said}: its closing date cannot be"), shown
        assert "Close applications…" in shown
        assert "Nothing was changed" not in shown
        assert window.form.error_labels["closing_date"].isVisible()
        assert "Nothing was saved" in window.message.text()
        assert not window.is_busy  # nothing was sent
        assert window.form.editors["closing_date"].value() == past  # what was typed stays
        assert _stored(logins, posting)[0] == ahead, status
        # Today is taken.
        window.form.editors["closing_date"].set_value(today)
        window.save()
        qtbot.waitUntil(lambda shown=window: not shown.is_busy, timeout=WAIT_MS)
        assert window.form.error_text("closing_date") == ""
        assert _stored(logins, posting)[0] == today, status
        window.close()


def test_a_closing_date_already_past_stays_when_another_field_is_saved(qtbot, logins, desk):
    hr = logins.person("hr")
    passed = dt.date.today() - dt.timedelta(days=5)
    posting = _posting(logins, status="on_hold", closing=passed)
    window = _open(qtbot, desk, hr, posting)
    window.form.editors["title"].set_value("Senior Accountant (Kigali)")
    window.save()
    qtbot.waitUntil(lambda: not window.is_busy, timeout=WAIT_MS)
    assert window.form.error_text("closing_date") == ""
    assert _stored(logins, posting) == (passed, "Senior Accountant (Kigali)")


def test_the_closing_date_is_asked_on_the_companys_day_not_the_desktops(qtbot, logins, desk):
    """The window counted "today" on the desktop's clock, the database (DW502, 0069) on
    the company's: a day apart, the window refused the company's today, or sent a day
    the database then refused. It now asks on the company's day, read with the record."""
    company_today = company_a_day_off(logins)
    hr = logins.person("hr")
    posting = _posting(logins, status="open", closing=company_today + dt.timedelta(days=30))
    window = _open(qtbot, desk, hr, posting)
    # The day before the company's today: said before anything is sent.
    window.form.editors["closing_date"].set_value(company_today - dt.timedelta(days=1))
    window.save()
    assert not window.is_busy  # nothing was sent
    assert window.form.error_text("closing_date").startswith("This job posting is open"), (
        window.form.error_text("closing_date")
    )
    # The company's today: taken, by the window and the database alike.
    window.form.editors["closing_date"].set_value(company_today)
    window.save()
    qtbot.waitUntil(lambda: not window.is_busy, timeout=WAIT_MS)
    assert window.form.error_text("closing_date") == "", window.message.text()
    assert _stored(logins, posting)[0] == company_today
