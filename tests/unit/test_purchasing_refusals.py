"""Every refusal of migrations 0013, 0052, 0059, 0066, 0071, 0086, 0088 and 0092 (purchasing and
stock, DW2xx) has a sentence, and each sentence is filled from the data its DETAIL
carries (never from the server's words)."""

from __future__ import annotations

import importlib.util
import string
from pathlib import Path

from dicel_desktop.domain.errors import MESSAGES
from dicel_desktop.domain.states import STOCK_REFERENCES_OF_MOVEMENT, WORKFLOW_STOCK_REFERENCES
from dicel_desktop.services import db_errors

VERSIONS = Path(__file__).parents[2] / "migrations" / "versions"
MIGRATIONS = (
    "0013_purchasing.py",
    "0052_orders_go_to_suppliers_in_business_and_nobody_ends_their_own_employment.py",
    "0059_receipts_are_received_and_discontinued_stock_only_goes_down.py",
    "0066_a_payment_comes_off_its_invoice_and_counts_find_surplus.py",
    "0071_movements_refer_to_what_fits_orders_close_short_and_endings_say_why.py",
    "0086_an_adjustment_says_what_the_count_found.py",
    "0088_holidays_wait_for_no_login_lists_count_their_items_and_an_issue_says_where.py",
    "0092_payments_after_their_invoice_whole_receipts_a_year_of_leave_and_suppliers_as_approved.py",
    "0143_a_payment_a_receipt_and_a_step_go_through_only_on_what_was_shown.py",
)


def _module(name: str):
    spec = importlib.util.spec_from_file_location(f"dicel_revision_{name[:4]}", VERSIONS / name)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _refusals() -> dict[str, tuple[str, tuple[str, ...]]]:
    found: dict[str, tuple[str, tuple[str, ...]]] = {}
    for name in MIGRATIONS:
        found.update(_module(name).REFUSALS)
    # Purchasing and stock's (0071 has a case step's too, DW490).
    return {state: refusal for state, refusal in found.items() if state.startswith("DW2")}


def test_move_stock_offers_no_reference_the_database_keeps_for_a_workflow():
    """The dialog leaves out what migration 0059 refuses (DW221)."""
    refused = set(_module(MIGRATIONS[2]).WORKFLOW_REFERENCE_TYPES)
    assert {str(t) for t in WORKFLOW_STOCK_REFERENCES} == refused == {"purchase"}


def test_the_references_fitting_a_movement_are_the_databases():
    """What the dialog offers per movement type is what migration 0071 accepts (DW290)."""
    accepted = _module(MIGRATIONS[4]).FITTING_REFERENCES
    assert {
        kind: {str(r) for r in refs} for kind, refs in STOCK_REFERENCES_OF_MOVEMENT.items()
    } == {kind: set(refs) for kind, refs in accepted.items()}


def test_each_refusal_is_registered_and_its_sentence_needs_only_its_data():
    refusals = _refusals()
    registered = {
        state: entry.code
        for state, entry in db_errors.registry.REGISTERED.items()
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
