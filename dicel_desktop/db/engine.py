"""Engine and session factories (SQLAlchemy 2 over psycopg 3)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker


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
    (ARCHITECTURE 7).
    """
    connect_args = {"prepare_threshold": None, **kwargs.pop("connect_args", {})}
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(sqlalchemy_url(dsn), connect_args=connect_args, **kwargs)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
