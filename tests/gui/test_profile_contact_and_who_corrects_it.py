"""My profile shows the person's emergency contact, as HR keeps it, and says who corrects
what it shows (eye33 #9: neither was there; employees change none of it themselves)."""

from __future__ import annotations

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
