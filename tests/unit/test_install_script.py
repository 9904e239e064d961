"""build/linux/install.sh: what IT runs on each PC, tried in a DESTDIR (no root needed).

The bundle is a stand-in folder (two executable scripts and the real icons): the script
only copies it, so what matters is where files land and that the site profile it writes
is one the program reads as IT meant it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from dicel_desktop.config import read_profiles
from dicel_desktop.resources import APP_ICON_SIZES, app_icon_files

ROOT = Path(__file__).resolve().parents[2]
PREFIX = "/opt/dicel-desktop"


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    folder = tmp_path / "dicel-desktop-9.9.9"
    icons = folder / "_internal" / "resources" / "icons"
    icons.mkdir(parents=True)
    for program in ("dicel-desktop", "dicel-admin"):
        (folder / program).write_text("#!/bin/sh\necho bundled\n")
        (folder / program).chmod(0o755)
    for icon in app_icon_files():
        shutil.copy(icon, icons)
    shutil.copy(ROOT / "build" / "linux" / "install.sh", folder)
    shutil.copy(ROOT / "build" / "linux" / "dicel-desktop.desktop", folder)
    return folder


@pytest.fixture
def destdir(tmp_path: Path) -> Path:
    return tmp_path / "root"


def install(bundle: Path, destdir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DESTDIR": str(destdir)}
    return subprocess.run(
        ["bash", str(bundle / "install.sh"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def site_profiles(destdir: Path, tmp_path: Path):
    return read_profiles([destdir / PREFIX.lstrip("/") / "dicel.toml"], tmp_path / "none.toml")


def test_installs_programs_links_menu_entry_and_icons(
    bundle: Path, destdir: Path, tmp_path: Path
) -> None:
    result = install(bundle, destdir)
    assert result.returncode == 0, result.stderr
    target = destdir / "opt" / "dicel-desktop"
    assert os.access(target / "dicel-desktop", os.X_OK)
    assert not (target / "install.sh").exists()
    for program in ("dicel-desktop", "dicel-admin"):
        assert os.readlink(destdir / "usr/local/bin" / program) == f"{PREFIX}/{program}"
    entry = (destdir / "usr/share/applications/dicel-desktop.desktop").read_text()
    assert f"Exec={PREFIX}/dicel-desktop\n" in entry
    assert "Icon=dicel-desktop\n" in entry
    for size in APP_ICON_SIZES:
        assert (destdir / f"usr/share/icons/hicolor/{size}x{size}/apps/dicel-desktop.png").is_file()
    # No --server: no site profile (the login window then asks for a server).
    assert not (target / "dicel.toml").exists()


def test_writes_the_site_profile_the_program_reads(
    bundle: Path, destdir: Path, tmp_path: Path
) -> None:
    ca = tmp_path / "company-ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    result = install(
        bundle, destdir,
        "--server", "db.dicel.rw:6432", "--database", "erp", "--sslmode", "verify-full",
        "--sslrootcert", str(ca), "--name", 'Kigali "HQ" \\ main',
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    loaded = site_profiles(destdir, tmp_path)
    assert loaded.problems == []
    [profile] = loaded.profiles
    assert profile.name == 'Kigali "HQ" \\ main'
    assert (profile.host, profile.port, profile.database) == ("db.dicel.rw", 6432, "erp")
    assert profile.sslmode == "verify-full"
    # The certificate is copied beside the profile, which names it relative to itself.
    assert profile.sslrootcert == str(destdir / "opt/dicel-desktop/dicel-ca.pem")
    assert Path(profile.sslrootcert).read_text() == ca.read_text()


def test_an_upgrade_without_server_keeps_the_site_profile(
    bundle: Path, destdir: Path, tmp_path: Path
) -> None:
    assert install(bundle, destdir, "--server", "db.dicel.rw").returncode == 0
    (bundle / "dicel-desktop").write_text("#!/bin/sh\necho newer\n")
    assert install(bundle, destdir).returncode == 0
    [profile] = site_profiles(destdir, tmp_path).profiles
    assert (profile.name, profile.host, profile.port) == ("Head office", "db.dicel.rw", 5432)
    assert "newer" in (destdir / "opt/dicel-desktop/dicel-desktop").read_text()


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--server", "db.dicel.rw", "--sslmode", "sometimes"], "--sslmode must be one of"),
        (["--server", "db.dicel.rw:99999"], "port must be between 1 and 65535"),
        (["--sslmode", "require"], "give --server too"),
        (["--server", "db", "--sslmode", "verify-full"], "give it with --sslrootcert"),
        (["--server", "db", "--sslmode", "verify-ca"], "give it with --sslrootcert"),
        (["--server", "db", "--name", "two\nlines"], "control characters"),
        (["--prefix", "/usr"], "would replace a system folder"),
        (["--colour", "blue"], "unknown option: --colour"),
    ],
)
def test_refuses_a_wrong_argument_before_changing_anything(
    bundle: Path, destdir: Path, args: list[str], says: str
) -> None:
    result = install(bundle, destdir, *args)
    assert result.returncode == 2
    assert says in result.stderr
    assert not destdir.exists()


def test_uninstall_removes_what_it_installed(bundle: Path, destdir: Path) -> None:
    assert install(bundle, destdir, "--server", "db.dicel.rw").returncode == 0
    result = install(bundle, destdir, "--uninstall")
    assert result.returncode == 0, result.stderr
    left = [p for p in destdir.rglob("*") if p.is_file() or p.is_symlink()]
    assert left == []
