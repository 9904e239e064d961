"""Exporting a list (services.export): the words of its error codes.

Part of :data:`dicel_desktop.domain.errors.MESSAGES` (see :mod:`dicel_desktop.domain.messages`).
"""

from __future__ import annotations

from collections.abc import Mapping

from dicel_desktop.domain.translatable import QT_TRANSLATE_NOOP

MESSAGES: Mapping[str, str] = {
    # --- exporting a list (services.export)
    "export_write_failed": QT_TRANSLATE_NOOP(
        "errors",
        "The list could not be saved as {path}: {detail}. Choose a folder you can write "
        "to (and with free space), then export again.",
    ),
    "export_file_in_use": QT_TRANSLATE_NOOP(
        "errors",
        "{name} is open in another program (Excel keeps the workbooks it shows), or may "
        "not be replaced: close it there and export again, or choose another name.",
    ),
}
