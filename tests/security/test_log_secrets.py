"""No password or verifier reaches the log file, whatever the program does with them.

Logs in (rightly and wrongly), changes a password, sets one with dicel-admin from
standard input, and runs dicel-admin with DSNs holding a password (URL and key=value),
all at DEBUG (SQL statements and their parameters logged); then reads every log file
and looks for each secret. Against real PostgreSQL.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from _provisioning_fixtures import Accounts, open_accounts, tcp_address
from psycopg.conninfo import conninfo_to_dict

from dicel_desktop import logs
from dicel_desktop.domain.errors import InvalidCredentials
from dicel_desktop.services import auth, users

FIRST = "First-Secret-31"
WRONG = "Wrong-Guess-47"
SECOND = "Second-Secret-59"
BY_ADMIN = "Admin-Given-83"


@pytest.fixture
def accounts(db_dsn: str) -> Iterator[Accounts]:
    yield from open_accounts(db_dsn)


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "logs"
    monkeypatch.setenv("DICEL_LOG_DIR", str(folder))
    logs.setup_logging("dicel-desktop", debug=True)
    yield folder
    logs.close_log()


def _admin(log_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DICEL_LOG_DIR": str(log_dir)}
    return subprocess.run(
        [sys.executable, "-m", "dicel_desktop.cli.admin", "--debug", *args],
        input=stdin, capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip


def test_no_secret_reaches_the_log(accounts: Accounts, db_dsn: str, log_dir: Path):
    host, port, dbname = tcp_address(db_dsn)
    email = accounts.create("finance", password=FIRST)

    logged_in = auth.login(host, port, dbname, email, FIRST)
    try:
        with pytest.raises(InvalidCredentials):
            auth.login(host, port, dbname, email, WRONG)
        with logged_in.engine.begin() as connection:
            users.change_own_password(connection, new_password=SECOND, current_password=FIRST)
    finally:
        logged_in.close()

    superuser_password = str(conninfo_to_dict(db_dsn)["password"])
    key_value = " ".join(f"{k}='{v}'" for k, v in conninfo_to_dict(db_dsn).items())
    runs = [
        _admin(log_dir, "--dsn", db_dsn, "set-password", "--email", email, stdin=BY_ADMIN + "\n"),
        _admin(log_dir, "--dsn", key_value, "list-users"),
        # A refusal is logged with its exception: the DSN's password must not be in it.
        _admin(log_dir, "--dsn", key_value.replace(dbname, "no_such_db"), "list-users"),
    ]
    assert [run.returncode for run in runs] == [0, 0, 2], [run.stderr for run in runs]

    with accounts.superuser.cursor() as cur:
        verifier = cur.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (email,)
        ).fetchone()[0]
    assert verifier.startswith("SCRAM-SHA-256$")

    files = sorted(log_dir.glob("*.log*"))
    assert {f.name for f in files} >= {"dicel-desktop.log", "dicel-admin.log"}
    text = "\n".join(f.read_text(encoding="utf-8") for f in files)
    # The log did record what happened (so the absence below means something): the
    # commands, the SQL at DEBUG with its masked parameters, the refused login.
    assert "dicel-admin set-password" in text
    assert "dicel-admin list-users" in text
    assert "***" in text
    for secret in (FIRST, WRONG, SECOND, BY_ADMIN, superuser_password, verifier):
        assert secret not in text, f"a secret reached the log: {secret[:4]}..."
    # A verifier's parts (salt, keys) are secret too: none of them either. Not its
    # iteration count ("4096", every SCRAM verifier's), which a port or a time may hold
    # (a run on port 40963 failed so).
    _iterations, secrets = verifier.split("$", 1)[1].split(":", 1)
    for part in secrets.replace(":", "$").split("$"):
        assert part not in text
    # Also in every stderr the commands printed (at --debug the log goes there too).
    for run in runs:
        for secret in (BY_ADMIN, superuser_password):
            assert secret not in run.stderr + run.stdout
