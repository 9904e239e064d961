"""What the migrations take from this package: each step's function as a
:class:`FunctionDefinition` (its CREATE statement and body, as a revision made it: the
switches of :func:`function_definitions`), the requesters' owner policies, and the
statements that create and drop a flow's functions, and a final state's trigger.

Pure text: no SQLAlchemy, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from dicel_desktop.db.case_functions.body import function_body, parameters
from dicel_desktop.db.case_functions.sql import quote_array
from dicel_desktop.domain.case_flows import FLOWS, REQUESTER, CaseFlow, Step
from dicel_desktop.domain.roles import OWNER_ROLE

_SETTINGS = "SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp"


@dataclass(frozen=True)
class FunctionDefinition:
    name: str
    #: The argument types, for ALTER and DROP, as regprocedure writes them: "uuid,text".
    arg_types: str
    create: str
    #: What pg_proc.prosrc holds once created.
    body: str

    @property
    def create_or_replace(self) -> str:
        """``create`` for a function that exists already (a later revision's body)."""
        return self.create.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1)

    @property
    def signature(self) -> str:
        """``public.dicel_resolve_it_ticket(uuid, text)``"""
        return f"public.{self.name}({self.arg_types})"


@dataclass(frozen=True)
class _AsOf:
    """What the functions of a revision are made with: the switches of
    :func:`function_definitions`."""

    hides_records: bool = True
    given_text: bool = True
    decided: bool = True
    decided_files: bool = True
    #: The flow's parts its decision counts (None: as declared, ``CaseFlow.parts``).
    parts: tuple[tuple[str, str], ...] | None = None
    record_files: bool = True
    late_by_clock: bool = True
    locks_first: bool = True


def _definition(flow: CaseFlow, step: Step, as_of: _AsOf) -> FunctionDefinition:
    name = flow.function(step)
    params = parameters(flow, step, decided=as_of.decided)
    body = function_body(
        flow,
        step,
        hides_records=as_of.hides_records,
        given_text=as_of.given_text,
        decided=as_of.decided,
        decided_files=as_of.decided_files,
        parts=flow.parts if as_of.parts is None else as_of.parts,
        record_files=as_of.record_files,
        late_by_clock=as_of.late_by_clock,
        locks_first=as_of.locks_first,
    )
    declared = ", ".join(f"{n} {t}" for n, t in params)
    create = (
        f"CREATE FUNCTION public.{name}({declared}) RETURNS void\n"
        f"LANGUAGE plpgsql {_SETTINGS}\nAS $fn${body}$fn$"
    )
    return FunctionDefinition(name, ",".join(t for _, t in params), create, body)


def _flows(tables: Iterable[str] | None) -> list[CaseFlow]:
    if tables is None:
        return list(FLOWS.values())
    return [FLOWS[table] for table in tables]


def function_definitions(
    tables: Iterable[str] | None = None,
    *,
    hides_records: bool = True,
    given_text: bool = True,
    decided: bool = True,
    decided_files: bool = True,
    locks_first: bool = True,
) -> list[FunctionDefinition]:
    """Every step's function, in the declaration's order; of ``tables`` only, in their
    order, when given (a migration creates the functions of the flows it adds).

    A migration makes them as they were at its revision, calling no helper a later one
    creates (a database stopped there, or downgraded to it, takes every step):

    * ``hides_records=False``: as migrations 0011 and 0037 made them, before 0039 asked
      first whether the caller may see the record (what 0039's downgrade puts back);
    * ``given_text=False``: text required or given (a resolution, a reason, an audit's
      findings) has its spaces trimmed only, as before migration 0074 made
      ``dicel_given_text`` and ``dicel_given_reason``;
    * ``decided=False``: a step ``decided_by_another`` is a step like the others, with no
      ``shown`` version, as before migration 0078 made ``dicel_own_change_to_decide``;
    * ``decided_files=False``: such a step's version is the record's ``updated_at`` alone
      and its files' entries are not looked at, as migration 0078 made it (0079 counts
      the files);
    * ``locks_first=False``: a step does not lock first what its triggers change
      (``Step.locks_first``), as before migration 0153 made ``dicel_lock_open_leave``."""
    as_of = _AsOf(hides_records, given_text, decided, decided_files, locks_first=locks_first)
    return [_definition(flow, step, as_of) for flow in _flows(tables) for step in flow.steps]


def flow_definitions(
    flow: CaseFlow,
    *,
    hides_records: bool = True,
    given_text: bool = True,
    decided: bool = True,
    decided_files: bool = True,
    parts: tuple[tuple[str, str], ...] | None = None,
    record_files: bool = True,
    late_by_clock: bool = True,
    locks_first: bool = True,
) -> list[FunctionDefinition]:
    """The functions of ``flow`` as given, which may differ from its declaration (a
    migration's downgrade gives back a step as an earlier revision declared it); the
    switches as :func:`function_definitions` takes them; ``parts`` the flow's parts a
    decision four eyes take counts (None: as declared; ``()``: none, as before migration
    0082); ``record_files=False``: its files are those an entry names as its own, as
    before migration 0084 made ``dicel_record_files``; ``late_by_clock=False``: a step
    never taken after a moment of the record (``Step.not_after``) compares it with the
    transaction's start, as before migration 0112; ``locks_first`` as
    :func:`function_definitions` takes it."""
    as_of = _AsOf(
        hides_records,
        given_text,
        decided,
        decided_files,
        parts,
        record_files,
        late_by_clock,
        locks_first,
    )
    return [_definition(flow, step, as_of) for step in flow.steps]


def owner_policies(tables: Iterable[str] | None = None) -> list[tuple[str, str, str]]:
    """(name, table, CREATE POLICY statement): on a table with forced row security, the
    requester's own record is updatable inside the functions (run as dicel_owner) in the
    states a requester takes steps from, though their own policies let them update
    nothing. Of ``tables`` only when given."""
    policies = []
    for flow in _flows(tables):
        if not flow.has_requester or REQUESTER not in {
            d for s in flow.steps for d in flow.deciders(s)
        }:
            continue
        states = sorted({s for step in flow.steps for s in step.requester_sources})
        name = f"{flow.table}_requester_steps"
        policies.append(
            (
                name,
                flow.table,
                f"CREATE POLICY {name} ON public.{flow.table} FOR UPDATE TO {OWNER_ROLE}"
                f" USING ({flow.requester_user(None)} = (SELECT public.dicel_current_user_id())"
                f" AND status = ANY ({quote_array(states)})) WITH CHECK (true)",
            )
        )
    return policies


def flow_creation(
    tables: Iterable[str],
    *,
    given_text: bool = True,
    decided: bool = True,
    locks_first: bool = True,
) -> list[str]:
    """What a migration adding the flows of ``tables`` runs: each step's function, owned
    by dicel_owner and kept from PUBLIC (EXECUTE comes from the permission table), and the
    requesters' owner policies. The switches as :func:`function_definitions` takes them."""
    statements = []
    made = function_definitions(
        tables, given_text=given_text, decided=decided, locks_first=locks_first
    )
    for function in made:
        statements += [
            function.create,
            f"ALTER FUNCTION {function.signature} OWNER TO {OWNER_ROLE}",
            f"REVOKE ALL ON FUNCTION {function.signature} FROM PUBLIC",
        ]
    return statements + [create for _name, _table, create in owner_policies(tables)]


def flow_removal(tables: Iterable[str]) -> list[str]:
    """What that migration's downgrade runs: :func:`flow_creation` undone. Each function
    is dropped by its declared signature, and by the signature it had before a later
    revision changed it (:func:`superseded_removal`: a later revision's downgrade gives
    that one back, as an approval that asked no date before migration 0072)."""
    tables = list(tables)
    statements = [
        f"DROP POLICY IF EXISTS {name} ON public.{table}"
        for name, table, _create in reversed(owner_policies(tables))
    ]
    # A step decided by another takes the version shown since migration 0078: both
    # signatures, as the database may be at either.
    signatures = [f.signature for f in reversed(function_definitions(tables))]
    signatures += [f.signature for f in reversed(function_definitions(tables, decided=False))]
    statements += [
        f"DROP FUNCTION IF EXISTS {signature}" for signature in dict.fromkeys(signatures)
    ]
    return statements + superseded_removal(tables)


def superseded_removal(tables: Iterable[str]) -> list[str]:
    """Drops the functions a step had before its signature changed, which a downgrade
    gives back: a step that asks a reason took none before migration 0071, one that asks
    a day (a policy's approval) none before 0072. What the downgrade of a flow's own
    migration runs besides dropping the declared functions."""
    return [
        f"DROP FUNCTION IF EXISTS public.{flow.function(step)}(uuid)"
        for flow in _flows(tables)
        for step in flow.steps
        if step.writes_line or step.asked_dates
    ]


def final_trigger(table: str, states: Iterable[str]) -> str:
    """``<table>_final``: a record in one of ``states`` is changed or deleted by no login
    (migration 0035's ``dicel_refuse_final_change``, DW405)."""
    return (
        f"CREATE TRIGGER {table}_final BEFORE UPDATE OR DELETE ON public.{table}"
        f" FOR EACH ROW EXECUTE FUNCTION public.dicel_refuse_final_change("
        f"'status', '{{{','.join(states)}}}')"
    )
