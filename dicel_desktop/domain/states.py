"""Allowed values of the status-like columns.

The database keeps the seed's VARCHAR columns and enforces these values with CHECK
constraints generated from the same classes, so the two cannot drift apart.
"""

from decimal import Decimal
from enum import StrEnum


def words(value: str) -> str:
    """A stored value as the words of a sentence: "partially_paid" -> "partially paid",
    "full-time" -> "full time". What ``Choice.label`` capitalises, and what a refusal
    says of a state it names (services.db_errors)."""
    return value.replace("_", " ").replace("-", " ")


class Choice(StrEnum):
    """A value stored in a VARCHAR column; ``label`` is what a person reads."""

    @property
    def label(self) -> str:
        return words(self.value).capitalize()


class EmploymentType(Choice):
    FULL_TIME = "full-time"
    PART_TIME = "part-time"
    CONTRACT = "contract"
    TEMPORARY = "temporary"
    INTERN = "intern"


class SettingType(Choice):
    STRING = "string"
    NUMBER = "number"
    BOOLEAN = "boolean"
    JSON = "json"
    DATE = "date"

    @property
    def label(self) -> str:
        # The format's own name, not the word of its code ("Json").
        return "JSON" if self is SettingType.JSON else super().label


# --- HR ---------------------------------------------------------------------------------


class EmployeeStatus(Choice):
    ACTIVE = "active"
    ON_LEAVE = "on_leave"
    SUSPENDED = "suspended"
    TERMINATED = "terminated"


class JobPostingStatus(Choice):
    DRAFT = "draft"
    OPEN = "open"
    ON_HOLD = "on_hold"
    CLOSED = "closed"
    FILLED = "filled"
    CANCELLED = "cancelled"


class CandidateStatus(Choice):
    APPLIED = "applied"
    SCREENING = "screening"
    INTERVIEW = "interview"
    OFFERED = "offered"
    HIRED = "hired"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class TrainingProgramStatus(Choice):
    SCHEDULED = "scheduled"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class EnrollmentStatus(Choice):
    ENROLLED = "enrolled"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    DROPPED = "dropped"
    FAILED = "failed"


class LeaveType(Choice):
    ANNUAL = "annual"
    SICK = "sick"
    MATERNITY = "maternity"
    PATERNITY = "paternity"
    COMPASSIONATE = "compassionate"
    STUDY = "study"
    UNPAID = "unpaid"


class LeaveStatus(Choice):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    CANCELLED = "cancelled"


class AttendanceStatus(Choice):
    PRESENT = "present"
    ABSENT = "absent"
    LATE = "late"
    HALF_DAY = "half_day"
    ON_LEAVE = "on_leave"
    REMOTE = "remote"
    HOLIDAY = "holiday"


class ReviewStatus(Choice):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    ACKNOWLEDGED = "acknowledged"
    COMPLETED = "completed"


class PayrollStatus(Choice):
    PENDING = "pending"
    APPROVED = "approved"
    PAID = "paid"
    CANCELLED = "cancelled"


#: "The payslips of a pay period", wherever they are counted or listed: its payslips not
#: cancelled (Mark paid…'s head count, totals and methods, the period's Payslips tab). A
#: period's approval approves every one of them (dicel_approve_payroll), so in a period
#: Mark paid… is offered on they are the approved ones it pays (code review 31, F9).
PERIOD_PAYSLIPS: tuple[str, ...] = (
    PayrollStatus.PENDING,
    PayrollStatus.APPROVED,
    PayrollStatus.PAID,
)


# --- Finance ----------------------------------------------------------------------------


class TransactionType(Choice):
    """Money into the account (credit) or out of it (debit): what its balance adds."""

    CREDIT = "credit"
    DEBIT = "debit"


class TransactionStatus(Choice):
    PENDING = "pending"
    POSTED = "posted"
    REVERSED = "reversed"
    VOID = "void"


class BudgetStatus(Choice):
    DRAFT = "draft"
    ACTIVE = "active"
    FROZEN = "frozen"
    CLOSED = "closed"


class PaymentMethod(Choice):
    """How money was paid or received (an invoice's payment, a payslip)."""

    BANK_TRANSFER = "bank_transfer"
    MTN_MOMO = "mtn_momo"
    AIRTEL_MONEY = "airtel_money"
    CHEQUE = "cheque"
    CASH = "cash"

    @property
    def label(self) -> str:
        # The networks' own names, not the words of their codes ("Mtn momo").
        return {"mtn_momo": "MTN MoMo", "airtel_money": "Airtel Money"}.get(
            self.value, super().label
        )


class ExpenseStatus(Choice):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    PAID = "paid"
    CANCELLED = "cancelled"


class InvoiceStatus(Choice):
    DRAFT = "draft"
    SENT = "sent"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    OVERDUE = "overdue"
    CANCELLED = "cancelled"


# --- IT ---------------------------------------------------------------------------------


class AssetStatus(Choice):
    ACTIVE = "active"
    IN_REPAIR = "in_repair"
    IN_STORAGE = "in_storage"
    RETIRED = "retired"
    LOST = "lost"
    DISPOSED = "disposed"


#: The one state in which an asset is in its holder's hands: in use (a row without a
#: status reads as its default, in use). What IT recovers from a leaver
#: (``services.leaving.assets_held``) and what the IT list flags and its record window
#: says as held by a deactivated login (``services.row_flags``): one rule, one count
#: (fix35). An asset in repair is with IT or the repairer, not the leaver: nothing to
#: recover, and it goes back into service only to an active login (DW499, 0124), which
#: its Back in service… step says before the click. One in storage or retired has no
#: holder (0124); one lost keeps who lost it, but no one has it; one disposed of is gone.
ASSET_IN_HAND = AssetStatus.ACTIVE.value


class Priority(Choice):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class TicketStatus(Choice):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    ON_HOLD = "on_hold"
    RESOLVED = "resolved"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class MonitoringStatus(Choice):
    NORMAL = "normal"
    WARNING = "warning"
    CRITICAL = "critical"
    UNKNOWN = "unknown"


# --- Security ---------------------------------------------------------------------------


class GuardStatus(Choice):
    ACTIVE = "active"
    ON_LEAVE = "on_leave"
    SUSPENDED = "suspended"
    INACTIVE = "inactive"


class AssignmentStatus(Choice):
    SCHEDULED = "scheduled"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    MISSED = "missed"
    CANCELLED = "cancelled"


class Severity(Choice):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class IncidentStatus(Choice):
    OPEN = "open"
    INVESTIGATING = "investigating"
    RESOLVED = "resolved"
    CLOSED = "closed"


class PatrolStatus(Choice):
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    ABORTED = "aborted"


# --- Inventory --------------------------------------------------------------------------


class ItemStatus(Choice):
    ACTIVE = "active"
    INACTIVE = "inactive"
    DISCONTINUED = "discontinued"


class StockMovementType(Choice):
    IN = "in"
    OUT = "out"
    ADJUSTMENT = "adjustment"


class StockReferenceType(Choice):
    PURCHASE = "purchase"
    SALE = "sale"
    TRANSFER = "transfer"
    ADJUSTMENT = "adjustment"


#: What a movement refers to that a workflow writes, never a clerk's Move stock…
#: (migration 0059's ``WORKFLOW_REFERENCE_TYPES``, DW221): ``purchase`` is receiving an
#: order's, so that the order follows what its movements say.
WORKFLOW_STOCK_REFERENCES: frozenset[StockReferenceType] = frozenset({StockReferenceType.PURCHASE})

#: What a movement by hand may refer to, by its type (migration 0071's
#: ``FITTING_REFERENCES``, DW290); nothing fits every type. Stock comes in from another
#: store (a transfer; a delivery on an order is received on the order), goes out to a
#: sale or another store, and an adjustment is what a stock count found.
STOCK_REFERENCES_OF_MOVEMENT: dict[str, frozenset[StockReferenceType]] = {
    "in": frozenset({StockReferenceType.TRANSFER}),
    "out": frozenset({StockReferenceType.SALE, StockReferenceType.TRANSFER}),
    "adjustment": frozenset({StockReferenceType.ADJUSTMENT}),
}


def reference_fits(movement_type: str, reference_type: str | None) -> bool:
    """Whether a movement of ``movement_type`` may refer to ``reference_type`` (None:
    to nothing, which always fits)."""
    if reference_type is None:
        return True
    return reference_type in STOCK_REFERENCES_OF_MOVEMENT.get(movement_type, frozenset())


#: The most pieces one movement by hand moves, in or out or counted (DW496,
#: ``dicel_move_stock``; migration 0118 freezes it; Move stock's box stops there). A
#: count, an issue or a delivery of more is a typing slip or several movements; the
#: integer columns overflowed at 2,147,483,647 in the database's bare words.
MOST_MOVED = 100_000
#: The most a movement is worth (quantity x unit cost): ``inventory_transactions.
#: total_cost`` is numeric(12,2) (DW497, migration 0118): a million panic buttons at
#: 15,000 RWF overflowed it.
MOST_MOVED_VALUE = Decimal("9999999999.99")


class SupplierStatus(Choice):
    ACTIVE = "active"
    INACTIVE = "inactive"
    BLOCKED = "blocked"


class PurchaseOrderStatus(Choice):
    DRAFT = "draft"
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    ORDERED = "ordered"
    PARTIALLY_RECEIVED = "partially_received"
    RECEIVED = "received"
    #: Partly received, then closed by the stores: the rest is no longer expected
    #: (``dicel_close_purchase_order``, migration 0114; before it, such an order was
    #: left "received").
    CLOSED_SHORT = "closed_short"
    CANCELLED = "cancelled"


class PurchaseApprovalLevel(Choice):
    """The levels a purchase order is approved at, in the order they decide: the ordering
    department's manager, then (above the limit in system settings) finance."""

    MANAGER = "manager"
    FINANCE = "finance"


class ApprovalDecision(Choice):
    APPROVED = "approved"
    REJECTED = "rejected"


# --- Clients ----------------------------------------------------------------------------


class ClientStatus(Choice):
    PROSPECT = "prospect"
    ACTIVE = "active"
    INACTIVE = "inactive"
    SUSPENDED = "suspended"


class ContractStatus(Choice):
    DRAFT = "draft"
    ACTIVE = "active"
    EXPIRED = "expired"
    TERMINATED = "terminated"
    RENEWED = "renewed"


# --- Sales & marketing ------------------------------------------------------------------


class LeadStatus(Choice):
    NEW = "new"
    CONTACTED = "contacted"
    QUALIFIED = "qualified"
    UNQUALIFIED = "unqualified"
    CONVERTED = "converted"
    LOST = "lost"


class OpportunityStage(Choice):
    PROSPECTING = "prospecting"
    QUALIFICATION = "qualification"
    PROPOSAL = "proposal"
    NEGOTIATION = "negotiation"
    CLOSED_WON = "closed_won"
    CLOSED_LOST = "closed_lost"


#: A stage's usual probability of winning (%), as the sales team records it (the demo's
#: figures): a deal moved to a stage in its form takes its stage's probability unless
#: the person types their own in the same edit, so the weighted pipeline follows.
STAGE_PROBABILITY: dict[str, int] = {
    OpportunityStage.PROSPECTING.value: 10,
    OpportunityStage.QUALIFICATION.value: 25,
    OpportunityStage.PROPOSAL.value: 50,
    OpportunityStage.NEGOTIATION.value: 75,
    OpportunityStage.CLOSED_WON.value: 100,
    OpportunityStage.CLOSED_LOST.value: 0,
}

#: A field whose value, changed in a form, sets another's to the value that goes with
#: it, unless the person typed that other in the same edit: (table, leader) ->
#: (follower, leader's value -> follower's).
SETS_WITH: dict[tuple[str, str], tuple[str, dict[str, int]]] = {
    ("opportunities", "stage"): ("probability", STAGE_PROBABILITY),
}


class OpportunityStatus(Choice):
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    WON = "won"
    LOST = "lost"


class CampaignStatus(Choice):
    PLANNED = "planned"
    ACTIVE = "active"
    PAUSED = "paused"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


# --- Customer experience ----------------------------------------------------------------


class FeedbackType(Choice):
    """What a client's feedback is: the CX dashboard counts the open complaints."""

    COMPLIMENT = "compliment"
    COMPLAINT = "complaint"
    SUGGESTION = "suggestion"
    SERVICE_REVIEW = "service_review"


class FeedbackStatus(Choice):
    RECEIVED = "received"
    UNDER_REVIEW = "under_review"
    RESPONDED = "responded"
    RESOLVED = "resolved"
    CLOSED = "closed"


class SurveyStatus(Choice):
    DRAFT = "draft"
    ACTIVE = "active"
    CLOSED = "closed"
    ARCHIVED = "archived"


# --- Risk, recovery, compliance ---------------------------------------------------------


class RiskStatus(Choice):
    OPEN = "open"
    MITIGATING = "mitigating"
    MONITORING = "monitoring"
    CLOSED = "closed"


class RecoveryStatus(Choice):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    ON_HOLD = "on_hold"
    RECOVERED = "recovered"
    WRITTEN_OFF = "written_off"
    CLOSED = "closed"


class PolicyStatus(Choice):
    DRAFT = "draft"
    UNDER_REVIEW = "under_review"
    APPROVED = "approved"
    ACTIVE = "active"
    RETIRED = "retired"


class AuditStatus(Choice):
    SCHEDULED = "scheduled"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
