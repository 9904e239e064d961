"""E-mails are stored lower-cased.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25

A login role is named by the lower-cased e-mail and row security finds the actor by
``users.email = session_user``: a users row with capitals would be a person whose own
records stay invisible to them. Provisioning already lower-cases; this makes it a rule.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_check_constraint("email_lower_case", "users", "email = lower(email)")


def downgrade() -> None:
    op.drop_constraint("email_lower_case", "users", type_="check")
