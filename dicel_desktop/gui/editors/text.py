"""Editors of text: one line (VARCHAR), with light help for e-mail addresses and phone
numbers, and several lines (TEXT)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSizeF, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.domain.contact_rules import email_cause, phone_cause
from dicel_desktop.domain.step_lines import ShownText
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.editors.base import FieldEditor, LineEditor
from dicel_desktop.gui.editors.common import (
    error_label,
    fit_line_to_length,
    show_read_only,
    too_long_sentence,
)
from dicel_desktop.gui.step_line_words import shown_text
from dicel_desktop.gui.translations import shortcut_text, tr_code
from dicel_desktop.gui.widgets.folded_completer import FoldedCompleter
from dicel_desktop.services.code_words import COMMON_CODES, code_words
from dicel_desktop.services.forms import FieldSpec

__all__ = ["CodedTextEditor", "EmailEditor", "MultilineEditor", "PhoneEditor", "TextEditor"]


class TextEditor(LineEditor):
    """One line of text, about as wide as the column's length allows."""

    def __init__(self, field: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.line.setAccessibleName(field.label)
        self.setAccessibleName(field.label)
        self._show_all: QToolButton | None = None  # once values in use are offered
        if fit_line_to_length(self.line, field.max_length):
            self.row.addStretch(1)  # a short field stays short, at the left

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        show_read_only(self.line, read_only)
        if self._show_all is not None:
            self._show_all.setHidden(read_only)

    def offer(self, words: Sequence[str]) -> None:
        """Values typed before (services/suggestions.py), offered in a list under the box
        as the person types: any part of a word matches, case and accents aside, as the
        quick search reads them (« Helene » offers « Hélène »); the arrow keys and Enter
        take one; anything else may still be typed. Offered again, the list is
        replaced."""
        completer = self.line.completer()
        if isinstance(completer, FoldedCompleter):
            completer.set_words(words)
            return
        completer = FoldedCompleter(words, self.line)
        # A value taken from the list is an edit like a typed one.
        completer.activated.connect(lambda _text: self.edited.emit())
        self.line.setCompleter(completer)
        if self._show_all is None:
            # The whole list, as a drop-down's arrow or Alt+Down would show it: what is
            # in use can be seen before typing anything.
            self._show_all = QToolButton()
            self._show_all.setArrowType(Qt.ArrowType.DownArrow)
            self._show_all.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self._show_all.setToolTip(
                self.tr("Values in use ({shortcut})").format(shortcut=shortcut_text("Alt+Down"))
            )
            self._show_all.setAccessibleName(self.tr("Values in use"))
            self._show_all.clicked.connect(self.show_values_in_use)
            self.row.insertWidget(1, self._show_all)  # a child before it is shown
            self._show_all.setHidden(self.line.isReadOnly())
            shortcut = QShortcut(QKeySequence("Alt+Down"), self.line)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.show_values_in_use)

    @slot_while_whole(keeps="_show_all")
    def show_values_in_use(self) -> None:
        """Every value offered, under the box (nothing when it may not be typed in)."""
        completer = self.line.completer()
        if completer is None or self.line.isReadOnly():
            return
        self.line.setFocus()
        completer.setCompletionPrefix("")
        completer.complete()


class CodedTextEditor(TextEditor):
    """Text that holds a code (``FieldSpec.coded``): it reads as the lists word it, in the
    person's language, whether it may be typed in or not ("Changed" for ``UPDATE``,
    "Banque" for ``bank``, "Utilisateurs" for ``users``).

    Its value is the stored code while its words are left as shown. Text typed or picked
    that is a code of the column (a common one, ``COMMON_CODES``, or one in use, given
    to ``offer``), its words in the person's language or in English, gives that code,
    in any case; other text is a new code, stored as typed. The list under the box
    offers the codes' words, not the codes."""

    def __init__(self, field: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        # The words may be longer than the code (a translation): it is the code they give
        # (``value``) whose length is measured against the column's.
        self._stored: str | None = None
        self._shown = ""  # the words shown for _stored
        # What gives each code known here (case-folded: the words shown, the English
        # words, the code itself) -> the code.
        self._codes: dict[str, str] = {}
        self._common = COMMON_CODES.get((field.table, field.name), ())
        self._in_use: tuple[str, ...] = ()
        for code in self._common:
            self._learn(code)
        if self._common:
            self._offer_words()

    def value(self) -> str | None:
        text = self.line.text().strip()
        if self._stored is not None and text.casefold() == self._shown.casefold():
            return self._stored
        if not text:
            return None
        return self._codes.get(text.casefold(), text)

    def set_value(self, value: Any) -> None:
        self._stored = None if value is None else str(value)
        self._shown = self._words(self._stored) if self._stored else ""
        if self._stored:
            # The record's own code, however rare, is given back by its own words.
            self._learn(self._stored, first=True)
        super().set_value(self._shown)

    def offer(self, words: Sequence[str]) -> None:
        """The codes in use (``words``: stored values, most used first), offered as their
        words, then the common codes not in use."""
        self._in_use = tuple(words)
        for code in self._in_use:
            self._learn(code)
        self._offer_words()

    def _offer_words(self) -> None:
        shown = dict.fromkeys(self._words(code) for code in (*self._in_use, *self._common))
        super().offer(list(shown))

    def _learn(self, code: str, *, first: bool = False) -> None:
        english = code_words(self.field.table, self.field.name, code)
        for key in (self._words(code), english, code):
            if first:
                self._codes[key.casefold()] = code
            else:
                self._codes.setdefault(key.casefold(), code)

    def _words(self, code: str) -> str:
        return tr_code(self.field.table, self.field.name, code)


def _say_two_instead(editor: TextEditor, two: str) -> None:
    """Say ``two`` ("Two numbers: keep one number in this box.") instead of the length
    sentence under ``editor``'s box while it shows: two numbers typed in a 20-character
    box were told only to shorten the text, and the clerk, shortening, met the phone
    sentence next (eye35 §4); told both, "Shorten it to save" was noise once the cause
    was said (eye35b #2)."""
    if editor.too_long.isHidden():
        return
    editor.too_long.setText(two)
    editor.line.setAccessibleDescription(two)


class EmailEditor(TextEditor):
    """An e-mail address: the keyboard of e-mail characters on touch screens and an
    example as placeholder; nothing is refused here (the form says a fault on Save,
    services/form_rules.py), but two addresses in a box too short for them are said as
    two before their length."""

    def __init__(self, field: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.line.setPlaceholderText(self.tr("name@example.rw"))
        self.line.setInputMethodHints(
            Qt.InputMethodHint.ImhEmailCharactersOnly | Qt.InputMethodHint.ImhNoAutoUppercase
        )

    @slot_while_whole(keeps="line")
    def _say_length(self) -> None:
        super()._say_length()
        if email_cause(self.line.text().strip()) == "two_addresses":
            _say_two_instead(self, self.tr("Two addresses: keep one address in this box."))


class PhoneEditor(TextEditor):
    """A phone number: the dialling keyboard on touch screens and a Rwandan example; two
    numbers in a box too short for them are said as two before their length."""

    def __init__(self, field: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.line.setPlaceholderText(self.tr("+250 788 123 456"))
        self.line.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)

    @slot_while_whole(keeps="line")
    def _say_length(self) -> None:
        super()._say_length()
        if phone_cause(self.line.text().strip()) == "two_numbers":
            _say_two_instead(self, self.tr("Two numbers: keep one number in this box."))


class GrowingText(QPlainTextEdit):
    """A text box three lines high that grows with its text up to ``MAX_LINES``, then
    scrolls: a long note does not push the rest of the form out of sight."""

    MIN_LINES = 3
    MAX_LINES = 10

    def __init__(self) -> None:
        super().__init__()
        # Tab moves to the next field, as everywhere else in a form.
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self._fit_height()

    # Declared (reading no attribute of its own): PySide keeps a slot made for a plain
    # method where the collector clears it (gui/collected.py).
    @Slot(QSizeF)
    def _fit_height(self, *_args: Any) -> None:
        # QPlainTextEdit's document height counts lines (wrapped ones included).
        content = int(self.document().documentLayout().documentSize().height())
        # All of it shows up to MAX_LINES: no scroll bar then (an "as needed" one can
        # linger from an earlier, smaller size).
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if content > self.MAX_LINES
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        lines = max(self.MIN_LINES, min(self.MAX_LINES, content))
        margins = self.contentsMargins()  # the frame, as a scroll area's margins
        viewport = self.viewportMargins()
        height = (
            lines * self.fontMetrics().lineSpacing()
            + 2 * int(self.document().documentMargin() + 0.5)
            + margins.top()
            + margins.bottom()
            + viewport.top()
            + viewport.bottom()
            + 2  # the last line's descent rounding: no scroll bar for three lines
        )
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_height()


class MultilineEditor(FieldEditor):
    """Several lines of text (TEXT columns: descriptions, notes, findings).

    A text longer than its column keeps (``FieldSpec.max_length``: domain/text_limits.py,
    which the database's CHECK keeps too) is not cut: it stays as typed, and a sentence
    under the box says how long it is and how long it may be, until it is shortened (the
    form refuses to save it meanwhile: services/form_rules.py).

    Where steps write dated lines into the column (``gui.step_line_words``: a risk's
    mitigation measures, a case's description), the box shows them in the person's
    words ("Clôturée le 6 décembre 2026 : …") and its value gives each line left as
    shown back as stored, so an edit elsewhere in the text keeps them exactly."""

    def __init__(self, field: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self._setting = False
        #: The text loaded, shown with its step lines in words (None: shown as stored).
        self._shown: ShownText | None = None
        #: The text loaded, as stored.
        self._loaded = ""
        self.text = GrowingText()
        self.text.setAccessibleName(field.label)
        self.text.textChanged.connect(self._on_text_changed)
        self.too_long = error_label()
        self.too_long.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.text)
        layout.addWidget(self.too_long)
        self.setFocusProxy(self.text)
        self.setAccessibleName(field.label)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("n" * 30))

    def value(self) -> str | None:
        text = self.text.toPlainText()
        if self._shown is not None:
            text = self._shown.stored_of(text)
        return text.strip() or None

    def set_value(self, value: Any) -> None:
        stored = "" if value is None else str(value)
        self._loaded = stored
        shown = shown_text(self.field.table, self.field.name, stored) if stored else None
        self._shown = shown if shown is not None and shown.changed else None
        self._setting = True
        try:
            self.text.setPlainText(stored if self._shown is None else self._shown.shown)
            if self._shown is not None:
                # Lines as the box gives them back (a no-break space as a space); a text
                # the box breaks otherwise is shown as stored.
                self._shown = self._shown.shown_as(self.text.toPlainText())
                if self._shown is None:
                    self.text.setPlainText(stored)
        finally:
            self._setting = False

    def shown_line(self, quoted: str) -> str | None:
        """The line loaded that a refusal quotes as it reads (DW021's ``line``: English,
        its day ISO, accents folded), as this box showed it ("Clôturée le 6 décembre
        2026 : contrôle"), so the person can put it back; None when no loaded line reads
        so (a line typed)."""
        if self._shown is not None:
            return self._shown.shown_line(quoted)
        lines = tuple(self._loaded.split("\n"))
        return ShownText(self._loaded, lines, lines).shown_line(quoted)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.text.setReadOnly(read_only)
        if read_only:
            # Selectable and copyable with the keyboard too, not only the mouse.
            self.text.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
        show_read_only(self.text, read_only)

    def length_over(self) -> int | None:
        """The length of the text as it would be saved, when over its limit."""
        most = self.field.max_length
        # The document's count (UTF-16 units, a paragraph's end one) bounds the text's
        # characters from above without copying it: a short text is not read.
        if most is None or self.text.document().characterCount() - 1 <= most:
            return None
        length = len(self.text.toPlainText().strip())
        return length if length > most else None

    @slot_while_whole(keeps="_setting")
    def _on_text_changed(self) -> None:
        length = self.length_over()
        if length is None:
            self.too_long.hide()
            self.too_long.clear()
        else:
            self.too_long.setText(
                too_long_sentence(length, self.field.max_length or 0, self.locale())
            )
            self.too_long.show()
        if not self._setting:
            self.edited.emit()
