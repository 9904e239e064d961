"""Logins, user accounts, administrators and system settings: the registration of their
codes (DU001-DU020; DW027-DW030 settings and PAYE bands; DW601-DW607 an administrator's
records and attendance). Their sentences are in ``domain/messages/accounts.py``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from typing import Any

from dicel_desktop.domain.errors import (
    Conflict,
    InvalidInput,
    NotAllowed,
    NotFound,
)
from dicel_desktop.domain.paye_bands import FAULTS
from dicel_desktop.domain.states import SettingType
from dicel_desktop.services import db_error_words as words
from dicel_desktop.services.db_errors.detail import detail_params
from dicel_desktop.services.db_errors.registry import register_sqlstate


def _user_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    from dicel_desktop.domain.roles import Role
    from dicel_desktop.services.users import MAX_LOGIN_BYTES

    email = str(values.get("email") or values.get("old_email") or "")
    return {
        "email": email,
        "length": len(email.encode("utf-8")),
        "limit": MAX_LOGIN_BYTES,
        "allowed": ", ".join(r.value for r in Role),
        "code": str(values.get("department_code") or ""),
        "action": str(values.get("action") or "change"),
    }


def _missing_name(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    # The provisioning functions name the empty column in DETAIL (migration 0004).
    column = getattr(diag, "message_detail", None) or "first_name"
    return words.field_words("users", column)


#: The provisioning functions' refusals (migration 0004; services.users words them the
#: same way for its own callers).
for _state, _code, _family in (
    ("DU001", "invalid_email", InvalidInput),
    ("DU002", "email_too_long", InvalidInput),
    ("DU003", "password_not_hashed", InvalidInput),
    ("DU004", "unknown_role", InvalidInput),
    ("DU005", "user_exists", Conflict),
    ("DU006", "user_not_found", NotFound),
    ("DU008", "unknown_department", NotFound),
    ("DU009", "employee_taken", Conflict),
    ("DU010", "cannot_change_self", NotAllowed),
    ("DU012", "not_a_dicel_user", NotAllowed),
    ("DU013", "not_a_managed_login", NotAllowed),
    ("DU014", "login_name_taken", Conflict),
    ("DU015", "role_granted_outside_dicel", Conflict),
):
    register_sqlstate(_state, _code, _family, _user_params)
register_sqlstate("DU011", "field_required", InvalidInput, _missing_name)


#: The login of a suspended employee turned active (trigger ``users_leaver_stays_inactive``,
#: migration 0121): ``employee``, their number, from DETAIL.
register_sqlstate("DU017", "login_of_a_suspended_employee", NotAllowed, detail_params)
#: A login linked to a suspended employee (trigger ``employees_leaver_has_no_login``,
#: migration 0122): ``employee``, their number, from DETAIL.
register_sqlstate("DU018", "login_for_a_suspended_employee", NotAllowed, detail_params)
#: A login given an employee number no employee has (``dicel_create_user``, migration
#: 0128): ``employee``, the number as read (trimmed, upper case), from DETAIL.
register_sqlstate("DU019", "employee_number_unknown", NotFound, detail_params)
#: A login's expiry set to a moment not after now (``dicel_set_login_expiry``, migration
#: 0140): ``email``, from DETAIL.
register_sqlstate("DU020", "login_expiry_past", InvalidInput, detail_params)

#: A setting's key changed, or a setting DICEL reads deleted (``key``; migration 0117).
register_sqlstate("DW027", "setting_key_fixed", Conflict, detail_params)
register_sqlstate("DW028", "setting_read_kept", Conflict, detail_params)
#: A new setting in a family DICEL reads that DICEL does not read (``key``; migration
#: 0140's trigger ``system_settings_key_read``).
register_sqlstate("DW608", "setting_key_not_read", InvalidInput, detail_params)


def _setting_type_params(diag: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """DW029's: the key, and the type DICEL reads it as in the form's word for it
    (``other_type``: "Number", said in the reader's language)."""
    params = detail_params(diag, values)
    with contextlib.suppress(ValueError):
        params["other_type"] = SettingType(params.get("type", "")).label
    return params


#: A setting DICEL reads, written with another type than it reads it as (``key``,
#: ``type``; migration 0124).
register_sqlstate("DW029", "setting_read_as_typed", InvalidInput, _setting_type_params)
#: PAYE bands of another shape (``action``: what is wrong, ``band``; migration 0124):
#: one sentence per fault (domain/paye_bands.FAULTS).
register_sqlstate(
    "DW030",
    "paye_bands_list",
    InvalidInput,
    detail_params,
    by_action={("system_settings", fault): f"paye_bands_{fault}" for fault in FAULTS},
)

#: A change that would leave the company without an active administrator (migration
#: 0047): DETAIL names the last one.
register_sqlstate("DW601", "last_administrator", NotAllowed, detail_params)
#: The employment of someone whose login is an administrator, ended by someone who is
#: not one (migration 0057): DETAIL names them.
register_sqlstate("DW602", "administrator_employment", NotAllowed, detail_params)
#: Any other change of such a person's employment status or termination date, by
#: someone who is not an administrator (migration 0067): DETAIL names them.
register_sqlstate("DW603", "administrator_employment_changed", NotAllowed, detail_params)
#: Such a person's pay or placement (salary, bank details, department, supervisor ...)
#: changed by someone who is not an administrator (migration 0073): DETAIL names them.
register_sqlstate("DW604", "administrator_pay_changed", NotAllowed, detail_params)
#: Such a person's attendance recorded or changed by someone who is not an administrator
#: (migration 0076): DETAIL names them. (Their payslip's pay is DW604, the same migration.)
register_sqlstate("DW605", "administrator_attendance", NotAllowed, detail_params)
#: Attendance on a day before the employee's hire date, or after their termination date
#: (``left``; migration 0096): DETAIL names them and the days.
register_sqlstate(
    "DW606",
    "attendance_after_leaving",
    InvalidInput,
    detail_params,
    without=("left", "attendance_before_hire"),
)
#: ... or on a day still to come (migration 0096): ``date``, ``today``.
register_sqlstate("DW607", "attendance_day_to_come", InvalidInput, detail_params)
