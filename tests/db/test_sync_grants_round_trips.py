"""sync_grants sends its statements a few hundred to a round trip (stop 43): one each,
some 1,300 for the schema's tables, columns and functions, took a second on the same
machine, paid by every ``dicel-admin migrate`` and ``sync-grants`` (and by every upgrade
to head in the tests), and would take a minute to a company server 50 ms away. What the
grants come to is tests/security/test_grants_sync.py's."""

from __future__ import annotations

from sqlalchemy import event

from dicel_desktop.db.engine import make_engine
from dicel_desktop.db.grants import expected_grants, grants_in_database, sync_grants


def test_sync_grants_takes_a_few_dozen_round_trips_not_one_a_grant(db_dsn: str):
    engine = make_engine(db_dsn, pool_pre_ping=False)
    sent: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        sent.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        with engine.begin() as conn:
            sync_grants(conn)
            event.remove(engine, "before_cursor_execute", count)
            assert grants_in_database(conn) == expected_grants()
    finally:
        engine.dispose()
    # The schema's GRANTs and REVOKEs, all of them sent.
    assert sum(s.count("GRANT ") + s.count("REVOKE ") for s in sent) > 1_000
    assert len(sent) < 60, len(sent)
