"""Which language the program speaks, and what follows it: Qt's own buttons, numbers,
dates and money; the choice in View > Language kept for the next start; the compiled
translation made from the .ts when a checkout has none."""

from __future__ import annotations

import os
import re
import shutil
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QEvent, QLocale, QSettings, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QDialogButtonBox

from dicel_desktop.gui import translations
from dicel_desktop.gui.numbers import format_money


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_in_french_qt_buttons_numbers_dates_and_money_are_french(restore_language):
    translations.install_translators("fr")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save
    )
    texts = {b.text().replace("&", "") for b in buttons.buttons()}
    assert texts == {"Annuler", "Enregistrer"}
    locale = QLocale()
    assert locale.language() == QLocale.Language.French
    money = format_money(Decimal("1234567.50"), "RWF", locale)
    assert money.endswith("567,50 RWF") and "," not in money[:-8]
    assert (
        locale.toString(QDate(2026, 4, 25), QLocale.FormatType.LongFormat) == "samedi 25 avril 2026"
    )


def test_in_english_again_the_words_and_numbers_are_english(restore_language):
    translations.install_translators("fr")
    translations.install_translators("en")
    assert translations.tr_label("Leave requests") == "Leave requests"
    assert QLocale().language() in (QLocale.Language.English, QLocale.Language.C)
    assert "," in format_money(Decimal("1234567.50"), "RWF", QLocale()).split(".")[0]


def test_kinyarwanda_speaks_in_its_own_words_and_rwandan_numbers(restore_language):
    translations.install_translators("rw")
    assert translations.tr_label("Human Resources") == "Imicungire y\u2019abakozi"
    assert QLocale().name() == "rw_RW"


def test_in_kinyarwanda_qts_own_buttons_speak_kinyarwanda(restore_language):
    """Qt ships no Kinyarwanda: a dialog asked "Reka" questions with English Cancel,
    Save, Discard, Yes and No buttons until our .ts had their words."""
    translations.install_translators("rw")
    standard = QDialogButtonBox.StandardButton
    buttons = QDialogButtonBox(
        standard.Ok
        | standard.Cancel
        | standard.Close
        | standard.Yes
        | standard.No
        | standard.Save
        | standard.Discard
        | standard.Apply
    )
    texts = {b.text().replace("&", "") for b in buttons.buttons()}
    assert texts == {
        "Sawa",
        "Reka",
        "Vamo",  # leaving, never the step "Funga…" (eye32 #3)
        "Yego",
        "Oya",
        "Bika",
        "Ntubike",
        "Shyira mu bikorwa",
    }


def test_the_choice_in_the_view_menu_is_kept_for_the_next_start(
    qtbot, settings, monkeypatch, restore_language
):
    from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

    from dicel_desktop.gui.language_menu import add_language_menu

    monkeypatch.delenv(translations.ENV_VAR, raising=False)
    window = QMainWindow()
    qtbot.addWidget(window)
    view = QMenu("View", window)
    menu = add_language_menu(view, settings, window)
    names = [action.text() for action in menu.actions()]
    assert names[1:] == ["English", "Français", "Ikinyarwanda"]  # each in its own words
    french = next(a for a in menu.actions() if a.data() == "fr")
    french.trigger()
    assert settings.value(translations.SETTINGS_KEY) == "fr"
    assert translations.chosen_language(settings) == "fr"
    notice = window.findChild(QMessageBox)
    assert notice is not None and "starts again" in notice.text()
    notice.close()
    system = next(a for a in menu.actions() if a.data() == "")
    system.trigger()
    assert settings.value(translations.SETTINGS_KEY) is None


def test_the_command_line_choice_wins_over_the_saved_one(settings, monkeypatch):
    settings.setValue(translations.SETTINGS_KEY, "fr")
    monkeypatch.setenv(translations.ENV_VAR, "rw")
    assert translations.chosen_language(settings) == "rw"
    monkeypatch.setenv(translations.ENV_VAR, "de")  # not one we speak: English
    assert translations.chosen_language(settings) == "en"


def test_a_missing_or_older_compiled_translation_is_made_from_the_ts(tmp_path, monkeypatch):
    folder = tmp_path / "i18n"
    folder.mkdir()
    shutil.copy(translations.I18N_DIR / "dicel_fr.ts", folder / "dicel_fr.ts")
    monkeypatch.setattr(translations, "I18N_DIR", folder)
    compiled = translations.compiled_translation("fr")
    assert compiled == folder / "dicel_fr.qm" and compiled.stat().st_size > 1000
    old = compiled.stat().st_mtime - 100
    os.utime(compiled, (old, old))  # the .ts is now newer: compiled again
    assert translations.compiled_translation("fr").stat().st_mtime > old


def test_an_error_sentence_in_french_has_its_words_and_dates_in_french(restore_language):
    from dicel_desktop.domain.errors import MESSAGES, DicelError
    from dicel_desktop.gui.error_sentences import sentence

    translations.install_translators("fr")
    gone = next(k for k, v in MESSAGES.items() if v.startswith("This {record} no longer exists"))
    said = sentence(DicelError(gone, record="leave request")).replace("\u2019", "'")
    assert said == (
        "Cette fiche (demande de congé) n'existe plus : quelqu'un l'a supprimée, "
        "ou vous n'y avez plus accès."
    )
    no_day = next(k for k, v in MESSAGES.items() if "there is no working day" in v)
    said = sentence(DicelError(no_day, start="3 March 2027", end="7 March 2027"))
    assert said.replace("\u2019", "'").startswith("Du 3 mars 2027 au 7 mars 2027, il n'y a")
    # A day the database gave as ISO reads as the person writes it, not "2026-12-05".
    reversed_already = next(k for k, v in MESSAGES.items() if "was already reversed by" in v)
    said = sentence(
        DicelError(reversed_already, transaction="TXN-1", reversal="TXN-2", date="2026-12-05")
    )
    assert "le 5 décembre 2026" in said and "2026-12-05" not in said


def test_kinyarwanda_states_read_as_states_in_each_tables_own_words(restore_language):
    """A user-eye review in Kinyarwanda: a ticket "Open" read "Fungura", the command of
    the Open button; a budget, an asset, a supplier "Active" read "Ari mu kazi" (is at
    work), a person's word; compassionate leave had two names in one window."""
    from PySide6.QtCore import QCoreApplication

    translations.install_translators("rw")
    command = QCoreApplication.translate("DocumentsPanel", "&Open").replace("&", "")
    assert translations.tr_choice("it_support_tickets", "Open") not in (command, "Open")
    person = translations.tr_choice("employees", "Active")
    for table in ("budgets", "it_assets", "suppliers", "contracts", "compliance_policies"):
        assert translations.tr_choice(table, "Active") not in (person, "Active"), table
    assert translations.tr_choice("security_guards", "Active") == person
    kind = translations.tr_label("Compassionate").casefold()
    assert kind in translations.tr_label("Compassionate leave").casefold()


def test_kinyarwanda_sentences_elide_na_and_name_a_state_as_a_stage(restore_language):
    """ "umwaka na icyiciro" is written with "n" and an apostrophe; "Iyi nyandiko (gusaba
    ikiruhuko) ni byahagaritswe" put a state word where an adjective goes: the state is
    named as a stage ("iri ku rwego"), as French does ("à l\u2019état « annulé »")."""
    import xml.etree.ElementTree as ET

    from dicel_desktop.gui.records.titles import in_a_list

    assert in_a_list(["year", "category"]) == "year and category"
    translations.install_translators("rw")
    assert in_a_list(["ishami", "umwaka", "icyiciro"]) == "ishami, umwaka n\u2019icyiciro"
    assert in_a_list(["umwaka", "nimero"]) == "umwaka na nimero"
    translations.install_translators("fr")
    assert in_a_list(["année", "catégorie"]) == "année et catégorie"
    root = ET.parse(translations.I18N_DIR / "dicel_rw.ts").getroot()
    found = [
        m.findtext("translation")
        for m in root.iter("message")
        if re.search(r"\) ni (%2|\{state\})", m.findtext("translation") or "")
    ]
    assert found == []


def test_a_lists_row_count_in_kinyarwanda_reads_rows_then_the_number(restore_language):
    from PySide6.QtCore import QCoreApplication

    translations.install_translators("rw")
    for source in ("%1 row", "%1 rows"):
        assert QCoreApplication.translate("DataGrid", source) == "Imirongo: %1"


@pytest.mark.parametrize("language", ["rw", "fr"])
def test_a_translation_writes_one_apostrophe(language):
    """ "w'akazi" beside "cy\u2019umwaka": the typographic one throughout; French too,
    where 40 sentences wrote « n'a » among 625 writing « n\u2019a » (eye36b #4)."""
    import xml.etree.ElementTree as ET

    root = ET.parse(translations.I18N_DIR / f"dicel_{language}.ts").getroot()
    straight = [
        text
        for node in root.iter()
        if node.tag in ("translation", "numerusform")
        for text in [node.text or ""]
        if re.search(r"\w'\w", text)
    ]
    assert straight == []


def test_kinyarwanda_writes_dates_and_amounts_as_rwandan_offices_do(restore_language):
    """CLDR's Kinyarwanda wrote "2027-01-26" and "2.400.000 RWF"; a Rwandan office (the
    National Bank, an invoice) writes 26/01/2027 and 2,400,000 RWF."""
    import datetime as dt

    from dicel_desktop.gui.cell_format import LocaleFormats, ValueFormatter
    from dicel_desktop.gui.numbers import parse_decimal
    from dicel_desktop.gui.workflows.form_step_dialog import date_text

    translations.install_translators("rw")
    locale = QLocale()
    assert format_money(Decimal("2400000"), "RWF", locale) == "2,400,000 RWF"
    assert format_money(Decimal("1234.5"), "USD", locale) == "1,234.50 USD"
    assert parse_decimal("2,400,000.50", locale) == Decimal("2400000.50")
    formats = LocaleFormats.from_qlocale(locale)
    shown = ValueFormatter(formats)
    assert shown.date(dt.date(2027, 1, 26)) == "26/01/2027"
    assert formats.format_datetime(dt.datetime(2027, 1, 26, 7, 5), formats.datetime_pattern) == (
        "26/01/2027 07:05"
    )
    assert date_text(dt.date(2027, 1, 26)) == "26/01/2027"
    # Its words stay Kinyarwanda's.
    assert translations.day_in_words(dt.date(2027, 1, 26)) == "26 Mutarama 2027"


def test_an_empty_date_box_hints_in_the_persons_words(qtbot, restore_language):
    """English showed Qt's pattern "dd/MM/yyyy", Kinyarwanda "yyyy-MM-dd"."""
    from dicel_desktop.gui.editors import make_editor
    from dicel_desktop.services.forms import table_fields

    def hints(language: str) -> tuple[str, str]:
        translations.install_translators(language)
        shown = []
        for table, column in (("contracts", "start_date"), ("security_incidents", "incident_date")):
            editor = make_editor(
                table_fields(table)[column], locale=QLocale(), reference_editor=None
            )
            qtbot.addWidget(editor)
            shown.append(editor.line.placeholderText())
        return shown[0], shown[1]

    assert hints("en") == ("dd/mm/yyyy", "dd/mm/yyyy hh:mm")
    assert hints("rw") == ("umunsi/ukwezi/umwaka", "umunsi/ukwezi/umwaka isaha:umunota")
    assert hints("fr") == ("jj/mm/aaaa", "jj/mm/aaaa hh:mm")


def test_a_name_that_opens_with_a_month_opens_with_a_capital_in_french(restore_language):
    """A pay period in the French inbox read "décembre 2026" as its title."""
    translations.install_translators("fr")
    assert translations.record_name("December 2026") == "Décembre 2026"
    assert translations.record_name("Annual leave, Eric Habimana, 3-7 March 2027") == (
        "Congé annuel, Eric Habimana, 3-7 mars 2027"
    )


def test_the_words_a_review_found_ambiguous_or_english_are_told_apart(restore_language):
    """French "Retirer…" (the expense) beside "Retirer" (the attached file); French "RSSB
    pension" in English; Kinyarwanda's HR tab and its Employees list both "Abakozi"."""
    from PySide6.QtCore import QCoreApplication

    def bare(text: str) -> str:
        return text.replace("&", "").rstrip("…")

    translations.install_translators("fr")
    withdraw = QCoreApplication.translate("FinanceSteps", "&Withdraw…")
    remove = QCoreApplication.translate("DocumentList", "Remove")
    assert bare(withdraw) != bare(remove)
    assert QCoreApplication.translate("Payslip", "RSSB pension") != "RSSB pension"
    translations.install_translators("rw")
    assert translations.tr_label("Human Resources") != translations.tr_label("Employees")


def test_kinyarwanda_quantity_boxes_and_file_sizes_write_as_its_amounts(qtbot, restore_language):
    """Code review: a spin box formats and parses with its own locale, so Move stock and
    Receive wrote 123.456 and refused a typed 1,000 in Kinyarwanda, where the grid writes
    123,456; a file's size read "2,5 MB"."""
    from PySide6.QtTest import QTest

    from dicel_desktop.gui.count_box import quantity_box
    from dicel_desktop.gui.widgets.document_support import size_text

    translations.install_translators("rw")
    box = quantity_box()
    qtbot.addWidget(box)
    box.setValue(123456)
    assert box.text() == "123,456"
    box.lineEdit().selectAll()
    QTest.keyClicks(box.lineEdit(), "1,000")
    box.interpretText()
    assert box.value() == 1000
    assert size_text(int(2.5 * 1024 * 1024)).startswith("2.5")


def test_a_fraction_typed_in_a_count_box_is_said_in_french(qtbot, restore_language):
    """Eye34 #6: « 12,5 » typed in a French count box became 125 without a word (the
    decimal comma's keystroke refused). It is kept, and said in French."""
    from PySide6.QtTest import QTest

    from dicel_desktop.gui.count_box import quantity_box

    translations.install_translators("fr")
    box = quantity_box()
    qtbot.addWidget(box)
    box.lineEdit().selectAll()
    QTest.keyClicks(box.lineEdit(), "12,5")
    assert box.text() == "12,5" and box.value() != 125
    assert box.problem() == (
        "« 12,5 » n\u2019est pas un nombre entier : une quantité se compte en unités entières."
    )


_GROUPED_ELSEWHERE = (
    ("150,000", "150 000"),
    ("1,250", "1 250"),
    ("150.000", "150 000"),
    ("1.250.000", "1 250 000"),
)


@pytest.mark.parametrize(("typed", "meant"), _GROUPED_ELSEWHERE)
def test_a_count_grouped_another_way_is_told_the_french_grouping(
    qtbot, restore_language, typed, meant
):
    """Eye35b #3: « 150,000 » copied from an English delivery note, or « 150.000 », was
    refused as « pas un nombre entier »: to the storekeeper it is one. Still held, it is
    told how French groups thousands, as a PAYE limit is."""
    from PySide6.QtTest import QTest

    from dicel_desktop.gui.count_box import quantity_box

    translations.install_translators("fr")
    box = quantity_box()
    qtbot.addWidget(box)
    box.lineEdit().selectAll()
    QTest.keyClicks(box.lineEdit(), typed)
    assert box.text() == typed and box.fraction_typed() == typed  # held
    space = "\u202f" if "\u202f" in box.locale().groupSeparator() else " "
    meant = meant.replace(" ", space)
    assert box.problem() == (
        f"« {typed} » : ici, les milliers se séparent par une espace : écrivez {meant}."
    )
    assert box.problem("la ligne 2") == (
        f"« {typed} » saisi pour la ligne 2 : ici, les milliers se séparent par une espace ;"
        f" écrivez {meant}."
    )
    # A fraction is not a grouping: still said not whole.
    box.lineEdit().selectAll()
    QTest.keyClicks(box.lineEdit(), "12,50")
    assert "n\u2019est pas un nombre entier" in box.problem()


#: (typed, what an English or Kinyarwanda count box holds, what a French one holds); None:
#: kept as typed and said not whole.
_COUNTS_TYPED = (
    ("2,5", None, None),
    ("12,50", None, None),
    ("1,250", 1250, None),
    ("1,25,0", None, None),
    ("150,000", 150_000, None),
    ("1.5", None, None),
    ("40", 40, 40),
)


@pytest.mark.parametrize("language", ["en", "fr", "rw"])
@pytest.mark.parametrize(("typed", "grouped", "french"), _COUNTS_TYPED)
def test_a_comma_that_groups_no_thousands_is_no_count(
    qtbot, restore_language, language, typed, grouped, french
):
    """Eye35 §2: in English and Kinyarwanda, where "," groups thousands, "2,5" typed in
    Receive… or Move stock… became 25 ("12,50" 1,250) without a word and the button
    stayed on. A separator not followed by exactly three digits does not group: the text
    stays, the box says it is no whole number, and its value is not the digits run
    together."""
    from PySide6.QtTest import QTest

    from dicel_desktop.gui.count_box import quantity_box

    translations.install_translators(language)
    box = quantity_box()
    qtbot.addWidget(box)
    box.lineEdit().selectAll()
    QTest.keyClicks(box.lineEdit(), typed)
    expected = french if language == "fr" else grouped
    if expected is None:
        run_together = int(typed.replace(",", "").replace(".", ""))
        assert box.text() == typed and box.value() != run_together
        QTest.keyClick(box, Qt.Key.Key_Return)  # said by now, if held while typed
        assert box.problem().startswith(f"{'« ' if language == 'fr' else '“'}{typed}")
    else:
        box.interpretText()
        assert box.value() == expected and box.problem() == ""


@pytest.mark.parametrize("language", ["en", "rw"])
def test_a_grouped_count_being_typed_is_held_but_not_said(qtbot, restore_language, language):
    """Review35c F3: typing "1,250" said "“1,” is not a whole number", then "1,2", then
    "1,25", the sentence coming and going at each keystroke. A count that more digits
    would make whole is held (no value) but said only once the box is left or Enter
    pressed; "1,2500" is said as grouped wrongly, not as a fraction."""
    from PySide6.QtTest import QTest

    from dicel_desktop.gui.count_box import quantity_box

    translations.install_translators(language)
    box = quantity_box()
    qtbot.addWidget(box)
    said: list[bool] = []
    box.said.connect(lambda: said.append(True))
    box.lineEdit().selectAll()
    for key in "1,25":
        QTest.keyClicks(box, key)
        assert box.problem() == "", box.text()
        assert box.text() == "1" or box.fraction_typed() == box.text()  # held
    assert box.problem(typing_too=True).startswith("“1,25”")
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert said == [True] and box.problem().startswith("“1,25”")
    QTest.keyClicks(box, "0")
    assert box.value() == 1250 and box.problem() == ""
    QTest.keyClicks(box, "0")  # a digit too many: grouped wrongly
    assert "“1,2500”" in box.problem() and "1,234,567" in box.problem()
    if language == "en":
        assert box.problem() == "“1,2500”: “,” separates groups of three digits, as in 1,234,567."
    # Held again from the start, and said on leaving the box.
    box.lineEdit().selectAll()
    QTest.keyClicks(box, "3,4")
    assert box.problem() == ""
    box.clearFocus()
    box.focusOutEvent(QFocusEvent(QEvent.Type.FocusOut))
    assert said == [True, True] and box.problem().startswith("“3,4”")
