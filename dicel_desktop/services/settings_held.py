"""The keys of the settings already made: a new setting's list of keys leaves them out
(eye40 #2), since a second row of a key is refused (its UNIQUE constraint) and the
existing one is changed from the list instead. No Qt here."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

__all__ = ["setting_keys_held"]


def setting_keys_held(session: Session) -> frozenset[str]:
    """Every ``system_settings.setting_key`` there is (administrators read them all)."""
    rows = session.execute(sa.text("SELECT setting_key FROM system_settings")).scalars()
    return frozenset(rows)
