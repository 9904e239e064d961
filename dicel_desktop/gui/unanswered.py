"""A window says it when its operation has had no answer from the server yet (watch39,
wait40).

The status bar's ``ConnectionWatch`` says "No answer from the server yet — 15 s" at the
main window's foot, which a dialog or a window of its own may cover, and tells the window
that asked through ``DbWorker.task_unanswered(request id, seconds)``. Every window that
shows a busy text while its operation runs ("Saving…", "Loading…", "Working…") says the
same longer words in its own place: "Saving… (no answer from the server yet)". Once for
an operation (the status bar counts the seconds); what was typed stays as typed, and the
answer, a refusal or the lost connection ends it as the window always ended it (its
refusal, its result, or its busy text taken away).

One :class:`Unanswered` per window: ``busy_for(request id)`` is the window's busy text
while that operation is its own and under way ("" otherwise: not its own, or it shows
something else there), and ``say(words)`` puts the longer words where the busy text is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from dicel_desktop.gui.collected import slot_while_whole
from dicel_desktop.gui.worker import DbWorker

__all__ = ["Unanswered", "loading_text", "unanswered_words", "working_text"]


def unanswered_words(busy_text: str) -> str:
    """``busy_text`` with why it lasts: "Saving… (no answer from the server yet)"."""
    # RecordWindow's context: where its translation has been since watch39 (fr and rw).
    waiting = QCoreApplication.translate("RecordWindow", "%1 (no answer from the server yet)")
    return waiting.replace("%1", busy_text)


def loading_text() -> str:
    """ "Loading…", for a window whose reads show no words of their own (a list, a step
    dialog reading its facts); the record window's translation."""
    return QCoreApplication.translate("RecordWindow", "Loading…")


def working_text() -> str:
    """ "Working…", for a step dialog whose step shows no words of its own; the case
    step's translation."""
    return QCoreApplication.translate("CaseStepDialog", "Working…")


class Unanswered(QObject):
    """Listens to the worker for ``parent``'s operations; see the module docstring."""

    def __init__(
        self,
        worker: DbWorker | None,
        parent: QObject,
        busy_for: Callable[[int], str],
        say: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self._busy_for = busy_for
        self._say = say
        #: The operation whose waiting was said (once: the watch says it at each look).
        self.said_for: int | None = None
        #: The words said for it ("" before any).
        self.words = ""
        if worker is not None:  # a page built without one (its rows tested alone) hears none
            worker.task_unanswered.connect(self._on_task_unanswered)

    def shows(self, text: str) -> bool:
        """Whether ``text`` (what the window's line shows now) is the longer words."""
        return bool(self.words) and text == self.words

    @slot_while_whole(int, int, keeps="_busy_for")
    def _on_task_unanswered(self, request_id: int, _seconds: int) -> None:
        if request_id == self.said_for:
            return  # said already
        busy = self._busy_for(request_id)
        if not busy:
            return  # not this window's, ended, or something else is said there
        self.said_for = request_id
        self.words = unanswered_words(busy)
        self._say(self.words)
