"""A field a step needs is marked in the form by the step itself (code review 33b, F4):
``entry_rules.STEP_NEEDS`` is the one register, and the tip names the step's button in
the reader's words, whatever the table."""

from __future__ import annotations

from helpers import WAIT_MS

from dicel_desktop.domain.entry_rules import STEP_NEEDS
from dicel_desktop.gui import translations
from dicel_desktop.services.forms import NEEDED_TO_SUBMIT, table_fields


def test_every_field_a_step_needs_is_marked_from_that_rule_alone():
    """Each nullable column of STEP_NEEDS names the steps into its states; none is kept
    a second time by hand (the review's period was, in NEEDED_TO_SUBMIT)."""
    assert not NEEDED_TO_SUBMIT & STEP_NEEDS.keys()
    fields = {key: table_fields(key[0])[key[1]] for key in STEP_NEEDS}
    assert fields[("security_assignments", "guard_id")].needed_for_steps == ("start", "complete")
    assert fields[("recovery_cases", "start_date")].needed_for_steps == ("recover", "write_off")
    assert fields[("performance_reviews", "review_period_end")].needed_for_steps == ("share",)


def test_a_shifts_guard_is_marked_as_needed_to_start_it(qtbot, logins, desk):
    """A shift is planned without its guard, and neither started nor completed so (DW443):
    before, its form marked nothing, and only the refusal said so."""
    new = desk(logins.person("security")).new("security_assignments")
    qtbot.waitUntil(lambda: not new.is_busy, timeout=WAIT_MS)
    label = new.form.labels["guard_id"]
    assert label.text().endswith(" *")
    assert label.toolTip() == (
        "Needed before “Start shift” and “Mark completed”; it may be saved without it until then"
    )
    new.close()


def test_the_tip_names_the_step_in_the_readers_words(restore_language):
    from dicel_desktop.gui.records.empty_notes import needed_before_note

    translations.install_translators("fr")
    assert needed_before_note("performance_reviews", ("share",)) == (
        "Nécessaire avant «\u00a0Partager avec l\u2019employé\u00a0» ; on peut"
        " l\u2019enregistrer sans jusque-là"
    )
    translations.install_translators("rw")
    said = needed_before_note("recovery_cases", ("recover", "write_off"))
    assert said.startswith("Birakenewe mbere ya “")
    assert "Mark" not in said and "…" not in said and "&" not in said


# --------------------------------------------------------------------------- DW493


def _said_nothing(table: str, column: str):
    from types import SimpleNamespace

    from dicel_desktop.services import db_errors

    return db_errors.case_steps._one_of_params(
        SimpleNamespace(
            table_name=table,
            column_name=column,
            message_detail='{"action": "marked recovered"}',
        ),
        {},
    )["fields"]


def test_a_step_that_needs_something_said_names_its_own_tables_fields(monkeypatch):
    """Code review 33b, F5: DW493's sentence named a review's fields for every table; the
    fields are now those of the trigger's entry, found by its COLUMN (the first)."""
    from dicel_desktop.domain import entry_rules

    assert str(_said_nothing("performance_reviews", "overall_rating")) == (
        "overall rating, goals achieved, areas for improvement, next goals or recommendations"
    )
    monkeypatch.setitem(
        entry_rules.STEP_NEEDS_ONE_OF,
        ("recovery_cases", "recovered"),
        ("notes", "amount_recovered"),
    )
    assert str(_said_nothing("recovery_cases", "notes")) == "notes or amount recovered"


def test_the_fields_are_said_in_the_readers_words(restore_language):
    from dicel_desktop.domain.entry_rules import STEP_NEEDS_ONE_OF
    from dicel_desktop.domain.errors import Conflict
    from dicel_desktop.gui.error_sentences import sentence
    from dicel_desktop.services.db_error_words import fields_one_of, table_words

    columns = STEP_NEEDS_ONE_OF[("performance_reviews", "submitted")]
    refusal = Conflict(
        "case_says_nothing",
        **table_words("performance_reviews"),
        fields=fields_one_of("performance_reviews", columns),
        action="shared with the employee",
        flow_table="performance_reviews",
    )
    translations.install_translators("fr")
    said = sentence(refusal)
    assert "appréciation générale, " in said and " ou recommandations" in said, said
    assert "overall" not in said and "{" not in said, said
    translations.install_translators("rw")
    said = sentence(refusal)
    assert " cyangwa " in said and "overall" not in said and "{" not in said, said
