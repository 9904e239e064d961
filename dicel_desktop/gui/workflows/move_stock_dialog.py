"""Move an item's stock: in, out, or an adjustment (a signed correction), with what it
refers to; ``dicel_move_stock`` (through ``services.stock.move_stock``) moves the stock
and writes the movement, and refuses to go below zero with the stock there is.

Not offered, as the database refuses them (migration 0059): a purchase as what a movement
refers to (receiving an order writes its movements: Receive… on the order), and adding
to a discontinued item, whose stock only goes down (In is off, an adjustment up is
"not possible", saying why). Except what a count found (migration 0066): for a
discontinued item the dialog offers "Count found more", a positive adjustment referring
to a stock count, with a note of what was found (required).

Every adjustment says what the count found (migration 0086, DW225): Notes is marked
required for one, and Move stock waits for it. Every issue says what it went to (a
reference number) or who took it and why (a note) (migration 0088, DW226): until one is
given, a line under Notes says so and Move stock waits.

What a movement refers to follows its type (migration 0071, DW290): "Refers to" offers
only what fits the chosen movement (in: a transfer; out: a sale or a transfer; an
adjustment: a stock count; each: nothing), and a choice that no longer fits is cleared."""

from __future__ import annotations

import uuid
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from dicel_desktop.domain.amounts import Amount
from dicel_desktop.domain.errors import InvalidInput
from dicel_desktop.domain.roles import Role
from dicel_desktop.domain.states import (
    MOST_MOVED,
    MOST_MOVED_VALUE,
    StockMovementType,
    StockReferenceType,
    reference_fits,
)
from dicel_desktop.domain.text_limits import REASON
from dicel_desktop.domain.text_rules import turns_direction
from dicel_desktop.gui.cell_format import LocaleFormats, ValueFormatter
from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.count_box import BOX_MOST, quantity_box
from dicel_desktop.gui.editors.common import LengthLimit, chars_width, error_label
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.records.flag_line import on_order_text
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.step_dialog import StepDialog
from dicel_desktop.services import stock
from dicel_desktop.services.columns import DEFAULT_CURRENCY
from dicel_desktop.services.forms import text_limit
from dicel_desktop.services.stock import ItemStock

#: The movement chosen as "Count found more" (an adjustment up, referring to a count).
COUNT_FOUND_MORE = "count_found_more"


class MoveStockDialog(StepDialog):
    """Opened by :meth:`open_for`; ``moved`` gives the new movement's id."""

    moved = Signal(object)

    def __init__(
        self, worker: DbWorker, item_id: uuid.UUID, parent: QWidget | None = None, *, role: Role
    ) -> None:
        super().__init__(worker, parent)
        self.item_id = item_id
        #: Whose rights decide what is said of the item (its open orders: ``stock.item_stock``).
        self.role = role
        self.item: ItemStock | None = None
        self.format = ValueFormatter(LocaleFormats.from_qlocale())
        self.setWindowTitle(self.tr("Move stock"))
        self.intro = QLabel(self.tr("Loading…"))
        self.intro.setWordWrap(True)

        self.kind = QComboBox()
        for kind, label in (
            (StockMovementType.IN, self.tr("In: received")),
            (StockMovementType.OUT, self.tr("Out: issued")),
            (StockMovementType.ADJUSTMENT, self.tr("Adjustment: a count found more or less")),
        ):
            self.kind.addItem(label, kind.value)
        self.quantity = quantity_box()  # 999,999 as the grid writes it
        self.quantity.setAccessibleName(self.tr("Quantity"))
        # The database's limit (DW496, migration 0118), said here and under the box when
        # passed: the box goes further, so a digit typed past it is kept (review34 F2).
        self.quantity.setToolTip(
            self.tr("One movement moves at most %1 pieces.").replace("%1", self._count(MOST_MOVED))
        )
        self.reference_type = QComboBox()
        #: Every reference a movement by hand may name, in the order offered; the list
        #: holds those that fit the chosen movement (``_offer_references``).
        self._references: tuple[tuple[str | None, str], ...] = (
            (None, self.tr("(nothing)")),
            (StockReferenceType.SALE.value, self.tr("A sale")),
            (StockReferenceType.TRANSFER.value, self.tr("A transfer")),
            (StockReferenceType.ADJUSTMENT.value, self.tr("A stock count")),
        )
        self._offer_references(StockMovementType.IN.value)
        # No "a purchase": what arrives on an order is received on the order (DW221).
        self.reference_type.setToolTip(
            self.tr("Stock received on a purchase order is recorded by Receive… on the order.")
        )
        self.reference_number = QLineEdit()
        # Kept whole, however long: said under the box while longer than its column.
        self.reference_limit = LengthLimit(
            self.reference_number,
            text_limit("inventory_transactions", "reference_number") or 0,
        )
        self.reference_number.setPlaceholderText(self.tr("A delivery note, a transfer slip…"))
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("Who it went to, why"))
        # A movement's notes are measured as a reason (migration 0090: DW020 over 2,000).
        self.notes_limit = LengthLimit(self.notes, REASON)
        # Each box as wide as its hint whole ("Inyemezabuguzi y'itangwa, urupapuro
        # rw'iyimurwa…" was cut): the dialog widens to them.
        for line in (self.reference_number, self.notes):
            line.setMinimumWidth(chars_width(line, line.placeholderText()))
        self.after = QLabel()
        self.after.setAccessibleName(self.tr("Stock after the movement"))
        #: Said while an issue has neither a reference number nor a note (DW226).
        self.issue_unsaid = error_label()
        self.issue_unsaid.setText(
            self.tr(
                "An issue says what it went to (Reference number) or who took it and why "
                "(Notes): give one of them."
            )
        )
        self.issue_unsaid.hide()
        # Each line saying what holds Move stock back is in the error colour, as the
        # sentences under Receive's lines and a too-long box's are (one label for all).
        #: Said while the quantity is more than one movement moves (DW496).
        self.too_many = error_label()
        self.too_many.hide()
        #: Said while the movement is worth more than one records (DW497).
        self.too_dear = error_label()
        self.too_dear.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Movement:"), self.kind)
        form.addRow(self.tr("&Quantity:"), self.quantity)
        form.addRow("", self.too_many)
        form.addRow(self.tr("&Refers to:"), self.reference_type)
        form.addRow(self.tr("Reference &number:"), self.reference_number)
        form.addRow("", self.reference_limit.sentence)
        form.addRow(self.tr("N&otes:"), self.notes)
        self.notes_label = form.labelForField(self.notes)
        form.addRow("", self.notes_limit.sentence)
        form.addRow("", self.issue_unsaid)
        form.addRow("", self.too_dear)
        form.addRow(self.tr("Stock after:"), self.after)

        self.move_button = QPushButton(self.tr("Move &stock"))
        self.buttons.addButton(self.move_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # Enter moves the stock once the quantity was chosen (typed, stepped), not
        # before: the dialog opens on "In" and 1, and an Enter pressed on the movement
        # at once recorded one received that nobody counted.
        self._quantity_chosen = False
        self._ranging = False
        self.move_button.clicked.connect(self._on_move_clicked)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.quantity.valueChanged.connect(self._on_quantity_changed)
        quantity_line = self.quantity.findChild(QLineEdit)
        if quantity_line is not None:  # "1" typed over the 1 shown changes no value
            quantity_line.textEdited.connect(self._on_quantity_typed)
            # Nor does a fraction ("12,5"), which is said (eye34 #6).
            quantity_line.textChanged.connect(lambda _text: self._show_after())
            # A grouped count being typed ("1,2" of "1,250") is said once the box is left.
            self.quantity.said.connect(self._show_after)
        # A refusal was about what was asked then: another question makes it old news.
        self.reference_type.currentIndexChanged.connect(self._on_input_changed)
        self.reference_number.textEdited.connect(self._on_input_changed)
        self.notes.textEdited.connect(self._on_input_changed)
        self.notes.textChanged.connect(lambda _text: self._show_after())
        self.reference_number.textChanged.connect(lambda _text: self._show_after())

        self.lay_out(self.intro, form)
        self.setMinimumWidth(460)
        self._on_kind_changed()
        self.move_button.setEnabled(False)
        self.kind.setFocus()
        self.read(stock.item_stock, self._on_item_read, item_id=item_id, role=role)

    @classmethod
    def open_for(
        cls, parent: QWidget, worker: DbWorker, item_id: uuid.UUID, role: Role
    ) -> MoveStockDialog:
        """Show the dialog over ``parent`` without blocking, for ``role``."""
        dialog = cls(worker, item_id, parent, role=role)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @property
    def counting(self) -> bool:
        """The surplus of a count of a discontinued item (migration 0066)."""
        return self.kind.currentData() == COUNT_FOUND_MORE

    @property
    def needs_reason(self) -> bool:
        """An adjustment (a count's surplus included) changes the books: it says what the
        count found (migration 0086, DW225)."""
        return self.movement_type == StockMovementType.ADJUSTMENT

    @property
    def issue_unexplained(self) -> bool:
        """An issue with neither a reference number nor a note (migration 0088, DW226)."""
        return (
            self.movement_type == StockMovementType.OUT
            and not self.reference_number.text().strip()
            and not self.notes.text().strip()
        )

    @property
    def movement_type(self) -> str:
        if self.counting:
            return StockMovementType.ADJUSTMENT.value
        return self.kind.currentData()

    def _on_item_read(self, item: ItemStock) -> None:
        first = self.item is None
        self.item = item
        self._offer_in(not item.only_goes_down)
        if item.only_goes_down and self.kind.findData(COUNT_FOUND_MORE) < 0:
            self.kind.addItem(
                self.tr("Count found more: surplus of a stock count"), COUNT_FOUND_MORE
            )
        if first and item.only_goes_down and self.movement_type == StockMovementType.IN:
            # The dialog's first choice, not the person's: Out is this item's. A choice
            # made before a later read (a refusal's) is left as it was, said "not possible".
            self.kind.setCurrentIndex(self.kind.findData(StockMovementType.OUT.value))
        self.setWindowTitle(self.tr("Move stock: %1").replace("%1", item.name))
        # The unit once, apart: a count beside it read "13 piece", and a unit typed in
        # as a word (piece, pair, jerrycan) has no plural the program could make.
        text = (
            (
                self.tr("%1 (%2): %3 in stock, minimum %4 (unit: %5).")
                if item.unit
                else self.tr("%1 (%2): %3 in stock, minimum %4.")
            )
            .replace("%1", item.name)
            .replace("%2", item.code)
            .replace("%3", self._count(item.stock))
            .replace("%4", self._count(item.minimum))
            .replace("%5", item.unit or "")
        )
        if item.only_goes_down:
            text += " " + self.tr(
                "Discontinued: what is left is issued or counted down, nothing is added."
            )
        elif item.low and not item.on_order:
            text += " " + self.tr("Below its minimum: time to order more.")
        elif item.low and item.stock + item.awaited >= item.minimum:
            # Already on its way (eye30r): not a second order.
            text += " " + self.tr("Below its minimum; %1.").replace(
                "%1", on_order_text(item.on_order)
            )
        elif item.low:
            text += " " + self.tr("Below its minimum even with %1: time to order more.").replace(
                "%1", on_order_text(item.on_order)
            )
        self.intro.setText(text)
        self._show_after()

    def _offer_in(self, offered: bool) -> None:
        """In is off for an item that only goes down (kept in the list, greyed)."""
        model = self.kind.model()
        entry = model.item(self.kind.findData(StockMovementType.IN.value))  # type: ignore[attr-defined]
        entry.setEnabled(offered)
        entry.setToolTip(
            "" if offered else self.tr("This item is discontinued: nothing is added to it.")
        )

    def _count(self, value: int) -> str:
        return self.format.number(value, 0)

    def _only_in_stock(self, *, sentence: bool = False) -> str:
        """Why more cannot go out than the stock holds, as the "After" line (``sentence``:
        the button's tooltip): none in stock said as none, not "only 0", and one as "is"
        (plural38: "There are only 1 in stock")."""
        stock = self.item.stock
        if stock <= 0:
            return (
                self.tr("There is none in stock.")
                if sentence
                else self.tr("not possible: none in stock")
            )
        if sentence:
            said = (
                self.tr("There is only 1 in stock.")
                if stock == 1
                else self.tr("There are only %1 in stock.")
            )
        else:
            said = self.tr("not possible: only %1 in stock")
        return said.replace("%1", self._count(stock))

    def _offer_references(self, movement_type: str) -> None:
        """ "Refers to" holds what fits ``movement_type``; the choice stays if it fits,
        else it is cleared (nothing)."""
        chosen = self.reference_type.currentData()
        fitting = [(v, label) for v, label in self._references if reference_fits(movement_type, v)]
        if [self.reference_type.itemData(i) for i in range(self.reference_type.count())] == [
            v for v, _label in fitting
        ]:
            return
        self.reference_type.blockSignals(True)
        self.reference_type.clear()
        for value, label in fitting:
            self.reference_type.addItem(label, value)
        found = self.reference_type.findData(chosen) if chosen is not None else -1
        self.reference_type.setCurrentIndex(max(found, 0))
        self.reference_type.blockSignals(False)

    @slot_while_whole(keeps="worker")
    def _on_kind_changed(self) -> None:
        self._offer_references(self.movement_type)
        # A count's surplus refers to the count, and says what it found.
        counted = self.reference_type.findData(StockReferenceType.ADJUSTMENT.value)
        if self.counting:
            self.reference_type.setCurrentIndex(counted)
        self.reference_type.setEnabled(not self.counting and not self.is_busy)
        self._ask_reason(self.needs_reason)
        # In, out and a count's surplus: how many; an adjustment: the signed correction
        # (never 0).
        self._ranging = True  # a range that moves the value is not the person's choice
        if self.movement_type == StockMovementType.ADJUSTMENT and not self.counting:
            self.quantity.setRange(-BOX_MOST, BOX_MOST)
        else:
            self.quantity.setRange(1, BOX_MOST)
        self._ranging = False
        self._on_input_changed()
        self._show_after()

    def _ask_reason(self, required: bool) -> None:
        """Notes as an adjustment asks them (required: what the count found) or as in
        and out do (who it went to, why; optional)."""
        self.notes.setPlaceholderText(
            self.tr("What the count found, where (required)")
            if required
            else self.tr("Who it went to, why")
        )
        self.notes.setAccessibleName(self.tr("Notes (required)") if required else self.tr("Notes"))
        if isinstance(self.notes_label, QLabel):
            self.notes_label.setText(self.tr("N&otes *:") if required else self.tr("N&otes:"))
            self.notes_label.setToolTip(self.tr("Required") if required else "")

    @slot_while_whole(int, keeps="worker")
    def _on_quantity_changed(self, _value: int) -> None:
        if not self._ranging:
            self._quantity_chosen = True
        self._on_input_changed()
        self._show_after()

    @slot_while_whole(str, keeps="worker")
    def _on_quantity_typed(self, _text: str) -> None:
        self._quantity_chosen = True
        self._show_after()

    def _fit_sentences(self) -> None:
        """Each line under a box as high as its lines at the boxes' width. The form layout
        gave a wrapped label the height of another width (five lines' room for three),
        and a blank band stayed under it while it showed (fix35); the dialog then grows
        to what they need (``keep_fitted``)."""
        width = self.reference_number.width()
        if width <= 0:
            return
        for label in (self.too_many, self.issue_unsaid, self.too_dear):
            height = label.heightForWidth(width)  # -1 while it has no text yet
            if not label.isHidden() and height > 0:
                label.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_sentences()  # wider or narrower boxes wrap the lines anew

    @slot_while_whole(int, keeps="worker")
    @slot_while_whole(str, keeps="worker")
    def _on_input_changed(self, *_args: object) -> None:
        if not self.is_busy:
            self.message.hide()
            self.setAccessibleDescription("")

    @slot_while_whole(keeps="worker")
    def _show_after(self) -> None:
        if self.item is None:
            self.after.setText("")
            self.move_button.setEnabled(False)
            return
        change = stock.stock_change(self.movement_type, self.quantity.value())
        left = self.item.stock + change
        added_to_discontinued = change > 0 and self.item.only_goes_down and not self.counting
        unsaid = self.needs_reason and not self.notes.text().strip()
        unexplained = self.issue_unexplained
        self.issue_unsaid.setVisible(unexplained)
        # More pieces than a movement moves (DW496), or worth more than it records
        # (DW497, migration 0118): said as the database says it, the quantity kept.
        fraction = self.quantity.problem()
        # Held, said or not: "1,2" while "1,250" is typed is no count yet (review35c F3).
        held = bool(self.quantity.fraction_typed())
        too_many = abs(change) > MOST_MOVED
        self.too_many.setVisible(too_many or bool(fraction))
        if fraction:
            self.too_many.setText(fraction)
        elif too_many:
            self.too_many.setText(
                describe_error(
                    InvalidInput(
                        "movement_too_many",
                        most=Amount(Decimal(MOST_MOVED)),
                        quantity=Amount(Decimal(abs(change))),
                    )
                )
            )
        worth = abs(change) * (self.item.unit_cost or 0)
        too_dear = worth > MOST_MOVED_VALUE and not too_many
        self.too_dear.setVisible(too_dear)
        if too_dear:
            self.too_dear.setText(
                describe_error(
                    InvalidInput(
                        "movement_worth_too_much",
                        item=self.item.name,
                        quantity=str(abs(change)),
                        amount=Amount(worth, DEFAULT_CURRENCY),
                        currency=DEFAULT_CURRENCY,
                    )
                )
            )
        self._fit_sentences()
        if held:
            # No count to work it out from: the last whole number ("2" of "2,5") is not
            # what was typed (eye35 §2).
            self.after.setText("—")
        elif added_to_discontinued:
            self.after.setText(self.tr("not possible: discontinued, its stock only goes down"))
        elif left < 0:
            self.after.setText(self._only_in_stock())
        else:
            self.after.setText(self._count(left))
        # Zero moves nothing (an adjustment by 0), below zero cannot be, nor stock added
        # to a discontinued item: the dialog offers none (the database refuses them, and
        # counts the stock and reads the item as they are when the step runs: someone
        # else's issue meanwhile is still refused).
        self.move_button.setEnabled(
            change != 0
            and left >= 0
            and not added_to_discontinued
            and not unsaid
            and not unexplained
            and not held
            and not too_many
            and not too_dear
            and not self.is_busy
        )
        # An unavailable button says why (an empty tooltip left the person guessing).
        if held:  # what is typed is not the count the rest is worked out from
            why = self.quantity.problem(typing_too=True)
        elif added_to_discontinued:
            why = self.tr("This item is discontinued: its stock only goes down.")
        elif left < 0:
            why = self._only_in_stock(sentence=True)
        elif change == 0:
            why = self.tr("Give the quantity first.")
        elif unsaid:
            why = self.tr("Say what the count found first.")
        elif too_many:
            why = self.too_many.text()
        elif too_dear:
            why = self.too_dear.text()
        else:
            why = ""
        self.move_button.setToolTip(why)
        self.move_button.setDefault(self._quantity_chosen)

    def busy_changed(self, busy: bool) -> None:
        for field in (self.kind, self.quantity, self.reference_number):
            field.setEnabled(not busy)
        self.reference_type.setEnabled(not busy and not self.counting)
        self.notes.setEnabled(not busy)
        if not busy:
            self._show_after()

    @slot_while_whole(keeps="worker")
    def _on_move_clicked(self) -> None:
        if self.is_busy or self.item is None:
            return
        # The sentence under the box says why.
        if self.reference_limit.holds_back() or self.notes_limit.holds_back():
            return
        if turns_direction(self.reference_number.text()):
            # The database refuses it too (DW022, migration 0116); the text stays typed.
            self.show_problem(describe_error(InvalidInput("direction_control")))
            self.reference_number.setFocus()
            return
        self.take_step(
            stock.move_stock,
            self._on_moved,
            table="inventory_transactions",
            on_refused=self._on_move_refused,
            item_id=self.item_id,
            transaction_type=self.movement_type,
            quantity=self.quantity.value(),
            reference_type=self.reference_type.currentData(),
            reference_number=self.reference_number.text().strip() or None,
            notes=self.notes.text().strip() or None,
        )

    def typed_here(self) -> bool:
        """A quantity chosen (typed, stepped), a reference number or notes typed: Esc and
        Cancel ask before they go (discard39)."""
        return (
            self._quantity_chosen
            or bool(self.reference_number.text().strip())
            or bool(self.notes.text().strip())
        )

    def _on_move_refused(self, _error: object) -> None:
        # The stock may have moved meanwhile: show what is there now beside the refusal.
        self.read(stock.item_stock, self._on_item_read, item_id=self.item_id, role=self.role)

    def _on_moved(self, movement: uuid.UUID) -> None:
        self.moved.emit(movement)
        self.accept()
