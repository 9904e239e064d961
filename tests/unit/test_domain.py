"""Domain tables agree with each other and with the schema."""

from dicel_desktop.db.models import Base
from dicel_desktop.domain import states
from dicel_desktop.domain.modules import MODULES, TABLE_TITLES, module_of
from dicel_desktop.domain.roles import Role


def test_every_table_belongs_to_exactly_one_module_and_has_a_title():
    listed = [t for m in MODULES for t in m.tables]
    # The seed's 45, holidays, a purchase order's lines and approvals, pay periods;
    # documents are shown with the records they are attached to.
    assert sorted(listed) == sorted(set(Base.metadata.tables) - {"documents"})
    assert len(listed) == len(set(listed)) == 49
    assert module_of("purchase_order_lines").title == "Inventory"
    assert set(TABLE_TITLES) == set(Base.metadata.tables)
    assert module_of("purchase_orders").title == "Inventory"


def test_twelve_department_modules():
    assert len(MODULES) == 12


def test_roles_map_to_group_roles_and_have_labels():
    assert len(Role) == 13
    assert Role.CX.group_role == "dicel_cx"
    assert all(r.label for r in Role)


def test_state_labels_read_as_words():
    assert states.PurchaseOrderStatus.PARTIALLY_RECEIVED.label == "Partially received"
    assert states.EmploymentType.FULL_TIME.label == "Full time"
    assert states.LeaveStatus("pending") is states.LeaveStatus.PENDING
