"""No dialog of the program hides a method of its Qt class under an attribute of the same
name: FormStepDialog's signal ``done`` hid ``QDialog.done()`` (renamed ``step_taken``)
and FilterPopup's ``locale`` ``QWidget.locale()``, as ten widgets' did (stop 44). Qt's
C++ still called its own; Python calling ``dialog.done(0)`` got "'SignalInstance'
object is not callable".

Both ways an attribute is made are read: on the class (a signal, a property, a constant)
and on the object (``self.NAME = ...`` in a method of the class or of one it inherits
from the program). Methods of the same name are overrides, and allowed."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import textwrap

from PySide6.QtWidgets import QDialog, QWidget

import dicel_desktop.gui


def _program_classes() -> list[type]:
    """Every QWidget subclass the program's gui package defines."""
    found: dict[str, type] = {}
    for info in pkgutil.walk_packages(dicel_desktop.gui.__path__, "dicel_desktop.gui."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if (
                inspect.isclass(value)
                and issubclass(value, QWidget)
                and value.__module__ == module.__name__
            ):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return list(found.values())


#: Where the classes read are written: the program (and this file, for the guard's test).
_OURS = ("dicel_desktop", __name__)


def _own(kind: type) -> list[type]:
    """The program's classes in ``kind``'s ancestry, ``kind`` first."""
    return [k for k in kind.__mro__ if k.__module__.startswith(_OURS)]


def _qt_base(kind: type) -> type:
    return next(k for k in kind.__mro__ if not k.__module__.startswith(_OURS))


def _set_on_self(kind: type) -> set[str]:
    """The attributes ``kind``'s own methods set on ``self``."""
    try:
        source = textwrap.dedent(inspect.getsource(kind))
    except (OSError, TypeError):
        return set()
    names = set()
    for node in ast.walk(ast.parse(source)):
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AnnAssign)
            else []
        )
        for target in targets:
            for part in ast.walk(target):
                if (
                    isinstance(part, ast.Attribute)
                    and isinstance(part.value, ast.Name)
                    and part.value.id == "self"
                ):
                    names.add(part.attr)
    return names


def _hidden(kind: type, *, inherited: bool = True) -> set[str]:
    """The names of ``kind``'s Qt class that ``kind`` (and, ``inherited``, the program's
    classes it inherits from) gives an attribute that is not a method overriding them."""
    qt = _qt_base(kind)
    hidden = set()
    for own in _own(kind) if inherited else [kind]:
        for name, value in vars(own).items():
            if name.startswith("__") or name == "staticMetaObject":
                continue
            method = inspect.isfunction(value) or isinstance(value, classmethod | staticmethod)
            if hasattr(qt, name) and not method:
                hidden.add(name)
        hidden |= {name for name in _set_on_self(own) if hasattr(qt, name)}
    return hidden


def test_no_dialog_hides_a_method_of_its_qt_class():
    dialogs = [k for k in _program_classes() if issubclass(k, QDialog)]
    assert len(dialogs) > 30  # the walk found them (FormStepDialog's ten, the admin's…)
    hiding = {k.__qualname__: sorted(_hidden(k)) for k in dialogs if _hidden(k)}
    assert hiding == {}


def test_no_other_widget_hides_a_method_of_its_qt_class():
    """Ten widgets kept the QLocale they read and write numbers and dates in as
    ``locale``, over QWidget.locale(): it is ``qlocale`` (stop 44)."""
    widgets = [k for k in _program_classes() if not issubclass(k, QDialog)]
    assert len(widgets) > 50
    # Where each is set (a number editor's subclasses inherit _NumberEditor's).
    hiding = {
        k.__qualname__: sorted(_hidden(k, inherited=False))
        for k in widgets
        if _hidden(k, inherited=False)
    }
    assert hiding == {}


def test_the_guard_sees_a_signal_and_an_attribute_that_hide():
    from PySide6.QtCore import Signal

    class Hiding(QDialog):
        done = Signal(object)

        def __init__(self) -> None:
            super().__init__()
            self.locale = None

    assert _hidden(Hiding) == {"done", "locale"}
