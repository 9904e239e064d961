"""No lambda (nor ``functools.partial``) connected to a signal of a dialog holds ``self``
or a window (lambdas44). A dialog deleted as it closes (``WA_DeleteOnClose``,
``deleteLater``) drops its connections as it is deleted; a lambda they kept, holding the
dialog's parent (the page or the record window it opened over), could be the parent's
last reference: freed, it deleted the parent, which deleted the dialog a second time (the
payroll page's segmentation fault, split44). Such a connection goes to a slot declared on
the dialog or on a child of it (``gui.collected.slot_while_whole``, ``Slot``), which finds
what it tells when called, or to one declared on the object told.

A dialog here is a name the function bound to a call of a class named ``…Dialog``, of an
``open_for`` or of ``open_item_dialog``."""

from __future__ import annotations

import ast
import builtins
from pathlib import Path

import dicel_desktop.gui

GUI = Path(dicel_desktop.gui.__file__).parent

#: Calls that make a dialog, besides a class named ``…Dialog``: ``cls`` in an
#: ``open_for``, a step's ``action.run`` (gui/records/step_bar.py).
DIALOG_MAKERS = frozenset({"cls", "open_for", "open_item_dialog", "action.run"})

#: What a lambda may not hold.
OPENERS = frozenset({"self", "window", "parent", "page"})

#: Known lambdas on a dialog's signal holding one of those, and why each is harmless.
HARMLESS: dict[tuple[str, str], str] = {}


def _called_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr if func.attr == "open_for" else _dotted_last(func.value, func.attr)
    return func.id if isinstance(func, ast.Name) else ""


def _dotted_last(value: ast.expr, attr: str) -> str:
    return attr if not isinstance(value, ast.Name) else f"{value.id}.{attr}"


def _is_dialog_call(value: ast.expr) -> bool:
    if not isinstance(value, ast.Call):
        return False
    name = _called_name(value)
    return name.endswith("Dialog") or name in DIALOG_MAKERS


def _held(callback: ast.expr) -> set[str]:
    if isinstance(callback, ast.Lambda):
        args = callback.args
        own = {a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]}
        own |= {a.arg for a in (args.vararg, args.kwarg) if a is not None}
        body = [callback.body, *args.defaults, *(d for d in args.kw_defaults if d)]
        return {n.id for part in body for n in ast.walk(part) if isinstance(n, ast.Name)} - own
    if isinstance(callback, ast.Call) and ast.unparse(callback.func) in (
        "partial",
        "functools.partial",
    ):
        parts = [*callback.args, *(k.value for k in callback.keywords)]
        return {n.id for part in parts for n in ast.walk(part) if isinstance(n, ast.Name)}
    return set()


def _dialog_lambdas() -> dict[tuple[str, str], set[str]]:
    found: dict[tuple[str, str], set[str]] = {}
    for path in sorted(GUI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            dialogs = {
                ast.unparse(target)
                for node in ast.walk(function)
                if isinstance(node, (ast.Assign, ast.AnnAssign))
                and node.value is not None
                and _is_dialog_call(node.value)
                for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
            }
            for node in ast.walk(function):
                if not (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "connect"
                    and node.args
                    and isinstance(node.func.value, ast.Attribute)
                    and ast.unparse(node.func.value.value) in dialogs
                ):
                    continue
                held = _held(node.args[0]) - set(dir(builtins))
                if held:
                    where = f"{path.relative_to(GUI).as_posix()}:{function.name}"
                    found[(where, ast.unparse(node.func.value))] = held
    return found


def test_the_walk_finds_the_dialogs_connections():
    """The walk sees a dialog's lambda where one is (the payroll page's, before split44,
    had this shape)."""
    source = (
        "def run(self):\n"
        "    dialog = PayrollRunDialog(self.worker, self)\n"
        "    dialog.step_taken.connect(lambda _period: self._on_run_done(dialog))\n"
    )
    function = ast.parse(source).body[0]
    assert _is_dialog_call(function.body[0].value)
    assert _held(function.body[1].value.args[0]) == {"self", "dialog"}
    assert _dialog_lambdas()  # lambdas holding plain values are found, and allowed


def test_no_lambda_on_a_dialogs_signal_holds_its_opener():
    holding = {
        key: sorted(held & OPENERS)
        for key, held in _dialog_lambdas().items()
        if held & OPENERS and key not in HARMLESS
    }
    assert holding == {}
