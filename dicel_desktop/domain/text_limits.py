"""How many characters each typed text keeps (migration 0085): the one list the database's
CHECKs are made from and the window's editors read.

Every column a person types free text into, ``TEXT``, a list of texts (``TEXT[]``,
counted joined) or ``JSONB`` (counted as its text), keeps at most :data:`LONG_TEXT`
characters (some forty pages: a longer account belongs in a file attached to the record)
unless :data:`SHORT_TEXTS` gives it less: a one-line text (an address, a reason, a list
of skills) is meant short, and a short limit keeps it readable in a list and on a
payslip. ``VARCHAR(n)`` columns are limited by their type already (the schema plan's
lengths) and are not listed. A new TEXT column is limited by default: nothing to add
here unless it is meant short (tests/security/test_text_limits.py fails for a typed text
column of the database without its CHECK).

A list of texts (``TEXT[]``) also keeps at most :data:`LIST_ITEMS` items and no item
that is NULL (migration 0088, DW025 and DW026): the joined text skips NULL items, so
five million of them passed a 2,000-character limit. A JSON value's text counts every
item it holds (``[null, null]`` is 12 characters), so JSON needs no count of its own.

The workflow functions' texts are limited too, before any other work: a reason a step
writes (``dicel_given_reason``) at :data:`REASON` (DW020), any other required text
(``dicel_given_text``: a resolution, a reference) at :data:`LONG_TEXT` (DW024).

Pure Python: no SQLAlchemy, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "FITS_FUNCTION",
    "LIST_FUNCTION",
    "LIST_ITEMS",
    "LONG_TEXT",
    "NOT_TYPED_TABLES",
    "REASON",
    "SHORT_TEXTS",
    "check_name",
    "items_check_name",
    "most_characters",
    "most_items",
]

#: A long text: a description, notes, terms, findings (the cap of migration 0080's DW023).
LONG_TEXT = 100_000
#: A reason a step writes as one line of a record's text (migration 0074's DW020).
REASON = 2_000
#: An address, a list of skills or certifications, a contact: a few lines at most.
_SHORT = 2_000

#: The most items a list of texts keeps (skills, certifications: a list a person reads
#: through, not an inventory).
LIST_ITEMS = 200

#: The texts meant short: (table, column) -> the most characters kept.
SHORT_TEXTS: Mapping[tuple[str, str], int] = MappingProxyType(
    {
        ("users", "address"): _SHORT,
        ("clients", "address"): _SHORT,
        ("suppliers", "address"): _SHORT,
        # Filed by dicel_request_leave: a reason, as a step's.
        ("leave_requests", "reason"): REASON,
        ("users", "skills"): _SHORT,
        ("users", "certifications"): _SHORT,
        ("candidates", "skills"): _SHORT,
        ("security_guards", "training_certifications"): _SHORT,
        ("users", "emergency_contact"): _SHORT,
        ("employees", "emergency_contact"): _SHORT,
        ("security_guards", "emergency_contact"): _SHORT,
        ("employees", "bank_details"): _SHORT,
        ("employees", "tax_info"): _SHORT,
    }
)

#: Tables no person writes: the server fills them (the audit trail, from the rows'
#: own, already limited values).
NOT_TYPED_TABLES = frozenset({"audit_logs"})

#: The database function a limit's CHECK calls when the text is over it (it raises DW024).
FITS_FUNCTION = "dicel_text_fits"


#: The database function a list's items CHECK calls (it raises DW025 or DW026).
LIST_FUNCTION = "dicel_list_fits"


def most_items(table: str, column: str) -> int:
    """The most items the list ``table.column`` (a TEXT[] column) keeps."""
    return LIST_ITEMS


def most_characters(table: str, column: str) -> int:
    """The most characters ``table.column`` keeps, when it is a typed text column."""
    return SHORT_TEXTS.get((table, column), LONG_TEXT)


def check_name(table: str, column: str) -> str:
    """The name of the CHECK that limits ``table.column`` (within PostgreSQL's 63)."""
    return f"ck_{table}_{column}_fits"[:63]


def items_check_name(table: str, column: str) -> str:
    """The name of the CHECK that limits the items of the list ``table.column``."""
    return f"ck_{table}_{column}_items"[:63]
