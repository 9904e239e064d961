"""A phone's, an e-mail's and an emergency contact's rules (DW031, DW032, DW035, DW036),
said beside the field before sending in the database's sentence, with why: one table of
shapes, so that a phone column and the company's phone setting say the same. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from dicel_desktop.domain.contact_rules import (
    CONTACT_COLUMNS,
    EMAIL_COLUMNS,
    PHONE_COLUMNS,
    contact_fault,
    contact_gap,
    contact_lacks_both,
    email_cause,
    email_fits,
    phone_cause,
    phone_fits,
)
from dicel_desktop.domain.errors import InvalidInput
from dicel_desktop.services.form_types import FieldSpec

__all__ = ["shape_error"]


_PHONES = frozenset(PHONE_COLUMNS)
_EMAILS = frozenset(EMAIL_COLUMNS)
_CONTACTS = frozenset(CONTACT_COLUMNS)
#: No record loaded (a new one, or a caller that gives none): every part is asked.
_UNLOADED: Any = object()
#: Causes said before a length: two numbers or two addresses in one box.
_TWO = frozenset({"two_numbers", "two_addresses"})


#: A phone's and an e-mail's rule, refusal and why (DW035, DW036; migration 0125, 0132):
#: one table, so the two sentences cannot drift apart (review35c F8).
_SHAPES: dict[str, tuple[Callable[[str], bool], Callable[[str], str | None], str]] = {
    "phone": (phone_fits, phone_cause, "phone_not_a_number"),
    "email": (email_fits, email_cause, "email_not_an_address"),
}


def _as_text(contact: Any, part: str) -> str | None:
    """``contact``'s ``part`` as the trigger reads it (``->>``): text, or None."""
    found = contact.get(part) if isinstance(contact, Mapping) else None
    return None if found is None else str(found)


def _contact_error(
    table: str, spec: FieldSpec, value: Any, before: Any = _UNLOADED
) -> InvalidInput | None:
    """A phone or an e-mail of another shape (DW035, DW036, migration 0125), with why
    (``cause``, migration 0132), an emergency contact without its phone or its name
    (DW031, migration 0132), or one that is not one person written as texts (DW032,
    migration 0135): said beside the field before sending, in the database's
    sentence; the typed text stays.

    ``before``, a saved record's contact as loaded: as ``dicel_contact_shapes`` asks
    (migration 0130), a contact's phone and e-mail are asked only where they changed, and
    the name-and-phone rule only when the contact did (review35c F2: a name corrected
    while a phone stored before 0130 stays is accepted)."""
    key = (table, spec.name)
    if key in _PHONES and isinstance(value, str):
        return shape_error("phone", spec, value)
    if key in _EMAILS and isinstance(value, str):
        return shape_error("email", spec, value)
    if key not in _CONTACTS or value is None:
        return None
    if before is not _UNLOADED and before == value:
        return None  # a contact that stays is not asked (0130, 0132, 0135)
    contact = dict(value) if isinstance(value, Mapping) else value
    if contact_fault(contact) is not None:
        # Migration 0135 (DW032, psql36 #1): a list or a bare text typed in the raw JSON,
        # or a part that is not text; the form's own lines write neither.
        return InvalidInput("contact_not_one_person", field=spec.name)
    for part, (fits, cause, code) in _SHAPES.items():  # its phone, then its e-mail
        text = _as_text(contact, part)
        if before is not _UNLOADED and text == _as_text(before, part):
            continue
        if text is not None and not fits(text):
            return InvalidInput(
                f"contact_{code}",
                value=text,
                field=spec.name,
                part=part,
                cause=cause(text) or "",
            )
    gap = contact_gap(contact)
    if contact_lacks_both(contact):
        # The name line, the contact's first: where the typing starts.
        return InvalidInput("contact_without_name_or_phone", field=spec.name, part="name")
    if gap is not None:
        code = "contact_without_phone" if gap == "phone" else "contact_without_name"
        return InvalidInput(code, field=spec.name, part=gap)
    return None


def shape_error(kind: str, spec: FieldSpec, value: str, label: Any = None) -> InvalidInput | None:
    """DW035's (``kind`` "phone") or DW036's ("email") sentence for ``value`` typed in
    ``spec``'s box (named ``label``, else by its own label), with why; None when it is
    of its shape."""
    fits, cause, code = _SHAPES[kind]
    if fits(value):
        return None
    return InvalidInput(
        code,
        label=spec.label if label is None else label,
        value=value,
        field=spec.name,
        cause=cause(value) or "",
    )
