"""What a setting's value must be, said beside it before sending: the bound of a rate, an
allowance or a threshold (migration 0096), the PAYE bands' first fault (0124), the
company's phone and e-mail (0129, 0131), naming the setting by what it is. No Qt here.
"""

from __future__ import annotations

from typing import Any

from dicel_desktop.domain import paye_bands, setting_keys
from dicel_desktop.domain.contact_rules import SETTING_EMAILS, SETTING_PHONES
from dicel_desktop.domain.errors import InvalidInput, Phrase
from dicel_desktop.domain.setting_bounds import out_of_bounds
from dicel_desktop.services.form_checks import _number_text
from dicel_desktop.services.form_contact_rules import shape_error
from dicel_desktop.services.form_types import FormSpec

__all__ = ["setting_bound_error"]


def setting_bound_error(key: Any, value: Any) -> InvalidInput | None:
    """The bound of the setting ``key`` that ``value`` breaks, in words (migration 0096),
    naming the setting by what it is where its form says its purpose (eye35 §8)."""
    error = _setting_bound_by_key(key, value)
    subject = setting_keys.subject(key if isinstance(key, str) else None)
    if error is None or subject is None:
        return error
    params = {name: v for name, v in error.params.items() if name != "key"}
    code = error.code.replace("setting_value_", "setting_subject_", 1)
    return InvalidInput(code, subject=Phrase(subject), **params)


def _setting_bound_by_key(key: Any, value: Any) -> InvalidInput | None:
    bound = out_of_bounds(key if isinstance(key, str) else None, value)
    if bound is None:
        return None
    least = _number_text(bound.least)
    if bound.days and bound.most is not None:
        # Migration 0126: leave is counted in whole days, at most a year's.
        return InvalidInput(
            "setting_value_whole_days_between",
            key=key,
            least=least,
            most=_number_text(bound.most),
            field="setting_value",
        )
    if bound.whole and bound.most is not None:
        # Migration 0107: a day of the month (24.5 was read as the 25th).
        return InvalidInput(
            "setting_value_whole_between",
            key=key,
            least=least,
            most=_number_text(bound.most),
            field="setting_value",
        )
    if bound.most is None:
        return InvalidInput("setting_value_at_least", key=key, least=least, field="setting_value")
    return InvalidInput(
        "setting_value_between",
        key=key,
        least=least,
        most=_number_text(bound.most),
        field="setting_value",
    )


def _paye_bands_error(key: Any, value: Any) -> InvalidInput | None:
    """The PAYE bands' first fault (DW030's, migration 0124), in the words of the bands'
    table the form edits them with (paye35): its band and column, not the JSON."""
    if key != paye_bands.KEY or not isinstance(value, str):
        return None
    found = paye_bands.fault(value)
    if found is None:
        return None
    fault, band = found
    return InvalidInput(f"paye_band_row_{fault}", band=band, field="setting_value")


def _setting_contact_error(form: FormSpec, key: Any, value: Any) -> InvalidInput | None:
    """The company's phone or e-mail setting of another shape (DW035, DW036 from the
    trigger system_settings_contact_shapes, migration 0131; 0129's CHECK until then): the
    sentence a phone or an e-mail column gets, beside the value. Empty is none, as NULL:
    the company may clear them."""
    spec = form.fields.get("setting_value")
    if spec is None or not isinstance(value, str) or value == "":
        return None
    # The company's phone, not "the setting's value" (eye35 §8).
    subject = setting_keys.subject(key if isinstance(key, str) else None)
    label = Phrase(subject) if subject is not None else spec.label
    if key in SETTING_PHONES:
        return shape_error("phone", spec, value, label=label)
    if key in SETTING_EMAILS:
        return shape_error("email", spec, value, label=label)
    return None
