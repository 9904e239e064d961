"""Files attached to records: the registration of their codes (a file a field names,
DW462; a file on a record that left its open states, DL003; a file name, DW501; a case
document, DW464, DW465; a link to another record's file, DD004). Their sentences are in
``domain/messages/files.py``.
"""

from __future__ import annotations

from dicel_desktop.domain.errors import (
    Conflict,
    InvalidInput,
    NotFound,
)
from dicel_desktop.services.db_errors.detail import detail_params
from dicel_desktop.services.db_errors.registry import register_sqlstate

# The file a candidate's CV, an enrollment's certificate, a person's photo or a case
# document names, removed while the field names it (migration 0113): TABLE and COLUMN
# the record's, DETAIL ``file``, ``id``. A case document is its file (never replaced).
register_sqlstate(
    "DW462",
    "linked_file_stays",
    Conflict,
    detail_params,
    by_table={"recovery_documents": "case_document_file_stays"},
)
#: A link column written with another record's file, past dicel_link_document (0064).
register_sqlstate("DD004", "document_not_of_record", NotFound)
#: A case document is its file (migration 0115): never replaced (DW464), and one file
#: (DW465); DETAIL ``file`` (its file's name), ``id`` (the case document's).
register_sqlstate("DW464", "case_document_file_never_replaced", Conflict, detail_params)
register_sqlstate("DW465", "case_document_one_file", Conflict, detail_params)
#: A file replaced on or removed from a record that left its lock's open states (a paid
#: expense's receipt, migration 0040); a new file may still be added.
register_sqlstate("DL003", "files_locked", Conflict, detail_params)

#: A file name holding an invisible or control character (migration 0043).
register_sqlstate("DW501", "file_name_hidden_character", InvalidInput, detail_params)
