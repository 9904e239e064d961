"""The department modules of the main window and the tables each one shows.

A module's tab is shown to a role when the permission table lets that role read at
least one of the module's tables (dicel_desktop.domain.permissions); which tables and
columns appear inside follows the same table. Hiding is for comfort: PostgreSQL enforces.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Module:
    key: str
    title: str
    #: Tables in the order their lists appear in the module.
    tables: tuple[str, ...]


MODULES: tuple[Module, ...] = (
    Module(
        "hr",
        "Human Resources",
        (
            "employees",
            "leave_requests",
            "attendance_records",
            "payroll_records",
            "performance_reviews",
            "job_postings",
            "candidates",
            "training_programs",
            "training_enrollments",
        ),
    ),
    Module(
        "finance",
        "Finance",
        (
            "transactions",
            "financial_accounts",
            "budgets",
            "expenses",
            "invoices",
            "invoice_items",
        ),
    ),
    Module("it", "IT", ("it_support_tickets", "it_assets", "system_monitoring")),
    Module(
        "security",
        "Security",
        (
            "security_incidents",
            "security_assignments",
            "security_guards",
            "patrol_routes",
            "patrol_logs",
        ),
    ),
    Module(
        "inventory",
        "Inventory",
        ("inventory_items", "inventory_transactions", "purchase_orders", "suppliers"),
    ),
    Module("clients", "Clients", ("clients", "contracts", "client_support_tickets")),
    Module("sales", "Sales & Marketing", ("leads", "opportunities", "marketing_campaigns")),
    Module("cx", "Customer Experience", ("customer_feedback", "customer_surveys")),
    Module("risk", "Risk", ("risk_assessments", "risk_incidents")),
    Module("recovery", "Recovery", ("recovery_cases", "recovery_documents")),
    Module("compliance", "Compliance", ("compliance_policies", "compliance_audits")),
    Module("admin", "Administration", ("users", "departments", "system_settings", "audit_logs")),
)

#: Readable names of the tables, as the lists and menus title them.
TABLE_TITLES: dict[str, str] = {
    "users": "Users",
    "departments": "Departments",
    "system_settings": "System settings",
    "audit_logs": "Audit log",
    "employees": "Employees",
    "job_postings": "Job postings",
    "candidates": "Candidates",
    "training_programs": "Training programs",
    "training_enrollments": "Training enrollments",
    "leave_requests": "Leave requests",
    "attendance_records": "Attendance",
    "performance_reviews": "Performance reviews",
    "payroll_records": "Payroll",
    "financial_accounts": "Accounts",
    "transactions": "Transactions",
    "budgets": "Budgets",
    "expenses": "Expenses",
    "invoices": "Invoices",
    "invoice_items": "Invoice lines",
    "it_assets": "IT assets",
    "it_support_tickets": "IT tickets",
    "system_monitoring": "System monitoring",
    "security_guards": "Guards",
    "security_assignments": "Assignments",
    "security_incidents": "Incidents",
    "patrol_routes": "Patrol routes",
    "patrol_logs": "Patrol logs",
    "inventory_items": "Items",
    "inventory_transactions": "Stock movements",
    "suppliers": "Suppliers",
    "purchase_orders": "Purchase orders",
    "clients": "Clients",
    "contracts": "Contracts",
    "client_support_tickets": "Support tickets",
    "leads": "Leads",
    "opportunities": "Opportunities",
    "marketing_campaigns": "Campaigns",
    "customer_feedback": "Feedback",
    "customer_surveys": "Surveys",
    "risk_assessments": "Risk assessments",
    "risk_incidents": "Risk incidents",
    "recovery_cases": "Recovery cases",
    "recovery_documents": "Case documents",
    "compliance_policies": "Policies",
    "compliance_audits": "Audits",
}


def module_of(table: str) -> Module:
    for module in MODULES:
        if table in module.tables:
            return module
    raise KeyError(table)
