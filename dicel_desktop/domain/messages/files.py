"""Files attached to records (services.documents): the words of their error codes.

Part of :data:`dicel_desktop.domain.errors.MESSAGES` (see :mod:`dicel_desktop.domain.messages`).
"""

from __future__ import annotations

from collections.abc import Mapping

from dicel_desktop.domain.translatable import QT_TRANSLATE_NOOP

MESSAGES: Mapping[str, str] = {
    # --- files attached to records (services.documents)
    "document_too_big": QT_TRANSLATE_NOOP(
        "errors",
        "“{file_name}” is {size}; a file attached to a record can be at most {limit}. "
        "Make it smaller (scan at a lower resolution, or compress it) and try again.",
    ),
    "document_empty": QT_TRANSLATE_NOOP(
        "errors", "“{file_name}” is empty: there is nothing to attach."
    ),
    "document_name_missing": QT_TRANSLATE_NOOP(
        "errors", "The file has no name. Give it a name and try again."
    ),
    "file_name_hidden_character": QT_TRANSLATE_NOOP(
        "errors",
        "A file name may not hold invisible or control characters (this one has {character} "
        "at character {position}): such a character can make a name look like another, a "
        "program like a PDF. Rename the file and attach it again.",
    ),
    # Download… is the documents panel's button (and the refusal dialog's) that saves a copy.
    "document_not_opened_program": QT_TRANSLATE_NOOP(
        "errors",
        "DICEL does not open “{name}”: a file of this kind ({extension}) would run as a "
        "program on this computer. Use Download… to save a copy instead, and ask IT if you "
        "expected a document.",
    ),
    "document_not_opened_content": QT_TRANSLATE_NOOP(
        "errors",
        "DICEL does not open “{name}”: it holds a program, not a document. Use Download… to "
        "save a copy instead, and ask IT if you expected a document.",
    ),
    "document_not_opened_mismatch": QT_TRANSLATE_NOOP(
        "errors",
        "DICEL does not open “{name}”: its name ends in {named}, but it was stored as "
        "another kind of file ({stored}), so this computer might open it with the wrong "
        "program. Use Download… to save a copy, and open it where you know what it is.",
    ),
    "document_bad_media_type": QT_TRANSLATE_NOOP(
        "errors",
        "The type of this file was given in a form the database does not accept (such as "
        "application/pdf). Attach the file again.",
    ),
    "document_already_attached": QT_TRANSLATE_NOOP(
        "errors", "This file is already attached as “{existing}” by {uploader} on {date}."
    ),
    "document_already_attached_unseen": QT_TRANSLATE_NOOP(
        "errors", "This file is already attached to this record."
    ),
    "document_not_allowed": QT_TRANSLATE_NOOP(
        "errors",
        "You may not change the files of this {record}: only people who may change the "
        "{record} can attach, replace or remove its files.",
    ),
    "document_not_found": QT_TRANSLATE_NOOP(
        "errors",
        "This file is no longer there: someone removed it, or you can no longer see its "
        "record. Reload to see the current files.",
    ),
    "document_changed": QT_TRANSLATE_NOOP(
        "errors",
        "“{file_name}” was replaced by {uploader} at {time} after you opened it. Reload to "
        "see the new version, then try again.",
    ),
    "document_owner_unknown": QT_TRANSLATE_NOOP(
        "errors", "Files cannot be attached to records of “{table}”."
    ),
    "document_not_a_link": QT_TRANSLATE_NOOP(
        "errors", "The field “{column}” of “{table}” cannot hold a file."
    ),
    "document_not_of_record": QT_TRANSLATE_NOOP(
        "errors",
        "That file is not attached to this record (or you can no longer see it). Attach "
        "it to the record first.",
    ),
    "document_link_filed": QT_TRANSLATE_NOOP(
        "errors",
        "This {record} already has its file, and a saved {record} cannot be changed. Add "
        "a new {record} for another file.",
    ),
    # Migration 0113: the file a link field names stays while the field names it (DW462).
    "linked_file_stays": QT_TRANSLATE_NOOP(
        "errors",
        "“{file}” is the {name} of this {record}: replace it with Replace… on the {label} "
        "field instead, or empty that field and save before removing it.",
    ),
    # Migration 0115: a case document is its file, never replaced (DW464), and holds one
    # file (DW465).
    "case_document_file_never_replaced": QT_TRANSLATE_NOOP(
        "errors",
        "“{file}” is the file of this case document, and it is never replaced. To correct "
        "it, delete the case document and file a new one.",
    ),
    "case_document_one_file": QT_TRANSLATE_NOOP(
        "errors",
        "This case document already has its file, “{file}”: a case document holds one "
        "file. File another case document for another file.",
    ),
    "case_document_file_stays": QT_TRANSLATE_NOOP(
        "errors",
        "“{file}” is the file of this case document: remove the case document itself "
        "(its file goes with it) rather than its file.",
    ),
}
