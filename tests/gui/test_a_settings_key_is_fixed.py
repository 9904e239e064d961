"""A setting's window as the administrator meets it (eye33 #1, migration 0117): the key
is read-only on a saved setting, and Delete… is off, saying why, for a setting DICEL
reads; an obsolete one is still deleted."""

from __future__ import annotations

import pytest

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.gui import translations
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.services import records

WAIT_MS = 30_000  # a deadline for a failing test on a busy machine, not a measurement


def _setting(admin, key: str, value: str):
    with admin.session() as session:
        return records.create_record(
            session,
            "system_settings",
            admin.role,
            {"setting_key": key, "setting_value": value, "setting_type": "number"},
        )


def _open(qtbot, opener, record_id):
    window = opener.open("system_settings", record_id)
    qtbot.waitUntil(lambda: not window.is_busy and window.panels_ready, timeout=WAIT_MS)
    return window


def test_a_setting_dicel_reads_shows_its_key_fixed_and_no_delete(qtbot, logins, desk):
    admin = logins.person("admin")
    setting = _setting(admin, "leave.allowance.study", "10")
    window = _open(qtbot, desk(admin), setting.id)
    assert not window.form.editable("setting_key")
    assert window.form.editable("setting_value")
    assert not window.delete_button.isEnabled()
    assert "cannot be deleted" in window.delete_button.toolTip()
    assert "the key is fixed" in window.subtitle.text()


def test_an_obsolete_setting_keeps_its_key_and_may_be_deleted(qtbot, logins, desk):
    admin = logins.person("admin")
    setting = _setting(admin, "pos.receipt_copies", "2")
    window = _open(qtbot, desk(admin), setting.id)
    assert not window.form.editable("setting_key")
    assert window.delete_button.isEnabled()
    assert "may be deleted" in window.subtitle.text()


def test_a_new_setting_takes_its_key(qtbot, logins, desk):
    admin = logins.person("admin")
    window = desk(admin).new("system_settings")
    qtbot.waitUntil(lambda: not window.is_busy, timeout=WAIT_MS)
    assert window.form.editable("setting_key")


@pytest.mark.parametrize(
    ("language", "refused", "line"),
    [
        ("fr", "ne peut pas être supprimé", "la clé est fixée"),
        ("rw", "ntirishobora gusibwa", "urufunguzo ntiruhinduka"),
    ],
)
def test_the_refusal_and_the_line_read_in_the_administrators_language(
    qtbot, logins, desk, restore_language, language, refused, line
):
    translations.install_translators(language)
    admin = logins.person("admin")
    setting = _setting(admin, "leave.allowance.study", "10")
    with admin.session() as session, pytest.raises(DicelError) as deleting:
        records.delete_record(session, "system_settings", admin.role, setting.id, setting.version)
    assert deleting.value.code == "setting_read_kept"
    assert refused in describe_error(deleting.value)
    assert "leave.allowance.study" in describe_error(deleting.value)
    window = _open(qtbot, desk(admin), setting.id)
    assert line in window.subtitle.text()


@pytest.mark.parametrize(
    ("language", "key", "value", "said"),
    [
        ("fr", "tax.vat_rate_percent", "18", "Le taux de TVA, en pour cent"),
        ("fr", "leave.allowance.study", "10", "études : les jours ouvrés par an"),
        ("rw", "payroll.pay_day", "25", "imishahara yishyurwaho."),
    ],
)
def test_a_setting_dicel_reads_says_what_dicel_does_with_it(
    qtbot, logins, desk, restore_language, language, key, value, said
):
    """An administrator about to change the VAT rate or a leave allowance reads what it
    moves, in their language (stop 34)."""
    translations.install_translators(language)
    admin = logins.person("admin")
    setting = _setting(admin, key, value)
    window = _open(qtbot, desk(admin), setting.id)
    assert said in window.subtitle.text()


def test_an_obsolete_setting_says_no_purpose(qtbot, logins, desk):
    admin = logins.person("admin")
    setting = _setting(admin, "pos.receipt_copies", "2")
    window = _open(qtbot, desk(admin), setting.id)
    assert window.subtitle.text().splitlines()[-1].startswith("A setting's key is fixed")


def test_a_setting_dicel_reads_holds_its_type_and_opens_on_its_value(qtbot, logins, desk):
    """eye34 #1: the type box was live (Text took "20 %" for VAT) and had the focus; the
    database refuses another type (DW029), and the form holds it, saying why."""
    admin = logins.person("admin")
    setting = _setting(admin, "leave.allowance.study", "10")
    window = _open(qtbot, desk(admin), setting.id)
    assert not window.form.editable("setting_type")
    assert "The type (Number) is fixed too" in window.subtitle.text()
    value = window.form.editors["setting_value"]
    assert value is window.focusWidget() or value.isAncestorOf(window.focusWidget())


def test_an_obsolete_setting_keeps_its_type_editable(qtbot, logins, desk):
    admin = logins.person("admin")
    setting = _setting(admin, "pos.receipt_copies", "2")
    window = _open(qtbot, desk(admin), setting.id)
    assert window.form.editable("setting_type")
    assert "fixed too" not in window.subtitle.text()


@pytest.mark.parametrize(
    ("language", "said"),
    [("en", "“Public” is a mark"), ("fr", "« Public » est une marque"), ("rw", "“Rusange” ni")],
)
def test_the_public_box_says_what_it_means(qtbot, logins, desk, restore_language, language, said):
    """What « Public » / "Rusange" means for a setting was said nowhere (eye34 #8): under
    the box, and as its tooltip, new or saved."""
    from PySide6.QtWidgets import QLabel

    translations.install_translators(language)
    admin = logins.person("admin")
    window = desk(admin).new("system_settings")
    qtbot.waitUntil(lambda: not window.is_busy, timeout=WAIT_MS)
    note = window.findChild(QLabel, "publicMeans")
    assert note is not None and note.text().startswith(said), note and note.text()
    assert window.form.editors["is_public"].toolTip() == note.text()


def test_a_new_settings_key_is_chosen_from_those_dicel_reads_with_its_meaning(qtbot, logins, desk):
    """admin40 (deploy39 #6): the key was free text, with no list of the keys DICEL reads;
    one letter off was saved and read as absent. Now a list, each key's meaning said, and
    the key chosen sets the type DICEL reads it as."""
    from dicel_desktop.domain.setting_keys import OFFERED
    from dicel_desktop.gui.editors.setting_key import SettingKeyEditor

    admin = logins.person("admin")
    window = desk(admin).new("system_settings")
    qtbot.waitUntil(lambda: not window.is_busy, timeout=WAIT_MS)
    editor = window.form.editors["setting_key"]
    assert isinstance(editor, SettingKeyEditor)
    combo = editor.combo
    assert not combo.isEditable()
    assert [combo.itemData(i) for i in range(combo.count())] == list(OFFERED)
    assert editor.value() is None
    combo.setCurrentIndex(combo.findData("tax.vat_rate_percent"))
    combo.activated.emit(combo.currentIndex())
    assert editor.purpose.text().startswith("The VAT rate, in percent")
    assert not editor.purpose.isHidden()
    assert window.form.editors["setting_type"].value() == "number"
    window.form.editors["setting_value"].set_value("18")
    window.save()
    qtbot.waitUntil(lambda: not window.is_busy and window.form.record is not None, timeout=WAIT_MS)
    assert window.form.record.values["setting_key"] == "tax.vat_rate_percent"
