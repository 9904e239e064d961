"""Engine and session factories (SQLAlchemy 2 over psycopg 3)."""

from __future__ import annotations

import weakref
from typing import Any

from sqlalchemy import URL, Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

#: libpq's TCP keepalive and user timeout, on every connection the program opens (the
#: login's engine, the work listener's connection, an export's process, the demo's).
#: Without them a network that drops without a word (a Wi-Fi roam, a VPN or NAT that
#: forgets the connection) leaves a read waiting in the socket for the system's
#: retransmission limit, about 15 minutes on Linux: the one DB worker (and the status
#: bar's ping behind it) and the listener's heartbeat all wait that long. With these, an
#: idle connection is probed after 30 s, then every 10 s, and given up after 3 unanswered
#: probes; data sent and not acknowledged for 60 s ends it too (Linux; other systems
#: ignore what they lack). The query then fails with a lost connection, which the
#: window already says in words and retries.
TCP_KEEPALIVE: dict[str, int] = {
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
    "tcp_user_timeout": 60_000,  # milliseconds
}


def sqlalchemy_url(dsn: str) -> str:
    """Turn a libpq URL (``postgresql://...``) into SQLAlchemy's psycopg 3 form."""
    url = make_url(dsn)
    if url.drivername in ("postgresql", "postgres", "postgresql+psycopg"):
        url = url.set(drivername="postgresql+psycopg")
    else:
        raise ValueError(f"not a PostgreSQL URL: {url.drivername}")
    return url.render_as_string(hide_password=False)


def make_engine(dsn: str, **kwargs: Any) -> Engine:
    """An engine for ``dsn``.

    ``prepare_threshold=None`` keeps psycopg from creating server-side prepared
    statements, so the client works unchanged behind PgBouncer in transaction mode
    (ARCHITECTURE 7). Every connection carries ``TCP_KEEPALIVE``.
    """
    connect_args = {
        "prepare_threshold": None,
        **TCP_KEEPALIVE,
        **kwargs.pop("connect_args", {}),
    }
    kwargs.setdefault("pool_pre_ping", True)
    engine = create_engine(sqlalchemy_url(dsn), connect_args=connect_args, **kwargs)
    _connect_args[engine] = dict(connect_args)
    return engine


#: The ``connect_args`` make_engine gave each engine (SQLAlchemy keeps them only inside
#: its pool's creator).
_connect_args: weakref.WeakKeyDictionary[Engine, dict[str, Any]] = weakref.WeakKeyDictionary()


def connect_params(engine: Engine, url: URL | None = None) -> dict[str, Any]:
    """The keywords ``psycopg.connect`` gets for a new connection of ``engine`` (of
    ``url``, the engine's own with another password, when given): the URL's parts as
    the dialect reads them, query values as they are, and make_engine's ``connect_args``.
    A connection opened with them is the one the engine would open; a libpq URI
    re-rendered from the URL is not (a space in a password is refused, ``+`` in a query
    value is not read as a space: review40 #2)."""
    _args, params = engine.dialect.create_connect_args(url if url is not None else engine.url)
    return {**params, **_connect_args.get(engine, {})}


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def drop_pooled_connections(session_factory: Any) -> None:
    """Close the idle connections of ``session_factory``'s engine, so that its next
    session opens a new one (pool40). SQLAlchemy empties the pool itself after an error
    it judges a disconnect, but only then; and a connection to PgBouncer whose login was
    turned off stays open and is held, never refused: only a new one is refused.
    Connections checked out meanwhile stay valid and are closed when given back."""
    engine = engine_of(session_factory)
    if engine is not None:
        engine.dispose()


def engine_of(session_factory: Any) -> Engine | None:
    """The engine a ``make_session_factory`` factory binds its sessions to (None for
    any other callable)."""
    engine = getattr(session_factory, "kw", {}).get("bind")
    return engine if isinstance(engine, Engine) else None
