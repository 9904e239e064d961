"""A client's feedback is a compliment, a complaint, a suggestion or a service review.

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-04

``customer_feedback.feedback_type`` is the seed's VARCHAR, typed by hand in the form
("service_review"). The CX dashboard's "Complaints open" counts the rows whose type is
``complaint``: one typed "Complaint" or "complain" was a complaint nobody counted.
``ck_customer_feedback_feedback_type_allowed`` is the same CHECK as every state column's
(``domain.states.FeedbackType``): the form offers the four in a drop-down, lists and
files word them in the person's language, and psql gets no other value in either.

Rows already holding another value stop the migration before anything changes, with a
sentence that says how many and which values (as migration 0025 does for transactions).
"""

from collections.abc import Sequence

from alembic import op

from dicel_desktop.db.migrate import refuse_values_outside

revision: str = "0026"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME = "ck_customer_feedback_feedback_type_allowed"
#: Frozen with this revision (domain.states.FeedbackType at the time).
TYPES = ("compliment", "complaint", "suggestion", "service_review")
_IN = "feedback_type IN (" + ", ".join(f"'{t}'" for t in TYPES) + ")"


def upgrade() -> None:
    refuse_values_outside(
        op.get_bind(),
        "customer_feedback",
        "feedback_type",
        TYPES,
        "Some client feedback is of a type DICEL does not know",
    )
    op.execute(f"ALTER TABLE public.customer_feedback ADD CONSTRAINT {NAME} CHECK ({_IN})")


def downgrade() -> None:
    op.execute(f"ALTER TABLE public.customer_feedback DROP CONSTRAINT IF EXISTS {NAME}")
