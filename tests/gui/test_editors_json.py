"""JSONB fields: the forms of the known shapes (as the demo company writes them), the
raw JSON view, and nothing lost that the form does not know."""

from __future__ import annotations

import dataclasses
import json

import pytest
from offline_form import new_form
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from dicel_desktop.domain.errors import InvalidInput
from dicel_desktop.domain.roles import Role
from dicel_desktop.gui import translations
from dicel_desktop.gui.editors import make_editor
from dicel_desktop.gui.editors.json_editor import JsonEditor
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.services.forms import table_fields


@pytest.fixture
def shown(host):
    """The JSON editor of table.column, in an active window with a line after it."""

    def make(table: str, column: str) -> JsonEditor:
        editor = make_editor(table_fields(table)[column], locale=None, reference_editor=None)
        editor.after = host(editor)
        editor.edits = []
        editor.edited.connect(lambda: editor.edits.append(1))
        return editor

    return make


def type_text(qtbot, text: str) -> None:
    """Keys as a person types them: each to whatever has the focus then (the first key
    in a table cell opens its editor, which takes the rest)."""
    for char in text:
        qtbot.keyClicks(QApplication.focusWidget(), char)


def retype(qtbot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(line, text)


# --------------------------------------------------------------------------- records

CONTACT = {
    "name": "Aline Uwase",
    "relationship": "sister",
    "phone": "+250 788 555 111",
    "notes": {"languages": ["rw", "fr"]},  # written by some other program
}


def test_a_contact_is_a_small_form_and_keeps_what_it_does_not_know(qtbot, shown):
    contact = shown("employees", "emergency_contact")
    contact.set_value(CONTACT)
    assert not contact.is_raw()
    lines = contact.view.lines
    assert lines["name"].text() == "Aline Uwase"
    assert contact.value() is CONTACT  # untouched: exactly what was set
    assert contact.edits == []
    retype(qtbot, lines["phone"], "+250 722 000 111")
    retype(qtbot, lines["relationship"], "")  # emptied: the key goes
    assert contact.value() == {
        "name": "Aline Uwase",
        "phone": "+250 722 000 111",
        "notes": {"languages": ["rw", "fr"]},
    }
    assert contact.edits


def test_a_contact_the_form_shows_whole_offers_no_json_text(qtbot, shown):
    """eye33 #10: « JSON brut » stood beside an emergency contact of a name, a relationship
    and a phone, for an office admin. Offered (here, as to an admin) only where the JSON
    says more than the form: a part some other program wrote."""
    contact = shown("employees", "emergency_contact")
    contact.set_value({k: v for k, v in CONTACT.items() if k != "notes"})
    assert not contact.is_raw()
    assert contact.toggle.isHidden()
    contact.set_value(CONTACT)
    assert not contact.is_raw()
    assert not contact.toggle.isHidden()
    contact.set_value(None)  # a new record's
    assert contact.toggle.isHidden()
    route = shown("patrol_routes", "checkpoints")  # a list's rows carry more
    route.set_value(ROUTE)
    assert not route.toggle.isHidden()


def test_bank_details_by_bank_or_by_mobile_money(qtbot, shown):
    bank = shown("employees", "bank_details")
    bank.set_value({"momo": "+250 788 123 456"})
    assert bank.view.lines["momo"].text() == "+250 788 123 456"
    retype(qtbot, bank.view.lines["momo"], "")
    retype(qtbot, bank.view.lines["bank"], "Inkingi Bank")
    retype(qtbot, bank.view.lines["account_number"], "100200300400")
    assert bank.value() == {"bank": "Inkingi Bank", "account_number": "100200300400"}


def test_an_untouched_number_in_a_record_stays_a_number(qtbot, shown):
    tax = shown("employees", "tax_info")
    tax.set_value({"tin": 123456789, "rssb_number": "12345678"})
    retype(qtbot, tax.view.lines["rssb_number"], "87654321")
    assert tax.value() == {"tin": 123456789, "rssb_number": "87654321"}


def test_an_emptied_record_is_none(qtbot, shown):
    tax = shown("employees", "tax_info")
    tax.set_value({"tin": "100000001"})
    retype(qtbot, tax.view.lines["tin"], "")
    assert tax.value() is None


# --------------------------------------------------------------------------- lists

ROUTE = [
    {"seq": 1, "name": "Main gate", "tag": "CP-0101"},
    {"seq": 2, "name": "Store room", "tag": "CP-0102", "gps": [-1.95, 30.06]},
    {"seq": 3, "name": "Car park", "tag": "CP-0103"},
]


def test_checkpoints_are_a_table_in_walking_order(qtbot, shown):
    route = shown("patrol_routes", "checkpoints")
    route.set_value(list(reversed(ROUTE)))  # stored out of order: shown by seq
    table = route.view.table
    assert [table.item(r, 0).text() for r in range(3)] == ["Main gate", "Store room", "Car park"]
    assert route.edits == []


def test_a_checkpoint_is_added_typed_and_moved_from_the_keyboard(qtbot, shown):
    route = shown("patrol_routes", "checkpoints")
    route.set_value(ROUTE)
    table = route.view.table
    table.setFocus()
    table.setCurrentCell(2, 0)
    qtbot.keyClick(table, Qt.Key.Key_Insert)  # a new row after the current one
    assert table.rowCount() == 4 and table.currentRow() == 3
    type_text(qtbot, "Back fence")  # typing starts editing the cell
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # to the Tag cell
    type_text(qtbot, "CP-0104")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    table.setFocus()
    table.setCurrentCell(3, 0)
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    value = route.value()
    assert [c["name"] for c in value] == ["Main gate", "Store room", "Back fence", "Car park"]
    assert [c["seq"] for c in value] == [1, 2, 3, 4]  # renumbered in the new order
    assert value[2]["tag"] == "CP-0104"
    assert value[1]["gps"] == [-1.95, 30.06]  # an unknown key stays with its checkpoint
    assert route.edits


def test_a_checkpoint_is_removed_with_ctrl_delete(qtbot, shown):
    route = shown("patrol_routes", "checkpoints")
    route.set_value(ROUTE)
    table = route.view.table
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert [c["name"] for c in route.value()] == ["Store room", "Car park"]
    assert [c["seq"] for c in route.value()] == [1, 2]


def test_checkpoints_passed_stay_a_list_of_names(qtbot, shown):
    log = shown("patrol_logs", "checkpoints_completed")
    passed = ["Main gate", "Store room"]  # as a patrol's log stores them
    log.set_value(passed)
    table = log.view.table
    assert not log.is_raw() and table.isColumnHidden(1)
    log.view.add_row()
    table.item(2, 0).setText("Car park")
    assert log.value() == ["Main gate", "Store room", "Car park"]


QUESTIONS = [
    {"id": 1, "text": "How satisfied are you with DICEL overall?", "type": "rating", "max": 5},
    {"id": 3, "text": "Would you recommend DICEL to a partner?", "type": "yes_no"},
]


def test_survey_questions_keep_their_ids_and_new_ones_get_the_next(qtbot, shown):
    survey = shown("customer_surveys", "questions")
    survey.set_value(QUESTIONS)
    table = survey.view.table
    assert table.item(1, 1).text() == "Yes or no"  # the type's words, not its code
    survey.view.add_row()
    table.item(2, 0).setText("What should we improve?")
    value = survey.value()
    assert [q["id"] for q in value] == [1, 3, 4]
    assert value[2] == {"id": 4, "text": "What should we improve?", "type": "rating", "max": 5}


def test_a_rating_scale_must_be_a_whole_number(qtbot, shown):
    survey = shown("customer_surveys", "questions")
    survey.set_value(QUESTIONS)
    survey.view.table.item(0, 2).setText("five")
    with pytest.raises(InvalidInput) as refused:
        survey.value()
    assert refused.value.code == "field_not_a_whole_number"
    assert "five" in refused.value.message


def test_an_empty_new_row_is_not_a_question(qtbot, shown):
    survey = shown("customer_surveys", "questions")
    survey.set_value(None)
    survey.view.add_row()
    assert survey.value() is None


def test_a_new_surveys_questions_say_how_to_begin_and_offer_only_what_works(qtbot, shown):
    """A new survey has no question: Remove, Move up and Move down were enabled over
    the empty table, which said nothing. They are off, saying why; the table says to
    use Add; with questions, each works where it would do something."""
    survey = shown("customer_surveys", "questions")
    survey.set_value(None)
    view = survey.view
    note = view.empty_note
    assert note.isVisibleTo(view)
    assert note.text() == "No questions yet: use Add to write the first one."
    assert view.add_button.isEnabled()
    for button in (view.remove_button, view.up_button, view.down_button):
        assert not button.isEnabled()
        assert button.toolTip() == "There is nothing in the list yet"

    view.add_row()  # the new row is the current one
    assert not note.isVisibleTo(view)
    assert view.remove_button.isEnabled()
    assert not view.up_button.isEnabled() and view.up_button.toolTip() == "It is already first"
    assert not view.down_button.isEnabled()

    survey.set_value(QUESTIONS)
    view.table.setCurrentCell(1, 0)
    assert view.up_button.isEnabled() and view.up_button.toolTip().startswith("Move up")
    assert view.down_button.toolTip() == "It is already last"
    view.move_row(-1)
    assert view.down_button.isEnabled() and not view.up_button.isEnabled()


# --------------------------------------------------------------------------- raw JSON


def test_the_raw_view_shows_pretty_json_and_takes_edits(qtbot, shown):
    contact = shown("employees", "emergency_contact")
    contact.set_value(CONTACT)
    contact.toggle.click()
    assert contact.is_raw()
    assert json.loads(contact.raw.toPlainText()) == CONTACT
    assert "\n  " in contact.raw.toPlainText()  # indented
    contact.raw.setFocus()
    qtbot.keyClick(contact.raw, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(contact.raw, '{"name": "Eric", "extra": 1}')
    assert contact.value() == {"name": "Eric", "extra": 1}
    contact.toggle.click()  # back to the form, with the raw edit in it
    assert not contact.is_raw()
    assert contact.view.lines["name"].text() == "Eric"
    assert contact.value() == {"name": "Eric", "extra": 1}


def _raw_only(host, table: str, column: str) -> JsonEditor:
    """The JSON editor of a field of no known shape (raw only), as ``table.column``."""
    field = dataclasses.replace(table_fields(table)[column], shape=None)
    editor = make_editor(field, locale=None, reference_editor=None)
    editor.after = host(editor)
    return editor


def test_text_that_is_not_json_is_refused_when_leaving_it(qtbot, host):
    log = _raw_only(host, "patrol_logs", "incidents_reported")
    assert log.is_raw() and log.toggle.isHidden()
    log.raw.setFocus()
    qtbot.keyClicks(log.raw, '["SEC-2026-000012",]')
    assert log.message.isHidden()  # not while typing
    qtbot.keyClick(log.raw, Qt.Key.Key_Tab)
    assert log.after.hasFocus()
    assert not log.message.isHidden()
    # Where it goes wrong, without Python's own English for it ("Expecting value").
    assert log.message.text() == "Incidents reported is not valid JSON at line 1, column 20."
    with pytest.raises(InvalidInput) as refused:
        log.value()
    assert refused.value.code == "field_not_json"
    assert "line 1" in refused.value.message


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("fr", "Incidents signalés n\u2019est pas du JSON valide à la ligne 1, colonne 1."),
        ("rw", "Ibyabaye byamenyeshejwe si JSON yemewe ku murongo 1, inkingi 1."),
    ],
)
def test_json_refused_is_said_in_the_readers_words(qtbot, host, restore_language, language, said):
    """eye39 #1: « … n'est pas du JSON valide : Expecting value à la ligne 1 … », Python's
    English in the French and Kinyarwanda sentence."""
    translations.install_translators(language)
    log = _raw_only(host, "patrol_logs", "incidents_reported")
    log.raw.setFocus()
    qtbot.keyClicks(log.raw, "SEC-2026-000024")
    qtbot.keyClick(log.raw, Qt.Key.Key_Tab)
    assert log.message.text() == said


def test_json_refused_on_save_is_said_once(qtbot):
    """eye39 #1: the same red line stood twice under the field, the editor's and the
    form's. The editor says it; the form marks the field (tooltip, focus) only."""
    form = new_form(qtbot, "patrol_logs", Role.SECURITY)
    form.show()
    editor = form.editors["incidents_reported"]
    editor.set_value([24])  # not a list of numbers the form edits: opens raw
    assert editor.is_raw()
    editor.raw.setFocus()
    qtbot.keyClick(editor.raw, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.raw, "SEC-2026-000024")
    _values, unreadable = form.read()  # saved with the box still focused (Ctrl+S)
    form.show_errors({n: describe_error(e) for n, e in unreadable.items()})
    said = "Incidents reported is not valid JSON at line 1, column 1."
    assert editor.message.isVisible() and editor.message.text() == said
    assert form.error_labels["incidents_reported"].isHidden()
    assert editor.toolTip() == said
    qtbot.keyClick(editor.raw, Qt.Key.Key_Tab)  # leaving says it again, in its one place
    assert form.error_labels["incidents_reported"].isHidden()
    assert editor.message.text() == said


# --------------------------------------------------------------------------- a list of texts


def test_a_patrols_incidents_are_numbers_typed_not_json(qtbot, shown):
    """eye39 #1: "Incidents reported" was a raw JSON box on a form a guard supervisor
    fills in every shift; a typed incident number was refused. It is a list of numbers,
    stored as the demo and the database hold them: ``["SEC-2026-000024"]``."""
    log = shown("patrol_logs", "incidents_reported")
    log.set_value(None)  # a new log
    assert not log.is_raw() and log.toggle.isHidden()
    tags = log.view.tags
    tags.input.setFocus()
    qtbot.keyClicks(tags.input, "SEC-2026-000024")
    qtbot.keyClick(tags.input, Qt.Key.Key_Return)
    qtbot.keyClicks(tags.input, "SEC-2026-000031")
    qtbot.keyClick(tags.input, Qt.Key.Key_Tab)  # left: what is typed counts
    assert log.value() == ["SEC-2026-000024", "SEC-2026-000031"]
    assert log.edits
    assert log.message.isHidden()
    assert log.shown_text() == "SEC-2026-000024, SEC-2026-000031"


def test_a_patrol_without_incidents_keeps_its_empty_list(qtbot, shown):
    log = shown("patrol_logs", "incidents_reported")
    log.set_value([])  # the demo's 3,000 patrols without incidents
    assert not log.is_raw()
    assert log.value() == []
    log.set_value(["SEC-2026-000012"])
    log.view.tags.remove(0)
    assert log.value() == []  # emptied: still the list the column held
    log.set_read_only(True)
    log.set_value(["SEC-2026-000012", "SEC-2026-000020"])
    assert log.view.tags.display.text() == "SEC-2026-000012, SEC-2026-000020"


def test_bad_json_keeps_the_raw_view_open(qtbot, shown):
    contact = shown("employees", "emergency_contact")
    contact.set_value(CONTACT)
    contact.toggle.click()
    contact.raw.setPlainText("{oops")
    contact.toggle.click()
    assert contact.is_raw() and contact.toggle.isChecked()
    assert "is not valid JSON" in contact.message.text()


def test_a_value_of_another_shape_opens_as_json_and_says_so(qtbot, shown):
    contact = shown("employees", "emergency_contact")
    odd = [{"name": "A"}, {"name": "B"}]  # two contacts: not what the form edits
    contact.set_value(odd)
    assert contact.is_raw()
    assert "does not have the usual form" in contact.message.text()
    assert contact.value() is odd
    contact.toggle.click()  # the form cannot take it: stays raw
    assert contact.is_raw()


def test_read_only_json_can_be_read_both_ways_but_not_changed(qtbot, shown):
    route = shown("patrol_routes", "checkpoints")
    route.set_value(ROUTE)
    route.set_read_only(True)
    table = route.view.table
    assert all(button.isHidden() for button in route.view.buttons)
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClicks(table, "X")
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    assert route.edits == []
    assert route.value() is ROUTE
    route.toggle.click()
    assert route.raw.isReadOnly()


# --------------------------------------------------------------------------- payslips

DEDUCTIONS = [
    {"code": "paye", "amount": 84000.0},
    {"code": "pension", "amount": 33000.0},
    {"code": "maternity", "amount": 3300.0},
    {"code": "cbhi", "amount": 2475.5},
]


def test_a_payslips_deductions_read_as_names_and_amounts_and_are_never_changed(qtbot, host):
    field = table_fields("payroll_records")["deductions_detail"]
    rwanda = QLocale(QLocale.Language.English, QLocale.Country.Rwanda)
    deductions = make_editor(field, locale=rwanda, reference_editor=None)
    host(deductions)
    deductions.set_value(DEDUCTIONS)
    assert not deductions.is_raw()
    assert deductions.view.rows() == [
        ("PAYE (income tax)", "84,000 RWF"),
        ("RSSB pension", "33,000 RWF"),
        ("RSSB maternity leave", "3,300 RWF"),
        ("CBHI (community health insurance)", "2,475.50 RWF"),
    ]
    table = deductions.view.table
    table.setFocus()
    table.setCurrentCell(0, 1)
    qtbot.keyClicks(table, "9")
    qtbot.keyClick(table, Qt.Key.Key_F2)
    assert table.item(0, 1).text() == "84,000 RWF"
    assert deductions.value() is DEDUCTIONS
    deductions.toggle.click()  # and as the JSON the payroll run wrote
    assert json.loads(deductions.raw.toPlainText()) == DEDUCTIONS


def _spaced(text: str) -> str:
    """French numbers group with a narrow no-break space, and a rate keeps its % with a
    no-break one: plain spaces, to compare with what is written here."""
    return text.replace("\u202f", " ").replace("\u00a0", " ")


#: As the payroll run writes them since migration 0115: each line with its rate.
RATED_DEDUCTIONS = [
    {
        "code": "paye",
        "amount": 84000,
        "bands": [
            {"upto": 60000, "rate": 0},
            {"upto": 100000, "rate": 10},
            {"upto": 200000, "rate": 20},
            {"upto": None, "rate": 30},
        ],
    },
    {"code": "pension", "amount": 33000, "rate": 6},
    {"code": "maternity", "amount": 3300, "rate": 0.3},
    {"code": "cbhi", "amount": 2475.5, "rate": 0.5},
]


@pytest.mark.parametrize(
    ("language", "rows", "bands"),
    [
        (
            "en",
            [
                ("PAYE (income tax, by bands)", "84,000 RWF"),
                ("RSSB pension (6 %)", "33,000 RWF"),
                ("RSSB maternity leave (0.3 %)", "3,300 RWF"),
                ("CBHI (community health insurance, 0.5 %)", "2,475.50 RWF"),
            ],
            "PAYE bands: 0 % up to 60,000 RWF, 10 % up to 100,000 RWF,"
            " 20 % up to 200,000 RWF, 30 % above 200,000 RWF",
        ),
        (
            "fr",
            [
                ("IPR (impôt sur le revenu, par tranches)", "84 000 RWF"),
                ("Pension RSSB (6 %)", "33 000 RWF"),
                ("Congé de maternité RSSB (0,3 %)", "3 300 RWF"),
                ("Mutuelle de santé (CBHI, 0,5 %)", "2 475,50 RWF"),
            ],
            "Tranches de l\u2019IPR : 0 % jusqu\u2019à 60 000 RWF, 10 % jusqu\u2019à 100 000 RWF,"
            " 20 % jusqu\u2019à 200 000 RWF, 30 % au-delà de 200 000 RWF",
        ),
        (
            "rw",
            [
                ("PAYE (umusoro ku nyungu, ukurikije ibyiciro)", "84,000 RWF"),
                ("Ubwiteganyirize bwa RSSB (6 %)", "33,000 RWF"),
                ("Ikiruhuko cyo kubyara cya RSSB (0.3 %)", "3,300 RWF"),
                ("Mituweli (CBHI, 0.5 %)", "2,475.50 RWF"),
            ],
            "Ibyiciro bya PAYE: 0 % kugeza kuri 60,000 RWF, 10 % kugeza kuri 100,000 RWF,"
            " 20 % kugeza kuri 200,000 RWF, 30 % hejuru ya 200,000 RWF",
        ),
    ],
)
def test_a_payslips_deductions_say_the_rates_it_was_computed_with(
    qtbot, host, restore_language, language, rows, bands
):
    translations.install_translators(language)
    field = table_fields("payroll_records")["deductions_detail"]
    deductions = make_editor(field, locale=None, reference_editor=None)
    host(deductions)
    deductions.set_value(RATED_DEDUCTIONS)
    assert not deductions.is_raw()
    assert [(_spaced(name), _spaced(amount)) for name, amount in deductions.view.rows()] == rows
    assert deductions.view.bands.isVisible()
    assert _spaced(deductions.view.bands.text()) == bands
    # An amount stays whole where the line wraps: Qt breaks at French's group space.
    assert "\u202f" not in deductions.view.bands.text()
    # The rate's sign stays with its number at a line's end: a no-break space.
    assert "6\u00a0%" in deductions.view.rows()[1][0]
    assert deductions.value() is RATED_DEDUCTIONS


def test_an_older_payslip_keeping_no_rates_says_no_bands(qtbot, host):
    field = table_fields("payroll_records")["deductions_detail"]
    deductions = make_editor(field, locale=None, reference_editor=None)
    host(deductions)
    deductions.set_value(RATED_DEDUCTIONS)
    deductions.set_value(DEDUCTIONS)
    assert [name for name, _ in deductions.view.rows()][:2] == ["PAYE (income tax)", "RSSB pension"]
    assert not deductions.view.bands.isVisible()


# --------------------------------------------------------------------------- demo data

JSON_COLUMNS = [
    ("employees", "emergency_contact"),
    ("employees", "bank_details"),
    ("employees", "tax_info"),
    ("users", "emergency_contact"),
    ("security_guards", "emergency_contact"),
    ("patrol_routes", "checkpoints"),
    ("patrol_logs", "checkpoints_completed"),
    ("patrol_logs", "incidents_reported"),
    ("customer_surveys", "questions"),
    ("payroll_records", "deductions_detail"),
]


@pytest.mark.parametrize(("table", "column"), JSON_COLUMNS)
def test_what_the_demo_company_stores_opens_in_the_form_and_reads_back(
    qtbot, demo_dsn, table, column
):
    """Every shape the demo writes fits its form: nothing is pushed to the raw view,
    nothing is lost or changed by reading it back from the form."""
    import sqlalchemy as sa

    from dicel_desktop.db.engine import make_engine

    engine = make_engine(demo_dsn)
    try:
        with engine.connect() as conn:
            values = (
                conn.execute(
                    sa.text(
                        f"SELECT DISTINCT {column} FROM {table} "
                        f"WHERE {column} IS NOT NULL LIMIT 300"
                    )
                )
                .scalars()
                .all()
            )
    finally:
        engine.dispose()
    assert values, f"the demo stores no {table}.{column}"
    editor = make_editor(table_fields(table)[column], locale=None, reference_editor=None)
    qtbot.addWidget(editor)
    for value in values:
        editor.set_value(value)
        assert not editor.is_raw(), value
        assert editor.view.value() == value


def test_an_employees_bank_details_and_tax_numbers_line_up(qtbot, shown):
    """A user-eye review: the bank details' boxes began under "Mobile money number",
    the tax numbers' under "RSSB number", so the two forms one above the other were
    ragged. Every record form's labels take the widest label's width."""
    bank = shown("employees", "bank_details")
    tax = shown("employees", "tax_info")
    contact = shown("employees", "emergency_contact")
    lefts = {
        editor.view.lines[key].geometry().left()
        for editor, key in ((bank, "bank"), (tax, "tin"), (contact, "name"))
    }
    assert len(lefts) == 1, lefts
