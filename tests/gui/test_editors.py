"""The field editors of record forms, kind by kind: what a person types, picks and reads,
from the keyboard (numbers: test_editors_numbers.py; chips: test_editors_tags.py; JSON:
test_editors_json.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget
from wheel import turn_wheel

from dicel_desktop.domain.errors import InvalidInput
from dicel_desktop.gui.editors import initial_value, make_editor
from dicel_desktop.gui.editors.base import FieldEditor, LineEditor
from dicel_desktop.gui.editors.choices import BoolEditor, ChoiceEditor, CurrencyEditor
from dicel_desktop.gui.editors.dates import DateEditor, DateTimeEditor
from dicel_desktop.gui.editors.json_editor import JsonEditor
from dicel_desktop.gui.editors.numbers import DecimalEditor, IntEditor, MoneyEditor
from dicel_desktop.gui.editors.tags import TagsEditor
from dicel_desktop.gui.editors.text import (
    CodedTextEditor,
    EmailEditor,
    MultilineEditor,
    PhoneEditor,
    TextEditor,
)
from dicel_desktop.services.forms import FieldKind, table_fields


def editor_for(table: str, column: str, locale: str = "en_RW") -> FieldEditor:
    return make_editor(
        table_fields(table)[column], locale=QLocale(locale), reference_editor=_no_reference
    )


def _no_reference(field):
    raise AssertionError(f"{field.name} is not a reference")


def count_edits(editor: FieldEditor) -> list[int]:
    edits: list[int] = []
    editor.edited.connect(lambda: edits.append(1))
    return edits


# --------------------------------------------------------------------------- the factory


@pytest.mark.parametrize(
    ("table", "column", "cls"),
    [
        ("clients", "company_name", TextEditor),
        ("clients", "email", EmailEditor),
        ("clients", "phone", PhoneEditor),
        ("clients", "address", MultilineEditor),
        ("inventory_items", "minimum_stock", IntEditor),
        ("invoice_items", "quantity", DecimalEditor),
        ("invoices", "total_amount", MoneyEditor),
        ("invoices", "due_date", DateEditor),
        ("security_incidents", "reported_date", DateTimeEditor),
        ("patrol_routes", "is_active", BoolEditor),
        ("invoices", "status", ChoiceEditor),
        ("invoices", "currency", CurrencyEditor),
        ("candidates", "skills", TagsEditor),
        ("employees", "bank_details", JsonEditor),
    ],
)
def test_each_kind_of_field_gets_its_editor(qtbot, table, column, cls):
    editor = editor_for(table, column)
    qtbot.addWidget(editor)
    assert type(editor) is cls
    label = table_fields(table)[column].label
    assert editor.accessibleName() == label
    assert editor.focusProxy() is not None
    assert editor.focusProxy().accessibleName().startswith(label)


def test_a_reference_is_made_by_the_forms_picker(qtbot):
    spec = table_fields("invoices")["client_id"]
    assert spec.kind is FieldKind.REFERENCE
    made = []

    def picker(field):
        made.append(field)
        return LineEditor(field)

    editor = make_editor(spec, locale=None, reference_editor=picker)
    qtbot.addWidget(editor)
    assert made == [spec]
    assert not editor.is_read_only()


def test_server_set_and_generated_fields_come_read_only(qtbot):
    for table, column in [
        ("invoices", "invoice_number"),  # the server numbers it
        ("invoices", "status"),  # only a workflow moves it
        ("invoice_items", "total_price"),  # generated
        ("risk_assessments", "risk_score"),  # generated
    ]:
        editor = editor_for(table, column)
        qtbot.addWidget(editor)
        assert editor.is_read_only(), column


def test_a_new_record_starts_with_the_server_defaults():
    fields = table_fields("invoices")
    assert initial_value(fields["currency"]) == "RWF"
    assert initial_value(table_fields("training_enrollments")["enrollment_date"]) == (
        dt.date.today()
    )
    assert initial_value(fields["due_date"]) is None


# --------------------------------------------------------------------------- text


def test_a_line_is_about_as_wide_as_its_column_allows(qtbot):
    phone = editor_for("clients", "phone")  # VARCHAR(20)
    name = editor_for("clients", "company_name")  # VARCHAR(255)
    qtbot.addWidget(phone)
    qtbot.addWidget(name)
    assert phone.line.maximumWidth() < 300
    assert name.line.maximumWidth() > 10_000  # the form's width


def test_email_and_phone_help_without_refusing(qtbot):
    email = editor_for("clients", "email")
    phone = editor_for("clients", "phone")
    qtbot.addWidget(email)
    qtbot.addWidget(phone)
    assert email.line.placeholderText() == "name@example.rw"
    assert phone.line.placeholderText().startswith("+250")
    qtbot.keyClicks(email.line, "not an address")  # the database decides, not the editor
    qtbot.keyClicks(phone.line, "ask reception")
    assert (email.value(), phone.value()) == ("not an address", "ask reception")


def test_several_lines_grow_and_tab_moves_on(qtbot, host):
    notes = editor_for("expenses", "description")
    after = host(notes)
    notes.setFocus()
    edits = count_edits(notes)
    height = notes.text.height()
    notes.set_value("one")
    assert edits == []
    qtbot.keyClick(notes.text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    for line in ("two", "three", "four", "five"):
        qtbot.keyClick(notes.text, Qt.Key.Key_Return)
        qtbot.keyClicks(notes.text, line)
    assert notes.text.height() > height  # five lines need more than the first three
    qtbot.keyClick(notes.text, Qt.Key.Key_Tab)
    assert after.hasFocus()
    assert notes.value() == "one\ntwo\nthree\nfour\nfive"  # no tab character in it
    assert edits


def test_read_only_text_stays_legible_and_selectable(qtbot):
    notes = editor_for("expenses", "description")
    qtbot.addWidget(notes)
    notes.set_read_only(True)
    notes.set_value("Fuel for the generator")
    assert notes.text.isReadOnly() and notes.text.isEnabled()  # not greyed out
    flags = notes.text.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    palette = notes.text.palette()
    assert palette.color(palette.ColorRole.Text) == QApplication.palette().color(
        palette.ColorRole.Text
    )


# --------------------------------------------------------------------------- dates


def test_a_date_is_typed_in_the_locales_short_format(qtbot, host):
    due = editor_for("invoices", "due_date")
    after = host(due)
    due.setFocus()
    edits = count_edits(due)
    qtbot.keyClicks(due.line, "1/2/2026")
    assert due.value() == dt.date(2026, 2, 1)
    after.setFocus()
    assert due.line.text() == "01/02/2026"  # written back the usual way
    assert edits


@pytest.mark.parametrize(
    ("locale", "typed", "date"),
    [
        ("en_RW", "31/03/26", dt.date(2026, 3, 31)),
        ("de_DE", "31.3.2026", dt.date(2026, 3, 31)),
        ("de_DE", "31.03.26", dt.date(2026, 3, 31)),
        ("fr_RW", "2026-03-31", dt.date(2026, 3, 31)),  # ISO everywhere
    ],
)
def test_dates_as_people_type_them(qtbot, locale, typed, date):
    due = editor_for("invoices", "due_date", locale)
    qtbot.addWidget(due)
    qtbot.keyClicks(due.line, typed)
    assert due.value() == date


@pytest.mark.parametrize("typed", ["31/02/2026", "tomorrow", "2026/13/01", "1/2"])
def test_what_is_not_a_date_is_refused_in_words(qtbot, typed):
    due = editor_for("invoices", "due_date")
    qtbot.addWidget(due)
    qtbot.keyClicks(due.line, typed)
    with pytest.raises(InvalidInput) as refused:
        due.value()
    assert refused.value.code == "field_not_a_date"
    assert refused.value.message == f"Due date: “{typed}” is not a date."


def test_a_nullable_date_can_be_emptied_again(qtbot):
    paid = editor_for("employees", "termination_date")
    qtbot.addWidget(paid)
    paid.set_value(dt.date(2026, 1, 15))
    assert paid.line.isClearButtonEnabled()
    qtbot.keyClick(paid.line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(paid.line, Qt.Key.Key_Delete)
    assert paid.value() is None


def test_the_calendar_opens_and_picks_from_the_keyboard(qtbot, host):
    due = editor_for("invoices", "due_date")
    host(due)
    due.set_value(dt.date(2026, 3, 10))
    due.setFocus()
    edits = count_edits(due)
    qtbot.keyClick(due.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = due.popup
    assert popup is not None and popup.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    grid = QApplication.focusWidget()
    assert popup.isAncestorOf(grid)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert due.value() == dt.date(2026, 3, 11)
    assert due.line.hasFocus()
    assert len(edits) == 1


def test_escape_closes_the_calendar_without_a_change(qtbot, host):
    due = editor_for("invoices", "due_date")
    host(due)
    due.set_value(dt.date(2026, 3, 10))
    due.setFocus()
    edits = count_edits(due)
    qtbot.keyClick(due.line, Qt.Key.Key_F4)
    assert due.popup.isVisible()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not due.popup.isVisible()
    assert due.value() == dt.date(2026, 3, 10)
    assert edits == []


def test_up_and_down_move_a_date_by_a_day(qtbot):
    due = editor_for("invoices", "due_date")
    qtbot.addWidget(due)
    due.set_value(dt.date(2026, 2, 28))
    qtbot.keyClick(due.line, Qt.Key.Key_Up)
    assert due.value() == dt.date(2026, 3, 1)
    qtbot.keyClick(due.line, Qt.Key.Key_Down)
    qtbot.keyClick(due.line, Qt.Key.Key_Down)
    assert due.value() == dt.date(2026, 2, 27)


def test_today_is_a_default_a_form_can_give(qtbot):
    enrolled = editor_for("training_enrollments", "enrollment_date")
    qtbot.addWidget(enrolled)
    enrolled.set_value("today")
    assert enrolled.value() == dt.date.today()


def test_a_moment_is_shown_in_local_time_and_given_back_aware(qtbot):
    reported = editor_for("security_incidents", "reported_date")
    qtbot.addWidget(reported)
    moment = dt.datetime(2026, 3, 3, 12, 5, 42, tzinfo=dt.UTC)
    reported.set_value(moment)
    local = moment.astimezone()
    assert reported.line.text() == local.strftime("%d/%m/%Y %H:%M")
    assert reported.value() is moment  # untouched: the seconds are not lost
    reported.line.clear()
    qtbot.keyClicks(reported.line, "4/3/2026 7:30")
    typed = reported.value()
    assert typed.tzinfo is not None
    assert typed == dt.datetime(2026, 3, 4, 7, 30).astimezone()


def test_a_date_editor_is_date_sized(qtbot):
    due = editor_for("invoices", "due_date")
    qtbot.addWidget(due)
    due.show()
    assert due.line.maximumWidth() < 200
    assert due.sizeHint().width() < 260


def test_a_read_only_date_shows_no_calendar(qtbot, host):
    created = editor_for("invoices", "created_at")  # a stamp the server keeps
    host(created)
    assert created.is_read_only()
    created.set_value(dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC))
    assert not created.button.isVisible()
    created.setFocus()
    edits = count_edits(created)
    qtbot.keyClick(created.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(created.line, Qt.Key.Key_Up)
    assert created.popup is None
    assert edits == []


# --------------------------------------------------------------------------- yes / no


def test_a_check_box_with_a_default_has_two_states(qtbot, host):
    active = editor_for("patrol_routes", "is_active")  # DEFAULT true
    host(active)
    active.setFocus()
    edits = count_edits(active)
    active.set_value(True)
    assert edits == []
    assert not active.check.isTristate()
    qtbot.keyClick(active.check, Qt.Key.Key_Space)
    assert active.value() is False
    assert len(edits) == 1


def test_a_check_box_without_default_may_be_not_set(qtbot):
    spec = table_fields("patrol_routes")["is_active"]
    nullable = type(spec)(**{**spec.__dict__, "default": None})
    answer = make_editor(nullable, locale=None, reference_editor=_no_reference)
    qtbot.addWidget(answer)
    answer.set_value(None)
    assert answer.value() is None
    assert answer.check.text() == "Not set"  # a third state said in words
    answer.set_value(True)
    assert answer.check.text() == "Yes"


def test_a_read_only_yes_no_reads_as_in_the_grid(qtbot):
    public = editor_for("system_settings", "is_public")
    qtbot.addWidget(public)
    public.set_read_only(True)
    public.set_value(False)
    assert public.display.text() == "No"
    assert public.display.isReadOnly() and public.display.isEnabled()
    assert public.check.isHidden()


def test_a_code_reads_as_words_and_words_give_the_code(qtbot):
    kind = editor_for("clients", "client_type")  # a code people type: "ngo", "sme"
    qtbot.addWidget(kind)
    assert isinstance(kind, CodedTextEditor)
    kind.set_value("ngo")
    assert (kind.line.text(), kind.value()) == ("NGO", "ngo")  # as the list words it
    kind.set_read_only(True)
    assert (kind.line.text(), kind.value()) == ("NGO", "ngo")
    kind.set_read_only(False)
    for typed, code in (
        ("sme", "sme"),  # the code itself
        ("government", "government"),  # a common code's words, in any case
        ("Cooperative", "Cooperative"),  # a new code: as typed
    ):
        kind.line.clear()
        qtbot.keyClicks(kind.line, typed)
        assert kind.value() == code, typed
    kind.set_value(None)
    assert (kind.line.text(), kind.value()) == ("", None)


def test_a_code_in_use_is_offered_as_its_words_and_taken_as_its_code(qtbot, host):
    kind = editor_for("financial_accounts", "account_type")
    host(kind)
    kind.offer(["petty_cash", "bank"])  # in use (services/suggestions.py)
    model = kind.line.completer().model()
    offered = [model.index(i, 0).data() for i in range(model.rowCount())]
    assert {"Petty cash", "Mobile money", "Bank"} <= set(offered), offered
    assert not {"petty_cash", "mobile_money"} & set(offered)
    assert offered.count("Bank") == 1
    kind.line.clear()
    qtbot.keyClicks(kind.line, "PETTY CASH")
    assert kind.value() == "petty_cash"


def test_words_longer_than_their_column_are_shown_whole_and_keep_the_code(qtbot):
    # A translation may be longer than the code: cut to the column's length, the words
    # would read as a new code and replace the stored one at the next save.
    field = table_fields("recovery_documents")["document_type"]
    short = type(field)(**{**field.__dict__, "max_length": 12})
    kind = make_editor(short, locale=QLocale("en_RW"), reference_editor=_no_reference)
    qtbot.addWidget(kind)
    kind.set_value("demand_letter")
    assert kind.line.text() == "Demand letter"
    assert kind.value() == "demand_letter"


def test_only_coded_text_gets_the_coded_editor():
    assert type(editor_for("clients", "company_name")) is TextEditor


# --------------------------------------------------------------------------- choices


def test_a_choice_shows_labels_and_gives_values(qtbot, host):
    kind = editor_for("inventory_transactions", "transaction_type")  # required, no default
    host(kind)
    kind.setFocus()
    edits = count_edits(kind)
    kind.set_value(None)
    assert kind.value() is None  # nothing is chosen for the person
    assert kind.combo.placeholderText() == "Choose…"
    qtbot.keyClick(kind.combo, Qt.Key.Key_Down)
    choices = table_fields("inventory_transactions")["transaction_type"].choices
    first = next(iter(choices))
    assert kind.value() == first.value
    assert kind.combo.currentText() == first.label
    assert len(edits) == 1


def test_a_nullable_choice_offers_an_empty_entry(qtbot):
    kind = editor_for("job_postings", "employment_type")  # NULL allowed, no default
    spec = table_fields("job_postings")["employment_type"]
    assert not spec.required and spec.default is None
    qtbot.addWidget(kind)
    assert kind.combo.itemText(0) == ""
    kind.set_value(None)
    assert kind.value() is None
    kind.set_value("contract")
    assert kind.value() == "contract"
    assert kind.combo.currentText() == next(c.label for c in spec.choices if c == "contract")


def test_a_value_the_enum_does_not_know_is_kept(qtbot):
    status = editor_for("invoices", "status")
    qtbot.addWidget(status)
    status.set_value("archived_2019")
    assert status.value() == "archived_2019"


def test_a_read_only_state_shows_its_label(qtbot):
    status = editor_for("invoices", "status")
    qtbot.addWidget(status)
    status.set_value("sent")
    assert status.is_read_only()
    assert status.display.text() == "Sent"
    assert status.focusProxy() is status.display


# --------------------------------------------------------------------------- currency


def test_a_currency_is_typed_in_capitals_or_picked(qtbot, host):
    currency = editor_for("invoices", "currency")
    host(currency)
    currency.setFocus()
    edits = count_edits(currency)
    currency.set_value("RWF")
    assert currency.combo.itemText(0) == "RWF"
    assert [currency.combo.itemText(i) for i in range(1, 7)] == [
        "USD", "EUR", "KES", "UGX", "TZS", "GBP",
    ]  # fmt: skip
    line = currency.combo.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, "kes")
    assert currency.value() == "KES"
    assert edits
    line.selectAll()
    qtbot.keyClicks(line, "u1sdx")  # digits and a fourth letter do not go in
    assert currency.value() == "USD"


def test_a_currency_field_is_narrow(qtbot):
    currency = editor_for("invoices", "currency")
    qtbot.addWidget(currency)
    assert currency.combo.width() < 130


def test_a_read_only_currency_is_a_plain_code(qtbot):
    currency = editor_for("invoices", "currency")
    qtbot.addWidget(currency)
    currency.set_read_only(True)
    currency.set_value("usd")
    assert currency.display.text() == "USD"
    assert currency.value() == "USD"


def test_the_values_in_use_show_whole_from_the_arrow_or_alt_down(qtbot, host):
    category = editor_for("expenses", "expense_category")
    host(category)
    category.offer(["Travel", "Fuel", "Office supplies"])
    popup = category.line.completer().popup()
    assert not popup.isVisible()
    qtbot.mouseClick(category._show_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().rowCount() == 3  # all of them, before anything is typed
    popup.hide()
    category.line.setFocus()
    qtbot.keyClick(category.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().rowCount() == 3
    popup.hide()
    category.set_read_only(True)  # nothing to choose where nothing may be typed
    assert category._show_all.isHidden()


def _suggested(qtbot, editor, typed: str) -> list[str]:
    """The words the list under ``editor`` shows once ``typed`` is typed in the box."""
    editor.line.clear()
    editor.line.setFocus()
    qtbot.keyClicks(editor.line, typed)
    popup = editor.line.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    shown = popup.model()
    return [shown.index(i, 0).data() for i in range(shown.rowCount())]


def test_suggestions_read_past_accents_and_case_as_the_quick_search(qtbot, host):
    """Fix35: the list matched accents exactly, so « Helene » typed offered no
    « Hélène », and a French clerk typing « materiel » met no « Matériel » (the quick
    search reads past both since 0123). Folded as the search folds; the word taken is
    the word offered, accents and all."""
    category = editor_for("expenses", "expense_category")
    host(category)
    category.offer(["Hélène's farewell", "Matériel de bureau", "Hébergement", "Fuel"])
    assert _suggested(qtbot, category, "Helene") == ["Hélène's farewell"]
    assert _suggested(qtbot, category, "MATERIEL") == ["Matériel de bureau"]
    assert _suggested(qtbot, category, "hÉbe") == ["Hébergement"]
    assert _suggested(qtbot, category, "e") == [
        "Hélène's farewell",
        "Matériel de bureau",
        "Hébergement",
        "Fuel",
    ]
    _suggested(qtbot, category, "heberg")
    popup = category.line.completer().popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert category.value() == "Hébergement"  # the word, not its folded form
    # Offered again, the new words are the ones read past their accents.
    category.offer(["Kigali, Nyarugenge", "Rubavu"])
    assert _suggested(qtbot, category, "nyaru") == ["Kigali, Nyarugenge"]


def test_a_date_box_asks_in_the_locales_own_pattern(qtbot):
    american = editor_for("security_incidents", "incident_date", "en_US")
    bulgarian = editor_for("security_incidents", "incident_date", "bg_BG")
    qtbot.addWidget(american)
    qtbot.addWidget(bulgarian)
    # In words, not Qt's letters: m for a month, h for an hour (dd/mm/yyyy hh:mm).
    assert american.line.placeholderText() == "m/d/yyyy h:mm\N{NARROW NO-BREAK SPACE}Ap"  # 12 h
    # The year's letter is a quoted literal of the pattern, not a letter to translate.
    assert bulgarian.line.placeholderText() == (
        "d.mm.yyyy\N{NARROW NO-BREAK SPACE}\N{CYRILLIC SMALL LETTER GHE}. h:mm"
    )


def test_a_records_own_rare_code_is_kept_when_its_words_are_typed_again(qtbot):
    kind = editor_for("financial_accounts", "account_type")
    qtbot.addWidget(kind)
    kind.set_value("petty_cash")  # neither common nor among the values offered
    for typed in ("petty cash", "PETTY CASH", "Petty cash"):
        kind.line.clear()
        qtbot.keyClicks(kind.line, typed)
        assert kind.value() == "petty_cash", typed  # not a new code spelled otherwise
    kind.set_value("Bank")  # stored with a capital, beside the common "bank"
    kind.line.clear()
    qtbot.keyClicks(kind.line, "bank")
    assert kind.value() == "Bank"


def test_codes_in_use_are_offered_first(qtbot):
    kind = editor_for("financial_accounts", "account_type")
    qtbot.addWidget(kind)
    kind.offer(["savings", "petty_cash"])  # most used first
    model = kind.line.completer().model()
    offered = [model.index(i, 0).data() for i in range(model.rowCount())]
    assert offered[:2] == ["Savings", "Petty cash"], offered
    assert set(offered[2:]) == {"Bank", "Cash", "Mobile money"}


def test_the_values_arrow_never_shows_as_a_window_of_its_own(qtbot, host):
    # Shown before it had a parent, the arrow was a window for a moment and took the
    # active window from the form (a step's dialog then never became active).
    windows: list[QWidget] = []

    class ShownWindows(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            shown = event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
            if shown and watched.isWindow():
                windows.append(watched)
            return False

    spy = ShownWindows()
    QApplication.instance().installEventFilter(spy)
    try:
        category = editor_for("expenses", "expense_category")
        category.offer(["Travel", "Fuel"])
        kind = editor_for("clients", "client_type")  # offers its common codes at once
        line = host(category, kind)
        qtbot.waitUntil(category._show_all.isVisible)
    finally:
        QApplication.instance().removeEventFilter(spy)
    assert windows == [line.window()], [type(w).__name__ for w in windows]


# --------------------------------------------------------------------------- the wheel


@pytest.mark.parametrize(
    ("table", "column"), [("employees", "employment_type"), ("invoices", "currency")]
)
def test_a_wheel_over_an_unfocused_choice_scrolls_the_form_and_changes_nothing(
    qtbot, table, column
):
    """Scrolling an employee's form with the pointer passing over Contract type picked
    the next type and said it was edited; the next Save stored it (review35b F4). The
    wheel scrolls the form on; once the person clicks the box, it turns the choice."""
    from PySide6.QtWidgets import QScrollArea, QVBoxLayout

    area = QScrollArea()
    qtbot.addWidget(area)
    inner = QWidget()
    layout = QVBoxLayout(inner)
    layout.addSpacing(600)
    editor = editor_for(table, column)
    layout.addWidget(editor)
    layout.addSpacing(600)
    area.setWidget(inner)
    area.resize(400, 300)
    area.show()
    qtbot.waitExposed(area)
    editor.set_value(editor.combo.itemData(1) if editor.combo.itemData(1) else "RWF")
    area.ensureWidgetVisible(editor)
    before, scrolled = editor.value(), area.verticalScrollBar().value()
    edits = count_edits(editor)
    turn_wheel(editor.combo, 1)
    assert (editor.value(), edits) == (before, [])
    assert area.verticalScrollBar().value() > scrolled  # the form scrolled on
    assert not editor.combo.hasFocus()  # nor did the wheel give it the focus
    editor.combo.setFocus()
    qtbot.waitUntil(editor.combo.hasFocus)
    turn_wheel(editor.combo, 1)
    assert editor.value() != before and edits  # chosen, the box turns its choice
