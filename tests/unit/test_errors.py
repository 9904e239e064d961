"""domain/errors.py: every code a person can meet has words, and the words get their values."""

from __future__ import annotations

import pickle
import pkgutil
import re
import string
from pathlib import Path

import pytest

import dicel_desktop
from dicel_desktop.domain import errors, messages
from dicel_desktop.domain.errors import MESSAGES, DicelError, InvalidCredentials, InvalidInput
from dicel_desktop.domain.messages import FAMILIES, assemble

PACKAGE = Path(dicel_desktop.__file__).parent
ERROR_CLASSES = [
    cls for cls in vars(errors).values() if isinstance(cls, type) and issubclass(cls, DicelError)
]
#: ``InvalidInput("invalid_email", ...)``, ``_message("passwords_differ")`` and the like.
RAISED_CODE = re.compile(
    r"\b(?:" + "|".join(c.__name__ for c in ERROR_CLASSES) + r"|_message)\(\s*\"([a-z_]+)\""
)


def _raised_codes() -> dict[str, str]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "gui" in path.parts:
            continue  # the GUI translates codes; it does not raise them
        for code in RAISED_CODE.findall(path.read_text(encoding="utf-8")):
            found[code] = str(path.relative_to(PACKAGE))
    return found


def test_every_code_raised_below_the_gui_has_words():
    raised = _raised_codes()
    assert {"invalid_email", "user_exists", "not_a_dicel_user"} <= set(raised)  # scan works
    missing = {code: where for code, where in raised.items() if code not in MESSAGES}
    assert not missing


@pytest.mark.parametrize("cls", ERROR_CLASSES, ids=lambda c: c.__name__)
def test_every_family_has_words_for_its_default_code(cls: type[DicelError]):
    assert cls.default_code in MESSAGES


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_messages_are_sentences_with_well_formed_placeholders(code: str):
    template = MESSAGES[code]
    fields = [f for _lit, f, _spec, _conv in string.Formatter().parse(template) if f is not None]
    assert all(f.isidentifier() for f in fields), fields
    assert template[0].isupper() or template[0] in "“{"
    assert template.rstrip().endswith((".", ":", "}")), template
    # Person's words: no SQLSTATE, no Python.
    assert not re.search(r"\b(SQLSTATE|Traceback|None|psycopg)\b", template)


def test_the_message_is_filled_from_the_params():
    error = InvalidInput("email_too_long", email="a@b.rw", length=70, limit=63)
    assert error.code == "email_too_long"
    assert error.params == {"email": "a@b.rw", "length": 70, "limit": 63}
    assert "70 bytes" in error.message and "at most 63" in error.message
    assert str(error) == error.message


def test_a_missing_param_or_unknown_code_does_not_crash():
    assert InvalidInput("email_too_long").message == MESSAGES["email_too_long"]
    assert DicelError("no_such_code", x=1).message == "no_such_code: {'x': 1}"


def test_families_default_and_the_credentials_answer_is_fixed():
    assert InvalidCredentials().code == "invalid_credentials"
    assert InvalidCredentials().message == "The e-mail or password is incorrect."
    assert isinstance(InvalidCredentials(), DicelError)


def test_errors_survive_pickling_with_code_and_params():
    error = InvalidInput("unknown_role", role="boss", allowed="admin, hr")
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is InvalidInput
    assert (copy.code, copy.params, copy.message) == (error.code, error.params, error.message)


def test_messages_are_every_family_module_together():
    modules = {info.name for info in pkgutil.iter_modules(messages.__path__)}
    assert modules == {family.__name__.rsplit(".", 1)[1] for family in FAMILIES}
    assert len(MESSAGES) == sum(len(family.MESSAGES) for family in FAMILIES)
    assert MESSAGES["record_gone"] == messages.records.MESSAGES["record_gone"]


def test_a_code_defined_in_two_families_is_refused_naming_both():
    families = [(family.__name__, family.MESSAGES) for family in FAMILIES]
    again = ("dicel_desktop.domain.messages.extra", {"record_gone": "It is gone."})
    with pytest.raises(ValueError, match="record_gone") as refused:
        assemble([*families, again])
    assert "dicel_desktop.domain.messages.records" in str(refused.value)
    assert "dicel_desktop.domain.messages.extra" in str(refused.value)
