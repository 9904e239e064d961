"""The SQL of the tickets' and cases' workflow functions, made from ``domain.case_flows``.

Migration 0011 creates what :func:`function_definitions` and :func:`owner_policies` give
for its five tables, migrations 0037 and 0038 for the flows they add;
tests/security/test_case_steps.py compares the database's functions with them, so a
change to the declaration needs a migration that creates them again, and that test says
so.

One function per step, ``dicel_<action>_<noun>(<id> uuid [, assignee uuid | resolution
text]) RETURNS void``, SECURITY DEFINER, owned by dicel_owner. It runs one conditional
UPDATE: the record moves to the step's target only from a state the caller may take it
from (the flow's workers: the step's sources; the record's requester: its requester
sources), with its side effects (assignee, resolution, resolved date, the dates the
step writes, the constants it sets). When no row moves, it finds out why and refuses
(the DETAIL is a JSON object of data):

* ``DW403`` no such record, or not one the caller may see (TABLE set): asked first
  (``dicel_can_see_record``, the caller's own SELECT right and row security), before
  any lock and any other answer, so a caller who may not see the record learns nothing
  of it, not even that it exists (migration 0039);
* ``DW002`` the caller may not take this step: ``deciders`` (role values and
  ``requester``, comma-separated) and ``action``;
* ``DW001`` the record already is where the step leads (someone took it first):
  ``state``, ``action``, ``who`` (full name, from the audit log) and ``when``;
* ``DW004`` the record's state does not allow the step: ``state`` and ``action``;
* ``DW402`` text the step needs is empty (COLUMN names it: the resolution typed, an
  incident's actions taken); empty is what ``dicel_given_text`` finds nothing in (blanks
  of any kind, control characters: migration 0074);
* ``DW404`` no assignee given; ``DW401`` the assignee is not an active user of one of
  the flow's worker roles (``roles``, comma-separated; COLUMN ``assigned_to``);
* ``DW490`` a step that asks why it is taken (``Asks.REASON``: a write-off, a contract
  ended) was given no reason (COLUMN ``reason``, DETAIL ``action``, what it does);
  migration 0071. The reason is appended to the flow's ``notes`` column as a dated line
  (on one line, ``dicel_given_reason``; ``DW020`` beyond its length, migration 0074);
* ``DW491`` a step that asks what was said or done (``Asks.NOTE``: a complaint answered
  or resolved, a case marked recovered) was given no note (COLUMN ``note``, DETAIL
  ``action``); kept as a reason is; migration 0101;
* an amount the step asks (``Step.amounts``: how much of a recovery case came back,
  migration 0106): ``DW435`` not given or not above zero, ``DW436`` above the record's
  ``ceiling`` column (DETAIL ``ceiling``, that column, ``most``, its amount, ``amount``,
  the one given, ``currency``), ``DW346`` a fraction of a franc (DETAIL ``amount``,
  ``currency``); COLUMN names the amount, DETAIL ``action``. A step that ``reopens``
  the record clears it;
* ``DW408`` a day the step asks (``Stamp.ASKED``: a policy's next review date) was not
  given, ``DW409`` it is not after today (DETAIL ``day``, the database's today): COLUMN
  names it, DETAIL ``action`` (what the step does); migration 0072;
* a day the step asks of when something happened (``Stamp.SETTLED``: the day a recovery
  case was settled, migration 0101): ``DW429`` not given, ``DW430`` after today (DETAIL
  ``day``, the company's today), ``DW431`` before the record's ``not_before`` column
  (DETAIL ``floor``, that column, and ``date``, its day); COLUMN names the day asked,
  DETAIL ``action``;
* ``DW407`` the step comes before a moment of the record it never comes before (a
  patrol completed before its start time, ``TimeStamp.not_before``; a shift started or
  completed before it begins, ``Step.not_before``, migration 0095): COLUMN names it,
  DETAIL ``action`` and ``at`` (that moment);
* ``DW432`` the step comes once a moment of the record it is never taken after has
  passed (a shift cancelled after its end, ``Step.not_after``, migration 0105): COLUMN
  and DETAIL as DW407's, and ``state``, the record's (migration 0110);
* a decision four eyes take (``Step.decided_by_another``: a policy's approval, migration
  0078; a recovery case's write-off, migration 0079; an IT asset reported lost or
  disposed of, migration 0096), for the workers, under the record's
  row lock (its files count as part of it and of its version since 0079): ``DW411`` the
  caller changed the record, ``DW412`` they moved it where it waits for the decision,
  since it last reached the step's target (``dicel_own_change_to_decide``; DETAIL
  ``who``, ``at``, ``state``, ``action``); ``DW413`` no ``shown`` version given (COLUMN
  ``shown``); ``DW007``/``DW008`` changed since that version by someone else (``who``,
  ``when``), as the decisions of migrations 0032 and 0070.

A migration makes the functions as they were at its revision (the switches of
:func:`function_definitions`): none calls a helper a later revision creates.


The package, by what each part writes:

* :mod:`.definitions`: what the migrations import (``function_definitions``,
  ``flow_definitions``, ``owner_policies``, ``flow_creation``, ``flow_removal`` ...);
* :mod:`.body`: a function's arguments, declarations, its UPDATE and the answer when
  nothing moved;
* :mod:`.input_checks`: what the step needs from the caller;
* :mod:`.refusals`: DW403, DW002, DW407, DW432;
* :mod:`.decisions`: a decision four eyes take, and its helpers' names;
* :mod:`.sql`: quoted literals and ``RAISE``.

Pure text: no SQLAlchemy, no Qt.
"""

from __future__ import annotations

from dicel_desktop.db.case_functions.decisions import (
    FILES_CHANGED_AT,
    OWN_CHANGE_TO_DECIDE,
    PART_RECORDS,
    PARTS_CHANGED_AT,
    RECORD_FILES,
)
from dicel_desktop.db.case_functions.definitions import (
    FunctionDefinition,
    final_trigger,
    flow_creation,
    flow_definitions,
    flow_removal,
    function_definitions,
    owner_policies,
    superseded_removal,
)

__all__ = [
    "FILES_CHANGED_AT",
    "OWN_CHANGE_TO_DECIDE",
    "PARTS_CHANGED_AT",
    "PART_RECORDS",
    "RECORD_FILES",
    "FunctionDefinition",
    "final_trigger",
    "flow_creation",
    "flow_definitions",
    "flow_removal",
    "function_definitions",
    "owner_policies",
    "superseded_removal",
]
