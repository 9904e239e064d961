"""The files attached to demo records: receipts, resumes, certificates, case documents.

Runs after the generators that write the records: each record whose link column the
earlier generators filled with a placeholder gets a small one-page PDF of its own,
stored in ``documents``, and its column now links to it (``dicel-document:<uuid>``), as
the document-link editor would have filed it. The PDFs are written by hand (below):
the generator runs without Qt, and the same input gives the same bytes, so two loads of
the demo hold the same files.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from dicel_desktop.demo.context import Demo, new_id
from dicel_desktop.services.documents import link_value

#: A5 portrait, in PDF points.
_WIDTH, _HEIGHT = 420, 595


def build(demo: Demo) -> None:
    rng = demo.rng("documents")
    files = demo.table(
        "documents",
        "id owner_table owner_id file_name media_type content uploaded_by created_at updated_at",
    )
    names = {p.employee_id: f"{p.first} {p.last}" for p in demo.people}
    hr = demo.manager("HR")
    # Whoever keeps the training files does not file their own certificate: another HR
    # officer does (DW013, migration 0095: nobody records their own training; eye29b saw
    # HR's manager's certificate uploaded by herself).
    other_hr = next(p for p in demo.staff("HR", role="hr") if p is not hr)

    def certificate_filer(employee_id) -> object:
        return (other_hr if employee_id == hr.employee_id else hr).user_id

    def attach(table: str, owner, name: str, pdf: bytes, uploader, when) -> str:
        document = new_id(rng)
        files.append((document, table, owner, name, "application/pdf", pdf, uploader, when, when))
        return link_value(document)

    def relink(table: str, column: str, make) -> None:
        """Replace each placeholder in ``table.column`` by a document ``make(row)`` gives:
        (file name, pdf, uploader, time)."""
        rows = demo.tables[table]
        at = rows.columns.index(column)
        ids = rows.columns.index("id")
        for n, row in enumerate(rows.rows):
            if row[at] is None:
                continue
            name, pdf, uploader, when = make(dict(zip(rows.columns, row, strict=True)))
            url = attach(table, row[ids], name, pdf, uploader, when)
            rows.rows[n] = (*row[:at], url, *row[at + 1 :])

    relink(
        "expenses",
        "receipt_url",
        lambda r: (
            f"Receipt {r['expense_number']}.pdf",
            pdf_page(
                r["vendor"] or "Receipt",
                (
                    "Receipt for DICEL Ltd, Kigali",
                    f"Date: {_day(r['expense_date'])}",
                    r["description"] or r["expense_category"],
                    f"Amount: {r['amount']:,.0f} {r['currency']}",
                    f"Reference: {r['expense_number']}",
                ),
            ),
            r["created_by"],
            r["created_at"],
        ),
    )
    posted_by = {
        row[0]: row[demo.tables["job_postings"].columns.index("created_by")]
        for row in demo.tables["job_postings"].rows
    }
    relink(
        "candidates",
        "resume_url",
        lambda r: (
            f"CV {r['first_name']} {r['last_name']}.pdf",
            pdf_page(
                f"{r['first_name']} {r['last_name']}",
                (
                    "Curriculum vitae",
                    f"{r['email']}  {r['phone'] or ''}",
                    f"Education: {r['education_level']}",
                    f"Experience: {r['experience_years']} years",
                    "Languages: " + ", ".join(r["skills"] or ()),
                ),
            ),
            posted_by.get(r["job_posting_id"]),
            r["created_at"],
        ),
    )
    programs = {
        row[0]: row[demo.tables["training_programs"].columns.index("title")]
        for row in demo.tables["training_programs"].rows
    }
    relink(
        "training_enrollments",
        "certificate_url",
        lambda r: (
            f"Certificate {programs[r['training_program_id']]}.pdf",
            pdf_page(
                "Certificate of completion",
                (
                    "DICEL Ltd certifies that",
                    names.get(r["employee_id"], ""),
                    f"completed {programs[r['training_program_id']]}",
                    f"on {_day(r['completion_date'])}, grade {r['grade']}.",
                ),
            ),
            certificate_filer(r["employee_id"]),
            r["updated_at"],
        ),
    )
    cases = {
        row[0]: row[demo.tables["recovery_cases"].columns.index("case_number")]
        for row in demo.tables["recovery_cases"].rows
    }
    relink(
        "recovery_documents",
        "file_url",
        lambda r: (
            r["document_name"],
            pdf_page(
                r["document_name"].removesuffix(".pdf"),
                (f"Case {cases.get(r['case_id'], '')}", f"Filed on {_day(r['upload_date'])}"),
            ),
            r["uploaded_by"],
            r["created_at"],
        ),
    )


def _day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


# --------------------------------------------------------------------------- PDF


def _text(value: str) -> bytes:
    """A PDF string literal in WinAnsiEncoding (what the standard fonts read)."""
    raw = value.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def pdf_page(title: str, lines: Iterable[str]) -> bytes:
    """A one-page PDF with a bold title and lines of text (Helvetica, no embedded font)."""
    content = b"BT /F1 16 Tf 40 %d Td %s Tj ET\n" % (_HEIGHT - 70, _text(title))
    content += b"BT /F2 11 Tf 16 TL 40 %d Td\n" % (_HEIGHT - 110)
    content += b"".join(_text(line) + b" Tj T*\n" for line in lines)
    content += b"ET\n0.6 w 30 %d %d 1 re S\n" % (_HEIGHT - 85, _WIDTH - 60)
    fonts = b"/Font << /F1 4 0 R /F2 5 0 R >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << %s >>"
        b" /Contents 6 0 R >>" % (_WIDTH, _HEIGHT, fonts),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n%sendstream" % (len(content), content),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
