"""The modules a start of the program does not import (tests/unit and tests/gui
test_*imports_on_first_use.py): each comes with its first use; and a fresh process to
ask what a piece of code imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def in_a_fresh_process(code: str, timeout: int = 180) -> object:
    """Run ``code`` in a new Python process (offscreen) and give the JSON its last line
    printed: what it imported is this process's, not the test run's."""
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


#: Modules a start must not import: the start pays for each (tests/perf -k cold, the
#: --screenshot runs), and none is needed before its first use.
LAZY = (
    "dicel_desktop.gui.workflows.cases",
    "dicel_desktop.gui.workflows.case_step_dialog",
    "dicel_desktop.gui.workflows.case_step_fields",
    "dicel_desktop.gui.workflows.case_step_checks",
    "dicel_desktop.gui.workflows.case_settled_facts",
    "dicel_desktop.gui.workflows.case_step_words",
    "dicel_desktop.gui.workflows.finance",
    "dicel_desktop.gui.workflows.leave",
    "dicel_desktop.gui.workflows.purchasing",
    "dicel_desktop.gui.workflows.bulk_decision_dialog",
    "dicel_desktop.gui.workflows.item_decision",
    "dicel_desktop.gui.workflows.invoices_page",
    "dicel_desktop.gui.workflows.payroll_page",
    "dicel_desktop.gui.admin.action_dialog",
    "dicel_desktop.gui.admin.users_page",
    "dicel_desktop.gui.editors.factory",
    "dicel_desktop.gui.printing.list_job",
    "dicel_desktop.gui.export_dialog",
    "dicel_desktop.gui.charts.budget_chart",
    "dicel_desktop.gui.charts.risk_heatmap",
    "dicel_desktop.gui.dashboards.dashboard_chart",
    "dicel_desktop.gui.tabs.my_leave_page",
    "dicel_desktop.gui.tabs.payslips_page",
    "dicel_desktop.demo.loader",
    "pyqtgraph",
    "numpy",
)
