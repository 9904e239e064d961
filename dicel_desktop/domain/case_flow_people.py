"""The case flows of people and operations (migration 0049): employees, training
programmes and enrollments, budget lines, guards, their assignments and patrols.

Declarations only, as ``domain/case_flow_declarations.py``, which puts them last in
``ENTRIES``: the order ``FLOWS`` keeps. A change here needs a migration that makes the
steps' functions again (tests compare the database with the declaration).

Pure Python: no SQLAlchemy, no Qt.
"""

from __future__ import annotations

from dicel_desktop.domain.case_flow_model import (
    CaseFlow,
    DateStamp,
    Stamp,
    Step,
    TimeStamp,
)
from dicel_desktop.domain.roles import Role
from dicel_desktop.domain.states import (
    AssignmentStatus,
    BudgetStatus,
    EmployeeStatus,
    EnrollmentStatus,
    GuardStatus,
    PatrolStatus,
    TrainingProgramStatus,
)

__all__ = ["PEOPLE_ENTRIES"]


def _employee_steps() -> tuple[Step, ...]:
    e = EmployeeStatus
    # Approved leave is a leave request of its own; HR marks a person away for long (on
    # leave) and back by hand. Payroll pays the active and those on leave, not the
    # suspended (migration 0014).
    return (
        Step("start_leave", (e.ACTIVE,), e.ON_LEAVE, "marked on leave"),
        Step("end_leave", (e.ON_LEAVE,), e.ACTIVE, "marked back from leave"),
        Step("suspend", (e.ACTIVE, e.ON_LEAVE), e.SUSPENDED, "suspended"),
        Step("reinstate", (e.SUSPENDED,), e.ACTIVE, "reinstated"),
        # Left the company: paid up to the termination date, which is today unless HR
        # wrote an earlier one, never before the hire date (the payroll run pays a
        # terminated person only within their last month, migration 0014).
        Step(
            "terminate",
            (e.ACTIVE, e.ON_LEAVE, e.SUSPENDED),
            e.TERMINATED,
            "terminated",
            dates=(DateStamp("termination_date", Stamp.BY_TODAY, not_before="hire_date"),),
            # The open leave it cancels (employees_leaver_leave_ends), before the record.
            locks_first="dicel_lock_open_leave",
        ),
    )


def _training_program_steps() -> tuple[Step, ...]:
    t = TrainingProgramStatus
    return (
        # It starts today, or kept the earlier start date written in the form.
        Step(
            "start",
            (t.SCHEDULED,),
            t.IN_PROGRESS,
            "started",
            dates=(DateStamp("start_date", Stamp.BY_TODAY),),
        ),
        Step(
            "complete",
            (t.IN_PROGRESS,),
            t.COMPLETED,
            "completed",
            dates=(DateStamp("end_date", Stamp.BY_TODAY, not_before="start_date"),),
        ),
        Step("cancel", (t.SCHEDULED, t.IN_PROGRESS), t.CANCELLED, "cancelled"),
    )


def _enrollment_steps() -> tuple[Step, ...]:
    n = EnrollmentStatus
    taking = (n.ENROLLED, n.IN_PROGRESS)
    return (
        Step("start", (n.ENROLLED,), n.IN_PROGRESS, "started"),
        # A one-day course is completed (or failed) straight from enrolled. Completed
        # today, or on the earlier day HR wrote (from the paper), never before enrolling.
        Step(
            "complete",
            taking,
            n.COMPLETED,
            "completed",
            dates=(DateStamp("completion_date", Stamp.BY_TODAY, not_before="enrollment_date"),),
        ),
        Step("fail", taking, n.FAILED, "marked failed"),
        Step("drop", taking, n.DROPPED, "marked dropped"),
    )


def _budget_steps() -> tuple[Step, ...]:
    b = BudgetStatus
    # A line finance types in is in force at once (approved expenses are charged to an
    # active line only, migration 0014); next year's plan is taken back to draft until
    # it is approved, a line overspent or under review is frozen.
    return (
        Step("recall", (b.ACTIVE,), b.DRAFT, "taken back to draft"),
        Step("activate", (b.DRAFT,), b.ACTIVE, "activated"),
        Step("freeze", (b.ACTIVE,), b.FROZEN, "frozen"),
        Step("unfreeze", (b.FROZEN,), b.ACTIVE, "unfrozen"),
        # The year is over: its allocation and spending are history.
        Step("close", (b.DRAFT, b.ACTIVE, b.FROZEN), b.CLOSED, "closed"),
    )


def _guard_steps() -> tuple[Step, ...]:
    g = GuardStatus
    return (
        Step("start_leave", (g.ACTIVE,), g.ON_LEAVE, "marked on leave"),
        Step("end_leave", (g.ON_LEAVE,), g.ACTIVE, "marked back from leave"),
        Step("suspend", (g.ACTIVE, g.ON_LEAVE), g.SUSPENDED, "suspended"),
        # A guard who left (inactive) and comes back keeps their record (one per login).
        Step("reinstate", (g.SUSPENDED, g.INACTIVE), g.ACTIVE, "reinstated"),
        Step("deactivate", (g.ACTIVE, g.ON_LEAVE, g.SUSPENDED), g.INACTIVE, "marked inactive"),
    )


def _assignment_steps() -> tuple[Step, ...]:
    a = AssignmentStatus
    # A shift is neither started nor completed before it begins (migration 0095): a shift
    # marked completed ahead could never be marked missed (completed is final). Nor is it
    # completed before it ends (migration 0100): a shift of eight hours was completed two
    # hours in, and a shift records nothing of its end but its planned one (a patrol's
    # completion writes its end time). A guard who left early: correct the shift end.
    begun = ("shift_start",)
    return (
        Step("start", (a.SCHEDULED,), a.IN_PROGRESS, "started", not_before=begun),
        # Marked after the shift as well, by a supervisor who did not mark its start.
        Step(
            "complete",
            (a.SCHEDULED, a.IN_PROGRESS),
            a.COMPLETED,
            "completed",
            not_before=(*begun, "shift_end"),
        ),
        # The guard did not come: once the shift has begun (migration 0103), as start;
        # missed is final, so a shift ahead marked missed could no longer be started
        # when the guard came. Cancel withdraws a shift that will not happen.
        Step("miss", (a.SCHEDULED,), a.MISSED, "marked missed", not_before=begun),
        # So not once its end has passed (migration 0105): it was worked or it was
        # missed, and is marked so.
        Step(
            "cancel",
            (a.SCHEDULED, a.IN_PROGRESS),
            a.CANCELLED,
            "cancelled",
            not_after=("shift_end",),
        ),
    )


def _patrol_steps() -> tuple[Step, ...]:
    p = PatrolStatus
    # The Security dashboard counts the completed patrols of those started this month.
    # A patrol ends (completed or aborted) now, or at the earlier end time written in its
    # form; never before it started: the step is refused while its start is still ahead
    # (migration 0056).
    ends = (TimeStamp("end_time", Stamp.BY_NOW, not_before="start_time"),)
    return (
        Step("complete", (p.IN_PROGRESS,), p.COMPLETED, "completed", times=ends),
        Step("abort", (p.IN_PROGRESS,), p.ABORTED, "aborted", times=ends),
    )


PEOPLE_ENTRIES: tuple[CaseFlow, ...] = (
    CaseFlow(
        "employees",
        "employee",
        "employee_id",
        EmployeeStatus,
        (Role.HR, Role.ADMIN),
        _employee_steps(),
    ),
    CaseFlow(
        "training_programs",
        "training_program",
        "program_id",
        TrainingProgramStatus,
        (Role.HR, Role.ADMIN),
        _training_program_steps(),
    ),
    CaseFlow(
        "training_enrollments",
        "training_enrollment",
        "enrollment_id",
        EnrollmentStatus,
        (Role.HR, Role.ADMIN),
        _enrollment_steps(),
    ),
    CaseFlow(
        "budgets",
        "budget",
        "budget_id",
        BudgetStatus,
        (Role.FINANCE, Role.ADMIN),
        _budget_steps(),
    ),
    CaseFlow(
        "security_guards",
        "security_guard",
        "guard_id",
        GuardStatus,
        (Role.SECURITY, Role.ADMIN),
        _guard_steps(),
    ),
    CaseFlow(
        "security_assignments",
        "security_assignment",
        "assignment_id",
        AssignmentStatus,
        (Role.SECURITY, Role.ADMIN),
        _assignment_steps(),
    ),
    CaseFlow(
        "patrol_logs",
        "patrol_log",
        "patrol_id",
        PatrolStatus,
        (Role.SECURITY, Role.ADMIN),
        _patrol_steps(),
    ),
)
