"""Who may call which function of the schema: EXECUTE on every function is revoked from
PUBLIC and granted by name, to the group roles this table lists (ARCHITECTURE 4).

The other half of the permission table (``domain/permissions.py``: tables and columns,
which imports ``FUNCTION_EXECUTE`` from here so it is importable from there too).
``dicel-admin sync-grants`` (run by every migration) applies both; tests/unit and
tests/security check this table against the functions the database holds. The step
functions of the case flows are listed from ``domain/case_flows.py``, as who takes each
step.

Pure Python: no SQLAlchemy, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from dicel_desktop.domain.case_flows import FLOWS as _CASE_FLOWS
from dicel_desktop.domain.case_flows import REQUESTER as _REQUESTER
from dicel_desktop.domain.roles import BASE_GROUP_ROLE, Role

__all__ = ["FUNCTION_EXECUTE"]

#: Who may call which function of the schema (by name, all overloads), as group roles.
#: sync-grants revokes EXECUTE on every other function, except those owned by
#: ``dicel_provisioner`` (migration 0004 grants those to dicel_owner alone) and
#: ``dicel_doc_number``, granted to the roles that insert numbered documents.
_ADMIN_GROUP = Role.ADMIN.group_role
_INVENTORY_GROUP = Role.INVENTORY.group_role
_FINANCE_GROUP = Role.FINANCE.group_role
_HR_GROUP = Role.HR.group_role
#: Who takes a decision four eyes take (``Step.decided_by_another``): its flow's workers.
_DECIDERS = tuple(
    dict.fromkeys(
        r.group_role
        for flow in _CASE_FLOWS.values()
        if any(step.decided_by_another for step in flow.steps)
        for r in flow.workers
    )
)
FUNCTION_EXECUTE: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        # Row-level security helpers (migration 0003): policies call them as the user.
        "dicel_current_user_id": (BASE_GROUP_ROLE,),
        "dicel_current_employee_id": (BASE_GROUP_ROLE,),
        "dicel_direct_report_ids": (BASE_GROUP_ROLE,),
        "dicel_has_role": (BASE_GROUP_ROLE,),
        "dicel_is_supervisor_of": (BASE_GROUP_ROLE,),
        # The company's day of a moment (migration 0069), for date rules the desktop
        # checks before the database does.
        "dicel_company_day": (BASE_GROUP_ROLE,),
        # A text as it reads (migration 0077): the step-lines trigger runs as the writer.
        "dicel_folded": (BASE_GROUP_ROLE,),
        # A text as a search compares it (migration 0123): the grid's and the pickers'
        # searches call it as the person searching.
        "dicel_search_folded": (BASE_GROUP_ROLE,),
        # The characters a text has as folding reads it (migration 0082): the cap of the
        # same trigger.
        "dicel_read_length": (BASE_GROUP_ROLE,),
        # A text's lines that read as a step's (migration 0083): the same trigger's.
        "dicel_step_lines": (BASE_GROUP_ROLE,),
        # A typed text's limit (migration 0085): every text column's CHECK calls it as
        # the writer.
        "dicel_text_fits": (BASE_GROUP_ROLE,),
        # Migration 0088: a list's items CHECK calls it as the writer.
        "dicel_list_fits": (BASE_GROUP_ROLE,),
        # Migration 0142: every numeric column's CHECK calls it (on NaN) as the writer.
        "dicel_amount_is_a_number": (BASE_GROUP_ROLE,),
        # "My profile": the caller's own row, sensitive columns included.
        "dicel_my_profile": (BASE_GROUP_ROLE,),
        # Logins (migration 0004).
        "dicel_record_login": (BASE_GROUP_ROLE,),
        "dicel_change_own_password": (BASE_GROUP_ROLE,),
        "dicel_create_user": (_ADMIN_GROUP,),
        "dicel_set_password": (_ADMIN_GROUP,),
        "dicel_deactivate_user": (_ADMIN_GROUP,),
        # After a login is turned off or moved, in a transaction of its own (0058):
        # anyone's for an administrator, a turned-off login's for HR.
        "dicel_end_sessions": (_ADMIN_GROUP, _HR_GROUP),
        "dicel_change_email": (_ADMIN_GROUP,),
        "dicel_restore_logins": (_ADMIN_GROUP,),
        # Documents (migration 0008): the rights of a record, asked by the documents'
        # row security and by the client; the size limit; filing a document in a
        # record's link column (``expenses.receipt_url``).
        "dicel_can_see_record": (BASE_GROUP_ROLE,),
        "dicel_can_change_record": (BASE_GROUP_ROLE,),
        # Whether the caller may read the record's files (migration 0061): a person's
        # records are everyone's to see, their files are not.
        "dicel_can_see_files": (BASE_GROUP_ROLE,),
        "dicel_document_max_bytes": (BASE_GROUP_ROLE,),
        # How a record's state holds its files (migration 0040): the files panel asks.
        "dicel_record_hold": (BASE_GROUP_ROLE,),
        "dicel_link_document": (BASE_GROUP_ROLE,),
        # Migration 0010.
        "dicel_change_role": (_ADMIN_GROUP,),
        "dicel_reactivate_user": (_ADMIN_GROUP,),
        # A login's expiry, set or removed (migration 0140).
        "dicel_set_login_expiry": (_ADMIN_GROUP,),
        # The CHECK on system_settings.setting_value runs it as whoever writes the row.
        "dicel_setting_value_is_valid": (BASE_GROUP_ROLE,),
        # ... and the CHECK of a setting's bounds (migration 0096).
        "dicel_setting_value_in_bounds": (BASE_GROUP_ROLE,),
        # A phone number's and an e-mail address's shape (migration 0125): the triggers
        # <table>_contact_shapes (migration 0130; 0125's CHECKs before) call them as the
        # writer.
        "dicel_phone_fits": (BASE_GROUP_ROLE,),
        "dicel_email_fits": (BASE_GROUP_ROLE,),
        "dicel_phone_checked": (BASE_GROUP_ROLE,),
        "dicel_email_checked": (BASE_GROUP_ROLE,),
        # Why a phone or an e-mail is refused (migration 0132): the checked pair calls
        # them as the writer.
        "dicel_phone_cause": (BASE_GROUP_ROLE,),
        "dicel_email_cause": (BASE_GROUP_ROLE,),
        # A record's history without what the caller may not read (migration 0007).
        "dicel_record_history": (BASE_GROUP_ROLE,),
        # The client version the site expects, read at every login (migration 0021).
        "dicel_client_expectation": (BASE_GROUP_ROLE,),
        # Tickets and cases (migration 0011): a step's department and admin; everyone
        # where the requester takes it (the function checks it is their own record).
        **{
            flow.function(step): (
                (BASE_GROUP_ROLE,)
                if _REQUESTER in flow.deciders(step)
                else tuple(r.group_role for r in flow.workers)
            )
            for flow in _CASE_FLOWS.values()
            for step in flow.steps
        },
        # A decision four eyes take (migration 0078): the caller's own change that stops
        # it, asked by those who take it (its window says why the step is off), and the
        # version it is on, files included (migration 0079), which the window passes.
        **dict.fromkeys(("dicel_own_change_to_decide", "dicel_decision_version"), _DECIDERS),
        # Leave (migration 0012). Anyone may supervise someone, so every login may call
        # the decision; the functions check who the caller is to the request.
        "dicel_working_days": (BASE_GROUP_ROLE,),
        # A request's working days in one year it touches (0156): what the dialogs say
        # of each year's balance, by the rule the balance counts with.
        "dicel_leave_days_in_year": (BASE_GROUP_ROLE,),
        "dicel_leave_balance": (BASE_GROUP_ROLE,),
        # What is left of it, for a list's rows (0154): NULL where the balance is not
        # the caller's to see, so every login that lists leave may call it.
        "dicel_leave_days_left": (BASE_GROUP_ROLE,),
        "dicel_request_leave": (BASE_GROUP_ROLE,),
        "dicel_decide_leave": (BASE_GROUP_ROLE,),
        "dicel_cancel_leave": (BASE_GROUP_ROLE,),
        "dicel_may_decide_leave": (BASE_GROUP_ROLE,),
        "dicel_may_cancel_leave": (BASE_GROUP_ROLE,),
        "dicel_team_away": (BASE_GROUP_ROLE,),
        "dicel_leave_requests_to_decide": (BASE_GROUP_ROLE,),
        # Migration 0150: why a request waits for the caller too (its supervisor is
        # away), asked by the inbox for everyone (the answer is empty for most); ending
        # an approved leave early is HR's, whether the window offers it anyone's to ask.
        "dicel_leave_supervisor_away": (BASE_GROUP_ROLE,),
        "dicel_may_end_leave_early": (BASE_GROUP_ROLE,),
        # Migration 0160: the days of signed months the next run would pay back if this
        # unpaid leave were cancelled or ended early, said by the dialog before the click
        # (HR, and an employee cancelling their own leave before it starts); read under
        # the caller's rights.
        "dicel_unpaid_leave_paid_back_later": (BASE_GROUP_ROLE,),
        # What the next run pays back of each signed month (the run's own sum), for who
        # runs and reads payroll.
        "dicel_unpaid_leave_owed": (_HR_GROUP, _FINANCE_GROUP, _ADMIN_GROUP),
        "dicel_end_leave_early": (_HR_GROUP,),
        # Purchasing and stock (migration 0013). Deciding: the rules say who, level by
        # level (the department's manager, finance, an administrator), so every login
        # may call it: a department's manager may have any role. What waits for the
        # caller: anyone may ask (the approvals inbox asks for everyone), the answer is
        # empty for most.
        "dicel_submit_purchase_order": (_INVENTORY_GROUP, _ADMIN_GROUP),
        "dicel_decide_purchase_order": (BASE_GROUP_ROLE,),
        "dicel_purchase_orders_to_decide": (BASE_GROUP_ROLE,),
        "dicel_receive_purchase_order": (_INVENTORY_GROUP, _ADMIN_GROUP),
        "dicel_mark_purchase_order_ordered": (_INVENTORY_GROUP, _ADMIN_GROUP),
        "dicel_cancel_purchase_order": (_INVENTORY_GROUP, _ADMIN_GROUP),
        # A partly received order ended as it stands, saying why (migration 0071).
        "dicel_close_purchase_order": (_INVENTORY_GROUP, _ADMIN_GROUP),
        "dicel_move_stock": (_INVENTORY_GROUP, _ADMIN_GROUP),
        # Expenses, invoices and payroll (migration 0014). What waits for a decision is
        # asked of everyone (the approvals inbox); it lists nothing for a non-finance
        # login. A payslip is printed by whoever may read it (row security).
        "dicel_decide_expense": (_FINANCE_GROUP,),
        "dicel_cancel_expense": (_FINANCE_GROUP, _ADMIN_GROUP),
        "dicel_pay_expense": (_FINANCE_GROUP,),
        "dicel_expense_budget": (_FINANCE_GROUP,),
        # The one rule for an expense's line (migration 0111), SECURITY INVOKER: for the
        # roles that read budgets and expenses (the form's note, the decision dialog).
        "dicel_expense_budget_for": (_FINANCE_GROUP, Role.COMPLIANCE.group_role, _ADMIN_GROUP),
        "dicel_expenses_to_decide": (BASE_GROUP_ROLE,),
        "dicel_issue_invoice": (_FINANCE_GROUP,),
        "dicel_cancel_invoice": (_FINANCE_GROUP,),
        "dicel_record_invoice_payment": (_FINANCE_GROUP,),
        # Taking a payment off its invoice (migration 0066).
        "dicel_reverse_invoice_payment": (_FINANCE_GROUP, _ADMIN_GROUP),
        "dicel_invoice_paid": (_FINANCE_GROUP, _ADMIN_GROUP),
        "dicel_mark_overdue_invoices": (_FINANCE_GROUP, _ADMIN_GROUP),
        "dicel_run_payroll": (_HR_GROUP, _FINANCE_GROUP),
        "dicel_approve_payroll": (_HR_GROUP, _FINANCE_GROUP),
        "dicel_cancel_payroll": (_HR_GROUP, _FINANCE_GROUP),
        "dicel_pay_payroll": (_FINANCE_GROUP,),
        # The approvals inbox's pay periods (migration 0051): listed for everyone as the
        # other kinds (nothing but for HR and finance); decided (approved, or the run
        # cancelled) by those who may approve a run.
        "dicel_payroll_periods_to_decide": (BASE_GROUP_ROLE,),
        "dicel_decide_payroll": (_HR_GROUP, _FINANCE_GROUP),
        "dicel_payslip": (BASE_GROUP_ROLE,),
        # When a step stops someone's pay and what their approved payslip then pays
        # (migration 0120, domain.pay_stops): the window asks before the click, as the
        # caller (what they may not read is not said).
        "dicel_pay_stops": (BASE_GROUP_ROLE,),
        "dicel_payslip_days": (BASE_GROUP_ROLE,),
        "dicel_payslip_basic": (BASE_GROUP_ROLE,),
        "dicel_payslips_cut": (_HR_GROUP, _ADMIN_GROUP),
        # The leave a termination cancels, named by the Terminate dialog before the click
        # (migration 0146), as the caller may read it.
        "dicel_leave_ended_by_leaving": (_HR_GROUP, _ADMIN_GROUP),
        # The annual leave a leaver on a day is owed, as the run pays it (migration
        # 0159): the Terminate step says before the click that a pending payslip run
        # before a month-end leaving pays none of it (DW492's ``untaken``).
        "dicel_leave_left_to_pay": (_HR_GROUP, _ADMIN_GROUP),
        # The company's name on every printed page (system_settings is admin's alone).
        "dicel_company_name": (BASE_GROUP_ROLE,),
        # Its name, address, TIN, phone and e-mail on a document it sends out (an
        # invoice's From; migration 0099).
        "dicel_company_details": (BASE_GROUP_ROLE,),
        # The day of the month salaries are paid, said by the payroll's approve and Mark
        # paid dialogs while the month runs (migration 0104).
        "dicel_pay_day": (BASE_GROUP_ROLE,),
        # The approvals inbox (migration 0015): runs as the caller, who sees through it
        # only the listing functions they may call themselves.
        "dicel_waiting_for_me": (BASE_GROUP_ROLE,),
        # The budget chart of a department's manager (migration 0017): their own
        # departments' totals, nothing for anyone else.
        "dicel_managed_budget_lines": (BASE_GROUP_ROLE,),
        "dicel_managed_monthly_spending": (BASE_GROUP_ROLE,),
    }
)
