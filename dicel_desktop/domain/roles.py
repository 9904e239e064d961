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
