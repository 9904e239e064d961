"""The log file: where it is, what --debug adds, that it rotates, and the masks."""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path

import pytest

from dicel_desktop import logs


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("DICEL_LOG_DIR", str(tmp_path / "logs"))
    yield tmp_path / "logs"
    logs.close_log()


def _write(message: str, level: int) -> None:
    logging.getLogger("dicel_desktop.test").log(level, message)


def test_debug_lines_reach_the_file_only_with_debug(log_dir: Path):
    path = logs.setup_logging("dicel-desktop")
    assert path == log_dir / "dicel-desktop.log" == logs.current_log_file()
    _write("an ordinary step", logging.INFO)
    _write("a detail for IT", logging.DEBUG)
    text = path.read_text(encoding="utf-8")
    assert "an ordinary step" in text and "a detail for IT" not in text

    logs.setup_logging("dicel-desktop", debug=True)
    _write("a detail with --debug", logging.DEBUG)
    assert "a detail with --debug" in path.read_text(encoding="utf-8")


def test_the_file_rotates_and_keeps_a_few_old_ones(log_dir: Path, monkeypatch):
    monkeypatch.setattr(logs, "LOG_MAX_BYTES", 2000)
    path = logs.setup_logging("dicel-admin")
    for n in range(400):
        _write(f"line {n} " + "x" * 50, logging.WARNING)
    names = sorted(p.name for p in log_dir.iterdir())
    assert names[0] == "dicel-admin.log"
    assert len(names) == 1 + logs.LOG_BACKUPS
    assert path.stat().st_size <= 2000
    assert "line 399" in path.read_text(encoding="utf-8")


def test_an_unwritable_log_folder_leaves_the_program_running(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("DICEL_LOG_DIR", str(blocker / "logs"))
    try:
        assert logs.setup_logging("dicel-desktop") is None
        assert "no log file" in capsys.readouterr().err
    finally:
        logs.close_log()


@pytest.mark.parametrize(
    ("line", "secret"),
    [
        ("connect postgresql://postgres:S3cret-pw@127.0.0.1:5432/db", "S3cret-pw"),
        ("dsn host=db user=it password='two words' dbname=x", "two words"),
        ("dsn postgresql://?user=it&password=Qz9-pw&dbname=x", "Qz9-pw"),
        ("[parameters: {'email': 'a@b.rw', 'new_password': 'Pw-12345'}]", "Pw-12345"),
        ("ALTER ROLE \"a@b.rw\" PASSWORD 'it''s-secret'", "s-secret"),
        ("verifier SCRAM-SHA-256$4096:c2FsdA==$c3RvcmVk:c2VydmVy", "c3RvcmVk"),
        ("verifier md5" + "0123456789abcdef" * 2, "0123456789abcdef"),
    ],
)
def test_secrets_are_masked_in_every_shape(line: str, secret: str):
    assert secret not in logs.redact(line)
    assert "***" in logs.redact(line)


def test_a_value_given_to_mask_secret_is_masked_anywhere():
    logs.mask_secret("Positional-Pw-1")
    assert logs.redact("params ('a@b.rw', 'Positional-Pw-1', 3)") == "params ('a@b.rw', '***', 3)"
    assert logs.redact("nothing secret here") == "nothing secret here"


def test_closing_the_log_gives_the_loggers_back_their_levels(log_dir: Path):
    """Tests run in one process: a --debug run must not leave SQL statements logged, nor
    the root logger at DEBUG, for the tests that follow."""
    engine = logging.getLogger("sqlalchemy.engine")
    before = (logging.getLogger().level, engine.level)
    logs.setup_logging("dicel-desktop", debug=True)
    assert (logging.getLogger().level, engine.level) == (logging.DEBUG, logging.INFO)
    logs.close_log()
    assert (logging.getLogger().level, engine.level) == before


def test_a_rotation_windows_refuses_loses_no_record(log_dir: Path, monkeypatch):
    # Windows cannot rename a log another DICEL program has open: the rotation fails.
    monkeypatch.setattr(logs, "LOG_MAX_BYTES", 2000)
    path = logs.setup_logging("dicel-desktop")
    (handler,) = [
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.handlers.RotatingFileHandler)
    ]
    refused: list[str] = []

    def rename_refused(source: str, _dest: str) -> None:
        refused.append(source)
        raise PermissionError(13, "The process cannot access the file", source)

    monkeypatch.setattr(handler, "rotate", rename_refused)
    for n in range(200):
        _write(f"line {n} " + "x" * 50, logging.WARNING)
    text = path.read_text(encoding="utf-8")
    assert all(f"line {n} " in text for n in range(200))
    assert text.count("log rotation put off") == 1
    # Tried again each time the file grew by a tenth of the limit, not at every record.
    grown = path.stat().st_size - 2000
    assert 1 < len(refused) <= grown // 200 + 1, (len(refused), grown)

    monkeypatch.undo()  # the other program closed the file: the next try rotates
    monkeypatch.setenv("DICEL_LOG_DIR", str(log_dir))
    for n in range(200, 260):
        _write(f"line {n} " + "x" * 50, logging.WARNING)
    assert (log_dir / "dicel-desktop.log.1").exists()
    assert "line 259" in path.read_text(encoding="utf-8")
