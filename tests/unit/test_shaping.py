"""domain/shaping.py names the columns migration 0027 checks, no more, no fewer."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from dicel_desktop.domain.shaping import ASKS_FOR, DECIDED_BY

MIGRATIONS = Path(__file__).resolve().parents[2] / "migrations" / "versions"


def _revision(name: str):
    spec = importlib.util.spec_from_file_location(f"rev_{name[:4]}", MIGRATIONS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_columns_are_the_databases():
    rules = _revision("0027_no_approving_what_one_changed")
    assert ASKS_FOR["expenses"] == set(rules.EXPENSE_TERMS)
    assert ASKS_FOR["purchase_orders"] == set(rules.ORDER_TERMS)
    leave = _revision("0093_nobody_approves_leave_they_shaped_and_a_deciders_words_stay")
    assert ASKS_FOR["leave_requests"] == set(leave.LEAVE_TERMS)
    assert set(DECIDED_BY) == set(ASKS_FOR)
