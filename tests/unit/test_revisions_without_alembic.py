"""The revisions a start and a login compare are read from the files' headers, without
Alembic (dicel_desktop.db.revisions): they are Alembic's, and the program's start path
imports no Alembic (a second of every start, and every revision's module)."""

from __future__ import annotations

from alembic.script import ScriptDirectory
from start_imports import in_a_fresh_process

from dicel_desktop.db import migrate, revisions


def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(migrate.alembic_config())


def test_the_head_read_from_the_files_is_alembics():
    assert revisions.head_revision() == _script().get_current_head()
    assert migrate.head_revision() == revisions.head_revision()


def test_every_revision_and_the_one_before_it_are_alembics():
    chain = {r.revision: r.down_revision for r in _script().walk_revisions()}
    assert revisions.known_revisions() == chain
    assert len(chain) > 100


def test_the_programs_start_and_login_import_no_alembic():
    # What a demo start and a login import, and the comparison they make; Alembic is
    # imported only by an upgrade (demo_mode, dicel-admin).
    code = (
        "import sys\n"
        "import dicel_desktop.__main__, dicel_desktop.gui.app, dicel_desktop.gui.main_window\n"
        "import dicel_desktop.demo_mode, dicel_desktop.demo\n"
        "import dicel_desktop.services.auth, dicel_desktop.services.users\n"
        "from dicel_desktop.db import revisions\n"
        "revisions.head_revision()\n"
        "import json\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'"
        " or m.startswith('dicel_revision_') or m == 'dicel_desktop.db.migrate')))\n"
    )
    assert in_a_fresh_process(code, timeout=120) == []
