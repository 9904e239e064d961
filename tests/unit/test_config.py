"""Connection profiles: the site file IT deploys and the user's own additions."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from dicel_desktop import config
from dicel_desktop.config import ConnectionProfile, read_profiles, save_user_profiles

HEAD_OFFICE = """\
# Deployed by IT
[[profile]]
name = "Head office"
host = "db.dicel.rw"
sslmode = "verify-full"
sslrootcert = "dicel-ca.pem"

[[profile]]
name = "Reports (replica)"
host = "db2.dicel.rw"
port = 6432
database = "dicel_reports"
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A site folder with the CA file the head-office profile names."""
    folder = tmp_path / "site"
    write(folder / "dicel-ca.pem", "-----BEGIN CERTIFICATE-----\n")
    return folder


def load(candidates: list[Path], user_file: Path | None = None):
    return read_profiles(candidates, user_file or Path("/nonexistent/profiles.toml"))


def test_the_site_file_gives_its_profiles_with_defaults_and_the_ca_file_resolved(site: Path):
    site_file = write(site / "dicel.toml", HEAD_OFFICE)
    loaded = load([site_file])
    assert loaded.problems == []
    assert loaded.site_file == site_file
    head, replica = loaded.profiles
    assert head == ConnectionProfile(
        "Head office",
        "db.dicel.rw",
        5432,
        "dicel_erp_db",
        "verify-full",
        str((site / "dicel-ca.pem").resolve()),
    )
    assert (replica.port, replica.database, replica.sslmode) == (6432, "dicel_reports", None)
    assert not head.user_defined
    assert head.source == site_file


def test_the_first_site_file_found_wins(tmp_path: Path):
    beside = tmp_path / "beside" / "dicel.toml"  # missing
    system = write(tmp_path / "system" / "dicel.toml", '[[profile]]\nname = "A"\nhost = "a"\n')
    user = write(tmp_path / "user" / "dicel.toml", '[[profile]]\nname = "B"\nhost = "b"\n')
    loaded = load([beside, system, user])
    assert loaded.site_file == system
    assert [p.name for p in loaded.profiles] == ["A"]


def test_no_file_anywhere_gives_no_profiles_and_no_problem(tmp_path: Path):
    loaded = load([tmp_path / "a" / "dicel.toml"])
    assert (loaded.profiles, loaded.problems, loaded.site_file) == ([], [], None)


def test_a_malformed_file_names_file_and_line_and_the_user_profiles_still_load(tmp_path: Path):
    site_file = write(
        tmp_path / "dicel.toml", '[[profile]]\nname = "Head office"\nhost = db.dicel.rw\n'
    )
    user_file = save_user_profiles(
        [ConnectionProfile("My laptop", "localhost")], tmp_path / "profiles.toml"
    )
    loaded = load([site_file], user_file)
    assert [p.name for p in loaded.profiles] == ["My laptop"]
    (problem,) = loaded.problems
    assert (problem.file, problem.line) == (site_file, 3)
    assert str(problem).startswith(f"{site_file}, line 3: is not a valid TOML file")


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ('host = "db"', "it has no name"),
        ('name = "X"', "it has no server address"),
        ('name = "X"\nhost = "db"\nport = "5432"', "port must be a whole number"),
        ('name = "X"\nhost = "db"\nport = 70000', "port must be a whole number"),
        ('name = "X"\nhost = "db"\nsslmode = "verify"', "sslmode must be one of"),
        ('name = "X"\nhost = "db"\nsslrootcert = "missing.pem"', "missing.pem does not exist"),
        ('name = "X"\nhost = "db"\nlive_updates = "push"', "live_updates must be one of"),
    ],
)
def test_a_wrong_profile_is_skipped_with_its_line_and_the_others_are_kept(
    tmp_path: Path, body: str, reason: str
):
    text = f'[[profile]]\nname = "Good"\nhost = "db"\n\n[[profile]]\n{body}\n'
    site_file = write(tmp_path / "dicel.toml", text)
    loaded = load([site_file])
    assert [p.name for p in loaded.profiles] == ["Good"]
    (problem,) = loaded.problems
    assert problem.line == 5  # where its [[profile]] starts
    assert "is skipped" in problem.message
    assert reason in problem.message


def test_an_unknown_setting_is_reported_but_does_not_cost_the_profile(tmp_path: Path):
    site_file = write(
        tmp_path / "dicel.toml", '[[profile]]\nname = "X"\nhost = "db"\nssl_mode = "require"\n'
    )
    loaded = load([site_file])
    assert [(p.name, p.sslmode) for p in loaded.profiles] == [("X", None)]
    messages = [p.message for p in loaded.problems]
    assert messages == ['the profile "X": unknown setting "ssl_mode" ignored']


def test_a_user_profile_named_like_a_site_profile_is_skipped(tmp_path: Path, site: Path):
    site_file = write(site / "dicel.toml", HEAD_OFFICE)
    user_file = save_user_profiles(
        [ConnectionProfile("head office", "elsewhere"), ConnectionProfile("Mine", "mine")],
        tmp_path / "profiles.toml",
    )
    loaded = load([site_file], user_file)
    assert [p.name for p in loaded.profiles] == ["Head office", "Reports (replica)", "Mine"]
    (problem,) = loaded.problems
    assert problem.file == user_file
    assert "already has a profile of that name" in problem.message


def test_user_profiles_are_written_and_read_back_unchanged(tmp_path: Path):
    ca_file = write(tmp_path / "ca dir" / "ca.pem", "x")
    profiles = [
        ConnectionProfile('Site "B" \\ branch', "10.0.0.5", 6543, "erp", "require"),
        ConnectionProfile("Café Musanze", "db.example", sslrootcert=str(ca_file)),
        ConnectionProfile("Through PgBouncer", "pool.example", 6432, live_updates="poll"),
    ]
    path = save_user_profiles(profiles, tmp_path / "cfg" / "profiles.toml")
    loaded = load([], path)
    assert loaded.problems == []
    assert loaded.profiles == profiles
    assert all(p.user_defined and p.source == path for p in loaded.profiles)
    assert not list(path.parent.glob("*.new"))  # the scratch file is gone


def test_the_site_file_is_looked_for_beside_the_program_then_system_then_user(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/DICEL Desktop/dicel-desktop")
    beside, system, user = config.site_file_candidates()
    assert beside == Path("/opt/DICEL Desktop/dicel.toml")
    assert system.name == user.name == "dicel.toml"
    assert system.parent.name == user.parent.name == "dicel-desktop"
    assert system != user


def test_an_unreadable_file_is_a_problem_not_a_crash(tmp_path: Path):
    site_file = tmp_path / "dicel.toml"
    site_file.write_bytes(b'[[profile]]\nname = "\xff"\n')
    loaded = load([site_file])
    assert loaded.profiles == []
    (problem,) = loaded.problems
    assert problem.file == site_file
    assert "cannot be read" in problem.message


def test_a_profile_behind_a_pooler_says_to_poll_and_the_others_find_out(tmp_path: Path):
    site_file = write(
        tmp_path / "dicel.toml",
        '[[profile]]\nname = "Pool"\nhost = "pool"\nport = 6432\nlive_updates = "poll"\n'
        '\n[[profile]]\nname = "Direct"\nhost = "db"\n',
    )
    loaded = load([site_file])
    assert loaded.problems == []
    assert [(p.name, p.live_updates) for p in loaded.profiles] == [
        ("Pool", "poll"),
        ("Direct", "auto"),
    ]
