"""Remembered passwords: kept in the OS keyring per login and server; never a crash."""

from __future__ import annotations

import pytest
from keyring.backends import null
from keyring_fakes import LockedKeyring, MemoryKeyring, no_keyring, use_keyring

from dicel_desktop.config import ConnectionProfile
from dicel_desktop.gui import credentials

HEAD_OFFICE = ConnectionProfile("Head office", "db.dicel.rw")
REPLICA = ConnectionProfile("Reports", "db2.dicel.rw")


def test_a_saved_password_comes_back_for_the_same_login_and_server():
    with use_keyring(MemoryKeyring()) as store:
        assert credentials.keyring_available() == (True, "")
        credentials.save_password(HEAD_OFFICE, "Aline.Uwase@dicel.rw", "s3cret-Pass")

        # E-mails are not case-sensitive; the entry names the login and the server.
        assert credentials.load_password(HEAD_OFFICE, "aline.uwase@dicel.rw") == "s3cret-Pass"
        assert store.passwords == {
            ("DICEL Desktop", "aline.uwase@dicel.rw@db.dicel.rw:5432/dicel_erp_db"): "s3cret-Pass"
        }
        assert credentials.load_password(REPLICA, "aline.uwase@dicel.rw") is None
        assert credentials.load_password(HEAD_OFFICE, "eric@dicel.rw") is None


def test_the_password_follows_the_server_not_the_profile_name():
    with use_keyring(MemoryKeyring()):
        credentials.save_password(HEAD_OFFICE, "a@dicel.rw", "pw-123456")
        renamed = ConnectionProfile("Kigali HQ", "db.dicel.rw")
        assert credentials.load_password(renamed, "a@dicel.rw") == "pw-123456"


def test_deleting_forgets_the_password_and_is_quiet_when_there_is_none():
    with use_keyring(MemoryKeyring()) as store:
        credentials.save_password(HEAD_OFFICE, "a@dicel.rw", "pw-123456")
        credentials.delete_password(HEAD_OFFICE, "a@dicel.rw")
        assert store.passwords == {}
        credentials.delete_password(HEAD_OFFICE, "a@dicel.rw")  # nothing left: no error


@pytest.mark.parametrize(
    ("backend", "words"),
    [(no_keyring, "no password store"), (null.Keyring, "turned off")],
    ids=["no backend", "null backend"],
)
def test_without_a_keyring_remembering_is_off_with_a_reason_and_nothing_raises(backend, words):
    with use_keyring(backend()):
        available, reason = credentials.keyring_available()
        assert available is False
        assert words in reason
        assert credentials.load_password(HEAD_OFFICE, "a@dicel.rw") is None
        credentials.delete_password(HEAD_OFFICE, "a@dicel.rw")
        with pytest.raises(credentials.CredentialStoreError) as refused:
            credentials.save_password(HEAD_OFFICE, "a@dicel.rw", "pw-123456")
        assert str(refused.value) == reason


def test_a_store_that_refuses_gives_a_sentence_on_save_and_nothing_on_load():
    with use_keyring(LockedKeyring()):
        assert credentials.keyring_available() == (True, "")
        with pytest.raises(credentials.CredentialStoreError, match="could not be remembered"):
            credentials.save_password(HEAD_OFFICE, "a@dicel.rw", "pw-123456")
        assert credentials.load_password(HEAD_OFFICE, "a@dicel.rw") is None
        credentials.delete_password(HEAD_OFFICE, "a@dicel.rw")


def test_a_keyring_that_cannot_even_start_is_reported_not_raised(monkeypatch):
    import keyring

    def broken():
        raise RuntimeError("D-Bus is not running")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    available, reason = credentials.keyring_available()
    assert available is False
    assert "D-Bus is not running" in reason
    assert credentials.load_password(HEAD_OFFICE, "a@dicel.rw") is None
