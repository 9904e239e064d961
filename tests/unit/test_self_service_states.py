"""domain/permissions.SELF_SERVICE_UPDATE_STATES holds the states migration 0003's row
security lets a person change their own rows in, and applies to the roles that change
the table only as self-service."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from dicel_desktop.domain.permissions import (
    SELF_SERVICE_OWNER,
    SELF_SERVICE_UPDATE_STATES,
    self_service_update_states,
)
from dicel_desktop.domain.roles import Role

MIGRATIONS = Path(__file__).resolve().parents[2] / "migrations" / "versions"


def _revision(name: str):
    spec = importlib.util.spec_from_file_location(f"rev_{name[:4]}", MIGRATIONS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_states_are_the_row_securitys():
    security = _revision("0003_security")
    updates = {
        table: tail
        for _name, table, tail in security.SELF_SERVICE_POLICIES
        if tail.lstrip().startswith("FOR UPDATE")
    }
    assert set(updates) == set(SELF_SERVICE_UPDATE_STATES) == set(SELF_SERVICE_OWNER)
    for table, (column, states) in SELF_SERVICE_UPDATE_STATES.items():
        using = updates[table].split("WITH CHECK")[0]
        assert re.findall(rf"{column} = '(\w+)'", using) == list(states)
        # Whose row it is: the column the same policy compares with the caller.
        owner = SELF_SERVICE_OWNER[table]
        assert f"{owner} = (SELECT public.dicel_current_employee_id())" in using


def test_only_roles_without_their_own_update_are_held_to_them():
    assert self_service_update_states(Role.EMPLOYEE, "leave_requests") == ("status", ("pending",))
    assert self_service_update_states(Role.FINANCE, "leave_requests") == ("status", ("pending",))
    assert self_service_update_states(Role.HR, "leave_requests") is None
    assert self_service_update_states(Role.ADMIN, "leave_requests") is None
    assert self_service_update_states(Role.EMPLOYEE, "expenses") is None
