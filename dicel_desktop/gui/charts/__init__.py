"""Charts drawn with pyqtgraph from figures the server aggregates (services/charts.py).

Each chart is a self-contained widget made as ``Chart(worker, role, parent=...)`` with a
``reload()``; it asks for a filtered list with ``records_requested(table, filters)``,
which its container answers by opening that list (gui/tabs/module_tab.py).
"""
