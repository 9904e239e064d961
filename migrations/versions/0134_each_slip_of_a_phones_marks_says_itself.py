"""Each slip of a phone's marks says itself: a stray character, a blank at an end, a +
inside, brackets astray, a mark at an end.

Revision ID: 0134
Revises: 0133
Create Date: 2026-12-06

Left by eyea35 (migration 0132): ``dicel_phone_cause`` said one cause, ``marks``, for
several different mistakes, and the window one phrase for them ("only digits, spaces,
hyphens, dots, one pair of brackets and a + in front"), which left the clerk to find
which. It now says, in this order, after ``letters`` (and before ``double_zero``, as
``marks`` did):

* ``stray_mark``: a character no phone number has ("0788#123456", "0788_123", a tab);
* ``blank_end``: a blank before or after the number ("0788 123 456 ", " +250 …");
* ``plus_inside``: a + elsewhere than in front ("0788+123456", "++250…");
* ``brackets``: brackets astray (two pairs, one closed first, one left open, none with a
  digit inside);
* ``ends``: a hyphen, a dot or a blank where the number begins or ends, or right after
  its + ("-0788…", "0788 123 456.", "+ 250 …").

The same five in ``domain/contact_rules.phone_cause`` (held equal on samples and
generated texts). DW035's DETAIL and MESSAGE carry the code as before; a phone is refused
exactly as before (``dicel_phone_fits`` is unchanged): only what the refusal says moved.

Frozen: 0132's ``dicel_phone_cause``. CREATE OR REPLACE keeps its owner and grants. The
downgrade gives back 0132's text (``marks``).
"""

from __future__ import annotations

from collections.abc import Sequence

from dicel_desktop.db.migrate import earlier_revision, execute_sql, or_replace, replaced

revision: str = "0134"
down_revision: str | None = "0133"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_0132 = earlier_revision(
    "0132_a_bracketed_country_code_a_phones_cause_and_an_emergency_contact_of_a_name_and_a_phone"
)

#: 0132's test of the marks, and what replaces it.
MARKS = f"""    IF v_shaped !~ '^{_0132.PHONE_SHAPE}$' OR v_shaped !~ '^{_0132.PHONE_BRACKETS}$' THEN
        RETURN 'marks';
    END IF;
"""
SLIPS = f"""    -- Migration 0134: each slip of the marks its own cause (0132 said 'marks' for all).
    IF v_shaped ~ '[^0-9 ().+-]' THEN
        RETURN 'stray_mark';
    END IF;
    IF v_shaped LIKE ' %' OR v_shaped LIKE '% ' THEN
        RETURN 'blank_end';
    END IF;
    IF strpos(substr(v_shaped, 2), '+') > 0 THEN
        RETURN 'plus_inside';
    END IF;
    IF v_shaped !~ '^{_0132.PHONE_BRACKETS}$' THEN
        RETURN 'brackets';
    END IF;
    IF v_shaped !~ '^{_0132.PHONE_SHAPE}$' THEN
        RETURN 'ends';
    END IF;
"""
PHONE_CAUSE = replaced(_0132.PHONE_CAUSE, MARKS, SLIPS)


def upgrade() -> None:
    execute_sql(or_replace(PHONE_CAUSE))


def downgrade() -> None:
    execute_sql(or_replace(_0132.PHONE_CAUSE))
