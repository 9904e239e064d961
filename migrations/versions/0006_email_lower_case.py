"""E-mails are stored lower-cased.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25

A login role is named by the lower-cased e-mail and row security finds the actor by
``users.email = session_user``: a users row with capitals would be a person whose own
records stay invisible to them. Provisioning already lower-cases; this makes it a rule.

Rows written before (by hand, or by an import) are lower-cased first, then the CHECK is
added. Two users whose addresses differ only in case would become one address twice:
the migration then refuses, names them, and changes nothing; give one of them another
address and migrate again.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from dicel_desktop.db.migrate import MigrationRefused

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bind = op.get_bind()
    clashes = bind.execute(
        sa.text(
            "SELECT string_agg(email, ' and ' ORDER BY email) FROM public.users"
            " GROUP BY lower(email) HAVING count(*) > 1 ORDER BY lower(email)"
        )
    ).scalars()
    pairs = "; ".join(clashes)
    if pairs:
        raise MigrationRefused(
            "DICEL stores e-mail addresses in lower case, and these users' addresses differ"
            f" only in case: {pairs}. Give one user of each group another address (as the"
            " database superuser: UPDATE users SET email = '...' WHERE email = '...'),"
            " then run dicel-admin migrate again."
        )
    bind.execute(
        sa.text("UPDATE public.users SET email = lower(email) WHERE email <> lower(email)")
    )
    op.create_check_constraint("email_lower_case", "users", "email = lower(email)")


def downgrade() -> None:
    # The addresses stay lower-cased: their former spelling is not kept (the audit log has it).
    op.drop_constraint("email_lower_case", "users", type_="check")
