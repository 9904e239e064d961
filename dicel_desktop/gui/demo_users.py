"""The demo panel's list: each demo user under their role's name, roles in ``Role`` order.

Items hold the user itself (:data:`DemoUserRole`); role headings hold nothing and cannot
be selected, so activating one does nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.translations import tr_department, tr_label

#: Item data role of a person's row: the DemoUser it shows (``email``, ``name``, ``role``,
#: ``department``). Role headings hold None.
DemoUserRole = Qt.ItemDataRole.UserRole


#: The column that says each person's job and whom they report to.
POSITION_COLUMN = 2


def job_text(user: Any) -> str:
    """ "Stock Clerk, reports to Divine Ingabire": who supervises whom, in the list."""
    position = str(getattr(user, "position", "") or "")
    supervisor = str(getattr(user, "supervisor", "") or "")
    if position and supervisor:
        return QCoreApplication.translate("DemoUsers", "{position}, reports to {name}").format(
            position=position, name=supervisor
        )
    return position


def fill(tree: QTreeWidget, users: Sequence[Any]) -> None:
    """Replace the tree's rows: a bold heading per role, its people (name, e-mail, job and
    whom they report to) below."""
    tree.clear()
    if tree.columnCount() <= POSITION_COLUMN:
        tree.setColumnCount(POSITION_COLUMN + 1)
    tree.headerItem().setText(POSITION_COLUMN, QCoreApplication.translate("DemoUsers", "Position"))
    order = {role.value: index for index, role in enumerate(Role)}
    by_role: dict[str, list[Any]] = {}
    for user in users:
        by_role.setdefault(str(user.role), []).append(user)
    bold = QFont(tree.font())
    bold.setBold(True)
    for role in sorted(by_role, key=lambda r: (order.get(r, len(order)), r)):
        try:
            label = tr_label(Role(role).label)
        except ValueError:  # a role this client does not know: its code is still useful
            label = role
        heading = QTreeWidgetItem([label])
        heading.setFont(0, bold)
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not a choice
        tree.addTopLevelItem(heading)
        heading.setFirstColumnSpanned(True)  # only takes once the item is in the tree
        for user in by_role[role]:
            item = QTreeWidgetItem(heading, [user.name, user.email, job_text(user)])
            item.setData(0, DemoUserRole, user)
            department = getattr(user, "department", None)
            if department:
                item.setToolTip(0, tr_department(str(department)))
    tree.expandAll()
    header = tree.header()
    if header.visualIndex(POSITION_COLUMN) > 1:
        # Read after the name, before the e-mail (the e-mail stays column 1 of the items).
        header.moveSection(header.visualIndex(POSITION_COLUMN), 1)
    for column in range(tree.columnCount()):
        tree.resizeColumnToContents(column)


def user_at(item: QTreeWidgetItem) -> Any | None:
    """The demo user a row shows; None for a role heading."""
    return item.data(0, DemoUserRole)


def full_size(tree: QTreeWidget) -> QSize:
    """The size that shows every row and every column whole, without scroll bars."""
    rows = sum(1 + tree.topLevelItem(i).childCount() for i in range(tree.topLevelItemCount()))
    frame = 2 * tree.frameWidth()
    width = sum(tree.columnWidth(c) for c in range(tree.columnCount()))
    # Room for a scroll bar all the same: a small screen may still need one.
    width += frame + tree.verticalScrollBar().sizeHint().width()
    height = rows * max(tree.sizeHintForRow(0), 1) + tree.header().sizeHint().height() + frame
    return QSize(width, height)
