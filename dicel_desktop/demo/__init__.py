"""Demo company data: a believable DICEL Ltd in Kigali, the same on every run.

``load_demo_data(connection, "small" | "large")`` fills an empty, migrated database;
``demo_users(connection)`` lists the logins the login window offers. Every demo login
has the password ``DEMO_PASSWORD``.

The loader's names are imported on first use (``__getattr__``): it brings every data
generator and the models, which a start that only lists the demo users, or logs in to a
database filled long ago, does not need.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dicel_desktop.demo.showcase import DemoUser, demo_users

if TYPE_CHECKING:
    from dicel_desktop.demo.loader import (
        DEMO_TODAY,
        SIZES,
        DemoDataError,
        LoadReport,
        generate,
        load_demo_data,
    )

#: What ``dicel_desktop.demo.loader`` gives, imported when first asked for.
_FROM_LOADER = frozenset(
    {"DEMO_TODAY", "SIZES", "DemoDataError", "LoadReport", "generate", "load_demo_data"}
)

#: The one password of every demo login (shown by the login window in demo mode).
DEMO_PASSWORD = "dicel-demo"

__all__ = [
    "DEMO_PASSWORD",
    "DEMO_TODAY",
    "SIZES",
    "DemoDataError",
    "DemoUser",
    "LoadReport",
    "demo_users",
    "generate",
    "load_demo_data",
]


def __getattr__(name: str) -> Any:
    if name in _FROM_LOADER:
        from dicel_desktop.demo import loader

        return getattr(loader, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
