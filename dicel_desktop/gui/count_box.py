"""A spin box for a count, as a person types it in their locale: a fraction or a misplaced
group mark typed in it is kept and said, not dropped (:class:`CountBox`), and the quantity
box the stock and receiving dialogs use (:func:`quantity_box`). Numbers are read and written
by :mod:`dicel_desktop.gui.numbers`."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.locale_writing import writing_locale
from dicel_desktop.gui.numbers import (
    NumberInputError,
    NumberMarks,
    Problem,
    explain,
    grouped_elsewhere,
    is_group,
    mark_name,
    read_decimal,
    write_decimal,
)

#: The widest count a quantity box holds: nine digits, far above every bound the database
#: sets on a count (``states.MOST_MOVED``). A QSpinBox refuses the keystroke that would
#: pass its maximum, so a box that stopped at a bound turned 150000 typed into 15,000
#: without a word (eye30r, review34 F2): a dialog says a number above its bound and holds
#: its step instead. A tenth digit is still dropped, but what is left has nine digits and
#: stays above every bound, so it is said too, never booked.
BOX_MOST = 999_999_999


class CountBox(QSpinBox):
    """A spin box for a count that keeps a fraction typed in it ("12,5", "1.5") and says
    it, instead of dropping the decimal sign: QSpinBox's validator refused that
    keystroke, and "12,5" became 125 without a word (eye34 #6). While a fraction is in
    the box its value stays the last whole number, :meth:`problem` says why, and Enter
    or leaving the box does not put the last whole number back: the dialog holds its
    step until the person corrects the count. A group separator that does not group
    ("2,5", "12,50" where "," groups thousands) is kept and said the same way (eye35 §2).

    A grouped count still being typed ("1,", "1,2", "1,25" on the way to "1,250") is held
    the same way but said only once the person leaves the box or presses Enter: said at
    each keystroke, the sentence came and went under the box and the dialog jumped
    (review35c F3). :attr:`said` tells the dialog it is now said."""

    #: What is typed is now said (the box was left, or Enter pressed on it).
    said = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._say_typing = False
        self.lineEdit().textChanged.connect(self._on_text_changed)

    @slot_while_whole(str, keeps="_say_typing")
    def _on_text_changed(self, _text: str) -> None:
        if not self.fraction_typed():
            self._say_typing = False  # whole again: the next count is held unsaid too

    def _say_now(self) -> None:
        if not self._say_typing:
            self._say_typing = True
            self.said.emit()

    def _being_typed(self, typed: str) -> bool:
        """Whether ``typed`` may still become a grouped count by typing more digits: its
        last group separator has fewer than three digits after it, and with them it would
        read ("1,2" of "1,250"; not "1,2500", nor "12,5" with a decimal sign)."""
        if any(mark in typed for mark in self._fraction_marks()):
            return False
        marks = NumberMarks.from_qlocale(self.locale())
        where = [i for i, char in enumerate(typed) if is_group(char, marks)]
        if not where:
            return False
        tail = typed[where[-1] + 1 :]
        if len(tail) >= 3 or any(char not in "0123456789" for char in tail):
            return False
        try:
            read_decimal(typed + "0" * (3 - len(tail)), marks)
        except NumberInputError:
            return False
        return True

    def _fraction_marks(self) -> set[str]:
        locale = self.locale()
        # "." and "," are a decimal sign wherever they do not group thousands (a count
        # typed "1.000" in French is not a thousand there either: it is said).
        return ({locale.decimalPoint(), ".", ","} - {locale.groupSeparator()}) - {""}

    def _typed(self, text: str) -> str:
        return text.removeprefix(self.prefix()).removesuffix(self.suffix()).strip()

    def _not_whole(self, typed: str) -> bool:
        """Whether ``typed`` holds a decimal sign ("12,5"), or a group separator that does
        not group ("2,5" in English: one digit after it). Qt's spin box read such a
        separator as nothing, so "2,5" became 25 and "12,50" 1,250 without a word in
        English and Kinyarwanda (eye35 §2); :func:`read_decimal`'s grouping rule, the one
        every amount box reads by, says which separators group."""
        if any(mark in typed for mark in self._fraction_marks()):
            return True
        marks = NumberMarks.from_qlocale(self.locale())
        if not any(is_group(char, marks) for char in typed):
            return False
        try:
            read_decimal(typed, marks)
        except NumberInputError as error:
            return error.problem is Problem.MISPLACED_GROUP
        return False

    def fraction_typed(self) -> str:
        """The number typed as no whole number ("12,5", "2,5" where "," groups
        thousands); "" when it is one (or no number at all, which Qt holds)."""
        typed = self._typed(self.lineEdit().text())
        return typed if self._not_whole(typed) else ""

    def problem(self, of: str = "", *, typing_too: bool = False) -> str:
        """What is wrong with what is typed, in the person's words; "" when nothing is.
        ``of`` names what the box counts, where a dialog has a box a line (Receive…): a
        sentence under several lines that did not say which one left the clerk looking
        for the box at fault. A count still being typed is "" until the box was left or
        Enter pressed (``typing_too``: said all the same, as a button's tooltip)."""
        typed = self.fraction_typed()
        if not typed:
            return ""
        being_typed = self._being_typed(typed)
        if being_typed and not (self._say_typing or typing_too):
            return ""
        if not being_typed and not any(mark in typed for mark in self._fraction_marks()):
            # "1,2500": whole, grouped wrongly; not a fraction (review35c F3).
            marks = NumberMarks.from_qlocale(self.locale())
            group, example = mark_name(marks.group), write_decimal(Decimal(1234567), marks)
            if of:
                return QCoreApplication.translate(
                    "Numbers",
                    "“{text}” typed for {what}: {group} separates groups of three digits,"
                    " as in {example}.",
                ).format(text=typed, what=of, group=group, example=example)
            return QCoreApplication.translate(
                "Numbers", "“{text}”: {group} separates groups of three digits, as in {example}."
            ).format(text=typed, group=group, example=example)
        grouped = self._grouped_elsewhere(typed, of)
        if grouped:  # « 150,000 », « 150.000 » in French: a thousands grouping (eye35b #3)
            return grouped
        if of:
            return QCoreApplication.translate(
                "Numbers",
                "“{text}” typed for {what} is not a whole number: a count takes whole units only.",
            ).format(text=typed, what=of)
        return QCoreApplication.translate(
            "Numbers", "“{text}” is not a whole number: a count takes whole units only."
        ).format(text=typed)

    def _grouped_elsewhere(self, typed: str, of: str) -> str:
        """The sentence for a count whose digits are grouped by three with a mark this
        locale reads as a decimal sign ("write 150 000", the whole amounts' sentence,
        :func:`explain`; ``of`` as :meth:`problem`'s); "" when it is not one."""
        used = [mark for mark in self._fraction_marks() if mark in typed]
        meant = grouped_elsewhere(typed, used[0]) if len(used) == 1 else None
        if meant is None:
            return ""
        marks = NumberMarks.from_qlocale(self.locale())
        if of:
            return QCoreApplication.translate(
                "Numbers",
                "“{text}” typed for {what}: thousands are separated by {group} here; "
                "write {example}.",
            ).format(
                text=typed,
                what=of,
                group=mark_name(marks.group),
                example=write_decimal(meant, marks),
            )
        error = NumberInputError(typed, Problem.FOREIGN_DECIMAL_SIGN, marks, used[0])
        return explain(error, whole=True)

    def validate(self, text: str, pos: int) -> object:
        if self._not_whole(self._typed(text)):
            # Kept as typed; not a value (so not Acceptable), to be corrected.
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.fraction_typed() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Not the dialog's default button, and not the last whole number put back.
            event.accept()
            self._say_now()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self.fraction_typed():
            # QAbstractSpinBox would put the last whole number back without a word.
            QWidget.focusOutEvent(self, event)
            self._say_now()
            return
        super().focusOutEvent(event)


def quantity_box() -> CountBox:
    """A spin box for a count of pieces, from 0 to :data:`BOX_MOST`, grouped (999,999)
    and read with the marks the person's offices write
    (:func:`~dicel_desktop.gui.locale_writing.writing_locale`): a spin box formats and
    parses with its own locale, so in Kinyarwanda it wrote and read CLDR's 123.456 where
    the grid shows 123,456 (code review)."""
    box = CountBox()
    box.setLocale(writing_locale(box.locale()))
    box.setGroupSeparatorShown(True)
    box.setRange(0, BOX_MOST)
    return box
