"""Print… and Save as PDF… of one payslip: read it on the DB worker (as its reader may
see it, with the company's name), then the print dialog or the file dialog
(``PrintOutput``, as every printed document), and the page printed or written when the
person confirms."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QWidget

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.printing.output import PrintOutput
from dicel_desktop.gui.worker import DbWorker
from dicel_desktop.gui.workflows.payslip_document import payslip_title, print_payslip
from dicel_desktop.services import payroll
from dicel_desktop.services.payroll import Payslip


class PayslipOutput(PrintOutput):
    """One print or save of one payslip; ``finished`` says what happened, in words."""

    def __init__(self, worker: DbWorker, parent: QWidget) -> None:
        super().__init__(parent)
        self._worker = worker
        self.slip: Payslip | None = None

    def print_payslip(self, payslip_id: uuid.UUID) -> None:
        def ask(slip: Payslip) -> None:
            render = partial(print_payslip, slip)
            self.ask_printer(
                payslip_title(slip), lambda printer: self.send_to_printer(printer, render)
            )

        self._read(payslip_id, ask)

    def save_pdf(self, payslip_id: uuid.UUID) -> None:
        def ask(slip: Payslip) -> None:
            title = payslip_title(slip)
            render = partial(print_payslip, slip)
            self.ask_file(title, _file_stem(slip), lambda path: self.write_pdf(path, title, render))

        self._read(payslip_id, ask)

    def _read(self, payslip_id: uuid.UUID, then: Callable[[Payslip], None]) -> None:
        def got(slip: Payslip | None) -> None:
            if slip is None:
                self.finished.emit(self.tr("This payslip is no longer there to see."), True)
                return
            self.slip = slip
            then(slip)

        (
            Op(self._worker, payroll.payslip, payslip_id)
            .for_widget(self._parent)
            .on_success(got)
            .on_failure(self._failed)
            .run()
        )

    def _failed(self, error: DicelError) -> None:
        self.finished.emit(describe_error(error), True)


def _file_stem(slip: Payslip) -> str:
    return f"payslip-{slip.employee_number}-{slip.period_start:%Y-%m}"
