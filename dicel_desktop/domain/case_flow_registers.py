"""The case flows of the registers and the sales pipeline (migration 0050): clients,
suppliers, stock items, compliance policies, customer surveys and opportunities.

Declarations only, as ``domain/case_flow_declarations.py``, which puts them in
``ENTRIES`` after the tickets, cases and department records, and before
``domain/case_flow_people.py``'s: the order ``FLOWS`` keeps. A change here needs a
migration that makes the steps' functions again (tests compare the database with the
declaration).

Pure Python: no SQLAlchemy, no Qt.
"""

from __future__ import annotations

from dicel_desktop.domain.case_flow_model import (
    CaseFlow,
    DateStamp,
    Stamp,
    Step,
)
from dicel_desktop.domain.roles import Role
from dicel_desktop.domain.states import (
    ClientStatus,
    ItemStatus,
    OpportunityStage,
    OpportunityStatus,
    PolicyStatus,
    SupplierStatus,
    SurveyStatus,
)

__all__ = ["REGISTER_ENTRIES"]


def _client_steps() -> tuple[Step, ...]:
    c = ClientStatus
    return (
        # A new client is a prospect until there is business to serve (a signed contract).
        Step("activate", (c.PROSPECT,), c.ACTIVE, "activated"),
        # Service stopped for a while (unpaid invoices, a dispute).
        Step("suspend", (c.ACTIVE,), c.SUSPENDED, "suspended"),
        # No longer a client, or a prospect that came to nothing; it may come back.
        Step("deactivate", (c.PROSPECT, c.ACTIVE, c.SUSPENDED), c.INACTIVE, "marked inactive"),
        Step("reactivate", (c.INACTIVE, c.SUSPENDED), c.ACTIVE, "reactivated"),
    )


def _supplier_steps() -> tuple[Step, ...]:
    s = SupplierStatus
    return (
        Step("deactivate", (s.ACTIVE,), s.INACTIVE, "marked inactive"),
        Step("reactivate", (s.INACTIVE,), s.ACTIVE, "reactivated"),
        # Not to be ordered from (poor quality, fraud) until inventory says otherwise.
        Step("block", (s.ACTIVE, s.INACTIVE), s.BLOCKED, "blocked"),
        Step("unblock", (s.BLOCKED,), s.ACTIVE, "unblocked"),
    )


def _item_steps() -> tuple[Step, ...]:
    i = ItemStatus
    return (
        Step("deactivate", (i.ACTIVE,), i.INACTIVE, "marked inactive"),
        Step("reactivate", (i.INACTIVE,), i.ACTIVE, "reactivated"),
        # No longer stocked, for good: its record stays as it was (its remaining stock
        # still moves through dicel_move_stock, as the functions' owner).
        Step("discontinue", (i.ACTIVE, i.INACTIVE), i.DISCONTINUED, "discontinued"),
    )


def _policy_steps() -> tuple[Step, ...]:
    p = PolicyStatus
    return (
        Step("submit", (p.DRAFT,), p.UNDER_REVIEW, "submitted for review"),
        # The reviewers want changes: back to draft (what it says is still open).
        Step("recall", (p.UNDER_REVIEW,), p.DRAFT, "taken back to draft"),
        # Approved, what it says is frozen (the policy's lock), with the day it is next
        # reviewed (required, after today: migration 0072); by someone other than whoever
        # put it under review or changed it since it was last approved, on what they were
        # shown (migration 0078).
        Step(
            "approve",
            (p.UNDER_REVIEW,),
            p.APPROVED,
            "approved",
            dates=(DateStamp("review_date", Stamp.ASKED),),
            decided_by_another=True,
        ),
        # In force from today, or from the earlier effective date written in it.
        Step(
            "activate",
            (p.APPROVED,),
            p.ACTIVE,
            "brought into force",
            dates=(DateStamp("effective_date", Stamp.BY_TODAY),),
        ),
        # Replaced by a new policy (or never brought into force): no longer in force.
        Step("retire", (p.APPROVED, p.ACTIVE), p.RETIRED, "retired"),
        # Its review is due: reviewed again (what it says opens for a new version), then
        # approved with its next review date and brought into force (migration 0072).
        Step("start_review", (p.APPROVED, p.ACTIVE), p.UNDER_REVIEW, "put under review"),
    )


def _survey_steps() -> tuple[Step, ...]:
    s = SurveyStatus
    return (
        Step(
            "launch",
            (s.DRAFT,),
            s.ACTIVE,
            "launched",
            dates=(DateStamp("start_date", Stamp.TODAY),),
        ),
        Step(
            "close",
            (s.ACTIVE,),
            s.CLOSED,
            "closed",
            dates=(DateStamp("end_date", Stamp.BY_TODAY, not_before="start_date"),),
        ),
        # Too few answers: open again, until CX writes a new end date.
        Step(
            "reopen",
            (s.CLOSED,),
            s.ACTIVE,
            "reopened",
            dates=(DateStamp("end_date", Stamp.CLEAR),),
        ),
        # Filed with its answers (or a draft never sent): for good.
        Step("archive", (s.DRAFT, s.CLOSED), s.ARCHIVED, "archived"),
    )


def _opportunity_steps() -> tuple[Step, ...]:
    o = OpportunityStatus
    g = OpportunityStage
    # A deal's stage moves in its form while it is active (the opportunity's lock
    # freezes it otherwise); only these steps close it, won or lost, stage and all.
    # Closing it writes the day it closed into its close date (migration 0161): what
    # was expected while it was open is, once won or lost, the day it was (a deal won
    # today no longer "closes" next March), and its final state keeps it (DW405).
    closed_today = (DateStamp("expected_close_date", Stamp.TODAY),)
    return (
        Step("hold", (o.ACTIVE,), o.ON_HOLD, "put on hold"),
        Step("resume", (o.ON_HOLD,), o.ACTIVE, "resumed"),
        Step(
            "win",
            (o.ACTIVE,),
            o.WON,
            "marked won",
            dates=closed_today,
            sets=(("stage", g.CLOSED_WON.value), ("probability", "100")),
        ),
        Step(
            "lose",
            (o.ACTIVE, o.ON_HOLD),
            o.LOST,
            "marked lost",
            dates=closed_today,
            sets=(("stage", g.CLOSED_LOST.value), ("probability", "0")),
        ),
    )


REGISTER_ENTRIES: tuple[CaseFlow, ...] = (
    # A new client is a prospect (migration 0050); the registers have no final state but
    # a discontinued item: a client or supplier may always come back.
    CaseFlow(
        "clients", "client", "client_id", ClientStatus, (Role.CLIENT, Role.ADMIN), _client_steps()
    ),
    CaseFlow(
        "suppliers",
        "supplier",
        "supplier_id",
        SupplierStatus,
        (Role.INVENTORY, Role.ADMIN),
        _supplier_steps(),
    ),
    CaseFlow(
        "inventory_items",
        "inventory_item",
        "item_id",
        ItemStatus,
        (Role.INVENTORY, Role.ADMIN),
        _item_steps(),
    ),
    CaseFlow(
        "compliance_policies",
        "compliance_policy",
        "policy_id",
        PolicyStatus,
        (Role.COMPLIANCE, Role.ADMIN),
        _policy_steps(),
    ),
    CaseFlow(
        "customer_surveys",
        "customer_survey",
        "survey_id",
        SurveyStatus,
        (Role.CX, Role.ADMIN),
        _survey_steps(),
    ),
    CaseFlow(
        "opportunities",
        "opportunity",
        "opportunity_id",
        OpportunityStatus,
        (Role.SALES, Role.ADMIN),
        _opportunity_steps(),
    ),
)
