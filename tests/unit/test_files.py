"""What kind of file a document is, and the small rules of names, sizes and links."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest

from dicel_desktop.domain.errors import InvalidInput
from dicel_desktop.services import documents
from dicel_desktop.services.files import (
    OpenRefused,
    clean_file_name,
    detect_media_type,
    human_size,
    open_refusal,
    safe_file_name,
)

PNG = b"\x89PNG\r\n\x1a\n" + bytes(20)
JPEG = b"\xff\xd8\xff\xe0" + bytes(20)
ZIP = b"PK\x03\x04" + bytes(20)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        # The content decides: the preview must get what the bytes are.
        ("receipt.pdf", JPEG, "image/jpeg"),
        ("scan0001", b"%PDF-1.7\n...", "application/pdf"),
        ("photo.JPG", JPEG, "image/jpeg"),
        ("logo", PNG, "image/png"),
        ("page.webp", b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp"),
        # One container, several formats: the name tells them apart.
        (
            "contract.docx",
            ZIP,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        ("budget.xlsx", ZIP, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("photos.zip", ZIP, "application/zip"),
        ("not-a-word-file.docx.zip", ZIP, "application/zip"),
        ("renamed.pdf", ZIP, "application/zip"),
        # No signature: the name, then whether it reads as text.
        ("notes.txt", b"Meeting at 10", "text/plain"),
        ("payments.csv", b"a,b\n1,2\n", "text/csv"),
        ("README", "Muraho — café".encode(), "text/plain"),
        ("export.csv.gz", b"\x1f\x8b\x08\x00", "application/gzip"),
        ("blob", bytes(range(256)), "application/octet-stream"),
        ("empty", b"", "application/octet-stream"),
    ],
)
def test_media_type_from_content_then_name(name: str, content: bytes, expected: str):
    assert detect_media_type(name, content) == expected


def test_a_multibyte_character_cut_at_the_end_of_the_sample_is_still_text():
    text = ("é" * 3000).encode()  # 6000 bytes: the 4096-byte sample ends mid-character
    assert detect_media_type("x", text[:4097]) == "text/plain"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("C:\\Users\\Jean\\Desktop\\receipt.pdf", "receipt.pdf"),
        ("/home/jean/scan.png", "scan.png"),
        ("  bad\x00name\t.txt  ", "badname.txt"),
        ("x" * 300 + ".pdf", "x" * 251 + ".pdf"),
    ],
)
def test_file_names_lose_folders_and_control_characters_and_keep_their_extension(name, expected):
    assert clean_file_name(name) == expected


def test_a_file_without_a_name_is_refused_in_words():
    with pytest.raises(InvalidInput) as refused:
        clean_file_name("C:\\folder\\")
    assert refused.value.code == "document_name_missing"


@pytest.mark.parametrize(
    ("size", "text"),
    [(0, "0 bytes"), (1023, "1023 bytes"), (1024, "1 kB"), (1536, "1.5 kB"),
     (25 * 1024 * 1024, "25 MB"), (31_200_000, "29.8 MB"), (150 * 1024**2, "150 MB")],
)  # fmt: skip
def test_sizes_read_as_people_write_them(size: int, text: str):
    assert human_size(size) == text


def test_links_round_trip_and_anything_else_resolves_to_nothing():
    document = uuid.uuid4()
    assert documents.resolve(documents.link_value(document)) == document
    for value in (None, "", "https://files.dicel.rw/r.pdf", "dicel-document:not-a-uuid"):
        assert documents.resolve(value) is None


def test_the_link_columns_are_those_the_migration_files_documents_in():
    migration = Path(__file__).parents[2] / "migrations" / "versions" / "0008_documents.py"
    text = migration.read_text(encoding="utf-8")
    block = text[text.index("LINK_COLUMNS = (") : text.index("\n)\n", text.index("LINK_COLUMNS"))]
    assert set(re.findall(r'\("(\w+)", "(\w+)"\)', block)) == documents.LINK_COLUMNS
    assert f'LINK_PREFIX = "{documents.LINK_PREFIX}"' in text
    assert f"DEFAULT_MAX_MB = {documents.DEFAULT_MAX_BYTES // 1024**2}" in text


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("fraud:-petty-cash", "fraud_-petty-cash"),  # a list's title with a colon
        ("A/B Trading.pdf", "A_B Trading.pdf"),  # not a folder
        ('a<b>c|d?e*f"g', "a_b_c_d_e_f_g"),
        ("minutes. ", "minutes"),  # Windows drops trailing dots and spaces itself
        ("con.pdf", "_con.pdf"),  # a device name, whatever its extension
        ("COM1", "_COM1"),
        ("report-2026.pdf", "report-2026.pdf"),  # a fine name is left alone
        (" . ", "document"),
    ],
)
def test_a_name_to_save_under_is_one_windows_accepts(name, expected):
    assert safe_file_name(name) == expected


# --------------------------------------------------------------------------- hidden characters


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # The psql review's: the override showed it as "Sick note exe.pdf".
        ("Sick note \u202efdp.exe", "Sick note fdp.exe"),
        ("inv\u200boice\u2066.pdf\u2069", "invoice.pdf"),
        ("\ufeffreport.pdf", "report.pdf"),
        ("a\u2028b.txt", "ab.txt"),
        ("tag\U000e0041ged.pdf", "tagged.pdf"),
        ("soft\u00adhyphen.pdf", "softhyphen.pdf"),
        ("Attestation médicale été.pdf", "Attestation médicale été.pdf"),
        ("ملاحظة.pdf", "ملاحظة.pdf"),
    ],
)
def test_names_lose_invisible_characters_wherever_the_client_writes_them(name, expected):
    assert clean_file_name(name) == expected  # the name stored
    assert safe_file_name(name) == expected  # the name a copy is saved or opened under


# --------------------------------------------------------------------------- opening


@pytest.mark.parametrize(
    "name",
    [
        "Sick note \u202efdp.exe",
        "setup.EXE",
        "invoice.pdf.exe",
        "run.exe. ",  # Windows drops the trailing dot and space
        "x.com",
        "x.bat",
        "x.cmd",
        "x.scr",
        "x.pif",
        "x.msi",
        "x.msp",
        "x.cpl",
        "x.jar",
        "x.js",
        "x.jse",
        "x.vbs",
        "x.vbe",
        "x.wsf",
        "x.wsh",
        "x.ps1",
        "x.psm1",
        "x.hta",
        "x.lnk",
        "x.reg",
        "x.application",
        "x.gadget",
        "x.msc",
        "x.desktop",
        "x.sh",
        "x.run",
        "x.AppImage",
    ],
)
def test_a_name_the_desktop_would_run_is_not_opened(name):
    refusal = open_refusal(name, "application/pdf", b"%PDF-1.7")
    assert isinstance(refusal, OpenRefused)
    assert refusal.code == "document_not_opened_program"
    assert "\u202e" not in refusal.message


@pytest.mark.parametrize("content", [b"MZ\x90\x00", b"\x7fELF\x02", b"#!/bin/sh\n"])
def test_a_program_under_a_documents_name_is_not_opened(content):
    refusal = open_refusal("receipt", "application/octet-stream", content)
    assert refusal is not None and refusal.code == "document_not_opened_content"


def test_a_name_that_says_another_type_than_the_one_stored_is_not_opened():
    refusal = open_refusal("receipt.pdf", "image/jpeg", JPEG)
    assert refusal is not None and refusal.code == "document_not_opened_mismatch"
    assert refusal.params["named"] == ".pdf" and refusal.params["stored"] == "image/jpeg"
    assert open_refusal("notes.txt", "application/x-msdownload", b"hello") is not None


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("receipt.pdf", b"%PDF-1.7\n"),
        ("Photo.JPG", JPEG),
        ("scan0001", b"%PDF-1.7\n"),
        ("table.csv", b"a,b\n1,2\n"),
        ("report.docx", ZIP),
        ("archive.csv.gz", b"\x1f\x8b\x08"),
        ("Attestation médicale.pdf", b"%PDF-1.4"),
    ],
)
def test_documents_stored_as_the_client_stores_them_open(name, content):
    assert open_refusal(name, detect_media_type(name, content), content) is None
