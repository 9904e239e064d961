"""The mark of a required field keeps the space a language puts before its colon: the
French step dialog read « Ce qui a été dit au client *: » (eye34 #8)."""

from __future__ import annotations

from dicel_desktop.gui.widgets.required import required_text


def test_the_mark_keeps_a_spaced_colon_spaced_and_unbroken():
    assert required_text("Ce qui a été &dit au client :") == "Ce qui a été &dit au client *\u00a0:"
    assert required_text("What the client was &told:") == "What the client was &told *:"
    assert required_text("&Why") == "&Why *"
