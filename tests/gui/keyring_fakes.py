"""Keyring backends for tests, so that no test ever reads or writes a real password store.

Use them with the ``use_keyring`` helper, which puts the previous backend back afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import keyring
from jaraco.classes.properties import classproperty
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringLocked, PasswordDeleteError


class _NeverChosen(KeyringBackend):
    # keyring registers every subclass as a candidate backend; a priority that raises
    # keeps these out of its automatic choice, so only set_keyring() installs them.
    @classproperty
    def priority(cls) -> float:
        raise RuntimeError("a test backend: install it with keyring.set_keyring()")


class MemoryKeyring(_NeverChosen):
    """A working password store held in a dict."""

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.passwords[(service, username)]
        except KeyError:
            raise PasswordDeleteError("no such password") from None


class LockedKeyring(_NeverChosen):
    """A store that exists but refuses everything (a locked GNOME Keyring, say)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("the keyring is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("the keyring is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("the keyring is locked")


def no_keyring() -> KeyringBackend:
    """What keyring chooses on a machine without any password store."""
    return fail.Keyring()


@contextmanager
def use_keyring(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
