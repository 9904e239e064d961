"""Logging in (services.auth), user accounts (services.users) and system settings:
the words of their error codes.

Part of :data:`dicel_desktop.domain.errors.MESSAGES` (see :mod:`dicel_desktop.domain.messages`).
"""

from __future__ import annotations

from collections.abc import Mapping

from dicel_desktop.domain.translatable import QT_TRANSLATE_NOOP

MESSAGES: Mapping[str, str] = {
    # --- logging in
    "invalid_credentials": QT_TRANSLATE_NOOP("errors", "The e-mail or password is incorrect."),
    "server_unreachable": QT_TRANSLATE_NOOP(
        "errors",
        "Cannot reach the database server {host}:{port}. Check the network connection and "
        "the server name; if it persists, tell IT.",
    ),
    "database_missing": QT_TRANSLATE_NOOP(
        "errors",
        "The server {host} has no database named {dbname}. Check the site profile, or tell IT.",
    ),
    "connection_rejected": QT_TRANSLATE_NOOP(
        "errors",
        "The database server {host} refused the connection. Tell IT; the server said: {detail}",
    ),
    "insecure_authentication": QT_TRANSLATE_NOOP(
        "errors",
        "The server {host} asked for the password in a way that would expose it "
        "(not SCRAM-SHA-256), so DICEL did not send it. Tell IT.",
    ),
    "not_a_dicel_user": QT_TRANSLATE_NOOP(
        "errors",
        "The account {email} is a database account but not a DICEL user. Log in with your "
        "own DICEL account.",
    ),
    "schema_too_old": QT_TRANSLATE_NOOP(
        "errors",
        "The company database is at version {database_revision}, older than this DICEL "
        "Desktop ({client_revision}). Ask IT to upgrade the database (dicel-admin migrate).",
    ),
    "client_too_old": QT_TRANSLATE_NOOP(
        "errors",
        "The company database is at version {database_revision}, newer than this DICEL "
        "Desktop ({client_revision}). Install the current DICEL Desktop.",
    ),
    # --- user accounts
    "not_allowed": QT_TRANSLATE_NOOP("errors", "You are not allowed to do this: {action}."),
    "invalid_email": QT_TRANSLATE_NOOP("errors", "“{email}” is not a valid e-mail address."),
    "email_too_long": QT_TRANSLATE_NOOP(
        "errors",
        "The e-mail address {email} is {length} bytes long; DICEL logins allow at most "
        "{limit}. Use a shorter address.",
    ),
    "missing_name": QT_TRANSLATE_NOOP("errors", "The {field} must not be empty."),
    "unknown_role": QT_TRANSLATE_NOOP(
        "errors", "“{role}” is not a DICEL role. Choose one of: {allowed}."
    ),
    "unknown_department": QT_TRANSLATE_NOOP(
        "errors", "There is no department with the code “{code}”."
    ),
    "department_codes": QT_TRANSLATE_NOOP("errors", "The department codes are: {codes}."),
    # dicel-admin create-user's: nobody can log in to DICEL Desktop before the first
    # administrator exists, who needs no department (deploy39 #5).
    "no_departments": QT_TRANSLATE_NOOP(
        "errors",
        "The database has no departments yet: leave out --department for now (the first "
        "administrator needs none), then add the departments in DICEL Desktop "
        "(Administration › Departments).",  # noqa: RUF001 (a path)
    ),
    "password_too_short": QT_TRANSLATE_NOOP(
        "errors", "The password must be at least {min_length} characters long."
    ),
    "password_invalid": QT_TRANSLATE_NOOP("errors", "The password cannot contain a NUL character."),
    "password_not_hashed": QT_TRANSLATE_NOOP(
        "errors",
        "The password reached the database unprotected and was refused. This is a "
        "programming error: passwords must be sent as SCRAM-SHA-256 verifiers.",
    ),
    "user_exists": QT_TRANSLATE_NOOP(
        "errors", "A DICEL user or database account named {email} already exists."
    ),
    "login_name_taken": QT_TRANSLATE_NOOP(
        "errors",
        "A database account named {email} already exists but is not a DICEL user; ask IT "
        "to rename or remove it.",
    ),
    "user_not_found": QT_TRANSLATE_NOOP(
        "errors", "There is no DICEL user with the e-mail {email}."
    ),
    "employee_taken": QT_TRANSLATE_NOOP(
        "errors", "Employee number {employee_number} already belongs to another user."
    ),
    # eye35 §9: whose login it is, so that a person given a second login shows at once.
    "employee_taken_by": QT_TRANSLATE_NOOP(
        "errors",
        "Employee number {employee_number} already has a login: {holder} ({holder_email}). "
        "Give the new login another number, or leave it empty.",
    ),
    "cannot_change_self": QT_TRANSLATE_NOOP(
        "errors",
        "You cannot {action} your own account while logged in with it; ask another administrator.",
    ),
    "not_a_managed_login": QT_TRANSLATE_NOOP(
        "errors",
        "The database account {email} is not a DICEL login, so DICEL will not change it.",
    ),
    "passwords_differ": QT_TRANSLATE_NOOP("errors", "The two passwords are not the same."),
    "no_password_given": QT_TRANSLATE_NOOP("errors", "No password was given."),
    "role_granted_outside_dicel": QT_TRANSLATE_NOOP(
        "errors",
        "The database account {email} was given its role outside DICEL, so DICEL cannot "
        "move it to another role. Ask IT to correct the account's roles, then try again.",
    ),
    "last_administrator": QT_TRANSLATE_NOOP(
        "errors",
        "{email} is the company's last administrator whose login never expires, so they "
        "keep that role and stay active, and their login gets no expiry. Make someone "
        "else an administrator first, or remove another administrator's login expiry.",
    ),
    # Migration 0057: an administrator's employment (DW602).
    "administrator_employment": QT_TRANSLATE_NOOP(
        "errors",
        "Only an administrator may end the employment of {name}, who administers DICEL.",
    ),
    # Migration 0067: any other change of an administrator's employment (DW603).
    "administrator_employment_changed": QT_TRANSLATE_NOOP(
        "errors",
        "Only an administrator may change the employment status or termination date of "
        "{name}, who administers DICEL.",
    ),
    # Migration 0073: an administrator's pay or placement (salary, department ...), DW604.
    "administrator_pay_changed": QT_TRANSLATE_NOOP(
        "errors",
        "Only an administrator may change the pay or placement of {name}, who administers DICEL.",
    ),
    # Migration 0076: an administrator's attendance (DW605).
    "administrator_attendance": QT_TRANSLATE_NOOP(
        "errors",
        "Only an administrator may record or change the attendance of {name}, who "
        "administers DICEL.",
    ),
    # Migration 0096: attendance of a day the employee was employed (DW606), around its
    # own day (ck_attendance_records_times_near_its_day).
    "attendance_before_hire": QT_TRANSLATE_NOOP(
        "errors",
        "{name} was not employed yet on {date}: they were hired on {hired}. Attendance is "
        "recorded from the hire date on.",
    ),
    "attendance_after_leaving": QT_TRANSLATE_NOOP(
        "errors",
        "{name} was no longer employed on {date}: they left on {left}. Attendance is "
        "recorded up to the termination date.",
    ),
    "attendance_day_to_come": QT_TRANSLATE_NOOP(
        "errors",
        "{date} has not come yet (today is {today}): attendance is recorded for days that "
        "have begun.",
    ),
    "attendance_times_off_their_day": QT_TRANSLATE_NOOP(
        "errors",
        "The check-in and check-out are on the record's date, or the day before or after "
        "it (a night shift ends the next day): correct the times or the date.",
    ),
    "login_of_a_leaver": QT_TRANSLATE_NOOP(
        "errors",
        "{email} is the login of employee {employee}, who has left the company: it stays "
        "inactive. Someone who comes back is hired again as a new employee.",
    ),
    # Migration 0121: suspended, their access was cut for a reason; HR settles it.
    "login_of_a_suspended_employee": QT_TRANSLATE_NOOP(
        "errors",
        "This is the login of employee {employee}, who is suspended: it stays inactive "
        "until HR reinstates them (Reinstate… on their employee record).",
    ),
    # Migration 0122: Create login… for a suspended employee's number.
    "login_for_a_suspended_employee": QT_TRANSLATE_NOOP(
        "errors",
        "Employee {employee} is suspended: no login is linked to them until HR reinstates "
        "them (Reinstate… on their employee record). Nothing was changed.",
    ),
    # Migration 0128: Create login… with a number no employee has.
    "employee_number_unknown": QT_TRANSLATE_NOOP(
        "errors",
        "No employee has the number {employee}: check it on the person's employee record, "
        "or leave the employee number empty. Nothing was changed.",
    ),
    # Migration 0140: a login's expiry is after now; ending a login now is Deactivate….
    "login_expiry_past": QT_TRANSLATE_NOOP(
        "errors",
        "A login's expiry must be after now. To stop {email} logging in now, deactivate "
        "the user instead. Nothing was changed.",
    ),
    "current_password_wrong": QT_TRANSLATE_NOOP(
        "errors",
        "Your current password is not the one typed. Type the password you logged in with.",
    ),
    # --- system settings (migration 0010)
    "setting_value_wrong_type": QT_TRANSLATE_NOOP(
        "errors",
        "{label} does not fit the setting's type: a number is written like 18 or 0.3, a "
        "yes/no setting true or false, a date like 2026-01-31, JSON as valid JSON.",
    ),
    # Migration 0096: a setting DICEL computes with takes a value that can mean it
    # (ck_system_settings_setting_value_in_bounds); the form names the setting's bound.
    "setting_value_out_of_bounds": QT_TRANSLATE_NOOP(
        "errors",
        "This value is out of range for the setting: a rate in percent (a key ending in "
        "_rate_percent) is from 0 to 100, a leave allowance or how far back leave may start "
        "a whole number of days from 0 to 366, an approval threshold 0 or more, the pay day "
        "a whole day from 1 to 31, the largest file an upload takes (documents.max_size_mb) "
        "from 0.001 to 100 MB.",
    ),
    "setting_value_between": QT_TRANSLATE_NOOP(
        "errors", "The setting {key} takes a value from {least} to {most}."
    ),
    # Migration 0107: a day of the month is a whole one (24.5 was read as the 25th).
    "setting_value_whole_between": QT_TRANSLATE_NOOP(
        "errors", "The setting {key} takes a whole number from {least} to {most}."
    ),
    # Migration 0126: a leave allowance, how far back leave may start (1000 was taken).
    "setting_value_whole_days_between": QT_TRANSLATE_NOOP(
        "errors",
        "The setting {key} takes a whole number of days from {least} to {most}: leave is "
        "counted in whole days, and a year has at most 366.",
    ),
    "setting_value_at_least": QT_TRANSLATE_NOOP(
        "errors", "The setting {key} takes a value of {least} or more."
    ),
    # eye35 §8: the same, of a setting whose form says its purpose above the value: named
    # by what it is (``setting_keys.subject``: "This allowance"), not by its key.
    "setting_subject_between": QT_TRANSLATE_NOOP(
        "errors", "{subject} takes a value from {least} to {most}."
    ),
    "setting_subject_whole_between": QT_TRANSLATE_NOOP(
        "errors", "{subject} takes a whole number from {least} to {most}."
    ),
    "setting_subject_whole_days_between": QT_TRANSLATE_NOOP(
        "errors",
        "{subject} takes a whole number of days from {least} to {most}: leave is counted in "
        "whole days, and a year has at most 366.",
    ),
    "setting_subject_at_least": QT_TRANSLATE_NOOP(
        "errors", "{subject} takes a value of {least} or more."
    ),
    # eye35 §8: a number setting typed as no number in the reader's marks (French « 18.5
    # »): what is wrong, and what to type (gui/numbers.explain, as the PAYE table says it).
    "setting_number_unread": QT_TRANSLATE_NOOP("errors", "{problem}"),
    # Migration 0117 (eye33 #1): a key one letter off is a setting nothing reads (DW027),
    # and a setting DICEL reads, deleted, is read as absent (DW028).
    "setting_key_fixed": QT_TRANSLATE_NOOP(
        "errors",
        "The key of the setting {key} cannot be changed: a setting's key is fixed once "
        "made, because DICEL finds its settings by their keys. Change its value instead. "
        "Nothing was changed.",
    ),
    # Migration 0140: a new key of a family DICEL reads ("leave.allowance.anual").
    "setting_key_not_read": QT_TRANSLATE_NOOP(
        "errors",
        "DICEL reads no setting {key}: a setting of that name would change nothing. "
        "Choose the key from the list of the settings DICEL reads, in Administration, "
        "System settings, New. Nothing was changed.",
    ),
    "setting_read_kept": QT_TRANSLATE_NOOP(
        "errors",
        "The setting {key} cannot be deleted: DICEL reads it, and without it the rules it "
        "sets would no longer apply. Change its value instead. Nothing was changed.",
    ),
    # Migration 0124 (eye34 #1): a setting DICEL reads is read as one type (DW029); under
    # another its value was read as absent ("20 %" VAT, "18 jours" of leave).
    "setting_read_as_typed": QT_TRANSLATE_NOOP(
        "errors",
        "The setting {key} is of type {other_type}: DICEL reads it so, and under another "
        "type its value would be ignored. Keep the type {other_type}. Nothing was changed.",
    ),
    # Migration 0124 (eye34 #2): the PAYE bands' shape (DW030, domain/paye_bands.FAULTS).
    "paye_bands_list": QT_TRANSLATE_NOOP(
        "errors",
        "The PAYE bands are a list of at least one band, each with its upper limit and "
        'its rate, in square brackets: [{{"upto": 60000, "rate": 0}}, {{"upto": null, '
        '"rate": 30}}]. Nothing was changed.',
    ),
    "paye_bands_band": QT_TRANSLATE_NOOP(
        "errors",
        'PAYE band {band} needs its upper limit ("upto") and its rate ("rate"), as '
        '{{"upto": 100000, "rate": 10}}. Nothing was changed.',
    ),
    "paye_bands_rate": QT_TRANSLATE_NOOP(
        "errors",
        "The rate of PAYE band {band} is a number from 0 to 100 (percent), written "
        "without quotes or a % sign. Nothing was changed.",
    ),
    "paye_bands_upto": QT_TRANSLATE_NOOP(
        "errors",
        'The upper limit ("upto") of PAYE band {band} is a whole number of RWF, without '
        "quotes or spaces, above the limit of the band before it. Nothing was changed.",
    ),
    "paye_bands_open": QT_TRANSLATE_NOOP(
        "errors",
        'PAYE band {band} has no upper limit ("upto": null), but only the last band is '
        "open: give it a limit, or remove the bands after it. Nothing was changed.",
    ),
    "paye_bands_last": QT_TRANSLATE_NOOP(
        "errors",
        'The last PAYE band (band {band}) has no upper limit ("upto": null), so that '
        "every gross above the others is taxed. Nothing was changed.",
    ),
    # paye35: the same faults in the words of the bands' table (gui/editors/paye_bands.py,
    # and the form before saving): its columns, not the JSON.
    "paye_band_row_list": QT_TRANSLATE_NOOP(
        "errors", "Add at least one band: the payroll runs take PAYE by these bands."
    ),
    "paye_band_row_band": QT_TRANSLATE_NOOP(
        "errors", "Band {band} needs its upper limit and its rate."
    ),
    # eye35 §7: a band whose rate is blank (new, or cleared) is one still to give.
    "paye_band_row_no_rate": QT_TRANSLATE_NOOP("errors", "Give band {band} its rate, in percent."),
    "paye_band_row_rate": QT_TRANSLATE_NOOP(
        "errors", "Band {band}: the rate is a percent from 0 to 100."
    ),
    "paye_band_row_upto": QT_TRANSLATE_NOOP(
        "errors",
        "Band {band}: “Up to” is a whole amount of RWF, above the “Up to” of the band before it.",
    ),
    "paye_band_row_open": QT_TRANSLATE_NOOP(
        "errors",
        "Band {band}: “Up to” is blank, but only the last band is open (“and above”). Give "
        "it an upper limit, or remove the bands after it.",
    ),
    "paye_band_row_last": QT_TRANSLATE_NOOP(
        "errors",
        "Band {band} is the last: leave its “Up to” blank, so that it taxes every gross "
        "above the bands before it.",
    ),
    "paye_band_row_unread": QT_TRANSLATE_NOOP("errors", "Band {band}, {column}: {problem}"),
    # --- logging in: refusals the server gives by SQLSTATE (services.auth)
    "host_not_allowed": QT_TRANSLATE_NOOP(
        "errors",
        "The database server {host} does not accept logins from this computer. Tell IT "
        "(the server's pg_hba.conf).",
    ),
    "server_busy": QT_TRANSLATE_NOOP(
        "errors",
        "The database server {host} has too many connections right now. Try again in a "
        "minute; if it persists, tell IT.",
    ),
    "server_starting": QT_TRANSLATE_NOOP(
        "errors",
        "The database server {host} is starting up or shutting down. Try again in a minute.",
    ),
}
