"""The interface's language: which one, its translators, and its locale.

The language is this run's (``--language``, which sets ``DICEL_LANGUAGE``), else the
person's choice (Settings > Language, kept in QSettings), else the system's. English is
the source language; French and Kinyarwanda come from
``dicel_desktop/i18n/dicel_{fr,rw}.ts``, compiled to ``.qm`` by ``pyside6-lrelease`` (the
build and CI do it; at start, a missing or older ``.qm`` is compiled here, so a plain
checkout works). Qt's own words (Cancel, Yes, the calendar) come from the ``qtbase``
translations shipped with PySide6; Qt ships no Kinyarwanda, so the words of its standard
buttons (:data:`QT_BUTTON_WORDS`) are in our own ``.ts`` files too.

Numbers, dates and money follow the language: the default QLocale becomes the language
in Rwanda (``fr_RW``: "1 234 567,50"; ``rw_RW``), unless the system's locale already
speaks that language (a French PC in France keeps ``fr_FR``).

Strings produced below the GUI (error sentences, column labels, choice words, dashboard
titles) are marked there with ``domain.translatable.QT_TRANSLATE_NOOP`` (or listed in the
generated ``i18n/schema_words.py``) and translated here at display time with the same
context: :func:`tr_label` for the schema's words.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QSettings,
    QStandardPaths,
    QTranslator,
)
from PySide6.QtGui import QKeySequence

from dicel_desktop.domain import setting_keys
from dicel_desktop.domain.modules import DEPARTMENT_NAMES
from dicel_desktop.domain.relationships import stored_word
from dicel_desktop.domain.search_words import either_number
from dicel_desktop.gui.locale_writing import day_in_pattern, first_of_month
from dicel_desktop.services.code_words import code_words, known_words

_log = logging.getLogger(__name__)

#: Where the .ts sources live (and the .qm beside them when the folder is writable).
I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
#: The languages the interface speaks besides English, the source language.
TRANSLATED = ("fr", "rw")
#: Every choice Settings > Language offers: (code, the language's own name); "" is the system's.
LANGUAGES = (("en", "English"), ("fr", "Français"), ("rw", "Ikinyarwanda"))
#: QSettings key of the person's choice ("" or absent: follow the system).
SETTINGS_KEY = "language"
#: Environment variable that chooses the language for one run (``--language``).
ENV_VAR = "DICEL_LANGUAGE"

#: The words of Qt's standard buttons (QDialogButtonBox, QMessageBox: OK, Cancel, Save,
#: Discard ...), in Qt's own contexts: marked here so that lupdate keeps them in our .ts
#: files, where Kinyarwanda has them (French has them from qtbase_fr, and says the same).
QT_BUTTON_WORDS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    # GNOME's own (a Linux desktop's platform theme).
    QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Save"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Close"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "Close without Saving"),
)

#: Translators installed by install_translators (kept alive: Qt does not own them).
_installed: list[QTranslator] = []


def tr_label(text: str) -> str:
    """A column label, table title or choice word from below the GUI, translated."""
    return QCoreApplication.translate("labels", text) if text else text


def tr_department(name: str | None) -> str | None:
    """A ``departments`` row's name as a sentence or a label writes it: one of the twelve
    the program knows (``domain.modules.DEPARTMENT_NAMES``) in the reader's language, as
    its tab and role read ("Inventory" is « Stocks », "Ububiko"), any other as stored."""
    if name and name in DEPARTMENT_NAMES:
        return tr_label(name)
    return name


#: Arrow keys as a keyboard shows them, for a language Qt cannot name them in.
_ARROWS = {
    "Up": "\N{UPWARDS ARROW}",
    "Down": "\N{DOWNWARDS ARROW}",
    "Left": "\N{LEFTWARDS ARROW}",
    "Right": "\N{RIGHTWARDS ARROW}",
}


def shortcut_text(keys: str) -> str:
    """The keys ``keys`` ("Alt+Down") as a tooltip writes them in the reader's language:
    Qt's own names where its catalogue has them (« Alt+Bas »), English as it is, and the
    arrow's sign in a language Qt has no words for ("Alt+↓" in Kinyarwanda, not
    "Alt+Down": eye38, 1). The names printed on the keys (Ctrl, Alt, Del, Ins) stay."""
    text = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
    if QLocale().language() in (QLocale.Language.English, QLocale.Language.C):
        return text
    for name, arrow in _ARROWS.items():
        # Qt names its keys in the QShortcut context; an untranslated name is English.
        if QCoreApplication.translate("QShortcut", name) == name:
            text = re.sub(rf"(?<![A-Za-z]){name}(?![A-Za-z])", arrow, text)
    return text


def tr_choice(table: str, label: str) -> str:
    """A choice word of ``table`` (a state), in the table's own words where it has them
    (``services.schema_words.OWN_CHOICE_WORDS``: a contract "terminated" is "résilié",
    an employee's is "fin de contrat"), else in the word's one translation: Qt falls back
    from the table's entry to the word's."""
    return QCoreApplication.translate("labels", label, table) if label else label


def setting_purpose(key: object) -> str | None:
    """What DICEL does with the setting ``key`` (``domain.setting_keys.purpose``), in the
    person's language; None for a setting DICEL does not read. The settings list shows it
    as the description of such a setting, and the setting's form under its title: the
    stored description is the site's data, in whatever language it was written (the
    French list read "Annual leave a year, in working days")."""
    read = setting_keys.purpose(key if isinstance(key, str) else None)
    if read is None:
        return None
    sentence, leave = read
    said = QCoreApplication.translate("RecordWindow", sentence)
    if leave is not None:
        # The leave's name as the leave windows write it ("Annual leave", « Congé
        # annuel »), the words schema_words lists for the leave Kind.
        said = said.format(leave=tr_label(f"{leave.label} leave"))
    return said


def setting_purposes() -> tuple[tuple[str, str], ...]:
    """Every setting DICEL reads with its purpose as the list shows it, in the reader's
    language (:func:`setting_purpose`): what the settings list's quick search finds a
    setting by (``ListQuery.said`` on ``setting_key``; review35b F3)."""
    return tuple(
        (key, said)
        for key in sorted(setting_keys.READ_SETTINGS)
        if (said := setting_purpose(key)) is not None
    )


def shown_by(table: str) -> tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...]:
    """The columns a list of ``table`` shows in the reader's words by another column
    (``ListQuery.shown_by``), so that sorting follows what is shown: a setting's
    Description is its purpose where DICEL reads it (``cell_format``), in the reader's
    language, and sorting by Description sorted by the stored English (review35b F3)."""
    if table != "system_settings":
        return ()
    return (("description", "setting_key", setting_purposes()),)


def relationship_words(stored: object) -> str:
    """An emergency contact's relationship in the person's language ("Spouse" ->
    « Conjoint(e) »); a word of no list as it was typed (``domain.relationships``)."""
    word = stored_word(stored)
    if word is None:
        return "" if stored is None else str(stored)
    return QCoreApplication.translate("JsonRecords", word)


def tr_code(table: str, column: str, code: str) -> str:
    """A coded value as a person reads it (``services.code_words``), translated when its
    words are among ``known_words``; other codes read as their own words, as they do in
    an XLSX export ("Status" stays "Status", though a column label of that name is
    translated)."""
    words = code_words(table, column, code)
    return tr_label(words) if words in known_words() else words


def said_words(
    table: str, columns: Iterable[Any]
) -> tuple[tuple[str, tuple[tuple[Any, str], ...]], ...]:
    """The words a list of ``table`` shows for the coded values of ``columns``
    (``services.columns.ColumnSpec``), in the reader's language: a state's label, a common
    code's words. The quick search finds a state by them (``ListQuery.said``, eye33 #3:
    « Clôturé incomplet » found nothing, "Received" did in the French window)."""
    from dicel_desktop.services.code_words import CLOSED_CODES, COMMON_CODES
    from dicel_desktop.services.columns import Kind

    said = []
    for column in columns:
        if column.kind is Kind.STATE and column.choices is not None:
            words = tuple((c.value, tr_choice(table, c.label)) for c in column.choices)
        elif column.coded and (table, column.name) in {**COMMON_CODES, **CLOSED_CODES}:
            # An audit entry's action too: « Modifié », "Yinjiye" (eye34 #5).
            codes = {**COMMON_CODES, **CLOSED_CODES}[(table, column.name)]
            words = tuple((code, tr_code(table, column.name, code)) for code in codes)
        elif (table, column.name) == ("system_settings", "setting_key"):
            # A setting by the purpose the list shows for it (the description column
            # shows it where DICEL reads the setting; the stored one is one site's
            # English): "printed" finds the company's phone, « salaires » the pay day,
            # and the plural the singular (« salaires », eye35b #4): tens of rows.
            words = tuple((key, either_number(said)) for key, said in setting_purposes())
        else:
            continue
        said.append((column.name, words))
    return tuple(said)


_ENGLISH_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_MONTH_WORD = re.compile(r"\b(" + "|".join(_ENGLISH_MONTHS) + r")\b")
#: "1 December": the first day of a month, before its name in English.
_FIRST_OF_MONTH = re.compile(r"(?<![\d.,])\b1 (?=(?:" + "|".join(_ENGLISH_MONTHS) + r")\b)")


def record_name(name: str) -> str:
    """A record's name as the database writes it ("Annual leave, Eric Habimana, 3-7 March
    2027": services.references builds it in SQL, in English) in the person's language:
    the kind of record and the month names translated, the rest (names, numbers) as it is.
    """
    if not _installed or not name:
        return name
    from dicel_desktop.domain.tables import TABLES

    for info in TABLES.values():
        kind = info.naming.kind if info.naming else None
        if kind is None:
            continue
        for value in kind.choices:
            words = kind.of(value)
            if name.startswith(words + ",") or name == words:
                name = tr_label(words) + name[len(words) :]
                break
    shown = months_in_words(name)
    if name[:1].isupper() and shown[:1].islower():
        # A name opens a title or a list's cell: "Décembre 2026", not French's "décembre".
        shown = shown[:1].upper() + shown[1:]
    return shown


def day_in_words(day: dt.date, locale: QLocale | None = None) -> str:
    """A day inside a sentence, in the person's language: "27 November 2024", "27 novembre
    2024" (a refusal's day, the line under a record window's title)."""
    return day_in_pattern(QDate(day.year, day.month, day.day), "d MMMM yyyy", locale)


#: Words that lose their last letter before a vowel, as French and Kinyarwanda write
#: them ("de octobre" is "d'octobre"; "rwa Ukuboza" is "rw'Ukuboza").
_ELIDED = {
    "de": "d",
    "rwa": "rw",
    "rya": "ry",
    "ya": "y",
    "wa": "w",
    "cya": "cy",
    "bya": "by",
    "bwa": "bw",
    "kwa": "kw",
    "twa": "tw",
    "za": "z",
    "ka": "k",
}


#: A place in a translated sentence: %1 to %9.
_MARK = re.compile(r"%([1-9])")


def fill_in(template: str, values: dict[str, str]) -> str:
    """``template`` with each ``%n`` replaced by ``values[n]`` in one pass: a value that
    holds "%1" (a name, a department) stays as it is, not filled in again."""
    return _MARK.sub(lambda mark: values.get(mark.group(1), mark.group(0)), template)


def put_in(template: str, value: str, mark: str = "%1") -> str:
    """``template`` with ``value`` in place of ``mark``, the word before it elided where
    ``value`` begins with a vowel: "Bulletin de paie d'octobre 2026", "Urupapuro
    rw'umushahara rw'Ukuboza 2026" (it read "rwa Ukuboza")."""
    before, found, after = template.partition(mark)
    if not found:
        return template
    if before.endswith(" ") and value[:1].lower() in "aeiouâéèêîôûœ":
        head, _, word = before[:-1].rpartition(" ")
        short = _ELIDED.get(word.lower())
        if short is not None:
            if word[:1].isupper():
                short = short[:1].upper() + short[1:]
            return f"{head + ' ' if head else ''}{short}\u2019{value}{after}"
    return f"{before}{value}{after}"


def months_in_words(text: str) -> str:
    """English month names in ``text`` (dates services wrote: "3-7 March 2027") in the
    person's language: French within a date ("7 mars"), others as the month's own name."""
    if not _installed:
        return text
    locale = QLocale()
    french = locale.language() == QLocale.Language.French
    month = locale.monthName if french else locale.standaloneMonthName
    if french:  # « du 1er décembre »: a month's first day, as day_in_words writes it
        text = _FIRST_OF_MONTH.sub(first_of_month(locale) + " ", text)
    return _MONTH_WORD.sub(lambda m: month(_ENGLISH_MONTHS.index(m.group(1)) + 1), text)


def translated_form(spec: Any) -> Any:
    """A form's spec (services.form_types.FormSpec) with its record name, field labels,
    section and detail titles in the person's language: every widget made from it then
    reads translated. The English spec stays what services compare and cache."""
    if not _installed:
        return spec
    return dataclasses.replace(
        spec,
        record_title=tr_label(spec.record_title),
        fields={
            name: dataclasses.replace(field, label=tr_label(field.label))
            for name, field in spec.fields.items()
        },
        sections=tuple(
            dataclasses.replace(section, title=tr_label(section.title)) for section in spec.sections
        ),
        details=tuple(
            dataclasses.replace(detail, title=tr_label(detail.title)) for detail in spec.details
        ),
    )


def translated_table(spec: Any) -> Any:
    """A list's spec (services.columns.TableSpec) with its title and column labels in
    the person's language."""
    if not _installed:
        return spec
    return dataclasses.replace(
        spec,
        label=tr_label(spec.label),
        columns=tuple(
            dataclasses.replace(column, label=tr_label(column.label)) for column in spec.columns
        ),
    )


def chosen_language(settings: QSettings | None = None) -> str:
    """The language to speak: this run's (``--language``), else the person's choice, else
    the system's."""
    choice = os.environ.get(ENV_VAR, "")
    if not choice:
        choice = str((settings or QSettings()).value(SETTINGS_KEY, "") or "")
    if not choice:
        choice = QLocale.system().name().split("_")[0]
    return choice if choice in {code for code, _name in LANGUAGES} else "en"


def _lrelease() -> str | None:
    """PySide6's lrelease: the wheel's own binary, else pyside6-lrelease on PATH."""
    import PySide6

    own = Path(PySide6.__file__).parent / (
        "lrelease.exe" if sys.platform == "win32" else "lrelease"
    )
    if own.exists():
        return str(own)
    return shutil.which("pyside6-lrelease")


def _compiled_dir() -> Path:
    """Beside the sources when writable (a checkout), else the user's cache folder."""
    if os.access(I18N_DIR, os.W_OK):
        return I18N_DIR
    cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(cache or Path.home() / ".cache" / "dicel-desktop") / "i18n"


def compiled_translation(language: str) -> Path | None:
    """The ``.qm`` of ``language``, compiled from its ``.ts`` when missing or older.

    A bundle ships the ``.qm`` without the ``.ts``: it is used as it is.
    """
    source = I18N_DIR / f"dicel_{language}.ts"
    shipped = I18N_DIR / f"dicel_{language}.qm"
    if not source.exists():
        return shipped if shipped.exists() else None
    target = _compiled_dir() / shipped.name
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    tool = _lrelease()
    if tool is None:
        _log.warning("pyside6-lrelease not found: %s stays in English", language)
        return target if target.exists() else None
    target.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [tool, "-silent", str(source), "-qm", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        _log.warning("lrelease failed on %s: %s", source, done.stderr.strip())
    return target if target.exists() else None


def locale_for(language: str) -> QLocale:
    """Numbers, dates and money for ``language``: the system's when it speaks it, else in
    Rwanda (the company's country)."""
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    return QLocale(f"{language}_RW")


def install_translators(language: str | None = None) -> str:
    """Speak ``language`` (None: :func:`chosen_language`) from now on; returns it.

    Replaces the translators installed by an earlier call; English removes them. Widgets
    made before the call keep their words (the language changes at the next start).
    """
    app = QCoreApplication.instance()
    language = language or chosen_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language in TRANSLATED:
        own = compiled_translation(language)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = Path(qt_folder) / f"qtbase_{language}.qm"
        # Qt ships no Kinyarwanda: its buttons' words come from ours (QT_BUTTON_WORDS).
        for path in (qt_own if qt_own.exists() else None, own):
            translator = QTranslator(app)
            if path is not None and translator.load(str(path)):
                app.installTranslator(translator)
                _installed.append(translator)
            elif path is not None:
                _log.warning("No translation could be read from %s", path)
    QLocale.setDefault(locale_for(language) if language != "en" else _english_locale())
    return language


def _english_locale() -> QLocale:
    system = QLocale.system()
    if system.language() in (QLocale.Language.English, QLocale.Language.C):
        # C: a bare Linux install; English (Rwanda) rather than C's ungrouped "655000".
        return system if system.language() == QLocale.Language.English else QLocale("en_RW")
    return QLocale("en_RW")


def main() -> int:
    """``python -m dicel_desktop.gui.translations``: compile every ``.qm`` (setup, CI)."""
    failed = [lang for lang in TRANSLATED if compiled_translation(lang) is None]
    for lang in failed:
        print(f"dicel_{lang}.qm could not be built", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
