"""Amounts written and read in a person's locale: exact, strict, the same everywhere.

gui/numbers.py is the one formatter and parser of numbers: the grid, "My profile", the
filter popup and the record forms use it. Properties over Decimals and locales
(hypothesis), against two oracles: Qt's own writing of the number, and a regular
expression of what each locale writes.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from dicel_desktop.gui.cell_format import CellFormatter, LocaleFormats
from dicel_desktop.gui.numbers import (
    NumberInputError,
    Problem,
    explain,
    format_decimal,
    format_money,
    parse_decimal,
)
from dicel_desktop.gui.tabs.profile_view import describe
from dicel_desktop.services.listing import Listing, ListQuery

EN_RW = QLocale(QLocale.Language.English, QLocale.Country.Rwanda)
FR_RW = QLocale(QLocale.Language.French, QLocale.Country.Rwanda)
DE_DE = QLocale(QLocale.Language.German, QLocale.Country.Germany)
LOCALES = [EN_RW, FR_RW, DE_DE]
#: Other groupings and signs: 12,34,567 (hi_IN), 1234 but 12.345 (es_ES), 1'234 (de_CH),
#: a minus of its own (sv_SE).
MORE_LOCALES = [QLocale("hi_IN"), QLocale("es_ES"), QLocale("de_CH"), QLocale("sv_SE")]

#: Properties take no wall-clock deadline (a loaded machine is not a failure) and keep
#: no example database in the work tree.
EXACT = settings(deadline=None, database=None, max_examples=300)

#: Every amount a NUMERIC(15,2) column holds.
NUMERIC_15_2 = st.decimals(
    min_value=Decimal("-9999999999999.99"),
    max_value=Decimal("9999999999999.99"),
    places=2,
    allow_nan=False,
    allow_infinity=False,
)
ANY_DECIMAL = st.decimals(
    min_value=Decimal("-1e20"), max_value=Decimal("1e20"), allow_nan=False, allow_infinity=False
)


def qt_writes(amount: Decimal, places: int, locale: QLocale) -> str:
    """The oracle: how Qt writes the number (through a float: 15 digits survive it)."""
    text = locale.toString(float(abs(amount)), "f", places)
    return locale.negativeSign() + text if amount < 0 else text


# --------------------------------------------------------------------------- writing


@EXACT
@given(
    amount=NUMERIC_15_2,
    locale=st.sampled_from(LOCALES),
    currency=st.sampled_from(["RWF", "USD", "EUR"]),
)
@example(amount=Decimal("1250000.50"), locale=EN_RW, currency="RWF")
@example(amount=Decimal("-0.05"), locale=FR_RW, currency="RWF")
@example(amount=Decimal("9999999999999.99"), locale=DE_DE, currency="USD")
def test_money_is_written_as_qt_writes_it_and_reads_back_to_the_cent(amount, locale, currency):
    text = format_money(amount, currency, locale)
    number, space, code = text.rpartition(" ")
    assert (space, code) == (" ", currency)
    # RWF has no minor unit in practice: no ",00"; but stored cents never vanish.
    places = 0 if currency == "RWF" and amount == amount.to_integral_value() else 2
    assert number == qt_writes(amount, places, locale)
    assert parse_decimal(number, locale) == amount


@EXACT
@given(value=ANY_DECIMAL, locale=st.sampled_from(LOCALES + MORE_LOCALES), grouped=st.booleans())
@example(value=Decimal("1234"), locale=QLocale("es_ES"), grouped=True)
@example(value=Decimal("-1234567.125"), locale=QLocale("hi_IN"), grouped=True)
@example(value=Decimal("1E-30"), locale=EN_RW, grouped=True)
def test_any_decimal_written_in_a_locale_reads_back_exactly(value, locale, grouped):
    text = format_decimal(value, locale, places=None, grouped=grouped)
    assert "E" not in text.upper()  # written in full, never in scientific notation
    read = parse_decimal(text, locale)
    assert read == value
    assert read.as_tuple().exponent == min(0, value.as_tuple().exponent)  # no digit lost


@EXACT
@given(amount=NUMERIC_15_2, locale=st.sampled_from(LOCALES))
def test_the_grid_and_the_profile_write_amounts_with_the_same_formatter(amount, locale):
    listing = Listing(ListQuery("transactions", ("amount",)))
    grid = CellFormatter(listing, LocaleFormats.from_qlocale(locale))
    profile = describe("salary", {"salary": amount, "salary_currency": "USD"}, locale)
    assert grid.money(amount, "USD") == profile == format_money(amount, "USD", locale)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (EN_RW, "1,250,000.50 RWF"),
        (FR_RW, "1\u202f250\u202f000,50 RWF"),
        (DE_DE, "1.250.000,50 RWF"),
    ],
    ids=["en_RW", "fr_RW", "de_DE"],
)
def test_my_profile_shows_a_salary_to_the_cent(locale, expected):
    profile = {"salary": Decimal("1250000.50"), "salary_currency": "RWF"}
    assert describe("salary", profile, locale) == expected
    whole = {"salary": Decimal("850000.00"), "salary_currency": None}  # the company's: RWF
    assert describe("salary", whole, locale).endswith("000 RWF")


# --------------------------------------------------------------------------- reading


def locale_grammar(locale: QLocale) -> re.Pattern[str]:
    """What a person may type in a locale that groups by three (the oracle)."""
    point = re.escape(locale.decimalPoint())
    group = locale.groupSeparator()
    group = "[ \u00a0\u202f\u2009]" if group.isspace() else re.escape(group)
    sign = f"(?:{re.escape(locale.negativeSign())}|-|\u2212|\\+)?"
    # A grouped number starts with a digit that is not 0: "0,500" groups nothing (gui40fix).
    integer = rf"(?:\d+|[1-9]\d{{0,2}}(?:{group}\d{{3}})+)"
    return re.compile(rf"\s*{sign}(?:{integer}(?:{point}\d+)?|{point}\d+)\s*")


TYPED = st.text(alphabet="0123456789.,-+\u2212 \u202f\u00a0eE'NaInfity", max_size=14)


@EXACT
@given(text=TYPED, locale=st.sampled_from(LOCALES))
@example(text="1.5", locale=FR_RW)
@example(text="1,5", locale=EN_RW)
@example(text="1.500", locale=DE_DE)
@example(text="12 345,5", locale=FR_RW)
@example(text="0,500", locale=EN_RW)
@example(text="00,500", locale=EN_RW)
def test_typed_text_is_read_exactly_as_the_locale_means_it_or_refused(text, locale):
    grammar = locale_grammar(locale)
    try:
        value = parse_decimal(text, locale)
    except NumberInputError as error:
        assert not grammar.fullmatch(text), f"refused {text!r}: {error.problem}"
        assert explain(error)  # and said in words
        return
    assert grammar.fullmatch(text), f"accepted {text!r} as {value}"
    assert value.is_finite()
    body = text.strip().lstrip("+-\u2212")
    integer, _, fraction = body.partition(locale.decimalPoint())
    magnitude = Decimal(re.sub(r"\D", "", integer) or "0")
    if fraction:
        magnitude += Decimal(f"0.{fraction}")
    negative = text.strip().startswith(("-", "\u2212"))
    assert value == (-magnitude if negative else magnitude)


@pytest.mark.parametrize(
    ("text", "locale", "problem"),
    [
        ("1.5", FR_RW, Problem.FOREIGN_DECIMAL_SIGN),  # not 15: "." is no mark in French
        ("1,5", EN_RW, Problem.MISPLACED_GROUP),  # not 15: "," groups thousands
        ("1.5", DE_DE, Problem.MISPLACED_GROUP),  # not 15: "." groups thousands
        ("1e5", EN_RW, Problem.EXPONENT),
        ("2E-3", DE_DE, Problem.EXPONENT),
        ("NaN", EN_RW, Problem.NOT_FINITE),
        ("-Infinity", FR_RW, Problem.NOT_FINITE),
        ("inf", DE_DE, Problem.NOT_FINITE),
        ("1,234.5,6", EN_RW, Problem.GROUP_IN_FRACTION),
        ("1,2,3", FR_RW, Problem.SEVERAL_POINTS),
        ("5.", EN_RW, Problem.NO_FRACTION),
        ("5-", EN_RW, Problem.MISPLACED_SIGN),
        ("--5", EN_RW, Problem.MISPLACED_SIGN),
        ("12abc", EN_RW, Problem.STRAY),
        ("-", EN_RW, Problem.NO_DIGITS),
        ("   ", EN_RW, Problem.EMPTY),
    ],
)
def test_numbers_that_could_mean_something_else_are_refused_in_words(text, locale, problem):
    with pytest.raises(NumberInputError) as refused:
        parse_decimal(text, locale)
    assert refused.value.problem is problem
    sentence = explain(refused.value)
    assert sentence.endswith(".") and "Traceback" not in sentence


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("1\u202f250\u202f000,50", FR_RW, Decimal("1250000.50")),
        ("1 250 000,50", FR_RW, Decimal("1250000.50")),  # a typed space for the narrow one
        ("1.250.000,50", DE_DE, Decimal("1250000.50")),
        ("1,250,000.50", EN_RW, Decimal("1250000.50")),
        ("1250000.50", EN_RW, Decimal("1250000.50")),  # groups are optional
        ("\u22125", EN_RW, Decimal("-5")),
        ("+0,5", DE_DE, Decimal("0.5")),
        (".5", EN_RW, Decimal("0.5")),
        ("12,34,567.5", QLocale("hi_IN"), Decimal("1234567.5")),
        ("1\u2019234.50", QLocale("de_CH"), Decimal("1234.50")),  # a typographic apostrophe
    ],
)
def test_numbers_are_read_as_the_locale_writes_them(text, locale, value):
    read = parse_decimal(text, locale)
    assert read == value and read.as_tuple().exponent == value.as_tuple().exponent


# --------------------------------------------------------------------------- in refusals


@pytest.mark.parametrize(
    ("language", "owed", "stock"),
    [
        ("en", "Only 3,787,800 RWF is still owed", "only 1,500 left in stock, so 999,999 cannot"),
        (
            "fr",
            "Il ne reste que 3\u202f787\u202f800 RWF dû",
            "seulement 1\u202f500 en stock, 999\u202f999 ne peut",
        ),
    ],
)
def test_numbers_in_a_refusal_are_written_as_the_program_writes_them(qapp, language, owed, stock):
    """A DETAIL's amounts read in the person's locale: grouped, RWF without decimals,
    other currencies with theirs (services.db_errors keeps them as numbers)."""
    from types import SimpleNamespace

    from dicel_desktop.domain.errors import DicelError
    from dicel_desktop.gui import translations
    from dicel_desktop.gui.error_sentences import sentence
    from dicel_desktop.services.db_errors.finance import _finance_params
    from dicel_desktop.services.db_errors.purchasing import _stock_params

    def refusal(code, detail, params):
        return DicelError(code, **params(SimpleNamespace(message_detail=detail), {}))

    before = QLocale()
    translations.install_translators(language)
    try:
        owed_rwf = refusal(
            "payment_over_outstanding", '{"outstanding": 3787800.00, "currency": "RWF"}',
            _finance_params,
        )  # fmt: skip
        assert owed in sentence(owed_rwf)
        owed_usd = refusal(
            "payment_over_outstanding", '{"outstanding": 1250.5, "currency": "USD"}',
            _finance_params,
        )  # fmt: skip
        point = "," if language == "fr" else "."
        group = "\u202f" if language == "fr" else ","
        assert f"1{group}250{point}50 USD" in sentence(owed_usd)
        low = refusal(
            "stock_too_low",
            '{"item": "Torch", "stock": 1500, "quantity": 999999, "unit": "piece"}',
            _stock_params,
        )
        assert stock in sentence(low)
    finally:
        translations.install_translators("en")
        QLocale.setDefault(before)
    # The English words scripts and logs read: grouped, RWF whole.
    assert owed_rwf.message.startswith("Only 3,787,800 RWF is still owed")
    assert "1,250.50 USD" in owed_usd.message


def test_my_profile_names_everyone_else_who_sees_my_pay(qapp) -> None:
    """It said "Only you can see the salary and bank details": HR, Finance and the
    administrators read them too. The sentence names the permission table's readers."""
    from dicel_desktop.domain.permissions import readable_columns
    from dicel_desktop.domain.roles import Role
    from dicel_desktop.gui.tabs.profile_view import ProfileView

    pay = ["salary", "bank_details"]
    readers = {r for r in Role if readable_columns(r, "employees", pay)}
    view = ProfileView()
    view.show_profile({"name": "Josiane Murekatete"})
    said = view.status.text()
    assert "Only you" not in said
    assert readers == {r for r in Role if r.label in said}
    assert readers == {Role.HR, Role.FINANCE, Role.ADMIN}
