"""Every "not yours to decide" refusal (DW002) a migration raises names its deciders by a
key the client has words for: never "Only hr, finance may decide this pay period."."""

from __future__ import annotations

import re
from pathlib import Path

from dicel_desktop.domain.errors import DECIDERS, DicelError

MIGRATIONS = Path(__file__).resolve().parents[2] / "migrations" / "versions"


def test_every_deciders_key_a_migration_raises_has_words():
    keys = {
        key
        for path in MIGRATIONS.glob("*.py")
        for key in re.findall(r"'deciders',\s*'([^']+)'", path.read_text(encoding="utf-8"))
    }
    assert {"supervisor_or_hr", "finance", "hr, finance"} <= keys
    assert keys - set(DECIDERS) == set()


def test_the_sentence_uses_the_words():
    error = DicelError("not_yours_to_decide", deciders=DECIDERS["hr, finance"], record="pay period")
    assert error.message == "Only HR or finance may decide this pay period."
