"""A payslip of a period nobody has approved prints marked DRAFT on every page: it looked
like any payslip, with only a small "Not paid yet (pending)" line (docs/decisions.md)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument

from dicel_desktop.gui.printing.page import pdf_writer
from dicel_desktop.gui.workflows.payslip_document import print_payslip
from dicel_desktop.services.payroll import Payslip

pytestmark = pytest.mark.usefixtures("rwanda")


def _slip(status: str) -> Payslip:
    return Payslip(
        company_name="DICEL Ltd",
        company_address="Kigali",
        company_tin="100200300",
        employee_number="EMP-0001",
        employee_name="Josiane Murekatete",
        department="Operations",
        position="Guard",
        period_start=dt.date(2026, 12, 1),
        period_end=dt.date(2026, 12, 31),
        basic_salary=Decimal("300000"),
        allowances=Decimal("30000"),
        gross=Decimal("330000"),
        deductions=Decimal("50000"),
        net_salary=Decimal("280000"),
        status=status,
        payment_date=dt.date(2027, 1, 5) if status == "paid" else None,
        payment_method="bank_transfer" if status == "paid" else None,
    )


def _printed(slip: Payslip, target) -> tuple[str, QImage]:
    writer = pdf_writer(target, "Payslip")
    assert print_payslip(slip, writer)
    del writer  # the file is finished when the writer goes
    document = QPdfDocument()
    document.load(str(target))
    assert document.pageCount() == 1
    text = document.getAllText(0).text()
    image = document.render(0, document.pagePointSize(0).toSize())
    document.close()
    return text, image


def _reddish(image: QImage) -> int:
    """How many sampled pixels are pink/red (the watermark's colour)."""
    count = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            colour = image.pixelColor(x, y)  # on a transparent page
            if colour.alpha() > 20 and colour.red() - colour.green() > 60:
                count += 1
    return count


def test_a_pending_payslip_prints_as_a_draft_and_a_paid_one_does_not(tmp_path):
    text, image = _printed(_slip("pending"), tmp_path / "pending.pdf")
    assert "DRAFT" in text
    assert "awaiting approval, not a proof of pay" in " ".join(text.split())
    # Large across the page, not one small line: many red pixels.
    assert _reddish(image) > 500
    text, image = _printed(_slip("paid"), tmp_path / "paid.pdf")
    assert "DRAFT" not in text
    assert _reddish(image) == 0
    text, _ = _printed(_slip("approved"), tmp_path / "approved.pdf")
    assert "DRAFT" not in text


@pytest.fixture
def kinyarwanda(qapp):
    from PySide6.QtCore import QLocale

    from dicel_desktop.gui import translations

    before = QLocale()
    translations.install_translators("rw")
    yield
    translations.install_translators("en")
    QLocale.setDefault(before)


def test_the_kinyarwanda_draft_mark_lies_within_the_page(kinyarwanda, tmp_path):
    """The Kinyarwanda mark at 72 points ran off both edges ("IKO Y'AGATE")."""
    target = tmp_path / "rw.pdf"
    writer = pdf_writer(target, "Payslip")
    assert print_payslip(_slip("pending"), writer)
    del writer
    document = QPdfDocument()
    document.load(str(target))
    text = document.getAllText(0)
    page = QRectF(QPointF(0, 0), document.pagePointSize(0))
    assert "INYANDIKO Y\u2019AGATEGANYO" in text.text()
    assert page.contains(text.boundingRectangle()), (text.boundingRectangle(), page)
    document.close()


@pytest.mark.parametrize(
    ("language", "month", "title"),
    [
        ("rw", 12, "Urupapuro rw\u2019umushahara rw\u2019Ukuboza 2026"),
        ("rw", 1, "Urupapuro rw\u2019umushahara rwa Mutarama 2026"),
        ("fr", 10, "Bulletin de paie d\u2019octobre 2026"),
        ("fr", 12, "Bulletin de paie de décembre 2026"),
    ],
)
def test_the_title_elides_before_a_month_with_a_vowel(qapp, language, month, title):
    """It read "rwa Ukuboza 2026" and "de octobre 2026"."""
    from dataclasses import replace

    from PySide6.QtCore import QLocale

    from dicel_desktop.gui import translations
    from dicel_desktop.gui.workflows.payslip_document import payslip_title

    before = QLocale()
    translations.install_translators(language)
    try:
        slip = replace(_slip("pending"), period_start=dt.date(2026, month, 1))
        assert payslip_title(slip) == title
    finally:
        translations.install_translators("en")
        QLocale.setDefault(before)


def _deductions(rated: bool) -> tuple:
    from dicel_desktop.services.payroll import Band, Deduction

    bands = (
        Band(Decimal(60000), Decimal(0)),
        Band(Decimal(100000), Decimal(10)),
        Band(Decimal(200000), Decimal(20)),
        Band(None, Decimal(30)),
    )
    lines = (
        Deduction("paye", Decimal(36000), bands=bands if rated else ()),
        Deduction("pension", Decimal(19800), Decimal(6) if rated else None),
        Deduction("maternity", Decimal(990), Decimal("0.3") if rated else None),
        Deduction("cbhi", Decimal(1366), Decimal("0.5") if rated else None),
    )
    return lines


def _printed_text(slip: Payslip) -> str:
    from dicel_desktop.gui.workflows.payslip_document import payslip_document

    text = payslip_document(slip).toPlainText()
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "en",
            [
                "PAYE (income tax, by bands) 36,000 RWF",
                "PAYE bands: 0 % up to 60,000 RWF, 10 % up to 100,000 RWF,"
                " 20 % up to 200,000 RWF, 30 % above 200,000 RWF",
                "RSSB pension (6 %) 19,800 RWF",
                "RSSB maternity leave (0.3 %) 990 RWF",
                "CBHI (community health insurance, 0.5 %) 1,366 RWF",
            ],
        ),
        (
            "fr",
            [
                "IPR (impôt sur le revenu, par tranches) 36 000 RWF",
                "Tranches de l\u2019IPR : 0 % jusqu\u2019à 60 000 RWF",
                "Pension RSSB (6 %) 19 800 RWF",
                "Congé de maternité RSSB (0,3 %) 990 RWF",
                "Mutuelle de santé (CBHI, 0,5 %) 1 366 RWF",
            ],
        ),
        (
            "rw",
            [
                "PAYE (umusoro ku nyungu, ukurikije ibyiciro) 36,000 RWF",
                "Ibyiciro bya PAYE: 0 % kugeza kuri 60,000 RWF",
                "Ubwiteganyirize bwa RSSB (6 %) 19,800 RWF",
                "Mituweli (CBHI, 0.5 %) 1,366 RWF",
            ],
        ),
    ],
)
def test_a_payslip_prints_each_deduction_with_its_rate(qapp, restore_language, language, said):
    """Since migration 0115 a payslip keeps its rates; it printed amounts only."""
    from dataclasses import replace

    from dicel_desktop.gui import translations

    translations.install_translators(language)
    text = _printed_text(replace(_slip("approved"), deduction_lines=_deductions(rated=True)))
    for line in said:
        assert line in text


def test_an_older_payslip_keeping_no_rates_prints_as_before(qapp):
    from dataclasses import replace

    text = _printed_text(replace(_slip("approved"), deduction_lines=_deductions(rated=False)))
    assert "PAYE (income tax) 36,000 RWF RSSB pension 19,800 RWF" in text
    assert "%" not in text and "bands" not in text
