"""A revision's file is read once a process: later revisions name earlier ones, which name
others, and every login asks the head; reading them again each time made a login load ten
thousand modules (1.4 s) and the suite four times slower."""

from __future__ import annotations

from dicel_desktop.db import migrate


def test_an_earlier_revision_is_one_module_however_often_it_is_named():
    name = "0083_step_lines_and_order_numbers_as_a_reader_takes_them"
    assert migrate.earlier_revision(name) is migrate.earlier_revision(name)


def test_the_head_is_read_once():
    migrate.head_revision.cache_clear()
    first = migrate.head_revision()
    assert migrate.head_revision.cache_info().misses == 1
    assert migrate.head_revision() == first
    assert migrate.head_revision.cache_info().hits >= 1
