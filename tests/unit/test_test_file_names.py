"""Every test file's name is its own: the test folders are not packages, so pytest
imports each file by its bare name, and two files of one name in two folders stop the
collection of the whole suite ("import file mismatch") before any test runs. A run of
one folder never meets both, which is how two such pairs reached main in one day."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent


def test_no_two_test_files_share_a_name():
    by_name: dict[str, list[str]] = defaultdict(list)
    for path in TESTS.rglob("*.py"):
        if path.name != "conftest.py" and "__pycache__" not in path.parts:
            by_name[path.name].append(str(path.relative_to(TESTS)))
    shared = {name: sorted(paths) for name, paths in by_name.items() if len(paths) > 1}
    assert not shared, f"rename one of each: {shared}"
