"""Marks a string for translation below the GUI, where Qt is never imported.

``pyside6-lupdate`` extracts every ``QT_TRANSLATE_NOOP("context", "literal")`` call by its
name (tested: its Python parser recognises the name, not the import), so the sentence
lands in the ``.ts`` files; the call itself returns the English text unchanged. The GUI
translates the text when it shows it, with the same context:
``QCoreApplication.translate("errors", MESSAGES[code])``.

Contexts: ``errors`` (domain.errors.MESSAGES, written in domain/messages/), ``labels``
(titles, column labels and choice words: gui.translations.tr_label), ``dashboards``
(figure titles and captions).
"""

from __future__ import annotations

__all__ = ["QT_TRANSLATE_NOOP"]


# Named as Qt names it: lupdate recognises the call by this name.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text`` as it is; the call marks it for lupdate under ``context``."""
    return text
