"""The DETAIL of a refusal our workflow functions raise (a JSON object of data), read as
the params of its sentence (:func:`detail_params`), which every family's registrations
build on.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from typing import Any

from dicel_desktop.domain.errors import DECIDERS
from dicel_desktop.domain.states import words as state_words
from dicel_desktop.services import leave_words


def detail_params(diag: Any, _values: Mapping[str, Any]) -> dict[str, Any]:
    """The params a workflow function gives its refusal as a JSON object in DETAIL
    (``RAISE ... USING ERRCODE = 'DW001', DETAIL = json_build_object('who', ..., 'when',
    ...)::text``): data, not words, so the sentence stays the client's and translatable.
    A ``when`` (an ISO timestamp) reads as the local time of day ("10:42"), with its day
    when that is not today ("10:42 on 27 November 2026": since 0121 DW001 names a step
    taken any time before; ``when_time`` and ``when_day`` give both as data, for the
    GUI to write in the reader's words); a state (``state``, ``other_state`` ...) as words
    ("partially paid"), as a person reads it."""
    import datetime as dt
    import json

    detail = getattr(diag, "message_detail", None) or ""
    try:
        found = json.loads(detail)
    except ValueError:
        return {}
    if not isinstance(found, dict):
        return {}
    params = {key: "" if value is None else str(value) for key, value in found.items()}
    for key in params:
        if key == "state" or key.endswith("_state"):
            params[key] = state_words(params[key])
    if "deciders" in params:  # a key: the sentence says who in words
        params["deciders"] = DECIDERS.get(params["deciders"], params["deciders"])
    when = found.get("when")
    if isinstance(when, str):
        with contextlib.suppress(ValueError):  # not a timestamp: said as it came
            moment = dt.datetime.fromisoformat(when).astimezone()
            params["when"] = f"{moment:%H:%M}"
            if moment.date() != dt.datetime.now().astimezone().date():
                params["when_time"] = params["when"]
                params["when_day"] = moment.date().isoformat()
                params["when"] += f" on {leave_words.day(moment.date())}"
    return params
