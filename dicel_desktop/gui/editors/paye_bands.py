"""The PAYE bands as a small table (``payroll.paye_bands``, paye35; eye34 #2).

The setting is JSON (``[{"upto": 60000, "rate": 0}, ..., {"upto": null, "rate": 30}]``)
and an administrator typed it by hand, the sentences quoting the JSON to type. Here each
band is a row: where it starts (the band before it's upper limit, shown, not typed), its
upper limit and its rate, amounts in the person's grouping ("60,000", « 60 000 »). The
last band's upper limit is left blank: it reads "and above". Add band and Remove band
change the rows; Insert and Ctrl+Delete do the same in the table.

What is wrong is said beside the table as it is typed, one sentence per band at fault,
by the rules of ``domain/paye_bands`` (the database's, DW030): the same list the form
checks before saving (services/form_rules.py). :meth:`PayeBandsTable.value` gives the
JSON the database reads; a cell that reads as no number raises ``InvalidInput``.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dicel_desktop.domain import paye_bands
from dicel_desktop.domain.errors import InvalidInput
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.editors.common import error_label
from dicel_desktop.gui.error_sentences import sentence
from dicel_desktop.gui.numbers import (
    NumberInputError,
    explain,
    format_decimal,
    format_percent,
    parse_decimal,
)
from dicel_desktop.gui.records.titles import in_a_list
from dicel_desktop.gui.theme import error_colour
from dicel_desktop.gui.translations import shortcut_text

__all__ = ["PayeBandsTable", "read_bands", "write_bands"]

#: The columns: where a band starts (shown), its upper limit and its rate (typed).
FROM, UPTO, RATE = 0, 1, 2
#: The column of each band fault of ``domain/paye_bands`` (the cell marked); a band that
#: is no band, or no list, has no cell of its own.
FAULT_COLUMNS = {"rate": RATE, "upto": UPTO, "open": UPTO, "last": UPTO}
#: What a typed amount or rate may end with, as the column's header says it.
_UNITS = {UPTO: ("rwf",), RATE: ("%",)}


def read_bands(text: str | None) -> list[tuple[Decimal | None, Decimal | None]] | None:
    """The bands of the JSON ``text`` as (upper limit, rate) rows, or None when it is no
    list of bands the table can show (then the form keeps the JSON as typed)."""
    if text is None:
        return []
    try:
        bands = json.loads(text, parse_float=Decimal)
    except ValueError:
        return None
    if not isinstance(bands, list) or not all(isinstance(band, dict) for band in bands):
        return None
    rows: list[tuple[Decimal | None, Decimal | None]] = []
    for band in bands:
        if set(band) - {"upto", "rate"}:
            return None  # a key the table has no column for would be lost
        upto, rate = band.get("upto"), band.get("rate")
        if not all(_is_number(v) or v is None for v in (upto, rate)):
            return None
        rows.append((_decimal(upto), _decimal(rate)))
    return rows


def write_bands(rows: list[tuple[Decimal | None, Decimal | None]]) -> str:
    """The JSON the database reads: ``[{"upto": 60000, "rate": 0}, ...]``, numbers in
    plain notation (``0.5``, never ``5E-1``), a blank limit ``null``."""

    def number(value: Decimal | None) -> str:
        if value is None:
            return "null"
        return format(value.normalize(), "f") if value == value.to_integral() else str(value)

    bands = (f'{{"upto": {number(upto)}, "rate": {number(rate)}}}' for upto, rate in rows)
    return "[" + ", ".join(bands) + "]"


def _is_number(value: object) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def _decimal(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


class _Delegate(QStyledItemDelegate):
    """The last band's blank upper limit reads "and above", in the hint's grey."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        last = index.row() == index.model().rowCount() - 1
        if index.column() == UPTO and last and not option.text.strip():  # type: ignore[attr-defined]
            option.text = QCoreApplication.translate("SettingValueEditor", "and above")  # type: ignore[attr-defined]
            grey = option.palette.color(QPalette.ColorRole.PlaceholderText)  # type: ignore[attr-defined]
            option.palette.setColor(QPalette.ColorRole.Text, grey)  # type: ignore[attr-defined]


class PayeBandsTable(QWidget):
    """See the module docstring."""

    #: The person changed a band (typed, added or removed one).
    edited = Signal()

    def __init__(self, locale: QLocale | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.qlocale = locale or QLocale()
        self._read_only = False
        self._filling = False

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("SettingValueEditor", "From (RWF)"),
                QCoreApplication.translate("SettingValueEditor", "Up to (RWF)"),
                QCoreApplication.translate("SettingValueEditor", "Rate (%)"),
            ]
        )
        self.table.setAccessibleName(QCoreApplication.translate("SettingValueEditor", "PAYE bands"))
        self.table.setItemDelegate(_Delegate(self.table))
        # Tab leaves the table, as it leaves every field; the arrows move between cells.
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The chosen cell's header is not made bold (it cut "Kugeza kuri (RWF)" short).
        header.setHighlightSections(False)
        self.table.verticalHeader().setHighlightSections(False)
        # Each column as wide as its header in the reader's words, or an amount of
        # eleven digits with its groups.
        digits = self.fontMetrics().horizontalAdvance("0") * 14
        words = [
            header.fontMetrics().horizontalAdvance(
                header.model().headerData(c, Qt.Orientation.Horizontal)
            )
            for c in range(3)
        ]
        width = (
            sum(max(digits, w + 24) for w in words)
            + self.fontMetrics().horizontalAdvance("00")
            + 12
        )
        self.table.setMinimumWidth(width)
        self.table.setMaximumWidth(width + width // 2)
        self.table.itemChanged.connect(self._on_item_changed)

        self.add_button = self._button(
            QCoreApplication.translate("SettingValueEditor", "Add band"),
            QCoreApplication.translate(
                "SettingValueEditor",
                "A new band under the one chosen; the open last band stays last",
            ),
            "Ins",
            self._on_add_clicked,
        )
        self.remove_button = self._button(
            QCoreApplication.translate("SettingValueEditor", "Remove band"),
            QCoreApplication.translate("SettingValueEditor", "Remove the band chosen"),
            "Ctrl+Del",
            self._on_remove_clicked,
        )
        #: Each band's fault, beside the table, as it is typed.
        self.faults = error_label()
        self.faults.hide()

        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        side.addLayout(buttons)
        side.addWidget(self.faults, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(side, 1)
        self.setFocusProxy(self.table)
        self.set_read_only(False)
        self._fit_height()

    def _button(self, text: str, tip: str, keys: str, action) -> QPushButton:
        """A button, and its keys in the table (not while a cell is typed in: there
        Insert and Delete edit the text), as the JSON lists' editors have them."""
        button = QPushButton(text)
        sequence = QKeySequence(keys)
        button.setToolTip(f"{tip} ({shortcut_text(keys)})")
        button.clicked.connect(action)
        shortcut = QShortcut(sequence, self.table, context=Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(action)
        return button

    # ----------------------------------------------------------------- reading

    def rows_text(self) -> list[tuple[str, str]]:
        """What each band's upper limit and rate cells hold, as typed."""
        return [(self._text(row, UPTO), self._text(row, RATE)) for row in range(self._rows())]

    def value(self) -> str:
        """The bands as the JSON the database reads; InvalidInput (its sentence says
        which band and cell) when a cell reads as no number."""
        rows: list[tuple[Decimal | None, Decimal | None]] = []
        for at, (upto, rate) in enumerate(self.rows_text(), start=1):
            rows.append((self._read(at, UPTO, upto), self._read(at, RATE, rate)))
        return write_bands(rows)

    def fault_sentences(self) -> list[str]:
        """What is wrong, one sentence per cell at fault, band by band, in the person's
        words."""
        said = self._faults()
        return [text for band in sorted(said) for text, _column in said[band]]

    def _faults(self) -> dict[int, list[tuple[str, int | None]]]:
        """Band -> each of its faults: (its sentence, the column of the cell at fault or
        None), one per cell. A band with a blank rate and an "Up to" below the band
        before it's is said for both at once: said for its rate only, it took two rounds
        (eye35b #5)."""
        said: dict[int, list[tuple[str, int | None]]] = {}

        def add(band: int, text: str, column: int | None) -> None:
            found = said.setdefault(band, [])
            if all(at != column for _text, at in found):
                found.append((text, column))

        rows: list[tuple[Decimal | None, Decimal | None]] = []
        for at, (upto, rate) in enumerate(self.rows_text(), start=1):
            read: list[Decimal | None] = []
            for column, text in ((UPTO, upto), (RATE, rate)):
                try:
                    read.append(self._read(at, column, text))
                except InvalidInput as error:
                    add(at, sentence(error), column)
                    read.append(Decimal(0))  # said; the other bands are still measured
            if not rate.strip():
                # A blank rate is no wrong percent: it is one still to give (eye35 §7).
                add(at, sentence(InvalidInput("paye_band_row_no_rate", band=at)), RATE)
                read[1] = Decimal(0)  # said; its "Up to" is still measured
            rows.append((read[0], read[1]))
        for fault, band in paye_bands.faults(write_bands(rows)):
            add(
                band,
                sentence(InvalidInput(f"paye_band_row_{fault}", band=band)),
                FAULT_COLUMNS.get(fault),
            )
        return said

    def falling_question(self) -> str:
        """The question to ask before saving bands whose rates fall (a band's rate lower
        than the band before it's: usually a slip, eye35 §7), naming every such band, or
        "" when they rise. Not a fault: the database takes them."""
        found = self._falling()
        if not found:
            return ""
        locale = self.qlocale

        def said(template: str, band: int, rate: Decimal, before: int, before_rate: Decimal) -> str:
            # In one pass: a rate written "10 %" must not be read as a placeholder.
            values = {
                "1": str(band),
                "2": format_percent(rate, locale),
                "3": str(before),
                "4": format_percent(before_rate, locale),
            }
            return re.sub(r"%([1-4])", lambda m: values[m.group(1)], template)

        if len(found) == 1:
            return said(
                QCoreApplication.translate(
                    "SettingValueEditor",
                    "Band %1's rate (%2) is lower than band %3's (%4): PAYE rates usually rise "
                    "from band to band. Save anyway?",
                ),
                *found[0],
            )
        item = QCoreApplication.translate(
            "SettingValueEditor",
            "band %1 (%2, after %4 in band %3)",
            "one band of several whose rate is lower than the band before it's",
        )
        return QCoreApplication.translate(
            "SettingValueEditor",
            "These bands' rates are lower than the band before them: %1. PAYE rates usually "
            "rise from band to band. Save anyway?",
        ).replace("%1", in_a_list([said(item, *fall) for fall in found]))

    def show_falling(self) -> None:
        """Give the focus to the first rate that falls (the person answered No to saving)."""
        found = self._falling()
        if found:
            self.table.setCurrentCell(found[0][0] - 1, RATE)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _falling(self) -> tuple[tuple[int, Decimal, int, Decimal], ...]:
        rates: list[Decimal | None] = []
        for at, (_upto, rate) in enumerate(self.rows_text(), start=1):
            try:
                rates.append(self._read(at, RATE, rate))
            except InvalidInput:
                rates.append(None)  # said as a fault beside the table
        return paye_bands.falling(rates)

    # ----------------------------------------------------------------- writing

    def set_rows(self, rows: list[tuple[Decimal | None, Decimal | None]]) -> None:
        """Show ``rows`` (upper limit, rate) without counting as an edit."""
        self._filling = True
        try:
            self.table.setRowCount(0)
            for upto, rate in rows:
                self._insert(self._rows(), upto, rate)
            self._show_starts()
            if rows:
                self.table.setCurrentCell(0, UPTO)  # where typing starts, not the shown start
        finally:
            self._filling = False
        self._say_faults()
        self._fit_height()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        # Typing, F2 or a double click opens a cell; moving to one does not, so the arrows
        # walk the table and Insert / Ctrl+Delete reach it.
        triggers = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(
            triggers.NoEditTriggers
            if read_only
            else triggers.AnyKeyPressed
            | triggers.EditKeyPressed
            | triggers.DoubleClicked
            | triggers.SelectedClicked
        )
        self.add_button.setEnabled(not read_only)
        self._enable_remove()

    # ----------------------------------------------------------------- slots

    @slot_while_whole(keeps="qlocale")
    def _on_add_clicked(self) -> None:
        if self._read_only:
            return
        current = self.table.currentRow()
        count = self._rows()
        last_open = count > 0 and not self._text(count - 1, UPTO).strip()
        if current < 0 or current >= count - 1:
            # Under the last band that has a limit: the open band stays the last.
            at = count - 1 if last_open else count
        else:
            at = current + 1
        self._filling = True
        try:
            self._insert(at, None, None)
            self._show_starts()
        finally:
            self._filling = False
        self.table.setCurrentCell(at, UPTO if at < self._rows() - 1 else RATE)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._changed()

    @slot_while_whole(keeps="qlocale")
    def _on_remove_clicked(self) -> None:
        row = self.table.currentRow()
        if self._read_only or not 0 <= row < self._rows():
            return
        self.table.removeRow(row)
        if self._rows():
            self.table.setCurrentCell(min(row, self._rows() - 1), UPTO)
        self._filling = True
        try:
            self._show_starts()
        finally:
            self._filling = False
        self._changed()

    @slot_while_whole(QTableWidgetItem, keeps="qlocale")
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        self._filling = True
        try:
            # What reads as a number is shown the person's way ("60000" -> "60,000").
            try:
                number = self._read(item.row() + 1, item.column(), item.text())
            except InvalidInput:
                number = None
            if number is not None:
                item.setText(self._shown(item.column(), number))
            self._show_starts()
        finally:
            self._filling = False
        self._changed()

    # ----------------------------------------------------------------- inside

    def _changed(self) -> None:
        self._say_faults()
        self._fit_height()
        self._enable_remove()
        self.edited.emit()

    def _say_faults(self) -> None:
        faults = self._faults()
        said = self.fault_sentences()
        self.faults.setText("\n".join(said))
        self.faults.setVisible(bool(said))
        self.table.setAccessibleDescription(" ".join(said))
        self._mark_cells(faults)

    def _mark_cells(self, faults: dict[int, list[tuple[str, int | None]]]) -> None:
        """The cell at fault tinted, with a warning sign and its sentence as tooltip (the
        sentence beside named band and column; the eye had to find the cell): not by
        colour alone. The others plain."""
        tint = QColor(error_colour(self.palette()))
        tint.setAlpha(48)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        filling, self._filling = self._filling, True  # marking is no edit
        try:
            for row in range(self._rows()):
                at_fault = {at: text for text, at in faults.get(row + 1, [])}
                for column in (UPTO, RATE):
                    item = self.table.item(row, column)
                    if item is None:
                        continue
                    marked = column in at_fault
                    item.setData(Qt.ItemDataRole.BackgroundRole, tint if marked else None)
                    item.setIcon(warning if marked else QIcon())
                    item.setToolTip(at_fault.get(column, ""))
        finally:
            self._filling = filling

    def _enable_remove(self) -> None:
        self.remove_button.setEnabled(not self._read_only and self._rows() > 0)

    def _rows(self) -> int:
        return self.table.rowCount()

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _insert(self, at: int, upto: Decimal | None, rate: Decimal | None) -> None:
        self.table.insertRow(at)
        start = QTableWidgetItem()
        start.setFlags(Qt.ItemFlag.ItemIsEnabled)  # shown, not typed: the band before's
        start.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        self.table.setItem(at, FROM, start)
        for column, value in ((UPTO, upto), (RATE, rate)):
            item = QTableWidgetItem("" if value is None else self._shown(column, value))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(at, column, item)
        start.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _show_starts(self) -> None:
        """Each band starts where the band before it stops (the first at 0)."""
        start: Decimal | None = Decimal(0)
        for row in range(self._rows()):
            item = self.table.item(row, FROM)
            if item is not None:
                item.setText("" if start is None else self._shown(UPTO, start))
            try:
                start = self._read(row + 1, UPTO, self._text(row, UPTO))
            except InvalidInput:
                start = None

    def _shown(self, column: int, value: Decimal) -> str:
        places = 0 if column != RATE else None
        return format_decimal(value, self.qlocale, places=places)

    def _read(self, band: int, column: int, text: str) -> Decimal | None:
        """The number a cell holds (None: blank); InvalidInput saying the band, the
        column and what is wrong in the locale's words when it is no number."""
        bare = text.strip()
        for unit in _UNITS.get(column, ()):
            if bare.lower().endswith(unit):
                bare = bare[: -len(unit)].strip()
        if not bare:
            return None
        try:
            return parse_decimal(bare, self.qlocale)
        except NumberInputError as error:
            header = self.table.horizontalHeaderItem(column)
            said = header.text() if header is not None else ""
            # The upper limits are whole RWF: their example is one (eye35 §7, « 60.000 »
            # was shown 1 234 567,89, inviting « 60 000,00 »).
            problem = explain(error, whole=column == UPTO)
            raise InvalidInput(
                "paye_band_row_unread", band=band, column=said, problem=problem
            ) from None

    def _fit_height(self) -> None:
        """As tall as its bands (a few of them): no scroll bar inside the form's."""
        height = self.table.horizontalHeader().sizeHint().height()
        height += sum(self.table.rowHeight(r) for r in range(self._rows()))
        if not self._rows():
            height += self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(height + 2 * self.table.frameWidth())
