"""Which sentence a row refused by row security gets (services.db_error_words)."""

from __future__ import annotations

from dicel_desktop.services.db_error_lookup import Denial
from dicel_desktop.services.db_error_words import denied_error

REFUSED_ROW = Denial(row_security=True, column=None, granted=True)


def test_leave_says_who_files_it():
    # eye36, 2: "only for the people it manages (often only yourself)… Check who it is
    # for." sent a supervisor to check a team member she does manage.
    refused = denied_error("leave_requests", {}, "insert", REFUSED_ROW)
    assert refused.code == "leave_row_denied_add"


def test_other_tables_keep_the_general_sentence():
    assert denied_error("it_support_tickets", {}, "insert", REFUSED_ROW).code == "row_denied_add"
    # A change to a leave request outside the policies is another matter.
    assert denied_error("leave_requests", {}, "update", REFUSED_ROW).code == "row_denied_change"
