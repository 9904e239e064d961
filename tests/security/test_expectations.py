"""What people would expect, written out by hand (not derived from the permission table).

Each test logs in as a real person of the role it names and runs what that person would
try; if the permission table drifted into something surprising, these say so in words.
"""

from __future__ import annotations

import datetime as dt

from security_world import World, attempt


def test_an_hr_clerk_reads_salaries(world: World):
    out = attempt(
        world.connect("hr"),
        "SELECT salary FROM employees WHERE employee_number = %s",
        (world.people["peer"].employee_number,),
    )
    assert out.ok and out.rows == ((world.people["peer"].salary,),)


def test_a_sales_clerk_reads_no_salary_but_can_find_a_colleague(world: World):
    conn = world.connect("sales")
    assert attempt(conn, "SELECT salary FROM employees").denied
    assert attempt(conn, "SELECT salary FROM users").denied
    colleague = attempt(
        conn,
        "SELECT u.first_name, u.email, e.position FROM employees e"
        " JOIN users u ON u.id = e.user_id WHERE e.employee_number = %s",
        (world.people["hr"].employee_number,),
    )
    assert colleague.ok and colleague.rows[0][1] == world.people["hr"].email


def test_a_finance_clerk_notes_on_a_payslip_but_pays_and_changes_amounts_only_by_workflow(
    world: World,
):
    conn = world.connect("finance")
    payslip = world.people["peer"].rows["payroll_records"]
    noted = attempt(
        conn, "UPDATE payroll_records SET notes = 'Bank details checked' WHERE id = %s", (payslip,)
    )
    assert noted.ok and noted.rowcount == 1
    # Paying is dicel_pay_payroll's (migration 0014): the payment date comes with it.
    paid = attempt(
        conn,
        "UPDATE payroll_records SET payment_date = %s WHERE id = %s",
        (dt.date(2026, 1, 31), payslip),
    )
    assert paid.denied
    assert attempt(conn, "UPDATE employees SET salary = salary * 2").denied
    assert attempt(conn, "UPDATE payroll_records SET net_salary = 1").denied


def test_finance_reads_bank_details_to_pay_people(world: World):
    out = attempt(world.connect("finance"), "SELECT bank_details FROM employees LIMIT 1")
    assert out.ok


def test_an_inventory_clerk_adds_items_but_stock_moves_only_through_workflows(world: World):
    conn = world.connect("inventory")
    added = attempt(
        conn,
        "INSERT INTO inventory_items (item_name, category) VALUES ('Torch', 'Security')",
    )
    assert added.ok and added.rowcount == 1
    assert attempt(conn, "UPDATE inventory_items SET current_stock = 999").denied


def test_no_one_approves_a_leave_request_by_editing_it(world: World):
    mine = world.people["employee"].rows["leave_requests"]
    for who in ("employee", "hr", "admin"):
        out = attempt(
            world.connect(who),
            "UPDATE leave_requests SET status = 'approved' WHERE id = %s",
            (mine,),
        )
        assert out.denied, who


def test_a_new_lead_gets_its_number_from_the_server(world: World):
    conn = world.connect("sales")
    with conn.transaction(force_rollback=True):
        number = conn.execute(
            "INSERT INTO leads (contact_person, email) VALUES ('A. Buyer', 'a@b.rw')"
            " RETURNING lead_number"
        ).fetchone()[0]
    assert number.startswith(f"LEAD-{dt.date.today().year}-")
    assert attempt(conn, "UPDATE leads SET lead_number = 'LEAD-1'").denied


def test_customer_experience_reads_clients_but_does_not_edit_them(world: World):
    conn = world.connect("cx")
    assert attempt(conn, "SELECT company_name FROM clients").ok
    assert attempt(conn, "UPDATE clients SET company_name = 'X'").denied
    assert attempt(conn, "SELECT invoice_number FROM invoices").denied


def test_recovery_reads_the_debts_it_chases_but_changes_no_invoice(world: World):
    conn = world.connect("recovery")
    assert attempt(conn, "SELECT company_name FROM clients").ok
    assert attempt(conn, "SELECT invoice_number, total_amount FROM invoices").ok
    assert attempt(conn, "UPDATE invoices SET total_amount = 0").denied


def test_only_an_admin_reads_the_audit_log(world: World):
    assert attempt(world.connect("admin"), "SELECT action FROM audit_logs").ok
    # Its old and new values hold salaries and pay in clear: compliance reads histories
    # through dicel_record_history instead (test_history.py).
    assert attempt(world.connect("compliance"), "SELECT action FROM audit_logs").denied
    assert attempt(world.connect("compliance"), "DELETE FROM audit_logs").denied
    assert attempt(world.connect("employee"), "SELECT action FROM audit_logs").denied
    assert attempt(world.connect("sales"), "SELECT action FROM audit_logs").denied


def test_no_one_reads_password_hashes_not_even_an_admin(world: World):
    for who in ("admin", "hr", "it", "employee"):
        assert attempt(world.connect(who), "SELECT password_hash FROM users").denied, who


def test_an_admin_cannot_delete_a_financial_transaction(world: World):
    assert attempt(world.connect("admin"), "DELETE FROM transactions").denied
    assert attempt(world.connect("finance"), "DELETE FROM transactions").denied


def test_an_employee_cannot_open_other_departments_records(world: World):
    conn = world.connect("employee")
    for table in ("clients", "invoices", "leads", "suppliers", "job_postings", "it_assets"):
        assert attempt(conn, f"SELECT id FROM {table}").denied, table


def test_it_assigns_a_ticket_to_itself_through_the_step_only(world: World):
    me = world.people["it"].user_id
    ticket = world.people["peer"].rows["it_support_tickets"]
    conn = world.connect("it")
    assert attempt(conn, "SELECT dicel_assign_it_ticket(%s, %s)", (ticket, me)).ok
    # The assignee is what the step sets: a plain UPDATE would skip its rules.
    out = attempt(
        conn, "UPDATE it_support_tickets SET assigned_to = %s WHERE id = %s", (me, ticket)
    )
    assert out.denied


def test_hr_cannot_make_a_login_by_writing_users(world: World):
    conn = world.connect("hr")
    out = attempt(
        conn,
        "INSERT INTO users (email, password_hash, first_name, last_name, role)"
        " VALUES ('x@dicel.rw', 'x', 'X', 'Y', 'admin')",
    )
    assert out.denied
    assert attempt(conn, "UPDATE users SET role = 'admin'").denied
