"""The thirteen application roles. Each login belongs to exactly one of them."""

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    HR = "hr"
    FINANCE = "finance"
    IT = "it"
    SECURITY = "security"
    COMPLIANCE = "compliance"
    INVENTORY = "inventory"
    CLIENT = "client"
    SALES = "sales"
    CX = "cx"
    RISK = "risk"
    RECOVERY = "recovery"
    EMPLOYEE = "employee"

    @property
    def group_role(self) -> str:
        """The PostgreSQL NOLOGIN group role that carries this role's rights."""
        return f"dicel_{self.value}"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Role.ADMIN: "Administration",
    Role.HR: "Human Resources",
    Role.FINANCE: "Finance",
    Role.IT: "IT",
    Role.SECURITY: "Security",
    Role.COMPLIANCE: "Compliance",
    Role.INVENTORY: "Inventory",
    Role.CLIENT: "Clients",
    Role.SALES: "Sales & Marketing",
    Role.CX: "Customer Experience",
    Role.RISK: "Risk",
    Role.RECOVERY: "Recovery",
    Role.EMPLOYEE: "Employee",
}

#: Group role every DICEL login is a member of (self-service rights).
BASE_GROUP_ROLE = "dicel_user"
#: NOLOGIN role that owns the schema objects.
OWNER_ROLE = "dicel_owner"

#: The connections one DICEL Desktop opens at most, as one login: the DB worker's (one
#: thread runs one task at a time, so the engine's pool, SQLAlchemy's 5 + 10, holds that
#: one) and the one a cancelled task is left to end on (2), the inbox's and a chart's
#: listeners (services.work_listener) with the second connection each one's listen check
#: opens for a moment (4), an export's own process (services.export_process) and the
#: probe of a login or a password check (db.connect_probe): 8, rounded up to 10.
CONNECTIONS_PER_DESKTOP = 10
#: Every DICEL login's ``CONNECTION LIMIT`` (migration 0068, ``dicel-admin sync-grants``):
#: room for the same person on two computers at once, and no more, so one login cannot
#: take the server's every connection slot and keep everyone else (IT included) out.
LOGIN_CONNECTION_LIMIT = 2 * CONNECTIONS_PER_DESKTOP
