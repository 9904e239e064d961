"""Which DICEL Desktop the site expects: every user may read it at login.

Revision ID: 0021
Revises: 0018
Create Date: 2026-12-04

``dicel-admin set-client-version 1.2.0 --installer '\\\\server\\share\\dicel'`` writes
two rows of ``system_settings`` (the administrators' table):

* ``client.expected_version``: the version IT has deployed; an older client says so at
  login, with where to get the new one, and goes on;
* ``client.installer_location``: where the installer is (a share, a URL); the site
  profile's ``installer`` is used when this row is absent.

``dicel_client_expectation()`` (SECURITY DEFINER, STABLE; EXECUTE dicel_user) returns
those two values (NULL when not set) to whoever logs in, without the rest of the table.
"""

from collections.abc import Sequence

from alembic import op

from dicel_desktop.domain.roles import OWNER_ROLE

revision: str = "0021"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SIGNATURE = "dicel_client_expectation()"

CREATE = """
CREATE FUNCTION public.dicel_client_expectation()
RETURNS TABLE (expected_version text, installer_location text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT
        (SELECT nullif(btrim(s.setting_value), '') FROM public.system_settings s
          WHERE s.setting_key = 'client.expected_version'),
        (SELECT nullif(btrim(s.setting_value), '') FROM public.system_settings s
          WHERE s.setting_key = 'client.installer_location')
$$"""


def upgrade() -> None:
    op.execute(CREATE)
    op.execute(f"ALTER FUNCTION public.{SIGNATURE} OWNER TO {OWNER_ROLE}")
    op.execute(f"REVOKE ALL ON FUNCTION public.{SIGNATURE} FROM PUBLIC")


def downgrade() -> None:
    op.execute(f"DROP FUNCTION IF EXISTS public.{SIGNATURE}")
