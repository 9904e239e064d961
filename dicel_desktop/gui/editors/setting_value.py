"""The editor of ``system_settings.setting_value``: its input follows ``setting_type``.

A setting's value is always text in the database, written in one spelling per value
(migration 0010 refuses any other): a number in plain decimal notation (``0.3``), a
boolean ``true``/``false``, a date ``YYYY-MM-DD``, JSON, or any string. People type and
read it their way: a number in their locale ("5 000 000,5" in French), a check box, a
date in their short format with a calendar, pretty-printed JSON. ``value()`` gives the
database's spelling back, and an unchanged value keeps the spelling it was loaded with
(so opening a setting and saving it changes nothing).

The record form calls :meth:`SettingValueEditor.follow` when the type or the key field
changes; what the person had typed is kept when it still reads as the new type. The PAYE
bands (``payroll.paye_bands``, JSON) are edited as a table of bands (paye35,
gui/editors/paye_bands.py), unless what is stored is no list the table can show.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from dicel_desktop.domain import paye_bands
from dicel_desktop.domain.errors import InvalidInput
from dicel_desktop.domain.states import SettingType
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.editors.base import FieldEditor
from dicel_desktop.gui.editors.json_editor import json_fault_place
from dicel_desktop.gui.editors.paye_bands import PayeBandsTable, read_bands
from dicel_desktop.gui.locale_writing import date_pattern
from dicel_desktop.gui.numbers import (
    NumberInputError,
    Problem,
    explain,
    format_decimal,
    parse_decimal,
)
from dicel_desktop.services.form_rules import setting_bound_error
from dicel_desktop.services.forms import FieldSpec

#: The database's spelling of a number (the same pattern as migration 0010's CHECK).
_CANONICAL_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
#: Characters people type for the spaces some locales group digits with.
_SPACES = " \u00a0\u202f"


# --------------------------------------------------------------------------- numbers
# Typed and shown in the person's locale (gui/numbers.py, strict); stored in the
# database's one spelling.


def format_number(value: Decimal, locale: QLocale) -> str:
    """``value`` in ``locale``, every decimal it has (a setting's 0.30 stays 0.30)."""
    return format_decimal(value, locale, places=None)


def canonical_number(value: Decimal) -> str:
    """The database's spelling: plain notation, no exponent, no "-0"."""
    return format(abs(value) if value == 0 else value, "f")


# --------------------------------------------------------------------------- the editor


class SettingValueEditor(FieldEditor):
    """See the module docstring. ``setting_type`` is a ``SettingType`` value (None:
    string, as the database reads a setting without a type)."""

    def __init__(
        self,
        field: FieldSpec,
        parent: QWidget | None = None,
        *,
        setting_type: str | None = SettingType.STRING.value,
        locale: QLocale | None = None,
    ) -> None:
        super().__init__(field, parent)
        self.qlocale = locale or QLocale()
        self._type = _setting_type(setting_type)
        #: The text the value was loaded with (returned while nothing changed).
        self._stored: str | None = None
        #: A boolean shown for an empty value has not been chosen yet.
        self._bool_chosen = False
        self._loading = False
        #: The setting's key: the PAYE bands' value is a table.
        self._key: str | None = None
        #: The bands are shown as a table (their key, JSON, a list the table can show).
        self._as_bands = False

        self.text_edit = QLineEdit()
        self.text_edit.textEdited.connect(self.edited)

        self.number_edit = QLineEdit()
        self.number_edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.number_edit.setPlaceholderText(format_number(Decimal("1234.5"), self.qlocale))
        self.number_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 24)
        self.number_edit.textEdited.connect(self.edited)

        self.check_box = QCheckBox(self.tr("Yes"))
        self.check_box.clicked.connect(self._on_check_box_clicked)

        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText(self._date_format().lower())
        self.date_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 16)
        self.date_edit.textEdited.connect(self.edited)
        self.calendar_button = QToolButton()
        self.calendar_button.setText("…")
        self.calendar_button.setToolTip(self.tr("Choose the date on a calendar"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setLocale(self.qlocale)
        self.calendar.setGridVisible(True)
        menu = QMenu(self.calendar_button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._on_calendar_about_to_show)
        self.calendar_button.setMenu(menu)
        self.calendar.clicked.connect(self._on_calendar_chosen)
        self.calendar.activated.connect(self._on_calendar_chosen)
        date_page = QWidget()
        date_row = QHBoxLayout(date_page)
        date_row.setContentsMargins(0, 0, 0, 0)
        date_row.addWidget(self.date_edit)
        date_row.addWidget(self.calendar_button)
        date_row.addStretch(1)
        date_page.setFocusProxy(self.date_edit)

        self.json_edit = QPlainTextEdit()
        self.json_edit.setTabChangesFocus(True)  # Tab leaves the field, as everywhere else
        self.json_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        lines = self.json_edit.fontMetrics().lineSpacing()
        #: A few lines for JSON; set while it shows (a minimum is kept even when hidden).
        self._json_height = lines * 4 + 12
        self.json_edit.setMaximumHeight(lines * 10 + 12)
        self.json_edit.textChanged.connect(self._on_json_text_changed)

        self.bands_edit = PayeBandsTable(self.qlocale)
        self.bands_edit.edited.connect(self.edited)

        self._pages: dict[SettingType, QWidget] = {
            SettingType.STRING: self.text_edit,
            SettingType.NUMBER: _left(self.number_edit),
            SettingType.BOOLEAN: self.check_box,
            SettingType.DATE: date_page,
            SettingType.JSON: self.json_edit,
        }
        self.stack = QStackedWidget()
        for page in self._pages.values():
            self.stack.addWidget(page)
        self.stack.addWidget(self.bands_edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._show_page()

    # ----------------------------------------------------------------- FieldEditor

    @property
    def setting_type(self) -> SettingType:
        return self._type

    def value(self) -> str | None:
        """The text to store in ``setting_value``; InvalidInput when it cannot be read."""
        match self._type:
            case SettingType.NUMBER:
                return self._number_value()
            case SettingType.BOOLEAN:
                if not self._bool_chosen:
                    return self._stored if _reads_as(self._stored, self._type) else None
                return "true" if self.check_box.isChecked() else "false"
            case SettingType.DATE:
                return self._date_value()
            case SettingType.JSON if self._as_bands:
                return self._bands_value()
            case SettingType.JSON:
                return self._json_value()
        text = self.text_edit.text().strip()
        return text or None

    def set_value(self, value: Any) -> None:
        self._stored = None if value is None else str(value)
        self._bool_chosen = False
        self._display(self._stored)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for edit in (self.text_edit, self.number_edit, self.date_edit):
            edit.setReadOnly(read_only)
        self.json_edit.setReadOnly(read_only)
        self.bands_edit.set_read_only(read_only)
        self.calendar_button.setEnabled(not read_only)
        # A disabled check box greys out; this one stays legible and ignores clicks.
        self.check_box.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, read_only)
        self.check_box.setFocusPolicy(
            Qt.FocusPolicy.NoFocus if read_only else Qt.FocusPolicy.StrongFocus
        )

    #: The record form calls ``follow`` with these fields' values as they change.
    follows = ("setting_type", "setting_key")

    def follow(self, setting_type: str | None, setting_key: str | None = None) -> None:
        self.set_setting_type(setting_type)
        self.set_setting_key(setting_key)

    def says_own_faults(self) -> bool:
        """The bands' table says each band's fault beside itself: the form need not say
        the first one again under it."""
        bands = self._type is SettingType.JSON and self._as_bands
        return bands and not self.bands_edit.faults.isHidden()

    def save_question(self) -> str:
        """What to ask before saving this value (the record window asks it, Yes or No):
        PAYE rates that fall from one band to the next (eye35 §7); "" for none."""
        if self._type is SettingType.JSON and self._as_bands:
            return self.bands_edit.falling_question()
        return ""

    def save_question_declined(self) -> None:
        """No to :meth:`save_question`: back to the band whose rate falls."""
        self.bands_edit.show_falling()

    def set_setting_key(self, setting_key: str | None) -> None:
        """The setting is ``setting_key`` now: the PAYE bands' JSON shows as a table."""
        if setting_key == self._key:
            return
        self._key = setting_key
        if self._type is not SettingType.JSON:
            return
        try:
            current = self.value()
        except InvalidInput:
            current = self._raw_text() or None
        self._display(current)

    def set_setting_type(self, setting_type: str | None) -> None:
        """Edit the value as ``setting_type`` from now on (the type field changed).

        What is shown is carried over when it reads as the new type (a number stays a
        number as a string; "true" stays checked); otherwise the field starts empty.
        """
        new_type = _setting_type(setting_type)
        if new_type is self._type:
            return
        try:
            current = self.value()
        except InvalidInput:
            current = self._raw_text() or None
        self._type = new_type
        self._bool_chosen = False
        self._show_page()
        carried = current if _reads_as(current, new_type) else None
        if new_type is SettingType.BOOLEAN and carried is not None:
            self._bool_chosen = True  # the value came from what the person had
        self._display(carried)

    # ----------------------------------------------------------------- reading

    def _number_value(self) -> str | None:
        text = self.number_edit.text()
        if not text.strip():
            return None
        try:
            number = parse_decimal(text, self.qlocale)
        except NumberInputError as error:
            if error.problem is Problem.FOREIGN_DECIMAL_SIGN:
                # « 18.5 » for a leave allowance: the rule that matters is whole days, not
                # the decimal sign; told to write « 18,5 », the administrator was then
                # refused again (eye35b #1). Said as « 18,5 » is, where the bound says it.
                bound = setting_bound_error(self._key, text.strip().replace(error.mark, "."))
                if bound is not None:
                    raise bound from None
            # Why, in the reader's marks (« 18.5 »: the decimal sign here is ","), as the
            # PAYE table says it (eye35 §8).
            raise InvalidInput("setting_number_unread", problem=explain(error)) from None
        except (ValueError, InvalidOperation):
            raise InvalidInput("field_not_a_number", label=self.field.label, text=text) from None
        if _reads_as(self._stored, SettingType.NUMBER) and Decimal(self._stored) == number:
            return self._stored
        return canonical_number(number)

    def _date_value(self) -> str | None:
        text = self.date_edit.text().strip()
        if not text:
            return None
        day = self.qlocale.toDate(text, self._date_format())
        if not day.isValid() and _ISO_DATE.fullmatch(text):
            day = QDate.fromString(text, "yyyy-MM-dd")
        if not day.isValid():
            raise InvalidInput("field_not_a_date", label=self.field.label, text=text)
        return day.toString("yyyy-MM-dd")

    def _json_value(self) -> str | None:
        text = self.json_edit.toPlainText()
        if not text.strip():
            return None
        try:
            parsed = _load_json(text)
        except json.JSONDecodeError as exc:
            raise InvalidInput(
                "field_not_json", label=self.field.label, detail=json_fault_place(exc)
            ) from None
        if _reads_as(self._stored, SettingType.JSON) and _load_json(self._stored) == parsed:
            return self._stored
        return json.dumps(parsed, ensure_ascii=False)

    def _bands_value(self) -> str | None:
        text = self.bands_edit.value()
        if _reads_as(self._stored, SettingType.JSON) and _load_json(self._stored) == _load_json(
            text
        ):
            return self._stored
        return text

    def _raw_text(self) -> str:
        match self._type:
            case SettingType.JSON if self._as_bands:
                return self.bands_edit.value() if self.bands_edit.rows_text() else ""
            case SettingType.NUMBER:
                return self.number_edit.text().strip()
            case SettingType.DATE:
                return self.date_edit.text().strip()
            case SettingType.JSON:
                return self.json_edit.toPlainText().strip()
            case SettingType.BOOLEAN:
                return "true" if self.check_box.isChecked() else "false"
        return self.text_edit.text().strip()

    # ----------------------------------------------------------------- showing

    def _show_page(self) -> None:
        bands = self._type is SettingType.JSON and self._as_bands
        page = self.bands_edit if bands else self._pages[self._type]
        # A stack is as large as its largest page: the others are made to take no room,
        # so a number is one line high, not as tall as the JSON page.
        for other in (*self._pages.values(), self.bands_edit):
            ignored = QSizePolicy.Policy.Ignored
            if other is page:
                other.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            else:
                other.setSizePolicy(ignored, ignored)
        self.json_edit.setMinimumHeight(self._json_height if page is self.json_edit else 0)
        self.stack.setCurrentWidget(page)
        self.stack.updateGeometry()
        self.setFocusProxy(self.number_edit if self._type is SettingType.NUMBER else page)

    def _display(self, text: str | None) -> None:
        """Show ``text`` (the database's spelling) in the current type's widget."""
        self._loading = True
        try:
            readable = _reads_as(text, self._type)
            match self._type:
                case SettingType.NUMBER:
                    shown = format_number(Decimal(text), self.qlocale) if readable else text
                    self.number_edit.setText(shown or "")
                case SettingType.BOOLEAN:
                    self.check_box.setChecked(text == "true")
                case SettingType.DATE:
                    day = QDate.fromString(text, "yyyy-MM-dd") if readable else None
                    shown = self.qlocale.toString(day, self._date_format()) if day else text
                    self.date_edit.setText(shown or "")
                case SettingType.JSON:
                    rows = self._bands_of(text)
                    if rows is not None:
                        self.bands_edit.set_rows(rows)
                    else:
                        pretty = (
                            json.dumps(_load_json(text), indent=2, ensure_ascii=False)
                            if readable
                            else text
                        )
                        self.json_edit.setPlainText(pretty or "")
                case _:
                    self.text_edit.setText(text or "")
                    self.text_edit.setCursorPosition(0)
        finally:
            self._loading = False

    def _bands_of(self, text: str | None) -> list | None:
        """The rows of the bands table for ``text``, and whether it shows (None: not the
        PAYE bands, or JSON the table cannot show, edited as text then)."""
        rows = read_bands(text) if self._key == paye_bands.KEY else None
        as_bands = rows is not None
        if as_bands != self._as_bands:
            self._as_bands = as_bands
            self._show_page()
        return rows

    def _date_format(self) -> str:
        return date_pattern(self.qlocale)

    # ----------------------------------------------------------------- slots

    @slot_while_whole(keeps="qlocale")
    def _on_check_box_clicked(self) -> None:
        self._bool_chosen = True
        self.edited.emit()

    @slot_while_whole(keeps="qlocale")
    def _on_json_text_changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    @slot_while_whole(keeps="qlocale")
    def _on_calendar_about_to_show(self) -> None:
        try:
            current = self._date_value()
        except InvalidInput:
            current = None
        day = QDate.fromString(current, "yyyy-MM-dd") if current else QDate.currentDate()
        self.calendar.setSelectedDate(day)

    @slot_while_whole(QDate, keeps="qlocale")
    def _on_calendar_chosen(self, day: QDate) -> None:
        if self.is_read_only():
            return
        self.date_edit.setText(self.qlocale.toString(day, self._date_format()))
        self.calendar_button.menu().hide()
        self.date_edit.setFocus()
        self.edited.emit()


def _setting_type(value: str | None) -> SettingType:
    return SettingType(value) if value else SettingType.STRING


def _reads_as(text: str | None, setting_type: SettingType) -> bool:
    """Whether ``text`` is the database's spelling of a ``setting_type`` value."""
    if text is None:
        return False
    match setting_type:
        case SettingType.NUMBER:
            return _CANONICAL_NUMBER.fullmatch(text) is not None
        case SettingType.BOOLEAN:
            return text in ("true", "false")
        case SettingType.DATE:
            iso = _ISO_DATE.fullmatch(text) is not None
            return iso and QDate.fromString(text, "yyyy-MM-dd").isValid()
        case SettingType.JSON:
            try:
                _load_json(text)
            except json.JSONDecodeError:
                return False
            return True
    return True


def _load_json(text: str) -> Any:
    """JSON as PostgreSQL's jsonb reads it: Python's NaN, Infinity and \\u0000 are not."""

    def refuse(name: str) -> Any:
        raise json.JSONDecodeError(f"{name} is not a JSON value", text, text.find(name))

    parsed = json.loads(text, parse_constant=refuse)
    if "\\u0000" in text:
        raise json.JSONDecodeError("\\u0000 is not allowed", text, text.find("\\u0000"))
    return parsed


def _left(widget: QWidget) -> QWidget:
    """``widget`` at the left of a row of its own (a narrow field in a wide form)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    layout.addStretch(1)
    row.setFocusProxy(widget)
    return row
