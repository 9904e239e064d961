"""A setting's window as the administrator meets it (eye33 #1, migration 0117): the key
is read-only on a saved setting, and Delete… is off, saying why, for a setting DICEL
reads; an obsolete one is still deleted."""

from __future__ import annotations

import pytest
from helpers import WAIT_MS
from PySide6.QtCore import QPoint

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.gui import translations
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.services import records


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
    held = _held(admin)
    qtbot.waitUntil(lambda: combo.count() == len(set(OFFERED) - held), timeout=WAIT_MS)
    assert [combo.itemData(i) for i in range(combo.count())] == [
        key for key in OFFERED if key not in held
    ]
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


def _held(admin) -> frozenset[str]:
    from dicel_desktop.services.settings_held import setting_keys_held

    with admin.session() as session:
        return setting_keys_held(session)


def _chosen(editor, key: str) -> None:
    combo = editor.combo
    combo.setCurrentIndex(combo.findData(key))
    combo.activated.emit(combo.currentIndex())


def test_a_new_settings_list_leaves_out_the_keys_already_set(qtbot, logins, desk):
    """eye40 #2: the list offered 24 keys, 20 of them set in the demo; choosing one ended
    in "Setting key X is already used by “X”". The keys set are left out."""
    from dicel_desktop.domain.setting_keys import OFFERED

    admin = logins.person("admin")
    _setting(admin, "leave.allowance.study", "10")
    held = _held(admin)
    assert "leave.allowance.study" in held and set(OFFERED) - held
    window = desk(admin).new("system_settings")
    combo = window.form.editors["setting_key"].combo
    qtbot.waitUntil(lambda: combo.findData("leave.allowance.study") < 0, timeout=WAIT_MS)
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert offered == [key for key in OFFERED if key not in held]
    assert combo.currentIndex() == -1


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "The setting leave.allowance.study already exists: open it from the list"),
        ("fr", "Le paramètre leave.allowance.study existe déjà : ouvrez-le dans la liste"),
    ],
)
def test_a_second_setting_of_a_key_says_where_to_change_it(
    logins, restore_language, language, said
):
    """eye40 #2: "Setting key X is already used by “X”." named the key twice and said
    nothing of the setting there is."""
    translations.install_translators(language)
    admin = logins.person("admin")
    _setting(admin, "leave.allowance.study", "10")
    with pytest.raises(DicelError) as second:
        _setting(admin, "leave.allowance.study", "12")
    assert second.value.code == "setting_key_exists"
    sentence = describe_error(second.value)
    assert sentence.startswith(said), sentence
    assert sentence.count("leave.allowance.study") == 1


def test_the_keys_label_and_its_neighbour_stay_on_its_line_once_its_purpose_is_said(
    qtbot, logins, desk
):
    """eye40 #3: the purpose was said inside the key's editor, which grew tall: "Setting
    key *" and "Setting type" beside it dropped to the middle of combo and purpose. It is
    said under the box, as the form's own sentences are (form_layout._said_below)."""
    from PySide6.QtWidgets import QApplication

    window = desk(logins.person("admin")).new("system_settings")
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.is_busy, timeout=WAIT_MS)
    form = window.form
    editor = form.editors["setting_key"]

    def middles() -> dict[str, int]:
        """Where each is seen: a label's text is in its cell's middle."""
        QApplication.processEvents()
        found = {}
        for name in ("setting_key", "setting_type"):
            label = form.labels[name]
            found[f"label {name}"] = label.mapTo(window, QPoint(0, label.height() // 2)).y()
            box = form.editors[name].focusProxy()
            found[name] = box.mapTo(window, QPoint(0, box.height() // 2)).y()
        return found

    before = middles()
    assert len(set(before.values())) == 1  # one line
    _chosen(editor, "tax.vat_rate_percent")
    assert editor.purpose.isVisible()
    assert middles() == before
    purpose = editor.purpose.mapTo(window, QPoint(0, 0)).y()
    assert purpose >= before["setting_key"] + editor.combo.height() // 2  # under the box


def test_a_saved_settings_purpose_is_said_once_under_the_title(qtbot, logins, desk):
    """eye44: a saved setting DICEL reads said its purpose under the title and again
    under its fixed key, word for word (the PAYE bands' window read it twice)."""
    from dicel_desktop.gui.translations import setting_purpose

    admin = logins.person("admin")
    setting = _setting(admin, "leave.allowance.study", "10")
    window = _open(qtbot, desk(admin), setting.id)
    window.show()
    qtbot.waitExposed(window)
    said = setting_purpose("leave.allowance.study")
    assert said and said in window.subtitle.text()
    editor = window.form.editors["setting_key"]
    assert editor.is_read_only()
    assert not editor.purpose.isVisible()
