"""My profile's labels end with the reader's colon (eye33 #9: « Nom: », « E-mail: »
in French, which puts a space before it, as the rest of the French window does)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel

from dicel_desktop.gui import translations


def _labels(view) -> list[str]:
    said = []
    for form in view.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                said.append(item.widget().text())
    return said


def test_french_profile_labels_have_the_space_before_the_colon(qapp, restore_language):
    from dicel_desktop.gui.tabs.profile_view import ProfileView

    translations.install_translators("fr")
    labels = _labels(ProfileView())
    assert labels and all(label.endswith("\u00a0:") for label in labels), labels


def test_english_profile_labels_keep_their_colon(qapp):
    from dicel_desktop.gui.tabs.profile_view import ProfileView

    labels = _labels(ProfileView())
    assert labels and all(label.endswith(":") and not label.endswith(" :") for label in labels)
