"""HR tables (seed section 2)."""

from __future__ import annotations

import datetime as dt
import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID, ExcludeConstraint
from sqlalchemy.orm import Mapped, mapped_column

from dicel_desktop.db.base import (
    TIMESTAMPTZ,
    Base,
    Timestamps,
    UUIDPrimaryKey,
    document_number,
    iso_currency,
    not_negative,
    one_of,
    positive,
    reference,
)
from dicel_desktop.domain import states


class Employee(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "employees"
    __table_args__ = (
        UniqueConstraint("employee_number", name="idx_employees_employee_number"),
        one_of("employment_type", states.EmploymentType),
        one_of("status", states.EmployeeStatus),
        iso_currency("salary_currency"),
        CheckConstraint(
            "termination_date IS NULL OR termination_date >= hire_date",
            name="termination_after_hire",
        ),
        CheckConstraint("supervisor_id IS NULL OR supervisor_id <> id", name="not_own_supervisor"),
        Index("idx_employees_department_id", "department_id"),
        Index("idx_employees_status", "status"),
        # Row security finds a supervisor's direct reports by it (migration 0003).
        Index("idx_employees_supervisor_id", "supervisor_id"),
        positive("salary"),
    )

    # The seed declares UNIQUE twice (inline and fk_employees_user); one constraint suffices.
    user_id: Mapped[uuid.UUID | None] = mapped_column(
        UUID(as_uuid=True), ForeignKey("users.id"), unique=True
    )
    employee_number: Mapped[str] = document_number(
        "EMP", "employees_employee_number_seq", with_year=False, length=20, unique=False
    )
    department_id: Mapped[uuid.UUID | None] = reference("departments.id")
    position: Mapped[str] = mapped_column(String(100))
    hire_date: Mapped[date] = mapped_column(Date)
    termination_date: Mapped[date | None] = mapped_column(Date)
    salary: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    salary_currency: Mapped[str | None] = mapped_column(String(3), server_default=text("'RWF'"))
    employment_type: Mapped[str | None] = mapped_column(
        String(50), server_default=text("'full-time'")
    )
    work_location: Mapped[str | None] = mapped_column(String(255))
    supervisor_id: Mapped[uuid.UUID | None] = reference("employees.id")
    emergency_contact: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    bank_details: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    tax_info: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'active'"))


class JobPosting(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "job_postings"
    __table_args__ = (
        one_of("employment_type", states.EmploymentType),
        one_of("status", states.JobPostingStatus),
        CheckConstraint(
            "salary_range_min IS NULL OR salary_range_max IS NULL"
            " OR salary_range_min <= salary_range_max",
            name="salary_range_order",
        ),
        not_negative("salary_range_min"),
        not_negative("salary_range_max"),
    )

    title: Mapped[str] = mapped_column(String(255))
    department_id: Mapped[uuid.UUID | None] = reference("departments.id")
    description: Mapped[str] = mapped_column(Text)
    requirements: Mapped[str | None] = mapped_column(Text)
    salary_range_min: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    salary_range_max: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    location: Mapped[str | None] = mapped_column(String(255))
    employment_type: Mapped[str | None] = mapped_column(String(50))
    # A new one is a draft until its first step (migration 0038).
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'draft'"))
    # Empty until the posting is published (its publish step writes it; migration 0044).
    posted_date: Mapped[date | None] = mapped_column(Date)
    closing_date: Mapped[date | None] = mapped_column(Date)
    max_applications: Mapped[int | None] = mapped_column(Integer)
    created_by: Mapped[uuid.UUID | None] = reference("users.id")


class Candidate(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "candidates"
    __table_args__ = (one_of("status", states.CandidateStatus),)

    job_posting_id: Mapped[uuid.UUID | None] = reference("job_postings.id")
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str] = mapped_column(String(255))
    phone: Mapped[str | None] = mapped_column(String(20))
    resume_url: Mapped[str | None] = mapped_column(String(255))
    cover_letter: Mapped[str | None] = mapped_column(Text)
    experience_years: Mapped[int | None] = mapped_column(Integer)
    education_level: Mapped[str | None] = mapped_column(String(100))
    skills: Mapped[list[str] | None] = mapped_column(ARRAY(Text))
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'applied'"))
    interview_date: Mapped[datetime | None] = mapped_column(TIMESTAMPTZ)
    notes: Mapped[str | None] = mapped_column(Text)


class TrainingProgram(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "training_programs"
    __table_args__ = (
        one_of("status", states.TrainingProgramStatus),
        not_negative("cost"),
    )

    title: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(Text)
    instructor: Mapped[str | None] = mapped_column(String(255))
    duration_hours: Mapped[int | None] = mapped_column(Integer)
    cost: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    max_participants: Mapped[int | None] = mapped_column(Integer)
    location: Mapped[str | None] = mapped_column(String(255))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'scheduled'"))


class TrainingEnrollment(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "training_enrollments"
    __table_args__ = (
        # Row security filters on the person the record is about (migration 0003).
        Index("idx_training_enrollments_employee_id", "employee_id"),
        one_of("status", states.EnrollmentStatus),
    )

    training_program_id: Mapped[uuid.UUID | None] = reference("training_programs.id")
    employee_id: Mapped[uuid.UUID | None] = reference("employees.id")
    enrollment_date: Mapped[date | None] = mapped_column(Date, server_default=text("CURRENT_DATE"))
    completion_date: Mapped[date | None] = mapped_column(Date)
    grade: Mapped[str | None] = mapped_column(String(10))
    certificate_url: Mapped[str | None] = mapped_column(String(255))
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'enrolled'"))


class LeaveRequest(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "leave_requests"
    __table_args__ = (
        # Row security filters on the person the record is about (migration 0003).
        Index("idx_leave_requests_employee_id", "employee_id"),
        # A holiday added or moved finds the requests still counted that it falls in
        # (migration 0081).
        Index(
            "leave_requests_counted_dates",
            "start_date",
            "end_date",
            postgresql_where=text("status IN ('pending', 'approved')"),
        ),
        one_of("leave_type", states.LeaveType),
        one_of("status", states.LeaveStatus),
        CheckConstraint("end_date >= start_date", name="dates_order"),
        CheckConstraint("days_requested > 0", name="days_positive"),
    )

    employee_id: Mapped[uuid.UUID | None] = reference("employees.id")
    leave_type: Mapped[str] = mapped_column(String(50))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    days_requested: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'pending'"))
    approved_by: Mapped[uuid.UUID | None] = reference("users.id")
    approved_date: Mapped[datetime | None] = mapped_column(TIMESTAMPTZ)
    notes: Mapped[str | None] = mapped_column(Text)


class Holiday(UUIDPrimaryKey, Timestamps, Base):
    """A public holiday: not a working day, so leave does not count it (migration 0012).
    One row per day; HR keeps the list (Eid dates follow the moon, so they are entered
    each year)."""

    __tablename__ = "holidays"
    __table_args__ = (CheckConstraint("btrim(name) <> ''", name="name_not_empty"),)

    holiday_date: Mapped[date] = mapped_column(Date, unique=True)
    name: Mapped[str] = mapped_column(String(255))


class AttendanceRecord(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "attendance_records"
    __table_args__ = (
        # Row security filters on the person the record is about (migration 0003).
        Index("idx_attendance_records_employee_id", "employee_id"),
        one_of("status", states.AttendanceStatus),
        CheckConstraint(
            "check_out IS NULL OR check_in IS NULL OR check_out >= check_in",
            name="check_out_after_in",
        ),
        # Migration 0096 (psql29 F6): a row is someone's (the form asks for the employee,
        # domain/entry_rules.FORM_REQUIRED; the plan's column stays nullable), of hours a
        # day holds, checked in and out around its own day (read in UTC: the same answer
        # whoever writes it; a night shift ends the next day). A day outside the
        # employee's employment is the trigger attendance_records_within_employment's.
        CheckConstraint("employee_id IS NOT NULL", name="employee_given"),
        CheckConstraint("total_hours >= 0 AND total_hours <= 24", name="total_hours_in_a_day"),
        CheckConstraint(
            "(check_in IS NULL OR (check_in AT TIME ZONE 'UTC')::date BETWEEN date - 1 AND"
            " date + 1) AND (check_out IS NULL OR (check_out AT TIME ZONE 'UTC')::date"
            " BETWEEN date - 1 AND date + 1)",
            name="times_near_its_day",
        ),
    )

    employee_id: Mapped[uuid.UUID | None] = reference("employees.id")
    # The seed's column is called ``date``: annotate through ``dt`` so the name does not
    # shadow the type for the annotations below it.
    date: Mapped[dt.date] = mapped_column(Date)
    check_in: Mapped[dt.datetime | None] = mapped_column(TIMESTAMPTZ)
    check_out: Mapped[dt.datetime | None] = mapped_column(TIMESTAMPTZ)
    total_hours: Mapped[Decimal | None] = mapped_column(Numeric(4, 2))
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'present'"))
    notes: Mapped[str | None] = mapped_column(Text)


class PerformanceReview(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "performance_reviews"
    __table_args__ = (
        # Row security filters on the person the record is about (migration 0003).
        Index("idx_performance_reviews_employee_id", "employee_id"),
        CheckConstraint("overall_rating >= 1 AND overall_rating <= 5", name="overall_rating"),
        one_of("status", states.ReviewStatus),
    )

    employee_id: Mapped[uuid.UUID | None] = reference("employees.id")
    reviewer_id: Mapped[uuid.UUID | None] = reference("users.id")
    review_period_start: Mapped[date | None] = mapped_column(Date)
    review_period_end: Mapped[date | None] = mapped_column(Date)
    review_date: Mapped[date | None] = mapped_column(Date, server_default=text("CURRENT_DATE"))
    overall_rating: Mapped[int | None] = mapped_column(Integer)
    goals_achieved: Mapped[str | None] = mapped_column(Text)
    areas_improvement: Mapped[str | None] = mapped_column(Text)
    next_goals: Mapped[str | None] = mapped_column(Text)
    recommendations: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'draft'"))


class PayrollRecord(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "payroll_records"
    __table_args__ = (
        # Row security filters on the person the record is about (migration 0003).
        Index("idx_payroll_records_employee_id", "employee_id"),
        one_of("status", states.PayrollStatus),
        one_of("payment_method", states.PaymentMethod),
        CheckConstraint("pay_period_end >= pay_period_start", name="period_order"),
        not_negative("basic_salary"),
        not_negative("allowances"),
        not_negative("deductions"),
        not_negative("net_salary"),
    )

    employee_id: Mapped[uuid.UUID | None] = reference("employees.id")
    pay_period_start: Mapped[date] = mapped_column(Date)
    pay_period_end: Mapped[date] = mapped_column(Date)
    basic_salary: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    allowances: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), server_default=text("0"))
    deductions: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), server_default=text("0"))
    net_salary: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    payment_date: Mapped[date | None] = mapped_column(Date)
    payment_method: Mapped[str | None] = mapped_column(String(50))
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'pending'"))
    notes: Mapped[str | None] = mapped_column(Text)
    #: What makes up ``deductions``, computed by the database with the amounts
    #: (migration 0014): ``[{"code": "paye", "amount": 12345.0}, ...]`` in payslip order.
    deductions_detail: Mapped[list[dict[str, Any]] | None] = mapped_column(JSONB)


class PayrollPeriod(UUIDPrimaryKey, Timestamps, Base):
    """One run of the payroll: a calendar month, for everyone employed in it
    (migration 0014). Its payslips are the payroll records of the same dates; its state
    moves them on (approved, paid) through the payroll functions only."""

    __tablename__ = "payroll_periods"
    __table_args__ = (
        one_of("status", states.PayrollStatus),
        CheckConstraint("period_end >= period_start", name="period_order"),
        # A period cannot run twice, nor overlap another run (a cancelled run can be
        # run again).
        ExcludeConstraint(
            (text("daterange(period_start, period_end, '[]')"), "&&"),
            name="ex_payroll_periods_no_overlap",
            using="gist",
            where=text("status <> 'cancelled'"),
        ),
    )

    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    status: Mapped[str | None] = mapped_column(String(50), server_default=text("'pending'"))
    #: Who ran it (set by the server from the login, migration 0007's provenance).
    created_by: Mapped[uuid.UUID | None] = reference("users.id")
    approved_by: Mapped[uuid.UUID | None] = reference("users.id")
    approved_date: Mapped[datetime | None] = mapped_column(TIMESTAMPTZ)
    paid_date: Mapped[date | None] = mapped_column(Date)
    #: The account the salaries left, and the debit that booked them.
    account_id: Mapped[uuid.UUID | None] = reference("financial_accounts.id")
    transaction_id: Mapped[uuid.UUID | None] = reference("transactions.id")
    notes: Mapped[str | None] = mapped_column(Text)
