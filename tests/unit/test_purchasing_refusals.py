"""Every refusal of migration 0013 has a sentence, and each sentence is filled from the
data its DETAIL carries (never from the server's words)."""

from __future__ import annotations

import importlib.util
import string
from pathlib import Path

from dicel_desktop.domain.errors import MESSAGES
from dicel_desktop.services import db_errors

MIGRATION = Path(__file__).parents[2] / "migrations" / "versions" / "0013_purchasing.py"


def _migration():
    spec = importlib.util.spec_from_file_location("dicel_revision_0013", MIGRATION)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_refusal_is_registered_and_its_sentence_needs_only_its_data():
    refusals = _migration().REFUSALS
    registered = {
        state: entry.code
        for state, entry in db_errors._REGISTERED.items()
        if state.startswith("DW2")
    }
    assert set(registered) == set(refusals)
    for state, (_what, keys) in refusals.items():
        wanted = {
            name
            for _text, name, _spec, _conv in string.Formatter().parse(MESSAGES[registered[state]])
            if name
        }
        # Besides DETAIL's data, a sentence may name the record (from the table).
        assert wanted <= set(keys) | {"record", "records"}, state
