"""A form's categories and types offer the values already in use as the person types
(services/suggestions.py): read on the DB worker after the record itself, each given to
its field's editor (``TextEditor.offer``). Nothing is offered where the read fails: the
fields stay plain boxes, and the form is as usable as before."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from dicel_desktop.gui.operations import Op
from dicel_desktop.services import suggestions

log = logging.getLogger(__name__)


def offer_typed_before(window: Any) -> None:
    """For a record window (gui/records/record_window.py): the fields of ``SUGGESTED``
    columns the person may type in get their suggestions."""
    spec = window.spec
    editors = window.form.editors
    columns = tuple(
        name
        for name in editors
        if (window.table, name) in suggestions.SUGGESTED
        and (name in spec.insertable or name in spec.updatable)
    )
    if not columns:
        return

    def offer(found: Mapping[str, list[str]]) -> None:
        for name, words in found.items():
            offer_words = getattr(editors.get(name), "offer", None)
            if offer_words is not None and words:
                offer_words(words)

    (
        Op(window.worker, suggestions.typed_before_in, window.table, columns, window.role)
        .for_widget(window)
        .on_success(offer)
        .on_failure(lambda error: log.debug("No suggestions for %s: %s", window.table, error))
        .run()
    )
