"""The loopback port a local cluster listens on: whether one is free, any free one, and
whether the server accepts connections on it yet. No Qt here, and nothing outside the
standard library.
"""

from __future__ import annotations

import socket
import time

from dicel_desktop.localdb_programs import IS_WINDOWS

# --------------------------------------------------------------------------- ports


def _port_is_free(port: int) -> bool:
    """Whether a server could listen on 127.0.0.1:port now (as PostgreSQL does)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        if not IS_WINDOWS:
            # PostgreSQL sets SO_REUSEADDR too, so sockets in TIME_WAIT do not block it.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _pick_free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _accepts_tcp(port: int, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return True
        except OSError:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.05)
