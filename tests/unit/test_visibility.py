"""services.visibility: which tabs and columns a role gets, from the permission table.

No Qt and no database (import-linter keeps services free of Qt): the GUI, the CLI and
these tests read the same answer.
"""

from __future__ import annotations

from dicel_desktop.domain.modules import MODULES
from dicel_desktop.domain.roles import Role
from dicel_desktop.services.visibility import columns_for, module_tables, visible_modules


def test_a_plain_employee_gets_no_module_tab_only_my_work():
    assert visible_modules(Role.EMPLOYEE) == []


def test_a_module_shows_only_the_lists_a_role_does_more_with_than_an_employee():
    finance = {m.key: m for m in visible_modules(Role.FINANCE)}
    assert "finance" in finance and "it" not in finance
    assert "transactions" in module_tables(Role.FINANCE, finance["finance"])
    hr = next(m for m in MODULES if m.key == "hr")
    # Everyone reads the people directory; IT does no more with it than an employee.
    assert module_tables(Role.IT, hr) == []
    assert "employees" in module_tables(Role.HR, hr)


def test_hidden_columns_are_never_offered_to_the_grid():
    everyone = columns_for(Role.EMPLOYEE, "employees")
    assert "salary" not in everyone and "bank_details" not in everyone
    assert {"employee_number", "position"} <= set(everyone)
    assert {"salary", "bank_details"} <= set(columns_for(Role.HR, "employees"))
