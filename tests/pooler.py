"""A connection that cannot listen, as a pooler in transaction mode makes it (``from pooler
import NotificationDroppingProxy``).

Through PgBouncer in transaction mode a client's LISTEN runs on whichever server
connection is free at that moment and is left there; nothing reaches the client while it
waits. This TCP proxy gives the same result without PgBouncer: it passes every message
of the protocol but the server's NotificationResponse ('A'). Clients must connect with
``sslmode=disable`` and ``gssencmode=disable`` so that the server speaks in typed
messages from its first byte.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from urllib.parse import urlsplit

_NOTIFICATION = b"A"


class NotificationDroppingProxy:
    def __init__(self, dsn: str) -> None:
        parts = urlsplit(dsn)
        self.target = (parts.hostname or "127.0.0.1", parts.port or 5432)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self._sockets: list[socket.socket] = [self.listener]
        self._closed = False
        #: Notifications kept from the client so far.
        self.dropped = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            self._sockets += [client, server]
            threading.Thread(target=self._pass, args=(client, server), daemon=True).start()
            threading.Thread(target=self._filter, args=(server, client), daemon=True).start()

    def _pass(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while chunk := source.recv(65536):
                sink.sendall(chunk)
        except OSError:
            pass
        finally:
            self._shut(source, sink)

    def _filter(self, source: socket.socket, sink: socket.socket) -> None:
        pending = b""
        try:
            while chunk := source.recv(65536):
                pending += chunk
                out = bytearray()
                # Each message: a type byte, then its length (counting itself) in 4 bytes.
                while len(pending) >= 5:
                    length = int.from_bytes(pending[1:5], "big")
                    if len(pending) < 1 + length:
                        break
                    message, pending = pending[: 1 + length], pending[1 + length :]
                    if message[:1] == _NOTIFICATION:
                        self.dropped += 1
                    else:
                        out += message
                if out:
                    sink.sendall(out)
        except OSError:
            pass
        finally:
            self._shut(source, sink)

    @staticmethod
    def _shut(*sockets: socket.socket) -> None:
        for s in sockets:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self._closed = True
        for s in self._sockets:
            with contextlib.suppress(OSError):
                s.close()
