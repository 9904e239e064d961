"""My profile shows the person's emergency contact, as HR keeps it, and says who corrects
what it shows (eye33 #9: neither was there; employees change none of it themselves)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dicel_desktop.gui import translations

PROFILE = {
    "first_name": "Josiane",
    "last_name": "Murekatete",
    "emergency_contact": {
        "name": "Cédric Uwizeye",
        "relationship": "Father",
        "phone": "+250 786 720 176",
    },
}


def test_the_profile_shows_the_emergency_contact_and_who_corrects_it(qapp):
    from dicel_desktop.gui.tabs.profile_view import ProfileView

    view = ProfileView()
    view.show_profile(PROFILE)
    assert view.fields["emergency_contact"].text() == ("Cédric Uwizeye (Father) · +250 786 720 176")
    assert view.correct.text() == "To correct any of these, ask Human Resources."
    view.show_profile({**PROFILE, "emergency_contact": None})
    assert view.fields["emergency_contact"].text() == "—"


def test_the_line_is_the_readers(qapp, restore_language):
    from dicel_desktop.gui.tabs.profile_view import ProfileView

    for language, said in (("fr", "Ressources humaines"), ("rw", "Imicungire y\u2019abakozi")):
        translations.install_translators(language)
        assert said in ProfileView().correct.text(), language


def test_a_contact_stored_in_an_old_shape_reads_in_words(qapp, logins):
    """A contact stored before migration 0135 as a list of people, or as a bare text,
    which 0135 keeps where stored, showed as a Python repr (« [{'name': 'Mama', …}] »):
    each person reads as the form's lines hold one, a text as it is. Read through
    ``dicel_my_profile`` as the person, on real PostgreSQL."""
    import json

    from sqlalchemy import text

    from dicel_desktop.gui.tabs.profile_view import ProfileView
    from dicel_desktop.services import my_work

    person = logins.person("employee", first_name="Josiane", last_name="Murekatete")
    view = ProfileView()
    for stored, said in (
        (
            [
                {"name": "Mama", "relationship": "Mother", "phone": "0788 123 456"},
                {"name": "Eric Habimana", "phone": "0722 654 321"},
            ],
            "Mama (Mother) · 0788 123 456\nEric Habimana · 0722 654 321",
        ),
        ("Mama, 0788 123 456", "Mama, 0788 123 456"),
        (["Mama 0788 123 456", "<b>Papa</b>"], "Mama 0788 123 456\n<b>Papa</b>"),
    ):
        with logins.superuser().begin() as conn:
            conn.execute(text("SET LOCAL session_replication_role = replica"))  # as before 0135
            conn.execute(
                text("UPDATE employees SET emergency_contact = CAST(:c AS jsonb) WHERE id = :e"),
                {"c": json.dumps(stored), "e": person.employee_id},
            )
        with person.session() as session:
            profile = my_work.my_profile(session)
        assert profile["emergency_contact"] == stored
        view.show_profile(profile)
        shown = view.fields["emergency_contact"]
        assert shown.text() == said, shown.text()
        assert "'" not in shown.text() and "[" not in shown.text()
        assert shown.textFormat() == Qt.TextFormat.PlainText  # "<b>" is no markup
