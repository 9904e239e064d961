"""The audit log's grid passes the words it shows for each action to the quick search
(``ListQuery.said``), as it does a state's: « Modifié » and "Yinjiye" found nothing, the
stored UPDATE and LOGIN did (eye34 #5)."""

from __future__ import annotations

import pytest

from dicel_desktop.gui import translations
from dicel_desktop.services.columns import table_spec


@pytest.mark.parametrize(
    ("language", "changed", "logged_in"),
    [
        ("en", "Changed", "Logged in"),
        ("fr", "Modifié", "Connexion"),
        ("rw", "Byahinduwe", "Yinjiye"),
    ],
)
def test_the_audit_log_says_its_actions_words_to_the_search(
    restore_language, language, changed, logged_in
):
    translations.install_translators(language)
    said = dict(translations.said_words("audit_logs", [table_spec("audit_logs").column("action")]))
    words = dict(said["action"])
    assert words["UPDATE"] == changed
    assert words["LOGIN"] == logged_in
