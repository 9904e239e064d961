"""One program at a time starts a demo folder's database (a user-eye review started four
at the same second: the server's lock file was raced for, and a migration ran twice)."""

from __future__ import annotations

import threading

from dicel_desktop.demo_mode import _only_one_starting


def test_a_second_start_waits_for_the_first(tmp_path):
    events: list[str] = []

    def second() -> None:
        with _only_one_starting(tmp_path):
            events.append("second starts")

    with _only_one_starting(tmp_path):
        other = threading.Thread(target=second)
        other.start()
        # Long enough for an unlocked second start to come in first; the order below,
        # not this wait, is what is asserted.
        other.join(timeout=0.3)
        events.append("first done")
    other.join()
    assert events == ["first done", "second starts"]
