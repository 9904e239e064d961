"""Demo company data: a believable DICEL Ltd in Kigali, the same on every run.

``load_demo_data(connection, "small" | "large")`` fills an empty, migrated database;
``demo_users(connection)`` lists the logins the login window offers. Every demo login
has the password ``DEMO_PASSWORD``.
"""

from dicel_desktop.demo.loader import (
    DEMO_TODAY,
    SIZES,
    DemoDataError,
    LoadReport,
    generate,
    load_demo_data,
)
from dicel_desktop.demo.showcase import DemoUser, demo_users

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
