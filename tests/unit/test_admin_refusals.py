"""What dicel-admin says in one line and what it leaves as a traceback (deploy39 #3):
the server refusing the DSN's login names the login the command needs; any other error,
a bug's, is not turned into a sentence."""

from __future__ import annotations

import pytest
from psycopg import errors

from dicel_desktop.cli.errors import ADMINISTRATOR, SUPERUSER, describe_refusal
from dicel_desktop.db.grants import GrantsRefused


def test_a_refused_login_is_told_which_login_the_command_needs():
    said = describe_refusal(
        errors.InsufficientPrivilege("permission denied for table users"), "demo-data", SUPERUSER
    )
    assert said is not None
    assert said.startswith("`demo-data` needs a superuser's DSN")
    assert "permission denied for table users" in said
    said = describe_refusal(GrantsRefused("sync_grants must run as"), "migrate", SUPERUSER)
    assert said is not None and said.startswith("`migrate` needs a superuser's DSN")


@pytest.mark.parametrize(
    "error",
    [
        errors.UndefinedTable('relation "public.users" does not exist'),
        errors.UndefinedColumn("column u.nickname does not exist"),
        PermissionError("[Errno 13] Permission denied: '/var/log/x'"),
        ValueError("a bug"),
    ],
    ids=["undefined table", "undefined column", "a file's permission", "a bug"],
)
def test_anything_else_keeps_its_traceback(error: BaseException):
    assert describe_refusal(error, "health", ADMINISTRATOR) is None


def test_a_command_that_names_no_login_keeps_the_servers_refusal():
    refused = errors.InsufficientPrivilege("permission denied for table users")
    assert describe_refusal(refused, "change-own-password", None) is None
