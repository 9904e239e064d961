"""The setting value editor: each type edited its own way, typed by keyboard, and what it
gives back is exactly what the database accepts for that type (migration 0010)."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from dicel_desktop.domain.errors import InvalidInput
from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.editors.setting_value import (
    SettingValueEditor,
    format_number,
)
from dicel_desktop.gui.numbers import parse_decimal
from dicel_desktop.services.forms import form_spec

FIELD = form_spec("system_settings", Role.ADMIN).fields["setting_value"]
LOCALES = ["en_RW", "fr_RW", "de_DE", "en_US"]


@pytest.fixture
def make(qtbot):
    def make(setting_type: str | None = "string", value=None, locale: str = "en_RW"):
        editor = SettingValueEditor(FIELD, setting_type=setting_type, locale=QLocale(locale))
        qtbot.addWidget(editor)
        editor.set_value(value)
        editor.show()
        return editor

    return make


def edits(qtbot, editor: SettingValueEditor) -> list[None]:
    seen: list[None] = []
    editor.edited.connect(lambda: seen.append(None))
    return seen


def shown(editor: SettingValueEditor):
    return editor.stack.currentWidget()


@pytest.mark.parametrize(
    ("setting_type", "stored"),
    [
        ("string", "Kigali Heights, KG 7 Ave"),
        ("number", "5000000"),
        ("number", "0.30"),
        ("number", "-2"),
        ("boolean", "true"),
        ("boolean", "false"),
        ("date", "2026-01-01"),
        ("json", '["in_app", "email"]'),
        ("json", '{"b":1,"a":[1,2]}'),
        (None, "no type"),
    ],
)
def test_a_loaded_value_comes_back_in_the_same_spelling(make, setting_type, stored):
    editor = make(setting_type, stored)
    assert editor.value() == stored


def test_a_number_is_typed_the_locale_s_way_and_stored_the_database_s(qtbot, make):
    editor = make("number", "18", locale="fr_RW")
    assert editor.number_edit.text() == "18"
    seen = edits(qtbot, editor)
    editor.number_edit.clear()
    qtbot.keyClicks(editor.number_edit, "5 000 000,5")
    assert seen
    assert editor.value() == "5000000.5"
    editor.number_edit.setText("1.5")  # a dot is no decimal mark in French
    with pytest.raises(InvalidInput) as refused:
        editor.value()
    # Why, in the French marks, as the PAYE table says it (eye35 §8).
    assert refused.value.message == (
        "“1.5”: the decimal sign here is “,”, not “.”; write it like 1\u202f234\u202f567,89."
    )
    for wrong in ("12,5x", "1e3", "50 00", "--1", "abc"):
        editor.number_edit.setText(wrong)
        with pytest.raises(InvalidInput):
            editor.value()
    editor.number_edit.setText("")
    assert editor.value() is None


def test_a_dot_in_a_whole_days_setting_is_said_as_the_days_rule(make):
    """eye35b #1: « 18.5 » for a leave allowance was told to use the decimal comma; the
    administrator typed « 18,5 » and was refused again, now for whole days. The rule that
    matters is said at once, as « 18,5 » gets it; a dot elsewhere keeps its sentence."""
    from dicel_desktop.services.form_rules import setting_bound_error

    key = "leave.allowance.annual"
    editor = make("number", "18", locale="fr_RW")
    editor.set_setting_key(key)
    editor.number_edit.setText("18,5")
    comma = setting_bound_error(key, editor.value())  # what the form says before saving
    editor.number_edit.setText("18.5")
    with pytest.raises(InvalidInput) as refused:
        editor.value()
    assert comma is not None and refused.value.message == comma.message
    assert comma.message.startswith("This allowance takes a whole number of days from 0 to 366")
    editor.set_setting_key("tax.vat_rate_percent")
    editor.number_edit.setText("18.5")
    with pytest.raises(InvalidInput) as refused:
        editor.value()
    assert refused.value.message.startswith("“18.5”: the decimal sign here is “,”")


def test_large_numbers_are_grouped_when_shown(make):
    assert make("number", "5000000").number_edit.text() == "5,000,000"
    assert make("number", "-1234.50", locale="de_DE").number_edit.text() == "-1.234,50"


@pytest.mark.parametrize("locale_name", LOCALES)
def test_any_number_formats_and_reads_back_in_every_locale(locale_name):
    locale = QLocale(locale_name)
    rng = random.Random(f"numbers-{locale_name}")
    for _ in range(300):
        digits = rng.randint(1, 15)
        scale = rng.randint(0, 6)
        value = Decimal(rng.randint(-(10**digits), 10**digits)).scaleb(-scale)
        assert parse_decimal(format_number(value, locale), locale) == value
    for garbage in ("", " ", "1,2,3", "1..2", "٣", "1 2 3 4", "+-1", "1-", "0x10", "∞"):
        with pytest.raises(ValueError):
            parse_decimal(garbage, locale)


def test_a_boolean_is_a_check_box_and_only_a_click_changes_it(qtbot, make):
    editor = make("boolean", "true")
    assert isinstance(shown(editor), QCheckBox) and editor.check_box.isChecked()
    seen = edits(qtbot, editor)
    editor.set_value("false")
    assert seen == [] and editor.value() == "false"
    editor.check_box.setFocus()
    qtbot.keyClick(editor.check_box, Qt.Key.Key_Space)
    assert editor.value() == "true" and len(seen) == 1
    # No value yet stays no value until the person chooses.
    editor.set_value(None)
    assert editor.value() is None


def test_a_date_is_typed_in_the_short_format_or_chosen_on_the_calendar(qtbot, make):
    editor = make("date", "2026-01-31")
    assert editor.date_edit.text() == "31/01/2026"
    seen = edits(qtbot, editor)
    editor.date_edit.clear()
    qtbot.keyClicks(editor.date_edit, "28/02/2026")
    assert editor.value() == "2026-02-28" and seen
    editor.date_edit.setText("2026-03-05")  # ISO is understood too
    assert editor.value() == "2026-03-05"
    editor.date_edit.setText("29/02/2025")
    with pytest.raises(InvalidInput) as refused:
        editor.value()
    assert refused.value.message == "Setting value: “29/02/2025” is not a date."
    editor.date_edit.setText("31/01/26")  # two-digit years are a question, not a date
    with pytest.raises(InvalidInput):
        editor.value()
    editor.calendar_button.menu().aboutToShow.emit()
    editor._on_calendar_chosen(QDate(2027, 6, 15))
    assert editor.value() == "2027-06-15"
    assert editor.date_edit.text() == "15/06/2027"


def test_json_is_shown_pretty_and_checked(qtbot, make):
    editor = make("json", '{"a":[1,2]}')
    assert isinstance(shown(editor), QPlainTextEdit)
    assert editor.json_edit.toPlainText() == '{\n  "a": [\n    1,\n    2\n  ]\n}'
    seen = edits(qtbot, editor)
    editor.set_value('["x"]')
    assert seen == []
    editor.json_edit.setFocus()
    qtbot.keyClick(editor.json_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.json_edit, ",")
    assert seen
    with pytest.raises(InvalidInput) as refused:
        editor.value()
    assert refused.value.code == "field_not_json"
    assert refused.value.message == ("Setting value is not valid JSON at line 3, column 2.")
    editor.json_edit.setPlainText('{"channels": ["sms"], "retries": 3}')
    assert editor.value() == '{"channels": ["sms"], "retries": 3}'
    editor.json_edit.setPlainText("NaN")
    with pytest.raises(InvalidInput):
        editor.value()
    # Tab leaves the field instead of typing a tab.
    assert editor.json_edit.tabChangesFocus()


def test_changing_the_type_keeps_what_still_reads_as_the_new_one(make):
    editor = make("number", "18")
    editor.set_setting_type("string")
    assert isinstance(shown(editor), QLineEdit) and editor.value() == "18"
    editor.text_edit.setText("true")
    editor.set_setting_type("boolean")
    assert editor.check_box.isChecked() and editor.value() == "true"
    editor.set_setting_type("date")
    assert editor.value() is None  # "true" is no date
    editor.date_edit.setText("01/01/2026")
    editor.set_setting_type("json")
    assert editor.value() is None  # a date is not JSON text
    editor.json_edit.setPlainText("[1, 2]")
    editor.set_setting_type(None)
    assert editor.setting_type.value == "string" and editor.value() == "[1, 2]"


def test_read_only_shows_the_value_and_takes_no_edit(qtbot, make):
    editor = make("boolean", "true")
    editor.set_read_only(True)
    seen = edits(qtbot, editor)
    qtbot.mouseClick(editor.check_box, Qt.MouseButton.LeftButton)
    assert editor.check_box.isChecked() and editor.check_box.isEnabled() and seen == []
    editor.set_setting_type("number")
    editor.set_value("42")
    assert editor.number_edit.isReadOnly()
    editor.set_setting_type("date")
    assert not editor.calendar_button.isEnabled() and editor.date_edit.isReadOnly()
    editor.set_setting_type("json")
    assert editor.json_edit.isReadOnly()


@pytest.mark.parametrize(
    ("setting_type", "typed", "locale"),
    [
        ("number", "1 234,75", "fr_RW"),
        ("number", "-0", "en_RW"),
        ("number", "5,000,000", "en_RW"),
        ("date", "31.12.2026", "de_DE"),
        ("json", '{"a": "é", "b": [true, null]}', "en_RW"),
        ("boolean", None, "en_RW"),
        ("string", "  spaced  ", "en_RW"),
    ],
)
def test_what_the_editor_gives_the_database_accepts(make, db_engine, setting_type, typed, locale):
    editor = make(setting_type, None, locale=locale)
    if setting_type == "boolean":
        editor.check_box.click()
    elif setting_type == "json":
        editor.json_edit.setPlainText(typed)
    else:
        {"number": editor.number_edit, "date": editor.date_edit, "string": editor.text_edit}[
            setting_type
        ].setText(typed)
    value = editor.value()
    with db_engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO system_settings (setting_key, setting_value, setting_type)"
                " VALUES (:k, :v, :t)"
            ),
            {"k": f"test.{setting_type}", "v": value, "t": setting_type},
        )
    # And it refuses what the editor refuses, whatever the client.
    with pytest.raises(IntegrityError), db_engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO system_settings (setting_key, setting_value, setting_type)"
                " VALUES ('test.wrong', '1,5', 'number')"
            )
        )


def test_a_setting_s_sentence_names_it_in_the_reader_s_words(restore_language):
    """eye35 §8: the bound's sentence names the setting by what it is (« Ce droit à
    congé »), and the company's phone as the company's phone, in French too."""
    from dicel_desktop.domain.errors import Phrase
    from dicel_desktop.gui import translations
    from dicel_desktop.gui.error_sentences import sentence

    translations.install_translators("fr")
    bound = InvalidInput(
        "setting_subject_whole_days_between", subject=Phrase("This allowance"), least=0, most=366
    )
    assert sentence(bound).startswith("Ce droit à congé prend un nombre entier de jours de 0 à 366")
    phone = InvalidInput(
        "phone_not_a_number", label=Phrase("The company's phone"), value="0788 123 45"
    )
    said = sentence(phone)
    assert said.startswith("Le téléphone de l\N{RIGHT SINGLE QUOTATION MARK}entreprise « 0788"), (
        said
    )
