"""The seed's schema: 45 tables, their constraints and indexes.

Revision ID: 0001
Revises:
Create Date: 2026-11-25

Tables follow the seed's sections. Decided differences from the seed (README, "Schema"):
timestamps are TIMESTAMPTZ; status-like columns, currency codes and a few date orders
are CHECKed; document numbers are filled by the server from per-type sequences; the
three foreign keys that point forward in the seed (users -> departments, invoices ->
clients, inventory_items -> suppliers) are added once both tables exist; ``updated_at``
is kept by a trigger.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (table, column) of every server-numbered document; its sequence is <table>_<column>_seq.
NUMBERED_COLUMNS = [
    ("employees", "employee_number"),
    ("transactions", "transaction_number"),
    ("expenses", "expense_number"),
    ("invoices", "invoice_number"),
    ("it_assets", "asset_tag"),
    ("it_support_tickets", "ticket_number"),
    ("security_guards", "guard_number"),
    ("security_incidents", "incident_number"),
    ("inventory_items", "item_code"),
    ("suppliers", "supplier_code"),
    ("purchase_orders", "po_number"),
    ("clients", "client_code"),
    ("contracts", "contract_number"),
    ("client_support_tickets", "ticket_number"),
    ("leads", "lead_number"),
    ("opportunities", "opportunity_number"),
    ("risk_assessments", "assessment_number"),
    ("risk_incidents", "incident_number"),
    ("recovery_cases", "case_number"),
    ("compliance_policies", "policy_number"),
    ("compliance_audits", "audit_number"),
]

#: ``PO-2026-000123`` (or ``EMP-000123`` for master records). Past 999,999 the number
#: simply grows a digit: lpad would truncate it and repeat numbers.
DOC_NUMBER_FUNCTION = """
CREATE FUNCTION dicel_doc_number(prefix text, n bigint, with_year boolean DEFAULT true)
RETURNS text LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT prefix
        || CASE WHEN with_year THEN '-' || to_char(CURRENT_DATE, 'YYYY') ELSE '' END
        || '-' || CASE WHEN n < 1000000 THEN lpad(n::text, 6, '0') ELSE n::text END
$$
"""

#: The database, not the client's clock, stamps every change; clock_timestamp() so two
#: updates in one transaction still get different version tokens (optimistic locking).
SET_UPDATED_AT_FUNCTION = """
CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql
AS $$
BEGIN
    NEW.updated_at := clock_timestamp();
    RETURN NEW;
END
$$
"""


#: Every table with an ``updated_at`` column gets the trigger.
UPDATED_AT_TABLES = [
    "users",
    "departments",
    "system_settings",
    "employees",
    "job_postings",
    "candidates",
    "training_programs",
    "training_enrollments",
    "leave_requests",
    "attendance_records",
    "performance_reviews",
    "payroll_records",
    "financial_accounts",
    "transactions",
    "budgets",
    "expenses",
    "invoices",
    "invoice_items",
    "it_assets",
    "it_support_tickets",
    "security_guards",
    "security_assignments",
    "security_incidents",
    "patrol_routes",
    "patrol_logs",
    "inventory_items",
    "suppliers",
    "purchase_orders",
    "clients",
    "contracts",
    "client_support_tickets",
    "leads",
    "opportunities",
    "marketing_campaigns",
    "customer_feedback",
    "customer_surveys",
    "risk_assessments",
    "risk_incidents",
    "recovery_cases",
    "compliance_policies",
    "compliance_audits",
]


def upgrade() -> None:
    op.execute(DOC_NUMBER_FUNCTION)
    op.execute(SET_UPDATED_AT_FUNCTION)
    for table, column in NUMBERED_COLUMNS:
        op.execute(f"CREATE SEQUENCE {table}_{column}_seq")

    # --- Core ----------------------------------------------------------------------------
    op.create_table(
        "users",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("email", sa.String(length=255), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=50), nullable=False),
        sa.Column("department_id", sa.UUID(), nullable=True),
        sa.Column("employee_id", sa.String(length=50), nullable=True),
        sa.Column("position", sa.String(length=100), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("hire_date", sa.Date(), nullable=True),
        sa.Column("salary", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("emergency_contact", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("skills", postgresql.ARRAY(sa.Text()), nullable=True),
        sa.Column("certifications", postgresql.ARRAY(sa.Text()), nullable=True),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("true"), nullable=True),
        sa.Column("last_login", postgresql.TIMESTAMP(timezone=True), nullable=True),
        sa.Column("profile_image", sa.String(length=255), nullable=True),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "role IN ('admin', 'hr', 'finance', 'it', 'security', 'compliance', 'inventory', 'client', 'sales', 'cx', 'risk', 'recovery', 'employee')",
            name=op.f("ck_users_role"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("email", name="idx_users_email"),
        sa.UniqueConstraint("employee_id", name=op.f("uq_users_employee_id")),
    )
    op.create_index("idx_users_department_id", "users", ["department_id"], unique=False)
    op.create_index("idx_users_role", "users", ["role"], unique=False)
    op.create_table(
        "departments",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("manager_id", sa.UUID(), nullable=True),
        sa.Column("budget", sa.Numeric(precision=15, scale=2), nullable=True),
        sa.Column("location", sa.String(length=255), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=255), nullable=True),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("true"), nullable=True),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["manager_id"], ["users.id"], name=op.f("fk_departments_manager_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_departments")),
        sa.UniqueConstraint("code", name=op.f("uq_departments_code")),
    )
    op.create_table(
        "system_settings",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("setting_key", sa.String(length=100), nullable=False),
        sa.Column("setting_value", sa.Text(), nullable=True),
        sa.Column(
            "setting_type", sa.String(length=50), server_default=sa.text("'string'"), nullable=True
        ),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("is_public", sa.Boolean(), server_default=sa.text("false"), nullable=True),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "setting_type IN ('string', 'number', 'boolean', 'json', 'date')",
            name=op.f("ck_system_settings_setting_type_allowed"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_system_settings")),
        sa.UniqueConstraint("setting_key", name=op.f("uq_system_settings_setting_key")),
    )
    op.create_table(
        "audit_logs",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("user_id", sa.UUID(), nullable=True),
        sa.Column("action", sa.String(length=100), nullable=False),
        sa.Column("table_name", sa.String(length=100), nullable=True),
        sa.Column("record_id", sa.UUID(), nullable=True),
        sa.Column("old_values", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("new_values", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("ip_address", postgresql.INET(), nullable=True),
        sa.Column("user_agent", sa.Text(), nullable=True),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_audit_logs_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_logs")),
    )
    # --- HR ------------------------------------------------------------------------------
    op.create_table(
        "employees",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("user_id", sa.UUID(), nullable=True),
        sa.Column(
            "employee_number",
            sa.String(length=20),
            server_default=sa.text(
                "dicel_doc_number('EMP'::text, nextval('employees_employee_number_seq'::regclass), false)"
            ),
            nullable=False,
        ),
        sa.Column("department_id", sa.UUID(), nullable=True),
        sa.Column("position", sa.String(length=100), nullable=False),
        sa.Column("hire_date", sa.Date(), nullable=False),
        sa.Column("termination_date", sa.Date(), nullable=True),
        sa.Column("salary", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column(
            "salary_currency", sa.String(length=3), server_default=sa.text("'RWF'"), nullable=True
        ),
        sa.Column(
            "employment_type",
            sa.String(length=50),
            server_default=sa.text("'full-time'"),
            nullable=True,
        ),
        sa.Column("work_location", sa.String(length=255), nullable=True),
        sa.Column("supervisor_id", sa.UUID(), nullable=True),
        sa.Column("emergency_contact", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("bank_details", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("tax_info", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column(
            "status", sa.String(length=50), server_default=sa.text("'active'"), nullable=True
        ),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "employment_type IN ('full-time', 'part-time', 'contract', 'temporary', 'intern')",
            name=op.f("ck_employees_employment_type_allowed"),
        ),
        sa.CheckConstraint(
            "salary_currency ~ '^[A-Z]{3}$'", name=op.f("ck_employees_salary_currency_iso4217")
        ),
        sa.CheckConstraint(
            "status IN ('active', 'on_leave', 'suspended', 'terminated')",
            name=op.f("ck_employees_status_allowed"),
        ),
        sa.CheckConstraint(
            "supervisor_id IS NULL OR supervisor_id <> id",
            name=op.f("ck_employees_not_own_supervisor"),
        ),
        sa.CheckConstraint(
            "termination_date IS NULL OR termination_date >= hire_date",
            name=op.f("ck_employees_termination_after_hire"),
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_employees_department_id_departments"),
        ),
        sa.ForeignKeyConstraint(
            ["supervisor_id"], ["employees.id"], name=op.f("fk_employees_supervisor_id_employees")
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_employees_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employees")),
        sa.UniqueConstraint("employee_number", name="idx_employees_employee_number"),
        sa.UniqueConstraint("user_id", name=op.f("uq_employees_user_id")),
    )
    op.create_index("idx_employees_department_id", "employees", ["department_id"], unique=False)
    op.create_index("idx_employees_status", "employees", ["status"], unique=False)
    op.create_table(
        "job_postings",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("title", sa.String(length=255), nullable=False),
        sa.Column("department_id", sa.UUID(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("requirements", sa.Text(), nullable=True),
        sa.Column("salary_range_min", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("salary_range_max", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("location", sa.String(length=255), nullable=True),
        sa.Column("employment_type", sa.String(length=50), nullable=True),
        sa.Column("status", sa.String(length=50), server_default=sa.text("'open'"), nullable=True),
        sa.Column("posted_date", sa.Date(), server_default=sa.text("CURRENT_DATE"), nullable=True),
        sa.Column("closing_date", sa.Date(), nullable=True),
        sa.Column("max_applications", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.UUID(), nullable=True),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "employment_type IN ('full-time', 'part-time', 'contract', 'temporary', 'intern')",
            name=op.f("ck_job_postings_employment_type_allowed"),
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'open', 'on_hold', 'closed', 'filled', 'cancelled')",
            name=op.f("ck_job_postings_status_allowed"),
        ),
        sa.CheckConstraint(
            "salary_range_min IS NULL OR salary_range_max IS NULL OR salary_range_min <= salary_range_max",
            name=op.f("ck_job_postings_salary_range_order"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_job_postings_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_job_postings_department_id_departments"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_job_postings")),
    )
    op.create_table(
        "candidates",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("job_posting_id", sa.UUID(), nullable=True),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=255), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("resume_url", sa.String(length=255), nullable=True),
        sa.Column("cover_letter", sa.Text(), nullable=True),
        sa.Column("experience_years", sa.Integer(), nullable=True),
        sa.Column("education_level", sa.String(length=100), nullable=True),
        sa.Column("skills", postgresql.ARRAY(sa.Text()), nullable=True),
        sa.Column(
            "status", sa.String(length=50), server_default=sa.text("'applied'"), nullable=True
        ),
        sa.Column("interview_date", postgresql.TIMESTAMP(timezone=True), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "status IN ('applied', 'screening', 'interview', 'offered', 'hired', 'rejected', 'withdrawn')",
            name=op.f("ck_candidates_status_allowed"),
        ),
        sa.ForeignKeyConstraint(
            ["job_posting_id"],
            ["job_postings.id"],
            name=op.f("fk_candidates_job_posting_id_job_postings"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_candidates")),
    )
    op.create_table(
        "training_programs",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("title", sa.String(length=255), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("instructor", sa.String(length=255), nullable=True),
        sa.Column("duration_hours", sa.Integer(), nullable=True),
        sa.Column("cost", sa.Numeric(precision=10, scale=2), nullable=True),
        sa.Column("max_participants", sa.Integer(), nullable=True),
        sa.Column("location", sa.String(length=255), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column(
            "status", sa.String(length=50), server_default=sa.text("'scheduled'"), nullable=True
        ),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "status IN ('scheduled', 'in_progress', 'completed', 'cancelled')",
            name=op.f("ck_training_programs_status_allowed"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_programs")),
    )
    op.create_table(
        "training_enrollments",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("training_program_id", sa.UUID(), nullable=True),
        sa.Column("employee_id", sa.UUID(), nullable=True),
        sa.Column(
            "enrollment_date", sa.Date(), server_default=sa.text("CURRENT_DATE"), nullable=True
        ),
        sa.Column("completion_date", sa.Date(), nullable=True),
        sa.Column("grade", sa.String(length=10), nullable=True),
        sa.Column("certificate_url", sa.String(length=255), nullable=True),
        sa.Column(
            "status", sa.String(length=50), server_default=sa.text("'enrolled'"), nullable=True
        ),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "status IN ('enrolled', 'in_progress', 'completed', 'dropped', 'failed')",
            name=op.f("ck_training_enrollments_status_allowed"),
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name=op.f("fk_training_enrollments_employee_id_employees"),
        ),
        sa.ForeignKeyConstraint(
            ["training_program_id"],
            ["training_programs.id"],
            name=op.f("fk_training_enrollments_training_program_id_training_programs"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_enrollments")),
    )
    op.create_table(
        "leave_requests",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("employee_id", sa.UUID(), nullable=True),
        sa.Column("leave_type", sa.String(length=50), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("days_requested", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column(
            "status", sa.String(length=50), server_default=sa.text("'pending'"), nullable=True
        ),
        sa.Column("approved_by", sa.UUID(), nullable=True),
        sa.Column("approved_date", postgresql.TIMESTAMP(timezone=True), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "leave_type IN ('annual', 'sick', 'maternity', 'paternity', 'compassionate', 'study', 'unpaid')",
            name=op.f("ck_leave_requests_leave_type_allowed"),
        ),
        sa.CheckConstraint(
            "status IN ('pending', 'approved', 'rejected', 'cancelled')",
            name=op.f("ck_leave_requests_status_allowed"),
        ),
        sa.CheckConstraint("days_requested > 0", name=op.f("ck_leave_requests_days_positive")),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_leave_requests_dates_order")),
        sa.ForeignKeyConstraint(
            ["approved_by"], ["users.id"], name=op.f("fk_leave_requests_approved_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name=op.f("fk_leave_requests_employee_id_employees")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leave_requests")),
    )
    op.create_table(
        "attendance_records",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("employee_id", sa.UUID(), nullable=True),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("check_in", postgresql.TIMESTAMP(timezone=True), nullable=True),
        sa.Column("check_out", postgresql.TIMESTAMP(timezone=True), nullable=True),
        sa.Column("total_hours", sa.Numeric(precision=4, scale=2), nullable=True),
        sa.Column(
            "status", sa.String(length=50), server_default=sa.text("'present'"), nullable=True
        ),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "status IN ('present', 'absent', 'late', 'half_day', 'on_leave', 'remote', 'holiday')",
            name=op.f("ck_attendance_records_status_allowed"),
        ),
        sa.CheckConstraint(
            "check_out IS NULL OR check_in IS NULL OR check_out >= check_in",
            name=op.f("ck_attendance_records_check_out_after_in"),
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name=op.f("fk_attendance_records_employee_id_employees"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance_records")),
    )
    op.create_table(
        "performance_reviews",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("employee_id", sa.UUID(), nullable=True),
        sa.Column("reviewer_id", sa.UUID(), nullable=True),
        sa.Column("review_period_start", sa.Date(), nullable=True),
        sa.Column("review_period_end", sa.Date(), nullable=True),
        sa.Column("review_date", sa.Date(), server_default=sa.text("CURRENT_DATE"), nullable=True),
        sa.Column("overall_rating", sa.Integer(), nullable=True),
        sa.Column("goals_achieved", sa.Text(), nullable=True),
        sa.Column("areas_improvement", sa.Text(), nullable=True),
        sa.Column("next_goals", sa.Text(), nullable=True),
        sa.Column("recommendations", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=50), server_default=sa.text("'draft'"), nullable=True),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'submitted', 'acknowledged', 'completed')",
            name=op.f("ck_performance_reviews_status_allowed"),
        ),
        sa.CheckConstraint(
            "overall_rating >= 1 AND overall_rating <= 5",
            name=op.f("ck_performance_reviews_overall_rating"),
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name=op.f("fk_performance_reviews_employee_id_employees"),
        ),
        sa.ForeignKeyConstraint(
            ["reviewer_id"], ["users.id"], name=op.f("fk_performance_reviews_reviewer_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_performance_reviews")),
    )
    op.create_table(
        "payroll_records",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("employee_id", sa.UUID(), nullable=True),
        sa.Column("pay_period_start", sa.Date(), nullable=False),
        sa.Column("pay_period_end", sa.Date(), nullable=False),
        sa.Column("basic_salary", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column(
            "allowances",
            sa.Numeric(precision=12, scale=2),
            server_default=sa.text("0"),
            nullable=True,
        ),
        sa.Column(
            "deductions",
            sa.Numeric(precision=12, scale=2),
            server_default=sa.text("0"),
            nullable=True,
        ),
        sa.Column("net_salary", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("payment_date", sa.Date(), nullable=True),
        sa.Column("payment_method", sa.String(length=50), nullable=True),
        sa.Column(
            "status", sa.String(length=50), server_default=sa.text("'pending'"), nullable=True
        ),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "status IN ('pending', 'approved', 'paid', 'cancelled')",
            name=op.f("ck_payroll_records_status_allowed"),
        ),
        sa.CheckConstraint(
            "pay_period_end >= pay_period_start", name=op.f("ck_payroll_records_period_order")
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name=op.f("fk_payroll_records_employee_id_employees")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payroll_records")),
    )
    # --- Finance -------------------------------------------------------------------------
    op.create_table(
        "financial_accounts",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("account_number", sa.String(length=50), nullable=False),
        sa.Column("account_name", sa.String(length=255), nullable=False),
        sa.Column("account_type", sa.String(length=50), nullable=False),
        sa.Column("currency", sa.String(length=3), server_default=sa.text("'RWF'"), nullable=True),
        sa.Column(
            "balance", sa.Numeric(precision=15, scale=2), server_default=sa.text("0"), nullable=True
        ),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("true"), nullable=True),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "currency ~ '^[A-Z]{3}$'", name=op.f("ck_financial_accounts_currency_iso4217")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_financial_accounts")),
        sa.UniqueConstraint("account_number", name=op.f("uq_financial_accounts_account_number")),
    )
    op.create_table(
        "transactions",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column(
            "transaction_number",
            sa.String(length=50),
            server_default=sa.text(
                "dicel_doc_number('TXN'::text, nextval('transactions_transaction_number_seq'::regclass), true)"
            ),
            nullable=False,
        ),
        sa.Column("account_id", sa.UUID(), nullable=True),
        sa.Column("transaction_type", sa.String(length=50), nullable=False),
        sa.Column("amount", sa.Numeric(precision=15, scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), server_default=sa.text("'RWF'"), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("reference_number", sa.String(length=100), nullable=True),
        sa.Column("transaction_date", sa.Date(), nullable=False),
        sa.Column(
            "posted_date",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "status", sa.String(length=50), server_default=sa.text("'posted'"), nullable=True
        ),
        sa.Column("created_by", sa.UUID(), nullable=True),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "currency ~ '^[A-Z]{3}$'", name=op.f("ck_transactions_currency_iso4217")
        ),
        sa.CheckConstraint(
            "status IN ('pending', 'posted', 'reversed', 'void')",
            name=op.f("ck_transactions_status_allowed"),
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["financial_accounts.id"],
            name=op.f("fk_transactions_account_id_financial_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_transactions_created_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transactions")),
        sa.UniqueConstraint("transaction_number", name=op.f("uq_transactions_transaction_number")),
    )
    op.create_index("idx_transactions_account_id", "transactions", ["account_id"], unique=False)
    op.create_index("idx_transactions_date", "transactions", ["transaction_date"], unique=False)
    op.create_index("idx_transactions_type", "transactions", ["transaction_type"], unique=False)
    op.create_table(
        "budgets",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("department_id", sa.UUID(), nullable=True),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("budget_category", sa.String(length=100), nullable=False),
        sa.Column("allocated_amount", sa.Numeric(precision=15, scale=2), nullable=False),
        sa.Column(
            "spent_amount",
            sa.Numeric(precision=15, scale=2),
            server_default=sa.text("0"),
            nullable=True,
        ),
        sa.Column(
            "remaining_amount",
            sa.Numeric(precision=15, scale=2),
            sa.Computed("allocated_amount - spent_amount", persisted=True),
            nullable=True,
        ),
        sa.Column(
            "status", sa.String(length=50), server_default=sa.text("'active'"), nullable=True
        ),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'active', 'frozen', 'closed')",
            name=op.f("ck_budgets_status_allowed"),
        ),
        sa.ForeignKeyConstraint(
            ["department_id"], ["departments.id"], name=op.f("fk_budgets_department_id_departments")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budgets")),
    )
    op.create_table(
        "expenses",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column(
            "expense_number",
            sa.String(length=50),
            server_default=sa.text(
                "dicel_doc_number('EXP'::text, nextval('expenses_expense_number_seq'::regclass), true)"
            ),
            nullable=False,
        ),
        sa.Column("department_id", sa.UUID(), nullable=True),
        sa.Column("expense_category", sa.String(length=100), nullable=False),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), server_default=sa.text("'RWF'"), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("vendor", sa.String(length=255), nullable=True),
        sa.Column("expense_date", sa.Date(), nullable=False),
        sa.Column("receipt_url", sa.String(length=255), nullable=True),
        sa.Column(
            "status", sa.String(length=50), server_default=sa.text("'pending'"), nullable=True
        ),
        sa.Column("approved_by", sa.UUID(), nullable=True),
        sa.Column("approved_date", postgresql.TIMESTAMP(timezone=True), nullable=True),
        sa.Column("created_by", sa.UUID(), nullable=True),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint("currency ~ '^[A-Z]{3}$'", name=op.f("ck_expenses_currency_iso4217")),
        sa.CheckConstraint(
            "status IN ('pending', 'approved', 'rejected', 'paid', 'cancelled')",
            name=op.f("ck_expenses_status_allowed"),
        ),
        sa.CheckConstraint(
            "approved_by IS NULL OR approved_by <> created_by",
            name=op.f("ck_expenses_not_self_approved"),
        ),
        sa.ForeignKeyConstraint(
            ["approved_by"], ["users.id"], name=op.f("fk_expenses_approved_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_expenses_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_expenses_department_id_departments"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expenses")),
        sa.UniqueConstraint("expense_number", name=op.f("uq_expenses_expense_number")),
    )
    op.create_table(
        "invoices",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column(
            "invoice_number",
            sa.String(length=50),
            server_default=sa.text(
                "dicel_doc_number('INV'::text, nextval('invoices_invoice_number_seq'::regclass), true)"
            ),
            nullable=False,
        ),
        sa.Column("client_id", sa.UUID(), nullable=True),
        sa.Column("invoice_date", sa.Date(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("subtotal", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column(
            "tax_amount",
            sa.Numeric(precision=12, scale=2),
            server_default=sa.text("0"),
            nullable=True,
        ),
        sa.Column("total_amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), server_default=sa.text("'RWF'"), nullable=True),
        sa.Column("status", sa.String(length=50), server_default=sa.text("'draft'"), nullable=True),
        sa.Column("paid_date", sa.Date(), nullable=True),
        sa.Column("payment_method", sa.String(length=50), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_by", sa.UUID(), nullable=True),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint("currency ~ '^[A-Z]{3}$'", name=op.f("ck_invoices_currency_iso4217")),
        sa.CheckConstraint(
            "status IN ('draft', 'sent', 'partially_paid', 'paid', 'overdue', 'cancelled')",
            name=op.f("ck_invoices_status_allowed"),
        ),
        sa.CheckConstraint("due_date >= invoice_date", name=op.f("ck_invoices_due_after_invoice")),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_invoices_created_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoices")),
        sa.UniqueConstraint("invoice_number", name=op.f("uq_invoices_invoice_number")),
    )
    op.create_table(
        "invoice_items",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("invoice_id", sa.UUID(), nullable=True),
        sa.Column("description", sa.String(length=255), nullable=False),
        sa.Column("quantity", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("unit_price", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column(
            "total_price",
            sa.Numeric(precision=12, scale=2),
            sa.Computed("quantity * unit_price", persisted=True),
            nullable=True,
        ),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoices.id"], name=op.f("fk_invoice_items_invoice_id_invoices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_items")),
    )
    # --- IT ------------------------------------------------------------------------------
    op.create_table(
        "it_assets",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column(
            "asset_tag",
            sa.String(length=50),
            server_default=sa.text(
                "dicel_doc_number('AST'::text, nextval('it_assets_asset_tag_seq'::regclass), false)"
            ),
            nullable=False,
        ),
        sa.Column("asset_name", sa.String(length=255), nullable=False),
        sa.Column("asset_type", sa.String(length=100), nullable=False),
        sa.Column("manufacturer", sa.String(length=255), nullable=True),
        sa.Column("model", sa.String(length=255), nullable=True),
        sa.Column("serial_number", sa.String(length=255), nullable=True),
        sa.Column("purchase_date", sa.Date(), nullable=True),
        sa.Column("purchase_cost", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("assigned_to", sa.UUID(), nullable=True),
        sa.Column("location", sa.String(length=255), nullable=True),
        sa.Column(
            "status", sa.String(length=50), server_default=sa.text("'active'"), nullable=True
        ),
        sa.Column("warranty_expiry", sa.Date(), nullable=True),
        sa.Column("last_maintenance", sa.Date(), nullable=True),
        sa.Column("next_maintenance", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "status IN ('active', 'in_repair', 'in_storage', 'retired', 'lost', 'disposed')",
            name=op.f("ck_it_assets_status_allowed"),
        ),
        sa.ForeignKeyConstraint(
            ["assigned_to"], ["users.id"], name=op.f("fk_it_assets_assigned_to_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_it_assets")),
        sa.UniqueConstraint("asset_tag", name=op.f("uq_it_assets_asset_tag")),
    )
    op.create_table(
        "it_support_tickets",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column(
            "ticket_number",
            sa.String(length=50),
            server_default=sa.text(
                "dicel_doc_number('ITT'::text, nextval('it_support_tickets_ticket_number_seq'::regclass), true)"
            ),
            nullable=False,
        ),
        sa.Column("requester_id", sa.UUID(), nullable=True),
        sa.Column("assigned_to", sa.UUID(), nullable=True),
        sa.Column("category", sa.String(length=100), nullable=False),
        sa.Column(
            "priority", sa.String(length=50), server_default=sa.text("'medium'"), nullable=True
        ),
        sa.Column("subject", sa.String(length=255), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=50), server_default=sa.text("'open'"), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.Column(
            "created_date",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column("resolved_date", postgresql.TIMESTAMP(timezone=True), nullable=True),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "priority IN ('low', 'medium', 'high', 'critical')",
            name=op.f("ck_it_support_tickets_priority_allowed"),
        ),
        sa.CheckConstraint(
            "status IN ('open', 'in_progress', 'on_hold', 'resolved', 'closed', 'cancelled')",
            name=op.f("ck_it_support_tickets_status_allowed"),
        ),
        sa.ForeignKeyConstraint(
            ["assigned_to"], ["users.id"], name=op.f("fk_it_support_tickets_assigned_to_users")
        ),
        sa.ForeignKeyConstraint(
            ["requester_id"], ["users.id"], name=op.f("fk_it_support_tickets_requester_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_it_support_tickets")),
        sa.UniqueConstraint("ticket_number", name=op.f("uq_it_support_tickets_ticket_number")),
    )
    op.create_table(
        "system_monitoring",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("system_name", sa.String(length=255), nullable=False),
        sa.Column("metric_name", sa.String(length=100), nullable=False),
        sa.Column("metric_value", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("metric_unit", sa.String(length=50), nullable=True),
        sa.Column("threshold_warning", sa.Numeric(precision=10, scale=2), nullable=True),
        sa.Column("threshold_critical", sa.Numeric(precision=10, scale=2), nullable=True),
        sa.Column(
            "status", sa.String(length=50), server_default=sa.text("'normal'"), nullable=True
        ),
        sa.Column(
            "recorded_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "status IN ('normal', 'warning', 'critical', 'unknown')",
            name=op.f("ck_system_monitoring_status_allowed"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_system_monitoring")),
    )
    # --- Security ------------------------------------------------------------------------
    op.create_table(
        "security_guards",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("user_id", sa.UUID(), nullable=True),
        sa.Column(
            "guard_number",
            sa.String(length=50),
            server_default=sa.text(
                "dicel_doc_number('GRD'::text, nextval('security_guards_guard_number_seq'::regclass), false)"
            ),
            nullable=False,
        ),
        sa.Column("license_number", sa.String(length=100), nullable=True),
        sa.Column("license_expiry", sa.Date(), nullable=True),
        sa.Column("training_certifications", postgresql.ARRAY(sa.Text()), nullable=True),
        sa.Column("assigned_location", sa.String(length=255), nullable=True),
        sa.Column("shift_preference", sa.String(length=50), nullable=True),
        sa.Column("emergency_contact", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column(
            "status", sa.String(length=50), server_default=sa.text("'active'"), nullable=True
        ),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "status IN ('active', 'on_leave', 'suspended', 'inactive')",
            name=op.f("ck_security_guards_status_allowed"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_security_guards_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_security_guards")),
        sa.UniqueConstraint("guard_number", name="idx_security_guards_guard_number"),
        sa.UniqueConstraint("user_id", name=op.f("uq_security_guards_user_id")),
    )
    op.create_table(
        "security_assignments",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("guard_id", sa.UUID(), nullable=True),
        sa.Column("location", sa.String(length=255), nullable=False),
        sa.Column("shift_start", postgresql.TIMESTAMP(timezone=True), nullable=False),
        sa.Column("shift_end", postgresql.TIMESTAMP(timezone=True), nullable=False),
        sa.Column(
            "assignment_type",
            sa.String(length=50),
            server_default=sa.text("'patrol'"),
            nullable=True,
        ),
        sa.Column(
            "status", sa.String(length=50), server_default=sa.text("'scheduled'"), nullable=True
        ),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "status IN ('scheduled', 'in_progress', 'completed', 'missed', 'cancelled')",
            name=op.f("ck_security_assignments_status_allowed"),
        ),
        sa.CheckConstraint(
            "shift_end > shift_start", name=op.f("ck_security_assignments_shift_order")
        ),
        sa.ForeignKeyConstraint(
            ["guard_id"],
            ["security_guards.id"],
            name=op.f("fk_security_assignments_guard_id_security_guards"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_security_assignments")),
    )
    op.create_table(
        "security_incidents",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column(
            "incident_number",
            sa.String(length=50),
            server_default=sa.text(
                "dicel_doc_number('SEC'::text, nextval('security_incidents_incident_number_seq'::regclass), true)"
            ),
            nullable=False,
        ),
        sa.Column("incident_type", sa.String(length=100), nullable=False),
        sa.Column("location", sa.String(length=255), nullable=False),
        sa.Column("reported_by", sa.UUID(), nullable=True),
        sa.Column("reported_date", postgresql.TIMESTAMP(timezone=True), nullable=False),
        sa.Column("incident_date", postgresql.TIMESTAMP(timezone=True), nullable=True),
        sa.Column(
            "severity", sa.String(length=50), server_default=sa.text("'medium'"), nullable=True
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("actions_taken", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=50), server_default=sa.text("'open'"), nullable=True),
        sa.Column("resolved_date", postgresql.TIMESTAMP(timezone=True), nullable=True),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "severity IN ('low', 'medium', 'high', 'critical')",
            name=op.f("ck_security_incidents_severity_allowed"),
        ),
        sa.CheckConstraint(
            "status IN ('open', 'investigating', 'resolved', 'closed')",
            name=op.f("ck_security_incidents_status_allowed"),
        ),
        sa.ForeignKeyConstraint(
            ["reported_by"], ["users.id"], name=op.f("fk_security_incidents_reported_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_security_incidents")),
        sa.UniqueConstraint("incident_number", name=op.f("uq_security_incidents_incident_number")),
    )
    op.create_index(
        "idx_security_incidents_date", "security_incidents", ["incident_date"], unique=False
    )
    op.create_table(
        "patrol_routes",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("route_name", sa.String(length=255), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("checkpoints", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("estimated_duration", sa.Integer(), nullable=True),
        sa.Column("frequency", sa.String(length=50), nullable=True),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("true"), nullable=True),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patrol_routes")),
    )
    op.create_table(
        "patrol_logs",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("guard_id", sa.UUID(), nullable=True),
        sa.Column("route_id", sa.UUID(), nullable=True),
        sa.Column("start_time", postgresql.TIMESTAMP(timezone=True), nullable=False),
        sa.Column("end_time", postgresql.TIMESTAMP(timezone=True), nullable=True),
        sa.Column("checkpoints_completed", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("incidents_reported", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column(
            "status", sa.String(length=50), server_default=sa.text("'in_progress'"), nullable=True
        ),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "status IN ('in_progress', 'completed', 'aborted')",
            name=op.f("ck_patrol_logs_status_allowed"),
        ),
        sa.ForeignKeyConstraint(
            ["guard_id"],
            ["security_guards.id"],
            name=op.f("fk_patrol_logs_guard_id_security_guards"),
        ),
        sa.ForeignKeyConstraint(
            ["route_id"], ["patrol_routes.id"], name=op.f("fk_patrol_logs_route_id_patrol_routes")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patrol_logs")),
    )
    # --- Inventory and operations --------------------------------------------------------
    op.create_table(
        "inventory_items",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column(
            "item_code",
            sa.String(length=50),
            server_default=sa.text(
                "dicel_doc_number('ITEM'::text, nextval('inventory_items_item_code_seq'::regclass), false)"
            ),
            nullable=False,
        ),
        sa.Column("item_name", sa.String(length=255), nullable=False),
        sa.Column("category", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("unit_of_measure", sa.String(length=50), nullable=True),
        sa.Column("current_stock", sa.Integer(), server_default=sa.text("0"), nullable=True),
        sa.Column("minimum_stock", sa.Integer(), server_default=sa.text("0"), nullable=True),
        sa.Column("maximum_stock", sa.Integer(), nullable=True),
        sa.Column("unit_cost", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("supplier_id", sa.UUID(), nullable=True),
        sa.Column("location", sa.String(length=255), nullable=True),
        sa.Column(
            "status", sa.String(length=50), server_default=sa.text("'active'"), nullable=True
        ),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "status IN ('active', 'inactive', 'discontinued')",
            name=op.f("ck_inventory_items_status_allowed"),
        ),
        sa.CheckConstraint(
            "current_stock >= 0", name=op.f("ck_inventory_items_stock_not_negative")
        ),
        sa.CheckConstraint(
            "minimum_stock >= 0", name=op.f("ck_inventory_items_minimum_not_negative")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inventory_items")),
        sa.UniqueConstraint("item_code", name="idx_inventory_items_code"),
    )
    op.create_index("idx_inventory_items_category", "inventory_items", ["category"], unique=False)
    op.create_table(
        "inventory_transactions",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("item_id", sa.UUID(), nullable=True),
        sa.Column("transaction_type", sa.String(length=50), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_cost", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("total_cost", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("reference_number", sa.String(length=100), nullable=True),
        sa.Column("reference_type", sa.String(length=50), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_by", sa.UUID(), nullable=True),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "reference_type IN ('purchase', 'sale', 'transfer', 'adjustment')",
            name=op.f("ck_inventory_transactions_reference_type_allowed"),
        ),
        sa.CheckConstraint(
            "transaction_type IN ('in', 'out', 'adjustment')",
            name=op.f("ck_inventory_transactions_transaction_type_allowed"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_inventory_transactions_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["inventory_items.id"],
            name=op.f("fk_inventory_transactions_item_id_inventory_items"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inventory_transactions")),
    )
    op.create_index(
        "idx_inventory_transactions_item_id", "inventory_transactions", ["item_id"], unique=False
    )
    op.create_table(
        "suppliers",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column(
            "supplier_code",
            sa.String(length=50),
            server_default=sa.text(
                "dicel_doc_number('SUP'::text, nextval('suppliers_supplier_code_seq'::regclass), false)"
            ),
            nullable=False,
        ),
        sa.Column("supplier_name", sa.String(length=255), nullable=False),
        sa.Column("contact_person", sa.String(length=255), nullable=True),
        sa.Column("email", sa.String(length=255), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("tax_number", sa.String(length=100), nullable=True),
        sa.Column("payment_terms", sa.String(length=100), nullable=True),
        sa.Column(
            "status", sa.String(length=50), server_default=sa.text("'active'"), nullable=True
        ),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "status IN ('active', 'inactive', 'blocked')", name=op.f("ck_suppliers_status_allowed")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suppliers")),
        sa.UniqueConstraint("supplier_code", name=op.f("uq_suppliers_supplier_code")),
    )
    op.create_table(
        "purchase_orders",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column(
            "po_number",
            sa.String(length=50),
            server_default=sa.text(
                "dicel_doc_number('PO'::text, nextval('purchase_orders_po_number_seq'::regclass), true)"
            ),
            nullable=False,
        ),
        sa.Column("supplier_id", sa.UUID(), nullable=True),
        sa.Column("order_date", sa.Date(), nullable=False),
        sa.Column("expected_delivery", sa.Date(), nullable=True),
        sa.Column("total_amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("status", sa.String(length=50), server_default=sa.text("'draft'"), nullable=True),
        sa.Column("approved_by", sa.UUID(), nullable=True),
        sa.Column("approved_date", postgresql.TIMESTAMP(timezone=True), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_by", sa.UUID(), nullable=True),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'pending', 'approved', 'rejected', 'ordered', 'partially_received', 'received', 'cancelled')",
            name=op.f("ck_purchase_orders_status_allowed"),
        ),
        sa.CheckConstraint(
            "approved_by IS NULL OR approved_by <> created_by",
            name=op.f("ck_purchase_orders_not_self_approved"),
        ),
        sa.CheckConstraint(
            "expected_delivery IS NULL OR expected_delivery >= order_date",
            name=op.f("ck_purchase_orders_delivery_after_order"),
        ),
        sa.ForeignKeyConstraint(
            ["approved_by"], ["users.id"], name=op.f("fk_purchase_orders_approved_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_purchase_orders_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["supplier_id"], ["suppliers.id"], name=op.f("fk_purchase_orders_supplier_id_suppliers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purchase_orders")),
        sa.UniqueConstraint("po_number", name=op.f("uq_purchase_orders_po_number")),
    )
    # --- Clients -------------------------------------------------------------------------
    op.create_table(
        "clients",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column(
            "client_code",
            sa.String(length=50),
            server_default=sa.text(
                "dicel_doc_number('CLI'::text, nextval('clients_client_code_seq'::regclass), false)"
            ),
            nullable=False,
        ),
        sa.Column("company_name", sa.String(length=255), nullable=False),
        sa.Column("contact_person", sa.String(length=255), nullable=True),
        sa.Column("email", sa.String(length=255), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("tax_number", sa.String(length=100), nullable=True),
        sa.Column("industry", sa.String(length=100), nullable=True),
        sa.Column("client_type", sa.String(length=50), nullable=True),
        sa.Column(
            "status", sa.String(length=50), server_default=sa.text("'active'"), nullable=True
        ),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "status IN ('prospect', 'active', 'inactive', 'suspended')",
            name=op.f("ck_clients_status_allowed"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clients")),
        sa.UniqueConstraint("client_code", name="idx_clients_code"),
    )
    op.create_index("idx_clients_status", "clients", ["status"], unique=False)
    op.create_table(
        "contracts",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column(
            "contract_number",
            sa.String(length=50),
            server_default=sa.text(
                "dicel_doc_number('CON'::text, nextval('contracts_contract_number_seq'::regclass), true)"
            ),
            nullable=False,
        ),
        sa.Column("client_id", sa.UUID(), nullable=True),
        sa.Column("contract_type", sa.String(length=100), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("total_value", sa.Numeric(precision=15, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), server_default=sa.text("'RWF'"), nullable=True),
        sa.Column(
            "status", sa.String(length=50), server_default=sa.text("'active'"), nullable=True
        ),
        sa.Column("terms", sa.Text(), nullable=True),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint("currency ~ '^[A-Z]{3}$'", name=op.f("ck_contracts_currency_iso4217")),
        sa.CheckConstraint(
            "status IN ('draft', 'active', 'expired', 'terminated', 'renewed')",
            name=op.f("ck_contracts_status_allowed"),
        ),
        sa.CheckConstraint(
            "end_date IS NULL OR end_date >= start_date", name=op.f("ck_contracts_dates_order")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_contracts_client_id_clients")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contracts")),
        sa.UniqueConstraint("contract_number", name=op.f("uq_contracts_contract_number")),
    )
    op.create_table(
        "client_support_tickets",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column(
            "ticket_number",
            sa.String(length=50),
            server_default=sa.text(
                "dicel_doc_number('CST'::text, nextval('client_support_tickets_ticket_number_seq'::regclass), true)"
            ),
            nullable=False,
        ),
        sa.Column("client_id", sa.UUID(), nullable=True),
        sa.Column("assigned_to", sa.UUID(), nullable=True),
        sa.Column("category", sa.String(length=100), nullable=False),
        sa.Column(
            "priority", sa.String(length=50), server_default=sa.text("'medium'"), nullable=True
        ),
        sa.Column("subject", sa.String(length=255), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=50), server_default=sa.text("'open'"), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.Column(
            "created_date",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column("resolved_date", postgresql.TIMESTAMP(timezone=True), nullable=True),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "priority IN ('low', 'medium', 'high', 'critical')",
            name=op.f("ck_client_support_tickets_priority_allowed"),
        ),
        sa.CheckConstraint(
            "status IN ('open', 'in_progress', 'on_hold', 'resolved', 'closed', 'cancelled')",
            name=op.f("ck_client_support_tickets_status_allowed"),
        ),
        sa.ForeignKeyConstraint(
            ["assigned_to"], ["users.id"], name=op.f("fk_client_support_tickets_assigned_to_users")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_client_support_tickets_client_id_clients")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_support_tickets")),
        sa.UniqueConstraint("ticket_number", name=op.f("uq_client_support_tickets_ticket_number")),
    )
    # --- Sales and marketing -------------------------------------------------------------
    op.create_table(
        "leads",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column(
            "lead_number",
            sa.String(length=50),
            server_default=sa.text(
                "dicel_doc_number('LEAD'::text, nextval('leads_lead_number_seq'::regclass), true)"
            ),
            nullable=False,
        ),
        sa.Column("company_name", sa.String(length=255), nullable=True),
        sa.Column("contact_person", sa.String(length=255), nullable=False),
        sa.Column("email", sa.String(length=255), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("source", sa.String(length=100), nullable=True),
        sa.Column("status", sa.String(length=50), server_default=sa.text("'new'"), nullable=True),
        sa.Column("assigned_to", sa.UUID(), nullable=True),
        sa.Column("estimated_value", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "status IN ('new', 'contacted', 'qualified', 'unqualified', 'converted', 'lost')",
            name=op.f("ck_leads_status_allowed"),
        ),
        sa.ForeignKeyConstraint(
            ["assigned_to"], ["users.id"], name=op.f("fk_leads_assigned_to_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leads")),
        sa.UniqueConstraint("lead_number", name=op.f("uq_leads_lead_number")),
    )
    op.create_index("idx_leads_status", "leads", ["status"], unique=False)
    op.create_table(
        "opportunities",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column(
            "opportunity_number",
            sa.String(length=50),
            server_default=sa.text(
                "dicel_doc_number('OPP'::text, nextval('opportunities_opportunity_number_seq'::regclass), true)"
            ),
            nullable=False,
        ),
        sa.Column("lead_id", sa.UUID(), nullable=True),
        sa.Column("title", sa.String(length=255), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column(
            "stage", sa.String(length=50), server_default=sa.text("'prospecting'"), nullable=True
        ),
        sa.Column("probability", sa.Integer(), nullable=True),
        sa.Column("estimated_value", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("expected_close_date", sa.Date(), nullable=True),
        sa.Column("assigned_to", sa.UUID(), nullable=True),
        sa.Column(
            "status", sa.String(length=50), server_default=sa.text("'active'"), nullable=True
        ),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "stage IN ('prospecting', 'qualification', 'proposal', 'negotiation', 'closed_won', 'closed_lost')",
            name=op.f("ck_opportunities_stage_allowed"),
        ),
        sa.CheckConstraint(
            "status IN ('active', 'on_hold', 'won', 'lost')",
            name=op.f("ck_opportunities_status_allowed"),
        ),
        sa.CheckConstraint(
            "probability >= 0 AND probability <= 100", name=op.f("ck_opportunities_probability")
        ),
        sa.ForeignKeyConstraint(
            ["assigned_to"], ["users.id"], name=op.f("fk_opportunities_assigned_to_users")
        ),
        sa.ForeignKeyConstraint(
            ["lead_id"], ["leads.id"], name=op.f("fk_opportunities_lead_id_leads")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opportunities")),
        sa.UniqueConstraint("opportunity_number", name=op.f("uq_opportunities_opportunity_number")),
    )
    op.create_index("idx_opportunities_stage", "opportunities", ["stage"], unique=False)
    op.create_table(
        "marketing_campaigns",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("campaign_name", sa.String(length=255), nullable=False),
        sa.Column("campaign_type", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("budget", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column(
            "status", sa.String(length=50), server_default=sa.text("'planned'"), nullable=True
        ),
        sa.Column("created_by", sa.UUID(), nullable=True),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "status IN ('planned', 'active', 'paused', 'completed', 'cancelled')",
            name=op.f("ck_marketing_campaigns_status_allowed"),
        ),
        sa.CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date",
            name=op.f("ck_marketing_campaigns_dates_order"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_marketing_campaigns_created_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_marketing_campaigns")),
    )
    # --- Customer experience -------------------------------------------------------------
    op.create_table(
        "customer_feedback",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("client_id", sa.UUID(), nullable=True),
        sa.Column("feedback_type", sa.String(length=50), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column(
            "feedback_date", sa.Date(), server_default=sa.text("CURRENT_DATE"), nullable=True
        ),
        sa.Column(
            "status", sa.String(length=50), server_default=sa.text("'received'"), nullable=True
        ),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "status IN ('received', 'under_review', 'responded', 'resolved', 'closed')",
            name=op.f("ck_customer_feedback_status_allowed"),
        ),
        sa.CheckConstraint("rating >= 1 AND rating <= 5", name=op.f("ck_customer_feedback_rating")),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_customer_feedback_client_id_clients")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_feedback")),
    )
    op.create_table(
        "customer_surveys",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("survey_name", sa.String(length=255), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("questions", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=50), server_default=sa.text("'draft'"), nullable=True),
        sa.Column("created_by", sa.UUID(), nullable=True),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'active', 'closed', 'archived')",
            name=op.f("ck_customer_surveys_status_allowed"),
        ),
        sa.CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date",
            name=op.f("ck_customer_surveys_dates_order"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_customer_surveys_created_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_surveys")),
    )
    # --- Risk ----------------------------------------------------------------------------
    op.create_table(
        "risk_assessments",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column(
            "assessment_number",
            sa.String(length=50),
            server_default=sa.text(
                "dicel_doc_number('RA'::text, nextval('risk_assessments_assessment_number_seq'::regclass), true)"
            ),
            nullable=False,
        ),
        sa.Column("risk_category", sa.String(length=100), nullable=False),
        sa.Column("risk_description", sa.Text(), nullable=False),
        sa.Column("likelihood", sa.Integer(), nullable=True),
        sa.Column("impact", sa.Integer(), nullable=True),
        sa.Column(
            "risk_score",
            sa.Integer(),
            sa.Computed("likelihood * impact", persisted=True),
            nullable=True,
        ),
        sa.Column("mitigation_measures", sa.Text(), nullable=True),
        sa.Column("assigned_to", sa.UUID(), nullable=True),
        sa.Column("status", sa.String(length=50), server_default=sa.text("'open'"), nullable=True),
        sa.Column(
            "assessment_date", sa.Date(), server_default=sa.text("CURRENT_DATE"), nullable=True
        ),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "status IN ('open', 'mitigating', 'monitoring', 'closed')",
            name=op.f("ck_risk_assessments_status_allowed"),
        ),
        sa.CheckConstraint("impact >= 1 AND impact <= 5", name=op.f("ck_risk_assessments_impact")),
        sa.CheckConstraint(
            "likelihood >= 1 AND likelihood <= 5", name=op.f("ck_risk_assessments_likelihood")
        ),
        sa.ForeignKeyConstraint(
            ["assigned_to"], ["users.id"], name=op.f("fk_risk_assessments_assigned_to_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_assessments")),
        sa.UniqueConstraint(
            "assessment_number", name=op.f("uq_risk_assessments_assessment_number")
        ),
    )
    op.create_table(
        "risk_incidents",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column(
            "incident_number",
            sa.String(length=50),
            server_default=sa.text(
                "dicel_doc_number('RSK'::text, nextval('risk_incidents_incident_number_seq'::regclass), true)"
            ),
            nullable=False,
        ),
        sa.Column("risk_assessment_id", sa.UUID(), nullable=True),
        sa.Column("incident_type", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "severity", sa.String(length=50), server_default=sa.text("'medium'"), nullable=True
        ),
        sa.Column("reported_date", postgresql.TIMESTAMP(timezone=True), nullable=False),
        sa.Column("incident_date", postgresql.TIMESTAMP(timezone=True), nullable=True),
        sa.Column("status", sa.String(length=50), server_default=sa.text("'open'"), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "severity IN ('low', 'medium', 'high', 'critical')",
            name=op.f("ck_risk_incidents_severity_allowed"),
        ),
        sa.CheckConstraint(
            "status IN ('open', 'investigating', 'resolved', 'closed')",
            name=op.f("ck_risk_incidents_status_allowed"),
        ),
        sa.ForeignKeyConstraint(
            ["risk_assessment_id"],
            ["risk_assessments.id"],
            name=op.f("fk_risk_incidents_risk_assessment_id_risk_assessments"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_incidents")),
        sa.UniqueConstraint("incident_number", name=op.f("uq_risk_incidents_incident_number")),
    )
    # --- Recovery ------------------------------------------------------------------------
    op.create_table(
        "recovery_cases",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column(
            "case_number",
            sa.String(length=50),
            server_default=sa.text(
                "dicel_doc_number('CASE'::text, nextval('recovery_cases_case_number_seq'::regclass), true)"
            ),
            nullable=False,
        ),
        sa.Column("case_type", sa.String(length=100), nullable=False),
        sa.Column("client_id", sa.UUID(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("amount_involved", sa.Numeric(precision=15, scale=2), nullable=True),
        sa.Column("assigned_to", sa.UUID(), nullable=True),
        sa.Column("status", sa.String(length=50), server_default=sa.text("'open'"), nullable=True),
        sa.Column(
            "priority", sa.String(length=50), server_default=sa.text("'medium'"), nullable=True
        ),
        sa.Column("start_date", sa.Date(), server_default=sa.text("CURRENT_DATE"), nullable=True),
        sa.Column("target_completion_date", sa.Date(), nullable=True),
        sa.Column("actual_completion_date", sa.Date(), nullable=True),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "priority IN ('low', 'medium', 'high', 'critical')",
            name=op.f("ck_recovery_cases_priority_allowed"),
        ),
        sa.CheckConstraint(
            "status IN ('open', 'in_progress', 'on_hold', 'recovered', 'written_off', 'closed')",
            name=op.f("ck_recovery_cases_status_allowed"),
        ),
        sa.ForeignKeyConstraint(
            ["assigned_to"], ["users.id"], name=op.f("fk_recovery_cases_assigned_to_users")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_recovery_cases_client_id_clients")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recovery_cases")),
        sa.UniqueConstraint("case_number", name=op.f("uq_recovery_cases_case_number")),
    )
    op.create_table(
        "recovery_documents",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("case_id", sa.UUID(), nullable=True),
        sa.Column("document_type", sa.String(length=100), nullable=False),
        sa.Column("document_name", sa.String(length=255), nullable=False),
        sa.Column("file_url", sa.String(length=255), nullable=True),
        sa.Column(
            "upload_date",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column("uploaded_by", sa.UUID(), nullable=True),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["recovery_cases.id"],
            name=op.f("fk_recovery_documents_case_id_recovery_cases"),
        ),
        sa.ForeignKeyConstraint(
            ["uploaded_by"], ["users.id"], name=op.f("fk_recovery_documents_uploaded_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recovery_documents")),
    )
    # --- Compliance ----------------------------------------------------------------------
    op.create_table(
        "compliance_policies",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column(
            "policy_number",
            sa.String(length=50),
            server_default=sa.text(
                "dicel_doc_number('POL'::text, nextval('compliance_policies_policy_number_seq'::regclass), true)"
            ),
            nullable=False,
        ),
        sa.Column("policy_name", sa.String(length=255), nullable=False),
        sa.Column("policy_category", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("policy_content", sa.Text(), nullable=True),
        sa.Column("version", sa.String(length=20), nullable=True),
        sa.Column("effective_date", sa.Date(), nullable=True),
        sa.Column("review_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=50), server_default=sa.text("'draft'"), nullable=True),
        sa.Column("created_by", sa.UUID(), nullable=True),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'under_review', 'approved', 'active', 'retired')",
            name=op.f("ck_compliance_policies_status_allowed"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_compliance_policies_created_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_compliance_policies")),
        sa.UniqueConstraint("policy_number", name=op.f("uq_compliance_policies_policy_number")),
    )
    op.create_table(
        "compliance_audits",
        sa.Column("id", sa.UUID(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column(
            "audit_number",
            sa.String(length=50),
            server_default=sa.text(
                "dicel_doc_number('AUD'::text, nextval('compliance_audits_audit_number_seq'::regclass), true)"
            ),
            nullable=False,
        ),
        sa.Column("audit_type", sa.String(length=100), nullable=False),
        sa.Column("audit_scope", sa.Text(), nullable=True),
        sa.Column("auditor", sa.UUID(), nullable=True),
        sa.Column("audit_date", sa.Date(), nullable=True),
        sa.Column("findings", sa.Text(), nullable=True),
        sa.Column("recommendations", sa.Text(), nullable=True),
        sa.Column(
            "status", sa.String(length=50), server_default=sa.text("'scheduled'"), nullable=True
        ),
        sa.Column(
            "created_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.Column(
            "updated_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=True,
        ),
        sa.CheckConstraint(
            "status IN ('scheduled', 'in_progress', 'completed', 'cancelled')",
            name=op.f("ck_compliance_audits_status_allowed"),
        ),
        sa.ForeignKeyConstraint(
            ["auditor"], ["users.id"], name=op.f("fk_compliance_audits_auditor_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_compliance_audits")),
        sa.UniqueConstraint("audit_number", name=op.f("uq_compliance_audits_audit_number")),
    )

    # --- Foreign keys that point forward in the seed's order ---------------------------
    op.create_foreign_key(
        op.f("fk_users_department_id_departments"),
        "users",
        "departments",
        ["department_id"],
        ["id"],
    )
    op.create_foreign_key(
        op.f("fk_invoices_client_id_clients"), "invoices", "clients", ["client_id"], ["id"]
    )
    op.create_foreign_key(
        op.f("fk_inventory_items_supplier_id_suppliers"),
        "inventory_items",
        "suppliers",
        ["supplier_id"],
        ["id"],
    )

    for table, column in NUMBERED_COLUMNS:
        # Owned by its column: the sequence goes when the table goes.
        op.execute(f"ALTER SEQUENCE {table}_{column}_seq OWNED BY {table}.{column}")
    for table in UPDATED_AT_TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_set_updated_at BEFORE UPDATE ON {table}"
            " FOR EACH ROW EXECUTE FUNCTION set_updated_at()"
        )


def downgrade() -> None:
    op.drop_constraint(op.f("fk_users_department_id_departments"), "users", type_="foreignkey")
    op.drop_constraint(op.f("fk_invoices_client_id_clients"), "invoices", type_="foreignkey")
    op.drop_constraint(
        op.f("fk_inventory_items_supplier_id_suppliers"), "inventory_items", type_="foreignkey"
    )
    op.drop_table("compliance_audits")
    op.drop_table("compliance_policies")
    op.drop_table("recovery_documents")
    op.drop_table("recovery_cases")
    op.drop_table("risk_incidents")
    op.drop_table("risk_assessments")
    op.drop_table("customer_surveys")
    op.drop_table("customer_feedback")
    op.drop_table("marketing_campaigns")
    op.drop_table("opportunities")
    op.drop_table("leads")
    op.drop_table("client_support_tickets")
    op.drop_table("contracts")
    op.drop_table("clients")
    op.drop_table("purchase_orders")
    op.drop_table("suppliers")
    op.drop_table("inventory_transactions")
    op.drop_table("inventory_items")
    op.drop_table("patrol_logs")
    op.drop_table("patrol_routes")
    op.drop_table("security_incidents")
    op.drop_table("security_assignments")
    op.drop_table("security_guards")
    op.drop_table("system_monitoring")
    op.drop_table("it_support_tickets")
    op.drop_table("it_assets")
    op.drop_table("invoice_items")
    op.drop_table("invoices")
    op.drop_table("expenses")
    op.drop_table("budgets")
    op.drop_table("transactions")
    op.drop_table("financial_accounts")
    op.drop_table("payroll_records")
    op.drop_table("performance_reviews")
    op.drop_table("attendance_records")
    op.drop_table("leave_requests")
    op.drop_table("training_enrollments")
    op.drop_table("training_programs")
    op.drop_table("candidates")
    op.drop_table("job_postings")
    op.drop_table("employees")
    op.drop_table("audit_logs")
    op.drop_table("system_settings")
    op.drop_table("departments")
    op.drop_table("users")
    op.execute("DROP FUNCTION set_updated_at()")
    op.execute("DROP FUNCTION dicel_doc_number(text, bigint, boolean)")
