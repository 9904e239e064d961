"""A stored file name holds no invisible or control character (migration 0043, DW501).

Found by a psql review: an employee attached ``Sick note <U+202E>fdp.exe`` (MZ content,
type application/pdf) to their own pending leave request; the right-to-left override
shows it as "Sick note exe.pdf", and Open ran it. Each case is a real login over TCP.
"""

from __future__ import annotations

import unicodedata

import psycopg
import pytest
from security_world import World, attempt

from dicel_desktop.db.migrate import earlier_revision
from dicel_desktop.domain.errors import InvalidInput
from dicel_desktop.services.db_errors import explain

INSERT_DOCUMENT = (
    "INSERT INTO documents (owner_table, owner_id, file_name, media_type, content)"
    " VALUES ('leave_requests', %s, %s, 'application/pdf', %s)"
)
#: One of each kind: the review's override, other bidirectional controls, zero-width and
#: joiners, a control character, the soft hyphen, the byte order mark, a line separator,
#: a tag character (outside the BMP).
HIDDEN = ["\u202e", "\u202b", "\u2066", "\u200b", "\u200d", "\x07", "\x1b", "\u00ad"]
HIDDEN += ["\ufeff", "\u2028", "\U000e0041", "\u061c", "\x85"]


@pytest.mark.parametrize("character", HIDDEN, ids=lambda c: f"U+{ord(c):04X}")
def test_an_employee_cannot_store_a_name_that_hides_what_the_file_is(world: World, character):
    employee = world.connect("employee")
    request = world.people["employee"].rows["leave_requests"]
    outcome = attempt(
        employee, INSERT_DOCUMENT, (request, f"Sick note {character}fdp.exe", b"MZ\x90")
    )
    assert outcome.sqlstate == "DW501", outcome
    assert f"U+{ord(character):04X}" in outcome.message


def test_the_reviews_statement_is_refused_and_a_plain_name_is_not(world: World):
    employee = world.connect("employee")
    request = world.people["employee"].rows["leave_requests"]
    refused = attempt(
        employee, INSERT_DOCUMENT, (request, "Sick note \u202efdp.exe", b"\x4d\x5a\x90")
    )
    assert refused.sqlstate == "DW501"
    # Names in any script, with accents and spaces, are names.
    for name in ("Sick note.pdf", "Attestation médicale été.pdf", "ملاحظة.pdf", "病假.pdf"):
        outcome = attempt(employee, INSERT_DOCUMENT, (request, name, name.encode()))
        assert outcome.ok, (name, outcome)


def test_renaming_to_such_a_name_is_refused_too(world: World):
    employee = world.connect("employee")
    document = world.people["employee"].rows["documents"]
    outcome = attempt(
        employee,
        "UPDATE documents SET file_name = %s WHERE id = %s",
        ("report\u202egpj.scr", document),
    )
    assert outcome.sqlstate == "DW501"
    assert attempt(
        employee, "UPDATE documents SET file_name = 'report.pdf' WHERE id = %s", (document,)
    ).ok


def test_a_recovery_documents_name_is_refused_as_well(world: World):
    clerk = world.connect("recovery")
    outcome = attempt(
        clerk,
        "INSERT INTO recovery_documents (document_type, document_name) VALUES ('court', %s)",
        ("Judgment\u200b\u202eexe.pdf",),
    )
    assert outcome.sqlstate == "DW501"
    assert attempt(
        clerk,
        "INSERT INTO recovery_documents (document_type, document_name)"
        " VALUES ('court', 'Judgment.pdf')",
    ).ok


def test_the_refusal_reads_as_a_sentence_beside_the_name(world: World):
    employee = world.connect("employee")
    request = world.people["employee"].rows["leave_requests"]
    try:
        with employee.transaction():
            employee.execute(INSERT_DOCUMENT, (request, "a\u202efdp.exe", b"MZ"))
    except psycopg.Error as error:
        refusal = explain(error, table="documents", action="insert")
    else:
        raise AssertionError("stored")
    assert isinstance(refusal, InvalidInput)
    assert refusal.code == "file_name_hidden_character"
    assert refusal.params["field"] == "file_name"
    assert refusal.params["character"] == "U+202E"
    assert refusal.params["position"] == "2"
    assert "U+202E" in refusal.message and "Rename the file" in refusal.message


def test_every_character_python_calls_control_or_format_is_refused(world: World):
    """The migration's frozen list covers what the client strips (Python's Unicode
    tables): the client never sends a name the database refuses for another reason."""
    pattern = earlier_revision("0043_names_notices_and_locks").HIDDEN_PATTERN
    conn = world.connect_superuser()
    refused = {
        code
        for (code,) in conn.execute(
            "SELECT c FROM generate_series(1, 1114111) AS c"
            " WHERE c NOT BETWEEN 55296 AND 57343 AND chr(c) ~ %s",
            (pattern,),
        )
    }
    stripped = {
        c for c in range(1, 0x110000) if unicodedata.category(chr(c)) in ("Cc", "Cf", "Zl", "Zp")
    }
    assert stripped <= refused, sorted(hex(c) for c in stripped - refused)
    # And nothing else: letters, marks, spaces and symbols stay.
    newer = set(range(0x13439, 0x13440))  # format controls of Unicode 15 (Python 3.11: 14)
    assert refused <= stripped | newer, sorted(hex(c) for c in refused - stripped - newer)
