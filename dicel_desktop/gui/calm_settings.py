"""Settings that reach the disk once a person pauses, not at every choice they make.

Qt writes a ``QSettings`` file in the event-loop turn after a change: the whole file,
flushed to disk (``fdatasync``) on the GUI thread. The main window's settings change at
every tab, module page, My work section, column width or column chosen, so each of
those clicks was followed by a write in the window's way: 1.2 ms here, and a 13 ms gap
once while the disk was busy (tests/perf/test_gui_stall_benchmark.py, stop 18). On a
Windows desktop the file is the registry; on a network home folder it is a round trip.

``CalmSettings`` takes Qt's request to write and writes ``CALM_MS`` later instead, so a
burst of choices costs one write, at a moment nobody is clicking. It is also written at
once when asked (``sync()``: the main window does on closing) and when the application
quits. A crash loses at most the last ``CALM_MS`` of choices, never a record: settings
hold only how the window looks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer

#: How long after a change its write waits (the first unsaved change starts the clock).
CALM_MS = 2000


class CalmSettings(QSettings):
    """``QSettings`` whose changes are written ``calm_ms`` after the first unsaved one,
    on ``sync()``, or when the application quits. Same constructor arguments."""

    def __init__(self, *args: Any, calm_ms: int = CALM_MS) -> None:
        super().__init__(*args)
        self._calm = QTimer(self)
        self._calm.setSingleShot(True)
        self._calm.setInterval(calm_ms)
        self._calm.timeout.connect(self.sync)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.sync)

    @property
    def write_pending(self) -> bool:
        """Whether changes are waiting for their write."""
        return self._calm.isActive()

    def event(self, event: QEvent) -> bool:
        # Qt posts one UpdateRequest per run of unsaved changes and writes the file when
        # it arrives; it posts the next one only after a write (sync()).
        if event.type() == QEvent.Type.UpdateRequest:
            if not self._calm.isActive():
                self._calm.start()
            return True
        return super().event(event)

    def sync(self) -> None:
        self._calm.stop()
        super().sync()
