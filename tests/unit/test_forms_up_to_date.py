"""The generated forms (dicel_desktop/gui/forms/) are exactly what pyside6-uic makes of ui/.

Regenerate after editing a .ui file (from the checkout's root):

    for f in ui/*.ui; do
        .venv/bin/pyside6-uic "$f" -o "dicel_desktop/gui/forms/ui_$(basename "${f%.ui}").py"
    done
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "dicel_desktop" / "gui" / "forms"
#: The one line that changes with the uic version and not with the form.
VERSION_LINE = "## Created by: Qt User Interface Compiler version"


def _uic() -> str:
    beside = Path(sys.executable).parent / (
        "pyside6-uic" + (".exe" if sys.platform == "win32" else "")
    )
    found = str(beside) if beside.exists() else shutil.which("pyside6-uic")
    if found is None:
        pytest.fail("pyside6-uic not found (it comes with PySide6)")
    return found


def _without_version(text: str) -> list[str]:
    return [line for line in text.splitlines() if not line.startswith(VERSION_LINE)]


UI_FILES = sorted(UI_DIR.glob("*.ui"))


def test_there_are_forms_to_check():
    assert UI_FILES, f"no .ui files in {UI_DIR}"


@pytest.mark.parametrize("ui_file", UI_FILES, ids=[f.stem for f in UI_FILES])
def test_the_generated_form_matches_its_ui_file(ui_file: Path, tmp_path: Path):
    generated = tmp_path / f"ui_{ui_file.stem}.py"
    subprocess.run([_uic(), str(ui_file), "-o", str(generated)], check=True)
    committed = FORMS_DIR / generated.name
    assert committed.exists(), f"{committed} is missing: run pyside6-uic on {ui_file}"
    assert _without_version(committed.read_text(encoding="utf-8")) == _without_version(
        generated.read_text(encoding="utf-8")
    ), f"{committed.name} is out of date with {ui_file.name}: regenerate it (see module doc)"


def test_every_generated_form_has_its_ui_file():
    sources = {f"ui_{f.stem}.py" for f in UI_FILES}
    orphans = sorted(p.name for p in FORMS_DIR.glob("ui_*.py") if p.name not in sources)
    assert orphans == [], f"generated forms without a .ui source in ui/: {orphans}"
