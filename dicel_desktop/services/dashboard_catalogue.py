"""What each department's dashboard shows: the catalogue ``DASHBOARDS`` (one
``Dashboard`` per module), and the ``Figure`` and ``Chart`` its entries are made of.

Declared as data so adding a figure is one entry. A figure is one SQL aggregate over the
rows of one table that pass the filters of the list it opens (``services.listing``
filters, so the list a figure opens holds exactly the rows it counted); a chart is one
aggregate grouped by a label. Kept apart from the reading (``services/dashboards.py``:
rights, statements, ``load_dashboard``), which takes any entry alike: what a department
sees changes here, how any dashboard is read there. Nothing here touches the database.
No Qt here.

The entries are in a module per family of departments: ``dashboards_staff_and_money``
(HR, Finance), ``dashboards_operations`` (IT, Security, Inventory),
``dashboards_customers`` (Clients, Sales, Customer Experience) and
``dashboards_oversight`` (Risk, Recovery, Compliance, Administration); what they are made
of, and the helpers they share, in ``dashboard_parts``. Every name is importable here.
"""

from __future__ import annotations

from dicel_desktop.services.dashboard_parts import (  # noqa: F401  (importable here as before)
    TITLE_PARAMS,
    Chart,
    Dashboard,
    Figure,
    Filters,
    Format,
)
from dicel_desktop.services.dashboards_customers import CUSTOMERS
from dicel_desktop.services.dashboards_operations import OPERATIONS
from dicel_desktop.services.dashboards_oversight import OVERSIGHT
from dicel_desktop.services.dashboards_staff_and_money import STAFF_AND_MONEY

#: One dashboard per module, in the order the departments come.
DASHBOARDS: dict[str, Dashboard] = {
    d.module: d for d in (*STAFF_AND_MONEY, *OPERATIONS, *CUSTOMERS, *OVERSIGHT)
}
