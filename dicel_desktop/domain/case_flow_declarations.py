"""Every case flow, declared: per kind of record, its states, its steps and who takes
them (issue 10, part 9).

Tickets and cases; also the records of a department that move through states the same
way, one step at a time by the department's clerks: IT assets, risk assessments,
customer feedback, leads, compliance audits, candidates and marketing campaigns
(migration 0037), job postings and contracts (migration 0038), performance reviews
(migration 0045); employees, training, budget lines, guards, their assignments and
patrols (migration 0049); clients, suppliers, stock items, compliance policies, customer
surveys and opportunities (migration 0050).

Only the declarations (``ENTRIES``, one ``CaseFlow`` per table, in the order ``FLOWS``
keeps). The tickets, cases and department records are declared here; the registers and
the sales pipeline in ``domain/case_flow_registers.py``, people and operations in
``domain/case_flow_people.py``, which ``ENTRIES`` takes after them, in that order. What a
flow and a step are is ``domain/case_flow_model.py``, and everything else reads the
flows through ``domain/case_flows.py`` (``FLOWS``, ``flow_of``, ``final_states``...),
which migrations and modules import. The database functions of
the steps are made from these (``db/case_functions/``): a change here needs a migration
that makes them again (tests compare the database with the declaration).

Pure Python: no SQLAlchemy, no Qt.
"""

from __future__ import annotations

from dicel_desktop.domain.case_flow_model import (
    AmountAsked,
    Asks,
    CaseFlow,
    DateStamp,
    Stamp,
    Step,
)
from dicel_desktop.domain.case_flow_people import PEOPLE_ENTRIES
from dicel_desktop.domain.case_flow_registers import REGISTER_ENTRIES
from dicel_desktop.domain.roles import Role
from dicel_desktop.domain.states import (
    AssetStatus,
    AuditStatus,
    CampaignStatus,
    CandidateStatus,
    ContractStatus,
    FeedbackStatus,
    IncidentStatus,
    JobPostingStatus,
    LeadStatus,
    RecoveryStatus,
    ReviewStatus,
    RiskStatus,
    TicketStatus,
)

__all__ = ["ENTRIES"]


def _ticket_steps(requester: bool) -> tuple[Step, ...]:
    t = TicketStatus
    working = (t.OPEN, t.IN_PROGRESS, t.ON_HOLD)
    return (
        Step("assign", working, t.IN_PROGRESS, "assigned", asks=Asks.ASSIGNEE),
        Step("hold", (t.IN_PROGRESS,), t.ON_HOLD, "put on hold"),
        Step("resume", (t.ON_HOLD,), t.IN_PROGRESS, "resumed"),
        Step("resolve", working, t.RESOLVED, "resolved", asks=Asks.RESOLUTION, resolves=True),
        # The requester confirms the fix (close) or says it is not fixed (reopen); it goes
        # back to whoever resolved it.
        Step("close", (t.RESOLVED,), t.CLOSED, "closed", (t.RESOLVED,) if requester else ()),
        Step(
            "reopen",
            (t.RESOLVED,),
            t.IN_PROGRESS,
            "reopened",
            (t.RESOLVED,) if requester else (),
            reopens=True,
        ),
        # Someone who filed a ticket by mistake withdraws it before anyone works on it.
        Step("cancel", working, t.CANCELLED, "cancelled", (t.OPEN,) if requester else ()),
    )


def _incident_steps(*, typed: bool, requires: tuple[str, ...] = ()) -> tuple[Step, ...]:
    i = IncidentStatus
    return (
        Step("investigate", (i.OPEN,), i.INVESTIGATING, "put under investigation"),
        Step(
            "resolve",
            (i.OPEN, i.INVESTIGATING),
            i.RESOLVED,
            "resolved",
            asks=Asks.RESOLUTION if typed else Asks.NOTHING,
            requires=requires,
            resolves=True,
        ),
        Step("close", (i.RESOLVED,), i.CLOSED, "closed"),
        Step("reopen", (i.RESOLVED,), i.INVESTIGATING, "reopened", reopens=True),
    )


def _recovery_steps() -> tuple[Step, ...]:
    r = RecoveryStatus
    working = (r.OPEN, r.IN_PROGRESS, r.ON_HOLD)
    settled = (r.RECOVERED, r.WRITTEN_OFF)
    return (
        Step("assign", working, r.IN_PROGRESS, "assigned", asks=Asks.ASSIGNEE),
        Step("hold", (r.IN_PROGRESS,), r.ON_HOLD, "put on hold"),
        Step("resume", (r.ON_HOLD,), r.IN_PROGRESS, "resumed"),
        # What came back and the day it was settled (migration 0101, eye30r 8): a note,
        # and the completion date asked, not stamped today: not before the case began,
        # not after today. How much came back (migration 0106): above zero, at most the
        # amount involved; a part recovered is said, not only in the note.
        Step(
            "recover",
            working,
            r.RECOVERED,
            "marked recovered",
            asks=Asks.NOTE,
            resolves=True,
            dates=(DateStamp("actual_completion_date", Stamp.SETTLED, not_before="start_date"),),
            amounts=(AmountAsked("amount_recovered", ceiling="amount_involved"),),
        ),
        # Its amount is no longer pursued: why, kept with the case (migration 0071); a
        # debt forgiven by someone other than whoever worked the case (brought it where it
        # is, or changed its amounts, words or files) since it was last written off, on
        # what they were shown (migration 0079), nor by the officer the case is
        # assigned to (migration 0087).
        Step(
            "write_off",
            working,
            r.WRITTEN_OFF,
            "written off",
            asks=Asks.REASON,
            resolves=True,
            decided_by_another=True,
            not_by_assignee=True,
        ),
        Step("close", settled, r.CLOSED, "closed"),
        # Reopened, it no longer says when it was settled nor what came back (0106).
        Step("reopen", settled, r.IN_PROGRESS, "reopened", reopens=True),
    )


def _asset_steps() -> tuple[Step, ...]:
    a = AssetStatus
    held = (a.ACTIVE, a.IN_REPAIR, a.IN_STORAGE)
    return (
        Step("send_to_repair", (a.ACTIVE, a.IN_STORAGE), a.IN_REPAIR, "sent for repair"),
        Step("return_to_service", (a.IN_REPAIR, a.IN_STORAGE), a.ACTIVE, "put back in service"),
        Step("store", (a.ACTIVE, a.IN_REPAIR), a.IN_STORAGE, "put in storage"),
        Step("retire", held, a.RETIRED, "retired"),
        # Reported lost, and disposed of, by someone other than whoever changed the asset
        # or brought it where it is since it was last lost (disposed of), on what they
        # were shown, nor by the person it is assigned to (migration 0096, psql29 F3: one
        # IT officer gave a server to herself, reported it lost and disposed of it).
        Step(
            "report_lost",
            held,
            a.LOST,
            "reported lost",
            decided_by_another=True,
            not_by_assignee=True,
        ),
        # A lost asset that turns up is checked in storage before anyone gets it again.
        Step("mark_found", (a.LOST,), a.IN_STORAGE, "marked found"),
        # Sold, scrapped or given away: written off the register for good.
        Step(
            "dispose",
            (a.RETIRED, a.LOST),
            a.DISPOSED,
            "disposed of",
            decided_by_another=True,
            not_by_assignee=True,
        ),
    )


def _risk_steps() -> tuple[Step, ...]:
    r = RiskStatus
    return (
        Step("mitigate", (r.OPEN, r.MONITORING), r.MITIGATING, "put under mitigation"),
        Step("monitor", (r.OPEN, r.MITIGATING), r.MONITORING, "put under monitoring"),
        # What was done about it, or why it no longer needs watching, kept in its
        # mitigation measures as a dated line (migration 0105, the table's one text):
        # a bare yes/no left nobody able to read why a risk was closed.
        Step(
            "close",
            (r.OPEN, r.MITIGATING, r.MONITORING),
            r.CLOSED,
            "closed",
            asks=Asks.NOTE,
        ),
        # A closed risk that comes back is assessed again from the start.
        Step("reopen", (r.CLOSED,), r.OPEN, "reopened"),
    )


def _feedback_steps() -> tuple[Step, ...]:
    f = FeedbackStatus
    return (
        Step("review", (f.RECEIVED,), f.UNDER_REVIEW, "taken under review"),
        # What the client was told, and what was done, kept in the feedback's comment as
        # dated lines (migration 0101, eye30r 7): the table has no other text column.
        Step(
            "respond",
            (f.RECEIVED, f.UNDER_REVIEW),
            f.RESPONDED,
            "responded to",
            asks=Asks.NOTE,
        ),
        Step(
            "resolve",
            (f.RECEIVED, f.UNDER_REVIEW, f.RESPONDED),
            f.RESOLVED,
            "resolved",
            asks=Asks.NOTE,
        ),
        # The client says it is not settled after all.
        Step("reopen", (f.RESOLVED,), f.UNDER_REVIEW, "reopened"),
        # A compliment needs no resolution: closed once thanked.
        Step("close", (f.RECEIVED, f.UNDER_REVIEW, f.RESPONDED, f.RESOLVED), f.CLOSED, "closed"),
    )


def _lead_steps() -> tuple[Step, ...]:
    s = LeadStatus
    return (
        Step("contact", (s.NEW,), s.CONTACTED, "marked contacted"),
        Step("qualify", (s.NEW, s.CONTACTED), s.QUALIFIED, "qualified"),
        Step("disqualify", (s.NEW, s.CONTACTED, s.QUALIFIED), s.UNQUALIFIED, "disqualified"),
        Step("convert", (s.QUALIFIED,), s.CONVERTED, "converted"),
        Step("lose", (s.NEW, s.CONTACTED, s.QUALIFIED), s.LOST, "marked lost"),
    )


def _audit_steps() -> tuple[Step, ...]:
    a = AuditStatus
    return (
        Step("start", (a.SCHEDULED,), a.IN_PROGRESS, "started"),
        # An audit is complete with what it found (migration 0042).
        Step("complete", (a.IN_PROGRESS,), a.COMPLETED, "completed", requires=("findings",)),
        # A completed audit's findings may need a word more: back in progress, rather
        # than frozen (a final state is, migration 0035).
        Step("reopen", (a.COMPLETED,), a.IN_PROGRESS, "reopened"),
        Step("cancel", (a.SCHEDULED, a.IN_PROGRESS), a.CANCELLED, "cancelled"),
    )


def _candidate_steps() -> tuple[Step, ...]:
    c = CandidateStatus
    before_offer = (c.APPLIED, c.SCREENING, c.INTERVIEW)
    return (
        Step("screen", (c.APPLIED,), c.SCREENING, "put into screening"),
        Step("interview", (c.APPLIED, c.SCREENING), c.INTERVIEW, "called to interview"),
        Step("offer", (c.INTERVIEW,), c.OFFERED, "offered the job"),
        Step("hire", (c.OFFERED,), c.HIRED, "hired"),
        Step("reject", (*before_offer, c.OFFERED), c.REJECTED, "rejected"),
        # The candidate stepped back (or declined the offer).
        Step("withdraw", (*before_offer, c.OFFERED), c.WITHDRAWN, "withdrawn"),
    )


def _campaign_steps() -> tuple[Step, ...]:
    c = CampaignStatus
    return (
        Step("launch", (c.PLANNED,), c.ACTIVE, "launched"),
        Step("pause", (c.ACTIVE,), c.PAUSED, "paused"),
        Step("resume", (c.PAUSED,), c.ACTIVE, "resumed"),
        Step("complete", (c.ACTIVE, c.PAUSED), c.COMPLETED, "completed"),
        Step("cancel", (c.PLANNED, c.ACTIVE, c.PAUSED), c.CANCELLED, "cancelled"),
    )


def _posting_steps() -> tuple[Step, ...]:
    p = JobPostingStatus
    # Applications close (closing, or filled while still open) on the day, unless the
    # closing date written in the form already passed.
    closes = (DateStamp("closing_date", Stamp.BY_TODAY),)
    return (
        Step(
            "publish",
            (p.DRAFT,),
            p.OPEN,
            "published",
            dates=(DateStamp("posted_date", Stamp.TODAY),),
        ),
        Step("hold", (p.OPEN,), p.ON_HOLD, "put on hold"),
        Step("resume", (p.ON_HOLD,), p.OPEN, "resumed"),
        Step("close", (p.OPEN, p.ON_HOLD), p.CLOSED, "closed", dates=closes),
        # Too few good applicants: open again, until HR writes a new closing date.
        Step(
            "reopen",
            (p.CLOSED,),
            p.OPEN,
            "reopened",
            dates=(DateStamp("closing_date", Stamp.CLEAR),),
        ),
        Step("fill", (p.OPEN, p.ON_HOLD, p.CLOSED), p.FILLED, "marked filled", dates=closes),
        # The position is no longer needed.
        Step("cancel", (p.DRAFT, p.OPEN, p.ON_HOLD, p.CLOSED), p.CANCELLED, "cancelled"),
    )


def _contract_steps() -> tuple[Step, ...]:
    c = ContractStatus
    # It ends today, or on the end date it already reached; never before it began.
    ends = (DateStamp("end_date", Stamp.BY_TODAY, not_before="start_date"),)
    return (
        # Signed by both sides: in force from its start date.
        Step("activate", (c.DRAFT,), c.ACTIVE, "activated"),
        # Continued under a new contract, filed as a draft of its own: this one ends on
        # its end date as agreed.
        Step("renew", (c.ACTIVE,), c.RENEWED, "marked renewed"),
        # Ended: why, kept with the contract's terms (migration 0071).
        Step("terminate", (c.ACTIVE,), c.TERMINATED, "terminated", asks=Asks.REASON, dates=ends),
        Step("expire", (c.ACTIVE,), c.EXPIRED, "marked expired", asks=Asks.REASON, dates=ends),
    )


def _review_steps() -> tuple[Step, ...]:
    r = ReviewStatus
    return (
        # Written as a draft, which the employee does not see (migration 0045); shared,
        # its content is frozen (the review's lock).
        Step("share", (r.DRAFT,), r.SUBMITTED, "shared with the employee"),
        # A mistake seen before the employee signed: back to draft, to correct it.
        Step("recall", (r.SUBMITTED,), r.DRAFT, "taken back to draft"),
        # The employee read it and signed it: they say so themselves, or HR records it
        # (from paper, for an employee without a login).
        Step(
            "acknowledge",
            (r.SUBMITTED,),
            r.ACKNOWLEDGED,
            "marked acknowledged",
            requester_sources=(r.SUBMITTED,),
        ),
        Step("complete", (r.ACKNOWLEDGED,), r.COMPLETED, "completed"),
    )


ENTRIES: tuple[CaseFlow, ...] = (
    CaseFlow(
        "it_support_tickets",
        "it_ticket",
        "ticket_id",
        TicketStatus,
        (Role.IT, Role.ADMIN),
        _ticket_steps(requester=True),
        assignee="assigned_to",
        resolution="resolution",
        resolved_at="resolved_date",
        requester="requester_id",
        reads_all=(Role.COMPLIANCE,),
    ),
    CaseFlow(
        "client_support_tickets",
        "client_ticket",
        "ticket_id",
        TicketStatus,
        (Role.CLIENT, Role.ADMIN),
        _ticket_steps(requester=False),
        assignee="assigned_to",
        resolution="resolution",
        resolved_at="resolved_date",
    ),
    CaseFlow(
        "security_incidents",
        "security_incident",
        "incident_id",
        IncidentStatus,
        (Role.SECURITY, Role.ADMIN),
        # The guards write what they did in the incident as they go (actions taken, in
        # the form); it must be there before the incident is resolved.
        _incident_steps(typed=False, requires=("actions_taken",)),
        resolved_at="resolved_date",
    ),
    CaseFlow(
        "risk_incidents",
        "risk_incident",
        "incident_id",
        IncidentStatus,
        (Role.RISK, Role.ADMIN),
        _incident_steps(typed=True),
        resolution="resolution",
    ),
    CaseFlow(
        "recovery_cases",
        "recovery_case",
        "case_id",
        RecoveryStatus,
        (Role.RECOVERY, Role.ADMIN),
        _recovery_steps(),
        assignee="assigned_to",
        resolved_at="actual_completion_date",
        notes="description",
        # The case's documents are part of what a write-off decides (migration 0082).
        parts=(("recovery_documents", "case_id"),),
    ),
    # Records of a department moved on by its clerks (migration 0037). Their assignee
    # columns say whose the asset, risk or lead is, which the form changes: no step sets
    # them. An asset's is its holder since migration 0096: the person holding it does not
    # report it lost nor dispose of it (DW415).
    CaseFlow(
        "it_assets",
        "it_asset",
        "asset_id",
        AssetStatus,
        (Role.IT, Role.ADMIN),
        _asset_steps(),
        holder="assigned_to",
    ),
    CaseFlow(
        "risk_assessments",
        "risk_assessment",
        "assessment_id",
        RiskStatus,
        (Role.RISK, Role.ADMIN),
        _risk_steps(),
        notes="mitigation_measures",
    ),
    CaseFlow(
        "customer_feedback",
        "customer_feedback",
        "feedback_id",
        FeedbackStatus,
        (Role.CX, Role.ADMIN),
        _feedback_steps(),
        notes="comment",
    ),
    CaseFlow("leads", "lead", "lead_id", LeadStatus, (Role.SALES, Role.ADMIN), _lead_steps()),
    CaseFlow(
        "compliance_audits",
        "compliance_audit",
        "audit_id",
        AuditStatus,
        (Role.COMPLIANCE, Role.ADMIN),
        _audit_steps(),
    ),
    CaseFlow(
        "candidates",
        "candidate",
        "candidate_id",
        CandidateStatus,
        (Role.HR, Role.ADMIN),
        _candidate_steps(),
    ),
    CaseFlow(
        "marketing_campaigns",
        "campaign",
        "campaign_id",
        CampaignStatus,
        (Role.SALES, Role.ADMIN),
        _campaign_steps(),
    ),
    # Job postings and contracts start as drafts (migration 0038).
    CaseFlow(
        "job_postings",
        "job_posting",
        "posting_id",
        JobPostingStatus,
        (Role.HR, Role.ADMIN),
        _posting_steps(),
    ),
    CaseFlow(
        "contracts",
        "contract",
        "contract_id",
        ContractStatus,
        (Role.CLIENT, Role.ADMIN),
        _contract_steps(),
        notes="terms",
    ),
    # Performance reviews: written, shared, signed, filed (migration 0045).
    CaseFlow(
        "performance_reviews",
        "performance_review",
        "review_id",
        ReviewStatus,
        (Role.HR, Role.ADMIN),
        _review_steps(),
        subject="employee_id",
    ),
)

# The registers and the sales pipeline (migration 0050), then people and operations
# (migration 0049): declared in modules of their own, in this order.
ENTRIES += REGISTER_ENTRIES + PEOPLE_ENTRIES
