"""Whether the database still accepts this login, asked on a new connection (pool40).

Behind PgBouncer (transaction mode, ``auth_query``) a login turned off while the window
is open is refused only when a new connection to PgBouncer is opened ("no such user": a
NOLOGIN role is not in ``pg_shadow``). The window's open connections are not refused:
their next statement waits while PgBouncer fails to log in to the server as that login,
until its ``query_wait_timeout`` (120 s by default; none where IT turned it off). So when
a task has waited for an answer (the status bar's ConnectionWatch), the watch asks this
on a thread of its own, the worker being the one waiting: one connection attempt, no
statement, closed at once. A refusal of anything but the login (a server down, PgBouncer
holding logins after failures) answers None: the status bar keeps what it says.
No Qt.
"""

from __future__ import annotations

import psycopg
from sqlalchemy import Engine

from dicel_desktop.domain.errors import DicelError, NotAllowed
from dicel_desktop.services.auth import connection_params
from dicel_desktop.services.db_errors import is_login_refusal

__all__ = ["refusal_of_login"]

#: How long the attempt may take where the login's URL says nothing (its own
#: ``connect_timeout``, 5 s, comes first): a server that hangs must not hold the thread.
CONNECT_TIMEOUT_S = 10


def refusal_of_login(engine: Engine) -> DicelError | None:
    """``login_refused`` when a new connection of ``engine``'s login is refused as that
    login (turned off, or its password changed); None when it opens, or fails otherwise.

    The attempt is made with the engine's own parameters (auth.connection_params), not
    a URI rendered from its URL: libpq refuses a URI whose password holds a space, and
    reads a query value's ``+`` as itself (a CA file under "Program Files"), so the
    check failed for those logins and said nothing (review40 #2)."""
    params = connection_params(engine)
    params.setdefault("connect_timeout", str(CONNECT_TIMEOUT_S))
    try:
        connection = psycopg.connect(**params)
    except psycopg.Error as error:
        if is_login_refusal(error):
            refusal = NotAllowed("login_refused")
            refusal.__cause__ = error
            return refusal
        return None
    connection.close()
    return None
