"""What several editors share: the read-only look, sizes measured in characters, the
empty choice of nullable fields, and the sentence of an editor's own error."""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.editors.base import FieldEditor
from dicel_desktop.gui.locale_writing import writing_locale
from dicel_desktop.gui.theme import error_colour
from dicel_desktop.gui.widgets.fit import grow_to_fit
from dicel_desktop.services.forms import NOW_WHEN_SAVED, FieldSpec


def too_long_sentence(length: int, most: int, locale: QLocale) -> str:
    """Under a box whose text is longer than its column keeps (migration 0085's limit):
    how long it is and how long it may be. One sentence for one line and several."""
    return (
        QCoreApplication.translate(
            "MultilineEditor",
            "This text is %1 characters long: it may hold at most %2. Shorten it to save.",
        )
        # Numbers as the person's offices write them ("3,000" in Kinyarwanda, not CLDR's
        # "3.000"), as every other count the window shows.
        .replace("%1", writing_locale(locale).toString(length))
        .replace("%2", writing_locale(locale).toString(most))
    )


def say_too_long(sentence: QLabel, line: QWidget, length: int | None, most: int) -> None:
    """Under ``line``, and as its accessible description, how long its text is and may be
    while ``length`` (its text's, as it would be saved) is over ``most``; nothing once it
    is not (None)."""
    if length is None:
        sentence.hide()
        sentence.clear()
        line.setAccessibleDescription("")
        return
    said = too_long_sentence(length, most, line.locale())
    sentence.setText(said)
    sentence.show()
    line.setAccessibleDescription(said)


#: A QLineEdit's largest maximum length (a C++ int): nothing typed comes near it.
_NO_CUT = 2**31 - 1


class LengthLimit(QObject):
    """A dialog's own one-line box (a plain ``QLineEdit``) whose text goes to a column
    keeping at most ``most`` characters (``services.forms.text_limit``). It keeps what
    is typed or pasted, never cut (``setMaxLength`` cut a pasted 132-character reference
    to 100 without a word), and says under the box (:attr:`sentence`, which the dialog
    lays out right under it) how long the text is and may be, as a record's editors do
    (``LineEditor``). The dialog's action asks :meth:`holds_back` first."""

    def __init__(self, line: QLineEdit, most: int) -> None:
        super().__init__(line)
        self.line = line
        self.most = most
        # Not even QLineEdit's own default of 32,767 cuts a paste: the sentence says its
        # whole length.
        line.setMaxLength(_NO_CUT)
        self.sentence = error_label()
        self.sentence.hide()
        line.textChanged.connect(self._say)
        line.installEventFilter(self)  # its width changes the sentence's lines

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.sentence.isVisible():
            self._fit()
        return False

    def length_over(self) -> int | None:
        """The length of the text as it would be sent (stripped), when over the limit."""
        length = len(self.line.text().strip())
        return length if length > self.most else None

    @slot_while_whole(keeps="line")
    def _say(self) -> None:
        say_too_long(self.sentence, self.line, self.length_over(), self.most)
        if self.sentence.isVisibleTo(self.line.window()):
            self._fit()

    def _fit(self) -> None:
        """The sentence as high as its lines at the box's width, and the dialog grown to
        show it: a form layout sized a wrapped label for another width (a gap of three
        lines under a sentence of two in Move stock; in New user, three sentences cut to
        a line and a half each)."""
        width = self.line.width()
        if width > 0:
            self.sentence.setFixedHeight(self.sentence.heightForWidth(width))
        grow_to_fit(self.line.window())

    def holds_back(self) -> bool:
        """True while the text is too long to send: the focus goes to the box, the
        sentence under it says why; nothing the person typed changes."""
        if self.length_over() is None:
            return False
        self._say()
        self.line.setFocus(Qt.FocusReason.OtherFocusReason)
        return True


def error_label() -> QLabel:
    """A sentence in the error colour, right under the field it is about."""
    label = QLabel()
    label.setWordWrap(True)
    # Right under the field it is about, whatever height the row is given.
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, error_colour(palette))
    label.setPalette(palette)
    return label


class _WheelHeld(QObject):
    """Passes a wheel turned over an unfocused box on to what holds it (review35b F4)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus():
            return False  # the person chose the box: the wheel turns its choice
        area = _scroll_area_of(watched)
        if area is None:
            return False  # nothing to scroll: as Qt has it
        # To the form's scroll area, which scrolls on. (Qt passes a wheel a widget did
        # not take up to its parents only when the system sent it.)
        QCoreApplication.sendEvent(area.viewport(), event)
        return True


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    holder = widget.parentWidget()
    while holder is not None:
        if isinstance(holder, QAbstractScrollArea):
            return holder
        holder = holder.parentWidget()
    return None


@functools.cache
def _wheel_held() -> _WheelHeld:
    return _WheelHeld()


def hold_wheel(combo: QComboBox) -> None:
    """A combo in a form that scrolls changes its choice only once it has the focus: a
    wheel turned while the pointer passes over it scrolls the form, as over a line. A
    QComboBox takes the wheel unfocused, picked the next item and said it was edited:
    scrolling an employee's form past Contract type or a contact's Relationship
    changed them, and the next Save stored it (review35b F4). Nor does the wheel give it
    the focus (``StrongFocus`` rather than Qt's ``WheelFocus``)."""
    if combo.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    combo.installEventFilter(_wheel_held())
    line = combo.lineEdit()
    if line is not None:
        # An editable combo's line is the first to get the wheel; it forwards it to the
        # combo, which passes it on while unfocused.
        line.installEventFilter(_wheel_held())


def may_be_empty(field: FieldSpec) -> bool:
    """Whether the person may leave the field empty (NULL): not required, and no server
    default that an empty value would override with NULL (a NOT NULL column with a
    default is "not required" only because the server fills it on insert)."""
    return not field.required and field.default in (None, NOW_WHEN_SAVED)


def show_read_only(widget: QWidget, read_only: bool) -> None:
    """Read-only inputs get the window's background behind normal black text: clearly
    not for typing, never greyed out to illegibility (as a disabled widget would be)."""
    if not read_only:
        widget.setPalette(QPalette())
        widget.setAutoFillBackground(False)
        return
    palette = QPalette(widget.palette())
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
    widget.setPalette(palette)


def chars_width(widget: QWidget, sample: str, extra: int = 0) -> int:
    """Pixels for ``sample`` in ``widget``'s font, plus the frame and margins of a line
    edit and ``extra`` (buttons beside the text)."""
    metrics = widget.fontMetrics()
    # A line edit's frame, its text margins and the cursor: about two average characters.
    return metrics.horizontalAdvance(sample) + 2 * metrics.averageCharWidth() + 12 + extra


def fit_line_to_length(line: QLineEdit, max_length: int | None) -> bool:
    """A VARCHAR(n) box about as wide as n characters, within reason: a 3-letter code is
    narrow, a 20-digit phone number medium, a 255-character name takes the form's width.
    True if the box got a maximum width (so it should sit at the left of its cell)."""
    if not max_length:
        return False
    shown = min(max(max_length, 4), 60)
    width = chars_width(line, "n" * shown)
    line.setMinimumWidth(min(width, chars_width(line, "n" * 12)))
    if max_length > 60:
        return False
    line.setMaximumWidth(width)
    return True


def yes_no(value: Any) -> str:
    """A boolean as the grid writes it."""
    if value is None:
        return ""
    if value:
        return QCoreApplication.translate("FieldEditor", "Yes")
    return QCoreApplication.translate("FieldEditor", "No")


def locale_or_default(locale: QLocale | None) -> QLocale:
    return QLocale(locale) if locale is not None else QLocale()


class SwitchingEditor(FieldEditor):
    """An editor whose input (a check box, a combo, chips) makes a poor read-only view:
    read-only, it shows its value as text in a read-only line instead, as the grid
    writes it, selectable and copyable. Subclasses put their input in ``self.row`` (a
    layout before a stretch) with ``set_input`` and say how the value reads with
    ``display_text``."""

    def __init__(self, field: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.input_widget: QWidget | None = None
        self.display = QLineEdit()
        self.display.setReadOnly(True)
        self.display.setAccessibleName(field.label)
        show_read_only(self.display, True)
        self.display.hide()
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.display)
        self.setAccessibleName(field.label)

    def set_input(self, widget: QWidget, *, stretch: bool = True) -> None:
        """``widget`` is what the person edits; ``stretch``: keep it at its own width,
        left-aligned, rather than as wide as the form."""
        self.input_widget = widget
        widget.setAccessibleName(self.field.label)
        self.row.insertWidget(0, widget)
        if stretch:
            self.row.addStretch(1)
        self.setFocusProxy(widget)

    def display_text(self) -> str:
        """The value as the grid writes it (subclasses with labels say it better)."""
        value = self.value()
        return "" if value is None else str(value)

    def refresh_display(self) -> None:
        if self.is_read_only():
            text = self.display_text()
            self.display.setText(text)
            self.display.setCursorPosition(0)
            assert self.input_widget is not None
            # As wide as the text (within reason) or the input it stands for.
            wanted = min(chars_width(self.display, text), 480)
            self.display.setMinimumWidth(max(self.input_widget.sizeHint().width(), wanted))

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        assert self.input_widget is not None
        had_focus = self.focusWidget() is not None and self.isAncestorOf(self.focusWidget())
        self.input_widget.setVisible(not read_only)
        self.display.setVisible(read_only)
        self.setFocusProxy(self.display if read_only else self.input_widget)
        self.refresh_display()
        if had_focus:
            self.setFocus()
