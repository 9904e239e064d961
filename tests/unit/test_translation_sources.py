"""The translation sources are complete: what lupdate extracts today is all translated.

These run lupdate itself over the code, as scripts/update-translations.sh does, into a
copy of the committed .ts: a string added without its translation (by anyone) shows up
as "unfinished" and is printed with its context and file. The fix is to run
scripts/update-translations.sh and translate the new entries.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from dicel_desktop.services import schema_words

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "dicel_desktop"
I18N = PACKAGE / "i18n"

#: The screens Kinyarwanda covers (issue 12): the login window, the main window, "My
#: work" and the approval dialogs; their contexts must be fully translated.
KINYARWANDA_CONTEXTS = {
    "LoginWindow",
    "MainWindow",
    "ConnectionWatch",
    "LanguageMenu",
    "MyWorkTab",
    "ProfileView",
    "InboxPage",
    "InboxModel",
    "LiveInbox",
    "LeaveDecisionDialog",
    "LeaveSteps",
    "Leave",
    "DecidePurchaseOrderDialog",
    "OrderFactsView",
    "ExpenseDecisionDialog",
    "BulkDecisionDialog",
    "step_lines",
}


def _lupdate() -> str:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    found = str(tool) if tool.exists() else shutil.which("pyside6-lupdate")
    if found is None:
        pytest.skip("pyside6-lupdate is not installed")
    return found


def _sources() -> list[str]:
    files = [p for p in PACKAGE.rglob("*.py") if "/gui/forms/ui_" not in p.as_posix()]
    return [str(p) for p in sorted(files)] + [str(p) for p in sorted((ROOT / "ui").glob("*.ui"))]


def _extracted(language: str, tmp_path: Path) -> ET.Element:
    """The .ts of ``language`` as lupdate would leave it after extracting today's code."""
    target = tmp_path / f"dicel_{language}.ts"
    shutil.copy(I18N / f"dicel_{language}.ts", target)
    subprocess.run(
        [_lupdate(), "-silent", "-no-obsolete", *_sources(), "-ts", str(target)],
        check=True,
        capture_output=True,
    )
    return ET.parse(target).getroot()


def _unfinished(root: ET.Element, contexts: set[str] | None = None) -> list[str]:
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        place = ""  # relative locations name the file once, on its first message
        for message in context.iter("message"):
            where = message.find("location")
            if where is not None and where.get("filename"):
                place = Path(where.get("filename")).name
            if contexts is not None and name not in contexts:
                continue
            if message.find("translation").get("type") == "unfinished":
                found.append(f"{name}: {message.findtext('source')!r} ({place})")
    return found


def test_lupdate_finds_no_unfinished_french_entry(tmp_path):
    missing = _unfinished(_extracted("fr", tmp_path))
    assert not missing, (
        f"{len(missing)} strings have no French translation; run "
        "scripts/update-translations.sh and translate them in dicel_desktop/i18n/dicel_fr.ts:\n"
        + "\n".join(missing)
    )


def test_kinyarwanda_covers_login_main_window_my_work_and_approvals(tmp_path):
    missing = _unfinished(_extracted("rw", tmp_path), KINYARWANDA_CONTEXTS)
    assert not missing, (
        f"{len(missing)} strings of the Kinyarwanda screens are not translated:\n"
        + "\n".join(missing)
    )


def test_the_schema_words_file_is_current():
    """Column labels, titles and choices come from the registries; a new column or choice
    must reach the .ts (scripts/update-translations.sh regenerates the file)."""
    assert schema_words.TARGET.read_text(encoding="utf-8") == schema_words.render(), (
        "dicel_desktop/i18n/schema_words.py is out of date: run scripts/update-translations.sh"
    )


def _calls() -> list[tuple[Path, ast.Call]]:
    found = []
    for path in PACKAGE.rglob("*.py"):
        if "/gui/forms/ui_" in path.as_posix():
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                found.append((path, node))
    return found


def _literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_every_translation_call_names_its_context_literally():
    """lupdate reads the context from the call: a variable context, an alias of
    translate (``_tr``, ``tr = QCoreApplication.translate``) or ``window.tr`` files the
    string under a context the program never asks for, so it shows in English."""
    wrong = []
    for path, call in _calls():
        func = call.func
        where = f"{path.relative_to(ROOT)}:{call.lineno}: {ast.unparse(call)[:80]}"
        if isinstance(func, ast.Name) and func.id in {"tr", "_tr", "translate", "_"}:
            wrong.append(where)
        elif isinstance(func, ast.Attribute) and func.attr == "tr":
            if not (isinstance(func.value, ast.Name) and func.value.id == "self"):
                wrong.append(where)
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "translate"
            and isinstance(func.value, ast.Name)
            and func.value.id in {"QCoreApplication", "QApplication"}
            and (not call.args or not _literal(call.args[0]))
        ) or (
            isinstance(func, ast.Name)
            and func.id == "QT_TRANSLATE_NOOP"
            and (len(call.args) != 2 or not all(_literal(a) for a in call.args))
        ):
            wrong.append(where)
    assert not wrong, "translation calls lupdate cannot read:\n" + "\n".join(sorted(wrong))


def test_no_translation_call_sits_inside_an_f_string():
    """lupdate does not read inside f-strings: a ``translate`` or ``tr`` call there is
    never extracted, so its words stay English on every screen (the French payslip's
    "Earnings" and "Deductions" headings). Call it before, into a name."""
    inside = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and (
                    (isinstance(call.func, ast.Attribute) and call.func.attr in {"tr", "translate"})
                    or (isinstance(call.func, ast.Name) and call.func.id == "QT_TRANSLATE_NOOP")
                ):
                    inside.append(f"{path.relative_to(ROOT)}:{call.lineno}: {ast.unparse(call)}")
    assert not inside, "translation calls lupdate cannot see:\n" + "\n".join(inside)
