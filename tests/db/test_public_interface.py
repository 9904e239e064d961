"""The database is a public interface: every function a DICEL login may call is listed in
the README ("The database's public interface"), so a script writer finds it there with
its rules. A case flow's steps are listed by their declaration (`dicel_<action>_<noun>`,
one table row per noun naming its actions); every other function by its own name, with
its parameters' names and types (and its result, where written) as the database has
them."""

from __future__ import annotations

import re
from pathlib import Path

import psycopg

from dicel_desktop.domain.case_flows import step_functions
from dicel_desktop.domain.roles import BASE_GROUP_ROLE, Role

README = Path(__file__).resolve().parents[2] / "README.md"


def _callable_functions(dsn: str) -> set[str]:
    """Names of the functions in public that some DICEL login may EXECUTE."""
    roles = [BASE_GROUP_ROLE, *(role.group_role for role in Role)]
    with psycopg.connect(dsn) as conn:
        rows = conn.execute(
            """SELECT DISTINCT p.proname FROM pg_proc p
                 JOIN pg_namespace n ON n.oid = p.pronamespace
                WHERE n.nspname = 'public'
                  AND EXISTS (SELECT FROM unnest(%s::text[]) r
                               WHERE has_function_privilege(r, p.oid, 'EXECUTE'))""",
            (roles,),
        ).fetchall()
    return {name for (name,) in rows}


def _step_rows(readme: str) -> dict[str, str]:
    """The case flows' table in the README: noun -> its actions, the cell's first
    sentence with everything in parentheses left out (a row saying "as `other`" takes
    that noun's)."""
    cells = re.findall(r"^\| `([a-z_]+)` \(`[a-z_]+`[^|]*\| `[a-z_]+` \|([^|]*)\|", readme, re.M)
    rows = {}
    for noun, cell in cells:
        while True:  # innermost first: a parenthesis may hold another
            plain = re.sub(r"\([^()]*\)", "", cell)
            if plain == cell:
                break
            cell = plain
        rows[noun] = cell.split(". ")[0]
    for noun, actions in rows.items():
        same = re.fullmatch(r"\s*as `([a-z_]+)`\s*", actions)
        if same:
            rows[noun] = rows[same.group(1)]
    return rows


def _actions(text: str) -> set[str]:
    """The actions a row lists: `a`, `b` and `c` (not the words its notes quote)."""
    return set(re.findall(r"(?:^|[,;]|\band)\s*`([a-z_]+)`", text.strip()))


def test_every_function_a_login_may_call_is_in_the_readme(pristine_demo_dsn):
    readme = README.read_text(encoding="utf-8")
    steps = step_functions()
    step_rows = _step_rows(readme)
    callable_ = _callable_functions(pristine_demo_dsn)

    unlisted = set()
    for name in callable_:
        if name in steps:
            flow, step = steps[name]
            if step.action not in _actions(step_rows.get(flow.noun, "")):
                unlisted.add(name)
        elif not re.search(rf"`{name}[`(]", readme):
            unlisted.add(name)

    assert callable_ >= {"dicel_decide_leave", "dicel_close_it_ticket", "dicel_current_user_id"}
    assert not unlisted, f"callable but not in the README: {sorted(unlisted)}"


def test_the_readme_names_no_step_that_is_not_there():
    """The other way for the steps' table: each noun and action it lists is a function."""
    readme = README.read_text(encoding="utf-8")
    functions = set(step_functions())
    rows = _step_rows(readme)
    assert len(rows) >= 20, "the steps' table was not found"
    named = {f"dicel_{action}_{noun}" for noun, text in rows.items() for action in _actions(text)}
    assert len(named) >= 100
    assert named - functions == set()


#: A signature as the README writes it: `dicel_name(p_a text, p_b uuid DEFAULT NULL)`,
#: maybe followed by ` RETURNS type`.
_SIGNATURE = re.compile(r"`(dicel_[a-z_0-9]+)\(([^`()]*)\)((?: RETURNS [^`]+)?)`")


def _typed_signatures(readme: str) -> list[tuple[str, list[tuple[str, str]], str]]:
    """(name, [(parameter, type)], result) of each signature written with its types (a
    prose mention as `dicel_end_sessions(email)` names no types and is left out)."""
    found = []
    for name, args, result in _SIGNATURE.findall(readme):
        params = []
        for arg in filter(None, (a.strip() for a in args.split(","))):
            words = re.sub(r"\s+DEFAULT\s.*$", "", arg, flags=re.I).split(None, 1)
            if len(words) < 2:
                break
            params.append((words[0], words[1]))
        else:
            found.append((name, params, result.removeprefix(" RETURNS ").strip()))
    return found


def test_the_readmes_signatures_are_the_databases(pristine_demo_dsn):
    """A script calls a function by the README: its parameters by name and type, in
    order, and its result. Every function a login may call is written so once."""
    readme = README.read_text(encoding="utf-8")
    signatures = _typed_signatures(readme)
    with psycopg.connect(pristine_demo_dsn) as conn:

        def type_name(written: str) -> str:
            if written.upper().startswith(("TABLE(", "TABLE (", "SETOF ")):
                return re.sub(r"\s+", " ", written)
            return conn.execute("SELECT %s::regtype::text", (written,)).fetchone()[0]

        def database(name: str) -> list[tuple[list[str], list[str], str]]:
            rows = conn.execute(
                """SELECT coalesce(p.proargnames[1:p.pronargs], '{}'),
                          array(SELECT format_type(t, NULL) FROM unnest(p.proargtypes) t),
                          pg_get_function_result(p.oid)
                     FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                    WHERE n.nspname = 'public' AND p.proname = %s""",
                (name,),
            ).fetchall()
            return [(list(names), list(types), result) for names, types, result in rows]

        wrong = []
        for name, params, result in signatures:
            names = [p for p, _ in params]
            types = [type_name(t) for _, t in params]
            same = [r for n, t, r in database(name) if (n, t) == (names, types)]
            if not same:
                wrong.append(f"{name}({', '.join(f'{p} {t}' for p, t in params)})")
            elif (
                result and not result.upper().startswith("TABLE") and type_name(result) not in same
            ):
                wrong.append(f"{name}: RETURNS {result}, the database {same}")
    assert len(signatures) >= 80, "the README's signatures were not found"
    assert not wrong, f"README signatures the database does not have: {wrong}"

    steps = set(step_functions())
    unwritten = _callable_functions(pristine_demo_dsn) - steps - {n for n, _, _ in signatures}
    assert not unwritten, f"callable, but no signature in the README: {sorted(unwritten)}"
