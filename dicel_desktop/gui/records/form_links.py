"""How a record form's fields follow one another as the person types (``FormLinks``, the
form's ``links``): generated columns their inputs, money fields the currency chosen in
the same record, an editor whose kind of value depends on other fields (``follows``),
and a field another sets as it changes (``domain.states.SETS_WITH``).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from dicel_desktop.domain import setting_keys
from dicel_desktop.domain.amounts import Amount, most_of
from dicel_desktop.domain.errors import InvalidInput
from dicel_desktop.domain.states import SETS_WITH
from dicel_desktop.gui.editors.base import FieldEditor
from dicel_desktop.gui.error_sentences import sentence
from dicel_desktop.services.columns import DEFAULT_CURRENCY
from dicel_desktop.services.forms import FieldKind, FieldSpec, compute

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_form import RecordForm


#: A new setting's key chosen sets its type to the one DICEL reads it as (admin40): the
#: database refuses another (DW029).
_SETTING_TYPES = {("system_settings", "setting_key"): ("setting_type", setting_keys.READ_TYPES)}


class FormLinks:
    """The form's part that keeps linked fields in step; wired once its editors exist."""

    def __init__(self, form: RecordForm) -> None:
        self._form = form
        self.editors = form.editors
        self._wire_generated()
        self._wire_currencies()
        self._wire_followers()
        self._wire_sets_with()

    def _wire_generated(self) -> None:
        """Generated columns follow their inputs as the person types."""
        self._generated = [f for f in self._form.spec.fields.values() if f.computed is not None]
        #: Generated amounts whose "worth too much" is said beside them now.
        self._worth_said: set[str] = set()
        if self._generated:
            for name, editor in self.editors.items():
                if any(name in (f.computed or "") for f in self._generated):
                    editor.edited.connect(self.recompute)

    def _wire_currencies(self) -> None:
        """A money field shows the currency chosen in the same record."""
        self._money_by_currency: dict[str, list[str]] = {}
        for name, field in self._form.spec.fields.items():
            source = field.currency
            if field.kind is FieldKind.MONEY and source and source.column and not source.via:
                self._money_by_currency.setdefault(source.column, []).append(name)
        for currency, amounts in self._money_by_currency.items():
            editor = self.editors.get(currency)
            if editor is not None and len(amounts) == 1:
                # One amount and its currency's own field ("Salary", "Salary currency"):
                # the field says it; the code beside the amount said it twice.
                label = getattr(self.editors.get(amounts[0]), "currency_label", None)
                if label is not None:
                    label.hide()
            if editor is not None:
                editor.edited.connect(
                    lambda currency=currency, amounts=amounts: self._show_currency(
                        currency, amounts
                    )
                )

    def _wire_sets_with(self) -> None:
        """A field that sets another as it changes (a deal's stage its probability,
        ``domain.states.SETS_WITH``) unless the person typed that other in this edit."""
        #: Followers the person typed since the record was shown: left as typed.
        self._typed_followers: set[str] = set()
        for (table, leader), (follower, values) in {**SETS_WITH, **_SETTING_TYPES}.items():
            if table != self._form.spec.table or leader not in self.editors:
                continue
            if follower not in self.editors:
                continue
            self.editors[follower].edited.connect(
                lambda follower=follower: self._typed_followers.add(follower)
            )
            self.editors[leader].edited.connect(
                lambda leader=leader, follower=follower, values=values: self._set_with(
                    leader, follower, values
                )
            )

    def _set_with(self, leader: str, follower: str, values: Mapping[str, Any]) -> None:
        if follower in self._typed_followers or self._form._read_only:
            return
        try:
            value = self.editors[leader].value()
        except InvalidInput:
            return
        if value in values:
            self.editors[follower].set_value(values[value])
            self._form._on_editor_edited()
            # An editor following the one set (a setting's value its type) follows it.
            self._update_followers()

    def _wire_followers(self) -> None:
        """An editor whose kind of value depends on other fields (a setting's value on
        its type, and its key for the PAYE bands) declares ``follows = "<field>"`` or a
        tuple of fields, and a ``follow(*values)`` method taking their values in order."""
        self._followers: list[tuple[FieldEditor, tuple[str, ...]]] = []
        for editor in self.editors.values():
            leaders = getattr(editor, "follows", None)
            leaders = (leaders,) if isinstance(leaders, str) else tuple(leaders or ())
            # The first is the one it cannot do without; another not on the form is None.
            if leaders and leaders[0] in self.editors:
                self._followers.append((editor, leaders))
                for leader in leaders:
                    if leader in self.editors:
                        self.editors[leader].edited.connect(self._update_followers)

    def _update_followers(self) -> None:
        for editor, leaders in self._followers:
            try:
                values = [
                    self.editors[leader].value() if leader in self.editors else None
                    for leader in leaders
                ]
            except InvalidInput:
                continue
            editor.follow(*values)  # type: ignore[attr-defined]

    # ----------------------------------------------------------------- at a load

    def tell_followers(self, values: Mapping[str, Any]) -> None:
        """Followers learn their leader's value before their own is shown."""
        for editor, leaders in self._followers:
            editor.follow(*(values.get(leader) for leader in leaders))  # type: ignore[attr-defined]

    def shown(self, context_currency: str | None) -> None:
        """The record's values are shown: forget what was typed, show each amount's
        currency (``context_currency`` where it lives in another record), compute."""
        self._typed_followers = set()
        for currency, amounts in self._money_by_currency.items():
            self._show_currency(currency, amounts)
        in_record = {m for amounts in self._money_by_currency.values() for m in amounts}
        for name in self.editors:
            if self._form.spec.fields[name].currency and name not in in_record:
                self._set_currency(name, context_currency or DEFAULT_CURRENCY)
        self.recompute()

    def recompute(self) -> None:
        if not self._generated:
            return
        values = self._form.current_values()
        for field in self._generated:
            editor = self.editors.get(field.name)
            if editor is not None:
                worth = compute(field, values)
                editor.set_value(worth)
                self._say_worth(field, editor, worth)

    def _say_worth(self, field: FieldSpec, editor: FieldEditor, worth: Any) -> None:
        """A line total above what its column holds (numeric(12,2): 9,999,999,999.99) is
        said beside it as the person types, in the words the database refuses it with
        (DW901, migration 0144); it was shown as a fine total, and Save gave "a value is
        not acceptable" with no field marked (money40 #2)."""
        if field.kind is not FieldKind.MONEY or field.precision is None:
            return
        most = most_of(field.precision, field.scale or 0)
        if isinstance(worth, Decimal) and abs(worth) > most:
            currency = getattr(editor, "currency", None) or DEFAULT_CURRENCY
            refusal = InvalidInput(
                "line_worth_too_much",
                amount=Amount(worth, currency),
                most=Amount(most, currency),
                currency=currency,
            )
            self._form.show_error(field.name, sentence(refusal))
            self._worth_said.add(field.name)
        elif field.name in self._worth_said:
            self._worth_said.discard(field.name)
            self._form.clear_error(field.name)

    def _show_currency(self, currency_field: str, amounts: list[str]) -> None:
        editor = self.editors.get(currency_field)
        record = self._form.record
        if editor is not None:
            try:
                code = editor.value()
            except InvalidInput:
                return
        elif record is not None:
            code = record.values.get(currency_field)
        else:
            code = None
        for amount in amounts:
            self._set_currency(amount, code or DEFAULT_CURRENCY)

    def _set_currency(self, name: str, code: str) -> None:
        editor = self.editors[name]
        set_currency = getattr(editor, "set_currency", None)
        if set_currency is not None:
            set_currency(code)
