"""`dicel-admin`'s command line as a person types it: every DSN form libpq accepts, one
line and exit status 2 for the rest, and a wrong department code answered with the
valid ones. Against real PostgreSQL."""

from __future__ import annotations

import io

import psycopg
import pytest
from helpers import admin_here, run_admin
from psycopg.conninfo import conninfo_to_dict

from dicel_desktop.cli.admin import main as admin_main


@pytest.mark.parametrize(
    ("dsn", "own_process"),
    [
        ("not a url", False),
        ("http://example.com", False),
        # The program in its own process once (the others in this one: what is tested is
        # the DSN's reading, the same code).
        ("mysql://root:Secret-pw-1@db/x", True),
    ],
)
def test_a_dsn_libpq_would_refuse_gets_one_line_and_status_2(
    dsn: str, own_process: bool, capsys: pytest.CaptureFixture[str]
):
    args = ("--dsn", dsn, "schema-version")
    result = run_admin(*args) if own_process else admin_here(capsys, *args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert "not a PostgreSQL connection string" in result.stderr
    # The DSN is never repeated: it may hold a password.
    assert "Secret-pw-1" not in result.stderr


def _key_value(dsn: str) -> str:
    params = conninfo_to_dict(dsn)
    return " ".join(f"{key}='{value}'" for key, value in params.items())


def test_a_key_value_dsn_works_like_the_url(db_dsn: str, capsys: pytest.CaptureFixture[str]):
    assert admin_main(["--dsn", db_dsn, "schema-version"]) == 0
    by_url = capsys.readouterr().out
    assert admin_main(["--dsn", _key_value(db_dsn), "schema-version"]) == 0
    assert capsys.readouterr().out == by_url
    assert "database:" in by_url


def test_a_url_with_two_hosts_reaches_the_one_that_answers(
    db_dsn: str, capsys: pytest.CaptureFixture[str]
):
    params = conninfo_to_dict(db_dsn)
    # The first address refuses at once (nothing listens on port 1); libpq tries the next.
    two_hosts = (
        f"postgresql://{params['user']}:{params['password']}@127.0.0.1:1,"
        f"{params['host']}:{params['port']}/{params['dbname']}"
    )
    assert admin_main(["--dsn", two_hosts, "list-users"]) == 0
    assert "No users yet" in capsys.readouterr().out


def test_a_key_value_dsn_that_reaches_no_server_says_so_in_one_line():
    result = run_admin("--dsn", "host=127.0.0.1 port=1 dbname=x user=y", "schema-version")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("dicel-admin: Cannot reach the database server")


def test_a_wrong_department_code_lists_the_valid_ones(
    db_dsn: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO departments (name, code) VALUES ('Finance', 'FIN'),"
            " ('Human Resources', 'HR')"
        )
    monkeypatch.setattr("sys.stdin", io.StringIO("Long-enough-pw-7\n"))
    status = admin_main(
        ["--dsn", db_dsn, "create-user", "--email", "new.person@dicel.rw", "--first-name",
         "New", "--last-name", "Person", "--role", "employee", "--department", "FINANCE"]
    )  # fmt: skip
    assert status == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "no department with the code “FINANCE”" in err
    assert "FIN (Finance), HR (Human Resources)" in err
