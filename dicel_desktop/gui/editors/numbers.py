"""Editors of numbers: whole numbers (INT), decimals (NUMERIC quantities, hours) and
amounts of money (NUMERIC with a currency).

Each is a right-aligned line edit read strictly in the person's locale (numbers_text).
Away from the field a number is written as in the grid: grouped in thousands, with the
column's decimals (money: none for a whole amount in a currency without a minor unit,
as the grid does). On entering the field the thousands separators go, so digits can be
inserted anywhere without making the grouping wrong; on leaving they come back. Neither
counts as an edit. A value that is shown and not changed is given back exactly as it
was set (Decimal("1500000.00") stays that, not Decimal("1500000")).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from dicel_desktop.domain.amounts import HOME_CURRENCY, Amount, fraction_places, minor_digits
from dicel_desktop.domain.errors import InvalidInput
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.editors.base import FieldEditor
from dicel_desktop.gui.editors.common import chars_width, locale_or_default, show_read_only
from dicel_desktop.gui.numbers import (
    NumberMarks,
    format_decimal,
    is_group_mark,
    money_grouped_elsewhere,
    money_places,
    parse_decimal,
)
from dicel_desktop.services.columns import DEFAULT_CURRENCY
from dicel_desktop.services.forms import FieldSpec
from dicel_desktop.services.monitoring_values import UNIT, is_count

__all__ = ["DecimalEditor", "IntEditor", "MoneyEditor", "ReadingEditor", "ScaledIntEditor"]


class _FocusLine(QLineEdit):
    """A line edit that says when it gains or loses focus, after its own handling (so a
    Tab into it has already selected the text)."""

    focus_changed = Signal(bool)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focus_changed.emit(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_changed.emit(False)


class _NumberEditor(FieldEditor):
    """What the three number editors share: the line, its two looks, exact round trips."""

    def __init__(
        self, field: FieldSpec, parent: QWidget | None = None, *, locale: QLocale | None = None
    ) -> None:
        super().__init__(field, parent)
        self.qlocale = locale_or_default(locale)
        self._value: Any = None
        self.line = _FocusLine()
        self.line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.line.setAccessibleName(field.label)
        self.line.textEdited.connect(self.edited)
        self.line.focus_changed.connect(self._on_line_focus_changed)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.line)
        self._layout.addStretch(1)  # a number is as wide as its digits, at the left
        self.setFocusProxy(self.line)
        self.setAccessibleName(field.label)

    # ----------------------------------------------------------------- what subclasses say

    def _parse(self, text: str) -> Any:
        """The number ``text`` means; InvalidInput when it is not one."""
        try:
            return parse_decimal(text, self.qlocale)
        except ValueError:
            raise InvalidInput(
                "field_not_a_number", label=self.field.label, text=text, field=self.field.name
            ) from None

    def _places(self, number: Any) -> int:
        """Decimals shown for ``number`` (never fewer than it has: nothing is hidden)."""
        return _own_places(number)

    def _grouped(self) -> bool:
        return True

    # ----------------------------------------------------------------- FieldEditor

    def value(self) -> Any:
        text = self.line.text().strip()
        if not text:
            return None
        number = self._parse(text)
        # Unchanged: the value as it was given, with its own exponent and type.
        if self._value is not None and number == self._value:
            return self._value
        return number

    def set_value(self, value: Any) -> None:
        self._value = None if value is None else self._coerce(value)
        self.line.setText(self._text_for(self._value, focused=self._editing()))
        self.line.setCursorPosition(0 if not self._editing() else len(self.line.text()))

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.line.setReadOnly(read_only)
        show_read_only(self.line, read_only)
        self._reformat(focused=self._editing())

    # ----------------------------------------------------------------- internals

    def _coerce(self, value: Any) -> Any:
        return value if isinstance(value, Decimal) else Decimal(str(value))

    def _editing(self) -> bool:
        return self.line.hasFocus() and not self.is_read_only()

    def _text_for(self, number: Any, *, focused: bool) -> str:
        if number is None:
            return ""
        grouped = self._grouped() and not focused
        return format_decimal(number, self.qlocale, places=self._places(number), grouped=grouped)

    def _is_group(self, char: str) -> bool:
        return is_group_mark(char, self.qlocale)

    def _reformat(self, *, focused: bool) -> None:
        """Write what the line holds in the look for ``focused``; text that is not a
        number stays as typed so the person sees what to correct."""
        text = self.line.text()
        try:
            number = self._parse(text) if text.strip() else None
        except InvalidInput:
            return
        new = self._text_for(number, focused=focused)
        if new == text:
            return
        cursor = self.line.cursorPosition()
        selected_all = bool(text) and self.line.selectedText() == text
        self.line.setText(new)
        if selected_all:
            self.line.selectAll()
        elif focused and new == "".join(ch for ch in text if not is_group_mark(ch, self.qlocale)):
            # Same digits without the separators: keep the cursor between the same digits.
            self.line.setCursorPosition(
                cursor - sum(is_group_mark(ch, self.qlocale) for ch in text[:cursor])
            )
        else:
            self.line.setCursorPosition(len(new) if focused else 0)

    @slot_while_whole(bool, keeps="qlocale")
    def _on_line_focus_changed(self, focused: bool) -> None:
        if not self.is_read_only():
            self._reformat(focused=focused)

    def _set_width(self, sample: str, extra: int = 0) -> None:
        width = chars_width(self.line, sample)
        self.line.setMinimumWidth(width)
        self.line.setMaximumWidth(width + extra)


def _own_places(number: Any) -> int:
    if not isinstance(number, Decimal):
        return 0
    exponent = number.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


class IntEditor(_NumberEditor):
    """A whole number, grouped in thousands unless the column is a year or a rating; the
    allowed range (from the CHECK constraints) as placeholder and tooltip."""

    def __init__(
        self, field: FieldSpec, parent: QWidget | None = None, *, locale: QLocale | None = None
    ) -> None:
        super().__init__(field, parent, locale=locale)
        hint = self._range_hint()
        if hint:
            self.line.setToolTip(hint)
        placeholder = self._range_placeholder()
        if placeholder:
            self.line.setPlaceholderText(placeholder)
        if field.minimum is not None and field.maximum is not None:
            widest = max(abs(field.minimum), abs(field.maximum))
            sample = self._text_for(-widest if field.minimum < 0 else widest, focused=False)
            self._set_width(max(sample, placeholder, key=len) + "0")
        else:
            self._set_width(format_decimal(-(2**31), self.qlocale, grouped=field.grouped), 40)

    def _grouped(self) -> bool:
        return self.field.grouped

    def _coerce(self, value: Any) -> Any:
        return int(value)

    def _parse(self, text: str) -> int:
        problem = InvalidInput(
            "field_not_a_whole_number", label=self.field.label, text=text, field=self.field.name
        )
        if not self.field.grouped and any(is_group_mark(ch, self.qlocale) for ch in text):
            raise problem  # a year is not written "2,025"
        try:
            number = parse_decimal(text, self.qlocale)
        except ValueError:
            raise problem from None
        point = NumberMarks.from_qlocale(self.qlocale).point
        if point in text or number != number.to_integral_value():
            raise problem
        return int(number)

    def _range_placeholder(self) -> str:
        low, high = self.field.minimum, self.field.maximum
        if low is None or high is None:
            return ""
        return f"{self._bound(low)}\u2013{self._bound(high)}"  # an en dash, as in "1 to 5"

    def _range_hint(self) -> str:
        low, high = self.field.minimum, self.field.maximum
        if low is not None and high is not None:
            return self.tr("Between {minimum} and {maximum}").format(
                minimum=self._bound(low), maximum=self._bound(high)
            )
        if low is not None:
            text = self.tr("More than {minimum}") if self.field.minimum_exclusive else None
            text = text or self.tr("At least {minimum}")
            return text.format(minimum=self._bound(low))
        if high is not None:
            text = self.tr("Less than {maximum}") if self.field.maximum_exclusive else None
            text = text or self.tr("At most {maximum}")
            return text.format(maximum=self._bound(high))
        return ""

    def _bound(self, number: Decimal) -> str:
        return format_decimal(number, self.qlocale, grouped=self.field.grouped)


class DecimalEditor(_NumberEditor):
    """A decimal number (hours, quantities) with the column's decimals."""

    def __init__(
        self, field: FieldSpec, parent: QWidget | None = None, *, locale: QLocale | None = None
    ) -> None:
        super().__init__(field, parent, locale=locale)
        self._set_width(self._widest_text())

    def _places(self, number: Any) -> int:
        return max(self.field.scale or 0, _own_places(number))

    def _widest_text(self) -> str:
        precision, scale = self.field.precision or 15, self.field.scale or 0
        widest = Decimal("-" + "9" * max(precision - scale, 1))
        return format_decimal(widest, self.qlocale, places=scale)


class ReadingEditor(DecimalEditor):
    """A monitoring reading's value or threshold (``services.monitoring_values``): whole
    where its metric has no unit, a count ("1", as its list says it, not "1.00"), with the
    column's decimals where it has one ("27.18", "80.00"). The form tells it the unit
    (``follow``) before its value, and again as the unit is typed."""

    follows = UNIT

    def __init__(
        self, field: FieldSpec, parent: QWidget | None = None, *, locale: QLocale | None = None
    ) -> None:
        self._count = False
        super().__init__(field, parent, locale=locale)

    def follow(self, unit: str | None) -> None:
        count = is_count(unit)
        if count != self._count:
            self._count = count
            self._reformat(focused=self._editing())

    def _places(self, number: Any) -> int:
        if self._count:
            # A fraction an agent wrote is still shown: only the scale's zeros go.
            return fraction_places(number) if isinstance(number, Decimal) else 0
        return super()._places(number)


class MoneyEditor(DecimalEditor):
    """An amount, its currency's code beside it (RWF unless the form says otherwise with
    ``set_currency``, as the record's currency field changes).

    ``whole_units``: money paid (a payment, an expense, a salary) in a currency without a
    minor unit in use (RWF, ISO 4217: 0 decimals) is whole: a typed fraction is refused
    (``amount_not_whole``) in the currency ``set_currency`` gave last, as the database
    refuses it; in a currency with cents, a third decimal is (``amount_too_precise``). A
    value given and not changed is given back as it was (an invoice still owing cents can
    be settled, an expense filed with cents before francs were whole kept)."""

    def __init__(
        self,
        field: FieldSpec,
        parent: QWidget | None = None,
        *,
        locale: QLocale | None = None,
        whole_units: bool = False,
    ) -> None:
        self.currency = DEFAULT_CURRENCY
        self.whole_units = whole_units
        super().__init__(field, parent, locale=locale)
        self.currency_label = QLabel(self.currency)
        self.currency_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Three letters of the widest kind keep the number from moving as the code changes.
        self.currency_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("WWW"))
        self._layout.insertWidget(1, self.currency_label)
        self._update_accessible_name()

    def set_currency(self, code: str | None) -> None:
        """Show amounts in ``code`` (None or empty: the default, RWF)."""
        code = (code or "").strip().upper() or DEFAULT_CURRENCY
        if code == self.currency:
            return
        self.currency = code
        self.currency_label.setText(code)
        self._update_accessible_name()
        self._reformat(focused=self._editing())

    def _places(self, number: Any) -> int:
        # As the grid writes it: "1,500,000 RWF", stored cents never hidden.
        return money_places(Decimal(number), self.currency)

    def _parse(self, text: str) -> Any:
        # « 150,000 » in French, "150.000" in English: a thousands group read the other
        # way would be 150, with no word (money40 #1). Refused, saying how to write it in
        # this language; the text stays in the box, nothing is read. A box that takes a
        # fraction of a franc (a unit price) offers both readings (gui40fix).
        said = money_grouped_elsewhere(
            text,
            NumberMarks.from_qlocale(self.qlocale),
            self.currency,
            whole_units=self.whole_units,
            scale=self.field.scale,
        )
        if said:
            raise InvalidInput("amount_grouped_elsewhere", field=self.field.name, problem=said)
        return super()._parse(text)

    def value(self) -> Any:
        number = super().value()
        if (
            not self.whole_units
            or number is None
            or number is self._value  # as given: not the person's fraction
        ):
            return number
        minor = minor_digits(self.currency)
        if fraction_places(number) > minor:
            # As the database refuses it: no fraction of a unit RWF does not use (DW329),
            # no third decimal of a cent (DW336, migration 0060).
            raise InvalidInput(
                # Francs: the one sentence of every money box (migration 0089).
                ("amount_has_cents" if self.currency == HOME_CURRENCY else "amount_not_whole")
                if minor == 0
                else "amount_too_precise",
                field=self.field.name,
                amount=Amount(number, self.currency),
                currency=self.currency,
                places=minor,
            )
        return number

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self._update_accessible_name()

    def _update_accessible_name(self) -> None:
        # A screen reader says the currency with the amount's name: the name the editor
        # was given (a form's label in the reader's language), else the field's.
        name = self.accessibleName() or self.field.label
        self.line.setAccessibleName(f"{name} ({self.currency})")


class ScaledIntEditor(IntEditor):
    """A risk's likelihood, impact or score: its number and, while not being typed, the
    heatmap's word for it ("5 - Almost certain", "25 - Critical"; gui/risk_words.py)."""

    def __init__(
        self, field: FieldSpec, parent: QWidget | None = None, *, locale: QLocale | None = None
    ) -> None:
        super().__init__(field, parent, locale=locale)
        # Words read from the left, as text does.
        self.line.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._set_width(self._text_for(self._widest(), focused=False) + "00")
        if field.name != "risk_score":
            # An empty box says what its ends mean, and the tooltip every step (a
            # user-eye review: a new assessment's bare "1-5" left 3 to be guessed).
            from dicel_desktop.gui.risk_words import scale_word, with_word

            steps = [with_word(str(v), scale_word(field.table, field.name, v)) for v in range(1, 6)]
            self.line.setPlaceholderText(f"{steps[0]} … {steps[-1]}")
            self.line.setToolTip("\n".join(steps))

    def _widest(self) -> int:
        from dicel_desktop.gui.risk_words import scale_word

        values = range(1, 26) if self.field.name == "risk_score" else range(1, 6)
        return max(values, key=lambda v: len(scale_word(self.field.table, self.field.name, v)))

    def _text_for(self, number: Any, *, focused: bool) -> str:
        from dicel_desktop.gui.risk_words import scale_word, with_word

        text = super()._text_for(number, focused=focused)
        if focused or number is None:
            return text
        return with_word(text, scale_word(self.field.table, self.field.name, int(number)))

    def _parse(self, text: str) -> int:
        # The word is shown, never typed: the number is what comes before it.
        return super()._parse(text.split(" \u2013 ", 1)[0])
